-- Deliberately failing tests: tests/cli/test_coach_test.sh checks that
-- `coach test` prints a readable difference for each and exits 1.
local SCN = "tiny_call.lua"

scenario_test {
  name = "passes: open question then the visit",
  scenario = SCN,
  say = {
    { "What's been happening with the overtime?", labels = { "open_question" } },
    { choose = "a" },
  },
  expect = { ending = "meeting_booked", targets = { "pain" }, nodes = { "explains" } },
}

scenario_test {
  name = "fails: a pitch cannot book the visit",
  scenario = SCN,
  say = { "Our vibration sensors and predictive alerts are the best around." },
  expect = { ending = "meeting_booked" },
}

scenario_test {
  name = "fails: asks for an option that is not there",
  scenario = SCN,
  say = { "What's been happening on the line?", { choose = "z" } },
}

-- fails: the pitch does not beat the good call
contrast { better = "fails: a pitch cannot book the visit", worse = "passes: open question then the visit",
           skills = { "overall" } }
