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
--   pitches   features with no benefit for the prospect, and no ask: "We can do all
--             of that. Can we book the demo?" is heard as the ask (rushed / asks)
--   moves_on  anything (put it last): the conversation moves on
local function shape(name)
  if name == "rushed" then return { when = "next_step", premature = true } end
  if name == "asks" then return { when = "next_step" } end
  if name == "pitches" then return { any = { "feature" }, unless = { "benefit", "next_step" } } end
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

-- Topic rules: what a line is about, whatever its shape. A yes/no question
-- with a pitch in it ("Our app does X. Would that help?") is heard as the
-- pitch, not as a question about whatever it names (an open question after a
-- feature is still a question).
function lib.pitch_only(move)
  local l = move.labels
  return l.feature and l.closed_question and not (l.benefit or l.open_question or l.probe)
end

-- Marks rules that follow a question or a topic so they leave out a pitch
-- with a yes/no question on the end (lib.pitch_only): each rule with `any` or
-- `when` and neither `unless` nor a `test` of its own. Returns the list.
function lib.plain(rules)
  for _, rule in ipairs(rules) do
    if (rule.any or rule.when) and not rule.unless and not rule.test then
      rule.test = function(s, move) return not lib.pitch_only(move) end
    end
  end
  return rules
end

-- The yes/no questions that only check a pitch landed ("...would that
-- help?"), unlike a real question after it ("...are you on QuickBooks?").
local CHECKS = { "would that help", "would that be useful", "would that be helpful", "would that interest",
                 "would that work for you", "would it help", "could that help", "does that sound",
                 -- ("We have a 5 year fixed at 4.2% with no fee, would that work?", r28 homebuyer average 6)
                 "would that work", "would this work", "could that work", "could this work", "would that suit",
                 "would this suit", "does that work for you", "does this work for you",
                 -- ("We do a 5 year fix at a really competitive rate, would that keep your dad happy?", r29
                 -- homebuyer average 5: the pitch checked against someone she named)
                 "would that keep", "would this keep", "would that satisfy", "would this satisfy",
                 "would that make him happy", "would that make her happy", "would that make them happy",
                 "sound good", "sound useful", "sound interesting", "be of interest", "interested?",
                 "worth a look", "make sense for you", "something you'd", "something you would",
                 "useful for", "helpful for", "help you sleep", "appeal to you", "can i show you", "let me show you",
                 "shall i show you", "could i show you", "want to see it", "like to see it", "be helpful?", "be useful?",
                 -- leave to go on pitching, after the pitch: "...Can I take five minutes to show you what we
                 -- do?" (r24 plant pitcher 1; labels.md: asks leave to pitch)
                 "to show you what", "show you what we", "show you how it works", "show you how we",
                 "walk you through what", "walk you through how", "walk you through our", "take you through what",
                 "take you through our", "run you through", "tell you what we do", "tell you about what we",
                 -- the pitch pointed at: "...Can I walk you through it?" (r25 cfo pitcher 1)
                 "walk you through it", "take you through it", "walk you through this", "take you through this",
                 "tell you a bit about", "tell you more about", "tell you about us", "tell you about our",
                 "be helpful to you", "be useful to you", "of use to you", "help you out?",
                 -- the seller's name checked after the pitch: "...Have you heard of us before?"
                 "heard of us", "come across us", "familiar with us", "know of us", "heard about us",
                 -- "...Is that the kind of thing you're looking for?"
                 "what you're looking for", "what you are looking for", "thing you're looking for", "thing you are looking for",
                 -- "...Would real-time visibility help you?", "...Would that save you time?"
                 "help you?", "help you guys", "help your team?", "help your people?", "help the team?",
                 "save you time", "save you some time", "save your team", "make your life easier",
                 "make life easier", "benefit you", "interest you",
                 -- the pitch pointed at with "something like that" or "this", and "your" typed for
                 -- "you're": "...Would something like that help?", "...Would that be something your
                 -- interested in?", "...Could this help?" (r16 coffee average 7, homebuyer average 6)
                 "would something like", "could something like", "something like that help",
                 "something like this help", "would this help", "could this help", "would this be useful",
                 "would this be helpful", "something your interested", "something you're interested",
                 "something you are interested", "something your looking", "interested in?",
                 "interested in that", "interested in this", "interested in something like",
                 -- the pitch offered as the fix: "...Wouldn't that solve it?", "...Doesn't that cover
                 -- it?" (r18 burned pitcher 3)
                 "that solve it", "that solve the", "that solve your", "this solve it", "that fix it",
                 "that fix the", "that fix your", "this fix it", "that cover it", "that take care of it",
                 "that sort it", "that sort out",
                 -- the pitch held up for praise: "...over 150 ERP connectors. Pretty impressive, right?"
                 -- (r27 cfo pitcher 3) asks for approval, not about them
                 "impressive", "pretty cool", "pretty neat", "pretty slick", "pretty powerful", "pretty great",
                 "pretty amazing", "cool, right", "cool right", "neat, right", "great, right", "awesome, right",
                 "amazing, right", "not bad, right", "not bad right", "not bad, huh", "not bad huh", "not bad, eh" }
function lib.checks_pitch(move)
  return lib.pitch_only(move) and lib.mentions(move, CHECKS)
end

-- The same check after a feature with what it would do for them ("We have an
-- app that scans your receipts so no more shoebox. Would that help?"), or a
-- benefit checked with a yes/no question that only asks whether it would
-- help or interest them ("So at Tallyhouse we do the bookkeeping, so you'd
-- know if you can float payroll. Would that be interesting?"): what it would
-- do for them, not a question about what its words name (the books, the
-- payroll). The check is the line's last sentence; an open question or a
-- follow-up after the benefit is still asked ("...what would that change?").
local BENEFIT_CHECKS = { "be interesting", "be intresting", "be interested", "speak to", "speaks to",
                         "ring true", "rings true", "sound right", "resonate", "land with you", "fit what",
                         "match what", "what you're dealing with", "make sense", "would that work",
                         "be of use", "be worth", "worth having", "worth it" }

-- A benefit (with or without a feature) checked with a yes/no question that
-- only asks whether it lands ("Our platform does three-way matching so that
-- wouldn't happen. Does that sound useful?"): the last question says one of
-- the checks above and the line asks nothing open. lib.leave_checked_benefit
-- makes the rules of a list that have a test leave such a line (it is the
-- pitch or the benefit, not a question on what its words name). Returns the list.
function lib.checks_benefit(move)
  local l = move.labels
  if not (l.benefit and l.closed_question) or l.open_question or l.probe or l.next_step then return false end
  -- (the last sentence, with or without its question mark: "..., does that sound good")
  local last = string.lower(move.text or ""):gsub("[%s%?%.!]*$", ""):match("([^%.!;%?]*)$") or ""
  -- (or one of BENEFIT_CHECKS: "...so you'd know if you can float payroll. Would that be intresting?")
  last = { text = " " .. last .. "? " }
  return lib.mentions(last, CHECKS) or lib.mentions(last, BENEFIT_CHECKS)
end
-- Every rule of the list that has a test no longer fires on a move `leave`
-- keeps for another rule; rules without a test are left as they are.
-- Returns the list.
function lib.unless(rules, leave)
  for _, rule in ipairs(rules) do
    if rule.test then
      local test = rule.test
      rule.test = function(s, move) return not leave(move) and test(s, move) end
    end
  end
  return rules
end
function lib.leave_checked_benefit(rules)
  return lib.unless(rules, lib.checks_benefit)
end

-- A yes/no question after a pitch that asks something real ("Our sensors
-- flag a failure early. Is overtime a big part of your budget?", "...Is
-- Denise the one who decides?"), not one that only checks the pitch landed
-- (lib.checks_pitch) or is too short to ask anything ("Interested?"): the
-- question is answered. lib.asks_past_pitch(move) is true for such a line;
-- lib.plain_past_pitch is lib.plain that lets it through to topic rules.
function lib.asks_past_pitch(move)
  if not lib.pitch_only(move) or lib.checks_pitch(move) then return false end
  local last = string.lower(move.text or ""):match("([^%.!;]*%?)%s*$") or ""
  local words = 0
  for _ in last:gmatch("%a+") do words = words + 1 end
  return words >= 4
end
function lib.plain_past_pitch(rules)
  for _, rule in ipairs(rules) do
    if (rule.any or rule.when) and not rule.unless and not rule.test then
      rule.test = function(s, move) return not lib.pitch_only(move) or lib.asks_past_pitch(move) end
    end
  end
  return rules
end

-- A benefit said as a statement, with no question mark anywhere in the line
-- ("What kills you is the stops come with no warning. Our sensors catch it
-- days ahead, so you'd fix it on a weekday."): a clause opening with a
-- wh-word in it is no question, so rules that only hear questions leave it
-- to the rule that hears the benefit (lib.not_when_benefit_stated).
function lib.states_benefit(move)
  return move.labels.benefit and not (move.text or ""):find("?", 1, true)
end
-- A feature said as the condition of the prospect's own pains, given back as
-- outcomes ("If Raj's invoices get matched automatically and the branch
-- managers approve from their phone, his six people chase less, you capture the
-- two per cent discounts, and you walk into the refinance with a shorter
-- close"): the analyser may hear only the feature (the outcomes are theirs, not
-- ours), but a statement that names `n` or more of the pains they told (each
-- group a list of phrases for one pain) ties the feature to them - a benefit,
-- not the website read back (r20 cfo skilled 9). A question is not one.
function lib.gives_back_pains(move, groups, n)
  local l = move.labels
  if not l.feature or l.benefit or (move.text or ""):find("?", 1, true) then return false end
  local named = 0
  for _, group in ipairs(groups) do
    if lib.mentions(move, group) then named = named + 1 end
  end
  return named >= (n or 2)
end
-- Marks the rules in a route list that hear only questions (their `any` or
-- `when` names no label but open_question, probe, closed_question, or a
-- reflection leading into one) so they leave out such a benefit statement.
-- Only rules with a test of their own are marked (a test added to one
-- without would make it more specific, and outrank others). Returns the list.
local QUESTION_LABELS = { open_question = true, probe = true, closed_question = true, reflection = true }
function lib.not_when_benefit_stated(rules)
  for _, rule in ipairs(rules) do
    local labels = rule.any or (rule.when and { rule.when }) or {}
    local only_questions = #labels > 0
    for _, label in ipairs(labels) do
      if not QUESTION_LABELS[label] then only_questions = false end
    end
    if only_questions and rule.test ~= nil then
      local test = rule.test
      rule.test = function(s, move) return not lib.states_benefit(move) and test(s, move) end
    end
  end
  return rules
end

-- A pitch that ends in a yes/no question ("...would that help?") is still a
-- pitch: this rule hears it as one and leads to `to`. With checks_only, only
-- a question that checks the pitch landed (lib.checks_pitch) counts, so a
-- real question after a feature is still heard as a question.
-- Leave to go on pitching asked after the pitch is a pitch, even when the analyser reads it as an
-- ask: "...we're the leading AP automation platform, with OCR capture and mobile approvals. Can I walk
-- you through it?" (r25 cfo pitcher 1; labels.md: offers asked as questions).
local LEAVE_TO_PITCH = { "walk you through it", "walk you through what", "walk you through how",
                         "walk you through our", "walk you through the platform", "walk you through the product",
                         "take you through it", "take you through what", "take you through our", "run you through",
                         "show you what we", "show you how it works", "show you how we", "show you around",
                         "show you our", "show you the platform", "show you the product", "tell you what we do",
                         "tell you about what we", "tell you a bit about", "tell you more about", "tell you about us",
                         "tell you about our" }
local function leaves_to_pitch(move)
  local l = move.labels
  -- ("Would Thursday work for me to walk you through it?" asks for a meeting)
  return l.feature and not (l.benefit or l.open_question or l.probe) and lib.mentions(move, LEAVE_TO_PITCH)
    and lib.first_weekday(string.lower(move.text or "")) == nil
    and not lib.mentions(move, { "next week", "this week", "tomorrow", "o'clock", " am ", " pm ", "a call", "meeting",
                                 "calendar", "your team", "your ceo", "in the room", "join" })
end
function lib.pitch_and_check(to, checks_only)
  -- it listens for the question (the move the prospect answers); the test
  -- finds the feature, which is usually said in a clause before it; an ask
  -- only when it asks leave to pitch
  local pitch = checks_only and lib.checks_pitch or lib.pitch_only
  return { id = "pitch_and_check", any = { "closed_question", "next_step" }, unless = { "benefit", "open_question", "probe" },
           heard = "a pitch", to = to,
           test = function(s, move)
             if move.labels.next_step then return leaves_to_pitch(move) end
             return pitch(move)
           end }
end

-- "So Tuesday with Denise?": a day of the week offered as a question is an
-- ask too. heard is what the trainee is shown ("a day for the meeting").
-- The slot an ask offers, said back when the prospect takes it: the first weekday named and the
-- first clock time offered with it ("Does ten or two on Friday work better?" -> "Friday at ten";
-- "Thursday at 2pm?" -> "Thursday at 2pm"), or nil when the line offers no day. A number is a
-- time only as a time: after "at", before "or"/"on"/"o'clock", or with am/pm.
lib.WEEKDAYS = { "monday", "tuesday", "wednesday", "thursday", "friday" }
local SLOT_NUMBERS = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                       "twelve", "noon" }

-- A weekday after "by", "before", "until", "no later than" ("send a month of invoices by
-- Wednesday", "by end of day Tuesday", "before next Monday") is a deadline for something else,
-- not the day the meeting is on (r24 cfo skilled 11: "...invoices by Wednesday, and can you, Raj
-- and Mark all be in the room Friday, ten or two?" is Friday at ten, not Wednesday at ten).
local DEADLINE_FILL = { "this", "next", "the end of", "end of", "close of play on", "close of play",
                        "close of business on", "close of business", "cob", "eod", "end of day", "latest",
                        "the latest" }
local DEADLINE_WORDS = { "by", "before", "until", "till", "til", "than" }
local function after_deadline_word(text, at)
  local before = text:sub(1, at - 1):gsub("[%s,]+$", "")
  local trimmed = true
  while trimmed do
    trimmed = false
    for _, fill in ipairs(DEADLINE_FILL) do
      if before:sub(-#fill) == fill and not before:sub(-#fill - 1, -#fill - 1):find("%a") then
        before, trimmed = before:sub(1, -#fill - 1):gsub("[%s,]+$", ""), true
        break
      end
    end
  end
  for _, word in ipairs(DEADLINE_WORDS) do
    if before:sub(-#word) == word and not before:sub(-#word - 1, -#word - 1):find("%a") then return true end
  end
  return false
end

-- The weekday the slot is on, in text (lower case), and where it starts, or nil: the first one named
-- that is not a deadline ("by Wednesday"), or the first one when every one is.
function lib.first_weekday(text)
  local first, first_at, day, at = nil, math.huge, nil, math.huge
  for _, d in ipairs(lib.WEEKDAYS) do
    local from = 1
    while true do
      local i = text:find(d, from, true)
      if not i then break end
      if i < first_at then first, first_at = d, i end
      if i < at and not after_deadline_word(text, i) then day, at = d, i end
      from = i + #d
    end
  end
  if not day then day, at = first, first_at end
  return day, day and at or nil
end

-- The clock time text (lower case) offers, as said ("2pm", "10:30", "ten"), or nil; day, when
-- given, also takes "ten on friday".
function lib.clock_time(text, day)
  text = " " .. text .. " "
  local time = text:match("(%d%d?:%d%d%s*[ap]%.?m)") or text:match("(%d%d?%s*[ap]%.?m)")
    or text:match("(%d%d?:%d%d)") or text:match(" at (%d%d?)%f[^%d:]")
  if time then return time end
  local first = math.huge
  for _, n in ipairs(SLOT_NUMBERS) do
    local pats = { " at " .. n .. "%f[%A]", "%f[%a]" .. n .. " or ", "%f[%a]" .. n .. " o'clock" }
    if day then pats[#pats + 1] = "%f[%a]" .. n .. " on " .. day end
    for _, pat in ipairs(pats) do
      local i = text:find(pat)
      if i and i < first then first, time = i, n end
    end
  end
  return time
end

function lib.offered_slot(move)
  local text = string.lower(move.text or "")
  local day = lib.first_weekday(text)
  if not day then return nil end
  local time = lib.clock_time(text, day)
  local name = day:sub(1, 1):upper() .. day:sub(2)
  return time and (name .. " at " .. time) or name
end

function lib.proposes_day(heard, to)
  return { id = "proposes_day", any = { "closed_question", "next_step" }, unless = { "feature" },
           words = "monday tuesday wednesday thursday friday", heard = heard, to = to }
end

-- Whether a line the analyser calls an ask asks for anything: a question, a day or time, a meeting
-- or a thing to do next, or someone brought in (with the scenario's own names in `more`). "Then let's
-- do it differently: one project lead from signing to the last tech trained, me at kickoff, and a real
-- timeline in writing for Denise - so you never tell your story three times again" (r23 burned picker
-- 10) is an offer with a "let's" in front: it asks for nothing, so the prospect reacts to the offer.
local ASK_SHAPES = { "?", "monday", "tuesday", "wednesday", "thursday", "friday", "next week", "this week",
                     "tomorrow", "o'clock", "a.m.", "p.m.", "morning", "afternoon", "lunch",
                     "meeting", "meet ", "meet.", "meet,", "demo", "sit down", "come by", "come in", "come over",
                     "stop by", "drop by", "visit", "a call", " call ", "calendar", "diary", "book ", "schedule",
                     "set up", "set something up", "pencil", "get together", "catch up", "an hour", "minutes",
                     "walk you through", "walk her through", "walk him through", "walk them through", "walk through",
                     "go through it", "go over it", "run through it", "in the room with", "get her in", "get him in",
                     "get them in", "show you",
                     "show her", "show him", "show them", "trial", "pilot", "proposal", "quote", "contract",
                     "paperwork", "sign up", "sign off", "sign the", "get it signed", "next step", "follow up",
                     "follow-up", "send ", "email", "get started", "get going", "get the ball", "go ahead",
                     "move forward", "move ahead", "kick things off", "kick it off", "kick off the", "join",
                     "bring in", " bring ", "loop in", "invite", "include", "the three of us",
                     "both of you", "the two of you", "you two", "talk again", "speak again", "reconnect",
                     "touch base", "check in" }
function lib.names_ask(move, more)
  local l = move.labels
  if l.closed_question or l.open_question then return true end
  return lib.mentions(move, ASK_SHAPES) or (more ~= nil and lib.mentions(move, more))
end

-- An ask that offers a day and a time as its question ("Then let's build it on your invoices. If Raj
-- can send us a sample by Wednesday, we'll run it Friday with you and Raj in the room. Would ten or two
-- work better?"): the question is the ask's own slot, not a question instead of an answer, whatever the
-- line says of what we would do (r20 cfo skilled 10). It listens for the question, the move answered.
function lib.offers_slot(heard, to)
  return { id = "offers_slot", any = { "closed_question", "next_step" }, heard = heard, to = to,
           words = "monday tuesday wednesday thursday friday",
           test = function(s, move)
             local text = string.lower(move.text or "")
             local day = lib.first_weekday(text)
             return move.labels.next_step and not (move.labels.open_question or move.labels.probe)
               and day ~= nil and lib.clock_time(text, day) ~= nil
           end }
end

-- Ways of naming the cost of doing nothing: a line that says one of these
-- ("if nothing changes, what does next summer look like", "if you left it
-- and did nothing") asks what inaction costs, whatever else it names (next
-- summer, the board, the deadline).
local INACTION = { "nothing changes", "nothing changed", "nothing change", "if nothing", "did nothing",
                   "nothing had changed", "nothing has changed", "nothing's changed", "nothing had moved",
                   "nothing has moved", "nothing's moved", "nothing was different", "nothing is different",
                   "do nothing", "doing nothing", "does nothing", "stays the same", "stay the same",
                   "stayed the same", "stays as it is", "stay as it is", "leave it as it is",
                   "left it as it is", "carry on like this", "carries on like this", "keep going like this",
                   "keeps going like this", "goes on like this", "go on like this", "no change", "don't change",
                   "doesn't change", "never changes", "left it alone", "leave it alone", "stand still",
                   "sit tight", "wait and see", "put it off", "kick the can", "as things are", "the way things are",
                   "the way it is now", "stick with what", "if you keep", "if it keeps", "if they keep", "if we keep",
                   "stay the way", "stays the way", "stayed the way", "the way they are", "as they are now",
                   "stay like this", "stays like this", "stay like that", "stays like that", "nothing moves",
                   "nothing gets fixed", "nothing's fixed", "never gets fixed", "still the same", "the same next",
                   "left as it is", "leave things", "left things", "let it ride", "let it slide", "if it's still",
                   "if it is still", "if you're still", "if you are still", "if they're still", "if we're still",
                   "if you're still", "if he's still", "if she's still",
                   "nothing's really changed", "nothing has really changed", "nothing's different" }
-- "If next summer runs the same way, what does that mean for you?", "if it goes like this again, what
-- happens?": an if with the same again and what it means or leaves is the same question (r14 burned
-- picker 5, as "...where does that leave you?")
local SAME_AGAIN = { "the same way", "same way again", "like this again", "like that again", "same again",
                     "all over again", "happens again", "goes the same", "runs the same", "repeats" }
local WHAT_THEN = { "what does that mean", "what would that mean", "what does it mean", "what would it mean",
                    "mean for you", "what happens", "what would happen", "what then", "where does that leave",
                    "where would that leave", "where does it leave", "where would it leave", "leave you" }
-- "say another one like it comes along next spring and the books are still two months behind, where
-- does that leave you?" (r20 coffee skilled 7): an if with the problem still there and what it means or
-- leaves is the same question
local STILL = { " still ", "still behind", "still stuck", "still on ", "still doing", "still at ", "still the " }
local SUPPOSE = { "if ", "say ", "suppose", "imagine", "what if", "let's say", "lets say" }
-- "What happens if it's not there by Q3?", "and if the fix slips past March, what then?": the
-- deadline missed, with what happens then, is the same question (r25 cfo picker 5)
local MISSED = { "not there by", "isn't there by", "not there in time", "isn't there in time", "not done by",
                 "isn't done by", "not ready by", "isn't ready by", "not in place by", "isn't in place by",
                 "not live by", "isn't live by", "not fixed by", "isn't fixed by", "doesn't happen by",
                 "doesn't happen in time", "not happen by", "it slips", "that slips", "this slips", "slips past",
                 "slip past", "misses the deadline", "miss the deadline", "miss that deadline", "runs late",
                 "not in time", "too late" }
local WHAT_IF = { "what if", "what happens", "what would happen", "what then", "where does that leave", "where would that leave",
                  "where does it leave", "where would it leave", "what does that mean", "what would that mean" }
function lib.names_inaction(move, more)
  if lib.mentions(move, INACTION) or (more ~= nil and lib.mentions(move, more)) then return true end
  if lib.mentions(move, { "if ", "what if" }) and lib.mentions(move, MISSED) and lib.mentions(move, WHAT_IF) then
    return true
  end
  if lib.mentions(move, SUPPOSE) and (lib.mentions(move, SAME_AGAIN) or lib.mentions(move, STILL))
    and lib.mentions(move, WHAT_THEN) then
    return true
  end
  -- the analyser's cue ("if Q3 comes and you're still at eleven days, what
  -- happens then?"), unless the line asks what the problem costs today
  return move.cues ~= nil and move.cues.cost_of_inaction == true and not lib.names_cost(move)
end

-- Is the line a question or a reflection (of the given kinds)? The rules
-- below read the labels in their test rather than in `any`: a rule whose
-- words a line shares without its labels is a near miss, and the prospect
-- would ask what was meant ("My manager keeps asking me..." shares "keep").
local function asks(move, kinds)
  local l = move.labels
  if l.next_step or lib.pitch_only(move) then return false end
  -- what it would do for them, checked with a yes/no question, is no question
  if l.benefit and not (l.open_question or l.probe) then return false end
  for _, kind in ipairs(kinds) do if l[kind] then return true end end
  return false
end
-- (a question, not a reflection alone: "so the payment stays the same" is a
-- benefit said back, not a question about doing nothing)
local ASKS = { "open_question", "probe", "closed_question" }
local QUESTIONS = { "open_question", "probe", "closed_question", "reflection" }

-- A question or reflection that names doing nothing (lib.names_inaction,
-- plus the scenario's own phrases in `more`) asks what inaction costs. Its
-- test and unless make it outrank the topic rules the same line touches
-- ("next summer" is a season, "the board" a decider).
function lib.asks_inaction(to, more)
  return { id = "names_inaction", unless = { "next_step" },
           words = "nothing same change changes changed keep carry still leave left wait stay stays stick sit way another",
           heard = "what happens if nothing changes", to = to,
           test = function(s, move) return asks(move, ASKS) and lib.names_inaction(move, more) end }
end

-- Ways of asking what a problem costs: "what does it cost you", "what are
-- the duplicates costing you today", "how much does that set you back".
local COST = { "cost you", "costs you", "costing you", "cost the business", "costs the business",
               "costing the business", "cost the company", "costing the company", "cost us", "costing us",
               "set you back", "sets you back", "what does that cost", "what does it cost", "what did that cost",
               "what did it cost", "how much money", "how much is that",
               "in money terms", "in dollars", "in pounds", "the money side", "what's that worth", "what is that worth",
               "what's it costing", "what is it costing", "cost of it", "the cost of", "bottom line" }
function lib.names_cost(move, more)
  return lib.mentions(move, COST) or (more ~= nil and lib.mentions(move, more))
end

-- A question or reflection that asks what something costs
-- (lib.names_cost, plus the scenario's own phrases in `more`): like
-- lib.asks_inaction, it outranks the topic rules the same line touches
-- ("the duplicates and slow approvals" are a pain and a decision word too).
function lib.asks_cost(to, more)
  return { id = "names_cost", unless = { "next_step" },
           words = "cost costs costing money much worth dollars pounds price bottom",
           heard = "what it costs", to = to,
           test = function(s, move) return asks(move, QUESTIONS) and lib.names_cost(move, more) end }
end

-- Ways of setting up the meeting before asking anything (a purpose statement
-- or an up-front agreement): "I'd just like to hear how the business is
-- going, and if I can help I'll say so. Sound fair?"
local AGENDA = { "sound fair", "sounds fair", "is that fair", "that fair?", "fair enough?", "does that work for you",
                 "if i can help", "if we can help", "if there's something i can help", "if there's anything i can help",
                 "if not, no", "if not, you've", "no agenda", "not here to sell", "not here to pitch",
                 "not going to pitch", "no pitch", "just like to hear", "just want to hear", "love to just hear",
                 "love to hear how", "like to hear how", "get to know you", "get to know your business",
                 "learn about your business", "learn how your business", "not a fit", "no fit", "tell you straight",
                 "say so straight", " fair?", "fair enough to you" }
function lib.sets_agenda(move)
  return lib.mentions(move, AGENDA)
end

-- Leave to ask some questions, asked as the line's last sentence ("So I'm
-- with FieldPro, we do scheduling software. Mind if I ask a few
-- questions?"): the prospect answers the permission (go ahead), not an intro
-- said before it. Only the request for questions counts: "Can I ask what
-- happened last summer?" is the question itself.
local ASK_LEAVE = { "few questions", "couple of questions", "couple questions", "some questions", "question or two",
                    "questions or two", "few quick questions", "couple quick questions", "ask you a few",
                    "ask a few", "ask you a couple", "ask a couple", "ask you some", "ask some",
                    "questions first", "questions before" }
function lib.asks_to_ask(move)
  local l = move.labels
  if not (l.closed_question or l.purpose or l.next_step) or l.open_question or l.probe then return false end
  local last = string.lower(move.text or ""):gsub("[%s]*$", ""):match("([^%.!%?]*[%?%.!]*)$") or ""
  return last:find("?", 1, true) ~= nil and lib.mentions({ text = last }, ASK_LEAVE)
end

-- Ways of asking by when: "when does she have to decide by?", "when would you
-- want that in place by?", "is there anything coming up that makes it urgent?"
local WHEN = { "by when", "when does", "when do ", "when will", "when would", "when is ", "when's", "what date",
               "how soon", "how long do you have", "how long have you got", "deadline", "decide by",
               "in place by", "need it by", "ready by", "sorted by", "locked by", "done by", "time frame",
               "timeframe", "the timing", "your timing", "timing on", "timing for", "sooner rather", "coming up", "urgent", "when are", "when should",
               "on the calendar", "date in mind", "target date", "timeline", "time line", "what point",
               "how long until", "how long before", "how much time do you have", "how much time do we have", "how much time have", "how much time before", "how much time is left",
               "got before", "how long has she got",
               "how long has he got", "how long have they got", "how long have we got", "how long does she have",
               "how long does he have", "how long do they have", "how long do we have", "is there a date", "a date you",
               "working back from", "work back from",
               -- ("is there a point by which you'd want this sorted, like before next season's bids go out?",
               -- r14 coffee skilled 9)
               "point by which", "by which point", "by which time", "sorted before", "sorted out before",
               "sorted out by", "fixed before", "fixed by", "in place before", "ready before", "changed before",
               "want this sorted", "want it sorted", "want that sorted", "want things sorted",
               -- ("is there a season when the big bids come in?", r29 coffee skilled 7)
               "time of year", "time of the year", "a season when", "what season", "which season",
               "a month when", "what month", "which month" }
function lib.names_when(move)
  return lib.mentions(move, WHEN)
end

-- A question that asks by when (lib.names_when): it outranks the topic rules
-- the same line touches ("decide" is a word of who decides too). words are
-- the scenario's own words for time (its dates, seasons, deadlines).
function lib.asks_when(to, words, heard)
  -- (the WHEN phrases' own words count too: "a point on the calendar" names no date)
  words = (words or "") .. " when deadline calendar timeline date soon sorted point"
  return { id = "names_when", unless = { "next_step" }, words = words, heard = heard or "by when", to = to,
           test = function(s, move)
             return asks(move, ASKS) and lib.names_when(move)
           end }
end

-- Ways of asking what the problem means to the prospect themself (their own
-- motive or stake): "what would fixing it mean for you personally?", "why
-- does it matter so much to you?", "how does that sit with you?"
local MOTIVE = { "you personally", "you, personally", "personaly", "on a personal level",
                 "mean to you", "means to you", "meant to you", "matter to you",
                 "matters to you", "matter so much", "matters so much", "matter for you", "important to you",
                 "sit with you", "sits with you", "sitting with you", "how do you feel", "how does that feel",
                 "how does it feel", "how did that feel", "how are you feeling", "why do you care",
                 "why does it matter", "why does that matter", "why does this matter", "in it for you",
                 "your stake", "at stake for you", "change for you", "different for you", "for you yourself",
                 "you as a person", "keeps you up", "why do you want", "what's driving you", "what drives you",
                 -- how sure or how worried they are: "how confident are you feeling about getting there by Q3?"
                 "how confident", "are you confident", "you feel confident", "how sure are you", "how worried",
                 "are you worried", "how nervous", "are you nervous", "how concerned", "how anxious",
                 "worry you", "worries you", "does it worry", "does that worry", "how stressed",
                 "are you feeling", "you feel about", "how frustrating", "frustrating for you", "frustrated are you",
                 "how annoying", "how painful is", "hard is that for you", "how stressful", "stressful for you" }
-- ("what would it mean for you day to day?" asks about the work, not the
-- person: "mean for you" alone is not in the list)
local DAY_TO_DAY = { "day to day", "day-to-day", "in practice", "practically", "workload", "for the business" }
function lib.names_motive(move, more)
  if lib.mentions(move, DAY_TO_DAY) then return false end
  return lib.mentions(move, MOTIVE) or (more ~= nil and lib.mentions(move, more))
end

-- A question (or a reflection checked with one) about the prospect's own
-- motive (lib.names_motive, plus the scenario's phrases in `more`): like
-- lib.asks_cost, it outranks the topic rules the same line touches ("what
-- would fixing Line 3 mean for you" names Line 3 too).
function lib.asks_motive(to, more, heard)
  return { id = "names_motive", unless = { "next_step" },
           words = "personally personal matter matters mean means meant feel feeling stake care sit sits sitting "
                .. "important drives driving want change different fix fixed fixing sorted solve solved "
                .. "confident confidence sure worried worry worries nervous concerned anxious stressed "
                .. "frustrating frustrated annoying painful hard stressful",
           heard = heard or "what it means to them", to = to,
           test = function(s, move) return asks(move, QUESTIONS) and lib.names_motive(move, more) end }
end

-- Ways of asking how often something happens or how much time it takes, a
-- fact about what was just said: "does that happen a lot?", "how much of the
-- team's week goes on chasing those?", "how long has it been like that?".
local HOW_OFTEN = { "how often", "how frequently", "how regularly", "how many times", "happen a lot",
                    "happens a lot", "happen much", "happen often", "happens often", "a regular thing",
                    "a monthly thing", "a weekly thing", "every month?", "every week?", "once a month",
                    "how much time", "how much of", "how many hours", "how many days", "hours a week",
                    "hours a month", "how long has", "how long have", "always taken", "always been like",
                    "always been that", "always this", "always that", "been like that long", "been that way",
                    "how common", "how rare", "or rarer", "is it rare", "is that rare", "more than once",
                    "how long do they", "how long do those", "how long does each", "usually sit", "typically sit",
                    "how long was he", "how long was she", "how long were they", "been with you" }
function lib.names_how_often(move, more)
  return lib.mentions(move, HOW_OFTEN) or (more ~= nil and lib.mentions(move, more))
end

-- A summary of what the prospect said, checked with a question ("So the
-- lenders want five days and you promised the board - have I got that
-- right?"): the prospect confirms or corrects it, whatever it names. A
-- pitch so checked is still a pitch (lib.pitch_only).
local SUMMARY_CHECKS = { "got that right", "get that right", "got it right", "get it right", "is that right",
                         "is that fair", "fair to say", "fair summary", "is that about right", "about right ",
                         "is that the story", "the heart of it", "the gist", "sum it up", "sums it up",
                         "does that capture", "did i miss", "have i missed", "anything i missed",
                         "anything i've missed", "am i right", "am i close", "is that close", "is that it ",
                         "is that where you", "did i hear that right", "have i heard", "is that accurate",
                         "is that the real", "is that a fair", "is that how you see", "does that sound right",
                         "that sound right", "is that the win", "is that what matters", "that's the win",
                         "is that the number", "is that the problem", "the bottleneck", "the main thing",
                         "the crux", "the root of it", "in a nutshell",
                         -- the picture checked for what comes next: "is that the picture the demo needs
                         -- to paint?", "is that what the demo has to show?"
                         "is that the picture", "is that the right picture", "that paints the picture",
                         "is that what the demo", "is that what it has to show", "is that what it needs to show",
                         "is that what you need to see", "is that what you'd need to see",
                         "is that what you'd want to see", "does that cover it" }
-- (the prospect's own words said back may name the product's features - "so
-- three-way match and routing across forty branches, have I got that
-- right?" - so a line that opens as a summary is one even then)
local SUMMARY_LEADS = { "so ", "sounds like", "so,", "what i'm hearing", "what i am hearing", "let me check",
                        "let me make sure", "to sum up", "in short", "if i've got", "if i heard", "got it.", "ok, so",
                        "okay, so", "right, so", "so if" }
local function opens_summary(move)
  local text = string.lower(move.text or ""):gsub("^[%s%p]+", "")
  for _, lead in ipairs(SUMMARY_LEADS) do
    if text:sub(1, #lead) == lead then return true end
  end
  return false
end
function lib.checks_summary(move)
  local l = move.labels
  if l.next_step or l.open_question or l.probe then return false end
  if lib.pitch_only(move) and not opens_summary(move) then return false end
  -- the check is the line's last sentence and asks nothing else ("is that
  -- fair, or is something else holding it up?" asks what is)
  local text = string.lower(move.text or ""):gsub("[%s%?!%.]+$", "")
  local last = text:match("([^%.!%?;]*)$") or text
  last = last:match(".* %- (.*)$") or last
  -- ("is that fair on them?" asks whether the blame is fair)
  return l.closed_question and lib.mentions({ text = last }, SUMMARY_CHECKS) and not last:find(" or ", 1, true)
    and not lib.mentions({ text = last }, { "fair on ", "fair to them", "fair to him", "fair to her", "fair to ap" })
end

-- Ways of asking who else decides, in the small words a topic match cannot
-- see: "does anyone else need to okay this?", "who besides you has to be
-- happy with it?". `more` adds the scenario's own phrases.
local WHO = { "who else", "anyone else", "anybody else", "besides you", "apart from you", "other than you",
              "who decides", "who makes the call", "final say", " a say", "sign off", "signs off", "sign-off",
              "okay this", "ok this", "okay it", "approve", "approval", "green light", "who signs", "who has to",
              "who needs to", "who would need to", "who's involved", "who is involved", "who gets involved",
              "the decision get made", "decisions get made", "decision gets made", "part of the decision",
              "decision get made", "decision be made", "decision would get made", "decision would be made",
              "in on the decision", "in on that decision", "in on the call", "in on that call", "on board",
              -- ("If you were to change how the books get done, who'd be part of that decision besides you",
              -- r24 coffee skilled 6)
              "part of that decision", "part of this decision", "part of a decision", "part of deciding",
              "part of that call", "part of this call", "involved in that decision", "involved in this decision",
              "involved in the decision", "involved in deciding" }
-- (the words between may be left out of a test's text: "who [besides you]
-- has to be happy with it?", so "who" with a word of deciding counts too)
-- ("who'd make that call with you?", "who would have a say?", "who'd weigh in?": who decides, r14
-- coffee skilled 7, as r13's "how would that decision get made")
local DECIDING = { "decide", "decides", "decision", "happy with", "okay", "sign", "approve", "agree", "say in", "buy in", "buy-in",
                   "make the call", "make that call", "make this call", "makes the call", "makes that call",
                   "making the call", "making that call", "the call on", "that call on", "have a say", "has a say",
                   "have the say", "weigh in" }
local WHO_WORDS = { "who ", "who'd ", "who’d ", "whod ", "who'll ", "who would ", "who will " }
-- "which people have a say in this?", "what managers get to sign?", "which of you decides?",
-- "whose sign-off is it?": which/what + people, whatever the noun, is who ("which factors
-- decide it?", "what would you sign?" are not)
local PEOPLE = { "people", "person", "persons", "folks", "of you", "of them", "of your", "of the", "other",
                 "others", "manager", "managers", "director", "directors", "partner", "partners", "stakeholder",
                 "stakeholders", "execs", "executives", "exec", "team", "teams", "department", "departments",
                 "colleagues", "members", "staff", "guys", "owners", "owner", "heads", "leaders", "bosses",
                 "role", "roles", "seniors", "board", "family", "relatives" }
local function which_people(move)
  local text = " " .. string.lower(move.text or "") .. " "
  if text:find("[^%a]whose ") then return true end
  for _, wh in ipairs({ "which ", "what " }) do
    for _, who in ipairs(PEOPLE) do
      if text:find(" " .. wh .. who .. " ", 1, true) or text:find(" " .. wh .. "other " .. who .. " ", 1, true) then
        return true
      end
    end
  end
  return false
end
-- "If you changed how the jars get packed, how would the two of you decide on that", "how do you two
-- make a call like that?", "how would you and Theo decide?" (r23 loyal skilled 6): how they decide,
-- asked of the people deciding, is who decides and how. The verb follows "how would|do|will..." after at
-- most five words of its subject, with no "if", "when" or "that" between ("how would it change if Theo
-- decided to go national?" asks what changes; "how did you decide on Harvest Lane?" is the past, why).
local HOW_AUX = { would = true, ["do"] = true, does = true, will = true, can = true, could = true, should = true,
                  ["'ll"] = true, ["'d"] = true, ["’d"] = true }
local NOT_SUBJECT = { ["if"] = true, when = true, whether = true, that = true, because = true, once = true,
                      it = true, much = true, many = true, long = true, often = true, soon = true }
local DECIDE_AT = { "decid", "choos", "choose", "settle on", "make a call", "make the call", "make that call",
                    "make this call", "make calls", "make a decision", "make the decision", "make that decision",
                    "make decisions", "come to a decision", "reach a decision", "agree on" }
function lib.names_how_decided(move)
  local text = " " .. string.lower(move.text or ""):gsub("’", "'"):gsub("[^%a' ]", " , ") .. " "
  for aux, rest in text:gmatch(" how ?('?%a+) ([^,]*)") do
    if HOW_AUX[aux] then
      local n = 0
      for at, word in rest:gmatch("()(%S+)") do
        for _, verb in ipairs(DECIDE_AT) do
          if rest:sub(at, at + #verb - 1) == verb then return true end
        end
        n = n + 1
        if n > 5 or NOT_SUBJECT[word] then break end
      end
    end
  end
  return false
end
function lib.names_who(move, more)
  if lib.mentions(move, WHO) or (more ~= nil and lib.mentions(move, more)) then return true end
  if lib.names_how_decided(move) then return true end
  return (lib.mentions(move, WHO_WORDS) or which_people(move)) and lib.mentions(move, DECIDING)
end

-- Ways of asking how something works, step by step: "walk me through how a
-- job gets to a truck", "what's the process when a call comes in", "who takes
-- the call, and then what?". `more` adds the scenario's own phrases.
local PROCESS = { "walk me through how", "talk me through how", "walk me through what happens",
                  "talk me through what happens", "walk me through the", "talk me through the", "step by step",
                  "the process", "your process", "process for", "process when", "how does it work",
                  "how it works", "how does that work", "how does that all work", "from start to finish",
                  "end to end", "start to finish", "what happens when a call", "what happens when an order",
                  "who takes the call", "takes the calls", "who picks up the phone", "then what happens",
                  "and then what", "what happens next when", "how does a job", "how do jobs", "how does the job",
                  "gets from the", "get from the", "goes from the", "how does the work", "who does what" }
function lib.names_process(move, more)
  return lib.mentions(move, PROCESS) or (more ~= nil and lib.mentions(move, more))
end

-- "Tell me about Manny", "what about July?", "what happened with him?": the
-- thing a line asks about by name, lower case (what follows "about" up to the
-- end of its clause), or nil. ("That must've hurt to lose Manny. What
-- happened with him?" asks about Manny, not what it cost.)
local ABOUT = { "tell me about ", "tell me more about ", "tell me a bit about ", "tell me a little about ",
                "talk me through ", "walk me through ", "what about ", "more about ", "hear about ",
                "curious about ", "ask about ", "ask you about ", "what happened with ", "what happened to ",
                "what's happened with ", "what's happened to ", "what happened there with " }
function lib.about(move)
  local text = string.lower(move.text or "")
  local first, lead
  for _, phrase in ipairs(ABOUT) do
    local at = text:find(phrase, 1, true)
    if at and (first == nil or at < first) then first, lead = at, phrase end
  end
  if first == nil then return nil end
  local rest = text:sub(first + #lead)
  rest = rest:match("^[^%.%?!,;:]*") or rest
  return (rest:gsub(" [%-\226].*$", ""))
end

-- Topic rules that hear a "tell me about X" line only when X is their topic:
-- "Losing Manny hurt more than the money. Tell me about him." asks about
-- Manny, whatever the lead-in names. A rule with words and a test passes when
-- a word of X starts with one of its words; X a pronoun (him, her) passes
-- only the rules people names for it ({ him = { "follows_manny" } }; a
-- rule of the scenario's own that reads lib.about_pronoun can take a pronoun
-- with no name in the line); "it" or "that" leaves the choice to the lead-in.
-- Returns the list.
local PRONOUNS = { him = "him", he = "him", her = "her", she = "her" }
function lib.about_pronoun(move)
  local thing = lib.about(move)
  return thing and PRONOUNS[thing:match("^%s*(%a+)") or ""]
end
local function about_matches(rule, thing, people)
  local first = thing:match("^%s*(%a+)")
  if first == "it" or first == "that" or first == "this" or first == "those" or first == "them" or first == "you"
     or first == "yourself" then return true end
  if first and PRONOUNS[first] then
    for _, id in ipairs((people or {})[PRONOUNS[first]] or {}) do
      if id == rule.id then return true end
    end
    return false
  end
  for said in thing:gmatch("%a+") do
    for word in rule.words:lower():gmatch("%a+") do
      if said:sub(1, #word) == word or (#said >= 4 and word:sub(1, #said) == said) then return true end
    end
  end
  return false
end
function lib.about_filter(rules, people)
  for _, rule in ipairs(rules) do
    local test = rule.test
    if type(rule.words) == "string" and test then
      rule.test = function(s, move)
        if not test(s, move) then return false end
        local thing = lib.about(move)
        return thing == nil or about_matches(rule, thing, people)
      end
    end
  end
  return rules
end

-- Openings. "Have you got a few minutes to talk about downtime?", "wanted to
-- see if you have a couple of minutes to chat about your books": asking for a
-- few minutes of the prospect's time now, on a topic, is why the seller
-- called (no meeting: a day, a demo or "show you" is an ask or a pitch; a
-- minute with no topic is only a courtesy).
local TIME_ASK = { "few minutes", "couple of minutes", "couple minutes", "two minutes", "five minutes", "ten minutes",
                   "a minute", "a moment", "a sec ", "a sec?", "a second", "minutes of your time",
                   "bit of your time", "time to talk", "time to chat", "time for a chat", "time for a quick",
                   "quick chat", "quick word", "a word about", "minute to talk", "minutes to talk", "minute to chat",
                   "minutes to chat", "good time to talk", "good time to chat" }
local TIME_NOT = { "show you", "demo", "walk you through", "monday", "tuesday", "wednesday", "thursday", "friday",
                   "next week", "this week", "tomorrow", "meet ", "meeting", "come by", "come out", "visit",
                   "in a few minutes", "in a minute", "in a moment", "in a second", "every minute", "minutes a",
                   "minutes per", "minutes on each", "minutes each" }
-- (a topic is named: "do you have a minute?" alone says nothing of why)
local TIME_TOPIC = { " about ", "discuss", "regarding", "go over", "go through", "talk through", "chat through",
                     "concerning", "look at" }
function lib.asks_for_time(move)
  local l = move.labels
  if l.feature or not (l.closed_question or l.purpose or l.next_step or l.open_question) then return false end
  return lib.mentions(move, TIME_ASK) and lib.mentions(move, TIME_TOPIC) and not lib.mentions(move, TIME_NOT)
end

-- A few minutes asked for in the line's last sentence, topic or not ("...we do
-- scheduling software. Do you have a few minutes to chat?"): once the prospect
-- has said how long the seller has ("You've got fifteen minutes"), this asks
-- for nothing new - a scenario answers it as leave to go on, not as an early
-- ask for a meeting (no day, demo or visit in it).
function lib.asks_for_minutes(move)
  local l = move.labels
  if not (l.closed_question or l.next_step) or l.open_question or l.probe then return false end
  local last = string.lower(move.text or ""):gsub("[%s]*$", ""):match("([^%.!%?]*[%?%.!]*)$") or ""
  return last:find("?", 1, true) ~= nil and lib.mentions({ text = last }, TIME_ASK)
    and not lib.mentions({ text = last }, TIME_NOT)
end

-- "Do you have problems with downtime?", "are you having any issues with
-- dispatch?": a yes/no question whether the prospect has trouble of the kind
-- named by words (the scenario's words for its pain), to be answered, not
-- clarified. No pitch in it (lib.pitch_only) and no time asked for.
local HAS_TROUBLE = { "do you have", "do you guys have", "are you having", "are you getting", "have you been getting", "are you guys having", "have you had",
                      "have you got", "have you been having", "do you get", "do you ever", "do you run into",
                      "are you running into", "do you struggle", "are you struggling", "do you deal with",
                      "are you dealing with", "do you see", "are you seeing", "is there any", "are there any",
                      "any problems", "any problem", "any issues", "any issue", "any trouble", "any headaches",
                      "any worries", "any concerns", "any challenges" }
local TROUBLE = { "problem", "issue", "trouble", "headache", "struggl", "challenge", "worr", "concern", "pain" }
-- pains (optional) are words that name the trouble itself ("unplanned stops"):
-- "are you seeing a lot of unplanned stops?" needs no "problem" in it.
function lib.asks_has_trouble(move, words, pains)
  local l = move.labels
  if not l.closed_question or l.next_step or lib.pitch_only(move) or lib.asks_for_time(move) then return false end
  if not lib.mentions(move, HAS_TROUBLE) then return false end
  return (lib.mentions(move, TROUBLE) and lib.mentions(move, words)) or (pains ~= nil and lib.mentions(move, pains))
end

-- "Hi Priya, it's Dan from the mortgage team. Thanks for calling in.",
-- "Morning, Walt": a hello (a greeting, who is calling, thanks for the time)
-- with no move in it. At an opening it is taken as hello: the prospect carries
-- on, with no clarification asked (or used up).
local HELLO = { "hi", "hello", "hey", "hiya", "morning", "afternoon", "evening", "good morning", "good afternoon",
                "good evening", "thanks", "thank you", "nice", "great", "lovely", "good", "pleased", "it's", "its",
                "this is", "i'm", "im", "my name" }
local HELLO_NOT = { "?", "but ", "problem", "issue", "worr", "sorry to hear" }
function lib.greets(move)
  local l = move.labels
  if l.open_question or l.closed_question or l.probe or l.reflection or l.feature or l.benefit or l.purpose
     or l.next_step or l.seller_focus then return false end
  local text = string.lower(move.text or ""):gsub("^%s+", "")
  if lib.mentions(move, HELLO_NOT) then return false end
  for _, word in ipairs(HELLO) do
    if text:sub(1, #word) == word and not text:sub(#word + 1, #word + 1):match("%a") then return true end
  end
  return false
end

return lib
