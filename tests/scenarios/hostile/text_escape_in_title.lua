-- Hostile at load: the file is UTF-8, but escapes in a string make bytes
-- that are not ("\xff\xfe" in the title, "\240" in an option). They
-- reached the log as they were (report and export refused it); now each
-- such byte is U+FFFD, and the run exits 0.
-- run-exits: 0
-- log-contains: "title":"Hostile: �� in the title"
-- log-contains: "text":"Option � A"
scenario {
  id = "text_escape_in_title", title = "Hostile: \xff\xfe in the title", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
}

node "hello" {
  say = "Hello.",
  routes = { { when = "open_question", to = "ask" } },
  otherwise = "ask",
}

node "ask" {
  say = "Pick one.",
  choices = { { id = "a", text = "Option \240 A", to = "done" }, { id = "b", text = "Option B", to = "done" } },
}

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
