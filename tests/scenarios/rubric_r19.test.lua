-- Rubric tests from play study round 19's score judgments: each r19 line
-- that was scored wrong, wordings of the same move written for these tests,
-- and near-misses whose score must not change.
local LC = "../../scenarios/loyal_customer.lua"

-- A supposition set off from its question by a dash asks the cost of the
-- risk come true as "if ..., what would it cost you?" does: "Say the first
-- delivery did come back - what would that cost you?" (r19 loyal_customer
-- skilled 7: no cost-of-doing-nothing credit, while the comma form with "if"
-- had it). "Say" leads a condition only at the start of a sentence: "I'd say
-- the barcodes come first - what would that cost you to set up?" asks a price.
local LC_SKILLED = {
  "Morning Peg, happy to put that straight through. Before I do, mind if I take two minutes to check the order still fits what you've got coming up? If it does, we're done.",
  "I'll be quick, promise. You said the kitchen's full - what's keeping you so busy right now?",
  "Store numbers on the fridge - now that sounds like a story. What's Theo mapping out?",
  "Peg, that's brilliant news, congratulations. Thirty-eight stores from the spring - what does that change for you?",
  "So it's your dad's recipe finally getting the shelf it deserves, and you want Theo to inherit something solid. What would 'something that runs' look like to you",
  "Fair enough, we've only ever done labels together. What's Harvest Lane asking of you on the packaging side?",
}
-- (70 without the cost of doing nothing, +6 with it.)
local function lc(name, line, band)
  local say = {}
  for _, l in ipairs(LC_SKILLED) do say[#say + 1] = l end
  say[#say + 1] = line
  scenario_test { name = name, scenario = LC, say = say, expect = { scores = { discovery = band } } }
end
lc("rubric r19: 'say the first delivery did come back - what would that cost you?' asks the cost of doing nothing (loyal_customer skilled 7)",
   "Midnight with a label gun, that's no way to launch. Say the first delivery did come back - what would that cost you?", { 76, 82 })
lc("rubric r19: 'suppose that first pallet gets bounced back - what would that cost?' asks it",
   "Midnight with a label gun, that's no way to launch. Suppose that first pallet gets bounced back - what would that cost the business?", { 76, 82 })
lc("rubric r19: 'imagine the first delivery goes back - what would it mean?' asks it",
   "Midnight with a label gun, that's no way to launch. Imagine the first delivery goes back to you - what would it mean for the launch?", { 76, 82 })
lc("rubric r19: the comma form 'if that first delivery did come back, what would it cost you?' still asks it",
   "Midnight with a label gun, that's no way to launch. If that first delivery did come back, what would it cost you?", { 76, 82 })
lc("rubric r19 near-miss: 'I'd say the barcodes come first - what would that cost you to set up?' asks a price, not the cost of doing nothing",
   "Midnight with a label gun, that's no way to launch. I'd say the barcodes come first - what would that cost you to set up?", { 66, 72 })

-- Their words echoed in a lead-in carry over to a fact question only when it
-- points back at them: "Wow, eleven days. How many invoices do you process a
-- month?" (r19 cfo_demo average 2) asks of their volume and was credited
-- with following the eleven days; "Wow, eleven days. How long has it been
-- like that?" still follows it.
local CFO = "../../scenarios/cfo_demo.lua"
local CFO_AVERAGE_1 = "Hi Helen, thanks for reaching out! We can probably do something by friday. So what are your biggest challenges right now?"
-- (10 without the eleven days followed, +10 with it.)
local function cfo(name, line, band)
  scenario_test { name = name, scenario = CFO, say = { CFO_AVERAGE_1, line },
                  expect = { scores = { listening = band } } }
end
cfo("rubric r19: 'Wow, eleven days. How many invoices do you process a month?' does not follow the eleven days (cfo_demo average 2)",
    "Wow, eleven days. How many invoices do you process a month?", { 5, 12 })
cfo("rubric r19: 'Eleven days, ouch. How many suppliers do you pay each month?' does not follow it",
    "Eleven days, ouch. How many suppliers do you pay each month?", { 5, 12 })
cfo("rubric r19 near-miss: 'Eleven days, that's long. How much of that is waiting on approvals?' follows it",
    "Eleven days, that's long. How much of that is waiting on approvals?", { 14, 22 })
cfo("rubric r19 near-miss: 'Wow, eleven days. How many of those go on chasing approvals?' follows it",
    "Wow, eleven days. How many of those go on chasing approvals?", { 14, 22 })

-- A yes/no question that names the cue right after it was dropped asks of
-- it: "Is Harlow thinking about leaving?" after "Their buyer is getting
-- twitchy" (r19 plant_downtime average 4) was docked as interrogation and the
-- Harlow cue counted missed. Now the cue is not missed and the question is no
-- interrogation; it earns no pick-up credit (a yes/no question), so
-- listening goes 15 -> 20 and discovery 12 -> 16. A yes/no question that
-- names something else leaves both as they were. (Since r23 the director cue
-- of her answer, met with the pitch and the ask and then "Send me something
-- in writing", is missed when the call ends in that no: listening 20 -> 15,
-- the near-miss 10 -> 5.)
local PD = "../../scenarios/plant_downtime.lua"
local PD_AVERAGE = {
  "Hi Dana, this is Chris from Sensora, we do predictive maintenance. Got a few minutes to chat?",
  "fair enough. Do you have much unplanned downtime on your lines?",
  "ok. so what other challenges are you guys facing?",
}
local function pd(name, line, listening, discovery)
  local say = {}
  for _, l in ipairs(PD_AVERAGE) do say[#say + 1] = l end
  say[#say + 1] = line
  say[#say + 1] = "Our system puts vibration sensors on the motors and gives you alerts before failures. Could we set up a demo sometime?"
  scenario_test { name = name, scenario = PD, say = say,
                  expect = { scores = { listening = listening, discovery = discovery } } }
end
pd("rubric r19: 'Is Harlow thinking about leaving?' asks of the Harlow cue: not missed, no interrogation (plant_downtime average 4)",
   "Is Harlow thinking about leaving?", { 13, 19 }, { 15, 30 })
pd("rubric r19: 'Could Harlow pull the contract?' asks of it",
   "Could Harlow pull the contract?", { 13, 19 }, { 15, 30 })
pd("rubric r19: 'Is Harlow your biggest account?' asks of it",
   "Is Harlow your biggest account?", { 13, 19 }, { 15, 30 })
pd("rubric r19 near-miss: 'Do you run a night shift?' names no cue: Harlow missed, still an interrogation",
   "Do you run a night shift?", { 5, 16 }, { 0, 14 })
