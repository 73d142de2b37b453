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
              "yes" }

local function buzzes(move) return lib.mentions(move, BUZZ) end
-- Agrees to build the demo without asking anything back.
local function just_agrees(move)
  local l = move.labels
  if l.next_step or l.open_question or l.probe or l.closed_question then return false end
  return lib.mentions(move, YES)
end
local function names_ceo(move) return lib.mentions(move, { "mark", "ceo", "chief executive" }) end
local function names_raj(move) return lib.mentions(move, { "raj", "ap manager", "your ap team" }) end

local function quid_result(s, move)
  if move.premature then return "not_earned" end
  if s.trust < 30 then return "polite_no" end
  if names_ceo(move) and names_raj(move) then return "booked" end
  return "who_in_room"
end

local function next_stage(s)
  if s.found >= 3 then
    if (s.visits.quid or 0) == 0 then return "quid" end
    return "time_up"
  end
  return "time_up_cold"
end

local function buzzwords() return { id = "buzzwords", test = function(s, move) return buzzes(move) end, to = "buzzwords" } end
-- Rules many nodes share: an early ask, any ask, a pitch, moving on.
local R = lib.rules { rushed = "not_earned", asks = quid_result, pitches = "clipped",
                      moves_on = next_stage }

local function who_decides()
  return { id = "who_decides", any = { "open_question", "closed_question", "probe" },
           words = "decide decision sign approve who else", to = "decision" }
end

-- Route lists sibling nodes share, around each node's own rules (in order):
-- an early ask, buzzwords or a pitch come first;
local function guarded(...) return lib.concat({ R.rushed(), buzzwords(), R.pitches() }, { ... }) end
-- once she is telling you what hurts, any ask and moving on come last.
local function her_story(...)
  return lib.concat({ R.rushed(), buzzwords(), R.pitches() }, { ... }, { R.asks(), R.moves_on() })
end

scenario {
  id = "cfo_demo",
  title = "The CFO who wants a custom demo",
  version = "1.0.0",
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
  seed = 5,

  state = { trust = 30, interest = 45, found = 0,
            got_close_pain = false, got_cost = false, got_refinance = false,
            got_decision = false, got_criteria = false },

  features = { "invoice capture", "OCR", "three-way matching", "approval workflows",
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
      to = "what_prove", labels = { "open_question", "purpose" } },
    { id = "b", text = "Absolutely. I'll get our team on it today.",
      to = "free_yes" },
    { id = "c", text = "Sure. Our platform has OCR capture, three-way matching and approval workflows out of the box.",
      to = "clipped", labels = { "feature" } },
    { id = "d", text = "Great. Can we also get your CEO on a call next week?",
      to = "not_earned", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = guarded(
    { id = "questions_first", any = { "open_question", "probe", "purpose", "reflection" }, to = "what_prove" },
    { id = "agrees", test = function(s, move) return just_agrees(move) end, to = "free_yes" },
    { id = "closed", when = "closed_question", to = "what_prove" }
  ),
  otherwise = "clock",
}

node "clock" {
  say = "Is that a yes or a no?",
  effects = { trust = -3 },
  routes = guarded(
    { id = "questions_first", any = { "open_question", "probe", "purpose", "closed_question" }, to = "what_prove" }
  ),
  otherwise = "free_yes",
}

node "what_prove" {
  say = "Fine. Two minutes. Our month-end close takes eleven days. Everyone blames AP.",
  cues = { { id = "blames_ap", words = "blames ap everyone blame" },
           { id = "eleven_days", words = "eleven days close month" } },
  choices = {
    { id = "a", text = "Eleven days, and everyone blames AP. What's behind that?",
      to = "close_pain", labels = { "open_question", "probe" } },
    { id = "b", text = "Which ERP are you on?",
      to = "facts", labels = { "closed_question" } },
    { id = "c", text = "Clearpay is a best-in-class, AI-powered platform for digital transformation of AP.",
      to = "buzzwords", labels = { "feature" } },
  },
  typed = true,
  routes = guarded(
    { id = "follows_ap", any = { "open_question", "probe", "reflection" },
      words = "ap blame blames close eleven days behind", to = "close_pain" },
    { id = "other_question", any = { "open_question", "closed_question" }, to = "facts" }
  ),
  otherwise = "facts",
}

node "facts" {
  say = "SAP. Forty branches. Six people in AP. Next.",
  effects = { trust = -2 },
  routes = her_story(
    { id = "opens_up", any = { "open_question", "probe", "reflection" },
      words = "ap close blame eleven days six people", to = "close_pain" }
  ),
  otherwise = "time_up_cold",
}

node "close_pain" {
  say = "Four thousand invoices a month. Most on paper. Forty branch managers approving by "
    .. "email, when they remember. Raj runs AP with six people and they're drowning. Last "
    .. "audit flagged eleven duplicate payments.",
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
  routes = her_story(
    { id = "cost", any = { "open_question", "probe", "reflection" },
      words = "cost money impact happen duplicate audit price", to = "cost" },
    { id = "follows_raj", any = { "open_question", "probe", "reflection" }, words = "raj team drowning", to = "raj" }
  ),
  otherwise = "time_up_cold",
}

node "raj" {
  say = "Raj has been here fifteen years. He's seen three systems come and go. If he decides "
    .. "this is the fourth, it dies quietly and nobody ever says why.",
  effects = { trust = 4 },
  cues = { { id = "dies_quietly", words = "dies quietly fourth systems" } },
  routes = her_story(
    { id = "who_decides", any = { "open_question", "probe", "closed_question", "reflection" },
      words = "decide decision sign approve who else quietly", to = "decision" },
    { id = "cost", any = { "open_question", "probe" }, words = "cost money impact happen", to = "cost" }
  ),
  otherwise = "time_up_cold",
}

node "cost" {
  say = "Our suppliers offer two per cent for paying in ten days. We take it on almost "
    .. "none of it. Twelve million of spend. Do the maths. Plus late fees, plus whatever "
    .. "the auditor costs us next year.",
  reveals = { "cost" },
  effects = lib.reveal("cost", { interest = 6 }),
  cues = { { id = "auditor", words = "auditor next year costs" } },
  routes = her_story(
    { id = "why_now", any = { "open_question", "probe", "reflection" },
      words = "why now important matter urgent priority driving", to = "refinance" },
    { id = "follows_auditor", any = { "open_question", "probe", "reflection" },
      words = "auditor audit next year", to = "refinance" },
    who_decides()
  ),
  otherwise = "time_up_cold",
}

node "refinance" {
  say = "We refinance the credit facility in the third quarter. The lenders want a five-day "
    .. "close and clean controls. I told the board I'd deliver both.",
  reveals = { "refinance" },
  effects = lib.reveal("refinance", { trust = 4 }),
  cues = { { id = "told_board", words = "told board deliver promised" } },
  routes = her_story(
    { id = "follows_board", any = { "open_question", "probe", "reflection" },
      words = "board told deliver personally you mean", to = "board_stakes" },
    who_decides()
  ),
  otherwise = "time_up_cold",
}

node "board_stakes" {
  say = "My name's on it. I don't make promises to the board I can't keep. Next question.",
  effects = { trust = 6 },
  routes = her_story(
    { id = "who_decides", any = { "open_question", "closed_question", "probe" },
      words = "decide decision sign approve who else involved", to = "decision" }
  ),
  otherwise = "time_up_cold",
}

node "decision" {
  say = "I sponsor it. Mark, our CEO, signs anything over a hundred thousand. And Raj has "
    .. "to want it, or see above.",
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
  routes = her_story(
    { id = "criteria", any = { "open_question", "probe", "closed_question" },
      words = "show prove demo need when deadline yes", to = "criteria" }
  ),
  otherwise = "time_up_cold",
}

node "criteria" {
  say = "Three-way match on our own invoices. Approvals routed across forty branches. A "
    .. "number for the discounts we'd capture. Decision by the end of June, or it waits "
    .. "for next year.",
  reveals = { "criteria" },
  effects = lib.reveal("criteria", { interest = 6 }),
  routes = her_story(),
  otherwise = "time_up_cold",
}

node "quid" {
  say = function(s)
    if s.trust >= 50 then
      return "Good questions. So. Will you build the demo or not?"
    end
    return "So. Friday. Yes or no?"
  end,
  asks_for_work = true,
  choices = {
    { id = "a", text = "Yes, on your own invoices. In return: if it shows three-way match across the branches and a discount number, will you bring Mark and Raj, and decide by the end of June?",
      to = "booked", labels = { "next_step", "closed_question" } },
    { id = "b", text = "Of course. I'll have it on your desk by Friday.",
      to = "free_demo" },
    { id = "c", text = "Yes. Can I present it to you on Friday?",
      to = "who_in_room", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = {
    buzzwords(),
    R.asks(),
    { id = "agrees", test = function(s, move) return just_agrees(move) end, to = "free_demo" },
    R.pitches(),
    { id = "stalls", any = { "open_question", "probe", "closed_question" }, to = "time_up" },
  },
  otherwise = "free_demo",
}

node "who_in_room" {
  say = "And who do you want in the room? Because if it's just me, you'll be doing it "
    .. "twice.",
  choices = {
    { id = "a", text = "Mark and Raj, with you. If it shows what you listed, are the three of you ready to decide by June?",
      to = "booked", labels = { "next_step", "closed_question" } },
    { id = "b", text = "Just you is fine for now.",
      to = "free_demo" },
  },
  typed = true,
  routes = {
    { id = "names_both", test = function(s, move) return names_ceo(move) and names_raj(move) end,
      to = "booked" },
  },
  otherwise = "free_demo",
}

node "free_yes" {
  say = "Good. Friday. Send it to my assistant.",
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
    { id = "asks_questions", any = { "open_question", "probe" },
      to = function(s) return s.found >= 3 and "quid" or "what_prove" end },
  },
  otherwise = "free_demo",
}

node "clipped" {
  say = "I've read the website. I don't need it read back to me.",
  effects = { trust = -6 },
  choices = {
    { id = "a", text = "Fair. Then tell me what the demo has to prove.",
      to = "what_prove", labels = { "open_question" } },
    { id = "b", text = "It also has a supplier portal, an audit trail and ERP integration.",
      to = "brush_off", labels = { "feature" } },
  },
  typed = true,
  routes = {
    buzzwords(),
    { id = "again", any = { "feature" }, unless = { "benefit" }, to = "brush_off" },
    { id = "asks_anyway", when = "next_step", to = "polite_no" },
    { id = "recovers", any = { "open_question", "probe", "reflection", "closed_question" }, to = "what_prove" },
  },
  otherwise = "brush_off",
}

node "buzzwords" {
  say = "Stop. What does it do, in money?",
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
    { id = "money", any = { "benefit", "open_question", "probe" }, to = "what_prove" },
  },
  otherwise = "brush_off",
}

node "not_earned" {
  say = "You want my CEO's time and you don't know what we do yet.",
  effects = { trust = -6 },
  choices = {
    { id = "a", text = "Fair. Let me earn it. What would the demo need to prove?",
      to = "what_prove", labels = { "open_question" } },
    { id = "b", text = "It's only thirty minutes of his time. Thursday?",
      to = "polite_no", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = {
    { id = "insists", when = "next_step", to = "polite_no" },
    buzzwords(),
    R.pitches(),
    { id = "recovers", any = { "open_question", "probe", "reflection" }, to = "what_prove" },
  },
  otherwise = "polite_no",
}

node "time_up" {
  say = "I have a board call in four minutes.",
  choices = {
    { id = "a", text = "Then one line: I'll build the demo if Mark and Raj attend and you'll decide by June. Deal?",
      to = "booked", labels = { "next_step", "closed_question" } },
    { id = "b", text = "Understood. I'll send the demo over.",
      to = "free_demo" },
  },
  typed = true,
  routes = { R.asks() },
  otherwise = "free_demo",
}

node "time_up_cold" {
  say = "I have a board call in four minutes. Send me something.",
  choices = {
    { id = "a", text = "Can we book the demo with your CEO next week?",
      to = "polite_no", labels = { "next_step", "closed_question" } },
    { id = "b", text = "Sure, I'll put the demo together.",
      to = "free_demo" },
  },
  typed = true,
  routes = { { id = "ask_unearned", when = "next_step", to = "polite_no" } },
  otherwise = "brush_off",
}

node "booked" {
  say = "Deal. End of June. My assistant will find an hour when Mark's in. Bring the "
    .. "discount number, and make Raj's life look easier, not different.",
  ending = { outcome = "meeting_booked", success = true },
}

node "free_demo" {
  say = "Fine. Friday.",
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
