-- Rubric tests from play study round 18's score judgments: each r18 line
-- that was scored wrong, wordings of the same move written for these tests,
-- and near-misses whose score must not change.
local HB = "../../scenarios/homebuyer_rates.lua"

-- The risk come true asked as what happens then earns the cost of doing
-- nothing as "...where does that leave you?" does: "And if the offer isn't
-- through by then, what happens to you and Tom?" (r18 homebuyer skilled 9:
-- no credit, while the picker's "where does that leave you?" had it). A
-- condition that is no risk - "if you don't mind me asking", "if it all goes
-- through" - asks no cost of doing nothing (the last was credited before:
-- "if ... goes ... what happens" read any "goes" as "goes on like this").
local HB_SKILLED = {
  "Congrats on Alder Close. I'd like to use today to understand where you are and what's worrying you, and if a fix doesn't make sense for you I'll say so. Sound fair?",
  "Where would you like to start? What's keeping you up the most at night",
  "Sounds like the headlines are getting to you. When you see the rates move, what's the part that actually scares you?",
  "Four hundred a month when you're already down to the groceries, that's a lot. If it did go up like that, what would you have to give up?",
  "Don't apologise, that's exactly what I want to hear. You said night feeds, have you got a baby coming?",
  "Congratulations. So this is about giving her the settled home you never had growing up. What would it feel like to know exactly what you're paying every month?",
  "Boring sounds great to me. You've mentioned Tom a couple of times, how are the two of you going to make the call on which mortgage to go with?",
  "So in practice it's your decision and Tom will back it. What's your timeline looking like, when do you need the mortgage in place by",
}
-- (The near-misses go to another route, whose answer tells a target: +10;
-- 83 there would mean the cost of doing nothing was credited as well.)
local function hb(name, line, band)
  local say = {}
  for _, l in ipairs(HB_SKILLED) do say[#say + 1] = l end
  say[#say + 1] = line
  scenario_test { name = name, scenario = HB, say = say, expect = { scores = { discovery = band } } }
end
hb("rubric r18: 'if the offer isn't through by then, what happens to you?' asks the cost of doing nothing (homebuyer skilled 9)",
   "Four weeks is tight. And if the offer isn't through by then, what happens to you and Tom?", { 70, 76 })
hb("rubric r18: 'say the offer doesn't come through in time - what happens?' asks it",
   "Four weeks is tight. Say the offer doesn't come through in time - what happens to you two?", { 70, 76 })
hb("rubric r18: 'if the lender misses that date, what happens?' asks it",
   "Four weeks is tight. If the lender misses that date, what happens?", { 70, 76 })
hb("rubric r18 near-miss: 'if you don't mind me asking, what happens...' asks no cost of doing nothing",
   "Four weeks is tight. If you don't mind me asking, what happens to you and Tom after the move?", { 74, 80 })
hb("rubric r18 near-miss: 'if it all goes through, what happens next?' asks no cost of doing nothing",
   "Four weeks is tight. If it all goes through, what happens next for you and Tom?", { 74, 80 })
