-- Hostile at load: a raw byte that is not UTF-8 in a prospect line (a file
-- saved as Latin-1). A load error naming the line and the column, before
-- any of it can reach a log.
-- check-has: text_invalid_bytes_in_file.lua:13: error: the file is not valid UTF-8 at column 13 (byte 0xE9)
-- run-exits: 2
-- stderr-has: :13: error: the file is not valid UTF-8 at column 13
scenario {
  id = "text_invalid_bytes_in_file", title = "Hostile: Latin-1 bytes", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
}

node "hello" {
  say = "Café? Sure, sit down.",
  routes = { { when = "open_question", to = "ask" } },
  otherwise = "ask",
}

node "ask" {
  say = "Pick one.",
  choices = { { id = "a", text = "Option A", to = "done" }, { id = "b", text = "Option B", to = "done" } },
}

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
