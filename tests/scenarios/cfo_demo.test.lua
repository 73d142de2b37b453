-- Scenario tests for scenarios/cfo_demo.lua (Helen, the CFO who wants a demo).
local SCN = "../../scenarios/cfo_demo.lua"

-- A copy of list with the given lines after it.
local function with(list, ...)
  local out = table.move(list, 1, #list, 1, {})
  return table.move({ ... }, 1, select("#", ...), #out + 1, out)
end

local STRONG = {
  { "Possibly. So the demo shows you what matters, can I ask a few questions first? What would it need to prove?",
    labels = { "open_question" } },
  "Eleven days, and everyone blames AP. What's behind that?",
  "Duplicate payments on top of all that. What does it cost you today?",
  { "Why does fixing the close matter so much right now?", labels = { "open_question" } },
  "You told the board. What does that mean for you personally?",
  "Who else is involved in a decision like this?",
  "What would the demo have to show for you, Mark and Raj to say yes, and by when?",
  "Understood. So what you'd get from the demo is an answer for your lenders, not a software tour.",
}

local STRONG_CHOICES = {
  { choose = "a" },
  { choose = "a" },
  { choose = "a" },
  "Why does fixing the close matter so much right now?",
  "Who signs off on a decision like this?",
  { choose = "a" },
  "Clear.",
}

scenario_test {
  name = "cfo: earns the right, trades the demo for Mark, Raj and a June decision (typed)",
  scenario = SCN,
  say = with(STRONG,
    { "Yes, I'll build it on your own invoices. In return, if it shows three-way match across the branches and a number for the discounts, will you bring Mark and Raj to the demo and decide by the end of June? Can we put that in the calendar for next week?",
      labels = { "next_step" } }),
  expect = {
    ending = "meeting_booked",
    targets = { "close_pain", "cost", "refinance", "decision", "criteria" },
    cues_picked = { "blames_ap", "told_board" },
    nodes = { "what_prove", "close_pain", "cost", "refinance", "board_stakes", "decision", "criteria", "quid" },
    scores = { discovery = { 60, 100 }, next_step = { 50, 100 } },
  },
}

scenario_test {
  name = "cfo: quid pro quo (choices)",
  scenario = SCN,
  say = with(STRONG_CHOICES, { choose = "a" }),
  expect = { ending = "meeting_booked", targets = { "close_pain", "cost", "refinance", "decision", "criteria" } },
}

scenario_test {
  name = "cfo: asks to present to Helen alone, is told to bring the others (choices)",
  scenario = SCN,
  say = with(STRONG_CHOICES, { choose = "c" }, { choose = "a" }),
  expect = { ending = "meeting_booked", nodes = { "who_in_room" } },
}

scenario_test {
  name = "cfo: stalls at the trade and closes with one line (typed)",
  scenario = SCN,
  say = with(STRONG, "What format would you like the demo in?",
    { "Then one line: I'll build the demo if Mark and Raj attend and you decide by June. Deal?",
      labels = { "next_step" } }),
  expect = { ending = "meeting_booked", nodes = { "time_up" } },
}

scenario_test {
  name = "cfo: demo for the influencer only is free work (typed)",
  scenario = SCN,
  say = with(STRONG, "Yes. Can I present it to you on Friday?", "Just you is fine for now."),
  expect = { ending = "demo_no_commitment", nodes = { "who_in_room" } },
}

scenario_test {
  name = "cfo: good discovery, then builds the demo without asking anything back (typed)",
  scenario = SCN,
  say = with(STRONG, "Of course, consider it done."),
  expect = { ending = "demo_no_commitment", nodes = { "quid" } },
}

scenario_test {
  name = "cfo: good discovery, free demo (choices)",
  scenario = SCN,
  say = with(STRONG_CHOICES, { choose = "b" }),
  expect = { ending = "demo_no_commitment" },
}

scenario_test {
  name = "cfo: says yes on the spot (choices)",
  scenario = SCN,
  say = { { choose = "b" }, { choose = "b" } },
  expect = { ending = "demo_no_commitment", nodes = { "free_yes" } },
}

scenario_test {
  name = "cfo: feature pitcher (typed)",
  scenario = SCN,
  say = {
    { "Sure. Our platform has OCR capture, three-way matching, approval workflows and ERP integration.",
      labels = { "feature" } },
    "It also has fraud detection, a supplier portal and an audit trail.",
  },
  expect = { ending = "brush_off", nodes = { "clipped" } },
}

scenario_test {
  name = "cfo: feature pitcher (choices)",
  scenario = SCN,
  say = { { choose = "c" }, { choose = "b" } },
  expect = { ending = "brush_off", nodes = { "clipped" } },
}

scenario_test {
  name = "cfo: buzzwords (choices)",
  scenario = SCN,
  say = { { choose = "a" }, { choose = "c" }, { choose = "b" } },
  expect = { ending = "brush_off", nodes = { "buzzwords" } },
}

scenario_test {
  name = "cfo: cue ignorer asks for the CEO cold (typed)",
  scenario = SCN,
  say = {
    "Which ERP system do you use?",
    "How many invoices do you process in a month?",
    "Do you have budget approved for this?",
    "Can we book the demo with your CEO next week?",
  },
  expect = { ending = "polite_no", nodes = { "what_prove", "facts", "time_up_cold" } },
}

scenario_test {
  name = "cfo: cue ignorer (choices)",
  scenario = SCN,
  say = { { choose = "a" }, { choose = "b" }, "Do you have budget approved for this?", { choose = "a" } },
  expect = { ending = "polite_no", nodes = { "facts", "time_up_cold" } },
}

scenario_test {
  name = "cfo: asks for the CEO before anything (choices)",
  scenario = SCN,
  say = { { choose = "d" }, { choose = "b" } },
  expect = { ending = "polite_no", nodes = { "not_earned" } },
}

local BEST = "cfo: earns the right, trades the demo for Mark, Raj and a June decision (typed)"
contrast { better = BEST, worse = "cfo: feature pitcher (typed)",
           skills = { "discovery", "benefits", "overall" } }
contrast { better = BEST, worse = "cfo: cue ignorer asks for the CEO cold (typed)",
           skills = { "discovery", "listening", "overall" } }
contrast { better = BEST, worse = "cfo: good discovery, then builds the demo without asking anything back (typed)",
           skills = { "next_step", "overall" } }
