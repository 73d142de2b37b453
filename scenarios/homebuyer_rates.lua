-- The anxious first-time buyer.
-- Lesson: reflect a worried prospect's concerns back in your own words, and
-- check you got them right. Used once or twice it opens her up; used on every
-- line it sounds like a technique and she stops trusting you.
-- Voice: Priya is anxious and precise. She talks fast, apologises, quotes
-- numbers to the dollar and asks you questions back.

local lib = include "lib/discovery.lua"

-- Echo meter: every reflection adds 2 (see reactions), every turn takes 1
-- off. Three reflections in a row reach 4: she notices the technique.
local function settle(s)
  if s.echoes > 0 then s.echoes = s.echoes - 1 end
end

-- A node whose entry also lets the echo meter settle by one turn.
local function scene(id)
  return function(t)
    local extra = t.effects
    t.effects = function(s)
      settle(s)
      if type(extra) == "function" then
        extra(s)
      elseif type(extra) == "table" then
        for k, v in pairs(extra) do s[k] = s[k] + v end
      end
    end
    return node(id)(t)
  end
end

local function echo_guard()
  return { id = "echo_guard", when = "reflection", test = function(s) return s.echoes >= 4 end,
           to = "parroted" }
end
local function dumps() return { id = "dumps", any = { "feature" }, unless = { "benefit" }, to = "too_much_info" } end

-- Does the proposed next step include her father (the real decision maker)?
local function includes_dad(move) return lib.mentions(move, { "dad", "father", "parent" }) end

local function ask_result(s, move)
  if move.premature then return "pressure" end
  if s.trust < 35 then return "polite_no" end
  if includes_dad(move) then return "booked" end
  return "dad_gate"
end

-- When a topic runs out: the door opens if enough came out, else she winds down.
local function next_stage(s)
  if s.found >= 3 then
    if s.visits.in_my_shoes and s.visits.in_my_shoes > 0 then return "winding_down" end
    return "in_my_shoes"
  end
  return "winding_cold"
end

-- Rules many nodes share: an early ask, any ask, moving on.
local R = lib.rules { rushed = "pressure", asks = ask_result, moves_on = next_stage }

local WHY_WORDS = "important matter why mean accomplish"
local function why(words) return { id = "why", any = { "open_question", "probe" }, words = words, to = "why_home" } end
local function follows_street()
  return { id = "follows_street", any = { "open_question", "probe", "reflection" },
           words = "street sold valued neighbours", to = "street_worry" }
end
local function who_decides()
  return { id = "who_decides", any = { "open_question", "closed_question", "probe" },
           words = "who else decide decision say involved dad father", to = "dads_money" }
end

-- Route lists sibling nodes share, around each node's own rules (in order):
-- once she is talking, too many echoes, an early ask or a product dump come
-- first;
local function guarded(...) return lib.concat({ echo_guard(), R.rushed(), dumps() }, { ... }) end
-- in the middle of her story, any ask and moving on come last.
local function her_story(...)
  return lib.concat({ echo_guard(), R.rushed(), dumps() }, { ... }, { R.asks(), R.moves_on() })
end

scenario {
  id = "homebuyer_rates",
  title = "Rates, resale and a sleepless buyer",
  version = "1.0.0",
  difficulty = 2,
  pitch = "A first-time buyer who can't sleep over rates and resale. Reflect, but not on every line.",
  persona = { name = "Priya Raman", role = "ICU nurse, first-time buyer",
              company = "buying 14 Alder Close with her partner Tom",
              voice = "the anxious buyer: fast, precise, apologetic; a woman's voice" },
  brief = "You are a mortgage adviser at Harbourline Mortgages. Priya Raman and her partner "
    .. "have had an offer accepted on a three-bedroom house on Alder Close, and she booked "
    .. "a twenty-minute call through the website. The form says only: 'worried about rates'. "
    .. "She has not chosen a lender or a product yet.",
  purpose = "Understand what Priya is really worried about and why, find out who else has a "
    .. "say in the decision, and agree a next meeting that the right people attend.",
  start = "opening",
  seed = 3,

  state = { trust = 35, interest = 40, found = 0, echoes = 0,
            got_rate_pain = false, got_resale = false, got_motive = false,
            got_decider = false, got_deadline = false },

  features = { "fixed rate", "tracker mortgage", "offset account", "rate lock",
               "portable mortgage", "overpayment allowance", "variable rate" },
  outcomes = { "same payment every month", "sleep at night", "stay put",
               "move without a penalty", "room in the budget", "one school" },
  jargon = { "LTV", "APR", "basis points", "amortisation", "ERC", "SVR" },

  targets = {
    { id = "rate_pain", kind = "pain",
      text = "A 1.5 point rise on a variable rate would add about $400 a month to a budget already cut to the groceries",
      keys = "rate rise variable payment month budget groceries" },
    { id = "resale", kind = "impact",
      text = "Two houses on the street sold under valuation; if Tom's school merges they may have to sell at a loss",
      keys = "resale sell street valuation under worth loss move" },
    { id = "motive", kind = "motive",
      text = "Priya moved eleven times as a child; she wants their baby, due in May, to grow up in one home",
      keys = "moved child baby home school stay kid family" },
    { id = "decider", kind = "decision_process",
      text = "Her father is giving $20,000 toward the deposit and will want to see the numbers; Tom defers",
      keys = "dad father deposit decide numbers say" },
    { id = "deadline", kind = "timeline",
      text = "The seller wants the mortgage offer within four weeks or goes to the next buyer",
      keys = "weeks deadline seller offer time when" },
  },

  rubric = { min_targets_before_ask = 3 },

  reactions = { open_question = { trust = 2 }, probe = { trust = 3 },
                reflection = { trust = 3, echoes = 2 },
                feature = { interest = -3, trust = -3 }, benefit = { interest = 4 },
                premature_ask = { trust = -10 }, seller_focus = { trust = -6 } },
}

scene "opening" {
  say = "Hi, yes, hello. Sorry, I've got a list. So we had an offer accepted on a house on "
    .. "Alder Close and I haven't slept properly since. The rates keep moving, every day "
    .. "there's a headline. And two houses on our street sold for less than they were "
    .. "valued at, which, I don't know what that means for us. Sorry. Where do you want me "
    .. "to start?",
  cues = { { id = "rates", words = "rate rates moving headline interest" },
           { id = "street", words = "street houses sold valued less" } },
  routes = {
    R.rushed(),
    dumps(),
    { id = "reflects_both", when = "reflection", words = "rate street valued sold", to = "heard_both" },
    { id = "follows_rates", any = { "open_question", "probe" }, words = "rate rates headline moving interest", to = "rates_detail" },
    { id = "follows_street", any = { "open_question", "probe" }, words = "street sold valued neighbours less", to = "street_worry" },
    { id = "sets_purpose", when = "purpose", to = "calm_start", effects = { trust = 5 } },
    { id = "closed", when = "closed_question", to = "numbers" },
    { id = "open", any = { "open_question", "probe", "reflection" }, to = "which_first" },
  },
  otherwise = "which_first",
}

scene "calm_start" {
  say = "Okay. Good. An agenda. Sorry, I'm a planner, it's an ICU thing. I'll try to "
    .. "answer properly instead of just panicking at you.",
  routes = {
    R.rushed(),
    dumps(),
    { id = "follows_rates", any = { "open_question", "probe", "reflection" }, words = "rate rates headline interest", to = "rates_detail" },
    follows_street(),
    { id = "closed", when = "closed_question", to = "numbers" },
    { id = "open", any = { "open_question", "probe" }, to = "which_first" },
  },
  otherwise = "which_first",
}

scene "which_first" {
  say = "Rates, I suppose. Or the street thing. Both? Tom says I'm catastrophising. He's "
    .. "probably right. He usually isn't, but he might be this time.",
  cues = { { id = "tom", words = "tom catastrophising partner right" } },
  choices = {
    { id = "a", text = "What is it about the rates that keeps you up at night?",
      to = "rates_detail", labels = { "open_question", "probe" } },
    { id = "b", text = "Tell me about the houses on your street.",
      to = "street_worry", labels = { "open_question", "probe" } },
    { id = "c", text = "What's the purchase price and how much deposit do you have?",
      to = "numbers", labels = { "closed_question" } },
    { id = "d", text = "A five-year fixed rate with a rate lock and an overpayment allowance would cover all of that.",
      to = "too_much_info", labels = { "feature" } },
  },
  typed = true,
  routes = guarded(
    { id = "follows_rates", any = { "open_question", "probe", "reflection" }, words = "rate rates interest night", to = "rates_detail" },
    follows_street(),
    { id = "follows_tom", any = { "open_question", "probe", "reflection" }, words = "tom partner catastrophise", to = "street_worry" },
    { id = "closed", when = "closed_question", to = "numbers" }
  ),
  otherwise = "numbers",
}

scene "numbers" {
  say = "Three hundred and forty. We've got twenty-five saved, plus what Dad's putting in. "
    .. "We both work full time. Is that... is that enough? Sorry, you probably need all "
    .. "this on a form.",
  cues = { { id = "dad_money", words = "dad father putting in deposit" },
           { id = "enough", words = "enough worried form" } },
  routes = guarded(
    { id = "follows_dad", any = { "open_question", "probe", "reflection", "closed_question" },
      words = "dad father putting", to = "dads_money" },
    { id = "follows_enough", any = { "open_question", "probe", "reflection" },
      words = "enough worry worried rate", to = "rates_detail" },
    { id = "asks", when = "next_step", to = ask_result },
    { id = "more_facts", when = "closed_question", to = "facts_only" }
  ),
  otherwise = "facts_only",
}

scene "facts_only" {
  say = "Tom's a teacher, I'm a nurse, nights mostly. Neither of us has any debt apart "
    .. "from his car. Anything else you need?",
  routes = her_story(
    { id = "opens", any = { "open_question", "probe" }, words = "worry rate street sold valued sleep",
      to = "rates_detail" }
  ),
  otherwise = "winding_cold",
}

scene "rates_detail" {
  say = "We'd be on a variable rate. I did a spreadsheet, obviously. If it goes up one and "
    .. "a half points that's about four hundred more a month, and we're already budgeting "
    .. "down to the groceries. Tom says don't worry. I worry.",
  reveals = { "rate_pain" },
  effects = lib.reveal("rate_pain", { interest = 5 }),
  cues = { { id = "groceries", words = "groceries budget tight spreadsheet" },
           { id = "tom_says", words = "tom worry worried says" } },
  choices = {
    { id = "a", text = "So it's not the rate itself, it's that a jump would land on a budget that's already tight. Is that right?",
      to = "heard_one", labels = { "reflection", "closed_question" } },
    { id = "b", text = "You mentioned the houses on your street too. What happened there?",
      to = "street_worry", labels = { "open_question", "probe" } },
    { id = "c", text = "Have you thought about a tracker with an offset account?",
      to = "too_much_info", labels = { "feature", "closed_question" } },
  },
  typed = true,
  routes = her_story(
    follows_street(),
    { id = "reflects", when = "reflection", to = "heard_one" },
    why(WHY_WORDS)
  ),
  otherwise = "winding_cold",
}

scene "heard_one" {
  say = "Yes. Exactly. I can do the shifts, I can do the night feeds... sorry, I'm getting "
    .. "ahead of myself. I just can't do not knowing what the payment will be.",
  effects = { trust = 4 },
  cues = { { id = "night_feeds", words = "night feeds baby ahead" } },
  routes = her_story(
    { id = "follows_feeds", any = { "open_question", "probe", "reflection", "closed_question" },
      words = "feeds baby night ahead", to = "why_home" },
    { id = "street", any = { "open_question", "probe" }, words = "street sold valued neighbours", to = "street_worry" }
  ),
  otherwise = "winding_cold",
}

scene "street_worry" {
  say = "Number twelve and number thirty-one both went under the valuation this year. "
    .. "What if we have to sell in three years and we owe more than it's worth? Tom's "
    .. "school might merge with the one in Kelby, and then what? And the seller wants "
    .. "our mortgage offer in four weeks or she goes with the next buyer.",
  reveals = { "resale" },
  effects = lib.reveal("resale", { interest = 5 }),
  cues = { { id = "merge", words = "tom school merge kelby job" },
           { id = "four_weeks", words = "four weeks seller next buyer deadline" } },
  choices = {
    { id = "a", text = "If I've got it right, you're worried about two things: the payment jumping, and being stuck if you have to sell. Is that fair?",
      to = "heard_both", labels = { "reflection", "closed_question" } },
    { id = "b", text = "Four weeks isn't long. How firm is the seller on that?",
      to = "deadline", labels = { "open_question", "probe" } },
    { id = "c", text = "How likely is it that Tom's school merges?",
      to = "deadline", labels = { "open_question", "probe" } },
    { id = "d", text = "Our portable mortgages have a low ERC and a competitive APR.",
      to = "too_much_info", labels = { "feature" } },
  },
  typed = true,
  routes = her_story(
    { id = "reflects", when = "reflection", to = "heard_both" },
    { id = "follows_deadline", any = { "open_question", "probe", "closed_question" },
      words = "weeks seller deadline firm time buyer", to = "deadline" },
    { id = "follows_merge", any = { "open_question", "probe" }, words = "tom school merge kelby", to = "deadline" },
    why(WHY_WORDS)
  ),
  otherwise = "winding_cold",
}

scene "heard_both" {
  say = "Yes. That's it. That's exactly it, and nobody's said it back to me like that. "
    .. "The bank just sent a link to a calculator. It isn't really about the house, "
    .. "if I'm honest.",
  effects = { trust = 8 },
  cues = { { id = "not_house", words = "not really house honest about" } },
  routes = her_story(
    { id = "follows_hint", any = { "open_question", "probe", "reflection" },
      words = "house honest about really mean important", to = "why_home" },
    { id = "why", any = { "open_question", "probe" }, to = "why_home" }
  ),
  otherwise = "winding_cold",
}

scene "why_home" {
  say = "I moved eleven times before I was sixteen. Mum rented, and landlords kept "
    .. "selling. We're having a baby in May. I want her to have one school and one "
    .. "bedroom and one front door. That's the whole thing, really.",
  reveals = { "motive" },
  effects = lib.reveal("motive", { trust = 6 }),
  cues = { { id = "baby", words = "baby may her daughter" } },
  choices = {
    { id = "a", text = "Who else will have a say in which mortgage you choose?",
      to = "dads_money", labels = { "open_question" } },
    { id = "b", text = "So it's about giving her the stability you didn't have. That makes sense.",
      to = "heard_motive", labels = { "reflection" } },
    { id = "c", text = "Congratulations! Shall we book you in to sign the application this week?",
      to = "pressure", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = her_story(
    who_decides(),
    { id = "reflects", when = "reflection", to = "heard_motive" }
  ),
  otherwise = "winding_cold",
}

scene "heard_motive" {
  say = "Yeah. Sorry. I didn't expect to say all that on a mortgage call.",
  effects = { trust = 3 },
  routes = her_story(
    who_decides()
  ),
  otherwise = "winding_cold",
}

scene "deadline" {
  say = "Firm. She's already bought somewhere and she's paying two mortgages. So four weeks "
    .. "from Monday. And the merger is a maybe, next year, nobody knows. Everything's a maybe.",
  reveals = { "deadline" },
  effects = lib.reveal("deadline"),
  cues = { { id = "maybe", words = "maybe nobody knows everything" } },
  routes = her_story(
    who_decides(),
    { id = "reflects", when = "reflection", to = "heard_both" },
    why(WHY_WORDS .. " maybe")
  ),
  otherwise = "winding_cold",
}

scene "dads_money" {
  say = "My dad's giving us twenty thousand toward the deposit. He's lovely, but he was a "
    .. "bank manager for thirty years and he'll want to see every number. Honestly, if he "
    .. "says it's a bad idea, Tom will fold in about a second.",
  reveals = { "decider" },
  effects = lib.reveal("decider", { trust = 3 }),
  routes = her_story(),
  otherwise = "winding_cold",
}

scene "in_my_shoes" {
  say = function(s)
    if s.trust >= 55 then
      return "Okay. Can I ask you something? If you were me, what would you actually do? "
        .. "In normal words, please."
    end
    return "So... what are you going to try to sell me? Sorry. That came out wrong."
  end,
  choices = {
    { id = "a", text = "I'd look at a five-year fixed rate you can take with you if you move. Your payment stays the same through the baby's first years, and if Tom's job moves you're not stuck paying a penalty.",
      to = "relief", labels = { "feature", "benefit" } },
    { id = "b", text = "We have fixed, tracker, offset and portable products, an overpayment allowance, and the LTV bands are competitive.",
      to = "too_much_info", labels = { "feature" } },
    { id = "c", text = "Honestly it's hard to say. Rates could go either way.",
      to = "winding_down" },
  },
  typed = true,
  routes = {
    echo_guard(),
    R.asks(),
    { id = "bridges", when = "benefit", to = "relief" },
    dumps(),
  },
  otherwise = "winding_down",
}

scene "relief" {
  say = "A payment that doesn't move. I could actually sleep. Dad would like that too, he "
    .. "hates variable anything.",
  effects = { trust = 6, interest = 10 },
  cues = { { id = "dad_likes", words = "dad father like variable" } },
  choices = {
    { id = "a", text = "Would it help to go through the numbers with your dad and Tom together? I could do Thursday evening or Saturday morning.",
      to = "booked", labels = { "next_step" } },
    { id = "b", text = "Shall I send the application form over so you can get started?",
      to = "dad_gate", labels = { "next_step", "closed_question" } },
    { id = "c", text = "Great! Well, have a think and let me know.",
      to = "winding_down" },
  },
  typed = true,
  routes = { echo_guard(), R.asks(), dumps() },
  otherwise = "winding_down",
}

scene "dad_gate" {
  say = "I mean... yes, probably. But I can't send anything until Dad's seen it. He'd be "
    .. "hurt, and he'd be right.",
  choices = {
    { id = "a", text = "Then let's put him in the room. Could your dad join us for half an hour, Thursday evening or Saturday morning?",
      to = "booked", labels = { "next_step", "reflection" } },
    { id = "b", text = "Of course. Talk it over with him and get back to me.",
      to = "think_it_over" },
  },
  typed = true,
  routes = {
    { id = "invites_dad", when = "next_step", test = function(s, move) return includes_dad(move) end, to = "booked" },
  },
  otherwise = "think_it_over",
}

scene "parroted" {
  say = "Sorry, why do you keep saying everything I say back to me? Is that a technique? I "
    .. "just want to know if I'm making a mistake.",
  effects = { trust = -12 },
  choices = {
    { id = "a", text = "Fair point, I'll stop. Can I ask a straight question instead: who else is helping you decide on this?",
      to = "dads_money", labels = { "open_question" } },
    { id = "b", text = "It sounds like you're feeling frustrated that I keep repeating you.",
      to = "polite_no", labels = { "reflection" } },
  },
  typed = true,
  routes = {
    { id = "again", when = "reflection", to = "polite_no" },
    { id = "straight", any = { "open_question", "closed_question", "probe" },
      to = function(s) return s.got_decider and "in_my_shoes" or "dads_money" end },
  },
  otherwise = "polite_no",
}

scene "too_much_info" {
  say = "Sorry, you've lost me. Trackers, offsets, I don't know what any of that means and "
    .. "now I'm more confused than when I rang.",
  effects = { trust = -6, interest = -4 },
  cues = { { id = "confused", words = "lost confused mean" } },
  choices = {
    { id = "a", text = "That's on me. Forget the products. What matters most to you in all this?",
      to = "which_first", labels = { "open_question" } },
    { id = "b", text = "Basically the APR and the ERC on the SVR are what you need to compare.",
      to = "brush_off", labels = { "feature" } },
  },
  typed = true,
  routes = {
    { id = "again", any = { "feature" }, unless = { "benefit" }, to = "brush_off" },
    { id = "recovers", any = { "open_question", "probe", "reflection", "purpose" }, to = "which_first" },
    { id = "asks_anyway", when = "next_step", to = "polite_no" },
  },
  otherwise = "brush_off",
}

scene "pressure" {
  say = "Oh. I... no, I'm not ready to sign up for anything. Everyone's rushing me. The "
    .. "estate agent, the seller, now... sorry.",
  effects = { trust = -6 },
  choices = {
    { id = "a", text = "No rush at all, that was me getting ahead. What's worrying you most right now?",
      to = "which_first", labels = { "open_question" } },
    { id = "b", text = "I understand, but rates won't wait. Can we at least book the application for Friday?",
      to = "polite_no", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = {
    { id = "insists", when = "next_step", to = "polite_no" },
    dumps(),
    { id = "backs_off", any = { "open_question", "probe", "reflection", "purpose" }, to = "which_first" },
  },
  otherwise = "polite_no",
}

scene "winding_down" {
  say = "I should go, I'm on nights tonight and I need to sleep at some point. This helped, "
    .. "actually. Thank you.",
  choices = {
    { id = "a", text = "Before you go: shall we sit down with your dad and Tom and run the numbers together, Thursday evening or Saturday morning?",
      to = "booked", labels = { "next_step" } },
    { id = "b", text = "Glad it helped. Let me know if you have any questions.",
      to = "think_it_over" },
  },
  typed = true,
  routes = { R.asks() },
  otherwise = "think_it_over",
}

scene "winding_cold" {
  say = "Okay. Well. I should go, I'm on nights tonight. I'll probably just talk to the "
    .. "bank. Thanks for your time.",
  choices = {
    { id = "a", text = "Could we book a proper appointment, Thursday or Saturday?",
      to = "polite_no", labels = { "next_step" } },
    { id = "b", text = "No problem. Let me know if you have any questions.",
      to = "think_it_over" },
  },
  typed = true,
  routes = { { id = "ask_unearned", when = "next_step", to = "polite_no" } },
  otherwise = "think_it_over",
}

node "booked" {
  say = "Yes. Okay. Yes, let's do that. I'll tell Dad to bring his folder, he has a folder. "
    .. "Thank you. I think I might actually sleep tonight.",
  ending = { outcome = "meeting_booked", success = true },
}

node "think_it_over" {
  say = "Okay. I'll think about it. Thanks. Bye.",
  ending = { outcome = "no_next_step", success = false },
}

node "polite_no" {
  say = "I think I'll just go with the bank, to be honest. They're slower, but they don't "
    .. "make me feel like this. Thanks anyway.",
  ending = { outcome = "polite_no", success = false },
}

node "brush_off" {
  say = "I'm going to look at the bank's calculator again. Sorry. I have to go.",
  ending = { outcome = "brush_off", success = false },
}
