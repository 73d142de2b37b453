-- The CFO who wants a custom demo.
-- Lesson: when a prospect asks you to do work (a custom demo), earn the right
-- to ask for something in return, then ask: quid pro quo. Find out who really
-- decides (the CFO sponsors; the CEO signs; the AP manager can quietly kill it).
-- Voice: Helen is clipped. Short answers, numbers, no patience for jargon. She
-- respects a rep who asks sharp questions and negotiates.

local lib = include "lib/discovery.lua"

local BUZZ = { "digital transformation", "synergy", "best-in-class", "best in class", "ai-powered",
               "game-changer", "game changer", "ecosystem", "leverage", "paradigm" }
local YES = { "absolutely", "sure", "of course", "no problem", "will do", "happy to", "consider it done",
              "yes", "we can", "can do" }

local function buzzes(move) return lib.mentions(move, BUZZ) end
-- Agrees to build the demo without asking anything back.
local function just_agrees(move)
  local l = move.labels
  if l.next_step or l.open_question or l.probe or l.closed_question then return false end
  return lib.mentions(move, YES)
end
-- "Mark" as a word ("market" is not Mark).
local function says_mark(move) return (" " .. string.lower(move.text or "") .. " "):find("%f[%a]mark%f[%A]") ~= nil end
local function names_ceo(move) return says_mark(move) or lib.mentions(move, { "ceo", "chief executive" }) end
local function names_raj(move)
  return lib.mentions(move, { "raj", "ap manager", "ap team", "head of ap", "ap lead", "accounts payable manager" })
end
-- "The three of you", "both of them": once she has named Mark and Raj, a
-- group that includes them is both.
local GROUP = { "three of you", "both of them", "the two of them", "all of you", "everyone" }
-- "All three" is the three people only with a word of people near it ("bring all three", "all
-- three in the room"): after she lists three things the demo must show, "we can show all three on
-- your invoices" names the three things.
local THREE_PEOPLE = { "all three of us", "you all three", "with all three", "bring all three", "get all three",
                       "invite all three", "all three in the room", "all three there", "all three join", "all three come",
                       "all three attend", "all three sit", "all three be ", "all three can ", "all three could",
                       "all three would", "all three decide", "all three sign", "all three say", "all three present",
                       "all three available", "all three free", "all three together" }
local function names_both(move)
  return (names_ceo(move) and names_raj(move)) or lib.mentions(move, GROUP) or lib.mentions(move, THREE_PEOPLE)
end
-- Whether the ask holds a date to decide by (the end of June), or only a meeting.
-- The board she promised, not "on board" / "onboard" / "aboard" (being for it: "what would the demo
-- have to show him so he's on board?", r24 skilled 8) or her board call.
local NOT_THE_BOARD = { "on board", "on-board", "onboard", "aboard", "board call" }
local function names_board(move)
  local text = " " .. string.lower(move.text or "") .. " "
  for _, phrase in ipairs(NOT_THE_BOARD) do text = text:gsub((phrase:gsub("%-", "%%-")), " ") end
  return text:find("%f[%a]board", 1) ~= nil
end
local function names_decision(move)
  return lib.mentions(move, { "june", "decide", "decision", "by when", "sign off", "commit" })
end
-- A demo on her own invoices, offered: what she asked for, not a pitch.
local OWN_DEMO = { "your own invoices", "your invoices", "actual invoices", "real invoices", "your data",
                   "last month's invoices", "own invoices", "a month of invoices", "sample of invoices" }
local function offers_own_demo(move) return lib.mentions(move, OWN_DEMO) end
-- Asking her (or Raj) to send something - the invoices for the demo - is asking for something back,
-- not an offer to send her something and not a question about the invoices: "How about friday
-- afternoon for the demo, could you send over some invoices before then?" (r24 average 10).
local SENDERS = { "you", "raj", "he", "your team", "someone", "somebody", "his team", "ap" }
local SEND_VERBS = { "send", "share", "email", "forward", "pull", "dig out", "get us", "get me" }
-- "Should we get the demo set up for you then? I can send over some times" (r26 cfo average 8):
-- sending times, slots or an invite is how the ask gets booked - the ask is the move, not an
-- offer to send information.
local SENDS_TIMES = { "some times", "a few times", "send times", "some slots", "a few slots", "send slots",
                      "an invite", "calendar invite", "meeting invite", "an invitation", "a booking link",
                      "link to book", "availability", "some dates", "a few dates", "send dates", "some options",
                      "a few options", "time options", "some windows" }
local function sends_times(move)
  return lib.mentions(move, SEND_VERBS) and lib.mentions(move, SENDS_TIMES)
end
local function asks_her_to_send(move)
  local text = " " .. string.lower(move.text or "") .. " "
  for _, verb in ipairs(SEND_VERBS) do
    -- "send me / send us / send over some invoices": sent to us
    if text:find("%f[%a]" .. verb .. " me%f[%A]") or text:find("%f[%a]" .. verb .. " us%f[%A]") then return true end
    for _, who in ipairs(SENDERS) do
      -- "could you send", "could Raj send", "you to send", "can you please send", "would you be able to send"
      for _, pat in ipairs({ " " .. who .. " " .. verb, " " .. who .. " to " .. verb, " " .. who .. " please " .. verb,
                              " " .. who .. " be able to " .. verb, " " .. who .. " could " .. verb,
                              " " .. who .. " can " .. verb }) do
        if text:find(pat, 1, true) then return true end
      end
    end
  end
  return text:find("%f[%a]send %a* ?%a* ?invoices") ~= nil and not text:find("%f[%a]we'll send", 1) and
    not text:find("%f[%a]i'll send", 1)
end

-- Whom the trainee asked for: both, one of the two, or nobody in particular.
local function who_for(move, s)
  if names_both(move) then
    -- the slot offered, taken (r19 skilled 10: "Does ten or two on Friday work better?")
    if s then s.slot = lib.offered_slot(move) or "" end
    return "booked"
  end
  if names_ceo(move) then return "needs_raj" end
  if names_raj(move) then return "needs_mark" end
  return "who_in_room"
end

local function quid_result(s, move)
  if move.premature then return "not_earned" end
  s.agreed_date = s.agreed_date or names_decision(move)
  if s.trust < 30 then return "prove_first" end
  return who_for(move, s)
end

-- "We can do that", "Sure, we'll build it": a yes to the demo she asked
-- for (said with a benefit or alone), not a question. A yes opens the line
-- ("so Mark can say yes" is no yes to her).
local BUILDS = { "we can do that", "we can do it", "can do that", "we can build", "we'll build", "we will build",
                 "i'll build", "happy to build", "we can have it", "consider it done" }
local OPENS_YES = { "yes", "yeah", "yep", "sure", "absolutely", "of course", "no problem", "will do", "happy to",
                    "definitely", "can do", "we can", "done" }
-- Once she has asked "Friday, then?", "great, Friday it is" is a yes too.
local OPENS_OK = { "great", "perfect", "fine", "ok", "okay", "deal", "friday" }
-- "Yes - if Mark and Raj join and you decide by June": a yes on a condition
-- that names them is the trade, not a yes with nothing asked back.
local CONDITION = { "if ", "as long as", "provided", "in return", "in exchange", "on condition", "so long as" }
local IN_ROOM = { "join", "come", "attend", "bring", "in the room", "be there", "sit in", "be at", "along",
                  "decide", "sign" }
local function yes_on_terms(move)
  return (names_both(move) or names_ceo(move) or names_raj(move)) and lib.mentions(move, CONDITION)
    and lib.mentions(move, IN_ROOM)
end
local function says_yes(move, to_her_question)
  local l = move.labels
  if l.next_step or l.open_question or l.probe or l.closed_question then return false end
  if yes_on_terms(move) then return false end
  local text = string.lower(move.text or ""):gsub("^[%s%p]+", "")
  local opens = OPENS_YES
  if to_her_question then opens = lib.concat(OPENS_YES, OPENS_OK) end
  for _, word in ipairs(opens) do
    if text:sub(1, #word) == word and not text:sub(#word + 1, #word + 1):find("%a") then return true end
  end
  return lib.mentions(move, BUILDS)
end

-- Her pains, each a group, as a line can give them back as outcomes (lib.gives_back_pains):
-- the chasing, the discounts, the refinance, the close, the audit finding.
local HER_PAINS = {
  { "chase less", "chasing less", "less chasing", "stop chasing", "stops chasing", "no more chasing", "chase approvals",
    "chasing approvals", "stop chasing", "chase fewer" },
  { "discount" },
  { "refinanc", "lender", "the facility" },
  { "shorter close", "faster close", "quicker close", "close faster", "close quicker", "close in five", "five-day close",
    "five day close", "5-day close", "close down to", "close to five", "close of five" },
  { "clean controls", "controls", "clean audit", "audit finding", "the auditor", "control weakness", "duplicates get caught",
    "no duplicates", "no more duplicates", "duplicate payments stop", "stop duplicate" } }
local function gives_back(move) return lib.gives_back_pains(move, HER_PAINS, 2) end

local function next_stage(s, move)
  if s.found >= 3 then
    if (s.visits.quid or 0) + (s.visits.quid_benefit or 0) + (s.visits.quid_agreed or 0) == 0 then
      -- what she says to the line before: a yes she takes (then asks when),
      -- a benefit she reacts to, questions she calls good, a remark she notes
      if move ~= nil then
        local l = move.labels
        if says_yes(move) then
          s.before_quid = l.benefit and "benefit" or "remark"
          return "quid_agreed"
        end
        if l.benefit or gives_back(move) then return "quid_benefit" end
        s.before_quid = (l.open_question or l.probe or l.closed_question) and "question" or "remark"
      end
      return "quid"
    end
    return "time_up"
  end
  return "time_up_cold"
end

-- The pieces of her story, in the order she gives them when simply asked
-- to go on: the close, its cost, why now, who decides, what the demo must
-- show.
local STORY = { { "close_pain", "close_pain" }, { "cost", "cost" }, { "refinance", "refinance" },
                { "decision", "decision" }, { "criteria", "criteria" } }
local function untold(s)
  for _, piece in ipairs(STORY) do
    if not s["got_" .. piece[1]] then return piece[2] end
  end
  return nil
end
-- A question she has no special answer for: the next thing she has not
-- said yet; once it is all out, the demo question comes back.
local function goes_on(s, move) return untold(s) or next_stage(s, move) end
-- What it would do for her, said while some of her story is still untold, gets a word on it before
-- the next piece ("...the branch managers approve from their phones, duplicates get caught before
-- they're paid..." got her stock cost line with no sign she heard it, r16 cfo skilled 9):
-- s.bridged names the piece the benefit led to, and that piece's first telling reacts first.
local function bridged_on(s, move)
  local to = goes_on(s, move)
  s.bridged = untold(s) or ""
  return to
end
local BRIDGE_REACT = {
  close_pain = "Maybe. You'd have to see what we're dealing with first. ",
  cost = "If it does that on our own invoices, Mark will listen. He'll want the number, so here it is. ",
  refinance = "If it does that on our own invoices, it matters more than you know. ",
  decision = "If it does that on our own invoices, fine. But it isn't only my call. ",
  criteria = "If it does that on our own invoices, good. Then here's what the demo has to show. ",
}
local function reacts_first(id, say)
  return function(s, move)
    local text = say
    if type(say) == "function" then text = say(s, move) end
    if s.bridged == id and BRIDGE_REACT[id] then return BRIDGE_REACT[id] .. text end
    return text
  end
end

local function buzzwords() return { id = "buzzwords", test = function(s, move) return buzzes(move) end, to = "buzzwords" } end
-- Rules many nodes share: an early ask, any ask, a pitch, moving on.
local R = lib.rules { rushed = "not_earned", asks = quid_result, pitches = "clipped",
                      moves_on = next_stage }

-- The trade said without the words of an ask ("Build it if Mark and Raj
-- come and you decide by June") is the ask.
local function trades_on_terms()
  return { id = "trades_on_terms", heard = "the trade: the demo for Mark and Raj",
           test = function(s, move)
             local l = move.labels
             return yes_on_terms(move) and not (l.open_question or l.probe) and not lib.pitch_only(move)
           end,
           to = function(s, move) return s.found < 3 and "not_earned" or quid_result(s, move) end }
end
local function trades()
  return { id = "trades", any = { "closed_question", "next_step", "feature", "benefit", "reflection" },
           words = "mark raj ceo bring join attend come",
           test = function(s, move)
             return names_both(move) and not (move.labels.open_question or move.labels.probe)
           end,
           heard = "the trade: the demo for Mark and Raj",
           to = function(s, move) return s.found < 3 and "not_earned" or quid_result(s, move) end }
end
-- One of them asked into the room ("Friday at 2 for the demo, and could Raj join too?", r24 average
-- 11) asks for something back too: the trade, with one decider (she asks for the other), not a day alone.
local JOINS = { "join", "come", "attend", "bring", "in the room", "be there", "sit in", "be at", "along", "invite",
                "get raj", "get mark", "have raj", "have mark" }
local function brings_one()
  return { id = "brings_one", any = { "closed_question", "next_step" },
           words = "mark raj ceo bring join attend come",
           test = function(s, move)
             local l = move.labels
             return (names_ceo(move) or names_raj(move)) and not names_both(move) and lib.mentions(move, JOINS)
               and not (l.open_question or l.probe) and not lib.pitch_only(move)
           end,
           heard = "the trade: the demo for a decider in the room",
           to = function(s, move) return s.found < 3 and "not_earned" or quid_result(s, move) end }
end

-- The topic-rule scaffolding the built-in calls share (lib/discovery.lua):
-- topics leave out a pitch with a yes/no question on the end, which is heard
-- as a pitch; a day offered as a question ("Does Thursday or Friday suit?") is an ask.
local plain = lib.plain
local function proposes_day()
  return lib.proposes_day("a day for the demo",
    function(s, move) return s.found < 3 and "not_earned" or quid_result(s, move) end)
end
local function pitch_and_check(to) return lib.pitch_and_check(to or "clipped", true) end
-- An ask that offers a day (not a question about it): "How about Friday afternoon for the demo?"
local function offers_day(move)
  local l = move.labels
  return l.next_step and not (l.open_question or l.probe) and lib.mentions(move, lib.WEEKDAYS)
end

local QUESTION = { "open_question", "probe", "closed_question" }
local LISTENS = { "open_question", "probe", "reflection" }
local ANY_ASK = { "open_question", "probe", "reflection", "closed_question" }

-- What a trainee asks about once she is talking, wherever they ask it.
-- "Who's Mark?", "who is Raj?": a question about a person she named is
-- answered about that person, not as who decides.
local WHO_IS = { "who's ", "who is ", "who are ", "whos ", "tell me about ", "tell me more about " }
-- "You mentioned Raj; how is he handling it?": going back to a person she
-- named is a question about that person, unless it asks what they would
-- need to see (what wins them over).
local BACK_TO = { "you mentioned ", "you said ", "going back to ", "back to ", "you brought up ", "you talked about " }
local NEEDS = { "need", "see", "win ", "convince", "believe", "take for", "it take" }
local function who_is(move)
  return lib.mentions(move, WHO_IS) or (lib.mentions(move, BACK_TO) and not lib.mentions(move, NEEDS))
end
-- "What's made now the time to go after it?": why now, whatever else it names.
local WHY_NOW = { "why now", "why this year", "why is now", "why's now", "now the time", "made now", "makes now",
                  "what's changed", "what changed", "why act now", "why fix it now", "why bother now",
                  "go after it now", "do it now", "tackle it now", "the time to go after", "the time to fix",
                  "why the urgency", "why the rush", "why so urgent", "why this quarter",
                  -- what brought her to the call: the form on the website
                  "what made you", "what prompted", "made you reach out", "made you get in touch", "fill in the form",
                  "filled in the form", "fill out the form", "filled out the form", "reached out", "got in touch" }
-- Topic rules with a test of their own leave out a pitch with a yes/no check
-- on the end too ("Our system flags duplicates. Would that be useful?" is a
-- pitch, not a question about the duplicates); offering to send something
-- is an ask whatever it names.
-- The close and ways of asking since when it has been so (its history).
local CLOSE_WORDS = { "close", "closing", "eleven days", "eleven-day", "11 days", "11-day", "month-end", "month end" }
local SINCE_WHEN = { "how long has", "how long have", "how long's it", "how long is it since", "since when", "when did",
                     "how long ago", "always taken", "always been", "always this", "always that", "has it always",
                     "was it always", "used to", "been like that", "been like this", "been that way", "been this way",
                     "getting worse", "got worse", "gotten worse", "when was it", "when it started", "when it began",
                     "how did it get" }
local function asks_close_history(move)
  return lib.mentions(move, CLOSE_WORDS) and lib.mentions(move, SINCE_WHEN)
    and not lib.mentions(move, { "lender", "promise", "refinanc", "raj", "audit", "duplicate", "june" })
    and not names_board(move)
end
local function checked(rules)
  plain(rules)
  for _, rule in ipairs(rules) do
    local own = rule.test
    if own ~= nil and rule.id ~= "sends_info" then
      -- (and leave her story said back and checked to checks_summary)
      rule.test = function(s, move)
        return not lib.pitch_only(move) and not lib.checks_summary(move) and own(s, move)
      end
    end
  end
  return rules
end

-- "What other challenges besides the duplicates?": she moves on to what
-- she has not said yet, not round the duplicates again.
local BESIDES = { "besides", "other than", "apart from", "aside from", "other challenges", "other problems",
                  "other issues", "what else", "anything else", "other pain" }
-- "What would you need to see in the demo to move forward?": what the demo
-- must show, asked as a question, not a request for the meeting.
-- How they do something today, in a question about matching invoices
local MATCH_TODAY = { "now?", "right now", "today", "currently", "at the moment", "do you have any", "do you use",
                      "are you using", "do you do", "anything for", "anyone", "anybody", "how do you", "how does" }
-- What came of something: "what happened after they raised it?", "what came of it?"
local AFTERMATH = { "happened after", "happen after", "happened next", "happened then", "came of it", "come of it",
                    "came out of it", "what did they do", "what did they say", "since then", "fallout", "aftermath",
                    "what followed" }
local MUST_SHOW = { "need to see", "want to see", "have to see", "have to show", "need to show", "has to show",
                    "needs to show", "have to prove", "has to prove", "need it to", "need from the demo",
                    "want from the demo", "would it take", "would the demo", "look like for you" }
-- Who decides, named in a line that also asks by when (who_and_when).
-- who would see the audit finding: "who are those people?", "who'd you rather didn't see it?"
local WHO_SEES = { "the people", "the 'people'", "those people", "these people", "which people", "what people",
                   "who would see", "who'd see", "who will see", "who sees", "who gets to see", "who might see",
                   "who could see", "who else sees", "who else would see", "in front of who", "in front of whom",
                   "front of who", "rather didn't see", "rather not see", "rather did not see", "rather it wasn't",
                   "rather not have see", "didn't see it", "not to see it", "who wouldn't you want",
                   "who don't you want", "who do you not want" }
local WHO_DECIDES = { "who ", "a say", "sign off", "signs off", "sign-off", "signs it", "involved" }
-- By when, in the words lib.names_when does not have.
local TIMELINE = { "timeline", "timescale", "how quickly", "up and running", "need it running", "need it live",
                   "go live", "live by", "when are you", "when can you", "when should", "when might" }
local FACTS = { "how many", "how big", "erp", "sap", "system", "software", "branches", "people", "staff", "team",
                "headcount", "volume", "invoices", "using", " on?" }
-- How an invoice reaches AP: by post, scanned, as a PDF, keyed in.
local ARRIVE = { "by post", "in the post", "post or", "posted", "scanned", "scan them", "scan it", "arrive", "arriving",
                 "come in", "coming in", "comes in", "pdf", "keyed", "key them", "typed in", "typed up", "entered by",
                 "get to you", "get to ap", "reach you", "reach ap", "paper or", "or paper" }
-- Keying invoices in by hand, and the time it takes.
local KEYING = { "keying", "key them", "key in", "key it", "key the", "keyed", "typing", "type them", "type in",
                 "type up", "data entry", "data-entry", "manual entry", "entering", "enter them", "enter the",
                 "manually enter", "manually input", "inputting", "input them", "punching", "punch them", "punch in" }
local TIME_ON = { "how much time", "how long", "how many hours", "how many people", "hours", "spend", "spends",
                  "spent", "take them", "takes them", "eat up", "eats up", "much of their", "much of the" }
-- Her money in a line: the discounts, the fees, the close, the figures she gave.
local HER_MONEY = { "discount", "two per cent", "2%", "2 per", "late fee", "twelve million", "12m", "12 million",
                    "240", "two hundred", "cash", "pound", "£", "$", "close", "five-day", "five day", "5-day", "5 day",
                    "eleven", "lender" }
-- Product features read out: two or more of them, none tied to her money.
local FEATURE_NAMES = { "ocr", "three-way", "3-way", "matching", "mobile approval", "approval workflow", "workflows",
                        "duplicate detection", "invoice capture", "capture", "dashboard", "integration", "portal",
                        "audit trail", "analytics", "ai-powered", "automation" }
local function reads_features(move)
  local n = 0
  local text = string.lower(move.text or "")
  for _, name in ipairs(FEATURE_NAMES) do
    if text:find(name, 1, true) then n = n + 1 end
  end
  return n >= 2 and not lib.mentions(move, HER_MONEY)
end
-- A pitch for the paper side alone (scanning, OCR, capture) without the
-- approvals: she says it is half of it.
local PAPER_PITCH = { "ocr", "scan", "invoice capture", "captures invoices", "captures every", "capture engine", "reads paper", "reads invoices", "reads the invoices", "digitis",
                      "digitiz", "data entry", "keying", "paper invoices", "the paper" }
local function paper_only(move)
  return lib.mentions(move, PAPER_PITCH) and not lib.mentions(move, { "approv", "branch", "manager", "phone" })
end
-- "If the lenders see an eleven-day close in Q3, what does that mean for the
-- facility?": the lenders on a close that stays slow, what they would do.
-- (what the lenders would do, asked: not "your credibility as much as the lenders", not "when the lenders look")
local LENDERS = { "the facility", "the lenders do", "lenders react", "lenders respond", "bank react", "with the lenders",
                  "for the lenders", "would the lenders", "do the lenders", "will the lenders", "the lenders say",
                  "the bank", "covenant", "lenders see", "lenders think", "lenders would" }
local STAYS_SLOW = { "eleven", "11", "still", "don't hit", "doesn't hit", "miss", "not at five", "isn't at five",
                     "fall short", "falls short", "slip", "don't get", "doesn't get", "can't get", "don't deliver",
                     "not five", "not down", "isn't down" }
local function lenders_see(move)
  return lib.mentions(move, LENDERS) and lib.mentions(move, STAYS_SLOW)
    and lib.mentions(move, { "if ", "what happens", "what would", "what does", "what do ", "mean", "what then", "react" })
    and not lib.mentions(move, { "june" })
end
-- A decider asked into the room after a benefit ("...plus the discount figure you can take to the
-- lenders. In return, can we have Mark and Raj there too - ten or three?", r27 cfo picker 8) is the
-- trade, whatever the benefit before it names: topic rules leave it to trade_rules.
local function asks_decider_in(move)
  local l = move.labels
  return (names_ceo(move) or names_raj(move)) and lib.mentions(move, JOINS) and not (l.open_question or l.probe)
end
local function leave_trade(rules)
  return lib.unless(rules, asks_decider_in)
end
local function topics()
  return leave_trade(lib.leave_checked_benefit(lib.concat({
    { id = "besides", any = QUESTION, unless = { "next_step" },
      words = "besides other else apart aside challenges problems issues", heard = "what else hurts",
      test = function(s, move)
        return not lib.pitch_only(move) and lib.mentions(move, BESIDES)
          and not lib.mentions(move, { "demo", "show", "prove", "who", "anyone else", "a say" })
          -- ("did the auditor say anything else?" is the auditor)
          and not lib.mentions(move, { "audit", "lender" }) and not names_board(move) and not names_ceo(move)
          and not names_raj(move)
      end,
      to = goes_on },
    -- ("for the three of you to say yes, what would the demo have to show you?":
    -- the demo for all of them, asked in any question shape)
    { id = "demo_must_show", any = { "next_step", "open_question", "probe", "closed_question" }, unless = { "feature" },
      words = "see show prove need demo forward", heard = "what the demo has to prove",
      test = function(s, move)
        local l = move.labels
        -- ("so approvals in a day and the discount taken - is that what the demo has to show?"
        -- checks a summary: checks_summary)
        return (l.open_question or l.probe or l.closed_question) and not lib.pitch_only(move)
          and not lib.checks_summary(move) and lib.mentions(move, MUST_SHOW) and (names_both(move) or not names_raj(move))
          -- "what would he need to see?" is about one of them (at Raj's story, Raj)
          and (names_both(move) or not lib.mentions(move, { " he ", " he'd ", " him " }))
      end,
      to = "criteria" },
    -- "who else gets a say, and when does it need to be running?": who, then by when
    { id = "who_and_when", any = QUESTION, unless = { "next_step" }, words = "who decide decision say sign when soon",
      heard = "who decides, and by when",
      test = function(s, move)
        return not lib.pitch_only(move) and lib.mentions(move, WHO_DECIDES) and lib.names_when(move)
      end,
      to = function(s)
        if s.got_decision then return "by_when" end
        s.decide_when = true
        return "decision"
      end },
    { id = "lenders_see", any = QUESTION, unless = { "next_step" }, words = "lenders facility bank covenant eleven miss",
      heard = "what the lenders would do",
      to = function(s) return s.got_refinance and "lenders" or "refinance" end,
      test = function(s, move) return not lib.pitch_only(move) and lenders_see(move) end },
  }, { (function()
         -- (once she has told the refinance, what happens if the close is not there in time is what
         -- the lenders would do, then her name on it: "You told the board. What happens if it's not
         -- there by Q3?", r25 cfo picker 5)
         local rule = lib.asks_inaction(function(s)
                                          if not s.got_refinance then return "refinance" end
                                          return s.visits.lenders == 0 and "lenders" or "board_stakes"
                                        end,
                                        { "still eleven", "still at eleven", "a year from now", "still like this",
                                          "in a year's time",
                                          -- "what happens if you don't hit five days by Q3?"
                                          "don't hit", "don't make it", "don't get there", "miss it", "miss the",
                                          "fall short", "don't deliver", "can't deliver" })
         rule.words = rule.words .. " hit miss short deliver happens happen slip slips late ready"
         -- (missing June is the date itself: about_june)
         local test = rule.test
         rule.test = function(s, move) return test(s, move) and not lib.mentions(move, { "june" }) end
         return rule
       end)(),
       -- "what would that mean for you personally?": her name on the promise
       -- ("a lot riding on you personally. Besides you, who else gets a say...?" asks who decides)
       (function()
         local rule = lib.asks_motive(function(s) return s.got_refinance and "board_stakes" or "refinance" end, nil,
                                      "what it means to her")
         local test = rule.test
         rule.test = function(s, move) return test(s, move) and not lib.mentions(move, WHO_DECIDES) end
         return rule
       end)(),
                      lib.asks_cost("cost", { "duplicates cost", "discounts cost", "in a year" }) }, {
    -- "when exactly is the refinance?": its date (an aside), not the deadline for choosing
    { id = "refi_date", any = QUESTION, unless = { "next_step" }, words = "when refinance date quarter month",
      heard = "when the refinance is", to = "refi_date",
      test = function(s, move)
        return not lib.pitch_only(move) and s.got_refinance and lib.mentions(move, { "refinanc", "facility" })
          and (lib.names_when(move) or lib.mentions(move, { "when exactly", "which month", "what month", "which quarter" }))
          and not lib.mentions(move, WHO_DECIDES) and not lib.mentions(move, MUST_SHOW) and not lenders_see(move)
      end },
    -- "by when do you need it running?", "what's your timeline?": the date
    (function()
      local rule = lib.asks_when("by_when", "june deadline decide date soon timeline running live place", "by when")
      local test = rule.test
      rule.test = function(s, move)
        return (test(s, move) or (lib.mentions(move, TIMELINE) and not lib.pitch_only(move)))
          and not lib.mentions(move, WHY_NOW) and not lib.mentions(move, { "june", "friday" })
          -- "what would the demo have to show, and by when?": the criteria, which end in the date
          and not lib.mentions(move, MUST_SHOW)
          -- "who else has a say, and when?" is who_and_when
          and not lib.mentions(move, WHO_DECIDES)
          -- "how do you feel about that deadline?" is what it means to her
          and not lib.names_motive(move)
      end
      return rule
    end)(),
    { id = "why_now_asked", any = ANY_ASK, unless = { "next_step" }, words = "now why time year urgent made form website prompted touch reach",
      heard = "why it matters now", to = "refinance",
      test = function(s, move) return not lib.pitch_only(move) and lib.mentions(move, WHY_NOW) end },
    -- "why the end of June?", "what happens if you miss June?": the date itself
    { id = "about_june", any = ANY_ASK, unless = { "next_step" }, words = "june miss deadline why happens",
      heard = "why June", to = "june",
      test = function(s, move)
        return not lib.pitch_only(move) and lib.mentions(move, { "june" })
          and lib.mentions(move, { "why", "miss", "happens", "what if", "after", "slip", "don't", "not " })
      end },
    { id = "about_board", any = QUESTION, unless = { "next_step" }, words = "board promise promised told",
      heard = "what she told the board",
      to = function(s) return s.got_refinance and "board_stakes" or "refinance" end,
      test = function(s, move)
        return not lib.pitch_only(move) and (names_board(move) or lib.mentions(move, { "promise" }))
          and not lib.mentions(move, { "board call", "who ", "a say", "decide", "decision", "sign" })
      end },
    { id = "about_match", any = QUESTION, unless = { "next_step" }, words = "three-way match matching",
      heard = "what three-way match means to her", to = "match",
      test = function(s, move)
        -- (or how they match invoices today: "Do you have any tool for matching invoices now?", r15 cfo
        -- average 4, gets who checks them by eye)
        return not lib.pitch_only(move)
          and ((lib.mentions(move, { "three-way", "three way", "3-way", "3 way" })
                and lib.mentions(move, { "what", "mean", "how", "explain" }))
               or (lib.mentions(move, { "match" }) and lib.mentions(move, MATCH_TODAY)))
      end },
    { id = "who_is_mark", any = QUESTION, words = "mark ceo", heard = "who Mark is", to = "mark",
      test = function(s, move) return who_is(move) and names_ceo(move) and not names_raj(move) end },
    { id = "who_is_raj", any = QUESTION, words = "raj", heard = "who Raj is", to = "raj",
      test = function(s, move) return who_is(move) and names_raj(move) and not names_ceo(move) end },
  }, checked({
    -- how often, how much time: a fact about what she has just said
    { id = "dup_often", any = QUESTION, unless = { "next_step" }, words = "duplicate duplicates often happen twice",
      heard = "how often duplicates happen", to = "dup_often",
      test = function(s, move)
        return lib.mentions(move, { "duplicate", "paid twice", "pay twice", "twice" }) and lib.names_how_often(move)
          and not lib.names_cost(move)
      end },
    { id = "chasing", any = QUESTION, unless = { "next_step" }, words = "chase chasing chasers time week hours",
      heard = "how much time AP spends chasing approvals", to = "chasing",
      test = function(s, move)
        return lib.mentions(move, { "chase", "chasing", "chaser", "follow up on approvals", "following up" })
          and not lib.names_cost(move)
      end,
      examples = { "how much time does the team spend chasing approvals", "how many hours go on chasing managers" } },
    -- "How much time does Raj's team spend keying them in?": the team's time on keying paper invoices (a
    -- fact, an aside), not Raj, whose name only says whose team (r21 average 4)
    { id = "keying", any = QUESTION, unless = { "next_step" }, words = "keying key keyed typing entry hours time spend",
      heard = "how much time keying invoices takes", to = "keying",
      test = function(s, move)
        return lib.mentions(move, KEYING) and lib.mentions(move, TIME_ON) and not lib.names_cost(move)
          and not lib.mentions(move, { "chase", "chasing", "approv" })
      end,
      examples = { "how much time does the team spend keying invoices in", "how many hours go on data entry" } },
    { id = "duplicates", any = QUESTION, unless = { "next_step" }, words = "duplicate duplicates happen happened how paid twice",
      heard = "how the duplicates happened", to = "duplicates",
      test = function(s, move) return lib.mentions(move, { "duplicate", "paid twice", "pay twice", "twice" })
                                      and not lib.names_cost(move) and not lib.mentions(move, AFTERMATH) end,
      examples = { "how did the duplicate payments happen", "how do you end up paying an invoice twice" } },
    { id = "old_systems", any = QUESTION, unless = { "next_step" }, words = "three systems last previous tried went wrong",
      heard = "the systems that came and went", to = "old_systems",
      test = function(s, move)
        return lib.mentions(move, { "three systems", "last system", "previous", "tried", "came and went", "come and go",
                                    "old system", "last systems", "other systems", "those systems", "the systems",
                                    -- "what went wrong with the last three, from his side?"
                                    "last three", "those three", "the other three", "went wrong", "go wrong",
                                    "didn't stick", "didn't work", "switched off", "saw before", "seen before",
                                    "last time you bought", "last time you tried", "bought before",
                                    "did the last one", "each one last", "did they last", "did it last", "last long",
                                    "try others", "tried others", "try other", "tried other", "other tools",
                                    -- after "a fourth thing to learn": "What are the three he's already
                                    -- juggling?" (r29 cfo skilled 8)
                                    "three he", "three tools", "three apps", "first three", "three things he",
                                    "already juggling", "already juggles", "fourth thing" })
          and not lib.mentions(move, { "duplicate", "paid twice", "audit" })
      end,
      examples = { "what were the three systems he saw", "what happened with the last systems you tried" } },
    { id = "auditor", any = QUESTION, unless = { "next_step" }, words = "auditor audit auditors flagged finding after next came followed",
      heard = "what the auditor said", to = "auditor",
      -- (and what came of the duplicates: "What happened after they raised it?" is the write-up, r15
      -- cfo skilled 3, not how they happen)
      test = function(s, move)
        return (lib.mentions(move, { "audit" }) or (lib.mentions(move, { "duplicate", "twice" }) and lib.mentions(move, AFTERMATH)))
          and not lib.names_cost(move)
      end,
      examples = { "what did the auditor say", "what did the audit find" } },
    { id = "approvals", any = QUESTION, unless = { "next_step" }, words = "approve approval approvals email branch managers branches",
      heard = "how the branch approvals work",
      -- "is that mostly because of approvals?": the approvals that hold the
      -- close up (the process, not who approves the purchase)
      test = function(s, move)
        if lib.mentions(move, { "who ", "decide", "decision", "a say" }) then return false end
        if lib.mentions(move, { "branch", "by email", "over email", "via email", "emailed" }) then return true end
        return lib.mentions(move, { "approvals", "approving", "approval process", "approval times", "get approved",
                                    "approval delays", "slow approval", "approval chain" })
           and not lib.mentions(move, { "sign off", "purchase", "buying", "like this", "this through",
                                        "approve this", "approve it", "budget" })
           and not names_ceo(move)
      end,
      to = function(s) return s.got_close_pain and "approvals" or "close_pain" end,
      examples = { "why do the branch managers approve by email", "how do approvals work across the branches" } },
    -- "are the paper ones coming in by post or scanned?": how the invoices
    -- arrive (an aside), not the next thing she has not said
    { id = "arrival", any = QUESTION, unless = { "next_step", "feature" }, words = "post scanned arrive coming pdf keyed",
      heard = "how the invoices arrive", to = "arrival",
      test = function(s, move)
        return lib.mentions(move, ARRIVE) and not lib.mentions(move, { "approv", "cost", "money" })
      end,
      examples = { "how do the invoices get to you", "do they arrive by post or by email" } },
    { id = "why_friday", any = QUESTION, unless = { "next_step" }, words = "friday hurry rush soon",
      heard = "why Friday", to = "why_friday",
      test = function(s, move)
        -- "friday it is" / "friday works" is no question about Friday; "what would he need to see on
        -- Friday to get behind it?" asks what the demo must show (r24 skilled 7), unless it asks why
        return lib.mentions(move, { "friday" }) and lib.mentions(move, { "why", "what", "how come", "reason", "rush" })
          and (lib.mentions(move, { "why", "how come", "reason", "rush" }) or not lib.mentions(move, MUST_SHOW))
      end,
      examples = { "why does it have to be Friday", "why the Friday deadline" } },
    { id = "criteria", any = QUESTION, words = "show prove demo criteria success deadline june",
      heard = "what the demo has to prove", to = "criteria",
      -- ("what would have to be different this time for Raj?" is what wins Raj over)
      -- ("since when has the close been this slow?" is its history)
      -- ("How about friday afternoon for the demo, could you send over some invoices before then?"
      -- offers a day for it, r24 average 10: proposes_day)
      test = function(s, move)
        return (names_ceo(move) or not names_raj(move)) and not asks_close_history(move) and not offers_day(move)
      end,
      examples = { "what would it have to show to get a yes", "what is your deadline for choosing" } },
    { id = "why_now", any = ANY_ASK, words = "now important matter urgent priority driving lenders refinance facility credit five",
      heard = "why it matters now", to = "refinance",
      examples = { "why fix it now", "why is this a priority this year", "what would a five-day close mean for the business",
                   "what would getting the close down to five days do for you" } },
    { id = "inaction", any = LISTENS, words = "nothing stay same carry",
      heard = "what happens if nothing changes",
      to = function(s) return s.got_refinance and "board_stakes" or "refinance" end,
      examples = { "what happens if nothing changes", "where does that leave you if the close stays at eleven days" } },
    -- "...Who's the 'people' you'd rather didn't see it" (r18 skilled 5, after "it's in front of
    -- people I'd rather it wasn't"): who would see the audit finding - the lenders, the board - not
    -- who decides
    { id = "who_sees", any = QUESTION, unless = { "next_step" }, words = "people see seeing sees front who",
      heard = "who would see the finding",
      to = function(s) return s.got_refinance and "lenders" or "refinance" end,
      test = function(s, move)
        return not lib.pitch_only(move) and lib.mentions(move, WHO_SEES)
          and not lib.mentions(move, { "a say", "sign", "involved", "decid", "decision", "approv", "choos", "buy" })
      end },
    -- "Which people have a say in this?" (r19, at auditor: heard as about Raj, by 'people'):
    -- who/which people + a say / decide / sign is who decides, whatever the noun
    { id = "has_a_say", any = QUESTION, unless = { "next_step" }, words = "say decide decision sign approve who",
      heard = "who decides",
      test = function(s, move) return lib.names_who(move) and not lib.pitch_only(move) end,
      to = function(s) return (s.got_decision and s.visits.decision > 0) and "decision_again" or "decision" end },
    { id = "who_decides", any = { "open_question", "closed_question", "probe", "reflection" },
      words = "decide decision sign approve who involved ceo choosing", heard = "who decides",
      -- (asked again once she has said it: a short aside, and the call stays where it was, with
      -- its own options, not back at who decides)
      to = function(s) return (s.got_decision and s.visits.decision > 0) and "decision_again" or "decision" end, examples = { "who else has a say in buying this", "who signs off on a purchase like this",
                                    "what's the process for choosing a vendor", "how do you go about buying software like this" } },
    { id = "budget", any = QUESTION, words = "budget", heard = "the budget", to = "budget",
      test = function(s, move) return lib.mentions(move, { "budget" }) end },
    { id = "sends_info", any = { "closed_question", "next_step" },
      words = "send sent info information brochure email pdf", heard = "an offer to send something",
      test = function(s, move)
        return not buzzes(move) and not offers_own_demo(move) and not asks_her_to_send(move) and not sends_times(move)
      end,
      to = function(s) return s.found >= 3 and "time_up" or "time_up_cold" end },
    { id = "asks_cost", any = ANY_ASK, words = "cost money impact price fees discount duplicate spend",
      heard = "what it costs", to = "cost",
      examples = { "what does that cost the business each year", "when that happens what does it cost the business" } },
    -- "how long has the close been taking eleven days?", "since when?": how
    -- long the close has been like this (its history), not what is behind it
    { id = "close_history", any = QUESTION, unless = { "next_step" }, words = "long since always started start began worse used",
      heard = "how long the close has been like this", to = "close_history",
      test = function(s, move) return asks_close_history(move) end },
    { id = "asks_pain", any = ANY_ASK, words = "close ap blame behind slow holding invoices problem eleven long",
      heard = "what is behind the slow close", to = "close_pain",
      -- ("what would he need to see on your invoices to get behind it" is what someone must see)
      -- ("could you send over some invoices before then?" asks for them: asks_her_to_send)
      test = function(s, move) return not lib.mentions(move, MUST_SHOW) and not asks_her_to_send(move) end,
      examples = { "why is the close taking so long", "what's really holding the close up" } },
    { id = "raj_needs", any = ANY_ASK, words = "raj need needs see show convince believe win takes",
      heard = "what would win Raj over", to = "raj_needs",
      test = function(s, move) return names_raj(move) and not names_ceo(move) and not lib.pitch_only(move) end,
      examples = { "what would Raj need to see", "what would it take to win Raj over" } },
    { id = "follows_raj", any = ANY_ASK, words = "raj drowning feel feeling team coping cope morale", heard = "about Raj",
      to = "raj", examples = { "how does Raj see it", "how is Raj feeling about all this", "how is the AP team coping" },
      -- ("what does Raj need to see to get onboard?" is what would win him over, not how he sees it: raj_needs;
      -- "could your team share some invoices before then?" asks for them: asks_her_to_send)
      test = function(s, move)
        return not (names_raj(move) and lib.mentions(move, MUST_SHOW)) and not asks_her_to_send(move)
      end },
    { id = "asks_system", any = QUESTION, words = "erp sap system systems software ledger platform using",
      heard = "which systems she runs", to = "facts",
      examples = { "what ERP are you using right now", "which ERP are you on", "what system does AP use today" } },
    -- a yes/no question on the facts (systems, size) gets them; any other
    -- ("does that number get attention internally?") the next thing she has not said
    { id = "facts", when = "closed_question", unless = { "feature" }, heard = "a fact",
      to = function(s, move)
        if lib.mentions(move, FACTS) then return "facts" end
        return goes_on(s, move)
      end },
  }))))
end

-- The same without the plain fact question (at the trade, a question that
-- is not about the decision is a stall).
local function topics_but_facts()
  local out = {}
  for _, rule in ipairs(topics()) do
    if rule.id ~= "facts" then out[#out + 1] = rule end
  end
  return out
end

-- A summary of what she said checked with a question ("...is that the story
-- the demo needs to tell?"): she confirms it, whatever it names (a trade
-- checked so is still the trade).
local TRADE_WORDS = { "bring", "join", "attend", " come ", "come to", "come along", "in the room", "build it",
                      "build the demo", "we'll", "we'd", "we will", "we would", "we can", "i'll ", "i can ",
                      "let us build", "let me build" }
local function sums_up(move) return lib.checks_summary(move) and not lib.mentions(move, TRADE_WORDS) end

-- Route lists sibling nodes share, around each node's own rules (in order):
-- an early ask, buzzwords or a pitch come first;
local function offers_demo()
  return { id = "offers_demo", any = { "feature", "benefit", "reflection", "closed_question" }, unless = { "next_step" },
           words = "demo invoices run build", heard = "the demo on her own invoices",
           test = function(s, move) return offers_own_demo(move) and not names_both(move) and not sums_up(move) end,
           to = function(s) return s.found >= 3 and "who_in_room" or goes_on(s) end }
end
-- "Sure, Friday works, what time suits you?": a time for the demo she asked
-- for is a yes to building it (asking nothing back), not a request for more
-- of her time; with the product read out to her, it is heard as the pitch.
-- (the board as a word: "real-time dashboards" in a pitch before "Would Friday at 10 work for the
-- demo?" names no one else, r27 pitcher 1: her demo, booked on a pitch, is clipped, not "more of our time")
local OTHERS = { "ceo", "chief executive", "raj", "your team", "boss", "colleague", "others", "anyone else", "who else" }
local function books_her_demo()
  return { id = "books_her_demo", when = "next_step", words = "friday demo time suits ready",
           heard = "a yes to her demo, with a time",
           test = function(s, move)
             return lib.mentions(move, { "friday", "demo" }) and not lib.mentions(move, OTHERS) and not says_mark(move)
               and not names_board(move)
           end,
           to = function(s, move)
             local l = move.labels
             return (l.feature and not l.benefit) and "clipped" or "free_yes"
           end }
end
local function guarded(...) return lib.concat({ R.rushed(), buzzwords(), offers_demo(), R.pitches(), pitch_and_check() }, { ... }) end
local function trade_rules() return { R.asks(), trades(), brings_one(), proposes_day(), trades_on_terms() } end
-- once she is telling you what hurts, what a question is about, any ask, a
-- plain question or reflection (she goes on) and moving on come last.
-- A yes to the demo once she has told enough is taken, whatever else the
-- line names ("Yes, we can build that. Raj's people stop chasing...").
local function takes_yes()
  return { id = "says_yes", heard = "a yes to the demo", to = next_stage,
           test = function(s, move) return s.found >= 3 and says_yes(move) end }
end
local function checks_summary()
  return { id = "checks_summary", any = { "closed_question" }, heard = "her story said back, checked",
           words = "right fair story summary heart gist capture missed miss close accurate real worry worries win matters number bottleneck problem crux root nutshell",
           to = "summary_ok",
           test = function(s, move) return sums_up(move) end }
end
-- "Does that happen a lot?", "how much of that is fees?": how often or how
-- much, about what she has just said (each node names the answer).
local function how_often(to)
  return { id = "how_often", any = QUESTION, unless = { "next_step" }, heard = "how often, or how much",
           words = "often long always happen happens lot much time week month hours days frequently rare common regular regularly",
           to = to,
           test = function(s, move)
             return not lib.pitch_only(move) and lib.names_how_often(move)
               and not lib.mentions(move, { "chase", "chasing" })
               -- ("has the close always taken that long?" is the close's history, wherever it is asked)
               and (to == "close_history" or not asks_close_history(move))
           end }
end
-- (a benefit said with no question mark, "What matters for you is the
-- lenders. With approvals on the phone you'd get the close to five days.",
-- is the benefit, not a question about the lenders: lib.not_when_benefit_stated)
-- A feature with a benefit, checked with a question that only asks whether it lands ("Our platform
-- does automatic three-way matching so that wouldn't happen. Does that sound useful?",
-- lib.checks_benefit): a pitch she pushes back on (clipped) when the benefit names nothing of hers
-- (her money, the close, the lenders, the audit, Raj's team); said in her world, it is what it would
-- do for her (bridges). Not a question on whatever its words name (the platform, the system).
local HER_WORLD = lib.concat(HER_MONEY, { "audit", "branch", "raj", "ap team", "your team", "chasing" })
local function checked_benefit()
  return { { id = "pitch_checked", any = { "closed_question" }, unless = { "next_step", "open_question", "probe" },
             heard = "a pitch",
             test = function(s, move)
               return lib.checks_benefit(move) and move.labels.feature and not lib.mentions(move, HER_WORLD)
                 and not names_board(move)
                 and not offers_own_demo(move) and not sums_up(move)
             end,
             to = "clipped" },
           { id = "benefit_checked", any = { "closed_question" }, unless = { "next_step", "open_question", "probe" },
             heard = "what it would do for her",
             test = function(s, move) return lib.checks_benefit(move) and not sums_up(move) end,
             to = goes_on } }
end
local function her_story(...)
  return lib.not_when_benefit_stated(lib.concat({ takes_yes(), R.rushed(), buzzwords(), checks_summary(), offers_demo(),
                      -- (a feature that gives back two of her pains as outcomes is what it would do for her)
                      { id = "gives_back", any = { "feature" }, unless = { "next_step" }, heard = "what it would do for her",
                        test = function(s, move) return gives_back(move) end, effects = { interest = 9, trust = 3 },
                        to = bridged_on },
                      R.pitches(), pitch_and_check() }, checked_benefit(),
                    trade_rules(), plain({ ... }),
                    topics(), plain({ { id = "goes_on", any = LISTENS, to = goes_on } }),
                    { { id = "paper_half", any = { "feature", "benefit" }, unless = { "next_step" },
                        words = "ocr scan scanning capture paper", heard = "a pitch for the paper side",
                        test = function(s, move) return paper_only(move) end, to = "half_of_it" },
                      { id = "bridges", when = "benefit", heard = "what it would do for her", to = bridged_on },
                      R.moves_on() }))
end

-- On her way to the board call: one more question still gets an answer,
-- but not for ever.
local function leaving(s) return (s.visits.time_up or 0) + (s.visits.time_up_cold or 0) >= 3 end
local function one_more(fallback)
  local rules = topics()
  for _, rule in ipairs(rules) do
    local to = rule.to
    rule.to = function(s, move)
      if leaving(s) then return fallback end
      return type(to) == "function" and to(s, move) or to
    end
  end
  rules[#rules + 1] = { id = "one_more", any = LISTENS, heard = "one more question",
                        to = function(s) return (not leaving(s) and untold(s)) or fallback end }
  return rules
end

scenario {
  id = "cfo_demo",
  title = "The CFO who wants a custom demo",
  version = "1.4.4",
  difficulty = 3,
  pitch = "A clipped CFO demands a custom demo by Friday. Earn the right, then ask for something back.",
  persona = { name = "Helen Marsh", role = "Chief Financial Officer", company = "Castellan Supply",
              voice = "the clipped CFO: terse, numeric, allergic to jargon; a woman's voice" },
  brief = "You sell Clearpay, accounts-payable automation: invoice capture, matching and "
    .. "approval routing. Helen Marsh, CFO of Castellan Supply (a building-materials "
    .. "distributor with forty branches), filled in the contact form on your website and "
    .. "took your call. She has twenty minutes and, you will find, a request.",
  purpose = "Before you agree to build anything, learn what the demo has to prove, what the "
    .. "problem costs, why it matters now and who decides; then trade the demo for a "
    .. "commitment from the people who decide.",
  start = "opening",
  clarify = { "Meaning what?", "I don't follow. Plainly, please.", "Again. Shorter." },
  seed = 5,

  state = { trust = 30, interest = 45, found = 0,
            got_close_pain = false, got_cost = false, got_refinance = false,
            got_decision = false, got_criteria = false, agreed_date = false, slot = "", decide_when = false, before_quid = "question",
            bridged = "" },

  features = { "invoice capture", "OCR", "approval app", "mobile approvals", "duplicate detection", "three-way matching", "approval workflows",
               "ERP integration", "supplier portal", "fraud detection", "audit trail" },
  outcomes = { "five-day close", "early-payment discounts", "no duplicate payments",
               "clean audit", "refinancing", "lenders", "Raj's team" },
  jargon = { "digital transformation", "synergy", "best-in-class", "AI-powered",
             "ecosystem", "straight-through processing" },

  targets = {
    { id = "close_pain", kind = "pain",
      text = "Month-end close takes eleven days; 4,000 mostly paper invoices a month across forty branches",
      keys = "close days invoices paper branches approvals email ap" },
    { id = "cost", kind = "impact",
      text = "Missed 2% early-payment discounts on about $12M of spend (~$240k a year), plus duplicate payments the auditor flagged",
      keys = "discount cost money duplicate audit fees" },
    { id = "refinance", kind = "motive",
      text = "The credit facility is refinanced in Q3; lenders want a five-day close and Helen promised it to the board",
      keys = "refinance lenders board facility why now" },
    { id = "decision", kind = "decision_process",
      text = "Helen sponsors; Mark the CEO signs anything over $100k; Raj, the AP manager, must want it",
      keys = "mark ceo sign raj decide decision approve" },
    { id = "criteria", kind = "timeline",
      text = "The demo must show three-way match on their invoices and routing across forty branches; decision by end of June",
      keys = "show prove demo criteria june when deadline" },
  },

  rubric = { min_targets_before_ask = 3,
             weights = { discovery = 0.3, listening = 0.2, benefits = 0.2, next_step = 0.3 } },

  reactions = { open_question = { trust = 2 }, probe = { trust = 4 }, reflection = { trust = 2 },
                closed_question = { trust = -1 },
                feature = { interest = -5, trust = -3 }, benefit = { interest = 4 },
                premature_ask = { trust = -10 }, seller_focus = { trust = -6 } },
}

node "opening" {
  say = "Helen Marsh. I've read your website. I want a demo built on our own invoices, by "
    .. "Friday. Can you do that?",
  asks_for_work = true,
  choices = {
    { id = "a", text = "Possibly. So the demo shows you what matters, can I ask a few questions first? What would it need to prove?",
      to = "what_prove", labels = { "open_question", "purpose" },
      examples = { "before we build anything can I ask a few questions", "happy to, what would it need to show" } },
    { id = "b", text = "Absolutely. I'll get our team on it today.",
      to = "free_yes" },
    { id = "c", text = "Sure. Our platform has OCR capture, three-way matching and approval workflows out of the box.",
      to = "clipped", labels = { "feature" } },
    { id = "d", text = "Great. Can we also get your CEO on a call next week?",
      to = "not_earned", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = guarded(
    books_her_demo(),
    { id = "questions_first", any = { "open_question", "probe", "purpose", "reflection" }, to = "what_prove" },
    { id = "sets_agenda", test = function(s, move) return lib.sets_agenda(move) end, heard = "questions first",
      to = "what_prove" },
    { id = "agrees", test = function(s, move) return just_agrees(move) end, heard = "a yes", to = "free_yes" },
    { id = "closed", when = "closed_question", to = "what_prove" },
    -- ("Hi Helen, it's Chris from Clearpay, the invoice automation folks." is
    -- hello, not a line to clarify: she wants her yes or no)
    { id = "greets", test = function(s, move) return lib.greets(move) end, heard = "hello", to = "clock" }
  ),
  otherwise = "clock",
}

node "clock" {
  say = "Is that a yes or a no?",
  again = "Yes or no?",
  effects = { trust = -3 },
  routes = guarded(
    { id = "questions_first", any = { "open_question", "probe", "purpose", "closed_question", "reflection" },
      to = function(s) return s.got_close_pain and goes_on(s) or "what_prove" end },
    { id = "agrees", test = function(s, move) return just_agrees(move) end, heard = "a yes", to = "free_yes" }
  ),
  otherwise = "free_yes",
}

node "what_prove" {
  say = "Fine. Two minutes. Our month-end close takes eleven days. Everyone blames AP.",
  again = "Eleven-day close. AP gets the blame. Go on.",
  cues = { { id = "blames_ap", words = "blames ap everyone blame" },
           -- the close's words: "days" and "month" are anybody's ("paying in ten days", "every month-end")
           { id = "eleven_days", words = "eleven close closing" } },
  choices = {
    { id = "a", text = "Eleven days, and everyone blames AP. What's behind that?",
      to = "close_pain", labels = { "open_question", "probe" } },
    { id = "b", text = "Which ERP are you on?",
      to = "facts", labels = { "closed_question" } },
    { id = "c", text = "Clearpay is a best-in-class, AI-powered platform for digital transformation of AP.",
      to = "buzzwords", labels = { "feature" } },
  },
  typed = true,
  routes = her_story(
    how_often("close_history"),
    { id = "follows_ap", any = ANY_ASK,
      words = "ap blame blames close eleven days behind why long", heard = "what is behind the eleven days",
      to = "close_pain" }
  ),
  otherwise = "facts",
}

node "facts" {
  say = "SAP. Forty branches. Six people in AP. Next.",
  again = "You have the numbers. Ask me something useful.",
  effects = { trust = -2 },
  routes = her_story(
    { id = "opens_up", any = LISTENS,
      words = "ap close blame eleven days six people", heard = "what is behind the close", to = "close_pain" }
  ),
  otherwise = "time_up_cold",
}

node "close_pain" {
  say = reacts_first("close_pain", "Four thousand invoices a month. Most on paper. Forty branch managers approving by "
    .. "email, when they remember. Raj runs AP with six people and they're drowning. Last "
    .. "audit flagged eleven duplicate payments."),
  again = "Paper invoices, approvals by email, duplicates. I said.",
  reveals = { "close_pain" },
  effects = lib.reveal("close_pain", { trust = 3 }),
  cues = { { id = "raj", words = "raj runs ap drowning team" },
           { id = "audit", words = "audit duplicate payments flagged" } },
  choices = {
    { id = "a", text = "Duplicates and a team that's drowning. What does all of that cost you today?",
      to = "cost", labels = { "reflection", "open_question", "probe" } },
    { id = "b", text = "Tell me about Raj. How does he see it?",
      to = "raj", labels = { "open_question", "probe" } },
    { id = "c", text = "Our three-way matching and fraud detection stop duplicate payments.",
      to = "clipped", labels = { "feature" } },
  },
  typed = true,
  routes = her_story(),
  otherwise = "time_up_cold",
}

node "raj" {
  say = "Raj has been here fifteen years. He's seen three systems come and go. If he decides "
    .. "this is the fourth, it dies quietly and nobody ever says why.",
  again = "Raj has to want it. That's all there is to say about Raj.",
  effects = { trust = 4 },
  cues = { { id = "dies_quietly", words = "dies quietly fourth systems" } },
  routes = her_story(
    -- "what would he need to see?", "how does he feel about another one?": he is Raj
    { id = "about_him", any = ANY_ASK, words = "he him his need see feel think believe win",
      heard = "what would win Raj over", to = "raj_needs",
      test = function(s, move)
        return not lib.pitch_only(move) and not names_ceo(move)
          and lib.mentions(move, { " he ", " him", " he'd ", " he's " })
          and lib.mentions(move, { "need", "see", "believe", "win", "convince", "feel", "think", "make of", "take" })
      end },
    { id = "invites_raj", any = { "closed_question", "next_step" }, words = "join come attend invite along",
      heard = "Raj at the demo",
      to = function(s, move)
        if s.found < 3 then return "not_earned" end
        return s.trust < 30 and "prove_first" or "needs_mark"
      end,
      examples = { "could he join us", "would Raj come to the demo", "can we invite Raj" } },
    { id = "follows_quietly", any = { "open_question", "probe", "closed_question", "reflection" },
      words = "quietly dies fourth systems", heard = "who else can stop it", to = "decision" }
  ),
  otherwise = "time_up_cold",
}

node "raj_needs" {
  say = "His own invoices going through, with his six people chasing less, not more. He isn't "
    .. "against software. He's against a fourth thing to learn in the middle of a close.",
  again = "His invoices, less chasing, nothing new to learn mid-close.",
  effects = { trust = 4 },
  routes = her_story(),
  otherwise = "time_up_cold",
}

node "cost" {
  say = reacts_first("cost", "Our suppliers offer two per cent for paying in ten days. We take it on almost "
    .. "none of it. Twelve million of spend. Do the maths. Plus late fees, plus whatever "
    .. "the auditor costs us next year."),
  again = "Two per cent of twelve million, every year. Plus fees.",
  reveals = { "cost" },
  effects = lib.reveal("cost", { interest = 6 }),
  -- the auditor's words, not "next year" or "costs": "so that's like 240k a year" works out the
  -- discounts; it does not follow the auditor up
  cues = { { id = "auditor", words = "auditor auditors audit" } },
  routes = her_story(
    how_often("cost_year"),
    { id = "follows_auditor", any = LISTENS,
      words = "auditor audit next year", heard = "what the auditor means for next year", to = "refinance" }
  ),
  otherwise = "time_up_cold",
}

node "refinance" {
  say = reacts_first("refinance", "We refinance the credit facility in the third quarter. The lenders want a five-day "
    .. "close and clean controls. I told the board I'd deliver both."),
  again = "Refinancing in the third quarter. Five-day close. I told the board.",
  reveals = { "refinance" },
  effects = lib.reveal("refinance", { trust = 4 }),
  cues = { { id = "told_board", words = "told board deliver promised" } },
  routes = her_story(
    { id = "follows_board", any = LISTENS,
      words = "board told deliver personally mean name", heard = "what it means for her", to = "board_stakes" }
  ),
  otherwise = "time_up_cold",
}

-- The close still slow when the lenders look: what they would do.
node "lenders" {
  say = "Then we pay for it. A higher margin, tighter covenants, maybe a smaller facility. And it's my "
    .. "name on the promise to the board.",
  again = "A dearer facility, and my name on it.",
  effects = { trust = 6 },
  routes = her_story(),
  otherwise = "time_up_cold",
}

node "board_stakes" {
  say = "My name's on it. I don't make promises to the board I can't keep. Next question.",
  again = "My name's on it. Next question.",
  effects = { trust = 6 },
  routes = her_story(),
  otherwise = "time_up_cold",
}

node "decision" {
  say = reacts_first("decision", function(s)
    -- told already with the budget: no second introduction of Mark
    -- asked by when too ("who else gets a say, and when?"): the date after the names
    local when = s.decide_when and " We decide by the end of June." or ""
    if s.visits.budget > 0 then return "Like I said. Me, Mark signs, and Raj has to want it. That's everyone." .. when end
    return "I sponsor it. Mark, our CEO, signs anything over a hundred thousand. And Raj has "
      .. "to want it, or see above." .. when
  end),
  again = "Me, Mark, and Raj. I told you.",
  reveals = { "decision" },
  effects = lib.reveal("decision"),
  cues = { { id = "raj_must", words = "raj want" } },
  choices = {
    { id = "a", text = "What would the demo have to show for you, Mark and Raj to say yes, and by when?",
      to = "criteria", labels = { "open_question", "probe" } },
    { id = "b", text = "So you're the decision maker. Let's get the demo scheduled.",
      to = "quid", labels = { "next_step" } },
  },
  typed = true,
  routes = her_story(),
  otherwise = "time_up_cold",
}

node "criteria" {
  say = reacts_first("criteria", "Three-way match on our own invoices. Approvals routed across forty branches. A "
    .. "number for the discounts we'd capture. Decision by the end of June, or it waits "
    .. "for next year."),
  again = "Three-way match, routing across the branches, a discount number. By June.",
  reveals = { "criteria" },
  effects = lib.reveal("criteria", { interest = 6 }),
  routes = her_story(),
  otherwise = "time_up_cold",
}

-- Who decides, asked again once she has said it: an aside, and the call is back where it was.
node "decision_again" {
  say = "Me, Mark, and Raj. I told you.",
  again = "Mark signs. Raj has to want it. Still.",
  effects = { trust = -1 },
  detour = true,
}

-- Short answers to questions about what she has mentioned; then back to her story.
node "mark" {
  say = "Mark Fenwick. Our CEO. Signs anything over a hundred thousand, and reads the payback line first.",
  again = "Mark's the CEO. He signs.",
  effects = { trust = 2 },
  routes = her_story(),
  otherwise = "time_up_cold",
}

node "duplicates" {
  say = "Same invoice arrives by post and by email. Two branches approve it, AP keys it twice, and "
    .. "nobody matches it to a delivery. Eleven that the auditor found.",
  again = "Same invoice, two inboxes, nobody matching. I said.",
  effects = { trust = 3 },
  routes = her_story(how_often("dup_often")),
  otherwise = "time_up_cold",
}

-- Once she has named the three tools, asking why they made more work than
-- they saved, what went wrong with them or why they were switched off gets
-- the reasons (r26 cfo skilled 9: "What made them more work than they
-- saved?" looped on the three tools).
local OLD_WHY = { "more work", "more clicks", "extra work", "than they saved", "than it saved", "what made them",
                  "what made it", "what made those", "why were they", "why was it", "why did they", "why did it",
                  "why didn't they", "why didn't it", "went wrong", "go wrong", "was wrong", "didn't stick",
                  "didn't work", "didn't they work", "not work", "fail", "switched off", "switch them off",
                  "turned off", "turn them off", "gave up on", "give up on", "stopped using", "stop using",
                  "dropped", "abandon", "killed them", "kill them", "what happened with them", "what happened to them",
                  "what was it about", "problem with them", "wrong with them", "get in the way", "got in the way" }
local function asks_old_why()
  return { id = "old_why", any = QUESTION, unless = { "next_step" }, heard = "why the old tools made more work",
           words = "work clicks saved wrong fail failed switched off stick why made",
           test = function(s, move) return not lib.pitch_only(move) and lib.mentions(move, OLD_WHY) end,
           to = "old_why" }
end

node "old_systems" {
  say = "A scanning tool, an approval app, a supplier portal. Each one meant more clicks for Raj's "
    .. "people, and each one was switched off inside a year. He remembers all three.",
  again = "Three tools, three more workloads, all switched off.",
  effects = { trust = 3 },
  routes = her_story(asks_old_why()),
  otherwise = "time_up_cold",
}

node "old_why" {
  say = "Each one was bolted on beside the ledger, not in it. So Raj's people keyed every invoice twice, once in "
    .. "the tool and once in the system, and the vendor disappeared after go-live. By the third month it was "
    .. "quicker to ignore it.",
  again = "Keyed twice, and nobody from the vendor after go-live.",
  effects = { trust = 3 },
  routes = her_story(asks_old_why()),
  otherwise = "time_up_cold",
}

node "auditor" {
  say = "Eleven duplicates and approvals sitting in inboxes. They wrote it up as a control "
    .. "weakness. Another year of that and it's in front of people I'd rather it wasn't.",
  again = "A control weakness. In writing.",
  effects = { trust = 3 },
  -- (who she'd rather didn't see it: the lenders and the board, her refinance; "people" alone is no cue)
  cues = { { id = "rather_not", words = "rather front", label = "the people she'd rather didn't see it" } },
  routes = her_story(),
  otherwise = "time_up_cold",
}

node "approvals" {
  say = "Because email is all they have. AP sends the invoice, the branch manager is out in a "
    .. "yard, it sits. Some sit three weeks. Then AP chases.",
  again = "Email, a yard, three weeks. Then AP chases.",
  effects = { trust = 3 },
  routes = her_story(how_often("chasing")),
  otherwise = "time_up_cold",
}

-- How often, how much: facts about what she has just said, asides (detours)
-- after which the call is back where it was.
node "close_history" {
  say = "Three years. Since we passed thirty branches. It was six days before that.",
  again = "Three years. Six days before that.",
  effects = { trust = 2 },
  detour = true,
}

node "dup_often" {
  say = "Eleven in one year, and the auditor only sampled. So more. Every month-end, probably one or two.",
  again = "Eleven that he found. He sampled.",
  effects = { trust = 2 },
  detour = true,
}

node "chasing" {
  say = "Two of Raj's six do nothing but chase approvals in the last week of the month. Call it a third of "
    .. "the team. Chasing, not paying.",
  again = "A third of the team, chasing.",
  effects = { trust = 3 },
  detour = true,
}

node "match_often" {
  say = "Spot checks. One invoice in twenty, in a good month. In a close, none.",
  again = "One in twenty. None in a close.",
  effects = { trust = 2 },
  detour = true,
}

node "keying" {
  say = "Most of their week. Four thousand invoices a month, off paper, by hand. Raj reckons keying eats four "
    .. "of his six before anyone chases an approval.",
  again = "Four of six, keying. Most of the week.",
  effects = { trust = 2 },
  detour = true,
}

node "arrival" {
  say = "Post, mostly. Raj's people open envelopes and key them in. The rest come as PDFs, and half of "
    .. "those get printed. Then they wait for a branch manager.",
  again = "Post, mostly. Keyed in by hand.",
  effects = { trust = 2 },
  detour = true,
}

node "refi_date" {
  say = "September. The third quarter. The lenders want to see five-day closes before then, not hear about them.",
  again = "September.",
  effects = { trust = 2 },
  detour = true,
}

-- A pitch for the paper side alone: she says where the days really go.
node "half_of_it" {
  say = "Paper's half of it. A scanned invoice still sits three weeks in a branch manager's inbox. "
    .. "The approvals are where the discount dies.",
  again = "Approvals. Not paper.",
  effects = { trust = -2 },
  detour = true,
}

node "cost_year" {
  say = "Two per cent of twelve million. Two hundred and forty thousand a year, before the late fees.",
  again = "Two hundred and forty thousand. A year.",
  effects = { trust = 2 },
  detour = true,
}

-- Her story said back and checked: she confirms it (what she has told
-- decides how much).
node "summary_ok" {
  say = function(s)
    if s.got_criteria then
      return "That's the story. Put the discount number first. Mark reads the payback line before anything else."
    end
    if s.got_refinance then return "That's it. The close, the money, and my name in front of the lenders." end
    if s.got_cost then return "That's it. Eleven days, and money left on the table." end
    return "Near enough. Go on."
  end,
  again = "Yes. That's it.",
  effects = { trust = 2 },
  routes = her_story(),
  otherwise = "time_up_cold",
}

node "why_friday" {
  say = "Because I've sat through enough slide decks. Friday tells me whether you can do it or "
    .. "only talk about it.",
  again = "Friday tells me if you can do it.",
  effects = { trust = 2 },
  routes = her_story(),
  otherwise = "time_up_cold",
}

-- "By when do you need it?": the date, and why that date.
node "by_when" {
  say = function(s)
    if s.got_criteria then return "End of June, like I said. Miss it and it waits for next year's budget." end
    if s.got_refinance then
      return "A decision by the end of June. It has to be running before the refinance, or it waits a year."
    end
    return "A decision by the end of June. Running before we refinance the credit facility in the third "
      .. "quarter. Miss June and it waits a year."
  end,
  again = "End of June. I said.",
  effects = { trust = 2 },
  routes = her_story(),
  otherwise = "time_up_cold",
}

node "june" {
  say = "July is next year's budget. Miss June and it waits a year, and I walk into the refinance "
    .. "with an eleven-day close. So June.",
  again = "June, or next year. And the lenders don't wait a year.",
  effects = { trust = 2 },
  routes = her_story(),
  otherwise = "time_up_cold",
}

node "match" {
  say = "Invoice, purchase order, delivery note. All three agree or it isn't paid. Today a person "
    .. "checks that by eye, when anyone checks at all.",
  again = "Invoice, order, delivery. By eye, today.",
  effects = { trust = 2 },
  routes = her_story(how_often("match_often")),
  otherwise = "time_up_cold",
}

node "budget" {
  say = function(s)
    if s.visits.decision > 0 then
      return "No line for it yet. If the number's right, I'll find the money. Mark still signs."
    end
    return "No line for it yet. I sponsor it, and if the number's right I'll find the money. Mark, "
      .. "our CEO, signs anything over a hundred thousand. And Raj has to want it."
  end,
  again = "If the number's right, I find it. Mark signs. Raj has to want it.",
  reveals = { "decision" },
  effects = lib.reveal("decision"),
  cues = { { id = "raj_must_budget", words = "raj want" } },
  routes = her_story(),
  otherwise = "time_up_cold",
}

-- What Helen can hear once she asks "will you build the demo or not?"
-- (quid, and quid_benefit after a benefit tied to her pain).
local function build_it_or_not(node)
  node.choices = {
    { id = "a", text = "Yes, on your own invoices. In return: if it shows three-way match across the branches and a discount number, will you bring Mark and Raj, and decide by the end of June?",
      to = "booked", labels = { "next_step", "closed_question" } },
    { id = "b", text = "Of course. I'll have it on your desk by Friday.",
      to = "free_demo" },
    { id = "c", text = "Yes. Can I present it to you on Friday?",
      to = "who_in_room", labels = { "next_step", "closed_question" } },
  }
  node.typed = true
  node.routes = lib.concat({
    buzzwords(),
    R.asks(),
    trades(),
    proposes_day(),
    lib.offers_slot("a day for the demo", function(s, move) return s.found < 3 and "not_earned" or quid_result(s, move) end),
    trades_on_terms(),
    { id = "agrees", test = function(s, move)
        return (just_agrees(move) or says_yes(move, true)) and not yes_on_terms(move)
      end,
      heard = "a yes with nothing asked back",
      to = "free_demo" },
    R.pitches() },
    topics_but_facts(),
    { { id = "stalls", any = QUESTION, heard = "a question instead of an answer", to = "time_up" } })
  return node
end

node "quid" (build_it_or_not {
  say = function(s)
    if s.trust >= 50 then
      if s.before_quid == "remark" then
        return "Noted. So. Will you build the demo or not?"
      end
      return "Good questions. So. Will you build the demo or not?"
    end
    return "So. Friday. Yes or no?"
  end,
  asks_for_work = true,
  clarify = "Build it or not?",
  otherwise = "time_up",
})

-- The same question after a benefit tied to her pain: she reacts to it first.
node "quid_benefit" (build_it_or_not {
  say = "If it does that on our invoices, Mark will listen. So. Will you build the demo or not?",
  again = "Build it or not?",
  asks_for_work = true,
  clarify = "Build it or not?",
  otherwise = "time_up",
})

-- The same after a yes to building it: she takes the yes (reacting to a
-- benefit first) and asks when, not whether; the trade is still the rep's to ask.
node "quid_agreed" (build_it_or_not {
  say = function(s)
    if s.before_quid == "benefit" then return "If it does that on our invoices, Mark will listen. Friday, then?" end
    return "Good. Friday, then?"
  end,
  again = "Friday?",
  asks_for_work = true,
  clarify = "Friday or not?",
  otherwise = "time_up",
})

-- Who comes to the demo: the same rules wherever she asks it.
local function room_rules()
  return {
    { id = "names_both", test = function(s, move) return names_both(move) end, heard = "Mark and Raj",
      to = "booked" },
    { id = "just_her", test = function(s, move)
        return lib.mentions(move, { "just you", "only you", "you alone", "fine for now", "no need" })
      end, heard = "just her", to = "free_demo" },
    { id = "names_one", test = function(s, move) return names_ceo(move) or names_raj(move) end,
      heard = "one of the two", to = function(s, move) return who_for(move, s) end },
    -- "what would you need to see in the demo?": what it must prove, then back to the room
    { id = "asks_criteria", any = { "open_question", "probe", "next_step" }, unless = { "feature" },
      words = "see show prove need demo forward", heard = "what the demo has to prove", to = "criteria",
      test = function(s, move)
        local l = move.labels
        -- (the one named counts in the question asked, the line's last sentence: "Sure, we can bring
        -- Raj in. What would the demo need to show for you guys to say yes?" asks what it must show,
        -- r15 cfo average 8)
        local text = (move.text or ""):gsub("[%s%?%.!]+$", "")
        local last = { text = text:match("[%.%?!]%s+([^%.%?!]+)$") or text, labels = l }
        return (l.open_question or l.probe) and lib.mentions(move, MUST_SHOW) and not names_ceo(last)
          and not names_raj(last)
      end },
    { id = "asks_her", any = QUESTION, heard = "whom she would bring", to = "who_in_room" },
  }
end

node "who_in_room" {
  say = "And who do you want in the room? Because if it's just me, you'll be doing it "
    .. "twice.",
  again = "Mark signs. Raj has to want it. Both, or you're doing this twice.",
  choices = {
    { id = "a", text = "Mark and Raj, with you. If it shows what you listed, are the three of you ready to decide by June?",
      to = "booked", labels = { "next_step", "closed_question" } },
    { id = "b", text = "Just you is fine for now.",
      to = "free_demo" },
  },
  typed = true,
  routes = room_rules(),
  otherwise = "time_up",
}

node "needs_raj" {
  say = "Mark, yes. And Raj. If he isn't in the room, it dies quietly afterwards.",
  again = "Raj too. I said.",
  routes = lib.concat({ { id = "adds_raj", test = function(s, move) return names_raj(move) end,
                          heard = "Raj too", to = "booked" } }, room_rules()),
  otherwise = "time_up",
}

node "needs_mark" {
  say = "Raj, yes. And Mark signs, so Mark comes too, or you're doing this twice.",
  again = "Mark too. He signs.",
  routes = lib.concat({ { id = "adds_mark", test = function(s, move) return names_ceo(move) end,
                          heard = "Mark too", to = "booked" } }, room_rules()),
  otherwise = "time_up",
}

node "free_yes" {
  say = "Good. Friday. Send it to my assistant.",
  again = "Friday. My assistant.",
  closing = true,   -- the rep said yes; a line that asks nothing back ends the call
  effects = { trust = -2 },
  choices = {
    { id = "a", text = "Before I build it: if it shows what you need, will you bring your CEO and Raj and decide by June?",
      to = "not_earned", labels = { "next_step", "closed_question" } },
    { id = "b", text = "Will do. Speak Friday.",
      to = "free_demo" },
  },
  typed = true,
  routes = {
    { id = "asks_back", when = "next_step", to = quid_result },
    trades(),
    { id = "asks_questions", any = { "open_question", "probe", "closed_question", "reflection" },
      heard = "questions before building it",
      to = function(s) return s.found >= 3 and "quid" or (s.got_close_pain and goes_on(s) or "what_prove") end },
  },
  otherwise = "free_demo",
}

node "clipped" {
  say = "I've read the website. I don't need it read back to me.",
  again = "Still the website.",
  effects = { trust = -6 },
  choices = {
    { id = "a", text = "Fair. Then tell me what the demo has to prove.",
      to = "what_prove", labels = { "open_question" } },
    { id = "b", text = "It also has a supplier portal, an audit trail and ERP integration.",
      to = "brush_off", labels = { "feature" } },
  },
  typed = true,
  routes = lib.concat({
    buzzwords(),
    { id = "again", any = { "feature" }, unless = { "benefit" }, to = "brush_off" },
    pitch_and_check("brush_off"),
    { id = "fair_ask", when = "next_step", heard = "a fair trade for the demo",
      test = function(s, move) return offers_own_demo(move) or names_ceo(move) or names_raj(move) end,
      to = function(s, move) return s.found >= 3 and quid_result(s, move) or "not_earned" end,
      examples = { "to build it on your own invoices I'd need a sample and half an hour with Raj",
                   "if we build it, could Raj send us a month of invoices" } },
    lib.offers_slot("a fair trade for the demo",
      function(s, move)
        if not (offers_own_demo(move) or names_ceo(move) or names_raj(move)) then return "polite_no" end
        return s.found >= 3 and quid_result(s, move) or "not_earned"
      end),
    { id = "asks_anyway", when = "next_step", to = "polite_no" } },
    topics(),
    { { id = "recovers", any = { "open_question", "probe", "reflection", "closed_question" },
        to = function(s) return s.got_close_pain and goes_on(s) or "what_prove" end } }),
  otherwise = "clock",
}

node "buzzwords" {
  say = "Stop. What does it do, in money?",
  again = "In money. What does it do?",
  clarify = "In money, please.",
  effects = { trust = -8 },
  choices = {
    { id = "a", text = "It pays your invoices inside the discount window, so you keep the two per cent. How much of your spend runs late today?",
      to = "what_prove", labels = { "benefit", "open_question" } },
    { id = "b", text = "It's a game-changer for your whole finance ecosystem.",
      to = "brush_off", labels = { "feature" } },
  },
  typed = true,
  routes = {
    { id = "again", test = function(s, move) return buzzes(move) end, to = "brush_off" },
    -- ("...OCR capture, three-way matching and mobile approvals. Would that help your team?":
    -- the product read out again, no money in it)
    { id = "features_again", when = "feature", heard = "the product read out, not money",
      test = function(s, move) return reads_features(move) end, to = "clipped" },
    { id = "money", any = { "benefit", "open_question", "probe" },
      to = function(s) return s.got_close_pain and goes_on(s) or "what_prove" end },
    R.pitches(),
  },
  otherwise = "time_up_cold",
}

-- An early ask gets a no; once she has told some of her story, a "not yet"
-- that names what the rep has not asked (what is known decides the line).
local NOT_ASKED = { { "got_cost", "what this costs us" }, { "got_refinance", "why it matters now" },
                    { "got_criteria", "what the demo has to prove" } }
node "not_earned" {
  say = function(s)
    if s.found == 0 then return "You want more of our time and you don't know the first thing about us yet." end
    local missing = {}
    for _, item in ipairs(NOT_ASKED) do
      if not s[item[1]] then missing[#missing + 1] = item[2] end
    end
    if #missing == 0 then return "Not yet. Ask me what you came to ask, then ask for the meeting." end
    local list = missing[1]
    if #missing == 2 then list = missing[1] .. " or " .. missing[2] end
    if #missing == 3 then list = missing[1] .. ", " .. missing[2] .. " or " .. missing[3] end
    return "Not yet. You haven't asked " .. list .. ". Earn the meeting first."
  end,
  again = "Still no. You don't know us yet.",
  effects = { trust = -6 },
  choices = {
    { id = "a", text = "Fair. Let me earn it. What would the demo need to prove?",
      to = "what_prove", labels = { "open_question" } },
    { id = "b", text = "It's only thirty minutes of his time. Thursday?",
      to = "polite_no", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = lib.concat({
    { id = "insists", when = "next_step", to = "polite_no" },
    { id = "names_people", test = function(s, move) return names_ceo(move) or names_raj(move) end,
      heard = "the same ask, with names", to = "polite_no" },
    buzzwords(),
    R.pitches(),
    pitch_and_check() },
    topics(),
    { { id = "recovers", any = { "open_question", "probe", "reflection" },
        to = function(s) return s.got_close_pain and goes_on(s) or "what_prove" end } }),
  otherwise = "clock",
}

node "time_up" {
  say = "I have a board call in four minutes.",
  again = "Three minutes.",
  closing = true,   -- she is leaving: a line that asks for nothing ends the call
  choices = {
    { id = "a", text = "Then one line: I'll build the demo if Mark and Raj attend and you'll decide by June. Deal?",
      to = "booked", labels = { "next_step", "closed_question" } },
    { id = "b", text = "Understood. I'll send the demo over.",
      to = "free_demo" },
  },
  typed = true,
  routes = lib.concat({ buzzwords(), R.asks(), trades(), brings_one(), proposes_day() }, one_more("free_demo")),
  otherwise = "free_demo",
}

node "time_up_cold" {
  say = "I have a board call in four minutes. Send me something.",
  again = "Board call. Send me something.",
  closing = true,   -- she is leaving: a line that asks for nothing ends the call
  choices = {
    { id = "a", text = "Can we book the demo with your CEO next week?",
      to = "polite_no", labels = { "next_step", "closed_question" } },
    { id = "b", text = "Sure, I'll put the demo together.",
      to = "free_demo" },
  },
  typed = true,
  routes = lib.concat({ buzzwords(), { id = "ask_unearned", when = "next_step", to = "polite_no" },
                        { id = "agrees", test = function(s, move) return just_agrees(move) end, to = "free_demo" } },
                      one_more("brush_off")),
  otherwise = "brush_off",
}

node "booked" {
  say = function(s)
    local deal
    if not s.agreed_date then
      deal = "Mark and Raj, then. Mark is away this week. We decide by the end of June, so make it count."
    else
      deal = s.got_criteria and "Deal. End of June." or "Deal. We decide by the end of June, so make it count."
    end
    -- "the discount number" only once she has asked for one (criteria)
    local bring = s.got_criteria and "Bring the discount number" or "Bring a number for the discounts we'd capture"
    -- a slot offered is taken ("Friday at ten. I'll make sure Mark's in."), else her assistant finds one
    local slot = (s.slot or "") ~= ""
    local hour = slot and (s.slot .. ". I'll make sure Mark's in. ") or "My assistant will find an hour when Mark's in. "
    if slot and not s.agreed_date then
      deal = "Mark and Raj, then. We decide by the end of June, so make it count."
    end
    return deal .. " " .. hour .. bring .. ", and make "
      .. "Raj's life look easier, not different."
  end,
  ending = { outcome = "meeting_booked", success = true },
}

node "free_demo" {
  say = "Fine. Friday.",
  ending = { outcome = "demo_no_commitment", success = false },
}

node "prove_first" {
  say = "Build it first. If it's any good, I'll think about who sees it. Friday.",
  ending = { outcome = "demo_no_commitment", success = false },
}

node "polite_no" {
  say = "No. We'll run our own process and invite vendors in the autumn.",
  ending = { outcome = "polite_no", success = false },
}

node "brush_off" {
  say = "Email me a PDF. I'll read it when I read it.",
  ending = { outcome = "brush_off", success = false },
}
