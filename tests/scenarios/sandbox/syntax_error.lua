scenario { id = "syntax_error", start = "a" }
node "a" { say = "hi" ending = { outcome = "done" } }
