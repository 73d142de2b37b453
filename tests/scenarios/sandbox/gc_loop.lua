scenario { id = "gc_loop", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
-- Lua runs finalisers with hooks off: a __gc is refused
setmetatable({}, { __gc = function() while true do end end })
