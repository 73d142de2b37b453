-- Helpers the built-in discovery-call scenarios share.
--   local lib = include "lib/discovery.lua"
-- Not a scenario itself: files in scenarios/lib/ are only ever included.
-- Routing on what a line *is* (an ask, a question, a pitch) belongs to the
-- analyser's labels (`when = "next_step"`, `premature = true`); these
-- helpers only keep the bookkeeping and rule shapes in one place.

local lib = {}

-- Counts a discovery target once, however often its node is entered:
-- s.found is how many have come out, s["got_" .. id] whether this one has.
-- (got_* are the lib's own marks, made on the fly, so they are not declared
-- in scenario.state: rawget/rawset pass the state's undeclared-name check.)
function lib.count_target(s, id)
  if not rawget(s, "got_" .. id) then
    rawset(s, "got_" .. id, true)
    s.found = s.found + 1
  end
end

-- Entry effects of a node that reveals target id: count it, then add the
-- numbers in adds (e.g. { trust = 5 }).
function lib.reveal(id, adds)
  return function(s)
    lib.count_target(s, id)
    for key, amount in pairs(adds or {}) do s[key] = s[key] + amount end
  end
end

-- Does the trainee's line mention any of these names or phrases (lower case,
-- matched as plain text)? For facts of the story, such as who is invited.
function lib.mentions(move, list)
  local text = " " .. string.lower(move.text or "") .. " "
  for _, phrase in ipairs(list) do
    if text:find(phrase, 1, true) then return true end
  end
  return false
end

-- Rule builders for the moments every call shares. Pass where each leads:
--   local R = lib.rules { rushed = "too_soon", asks = ask_result,
--                         pitches = "pitch_early", moves_on = next_stage }
-- then write R.rushed(), R.asks()... in routes. Each call returns a fresh
-- table (the loader annotates rule tables).
--   rushed    a next-step ask before the right to ask was earned
--   asks      any next-step ask
--   pitches   features with no benefit for the prospect
--   moves_on  anything (put it last): the conversation moves on
local function shape(name)
  if name == "rushed" then return { when = "next_step", premature = true } end
  if name == "asks" then return { when = "next_step" } end
  if name == "pitches" then return { any = { "feature" }, unless = { "benefit" } } end
  if name == "moves_on" then return { test = function() return true end } end
  return nil
end

function lib.rules(to)
  local built = {}
  for name, target in pairs(to) do
    if shape(name) == nil then error("lib.rules: unknown rule '" .. tostring(name) .. "'", 2) end
    built[name] = function()
      local rule = shape(name)
      rule.id, rule.to = name, target
      return rule
    end
  end
  return built
end

-- One list of route rules from several: the rules a node shares with its
-- siblings around its own, e.g.
--   local function mid_call(...)
--     return lib.concat({ R.rushed(), R.pitches() }, { ... }, { R.asks(), R.moves_on() })
--   end
--   routes = mid_call({ id = "follows_lena", ... }),
-- Build the shared rules inside the function, so each node gets fresh tables.
function lib.concat(...)
  local out = {}
  for i = 1, select("#", ...) do
    for _, rule in ipairs((select(i, ...))) do out[#out + 1] = rule end
  end
  return out
end

return lib
