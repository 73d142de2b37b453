scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
local d = string.dump(function() end)
