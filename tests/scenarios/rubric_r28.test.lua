-- Rubric tests from play study round 27's score judgments (the r28 scoring
-- fixes). The scores are the point here; the scenarios' own test files test
-- how the lines are heard.
local HOMEBUYER = "../../scenarios/homebuyer_rates.lua"

-- A yes/no question that names a cue is no follow-up of it because another
-- clause of the line reflects something else: "Four weeks is tight... Is it
-- just you and Tom on the mortgage?" gives the four weeks back and only names
-- Tom; it took the merger, Tom and Tom's worry with it (r27 homebuyer_rates
-- average 8: +10 for each of four cues; its "...we can usually turn an offer
-- around in that" is now read as our offer, so the test says it another way)
local PRIYA_AVERAGE = {
  "Hi Priya, no worries at all. So what kind of mortgage are you looking for?",
  "Not stupid at all, sounds like a fixed rate. How much are you looking to borrow?",
  "Should be ok, we'd have to run the numbers properly. So what are your main concerns at the moment?",
  "Yeah rates are all over the place right now. Are you worried they'll go up before you complete?",
  "Ok. We have a five year fixed deal thats really popular right now, the payment stays the same the whole time. Would that work for you?",
  "Great! Shall we book an apointment sometime next week to get the application going?",
  "Sorry, no pressure from me. Whats got everyone rushing you?",
  "Four weeks is tight with the valuations hanging over you. Is it just you and Tom on the mortgage?",
}
scenario_test {
  name = "rubric r28: a reflection of one cue and a yes/no question naming another follow the one (homebuyer average 8)",
  scenario = HOMEBUYER,
  say = PRIYA_AVERAGE,
  expect = { cues_picked = { "four_weeks" }, scores = { listening = { 20, 45 } } },
}
