-- Hostile at run time: an error message made of terminal escapes (clear the
-- screen, set the window title, ring the bell). Every command prints it with
-- control characters as '?', never raw.
-- run-exits: 2
-- stderr-has: ?[2J?]0;pwned??[31m
scenario {
  id = "error_escapes", title = "Hostile: escapes in an error", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
}

node "hello" {
  say = function(s) error("\27[2J\27]0;pwned\7\27[31m red") end,
  routes = { { when = "open_question", to = "ask" } },
  otherwise = "ask",
}

node "ask" {
  say = "Pick one.",
  choices = { { id = "a", text = "Option A", to = "done" }, { id = "b", text = "Option B", to = "done" } },
}

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
