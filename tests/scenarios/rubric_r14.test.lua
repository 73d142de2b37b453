-- Rubric tests from play study round 14's score judgments: each r14 line
-- that was scored wrong, a wording of the same move written for these tests,
-- and a near-miss whose score must not change.
local HB = "../../scenarios/homebuyer_rates.lua"

-- Targets told in reply to a pitch that asked no open question of them
-- earn no ask: r14 homebuyer_rates pitcher revealed 3 targets to pitches
-- ("...our app lets you track your application 24/7. Would a fixed rate
-- help you sleep better?") and its last ask was credited as earned
-- (next_step 47)
local HB_PITCHER = {
  "Hi Priya, I'm Dan from Harbour Mortgages. We're an award-winning brokerage with access to over 90 lenders, and we can lock your rate for up to six months. Would you be interested in a fixed rate?",
  "That's exactly why our five-year fix is so popular. It comes with a rate lock, a free valuation and a 10% overpayment allowance. Can I book you in with one of our advisers this week?",
  "Totally understand. But honestly our fixed rates are some of the best on the market right now, and our app lets you track your application 24/7. Would a fixed rate help you sleep better?",
  "No problem. Our mortgages are fully portable, with low early repayment charges and a decision in principle in 24 hours. Shall we get your application started today so you make the four weeks?",
}
local function hb_ask(name, line, band)
  local say = {}
  for _, l in ipairs(HB_PITCHER) do say[#say + 1] = l end
  say[#say + 1] = line
  scenario_test { name = name, scenario = HB, say = say, expect = { scores = { next_step = band } } }
end
hb_ask("rubric r14: targets told to pitches earn no ask (homebuyer pitcher 5)",
       "Great, four weeks is plenty with us. We're rated 4.9 on Trustpilot and we've helped over ten thousand first-time buyers. Can I set up a call with our senior adviser tomorrow to walk you through our products?",
       { 0, 0 })
hb_ask("rubric r14: a day offered after pitches only is still unearned",
       "We close fast, honestly. Could we sit down with one of our advisers on Thursday at ten?",
       { 0, 0 })
-- near-miss: the same pitch line with an open question of theirs asks for
-- what it is told, and what it is told counts toward earning the ask
scenario_test { name = "rubric r14 near-miss: a pitch that asks an open question of them still earns",
  scenario = HB,
  say = { "Hi Priya, I'm Dan from Harbour Mortgages. Where are you with the rates?",
          "That's a real worry with a budget that tight. Our five-year fix would keep the payment the same. What's making this feel so urgent right now?",
          "So the street going under valuation is part of it. What would it mean for you if you did have to sell?",
          "Sounds like a lot riding on this. When does the seller need the offer by?",
          "Could we sit down with one of our advisers on Thursday at ten?" },
  expect = { scores = { next_step = { 40, 100 } } } }
-- near-miss: once she has told what she was asked, a pitch that fits what
-- she said keeps the talk going and what it is told counts (r14
-- loyal_customer average: Theo told to "would that help?", the ask earned)
scenario_test { name = "rubric r14 near-miss: a pitch after discovery still earns what it is told (loyal average 6)",
  scenario = "../../scenarios/loyal_customer.lua",
  say = { "hi Peg, sure thing I can put that through. how's things?",
          "busy is good! so what are your biggest challanges right now?",
          "wow congrats Peg! so will you need more labels for all those stores?",
          "ok. what kind of fancy stuff is Theo sorting out?",
          "oh we actually do case barcodes and shelf trays too! would that help?",
          "ok cool. could we maybe set up a call with Theo sometime?" },
  expect = { scores = { next_step = { 30, 45 } } } }

-- The real ask takes the next-step credit: once 'What would a demo have to
-- show the three of you for it to be worth Friday?' is no ask (it asks what
-- the demo must show), the ask, the day and the trade land on the line that
-- asks for them (r14 cfo_demo skilled 9: 'What I'd ask back is that Raj and
-- Mark are in the room... Friday at ten or two?')
local CFO14 = {
  "Happy to look at that, Helen. Before we build anything, I'd like to spend ten minutes understanding what's behind the request, and if it turns out we're not a fit I'll tell you straight. What's prompting the demo right now?",
  "Eleven days is a long close. When you say everyone blames AP, what's actually happening in there?",
  "That's a lot landing on six people. The duplicates the audit found, what did that end up costing you",
  "So you're leaving something like two hundred grand of discounts on the table every year. Why is this landing on your desk now, rather than last year?",
  "And you've put your name on that with the board. If Q3 comes round and you're still closing in eleven days, what happens then?",
  "Fair enough. Who else has a say in choosing something like this, and by when does it need to be decided?",
  "Sounds like Raj's buy-in matters as much as Mark's signature. What would a demo have to show the three of you for it to be worth Friday?",
  "That's clear. If approvals stop living in forty inboxes, invoices get paid inside the ten days, you capture that two per cent, and Raj's team stops drowning, which is what gets your close down to five.",
  "We'll build it, on your invoices. What I'd ask back is that Raj and Mark are in the room for it, and if it shows what you just listed, we agree a decision by end of June. Friday at ten or two?",
}
local function cfo14(name, seven, band)
  local say = {}
  for i, l in ipairs(CFO14) do say[#say + 1] = (i == 7 and seven) or l end
  scenario_test { name = name, scenario = "../../scenarios/cfo_demo.lua", say = say,
                  expect = { scores = { next_step = band } } }
end
cfo14("rubric r14: the real ask, line 9, is credited (cfo skilled 7 and 9)", nil, { 90, 100 })
cfo14("rubric r14: with a line 7 that asks nothing, line 9 takes the ask, the day and the trade",
      "Sounds like Raj's buy-in matters as much as Mark's signature. What would the demo have to show the three of you?", { 90, 100 })
