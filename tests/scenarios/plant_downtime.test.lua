-- Scenario tests for scenarios/plant_downtime.lua (Dana, the busy sceptic).
-- Every ending by typed lines and by options, and the contrasts RUBRIC.md
-- asks for: the feature pitcher, the rep who ignores cues and the rep who
-- never asks for a next step all end worse than the rep who does discovery.
local SCN = "../../scenarios/plant_downtime.lua"

local PURPOSE = "Thanks for making time, Dana. The purpose of today is to understand how the plant runs, "
  .. "not to pitch anything. If it's not a fit, I'll get out of your hair. Is that fair?"

scenario_test {
  name = "plant: open questions, the cost of doing nothing, a visit with a choice (options at the end)",
  scenario = SCN,
  say = {
    { PURPOSE, labels = { "purpose" } },
    { "What's been keeping you busiest on the floor lately?", labels = { "open_question" } },
    { "You said Line 3 gives you grey hair. What's been happening there?", labels = { "open_question", "probe" } },
    "What do those stops end up costing you?",
    "It sounds like Harlow's buyer getting twitchy is the real worry. What happens if Line 3 keeps stopping through to the spring?",
    "Who besides you would decide on something like this?",
    "So it has to reach Sam before the March review. That's helpful, thank you.",
    { choose = "visit" },
  },
  expect = {
    ending = "meeting_booked",
    targets = { "pain", "impact", "inaction", "decider" },
    cues_picked = { "line3", "harlow" },
    -- the reflection on Harlow leads into the question about doing nothing:
    -- Dana answers the question (inaction), not the reflection (harlow)
    nodes = { "line3_story", "impact", "inaction", "decider", "close_choice" },
    scores = { discovery = { 80, 100 }, next_step = { 80, 100 }, overall = { 70, 100 } },
  },
}

scenario_test {
  name = "plant: the same call typed to the end books the visit",
  scenario = SCN,
  say = {
    "Hi Dana, thanks for the time. The purpose of the call is to learn how things run at the plant, not to sell. Is that fair?",
    "What's been keeping you busiest on the floor lately?",
    "You said Line 3 gives you grey hair. What's been happening there?",
    "What do those stops end up costing you?",
    "What happens if nothing changes and Line 3 keeps stopping?",
    "Who besides you would decide on something like this?",
    { "Would it make sense for me to walk Line 3 with you and your maintenance lead on Tuesday or Thursday morning?",
      labels = { "next_step" } },
  },
  expect = { ending = "meeting_booked", targets = { "pain", "impact", "decider" } },
}

scenario_test {
  name = "plant: feature pitcher is brushed off (typed)",
  scenario = SCN,
  say = {
    { "Hi Dana, our wireless vibration sensors and predictive alerts run on a cloud platform with a dashboard.",
      labels = { "feature" } },
    "Our machine learning catches failing bearings early, and the dashboard integrates with everything.",
  },
  expect = { ending = "brush_off", scores = { discovery = { 0, 20 }, benefits = { 0, 40 } } },
}

scenario_test {
  name = "plant: asks for a demo first thing and pushes (options)",
  scenario = SCN,
  say = {
    { "Hi Dana, can we book a demo next week?", labels = { "next_step" } },
    { choose = "push" },
  },
  expect = { ending = "brush_off", nodes = { "too_soon" } },
}

scenario_test {
  name = "plant: ignores the cues, interrogates, sends a brochure (options)",
  scenario = SCN,
  say = {
    "Thanks for making time, Dana. The purpose of today is to understand how the plant runs. Is that fair?",
    { "How many people work on each shift?", labels = { "closed_question" } },
    "Okay.",
    { choose = "point" },
    "Okay.",
    "Okay.",
    { choose = "alerts" },
    { choose = "why" },
    "Okay.",
    "Okay.",
    { choose = "brochure" },
  },
  expect = { ending = "polite_no", nodes = { "closed_answer", "interrogation" } },
}

scenario_test {
  name = "plant: ignores the cues and ends with a vague close (typed)",
  scenario = SCN,
  say = {
    "Thanks for making time, Dana. The purpose of today is to understand how the plant runs. Is that fair?",
    "How many people work on each shift?",
    "What's going on with Line 3?",
    "Okay.", "Okay.", "Okay.", "Okay.", "Okay.", "Okay.",
    "Thanks, I'll send over some information. Let me know if you have any questions.",
    "Okay, thanks for your time.",
  },
  expect = { ending = "polite_no" },
}

scenario_test {
  name = "plant: good discovery but never asks for a next step",
  scenario = SCN,
  say = {
    PURPOSE,
    "What's been keeping you busiest on the floor lately?",
    "You said Line 3 gives you grey hair. What's been happening there?",
    "What do those stops end up costing you?",
    "It sounds like Harlow's buyer getting twitchy is the real worry. What happens if Line 3 keeps stopping through to the spring?",
    "Who besides you would decide on something like this?",
    "So it has to reach Sam before the March review. That's helpful, thank you.",
    { choose = "brochure" },
  },
  expect = { ending = "polite_no", targets = { "pain", "impact", "decider" } },
}

scenario_test {
  name = "plant: talks about their own quota, then asks: send something in writing (typed)",
  scenario = SCN,
  say = {
    { "Honestly I'm behind on my quota this month, so I really need a good call.", labels = { "seller_focus" } },
    "What's been keeping you busiest on the floor lately?",
    "You said Line 3 gives you grey hair. What's been happening there?",
    "My manager keeps asking me for plant visits, it's been a rough quarter for me.",
    "What do those stops end up costing you?",
    "Can we set up a demo next week?",
  },
  expect = { ending = "polite_no", nodes = { "send_something" }, targets = { "pain", "impact" } },
}

contrast { better = "plant: open questions, the cost of doing nothing, a visit with a choice (options at the end)",
           worse = "plant: feature pitcher is brushed off (typed)",
           skills = { "discovery", "benefits", "overall" } }

contrast { better = "plant: open questions, the cost of doing nothing, a visit with a choice (options at the end)",
           worse = "plant: ignores the cues, interrogates, sends a brochure (options)",
           skills = { "discovery", "listening", "overall" } }

contrast { better = "plant: open questions, the cost of doing nothing, a visit with a choice (options at the end)",
           worse = "plant: good discovery but never asks for a next step",
           skills = { "next_step", "overall" } }
