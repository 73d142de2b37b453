-- Hostile at load and at run time: print in endless loops (the audit saw
-- 11.5 GB on stderr in 15 s). print writes 64 KiB a run at most, then one
-- line saying the rest was cut (each line also names the file: under
-- 80,000 bytes in all); the budget ends each loop.
-- stderr-max: 80000
-- stderr-has: the rest is left out
scenario {
  id = "print_flood", title = "Hostile: print flood", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
}

for i = 1, 100000 do print(string.rep("spam ", 200)) end

node "hello" {
  say = function(s) for i = 1, 1e9 do print("again", i) end return "Hello." end,
  routes = { { when = "open_question", to = "ask" } },
  otherwise = "ask",
}

node "ask" {
  say = "Pick one.",
  choices = { { id = "a", text = "Option A", to = "done" }, { id = "b", text = "Option B", to = "done" } },
}

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
