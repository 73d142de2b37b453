scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
-- allocates without bound
local t = {}
local piece = string.rep("x", 4096)
while true do t[#t + 1] = piece .. #t end
