-- Hostile at run time, three lines of state: one table of 100 strings
-- shared by every entry of a second, shared by every entry of a third
-- (100^3 strings, 80 MB a turn, if each reference is expanded). Each table
-- is written once, then referenced; the snapshot keeps to its budget.
-- run-exits: 0
-- log-contains: "k2":{"$ref":"#/c/k1/k1"}
-- log-contains: "k2":{"$ref":"#/c/k1"}
scenario {
  id = "state_shared_tables", title = "Hostile: shared state tables", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
}

node "hello" {
  say = "Hello.",
  effects = function(s)
    local a, b, c = {}, {}, {}
    for i = 1, 100 do a["k" .. i] = string.rep("x", 80) b["k" .. i] = a c["k" .. i] = b end
    rawset(s, "c", c) -- around the declared-state check: the snapshot must still cope
  end,
  routes = { { when = "open_question", to = "ask" } },
  otherwise = "ask",
}

node "ask" {
  say = "Pick one.",
  choices = { { id = "a", text = "Option A", to = "done" }, { id = "b", text = "Option B", to = "done" } },
}

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
