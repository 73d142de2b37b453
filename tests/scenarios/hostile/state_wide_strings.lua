-- Hostile at run time: 2,000 state variables of 4 KiB each (8 MB a turn in
-- the log before; now each snapshot stops near 16 KiB and says how many
-- entries it left out), and one key of 100 KiB (left out, counted).
-- run-exits: 0
-- log-contains: "$cut":
scenario {
  id = "state_wide_strings", title = "Hostile: wide state", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
}

node "hello" {
  say = "Hello.",
  effects = function(s)
    for i = 1, 2000 do rawset(s, "v" .. i, string.rep("y", 4096)) end -- around the declared-state check
    rawset(s, string.rep("k", 100 * 1024), 1)
  end,
  routes = { { when = "open_question", to = "ask" } },
  otherwise = "ask",
}

node "ask" {
  say = "Pick one.",
  choices = { { id = "a", text = "Option A", to = "done" }, { id = "b", text = "Option B", to = "done" } },
}

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
