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

-- no benefits here: the better call never talks about the product, so benefits
-- is not assessed for it (issue 9) and cannot be compared with the pitcher's
contrast { better = "plant: open questions, the cost of doing nothing, a visit with a choice (options at the end)",
           worse = "plant: feature pitcher is brushed off (typed)",
           skills = { "discovery", "overall" } }

contrast { better = "plant: open questions, the cost of doing nothing, a visit with a choice (options at the end)",
           worse = "plant: ignores the cues, interrogates, sends a brochure (options)",
           skills = { "discovery", "listening", "overall" } }

contrast { better = "plant: open questions, the cost of doing nothing, a visit with a choice (options at the end)",
           worse = "plant: good discovery but never asks for a next step",
           skills = { "next_step", "overall" } }

-- Typed plays in the trainee's own words (issue 8's play study, written
-- turn by turn against the prospect's replies): every reply answers what was
-- asked, and the rep who follows the method books the visit.
scenario_test {
  name = "plant: a skilled rep in their own words: cues, cost, Harlow, who decides, what Sam needs (typed)",
  scenario = SCN,
  say = {
    "Hi Dana, thanks for picking up. I'll be quick: I work with plants that lose hours to unplanned stops, and I'd like to ask a few questions to see whether that's you at all. If it isn't, I'll say so and let you get to handover. Okay?",
    "Thanks. So how are things on the floor at the moment?",
    "Ha, I'll take a bit of the headache if you'll let me. What's Line 3 doing to you?",
    "Two in the morning, and your Sunday gone too. How often are you the one getting that call?",
    "That's a rough trade for the job. You said the owners worry about the cost - when Line 3 goes down, what does that actually cost you?",
    "Twitchy sounds like it could turn into something. Where does that leave you with Harlow if the stops carry on into next year?",
    "A fifth of the volume is a lot to have hanging on one extruder. When something like this needs fixing, how does the decision get made, and who besides you is in it?",
    "Got it, March. What would Sam want to see before he'd sign off on something like this?",
    "That makes sense. What we'd give you is a warning on the shift lead's phone hours before the extruder stops, so you fix it on a planned shift instead of losing half a run, and Harlow's loads go out on time.",
    "Then let's get the proof Sam needs before March. Could I come and walk Line 3 with you and your maintenance lead - Tuesday or Thursday morning?",
  },
  expect = {
    ending = "meeting_booked",
    targets = { "pain", "impact", "inaction", "decider" },
    cues_picked = { "line3", "weekend", "harlow" },
    nodes = { "agenda_ok", "overview", "line3_story", "weekend", "impact", "harlow", "decider", "sam_needs",
              "benefit_lands" },
    scores = { discovery = { 80, 100 }, next_step = { 60, 100 }, overall = { 70, 100 } },
  },
}

scenario_test {
  name = "plant: a skilled rep asks about downtime, maintenance, the pilot and what must change (typed)",
  scenario = SCN,
  say = {
    "Morning Dana. We spoke briefly at the show. Reason for the call: I'd like to understand how your lines are running and whether unplanned stops are costing you. If there's nothing there, I'll tell you and hang up. Sound fair?",
    "Thanks. When a line stops unexpectedly, what does that look like for you?",
    "Bearings look fine but it still stops - that must be maddening. What do they think is going on?",
    "And every time you lose the run, what does that end up costing?",
    "So scrap, overtime and an unhappy buyer. If Line 3 keeps doing this for the next six months, what happens?",
    "That's not a conversation anyone wants to have. Have you looked at fixing this before?",
    "Nowhere how? What happened with it?",
    "So the warnings never reached a person who could act. What would have to be different this time for it to be worth your while?",
    "Your director - who's that, and how would a decision like this go through?",
    "That's exactly what we do: the alert goes to the shift lead's phone before the bearing fails, and our engineer stays on site until your team trusts it, so Line 3 stops being a Sunday problem and Harlow gets its loads on time.",
    "Then let's build the case for Sam before March. How about I come out Thursday morning, walk Line 3 with you and your maintenance lead, and we put real numbers together - or would Tuesday suit better?",
  },
  expect = {
    ending = "meeting_booked",
    targets = { "pain", "impact", "inaction", "decider" },
    cues_picked = { "maintenance", "harlow" },
    nodes = { "line3_story", "line3_more", "impact", "inaction", "warming", "last_pilot", "what_works", "decider",
              "benefit_lands" },
    scores = { discovery = { 80, 100 }, overall = { 70, 100 } },
  },
}

scenario_test {
  name = "plant: an average rep: small talk, a pitch, closed questions, a vague demo ask (typed)",
  scenario = SCN,
  say = {
    "Hi Dana its Pat from Linewise, how are you doing today?",
    "Great. So we do predictive maintenance for factories. What are your biggest challenges at the moment?",
    "Oh no I just mean, is downtime a problem for you guys?",
    "wow. how often does that happen?",
    "Do you have any sensors on it?",
    "Our sensors use AI so they're way more accurate than older ones.",
    "ok. so what happened with the old system?",
    "That sucks. How much is all that downtime costing you?",
    "ok. our system sends alerts to your phone so you wouldnt miss them like last time. can we set up a demo next week?",
  },
  expect = { ending = "polite_no", targets = { "pain", "impact" },
             nodes = { "chitchat", "pitch_early", "line3_story", "warming", "pitch_late", "last_pilot", "impact",
                       "send_something" } },
}

scenario_test {
  name = "plant: two misses at the start get a last chance; a real question gets the call going (typed)",
  scenario = SCN,
  say = {
    "Hi Dana, how's your week going?",
    "Is now a good time?",
    "Do you have a minute?",
    "Sorry. What's been the biggest headache on the floor lately?",
  },
  expect = { nodes = { "chitchat", "opening_push", "last_chance", "overview" } },
}

scenario_test {
  name = "plant: at the last chance, another pitch ends the call (typed)",
  scenario = SCN,
  say = {
    "Hi Dana, how's your week going?",
    "Is now a good time?",
    "Do you have a minute?",
    "Our wireless sensors and dashboard are the best on the market.",
  },
  expect = { ending = "brush_off", nodes = { "last_chance" } },
}

scenario_test {
  name = "plant: a question at the two-minute mark gets 'what are you proposing'; a goodbye then ends it (typed)",
  scenario = SCN,
  say = {
    PURPOSE,
    "What's been keeping you busiest on the floor lately?",
    "You said Line 3 gives you grey hair. What's been happening there?",
    "What do those stops end up costing you?",
    "What happens if nothing changes and Line 3 keeps stopping?",
    "Who besides you would decide on something like this?",
    "So it has to reach Sam before the March review. That's helpful, thank you.",
    "How long have you been at Northfield?",
    "Okay, thanks for your time.",
  },
  expect = { ending = "polite_no", nodes = { "close_choice", "handover" } },
}

contrast { better = "plant: a skilled rep in their own words: cues, cost, Harlow, who decides, what Sam needs (typed)",
           worse = "plant: an average rep: small talk, a pitch, closed questions, a vague demo ask (typed)",
           skills = { "discovery", "overall" } }

scenario_test {
  name = "plant: an ask in the shape 'Tuesday - or would Thursday suit Sam better?' books; it is not a question about Sam (typed)",
  scenario = SCN,
  say = {
    PURPOSE,
    "What's been keeping you busiest on the floor lately?",
    "You said Line 3 gives you grey hair. What's been happening there?",
    "What do those stops end up costing you?",
    "What happens if nothing changes and Line 3 keeps stopping?",
    "Who besides you would decide on something like this?",
    { "So Sam has to see it before March. Could I come out Tuesday with our engineer - or would Thursday suit Sam better?",
      labels = { "next_step" } },
  },
  expect = { ending = "meeting_booked", nodes = { "decider" } },
}

-- Play study r2: plain questions Dana simply answers, the cost of doing
-- nothing asked after Harlow, and a day offered again after she said no.
scenario_test {
  name = "plant: 'how long has that been going on' gets how long, then the cost (typed, r2)",
  scenario = SCN,
  say = {
    PURPOSE,
    "What's been keeping you busiest on the floor lately?",
    "You said Line 3 gives you grey hair. What's been happening there?",
    "How long has that been going on",
    "And each time it stops, what does that cost you?",
  },
  expect = { nodes = { "line3_story", "how_long", "impact" }, targets = { "pain", "impact" } },
}

scenario_test {
  name = "plant: 'if nothing changes before spring' after Harlow gets what spring looks like (typed, r2)",
  scenario = SCN,
  say = {
    PURPOSE,
    "What's been keeping you busiest on the floor lately?",
    "You said Line 3 gives you grey hair. What's been happening there?",
    "What do those stops end up costing you?",
    "Harlow's buyer is getting twitchy? Tell me more about that.",
    "So it's not just scrap and overtime, it's a fifth of your volume on the line come spring. If nothing changes on line 3 before then, where does that leave you?",
    "Who would you have to explain it to?",
    "Then let's get Sam what he needs before March. Could I come and walk Line 3 with you, Tuesday or Thursday morning?",
  },
  expect = { ending = "meeting_booked", nodes = { "harlow", "spring", "decider" },
             targets = { "pain", "impact", "inaction", "decider" } },
}

scenario_test {
  name = "plant: 'would Thursday work?' after she refused an early demo is the same ask and ends the call (typed, r2)",
  scenario = SCN,
  say = {
    "Hi Dana, can we book a demo for next week?",
    "It's only thirty minutes and I'll show you everything. Our sensors detect bearing wear up to six weeks early. Would Thursday work?",
  },
  expect = { ending = "brush_off", nodes = { "too_soon" } },
}

scenario_test {
  name = "plant: 'what happens if it keeps stopping' after her pilot doubt is the cost of doing nothing, not the pilot (typed, r2)",
  scenario = SCN,
  say = {
    "Hi Dana, this is Alex from SenseLine. Do you have a few minutes to talk about your maintenance?",
    "Sorry, we help plants cut unplanned downtime. So what are your biggest challenges right now?",
    "How long has that been going on",
    "Ok. Our sensors pick up vibration changes weeks before a failure. Do you have any monitoring on line 3 today?",
    "Not yet, sorry. What happens if it keeps stopping like this?",
  },
  expect = { nodes = { "how_long", "warming", "inaction" }, targets = { "pain", "inaction" } },
}

scenario_test {
  name = "plant_downtime: an up-front agreement the analyser does not call a purpose ('...if I can help I'll say so. Sound fair?') sets the agenda (typed, r2)",
  scenario = "../../scenarios/plant_downtime.lua",
  say = { "Thanks for the time, Dana. I'd just like to hear how things are going, and if I can help I'll say so. Sound fair?" },
  expect = { nodes = { "agenda_ok" } },
}

scenario_test {
  name = "plant: 'if nothing changes, what does next spring look like?' gets what doing nothing costs wherever she is (typed, r2)",
  scenario = SCN,
  say = {
    PURPOSE,
    "What's been keeping you busiest on the floor lately?",
    "You said Line 3 gives you grey hair. What's been happening there?",
    "Called in on a Sunday? Who gets that call?",
    "If nothing changes, what does next spring look like?",
  },
  expect = { nodes = { "weekend", "inaction" }, targets = { "pain", "inaction" } },
}

-- Play study r3: "how many hours of downtime a month?" was heard as what
-- would have to be different; she gives the number (how much, not what it
-- costs, which is the impact node's answer).
local function with_lines(list, line)
  local out = table.move(list, 1, #list, 1, {})
  out[#out + 1] = line
  return out
end
local R3_PILOT = {
  "Hi Dana, this is Alex from Lineworks, we do predictive maintenance for manufacturers. Do you have a few minutes to chat?",
  "Fair question, I don't know that you do. So what are your biggest challenges on the plant floor right now?",
  "Line 3, whats going on with that one?",
  "Ok. Do you have any kind of monitoring on the extruder today?",
  "I get that. Ours is pretty different, the sensors are wireless and clip right on. What happend with the pilot?",
}

scenario_test {
  name = "plant: 'how many hours of downtime is that a month?' after the pilot gets the hours, not what would be different (typed, r3)",
  scenario = SCN,
  say = with_lines(R3_PILOT, "Got it, that's frustrating. How many hours of downtime is that a month roughly?"),
  expect = { nodes = { "last_pilot", "downtime_hours" } },
}

scenario_test {
  name = "plant: 'how much downtime are we talking about each month?' gets the hours (typed, r3)",
  scenario = SCN,
  say = with_lines(R3_PILOT, "How much downtime are we talking about each month?"),
  expect = { nodes = { "last_pilot", "downtime_hours" } },
}

scenario_test {
  name = "plant: 'how many hours is the line down each time?' at Line 3 gets the hours, then a cost question the impact (typed, r3)",
  scenario = SCN,
  say = { PURPOSE, "What's been keeping you busiest on the floor lately?",
          "You said Line 3 gives you grey hair. What's been happening there?",
          "How many hours is the line down each time?", "What does that cost you?" },
  expect = { nodes = { "line3_story", "downtime_hours", "impact" }, targets = { "pain", "impact" } },
}

-- Play study r4: a question about anything Dana has named (Harlow, the old
-- pilot, the capex review) gets an answer on it; "what's giving you trouble"
-- is Line 3, not the plant tour; a feature that meets the terms she set is
-- what she asked for; a vague ask after little discovery gets her condition.
local TO_INACTION = { PURPOSE, "What's been keeping you busiest on the floor lately?",
                      "You said Line 3 gives you grey hair. What's been happening there?",
                      "What do those stops end up costing you?",
                      "What happens if nothing changes and Line 3 keeps stopping?" }
for _, line in ipairs({ "how big a customer is harlow for you", "What share of your volume is Harlow, roughly?",
                        "harlow - are they your biggest acount?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' after she names Harlow gets Harlow (typed, r4)",
    scenario = SCN,
    say = with_lines(TO_INACTION, line),
    expect = { nodes = { "inaction", "harlow" } },
  }
end

for _, line in ipairs({ "sure. and the old system, what went wrong there", "What became of the old pilot then?",
                        "ok so what happend to the old one" }) do
  scenario_test {
    name = "plant: '" .. line .. "' at her pilot doubt is the pilot, not doing nothing (typed, r4)",
    scenario = SCN,
    say = with_lines({ R3_PILOT[1], R3_PILOT[2], R3_PILOT[3], R3_PILOT[4] }, line),
    expect = { nodes = { "warming", "last_pilot" } },
  }
end

for _, line in ipairs({ "whats causing you the most trouble out on the floor",
                        "When one of your lines stops without warning, what does that look like for you?",
                        "What's your biggest problem on the lines at the moment?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' after the agenda goes straight to Line 3 (typed, r4)",
    scenario = SCN,
    say = { PURPOSE, line },
    expect = { nodes = { "agenda_ok", "line3_story" }, targets = { "pain" } },
  }
end

local TO_DECIDER = { PURPOSE, "What's been keeping you busiest on the floor lately?",
                     "You said Line 3 gives you grey hair. What's been happening there?",
                     "Have you tried anything to fix it?", "What went wrong with that pilot?",
                     "What would need to be different this time?",
                     "How would a decision like this get made on your side?" }
for _, line in ipairs({ "the alert goes to the phone of whoever is on shift, and we stick around after the install",
                        "So the warning would reach your shift lead, not an inbox, and we stay on after the install.",
                        "our alerts go to whoevers on shift so line 3 gets fixed before it stops" }) do
  scenario_test {
    name = "plant: '" .. line .. "' meets her terms: what she asked for, not 'better technology' (typed, r4)",
    scenario = SCN,
    say = with_lines(TO_DECIDER, line),
    expect = { nodes = { "decider", "benefit_lands" } },
  }
end

for _, line in ipairs({ "whats the capex review exactly", "How does your capex review work?",
                        "And if it came in under twenty thousand?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' after she names the capex review gets the review (typed, r4)",
    scenario = SCN,
    say = with_lines(TO_DECIDER, line),
    expect = { nodes = { "decider", "capex" } },
  }
end

local function with_all(list, ...)
  local out = table.move(list, 1, #list, 1, {})
  for _, line in ipairs({ ... }) do out[#out + 1] = line end
  return out
end
local EARLY = { "Hi Dana, I'm Jo from Linewise. We help plants with unplanned stops. Could I ask a couple of questions?",
                "What's giving you the most trouble right now?", "What does each of those stops cost you?" }
scenario_test {
  name = "plant: a vague demo ask after little discovery gets her condition; a day on the floor then books (typed, r4)",
  scenario = SCN,
  say = with_all(EARLY, "could we set up a demo sometime",
                   "ok, how about i come by thursday morning and walk line 3 with you"),
  expect = { ending = "meeting_booked", nodes = { "vague_ask" } },
}

scenario_test {
  name = "plant: a second vague ask after her condition gets 'send me something' (typed, r4)",
  scenario = SCN,
  say = with_all(EARLY, "Could we set up a demo at some point?", "ok could we book a demo for later in the month then"),
  expect = { ending = "polite_no", nodes = { "vague_ask", "send_something" } },
}

-- Round 5: her own stake, asked in other words, gets her own answer (not
-- who signs, not the pilot), and the call goes on from there.
scenario_test {
  name = "plant: what fixing it would mean to her, after Harlow, gets her stake then her doubt (typed)",
  scenario = SCN,
  say = {
    PURPOSE,
    "What's been keeping you busiest on the floor lately?",
    "You said Line 3 gives you grey hair. What's been happening there?",
    "What do those stops end up costing you?",
    "What happens if nothing changes and Line 3 keeps stopping?",
    "and for you personaly, what would it change if line 3 just ran",
    { choose = "pilot" },
  },
  expect = { nodes = { "inaction", "motive_doubt", "last_pilot" } },
}

scenario_test {
  name = "plant: why it matters to her, asked at the decider and after the pilot story (typed)",
  scenario = SCN,
  say = {
    PURPOSE,
    "What's been keeping you busiest on the floor lately?",
    "You said Line 3 gives you grey hair. What's been happening there?",
    "Sounds rough. Setting the money aside, why does this matter so much to you?",
    "how does all of that feel, being the one they call",
  },
  expect = { nodes = { "line3_story", "motive", "impact" } },
}

-- "how much does one stop cost" is about cost, not the twenty-thousand
-- sign-off rule; a vague demo ask naming Sam after little discovery gets her
-- condition, not Tuesday at seven.
scenario_test {
  name = "plant: cost asked after the pilot story is answered with the cost (typed)",
  scenario = SCN,
  say = {
    PURPOSE,
    "What's been keeping you busiest on the floor lately?",
    "You said Line 3 gives you grey hair. What's been happening there?",
    "have you tried anything to fix it",
    "what went wrong with the pilot",
    "Ouch. ballpark, what does a single stop cost you",
  },
  expect = { nodes = { "last_pilot", "impact" }, targets = { "pain", "impact" } },
}

scenario_test {
  name = "plant: a vague demo ask naming Sam after little discovery gets her condition (typed)",
  scenario = SCN,
  say = {
    PURPOSE,
    "What's been keeping you busiest on the floor lately?",
    "You said Line 3 gives you grey hair. What's been happening there?",
    "have you tried anything to fix it",
    "what went wrong with the pilot",
    "Who else would be involved in a decision like this?",
    "ok. could we do a demo at some point with you and sam",
    "Fine - could I walk Line 3 with you on Thursday morning?",
  },
  expect = { nodes = { "decider", "vague_ask" }, ending = "meeting_booked" },
}

-- Play study r6: a fact question about the machine gets the fact, not the
-- stop story again; a real question after a pitch is answered ("...Is
-- overtime a big part of your budget?" asks about the cost, not who decides).
local TO_STORY = { PURPOSE, "What's been keeping you busiest on the floor lately?",
                   "You said Line 3 gives you grey hair. What's been happening there?" }
for _, line in ipairs({ "Ok. How old is that extruder?", "what make is the extruder", "Is it an old machine?",
                        "When was that line installed?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' gets the machine's age, not the stops again (typed, r6)",
    scenario = SCN,
    say = with_all(TO_STORY, line),
    expect = { nodes = { "line3_story", "machine" } },
  }
end

for _, line in ipairs({ "Our vibration sensors can flag a failure up to two weeks before it happens. Is overtime a big part of your budget?",
                        "We catch failing bearings weeks early. Does each stop cost you a lot in scrap?",
                        "Our alerts go to whoever is on shift. Are you paying much overtime because of it?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' asks about the cost after a pitch: the cost (typed, r6)",
    scenario = SCN,
    say = with_all(TO_STORY, line),
    expect = { nodes = { "line3_story", "impact" } },
  }
end

-- Sweep (r6 round): wherever Dana is, by when, who decides, what the stops
-- cost, what doing nothing costs, what it means to her and how a stop goes
-- get their answer (new node timing: before spring, through the March
-- review); the Sunday she named, asked about, is no ask for a meeting.
local AGENDA = { PURPOSE }
local STORY = with_all(TO_STORY)
local IMPACT = with_all(TO_STORY, "What do those stops end up costing you?")
for _, case in ipairs({
    { AGENDA, "who else gets a say in this?", "decider" },
    { AGENDA, "how much has this set you back so far?", "impact" },
    { STORY, "by when do you need this fixed?", "timing" },
    { STORY, "is there a date you're working toward?", "timing" },
    { IMPACT, "how soon do you need a fix in place?", "timing" },
    { STORY, "apart from you, who would be involved in choosing?", "decider" },
    { STORY, "say Line 3 keeps stopping through spring, then what?", "inaction" },
    { STORY, "walk me through what happens when the line stops", "line3_more" },
    { AGENDA, "what's the process when the extruder goes down at night?", "line3_story" },
    { STORY, "Who gets called in on a Sunday?", "weekend" },
    { STORY, "You got called in on Sunday again? Tell me about that.", "weekend" },
    { IMPACT, "what would fixing this mean for you personally?", "motive" },
  }) do
  scenario_test {
    name = "plant: '" .. case[2] .. "' gets " .. case[3] .. " (typed, sweep r6)",
    scenario = SCN,
    say = with_all(case[1], case[2]),
    expect = { nodes = { case[3] } },
  }
end

scenario_test {
  name = "plant: 'who's your director, and when would they decide?' asks who: the decider, with the date (typed, sweep r6)",
  scenario = SCN,
  say = with_all(IMPACT, "Who's your director, and when would they decide?"),
  expect = { nodes = { "decider" } },
}

scenario_test {
  name = "plant: 'walk me through how your lines are running' is the plant, not a stop (typed, sweep r6)",
  scenario = SCN,
  say = { PURPOSE, "Walk me through how your lines are running these days?" },
  expect = { nodes = { "overview" } },
}

-- Fresh wordings (written after the sweep): who else okays it, the bottom line.
for _, case in ipairs({ { "does anyone else need to okay this?", "decider" },
                        { "who besides you has to be happy with it?", "decider" },
                        { "what's that doing to the bottom line?", "impact" } }) do
  scenario_test {
    name = "plant: '" .. case[1] .. "' gets " .. case[2] .. " (typed, fresh r6)",
    scenario = SCN,
    say = with_all(TO_STORY, case[1]),
    expect = { nodes = { case[2] } },
  }
end

-- Play study r7 skilled 7: after Harlow, "who'd be in on that call besides
-- you?" is who decides, even after a reflection that says it keeps her up.
local TO_HARLOW = {
  PURPOSE,
  "What's been keeping you busiest on the floor lately?",
  "You said Line 3 gives you grey hair. What's been happening there?",
  "What do those stops end up costing you?",
  "Harlow's buyer is getting twitchy? Tell me more about that.",
}
for _, line in ipairs({
  "A fifth of your volume riding on a spring renewal - no wonder it keeps you up. You mentioned your director; if you decided to fix line 3 properly, who'd be in on that call besides you?",
  "That keeps you up at night, I bet. If you went ahead with a fix, who else would be in on the decision?",
  "If you did fix it properly, who'd need to be in on that call?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' after Harlow asks who decides (typed, r7)",
    scenario = SCN,
    say = with_lines(TO_HARLOW, line),
    expect = { nodes = { "harlow", "decider" } },
  }
end

-- Play study r8 average 6: a worry about losing the customer, asked as a
-- closed question, is what doing nothing costs (inaction), not the cost of a
-- stop again, though "lose" and "cost" are words of cost.
local TO_IMPACT = { PURPOSE, "What's been keeping you busiest on the floor lately?",
                    "You said Line 3 gives you grey hair. What's been happening there?",
                    "What do those stops end up costing you?" }
for _, line in ipairs({ "Yikes. are you worried you could lose Harlow?",
                        "Ouch. Is the Harlow account at risk?",
                        "do you think Harlow might walk over this?",
                        "So could this end up costing you Harlow's business?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' at the cost is the worry about losing Harlow (typed, r8)",
    scenario = SCN,
    say = with_lines(TO_IMPACT, line),
    expect = { nodes = { "impact", "inaction" }, targets = { "inaction" } },
  }
end

-- Play study r8 skilled 7: a short acknowledgement of who decides, then a
-- question on an earlier topic (what they have tried) is that question.
local TO_SAM = { PURPOSE, "What's been keeping you busiest on the floor lately?",
                 "You said Line 3 gives you grey hair. What's been happening there?",
                 "What do those stops end up costing you?",
                 "What happens if nothing changes and Line 3 keeps stopping?",
                 "Who besides you would decide on something like this?" }
for _, line in ipairs({ "Got it, March with Sam. You said maintenance thinks the bearings look fine - what have you tried so far to get to the bottom of the stops?",
                        "Makes sense. Going back to the stops - have you tried anything to fix them?",
                        "OK, Sam in March. Earlier you said the bearings look fine, so what else have you tried on Line 3?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' after Sam is what they have tried (typed, r8)",
    scenario = SCN,
    say = with_lines(TO_SAM, line),
    expect = { nodes = { "decider", "warming" } },
  }
end

-- Play study r8 average 3: the maintenance team's size is the crew, not the
-- plant's headcount; the plant's size asked later is answered too (both
-- detours: the call is back where it was).
for _, line in ipairs({ "ok. how big is your maintenance team?", "How many fitters have you got looking after the lines?",
                        "is your maintenance crew big enough to keep up?",
                        "how many maintenance guys do you have on nights?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' gets the maintenance team (typed, r8)",
    scenario = SCN,
    say = { "Hi Dana, this is Chris from Lineguard, we help plants with maintenance stuff. Do you have a few minutes to chat?",
            "I dont know that you do yet. So what are your biggest challenges with maintenance right now?", line,
            "You mentioned line 3 gives you grey hair, whats going on there?" },
    -- (an aside: she answers, and the call is back at the overview, Line 3 next)
    expect = { nodes = { "overview", "crew", "line3_story" } },
  }
end
for _, case in ipairs({ { "how many people work there?", "plant_size" },
                        { "Out of interest, how many staff do you have across the shifts?", "plant_size" },
                        { "What does maintenance make of it?", "line3_more" },
                        { "do you know what's causing the stops?", "line3_more" } }) do
  scenario_test {
    name = "plant: '" .. case[1] .. "' at the cost gets " .. case[2] .. " (typed, sweep r8)",
    scenario = SCN,
    say = with_lines(TO_IMPACT, case[1]),
    expect = { nodes = { "impact", case[2] } },
  }
end

-- Play study r8 picker 3: "how's that been for you?" about the call-outs is
-- the Sunday story (she says how it wears on her, not "me, mostly").
for _, line in ipairs({ "Another Sunday call-in - that must be grinding you down. How's that been for you?",
                        "Called in again on a Sunday. How are you holding up with that?",
                        "Who gets called in when it stops on a weekend?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' gets the Sunday call-outs (typed, r8)",
    scenario = SCN,
    say = { PURPOSE, "What's been happening with downtime on the lines?", line },
    expect = { nodes = { "line3_story", "weekend" } },
  }
end

-- Sweep r8: what has been tried, asked wherever the call is, gets the pilot
-- (her doubt first, the story once she has voiced it); how she is holding
-- up is her own stake; the cost of a stop and how long it has gone on are
-- answered late in the call too.
for _, case in ipairs({ { TO_IMPACT, "So what's been done about it up to now?", "warming" },
                        { TO_SAM, "Right. Before that - what have you done so far to fix line 3?", "warming" },
                        { TO_IMPACT, "Thanks. How are you coping with all of it, honestly?", "motive" },
                        { TO_SAM, "How are you doing with all this pressure on you?", "motive_doubt" },
                        { TO_SAM, "Right. And what does one of those stops actually cost?", "impact" },
                        { TO_IMPACT, "Right. And how long has line 3 been doing this?", "how_long" } }) do
  scenario_test {
    name = "plant: '" .. case[2] .. "' gets " .. case[3] .. " (typed, sweep r8)",
    scenario = SCN,
    say = with_lines(case[1], case[2]),
    expect = { nodes = { case[3] } },
  }
end
-- (the Sunday call-outs asked how they have been, before she has told them:
-- the call-out story, not her stake)
scenario_test {
  name = "plant: 'Sundays again - how has that been for you?' at Line 3 gets the call-outs (typed, sweep r8)",
  scenario = SCN,
  say = { PURPOSE, "What's been happening with downtime on the lines?", "Sundays again - how has that been for you?" },
  expect = { nodes = { "weekend" } },
}
-- (a question about trying again is what would have to be different, not what was tried)
scenario_test {
  name = "plant: 'if you tried something like it again, what would need to be different?' after the pilot (typed, sweep r8)",
  scenario = SCN,
  say = with_lines(R3_PILOT, "if you tried something like it again, what would need to be different?"),
  expect = { nodes = { "last_pilot", "what_works" } },
}

-- Second sweep r8 (fresh wordings): a customer pulling or dropping the
-- contract is the worry of losing them; "why does it keep stopping?" is
-- what maintenance makes of it, not doing nothing; "had anyone look at it
-- before?" is what was tried; hours lost a month are the hours, not the cost.
for _, case in ipairs({ { TO_IMPACT, "Sounds stressful. Is there a chance Harlow pulls the contract?", "inaction" },
                        { TO_IMPACT, "would they actually drop you over a couple of late loads?", "inaction" },
                        { TO_IMPACT, "Right. Why does it keep stopping, any idea?", "line3_more" },
                        { TO_SAM, "Noted. Have you had anyone look at the extruder before?", "warming" },
                        { TO_SAM, "How many hours a month do you lose to it?", "downtime_hours" } }) do
  scenario_test {
    name = "plant: '" .. case[2] .. "' gets " .. case[3] .. " (typed, second sweep r8)",
    scenario = SCN,
    say = with_lines(case[1], case[2]),
    expect = { nodes = { case[3] } },
  }
end

-- the ops director she will have to explain it to, followed in other words:
-- her name on it and who signs it off (r8 skilled line 6 was docked as
-- missing the cue the picker's "approved with your ops director" got)
local R8_TO_INACTION = {
  "Thanks for taking the call, Dana, I'll keep it short. I'd like to understand how unplanned downtime is hitting your plant right now, and if at the end it doesn't look like we can help, I'll tell you straight. Fair enough?",
  "Appreciate it. So what's been going on with downtime on your lines lately?",
  "Called in on a Sunday again, that sounds like it's wearing on you. What actually happens when it drops at two in the morning",
  "That's a hard thing to hear from your kids. You mentioned the owners are worried about cost - when Line 3 goes down, what does one of those stops end up costing?",
  "Twitchy how? If those late deliveries to Harlow keep happening into next quarter, where does that leave you?",
}
for _, line in ipairs({ "So it's not just the scrap, it's the Harlow account and your name on it. If you went after fixing this properly, who else would need to sign off on it?",
                        "And you'd be the one answering for it. Who would have to approve a fix?",
                        "That lands on you, then. Who signs off on something like this?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' follows up the ops director (typed, r8)",
    scenario = SCN,
    say = with_all(R8_TO_INACTION, line),
    expect = { cues_picked = { "director" } },
  }
end

-- r9 average 1: a courtesy "do you have a few minutes?" after thanks for the call is no ask for
-- a demo (the "call" she is on books nothing)
for _, line in ipairs({ "Hi Dana, this is Alex from Sensiq, thanks for taking my call. Do you have a few minutes to chat?",
                        "Thanks for picking up the call, Dana. Have you got a minute?",
                        "thank you for taking my call, do you have a moment to talk?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' is no premature ask (typed, r9)",
    scenario = SCN,
    say = { line },
    expect = { nodes = { "opening_push" } },
  }
end

-- r9 picker 2: "where is downtime hurting you most?" is open (her story of the stops), not a
-- closed fact answered with a headcount
for _, line in ipairs({ "Where is downtime hurting you most right now?",
                        "where's the downtime hitting you hardest at the moment?",
                        "Where do you feel it most when a line stops?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' after the agenda is her downtime story (typed, r9)",
    scenario = SCN,
    say = { PURPOSE, { line, labels = { "open_question" } } },
    expect = { nodes = { "line3_story" } },
  }
end

-- r9 skilled 5: the scrap and overtime summed up, then the next late load to Harlow asked as
-- where it leaves her: the risk of losing Harlow, not the cost list again
for _, line in ipairs({ "So the scrap and overtime hurt, but it sounds like Harlow is the real worry. If they got one more late delivery, where would that leave you?",
                        "Scrap and overtime are bad enough, but Harlow sounds like the big one. What happens if they get another late delivery?",
                        "the overtime hurts, sure. but if Harlow's loads come in late again next month, what does that mean for you?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' is the worry of losing Harlow (typed, r9)",
    scenario = SCN,
    say = with_lines(TO_IMPACT, line),
    expect = { nodes = { "inaction" } },
  }
end

-- r9 average 5: a pitch, then "what happened with the last one?" is answered (the last pilot),
-- not only heard as the pitch
for _, line in ipairs({ "Ours is pretty different, it sends alerts right to your phone. what happend with the last one?",
                        "we do things differently, we stay on site. what happened last time?",
                        "Fair. Ours texts the maintenance lead directly. What went wrong with the last one?" }) do
  scenario_test {
    name = "plant: '" .. line .. "' at the pilot doubt gets the last pilot (typed, r9)",
    scenario = SCN,
    say = with_lines({ R3_PILOT[1], R3_PILOT[2], R3_PILOT[3], R3_PILOT[4] }, line),
    expect = { nodes = { "warming", "last_pilot" } },
  }
end

-- r10 average 4: "do you have a maintainance team in house?" (typo kept) asks whether there is a
-- maintenance team: the crew, not the plant's headcount; the near-misses keep their places (the
-- plant's people are its size, "has maintenance looked at it?" what was tried)
local R10_AVG = { "hi Dana, this is Chris from Vantix, do you have a minute to talk about your maintenance?",
                  "sorry, I wanted to learn a bit about how your lines run and see if we can help",
                  "great. so what are your biggest challenges right now?" }
for _, case in ipairs({ { "ok. do you have a maintainance team in house?", "crew" },
                        { "Do you have your own maintenance people, or is it contracted out?", "crew" },
                        { "have you got fitters on site?", "crew" },
                        { "is there a maintenence crew on nights?", "crew" },
                        { "how many people work there?", "closed_answer" },
                        { "has maintenance looked at it?", "warming" },
                        { "what does maintainance make of it?", "line3_story" } }) do
  scenario_test {
    name = "plant: '" .. case[1] .. "' at the overview gets " .. case[2] .. " (typed, r10)",
    scenario = SCN,
    say = with_lines(R10_AVG, case[1]),
    expect = { nodes = { case[2] } },
  }
end

-- r10 skilled 6: when the renewal is and who besides her weighs in, asked in one line, is who
-- decides (or by when, whose answer names her director), not how long it has gone on ("besides
-- you" reaches a rule's test blanked); how long it has gone on is still that
local R10_SKILLED = {
  "Thanks Dana, I'll be quick. I'd like to understand how downtime hits your plant today, and if there's no fit I'll tell you straight. Fair enough?",
  "So what's been going on with the line lately?",
  "Grey hair, huh. What's Line 3 doing to you?",
  "Getting dragged in on a Sunday, that's rough. When it stops like that, what does it end up costing you?",
  "Harlow getting twitchy sounds like the part that worries you most. What happens if they get a third late one?",
}
for _, case in ipairs({ { "That's a lot riding on one extruder. When's the Harlow renewal, and who besides you would weigh in on fixing this?", "decider" },
                        { "When's the renewal? And apart from you, who would weigh in?", "decider" },
                        { "who besides you would weigh in on this?", "decider" },
                        { "When does Harlow renew, and who else would have a say in fixing it?", "timing" },
                        { "when does harlow renew?", "timing" },
                        { "how long has it been going on?", "how_long" } }) do
  scenario_test {
    name = "plant: '" .. case[1] .. "' after doing nothing gets " .. case[2] .. " (typed, r10)",
    scenario = SCN,
    say = with_lines(R10_SKILLED, case[1]),
    expect = { nodes = { case[2] } },
  }
end

-- r10 skilled 8: a benefit said as a statement opening with a wh-word ("What kills you is...")
-- and no question mark is the benefit, not a question about the cost; a real question after
-- a benefit is still answered
local R10_TO_DECIDER = with_all(R10_SKILLED,
  "That's a lot riding on one extruder. When's the Harlow renewal, and who besides you would weigh in on fixing this?",
  "Twice a week and nobody's surprised anymore, wow. If you decided to fix it, who else gets a say in that?")
for _, case in ipairs({ { "OK. What kills you is that the stops come with no warning. Our sensors pick up an extruder going bad days ahead, so you'd fix it on a weekday instead of scrapping film at 2am, and Harlow gets its deliveries on time.", "benefit_lands" },
                        { "What hurts most is the scrap at 2am. Our sensors flag a bearing days ahead, so your fitters change it on a Tuesday and the film keeps running.", "benefit_lands" },
                        { "Where it bites is Harlow. With a warning days ahead you'd plan the fix for a weekday and keep their loads on time", "benefit_lands" },
                        { "Our sensors catch it days ahead, so you'd fix it on a weekday. What do the stops cost you now?", "impact" },
                        { "what does a stop cost you", "impact" } }) do
  scenario_test {
    name = "plant: '" .. case[1] .. "' at the decider gets " .. case[2] .. " (typed, r10)",
    scenario = SCN,
    say = with_lines(R10_TO_DECIDER, case[1]),
    expect = { nodes = { case[2] } },
  }
end

-- Sweep after r10: "how often does it stop?" (she said twice a week) is how much downtime, not a
-- line she cannot follow; how often she gets the call is still the Sunday call-outs
for _, case in ipairs({ { 3, "how often does it stop?", "downtime_hours" },
                        { 3, "How many times a week does Line 3 go down?", "downtime_hours" },
                        { 4, "Ouch. how often does it stop, roughly?", "downtime_hours" },
                        { 3, "how often are you the one getting the call?", "weekend" } }) do
  scenario_test {
    name = "plant: '" .. case[2] .. "' gets " .. case[3] .. " (typed, r10 sweep)",
    scenario = SCN,
    say = with_lines({ table.unpack(R10_SKILLED, 1, case[1]) }, case[2]),
    expect = { nodes = { case[3] } },
  }
end

-- Sweep after r10: the machine asked about once the story has moved on ("how old is the extruder
-- and has it been rebuilt?" at the cost or the decider) is answered as an aside, not missed
-- (it was a line she could not follow, or the last pilot at Harlow); while she tells the story
-- it is still the machine node
for _, case in ipairs({ { R10_SKILLED, "how old is the extruder and has it been rebuilt?", "machine_aside" },
                        { { table.unpack(R10_SKILLED, 1, 4) }, "Ouch. How old is the extruder?", "machine_aside" },
                        { R10_TO_DECIDER, "what make is the machine on line 3?", "machine_aside" },
                        { { table.unpack(R10_SKILLED, 1, 3) }, "how old is the extruder?", "machine" } }) do
  scenario_test {
    name = "plant: '" .. case[2] .. "' gets " .. case[3] .. " (typed, r10 sweep)",
    scenario = SCN,
    say = with_lines(case[1], case[2]),
    expect = { nodes = { case[3] } },
  }
end

-- Play study r11 (plant average 8): a vague demo ask ("sometime") after a good deal of
-- discovery, but before Sam or the failed pilot ever came up, gets her terms (who, when,
-- on her floor), not a slot she fixes herself; a concrete ask at the same point books
local R11_TO_HARLOW = { "hey Dana, its Chris from Lineworks, we do predictive maintenance. got a couple minutes?",
                        "fair enough, I don't know that you do. so what are your biggest challanges on the floor right now?",
                        "Is line 3 breaking down alot?", "ok. how old is that extruder?",
                        "Sure. What happens when it stops, like what does that do to your week",
                        "thats gotta be frustrating. how much does each stop cost you roughly?",
                        "how twitchy is the Harlow buyer getting?" }
for _, case in ipairs({ { "got it, makes sense. could we set up a demo sometime so you can see how it works?", "vague_ask" },
                        { "ok understood. can we book a demo at some point so you see it for yourself?", "vague_ask" },
                        { "right. would you be up for a quick demo one of these days?", "vague_ask" },
                        { "got it. could I come by Thursday morning and walk Line 3 with you?", "meeting_booked" } }) do
  scenario_test {
    name = "plant: '" .. case[1] .. "' before Sam or the pilot came up gets " .. case[2] .. " (typed, r11)",
    scenario = SCN,
    say = with_lines(R11_TO_HARLOW, case[1]),
    expect = { nodes = { "harlow", case[2] } },
  }
end

-- Play study r11 (plant average 7): a pitch checked with a yes/no question that names her customer
-- ("our sensors can flag a problem days before... would that help with Harlow?") is the pitch (she
-- answers with the sensors that failed before), not a question about Harlow's buyer; a real
-- question about Harlow is still Harlow
for _, case in ipairs({ { "ok so our sensors can flag a problem days before the line goes down. would that help with Harlow?", "pitch_mid" },
                        { "Our vibration sensors warn you a week ahead. Would that help keep Harlow happy?", "pitch_mid" },
                        { "we have a dashboard that predicts failures, would that be useful for the overtime?", "pitch_mid" },
                        { "so would Harlow walk if it happens again?", "harlow" } }) do
  scenario_test {
    name = "plant: '" .. case[1] .. "' at the cost gets " .. case[2] .. " (typed, r11)",
    scenario = SCN,
    say = with_lines({ table.unpack(R11_TO_HARLOW, 1, 6) }, case[1]),
    expect = { nodes = { "impact", case[2] } },
  }
end

-- Play study r12 (plant skilled 4): a question that starts from a stop but asks what it costs
-- ("When line 3 stops like that, what does it end up costing the plant") is the cost, not
-- what happens when the line stops; a question about what happens is still the stop
local R12_TO_WEEKEND = { "Thanks for the ten minutes, Dana. I'd like to understand how downtime's hitting the plant and, if there's no fit, I'll tell you straight. Fair enough?",
                         "So what's been going on with downtime on your lines lately?",
                         "Called in on a Sunday again - that's rough. What happens at your end when it goes down at 2am?" }
for _, case in ipairs({ { "Missing your kids' things over a machine, that's a lot to carry. When line 3 stops like that, what does it end up costing the plant", "impact" },
                        { "That sounds exhausting. When the extruder goes down overnight, what does that cost you by morning?", "impact" },
                        { "When it breaks like that, what's it costing the plant each time?", "impact" },
                        { "When line 3 stops at night, what happens next?", "line3_more" } }) do
  scenario_test {
    name = "plant: '" .. case[1] .. "' at the weekend gets " .. case[2] .. " (typed, r12)",
    scenario = SCN,
    say = with_lines(R12_TO_WEEKEND, case[1]),
    expect = { nodes = { "weekend", case[2] } },
  }
end

-- Play study r12 (plant skilled 10): a benefit checked with a yes/no question that only asks whether it
-- fits ("...you stop driving in on Sundays and Harlow gets its deliveries on time. Does that speak to
-- what you're dealing with?") is the benefit (checks_benefit; topic rules leave it), not a question on
-- the pilot or Harlow its words name; a real question about the pilot after a benefit is still the pilot
local R12_TO_DECIDER = { "Thanks for the ten minutes, Dana. I'd like to understand how downtime's hitting the plant and, if there's no fit, I'll tell you straight. Fair enough?",
                         "So what's been going on with downtime on your lines lately?",
                         "Called in on a Sunday again - that's rough. What happens at your end when it goes down at 2am?",
                         "Missing your kids' things over a machine, that's a lot to carry. When line 3 stops like that, what does it end up costing the plant",
                         "So you're going round in circles with no root cause. Each lost run - roughly what's that worth in money?",
                         "Twitchy's a worrying word with your biggest customer. What's their buyer actually been saying to you",
                         "Fair enough. Say line 3 keeps stopping like this right up to Harlow's renewal - where does that leave you?",
                         "I'd be sceptical too after that. Tell me about the pilot - where did it fall down?",
                         "So the data was there but nobody owned it and nothing changed on the floor. If you looked at this again, who besides you would have a say - your director?" }
for _, case in ipairs({ { "Here's where we're different from that pilot: when line 3 starts drifting, our engineers ring your maintenance lead days ahead, so the fix happens on a weekday shift, you stop driving in on Sundays and Harlow gets its deliveries on time. Does that speak to what you're dealing with?", "benefit_lands" },
                        { "With us, an engineer phones your maintenance lead days before line 3 goes, so the repair is on a weekday and Harlow gets its loads on time. Does that fit what you're dealing with?", "benefit_lands" },
                        { "Our people call ahead when the extruder starts drifting, so you fix it on a Tuesday, not a Sunday, and Harlow's deliveries go out on time. Does that speak to your situation?", "benefit_lands" },
                        { "Our engineers call ahead so you fix it on a weekday - did the last pilot do anything like that?", "last_pilot" } }) do
  scenario_test {
    name = "plant: '" .. case[1] .. "' at the decider gets " .. case[2] .. " (typed, r12)",
    scenario = SCN,
    say = with_lines(R12_TO_DECIDER, case[1]),
    expect = { nodes = { "decider", case[2] } },
  }
end

-- Play study r13 (plant average 3): how long one stop lasts ('How long is the line usually down when
-- that happens?') is the hours each stop takes (downtime_hours), not since when it has gone on
-- (how_long); 'how long has it been stopping like this?' is still since when
local R13_TO_LINE3 = { "Hi Dana, this is Chris from Uptime Analytics, how are you doing today?",
                       "I wanted to learn a bit about your plant and see if we could help with downtime. So what are your biggest challenges right now?" }
for _, case in ipairs({ { "Ok. How long is the line usually down when that happens?", "downtime_hours" },
                        { "How long does a stop like that usually last?", "downtime_hours" },
                        { "and how long does it take you to get it running again", "downtime_hours" },
                        { "How long has it been stopping like this?", "how_long" } }) do
  scenario_test {
    name = "plant: '" .. case[1] .. "' at line 3's story gets " .. case[2] .. " (typed, r13)",
    scenario = SCN,
    say = with_lines(R13_TO_LINE3, case[1]),
    expect = { nodes = { "line3_story", case[2] } },
  }
end

-- Play study r13 (plant picker 6): how the director she just mentioned sees it ('You mentioned your
-- director. How's he seeing all this?') gets his view, then who signs (director_view -> decider, his
-- view first), not the sign-off rules alone; how Harlow's buyer is taking it is no question on the director
local R13_TO_HARLOW = { "Thanks, Dana. Goal today is to hear how downtime is affecting you; if there's no fit, I'll say so. OK?",
                        "What's happening with downtime on your lines?",
                        "Called in on a Sunday again. What's that like for you?",
                        "That's hard on the family. What does each stop cost the plant?",
                        "Tell me more about Harlow's buyer getting twitchy." }
for _, case in ipairs({ { "You mentioned your director. How's he seeing all this?", "decider" },
                        { "How does your director feel about all this so far?", "decider" },
                        { "you said your boss - what does he make of it?", "decider" },
                        { "How's Harlow's buyer taking it?", "warming" } }) do
  scenario_test {
    name = "plant: '" .. case[1] .. "' at Harlow gets " .. case[2] .. " (typed, r13)",
    scenario = SCN,
    say = with_lines(R13_TO_HARLOW, case[1]),
    expect = { nodes = { "harlow", case[2] } },
  }
end

-- r16 picker 6: after 'we probably lose Harlow at renewal', what it may cost them in words of ours is a reflection
scenario_test {
  name = "plant: r16 'So this could cost you your biggest customer. Who ...' is heard as reflection (typed, r16)",
  scenario = SCN,
  say = {
    "Thanks Dana. I'd like to use ten minutes to learn how your lines are running; if there's no fit, I'll say so. Fair?",
    "Great. What's keeping you busiest on the floor these days?",
    "Grey hair? Tell me about Line 3.",
    "Sunday call-outs, that sounds exhausting. What does a stop cost you?",
    "Twitchy how? What would losing Harlow mean for you?",
    { "So this could cost you your biggest customer. Who else would be involved in deciding on a fix, and by when?",
      labels = { "reflection" } },
  },
}

-- r16 average 6: a pitch, then what their maintenance uses now, asks what they do today to catch a
-- failure (current_tools: routine checks, nothing predictive), not what went wrong with the pilot;
-- what they tried before is still the pilot
local R16_AVG = { "hi Dana, this is Sam from Uptime Systems. how are you doing today?",
                  "doing well thanks. so what are your biggest challenges right now?",
                  "ok, what happens with line 3?",
                  "how often does that hapen?",
                  "thats annoying. what have you tried so far?" }
for _, case in ipairs({
  { "we use vibration sensors that predict failures before they happen. what does your maintenance guy use now?", "current_tools" },
  { "Our sensors catch bearing wear weeks early. How do you keep an eye on the extruder today?", "current_tools" },
  { "What do you use to monitor the line at the moment?", "current_tools" },
  { "What went wrong with the pilot?", "last_pilot" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "...' at the pilot doubt gets " .. case[2] .. " (typed, r16)",
    scenario = SCN,
    say = with_all(R16_AVG, case[1]),
    expect = { nodes = { "warming", case[2] } },
  }
end

-- r16 average 8: after a too-early ask, how long line 3 has been like this (or since when) is how long
-- it has been going on (how_long: since February), not the story's next step; a question on how long
-- each stop lasts is still the hours
local R16_TOO_SOON = with_all(R16_AVG, "we use vibration sensors that predict failures before they happen. what does your maintenance guy use now?",
                              "that sounds frustrating. so would you be open to a demo next week?")
for _, case in ipairs({ { "fair enough. how long has line 3 been like this", "how_long" },
                        { "Sorry, too soon. When did the stops start?", "how_long" },
                        { "Fair point. Since when has line 3 been stopping like that?", "how_long" },
                        { "ok. how long does each stop last?", "downtime_hours" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "...' after a too-early ask gets " .. case[2] .. " (typed, r16)",
    scenario = SCN,
    say = with_all(R16_TOO_SOON, case[1]),
    expect = { nodes = { "too_soon", case[2] } },
  }
end

-- r16 average 1: the greeting's 'how are you doing today?' is small talk only (no open question: tests/unit/test_analyze.c)
scenario_test {
  name = "plant: r16 'hi Dana, this is Sam from Uptime Systems. how are ...' is heard as small_talk (typed, r16)",
  scenario = SCN,
  say = {
    { "hi Dana, this is Sam from Uptime Systems. how are you doing today?",
      labels = { "small_talk" } },
  },
}
-- r16 pitcher 2 / average 6 (labels16a): what our sensors do said with a plural subject's base
-- verb ("our sensors monitor...", "we use vibration sensors that...") is a feature
for _, line in ipairs({ "Well, our sensors monitor vibration and temperature on every motor and send alerts to your phone. Would that be useful for your plant?",
                        "we use vibration sensors that predict failures before they happen. would that help?",
                        "Our probes track temperature on every motor. Is that something you'd use?" }) do
  scenario_test {
    name = "plant: '" .. line:sub(1, 60) .. "...' is a feature (typed, r16)",
    scenario = SCN,
    say = { { line, labels = { "feature" } } },
    expect = {},
  }
end

-- r17 average 5: 'who else is affected when line 3 goes down?' asks who the stops touch (the scrap,
-- the overtime, Harlow's late loads: the impact), not who decides; who else is involved still is
local R17_COST = { "Hi Dana, this is Sam from Linewatch, thanks for taking the call. How are things going?",
                   "Line 3 giving you grey hair - what's going on with it?",
                   "wow that sucks. how much downtime is that costing you a month?",
                   "ok. so what are your biggest challenges besides line 3?" }
for _, case in ipairs({
  { "haha not yet. we do have sensors that can predict failures tho. who else is affected when line 3 goes down?", "impact" },
  { "Not yet. Who else feels it when the line stops?", "impact" },
  { "Fair. Does it hit anyone else when Line 3 goes down, outside the plant?", "impact" },
  { "Not yet. Who else is involved in a decision like this?", "decider" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' at the cost question gets " .. case[2] .. " (typed, r17)",
    scenario = SCN,
    say = with_all(R17_COST, case[1]),
    expect = { nodes = { "cost_question", case[2] } },
  }
end

-- r7 average 6 (labels19a): a thing of ours whose clause does something to the trouble ("vibration
-- sensors that catch bearing problems") is a feature, not the seller's own trouble; "we have problems
-- that keep coming back" still is
for _, case in ipairs({
  { "We actually have vibration sensors that catch bearing problems early.", { "feature" } },
  { "We have a dashboard which flags issues before the line stops.", { "feature" } },
  { "We have problems that keep coming back.", { "seller_focus" } } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' is read as " .. case[2][1] .. " (typed, labels19a)",
    scenario = SCN,
    say = { { case[1], labels = case[2] } },
    expect = {},
  }
end

-- r18 average: the pilot story told ("the last lot didn't stop anything", then what went wrong), her
-- doubt never answered, "a demo sometime next week so I can show you how our system works" was booked
-- for Tuesday at seven. An ask with her doubt open and not on her floor gets the doubt again; a
-- second such ask "send me something"; an answer (a warning that reaches a person) then an ask
-- books; an ask to walk the line (her terms) still books.
local R18_PILOT = { "Hi Dana, this is Chris from Sensio, do you have a few minutes to chat?",
                    "Sure, we help manufacturing plants with downtime. So what are your biggest challenges right now?",
                    "whats going on with line 3?",
                    "Does it happen a lot?",
                    "ok. how much does that cost you each time?",
                    "Got it. Our sensors monitor vibration and temperature 24/7 on motors and extruders. Have you looked at anything like that before?",
                    "what happened with the last ones?",
                    "That makes sense. Who would be involved in making a decision on something like this?" }
for _, case in ipairs({
    { { "Ok great. Would you be open to a demo sometime next week so I can show you how our system works?" }, { "doubt_again" }, nil },
    { { "Great. Could we set up a quick demo for you and Sam next week?" }, { "doubt_again" }, nil },
    { { "Ok great. Would you be open to a demo sometime next week so I can show you how our system works?",
        "I hear you. So can we get that demo in the calendar for Thursday?" }, { "doubt_again" }, "polite_no" },
    { { "Perfect. How about a thirty minute demo on Tuesday?",
        "Fair. Ours texts the warning to whoever's on shift, not an inbox, and I stay on after the install, so you'd fix it before the line stops.",
        "Could we get a demo in next week with you and Sam?" }, { "doubt_again", "benefit_lands" }, "meeting_booked" },
    -- (near miss: an ask to walk the line, on her terms, books)
    { { "Could I come and walk Line 3 with you and your maintenance lead on Tuesday morning?" }, {}, "meeting_booked" } }) do
  local say = with_all(R18_PILOT, table.unpack(case[1]))
  scenario_test {
    name = "plant: '" .. case[1][#case[1]]:sub(1, 50) .. "' with the pilot doubt open (" .. #case[1] .. " lines) gets "
      .. (case[3] or case[2][#case[2]]) .. " (typed, r18)",
    scenario = SCN,
    say = say,
    expect = { nodes = case[2], ending = case[3] },
  }
end

-- r18 picker 4 (labels19b): "That wears on a family" puts the toll of the call-outs in words of ours: a
-- reflection (reflection.stake, as "that's tough on the family"; "that wears/weighs/grinds on|down");
-- the cost question after it is still heard (weekend.asks_cost)
local R18_WEEKEND = { "Thanks, Dana. I'd like to understand what downtime is doing to your plant; if we're not a fit, I'll say so. Fair?",
                      "What's happening with downtime on the lines?",
                      "Sunday again - how's that been for you?" }
for _, line in ipairs({ "That wears on a family. What does each stop cost the plant?",
                        "That wears on everyone at home. What does each stop cost the plant?",
                        "That weighs on your whole family. What does a stop cost the plant?" }) do
  scenario_test {
    name = "plant: '" .. line:sub(1, 60) .. "' at the weekend reflects (typed, r18)",
    scenario = SCN,
    say = with_all(R18_WEEKEND, { line, labels = { "open_question", "reflection" } }),
    expect = { nodes = { "weekend" } },
  }
end

-- r20 average 6 (fix21b): at the last pilot, "got it, so nobody was watching the alerts. how many
-- machines do you have on the floor?" was heard as what would need to be different (any closed
-- question there); machines on the floor count the plant (asks_size): the plant's size, an aside.
-- How many motors the vendor put sensors on is still the pilot.
local R20_AVERAGE = {
  "hi dana, this is sam from linewatch, we do machine monitoring. got a few minutes to talk about your downtime?",
  "well most plants have some downtime issues. so what are your biggest challenges right now?",
  "ok. how often does that happen?",
  "that sounds frustrating. what have you tried so far to fix it",
  "our system uses AI so its way more accurate than older sensors. what went wrong with the pilot?" }
for _, case in ipairs({
    { "got it, so nobody was watching the alerts. how many machines do you have on the floor?", "plant_size" },
    { "Makes sense. How many machines are running on the floor at the plant?", "plant_size" },
    { "Right. How many extruders do you run?", "plant_size" },
    -- (near miss: the pilot's own sensors)
    { "How many motors did they put sensors on?", "what_works" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' at the last pilot gets " .. case[2] .. " (typed, r20)",
    scenario = SCN,
    say = with_all(R20_AVERAGE, case[1]),
    expect = { nodes = { "last_pilot", case[2] } },
  }
end

-- r20 skilled 9 (labels21): "where does he sit in a decision like this" was a fact question (where):
-- where someone sits, stands or lands in or on a decision asks their place in it - open, and after her
-- director, a probe (open.wh_word); where someone sits with no decision after it stays a fact
for _, case in ipairs({
  { "Your director - where does he sit in a decision like this?", { "open_question", "probe" } },
  { "where does your director sit on something like this", { "open_question", "probe" } },
  { "And where do the owners land on it?", { "open_question", "probe" } },
  { "Where does your director sit, at the plant or at head office?", { "closed_question" } } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' at what works labels " .. table.concat(case[2], "+") .. " (typed, r20)",
    scenario = SCN,
    say = with_lines(R3_PILOT, "if you tried something like it again, what would need to be different?",
                     { case[1], labels = case[2] }),
    expect = { nodes = { "what_works" } },
  }
end

-- r21 average 1-3 (fix22b): at the opening, "wanted to see if you have a few minutes to talk about
-- downtime at your plant?" and "Are you having any problems with downtime?" were each clarified, then
-- "Do you have problems with downtime?" got the stock "and? why did you call?". Asking for a few
-- minutes on a topic is why the rep called (lib.asks_for_time: agenda_ok); a yes/no about her downtime
-- is answered (lib.asks_has_trouble: Line 3). A day or a demo is still an early ask; a yes/no on
-- another topic still gets her push.
for _, case in ipairs({
    { "Hi Dana, I'm calling from the maintenance side - wanted to see if you have a few minutes to talk about downtime at your plant?", "agenda_ok" },
    { "Got a couple of minutes to chat about how your lines are running?", "agenda_ok" },
    { "Hi Dana, do you have a few minutes to talk about unplanned stops?", "agenda_ok" },
    { "Sorry - I sell maintenance software. Are you having any problems with downtime?", "line3_story" },
    { "Do you have problems with downtime?", "line3_story" },
    { "Are you seeing a lot of unplanned stops on the lines?", "line3_story" },
    { "Do you get much downtime on the extruders?", "line3_story" },
    -- (near misses: a day and a demo; a yes/no on another topic)
    { "Do you have a few minutes next Tuesday for a demo?", "too_soon" },
    { "Do you have many people on the floor?", "opening_push" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' at the opening gets " .. case[2] .. " (typed, r21)",
    scenario = SCN,
    say = { case[1] },
    expect = { nodes = { case[2] } },
  }
end
-- ...and after her push, or once she said go ahead
scenario_test {
  name = "plant: 'Do you have problems with downtime?' after her push gets Line 3 (typed, r21)",
  scenario = SCN,
  say = { "Hi Dana, do you have many people on the floor?", "Do you have problems with downtime?" },
  expect = { nodes = { "opening_push", "line3_story" } },
}
scenario_test {
  name = "plant: 'Are you having any problems with downtime?' once she said go ahead gets Line 3 (typed, r21)",
  scenario = SCN,
  say = { "Hi Dana, I'm calling from the maintenance side - wanted to see if you have a few minutes to talk about downtime at your plant?",
          "Sorry - I sell maintenance software. Are you having any problems with downtime?" },
  expect = { nodes = { "agenda_ok", "line3_story" } },
}
-- r21 homebuyer average 1 (fix22b): a hello at the opening is hello - "Hi Dana, it's Chris from
-- Sensewell, thanks for taking the call." gets her "so what can I do for you?" (chitchat), no
-- clarification; a pitch after "hi" is still the pitch
for _, case in ipairs({
    { "Hi Dana, it's Chris from Sensewell, thanks for taking the call about downtime.", "chitchat" },
    { "Good morning Dana, this is Sam at Linewatch.", "chitchat" },
    { "Hi Dana, our vibration sensors and AI analytics predict failures before they happen.", "pitch_early" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' at the opening gets " .. case[2] .. " (typed, r21)",
    scenario = SCN,
    say = { case[1] },
    expect = { nodes = { case[2] } },
  }
end

-- r22 average 6-7, picker 9 (fix23a): who + a deciding word is who decides at every node of the
-- story, whatever the decision is about - "Who handles maintenance decisions there, is it you?" was
-- what maintenance makes of it, "who makes the call on buying new equipment?" the machine's age; who
-- else, past the director, gets who else (decider_ask "else"). What maintenance makes of it and who
-- made the extruder still get their answers.
local R22_TO_LINE3_MORE = with_all(TO_STORY, "What does maintenance make of it?")
local R22_TO_WHAT_WORKS = with_lines(R3_PILOT, "if you tried something like it again, what would need to be different?")
for _, case in ipairs({
    { IMPACT, "Ok. Who handles maintenance decisions there, is it you?", "decider" },
    { IMPACT, "Right. Who takes the decisions on maintenance spend, you or someone above you?", "decider" },
    { IMPACT, "Who would decide on fixing something like that?", "decider" },
    { R22_TO_LINE3_MORE, "Sounds frustrating. So who makes the call on buying new equipment?", "decider" },
    { R22_TO_LINE3_MORE, "Who makes the decision on new machines there?", "decider" },
    { R22_TO_LINE3_MORE, "ok. whose decision is it when you replace a machine?", "decider" },
    { R22_TO_WHAT_WORKS, "Who besides your director would weigh in on a decision like this?", "decider" },
    { R22_TO_WHAT_WORKS, "Anyone else apart from Sam who'd have a say?", "decider" },
    -- (near misses: what maintenance makes of it, who built the extruder)
    { IMPACT, "What does maintenance make of it?", "line3_more" },
    { STORY, "Who makes that extruder?", "machine" } }) do
  scenario_test {
    name = "plant: '" .. case[2]:sub(1, 60) .. "' gets " .. case[3] .. " (typed, r22)",
    scenario = SCN,
    say = with_lines(case[1], case[2]),
    expect = { nodes = { case[3] } },
  }
end

-- r22 average 3 (fix23a): "Got it. Do you track your downtime at all?" got the Line 3 story again;
-- whether and how they keep count of the stops is answered: before the story, how they log it and
-- what fills the log, Line 3's story (tests/scripts/says_back/plant_r22_track*.txt check the words);
-- after it, an aside (tracking: the whiteboard, the shift log). How many hours is still the hours.
for _, case in ipairs({
    { AGENDA, "Got it. Do you track your downtime at all?", "line3_story" },
    { AGENDA, "Are you logging the stops anywhere?", "line3_story" },
    { STORY, "Are you logging the stops anywhere?", "tracking" },
    { STORY, "How do you keep track of how much downtime you're getting?", "tracking" },
    -- (near miss: how many hours)
    { STORY, "How many hours of downtime do you get a month?", "downtime_hours" } }) do
  scenario_test {
    name = "plant: '" .. case[2]:sub(1, 60) .. "' gets " .. case[3] .. " (typed, r22)",
    scenario = SCN,
    say = with_lines(case[1], case[2]),
    expect = { nodes = { case[3] } },
  }
end

-- r22 skilled 4 (fix23a): a cost question under a "when X stops" ("when Line 3 stops, what does it
-- actually cost?") is the cost, not how a stop goes; "what do you do first" under the same when still is.
for _, case in ipairs({ { "That's a lot to carry, missing the kids' stuff. And for the owners - when Line 3 stops, what does it actually cost?", "impact" },
                        { "That sounds brutal. When the line goes down like that, what does it really cost the owners?", "impact" },
                        { "When the extruder stops, what does a stop typically cost?", "impact" },
                        { "When line 3 stops, what do you actually do first?", "line3_more" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' at the weekend gets " .. case[2] .. " (typed, r22)",
    scenario = SCN,
    say = with_lines(R12_TO_WEEKEND, case[1]),
    expect = { nodes = { "weekend", case[2] } },
  }
end

-- r22 average 5 (fix23a): a pitch and "have you looked at anything like that?" asks what they have
-- tried (the sensor pilot), not what the stops cost, though the lead-in names the scrap; a cost
-- question after the scrap is still the cost.
local R22_TO_HOURS = with_all(TO_STORY, "How often does it stop?")
for _, case in ipairs({
    { "Thats a lot of scrap. We have vibration sensors that can flag problems early, have you looked at anything like that?", "warming" },
    { "Our alerts go straight to whoever's on shift. Have you ever used something like that?", "warming" },
    { "Ouch, thirty hours. Have you looked into anything to catch it early?", "warming" },
    -- (near miss: the cost)
    { "Thats a lot of scrap. What does each of those stops cost you?", "impact" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' after the hours gets " .. case[2] .. " (typed, r22)",
    scenario = SCN,
    say = with_lines(R22_TO_HOURS, case[1]),
    expect = { nodes = { "downtime_hours", case[2] } },
  }
end
-- ...and asked who else once she has named Sam, she says who else (decider_else, an aside), not Sam's
-- line again; who decides asked again is still her "Sam signs" again
for _, case in ipairs({
    { "Who besides Sam would weigh in on a decision like this?", "decider_else" },
    { "Anyone else who'd have a say, apart from him?", "decider_else" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' after who decides gets " .. case[2] .. " (typed, r22)",
    scenario = SCN,
    say = with_all(IMPACT, "Who would decide on fixing something like that?", case[1]),
    expect = { nodes = { "decider", case[2] } },
  }
end

-- r24 (fix25b). The average rep's call to the pitch Dana met with "Features. Sure." (pitch_late):
-- a question on a topic there is answered, the cost the cost, not her pilot line again
-- (r24 average 7); any other question is still the pilot she has just brought up.
local R24_AVG = { "Hi Dana, this is Chris from Sensorline, we help plants with downtime. Do you have a few minutes?",
                  "Fair. I dont know yet, thats why I'm calling. So what are your biggest challenges right now?",
                  "Whats going on with line 3?", "Do you have any monitoring on that extruder today?",
                  "What happend with the pilot?",
                  "Ok. Our system sends alerts by text to your techs phones, not just email." }
scenario_test {
  name = "plant: 'How much does it cost you when line 3 goes down?' after a late pitch gets the cost (typed, r24)",
  scenario = SCN,
  say = with_lines(R24_AVG, "Understood. How much does it cost you when line 3 goes down?"),
  expect = { nodes = { "last_pilot", "pitch_late", "impact" } },
}
-- (to the late pitch by the pilot doubt's "machine learning" option: last_pilot not told yet)
local R24_LATE = { R3_PILOT[1], R3_PILOT[2], R3_PILOT[3], R3_PILOT[4], { choose = "ai" } }
for _, case in ipairs({
    { "Understood. How much does it cost you when line 3 goes down?", "impact" },
    { "What does a stop like that cost you?", "impact" },
    { "Okay. Roughly what does each breakdown end up costing the plant?", "impact" },
    { "Fair. How many hours is the line down each time?", "downtime_hours" },
    -- (near miss: any other question is the pilot she has just named)
    { "What happened with that last vendor?", "last_pilot" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' after a late pitch gets " .. case[2] .. " (typed, r24)",
    scenario = SCN,
    say = with_lines(R24_LATE, case[1]),
    expect = { nodes = { "pitch_late", case[2] } },
  }
end

-- r24 skilled 11, 12: her maintenance lead (the one Sam won't sign past), asked how he'd take sensors
-- again, his name, what he'd need to see: she says (maint_lead, an aside), not the pilot story or
-- what maintenance finds on Line 3. What he makes of the stops is still what maintenance finds;
-- what Sam needs is still Sam.
local R24_SKILLED = {
  "Thanks for picking up, Dana. I'll be quick: I'd like to understand how downtime is hitting your plant, and if we're not a fit I'll tell you straight. Fair?",
  "Sure. So what's been going on with downtime on your lines lately?",
  "Called in on a Sunday again, that sounds exhausting. What happens when it stops like that?",
  "Your kids have stopped asking - that's got to sting. How long has it been like this?",
  "You mentioned the cost is what worries the owners. When the line goes down, what does it actually cost you?",
  "Twitchy how? What's their buyer been saying",
  "Say nothing changes on Line 3 before that renewal - where does that leave you",
  "Fair to be skeptical after that. Tell me about the pilot - where did it fall down?",
  "So it was a dashboard nobody watched and alerts that went nowhere. What would it have to do differently for you to trust it this time?",
  "Makes sense. Besides your director, who else would have a say in something like this, and by when would you want it sorted?" }
local R24_LINES = {
  "Your maintenance lead sounds like the key. How do you think he'd feel about trying sensors again?",
  "Understood. What's your maintenance lead's name, and what would he need to see?",
  "OK. Here's where I think we'd help: our sensors catch a bearing going bad days out and the warning goes straight to whoever's on shift, so you'd fix Line 3 on a weekday instead of driving in on a Sunday, and Harlow keeps getting deliveries on time. And we stay on after the install.",
  "Fair enough, and I wouldn't expect you to take my word for it. How about we walk Line 3 with your maintenance lead so he can see for himself - would Tuesday or Thursday morning work?" }
scenario_test {
  name = "plant: the r24 skilled call: the maintenance lead asked about, a pitch on her terms lands, the walk books (typed, r24)",
  scenario = SCN,
  say = with_all(R24_SKILLED, R24_LINES[1], R24_LINES[2], R24_LINES[3], R24_LINES[4]),
  expect = { ending = "meeting_booked", nodes = { "decider", "maint_lead", "benefit_lands" } },
}
for _, case in ipairs({
    { R24_LINES[1], "maint_lead" },
    { "How would your maintenance lead take to another pilot?", "maint_lead" },
    { "What would it take to get your maintenance manager on board?", "maint_lead" },
    -- (near miss: what Sam needs)
    { "What would Sam need to see?", "sam_needs" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' after who else decides gets " .. case[2] .. " (typed, r24)",
    scenario = SCN,
    say = with_lines(R24_SKILLED, case[1]),
    expect = { nodes = { "decider", case[2] } },
  }
end
local R24_PILOT = table.move(R24_SKILLED, 1, 8, 1, {})
for _, case in ipairs({
    { R24_LINES[2], "maint_lead" },
    { "Who's your maintenance lead, and what's he like?", "maint_lead" },
    { "What would your maintenance manager need to see to trust it?", "maint_lead" },
    -- (near miss: what he makes of the stops is what maintenance finds)
    { "What does your maintenance lead make of the stops?", "line3_more" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' after the pilot story gets " .. case[2] .. " (typed, r24)",
    scenario = SCN,
    say = with_lines(R24_PILOT, case[1]),
    expect = { nodes = { "last_pilot", case[2] } },
  }
end

-- r24 skilled 13: a benefit that meets the terms she set after the last pilot (the warning to whoever's
-- on shift, the vendor who stays) lands wherever it is said, at line3_more too (whose feature rule
-- takes a benefit); before she has set them, a benefit there is still "everyone's got sensors".
for _, case in ipairs({
    { R24_LINES[3], "benefit_lands" },
    { "So here's the thing: the alert goes to whoever's on shift days before it stops, so you fix it on a weekday, not a Sunday.", "benefit_lands" },
    { "We stay on after the install, and our sensors warn your shift lead before Line 3 stops, so Harlow gets its film on time.", "benefit_lands" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' at line3_more after her terms gets " .. case[2] .. " (typed, r24)",
    scenario = SCN,
    say = with_all(R24_SKILLED, "What does maintenance make of it?", case[1]),
    expect = { nodes = { "line3_more", case[2] } },
  }
end
scenario_test {
  name = "plant: a benefit at line3_more before she has set her terms gets pitch_mid (typed, r24 near miss)",
  scenario = SCN,
  say = with_lines(R22_TO_LINE3_MORE, "Our sensors catch bearings going bad, so you'd fix Line 3 on a weekday instead of a Sunday."),
  expect = { nodes = { "line3_more", "pitch_mid" } },
}

-- r24 pitcher 1, 2: a feature list with leave asked to pitch ("Can I take five minutes to show you what
-- we do?"), or a pitch checked with a yes/no ("Would that be useful for you?"), is a sales call (pitch_early),
-- not why you called or the plant's size; a purpose statement is still why you called, a real question
-- after a feature still answered.
scenario_test {
  name = "plant: the r24 pitcher's call: the feature list asking leave to pitch is a sales call (typed, r24)",
  scenario = SCN,
  say = { "Hi Dana, Mike from VibraSense. We're the leading predictive maintenance platform, with wireless vibration sensors, AI analytics and a cloud dashboard. Can I take five minutes to show you what we do?",
          "Great! So our sensors sample every ten seconds and our machine learning predicts failures up to three weeks out. We've installed at over 400 plants. Would that be useful for you?" },
  expect = { ending = "brush_off", nodes = { "pitch_early" } },
}
for _, case in ipairs({
    { "Hi Dana, Mike from VibraSense. We're the leading predictive maintenance platform, with wireless vibration sensors, AI analytics and a cloud dashboard. Can I take five minutes to show you what we do?", "pitch_early" },
    { "Hi Dana, Sam from Uptime. We do AI analytics and predictive alerts for factories. Could I take a few minutes to show you what we do?", "pitch_early" },
    { "We make wireless vibration sensors and a cloud dashboard for extrusion lines. Have you got five minutes so I can tell you a bit about us?", "pitch_early" },
    -- (near miss: a purpose statement)
    { "Hi Dana, Chris from Sensorline. I'd like to understand how your lines are running, and if we're no fit I'll say so. Fair?", "agenda_ok" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' at the opening gets " .. case[2] .. " (typed, r24)",
    scenario = SCN,
    say = { case[1] },
    expect = { nodes = { case[2] } },
  }
end
for _, case in ipairs({
    { "Great! So our sensors sample every ten seconds and our machine learning predicts failures up to three weeks out. We've installed at over 400 plants. Would that be useful for you?", "pitch_early" },
    { "Our wireless sensors feed a cloud dashboard with predictive alerts. Does that sound interesting?", "pitch_early" },
    { "We use AI analytics on vibration data from every motor. Is that something you'd be interested in?", "pitch_early" },
    -- (near misses: a real question after a feature, a plain question)
    { "Our sensors clip onto any motor in an hour. Are you on SAP for maintenance?", "closed_answer" },
    { "How many lines do you run?", "closed_answer" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 60) .. "' after the agenda gets " .. case[2] .. " (typed, r24)",
    scenario = SCN,
    say = { PURPOSE, case[1] },
    expect = { nodes = { "agenda_ok", case[2] } },
  }
end

-- Play study r25: a day offered as the question after a proposal that names
-- what a stop costs is the ask, not the cost question; a fact about Harlow
-- (loads, what they buy) is an aside on Harlow, not the downtime hours;
-- "what would need to be different this time?" after she pushes back gets
-- what a new vendor would have to do.
local R25_SKILLED = { "Thanks, Dana, I'll keep it short. I'd like to use these ten minutes to understand how downtime is hitting your plant, and if it turns out we're not a fit I'll tell you straight. Fair?", "Great. So what's been going on with downtime on your lines lately?", "Called in on a Sunday again, that's rough. What happens on your end when it stops at two in the morning?", "That sounds like it's costing you at home too, missing things with your kids. When Line 3 goes down like that, what does it end up costing the business?", "So it's not just scrap and overtime, Harlow's trust is on the line. Say nothing changes and there's a third late delivery, where does that leave you?", "That's a conversation nobody wants to have. What would your ops director need to see before signing off on a fix for Line 3?", "Makes sense. From what you've said, the goal would be catching Line 3 before it stops, so the repair happens on a weekday shift instead of you driving in on a Sunday, and Harlow gets its film on time. How does that line up with what Sam would want to see by March?" }
scenario_test {
  name = "plant: a proposal naming what a stop costs, then 'Tuesday or Thursday, and could Sam join?' is the ask (typed, r25)",
  scenario = SCN,
  say = with_all(R25_SKILLED, "Fair, no surprises. Here's an idea: I come out and walk Line 3 with you and your maintenance lead, we put a real number on what a stop costs, and you get a reference plant running the same extruders. Tuesday or Thursday next week, and could Sam join the last half hour?"),
  expect = { ending = "meeting_booked" },
}
scenario_test {
  name = "plant: a morning on the floor pricing each stoppage, 'Wednesday next week, would Sam be free to sit in?' is the ask (typed, r25)",
  scenario = SCN,
  say = with_all(R25_SKILLED, "Makes sense. What I'd propose is a morning on your floor with your maintenance lead to work out what each stoppage really costs you. Wednesday next week, and would Sam be free to sit in at the end?"),
  expect = { ending = "meeting_booked" },
}
local R25_AVERAGE = { "Hi Dana, this is Sam from Vantix. got a few minutes to talk about your plant?", "thanks. so what are your biggest challenges on the plant floor right now?", "haha ok, whats going on with line 3?", "ugh, sundays. do you have any kind of monitoring on the extruder now?", "Our sensors are wireless and use AI now, so a lot has changed. what happened with the last pilot?", "so nobody really owned the alerts. would you be open to a demo sometime next week?" }
scenario_test {
  name = "plant: 'what would need to be different this time?' after she pushes back gets what would work (typed, r25)",
  scenario = SCN,
  say = with_all(R25_AVERAGE, "fair enough. what would need to be different this time?"),
  expect = { nodes = { "too_soon", "what_works" } },
}
scenario_test {
  name = "plant: 'so what would a new vendor have to do differently for you?' after she pushes back gets what would work (typed, r25)",
  scenario = SCN,
  say = with_all(R25_AVERAGE, "Understood. So what would a new vendor have to do differently for you?"),
  expect = { nodes = { "too_soon", "what_works" } },
}
scenario_test {
  name = "plant: 'how many loads do you ship them a month?' about Harlow gets Harlow's volume, not the hours (typed, r25)",
  scenario = SCN,
  say = { "Thanks, Dana, I'll keep it short. I'd like to use these ten minutes to understand how downtime is hitting your plant, and if it turns out we're not a fit I'll tell you straight. Fair?", "When Line 3 goes down like that, what does it end up costing the business?", "wow, Harlow sounds important. how many loads do you ship them a month?" },
  expect = { nodes = { "impact", "harlow_facts" } },
}
scenario_test {
  name = "plant: 'what do Harlow actually buy from you, how much film a month?' gets Harlow's volume (typed, r25)",
  scenario = SCN,
  say = { "Thanks, Dana, I'll keep it short. I'd like to use these ten minutes to understand how downtime is hitting your plant, and if it turns out we're not a fit I'll tell you straight. Fair?", "When Line 3 goes down like that, what does it end up costing the business?", "What do Harlow actually buy from you - how much film a month?" },
  expect = { nodes = { "impact", "harlow_facts" } },
}

-- r27 (issue 8): asked why this would be any different, "the difference is we..." in her words is
-- our claim (a feature), not her point given back: she reacts to the claim, not as if asked what
-- would have to be different (what_works).
local R27_AVERAGE = { "Hi Dana, this is Chris from the monitoring company, thanks for picking up. Do you have a few minutes to talk about your plant?", "Great. So what are your biggest challenges at the plant right now?", "Ha, grey hair. Whats going on with line 3?", "Got it. Do you have any kind of monitoring on that extruder today?", "Fair enough. Our sensors are alot more accurate than the older stuff, but what went wrong with the pilot?", "Ok that makes sense. How much are these stops costing you guys?", "Yikes. Are you worried you might lose Harlow over it?", "That's tough. Would it make sense to set up a demo sometime so you can see what we do?" }
for _, case in ipairs({
    { "Fair. The big difference is we dont just email alerts, one of our techs actually calls your maintenance guys when something looks off.", "pitch_late" },
    { "The real difference is that we do not stop at alerts, we ring your shift lead the same hour.", "benefit_lands" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 45) .. "...' at doubt_again is our claim (typed, r27)",
    scenario = SCN,
    say = with_lines(R27_AVERAGE, case[1]),
    expect = { nodes = { "doubt_again", case[2] } },
  }
end

-- Play study r29 average 4: how long the line is down when it stops is how long a stop lasts (the
-- hours), not what happens when it stops; skilled 7: what the director needs to see before he signs
-- off is what Sam needs (she names him first), not who decides again.
local R29_AVERAGE = {
  "Hi Dana, this is Chris from Vantek. Do you have a few minutes to talk about your equipment?",
  "great thanks. So what are your biggest challenges in the plant right now?",
  "Haha I hear you. Does Line 3 break down alot?",
}
for _, case in ipairs({
    { "ok. how long is the line usually down for when it stops", "downtime_hours" },
    { "How long is it down for each time it stops?", "downtime_hours" },
    { "What happens when it stops?", "line3_more" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 45) .. "...' at line3_story (typed, r29)",
    scenario = SCN,
    say = with_lines(R29_AVERAGE, case[1]),
    expect = { nodes = { "line3_story", case[2] } },
  }
end
local R29_SKILLED = {
  "Hi Dana, thanks for taking the call. I'd like to spend about twenty minutes understanding how downtime hits your plant, and if we're not a fit I'll tell you straight. That work for you?",
  "Understood, ten it is. So what's been happening with downtime on your lines lately?",
  "Two in the morning and now your Sundays too, that sounds like it's wearing you down. What happens on your end when that call comes in?",
  "That's tough, missing your kids' stuff because of a machine. You mentioned the owners worry about cost - when Line 3 goes down, what does a stop actually cost you?",
  "Scrap, overtime and now your biggest customer nervous. Say nothing changes and Harlow gets another late load next month, where does that leave you?",
  "So if Harlow walks, you're the one carrying it into the ops director's office. When does their renewal come up?",
}
for _, case in ipairs({
    { "Got it, March is tight then. What would your director need to see before signing off on something like this?", "sam_needs" },
    { "What would he want to see to approve it?", "sam_needs" },
    { "Who would need to sign off on it?", "decider" } }) do
  scenario_test {
    name = "plant: '" .. case[1]:sub(1, 45) .. "...' at timing (typed, r29)",
    scenario = SCN,
    say = with_lines(R29_SKILLED, case[1]),
    expect = { nodes = { "timing", case[2] } },
  }
end
