-- Hostile at run time: an included lib's function loops forever. The budget
-- error names the lib's own line (it named the line of the scenario that
-- called it), and the scenario's line that called it.
-- run-exits: 2
-- stderr-has: lib_budget.lua:16: error: 
-- stderr-has: lib/spin.lua:3: the scenario ran past its instruction budget
scenario {
  id = "lib_budget", title = "Hostile: a lib that spins", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
}

local spin = include "lib/spin.lua"

node "hello" {
  say = function(s)
    local reply = spin.forever()
    return reply
  end,
  routes = { { when = "open_question", to = "ask" } },
  otherwise = "ask",
}

node "ask" {
  say = "Pick one.",
  choices = { { id = "a", text = "Option A", to = "done" }, { id = "b", text = "Option B", to = "done" } },
}

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
