-- A tiny scenario for the tests of `coach test` itself (tests/cli/test_coach_test.sh).
-- Not a built-in scenario: keep it small and stable.
scenario {
  id = "tiny_call",
  title = "A two-minute call",
  version = "1.0.0",
  difficulty = 1,
  pitch = "A plant manager with two minutes.",
  persona = { name = "Dana Price", role = "Plant manager", company = "Northfield Plastics", voice = "busy" },
  brief = "You sell maintenance monitoring.",
  purpose = "Find out what stops the line and book a visit.",
  start = "opening",
  features = { "vibration sensors", "predictive alerts" },
  outcomes = { "fewer stoppages" },
  targets = {
    { id = "pain", kind = "pain", text = "The line stops twice a week", keys = "stop stoppage line breakdown" },
  },
}

node "opening" {
  say = "Dana here. The line keeps stopping and the overtime is killing us.",
  cues = { { id = "overtime", words = "overtime weekend shifts" } },
  routes = {
    { any = { "open_question", "probe" }, to = "explains" },
    { when = "feature", to = "cold" },
  },
  otherwise = "cold",
}

node "explains" {
  say = "It stops about twice a week, mostly on the night shift.",
  reveals = { "pain" },
  choices = {
    { id = "a", text = "Could we walk the line together on Thursday at nine?", to = "booked" },
    { id = "b", text = "Our vibration sensors and predictive alerts are the best around.", to = "cold" },
  },
}

node "booked" {
  say = "Thursday at nine works. See you then.",
  ending = { outcome = "meeting_booked", success = true },
}

node "cold" {
  say = "I have to go, sorry.",
  ending = { outcome = "brush_off", success = false },
}

node "never" {
  say = "No test gets here.",
  ending = { outcome = "polite_no", success = false },
}
