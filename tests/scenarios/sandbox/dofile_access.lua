scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
dofile("/etc/passwd")
