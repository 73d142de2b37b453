-- Rubric tests from play study round 26's score judgments.

local HB = "../../scenarios/homebuyer_rates.lua"
local HB_OPENING = {
  "Hi Priya, thanks for calling. Congrats on the offer! So what are you looking for in a mortgage?",
  "Not stupid at all! So are you thinking a fixed rate then?",
  "It depends on your plans really. How much are you looking to borrow?",
}
local function with(lines, ...)
  local say = {}
  for _, l in ipairs(lines) do say[#say + 1] = l end
  for _, l in ipairs({ ... }) do say[#say + 1] = l end
  return say
end

-- "No worries" is the seller's stock reassurance, no worry of theirs given
-- back, and "we'll sort the form out later" the seller's offer: a stock
-- question after it does not follow "Is that... enough? Sorry, you probably
-- need all this on a form" (r26 homebuyer_rates average 4: credited before,
-- 35 with it and her dad's money missed; wording written for this test).
scenario_test {
  name = "rubric r26 near-miss: 'No worries, we'll sort the form out later. What are your main challenges?' follows no 'is that enough?'",
  scenario = HB,
  say = with(HB_OPENING, "No worries, we'll sort the form out later. So what are your main challenges at the moment?",
             "What's the street thing?"),
  expect = { scores = { listening = { 35, 45 } } },
}

-- "What's your timeline looking like?" says "like" in a set phrase: no
-- follow-up of "Dad would like that too" (a cue named "dad likes"), nor is
-- "Is that right?" one of "He's probably right" (r26 homebuyer_rates average
-- 8, picker 4).
scenario_test {
  name = "rubric r26 near-miss: 'Is that right?' after a reflection of the budget does not follow 'Tom... he's probably right'",
  scenario = HB,
  say = {
    "That's a lot at once. Could I ask a few questions first so we focus on what matters to you?",
    "Not panicking at all. What's weighing on you most right now?",
    { choose = "a" },
    "So it's not the rate itself, it's that a jump would land on a budget that's already tight. Is that right?",
  },
  expect = { scores = { listening = { 53, 63 } } },
}

-- The risk come true, then where it leaves them, is the cost of doing
-- nothing: "And if that first delivery did get sent back, where would that
-- leave you?" (r26 loyal_customer picker 5), as "say it does come back - what
-- would that cost you?" was (r19).
local LC = "../../scenarios/loyal_customer.lua"
local LC_PICKER_4 = {
  "Will do, Peg. Before I put it through, can I ask a couple of quick questions so the order's right for what's coming up?",
  "I'll be quick. What's got the kitchen so full at the moment?",
  { choose = "a" }, { choose = "a" },
}
scenario_test {
  name = "rubric r26: 'And if that first delivery does go wrong, where would that leave you?' asks the cost of inaction (loyal picker)",
  scenario = LC,
  say = with(LC_PICKER_4, "That sounds rough. And if that first delivery does go wrong, where would that leave you?"),
  expect = { scores = { discovery = { 52, 58 } } },
}

-- (an award's name is no empty claim: tests/unit/test_analyze.c)
