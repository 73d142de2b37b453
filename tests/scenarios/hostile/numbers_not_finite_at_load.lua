-- Hostile at load: a state variable declared NaN (0/0). Refused with the
-- line, as a rubric number or a reaction that is not finite is.
-- check-has: scenario.state: nothing must be a finite number
-- run-exits: 2
scenario {
  id = "numbers_not_finite_at_load", title = "Hostile: NaN declared", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
  state = { nothing = 0 / 0 },
}

node "hello" {
  say = "Hello.",
  routes = { { when = "open_question", to = "ask" } },
  otherwise = "ask",
}

node "ask" {
  say = "Pick one.",
  choices = { { id = "a", text = "Option A", to = "done" }, { id = "b", text = "Option B", to = "done" } },
}

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
