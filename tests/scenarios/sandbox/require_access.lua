scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
local m = require("os")
