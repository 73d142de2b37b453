scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
-- a huge string.rep is refused before it is made
local big = string.rep("x", 1000000000)
