scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
-- runs forever at load time
while true do end
