-- Scenario tests for scenarios/burned_owner.lua (Walt, burned by a bad hand-off).
local SCN = "../../scenarios/burned_owner.lua"

-- A copy of list with the given lines after it.
local function with(list, ...)
  local out = table.move(list, 1, #list, 1, {})
  return table.move({ ... }, 1, select("#", ...), #out + 1, out)
end

local STRONG = {
  { "Thanks for seeing me, Walt. The purpose of today is to understand how you run dispatch, and if we're not a fit I'll say so. Is that fair?",
    labels = { "purpose" } },
  "You said the last software guy cost you a summer. What happened?",
  { "It sounds like nobody had read the notes, and six weeks became five months. What did those five months cost the business?",
    labels = { "reflection" } },
  "Manny quit over it? Tell me about Manny.",
  "If you did this again, what would a good rollout have to look like for you?",
  "Tell me about Denise. What's her part in a decision like this?",
  "What's the right time of year for you to make a change?",
  "That makes sense.",
  "Honestly, for twenty-two techs you should expect ten to twelve weeks, and I'd be at the kickoff with one project lead who stays with you until the last tech is trained.",
}

local STRONG_CHOICES = {
  "Thanks for seeing me, Walt. The purpose of today is to understand how you run dispatch, and if we're not a fit I'll say so. Is that fair?",
  "How do you run dispatch today?",
  { choose = "a" },
  { choose = "a" },
  "Manny quit over it? Tell me about Manny.",
  "What would have to be different next time, for you?",
  { choose = "a" },
  "What's the right time of year for you to make a change?",
  "Understood.",
  { choose = "a" },
}

scenario_test {
  name = "burned: listens, sets honest expectations, books Denise (typed)",
  scenario = SCN,
  say = with(STRONG,
    { "Could Denise and I meet on Tuesday or Wednesday next week so she can ask her questions?",
      labels = { "next_step" } }),
  expect = {
    ending = "meeting_booked",
    targets = { "handoff", "cost", "expectations", "denise", "season" },
    cues_picked = { "last_guy", "manny" },
    nodes = { "last_time", "paper", "manny", "what_good", "denise", "season", "real_timeline", "respect" },
    scores = { discovery = { 60, 100 }, next_step = { 50, 100 } },
  },
}

scenario_test {
  name = "burned: books Denise (choices)",
  scenario = SCN,
  say = with(STRONG_CHOICES, { choose = "a" }),
  expect = { ending = "meeting_booked", targets = { "handoff", "cost", "expectations", "denise" } },
}

scenario_test {
  name = "burned: asks Walt alone, is sent to Denise, invites her (typed)",
  scenario = SCN,
  say = with(STRONG, "Great. Can I send you a contract to look over next week?",
    "You're right. Could Denise and I sit down for an hour next week, before anything is signed?"),
  expect = { ending = "meeting_booked", nodes = { "denise_gate" } },
}

scenario_test {
  name = "burned: forgets Denise and gets a 'we'll see' (choices)",
  scenario = SCN,
  say = with(STRONG_CHOICES, { choose = "b" }, { choose = "b" }),
  expect = { ending = "no_next_step", nodes = { "denise_gate" } },
}

scenario_test {
  name = "burned: feature pitcher is shown the door (typed)",
  scenario = SCN,
  say = {
    { "Thanks, Walt. Our platform offers automated dispatch, GPS tracking, a mobile app and a customer portal.",
      labels = { "feature" } },
    "Ours also has route optimisation and integrations, and it's cloud-native SaaS.",
  },
  expect = { ending = "brush_off", nodes = { "same_pitch" } },
}

scenario_test {
  name = "burned: feature pitcher (choices)",
  scenario = SCN,
  say = { "How do you run dispatch today?", { choose = "d" }, { choose = "b" } },
  expect = { ending = "brush_off", nodes = { "current_setup", "same_pitch" } },
}

scenario_test {
  name = "burned: over-promiser repeats the last vendor (choices)",
  scenario = SCN,
  say = {
    "Thanks for seeing me, Walt. The purpose of today is to understand how you run dispatch, and if we're not a fit I'll say so. Is that fair?",
    "How do you run dispatch today?",
    { choose = "a" },
    { choose = "b" },
    { choose = "b" },
  },
  expect = { ending = "brush_off", nodes = { "last_time", "heard_that" } },
}

scenario_test {
  name = "burned: over-promiser (typed)",
  scenario = SCN,
  say = {
    "Walt, I promise you, with us it's seamless. We'll have you live in two weeks.",
    "I promise you, we're different. Our onboarding is plug and play.",
  },
  expect = { ending = "brush_off", nodes = { "heard_that" } },
}

scenario_test {
  name = "burned: cue ignorer asks for a demo cold (typed)",
  scenario = SCN,
  say = {
    "What does your dispatch team look like today?",
    "How many jobs do you dispatch a day?",
    "Do you have a budget for this?",
    "Could we set up a demo next Tuesday?",
  },
  expect = { ending = "polite_no", nodes = { "current_setup", "numbers", "closing_cold" } },
}

scenario_test {
  name = "burned: cue ignorer (choices)",
  scenario = SCN,
  say = {
    "What does your dispatch look like today?",
    { choose = "c" },
    "Do you have a budget for this?",
    { choose = "a" },
  },
  expect = { ending = "polite_no", nodes = { "numbers", "closing_cold" } },
}

scenario_test {
  name = "burned: asks for the meeting first thing (typed)",
  scenario = SCN,
  say = {
    "Hi Walt. Can we book a demo with your team next week?",
    "It's just an hour. How about Thursday?",
  },
  expect = { ending = "polite_no", nodes = { "not_so_fast" } },
}

scenario_test {
  name = "burned: hears everything but never asks (typed)",
  scenario = SCN,
  say = with(STRONG, "Glad to hear it. Let me know if anything comes up.", "Thanks for your time, Walt."),
  expect = { ending = "no_next_step", nodes = { "respect", "closing" } },
}

scenario_test {
  name = "burned: hears everything but never asks (choices)",
  scenario = SCN,
  say = with(STRONG_CHOICES, { choose = "c" }, { choose = "b" }),
  expect = { ending = "no_next_step", nodes = { "closing" } },
}

local BEST = "burned: listens, sets honest expectations, books Denise (typed)"
contrast { better = BEST, worse = "burned: feature pitcher is shown the door (typed)",
           skills = { "discovery", "benefits", "overall" } }
contrast { better = BEST, worse = "burned: cue ignorer asks for a demo cold (typed)",
           skills = { "discovery", "listening", "overall" } }
contrast { better = BEST, worse = "burned: hears everything but never asks (typed)",
           skills = { "next_step", "overall" } }
