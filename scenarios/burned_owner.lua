-- The owner who got burned.
-- Lesson: listen for the cues a wary prospect drops (the last vendor, the
-- tech who quit, the office manager), and set expectations honestly. He has
-- heard every promise; the conservative truth is what earns the meeting.
-- Voice: Walt is a burned sceptic. Short sentences, dry, tests you. He warms
-- up only when you ask about what happened and don't rush to fix it.

local lib = include "lib/discovery.lua"

-- Promises he has heard before. A line that disclaims them is not one. ("No
-- problem" is left out: "OK, no problem" is how people say yes.)
local PROMISES = { "guarantee", "seamless", "painless", "overnight", "in no time",
                   "i promise", "we promise", "super easy", "really easy", "so easy",
                   "two weeks", "plug and play", "won't happen", "wouldn't happen", "never happen",
                   "won't be an issue", "zero risk", "hassle-free", "hassle free",
                   "we're different", "we are different", "really are different", "not like the others" }
local DISCLAIMERS = { "can't guarantee", "cannot guarantee", "won't guarantee", "no guarantee",
                      "not going to promise", "won't promise", "can't promise", "not promise",
                      -- "I'm not going to tell you it's plug and play"
                      "not going to tell you", "won't tell you", "not gonna tell you", "not going to say", "won't say",
                      "wouldn't say", "won't pretend", "not going to pretend", "not gonna pretend", "never tell you" }

-- A promise word said as what it is not ("three months, not two weeks",
-- "it won't be seamless", "more than a couple of weeks") is the honest
-- answer, not the promise: the words just before it say so.
local NOT_SO = { "not", "n't", "never", "no", "n't be", "not be", "not in", "n't take", "not take", "nowhere near",
                 "rather than", "instead of", "more than", "longer than", "isn't", "wasn't", "not like" }
-- (a word like "the" may stand between: "three months, not the two weeks you'll hear from others",
-- r27 skilled 13, "rather than your usual two weeks")
local BETWEEN = { "the", "a", "those", "that", "these", "this", "your", "their", "some", "any", "usual", "typical" }
local function said_as_not(text, at)
  local before = text:sub(1, at - 1):gsub("[%s,%-]+$", "")
  local skipped = false
  for _ = 1, 2 do
    local last = before:match("(%a+)$")
    local dropped = false
    for _, word in ipairs(BETWEEN) do
      if last == word then before = before:sub(1, -#word - 1):gsub("[%s,%-]+$", ""); dropped = true; break end
    end
    if not dropped then break end
    skipped = true
  end
  for _, word in ipairs(NOT_SO) do
    local tail = before:sub(-#word)
    local edge = before:sub(-#word - 1, -#word - 1)
    -- ("No, the two weeks is real" answers no to something else: it still promises)
    if tail == word and not (skipped and word == "no") and (edge == "" or edge:match("[%s,%-]") or word:sub(1, 1) == "n") then return true end
  end
  return false
end
-- Being different asked about or offered to be shown ("so I can show you how we're different", "see
-- whether we're different") claims nothing he can hold us to: an ask, not the last guy's promise
local ASKED_AS = { "how", "why", "whether", "if", "where", "in what way", "what way" }
local function said_as_asked(text, at, phrase)
  if not phrase:find("different", 1, true) then return false end
  local before = text:sub(1, at - 1):gsub("[%s,%-]+$", "")
  for _, word in ipairs(ASKED_AS) do
    if before:sub(-#word - 1) == " " .. word then return true end
  end
  return false
end
local function promises(move)
  local text = " " .. string.lower(move.text or "") .. " "
  for _, phrase in ipairs(PROMISES) do
    local from = 1
    while true do
      local at = text:find(phrase, from, true)
      if not at then break end
      if not said_as_not(text, at) and not said_as_asked(text, at, phrase) then return phrase end
      from = at + 1
    end
  end
  return nil
end
local function overpromises(move)
  return not lib.mentions(move, DISCLAIMERS) and promises(move)
end

-- ("straight" alone is no promise of honesty: "straight to their phone")
local HONEST = { "honest", "realistic", "typically", "usually", "depends", "expect", "truth",
                 "straight answer", "straight with you", "you straight", "it straight", "straight up", "weeks", "months", "roughly", "about three", "about two",
                 "project lead", "one person", "same person" }
local function sounds_honest(move)
  return not overpromises(move) and lib.mentions(move, HONEST)
end

-- The brochure answer to "how long, really?": the short number the last
-- vendor gave him, or a hand-off to yet another person after the sale.
local BROCHURE = { "6 to 8 weeks", "six to eight weeks", "6-8 weeks", "four to six weeks", "4 to 6 weeks",
                   "4-6 weeks", "six weeks", "6 weeks", "a few weeks", "couple of weeks" }
local HANDOFF = { "account manager", "support team", "customer success", "success manager", "hand you over",
                  "handed over", "hand you off", "handed off", "onboarding team", "onboarding specialist",
                  "implementation team", "implementation specialist" }
local LONG = { "month", "ten ", "twelve", "10 ", "12 ", "one project lead", "one person", "same person" }
-- A hand-off is one whatever the timeline said with it ("usually a couple months, depends on the size.
-- after go live you'd have an account manager you can call"): only one person who stays takes it back
-- ("...and the same project lead stays until go-live, then support for questions" is one person).
local HANDOFF_TYPED = { "acount manager", "accont manager", "account manger", "acct manager", "account rep",
                        "support rep", "help desk", "helpdesk", "support desk", "support line", "customer service",
                        "customer support", "support staff", "service desk", "our support", "tech support" }
local ONE_STAYS = { "one project lead", "one person", "same person", "one contact", "one named", "one lead",
                    "same lead", "project lead", "i'd stay", "i'll stay", "i will stay", "i would stay", "stay with you",
                    "stays with you", "i stay", "with you start to finish", "with you from", "me the whole", "i'll be your",
                    "i would be your", "i'd be your",
                    -- "you'd have one account manager the whole way" (r20 average 11): one person who stays
                    "one account manager", "same account manager", "one manager", "the whole way", "the whole time",
                    "start to finish", "all the way through" }
-- The short number said without a real timeline or one person ("three months, not six weeks" is
-- straight), or a hand-off without one person who stays.
local function hands_off(move)
  return (lib.mentions(move, HANDOFF) or lib.mentions(move, HANDOFF_TYPED)) and not lib.mentions(move, ONE_STAYS)
end
local function brochure(move)
  return (lib.mentions(move, BROCHURE) and not lib.mentions(move, LONG)) or hands_off(move)
end

-- The line's last question (the sentence ending in its last '?'), as a move for lib.mentions; the
-- whole line when it has none
local function last_question(move)
  local q = string.lower(move.text or ""):match("([^%.!;%?]*%?)[^%?]*$")
  return q and { text = q, labels = move.labels } or move
end
local function with_denise(move) return lib.mentions(move, { "denise", "your office manager" }) end

-- The pieces of his story, in the order he would tell them when simply
-- asked to go on: the hand-off, what it cost, what good looks like, who
-- else decides, when a change could happen.
local STORY = { { "handoff", "last_time" }, { "cost", "paper" }, { "expectations", "what_good" },
                { "denise", "denise" }, { "season", "season" } }
local function untold(s)
  for _, piece in ipairs(STORY) do
    if not s["got_" .. piece[1]] then return piece[2] end
  end
  return nil
end

-- One person to deal with, offered before he asks ("I'd stay your one
-- contact from signing through the last tech's training"): he asks only how
-- long, not who.
local ONE_CONTACT = { "one contact", "one person", "same person", "project lead", "one named", "point of contact",
                      "your contact", "i'd stay", "i'll stay", "i will stay", "i would stay", "stay with you",
                      "beside her", "beside you", "by your side", "with you from", "with you start to finish",
                      "one lead", "same lead" }
local function next_stage(s, move)
  if move ~= nil and not move.labels.feature and lib.mentions(move, ONE_CONTACT) then s.named_contact = true end
  if s.found >= 3 then
    if not s.straight and (s.visits.real_timeline or 0) == 0 then return "real_timeline" end
    return "closing"
  end
  return "closing_cold"
end

-- A question he has no special answer for: he goes on with the part of the
-- story he has not told yet, and once it is all out, the call moves on.
local function goes_on(s, move) return untold(s) or next_stage(s, move) end

-- The day and part of the day an ask names ("Tuesday afternoon"), kept for booked to say back:
-- he takes the time offered, not a fixed nine o'clock.
-- A day offered in a short last question ("Thursday at 2?", "How's Tuesday at 10?", "Does Friday
-- morning work?"), not a question about what happens on one ("how does dispatch run on a Monday morning?")
local function offers_day(move)
  local last = string.lower(move.text or ""):gsub("[%s%?%.!]*$", ""):match("([^%.!;%?]*)$") or ""
  local words = 0
  for _ in last:gmatch("%a+") do words = words + 1 end
  return words <= 6 and lib.mentions({ text = last }, lib.WEEKDAYS)
end
-- The day he takes is the first one offered, with the part of the day or the clock time said
-- with THAT day ("Tuesday at nine or Thursday after lunch" is Tuesday at nine, not Tuesday at
-- lunch, r19 skilled 12); an ask with no day ("a meeting next week with you and Denise", r19
-- average) gets a day from him, not a bare "nine o'clock" (r19 picker, r17).
local function book(s, move)
  local text = string.lower(move.text or "")
  s.book_day, s.book_part, s.book_time = "", "", ""
  local day, at = lib.first_weekday(text)
  -- what goes with the day: from it to the next day named
  local with_day = text
  if day then
    s.book_day = day:sub(1, 1):upper() .. day:sub(2)
    local stop = #text + 1
    for _, other in ipairs(lib.WEEKDAYS) do
      local i = text:find(other, at + 1, true)
      if i and i < stop then stop = i end
    end
    with_day = text:sub(at, stop - 1)
  end
  for _, part in ipairs({ "afternoon", "evening", "lunch", "morning" }) do
    if with_day:find(part, 1, true) then s.book_part = part break end
  end
  s.book_time = lib.clock_time(with_day) or ""
  return "booked"
end

-- An ask that keeps Denise out ("just you and me"): an earlier ask's Denise is not carried into it
local JUST_US = { "just you", "just the two of us", "just us", "you and me", "you and i", "without denise",
                  "without her", "only you" }
local function ask_result(s, move)
  -- (who an ask named is remembered: "can we set up a demo with you and Denise in September?", then
  -- after his question "so can we get that demo on the calendar for early September?" (r17) is that
  -- demo, Denise in it, not one that forgets her)
  if with_denise(move) then s.denise_asked = true end
  if move.premature then return "not_so_fast" end
  -- The straight answer can come in the same breath as the ask.
  local straight = s.straight or sounds_honest(move)
  if not straight and (s.visits.real_timeline or 0) == 0 then
    s.asked_first = true
    return "real_timeline"
  end
  -- (low trust from early rushed asks is not held against a proper ask once he has told his story and
  -- had his straight answer: the ask is weighed on its merits, Denise in it or not - r26 average 15)
  if s.trust < 30 and not (s.straight and s.found >= 3) then return "polite_no" end
  if with_denise(move) or (s.denise_asked and not lib.mentions(move, JUST_US)) then return book(s, move) end
  return "denise_gate"
end

-- The promise he throws back is the one the trainee made ("we're different", "plug and play"), not
-- words he never heard ("Seamless. Guaranteed." after three awards and 2,000 customers, r18 pitcher 2)
local function promised_to(s, move) s.promise = promises(move) or ""; return "heard_that" end
local function promised()
  return { id = "overpromises", test = function(s, move) return overpromises(move) end, to = promised_to }
end
-- Rules many nodes share: an early ask, any ask, a pitch, moving on.
-- (an early ask and any ask ask for something - lib.names_ask: "Then let's do it differently: one
-- project lead..., me at kickoff... - so you never tell your story three times again" (r23 picker 10)
-- is the offer, with a "let's" in front, that he reacts to, not a meeting he books)
local R0 = lib.rules { rushed = "not_so_fast", asks = ask_result, pitches = "same_pitch",
                       moves_on = next_stage }
-- (the early ask's premature gate moves into its test, so the rule weighs what it did: a promise with
-- an early ask on the end, "Trust me, we're different. Can I show you a demo?", is still the promise)
local DENISE_IN = { "with denise", "denise and i", "you and denise", "denise and you", "get denise", "denise in",
                    "denise along", "denise too", "denise as well" }
local function asks_for_something(rule)
  local premature = rule.premature
  rule.premature = nil
  rule.test = function(s, move) return lib.names_ask(move, DENISE_IN) and (not premature or move.premature) end
  return rule
end
local R = { rushed = function() return asks_for_something(R0.rushed()) end,
            asks = function() return asks_for_something(R0.asks()) end,
            pitches = R0.pitches, moves_on = R0.moves_on }

-- Any ask, with the short shapes an ask takes once the meeting is in the air.
local function asks()
  local rule = R.asks()
  rule.examples = { "so Tuesday with Denise then", "shall we pencil in Tuesday with Denise",
                    "does Tuesday or Wednesday work for you and Denise", "can we get a meeting in the diary" }
  return rule
end

-- The topic-rule scaffolding the built-in calls share (lib/discovery.lua):
-- topics leave out a pitch with a yes/no question on the end, which is heard
-- as a pitch; a day offered as a question ("So Tuesday with Denise?") is an ask.
-- (a real question after a pitch is answered: "We can do that. Is Denise the
-- one who makes the decision?" gets Denise; lib.plain_past_pitch)
local plain = lib.plain_past_pitch
local function proposes_day()
  return lib.proposes_day("a day for the meeting",
    function(s, move) return s.found < 3 and "not_so_fast" or ask_result(s, move) end)
end
local function pitch_and_check(to) return lib.pitch_and_check(to or "same_pitch", true) end

local QUESTION = { "open_question", "probe", "closed_question" }
-- A fact he answers with his numbers: how many, how big (other yes/no
-- questions go on with his story).
local COUNTS = { "how many", "how much", "how big", "how busy", "calls", "jobs", "a day", "per day", "a week",
                 "volume", "size", "techs", "trucks", "vans" }
local LISTENS = { "open_question", "probe", "reflection" }
local QUESTION_OR_REFLECTION = { "open_question", "probe", "closed_question", "reflection" }

-- Asking when a change could happen, not what happens in a season ("what
-- happens to the whiteboard when the season hits?" is about July).
local TIMING = { "time of year", "time of the year", "good time", "right time", "best time", "timing", "window",
                 "switch", "changeover", "change over", "change systems", "take on", "start in", "started in",
                 "starting in", "october", "spring", "in the fall", "by fall",
                 "take it on", "timeline", "when could", "when can", "when should", "when might", "when are",
                 "when in", "september", "contract", "a date", "date in mind", "working toward", "working towards",
                 "in place", "how soon", "target", "deadline" }
local function asks_timing(move)
  return not lib.pitch_only(move) and (lib.names_when(move) or lib.mentions(move, TIMING))
end
-- "...If you did make a change, when in the year could you and Denise actually stand to do it" (r28
-- skilled 10): a when-question typed without its question mark, after a reflection, is still the
-- timing asked - not the reflection, nor who has a say because it names Denise. Its last sentence
-- opens a when-question and does not end as a statement.
local WHEN_OPENS = { "when ", "what time", "how soon", "what month", "which month", "is there a good time",
                     "is there a time", "is there a window", "what part of the year", "which part of the year" }
local function asks_timing_unmarked(move)
  local l = move.labels
  if l.open_question or l.probe or l.closed_question or l.next_step then return false end
  local text = string.lower(move.text or ""):gsub("%s+$", "")
  if text:find("[%.!]$") then return false end
  local last = text:match("([^%.!%?]*)$") or text
  local clause = " " .. (last:match(".*,%s*(.-)$") or last)
  for _, opener in ipairs(WHEN_OPENS) do
    if clause:find(" " .. opener, 1, true) then return asks_timing({ text = last, labels = l }) end
  end
  return false
end

-- What a trainee asks about once he is talking, wherever they ask it. Each
-- topic leads to the part of the story that answers it.
-- A tool floated with a yes/no question ("would an app that tracks renewals
-- help?") is a pitch; a meeting asked as one ("would Denise be open to a
-- meeting?") is an ask. Topic rules leave both, and any line with an ask in
-- it, to the rules that hear them.
local TOOLS = { "an app", "our app", "the app", "a system", "our system", "software that", "a tool", "routewise",
                "a dashboard", "a portal", "tracking", "automated", "automatic" }
local TOOL_CHECKS = { "help", "useful", "difference", "worth", "would that", "would it", "interested", "like that" }
local function floats_tool(move)
  local l = move.labels
  return l.closed_question and not (l.open_question or l.probe) and lib.mentions(move, TOOLS)
    and lib.mentions(move, TOOL_CHECKS)
end
local MEETING = { "meeting", "meet ", "meet?", "sit down", "get together", "come by", "come in and", "join us",
                  "in the diary", "on the calendar", "an hour", "half an hour" }
local function asks_meeting(move)
  return move.labels.closed_question and not move.labels.open_question and lib.mentions(move, MEETING)
end
-- "One person, got it. What else?": a bare follow-up asks him to go on, it
-- names no topic (the lead-in's words are his own, said back).
local GO_ON = { "what else", "anything else", "what more", "go on", "and then", "then what", "keep going" }
local function asks_go_on(move)
  local text = string.lower(move.text or ""):gsub("[%s%?%.!]+$", "")
  local last = text:match("([^%.!%?,;%-]*)$") or text
  local words = 0
  for _ in last:gmatch("%a+") do words = words + 1 end
  return words <= 5 and lib.mentions({ text = last }, GO_ON)
end
-- "It'd be the same person with you from signing to the last tech trained":
-- one person offered, with no question, asks about no topic it names.
local function offers_contact(move)
  local l = move.labels
  return not (l.open_question or l.probe or l.closed_question) and lib.mentions(move, ONE_CONTACT)
end
local function hears_topic(rules)
  for _, rule in ipairs(rules) do
    local test = rule.test
    if test then
      rule.test = function(s, move)
        return test(s, move) and not move.labels.next_step and not floats_tool(move) and not asks_meeting(move)
          and not asks_go_on(move) and not lib.checks_summary(move) and not offers_contact(move)
      end
    end
  end
  return rules
end
local function tool_and_meeting()
  return { { id = "floats_tool", any = { "closed_question" }, heard = "a pitch", to = "claim",
             test = function(s, move) return floats_tool(move) end },
           { id = "asks_meeting", any = { "closed_question" }, heard = "a request for a meeting",
             to = function(s, move) return s.found < 3 and "not_so_fast" or ask_result(s, move) end,
             test = function(s, move) return asks_meeting(move) end } }
end

-- "Tell me about him" / "what about her": the rules that may take it (a line
-- that names him), and whom he takes a bare pronoun to mean: Manny once he
-- has come up (before, the salesman of the last time), Denise.
-- ("What happened to her last time...?" is what last time did to Denise: her_last_time's own test
-- still asks for the last time in the question, r26 skilled 8)
local ABOUT_PEOPLE = { him = { "follows_manny", "after_signing", "about_him" },
                       her = { "who", "about_her", "her_last_time" } }
local function manny_said(s) return s.got_cost or (s.visits.crew or 0) > 0 or (s.visits.manny or 0) > 0 end
local function about(pronoun, heard, to)
  return { id = "about_" .. pronoun, any = { "open_question", "probe", "closed_question" }, heard = heard, to = to,
           test = function(s, move) return lib.about_pronoun(move) == pronoun end }
end
-- What would have kept Manny (or would keep the next one)
local KEPT_HIM = { "kept him", "keep him", "keeping him", "made him stay", "make him stay", "have stayed",
                   "he'd have stayed", "he would have stayed", "kept manny", "keep manny", "saved him",
                   "held on to him", "hold on to him", "hung on to him", "stopped him", "stop him leaving",
                   "stopped him leaving", "changed his mind" }
-- What last time was, said in the question or (when the question asks how it went for her) in its lead-in
local LAST_TIME_FOR_HER = { "last time", "last summer", "went through", "go through", "back then",
                            "the last one", "last system", "last software", "carried", "took it", "take it",
                            "last rollout", "last vendor", "last install", "last implementation", "last go",
                            "put her through", "put denise through", "do to her", "did to her", "done to her",
                            "do to denise", "did to denise", "done to denise" }
-- How it went for her: "Sounds like last time hit her hardest. How did it go for her?", "...last time she
-- carried the mess. What was it like for her when that system went sideways?" (r27 picker 7, skilled 9)
local HOW_FOR_HER = { "for her", "for denise", "on her", "on denise", "go for", "went for", "like for",
                      "hit her", "hit denise", "handle it", "take it", "cope" }
-- How it was for her, asked in the past ("How was that on her?", "how did she cope?"): the past she
-- had with software is last time, whatever "that" stands for (reply28: heard as her day now)
local PAST_ASKED = { " was ", " did ", " were ", " went ", "how'd ", " had " }
local function asked_in_past(q) return lib.mentions(q, PAST_ASKED) end
-- What it means to him ("what would it mean to you personally?"), unless it
-- asks what would have to be different (what good looks like).
local DIFFERENT = { "have to be different", "need to be different", "have to change", "need to change",
                    "do differently", "be different next" }
-- "...I'd stay your one person from signing until your last tech is trained,
-- and we'd go live in October. How does that sit with you?": an offer (what
-- it would do for him, or what the seller would do) checked with an open
-- question that asks only how it lands is the offer to react to, not what
-- it means to him personally ("That's a lot on you. How does that sit with
-- you?" is still his motive: nothing is offered).
local OPEN_CHECKS = { "how does that sit", "how would that sit", "how does that sound", "how would that sound",
                      "how does that land", "how would that land", "how does that strike", "how would that strike",
                      "what do you think of that", "what would you think of that", "what do you make of that",
                      "what do you think?", "what do you think about that", "how do you feel about that",
                      "how would you feel about that", "thoughts on that", "your thoughts", "sit right with you",
                      "how does that feel", "how does that grab you", "how's that sound", "how's that sit" }
local OFFERS = { "i'd ", "i would", "i'll ", "i will", "we'd ", "we would", "we'll ", "we will", "you'd get",
                 "you'd have", "here's how we", "here is how we" }
local function checks_offer(move)
  local l = move.labels
  if l.next_step then return false end
  local last = string.lower(move.text or ""):gsub("[%s]+$", ""):match("([^%.!;]*%??)$") or ""
  return (l.benefit or l.feature or lib.mentions(move, OFFERS) or lib.mentions(move, ONE_CONTACT))
    and lib.mentions({ text = last }, OPEN_CHECKS)
    and #string.lower(move.text or "") > #last + 20
end
-- "If you tried again, what would have to be different this time?": what
-- good would look like next time (what_good), whatever else the line names
-- ("tried", the software of a lead-in said back). It outranks the topic
-- rules the same line touches, like lib.asks_cost; a question of when is
-- still timing ("when would you have to change over?").
local DIFFERENT_NEXT = { "have to be different", "need to be different", "needs to be different",
                         "has to be different", "would be different", "have to change", "need to change",
                         "needs to change", "has to change", "do differently", "done differently",
                         "go differently", "be different next", "different this time", "differently this time",
                         "different next time", "differently next time", "different the second time",
                         "different second time" }
local function asks_different()
  return { id = "names_different", unless = { "next_step" },
           words = "different differently change again time next second",
           heard = "what would have to be different", to = "what_good",
           test = function(s, move)
             local l = move.labels
             return (l.open_question or l.probe or l.closed_question) and not lib.pitch_only(move)
               and lib.mentions(move, DIFFERENT_NEXT) and not asks_timing(move)
           end }
end
local function asks_motive()
  local rule = lib.asks_motive("stake", { "have meant", "would that mean to", "would it mean to" }, "what it means to him")
  local test = rule.test
  rule.test = function(s, move) return test(s, move) and not lib.mentions(move, DIFFERENT) and not checks_offer(move) end
  return rule
end
-- What staying on the whiteboard costs him: his own phrases for it count
-- only when the line does not ask when a change could happen ("when in the
-- year could you change without putting another summer at risk?" is timing).
local function asks_inaction()
  local rule = lib.asks_inaction("stays_same", { "still on paper", "still on the whiteboard", "still on a whiteboard",
    "stay on the whiteboard", "stay on paper", "another summer", "another year", "still the whiteboard",
    "still paper", "still a whiteboard", "another july", "stick with the whiteboard", "stick with paper",
    "stay with the whiteboard", "stuck with the whiteboard", "keep the whiteboard", "keep using the whiteboard",
    "keep the board", "stick with the board",
    -- "what happens if that happens again next summer?"
    "happens again", "happen again" })
  rule.words = rule.words .. " again"
  local test = rule.test
  rule.test = function(s, move)
    return test(s, move) and (not asks_timing(move)
                              or lib.mentions(move, { "nothing changes", "nothing changed", "if nothing",
                                                      "do nothing", "doing nothing", "stays the same",
                                                      "stay the same" }))
  end
  return rule
end
-- How a job gets from the phone to a truck (his dispatch today), how the
-- crew is holding up, the wrong addresses: asked in so many words, not heard
-- as Manny or a head count.
local PROCESS = { "find out where", "know where to go", "where to go", "get their jobs", "gets their jobs",
                  "getting their jobs", "get the jobs", "get their addresses", "getting their addresses",
                  "get the address", "gets the address", "how do the techs know", "how do your techs know",
                  "how do the guys know", "phone to a truck", "phone to the truck", "call to a truck",
                  "handed out", "hand out the jobs", "assign", "assigned", "dispatched", "send the techs",
                  "sends the techs", "who sends",
                  -- "walk me through a normal morning with it", "is that how you're running dispatch?"
                  "walk me through a ", "talk me through a ", "normal morning", "normal day", "typical day",
                  "typical morning", "usual day", "usual morning", "day in the life", "a normal week",
                  "how you're running", "how you are running", "how are you running", "how do you run",
                  "running dispatch", "run dispatch", "keep track", "keeps track", "track of" }
local function asks_process(move) return lib.names_process(move, PROCESS) end
local MOOD = { "holding up", "hold up", "morale", "mood", "taking it", "took it", "coping", "spirits",
               "how are they doing", "how are the guys", "how're the guys", "how is the crew", "how's the crew",
               "how are the techs doing", "how's everyone", "how are they feeling", "how do they feel",
               "feel about", "feeling about", "handling it", "since he left", "since manny left", "miss him",
               "take it when", "take it after", "take the news", "guys take it", "crew take it", "they take it",
               "leading them", "who leads", "stepped up", "step up", "filled his shoes", "fill his shoes", "replace him",
               "replaced him", "young guys", "what are they saying", "how are they doing" }
-- ("How are the rest of the guys doing since then?", "how have the techs been?": how the crew is, in
-- other words than the list's, reply28)
local HOW_ARE = { "how are ", "how're ", "how is ", "how's ", "how have ", "how've " }
local CREW_WORDS = { "guys", "crew", "techs", "team", "everyone", "everybody", "the rest", "the others", "the men" }
local HOW_THEY_ARE = { "doing", "been", "feeling", "getting on", "getting along", "handling", "taking" }
-- ("Losing your best tech over wrong addresses - what's that done to the rest of the crew?": what it
-- did to the crew is how the crew is; the lead-in's addresses are not what is asked, r29 picker 3)
local EFFECT_ON = { "done to", "did to", "do to", "doing to", "effect on", "impact on", "affected", "affect the" }
local function asks_how_crew_is(move)
  local q = last_question(move)
  if not lib.mentions(q, CREW_WORDS) then return false end
  return (lib.mentions(q, HOW_ARE) and lib.mentions(q, HOW_THEY_ARE)) or lib.mentions(q, EFFECT_ON)
end
local function asks_mood(move) return lib.mentions(move, MOOD) or asks_how_crew_is(move) end
local WRONG = { "wrong", "mix-up", "mixup", "mixed up", "mistake", "mistakes", "same street", "across town",
                "lost", "bad address", "addresses", "address" }
local function asks_addresses(move)
  return lib.mentions(move, WRONG) and lib.mentions(move, { "address", "street", "house", "directions", "wrong place", "across town" })
    and not asks_mood(move)
end
-- "A tech on the wrong street most weeks. When that happens, what does it end up costing you" (r24
-- burned skilled 5, got "Sixty grand in renewals" again): once the cost is told, what a wrong street
-- costs him gets its own answer (street_cost), the week's wasted truck and the customer waiting
local function cost_to(s, move)
  return s.got_cost and asks_addresses(move) and "street_cost" or "paper"
end
local COUNT = { "how many", "how much", "how big", "what size" }
-- how many techs he has, asked in so many words: a question that only names the techs ("are your techs
-- on iPhones?", "do you track where the techs are?") asks something else
local CREW_SIZE = { "how many", "how big", "what size", "how large", "size of", "crew size", "team size", "headcount",
                    "head count", "number of", "big a crew", "big a team", "big of a", "about your crew",
                    "about the crew", "about your team", "about your techs", "about the techs", "about your guys" }
-- What he would pay for the next one, not what the last one cost him.
local BUDGET_AHEAD = { "budget", "afford", "spend", "set aside", "willing to pay", "would it cost",
                       "will it cost", "cost to switch", "cost to change", "would that cost", "will that cost",
                       "price range", "pricing" }
-- ("is budget a concern?" is his budget, whatever else it shares with the cost)
local BUDGET = { "budget", "afford", "spend", "set aside", "willing to pay", "price", "pricing" }
local function not_budget(s, move)
  return (not lib.pitch_only(move) or lib.asks_past_pitch(move)) and not lib.mentions(move, BUDGET)
end
-- How Denise is doing, how her day goes: she is named (or 'she'/'her' with no one else in the line)
-- and the line asks how she copes or what her day is like
local HER_DAY = { "holding up", "hold up", "coping", "cope", "like for her", "like for denise", "on her",
                  "her day", "her days", "day for her", "day for denise", "how's she doing", "how is she doing",
                  "how's she", "how is she", "how's denise", "how is denise", "how does she handle",
                  "how does she manage", "keep up", "stressed", "stressful for her", "toll on her",
                  "burned out", "burnt out", "on her plate", "handling it", "handle it", "keeping up",
                  "get through", "gets through", "getting through", "day like for" }
-- (she and her as words: "her" in "together" or "other" is no one)
local function names_her(move)
  local text = string.lower(move.text or "")
  return text:find("denise", 1, true) ~= nil or text:find("%f[%a]she%f[%A]") ~= nil
    or text:find("%f[%a]her%f[%A]") ~= nil
end
-- ("What's a July day like for her?" (r23 skilled 7) is her day in July, not July again)
local function asks_her_day(move)
  local q = last_question(move)
  return names_her(move) and lib.mentions(move, HER_DAY)
    -- (asked in the past, how it was on her is last time, unless it names her day: her_last_time)
    and not (asked_in_past(q) and not lib.mentions(q, { "day", "now", "today", "these days" }))
    and not lib.mentions(move, { "last time", "last summer", "last system", "last software", "the last one",
                                 "back then", "need", "want", "take for", "convince", "see before", "comfortable",
                                 "say no", "sign", "decid", "role", "fit in", "keep track", "manny", " he ", "guys",
                                 "crew", "techs" })
end
local LOOKING_FOR = { "looking for in", "looking for this time", "looking for from", "looking for now",
                      "looking for next", "looking for going forward", "look for in a", "look for this time",
                      "hoping for from", "hoping for this time", "hoping to find", "hoping to get", "wish list",
                      "wishlist", "must-have", "must-haves", "must haves", "non-negotiable",
                      -- "what would getting it right look like for you?" (r13): what good looks like
                      "getting it right", "get it right look", "got it right look", "doing it right", "done right",
                      "right look like", "good look like", "success look like", "better look like",
                      "a good rollout", "a good implementation", "went right", "go right this time" }
-- whether the software he bought is still in use ("are you still using it?", "did you stick with it?")
local STILL_USING = { "still using", "still use", "still on it", "still on that", "still on the", "still running",
                      "still in use", "still got it", "still have it", "still have that", "still have the",
                      "stick with", "sticking with", "stuck with", "still paying", "still work", "still with them",
                      "using it now", "using it today", "using it still", "use it now", "use it today",
                      "using that now", "still in place", "still live" }
local TRUCK_TOOLS = { "gps", "tracking", "tracked", "tracker", "trackers", "tablet", "tablets", "telematics",
                      "satnav", "sat nav", "sat-nav" }
-- A question that asks how the techs or trucks are tracked today, said in a sentence of its own
-- with no "our"/"we" in it ("Do you track where the techs are at all?"), wherever a pitch comes
-- (how she keeps track of the calls is how dispatch runs)
local TRACKS = { " track where", " track the techs", " track the trucks", " track the guys", " track the vans",
                 " track your techs", " track your trucks", " track your guys", " track your vans", " where the trucks are",
                 " where the techs are", " where the guys are", " where the vans are", " where your trucks are",
                 " where your techs are", " where your guys are",
                 " tracking ", " tracked", " gps", " tracker", " tablets", " telematics" }
local PITCH_WORDS = { " our ", " we ", " we'", " us ", " i can ", " i'll ", " let me " }
local function asks_tracking(move)
  local text = " " .. string.lower(move.text or "") .. " "
  for sentence in text:gmatch("([^%.!%?]*)%?") do
    local q = { text = " " .. sentence .. " " }
    if lib.mentions(q, TRACKS) and not lib.mentions(q, PITCH_WORDS) then return true end
  end
  return false
end
local HER_PART = { "fit in", "fits in", "her role", "her part", "her say", "where does she", "where's she",
                   "what does she do", "her job", "come into", "comes into", "come in on", "involved", "weigh in",
                   "in all this", "into all this", "into this", "in a call like", "into a call like", "her take",
                   -- who would use it ("Is Denise the one who would use the system?", r16): who she is,
                   -- not which software it was
                   "the one who", "the one that", "who would use", "who'd use", "who will use", "who uses",
                   "be using", "would use it", "use it most", "use it day", "the user", "main user", "in it all day",
                   "on it all day", "who is she", "who's she", "who is denise", "who's denise" }
-- Which vendor, company or software it was ("which company was it?", "who did you go with?"): a fact
-- he answers as an aside (he won't name it), not the next part of his story; asked before he has told
-- what happened, it gets the story. (what he runs now is how dispatch runs today)
local WHICH_VENDOR = { "which company", "what company", "which vendor", "what vendor", "which software",
                       "what software", "which system", "what system", "which provider", "what provider",
                       "which outfit", "what outfit", "which brand", "what brand", "which product", "what product",
                       "which one was it", "who was it with", "who was that with",
                       "who did you go with", "who'd you go with", "who did you buy", "who'd you buy",
                       "who did you use", "what was it called", "who was the outfit", "who was the company",
                       "who was the vendor", "who were they", "who made it", "who made the software", "who makes it",
                       "name of the company", "name of the vendor", "name of the software", "name of the system",
                       "what was the company", "what was the software", "what was the system" }
local NOW = { " now", "today", "currently", "these days", "at the moment", "right now", "instead", "next", " if ",
              "would you", "will you" }
-- ("who did you end up going with?", "who'd you buy it from?")
local WENT_WITH = { "go with", "going with", "went with", "buy from", "buy it from", "bought from", "bought it from",
                    "sign with", "signed with" }
local function asks_which_vendor(move)
  return (lib.mentions(move, WHICH_VENDOR) or (lib.mentions(move, { "who " }) and lib.mentions(move, WENT_WITH)))
    and not lib.mentions(move, NOW) and not lib.mentions(move, STILL_USING)
end
-- A question about someone's part in making the decision ("How does Denise figure into making the call
-- on something like this?", "does she get a say in it?"): who decides, whatever a lead-in said back
-- names ("one person start to finish" is not how a job gets to a truck)
local DECISION_PART = { "making the call on", "make the call on", "makes the call on", "the decision", "a decision",
                        "decision like", "decision on", "deciding", "decide", "figure into", "factor into",
                        "factors into", "figures into", "say in", "her say", "a say", "sign off", "signs off",
                        "final word", "last word", "veto", "go-ahead", "go ahead", "yes or no", "sign on",
                        "buying", "the purchase" }
local DECIDERS = { "denise", " she ", " she'd", " she's", " her ", " her?", "your wife", "your partner",
                   "office manager" }
-- (how she decides which tech gets a job is dispatch)
local DISPATCHING = { "which tech", "which job", "which truck", "which guy", "who goes", "who gets which",
                      "where to send", "who to send", "which van", "which address" }
-- (what she would need to see to say yes is what good looks like: "Right, she decides. So what would she
-- need to see from us before saying yes?")
local HER_NEEDS = { "need", "want", "take for", "convince", "comfortable", "see before", "to see", "win her",
                    "win over", "trust" }
local function asks_decision_part(move)
  return lib.mentions(move, DECIDERS) and lib.mentions(move, DECISION_PART) and not lib.mentions(move, DISPATCHING)
    and not lib.mentions(move, HER_NEEDS)
end
-- "When was that?", "how long ago was this?": when the last software was (two summers back), a fact
-- he answers as an aside in his own words, not the next part of his story (r21 average 6)
local WHEN_WAS = { "when was that", "when was this", "when was it", "when did that", "when did this",
                   "when did all", "when did it ", "when did it?", "when did you buy", "when did you get",
                   "when did you try", "when did you sign", "when did you switch", "when did you put",
                   "when did you bring", "when did you go", "how long ago", "what year", "which year",
                   "what summer", "which summer", "was that last year", "was this last year", "was that recent",
                   "was this recent", "how recent" }
local function asks_when_was(move)
  return lib.mentions(move, WHEN_WAS) and not lib.mentions(move, { "manny", "denise", "quit", "left" })
end
-- Why he is looking at software again at all: a why (what's got you, what made you, why now) and a
-- looking again (at software, another vendor, another go), not what would have to be different to try
-- again (what good looks like) nor why the last one was bought
local WHY_OPENERS = { "what's got you", "what has got you", "what's gotten you", "what got you", "what made you",
                      "what makes you", "what's made you", "what brought you", "what brings you",
                      "what's brought you", "what has you", "what's making you", "what is making you",
                      "what's driving you", "what's pushing you", "what's prompting you", "what prompted you",
                      "what's behind", "what changed", "what's changed", "what has changed", "why are you",
                      "why would you", "why're you", "how come you", "why now", "why look", "why try",
                      "why give", "reason you're", "reason you are" }
local LOOKING_AGAIN = { "software again", "again after", "looking again", "look again", "try again", "trying again",
                        "another go", "another shot", "another try", "another look", "second look", "another vendor",
                        "another software", "new software", "looking at software", "look at software",
                        "looking at new", "look at new", "looking at another", "look at another", "shopping",
                        "back in the market", "back on the market", "back at it", "give it another", "why now",
                        "talk to me", "talking to me", "meet with me", "meeting with me", "sit down with me",
                        "this meeting", "the meeting", "see me", "take the call" }
local function asks_why_again(move)
  local q = last_question(move)
  return lib.mentions(q, WHY_OPENERS) and lib.mentions(q, LOOKING_AGAIN) and not lib.mentions(q, DIFFERENT_NEXT)
    and not lib.mentions(q, { "last time", "the first time", "back then", "two years ago", "originally",
                               "in the first place" })
end
-- What Denise would need before she gave something new a go ("What would it take for Denise to give
-- something new a fair look", r23 skilled 11): what good looks like, for her - not who decides,
-- whatever her name says (the question asked, not a lead-in said back)
local HER_TAKES = { "would it take", "will it take", "it would take", "it'd take", "would take for", "take for her",
                    "take for denise", "fair look", "fair shake", "fair shot", "fair chance", "a chance",
                    "another chance", "give it a go", "give it a try", "give something new", "on board", "win her",
                    "bring her around", "bring her round", "come around", "come round", "need to see",
                    "want to see", "need from", "want from", "need to hear", "want to hear", "get her comfortable",
                    "make her comfortable", "convince her", "convince denise", "her trust", "trust it",
                    "trust a new", "trust another", "trust us", "open to it", "open to something" }
local function asks_her_needs(move)
  local q = last_question(move)
  return names_her(q) and lib.mentions(q, HER_TAKES)
end
local function topics()
  return hears_topic(lib.about_filter(lib.concat({ asks_different(), asks_motive(), asks_inaction() }, plain({
    { id = "when_was", any = QUESTION, words = "when ago year summer recent", heard = "when that was",
      to = "when_it_was", test = function(s, move) return asks_when_was(move) end,
      examples = { "when was that", "how long ago was this" } },
    -- which vendor it was: an aside once he has told what happened (detour which_software)
    { id = "which_vendor", any = QUESTION, words = "which what who company vendor software system provider outfit brand product name called",
      heard = "which software it was",
      to = function(s) return s.got_handoff and "which_software" or "last_time" end,
      test = function(s, move) return asks_which_vendor(move) end,
      examples = { "which company was it", "who did you go with", "what was the software called" } },
    -- someone's part in the decision: who decides (before how a job gets to a truck)
    { id = "decision_part", any = QUESTION, words = "denise she her decide decision call say part role figure factor",
      heard = "who else has a say", to = "denise",
      test = function(s, move) return asks_decision_part(move) end,
      examples = { "how does Denise figure into the decision", "what part does she play in deciding" } },
    -- "What's that like for her on a busy day?", "how's Denise holding up?": Denise's day (an
    -- aside), not the crew's mood or what it cost him; what last time was like for her, what she
    -- would need and a bad July day keep their own rules
    { id = "her_day", any = QUESTION_OR_REFLECTION, words = "denise she her day busy holding coping stress",
      heard = "how Denise is holding up", to = "denise_day",
      test = function(s, move) return asks_her_day(move) end,
      examples = { "how's Denise holding up", "what's a busy day like for Denise" } },
    { id = "mood", any = QUESTION_OR_REFLECTION, words = "crew techs guys team holding morale mood coping feel feeling doing leading young",
      heard = "how the crew is holding up", to = "crew_mood",
      test = function(s, move) return asks_mood(move) and not lib.mentions(move, COUNT) end,
      examples = { "how are the guys holding up", "how's morale on the crew", "how did the crew take it when he left" } },
    { id = "addresses", any = QUESTION, words = "address addresses wrong street streets directions house",
      heard = "the wrong addresses", to = "wrong_address",
      -- (what a wrong address costs him is the cost: asks_cost, r24 skilled 5)
      test = function(s, move) return asks_addresses(move) and not lib.names_cost(move) end,
      examples = { "how do the techs end up at the wrong address", "what goes wrong with the addresses",
                   "why do they get sent to the wrong street" } },
    { id = "process", any = QUESTION, words = "job jobs phone call calls truck trucks process dispatch address addresses customer rings ring step morning day normal typical usual track",
      heard = "how a job gets to a truck today", to = "today",
      test = function(s, move) return asks_process(move) and not lib.mentions(move, COUNT) end,
      examples = { "walk me through how a job gets to a tech", "who takes the call and how does the tech find out" } },
    { id = "asks_cost", any = QUESTION_OR_REFLECTION, words = "cost money lost impact business hurt damage bottom dollars",
      heard = "what it cost him", to = cost_to, test = not_budget,
      examples = { "what did those months cost the business", "how much did that set you back" } },
    { id = "follows_manny", any = { "open_question", "probe", "reflection", "closed_question" },
      words = "manny left leave", heard = "about Manny", to = "manny",
      -- ("How have the techs been since he quit?" is the crew, not Manny: reply28)
      test = function(s, move) return not asks_how_crew_is(move) end,
      examples = { "who's Manny", "who is Manny", "why did Manny leave", "why did your best tech quit", "why did he quit" } },
    -- "what was he like?", "could you get him back?" once Manny has come up
    { id = "about_manny", any = QUESTION, heard = "about Manny", to = "manny",
      test = function(s, move)
        return manny_said(s) and lib.mentions(move, { "was he like", "kind of guy was he", "kind of tech was he",
          "get him back", "talked to him", "talk to him", "heard from him", "spoken to him", "where is he now",
          "where did he go", "what's he doing now", "what is he doing now", "hire him back", "bring him back" })
      end },
    -- "What do you think would have kept him?" (r27 picker 5): what Manny needed, not what a vendor would
    -- have to do differently
    { id = "kept_manny", any = QUESTION, words = "kept keep keeping stay stayed saved", heard = "what would have kept Manny",
      to = "kept_manny",
      test = function(s, move)
        return (manny_said(s) or lib.mentions(move, { "manny" }))
          and lib.mentions(last_question(move), KEPT_HIM)
      end },
    { id = "what_good", any = LISTENS,
      words = "different good expect need want hoping trust convince comfortable comfort happy fooled burned",
      heard = "what would have to be different", to = "what_good",
      examples = { "what would you need to see from a new vendor", "what would a good rollout look like",
                   "what would it take for you to trust a vendor again", "what would it take to not get burned again",
                   "what would you like to see happen" } },
    -- ("so what are you looking for in a new system?" (r11): what he wants, not more Manny - the
    -- looking_for rule below; as examples here, "looking ... this time" was any line with 'look' and
    -- 'time': "What did last time look like from her side?" (r20 skilled 9) is her last time)
    -- "what are you looking for this time round?": what he wants from the next one ('look like'
    -- is not this: "what does July look like?")
    { id = "looking_for", any = LISTENS, heard = "what would have to be different", to = "what_good",
      test = function(s, move) return lib.mentions(move, LOOKING_FOR) end },
    -- ("why did it take five months?" is the story of it)
    { id = "after_signing", any = QUESTION_OR_REFLECTION,
      words = "signed signing implementation rollout salesman questionnaire notes finish finished promise promised "
           .. "handover handoff hand",
      heard = "what happened after he signed", to = "last_time",
      examples = { "what happened after you signed", "how did the implementation go",
                   "what went wrong once the contract was signed" } },
    -- ("does anyone else need to okay this?": lib.names_who)
    { id = "who_else", any = QUESTION, words = "anyone anybody besides approve else decision",
      heard = "who else has a say", to = "denise",
      test = function(s, move)
        return lib.names_who(move) and not lib.mentions(move, { "saying", " sent ", "sent me", "sent you", "supplier" })
      end },
    { id = "her_needs", any = QUESTION, heard = "what it would take for Denise", to = "what_good",
      words = "denise she her take fair look chance shot need want see trust convince comfortable board",
      test = function(s, move) return asks_her_needs(move) end },
    { id = "who", any = { "open_question", "closed_question", "probe", "reflection" },
      words = "denise decide who involved say sign", heard = "who else has a say",
      test = function(s, move)
        -- ("I'd say never again too" is the trainee's own word, not a say in the decision)
        return not asks_her_needs(move) and not lib.mentions(move, { "say you", "let's say", "lets say", "saying", "they say", "did he say",
                                        "i'd say", "i’d say", "id say", "i would say", "i'll say", "i must say",
                                        "have to say", "gotta say", "needless to say",
                                        "did they say", " sent ", "sent me", "sent you", "set this up", "supplier",
                                        "referred", "introduced",
                                        -- "what does a bad July day look like for Denise?" is July
                                        "july", "look like for", "a bad day" })
      end,
      to = "denise", examples = { "who else would sign off on this", "is anyone else involved in the decision",
                   "how do decisions get made here" } },
    { id = "when", any = QUESTION, words = "year season month summer winter september october spring timeline switch switching changeover contract date deadline soon timing window place target",
      heard = "when a change could happen", test = function(s, move) return asks_timing(move) end,
      to = "season", examples = { "when would you look at changing", "when could you switch systems", "is there a good time of year",
                    "when would a change be possible for you", "when would you want to make the switch" } },
    { id = "when_unmarked", when = "reflection", heard = "when a change could happen",
      words = "year season month summer winter september october spring timeline switch switching changeover contract date deadline soon timing window place target",
      test = function(s, move) return asks_timing_unmarked(move) end, to = "season" },
    { id = "why_talk", any = LISTENS, words = "willing agreed agree fifteen minutes",
      heard = "why he agreed to talk again", to = "why_talk",
      examples = { "what made you willing to meet again", "why did you agree to see me",
                   "what made you open to talking to another vendor" } },
    -- "What's got you looking at software again after all that?" (r23 picker 5): why he is looking
    -- again, asked without "willing" - the same motive, whatever the lead-in
    { id = "looks_again", any = LISTENS, heard = "why he agreed to talk again", to = "why_talk",
      words = "again another look looking try trying software vendor consider considering shopping back now",
      test = function(s, move) return asks_why_again(move) end },
    -- "do you guys have any GPS on the trucks right now?": what the trucks carry today (no
    -- GPS: the guys phone in), not how many techs
    { id = "truck_tools", any = QUESTION, unless = { "feature", "next_step" },
      words = "gps tracking tracker trackers tablet tablets telematics satnav",
      heard = "whether the trucks have GPS", to = "truck_tools",
      test = function(s, move) return lib.mentions(move, TRUCK_TOOLS) and not lib.pitch_only(move) end,
      examples = { "do you have gps on the trucks", "are the vans tracked at all", "do the techs carry tablets" } },
    -- "...Do you track where the techs are at all? Our app has live GPS...": a question about how
    -- he tracks the trucks asked before a pitch is that question (r18 average 5), whatever the
    -- pitch says after it
    { id = "truck_tools_asked", any = QUESTION, unless = { "next_step" },
      words = "gps track tracking tracked tracker trackers tablet tablets telematics satnav",
      heard = "whether the trucks have GPS", to = "truck_tools",
      test = function(s, move) return asks_tracking(move) end },
    { id = "crew", any = QUESTION, words = "techs technicians crew staff employees trucks vans",
      heard = "how many techs he has", to = "crew",
      -- ("how often did techs end up at the wrong address?" is the addresses; a pitch with a crew
      -- word in it - "our mobile app is built for crews that size ... do your guys all have
      -- smartphones?", "our onboarding team ... wouldn't that solve it?" (r18 pitcher 3, 4) - or a
      -- question about how the techs are tracked, with a pitch after it (r18 average 5), is no
      -- question about how many techs he has unless it asks how many)
      test = function(s, move)
        return not asks_process(move) and not asks_mood(move) and not asks_addresses(move)
          and not lib.names_how_often(move) and not asks_tracking(move)
          and lib.mentions(move, CREW_SIZE)
      end,
      examples = { "how many techs do you have", "how big is your crew", "how many technicians work for you" } },
    { id = "today", any = QUESTION, words = "today now currently whiteboard paper run dispatch typical week jobs",
      heard = "how dispatch runs today", to = "today",
      test = function(s, move) return not lib.mentions(move, COUNT) end,
      examples = { "how do you handle dispatch at the moment", "what are you using for dispatch now" } },
    { id = "inaction", any = LISTENS, words = "nothing stay same keep carry",
      heard = "what happens if nothing changes", to = "stays_same",
      test = function(s, move)
        -- ("...and you'd deal with me, I run the kickoff and stay until the last tech is trained" is
        -- who stays with him, said, not a question about nothing changing)
        local l = move.labels
        return (not lib.pitch_only(move) or lib.asks_past_pitch(move))
          and not lib.mentions(move, { "keep track", "keeps track", "kept track", "stay until", "stays until",
                                       "stay on until", "stays on until", "stay with you", "stays with you" })
          and not (l.benefit and not (l.open_question or l.probe or l.closed_question))
      end,
      examples = { "what happens if nothing changes", "if things stay the way they are, then what" } },
    -- ("did those five months cost you a lot?" asks what the last time cost him, not what he can
    -- spend: a line naming a cost (lib.names_cost) is the cost story, unless it asks what he
    -- would pay or set aside)
    { id = "budget", any = QUESTION, words = "budget afford price pricing spend", heard = "his budget",
      test = function(s, move)
        return (not lib.pitch_only(move) or lib.asks_past_pitch(move))
          and (not lib.names_cost(move) or lib.mentions(move, BUDGET_AHEAD))
      end,
      to = "budget" },
    -- what he has named in passing: July, the renewals he lost
    { id = "july", any = QUESTION, words = "july heat hot worst peak season busy rush slammed summer summers", heard = "what July looks like", to = "july",
      examples = { "what does a bad week in july look like", "what's july like for you", "how bad does july get" } },
    { id = "renewals", any = QUESTION, words = "renewal renewals grand sixty agreements commercial win",
      heard = "the renewals he lost", to = "renewals",
      examples = { "what were the maintenance renewals", "which renewals did you miss", "what's a maintenance renewal" } },
    { id = "referrer", any = QUESTION, words = "sent send referred supplier man guy", heard = "who sent you",
      to = "referrer",
      test = function(s, move)
        return lib.mentions(move, { "sent me", "who sent", "sent you", "referred", "the supplier", "set this up",
                                    "set up this meeting", "set up the meeting", "put us in touch", "introduced" })
      end },
    -- "You mentioned Denise; how does she fit into a call like this?": her
    -- part in it (a lead-in said back names other things: "start to finish")
    { id = "her_part", any = QUESTION, words = "denise she her fit role part involved weigh",
      heard = "where Denise comes in", to = "denise",
      test = function(s, move)
        return with_denise(move) and lib.mentions(move, HER_PART)
          and not lib.mentions(move, { "last time", "last summer", "she need", "she want", "she'd need", "she'd want",
                                       "take for", "keep track" })
      end,
      examples = { "where does Denise fit into all this", "what's Denise's role in a decision like this" } },
    -- what last summer was like for Denise
    { id = "her_last_time", any = QUESTION_OR_REFLECTION, words = "denise her she last summer time through cope handle hard rough tough",
      heard = "what last time was like for Denise", to = "denise_last_time",
      -- ("So she'd need convincing too. What did last time do to her?" (r16): what she would need is
      -- judged on the question, not on what a lead-in said back; "what did it put her through?")
      test = function(s, move)
        local q = last_question(move)
        return lib.mentions(move, { "denise", " her", "she" })
          and (lib.mentions(q, LAST_TIME_FOR_HER)
               or (lib.mentions(q, HOW_FOR_HER) and (lib.mentions(move, LAST_TIME_FOR_HER) or asked_in_past(q))
                   and not lib.mentions(q, { "day", "now", "today", "these days" })))
          and not lib.mentions(q, { "need", "want", "take for", "comfortable", "convince", "see before" })
      end },
    { id = "sends_info", any = { "closed_question", "next_step" },
      words = "send sent info information brochure email pdf", heard = "an offer to send something",
      to = function(s) return s.found >= 3 and "closing" or "closing_cold" end },
    -- "where does she come into this?": she is Denise (after the rules
    -- above, so a question about what she would need is still that)
    { id = "she", any = QUESTION, words = "she", heard = "about Denise", to = "denise" },
    about("him", "about him", function(s) return manny_said(s) and "manny" or "last_time" end),
    about("her", "about Denise", "denise"),
    { id = "facts", when = "closed_question", unless = { "feature" }, heard = "a fact", to = "numbers",
      test = function(s, move) return lib.mentions(move, COUNTS) end },
  })), ABOUT_PEOPLE))
end

-- What it would do for him: said in his terms (one person, the real
-- timeline) it moves his story on; any other claim he has heard before.
local ASKED_FOR = { "named person", "one person", "same person", "one contact", "project lead", "kickoff", "one lead",
                    "same lead",
                    "kick-off", "timeline", "in writing", "signing to", "signature to", "go-live", "go live",
                    "last tech", "tell the story twice", "same questions" }
local function in_his_terms(move)
  return sounds_honest(move) or (not overpromises(move) and lib.mentions(move, ASKED_FOR))
end
-- The real timeline said before he asks for it ("ten to twelve weeks, and
-- you'd deal with me"): his question is answered, he need not ask it.
local function straight_answer(move)
  return sounds_honest(move) and not brochure(move) and lib.mentions(move, { "week", "month" })
end
-- (a benefit in his terms that names one person - "the same person from signing to the last tech
-- trained, me at kickoff... so Denise never runs dispatch twice" (r16) - has told him who he would deal
-- with: he asks only how long, whatever the analyser calls the line)
local function claim_or_goes_on(s, move)
  if not s.straight and straight_answer(move) then return "respect" end
  if in_his_terms(move) then
    if lib.mentions(move, ONE_CONTACT) then s.named_contact = true end
    return goes_on(s)
  end
  return "claim"
end

-- His own conditions offered back as what he would get, in a line the
-- analyser calls only a feature ("Then starting after September, with one
-- project lead throughout and a written plan for Denise, you'd be settled
-- well before next AC season"): what it would do for him, in his terms, not
-- a list. (one person named in it is kept, so he asks only how long; it
-- comes before the plain pitch, which it outranks)
-- (an outcome for the people he named - "so Denise and the crew are settled well before next July" -
-- is for him as much as "you'd...": the analyser hears a benefit only in "you")
local FOR_HIM = { "you'd", "you would", "you'll", "you will", "you won't", "you wouldn't", "so you", "means you",
                  "you get", "you'd get", "you'd have", "for you and denise", "for denise",
                  "so denise", "so the crew", "so your", "so the guys", "so the techs", "so nobody", "so no one",
                  "so she", "so they", "means denise", "means the crew", "means the guys" }
-- His other condition, the season ("not between May and September"), kept: a start after it, or
-- settled before the next one ("Then we'd start in October with one lead start to finish, so Denise
-- and the crew are settled well before next July"). A list of the product's parts, whatever it is
-- tied to, is still a pitch.
local HIS_SEASON = { "october", "november", "after september", "after ac season", "after the season", "after your season",
                     "after the busy season", "after your busy season", "off season", "off-season", "in the fall",
                     "this fall", "before may", "before next may", "before july", "before next july", "before summer",
                     "before next summer", "before the season", "before ac season", "before the heat", "before the rush" }
local PRODUCT = { "gps", " app", "app ", "portal", "route optim", "integration", "tracking", "automated",
                  "dashboard", "cloud", "saas", "feature", "routewise" }
local function his_terms_for_him(move)
  local l = move.labels
  local said = l.feature or not (l.reflection or l.closed_question or l.small_talk or l.purpose or l.seller_focus)
  return said and not l.benefit and not (l.open_question or l.probe or l.next_step)
    and (lib.mentions(move, ASKED_FOR) or (lib.mentions(move, HIS_SEASON) and not lib.mentions(move, PRODUCT)))
    and not overpromises(move) and lib.mentions(move, FOR_HIM)
end
local function offers_his_terms()
  return { id = "offers_his_terms", unless = { "benefit" }, heard = "what it would do for him",
           test = function(s, move) return his_terms_for_him(move) end,
           to = function(s, move)
             if lib.mentions(move, ONE_CONTACT) then s.named_contact = true end
             if not s.straight and straight_answer(move) then return "respect" end
             return goes_on(s, move)
           end }
end

-- A feature with what it would do tacked on ("our app sends the techs the
-- address, so that wouldn't happen"), unasked, is a pitch wherever it comes:
-- he has heard that claim before (after a pitch already, it shuts the door),
-- unless it is said in his terms (one person, the real timeline).
local function pitches_benefit(to)
  return { id = "pitches_benefit", when = "benefit", any = { "feature" }, heard = "a pitch", to = to or "claim",
           test = function(s, move) return move.labels.benefit and not in_his_terms(move) end }
end

-- "...and Denise wouldn't be eating lunch standing up. Is that the kind of
-- outcome you'd want?": what it would do for him, checked with a yes/no
-- question, is a claim to react to, not a question about whoever it names.
local CHECKS = { "is that the kind of", "is that what you", "would that be", "would that help", "would that work",
                 "would that make", "would that matter", "would that appeal", "does that sound", "sound good",
                 "sound like something", "is that something", "would you want that", "would that interest" }
local function checks_claim()
  return { id = "checks_claim", any = { "closed_question" }, unless = { "open_question", "probe", "next_step" },
           heard = "what it would do for him, checked", to = claim_or_goes_on,
           test = function(s, move) return move.labels.benefit or lib.mentions(move, CHECKS) end }
end
-- (the same check, its check words said in the question answered, outranks a rule for whoever the
-- check names: "...so your guys stop ending up on the wrong street. Is that the kind of thing she'd
-- want spelled out?" (r15) is the claim checked, not a question about Denise)
local function checks_claim_words()
  local rule = checks_claim()
  rule.id, rule.words = "checks_claim_words", "kind sort sound sounds appeal appeals interest interesting useful helpful help"
  return rule
end

local function checks_offer_rule()
  return { id = "checks_offer", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
           words = "sit sound land strike think feel", heard = "what it would do for him, checked",
           to = function(s, move)
             if lib.mentions(move, ONE_CONTACT) then s.named_contact = true end
             return claim_or_goes_on(s, move)
           end, test = function(s, move) return checks_offer(move) end }
end

-- Route lists sibling nodes share, around each node's own rules (in order):
-- an overpromise, an early ask or a pitch comes first;
-- An intro before a request to ask questions: a sentence or two ("So I'm with
-- FieldPro, we do scheduling software for service companies."), not a pitch
-- of its own (at most 20 words before the question).
local function short_intro(move)
  local before = string.lower(move.text or ""):gsub("[%s]*$", ""):match("^(.*[%.!])[^%.!%?]*%?$") or ""
  return select(2, before:gsub("%a+", "")) <= 20
end
local function guarded(...)
  return lib.concat({ promised(), R.rushed(), offers_his_terms(), R.pitches(), pitches_benefit(), pitch_and_check(),
                      proposes_day() }, { ... })
end
-- once he is telling his story, any ask, then the node's own rules, what a
-- question is about, a plain question or reflection (he goes on), a benefit
-- and moving on.
-- His story said back and checked with a question ("So sixty grand a year
-- and your best tech - is that the real cost?"): he confirms it, whatever it
-- names.
local function checks_summary()
  return { id = "checks_summary", any = { "closed_question" }, heard = "his story said back, checked",
           words = "right fair story summary heart gist capture missed miss close accurate real worry worries win matters number bottleneck problem crux root nutshell",
           to = "summary_ok", test = function(s, move) return lib.checks_summary(move) end }
end
-- The real timeline said before he asks for it, with the one project lead
-- and the kickoff ("Straight answer: think about three months, not weeks.
-- You'd have one project lead..."): the answer he wanted, not a feature list.
-- (a number of weeks or months: "the quiet months" is no timeline)
local COUNTS_OF = { one = true, two = true, three = true, four = true, five = true, six = true, seven = true,
                    eight = true, nine = true, ten = true, eleven = true, twelve = true, sixteen = true,
                    few = true, couple = true, a = true }
-- (each unit word looks at the word just before it: pairs taken two by two
-- missed "ten to twelve weeks", where "to twelve" was one pair)
local function names_duration(move)
  local text = string.lower(move.text or "")
  for count, unit in text:gmatch("(%w+)[%s%-]+(%f[%a]%a+)") do
    if (unit == "weeks" or unit == "week" or unit == "months" or unit == "month")
       and (COUNTS_OF[count] or count:match("^%d+$")) then return true end
  end
  for at in text:gmatch("()%f[%a]%a+") do
    local unit = text:match("^%a+", at)
    if unit == "weeks" or unit == "week" or unit == "months" or unit == "month" then
      local count = text:sub(1, at - 1):match("(%w+)[%s%-]+$")
      if count and (COUNTS_OF[count] or count:match("^%d+$")) then return true end
    end
  end
  return false
end
local function answers_straight()
  return { id = "answers_straight", unless = { "next_step" }, heard = "a straight answer", to = "respect",
           test = function(s, move)
             local l = move.labels
             return not s.straight and straight_answer(move) and names_duration(move) and not lib.checks_summary(move)
               and not (l.open_question or l.probe)
           end }
end
-- "How long was he with you?", "how often does that happen?": how long or
-- how often, about what he has just said - an aside (a detour node).
local function how_often(to)
  return { id = "how_often", any = QUESTION, unless = { "next_step" }, heard = "how often, or how long",
           words = "often long always happen happens lot much time week month hours days frequently rare common years regular regularly",
           to = to, test = function(s, move) return not lib.pitch_only(move) and lib.names_how_often(move) end }
end
-- His own terms offered with a "let's" in front and nothing asked for ("Then let's do it differently:
-- one project lead from signing to the last tech trained, me at kickoff, and a real timeline in writing
-- for Denise - so you never tell your story three times again", r23 picker 10): what it would do for him,
-- the offer he reacts to (how long, then), not an ask - the analyser calls the "let's" one.
local function offers_not_asks()
  return { id = "offers_not_asks", when = "benefit", heard = "what it would do for him",
           words = "person contact lead kickoff timeline writing signing sign finish trained",
           test = function(s, move)
             return move.labels.next_step and not lib.names_ask(move, DENISE_IN) and in_his_terms(move)
           end,
           to = claim_or_goes_on }
end
local function his_story(...)
  return lib.concat({ promised(), R.rushed(), answers_straight(), offers_his_terms(), R.pitches(), pitches_benefit(),
                      pitch_and_check(), proposes_day(), offers_not_asks(),
                      asks(), checks_summary(), checks_claim_words(), checks_claim(), checks_offer_rule() },
                    tool_and_meeting(),
                    hears_topic(plain({ ... })), topics(),
                    -- (a yes/no question after a pitch that no topic of his hears - "...It has offline
                    -- mode, photo capture and digital signatures. Do your guys all have smartphones?"
                    -- (r18 pitcher 4) - is the pitch he reacts to, not a cue to go on with his story)
                    { { id = "goes_on", any = QUESTION_OR_REFLECTION, to = goes_on,
                        test = function(s, move) return not lib.pitch_only(move) end } },
                    { { id = "bridges", when = "benefit", heard = "what it would do for him", to = claim_or_goes_on },
                      R.moves_on() })
end
-- After a misstep: the same mistake (first) or a pitch shuts the door, an
-- ask is refused, and a real question gets back into his story.
local function after_misstep(first)
  return lib.concat({ first, { id = "again", any = { "feature" }, unless = { "benefit" }, to = "door_shut" },
                      pitches_benefit("door_shut"), pitch_and_check("door_shut"),
                      -- after one pitch heard late in a call that found his whole
                      -- story, an ask on his terms is still weighed (r9 skilled)
                      { id = "asks_anyway", when = "next_step",
                        to = function(s, move)
                          if s.found >= 4 and not move.premature then return ask_result(s, move) end
                          return "polite_no"
                        end } },
                    topics(), { { id = "recovers", any = LISTENS, to = goes_on } })
end

-- After a cold start, a real question gets the setup first, then his story.
local function goes_on_or_setup(s)
  if (s.visits.current_setup or 0) == 0 and not s.got_handoff then return "current_setup" end
  return goes_on(s)
end

-- On his feet at the end: one more question still gets an answer, but not
-- for ever.
local function leaving(s) return (s.visits.closing or 0) + (s.visits.closing_cold or 0) >= 3 end
local function one_more()
  local rules = topics()
  for _, rule in ipairs(rules) do
    local to = rule.to
    rule.to = function(s, move)
      if leaving(s) then return "wait_and_see" end
      return type(to) == "function" and to(s, move) or to
    end
  end
  rules[#rules + 1] = { id = "one_more", any = LISTENS, heard = "one more question",
                        to = function(s) return (not leaving(s) and untold(s)) or "wait_and_see" end }
  return rules
end

scenario {
  id = "burned_owner",
  title = "The owner who got burned",
  version = "1.3.6",
  difficulty = 2,
  pitch = "An HVAC owner whose last software vendor cost him a summer. Listen, and promise less.",
  persona = { name = "Walt Brennan", role = "Owner", company = "Brennan Home Comfort",
              voice = "the burned sceptic: short, dry, testing; a man's voice" },
  brief = "You sell Routewise, scheduling and dispatch software for field-service companies. "
    .. "Walt Brennan owns Brennan Home Comfort, a heating and air-conditioning firm with "
    .. "twenty-two technicians. A supplier you both know set up this meeting and warned you: "
    .. "Walt bought dispatch software two years ago and it went badly. You are in his office "
    .. "for fifteen minutes.",
  purpose = "Find out what went wrong last time and what it cost him, learn who else decides, "
    .. "set honest expectations, and agree a next meeting with the right people.",
  start = "opening",
  clarify = { "You lost me. Ask it plain.", "Say that again. Shorter.", "Not following. What's the question?" },
  seed = 11,

  state = { trust = 25, interest = 20, found = 0, straight = false, asked_first = false, named_contact = false,
            handed_off = false, denise_asked = false, asked_time = false,
            got_handoff = false, got_cost = false, got_expectations = false,
            got_denise = false, got_season = false, intro_pitch = false, book_day = "", book_part = "", book_time = "", promise = "" },

  features = { "automated dispatch", "GPS tracking", "mobile app", "customer portal",
               "onboarding team", "route optimisation", "integrations" },
  outcomes = { "right address", "renewals", "keep your techs", "one person", "no whiteboard",
               "Denise's time", "fewer callbacks" },
  jargon = { "SaaS", "API", "cloud-native", "workflow automation", "KPIs", "digital transformation" },

  targets = {
    { id = "handoff", kind = "pain",
      text = "The last vendor's implementer had never seen the salesman's notes; six weeks became five months",
      keys = "notes questionnaire implementation handoff salesman weeks months" },
    { id = "cost", kind = "impact",
      text = "Techs went back to paper, two maintenance renewals lost (about $60k a year) and his best tech quit",
      keys = "paper renewals lost cost quit tech money" },
    { id = "expectations", kind = "motive",
      text = "He wants one named person from signature to go-live, the seller at the kickoff, and the real timeline",
      keys = "one person kickoff timeline expect look like good" },
    { id = "denise", kind = "decision_process",
      text = "Denise, his office manager of nineteen years, runs dispatch and has a veto",
      keys = "denise office manager decide veto say" },
    { id = "season", kind = "timeline",
      text = "Nothing changes between May and September; the old contract ends in September",
      keys = "season summer september may when contract ends timing" },
  },

  rubric = { min_targets_before_ask = 3 },

  reactions = { open_question = { trust = 2 }, probe = { trust = 4 }, reflection = { trust = 4 },
                feature = { interest = -4, trust = -4 }, benefit = { interest = 3 },
                premature_ask = { trust = -10 }, seller_focus = { trust = -6 } },
}

node "opening" {
  say = "Walt Brennan. You've got fifteen minutes. Fair warning: the last software guy who "
    .. "sat in that chair cost me a summer.",
  cues = { { id = "last_guy", words = "last software guy cost summer" } },
  -- (a short intro and "do you have a few minutes to chat?" asks for the time he has just given:
  -- he says so and lets you go on - not an early ask for a meeting, r26 average 1)
  routes = lib.concat({
    { id = "asks_minutes", any = { "closed_question", "next_step" }, unless = { "open_question" },
      heard = "a few minutes of his time", effects = { trust = 2 },
      test = function(s, move) return lib.asks_for_minutes(move) and short_intro(move) end,
      to = function(s, move)
        s.intro_pitch = move.labels.feature == true
        s.asked_time = true
        return "fair_enough"
      end } }, guarded(
    { id = "follows_last_guy", any = LISTENS,
      words = "last guy cost summer happened", heard = "what happened with the last software guy",
      to = "last_time", examples = { "what happened last time", "tell me about the last vendor",
                                     "what happened with the last software guy" } },
    -- (a one-line intro and "mind if I ask a few questions?": the leave asked is
    -- what he answers, with a jab at the intro - not a feature list, r25 burned
    -- average 1; a longer pitch before it is still the pitch)
    { id = "asks_to_ask", any = { "purpose", "closed_question", "next_step" }, heard = "leave to ask a few questions",
      test = function(s, move) return lib.asks_to_ask(move) and short_intro(move) end,
      to = function(s, move)
        s.intro_pitch = move.labels.feature == true
        return "fair_enough"
      end,
      effects = { trust = 3 } },
    { id = "sets_purpose", when = "purpose", to = "fair_enough", effects = { trust = 5 } },
    { id = "sets_agenda", test = function(s, move) return lib.sets_agenda(move) end, heard = "why you came",
      to = "fair_enough", effects = { trust = 5 } },
    { id = "opens", any = { "open_question", "probe" }, to = "current_setup" },
    -- (a pitch with "would Thursday work?" on the end is the early ask: his push back, r21 pitcher 1)
    -- (leave to ask after a long pitch asks him nothing: the pitch is what he hears, now that the
    -- leave alone is no purpose - docs/labels.md, Asking for time)
    { id = "closed", when = "closed_question", unless = { "purpose", "next_step" }, to = "current_setup",
      test = function(s, move) return not lib.asks_to_ask(move) end },
    -- ("what went wrong over the summer?" asks about it, whatever "summer" sounds like)
    { id = "small_talk", when = "small_talk", unless = { "probe" }, to = "cold_shoulder" }
  )),
  otherwise = "cold_shoulder",
}

node "cold_shoulder" {
  say = "...I'm waiting.",
  again = { "Still waiting.", "Clock's running." },
  effects = { trust = -3 },
  routes = guarded(
    { id = "follows_last_guy", any = LISTENS,
      words = "last software guy cost summer happened", heard = "what happened with the last software guy",
      to = "last_time", examples = { "what happened last time", "tell me about the last vendor" } },
    { id = "opens", any = { "open_question", "probe", "purpose", "closed_question" }, to = goes_on_or_setup }
  ),
  otherwise = "closing_cold",
}

node "fair_enough" {
  say = function(s)
    return (s.asked_time and "I just told you: fifteen. " or "") .. (s.intro_pitch and "Software. Course it is. " or "")
      .. "Fine. Ask your questions. Just don't promise me anything, I've had enough of that."
  end,
  cues = { { id = "no_promises", words = "promise enough promised" } },
  routes = lib.concat(guarded(
    -- (what happened, whatever it cost: "what happened with the last software that cost you that summer?")
    { id = "follows_promises", any = LISTENS,
      words = "promise promised last summer happened before software guy", heard = "what happened last time",
      test = function(s, move) return lib.mentions(move, { "happen", "wrong", "last", "before", "promise" }) end,
      to = "last_time", examples = { "what happened last time", "who promised you what" } },
    -- how things run today: his first answer, the setup (with its options)
    { id = "setup", any = QUESTION, words = "today now currently whiteboard paper run runs dispatch typical week "
        .. "jobs job techs crew process phone calls handle",
      heard = "how things run today", to = "current_setup",
      test = function(s, move) return not lib.mentions(move, COUNT) end }),
    -- a question on a topic of his gets it from the start (who decides, when, what it costs)
    tool_and_meeting(), topics(),
    { { id = "opens", any = { "open_question", "probe" }, to = "current_setup" },
      { id = "closed", when = "closed_question", to = "current_setup" } }),
  otherwise = "current_setup",
}

node "current_setup" {
  say = "Twenty-two techs. Dispatch runs off a whiteboard and Denise's memory. Again. We "
    .. "tried software. Didn't take.",
  cues = { { id = "denise_memory", words = "denise memory whiteboard" },
           { id = "didnt_take", words = "tried software take again didn't" } },
  choices = {
    { id = "a", text = "\"Didn't take.\" What happened with the software?",
      to = "last_time", labels = { "open_question", "probe" },
      examples = { "why didn't it take", "what went wrong with the software you tried" } },
    { id = "b", text = "Who's Denise?",
      to = "denise", labels = { "closed_question", "probe" },
      examples = { "tell me about Denise", "what does Denise do" } },
    { id = "c", text = "How many jobs a day do you dispatch?",
      to = "numbers", labels = { "closed_question" } },
    { id = "d", text = "Routewise replaces the whiteboard with automated dispatch, GPS tracking and a mobile app.",
      to = "same_pitch", labels = { "feature" } },
  },
  typed = true,
  -- what he has just named (the software, Denise), then any topic; another
  -- question gets the story of the software that didn't take
  routes = lib.concat(guarded(), tool_and_meeting(), hears_topic(plain({
    { id = "follows_take", any = LISTENS,
      words = "tried software take happened again wrong", heard = "why the software didn't take", to = "last_time" },
    { id = "follows_denise", any = { "open_question", "probe", "reflection", "closed_question" },
      words = "denise memory", heard = "about Denise", to = "denise" },
    { id = "which", any = QUESTION, words = "software system which tried", heard = "which software he tried",
      to = "last_time", examples = { "what software did you try", "which system was it" } } })),
    topics(), plain({ { id = "goes_on", any = QUESTION_OR_REFLECTION, to = goes_on } })),
  otherwise = "numbers",
}

node "numbers" {
  say = "Twenty-two techs. Forty, fifty calls a day in summer. Twelve in winter. Next question.",
  again = "You've got the numbers. Ask me something that matters.",
  effects = { trust = -2 },
  routes = his_story(
    -- ("What happens when its that busy in summer?" asks what the busy season is like now, July,
    -- not what happened that summer, r14 burned average 4)
    { id = "opens_up", any = LISTENS,
      words = "software tried before last happened summer", heard = "what happened with the software", to = "last_time",
      test = function(s, move)
        return not lib.mentions(move, { "busy", "peak", "rush", "slammed", "flat out", "crazy", "every summer",
                                        "in summer", "in the summer", "each summer", "summers" })
          or lib.mentions(move, { "happened", "last time", "last summer", "that summer", "before", "software",
                                  "tried", "went wrong", "system" })
      end }
  ),
  otherwise = "closing_cold",
}

-- When it was: two summers back (an aside, a detour)
node "when_it_was" {
  say = "Two summers back. Signed in March, they swore it'd be running by May. Came July, it wasn't.",
  again = "Two summers back. I said.",
  detour = true,
}

-- Which software it was: he won't name it (an aside, a detour: the call is back where it was)
node "which_software" {
  say = "Doesn't matter which. They all look the same in the brochure. It's what happened after "
    .. "I signed.",
  again = "I told you, the name doesn't matter.",
  detour = true,
}

node "crew" {
  say = "Twenty-two. Eighteen on the trucks, four apprentices riding along. Most of them came "
    .. "up under Manny.",
  again = "Twenty-two techs. I said.",
  cues = { { id = "manny", words = "manny came up" } },
  routes = his_story(how_often("crew_years")),
  otherwise = "closing_cold",
}

-- How the crew is holding up (since Manny left, if he has), and whether
-- they still end up at the wrong address.
node "crew_mood" {
  say = function(s)
    return (manny_said(s) and "Quieter since Manny left. Eddie's stepped up, he's good, he's not Manny. They do the work, they don't joke around much. "
                           or "They do the work. Quieter than they used to be. ")
      .. "Two of the young guys ask me why we're still on a whiteboard. And yes, somebody still ends up "
      .. "on the wrong street most weeks."
  end,
  again = "They're doing the work. Quieter. I said.",
  effects = { trust = 3 },
  routes = his_story(),
  otherwise = "closing_cold",
}

-- Who sent the trainee (the supplier both know), asked about.
node "referrer" {
  say = "Frank Alvarez. Sells me compressors, twenty years. Frank doesn't send me people. You're the first.",
  again = "Frank. Twenty years. Don't make him a liar.",
  effects = { trust = 2 },
  routes = his_story(),
  otherwise = "closing_cold",
}

-- What last time was like for Denise.
node "denise_last_time" {
  say = "She did dispatch twice for five months. Once on the board, once in the software, because nobody "
    .. "trusted the software. Ate lunch standing up. When we pulled it she said: never again. I believed her.",
  again = "Five months doing it twice. She said never again.",
  effects = function(s) lib.count_target(s, "denise"); s.trust = s.trust + 3 end,
  routes = his_story(),
  otherwise = "closing_cold",
}

-- How the wrong addresses happen.
node "wrong_address" {
  say = function(s)
    return "Denise takes the call, writes it on the board, the guy copies it down or she reads it to him over "
      .. "the phone with the radio going. One digit off and he's across town. "
      .. (manny_said(s) and "Manny got sent to a house we'd fixed in March three times in one July. Third time he "
                            .. "called me from the truck and said he was done."
                         or "In July it happens every week.")
  end,
  again = "Board, phone, one digit off. Same as I said.",
  effects = { trust = 3 },
  routes = his_story(how_often("wrong_often")),
  otherwise = "closing_cold",
}

-- What one wrong street costs him, asked once the renewals and Manny are told: an aside, the call
-- is back where it was.
node "street_cost" {
  say = "Every time? A truck across town for nothing, an hour of a tech's day gone, and the next three "
    .. "jobs late. Couple hundred bucks a go in fuel and wages, most weeks. That part I can eat. In July "
    .. "it's a customer sitting in a hot house waiting on us, and next spring he calls somebody else.",
  again = "A wasted truck, an hour gone, a customer waiting. Most weeks. I said.",
  effects = { trust = 2 },
  detour = true,
}

-- Why he is sitting down with another vendor at all.
-- How Denise's day goes, how she is holding up: an aside about the person the
-- whiteboard hangs on.
node "denise_day" {
  say = "Denise? She holds it together. In July she's got the phone in one ear, the radio in the other and the "
    .. "board behind her, fifty calls a day. Eats lunch standing up. And when a guy ends up on the wrong street, "
    .. "she's the one who wrote the digit down, so she takes it personally.",
  again = "Phone, radio, board. She holds it together. I said.",
  effects = { trust = 3 },
  detour = true,
}

-- How long, how often: asides about what he has just said (detours).
node "manny_years" {
  say = "Twelve years. Came to me at nineteen with a toolbox and no truck.",
  again = "Twelve years.",
  detour = true,
}

node "denise_years" {
  say = "Nineteen years. Longer than any truck I own.",
  again = "Nineteen years.",
  detour = true,
}

node "crew_years" {
  say = "Most of them five years and up. The apprentices, a year or two. They stay, mostly. Manny's the one that didn't.",
  again = "Five years and up, most of them.",
  detour = true,
}

node "wrong_often" {
  say = "In July, most weeks. Some weeks twice. In January, hardly ever. It's the heat and the volume.",
  again = "Most weeks in July.",
  detour = true,
}

node "why_talk" {
  say = "Because the whiteboard won't survive another July. And the man who sent you says "
    .. "you're not a talker. Don't make him a liar.",
  again = "The whiteboard, and a word from someone I trust. That's why you're in the chair.",
  effects = { trust = 2 },
  cues = { { id = "whiteboard", words = "whiteboard july survive" } },
  routes = his_story(),
  otherwise = "closing_cold",
}

-- What it would do for him, said or checked: he has heard it before.
-- His story said back and checked: he confirms it.
node "summary_ok" {
  say = function(s)
    if s.got_expectations then return "That's it. Now put it in writing for Denise." end
    if s.got_cost then return "That's it. Sixty grand a year and the best tech I had." end
    return "That's about it. You listened, which is more than the last lot did."
  end,
  again = "That's it. I said.",
  effects = { trust = 3 },
  routes = his_story(),
  otherwise = "closing_cold",
}

node "claim" {
  say = "Sounds good sitting here. The last one sounded good sitting here too. If it goes like "
    .. "that, fine. Nobody's made it go like that yet.",
  again = { "They all sound good in this office.", "Maybe. Show Denise, not me." },
  routes = his_story(),
  otherwise = "closing_cold",
}

-- The renewals he lost, asked about after he named them.
node "renewals" {
  say = "Maintenance agreements. Customers pay us every spring and fall to look at their units "
    .. "before they break. We missed the visits, two of the big commercial ones walked. Sixty grand a "
    .. "year, every year.",
  again = "Two service contracts. Sixty grand a year. Gone.",
  effects = { trust = 2 },
  routes = his_story(),
  otherwise = "closing_cold",
}

node "budget" {
  say = "Money's not the problem. Last time cost me more than the software did. Getting it right "
    .. "is the problem.",
  again = "I told you. Money's not the problem.",
  routes = his_story(),
  otherwise = "closing_cold",
}

node "truck_tools" {
  say = "GPS? No. The guys phone Denise between jobs and she moves their magnet on the whiteboard. "
    .. "That's our tracking.",
  again = "No GPS. Phones, the whiteboard and Denise.",
  cues = { { id = "whiteboard", words = "whiteboard denise magnet phone" } },
  routes = his_story(),
  otherwise = "closing_cold",
}

node "today" {
  say = "Paper tickets and the whiteboard. Denise takes the calls, the guys phone in between "
    .. "jobs. Works fine in January. In July it's chaos.",
  again = "Like I said. Whiteboard, paper, Denise. Chaos in July.",
  cues = { { id = "july_chaos", words = "july chaos summer" } },
  routes = his_story(
    { id = "follows_july", any = QUESTION, words = "july chaos summer busy",
      heard = "what July looks like", to = "july",
      examples = { "chaos how", "what happens in july", "what does july look like", "what makes july so bad" } }
  ),
  otherwise = "closing_cold",
}

node "july" {
  say = "Fifty calls a day and every one's an emergency, because it's ninety-five out. Two guys "
    .. "sent to the same street, one sent across town to an address we fixed in March. Denise "
    .. "eats lunch standing up till Labor Day. That's why I bought software. You know how that went.",
  again = "July's July. Phones, heat, and the whiteboard can't keep up.",
  effects = { trust = 3 },
  cues = { { id = "bought_software", words = "bought software went" } },
  routes = his_story(
    { id = "follows_software", any = QUESTION, words = "software system bought tried vendor",
      heard = "what happened with the software",
      to = function(s) return s.got_handoff and "which_software" or "last_time" end,
      -- ("Is Denise the one who would use the system?" asks where she comes in: her_part)
      test = function(s, move)
        return not (lib.mentions(move, { "denise", " she ", " she'd", " her " }) and lib.mentions(move, HER_PART))
      end,
      examples = { "what happened with the software", "which system was it", "how did that go" } }
  ),
  otherwise = "closing_cold",
}

node "last_time" {
  say = "Salesman sat right there. Took four pages of notes. Nice guy. Then the "
    .. "'implementation specialist' emails me a questionnaire. Same questions. Nobody had "
    .. "read the notes. Then a third guy for training who'd never seen either. Six weeks "
    .. "became five months.",
  again = "Three people, same questions, five months. I've told that story enough.",
  reveals = { "handoff" },
  effects = lib.reveal("handoff", { trust = 5 }),
  cues = { { id = "notes", words = "notes questionnaire read same" },
           { id = "five_months", words = "five months six weeks" } },
  choices = {
    { id = "a", text = "So you told your story three times and it still got lost. What did those five months cost you?",
      to = "paper", labels = { "reflection", "open_question", "probe" } },
    { id = "b", text = "That won't happen with us. Our onboarding is seamless, guaranteed.",
      to = promised_to, labels = { "feature" } },
    { id = "c", text = "Which software was it?",
      to = "which_software", labels = { "closed_question" },
      examples = { "what system was it", "what system did you buy" } },
  },
  typed = true,
  routes = his_story(
    -- "are you still using that system now?": whether it is still in use (no: back on paper by
    -- July), not which software it was
    { id = "still_in_use", any = QUESTION, words = "still use using run running stick stuck", heard = "whether he still uses it",
      test = function(s, move) return lib.mentions(move, STILL_USING) end,
      examples = { "are you still using that system", "is it still running", "did you stick with it" },
      to = function(s) return (s.visits.paper or 0) == 0 and "paper" or "today" end },
    -- ("...you get a dedicated trainer. Was the delay a big problem for you?": how much the delay hurt
    -- is what those months cost, the question after the pitch, r19 burned average 4)
    { id = "cost", any = QUESTION_OR_REFLECTION, test = not_budget,
      words = "cost impact business money affect delay delays problem hurt hit damage", heard = "what those months cost him",
      to = "paper" },
    { id = "reflects", when = "reflection", unless = { "open_question", "closed_question", "probe" },
      words = "notes questionnaire people same questions months weeks read salesman three scratch", to = "paper" }
  ),
  otherwise = "closing_cold",
}

node "paper" {
  -- (Manny told already, by name: no second announcement of his quitting)
  say = function(s)
    return "By July the techs were back on paper. We missed two maintenance renewals. That's "
      .. "sixty grand a year, walking. "
      .. ((s.visits.manny or 0) > 0 and "And Manny. You know that part."
          or "And Manny quit. Best tech I had. Said he was tired of driving to the wrong address.")
  end,
  again = "Sixty grand in renewals and my best tech. That's what it cost.",
  reveals = { "cost" },
  effects = lib.reveal("cost", { interest = 8 }),
  cues = { { id = "manny", words = "manny quit tech best" },
           { id = "renewals", words = "renewals sixty grand maintenance" } },
  routes = his_story(),
  otherwise = "closing_cold",
}

node "manny" {
  say = function(s)
    -- asked before he has said Manny quit (the crew came up under him): who Manny was
    return (s.got_cost and "" or "Manny was my best tech. He quit the summer the software went "
              .. "wrong. Sick of driving to the wrong address. ")
      .. "Twelve years with me. Taught half my crew. That one I take personally. ...Nobody's "
      .. "asked me about Manny before."
  end,
  again = "I don't want to talk about Manny twice.",
  effects = { trust = 8 },
  routes = his_story(how_often("manny_years")),
  otherwise = "closing_cold",
}

-- What would have kept Manny: the right address, nothing fancier.
node "kept_manny" {
  say = "Kept him? Sending him to the right house. That's all he wanted. Third wrong address in one July, "
    .. "he called me from the truck and said he was done. Wasn't the money. He was sick of looking like a fool "
    .. "on somebody's porch.",
  again = "The right address. That's all it would have taken.",
  effects = { trust = 3 },
  routes = his_story(),
  otherwise = "closing_cold",
}

-- What it means to him, asked about him rather than the business.
node "stake" {
  say = function(s)
    return "Personally? I started this with one van. Twenty-two families eat off it now. I got fooled once and "
      .. (s.got_cost and "it cost me Manny." or "it cost me good people.")
      .. " I'm not going to be the guy who gets fooled twice."
  end,
  again = "I told you. I don't get fooled twice.",
  effects = { trust = 4 },
  routes = his_story(),
  otherwise = "closing_cold",
}

node "stays_same" {
  say = function(s)
    return "Another summer on the whiteboard? "
      .. (s.got_cost and "Then I lose another Manny." or "Then I lose more good techs.")
      .. " Two of my young guys already ask why we're still on a whiteboard. Something has to "
      .. "change. Just not the way it did last time."
  end,
  again = "Same answer. I lose good people.",
  effects = { trust = 4 },
  cues = { { id = "not_like_last", words = "not the way last time change" } },
  routes = his_story(),
  otherwise = "closing_cold",
}

node "what_good" {
  say = "One person. Same person from the day I sign to the day the last tech's trained. "
    .. "The guy who sells it is in the room at kickoff. And I want the real timeline, not "
    .. "the brochure one. Denise'll want all that in writing.",
  again = "One person, the seller at kickoff, the real timeline. In writing, for Denise.",
  reveals = { "expectations" },
  effects = lib.reveal("expectations", { trust = 4 }),
  cues = { { id = "in_writing", words = "denise writing want" } },
  choices = {
    { id = "a", text = "Tell me about Denise. What's her part in a decision like this?",
      to = "denise", labels = { "open_question", "probe" } },
    { id = "b", text = "When would be the right time of year to make a change?",
      to = "season", labels = { "open_question" } },
    { id = "c", text = "Done. We can have you live in two weeks, no problem.",
      to = promised_to, labels = { "feature" } },
  },
  typed = true,
  routes = his_story(),
  otherwise = "closing_cold",
}

node "denise" {
  say = "Denise runs the office. Nineteen years. She's the one who'd live in the thing all "
    .. "day. If she says no, it's no, and after last time she'll say no to anything with a "
    .. "login.",
  again = "Denise has the last word. I told you.",
  reveals = { "denise" },
  effects = lib.reveal("denise"),
  cues = { { id = "login", words = "login last time no" } },
  routes = his_story(
    how_often("denise_years"),
    { id = "what_it_takes", any = LISTENS,
      words = "different good expect need want login log logging convince comfortable comfort happy trust chance board try",
      heard = "what it would take for Denise", to = "what_good",
      examples = { "what would make Denise comfortable with something new", "what would she need to see",
                   "what would it take for her to trust a new system" } }
  ),
  otherwise = "closing_cold",
}

node "season" {
  say = "Not between May and September. That's AC season, I'm not changing a thing while "
    .. "it's ninety degrees. Contract with the last lot runs out in September anyway.",
  again = "Not in summer. Contract's up in September.",
  reveals = { "season" },
  effects = lib.reveal("season"),
  routes = his_story(),
  otherwise = "closing_cold",
}

node "real_timeline" {
  say = function(s)
    -- asked for the meeting first: maybe, once he has his answer
    if s.named_contact and not s.asked_first then
      return "One contact, start to finish. I'll hold you to that. So go on, then: how long would yours really take?"
    end
    return (s.asked_first and "Maybe. Not before you answer me this. " or "So go on, then. ")
      .. "How long would yours really take? And who would I be dealing with after you've gone?"
  end,
  again = "I asked first. How long, really? And who do I call when it goes wrong?",
  clarify = "That's not an answer. How long, and who?",
  choices = {
    -- the honest timeline is a straight answer and a commitment, no outcome
    -- for him: no benefit (r6 picker's benefits were 100 on it)
    { id = "a", text = "Honestly, for twenty-two techs, expect ten to twelve weeks, and I'd be at the kickoff with the one project lead you'd keep until go-live.",
      to = "respect", labels = {} },
    { id = "b", text = "We'll have you up and running in two weeks, guaranteed. It's plug and play.",
      to = promised_to, labels = { "feature" } },
    { id = "c", text = "Our onboarding team handles all of that, with integrations and a customer portal.",
      to = "same_pitch", labels = { "feature" } },
  },
  typed = true,
  routes = {
    promised(),
    { id = "brochure", test = function(s, move) return brochure(move) end, heard = "the brochure answer",
      to = function(s, move)
        s.handed_off = hands_off(move) and not lib.mentions(move, BROCHURE)
        return "brochure"
      end },
    -- (the straight answer given with an ask that brings Denise in - "I bring the written timeline and
    -- the one person who'd be yours, and the three of us go through it Tuesday" - is the ask weighed)
    { id = "honest", test = function(s, move) return sounds_honest(move) end, heard = "a straight answer",
      to = function(s, move)
        if move.labels.next_step and with_denise(move) then
          s.straight = true
          return ask_result(s, move)
        end
        return "respect"
      end },
    R.pitches(),
    { id = "dodges", any = QUESTION, heard = "a question instead of an answer",
      to = function(s) return (s.visits.real_timeline or 0) >= 2 and "closing" or "real_timeline" end },
  },
  otherwise = "closing",
}

-- The brochure answer: he has heard it before, and asks once more.
node "brochure" {
  say = function(s)
    -- (a hand-off with a longer number: the hand-off is what he hears)
    if s.handed_off then
      return "And then somebody else picks up the phone. That's the brochure answer. The last lot handed me to "
        .. "three people who'd never met me. For twenty-two techs, really: how long, and who's with me start "
        .. "to finish?"
    end
    return "That's the brochure number. The last lot said six weeks too, and then handed me to "
      .. "three people who'd never met me. For twenty-two techs, really: how long, and who's "
      .. "with me start to finish?"
  end,
  again = "Still the brochure. How long, really, and who stays with me?",
  effects = { trust = -3 },
  clarify = "How long, and who. That's all I asked.",
  choices = {
    { id = "a", text = "Fair. Honestly, for twenty-two techs, ten to twelve weeks, and one project lead from signature to go-live. I'd be at the kickoff.",
      to = "respect", labels = {} },
    { id = "b", text = "Trust me, six weeks is realistic. It's plug and play.",
      to = promised_to, labels = { "feature" } },
  },
  typed = true,
  routes = {
    promised(),
    { id = "honest", test = function(s, move) return sounds_honest(move) and not brochure(move) end,
      heard = "a straight answer", to = "respect" },
    R.pitches(),
    { id = "brochure_again", test = function(s, move) return brochure(move) end, heard = "the brochure answer again",
      to = "closing" },
  },
  otherwise = "closing",
}

node "respect" {
  say = "Huh. That's the first straight answer I've had from a software company. A real "
    .. "number I can plan around. Five months of surprises I can't.",
  again = "Like I said. A straight answer. I can plan around that.",
  effects = function(s) s.straight = true; s.trust = s.trust + 10 end,
  choices = {
    { id = "a", text = "Would it make sense for Denise and me to sit down for an hour, here, so she can ask her questions? Tuesday or Wednesday next week?",
      to = book, labels = { "next_step" } },
    { id = "b", text = "Great. Can I send you a contract to look over?",
      to = "denise_gate", labels = { "next_step", "closed_question" } },
    { id = "c", text = "Glad to hear it. Let me know if anything comes up.",
      to = "closing" },
  },
  typed = true,
  routes = lib.concat({ promised(), asks(), proposes_day(), R.pitches(), pitches_benefit() }, topics()),
  otherwise = "closing",
}

node "denise_gate" {
  say = "Not without Denise. You'd be making the same mistake as the last guy, selling to me "
    .. "and forgetting who actually uses it.",
  again = "Same answer. Not without Denise.",
  clarify = "So what are you proposing?",
  choices = {
    { id = "a", text = "You're right. Could Denise and I sit down for an hour next week, Tuesday or Wednesday, before anything is signed?",
      to = book, labels = { "next_step", "reflection" } },
    { id = "b", text = "Sure, run it past her and let me know.",
      to = "wait_and_see" },
  },
  typed = true,
  routes = {
    promised(),
    { id = "invites_denise", when = "next_step", test = function(s, move) return with_denise(move) end,
      heard = "an invitation for Denise", to = book,
      examples = { "could Denise join us", "can I meet with Denise" } },
    { id = "asks_without_her", when = "next_step", to = "denise_gate" },
    { id = "who", any = { "open_question", "closed_question", "probe", "reflection" },
      words = "denise her she need want see", heard = "what Denise would want", to = "denise" },
  },
  otherwise = "closing",
}

local PROMISE_QUOTES = {
  { "guarantee", "Guaranteed." }, { "seamless", "Seamless." }, { "painless", "Painless." }, { "overnight", "Overnight." },
  { "in no time", "In no time." }, { "promise", "I promise." }, { "easy", "Easy." }, { "two weeks", "Two weeks." },
  { "plug and play", "Plug and play." }, { "happen", "Won't happen." }, { "issue", "Won't be an issue." },
  { "zero risk", "Zero risk." }, { "hassle", "Hassle-free." }, { "different", "We're different." },
  { "not like the others", "Not like the others." } }
node "heard_that" {
  say = function(s)
    local promise = s.promise
    if promise == "" or promise:find("guarantee", 1, true) or promise:find("seamless", 1, true) then
      return "Ha. That's word for word what the last guy said. Seamless. Guaranteed. You know "
        .. "what guaranteed got me? Manny's resignation letter."
    end
    local quote = "Promises."
    for _, q in ipairs(PROMISE_QUOTES) do
      if promise:find(q[1], 1, true) then quote = q[2] break end
    end
    return "Ha. That's word for word what the last guy said. " .. quote .. " You know what his promises "
      .. "got me? Manny's resignation letter."
  end,
  again = "There it is again. Promises.",
  effects = { trust = -12 },
  choices = {
    { id = "a", text = "Fair. Strike that. I'd rather understand what went wrong last time. What would have to be different?",
      to = "what_good", labels = { "open_question" } },
    { id = "b", text = "I promise you, we're different. Our onboarding is plug and play.",
      to = "door_shut", labels = { "feature" } },
  },
  typed = true,
  routes = after_misstep(
    { id = "promises_again", test = function(s, move) return overpromises(move) end, to = "door_shut" }),
  otherwise = "cold_shoulder",
}

node "same_pitch" {
  say = "Everybody's software does everything, the way they tell it. The last one came with a list "
    .. "like that too. Didn't help.",
  again = "Features again. I've heard them.",
  effects = { trust = -5 },
  choices = {
    { id = "a", text = "Then the features aren't the point. What went wrong with the last one?",
      to = "last_time", labels = { "open_question", "probe" } },
    { id = "b", text = "Ours has route optimisation and a customer portal too, and it's cloud-native SaaS.",
      to = "door_shut", labels = { "feature" } },
  },
  typed = true,
  routes = after_misstep(promised()),
  otherwise = "cold_shoulder",
}

node "not_so_fast" {
  -- (asked again: what he says fits the call so far - after questions that got his story, what is
  -- still missing, not "you haven't asked me anything", r26 average 8)
  say = function(s)
    if (s.visits.not_so_fast or 0) >= 2 then
      if s.found == 0 then return "Again with the meeting. You still don't know what happened last time." end
      local missing = {}
      if not s.got_expectations then missing[#missing + 1] = "what I'd need this time" end
      if not s.got_denise then missing[#missing + 1] = "who'd have to live with it" end
      if not s.got_season then missing[#missing + 1] = "when I could even change" end
      if #missing == 0 then return "Again with the meeting. Slow down." end
      return "Again with the meeting. You've heard what it cost me. You haven't asked "
        .. table.concat(missing, ", or ") .. "."
    end
    return (s.found > 0 and "You've heard half the story and you want a meeting."
                         or "You've asked me about nothing and you want a meeting.")
      .. " That's how it started last time."
  end,
  effects = { trust = -6 },
  choices = {
    { id = "a", text = "You're right, I jumped ahead. What happened last time?",
      to = "last_time", labels = { "open_question", "probe" } },
    { id = "b", text = "It's just an hour. How about Thursday?",
      to = "polite_no", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = lib.concat({
    promised(),
    { id = "insists", when = "next_step", to = "polite_no" },
    -- the meeting asked again as a day, after what it would show ("It's only thirty minutes and I'll
    -- show you our new dispatch board, it's really slick. Thursday at 2?", r18 pitcher 6): the same
    -- ask, not a question about how dispatch runs
    -- ("How's Tuesday at 10?" too: a short last question naming a day)
    { id = "proposes_day", any = { "closed_question", "open_question", "next_step" },
      words = "monday tuesday wednesday thursday friday", heard = "a request for a meeting", to = "polite_no",
      test = function(s, move) return offers_day(move) end },
    R.pitches(),
    pitches_benefit(),
    pitch_and_check(),
    { id = "follows_last_time", any = LISTENS, words = "happened started before wrong",
      examples = { "what happened last time", "what went wrong before" },
      heard = "what happened last time", to = "last_time" } },
    topics(),
    { { id = "recovers", any = LISTENS, to = goes_on } }),
  otherwise = "cold_shoulder",
}

node "closing" {
  say = "I've got a furnace install at two. So.",
  again = "Install at two. Anything else?",
  closing = true,   -- he is on his feet: a line that is not an ask or a question ends it
  choices = {
    { id = "a", text = "Before you go: could Denise and I sit down next week, Tuesday or Wednesday, so she can ask her questions?",
      to = book, labels = { "next_step" } },
    { id = "b", text = "Thanks for your time, Walt. I'll follow up by email.",
      to = "wait_and_see" },
  },
  typed = true,
  routes = lib.concat({ promised(), asks(), proposes_day() }, one_more()),
  otherwise = "wait_and_see",
}

node "closing_cold" {
  say = "I've got a furnace install at two. Leave a card on the desk.",
  again = "Card. Desk. I've got an install.",
  closing = true,   -- he is on his feet: a line that is not an ask or a question ends it
  choices = {
    { id = "a", text = "Could we set up a demo next week, Tuesday or Wednesday?",
      to = "polite_no", labels = { "next_step" } },
    { id = "b", text = "Will do. Thanks, Walt.",
      to = "wait_and_see" },
  },
  typed = true,
  routes = lib.concat({ promised(), { id = "ask_unearned", when = "next_step", to = "polite_no" } }, one_more()),
  otherwise = "wait_and_see",
}

node "booked" {
  -- (the time offered is the time he takes: "Tuesday afternoon" is not nine o'clock, "Tuesday at
  -- two" is two; with no day offered he names one)
  say = function(s)
    local rest = " Denise will have a list. Answer it straight, the way you did with me, and you'll be fine."
    local day = (s.book_day or "") ~= "" and s.book_day or "Tuesday"
    if (s.book_time or "") ~= "" then
      return "Fine. " .. day .. " at " .. s.book_time .. ", then." .. rest
    end
    if (s.book_part or "") ~= "" and s.book_part ~= "morning" then
      return "Fine. " .. day .. (s.book_part == "lunch" and " at lunch" or (" " .. s.book_part))
        .. ", then. Denise can put the phones on voicemail for an hour." .. rest
    end
    return "Fine. " .. day .. ", nine o'clock, before the phones go crazy." .. rest
  end,
  ending = { outcome = "meeting_booked", success = true },
}

node "wait_and_see" {
  say = "Yeah. We'll see.",
  ending = { outcome = "no_next_step", success = false },
}

node "polite_no" {
  -- (once he has said the contract runs out in September, "not this year" would contradict him)
  say = function(s)
    return (s.got_season and "No. Not this fall either." or "No. Not this year.")
      .. " I'll call you if that changes. I won't."
  end,
  ending = { outcome = "polite_no", success = false },
}

node "door_shut" {
  say = "We're done. Door's behind you.",
  ending = { outcome = "brush_off", success = false },
}
