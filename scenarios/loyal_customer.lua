-- The loyal customer.
-- Lesson: don't be an order taker. Peg has trusted you for six years and
-- rings to "put the usual through". Writing it down is easy; asking what has
-- changed on her side is the job. Her reorder hides a big change (a grocery
-- chain listing), and the packaging decision for it has quietly moved to
-- her daughter. Trust is already there, so it is easy to spend: push the
-- catalogue at her and she cools. Discover, then earn the review meeting.
-- Voice: Peg is the friendly regular. Warm, chatty, calls you "hon", in a
-- hurry to get back to her kitchen, and tells you everything if you ask.

local lib = include "lib/discovery.lua"

-- Catalogue talk: a feature with nothing in it for her, or plain upselling.
local PUSHY = { "upgrade", "bundle", "promotion", "on special", "special offer", "premium",
                "while i have you", "limited time", "limited-time", "add-on", "deluxe",
                "top of the range", "catalogue" }
local function pitches(move)
  if move.labels.benefit then return false end
  if lib.mentions(move, { "forget the catalogue", "forget the extras", "no catalogue" }) then return false end
  if move.labels.feature then return true end
  -- Upsell words in a question or a stated purpose are not a pitch.
  local l = move.labels
  if l.purpose or l.open_question or l.probe or l.reflection then return false end
  return lib.mentions(move, PUSHY)
end

-- Names Theo (or "the three of us") in the invitation.
local function with_theo(move)
  -- ("could we maybe all have a quick chat next week?": all of them is Theo too; once Theo is
  -- named, "her" is Theo - Peg is "you")
  return lib.mentions(move, { "theo", "your daughter", "the three of us", "all three", "both of you",
                              "the two of you", "you two", "we all", "all of us", "us all", "all get", "all have",
                              "all sit", "all meet", "all chat", "all catch up", "all talk", "the three", "everyone together", "with her",
                              "bring her", "her along", "she could join", "she can join", "she joins" })
end

-- Just promises a price and names no time or get-together in return (the
-- analyser calls "I'll email a quote" a next step; to Peg it is a price in a
-- pile). A fact of this story, so plain words: the asks themselves are
-- routed on the next_step label.
local GET_TOGETHER = { "monday", "tuesday", "wednesday", "thursday", "friday",
                       "sit down", "come out", "come over", "come by", "pop over", "get together",
                       "meet ", "meeting", "visit", "book ", "next week", "in the diary", "calendar" }
-- The line's last sentence (the question she answers, when it ends on one),
-- as a move for lib.mentions.
local function last_sentence(move)
  local text = (move.text or ""):gsub("[%s%?%.!]+$", "")
  local tail = text:match("[%.%?!]%s+([^%.%?!]+)$") or text
  return { text = tail, labels = move.labels }
end
local WH = { "what", "when", "who", "how", "why", "where", "which", "is there", "are there", "does she", "do you",
             "will she", "has she", "is she", "would she" }
-- Time asked for, in an ask ("Rather than just a price, could I get 30 mins with you and Theo this week
-- to go through what Harvest Lane needs?", reply28): a get-together, whatever price it names
local TIME_ASKED = { " mins", " min ", "minutes", "half an hour", "an hour", "a call", "a quick call", "a chat",
                     "walk you through", "walk her through", "go through what", "go through it together", "catch up" }
local function quote_only(move)
  if lib.mentions(move, GET_TOGETHER) then return false end
  if move.labels.next_step and lib.mentions(move, TIME_ASKED) then return false end
  -- "I can do that, but I'd rather the price fit. When does Theo decide?":
  -- a question on the end that is not about the price is no yes to a quote
  local last = last_sentence(move)
  local q = string.lower(last.text):gsub("^%s*and%s+", ""):gsub("^%s*so%s+", ""):gsub("^%s*but%s+", "")
  -- ("sure i can send a price over. could we maybe set up a call with Theo sometime to go thru it?"
  -- (r17): the ask on the end is what she answers, the price said yes to in passing)
  if move.labels.next_step and last ~= nil and not lib.mentions(last, { "quote", "price", "pricing", "email", "send " }) then
    return false
  end
  if (move.text or ""):find("?", 1, true) and last ~= nil
     and not lib.mentions(last, { "quote", "price", "pricing", "email", "send " }) then
    for _, wh in ipairs(WH) do
      if q:sub(1, #wh) == wh then return false end
    end
  end
  -- "I'm glad to price it. Before I do, what matters most to Theo?": she
  -- answers the question; the price is not the whole line
  if move.labels.open_question or move.labels.probe then return false end
  return lib.mentions(move, { "quote", "price", "pricing", "email", "send " })
end

-- The seller's own pressure owned up to with the pitch ("my manager's got us all pushing the new range
-- this quarter", r18 pitcher 3): she reacts to that, not only to being sold to
local OWN_PUSH = { "my manager", "my boss", "quota", "my target", "our target", "targets", "commission",
                   "pushing the new", "told to push", "have to push", "got to push" }
-- "We do trays too. Want me to send you some info on those?": an offer to
-- send something with it; she says send it to Theo (does_trays).
local SENDS = { "send you", "send some", "send over", "send it over", "send them over", "send through",
                "send across", "email you", "email some", "email over", "pop some", "drop you", "info ",
                "info?", "information", "brochure", "details", "sample", "samples", "spec sheet", "some prices" }
-- (a pitch with an offer to send a brochure is still the pitch: when it cools
-- her, she turns the brochure down with it - r25 loyal pitcher 3)
local function pitch_to(s, move)
  s.own_push = move ~= nil and (move.labels.seller_focus or lib.mentions(move, OWN_PUSH)) or false
  s.pitch_sends = move ~= nil and lib.mentions(move, SENDS) or false
  if s.pushed >= 2 then return "cooled" end
  if s.pushed == 1 then return "selling_me" end
  return "upsell_pushback"
end

-- The weekday an ask names first ("Tuesday or Thursday" -> "Tuesday"), or "".
local DAYS = { "monday", "tuesday", "wednesday", "thursday", "friday" }
local function first_day(move)
  local text, best, at = string.lower(move.text or ""), "", math.huge
  for _, day in ipairs(DAYS) do
    local i = text:find(day, 1, true)
    if i and i < at then best, at = day:sub(1, 1):upper() .. day:sub(2), i end
  end
  return best
end
-- Books the review on the day the trainee offered (booked says it back).
local function book(s, move)
  s.day = first_day(move)
  return "booked"
end

-- An early ask: she asks "a meeting?" only when a meeting was asked for.
local MEETING = { "meet", "meeting", "sit down", "visit", "come by", "come over", "pop over", "review",
                  "get together", "in person" }
local function rushed_to(s, move)
  s.asked_meeting = lib.mentions(move, MEETING)
  return "what_for"
end

local function ask_result(s, move)
  if move.premature then return rushed_to(s, move) end
  if s.trust < 45 then return "cooled" end
  if s.interest < 40 and (s.visits.whats_in_it or 0) == 0 then return "whats_in_it" end
  if not s.got_theo then return "theo_gate" end
  if with_theo(move) then return book(s, move) end
  return "bring_theo"
end

-- Back to her news after a misstep: the change if she has not told it yet,
-- what it means if she has.
local function recover(s)
  if s.got_change then return "kitchen_table" end
  return "whats_new"
end

local function next_stage(s)
  if s.found >= 3 then return "closing_warm" end
  return "closing_plain"
end

-- "How's it all been for you?", "how are you holding up?": how she is
-- keeping up (tired), in the words of asking after someone.
local HOW_SHE_IS = { "been for you", "holding up", "how are you coping", "how are you managing", "how are you doing",
                     "how are you finding", "taking a toll", "toll on you", "wearing you", "how are you keeping" }
local CHANGE_WORDS = "new change changed business going happening lately since growing busy"
local WHO_WORDS = "theo who decide decides decision choose chooses choosing picks picking supplier call involved daughter else"
local WHEN_WORDS = "when time date spring deadline soon timing trucks march january"

-- The pieces of her news, in the order she tells them when simply asked to
-- go on: the change, what it means day to day, why it matters, who decides,
-- by when.
local STORY = { { "change", "whats_new" }, { "impact", "kitchen_table" }, { "motive", "proud" },
                { "theo", "theo" }, { "deadline", "deadline" } }
local function untold(s)
  for _, piece in ipairs(STORY) do
    if not s["got_" .. piece[1]] then return piece[2] end
  end
  return nil
end
-- A question she has no special answer for: she goes on with what she has
-- not told yet; once it is all out, she gets back to her oven.
local function goes_on(s) return untold(s) or next_stage(s) end

-- Has Peg said who Theo is (her daughter, operations) yet?
local function theo_introduced(s)
  return (s.visits.theo_news or 0) + (s.visits.theo_gate or 0) > 0
end
-- ...in any words (her plans can say it too)?
local function theo_said(s) return theo_introduced(s) or s.theo_said end
-- Has she said Theo is getting prices from the national firm?
local function national_told(s)
  return (s.visits.does_trays or 0) + (s.visits.theo_gate or 0) + (s.visits.national or 0)
    + (s.visits.instead or 0) > 0
end

-- Who decides, or by when, before she has told the news: she tells it.
-- "You mentioned Theo's big plans, who's Theo and what's she got in mind?":
-- she says who, with the plans in it.
local PLANS = { "plans", "plan ", "planned", "planning", "in mind", "got in mind", "up to", "vision" }
-- A meeting with us asked as a yes/no question ("Would Theo be up for
-- meeting?", "could the three of us have a chat?"), not one of hers ("is she
-- meeting the national lot?").
local function asks_to_meet(move)
  return (lib.mentions(move, MEETING) or lib.mentions(move, { "a chat", "on a call", "a call with", "catch up",
                                                               "get together", "pop round", "come round" }))
    and lib.mentions(move, { " us", " we ", " i ", "with me", "with you", "the three", "all of us", "both of you",
                             "up for meet", "up for a", "open to meet", "open to a", "willing to meet", "keen to meet" })
end
-- "can you and Theo do tuesday or wed next week?", "could you and Theo grab
-- half an hour with me Thursday?": the two of them asked for a day (or a
-- slot) with us is a meeting, in whatever words, not a question about Theo
-- ("is Theo seeing the national lot on Friday?" asks about her week).
local WHEN_WE_MEET = { "monday", "tuesday", "wednesday", "thursday", "friday", " mon ", " tues", " wed ", " wed?",
                       " weds", " thurs", " fri ", " fri?", "next week", "half an hour", "an hour", "twenty minutes",
                       "o'clock", " am ", " pm ", "this week" }
local THE_TWO_OF_THEM = { "you and theo", "theo and you", "you two", "both of you", "the two of you", "you and her",
                          "the three of us", "all three", "all of us", "you, theo", "you, me and theo",
                          "me and theo", "theo and me", "with me", "with us" }
local function asks_for_a_day(move)
  return lib.mentions(move, WHEN_WE_MEET) and lib.mentions(move, THE_TWO_OF_THEM) and with_theo(move)
end
local function who_to(s, move)
  -- ("Would Theo be up for meeting?" names Theo to ask for a meeting)
  if move ~= nil and move.labels.closed_question and not move.labels.feature
     and (asks_to_meet(move) or asks_for_a_day(move)) then
    return ask_result(s, move)
  end
  -- ("Theo's big plans?" names Theo and asks no who: her plans)
  if move ~= nil and s.got_change and lib.mentions(move, PLANS)
     and not lib.mentions(move, { "who", "decid", "call", "choos", "in charge" }) then return "plans" end
  if move ~= nil and s.got_change and lib.mentions(move, PLANS) then s.plans_asked = true end
  return s.got_change and "theo" or "theo_news"
end
local function when_to(s) return s.got_change and "deadline" or "whats_new" end
-- "Who's Theo, and what are her big plans?" before Peg has said who Theo is:
-- she says who (and whose call the packaging is), with the plans in it.
local function plans_to(s, move)
  if not (s.got_theo or theo_introduced(s)) and lib.mentions(move, { "who's theo", "who is theo", "who theo" }) then
    s.plans_asked = true
    return who_to(s)
  end
  return "plans"
end

-- A feature that names what she has just said her jars lack, once she has
-- said it: news to her, not a pitch.
local NEEDS = { "tray", "barcode", "bar code", "bar-code", "shelf-ready", "shelf ready" }
-- ("So it's barcodes and shelf-ready trays they want?" gives her need back,
-- it offers nothing: the line has to say we make them)
local OFFERS = { "we do", "we make", "we can", "we print", "we've got", "we have", "we offer", "we supply", "we also",
                 "we could", "our ", "we actually", "we sell", "we've started", "we now", "did you know we",
                 "know we do", "you know we" }
local function names_her_need(s, move)
  return s.got_impact and not move.labels.benefit and lib.mentions(move, NEEDS)
    and not lib.mentions(move, PUSHY) and (move.labels.feature or lib.mentions(move, OFFERS))
end

-- What we make, said with what it does to her own trouble in her words, once
-- she has told it ("we do trays and case barcodes now... so you'd be off the
-- label gun at midnight and that first delivery lands right"): what it would
-- do for her, whatever the analyser calls the last clause. Her trouble named
-- as hers, not asked about ("are you still on the label gun at midnight?").
local HER_TROUBLE = { "label gun", "midnight", "first delivery", "evenings", "weekends", "kitchen table",
                      "sent back", "send it back", "second chance", "label rolls", "by hand" }
local FOR_HER = { "you'd be", "you would be", "you'd have", "you'd get", "you'll be", "you will be", "you'd never",
                  "you wouldn't", "you won't", "no more", "means you", "so you", "off the", "get your", "lands right",
                  "goes in right", "arrives ready", "arrive ready" }
local function ties_to_her(s, move)
  local l = move.labels
  if not s.got_impact or l.next_step or l.open_question or l.probe then return false end
  if lib.mentions(move, PUSHY) then return false end
  return (l.feature or lib.mentions(move, OFFERS)) and lib.mentions(move, HER_TROUBLE) and lib.mentions(move, FOR_HER)
end

-- Rules many nodes share: an ask before three facts are out (the scenario's
-- min_targets_before_ask), any ask, moving on; and Peg's own ones below.
local R = lib.rules { rushed = rushed_to, asks = ask_result, moves_on = next_stage }
-- Once she has heard we make trays, the trays said again with an ask ("yep we do trays! so could I meet
-- with Theo?") answer her surprise: the ask is what she hears, not a pitch.
local function sells()
  return { id = "sells", to = pitch_to,
           test = function(s, move)
             if move.labels.next_step and (s.visits.does_trays or 0) > 0 then return false end
             -- she has asked for a price on the trays: "we do them" with an
             -- ask to sit down with Theo is the ask (r8)
             if move.labels.next_step and (s.visits.theo or 0) > 0 and with_theo(move) then return false end
             -- ...or she has said what Theo wants from the national lot: "we can do all that. could I meet
             -- with Theo next week?" answers her "she reckons you can't" with an ask (r10)
             if move.labels.next_step and national_told(s) and with_theo(move) then return false end
             if ties_to_her(s, move) then return false end
             return pitches(move)
           end }
end
local function quotes() return { id = "quotes", test = function(s, move) return quote_only(move) end, to = "quote_only" } end
local function helps()
  return { id = "helps", any = { "benefit", "feature", "reflection" }, heard = "what it would do for her", to = "helps",
           test = function(s, move) return move.labels.benefit or ties_to_her(s, move) end }
end
local function who()
  return { id = "who", any = { "open_question", "closed_question", "probe", "reflection" }, words = WHO_WORDS,
           heard = "who decides on the packaging", to = who_to,
           examples = { "who's handling the packaging on your end", "who's Theo" } }
end
-- ...before she has told her news: only a line that asks who ("anything
-- else you need?" shares 'else' and asks nothing about who).
local function early_who()
  local rule = who()
  -- ("who" as a word: "a whole new packaging range" asks nothing about who)
  -- ("What's Theo mapping out?", "what is he planning?" ask what Theo is doing - the stores, her
  -- news - not who he is or who decides, r19 loyal skilled 3)
  rule.test = function(s, move)
    local text = " " .. string.lower(move.text or "") .. " "
    local doing = not lib.mentions(move, { " who ", " who'", " who?", " who,", " whos ", " who’", "decid", "in charge" })
      and (text:find("what'?s theo %a+ing") or text:find("what is theo %a+ing") or text:find("what’s theo %a+ing")
           or text:find("what'?s theo up to") or text:find("what is theo up to") or text:find("what has theo %a+ed")
           or text:find("what'?s he %a+ing") or text:find("what is he %a+ing"))
    if doing then return false end
    return lib.mentions(move, { " who ", " who'", " who?", " who,", " whos ", " who’", "theo", "decid", "in charge",
                                "your daughter" })
  end
  return rule
end
-- ("Who decides how the packaging gets done for Harvest Lane, and by when?": of two questions joined
-- by "and" she answers the first, who decides - r21 picker 6. Only a when tacked on with no verb of
-- its own: "who makes that call, and by when do you need it settled?" is heard by its when, r10)
local ASKS_WHO = { " who ", " who'", " who’", " whose ", " whos " }
local WHEN_TAILS = { "and by when", "and when", "and how soon", "and by what date", "and what's the timeline",
                     "and what timeline", "and what's the deadline", "and the deadline", "and the timeline",
                     "and by roughly when", "and roughly when" }
local function who_then_when(move)
  local text = " " .. string.lower(move.text or "") .. " "
  local who
  for _, word in ipairs(ASKS_WHO) do
    local at = text:find(word, 1, true)
    if at and (who == nil or at < who) then who = at end
  end
  if who == nil or lib.mentions(move, { "who knows" }) then return false end
  local tail = text:gsub("[%s%?%.!]+$", "")
  for _, phrase in ipairs(WHEN_TAILS) do
    if tail:sub(-#phrase) == phrase and #tail - #phrase > who then return true end
  end
  return false
end
-- "If you changed how the jars get packed, how would the two of you decide on that" (r23 skilled 6),
-- "how do you two make a call like that?": how they decide (lib.names_how_decided) is who decides,
-- over the topic words the same line touches (the jars of its if-clause are no question about the
-- day to day). A when joined on with a verb of its own is still heard by its when (names_when).
-- (any_shape: every way lib.names_who knows, at Theo's own node, where "Who'd make the call on changing
-- the packaging - you, Theo, or both of you?" (r23 skilled 7, once she had said it) is said again, not
-- what Theo wants in a supplier)
local function names_who(any_shape)
  return { id = "names_who", any = { "open_question", "probe", "closed_question" }, unless = { "next_step", "feature" },
           words = WHO_WORDS .. " settle choice", heard = "who decides on the packaging", to = who_to,
           test = function(s, move)
             return (any_shape and lib.names_who(move) or lib.names_how_decided(move)) and not asks_to_meet(move)
               and not (lib.names_when(move) and not who_then_when(move))
           end }
end
-- (an example that asks by when, not 'you need': "How many cases do you
-- think you'll need per delivery?" asks how many)
local function when_()
  return { id = "when", any = { "open_question", "closed_question", "probe" }, words = WHEN_WORDS,
           heard = "by when it has to be ready", to = when_to,
           examples = { "when does all this have to be sorted by", "when do the stores start taking it" } }
end
-- "When does she have to decide by?" asks by when, not who decides.
-- ("how are you holding up with that deadline?" asks after her)
local function names_when()
  local rule = lib.asks_when(when_to, WHEN_WORDS .. " decide", "by when it has to be ready")
  local test = rule.test
  rule.test = function(s, move)
    return test(s, move) and not lib.mentions(move, HOW_SHE_IS) and not who_then_when(move)
  end
  return rule
end
-- A line whose last question asks by when is that question, whatever came
-- before it or whatever the analyser calls it ("I can do that, but I'd
-- rather the price fit. When does Theo have to make the call on packaging
-- by?" is no ask and no yes to a quote), unless it asks when to meet.
local function when_first()
  return { id = "when_first", heard = "by when it has to be ready", to = when_to,
           test = function(s, move)
             local l = move.labels
             if not (l.closed_question or l.open_question or l.probe) or l.feature then return false end
             local last = last_sentence(move)
             return (move.text or ""):find("?", 1, true) ~= nil and lib.names_when(last)
               and not lib.mentions(last, HOW_SHE_IS) and not who_then_when(move)
               and not lib.mentions(last, GET_TOGETHER) and not lib.mentions(last, MEETING)
               and not lib.mentions(last, { "free", "suit", "work for", "good for", "convenient", "quote",
                                             "price", "send", "email" })
           end }
end
-- What the line offered of what she needs, for her surprise to name ("Oh we do barcoded labels
-- actually" (r16) gets "Barcodes on the cases?", not "You do trays?"): trays, barcodes or both.
local TRAYS = { "tray", "shelf-ready", "shelf ready" }
local BARCODES = { "barcode", "bar code", "bar-code" }
-- How much she'll need, as the question a line ends on (asks_volume; with our trays before it, her_need
-- answers it too: "Oh we can do barcode labels too. How many cases per delivery?", r25 loyal average 5).
local UNITS = { "label", "jar", "carton", "case", "tray", "bottle", "pallet", "order", "stock", "volume", "quantit",
                "units", "box" }
local HOW_MUCH = { "how many", "how much", "need more", "needing more", "want more", "more label", "more jar",
                   "more carton", "more case", "more stock", "volume", "quantit", "double", "bigger order",
                   "extra" }
local OFFER_IT = { "shall i", "should i", "want me to", "would you like me", "like me to", "i'll ", "i will", "let me",
                   "i can ", "i could", "can i ", "could i " }
local function how_much_asked(move)
  local last = last_sentence(move)
  return lib.mentions(last, HOW_MUCH) and lib.mentions(last, UNITS)
    and not lib.mentions(last, OFFER_IT)
    and not lib.mentions(last, { "cost", "price", "pay", "spend", "budget", "afford", "time", "how long",
                                 "many stores", "many shops", "many of the stores" })
end
local function her_need_to(s, move)
  s.send_offered = lib.mentions(move, SENDS)
  local l = move.labels
  s.volume_too = (l.open_question or l.closed_question or l.probe) and how_much_asked(move) or false
  local trays, codes = lib.mentions(move, TRAYS), lib.mentions(move, BARCODES)
  s.offered = (trays and codes) and "both" or (codes and "barcodes") or "trays"
  return "does_trays"
end
local function her_need()
  -- ...once she knows, a line that ends in an ask gets the ask answered ("yep we do trays! so could I
  -- meet with Theo, maybe next tuesday?"), not the trays again
  return { id = "her_need", heard = "that you make what she needs", to = her_need_to,
           test = function(s, move)
             if move.labels.next_step and (s.visits.does_trays or 0) > 0 then return false end
             -- she has asked for a price on the trays: "we do them" with an
             -- ask to sit down with Theo is the ask (r8)
             if move.labels.next_step and (s.visits.theo or 0) > 0 and with_theo(move) then return false end
             return names_her_need(s, move)
           end }
end
-- (with an offer to send the details, she heard the offer too)
local function her_need_sends()
  local rule = her_need()
  local test = rule.test
  rule.id, rule.heard = "her_need_sends", "that you make what she needs, and your offer to send the details"
  rule.test = function(s, move) return test(s, move) and lib.mentions(move, SENDS) end
  return rule
end
-- What a trainee asks about once she is telling her news, wherever they ask.
-- The deadline passing with nothing done is doing nothing too: "if January
-- comes and the packaging still isn't sorted, what happens then?"
local MISSED = { "isn't sorted", "aren't sorted", "not sorted", "isn't ready", "aren't ready", "not ready", "isn't done",
                 "january comes", "miss january", "misses january", "miss the deadline", "misses the deadline",
                 "missed the deadline", "january passes", "isn't locked", "not locked",
                 -- the first delivery coming back is what missing it costs
                 "sent back", "send it back", "sends it back", "send back", "bounced", "bounce", "rejected",
                 "reject", "turned away", "turn it away", "turn them away", "turn away", "delivery away",
                 "won't be right", "isn't right", "not be right", "won't be ready", "not be ready", "in time?", "returned", "comes back", "came back", "come back",
                 "went wrong", "goes wrong", "go wrong", "going wrong", "gone wrong", "delivery back", "order back", "it back", "them back",
                 -- the deadline slipping
                 "slips", "it slip", "slipped", "runs late", "run late", "is late", "running late", "doesn't make it",
                 "don't make it", "miss it", "misses it", "runs over" }
local function asks_missed()
  -- (before she has said what the chain wants, she says that first)
  local rule = lib.asks_inaction(function(s) return s.got_impact and "sent_back" or "kitchen_table" end, MISSED)
  rule.words = rule.words .. " miss missed misses sorted ready locked deadline sent send bounced bounce rejected "
    .. "turn turned away right "
    .. "reject returned wrong back slip slips slipped late"
  rule.heard = "what it would cost if it went wrong"
  return rule
end
-- "What's Harvest Lane asking of you that's different from the market
-- stalls?", "what do they need from you?", "what has to change in how you
-- pack for them?": what the chain wants (barcodes, trays), not who they are.
local CHAIN_ASKS = { "want", "need", "require", "expect", "asking of", "ask of", "asking for", "ask for", "asks for",
                     "asking you", "looking for", "different from", "differently", "demand", "standard", "spec",
                     "has to change", "have to change", "needs to change", "need to change", "got to change" }
local CHAIN_THEM = { "harvest", "the chain", "grocery", "supermarket", "stores", "buyer", " they ", " them", "listing" }
local function asks_chain_wants(move)
  local l = move.labels
  return (l.open_question or l.probe or l.closed_question) and not l.feature
    and lib.mentions(move, CHAIN_THEM) and lib.mentions(move, CHAIN_ASKS)
    and not lib.mentions(move, { "theo", "your daughter", "she want", "she need", "she's looking", "decid", "choos",
                                 "when ", "by when", "how many", "how much" })
end
-- "How big is Harvest Lane?", "who are they?", "how did you land them?": a
-- question about the chain itself (what it wants is what it means for her).
local CHAIN = { "harvest lane", "the chain", "grocery", "harvest", "stores", "listing" }
local ABOUT = { "how big", "who are", "who is harvest", "who's harvest", "what is harvest", "what's harvest",
                "tell me about harvest", "tell me about the chain", "how did you", "how'd you", "how many stores",
                "where are", "land ", "landed", "win ", "won ", "get in with", "got in with" }
local function asks_about_chain(s, move)
  return lib.mentions(move, CHAIN) and lib.mentions(move, ABOUT)
    and not lib.mentions(move, CHAIN_ASKS) and not lib.mentions(move, { "packaging", "decide", "choos" })
end
-- "You mentioned handing it to Theo - tell me about that": what Theo wants
-- the business to be (her plans).
local HANDING = { "handing", "hand it", "hand over", "hand the", "hand theo", "hand her", "handover",
                  "pass it on", "passing it", "pass it to", "take over", "taking over", "runs without" }
-- What handing on a business that runs without her would mean to her ("A business that runs without
-- you at the table. What would that mean for you, Peg?" (r16), after Theo's plans): why it matters to
-- her (her father's recipe, handing Theo something that runs), not her news again nor the plans
-- again. At the plans, "that" is the business running without her; elsewhere the line names it.
local MEANS_TO_HER = { "mean for you", "means for you", "mean to you", "means to you", "meant to you",
                       "mean for you personally", "feel about", "how would that feel", "how would it feel",
                       "how does that feel", "how does it feel", "matter to you", "matters to you" }
local function asks_what_handing_means(move, at_plans)
  local l = move.labels
  if not (l.open_question or l.probe or l.closed_question) or l.next_step or l.feature then return false end
  if not lib.mentions(move, MEANS_TO_HER) then return false end
  if lib.mentions(move, { "day to day", "day-to-day", "workload", "kitchen table till", "jars", "orders", "labels",
                          "harvest", "stores", "first delivery", "sent back", "deadline", "january" }) then
    return false
  end
  return lib.mentions(move, HANDING) or lib.mentions(move, { "without you", "without me", "theo's plans", "her plans",
                                                             "hand on", "handing on", "retire", "step back" })
    or at_plans == true
end
-- A lead-in that echoes the business going on without her ("A business that runs without you at the
-- kitchen table."): the question after it asks about that, whatever of the table the echo names
local function handing_echo(move)
  local q = last_sentence(move)
  return (lib.mentions(move, HANDING) or lib.mentions(move, { "without you", "without me", "hand on", "handing on",
                                                               "retire", "step back" }))
    and q.text ~= (move.text or ""):gsub("[%s%?%.!]+$", "")
end
local function handing_means(at_plans)
  return { id = at_plans and "what_that_means" or "handing_means", heard = "why it matters to her", to = "proud",
           words = "mean means feel matter",
           examples = { "a business that runs without you at the table, what would that mean for you",
                        "how would it feel to hand it on to Theo" },
           test = function(s, move) return asks_what_handing_means(move, at_plans) end }
end
-- What stands in the way of what she wants ("What's standing in the way of handing Theo something that
-- runs?", r24 loyal picker 5, got Theo's plans): the same risk, what her jars lack (hand-labelling, no
-- barcodes, no trays), whoever the goal names
local IN_THE_WAY = { "in the way", "in your way", "in her way", "standing between", "stands between",
                     "stopping you", "stops you", "holding you back", "holds you back", "holding it back",
                     "what's blocking", "what is blocking", "obstacle", "hurdle", "gets in the way",
                     "getting in the way", "keeping you from", "keeps you from", "prevent you", "prevents you",
                     -- what makes it hard is the obstacle too: "...What's making it hard to get right?" asks
                     -- what the chain wants that her jars lack, not about the recipe (r25 loyal picker 5)
                     "making it hard", "makes it hard", "make it hard", "making it difficult", "makes it difficult",
                     "make it difficult", "making it tricky", "makes it tricky", "what's hard", "what is hard",
                     "what's difficult", "what is difficult", "what's tricky", "what is tricky", "hard to get right",
                     "difficult to get right", "tricky to get right", "hard part", "hard bit", "difficult part",
                     "tricky part", "tricky bit", "so hard", "so difficult", "so tricky" }
local function asks_handing()
  return { id = "handing", unless = { "next_step", "feature" }, heard = "handing the business to Theo",
           words = "hand handing handover pass passing over theo runs",
           to = "plans",
           test = function(s, move)
             local l = move.labels
             -- (a reflection on it before who decides or what Theo wants asks that;
             -- a question typed without its question mark has no label at all)
             return (l.open_question or l.probe or l.closed_question or l.reflection or next(l) == nil)
               and lib.mentions(move, HANDING) and not asks_what_handing_means(move)
               -- (what stands in the way of handing it on is the risk: asks_worry)
               and not lib.mentions(move, IN_THE_WAY)
               and not lib.mentions(move, { "decid", "decision", "choos", "who's making", "who is making",
                                            "whose call", "supplier", "looking for", "when " })
           end }
end
-- What she has named in passing (Theo's plans, Eddie, the chain itself,
-- what Theo wants in a supplier): asked about wherever she is.
-- "...what's she got in mind if that's not us?", "who else is she looking at?": who Theo would go
-- to instead - the national outfit - not how Peg is holding up nor what Theo wants (r28 skilled 4).
local INSTEAD = { "if not us", "if it's not us", "if that's not us", "if it isn't us", "if that isn't us",
                  "if it s not us", "if that s not us", "if we're not", "if we aren't", "instead of us",
                  "other than us", "rather than us", "apart from us", "besides us", "looking at instead",
                  "go with instead", "going with instead", "who else is she", "who else she's", "who else is theo",
                  "who else theo", "who is she talking to", "who's she talking to", "who is she comparing",
                  "who's she comparing", "who is she looking at", "who's she looking at", "who would she go with",
                  "who'd she go with", "where else would she", "where else is she", "the alternative",
                  "her alternative", "other options", "other suppliers", "someone else in mind",
                  "anyone else in mind" }
local function asks_instead(move)
  return lib.mentions({ text = (move.text or ""):gsub("\u{2019}", "'") }, INSTEAD)
end
local function asides()
  return {
    { id = "instead", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
      words = "instead alternative else other suppliers supplier national outfit", heard = "who Theo would go to instead",
      test = function(s, move) return asks_instead(move) end, to = "instead",
      examples = { "who else is Theo looking at", "who would she go with if not us" } },
    -- "Would Theo be up for meeting?": a meeting asked as a yes/no question
    -- is an ask, whatever the analyser calls it
    { id = "asks_meeting", when = "closed_question", unless = { "next_step", "feature" },
      words = "meet meeting chat sit visit call together", heard = "a meeting", to = ask_result,
      test = function(s, move) return asks_to_meet(move) or asks_for_a_day(move) end },
    handing_means(),
    asks_handing(),
    -- "why does she think we're just the label people?", once she has said so
    { id = "label_people", any = { "open_question", "probe", "closed_question", "reflection" },
      words = "label people labels think", heard = "why Theo thinks you only do labels", to = "just_labels",
      test = function(s, move)
        return s.got_theo and lib.mentions(move, { "label people", "just labels", "only labels", "only do labels",
                                                    "just the labels", "only the labels", "just do labels" })
      end },
    { id = "theos_plans", any = { "open_question", "probe", "closed_question", "reflection" },
      words = "plans plan planned map", heard = "Theo's big plans", to = plans_to,
      examples = { "what are Theo's big plans", "tell me about Theo's plans", "what has Theo got planned" } },
    { id = "eddie", any = { "open_question", "probe", "closed_question" }, words = "eddie",
      heard = "who Eddie is", to = "eddie", examples = { "who's Eddie", "is Eddie your husband" } },
    { id = "dads_recipe", any = { "open_question", "probe", "closed_question" }, words = "dad father recipe",
      heard = "her dad's recipe", to = "dads_recipe",
      examples = { "tell me about your dad's recipe", "was your father a cook", "what's the recipe" } },
    { id = "harvest_lane", any = { "open_question", "probe", "closed_question" },
      words = "harvest lane chain grocery stores listing", heard = "about Harvest Lane", to = "harvest_lane", test = asks_about_chain },
    { id = "theo_wants", any = { "open_question", "probe", "closed_question" },
      words = "theo picks pick whoever supplier looking", heard = "what Theo wants in a supplier",
      to = "national", examples = { "what matters most to Theo in a supplier",
                                    "what is Theo looking for in whoever she picks" } },
    { id = "national", any = { "open_question", "probe", "closed_question" },
      words = "national outfit outfits firm hoping hope offer offering", heard = "what Theo wants from the national firm",
      -- (what someone is hoping for is the national firm only once it is in play: "You mentioned Theo's
      -- big plans - what's he hoping this leads to?" (r16) before she has named it is the plans)
      test = function(s, move)
        return national_told(s) or lib.mentions(move, { "national", "outfit", "firm", "big lot", "other supplier",
                                                        "quote", "prices from", "the other lot", "competitor" })
      end,
      to = "national", examples = { "what is Theo hoping to get from the national outfit",
                                    "what does the big national firm offer that Theo likes",
                                    "why is Theo talking to the national lot" } },
  }
end
-- "Why is it all done by hand?", "a kitchen table full of label rolls -
-- what's going on there?": what the chain wants that her jars lack (told
-- short once she has said it).
local BY_HAND = { "by hand", "hand label", "hand-label", "handlabel", "manually", "manual", "label roll",
                  "kitchen table", "labelling it all", "labeling it all", "doing it yourself", "do it yourself" }
local function asks_by_hand()
  return { id = "by_hand", unless = { "next_step", "feature" }, heard = "why it's all done by hand",
           words = "hand hands manually manual roll rolls kitchen table labelling labeling yourself",
           to = function(s) return s.got_impact and "by_hand" or "kitchen_table" end,
           test = function(s, move)
             local l = move.labels
             -- ("if you're still doing it by hand come spring, what happens?" asks what doing nothing costs)
             -- ("what's it costing you, hand-labelling every jar?" asks what it costs her: asks_her_cost)
             -- ("...without you at the kitchen table. Why does that matter so much to you?" (r17): the
             -- echo names the table, the question asks why it matters to her: asks_motive)
             local q = last_sentence(move)
             return (l.open_question or l.probe or l.closed_question) and lib.mentions(move, BY_HAND)
               and not lib.names_inaction(move) and not lib.names_cost(move)
               and not (handing_echo(move) and not lib.mentions(q, BY_HAND) and lib.names_motive(q))
               -- ("What would a business that runs without you at the kitchen table mean for you,
               -- personally?" (r22 skilled 7): the table is what she would be free of, the
               -- question asks what that would mean to her: a motive, not why it's by hand)
               and not (lib.mentions(q, { "without you", "without me", "away from the", "off the kitchen",
                                          "off your kitchen", "no more kitchen" }) and lib.names_motive(q))
           end }
end
-- "What worries you most about getting it right?", "what are your biggest
-- challenges with it right now?": the risk (the first delivery, barcodes and
-- trays she can't do), not why it matters to her.
local WORRY = { "worr", "concern", "scared", "scary", "scares", "nervous", "afraid", "fear", "risk", "challenge",
                "hardest part", "hardest thing", "biggest problem", "biggest headache", "keeps you up", "keep you up",
                "what could go wrong", "what might go wrong" }
local function asks_worry_test(move)
  local l = move.labels
  if not (l.open_question or l.probe or l.closed_question) or l.feature or l.next_step then return false end
  if lib.names_inaction(move, MISSED) or lib.mentions(move, HOW_SHE_IS) then return false end
  if lib.mentions(move, IN_THE_WAY) then
    return not lib.mentions(move, { "budget", "afford", "price", "cost" })
  end
  return lib.mentions(move, WORRY)
    and not lib.mentions(move, { "theo", "your daughter", "budget", "afford", "price", "cost" })
end
-- What it means to her (her father's recipe), not to the work: "what's it
-- going to change for you and the kitchen?" asks what it means day to day.
local function asks_motive()
  local rule = lib.asks_motive("proud", nil, "why it matters to her")
  local test = rule.test
  rule.test = function(s, move)
    -- (after an echo of handing it on, the question decides, not the echo: "A business that runs without
    -- you at the kitchen table. Why does that matter so much to you?" (r17) asks why it matters to her)
    return test(s, move) and not lib.mentions(handing_echo(move) and last_sentence(move) or move,
                                              { "kitchen", "the work", "workload", "cope", "jars", "orders" })
      -- ("what worries you most about getting it right?" asks the risk: asks_worry)
      and not asks_worry_test(move)
      -- ("are you worried it gets bounced?" names what missing it costs: sent_back)
      and not lib.names_inaction(move, MISSED)
  end
  return rule
end
-- "What's it costing you, being up hand-labelling every jar?": what the work
-- costs her (the midnights), not why it's done by hand; what a returned
-- delivery would cost is asks_missed.
local function asks_her_cost()
  local rule = lib.asks_cost(function(s) return s.got_impact and "tired" or "kitchen_table" end)
  rule.id, rule.heard = "asks_her_cost", "what it's costing her"
  local test = rule.test
  rule.test = function(s, move)
    return test(s, move) and not lib.names_inaction(move, MISSED)
      and not lib.mentions(move, { "price", "quote", "budget", "afford", "pay ", "charge" })
  end
  return rule
end
local function asks_worry()
  return { id = "asks_worry", any = { "open_question", "probe", "closed_question" }, heard = "what worries her, what stands in her way",
           words = "worry worries worried concern challenge challenges risk scared nervous afraid fear hardest problem "
                .. "way stopping stops blocking obstacle hurdle holding prevent hard difficult tricky",
           test = function(s, move) return asks_worry_test(move) end,
           to = function(s) return s.got_impact and "worry" or "kitchen_table" end }
end
-- "Will you need more labels for that?", "how many jars are you sending
-- them?": how much she'll need, asked (Theo's still doing the sums), not an
-- offer to double the order ("shall I double it?") and not our trays with a
-- question on the end ("we do trays. how many cases per delivery?").
local function asks_volume_test(s, move)
  local l = move.labels
  if not (l.open_question or l.closed_question or l.probe) or l.feature or l.next_step then return false end
  return how_much_asked(move) and not names_her_need(s, move)
end
-- (just after her news, she answers it where an offer to double would have
-- gone, with the fancy stuff Theo is sorting in it: doubled; asked again
-- before she has said what the chain wants, she goes on with that: it isn't
-- just more labels)
local function volume_to(s)
  if s.got_change and not s.got_impact then
    if (s.visits.doubled or 0) == 0 then
      s.volume_asked = true
      return "doubled"
    end
    s.volume_late = true
    return "kitchen_table"
  end
  return "how_many"
end
local function asks_volume()
  -- (unless a feature: our trays with a question on the end are the trays, even read on the question alone)
  return { id = "asks_volume", any = { "open_question", "closed_question", "probe" }, unless = { "feature", "next_step" },
           heard = "how much she'll need",
           words = "many much labels jars cartons cases stock volume volumes quantity quantities",
           test = asks_volume_test, to = volume_to }
end
local function hows_she_been()
  return { id = "hows_she_been", unless = { "next_step", "feature" }, heard = "how she's holding up",
           words = "been holding coping managing doing finding toll wearing keeping",
           test = function(s, move)
             local l = move.labels
             return (l.open_question or l.probe or l.closed_question) and lib.mentions(move, HOW_SHE_IS)
               and not lib.names_inaction(move, MISSED)
           end,
           to = function(s) return s.got_impact and "tired" or "kitchen_table" end }
end
-- "What have you tried so far for the barcodes?", "have you looked at anyone
-- for trays?": what has been done about it is Theo's quotes (who decides).
local TRIED = { "tried", "looked at anyone", "looked into", "looked around", "shopped around", "asked around",
                "anyone else for", "other suppliers", "another supplier", "other quotes", "any quotes",
                "getting quotes", "done so far", "so far for", "sorted so far", "done about" }
local function asks_tried()
  return { id = "asks_tried", unless = { "next_step", "feature" }, heard = "what she has tried so far",
           words = "tried looked looking suppliers supplier quotes quote far done asked",
           test = function(s, move)
             local l = move.labels
             return s.got_impact and (l.open_question or l.probe or l.closed_question) and lib.mentions(move, TRIED)
               and not lib.names_inaction(move, MISSED)
           end,
           to = who_to }
end
-- What the news changes for her: a change asked of her own days or kitchen ("what changes for you in that
-- kitchen?", "what will be different for you day to day?").
local function changes_for_her(move)
  return lib.mentions(move, { "change", "different", "difference" })
    and lib.mentions(move, { "for you", "for your", "your kitchen", "that kitchen", "the kitchen", "day to day",
                             "day-to-day", "your day", "your week", "your nights", "for peg" })
end
local function topics()
  return lib.concat({
    asks_worry(),
    asks_volume(),
    asks_her_cost(),
    { id = "chain_wants", any = { "open_question", "probe", "closed_question" }, heard = "what Harvest Lane wants",
      words = "want need require asking ask expect different change standard",
      test = function(s, move) return asks_chain_wants(move) end,
      to = function(s) return s.got_impact and "chain_wants" or "kitchen_table" end },
    asks_motive(),
    hows_she_been(),
    asks_tried(),
    asks_by_hand(),
    asks_missed(),
    names_who(),
    { id = "day_to_day", any = { "open_question", "probe", "reflection" },
      words = "mean day cope manage handle cases jars ready", heard = "what it means day to day",
      to = "kitchen_table", examples = { "what will the new stores mean for you day to day", "how will you cope with the extra work" } },
    { id = "holding_up", any = { "open_question", "probe", "reflection" },
      words = "midnight night tired holding weekends label gun hours", heard = "how she's holding up",
      to = "tired", examples = { "how are you holding up with the late nights", "how long have you been labelling by hand" } },
    { id = "if_nothing_changes", any = { "open_question", "probe", "reflection" },
      words = "nothing stay same carry keep", heard = "what happens if nothing changes", to = "sent_back",
      -- ("what's been keeping you so busy?" keeps nothing the same)
      test = function(s, move)
        return lib.names_inaction(move) or lib.mentions(move, { "keep doing", "keep labelling", "keep labeling",
                                                                 "carry on", "same way", "by hand" })
      end,
      examples = { "what happens if nothing changes", "what if you keep doing it by hand" } },
    { id = "why_matters", any = { "open_question", "probe", "reflection" },
      words = "matter important proud worth special", heard = "why it matters to her", to = "proud",
      examples = { "why does this one matter so much to you", "what does it mean to you personally" } },
    names_when() }, asides(), {
    who(),
    when_(),
    { id = "budget", any = { "open_question", "closed_question", "probe" }, words = "budget afford",
      heard = "her budget", to = who_to,
      test = function(s, move) return lib.mentions(move, { "budget", "afford" }) end },
    -- (how business is going is her news too: "how's business going these days?", "you said the
    -- kitchen's full, is business good at the moment?")
    -- (once she has told the news, what it changes FOR HER - "When thirty-eight stores go live, what
    -- changes for you in that kitchen?" (r20 skilled 4), "how does that change things in the kitchen for
    -- you?" - asks what it means day to day, not what's new)
    { id = "changes_for_her", any = { "open_question", "probe", "closed_question" },
      words = "change changes different difference", heard = "what it means day to day", to = "kitchen_table",
      test = function(s, move) return s.got_change and changes_for_her(move) end },
    { id = "asks_news", any = { "open_question", "probe", "closed_question" },
      words = "new changed lately since growing news business trade going good busy",
      heard = "what's new with her", to = function(s) return s.got_change and "kitchen_table" or "whats_new" end,
      examples = { "what's been going on with you", "anything new in the business", "how's business going",
                   "is business good at the moment" } },
  })
end
-- Late in the call (Theo's call, the deadline, what we'd do for her), the
-- questions still asked there: what missing it would cost, why it matters.
local function late_topics()
  return { asks_missed(), asks_worry(), asks_volume(), asks_motive(), hows_she_been() }
end
local function opens(to) return { id = "opens", any = { "open_question", "probe" }, to = to } end
-- "Has anything changed on your end?", "Anything new at Okafor's since your
-- last order?": a yes/no question about what is new invites the news too.
local function asks_change()
  return { id = "asks_change", when = "closed_question", words = "new changed change different since happening news",
           heard = "what's new with her", to = "whats_new" }
end

-- "Are you guys expanding?", "are you getting bigger?": a question, open or
-- closed, whether her business is growing asks for her news (not about a
-- bigger order: "bigger cartons", "is the order growing" stay the order's).
local GROWTH = { "expanding", "expand ", "expansion", "growing", "grow ", "getting bigger", "get bigger",
                 "more stores", "more shops", "new stores", "new shops", "taking off", "scaling" }
local ORDER_THINGS = { "order", "label", "carton", "jar", "batch", "tray", "box", "quantit" }
local function asks_growth()
  return { id = "asks_growth", any = { "closed_question", "open_question" }, heard = "whether she's growing",
           to = "whats_new",
           test = function(s, move)
             return lib.mentions(move, GROWTH) and not lib.mentions(move, ORDER_THINGS)
           end }
end

-- "Could I take two minutes to ask how things are going? If you're too
-- slammed, say so and I'll call back": asking for a minute of her time now,
-- to ask questions, with a way out, is no meeting; she says go on.
local A_MINUTE = { "couple of minutes", "two minutes", "few minutes", "a minute", "a moment", "quick question",
                   "few questions", "couple of questions", "a question or two", "ask how", "ask you how",
                   "ask a few", "ask a couple", "call back", "call you back", "ring you back", "ring back",
                   "too busy", "too slammed", "bad time", "good time to" }
local function asks_a_minute()
  return { id = "asks_a_minute", heard = "a couple of questions now", to = "purpose_ok",
           effects = { trust = 3 },
           test = function(s, move)
             local l = move.labels
             if lib.mentions(move, MEETING) or l.feature then return false end
             return lib.sets_agenda(move) or ((l.purpose or l.next_step or l.closed_question)
                                              and lib.mentions(move, A_MINUTE))
           end }
end

-- "Anything else going on with you guys?", "what've you been up to?": a
-- yes/no question whether anything is going on with her asks for her news
-- too ("going" is no topic word, so the phrase is the test), not one about
-- the order ("anything going on with the delivery?") and no leave asked for a
-- few minutes to hear it ("could I take a few minutes to hear what's going on
-- with you?" is asks_a_minute: she says ask away).
local GOING_ON = { "going on", "been up to", "getting up to", "what's up with", "whats up with", "what’s up with",
                   "how's things", "hows things", "how are things", "how's life", "hows life", "how's tricks" }
local ABOUT_ORDER = { "order", "label", "carton", "deliver", "invoice", "account", "address", "payment", "price" }
local function asks_going_on()
  return { id = "asks_going_on", when = "closed_question", unless = { "next_step", "feature" },
           heard = "what's new with her", to = "whats_new",
           test = function(s, move)
             return lib.mentions(move, GOING_ON) and not lib.mentions(move, ABOUT_ORDER)
               and not lib.sets_agenda(move) and not lib.mentions(move, A_MINUTE)
           end }
end

-- Route lists sibling nodes share, around each node's own rules (in order):
-- in most nodes a pitch or an early ask comes first;
local function guarded(...) return lib.concat({ when_first(), sells(), R.rushed() }, { ... }) end
-- in her story, then also a benefit that lands; after the node's own rules,
-- who decides, by when, a quote, an ask, and moving on;
local function her_story(...)
  return lib.concat({ when_first(), her_need_sends(), her_need(), sells(), R.rushed(), helps(), R.asks(), quotes() }, { ... }, topics(),
                    { { id = "goes_on", any = { "open_question", "probe", "reflection" }, to = goes_on },
                      R.moves_on() })
end
-- after a misstep, another pitch, insisting on an ask (leads to insists_to),
-- or a question that gets back to her news;
-- (an ask that has been earned, once her news is out, with Theo in it and
-- a day - "your labels go through today. But could you and Theo grab half
-- an hour with me Thursday or Friday?" - is weighed as an ask: the misstep
-- was the catalogue, not asking to meet)
-- After she has caught a pitch, a question that still sells ("It's just my manager wants us showing
-- the new range... Would shelf-ready trays help you at all?" (r16)): a check whether something of ours
-- would help her, or a word on what we want, asked with no open question about her, keeps her wary
-- ("Trays for what, hon?"), it does not get her news.
local OUR_THINGS = { "tray", "barcode", "bar code", "shelf-ready", "shelf ready", "foil", "range", "portal", "bundle",
                     "catalogue", "extras", "press", "warehous", "new label", "new carton", "our " }
local WOULD_IT_HELP = { "help you", "help at all", "be useful", "of use", "interest you", "interested in", "appeal",
                        "could use", "you use", "would you like", "do you want", "fancy", "worth a look", "take a look",
                        "like to see", "want to see", "see a sample" }
local function still_selling(move)
  local l = move.labels
  if l.open_question or l.probe or l.next_step or l.benefit then return false end
  -- (a pitch with an offer to send something is the pitch, pitch_to: "...it's really great stuff.
  -- Would it help if I sent you a brochure?" asks nothing of hers - docs/labels.md, r25 pitcher 3)
  if l.feature and lib.mentions(move, SENDS) then return false end
  return (l.seller_focus and (l.closed_question or lib.mentions(move, OUR_THINGS)))
    or (l.closed_question and lib.mentions(move, OUR_THINGS) and lib.mentions(move, WOULD_IT_HELP))
end
local function wary()
  return { id = "still_selling", any = { "closed_question", "seller_focus" }, heard = "more selling", to = "wary",
           words = "tray trays barcode barcodes barcoded foil range portal bundle catalogue extras help useful use "
                .. "interest interested like want fancy look sample manager quarter",
           test = function(s, move) return still_selling(move) end }
end
local function after_misstep(insists_to)
  return lib.concat({ her_need_sends(), her_need(), sells(), wary(),
                      { id = "asks_earned", when = "next_step", premature = false, heard = "a request for a next step",
                        to = ask_result,
                        test = function(s, move) return s.got_change and asks_for_a_day(move) end },
                      { id = "insists", when = "next_step", to = insists_to } }, topics(),
                    { { id = "recovers", any = { "open_question", "probe", "reflection" }, to = recover } })
end
-- and once she has named Theo as the one to ask, an invitation books it.
local function invite_theo()
  return lib.concat({ { id = "invites", when = "next_step", to = book,
                        examples = { "could Theo join us", "can the three of us sit down" } },
                      { id = "names_day", any = { "closed_question", "next_step" }, unless = { "feature" },
                        words = "monday tuesday wednesday thursday friday", heard = "a day to meet",
                        to = book },
                      sells(), quotes(), helps() }, topics())
end

-- On her way back to the oven: one more question still gets an answer,
-- but not for ever.
local function leaving(s)
  return (s.visits.closing_warm or 0) + (s.visits.closing_plain or 0) + (s.visits.confirm_order or 0) >= 3
end
local function one_more(fallback)
  local rules = topics()
  for _, rule in ipairs(rules) do
    local to = rule.to
    rule.to = function(s, move)
      if leaving(s) then return fallback end
      return type(to) == "function" and to(s, move) or to
    end
  end
  rules[#rules + 1] = { id = "one_more", any = { "open_question", "probe", "reflection" }, heard = "one more question",
                        to = function(s) return (not leaving(s) and untold(s)) or fallback end }
  return rules
end

-- Her news, wherever she tells it.
local function news_routes()
  return lib.concat({ her_need_sends(), her_need() }, guarded(
    { id = "follows_pinching", any = { "open_question", "probe", "reflection" },
      words = "pinching myself believe matter proud important", to = "proud" },
    { id = "more_labels", when = "closed_question", words = "double more labels order extra", to = "doubled",
      test = function(s, move) return not asks_volume_test(s, move) end },
    helps(), R.asks(), quotes()), topics(),
    { { id = "what_it_means", any = { "open_question", "probe", "reflection" }, heard = "what it means for her",
        to = "kitchen_table" },
      R.moves_on() })
end

scenario {
  id = "loyal_customer",
  title = "The usual, please",
  version = "1.3.4",
  difficulty = 1,
  pitch = "A loyal customer rings to reorder. Take the order, or find the bigger change behind it.",
  persona = { name = "Peg Okafor", role = "Owner", company = "Okafor's Pantry",
              voice = "the friendly regular: warm, chatty, trusts you, in a hurry to reorder; a woman's voice" },
  brief = "You are the account manager at Brightline Packaging (labels, jars, cartons and "
    .. "shelf-ready packaging for small food makers). Peg Okafor makes pepper sauces and "
    .. "chutneys and has bought her labels and shipping cartons from you for six years. She "
    .. "likes you and has never shopped around. She has just rung to 'put the usual "
    .. "through'. Your manager noticed that her orders doubled this quarter.",
  purpose = "Take care of the reorder, but find out what has changed in Peg's business and what "
    .. "it means for her, who now makes the packaging decisions and by when, and, if there is "
    .. "a bigger need, agree a proper review with the right people. She trusts you: don't "
    .. "oversell.",
  start = "opening",
  clarify = { "Sorry, hon, you've lost me. Say that again?", "Come again, hon? The kettle's going.",
              "You what, hon? Plain English, I've jam on the stove." },
  seed = 5,

  state = { trust = 75, interest = 25, found = 0, pushed = 0,
            got_change = false, got_impact = false, got_motive = false,
            got_theo = false, got_deadline = false, day = "", asked_meeting = true, news_late = false,
            plans_asked = false, theo_said = false, send_offered = false, volume_asked = false,
            volume_late = false, volume_too = false, pitch_sends = false, offered = "", own_push = false },

  features = { "shelf-ready trays", "case barcodes", "foil labels", "proofing portal",
               "auto-replenishment", "warehouse program", "variable data printing",
               "custom cartons" },
  outcomes = { "first delivery right", "no label gun", "evenings back", "no midnights",
               "Theo's launch", "Harvest Lane", "straight onto the shelf", "sleep" },
  jargon = { "GS1", "SKU", "MOQ", "omnichannel", "value-add", "synergy", "planogram",
             "retail-ready packaging" },

  targets = {
    { id = "change", kind = "pain",
      text = "Okafor's Pantry has won a listing in Harvest Lane Markets: thirty-eight stores from the spring",
      keys = "harvest lane stores chain listing spring new grocery" },
    { id = "impact", kind = "impact",
      text = "The chain wants barcoded cases and shelf-ready trays; Peg is hand-labelling till midnight and a wrong first delivery gets sent back",
      keys = "barcode trays shelf midnight label gun sent back first delivery" },
    { id = "motive", kind = "motive",
      text = "It is her father's recipe; she wants it right on a real shelf and to hand Theo a business that runs",
      keys = "father recipe shelf hand theo runs proud matter" },
    { id = "theo", kind = "decision_process",
      text = "Her daughter Theo, now operations, chooses the Harvest Lane packaging and is getting quotes from a national firm",
      keys = "theo daughter operations decide choose quotes national" },
    { id = "deadline", kind = "timeline",
      text = "First trucks go out March 1; packaging must be locked by the end of January",
      keys = "march january locked deadline trucks when" },
  },

  rubric = { min_targets_before_ask = 3 },

  reactions = { open_question = { trust = 1 }, probe = { trust = 3 }, reflection = { trust = 3 },
                feature = { trust = -6, interest = -3 }, benefit = { interest = 5 },
                premature_ask = { trust = -8 }, seller_focus = { trust = -5 } },
}

node "opening" {
  say = "Hiya, hon, it's Peg at Okafor's. Quick one, the kitchen's full: same as last time, six "
    .. "thousand of the red labels and four hundred cartons. Can you put that through for me?",
  cues = { { id = "kitchen_full", words = "kitchen full busy" } },
  routes = lib.concat({ asks_a_minute() }, guarded(
    { id = "follows_kitchen", any = { "open_question", "probe", "reflection" },
      words = "kitchen full busy", to = "busy_kitchen" },
    { id = "chats", when = "small_talk", to = "chitchat" },
    { id = "asks_news", any = { "open_question", "probe" }, words = CHANGE_WORDS, to = "whats_new" },
    asks_change(),
    asks_going_on(),
    asks_growth(),
    early_who(),
    { id = "sets_purpose", when = "purpose", to = "purpose_ok", effects = { trust = 3 } },
    opens("busy_kitchen")
  )),
  otherwise = "order_details",
}

node "purpose_ok" {
  say = "Course you can, hon, ask away. Only keep an eye on the clock for me, I've a batch on "
    .. "the stove.",
  routes = guarded(
    { id = "follows_kitchen", any = { "open_question", "probe", "reflection" }, words = "kitchen full busy stove batch", to = "busy_kitchen" },
    { id = "asks_news", any = { "open_question", "probe", "reflection" }, words = CHANGE_WORDS, to = "whats_new" },
    asks_change(),
    asks_going_on(),
    asks_growth(),
    early_who(),
    opens("busy_kitchen")
  ),
  otherwise = "order_details",
}

node "chitchat" {
  say = "Oh, don't get me started, the delivery van was late twice last week. Anyway, listen to "
    .. "me. The usual, hon?",
  effects = { trust = 2 },
  routes = lib.concat({ asks_a_minute() }, guarded(
    { id = "asks_news", any = { "open_question", "probe" }, words = CHANGE_WORDS, to = "whats_new" },
    asks_change(),
    asks_going_on(),
    asks_growth(),
    early_who(),
    opens("busy_kitchen")
  )),
  otherwise = "order_details",
}

node "busy_kitchen" {
  say = "Bedlam. Jars on every counter, and Theo's taped a map of store numbers to the fridge. "
    .. "It's a good problem, I suppose.",
  cues = { { id = "store_map", words = "map store numbers fridge" },
           { id = "good_problem", words = "good problem suppose" } },
  choices = {
    { id = "a", text = "A map of store numbers? Tell me about that.",
      to = "whats_new", labels = { "open_question", "probe" } },
    { id = "b", text = "Sounds busy! So, same quantities as last time?",
      to = "order_details", labels = { "closed_question" } },
    { id = "c", text = "Busy is good. Our auto-replenishment and warehouse program would take the ordering off your plate.",
      to = pitch_to, labels = { "feature" } },
  },
  typed = true,
  routes = guarded(
    { id = "follows_map", any = { "open_question", "probe", "reflection" },
      words = "map store stores numbers fridge good problem", to = "whats_new" },
    { id = "asks_news", any = { "open_question", "probe" }, words = CHANGE_WORDS, to = "whats_new" },
    asks_change(),
    asks_going_on(),
    asks_growth(),
    early_who(),
    opens("whats_new")
  ),
  otherwise = "order_details",
}

node "order_details" {
  say = "Same address, same red, same everything. Well... Theo keeps saying we'll need something "
    .. "different soon, but that's Theo. The usual's fine.",
  cues = { { id = "something_different", words = "theo different soon need" } },
  choices = {
    { id = "a", text = "Something different? What does Theo have in mind?",
      to = "whats_new", labels = { "open_question", "probe" } },
    { id = "b", text = "Great. Delivery on Tuesday as usual?",
      to = "confirm_order", labels = { "closed_question" } },
    { id = "c", text = "While I have you, our premium foil labels are on special this month.",
      to = pitch_to, labels = { "feature" } },
  },
  typed = true,
  routes = lib.concat(guarded(
    { id = "who_is_theo", any = { "open_question", "closed_question", "probe" }, words = "who",
      heard = "who Theo is", to = "theo_news", examples = { "who's Theo", "who is Theo" } },
    { id = "follows_theo", any = { "open_question", "probe", "reflection", "closed_question" },
      words = "theo different soon", heard = "what Theo has in mind", to = "whats_new" }),
    topics(), { opens("whats_new") }),
  otherwise = "confirm_order",
}

node "confirm_order" {
  say = "Tuesday as usual, then. You're a gem, you know that? Is that everything you need from me?",
  again = "Anything else, hon? The oven's calling.",
  closing = true,   -- she is wrapping up: a line with no question or ask in it ends the call
  choices = {
    { id = "a", text = "Nearly. Before you go, what's changed for you since we last talked?",
      to = "whats_new", labels = { "open_question" } },
    { id = "b", text = "That's everything. Thanks, Peg, talk to you next month!",
      to = "order_taken" },
    { id = "c", text = "Actually, could we set up a meeting next week to review your account?",
      to = "what_for", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = lib.concat(guarded(), one_more("order_taken"), { opens("whats_new") }),
  otherwise = "order_taken",
}

node "whats_new" {
  say = "Well, since you ask... we're going into Harvest Lane Markets. Thirty-eight stores, from "
    .. "the spring. I'm still pinching myself, hon.",
  again = "Harvest Lane, hon. Thirty-eight stores. I still can't believe it.",
  reveals = { "change" },
  effects = lib.reveal("change", { interest = 10 }),
  cues = { { id = "pinching", words = "pinching myself still believe" } },
  choices = {
    { id = "a", text = "Peg, that's huge. What does going into thirty-eight stores mean for you day to day?",
      to = "kitchen_table", labels = { "open_question", "probe" } },
    { id = "b", text = "Still pinching yourself. Why does this one matter so much to you?",
      to = "proud", labels = { "reflection", "open_question", "probe" } },
    { id = "c", text = "Congratulations! Shall I double the label order, then?",
      to = "doubled", labels = { "closed_question" } },
    { id = "d", text = "Perfect timing: our shelf-ready trays, case barcodes and proofing portal are exactly what chains want.",
      to = pitch_to, labels = { "feature" } },
  },
  typed = true,
  routes = news_routes(),
  otherwise = "closing_plain",
}

node "theo_news" {
  say = "Theo? My daughter, hon. She runs operations for me now, and she's been full of plans "
    .. "since the news. Oh, I haven't told you! We're going into Harvest Lane Markets. "
    .. "Thirty-eight stores, from the spring.",
  again = "Theo's my daughter, hon, and Harvest Lane is the news. Thirty-eight stores.",
  reveals = { "change" },
  effects = lib.reveal("change", { interest = 10 }),
  routes = news_routes(),
  otherwise = "closing_plain",
}

node "doubled" {
  -- (asked whether she'll need more, not offered it: she says how much)
  say = function(s)
    if s.volume_asked then
      return "More? Double at least, hon, with thirty-eight stores. Theo's still doing the sums on her spreadsheet, "
        .. "and she's sorting out the fancy stuff for the stores anyway."
    end
    return "Ooh, would you? Go on then, double it. Theo's sorting out the fancy stuff for the stores anyway."
  end,
  again = "Doubled, lovely. Theo's doing the fancy stuff.",
  cues = { { id = "fancy_stuff", words = "fancy stuff theo sorting stores" } },
  routes = lib.concat(guarded(
    { id = "follows_fancy", any = { "open_question", "probe", "reflection" },
      words = "fancy stuff stores need", to = "kitchen_table" }
  ), topics(), { opens("kitchen_table") }),
  otherwise = "confirm_order",
}

node "kitchen_table" {
  say = function(s)
    return (s.news_late and "Well, we're going into Harvest Lane Markets, hon, thirty-eight stores from the "
              .. "spring. And that means me"
            or s.volume_late and "Theo's still doing the sums, hon. But it isn't just more labels. It's me"
            or "Honestly? Me")
      .. " at the kitchen table till midnight with a label gun. Harvest Lane "
      .. "wants a barcode on every case and trays that go straight onto the shelf, and my jars "
      .. "have neither. If the first delivery's wrong they send it back. You don't get a second "
      .. "chance with a buyer like that."
  end,
  again = "Me and the label gun till midnight, hon. And one chance with that buyer.",
  reveals = { "impact", "change" },
  -- asked what keeps her busy before she told her news: she tells it first
  effects = function(s)
    s.news_late = not s.got_change
    if s.news_late then s.interest = s.interest + 10 end
    lib.count_target(s, "change")
    lib.reveal("impact", { interest = 8 })(s)
  end,
  cues = { { id = "midnight", words = "midnight label gun kitchen table" },
           { id = "second_chance", words = "second chance send back wrong" } },
  routes = her_story(
    { id = "follows_midnight", any = { "open_question", "probe", "reflection" },
      words = "midnight label gun late night long", to = "tired" },
    { id = "follows_stakes", any = { "open_question", "probe", "reflection" },
      words = "sent send back wrong second chance reject returned delivery", heard = "what a returned delivery would mean",
      to = "sent_back", examples = { "what happens if they send it back", "what if the first delivery goes wrong" } },
    { id = "why_it_matters", any = { "open_question", "probe", "reflection" },
      words = "matter important proud", to = "proud" }
  ),
  otherwise = "closing_plain",
}

node "sent_back" {
  say = "Then that's it, hon. Harvest Lane doesn't ring twice. I'd have paid for the stock, the "
    .. "jars would come back on a pallet, and Theo's big plans go in the bin with them.",
  again = "They send it back and that's the end of it.",
  effects = { trust = 4 },
  cues = { { id = "theos_plans", words = "theo plans bin" } },
  routes = her_story(),
  otherwise = "closing_plain",
}

-- What Theo wants from the national firm: the lot, under one roof.
node "national" {
  say = "Everything under one roof, she says. Trays, barcodes, someone to hold the stock till "
    .. "the trucks come. She's only ever seen your labels, so she reckons you can't. I never "
    .. "thought to ask, hon.",
  again = "One supplier for the lot, hon. That's what Theo's after.",
  effects = { trust = 3 },
  cues = { { id = "one_roof", words = "everything roof trays barcodes stock" } },
  routes = her_story(),
  otherwise = "closing_warm",
}

-- Who Theo would go to instead of us: the national outfit.
node "instead" {
  say = function(s)
    -- (who Theo is, unless told before this visit: effects run first and set theo_said)
    local told = theo_introduced(s) or s.got_theo or (s.visits.plans or 0) > 0 or s.visits.instead > 1
    local who = told and "" or "Theo's my daughter, hon, she runs operations now. "
    -- (national_told counts this visit: the outfit is news unless another node told it)
    if (s.visits.does_trays or 0) + (s.visits.theo_gate or 0) + (s.visits.national or 0) > 0 then
      return who .. "One of the big national outfits. I couldn't tell you the name, it's on her spreadsheet. "
        .. "Trays, barcodes, a warehouse, the lot. I'd rather it was you, if I'm honest."
    end
    return who .. "She's been getting quotes from one of the big national outfits. Trays, barcodes, a warehouse, "
      .. "the lot. She thinks you're just the label people. I'd rather it was you, if I'm honest."
  end,
  again = "Some big national outfit, hon. I'd rather it was you.",
  -- (its first telling may say who Theo is: not again later)
  effects = function(s)
    s.trust = s.trust + 2
    s.theo_said = true
  end,
  routes = her_story(),
  otherwise = "closing_warm",
}

-- Theo's big plans, asked about after Peg mentions them.
node "plans" {
  say = function(s)
    return ((theo_introduced(s) or s.got_theo or s.visits.plans > 1) and ""
            or "Theo's my daughter, hon, she runs operations now. ")
      .. "Oh, she's got it all on a spreadsheet. Harvest Lane first, then the farm shops up the "
      .. "coast, then who knows. She wants a business that runs without me at the kitchen table."
  end,
  again = "Harvest Lane first, then the farm shops, hon. That's Theo.",
  effects = function(s)
    s.trust = s.trust + 3
    -- its first telling says who Theo is when nothing has yet
    if (s.visits.plans or 0) <= 1 and not (theo_introduced(s) or s.got_theo) then s.theo_said = true end
  end,
  cues = { { id = "runs_without_me", words = "runs without kitchen table spreadsheet" } },
  routes = her_story(handing_means(true)),
  otherwise = "closing_plain",
}

node "eddie" {
  say = "Eddie? My husband, hon. Forty years this June. He does the deliveries and the tasting, "
    .. "and he's had enough of label rolls on the settee.",
  again = "Eddie's my husband, hon. He's had enough of the label rolls.",
  effects = { trust = 2 },
  routes = her_story(),
  otherwise = "closing_plain",
}

-- The chain itself, asked about after she has named it.
node "harvest_lane" {
  say = "Harvest Lane Markets, hon, the big grocery chain down the coast. Thirty-eight stores, and "
    .. "we're in every one from the spring. Their buyer tried my pepper sauce at the county show "
    .. "and rang the next Monday. Proper shelves, not a market stall.",
  again = "Thirty-eight stores, hon. Harvest Lane. Proper shelves.",
  reveals = { "change" },
  effects = lib.reveal("change", { interest = 5 }),
  routes = her_story(),
  otherwise = "closing_plain",
}

node "tired" {
  say = function(s)
    return "Three weekends running. Eddie says I'm married to "
      .. (s.got_impact and "that label gun" or "the label gun: every jar labelled by hand at my kitchen table")
      .. ". I'm sixty-one, hon, I'm not built for midnights any more."
  end,
  again = "Like I said, hon, I'm not built for midnights.",
  effects = { trust = 6 },
  cues = { { id = "sixty_one", words = "sixty-one built midnights married" } },
  routes = her_story(
    { id = "why_it_matters", any = { "open_question", "probe", "reflection" },
      words = "matter important worth why mean", to = "proud" }
  ),
  otherwise = "closing_plain",
}

-- Why the labels are done by hand, asked after she has said what the chain
-- wants.
node "by_hand" {
  say = "Because six years of markets and delis never needed more than a label gun, hon. Harvest Lane "
    .. "wants barcodes on the cases and trays for the shelf, and I've nobody set up to do either.",
  again = "A label gun was always enough, hon. It isn't now.",
  effects = { trust = 2 },
  routes = her_story(),
  otherwise = "closing_plain",
}

-- Her father's recipe, asked about after she has mentioned it (or before:
-- the sauce is what she makes).
node "dads_recipe" {
  say = "Dad's pepper sauce, hon. Thirty years of church suppers before I ever took it to a market. "
    .. "Same chillies, same vinegar, and I won't change a drop of it.",
  again = "Dad's sauce, hon. Not a drop changed.",
  effects = { trust = 3 },
  routes = her_story(),
  otherwise = "closing_plain",
}

-- How much she'll need, asked (an aside: the call goes on where it was).
node "how_many" {
  say = function(s)
    if not s.got_change then
      return "Six thousand, same as always, hon. Theo keeps saying we'll need more, but that's Theo."
    end
    return "Theo's still doing the sums on her spreadsheet, hon. Double the usual at least, with thirty-eight "
      .. "stores, and every case barcoded."
  end,
  again = "Theo's still doing the sums, hon. A lot more, anyway.",
  detour = true,
}

-- What worries her, once she has said what the chain wants: the first delivery.
node "worry" {
  say = "Getting that first delivery right, hon. Barcodes on every case, trays for the shelf, and nobody here "
    .. "set up to do either. If it's wrong they send it back, and Harvest Lane doesn't ring twice.",
  again = "That first delivery, hon. One chance.",
  effects = { trust = 2 },
  routes = her_story(),
  otherwise = "closing_plain",
}

-- What the chain wants, asked again once she has said it.
node "chain_wants" {
  say = "Barcodes on every case and trays that go straight onto the shelf, hon. A market stall never wanted "
    .. "more than a sticker and a smile, and my jars have neither.",
  again = "Barcodes and trays, hon. Like I said.",
  effects = { trust = 2 },
  routes = her_story(),
  otherwise = "closing_plain",
}

node "proud" {
  say = "It's my father's recipe. Thirty years of church suppers and market stalls, and now it "
    .. "goes on a real shelf. I want it right. And I want to hand Theo something that runs, not "
    .. "a kitchen table full of label rolls.",
  again = "It's Dad's recipe. I want it right, that's all.",
  reveals = { "motive" },
  effects = lib.reveal("motive", { trust = 5 }),
  cues = { { id = "hand_to_theo", words = "hand theo runs" } },
  routes = her_story(),
  otherwise = "closing_plain",
}

node "theo" {
  say = function(s)
    -- (what she has said already is not announced again: who Theo is, the national firm)
    local who = theo_said(s) and "The Harvest Lane packaging is Theo's call, hon, not mine. "
              or s.plans_asked and ("Theo's my daughter. She's operations now, and full of plans: Harvest Lane "
                                    .. "first, then the farm shops up the coast. The Harvest Lane packaging is her call. ")
              or "Theo's my daughter. She's operations now, and the Harvest Lane packaging is her call. "
    if national_told(s) then
      return who .. "She's made her mind up you only do labels, and she's comparing prices now. "
        .. "Maybe send her a price for the trays?"
    end
    return who .. "She's been getting quotes from one of the big national outfits. I told her we've got "
      .. "you, but she thinks you're just the label people. Maybe send her a price for the trays?"
  end,
  again = "It's Theo's call now, hon. She thinks you're the label people.",
  reveals = { "theo" },
  effects = lib.reveal("theo"),
  asks_for_work = true,
  cues = { { id = "label_people", words = "just label people national quotes" } },
  choices = {
    { id = "a", text = "Happy to price it, and so it's the right price: could you, Theo and I sit down at your kitchen on Tuesday or Thursday and go through what Harvest Lane needs?",
      to = ask_result, labels = { "next_step" } },
    { id = "b", text = "Sure, I'll email her a quote today.",
      to = "quote_only" },
    { id = "c", text = "When does Theo have to decide by?",
      to = "deadline", labels = { "open_question", "probe" } },
    { id = "d", text = "We're much more than labels: trays, case barcodes, warehousing, a proofing portal, variable data printing.",
      to = pitch_to, labels = { "feature" } },
  },
  typed = true,
  routes = lib.concat({
    when_first(),
    sells(),
    R.rushed(),
    quotes(),
    R.asks(),
    { id = "follows_label_people", any = { "open_question", "probe", "reflection" },
      words = "label people just labels think", to = "just_labels" },
    names_when(),
    when_(),
    helps(),
    names_who(true),
  }, late_topics(), asides(), { R.moves_on() }),
  otherwise = "closing_warm",
}

node "does_trays" {
  say = function(s)
    -- (her surprise names what was offered: trays, the barcodes on the cases, or both)
    local surprise = ({ barcodes = "Barcodes on the cases, from you? Well, I never knew you did that.",
                        both = "Trays and barcodes, from you? Well, I never knew that." })[s.offered]
      or "You do trays? Well, I never knew that."
    -- (asked how much she'll need as well: she answers that in a word, as how_many does)
    if s.volume_too then
      surprise = surprise .. (s.got_change and " How many cases? Still being worked out, hon: double the usual "
                                .. "at least with thirty-eight stores."
                                or " How many? Six thousand, same as always, hon.")
    end
    if s.send_offered then
      return surprise .. " Send it to Theo, hon, not me: it's her call now. She thinks "
        .. "you're just the label people, and she's been getting prices from some big national outfit."
    end
    return surprise .. " Theo thinks you're just the label people. She's "
      .. "been getting prices from some big national outfit, and it's her call now, not mine."
  end,
  again = "Trays and barcodes, from you. Theo won't believe it.",
  reveals = { "theo" },
  effects = lib.reveal("theo", { interest = 8 }),
  cues = { { id = "her_call", words = "theo call national prices" } },
  routes = her_story(),
  otherwise = "closing_warm",
}

node "just_labels" {
  say = "Well, she's not wrong, is she? Labels and cartons is all I've ever had off you. Do you "
    .. "lot even do trays?",
  again = "Well, do you do trays or don't you?",
  choices = {
    { id = "a", text = "We do trays and case barcodes. For you that means the cases arrive ready for Harvest Lane, so your evenings are yours again.",
      to = "helps", labels = { "feature", "benefit" } },
    { id = "b", text = "We do everything: trays, case barcodes, foil labels, warehousing, a proofing portal and auto-replenishment.",
      to = pitch_to, labels = { "feature" } },
  },
  typed = true,
  routes = lib.concat({
    when_first(),
    helps(),
    sells(),
    quotes(),
    R.asks(),
    names_when(),
    when_(),
  }, late_topics(), asides(), { R.moves_on() }),
  otherwise = "closing_warm",
}

node "deadline" {
  say = "First trucks go out the first of March. Theo says the packaging has to be locked by the "
    .. "end of January, which is... oh, that's soon, isn't it?",
  again = "End of January, hon. Locked.",
  reveals = { "deadline" },
  effects = lib.reveal("deadline"),
  cues = { { id = "soon", words = "soon january locked" } },
  routes = lib.concat({
    when_first(),
    sells(),
    R.rushed(),
    helps(),
    -- "What has to happen between now and then to get the packaging locked?" (r15): what locking it
    -- involves - what the chain wants that her jars lack, or, once she has said that, whose call it is
    { id = "what_locking_takes", any = { "open_question", "probe" }, unless = { "next_step", "feature" },
      words = "happen happens involved involve take takes done need needs left sorted locked lock ready steps",
      heard = "what locking the packaging involves",
      test = function(s, move)
        return lib.mentions(move, { "has to happen", "have to happen", "needs to happen", "need to happen",
                                    "must happen", "involved", "involve", "what does it take", "what will it take",
                                    "what would it take", "still to do", "left to do", "needs doing", "need doing",
                                    "needs to be done", "has to be done", "have to be done", "steps", "to get it locked",
                                    "to get the packaging", "to lock", "before it's locked", "get it sorted" })
          and not lib.mentions(move, { "who ", "whose", "decid", "if it", "if you miss", "if january", "miss" })
      end,
      to = function(s, move) return s.got_impact and who_to(s, move) or "kitchen_table" end },
    asks_missed(),
    names_when(),
    who(),
    quotes(),
    R.asks(),
    asks_worry(),
    asks_volume(),
    asks_motive(),
    hows_she_been(),
  }, asides(), { R.moves_on() }),
  otherwise = "closing_plain",
}

node "helps" {
  say = "Now that would be a weight off. No label gun, no midnights. You'd want to say that to "
    .. "Theo, though, not to me.",
  again = "No label gun, no midnights. Tell Theo that, not me.",
  effects = { interest = 10, trust = 4 },
  routes = lib.concat(guarded(
    quotes(),
    R.asks(),
    names_when(),
    who(),
    when_()
  ), late_topics(), asides(), { R.moves_on() }),
  otherwise = "closing_warm",
}

node "closing_warm" {
  say = "Oh, listen to me going on, and the oven's pinging. So you'll put the usual through?",
  choices = {
    { id = "a", text = "I'll put it through today. And with Harvest Lane coming, could you, Theo and I sit down at your kitchen on Tuesday or Thursday to go through the trays and barcodes before January?",
      to = ask_result, labels = { "next_step" } },
    { id = "b", text = "Will do. Good luck with the new stores, and let me know if you need anything.",
      to = "order_taken" },
    { id = "c", text = "Will do, and I'll email Theo a quote for the trays.",
      to = "quote_only" },
  },
  typed = true,
  closing = true,   -- she is off to the oven: a line with no question or ask in it ends the call
  routes = lib.concat({ sells(), quotes(), R.asks() }, one_more("order_taken")),
  otherwise = "order_taken",
}

node "closing_plain" {
  say = "Lovely. The oven's pinging, hon, so you'll put that through for me?",
  again = "The oven, hon. You'll put it through?",
  choices = {
    { id = "a", text = "Will do. Talk to you next month, Peg!",
      to = "order_taken" },
    { id = "b", text = "Before you go, could we set up a review meeting next week?",
      to = "what_for", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = lib.concat({ sells(), { id = "ask_unearned", when = "next_step", to = "what_for" } },
                      one_more("order_taken")),
  closing = true,   -- she is off to the oven: a line with no question or ask in it ends the call
  otherwise = "order_taken",
}

node "what_for" {
  say = function(s)
    if s.got_change then
      return (s.asked_meeting and "A meeting already?" or "Already?")
        .. " Let's not run before we can walk, hon. I've only just told you."
    end
    return (s.asked_meeting and "A meeting? Whatever for, hon?" or "Whatever for, hon?")
      .. " I only rang about labels."
  end,
  again = "Another meeting, hon? Whatever for?",
  effects = { trust = -6 },
  choices = {
    { id = "a", text = "Fair, I got ahead of myself. How are things going at the kitchen these days?",
      to = recover, labels = { "open_question" } },
    { id = "b", text = "It's just a quick account review. How about Thursday?",
      to = "cooled", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = after_misstep("cooled"),
  otherwise = "confirm_order",
}

node "upsell_pushback" {
  say = function(s)
    if s.got_change then
      return "Steady on, hon, I've only just told you. I don't need the whole catalogue, I need "
        .. "my labels."
    end
    return "Oh, hon, you know me. I'm not one for the fancy extras. Just the usual, please."
  end,
  again = "Just my labels, hon.",
  effects = function(s) s.pushed = s.pushed + 1; s.trust = s.trust - 10 end,
  choices = {
    { id = "a", text = "Fair enough, forget the catalogue. How are things with you these days?",
      to = recover, labels = { "open_question" } },
    { id = "b", text = "But with premium foil labels and our shelf-ready trays your jars would really stand out, and there's a bundle discount.",
      to = pitch_to, labels = { "feature" } },
    { id = "c", text = "No problem, the usual it is. Delivery on Tuesday?",
      to = "confirm_order", labels = { "closed_question" } },
  },
  typed = true,
  routes = after_misstep("what_for"),
  otherwise = "confirm_order",
}

node "selling_me" {
  -- (after she has said "you're still selling me something" (wary), she does not ask it again; a
  -- quota owned up to gets its own answer)
  say = function(s)
    if s.own_push then
      return "Your manager, is it? So that's what I am now, hon, a target for the quarter. Six years, and "
        .. "you've never once done that to me."
    end
    if (s.visits.wary or 0) > 0 then
      return "So you are selling me something. Six years, and you've never once done that to me."
    end
    return "Hang on. Are you selling me something? Six years, and you've never once done that to me."
  end,
  effects = function(s) s.pushed = s.pushed + 1; s.trust = s.trust - 15 end,
  cues = { { id = "six_years", words = "six years never once selling" } },
  choices = {
    { id = "a", text = "You're right, and I'm sorry. Forget the extras. What's going on with you at the moment?",
      to = recover, labels = { "open_question" } },
    { id = "b", text = "It's a limited-time offer: foil labels, trays, case barcodes and our proofing portal in one bundle.",
      to = "cooled", labels = { "feature" } },
  },
  typed = true,
  routes = after_misstep("cooled"),
  otherwise = "confirm_order",
}

-- Still being sold to, after she asked: wary, not her news.
node "wary" {
  say = function(s)
    local what = s.got_change and "Steady on, hon." or "For what, hon? I only rang about labels."
    return what .. " You're still selling me something. That's not like you."
  end,
  again = "Still selling, hon? Just the usual, I said.",
  effects = function(s) s.trust = s.trust - 5 end,
  choices = {
    { id = "a", text = "You're right, no more selling. How are things with you at the moment?",
      to = recover, labels = { "open_question" } },
    { id = "b", text = "Just have a look at the trays, Peg, they're top quality and on offer this month.",
      to = "cooled", labels = { "feature" } },
  },
  typed = true,
  routes = after_misstep("cooled"),
  otherwise = "confirm_order",
}

node "whats_in_it" {
  say = "Meet about what, though, hon? I'm not sure what you'd do for us that the big lot can't. "
    .. "You've always been the label people.",
  cues = { { id = "what_for_us", words = "what do for us big lot can't" } },
  choices = {
    { id = "a", text = "Fair question. Cases that arrive barcoded and ready for the shelf, so the first Harvest Lane delivery goes in right and you get your evenings back.",
      to = "helps", labels = { "benefit" } },
    { id = "b", text = "We have trays, case barcodes, a proofing portal and a warehouse program.",
      to = pitch_to, labels = { "feature" } },
    { id = "c", text = "Fair enough. I'll send over a price and you can compare.",
      to = "quote_only" },
  },
  typed = true,
  closing = true,   -- a second ask with nothing in it for her gets a price in a pile
  routes = lib.concat({ her_need_sends(), her_need(), helps(), sells(), { id = "asks_again", when = "next_step", to = "quote_only" } },
                      topics()),
  otherwise = "quote_only",
}

node "theo_gate" {
  say = "Oh, that's Theo's department now, hon. My daughter. She's choosing who does the Harvest "
    .. "Lane packaging, and she's been talking to some big national outfit.",
  reveals = { "theo" },
  effects = lib.reveal("theo"),
  choices = {
    { id = "a", text = "Then could Theo join us? Tuesday or Thursday, at your kitchen?",
      to = book, labels = { "next_step", "closed_question" } },
    { id = "b", text = "Okay. I'll send her some information.",
      to = "quote_only" },
  },
  typed = true,
  routes = invite_theo(),
  otherwise = "closing_warm",
}

node "bring_theo" {
  again = "Theo, hon. Not without Theo.",
  say = "Not without Theo, hon. It's her call now, and she'd have my head if I booked her "
    .. "suppliers for her.",
  choices = {
    { id = "a", text = "Of course. Could the three of us sit down at your kitchen, Tuesday or Thursday?",
      to = book, labels = { "next_step", "closed_question" } },
    { id = "b", text = "No problem, I'll leave it with you.",
      to = "order_taken" },
  },
  typed = true,
  routes = invite_theo(),
  otherwise = "closing_warm",
}

node "booked" {
  say = function(s)
    local when = s.day ~= "" and (s.day .. " it is, then, ten o'clock at the kitchen.")
                 or "Come Thursday, then, ten o'clock at the kitchen."
    local theo = s.got_theo and " I'll put the kettle on, and Theo will be there." or " I'll put the kettle on."
    -- the thanks is for a call that asked (most of her story came out), not
    -- one that pushed the catalogue or asked little and then for a meeting
    local thanks = (s.pushed == 0 and s.found >= 4) and " And hon... thanks for asking. Nobody asks."
                   or ((s.found < 4 and s.got_theo) and " Mind, she'll have her questions ready." or "")
    return when .. theo .. thanks
  end,
  ending = { outcome = "review_booked", success = true },
}

node "order_taken" {
  say = function(s)
    if s.got_change then
      return "You're a star. Same time next month! Theo's seeing that national lot about the "
        .. "store packaging on Friday, but that's her department."
    end
    return "You're a star. Same time next month!"
  end,
  ending = { outcome = "order_taken", success = false },
}

node "quote_only" {
  -- (before she has named Theo, the price is for her)
  say = function(s)
    if theo_said(s) or s.got_theo then return "Lovely, I'll tell her to look out for it. She's got a pile of them, mind." end
    return "Lovely, pop it in an email, hon, and I'll have a look when the kitchen's quiet. Same time next month!"
  end,
  ending = { outcome = "quote_only", success = false },
}

node "cooled" {
  say = function(s)
    return (s.pitch_sends and "Keep the brochure, hon. " or "")
      .. "You know what, just put the usual through. I'll email my orders in from now on. It's easier."
  end,
  ending = { outcome = "cooled_off", success = false },
}
