-- Rubric tests from play study round 23's score judgments: each r23 line
-- that was scored wrong, wordings of the same move written for these tests,
-- and near-misses whose score must not change.

-- A call that ends in a no cuts a cue's window short: "Their buyer is
-- getting twitchy" met with "Ouch. Our sensors... Would you be open to a
-- demo sometime?" and then "Send me something in writing" (r23
-- plant_downtime average 6) was never docked, the second turn of its
-- window never coming. And "preventive maintenance" is a kind of
-- programme, not the maintenance team: "Do you guys have a preventive
-- maintenance program in place?" (line 4) named no "Maintenance says the
-- bearings look fine" and so kept the Sunday call-in of the same line from
-- being missed. Listening 40 -> 30.
local PD = "../../scenarios/plant_downtime.lua"
local PD_AVERAGE = {
  "Hi Dana, this is Chris from Sentinel, we do predictive maintenance. Do you have a couple minutes?",
  "Well I dont know if you do, thats why I'm calling. What are your biggest challenges on the production floor right now?",
  "Ha, ok. How often does Line 3 go down?",
  "Do you guys have a preventive maintenance program in place?",
  "Got it. And when the line stops, what does that cost you?",
  "Ouch. Our sensors pick up vibration changes weeks before a motor fails, so that's kind of exactly what we do. Would you be open to a demo sometime?",
}
local function pd(name, four, six, band)
  local say = {}
  for i, l in ipairs(PD_AVERAGE) do
    if i == 4 then l = four or l end
    if i == 6 then l = six or l end
    if i < 6 or six ~= false then say[#say + 1] = l end
  end
  scenario_test { name = name, scenario = PD, say = say, expect = { scores = { listening = band } } }
end
pd("rubric r23: a cue met with a pitch and an ask, then a polite no, is missed (plant_downtime average 6)",
   nil, nil, { 28, 32 })
pd("rubric r23: 'Yikes. Our sensors warn you... Could we set up a demo next week?', then the no, misses it too",
   nil, "Yikes. Our sensors warn you weeks before a motor fails. Could we set up a demo next week?", { 28, 32 })
pd("rubric r23 near-miss: a pitch and an offer to show it, and the call goes on: the cue is still pending",
   nil, "That hurts. We put sensors on the motors and alert you before they fail. Can I show you how it works sometime?", { 33, 37 })
pd("rubric r23: 'a preventive maintenance program' names no maintenance cue: the Sunday call-in is missed (plant_downtime average 4)",
   nil, false, { 33, 37 })
pd("rubric r23: 'a planned maintenance schedule' names none either",
   "Do you have a planned maintenance schedule for it?", false, { 33, 37 })
pd("rubric r23: 'a routine maintenance plan' names none either",
   "Is there a routine maintenance plan on Line 3?", false, { 33, 37 })
pd("rubric r23 near-miss: 'Does maintenance know why it keeps stopping?' asks of their maintenance: not missed",
   "Does maintenance know why it keeps stopping?", false, { 38, 42 })

-- A call that ends in the next step agreed leaves the cues of its last lines
-- to that meeting: "Dad would like that too" met with the ask that brings him
-- (r23 homebuyer_rates skilled 11) is not docked.
scenario_test { name = "rubric r23 near-miss: a cue met with the ask the prospect agrees to is not missed (homebuyer_rates skilled 11)",
                scenario = "../../scenarios/homebuyer_rates.lua", say = {
                  "No need to apologise, that's a lot at once. What I'd like to do today is understand where you are and what's worrying you, and if I can't help I'll tell you straight. Where's the lost sleep coming from most?",
                  "Answer however it comes out, that's fine. You mentioned the headlines about rates every day - what's that been like for you?",
                  "So a rise would land on a budget that's already stretched right down to the groceries. If that four hundred did hit, what would it actually mean for you both?",
                  "You're not getting ahead of yourself at all. Night feeds, though - tell me a bit about what's coming up for you two",
                  "So this is about giving her the settled home you never got growing up. That makes the payment feel a lot bigger than a number. Where's Tom on all of this, and who gets the final say on the mortgage?",
                  "Sorry, I asked that badly. I meant Tom - who's going to decide on the mortgage in the end?",
                  "So your dad's the one whose nod really counts, and he'll go through every figure. What would he need to see to feel good about it?",
                  "I like him already. What's your timeline on Alder Close - when do you need the mortgage in place by?",
                  "Four weeks isn't long with a baby due in May. Say it slips past that and she goes with the next buyer - where does that leave you?",
                  "Don't be sorry, that's exactly why we're talking. If we fixed the rate for five years, your payment would stay the same whatever the headlines do, so you'd know the number before she arrives and you'd stop lying awake over it. How does that sound?",
                  "Then let's get it all on paper for your dad's folder. Could you, Tom and your dad come in on Thursday evening or Saturday morning so we go through the numbers together?",
                }, expect = { scores = { listening = { 98, 100 }, benefits = { 75, 75 } } } }

-- A yes/no question that names the cue keeps it from being missed, even when
-- it names what you sell or comes after a pitch: "Are you looking at a fixed
-- or variable rate?" after "Rates, I suppose" (r23 homebuyer_rates average 2)
-- and "OK we do have portable mortgages... Is Tom's school definately
-- merging?" (average 4) were docked. One that offers what you sell ("Would a
-- fixed rate help?") or checks the pitch ("Would that help with the
-- merger?") still is.
local HB = "../../scenarios/homebuyer_rates.lua"
local HB_AVERAGE = {
  "Hi Priya, thanks for calling. So what are your main challenges with the mortgage?",
  "Ok. Are you looking at a fixed or variable rate?",
  "Thats a lot. And what happened with the houses on your street?",
  "OK we do have portable mortgages so you could take it with you if you move. Is Tom's school definately merging?",
  "Ok. So what are you looking for in a mortgage then?",
}
local function hb(name, n, line, band)
  local say = {}
  for i = 1, n do say[i] = HB_AVERAGE[i] end
  say[n == 2 and 2 or 4] = line
  scenario_test { name = name, scenario = HB, say = say, expect = { scores = { listening = band } } }
end
hb("rubric r23: 'Are you looking at a fixed or variable rate?' keeps the rates cue (homebuyer_rates average 2)",
   2, HB_AVERAGE[2], { 8, 12 })
hb("rubric r23: 'Is it a fixed or a variable rate you're on?' keeps it",
   2, "Ok. Is it a fixed or a variable rate you're on?", { 8, 12 })
hb("rubric r23 near-miss: 'Would a fixed rate help?' offers what you sell: the rates cue is missed",
   2, "Ok. Would a fixed rate help?", { 3, 7 })
hb("rubric r23: a pitch, then 'Is Tom's school definately merging?' keeps the merger cue (homebuyer_rates average 4)",
   5, HB_AVERAGE[4], { 43, 47 })
hb("rubric r23: a pitch, then 'Is Tom's school definitely merging?' keeps it",
   5, "We do offer portable mortgages, you can take them with you. Is Tom's school definitely merging?", { 43, 47 })
hb("rubric r23: a pitch, then 'Is Tom's job safe if the schools merge?' keeps it",
   5, "Our mortgages are portable, so you can take it with you. Is Tom's job safe if the schools merge?", { 43, 47 })
hb("rubric r23 near-miss: a pitch, then 'Would that help with the merger?' checks the pitch: the merger cue is missed",
   5, "OK we do have portable mortgages so you could take it with you if you move. Would that help with the merger?", { 33, 37 })

-- Benefits for one pain stop at 75 (benefits.one_pain): "We actually do
-- receipt scanning with an app, so no more shoebox" and "...so you wouldnt
-- have to do the books on sundays anymore" (r23 coffee_owner average 5 and
-- 11) both answer the Sunday books and made 100. An outcome tied to a second
-- pain (the hospital job's payroll) takes the full score.
local CO = "../../scenarios/coffee_owner.lua"
local CO_AVERAGE = {
  "Hi Gus, yep thats me. Thanks for meeting up. So tell me a bit about your business?",
  "Nine crews, nice. How many guys is that all together?",
  "Ha yeah. So what are your biggest challenges right now?",
  "A shoebox on sundays? So you do all the books yourself?",
  "Oof. We actually do receipt scanning with an app, so no more shoebox. How much was the penalty if you dont mind me asking?",
  "Yeah I bet. Would you be open to a meeting sometime so we can show you how we could help?",
  "Fair enough, sorry! So whats the hardest part about being two months behind?",
  "You said earlier you passed on a big job, what happend there?",
  "Ouch, thats a big one to lose. Is Lena involved in the business too?",
  "Got it. And is there a timeline for getting this fixed?",
  "Sure! We do bookkeeping and payroll for small businesses like yours, so you wouldnt have to do the books on sundays anymore.",
  "Cool. Could we set up a call sometime next week with you and Lena?",
  "Maybe like 30 min on zoom? Whenever works for you guys",
  "Ok how about friday morning then so Lena can join?",
}
local function co(name, five, eleven, band)
  local say = {}
  -- (the first 13 lines: the 13th now ends the call, in no next step)
  for i = 1, 13 do
    local l = CO_AVERAGE[i]
    if i == 5 then l = five or l end
    if i == 11 then l = eleven or l end
    say[#say + 1] = l
  end
  scenario_test { name = name, scenario = CO, say = say, expect = { scores = { benefits = band } } }
end
local SUNDAYS = "Oof. We actually do receipt scanning with an app, so no more shoebox of receipts on Sundays. How much was the penalty if you dont mind me asking?"
co("rubric r23: two outcomes for the Sunday books score 75, not 100 (coffee_owner average 5, 11)", nil, nil, { 75, 75 })
co("rubric r23: both tied to the Sunday books, in other words: 75",
   SUNDAYS, "Sure! We do the bookkeeping for small businesses like yours, so you wouldnt have to do the books on sundays anymore.", { 75, 75 })
co("rubric r23: the Sunday books, then 'your Sunday nights are yours again': 75",
   SUNDAYS, "Sure! We keep the books for small businesses like yours, so your Sunday nights are yours again.", { 75, 75 })
co("rubric r23 near-miss: the Sunday books, then the hospital job's payroll: two pains, the full score",
   SUNDAYS, "Sure! We do bookkeeping and payroll for small businesses like yours, so you'd know each month whether you can float two months of payroll for a job like the hospital.", { 100, 100 })
