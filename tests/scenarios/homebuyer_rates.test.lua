-- Scenario tests for scenarios/homebuyer_rates.lua (Priya, rates and resale).
local SCN = "../../scenarios/homebuyer_rates.lua"

local STRONG = {
  { "Hi Priya, thanks for getting in touch. The purpose of today is to understand what's worrying you, not to sell you a product, so you'll do most of the talking.",
    labels = { "purpose" } },
  { "What is it about the rates that worries you most?", labels = { "open_question" } },
  "You mentioned the houses on your street as well. What happened there?",
  { "So what I'm hearing is that you're worried about two things: the payment jumping on a tight budget, and owing more than it's worth if you have to sell. Is that right?",
    labels = { "reflection" } },
  "You said it isn't really about the house. What is it about, for you?",
  "Who else will have a say in which mortgage you choose?",
  "That's really useful to know.",
  { "I'd look at a five-year fixed rate you can take with you if you move. What that means for you is the payment stays the same while the baby's small, and if Tom's job moves you won't be stuck.",
    labels = { "benefit" } },
}

local function with(list, ...)
  local out = {}
  for _, v in ipairs(list) do out[#out + 1] = v end
  for _, v in ipairs({ ... }) do out[#out + 1] = v end
  return out
end

scenario_test {
  name = "homebuyer: reflects once, finds the motive and the real decider, books with dad (typed)",
  scenario = SCN,
  say = with(STRONG,
    { "Would it help to sit down with your dad and Tom and go through the numbers together, Thursday evening or Saturday morning?",
      labels = { "next_step" } }),
  expect = {
    ending = "meeting_booked",
    targets = { "rate_pain", "resale", "motive", "decider" },
    cues_picked = { "rates", "not_house" },
    nodes = { "heard_both", "why_home", "dads_money", "in_my_shoes", "relief" },
    scores = { discovery = { 60, 100 }, listening = { 50, 100 } },
  },
}

scenario_test {
  name = "homebuyer: books with dad (choices)",
  scenario = SCN,
  say = {
    "Hi Priya, thanks for getting in touch. The purpose of today is to understand what's worrying you, not to sell you a product.",
    "Tell me where you'd like to start.",
    { choose = "a" },
    { choose = "b" },
    { choose = "a" },
    "What is it about, then, if it isn't the house?",
    { choose = "a" },
    "Thanks, that helps.",
    { choose = "a" },
    { choose = "a" },
  },
  expect = { ending = "meeting_booked", targets = { "rate_pain", "resale", "motive", "decider" } },
}

scenario_test {
  name = "homebuyer: forgets the real decider, then brings dad in at the gate (typed)",
  scenario = SCN,
  say = {
    "Hi Priya, thanks for getting in touch. The purpose of today is to understand what's worrying you, not to sell you a product.",
    "What is it about the rates that worries you most?",
    "You mentioned the houses on your street as well. What happened there?",
    "Four weeks isn't long. How firm is the seller on that deadline?",
    "Why is getting this house so important to you?",
    "Thanks for telling me that.",
    "I'd look at a five-year fixed rate you can take with you, so what that means for you is a payment that never moves while the baby is small.",
    "Can I send you the application form next week?",
    { "Then could your dad join us for half an hour, Thursday evening or Saturday morning?",
      labels = { "next_step" } },
  },
  expect = { ending = "meeting_booked", targets = { "rate_pain", "resale", "deadline", "motive" },
             nodes = { "deadline", "dad_gate" } },
}

scenario_test {
  name = "homebuyer: over-reflection sounds like a technique and loses her (typed)",
  scenario = SCN,
  say = {
    "It sounds like the rates and the houses on your street selling under valuation are keeping you up at night.",
    "So it sounds like it isn't really about the house for you.",
    "So what I'm hearing is that after moving so much as a kid, you want your baby to have one home.",
    "It sounds like you're frustrated that I keep repeating you.",
  },
  expect = { ending = "polite_no", nodes = { "heard_both", "parroted" } },
}

scenario_test {
  name = "homebuyer: over-reflection, chosen (choices)",
  scenario = SCN,
  say = {
    "It sounds like the rates and the houses on your street selling under valuation are keeping you up at night.",
    "So it sounds like it isn't really about the house for you.",
    "So what I'm hearing is that after moving so much as a kid, you want your baby to have one home.",
    { choose = "b" },
  },
  expect = { ending = "polite_no", nodes = { "parroted" } },
}

scenario_test {
  name = "homebuyer: feature pitcher confuses her and loses her to the bank (typed)",
  scenario = SCN,
  say = {
    { "We offer a fixed rate, a tracker mortgage, an offset account and a rate lock.",
      labels = { "feature" } },
    "We also offer a portable mortgage with a low APR and an overpayment allowance.",
  },
  expect = { ending = "brush_off", nodes = { "too_much_info" } },
}

scenario_test {
  name = "homebuyer: feature pitcher (choices)",
  scenario = SCN,
  say = {
    "Tell me where you'd like to start.",
    { choose = "d" },
    { choose = "b" },
  },
  expect = { ending = "brush_off", nodes = { "which_first", "too_much_info" } },
}

scenario_test {
  name = "homebuyer: form filler ignores every cue and asks cold (typed)",
  scenario = SCN,
  say = {
    "What's the purchase price of the house?",
    "Is the property freehold?",
    "Do you have a mortgage in principle?",
    "Can we book an appointment on Friday to start your application?",
    "I understand, but rates won't wait. Can we book the application for Friday?",
  },
  expect = { ending = "polite_no", nodes = { "numbers", "facts_only", "pressure" } },
}

scenario_test {
  name = "homebuyer: form filler (choices)",
  scenario = SCN,
  say = {
    "Tell me where you'd like to start.",
    { choose = "c" },
    "Is the property freehold?",
    "Do you have a mortgage in principle?",
    { choose = "a" },
  },
  expect = { ending = "polite_no", nodes = { "numbers", "winding_cold" } },
}

scenario_test {
  name = "homebuyer: rushing to the application gets a no (typed)",
  scenario = SCN,
  say = {
    "Hi Priya. Shall we book your mortgage application for Friday?",
    "I understand, but rates won't wait. Can we book the application for Friday?",
  },
  expect = { ending = "polite_no", nodes = { "pressure" } },
}

scenario_test {
  name = "homebuyer: good discovery but no next step (typed)",
  scenario = SCN,
  say = with(STRONG, "That's great, I'm glad it helps.", "Let me know if you have any questions."),
  expect = { ending = "no_next_step", nodes = { "relief", "winding_down" } },
}

scenario_test {
  name = "homebuyer: good discovery but no next step (choices)",
  scenario = SCN,
  say = with(STRONG, { choose = "c" }, { choose = "b" }),
  expect = { ending = "no_next_step" },
}

scenario_test {
  name = "homebuyer: leaves dad out and lets her go away to think (choices)",
  scenario = SCN,
  say = with(STRONG, { choose = "b" }, { choose = "b" }),
  expect = { ending = "no_next_step", nodes = { "dad_gate" } },
}

local BEST = "homebuyer: reflects once, finds the motive and the real decider, books with dad (typed)"
contrast { better = BEST, worse = "homebuyer: feature pitcher confuses her and loses her to the bank (typed)",
           skills = { "discovery", "benefits", "overall" } }
contrast { better = BEST, worse = "homebuyer: form filler ignores every cue and asks cold (typed)",
           skills = { "discovery", "listening", "overall" } }
contrast { better = BEST, worse = "homebuyer: good discovery but no next step (typed)",
           skills = { "next_step", "overall" } }
contrast { better = BEST, worse = "homebuyer: over-reflection sounds like a technique and loses her (typed)",
           skills = { "discovery", "overall" } }
