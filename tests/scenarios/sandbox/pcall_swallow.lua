scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
-- pcall cannot swallow the budget error
while true do pcall(function() while true do end end) end
