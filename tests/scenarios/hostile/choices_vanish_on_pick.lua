-- Hostile at run time: the options exist when shown and are replaced by a
-- string by the time the pick is routed (an effects function of the node).
local ask
ask = {
  say = function(s) return "Pick one." end,
  choices = {
    { id = "a", text = "Option A", to = "done" },
    { id = "b", text = "Option B", to = "done" },
  },
  effects = function(s) ask.choices = "gone" end,
}

scenario {
  id = "choices_vanish_on_pick", title = "Hostile: options vanish", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "ask",
}

node "ask" (ask)

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
