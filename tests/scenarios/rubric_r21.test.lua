-- Rubric tests from play study round 21's score judgments: each r21 line
-- that was scored wrong, a wording of the same move written for these tests,
-- and a near-miss whose score must not change.

-- Who else has a say, and by when, are how they buy: "Who besides him would
-- have a say in something like this?" (r21 plant_downtime skilled 8) and
-- "When would you two want this sorted by, ideally?" (r21 coffee_owner
-- skilled 11) earned no discovery.buying_process (discovery 96 and 88).
local PD = "../../scenarios/plant_downtime.lua"
local PD_SKILLED = {
  "Hi Dana, thanks for picking up. I'll keep it short: I'd like to understand how downtime's hitting your plant, and if there's no fit I'll tell you straight. Fair enough?",
  "Thanks. So what's been going on with downtime on your lines lately?",
  "Sunday again - that sounds exhausting. When the extruder stops like that, what does it end up costing you?",
  "Twitchy how? What's the buyer at Harlow been saying to you",
  "A fifth of your volume, and you'd be the one explaining it upstairs. Say nothing changes on Line 3 before Harlow's renewal in spring - where does that leave you?",
  "I'd be wary too after that. Tell me about the pilot - why did it go nowhere?",
  "So a dashboard nobody had time for, and alerts sitting in an inbox. What would it need to do differently for you to actually trust it this time?",
  "That's the second time your director's come up. Who besides him would have a say in something like this?",
  "Here's where I think we could help: our warning goes straight to the phone of whoever's on shift, and we stay on after the install. That means Line 3 gets fixed on a weekday before it stops, you're not driving in on Sundays, and Harlow gets its deliveries on time going into the renewal.",
  "Then let's get it in front of Sam before March. Could I walk Line 3 with you and Sam next Tuesday or Thursday morning?",
}
local function pd_skilled(name, eight, band)
  local say = {}
  for i, l in ipairs(PD_SKILLED) do say[#say + 1] = (i == 8 and eight) or l end
  scenario_test { name = name, scenario = PD, say = say, expect = { scores = { discovery = band } } }
end
pd_skilled("rubric r21: 'who besides him would have a say' asks how they buy (plant_downtime skilled 8)",
           PD_SKILLED[8], { 100, 100 })
pd_skilled("rubric r21: 'who other than him gets a say' asks how they buy",
           "That's the second time your director's come up. Who other than him gets a say in something like this?", { 100, 100 })
pd_skilled("rubric r21 near-miss: 'who besides him works nights on Line 3?' asks no say",
           "That's the second time your director's come up. Who besides him works nights on Line 3?", { 90, 97 })

local CO = "../../scenarios/coffee_owner.lua"
local CO_SKILLED = {
  "Ha, mulch colour debates, that's a new one. Was it worth the twenty minutes in the end?",
  "Fair enough. Honestly I just wanted to get to know you and what you're building with the business, and see whether the money side is giving you any headaches. If it's not, I'll say so and you've had a free coffee. Sound okay?",
  "Ouch, so your Sundays go to the shoebox and it still caught up with you in April. What happened with that penalty?",
  "I can picture that look. Sounds like it was more about Lena than the money. How does she feel about the way the books get done now",
  "Right. And Lena, what's her take on all this?",
  "Kitchen table decisions, got it. So when you're two months behind on the books, what does that actually cost you day to day?",
  "Wow. So you turned down the biggest job you'd ever been offered because you couldn't see far enough ahead to know payroll was safe. That must still sting. Say another one like that comes up next spring and nothing's changed, where does that leave you?",
  "She's got a point. What would it mean for you two if you could actually say yes next time?",
  "So she's been pushing you to get help. What's held you back so far?",
  "No brochure, promise. We'd take over the books and payroll so your Sundays are yours again, and every month you and Lena would get a forecast that shows whether you can float sixty days of payroll. So when the next Route 9 shows up, you'd know whether you can say yes.",
  "Two years, huh. When would you two want this sorted by, ideally?",
  "Then let's not waste the winter. How about I come by and sit down with you and Lena for an hour, maybe Tuesday evening or Thursday after the crews are out? Which works better?",
}
-- (the call's first four lines, then the by-when question: the whole call
-- reaches discovery 100 either way since d1643be)
local function co_skilled(name, line, band)
  local say = {}
  for i = 1, 4 do say[#say + 1] = CO_SKILLED[i] end
  say[#say + 1] = line
  scenario_test { name = name, scenario = CO, say = say, expect = { scores = { discovery = band } } }
end
co_skilled("rubric r21: 'when would you two want this sorted by?' asks by when (coffee_owner skilled 11)",
           "When would you two want this sorted by, ideally?", { 42, 42 })
co_skilled("rubric r21: 'when do you want the books fixed by?' asks by when",
           "When do you want the books fixed by?", { 42, 42 })
co_skilled("rubric r21: 'when would you like this sorted by?' asks by when",
           "When would you like this sorted by?", { 42, 42 })
co_skilled("rubric r21 near-miss: 'when did you start doing the books by hand?' asks no date of theirs",
           "When did you start doing the books by hand?", { 37, 37 })

-- The shared "we" of an ask is no seller talk: "Could we walk Line 3
-- together with Sam next Tuesday or Wednesday morning...?" (r21
-- plant_downtime picker 10) tipped "I/we" over "you" and cost
-- listening.you_focus -5 (listening 91); "can we show you" is still the
-- seller's work.
local PD_PICKER = {
  "Hi Dana, I'll be quick. I'd like to learn how unplanned stops affect your plant, and if we're not a fit I'll say so. OK?",
  "Thanks. What's been happening with downtime on your lines?",
  "Sunday again, that's rough. When Line 3 stops, what does it cost you?",
  "Twitchy how? What's Harlow's buyer been saying?",
  "If nothing changes on Line 3 before the spring renewal, where does that leave you?",
  "What went wrong with that pilot?",
  "So the alerts went to an inbox nobody watched. What would have to be different this time?",
  "You mentioned your director. Who makes the call on something like this?",
  "Then here's the fit: our warning goes to whoever's on shift, and we stay after install, so Line 3 gets fixed before it stops and Harlow gets its deliveries on time.",
  "Could we walk Line 3 together with Sam next Tuesday or Wednesday morning, before the March review?",
}
local function pd_picker(name, ten, band)
  local say = {}
  for i, l in ipairs(PD_PICKER) do say[#say + 1] = (i == 10 and ten) or l end
  scenario_test { name = name, scenario = PD, say = say, expect = { scores = { listening = band } } }
end
pd_picker("rubric r21: 'Could we walk Line 3 together...?' is a shared we, not seller talk (plant_downtime picker 10)",
          PD_PICKER[10], { 96, 96 })
pd_picker("rubric r21: 'Shall we walk Line 3 with Sam...?' is a shared we",
          "Shall we walk Line 3 with Sam next Tuesday or Wednesday morning, before the March review?", { 96, 96 })
pd_picker("rubric r21: 'Let's walk Line 3 with Sam...' is a shared we",
          "Let's walk Line 3 with Sam next Tuesday or Wednesday morning, before the March review.", { 96, 96 })
pd_picker("rubric r21 near-miss: 'Could we show you our system...?' is the seller's work",
          "Could we show you our system with Sam next Tuesday or Wednesday morning, before the March review?", { 91, 91 })

-- A remark that names the cue right after it was dropped, before a question
-- of theirs, acknowledges it: "It is soon - about eight weeks. Who gets the
-- final say...?" after "oh, that's soon, isn't it?" (r21 loyal_customer
-- skilled 7) was docked as leaving it unexplored. Now it is not missed (no
-- pick-up credit: it does not dig in), as a yes/no question that names it;
-- a remark of the seller's own ("We can do that soon") or one before an ask
-- still leaves it.
local LC = "../../scenarios/loyal_customer.lua"
local LC_AVERAGE = {
  "Hi Peg! Sure, I can put that through. Same address as last time?",
  "Ok great. So hows business going, any challenges at the moment?",
  "Wow congrats! We actualy do case barcodes too. How many cases a week would that be?",
  "Ah ok so Theo decides. When does she need to have it sorted by?",
  "Yeah thats pretty soon. Maybe we could get together sometime and I show you what we can do?",
  "Sure, makes sense. Could we do a call with you and Theo next week?",
}
-- The call goes on after line 6 (no booking): a call that ends in the next
-- step leaves the cues of its last two prospect lines to the meeting, so the
-- booked call of LC_AVERAGE judges no "soon" at all (below).
local LC_GOES_ON = "Sure, makes sense. What does Theo make of your labels?"
local function lc_average(name, five, band, six)
  local say = {}
  for i, l in ipairs(LC_AVERAGE) do say[#say + 1] = (i == 5 and five) or (i == 6 and (six or LC_GOES_ON)) or l end
  scenario_test { name = name, scenario = LC, say = say, expect = { scores = { listening = band } } }
end
lc_average("rubric r21: 'It is soon - about eight weeks. Who gets the final say...?' acknowledges the soon cue (loyal_customer skilled 7)",
           "It is soon - about eight weeks. Who gets the final say on the new packaging, you or Theo?", { 68, 68 })
lc_average("rubric r21: 'Yeah thats pretty soon. Is Theo getting other quotes?' acknowledges it",
           "Yeah thats pretty soon. Is Theo getting other quotes?", { 63, 63 })
lc_average("rubric r21: 'Soon, yes - about eight weeks. Who else will Theo ask?' acknowledges it",
           "Soon, yes - about eight weeks. Who else will Theo ask?", { 63, 63 })
lc_average("rubric r21 near-miss: 'Yeah thats pretty soon. Maybe we could get together...?' goes to an ask: still missed",
           LC_AVERAGE[5], { 33, 33 })
lc_average("rubric r21 near-miss: 'We can do that soon. Is Theo getting other quotes?' is the seller's own: still missed",
           "We can do that soon. Is Theo getting other quotes?", { 58, 58 })
-- r24 loyal_customer skilled 9: "oh, that's soon" was docked at the ask
-- that booked the meeting; a call that ends in the next step agreed leaves
-- the cues of its last two prospect lines to that meeting (the same near
-- miss as above, booked: 33 with "soon" not judged, where the old rule
-- docked it, 28)
lc_average("rubric r25: 'Yeah thats pretty soon. Maybe we could get together...?', then the booking: 'soon' is left to the meeting",
           LC_AVERAGE[5], { 33, 33 }, LC_AVERAGE[6])

-- Their story's words given back follow its cue: "Ha, brown or darker brown.
-- Did you win?" (r21 coffee_owner picker 1) after "The colour of mulch...!
-- Brown or darker brown." was docked as leaving the mulch unexplored, while
-- the skilled "Ha, mulch colour debates..." was credited; the cue's words
-- now hold the words she said it in.
local CO_PURPOSE = "I'd love to hear how the business is going and whether the money side gives you any grief. If we're no use to you, I'll tell you. Okay?"
local function co_mulch(name, one, band)
  scenario_test { name = name, scenario = CO, say = { one, CO_PURPOSE }, expect = { scores = { listening = band } } }
end
co_mulch("rubric r21: 'Ha, brown or darker brown. Did you win?' follows the mulch (coffee_owner picker 1)",
         "Ha, brown or darker brown. Did you win?", { 10, 15 })
co_mulch("rubric r21: 'Brown or darker brown, ha. Who won?' follows it",
         "Brown or darker brown, ha. Who won?", { 10, 15 })
co_mulch("rubric r21: 'Darker brown, surely. Did she go for it?' follows it",
         "Darker brown, surely. Did she go for it?", { 10, 15 })
co_mulch("rubric r21 near-miss: 'Ha, sounds like a long morning. Did you win?' gives none of it back",
         "Ha, sounds like a long morning. Did you win?", { 0, 0 })

-- "one" counting or picking out is no "big one": "So if you could change one
-- thing about the books what would it be?" (r21 coffee_owner average 10) was
-- credited with following "I passed on a big one" (listening 53); the set
-- phrases "one thing", "no one"... blank their "one" (lexicon lists.idioms).
-- The same call's open ratio no longer counts its asks (below). Its "So how
-- long have you been running the company?" asks a figure, a closed question
-- (docs/labels.md, how long; r21 gold): listening 43 -> 38 and 58 -> 53, the
-- same 15 between the lines that follow no "big one" and the one that does.
local CO_AVERAGE = {
  "Hi Gus, no worries at all. Thanks for meeting me",
  "Yeah so I work at Tallyhouse, we do bookkeeping and payroll for small businesses. So what are your biggest challenges right now?",
  "Sundays with a shoebox, thats rough. Do you use any software for the books?",
  "Got it. How many hours do you spend on it each week?",
  "Oh no. How much was the penalty?",
  "Yeah I bet. You mentioned you passed on a big job last spring, what happend there?",
  "Wow that's a big one to lose. We actually do cash-flow forecasts, so that's something we could help with.",
  "Sorry, didn't mean to pitch. So how long have you been running the company?",
  "Oh cool, your dad's business. Is he still involved at all?",
  "Ha thats great. So if you could change one thing about the books what would it be?",
  "Makes sense. Would you be up for a demo sometime so I can show you how it works?",
  "Maybe a 30 min video call next week? Whatever day works for you",
}
local function co_average(name, ten, band)
  local say = {}
  for i, l in ipairs(CO_AVERAGE) do say[#say + 1] = (i == 10 and ten) or l end
  scenario_test { name = name, scenario = CO, say = say, expect = { scores = { listening = band } } }
end
co_average("rubric r21: 'change one thing about the books' follows no 'big one' (coffee_owner average 10)",
           CO_AVERAGE[10], { 38, 38 })
co_average("rubric r21: 'what's the one thing you'd change' follows no 'big one'",
           "Ha thats great. So what's the one thing you'd change about the books?", { 38, 38 })
co_average("rubric r21: 'No one loves the books' follows no 'big one'",
           "Ha thats great. No one loves the books. What would you change first?", { 38, 38 })
co_average("rubric r21 near-miss: 'that big one you passed on, what happened there?' follows it",
           "Ha thats great. So that big one you passed on, what happened there?", { 53, 53 })

-- An ask is no question of discovery: "would you be up for a demo?" and "ok
-- how about sometime next week?" (r21 plant_downtime average 8, 9) counted
-- as closed questions in discovery.open_ratio (2 of 7 open, -9; discovery
-- 20), though the interrogation count already leaves asks out. Now 2 of 5
-- (-4, discovery 25 on 3aae987's openings; 2 of 6 and 8 since 193d9bd hears
-- the first lines); a closed question of theirs in its place still counts.
local PD_AVERAGE21 = {
  "Hi Dana, I'm calling from the maintenance side - wanted to see if you have a few minutes to talk about downtime at your plant?",
  "Sorry - I sell maintenance software. Are you having any problems with downtime?",
  "Do you have problems with downtime?",
  "ok so basically we do predictive maintenance. What are your biggest challenges right now?",
  "whats wrong with line 3?",
  "ugh, sunday calls are the worst. how often does that happen?",
  "right. how much is each stop costing you roughly?",
  "we have sensors that can pick up bearing problems before they fail. would you be up for a demo?",
  "ok how about sometime next week? maybe bring your maintanence guys",
}
local function pd_average(name, eight, band)
  local say = {}
  for i, l in ipairs(PD_AVERAGE21) do say[#say + 1] = (i == 8 and eight) or l end
  scenario_test { name = name, scenario = PD, say = say, expect = { scores = { discovery = band } } }
end
pd_average("rubric r21: asks are left out of the open ratio (plant_downtime average 8-9)", PD_AVERAGE21[8], { 8, 8 })
pd_average("rubric r21 near-miss: a closed question of theirs still counts in the open ratio",
           "we have sensors that can pick up bearing problems before they fail. do you have any sensors on line 3 now?", { 6, 6 })
