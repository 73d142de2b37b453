-- Deliberately broken scenario for `coach check` (no ending at all).
-- Every line marked "expect: SEVERITY CODE" must get exactly that finding at
-- that line, and nothing else may be reported (tests/cli/check_broken.sh).
scenario {  -- expect: error no-ending
  id = "broken_no_ending",
  title = "Broken: no ending", version = "1.0.0", difficulty = 1,
  pitch = "A fixture for coach check.",
  persona = { name = "Pat Doe", role = "Buyer", company = "Acme Parts", voice = "plain" },
  brief = "Fixture: you sell delivery tracking to Pat.",
  purpose = "Fixture: find out why orders are late.",
  start = "opening",
  targets = { { id = "pain", kind = "pain", text = "Orders arrive late", keys = "late order delay" } },
}

node "opening" {  -- expect: warning repeats-line
  say = "Orders keep arriving late.",
  reveals = { "pain" },
  cues = { { id = "late", words = "late delay" } },
  routes = { { id = "asks", when = "open_question", to = "explains" } },
  otherwise = "explains",
}

node "explains" {  -- expect: warning repeats-line
  say = "We guess, every time.",
  otherwise = "opening",
}
