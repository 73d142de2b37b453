scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
-- a binary chunk must be refused
local f = assert(load(string.char(27) .. "LuaT\0\25\147\r\n\26\n"))
