-- Hostile at run time: a say function replaces the next node's options with
-- a number (once a pointer-sized value handed to lua_rawgeti unchecked).
local ask = {
  say = "Pick one.",
  choices = {
    { id = "a", text = "Option A", to = "done" },
    { id = "b", text = "Option B", to = "done" },
  },
}

scenario {
  id = "choices_become_number", title = "Hostile: choices become a number", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
}

node "hello" {
  say = function(s) ask.choices = 0x41414141 return "Hello." end,
  routes = { { when = "open_question", to = "ask" } },
  otherwise = "ask",
}

node "ask" (ask)

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
