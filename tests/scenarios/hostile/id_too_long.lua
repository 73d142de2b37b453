-- Hostile at load: a 300-character scenario id passed check and then could
-- not name a log file (255 bytes at most). Refused at load with the line.
-- check-has: is 300 characters; at most 64
-- run-exits: 2
-- stderr-has: id_too_long.lua:7: error: scenario id
scenario {
  id = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", title = "Hostile: a long id", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
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
