-- Scenario tests for scenarios/coffee_owner.lua (Gus, coffee after LinkedIn).
local SCN = "../../scenarios/coffee_owner.lua"

scenario_test {
  name = "coffee: curious rep follows the stories and books the visit (typed)",
  scenario = SCN,
  say = {
    { "Great to finally meet you, Gus. The purpose of today is just to get to know you and the business, not to sell you anything.",
      labels = { "purpose" } },
    { "You said 'someday my daughter' there. Tell me more about that.", labels = { "open_question" } },
    "Sunday nights at the kitchen table: what does that look like?",
    "So you're two months behind and got hit with a penalty on top. What has being behind cost the business?",
    "You said Lena still argues about it. How do the two of you decide on something like that?",
    "That's really helpful, thank you.",
    { "Put simply, we'd take the Sunday shoebox off your hands, so what that means for you is knowing every month whether you can carry a job like the hospital one.",
      labels = { "benefit" } },
    { "Would it help if I came by the shop to meet Lena, Tuesday morning or Thursday afternoon?",
      labels = { "next_step" } },
  },
  expect = {
    ending = "meeting_booked",
    targets = { "legacy", "sunday_books", "lost_contract", "lena" },
    cues_picked = { "daughter", "sunday" },
    nodes = { "roots", "legacy", "sunday_nights", "hospital_contract", "lena", "door", "interested" },
    scores = { discovery = { 60, 100 }, next_step = { 50, 100 } },
  },
}

scenario_test {
  name = "coffee: curious rep books the visit (choices)",
  scenario = SCN,
  say = {
    "Thanks for coming, Gus. The purpose of today is just to get to know you and your business, not to pitch you.",
    { choose = "a" },
    "Sunday nights at the kitchen table. Tell me about that.",
    { choose = "a" },
    "How do you and Lena decide on something like that?",
    "That makes sense.",
    { choose = "a" },
    { choose = "a" },
  },
  expect = {
    ending = "meeting_booked",
    targets = { "legacy", "sunday_books", "lost_contract", "lena" },
    nodes = { "door", "interested" },
  },
}

scenario_test {
  name = "coffee: one-option ask gets a hedge, a choice saves it (typed)",
  scenario = SCN,
  say = {
    "Good to meet you, Gus. How did you end up running a landscaping company?",
    "What was it like growing up in your dad's truck?",
    "Nina learned to drive in it too? Tell me about her.",
    "What does Sunday night at the kitchen table look like for you?",
    "It sounds like you're always chasing the paperwork and it still cost you at tax time. What has that cost you?",
    "Can I send you a proposal next week?",
    "Would a quick call Monday evening or a coffee at your shop on Friday suit you better?",
  },
  expect = {
    ending = "meeting_booked",
    targets = { "legacy", "sunday_books", "lost_contract" },
    nodes = { "dad_story", "pick_a_slot" },
  },
}

scenario_test {
  name = "coffee: feature pitcher gets the brush-off (typed)",
  scenario = SCN,
  say = {
    { "Thanks for coming, Gus. At Tallyhouse we offer bookkeeping, payroll, cash-flow forecasts and a dedicated bookkeeper.",
      labels = { "feature" } },
    "It'll only take a minute: we also do monthly reports, receipt scanning and cloud accounting.",
  },
  expect = { ending = "brush_off", nodes = { "pitch_early" } },
}

scenario_test {
  name = "coffee: feature pitcher gets the brush-off (choices)",
  scenario = SCN,
  say = {
    "Good to meet you. How did you get into landscaping?",
    { choose = "d" },
    { choose = "b" },
  },
  expect = { ending = "brush_off", nodes = { "roots", "pitch_early" } },
}

scenario_test {
  name = "coffee: late brochure after good discovery still ends in a brush-off (choices)",
  scenario = SCN,
  say = {
    "Thanks for coming, Gus. The purpose of today is just to get to know you and your business, not to pitch you.",
    { choose = "a" },
    "Sunday nights at the kitchen table. Tell me about that.",
    { choose = "a" },
    "Right.",
    { choose = "b" },
    { choose = "b" },
  },
  expect = { ending = "brush_off", nodes = { "door", "brochure_mode" } },
}

scenario_test {
  name = "coffee: cue ignorer asks too early and gets a polite no (typed)",
  scenario = SCN,
  say = {
    "Nice to meet you, Gus. What does your company do?",
    "How many crews do you have?",
    "What accounting software are you using?",
    "Do you use QuickBooks?",
    "Can we set up a meeting next Tuesday to go through our services?",
  },
  expect = { ending = "polite_no", nodes = { "crews_count", "busy_season" } },
}

scenario_test {
  name = "coffee: cue ignorer asks too early and gets a polite no (choices)",
  scenario = SCN,
  say = {
    "Nice to meet you, Gus. What does your company do?",
    { choose = "c" },
    "What software do you use for the books?",
    { choose = "c" },
    { choose = "a" },
  },
  expect = { ending = "polite_no", nodes = { "crews_count", "busy_season", "wrap_up_cold" } },
}

scenario_test {
  name = "coffee: pushing past the pushback gets a polite no (typed)",
  scenario = SCN,
  say = {
    "Hi Gus, great to meet you. Could we book a demo of our bookkeeping service next week?",
    "It's only thirty minutes. How about next Tuesday?",
  },
  expect = { ending = "polite_no", nodes = { "too_soon" } },
}

scenario_test {
  name = "coffee: good discovery but never asks, so nothing happens (typed)",
  scenario = SCN,
  say = {
    "Great to finally meet you, Gus. The purpose of today is just to get to know you and the business, not to sell you anything.",
    "You said 'someday my daughter' there. Tell me more about that.",
    "Sunday nights at the kitchen table: what does that look like?",
    "So you're two months behind and got hit with a penalty on top. What has being behind cost the business?",
    "You said Lena still argues about it. How do the two of you decide on something like that?",
    "That's really helpful, thank you.",
    "Put simply, we'd take the Sunday shoebox off your hands, so what that means for you is knowing every month whether you can carry a job like the hospital one.",
    "Glad that resonates.",
    "Thanks, Gus. Let me know if you have any questions.",
  },
  expect = { ending = "no_next_step", nodes = { "interested", "wrap_up" } },
}

scenario_test {
  name = "coffee: good discovery but never asks, so nothing happens (choices)",
  scenario = SCN,
  say = {
    "Thanks for coming, Gus. The purpose of today is just to get to know you and your business, not to pitch you.",
    { choose = "a" },
    "Sunday nights at the kitchen table. Tell me about that.",
    { choose = "a" },
    "How do you and Lena decide on something like that?",
    "That makes sense.",
    { choose = "a" },
    { choose = "c" },
    { choose = "b" },
  },
  expect = { ending = "no_next_step" },
}

contrast { better = "coffee: curious rep follows the stories and books the visit (typed)",
           worse = "coffee: feature pitcher gets the brush-off (typed)",
           skills = { "discovery", "benefits", "overall" } }
contrast { better = "coffee: curious rep follows the stories and books the visit (typed)",
           worse = "coffee: cue ignorer asks too early and gets a polite no (typed)",
           skills = { "discovery", "listening", "overall" } }
contrast { better = "coffee: curious rep follows the stories and books the visit (typed)",
           worse = "coffee: good discovery but never asks, so nothing happens (typed)",
           skills = { "next_step", "overall" } }
