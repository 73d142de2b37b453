node "a" { say = "hi", ending = { outcome = "done" } }
