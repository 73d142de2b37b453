scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
-- catastrophic backtracking in C, out of the budget's sight
local s = string.rep("a", 200000)
local found = s:find(".-.-.-.-b")
