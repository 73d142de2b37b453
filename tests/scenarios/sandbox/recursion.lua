scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
-- recurses without end
local function dive(n) return 1 + dive(n + 1) end
dive(1)
