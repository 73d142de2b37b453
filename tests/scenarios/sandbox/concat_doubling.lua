scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
-- doubles a string until memory runs out
local s = "x"
while true do s = s .. s end
