-- Deliberately unreadable: a typo in a key; `coach test` must name this
-- file and line and exit 2.
scenario_test {
  name = "typo",
  scenario = "tiny_call.lua",
  say = { "Hello." },
  expect = { endng = "meeting_booked" },
}
