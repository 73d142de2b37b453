-- Hostile at run time: an option of the next node is replaced by a number
-- while its list stays a table.
local ask = {
  say = "Pick one.",
  choices = {
    { id = "a", text = "Option A", to = "done" },
    { id = "b", text = "Option B", to = "done" },
  },
}

scenario {
  id = "option_becomes_number", title = "Hostile: an option becomes a number", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
}

node "hello" {
  say = function(s) ask.choices[1] = 0x41414141 return "Hello." end,
  routes = { { when = "open_question", to = "ask" } },
  otherwise = "ask",
}

node "ask" (ask)

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
