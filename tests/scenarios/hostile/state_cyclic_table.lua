-- Hostile at run time: the state holds a table of 200 keys that all lead
-- back to itself. The copy kept while a typed line is heard and the
-- per-turn snapshot followed every reference three levels down (200^3
-- entries: the run ran out of its 64 MiB); the copy now keeps it one table,
-- and the snapshot writes it once and refers to it.
-- run-exits: 0
-- log-contains: "k200":{"$ref":"#/loop"}
scenario {
  id = "state_cyclic_table", title = "Hostile: a cyclic state table", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
}

node "hello" {
  say = "Hello.",
  effects = function(s)
    local loop = {}
    for i = 1, 200 do loop["k" .. i] = loop end
    rawset(s, "loop", loop) -- around the declared-state check: the snapshot must still cope
  end,
  routes = { { when = "open_question", to = "ask" } },
  otherwise = "ask",
}

node "ask" {
  say = "Pick one.",
  choices = { { id = "a", text = "Option A", to = "done" }, { id = "b", text = "Option B", to = "done" } },
}

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
