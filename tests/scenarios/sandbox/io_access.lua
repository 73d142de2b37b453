scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
local f = io.open("/etc/passwd")
