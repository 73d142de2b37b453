-- Hostile at load: a rubric weight of math.huge made the overall score
-- -2147483648 (inf/inf cast to int). Refused with the line.
-- check-has: weights: discovery must be between 0 and 1000, not inf
-- run-exits: 2
-- stderr-has: numbers_huge_weight.lua:9: error: scenario.rubric.weights: discovery must be between 0 and 1000, not inf
scenario {
  id = "numbers_huge_weight", title = "Hostile: an infinite weight", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
  rubric = { weights = { discovery = math.huge } },
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
