-- for tests/scenarios/hostile/lib_budget.lua: a function that never returns
local M = {}
function M.forever() local n = 0 while true do n = n + 1 end end
return M
