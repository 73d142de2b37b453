-- Scenario tests for scenarios/homebuyer_rates.lua (Priya, rates and resale).
local SCN = "../../scenarios/homebuyer_rates.lua"

local STRONG = {
  { "Hi Priya, thanks for getting in touch. The purpose of today is to understand what's worrying you, not to sell you a product, so you'll do most of the talking.",
    labels = { "purpose" } },
  { "What is it about the rates that worries you most?", labels = { "open_question" } },
  "You mentioned the houses on your street as well. What happened there?",
  { "So what I'm hearing is that you're worried about two things: the payment jumping on a tight budget, and owing more than it's worth if you have to sell. Is that right?",
    labels = { "reflection" } },
  "You said it isn't really about the house. What is it about, for you?",
  "Who else will have a say in which mortgage you choose?",
  "That's really useful to know.",
  { "I'd look at a five-year fixed rate you can take with you if you move. What that means for you is the payment stays the same while the baby's small, and if Tom's job moves you won't be stuck.",
    labels = { "benefit" } },
}

local function with(list, ...)
  local out = {}
  for _, v in ipairs(list) do out[#out + 1] = v end
  for _, v in ipairs({ ... }) do out[#out + 1] = v end
  return out
end

scenario_test {
  name = "homebuyer: reflects once, finds the motive and the real decider, books with dad (typed)",
  scenario = SCN,
  say = with(STRONG,
    { "Would it help to sit down with your dad and Tom and go through the numbers together, Thursday evening or Saturday morning?",
      labels = { "next_step" } }),
  expect = {
    ending = "meeting_booked",
    targets = { "rate_pain", "resale", "motive", "decider" },
    cues_picked = { "rates", "not_house" },
    nodes = { "heard_both", "why_home", "dads_money", "in_my_shoes", "relief" },
    scores = { discovery = { 60, 100 }, listening = { 50, 100 } },
  },
}

scenario_test {
  name = "homebuyer: books with dad (choices)",
  scenario = SCN,
  say = {
    "Hi Priya, thanks for getting in touch. The purpose of today is to understand what's worrying you, not to sell you a product.",
    "Tell me where you'd like to start.",
    { choose = "a" },
    { choose = "b" },
    { choose = "a" },
    "What is it about, then, if it isn't the house?",
    { choose = "a" },
    "Thanks, that helps.",
    { choose = "a" },
    { choose = "a" },
  },
  expect = { ending = "meeting_booked", targets = { "rate_pain", "resale", "motive", "decider" } },
}

scenario_test {
  name = "homebuyer: forgets the real decider, then brings dad in at the gate (typed)",
  scenario = SCN,
  say = {
    "Hi Priya, thanks for getting in touch. The purpose of today is to understand what's worrying you, not to sell you a product.",
    "What is it about the rates that worries you most?",
    "You mentioned the houses on your street as well. What happened there?",
    "Four weeks isn't long. How firm is the seller on that deadline?",
    "Why is getting this house so important to you?",
    "Thanks for telling me that.",
    "I'd look at a five-year fixed rate you can take with you, so what that means for you is a payment that never moves while the baby is small.",
    "Can I send you the application form next week?",
    { "Then could your dad join us for half an hour, Thursday evening or Saturday morning?",
      labels = { "next_step" } },
  },
  expect = { ending = "meeting_booked", targets = { "rate_pain", "resale", "deadline", "motive" },
             nodes = { "deadline", "dad_gate" } },
}

scenario_test {
  name = "homebuyer: over-reflection sounds like a technique and loses her (typed)",
  scenario = SCN,
  say = {
    "It sounds like the rates and the houses on your street selling under valuation are keeping you up at night.",
    "So it sounds like it isn't really about the house for you.",
    "So what I'm hearing is that after moving so much as a kid, you want your baby to have one home.",
    "It sounds like you're frustrated that I keep repeating you.",
  },
  expect = { ending = "polite_no", nodes = { "heard_both", "parroted" } },
}

scenario_test {
  name = "homebuyer: over-reflection, chosen (choices)",
  scenario = SCN,
  say = {
    "It sounds like the rates and the houses on your street selling under valuation are keeping you up at night.",
    "So it sounds like it isn't really about the house for you.",
    "So what I'm hearing is that after moving so much as a kid, you want your baby to have one home.",
    { choose = "b" },
  },
  expect = { ending = "polite_no", nodes = { "parroted" } },
}

scenario_test {
  name = "homebuyer: feature pitcher confuses her and loses her to the bank (typed)",
  scenario = SCN,
  say = {
    { "We offer a fixed rate, a tracker mortgage, an offset account and a rate lock.",
      labels = { "feature" } },
    "We also offer a portable mortgage with a low APR and an overpayment allowance.",
  },
  expect = { ending = "brush_off", nodes = { "too_much_info" } },
}

scenario_test {
  name = "homebuyer: feature pitcher (choices)",
  scenario = SCN,
  say = {
    "Tell me where you'd like to start.",
    { choose = "d" },
    { choose = "b" },
  },
  expect = { ending = "brush_off", nodes = { "which_first", "too_much_info" } },
}

scenario_test {
  name = "homebuyer: form filler ignores every cue and asks cold (typed)",
  scenario = SCN,
  say = {
    "What's the purchase price of the house?",
    "Is the property freehold?",
    "Do you have a mortgage in principle?",
    "Can we book an appointment on Friday to start your application?",
    "I understand, but rates won't wait. Can we at least book the application for Friday?",
  },
  -- (the yes/no fact is answered, an aside (r10); the cold ask is pushing her)
  expect = { ending = "polite_no", nodes = { "numbers", "facts_only", "in_principle", "pressure" } },
}

scenario_test {
  name = "homebuyer: form filler (choices)",
  scenario = SCN,
  say = {
    "Tell me where you'd like to start.",
    { choose = "c" },
    "Is the property freehold?",
    "And no debts apart from the car?",
    { choose = "a" },
  },
  expect = { ending = "polite_no", nodes = { "numbers", "winding_cold" } },
}

scenario_test {
  name = "homebuyer: rushing to the application gets a no (typed)",
  scenario = SCN,
  say = {
    "Hi Priya. Shall we book your mortgage application for Friday?",
    "I understand, but rates won't wait. Can we book the application for Friday?",
  },
  expect = { ending = "polite_no", nodes = { "pressure" } },
}

scenario_test {
  name = "homebuyer: good discovery but no next step (typed)",
  scenario = SCN,
  say = with(STRONG, "That's great, I'm glad it helps.", "Let me know if you have any questions."),
  expect = { ending = "no_next_step", nodes = { "relief", "winding_down" } },
}

scenario_test {
  name = "homebuyer: good discovery but no next step (choices)",
  scenario = SCN,
  say = with(STRONG, { choose = "c" }, { choose = "b" }),
  expect = { ending = "no_next_step" },
}

scenario_test {
  name = "homebuyer: leaves dad out and lets her go away to think (choices)",
  scenario = SCN,
  say = with(STRONG, { choose = "b" }, { choose = "b" }),
  expect = { ending = "no_next_step", nodes = { "dad_gate" } },
}

local BEST = "homebuyer: reflects once, finds the motive and the real decider, books with dad (typed)"
contrast { better = BEST, worse = "homebuyer: feature pitcher confuses her and loses her to the bank (typed)",
           skills = { "discovery", "benefits", "overall" } }
contrast { better = BEST, worse = "homebuyer: form filler ignores every cue and asks cold (typed)",
           skills = { "discovery", "listening", "overall" } }
contrast { better = BEST, worse = "homebuyer: good discovery but no next step (typed)",
           skills = { "next_step", "overall" } }
contrast { better = BEST, worse = "homebuyer: over-reflection sounds like a technique and loses her (typed)",
           skills = { "discovery", "overall" } }

-- Typed plays in the trainee's own words (issue 8's play study, written turn
-- by turn against Priya's replies): every reply answers what was asked, and
-- the rep who follows the method books the meeting with her dad.
scenario_test {
  name = "homebuyer: a skilled rep in their own words: rates, night feeds, dad's folder, the street, four weeks (typed)",
  scenario = SCN,
  say = {
    "Please don't apologise - congratulations on the house. Here's my suggestion: I'll ask you a few questions so I understand where you are, you do most of the talking, and at the end we'll see together whether there's anything worth doing. Nothing gets signed today. Does that sound okay?",
    "You're not panicking at me at all. You said the rates keep moving and you're seeing headlines every day - when you read one, what goes through your mind?",
    "So four hundred a month would land on a budget that's already down to the groceries. If that happened, what would have to give?",
    "Night feeds - is there a baby on the way?",
    "Congratulations. One front door for her - that says a lot. Besides you and Tom, is anyone else part of this decision?",
    "So your dad's view really carries weight. What would he need to see to feel comfortable?",
    "Sell early - is that something you think might happen?",
    "Four weeks is tight. How firm is she on that?",
    "With everything being a maybe, the one thing I can take off the table is the payment moving. A five-year fix you can take with you if you move means the same payment every month while she's small, and if Tom's school does merge you're not stuck with a penalty.",
    "Then let's give your dad his folder's worth. Could the three of you sit down with me and go through every number - would Thursday evening or Saturday morning suit better?",
  },
  expect = {
    ending = "meeting_booked",
    targets = { "rate_pain", "resale", "motive", "decider", "deadline" },
    nodes = { "calm_start", "rates_detail", "would_give", "why_home", "dads_money", "dad_needs", "street_worry",
              "deadline", "relief" },
    scores = { discovery = { 80, 100 }, next_step = { 60, 100 }, overall = { 70, 100 } },
  },
}

scenario_test {
  name = "homebuyer: an average rep asks for the form, pushes early, asks who decides, then asks vaguely (typed)",
  scenario = SCN,
  say = {
    "Hi Priya, thanks for calling and congrats on the house! So are you looking for a fixed rate?",
    "ok. whats your budget and how much deposit have you got?",
    "yeah that should be fine. do you have any other debts?",
    "you mentioned houses on your street selling low, whats going on there?",
    "we have great rates on five year fixes right now, you should lock one in. shall i start your application this week?",
    "sorry, no rush. who else is involved in the decision?",
    "ok great. could we set up a meeting next week to go over some options?",
  },
  expect = { ending = "polite_no", nodes = { "rates_detail", "numbers", "facts_only", "street_worry", "pressure",
                                              "dads_money" } },
}

scenario_test {
  name = "homebuyer: a feature pitcher loses her in two lines (typed)",
  scenario = SCN,
  say = {
    "Hi Priya, great to meet you! I'm with Harbourline, one of the fastest growing brokers in the region. We work with over ninety lenders so we can definitely find you a great rate.",
    "Totally, rates are all over the place right now. That's why we offer five year fixes, trackers, offset mortgages and a decision in principle in 24 hours. Would a five year fix work for you?",
  },
  expect = { ending = "brush_off", nodes = { "too_much_info" } },
}

scenario_test {
  name = "homebuyer: an agenda that mentions a next step is heard as the agenda, not as an ask (typed)",
  scenario = SCN,
  say = {
    "Here's what I'd suggest for today: I'll ask a few questions to understand where you are, and at the end "
      .. "we'll decide together whether it makes sense to take a next step. Does that work for you?",
  },
  expect = { nodes = { "calm_start" } },
}

scenario_test {
  name = "homebuyer: after a push, an apology gets a last chance; a real question gets her talking (typed)",
  scenario = SCN,
  say = {
    "Hi Priya. Shall we book your mortgage application for Friday?",
    "Sorry about that.",
    "What's been keeping you up at night about the rates?",
  },
  expect = { nodes = { "pressure", "start_again", "rates_detail" } },
}

scenario_test {
  name = "homebuyer: at her last chance, another product list ends the call (typed)",
  scenario = SCN,
  say = {
    "Hi Priya. Shall we book your mortgage application for Friday?",
    "Sorry about that.",
    "We have trackers, offsets and a rate lock with an overpayment allowance.",
  },
  expect = { ending = "brush_off", nodes = { "start_again" } },
}

contrast { better = "homebuyer: a skilled rep in their own words: rates, night feeds, dad's folder, the street, four weeks (typed)",
           worse = "homebuyer: an average rep asks for the form, pushes early, asks who decides, then asks vaguely (typed)",
           skills = { "discovery", "overall" } }

scenario_test {
  name = "homebuyer: a skilled rep: the worry underneath, why it matters, the street, who weighs in, by when (typed)",
  scenario = SCN,
  say = {
    "Don't apologise - that's a lot to carry, and congratulations. Let's take the rates first. What is it about them that's keeping you up?",
    "Tom says don't worry, but you do. What's the worry underneath it for you?",
    "The not knowing. And you mentioned night feeds - why does getting this right matter so much to you right now?",
    "Eleven moves - no wonder one front door means so much. You mentioned the houses on your street, too. What's happening there?",
    "So there's the payment moving, and the worry of owing more than it's worth if Tom's job moves you. And four weeks to decide. Who else will weigh in before you choose?",
    "Tom will fold - so your dad's the one to convince. When does the seller need your mortgage offer by?",
    "Then here's what I'd do in your shoes: fix the rate for five years on a mortgage you can take with you, so the payment stays the same while she's little and a move for Tom's job doesn't cost you a penalty. Your dad gets every number on paper before anything is signed.",
    "Shall we put it in front of him, then? Could you, Tom and your dad meet me on Thursday evening, or is Saturday morning easier?",
  },
  expect = {
    ending = "meeting_booked",
    targets = { "rate_pain", "resale", "motive", "decider", "deadline" },
    nodes = { "rates_detail", "not_knowing", "why_home", "street_worry", "dads_money", "deadline", "relief" },
    scores = { discovery = { 80, 100 }, overall = { 70, 100 } },
  },
}

scenario_test {
  name = "homebuyer: a reflection checked with 'is that right?' is heard as the reflection, not a question on its topic (typed)",
  scenario = SCN,
  say = {
    "What's worrying you most about the rates?",
    { "So a rise would land on a budget that's already down to the groceries. Is that right?",
      labels = { "reflection" } },
    "Night feeds? Tell me more.",
    "It sounds like you want her to have the one home you never had.",
    "Who else has a say in the decision?",
  },
  expect = { nodes = { "rates_detail", "heard_one", "why_home", "heard_motive", "dads_money" } },
}

-- Play study r2: one product with "would that help?" is a pitch she reacts
-- to; a cold feature dump with "can I show you...?" loses her; what's behind
-- the certainty is why it matters; how she and Tom see it; what the street
-- worries her about; which fear is bigger; doing nothing; a benefit tied to
-- her fear lands; a fair ask with her dad after a stumble is considered.
local HELLO = { "Hi Priya, thanks for getting in touch. The purpose of today is to understand what's worrying you, not to sell you a product, so you'll do most of the talking.",
                "What is it about the rates that worries you most?" }

scenario_test {
  name = "homebuyer: 'a five year fixed at 4.2% would stop that. Would that help?' is a pitch she reacts to (typed, r2)",
  scenario = SCN,
  say = with(HELLO, "we have a five year fixed at 4.2% which would stop that. Would that help?"),
  expect = { nodes = { "rates_detail", "one_product" } },
}

scenario_test {
  name = "homebuyer: a cold feature dump ending 'can I show you our best five-year fix?' loses her (typed, r2)",
  scenario = SCN,
  say = { "Hi Priya, I'm Mark from Northgate Mortgages. We're the region's number one broker, with over 90 lenders on our panel, fixed and tracker products and same-day decisions in principle. Can I show you our best five-year fix?" },
  expect = { nodes = { "too_much_info" } },
}

scenario_test {
  name = "homebuyer: Tom's view, then what the certainty is about (typed, r2)",
  scenario = SCN,
  say = with(HELLO,
    "Four hundred a month on a budget that's already down to the groceries, that's a real squeeze. You said Tom says don't worry - how do the two of you see it differently?",
    "Packed too many boxes - how many times did you move?"),
  expect = { nodes = { "tom_view", "why_home" }, targets = { "rate_pain", "motive" } },
}

scenario_test {
  name = "homebuyer: 'what's behind wanting that certainty so much?' is why it matters (typed, r2)",
  scenario = SCN,
  say = with(HELLO,
    "So it's not the rate itself, it's that a jump would land on a budget that's already tight. Is that right?",
    "Not knowing is the hard part. What's behind wanting that certainty so much?"),
  expect = { nodes = { "heard_one", "why_home" } },
}

scenario_test {
  name = "homebuyer: the street worry asked after the numbers, then which fear is bigger (typed, r2)",
  scenario = SCN,
  say = {
    "Hi Priya. What's the purchase price, and how much deposit do you have?",
    "No form needed, this is useful. We'll look at whether it's enough together. You mentioned two houses on your street sold under valuation - what's that got you worried about?",
    "So two fears then: the payment jumping on you, and getting stuck owing more than the house is worth if Tom's job moves. Which of those keeps you up more?",
  },
  expect = { nodes = { "numbers", "street_worry", "bigger_fear" }, targets = { "resale" } },
}

scenario_test {
  name = "homebuyer: 'if you left the rate floating and did nothing' gets what doing nothing means (typed, r2)",
  scenario = SCN,
  say = with(HELLO,
    "You mentioned the houses on your street as well. What happened there?",
    "Four weeks isn't long. How firm is the seller on that?",
    "Everything's a maybe - that sounds exhausting. If you left the rate floating and did nothing for now, what would that mean for you and Tom?"),
  expect = { nodes = { "deadline", "do_nothing" } },
}

scenario_test {
  name = "homebuyer: a benefit tied to her fear, checked with 'would that help you sleep?', lands (typed, r2)",
  scenario = SCN,
  say = with(HELLO,
    "You mentioned the houses on your street as well. What happened there?",
    "Who else will have a say in which mortgage you choose?",
    "What would your dad need to see?",
    "That's fair enough. From what you've said, a five-year fix would mean the payment stays the same whatever the headlines do, so that four hundred never lands on your grocery budget, and if it's portable you could take it with you if Tom's school moves instead of being stuck. Does that sound like it would help you sleep?",
    "Could you, Tom and your dad sit down with me on Thursday evening or Saturday morning?"),
  expect = { ending = "meeting_booked", nodes = { "dad_needs", "relief" } },
}

scenario_test {
  name = "homebuyer: a fair ask with her dad after a product stumble is considered, not a goodbye (typed, r2)",
  scenario = SCN,
  say = with(HELLO,
    "You mentioned the houses on your street as well. What happened there?",
    "It isn't really about the house, you said. What is it about?",
    "Who else will have a say in which mortgage you choose?",
    "We have fixed, tracker, offset and portable products, an overpayment allowance, and competitive LTV bands.",
    "Fair, I got ahead of myself. Could you, Tom and your dad come in on Thursday or Saturday so we can put the numbers on paper for him?"),
  expect = { ending = "meeting_booked", nodes = { "too_much_info" } },
}

scenario_test {
  name = "homebuyer_rates: an up-front agreement the analyser does not call a purpose ('...if I can help I'll say so. Sound fair?') sets the agenda (typed, r2)",
  scenario = "../../scenarios/homebuyer_rates.lua",
  say = { "Thanks for the time, Priya. I'd just like to hear how things are going, and if I can help I'll say so. Sound fair?" },
  expect = { nodes = { "calm_start" } },
}

scenario_test {
  name = "homebuyer: an ask offering Thursday evening or Saturday morning after a line about the fix is an ask, not a product dump (typed, r2)",
  scenario = SCN,
  say = with(STRONG,
    "Right, and that's exactly what a fixed rate protects. Given the four-week deadline, could we sit down with you, Tom and your dad this week and go through the numbers on paper - would Thursday evening or Saturday morning suit better?"),
  expect = { ending = "meeting_booked", nodes = { "relief" } },
}

scenario_test {
  name = "homebuyer: 'which of those keeps you up more?' gets the bigger fear wherever she is (typed, r2)",
  scenario = SCN,
  say = with(HELLO,
    "You mentioned the houses on your street as well. What happened there?",
    "It isn't really about the house, you said. What is it about?",
    "So two fears then: the payment jumping on you, and getting stuck owing more than the house is worth if Tom's job moves. Which of those keeps you up more?"),
  expect = { nodes = { "why_home", "bigger_fear" } },
}

-- Play study r4: a plain question about someone or something Priya has
-- mentioned gets an answer about it (Tom, the merger, what the houses went
-- for, the seller, the bank, the baby, all the moving), not the deadline or
-- the next worry; "just sign whatever and hope" asks what doing nothing means.
local TO_STREET = { STRONG[1], STRONG[2], STRONG[3] }
local TO_DEADLINE = with(TO_STREET, { choose = "b" })

local function asks(name, path, line, node)
  scenario_test {
    name = "homebuyer: '" .. line .. "' " .. name .. " (typed, r4)",
    scenario = SCN,
    say = with(path, line),
    expect = { nodes = { node } },
  }
end

asks("gets Tom, not the deadline", TO_STREET, "Four weeks is doable. Is Tom a teacher?", "tom_job")
asks("gets Tom", TO_STREET, "what does tom do for work", "tom_job")
asks("gets Tom", TO_DEADLINE, "sorry, who's tom?", "tom_job")
asks("gets the merger, not why it matters", TO_DEADLINE, "Everything's a maybe. What's the merger?", "merger")
asks("gets the merger", TO_DEADLINE, "whats this merger with kelby about", "merger")
asks("gets the merger", TO_STREET, "Tell me about the merger.", "merger")
asks("gets what the houses went for", TO_STREET, "what did they sell for in the end", "street_prices")
asks("gets what the houses went for", TO_STREET, "How far under did number twelve go?", "street_prices")
asks("gets the seller", TO_DEADLINE, "why's the seller in such a hurry", "seller")
asks("gets the seller", TO_DEADLINE, "What's going on with the seller, is she really that firm?", "seller")
asks("gets the bank", TO_STREET, "what did the bank offer you", "bank")
asks("gets the bank", TO_STREET, "Have you spoken to your bank about it?", "bank")

local TO_HOME = { STRONG[1], STRONG[2], STRONG[3], STRONG[4], STRONG[5] }
asks("gets the baby", TO_HOME, "Congratulations! When is the baby due?", "baby")
asks("gets the baby", TO_HOME, "is it a boy or a girl", "baby")
asks("gets the moving", TO_HOME, "why did you move so much growing up", "moves")
asks("gets the moving", TO_HOME, "Eleven times, wow. Why did your mum keep moving?", "moves")

asks("is what doing nothing means, not the deadline", TO_STREET,
  "What if you just take whatever deal the bank gives you and hope for the best?", "do_nothing")
asks("is what doing nothing means", TO_STREET, "what happens if u just sign whatever and hope rates dont go up", "do_nothing")

-- Play study r4: after "you've lost me", the benefit in plain words checked
-- with her ("is that something you'd want?") gets her answer to it, not the
-- next item on her list.
local LOST = { "Hi Priya, we have fixed rates, trackers and offset mortgages with over forty lenders." }
asks("gets her answer to it", LOST,
  "Sorry! Put simply, your payment would stay the same for five years. Is that something you'd want?", "plainer")
asks("gets her answer to it", LOST, "ok in plain words, your monthly payment wouldnt change for 5 years. would that work for you", "plainer")
scenario_test {
  name = "homebuyer: after the plain benefit, more products still lose her (typed, r4)",
  scenario = SCN,
  say = with(LOST, "Put simply, your payment would stay the same for five years. Is that something you'd want?",
    "We also have trackers, offsets and an app that tracks your application."),
  expect = { nodes = { "plainer", "too_much_info" } },
}

-- Play study r4: her relief answers what the benefit offered (a way out if
-- they sell, not "a payment that doesn't move" she was never offered), and
-- the booking mentions Dad's folder only once she has said he brings one.
local TO_OFFER = { STRONG[1], STRONG[2], STRONG[3], STRONG[4], STRONG[5], STRONG[6], STRONG[7] }
for _, line in ipairs({
  "If Tom's job moves and you have to sell, a mortgage you can take with you means you're not stuck paying a penalty.",
  "what that means for you is, if you ever have to sell, you can take the mortgage with you and you won't be stuck" }) do
  scenario_test {
    name = "homebuyer: a way-out benefit - '" .. line .. "' - gets relief about selling, then books with dad (typed, r4)",
    scenario = SCN,
    say = with(TO_OFFER, line, "Would it help to go through it with your dad and Tom, Thursday evening or Saturday morning?"),
    expect = { ending = "meeting_booked", nodes = { "relief" } },
  }
end

-- Play study r4: "so what happens if you do have to sell?" after Tom is the
-- street worry (asked again later, its again line answers it rather than
-- listing her worries).
for _, line in ipairs({ "Right. So what happens if you do have to sell in a couple years?",
                        "and if you had to sell, what then" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' after Tom gets the selling worry (typed, r4)",
    scenario = SCN,
    say = { STRONG[1], STRONG[2], "sorry, who's tom?", line },
    expect = { nodes = { "rates_detail", "tom_job", "street_worry" }, targets = { "resale" } },
  }
end

-- Play study r5: a question about fixing gets what she makes of a fix (not
-- "like I said" about the rates); a further rates question at the rates goes
-- deeper; "what would have to give?" gets what they would cut; "what would
-- you need to feel ready?" gets what she needs, not her childhood; "is Tom
-- on the mortgage?" gets a yes (joint), not her dad's money.
local TO_RATES = { STRONG[1], STRONG[2] }
asks("gets what she makes of a fix", TO_RATES, "Have you considered fixing it for a few years?", "fixing")
asks("gets what she makes of a fix", TO_RATES, "have u thought about fixing the rate", "fixing")
asks("gets what she makes of a fix", TO_HOME, "whats your view on fixed rates", "fixing")
asks("gets what would give", TO_RATES, "so if it went up what would you have to cut back on", "would_give")
asks("gets what would give", TO_RATES, "And if the payment did jump, what would have to give at home?", "would_give")
asks("goes deeper, not round again", TO_RATES, "What worries you most about the rate going up?", "not_knowing")
local RUSHED = { STRONG[1], "Shall we book your application in for Friday?" }
asks("gets what she needs", RUSHED, "no worries at all. what would make you feel comfortable going ahead", "ready_needs")
asks("gets what she needs", RUSHED, "Sorry, my mistake. What do you need to feel ready to decide?", "ready_needs")
asks("gets what she needs", TO_HOME, "what would help you feel confident about the decison", "ready_needs")
asks("gets a yes, joint", TO_HOME, "Is Tom on the mortgage application with you?", "tom_mortgage")
asks("gets a yes, joint", TO_STREET, "and is tom on the mortgage with you?", "tom_mortgage")
scenario_test {
  name = "homebuyer: 'who else would help you decide?' is still who decides, not what she needs (typed, r5)",
  scenario = SCN,
  say = with(TO_HOME, "Who else would help you decide?"),
  expect = { nodes = { "dads_money" } },
}
scenario_test {
  name = "homebuyer: 'how will the decision on the mortgage get made - you and Tom, or anyone else?' is who decides, not whether Tom is on it (typed, r5)",
  scenario = SCN,
  say = with(TO_HOME, "How does the decision on the mortgage get made, just you and tom or does anyone else weigh in"),
  expect = { nodes = { "dads_money" } },
}

-- Session 6: once she has named the shifts and the night feeds (what would
-- have to give, the rates asked deeper), a reflection checked with her gets
-- a plain yes, not the night feeds told again as news.
for _, line in ipairs({ "Right, so the real problem isn't the rate, it's that there's no slack left to absorb a jump. Fair?",
                        "sounds like the budget has no slack left so any jump hurts, is that right",
                        "If I've got this right, you can cope with hard work but not with a payment you can't predict. Is that right?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' after what would give is confirmed without the feeds again (typed, session 6)",
    scenario = SCN,
    say = with(TO_RATES, "And if the payment did jump, what would have to give at home?", line),
    expect = { nodes = { "would_give", "confirmed" } },
  }
end
scenario_test {
  name = "homebuyer: the same check straight after the rates gets the feeds, the first time (session 6)",
  scenario = SCN,
  say = with(TO_RATES, "Right, so the real problem isn't the rate, it's that there's no slack left to absorb a jump. Fair?"),
  expect = { nodes = { "heard_one" } },
}

-- Session 6 sweep: at the street worry (and once she is talking about
-- home), how much they are borrowing or paying gets the price and the
-- deposit, not the rates story again.
for _, case in ipairs({ { TO_STREET, "How much are you looking to borrow?" },
                        { TO_STREET, "whats the purchase price roughly" },
                        { TO_HOME, "And what are you paying for the house, if you don't mind me asking?" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[2] .. "' gets the price and the deposit (typed, session 6)",
    scenario = SCN,
    say = with(case[1], case[2]),
    expect = { nodes = { "numbers" } },
  }
end

-- Play study r6: a question about timing gets the four weeks wherever she is
-- (not the street and the merger, not what she needs to feel ready); asked
-- before the street, she says the seller's deadline without a merger she
-- has not mentioned.
local TO_NUMBERS = { "Hi Priya, thanks for calling. So what are your main challenges right now?",
                     "ok, are you looking at a variable rate or a fixed one?",
                     "yeah 400 a month is alot. What's the purchase price and how much are you putting down?" }
local TO_MOTIVE = with(TO_HOME, "So it's about giving her the stability you didn't have. That makes sense.")
for _, case in ipairs({
  { TO_NUMBERS, "numbers", "No thats fine, we can do the form later. What's your timeline looking like?" },
  { TO_NUMBERS, "numbers", "When do you need to have the mortgage sorted by?" },
  { TO_NUMBERS, "numbers", "How much time have you got before the offer has to be in?" },
  { TO_MOTIVE, "heard_motive", "Glad you did. How soon do you need the mortgage offer in place?" },
  { TO_MOTIVE, "heard_motive", "What sort of timescale are you working to?" },
  { TO_MOTIVE, "heard_motive", "By when do you need all this sorted?" },
}) do
  scenario_test {
    name = "homebuyer: '" .. case[3] .. "' at " .. case[2] .. " gets the four weeks (typed, r6)",
    scenario = SCN,
    say = with(case[1], case[3]),
    expect = { nodes = { case[2], "deadline" }, targets = { "deadline" } },
  }
end

-- Play study r6: "apart from you and Tom, who else gets a say?" is who
-- decides (her dad), not Tom's job.
for _, line in ipairs({
  "Let me check I've got it: the payment jumping on a budget with no slack, and getting trapped owing more than the house is worth if you have to move for Tom's job. Apart from you and Tom, who else gets a say in which mortgage you go for?",
  "Besides you and Tom, does anyone else have a say in the mortgage?",
  "Is it just you and Tom deciding, or is anyone else helping?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' at the street gets her dad, not Tom (typed, r6)",
    scenario = SCN,
    say = with(TO_STREET, line),
    expect = { nodes = { "street_worry", "dads_money" }, targets = { "decider" } },
  }
end

-- Play study r6: "what matters most to you in all this?" after a pitch lost
-- her, once both worries are out, gets what is underneath them (the why), not
-- the opening "the rates and the street" again.
local TO_LOST = with(TO_STREET, "We have fixed, tracker and offset products, all with a rate lock and an overpayment allowance.")
for _, line in ipairs({ "That's on me. Forget the products. What matters most to you in all this?",
                        "Sorry, too much jargon. What's most important to you here?",
                        "Forget all that. What matters most to you right now?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' after the lost pitch gets the why, not the opening (typed, r6)",
    scenario = SCN,
    say = with(TO_LOST, line),
    expect = { nodes = { "too_much_info", "why_home" }, targets = { "motive" } },
  }
end
scenario_test {
  name = "homebuyer: option a after the lost pitch, the why told and the street not, gets her and the two worries (r6 picker)",
  scenario = SCN,
  say = { "Thanks Priya. Today I'd like to understand what's worrying you and what you need; if I can't help, I'll say so. OK with you?",
          "Not at all. What's been keeping you awake since the offer?", { choose = "a" }, { choose = "a" },
          "Night feeds? Tell me more about that.", { choose = "b" },
          "We have fixed, tracker and offset products, all with a rate lock and an overpayment allowance.",
          { choose = "a" }, { choose = "b" }, { choose = "a" },
          "Then what you need is a payment that can't jump, so the budget holds when the baby comes, and a mortgage you can take with you so you're never stuck if you have to sell.",
          { choose = "a" } },
  expect = { ending = "meeting_booked", nodes = { "too_much_info", "which_first", "street_worry" } },
}
-- the rates of her first line, named again in her answer, are a cue dropped
-- again: following them a line after the agenda is listening (r6 skilled
-- line 3 and picker line 3 were docked as missing them)
for _, line in ipairs({ "Let's take the rates first. When you see one of those headlines, what's the worry it sets off?",
                        "What is it about the rates that keeps you up at night?",
                        "Start with the rates then - what goes through your head when they move?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' follows up the rates she named again (typed, r6)",
    scenario = SCN,
    say = { "Thanks Priya. Today I'd like to understand what's worrying you and what you need; if I can't help, I'll say so. Sound okay?",
            "What's been keeping you awake since the offer?", line },
    expect = { cues_picked = { "rates" } },
  }
end

-- Sweep after r6: from the first minute she answers who else decides, by
-- when, doing nothing and how Tom sees it (at the opening, after the agenda,
-- at which_first and with the bare facts), not the price or her list again.
local AGENDA = { "Today I'd just like to understand your situation; if I can't help I'll say so. Sound fair?" }
for _, case in ipairs({
  { {}, "opening", "What's your timeline looking like?", "deadline" },
  { {}, "opening", "Who else is involved in deciding on the mortgage?", "dads_money" },
  { {}, "opening", "Sounds like a lot at once. Where would you like to start?", "which_first" },
  { AGENDA, "calm_start", "How soon do you need the mortgage offer in place?", "deadline" },
  { AGENDA, "calm_start", "Is it just you and Tom deciding, or is anyone else helping?", "dads_money" },
  { AGENDA, "calm_start", "How does Tom see it?", "tom_view" },
  { AGENDA, "calm_start", "What happens if you do nothing and just stay on the variable rate?", "do_nothing" },
  { { "What are your main challenges right now?" }, "which_first",
    "What happens if you do nothing and just stay on the variable rate?", "do_nothing" },
  { { "What are your main challenges right now?" }, "which_first",
    "Apart from you and Tom, who else gets a say in which mortgage you go for?", "dads_money" },
}) do
  scenario_test {
    name = "homebuyer: '" .. case[3] .. "' at " .. case[2] .. " gets " .. case[4] .. " (typed, r6 sweep)",
    scenario = SCN,
    say = with(case[1], case[3]),
    expect = { nodes = { case[2], case[4] } },
  }
end

-- Play study r6 picker 13: a benefit in her words after her dad's money (a
-- payment that stays the same, no forced sale if Tom's job moves) gets her
-- relief, not "you've lost me" (the analyser now hears the benefit).
for _, line in ipairs({
  "Then a fixed rate would keep your payment the same every month, and making it portable means a move for Tom's job needn't force a sale at a loss.",
  "A portable mortgage means that if Tom's job moves, you can take it with you and won't have to sell at a loss.",
  "Fixing the rate would mean you know exactly what you pay each month, even if rates go up." }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' after her dad's money lands (typed, r6)",
    scenario = SCN,
    say = { STRONG[1], STRONG[2], STRONG[3], STRONG[4], STRONG[5], STRONG[6], line },
    expect = { nodes = { "dads_money", "relief" } },
  }
end

-- Sweep after r6: who else would need to agree is who decides, whatever
-- else it names (fixing, the rates, the four weeks).
for _, line in ipairs({ "Who else would need to agree before you fix?",
                        "Who else needs to be happy with the mortgage before the four weeks are up?",
                        "Does anyone besides you and Tom have a say in the mortgage?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' at the deadline gets her dad (typed, r6 sweep)",
    scenario = SCN,
    say = with(TO_DEADLINE, line),
    expect = { nodes = { "deadline", "dads_money" }, targets = { "decider" } },
  }
end

-- Who else has a say, asked once she is relieved (or asks what you would
-- do) in words the node's who_decides does not carry, gets her dad instead
-- of "I should go" (the calibration call hr_one_benefit ended there).
for _, line in ipairs({ "Who else will have a say in which mortgage you choose?",
                        "Does anyone else get a say in it?",
                        "And is it just the two of you weighing this up, or is anyone else involved?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' at her relief gets her dad, not goodbye (typed)",
    scenario = SCN,
    say = with(STRONG, line),
    expect = { nodes = { "relief", "dads_money" } },
  }
end

-- Play study r7: once she has told of her dad's money, an ask that brings him
-- without naming him ("for him", "he's welcome to come along", "the three of
-- you with the folder") brings him: booked, not "Not without Dad".
for _, line in ipairs({
  "Then let's put it all on paper for him. How about the three of you come in with the folder, Thursday evening or Saturday morning?",
  "Let's get him in the room too. Would Thursday at six or Saturday at ten suit?",
  "Could all three of you come in on Saturday morning and go through the numbers?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' after her relief books with dad (typed, r7)",
    scenario = SCN,
    say = with(STRONG, line),
    expect = { ending = "meeting_booked", nodes = { "relief", "booked" } },
  }
end
for _, line in ipairs({ "Sure, he's welcome to come along too. Would next Tuesday work for you both?",
                        "Of course - I'd want him there. Thursday evening or Saturday morning, which is easier for him?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' at the dad gate books with dad (typed, r7)",
    scenario = SCN,
    say = with(STRONG, "Shall I send the application form over so you can get started?", line),
    expect = { ending = "meeting_booked", nodes = { "dad_gate", "booked" } },
  }
end
-- Before her dad has come up, "him" is nobody in particular: Tom, maybe.
scenario_test {
  name = "homebuyer: an early 'would he be free?' does not count as bringing dad (typed, r7)",
  scenario = SCN,
  say = { "Hi Priya, can we book you in for Thursday, and would he be free too?" },
  expect = { nodes = { "pressure" } },
}

-- Play study r7 pitcher 1: a pitch, then a question about the seller ("Have
-- you heard of us before?") is heard as the pitch it checks - the pitch's
-- "first-time buyers" is no question about when the offer is needed.
for _, line in ipairs({
  "Hi Priya, great to meet you. I'm Dan from Harbour Home Loans, we're one of the fastest growing lenders in the region and we've helped over ten thousand first-time buyers. Have you heard of us before?",
  "We're the lender with the quickest offers in town, most of our customers get one within a week. Have you come across us?",
  "Harbour does fixed, tracker and offset deals with a free valuation. Are you familiar with us at all?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' is a pitch, not a deadline question (typed, r7)",
    scenario = SCN,
    say = { line },
    expect = { nodes = { "too_much_info" } },
  }
end

-- Play study r8 average: the way to the dad gate (a vague ask after the four weeks).
local R8_TO_DEADLINE = {
  "Hi Priya, thanks for calling. Where would you like to start?",
  "ok, are you thinking fixed or varible?",
  "We do five year fixes as well, they're really popular right now. What's your monthly budget like?",
  "four hundred is alot. what would happen if it did go up that much",
  "You mentioned the houses on your street too, what's the worry there?",
  "Four weeks isn't long. How firm is the seller on that?",
}
local R8_TO_GATE = with(R8_TO_DEADLINE, "Ok well why dont we set up a meeting sometime to go through some options?")

-- Play study r8 average 10: once she has said "not until Dad's seen it", a
-- day for "him" asked as a plain question is the ask she made her condition:
-- booked, not "I'll think about it. Bye".
for _, line in ipairs({ "yeah of course, I meant him too! Could he do thursday evening?",
                        "Of course, bring him along. Is he free Saturday morning?",
                        "Totally. Would he be around one evening next week?",
                        "Makes sense. Does Tuesday afternoon work for him?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' at the dad gate books with dad (typed, r8)",
    scenario = SCN,
    say = with(R8_TO_GATE, line),
    expect = { ending = "meeting_booked", nodes = { "dad_gate", "booked" } },
  }
end
-- r8 average 9: "you all", after the gate, includes him.
for _, line in ipairs({ "No problem, our advisers can run all those numbers with a stress test built in. Can you all come in sometime next week?",
                        "Could all of you come in on Thursday evening?",
                        "Shall we get everyone together on Saturday morning to go through it?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' after the dad gate brings her dad (typed, r8)",
    scenario = SCN,
    say = with(R8_TO_GATE, "What would he need to see?", line),
    expect = { ending = "meeting_booked", nodes = { "dad_gate", "dad_needs", "booked" } },
  }
end
-- r8 average 8: a question about "him" at the gate asks about her dad - his
-- money - not what he would need to see.
for _, line in ipairs({ "Sure, your dad's welcome to come too. What does he do, is he helping with the deposit?",
                        "Is he putting money in as well?",
                        "Of course. How is he involved, is he helping you out with the money?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' at the dad gate gets his money (typed, r8)",
    scenario = SCN,
    say = with(R8_TO_GATE, line),
    expect = { nodes = { "dad_gate", "dads_money" } },
  }
end
-- Once she has told of his money, what he does gets his job.
for _, line in ipairs({ "What does he do for work?", "Was he in banking, then? What did he do?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' after his money gets his job (typed, r8)",
    scenario = SCN,
    say = with(R8_TO_GATE, "Is he putting money in as well?", line),
    expect = { nodes = { "dads_money", "dad_job" } },
  }
end
-- Any other question at the gate is answered: one question never ends the call.
scenario_test {
  name = "homebuyer: a question at the dad gate is answered, the call goes on (typed, r8)",
  scenario = SCN,
  say = with(R8_TO_GATE, "How are you feeling about all of it right now?"),
  expect = { nodes = { "dad_gate", "why_home" } },
}

-- r8 average 5: a closed question about the deposit gets the numbers, wherever she is.
for _, line in ipairs({ "Right, makes sense. Have you got your deposit sorted?",
                        "How much have you saved for the deposit?",
                        "Is the deposit all your own savings?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' gets the numbers (typed, r8)",
    scenario = SCN,
    say = with({ R8_TO_DEADLINE[1], R8_TO_DEADLINE[2], R8_TO_DEADLINE[3], R8_TO_DEADLINE[4] }, line),
    -- (the monthly budget asked on the way is her figure, an aside: r10)
    expect = { nodes = { "budget", "numbers" } },
  }
end

-- r8 average 1: what she wants from a mortgage, not the list of her worries.
for _, line in ipairs({ "Hi Priya, thanks for calling. So what are you looking for in a mortgage?",
                        "What do you want out of a mortgage, ideally?",
                        "So what kind of mortgage are you after?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' gets what she wants from one (typed, r8)",
    scenario = SCN,
    say = { line },
    expect = { nodes = { "wants" } },
  }
end

-- r8 pitcher 1: a company intro with how good we are is a pitch she reacts
-- to, not a line she asks to have said again.
for _, line in ipairs({ "Hi Priya, I'm Dan from Harbour Mortgages. We're one of the top-rated lenders in the region and we've helped over ten thousand first-time buyers, so you're in good hands.",
                        "Hello, Dan here from Harbour. We've got award-winning advisers and over forty lenders on our panel, so you'll get a great rate.",
                        "We're an independent broker with access to the whole market, so we always find you the best rate." }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' at the start is a pitch (typed, r8)",
    scenario = SCN,
    say = { line },
    expect = { nodes = { "too_much_info" } },
  }
end

-- r8 skilled 7 / average 6: what happens if they miss the deadline is what
-- missing it would cost her (the house), not when the offer is needed.
for _, line in ipairs({ "Hmm ok. four weeks is tight, what happens if you miss that",
                        "Okay, so two fears really: the payment jumping while money's tight, and getting stuck in the house if Tom's job moves. And a four-week clock on top. If the offer isn't in by then, where does that leave you?",
                        "what if you dont make the four weeks?",
                        "And if the mortgage isn't sorted in time, then what?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' gets what missing the deadline means (typed, r8)",
    scenario = SCN,
    say = with({ R8_TO_DEADLINE[1], R8_TO_DEADLINE[2], R8_TO_DEADLINE[3], R8_TO_DEADLINE[4], R8_TO_DEADLINE[5] }, line),
    expect = { nodes = { "street_worry", "lose_house" }, targets = { "deadline" } },
  }
end

-- Sweep after r8: "when's the baby due?" asks about the baby, not by when the offer is needed.
asks("gets the baby, not the deadline", TO_HOME, "When's the baby due?", "baby")
asks("gets the baby, not the deadline", TO_HOME, "Aw, congratulations. When's she due?", "baby")
asks("gets the baby, not the deadline", TO_STREET, "Sorry, when's the baby due again?", "why_home")

-- Sweep after r8: when she asks what you would do, or is relieved, a question
-- going back to her story still gets its answer (not "I should go").
local TO_SHOES = { STRONG[1], STRONG[2], STRONG[3], STRONG[4], STRONG[5], STRONG[6], STRONG[7] }
asks("is answered when she asks what you'd do", TO_SHOES, "Before I answer that, is Tom on the mortgage with you?", "tom_mortgage")
asks("is answered when she asks what you'd do", TO_SHOES, "Can I ask one thing first - what happens if you miss the four weeks?", "lose_house")
asks("is answered when she asks what you'd do", TO_SHOES, "Good question. What did the bank actually offer you?", "bank")
asks("is answered once she is relieved", STRONG, "You said Tom's school might merge - is that likely to happen?", "merger")
asks("is answered once she is relieved", STRONG, "What does Tom make of it all?", "tom_view")
asks("is answered once she is relieved", STRONG, "How much is the house, and what have you got saved?", "numbers")
-- (a remark with no question there still lets her wind down)
scenario_test {
  name = "homebuyer: 'No worries at all.' once she is relieved lets her wind down, not 'say again' (typed)",
  scenario = SCN,
  say = with(STRONG, "No worries at all."),
  expect = { nodes = { "relief", "winding_down" } },
}
-- At the dad gate, what Tom makes of it or doing nothing is answered too.
asks("at the dad gate is answered", R8_TO_GATE, "What does Tom make of it all?", "tom_view")
asks("at the dad gate is answered", R8_TO_GATE, "Is he good with numbers, your dad?", "dads_money")

-- her words given back, then a yes/no question about them, follows the cue
-- up (r8 skilled line 5 was docked as missing the night feeds); a question
-- about the product after the echo would not
local TO_FEEDS = {
  "No need to apologise, a list is great. Here's what I'd suggest for today: I'll ask about where you are and what's worrying you, and at the end we'll see together whether it makes sense to do anything now or not. Sound okay?",
  "You said you haven't slept properly since the offer went in. What's the thing that keeps you up at night",
  "Sounds like it's both, and it's a lot to carry on top of ICU shifts. Let's start with the rates - when you see those headlines, what's the scenario that plays out in your head?",
  "So four hundred a month isn't an abstract number, it'd come straight out of a budget that's already down to the groceries. If that happened, what would you actually have to give up?",
}
for _, line in ipairs({ "Night feeds - that's not getting ahead of yourself at all. Is there a little one on the way?",
                        "The night feeds, you said. Are you expecting?",
                        "Night feeds? You're not getting ahead of yourself. Is a baby coming?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' follows up the night feeds (typed, r8)",
    scenario = SCN,
    say = with(TO_FEEDS, line),
    expect = { cues_picked = { "give_feeds" } },
  }
end

-- Sweep after r8: a question as she goes still gets its answer (and the ask can come).
for _, case in ipairs({ { "Before you go, when's the baby due?", "baby" },
                        { "Before you go - is Tom on the mortgage with you?", "tom_mortgage" },
                        { "One last thing, what happens if you miss the four weeks?", "lose_house" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1] .. "' as she goes is answered (typed, r8 sweep)",
    scenario = SCN,
    say = with(STRONG, "That's great, I'm glad it helps.", case[1],
      "Could you, Tom and your dad come in on Saturday morning or Thursday evening?"),
    expect = { ending = "meeting_booked", nodes = { "winding_down", case[2], "booked" } },
  }
end

-- Sweep after r8: after pushing too early, a plain question on her story
-- gets its answer (not only "back on track"); as she goes, who else has a
-- say gets her dad.
local PUSHED = { "Hi Priya. Shall we book your mortgage application for Friday?" }
asks("after pressure gets its answer", PUSHED, "Sorry, no rush. When's the baby due?", "why_home")
asks("after pressure gets its answer", PUSHED, "Sorry. Is Tom on the mortgage with you?", "tom_mortgage")
asks("after pressure gets its answer", PUSHED, "Fair enough. What did the bank actually offer you?", "bank")
for _, line in ipairs({ "Before you go, who else gets a say in which mortgage you go with?",
                        "One last thing - is anyone else helping you decide?" }) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' as she goes gets her dad (typed, r8 sweep)",
    scenario = SCN,
    say = with({ STRONG[1], STRONG[2], STRONG[3], STRONG[4], STRONG[5] }, "Thanks, that's really helpful.",
               "Great, glad it helped.", line),
    expect = { nodes = { "winding_down", "dads_money" } },
  }
end

-- Fresh sweep after r8: whether Tom is worried is how Tom sees it; an offer
-- from anyone yet is what the bank offered.
asks("gets how Tom sees it", TO_STREET, "Is Tom worried about it too?", "tom_view")
asks("gets how Tom sees it", TO_DEADLINE, "And is Tom as stressed about it as you are?", "tom_view")
asks("gets what the bank offered", TO_STREET, "Have you had a mortgage offer from anyone yet?", "bank")
asks("gets what the bank offered", TO_DEADLINE, "Have you shopped around at all?", "bank")

-- Play study r9: a name or a topic word in a clause beside the question does
-- not take the route from what is asked. Each case: the r9 line, then new
-- wordings of the same intent.
local function r9(name, path, line, nodes)
  scenario_test {
    name = "homebuyer: '" .. line .. "' " .. name .. " (typed, r9)",
    scenario = SCN,
    say = with(path, line),
    expect = { nodes = nodes },
  }
end
local WHICH = { STRONG[1], "So where would you like to start?" }
for _, line in ipairs({
  "Let's start with the rates then. When you see one of those headlines, what's the picture in your head - what do you imagine happening to you and Tom?",
  "OK, the rates first. When you read those headlines, what do you picture happening to you and Tom?",
  "Rates first then. What goes through your mind about what might happen to the two of you?",
}) do r9("takes the rates, not Tom", WHICH, line, { "which_first", "rates_detail" }) end
-- a question on what a sale at a loss would cost her is not about Tom's job
for _, line in ipairs({
  "So it's not just the monthly payment, it's being trapped if Tom's job moves and the house is worth less than you owe. If that did happen and you had to sell at a loss, what would it cost you?",
  "So if Tom's school merges you could be forced to sell. If that happened, what would it cost you?",
  "Right, Tom's job might move. And if it did, what would that do to you?",
}) do r9("is what it would cost, not Tom", TO_STREET, line, { "street_worry", "why_home" }) end
-- "if the payment went up, what would that do to your month with a baby on
-- the way?" is the rates, not the baby
local TO_DAD_NEEDS = with(TO_HOME, STRONG[6], "What would he need to see?")
for _, line in ipairs({
  "A folder, I like him already. Let's go back to the rates for a second - if the payment did go up two points, what would that do to your month with a baby on the way?",
  "Back to the rates - if the payment rose by four hundred, what would that do to your budget with the baby coming?",
  "If rates went up two points, how would that hit your month once the baby's here?",
}) do r9("is the rates, not the baby", TO_DAD_NEEDS, line, { "dad_needs", "rates_detail" }) end
-- a benefit tied to her worries checked with an open "how does that land?"
-- is a benefit she reacts to, not a question about Tom
for _, line in ipairs({
  "Okay. From what you've said, fixing the rate would mean your payment stays put through your maternity leave, so no headline can add four hundred a month. And if the deal is portable, a move for Tom's school wouldn't leave you trapped. How does that land?",
  "A portable fix means your payment stays the same while the baby's small, and if Tom's job moves you can take it with you. How does that sound?",
  "With a five-year fix your payment wouldn't change, whatever the headlines say, so Tom's school merging wouldn't leave you stuck. What do you think?",
}) do r9("is a benefit she reacts to", TO_DEADLINE, line, { "deadline", "relief" }) end
-- "you might have to sell early" before "who else is involved?" is no benefit
local TO_MERGER = with(TO_STREET, "Tell me about the merger.")
for _, line in ipairs({
  "Ok so you might have to sell early. Who else is involved in the decision, just you and Tom?",
  "So you could be forced to sell early and get out without losing much. Who else has a say in this?",
  "Right, you may have to sell sooner. Is anyone else involved in deciding, apart from you and Tom?",
}) do r9("is who decides, not a benefit", TO_MERGER, line, { "merger", "dads_money" }) end
-- why they might have to sell is Tom's school merging, not why the house matters
local TO_MOTIVE9 = with(TO_HOME, "So it's about giving her the stability you didn't have. That makes sense.")
for _, line in ipairs({
  "No need to apologise. Earlier you said your dad will ask what happens if you have to sell early. Why might you have to sell?",
  "Selling early - what's behind that one?",
  "What would make you have to sell early?",
  "how come you might need to sell in a few years",
}) do r9("is why they might sell", TO_MOTIVE9, line, { "heard_motive", "merger" }) end
r9("at dad_needs is why they might sell", TO_DAD_NEEDS, "Selling early - what's behind that one?", { "dad_needs", "merger" })
-- the lender's pitch asking leave to go on is a pitch she reacts to
for _, line in ipairs({
  "Hi Priya, great to meet you! I'm with Harbour Mortgages, we're the top-rated independent broker in the region and we've got access to over ninety lenders. Can I tell you a bit about what we do?",
  "Hello Priya. We're an independent broker with the whole of the market to choose from. Can I explain how we work?",
  "Hi, we've won broker of the year twice and we work with over forty lenders. Shall I tell you a bit about us?",
}) do r9("is a pitch she reacts to", {}, line, { "opening", "too_much_info" }) end

-- Sweep after r9: what a rate rise or the merger would mean for them is
-- that consequence (the rates, a sale at a loss), not why the house matters
-- nor the merger told again.
local TO_DADS = with(TO_HOME, STRONG[6])
for _, line in ipairs({
  "Your dad sounds careful. If rates did jump two points, what would that mean for you and Tom?",
  "Suppose the payment went up by four hundred - what would that mean for you?",
  "He sounds great. Say rates rise again next year, what would it mean for your budget?",
}) do r9("is the rates, not why it matters", TO_DADS, line, { "dads_money", "rates_detail" }) end
local TO_TOM = with(TO_STREET, "Is Tom a teacher?")
for _, line in ipairs({
  "He sounds like a good anchor to have. Say the merger goes ahead and you have to sell in three years for less than you paid - what would that mean for the two of you, money-wise?",
  "That's nice. So if the merger goes ahead, where would that leave you on the house?",
  "And if the school does merge with Kelby, what happens then?",
}) do r9("is what the merger would mean", TO_TOM, line, { "tom_job", "street_worry" }) end
r9("at the deadline is what the merger would mean", TO_DEADLINE,
  "So the seller's firm. If Tom's school did merge and you had to move, how would you cope?", { "deadline", "street_worry" })

-- r9 average 5: a product checked with "would that be better for you?" is a
-- pitch she reacts to (not fixing in general, the two-year complaint again).
local TO_FIXING = with(TO_RATES, "Have you looked at fixed rates at all?")
for _, line in ipairs({
  "Good question. We can do five year fixes as well, and ours are portable. Would that be better for you?",
  "We've got a ten-year fix at a good rate. Would that suit you better?",
  "Our five-year fix is portable too. Would that work better for you two?",
}) do r9("is a pitch she reacts to", TO_FIXING, line, { "fixing", "one_product" }) end

-- Play study r10: each case the r10 line, then new wordings of the same
-- intent; near-misses that must not change after them.
local function r10(name, path, line, nodes, ending)
  scenario_test {
    name = "homebuyer: '" .. line .. "' " .. name .. " (typed, r10)",
    scenario = SCN,
    say = with(path, line),
    expect = { nodes = nodes, ending = ending },
  }
end
-- r10 average 6 (the implausible ending): a vague ask after a bare feature,
-- her dad never named, is no warm yes ("new parents" brings no one to the
-- meeting): she asks when and names her dad's condition; with him in the
-- ask, and a day, she books.
for _, line in ipairs({
  "Oh congrats! We have a five year fixed rate that a lot of new parents go for. Shall we set up a meeting sometime to go through it?",
  "Congratulations! Lots of new parents like our two-year fix. Why don't we book a meeting at some point to go through it?",
  "That's lovely news. Our five-year fix is popular with young families. Can we get something in the diary to talk it over?",
  "Aw, congrats. Parents-to-be often go for a tracker with us. Shall we book a call sometime to go over it?",
}) do
  r10("is not a warm yes before her dad has come up", TO_HOME, line, { "why_home", "dad_gate" })
  scenario_test {
    name = "homebuyer: '" .. line .. "' then her dad and a day books (typed, r10)",
    scenario = SCN,
    say = with(TO_HOME, line, "Of course, bring him along. Could your dad join us Thursday evening?"),
    expect = { nodes = { "dad_gate", "booked" }, ending = "meeting_booked" },
  }
end
-- (near-misses: her parents or her dad asked for, with a day, still book)
r10("brings her parents and books", TO_HOME,
  "Congratulations. Could you, Tom and your parents come in on Thursday evening to go through the numbers?",
  { "why_home", "booked" }, "meeting_booked")
r10("brings her dad and books", TO_HOME,
  "Congratulations! Would your dad like to sit down with us and Tom on Saturday morning to go through it?",
  { "why_home", "booked" }, "meeting_booked")

-- r10 average 3: other challenges are the worry she has not told yet (the
-- street, the four weeks), not the payment again; a question on the rates
-- still goes deeper.
for _, line in ipairs({
  "right. what other challanges are you having with the purchase?",
  "Okay. Is there anything else worrying you about the move?",
  "Apart from the rates, what other concerns do you have?",
  "What else is keeping you up at night?",
}) do r10("is the worry she has not told yet", TO_RATES, line, { "rates_detail", "street_worry" }) end
r10("still goes deeper on the rates", TO_RATES, "What worries you most about the rate going up?",
  { "rates_detail", "not_knowing" })
r10("is still who decides", TO_RATES, "Is anyone else involved in the decision?", { "rates_detail", "dads_money" })

-- r10 average 4: what she could pay a month is her figure, an aside (the
-- call is back at the not knowing: the street is asked for next).
local TO_KNOWING = with(TO_RATES, "What worries you most about the rate going up?")
for _, line in ipairs({
  "Got it. So what's the most you could pay a month?",
  "What's the most you could comfortably pay each month?",
  "what monthly payment could you actually afford?",
  "So what's your limit per month, roughly?",
}) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' gets her monthly figure, then the call goes on (typed, r10)",
    scenario = SCN,
    say = with(TO_KNOWING, line, "You mentioned the houses on your street too. What happened there?"),
    expect = { nodes = { "not_knowing", "budget", "street_worry" } },
  }
end
r10("is still the price and the deposit", TO_KNOWING, "How much is the house, and how much have you saved?",
  { "not_knowing", "numbers" })

-- r10 average 5: whether they have a mortgage in principle is a yes/no fact,
-- an aside (the call is back at the street: the seller is asked next).
for _, line in ipairs({
  "four weeks is tight. do you have a mortgage in principle yet?",
  "Have you been pre-approved by anyone yet?",
  "Do you already have an agreement in principle?",
  "Has the bank given you a decision in principle?",
}) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' gets a yes, then the call goes on (typed, r10)",
    scenario = SCN,
    say = with(TO_STREET, line, "How firm is the seller on the four weeks?"),
    expect = { nodes = { "street_worry", "in_principle", "deadline" } },
  }
end

-- r10 picker 9: what happens if the offer is late is losing the house ("the
-- seller's" is no sale); how firm the seller is stays the deadline.
local TO_DADS10 = with(TO_HOME, STRONG[6])
for _, line in ipairs({
  "Good to know. And the seller's four weeks you mentioned - what happens if the offer isn't there in time?",
  "The seller's deadline - what happens if you don't make it?",
  "And if the seller's four weeks run out before the offer's in, then what?",
}) do r10("is losing the house", TO_DADS10, line, { "dads_money", "lose_house" }) end
r10("is still how firm the seller is", TO_DADS10, "How firm is the seller on the four weeks?", { "dads_money", "deadline" })

-- r10 skilled 6: what settled would look like day to day is answered (an
-- aside), not the street dumped instead; what a rise would look like is the
-- rates, what a good mortgage looks like is what she wants.
for _, line in ipairs({
  "Congratulations. So this is really about giving her the settled home you never got - one front door. What would that peace of mind look like for you, day to day?",
  "What would that feel like day to day, once you're settled?",
  "Picture it all sorted - what does an ordinary day look like for you?",
  "How would things be different for you day to day?",
}) do r10("is what settled would look like", TO_HOME, line, { "why_home", "settled" }) end
r10("is still the rates", TO_HOME, "What would it look like if rates went up two points?", { "why_home", "rates_detail" })
r10("is still what she wants", TO_HOME, "What does the ideal mortgage look like for you?", { "why_home", "wants" })

-- r10 picker 10: a benefit in her words (the payment the same, known for
-- sure, while she's small) is what it would do for her even when the
-- analyser hears only the product; a bare product, a list checked with
-- "would that help?", or a benefit before a real question stay what they were.
for _, line in ipairs({
  "With everything a maybe, a fixed rate would make the payment the one thing you know for sure - the same number every month while she's small.",
  "A five-year fix keeps the payment the same number every month while the baby's little.",
  "Fixing for five years would make the payment the one thing that doesn't move, whatever the headlines do.",
  "A fixed rate means you'd know for sure what you pay each month. Would that help?",
}) do r10("is a benefit she hears", TO_DEADLINE, line, { "deadline", "relief" }) end
r10("is still a product dump", TO_DEADLINE, "We have a five-year fixed rate with a rate lock and an overpayment allowance.",
  { "deadline", "too_much_info" })
r10("is still a pitch checked", TO_DEADLINE, "Our fix comes with cashback, free valuation and no fees. Would that help?",
  { "deadline", "one_product" })
r10("is still who decides", TO_DEADLINE, "A fixed rate would keep your payment the same. Who else has a say in the decision?",
  { "deadline", "dads_money" })

-- r10 pitcher 2: after "you've lost me", a second list of products checked
-- with "would that help?" leaves her lost (she goes), though "you can" in it
-- is heard as a benefit; the same in plain words still reaches her.
local LOST10 = { "Hi Priya, I'm Dan from Harbour Home Loans. We're one of the top-rated lenders in the region with over 40 mortgage products, and I'd love to tell you about our new five-year fix." }
for _, line in ipairs({
  "No problem. Basically our five-year fix locks your rate, comes with free valuation and no arrangement fee, and you can overpay 10% a year. Would that help?",
  "Sure. In short, our tracker has no arrangement fee, a free valuation, and you can overpay 10% a year. Does that sound good?",
  "Okay, simply put: a portable five-year fix with cashback and free legal fees. Would that help you?",
}) do r10("leaves her lost", LOST10, line, { "too_much_info" }, "brush_off") end
r10("in plain words still reaches her", LOST10,
  "Sorry. Basically your payment would stay the same for five years, whatever the rates do. Is that something you'd want?",
  { "too_much_info", "plainer" })

-- Sweep after r10 (own wordings): plain facts of the form are asides she
-- answers, and the call is back where it was (the next question is heard there).
local function aside(path, line, node, next_line, next_node)
  scenario_test {
    name = "homebuyer: '" .. line .. "' is an aside (" .. node .. "), the call goes on (typed, r10 sweep)",
    scenario = SCN,
    say = with(path, line, next_line),
    expect = { nodes = { node, next_node } },
  }
end
local STREET_Q = "You mentioned the houses on your street too. What happened there?"
for _, case in ipairs({
  { "Four hundred is a lot. Are you both on permanent contracts?", "jobs" },
  { "What do you both do for work?", "jobs" },
  { "Have you got a solicitor sorted yet?", "paperwork" },
  { "Has the survey been done on the house yet?", "paperwork" },
  { "Is this your first home?", "first_home" },
  { "Have either of you owned a house before?", "first_home" },
  { "How long is the mortgage term you're looking at?", "term" },
  { "Over how many years are you borrowing?", "term" },
}) do aside(TO_RATES, case[1], case[2], STREET_Q, "street_worry") end
for _, line in ipairs({ "Is the twenty thousand a gift or a loan?", "Is he lending it or giving it to you?" }) do
  aside(TO_DADS10, line, "dad_gift", "What would he need to see?", "dad_needs")
end
-- (near-misses: a first call to a broker is no first home (who else she has asked, r14); who else decides
-- stays who decides; Tom's job after the merger is the merger)
r10("is not a first home", TO_RATES, "Is this the first time you've spoken to a broker?", { "rates_detail", "bank" })
r10("is what Tom thinks, not fixing", with(STRONG), "What does Tom think about fixing?", { "relief", "tom_view" })
r10("is what Tom thinks, not fixing", TO_STREET, "And what does Tom make of fixing the rate?", { "street_worry", "tom_view" })
r10("is still fixing", TO_STREET, "Have you thought about fixing the rate?", { "street_worry", "fixing" })
-- how far along she is is the baby
r10("is the baby", TO_HOME, "That's a beautiful reason. How far along are you?", { "why_home", "baby" })
r10("is the baby", TO_HOME, "Congratulations! Are you expecting soon?", { "why_home", "baby" })
-- after "you've lost me", the benefit said plainly with no product or
-- question reaches her too
r10("in plain words reaches her", LOST10,
  "Sorry. In plain words, your payment would be the same every month and you'd know it for sure.", { "too_much_info", "plainer" })
r10("in plain words reaches her", LOST10,
  "My fault. Simply put: the payment wouldn't change for five years, whatever the headlines do, so you'd know exactly what goes out.",
  { "too_much_info", "plainer" })
-- (own wording: what you'd know for sure, tied to the merger, is a benefit too)
r10("is a benefit she hears", TO_DEADLINE,
  "A fixed rate means that whatever happens with the merger, at least the payment is the one thing you'd know.",
  { "deadline", "relief" })

-- r11 skilled 11: at losing the house, a benefit said and checked with a closed question ('...through
-- the baby's first years... Would that take some of the 3am worry away?') is the benefit, not a
-- question about renting again; a real question about renting is still that
local R11_TO_LOSE = { R8_TO_DEADLINE[1], R8_TO_DEADLINE[2], R8_TO_DEADLINE[3], R8_TO_DEADLINE[4], R8_TO_DEADLINE[5],
                      "what if you dont make the four weeks?" }
for _, case in ipairs({ { "Don't be sorry, that's exactly what we need to avoid. From what you've said, a fixed rate would mean you know the payment to the pound through the baby's first years, so a headline can't add four hundred to your groceries budget. Would that take some of the 3am worry away?", "relief" },
                        { "With a five-year fix the payment stays the same while the baby's small, so no headline can push you back to renting. Would that help?", "relief" },
                        { "If you lock the rate now, you'd know exactly what leaves your account every month after the baby comes, so you could plan properly. Does that sound like it would ease things?", "relief" },
                        { "What would going back to renting with a baby mean for you?", "why_home" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1] .. "' at losing the house gets " .. case[2] .. " (typed, r11)",
    scenario = SCN,
    say = with(R11_TO_LOSE, case[1]),
    expect = { nodes = { "lose_house", case[2] } },
  }
end

-- r11 picker 9: 'Then let's make sure that doesn't happen. Who else needs to be happy with the mortgage
-- before you sign?' is who decides (the analyser no longer takes 'before you sign' in a who-decides
-- question for a step to book); a step proposed with a day is still an ask
for _, case in ipairs({ { "Then let's make sure that doesn't happen. Who else needs to be happy with the mortgage before you sign?", "dads_money" },
                        { "Let's get that sorted. Who else has to sign off before the offer goes in?", "dads_money" },
                        { "Let's stop that happening. Who else needs to be comfortable before you sign?", "dads_money" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1] .. "' at losing the house gets " .. case[2] .. " (typed, r11)",
    scenario = SCN,
    say = with(R11_TO_LOSE, case[1]),
    expect = { nodes = { "lose_house", case[2] } },
  }
end

-- r12 picker 9: 'And if the offer isn't through in four weeks, what happens for you?' is what missing the
-- deadline would mean (the offer not through, not come through, not sorted), not a follow-up on the
-- four weeks; what happens once the offer is through is still a follow-up
local R12_TO_DEADLINE = { "Let's start wherever feels easiest. My aim on this call is to get a picture of your situation, and if we're not the right people for it I'll be upfront. Sound okay?",
                          "No need to apologise. What's been on your mind since the offer was accepted?",
                          "What is it about the rates that keeps you up at night?",
                          "So it's not the rate itself, it's that a jump would land on a budget that's already tight. Is that right?",
                          "Night feeds? It sounds like there's a little one coming - tell me about that.",
                          "So it's about giving her the stability you didn't have. That makes sense.",
                          "I'm glad you did - it matters. Who else gets a say in which mortgage you go for?",
                          "So Dad's approval really counts. And when do you need the mortgage in place by?" }
for _, case in ipairs({ { "And if the offer isn't through in four weeks, what happens for you?", "lose_house" },
                        { "Suppose the offer doesn't come through in four weeks - what then?", "lose_house" },
                        { "If the lender's paperwork isn't sorted in four weeks, where does that leave you?", "lose_house" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1] .. "' at the deadline gets " .. case[2] .. " (typed, r12)",
    scenario = SCN,
    say = with(R12_TO_DEADLINE, case[1]),
    expect = { nodes = { "deadline", case[2] } },
  }
end
scenario_test {
  name = "homebuyer: 'And when the offer is through, what happens next?' at the deadline gets street_worry, not losing the house (typed, r12)",
  scenario = SCN,
  say = with(R12_TO_DEADLINE, "And when the offer is through, what happens next?"),
  expect = { nodes = { "deadline", "street_worry" } },
}

-- r13 average 5: a feature someone would like ("We've got a comparison tool that puts all the lenders
-- numbers side by side, he'd probably like that.") is no outcome for her: she is polite about it and
-- the call stays on her story (likes_it), not what it would do for her (relief, then the close); the
-- same tool with what it does for her still is that
local R13_TO_DAD = { "Hi Priya, I'm Sam from Northgate Mortgages, thanks for calling. So what are your main challenges right now?",
                     "ok. are you looking at a fixed or a variable rate?",
                     "Got it. How much are you looking to borrow?",
                     "no worries, we'll do the form later. how much is your dad puting in?" }
for _, line in ipairs({
  "Ha, fair enough. We've got a comparison tool that puts all the lenders numbers side by side, he'd probably like that.",
  "We've got a tool that lays every lender's rates out side by side, your dad would love that.",
  "Our comparison tool shows all the lenders on one page, he'd probably be into that." }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' at her dad's money is a feature he'd like (typed, r13)",
    scenario = SCN,
    say = with(R13_TO_DAD, line),
    expect = { nodes = { "dads_money", "likes_it" } },
  }
end
scenario_test {
  name = "homebuyer: the comparison tool with what it does for her at her dad's money is what it would do for her (r13 near miss)",
  scenario = SCN,
  say = with(R13_TO_DAD, "We've got a comparison tool that puts every lender side by side, so you'd know exactly what your payment would be every month."),
  expect = { nodes = { "dads_money", "relief" } },
}

-- r13 average 10: what matters most to her in a mortgage ("So whats the most important thing for you in
-- a mortgage?") is what she wants from one (a payment that doesn't move), not her whole story of why;
-- why it matters so much still is that
local R13_TO_DAD_AGAIN = with(R13_TO_DAD,
  "Ha, fair enough. We've got a comparison tool that puts all the lenders numbers side by side, he'd probably like that.",
  "Great. Should we set up a meeting sometime so I can show you both?",
  "Sorry, didnt mean to rush you. Whats the biggest worry at the moment?",
  "four weeks is pretty tight. is the seller flexible at all on that?",
  "ok. and is it just you and Tom making the decision on the mortgage?")
for _, line in ipairs({
  "Makes sense. So whats the most important thing for you in a mortgage?",
  "What matters most to you in a mortgage?",
  "What's your top priority in a mortgage?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' asks what she wants from a mortgage (typed, r13)",
    scenario = SCN,
    say = with(R13_TO_DAD_AGAIN, line),
    expect = { nodes = { "deadline", "wants" } },
  }
end
scenario_test {
  name = "homebuyer: 'Why does all this matter so much to you?' is why it matters (r13 near miss)",
  scenario = SCN,
  say = with(R13_TO_DAD_AGAIN, "Why does all this matter so much to you?"),
  expect = { nodes = { "deadline", "why_home" }, targets = { "motive" } },
}

-- r13 picker 10-11: what it is really about, asked again once she has told it ("If it isn't about the
-- house, what is it really about for you?"), is said short with options that move on (why_again), not
-- the same three with one already answered; asked before she has told it, it is her story
local R13_PICKER = { "No need to apologise. Today I'd like to understand your situation, and at the end we'll see together if I can help. Okay?",
                     "You mentioned the rates keep moving. What worries you most about that?",
                     { choose = "a" }, "Night feeds? Tell me more about that.", { choose = "b" },
                     "Don't be sorry, it matters. Who else will have a say in the mortgage you choose?",
                     "What would your dad need to see to feel comfortable?",
                     "Sell early - is that about the houses on your street? What's the worry there?",
                     { choose = "a" } }
for _, line in ipairs({
  "If it isn't about the house, what is it really about for you?",
  "So what is it really about, then?",
  "What's behind it for you, if it's not the house?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' once she has told why gets it short, with new options (typed, r13)",
    scenario = SCN,
    say = with(R13_PICKER, line, { choose = "a" }),
    expect = { nodes = { "heard_both", "why_again", "lose_house" } },
  }
end
scenario_test {
  name = "homebuyer: 'If it isn't about the house, what is it really about for you?' before she has told why is her story (r13 near miss)",
  scenario = SCN,
  say = { "No need to apologise. Today I'd like to understand your situation, and at the end we'll see together if I can help. Okay?",
          "You mentioned the rates keep moving. What worries you most about that?",
          { choose = "a" },
          "You mentioned the houses on your street too - what's the worry there?",
          { choose = "a" },
          "If it isn't about the house, what is it really about for you?" },
  expect = { nodes = { "heard_both", "why_home" }, targets = { "motive" } },
}

-- r14 skilled 5: the rate rising, put as an if with where it leaves her ("Say you stay on a variable and
-- it does jump after the baby arrives, where does that leave you?"), is the cost of doing nothing, not a
-- question about the baby the condition names; a plain question about the baby, and the merger put as
-- an if, still go there
local R14_TO_RATES = { "Hi Priya, congratulations on Alder Close. Before we dive in, I'd like to spend twenty minutes understanding where you are and what's worrying you, and if I can't help I'll tell you straight. Sound okay?",
                       "You said you haven't slept properly since the offer went in. What's going round in your head at 3am?",
                       "Let's start with the rates then. When you picture them going up, what would that actually mean for you and Tom",
                       "So it's really about giving her the settled home you never had. How does a rate rise put that at risk, in real numbers?" }
for _, line in ipairs({
  "Four hundred a month on a budget that's already down to the groceries, that's a real squeeze. Say you stay on a variable and it does jump after the baby arrives, where does that leave you?",
  "If the rate jumps a point just as the baby comes, where would that leave you?",
  "Suppose you stick with the variable and it goes up while Tom's on a teacher's pay, what happens then?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' at the rates is the cost of doing nothing (typed, r14)",
    scenario = SCN,
    say = with(R14_TO_RATES, line),
    expect = { nodes = { "rates_detail", "do_nothing" } },
  }
end
scenario_test {
  name = "homebuyer: 'When is the baby due?' at the rates is the baby (r14 near miss)",
  scenario = SCN,
  say = with(R14_TO_RATES, "When is the baby due?"),
  expect = { nodes = { "rates_detail", "why_home" } },
}
scenario_test {
  name = "homebuyer: 'If Tom's school merges after the baby arrives, where does that leave you?' at the rates is the merger (r14 near miss)",
  scenario = SCN,
  say = with(R14_TO_RATES, "If Tom's school merges after the baby arrives, where does that leave you?"),
  expect = { nodes = { "rates_detail", "street_worry" } },
}

-- r14 average 5: a yes/no on other brokers or lenders ("four weeks is tight. have you spoken to any other
-- brokers yet?") is who else she has asked (just the bank, and what it gave her), not her whole story;
-- who else decides is still that
local R14_AVERAGE = { "hi priya, thanks for taking the call. so tell me a bit about your situation",
                      "ok so whats the biggest challenge with the rates for you?",
                      "ok. and how much deposit have you got",
                      "yeah that sounds fine. so what are your main concerns with the mortgage" }
for _, line in ipairs({
  "four weeks is tight. have you spoken to any other brokers yet?",
  "Have you looked at any other lenders?",
  "Did you talk to another broker before us?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' is who else she has asked: the bank (typed, r14)",
    scenario = SCN,
    say = with(R14_AVERAGE, line),
    expect = { nodes = { "street_worry", "bank" } },
  }
end
scenario_test {
  name = "homebuyer: 'Who else have you spoken to about this?' is who decides (r14 near miss)",
  scenario = SCN,
  say = with(R14_AVERAGE, "Who else have you spoken to about this?"),
  expect = { nodes = { "street_worry", "dads_money" } },
}

-- r14 picker 10: a reflection on renting then who else decides ("Back to renting with a baby coming is
-- the one thing you're trying to avoid. Who else will weigh in on which mortgage you choose?") is heard
-- by its question (who decides), not by the reflection's words; a question on renting is still that
local R14_PICKER = { "Hi Priya, congratulations on the offer. The aim today is just to understand where you are and what's worrying you, and then we can decide together whether I can help. Where would you like to begin?",
                     { choose = "a" }, { choose = "a" },
                     "Night feeds, that sounds like big news. Tell me about that",
                     { choose = "b" },
                     "Don't apologise, that really helps. You mentioned the houses on your street earlier, what's the story there?",
                     { choose = "a" },
                     "If it isn't really about the house, what is it about for you?",
                     { choose = "a" } }
for _, line in ipairs({
  "Back to renting with a baby coming is the one thing you're trying to avoid. Who else will weigh in on which mortgage you choose?",
  "Renting again is the thing you swore you'd never do. Who else has a say in the mortgage?",
  "So losing it means renting with a newborn. Apart from you and Tom, who else is involved in deciding?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' at losing the house is who decides (typed, r14)",
    scenario = SCN,
    say = with(R14_PICKER, line),
    expect = { nodes = { "lose_house", "dads_money" } },
  }
end
scenario_test {
  name = "homebuyer: 'Back to renting with a baby coming. What makes renting again so hard for you?' is renting (r14 near miss)",
  scenario = SCN,
  say = with(R14_PICKER, "Back to renting with a baby coming. What makes renting again so hard for you?"),
  expect = { nodes = { "lose_house", "why_home" } },
}


-- r15 skilled 8 and 9: a reflection (on Tom, on the boxes), then a lead-in ("When it comes to picking
-- the mortgage, ...") and who decides ("how do the two of you decide?", "who gets the final say?"):
-- heard by its question (who decides), not by the reflection's topic; the lead-in's "it" does not
-- pull the reflection into the question. A question on how Tom sees it, or on the moving, is still that.
local R15_SKILLED = {
  "No need to apologise, congratulations on Alder Close. The idea today is just for me to understand where you are with the mortgage and what's keeping you up at night; if I can't help, I'll tell you straight. Sound ok?",
  "Not panicking at all. You said the rates are keeping you up - what is it about them that worries you most?",
  "So another four hundred a month, when the budget's already cut down to the groceries. If that did happen, what would it cost you two?",
  "You're not getting ahead of yourself at all. Night feeds - tell me a bit about that",
  "That's a lovely way to put it. So it's about giving her the settled home you never had growing up. With her due in May, when does all this need to be locked down by?",
  "Congratulations, a girl! I meant the house, though - when do you need the mortgage offer in place by?",
  "So the deadline's fixed, it's everything else that feels like a maybe. Say the four weeks come and you still don't know what the payment will be - where does that leave you?" }
local R15_TOM = with(R15_SKILLED, "Tom sounds calmer than you. How do you and Tom see it differently?")
for _, line in ipairs({
  "Tom sounds a lot calmer about it than you are. When it comes to picking the mortgage, how do the two of you decide?",
  "Tom sounds calmer than you. When it's time to choose a deal, who has the last word?",
  "Tom seems pretty relaxed about it. When it comes down to it, how do you both decide on a mortgage?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' after doing nothing is who decides (typed, r15)",
    scenario = SCN,
    say = with(R15_SKILLED, line),
    expect = { nodes = { "do_nothing", "dads_money" } },
  }
end
scenario_test {
  name = "homebuyer: 'Tom seems a lot calmer. How do the two of you see it differently?' is how Tom sees it (r15 near miss)",
  scenario = SCN,
  say = with(R15_SKILLED, "Tom seems a lot calmer. How do the two of you see it differently?"),
  expect = { nodes = { "do_nothing", "tom_view" } },
}
for _, line in ipairs({
  "Eleven moves is a lot of boxes - no wonder you want certainty. When it comes to actually signing for a mortgage, who gets the final say?",
  "All those boxes, I get it. Who has the final say on the mortgage, you or Tom?",
  "That's a lot of moving. When it comes to the mortgage, how do you both decide?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' at how Tom sees it is who decides (typed, r15)",
    scenario = SCN,
    say = with(R15_TOM, line),
    expect = { nodes = { "tom_view", "dads_money" } },
  }
end
scenario_test {
  name = "homebuyer: 'Eleven moves is a lot of boxes. What was all that moving like for you?' is the moving (r15 near miss)",
  scenario = SCN,
  say = with(R15_TOM, "Eleven moves is a lot of boxes. What was all that moving like for you?"),
  expect = { nodes = { "tom_view", "why_home" } },
}

-- r15 skilled 5: a reflection of why it matters, a lead-in on the baby ("With her due in May, ...") and
-- by when ("when does all this need to be locked down by?"): heard by its question (the four weeks),
-- not by the baby in the lead-in; asking when the baby is due is still the baby.
local R15_HOME = { R15_SKILLED[1], R15_SKILLED[2], R15_SKILLED[3], R15_SKILLED[4] }
for _, line in ipairs({
  "That's a lovely way to put it. So it's about giving her the settled home you never had growing up. With her due in May, when does all this need to be locked down by?",
  "One front door for her. With the baby coming in May, how soon do you need the offer in place?",
  "That makes sense. With a little one on the way, what's your timeline for the mortgage?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' at why it matters is by when (typed, r15)",
    scenario = SCN,
    say = with(R15_HOME, line),
    expect = { nodes = { "why_home", "deadline" } },
  }
end
scenario_test {
  name = "homebuyer: 'One front door for her. So when is the baby due?' is the baby (r15 near miss)",
  scenario = SCN,
  say = with(R15_HOME, "One front door for her. So when is the baby due?"),
  expect = { nodes = { "why_home", "baby" } },
}

-- r15 skilled 12: "Tell me about the school merger - what would it mean for Tom and where you live?" asks
-- about the merger (the street, having to sell), not why it matters to her; why it matters is still that.
local R15_STREET = { "Hi Priya, thanks for getting in touch. The purpose of today is to understand what's worrying you, not to sell you a product, so you'll do most of the talking.",
                     "What is it about the rates that worries you most?",
                     "You mentioned the houses on your street as well. What happened there?" }
for _, line in ipairs({
  "That's a real worry. Tell me about the school merger - what would it mean for Tom and where you live?",
  "I hear you. The Kelby merger - what would that mean for the two of you?",
  "Sorry, that's a lot. Talk me through the Kelby merger - what would it mean for where you live?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' at the street is the merger (typed, r15)",
    scenario = SCN,
    say = with(R15_STREET, line),
    expect = { nodes = { "street_worry", "merger" } },
  }
end
scenario_test {
  name = "homebuyer: 'That's a lot. Why does staying put matter so much to you?' is why it matters (r15 near miss)",
  scenario = SCN,
  say = with(R15_STREET, "That's a lot. Why does staying put matter so much to you?"),
  expect = { nodes = { "street_worry", "why_home" } },
}

-- r15 skilled, replayed with the merger heard: after three reflections, a summary then what a fix would
-- do for her in her words ("...your payment stays exactly the same through maternity pay") is the pitch,
-- not a fourth echo; she hears it and books with dad.
scenario_test {
  name = "homebuyer: r15 skilled play with the merger heard still pitches, not parrots, and books (typed, r15)",
  scenario = SCN,
  say = { "No need to apologise, congratulations on Alder Close. The idea today is just for me to understand where you are with the mortgage and what's keeping you up at night; if I can't help, I'll tell you straight. Sound ok?",
          "Not panicking at all. You said the rates are keeping you up - what is it about them that worries you most?",
          "So another four hundred a month, when the budget's already cut down to the groceries. If that did happen, what would it cost you two?",
          "You're not getting ahead of yourself at all. Night feeds - tell me a bit about that",
          "That's a lovely way to put it. So it's about giving her the settled home you never had growing up. With her due in May, when does all this need to be locked down by?",
          "Congratulations, a girl! I meant the house, though - when do you need the mortgage offer in place by?",
          "So the deadline's fixed, it's everything else that feels like a maybe. Say the four weeks come and you still don't know what the payment will be - where does that leave you?",
          "Tom sounds a lot calmer about it than you are. When it comes to picking the mortgage, how do the two of you decide?",
          "Eleven moves is a lot of boxes - no wonder you want certainty. When it comes to actually signing for a mortgage, who gets the final say?",
          "One front door, for her. Got it. Who else has a say in which mortgage you choose?",
          "So really your dad's the one who needs convincing. Earlier you mentioned the houses on your street selling for less than valuation - what worries you about that?",
          "That's a real worry. Tell me about the school merger - what would it mean for Tom and where you live?",
          "From everything you've said, the real problem is not knowing the payment. If we fixed your rate for five years, your payment stays exactly the same through maternity pay and her first years - the headlines stop being a coin toss and you can plan again.",
          "Then let's put the numbers in front of him. Could you, Tom and your dad sit down with me Thursday evening or Saturday morning, and we'll go through a five-year fix line by line?" },
  expect = { ending = "meeting_booked" },
}

-- r16 average 6: one product offered and checked with "would that be something your interested in?"
-- ("your" typed for "you're") is the pitch she reacts to (one_product), not a question on the rates
-- that sends her number back; asking whether she has looked at fixing is still answered
local R16_KNOWING = { "Hi Priya, thanks for calling. Congrats on the offer! So whats your situation, are you first time buyers?",
                      "Ok great. So what are your main challenges with the mortgage right now?",
                      "Whats the purchase price and how much deposit have you got?",
                      "No thats fine, we can do the form later. Are you thinking fixed or variable?",
                      "Yeah 400 a month is alot. How would you manage if that happend?" }
for _, case in ipairs({
  { "Totally get it. We have some really good 5 year fixed deals at the moment with a rate lock. Would that be something your interested in?", "one_product" },
  { "I hear you. We've got a two year fix with no arrangement fee right now. Would you be interested in that?", "one_product" },
  { "Makes sense. We offer tracker mortgages with a cap. Is that something you're interested in?", "one_product" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "...' at not knowing gets " .. case[2] .. " (typed, r16)",
    scenario = SCN,
    say = with(R16_KNOWING, case[1]),
    expect = { nodes = { "not_knowing", case[2] } },
  }
end
scenario_test {
  name = "homebuyer: 'Have you looked at fixing the rate for five years?' at not knowing is no pitch (typed, r16)",
  scenario = SCN,
  say = with(R16_KNOWING, "Makes sense. Have you looked at fixing the rate for five years?"),
  expect = { nodes = { "not_knowing", "fixing" } },
}

-- r16 average 9: 'Sorry, no pressure at all.' before the question is an apology, no echo of her words (the probe it is not: tests/unit/test_analyze.c)
scenario_test {
  name = "homebuyer: r16 'Sorry, no pressure at all. What's the biggest worr...' is heard as open_question (typed, r16)",
  scenario = SCN,
  say = {
    "Hi Priya, thanks for calling. Congrats on the offer! So whats your situation, are you first time buyers?",
    "Ok great. So what are your main challenges with the mortgage right now?",
    "Whats the purchase price and how much deposit have you got?",
    "No thats fine, we can do the form later. Are you thinking fixed or variable?",
    "Yeah 400 a month is alot. How would you manage if that happend?",
    "Totally get it. We have some really good 5 year fixed deals at the moment with a rate lock. Would that be something your interested in?",
    "Ok. You said something about houses on your street earlier?",
    "Four weeks is tight! Shall we get an application going sometime this week then?",
    { "Sorry, no pressure at all. What's the biggest worry for you right now?",
      labels = { "open_question" } },
  },
}
-- r16 homebuyer average 6 (labels16a): deals of ours on offer ("we have some really good 5 year
-- fixed deals at the moment") are a feature
for _, line in ipairs({ "Totally get it. We have some really good 5 year fixed deals at the moment with a rate lock. Would that be something your interested in?",
                        "We have some great two year fixed rates right now. Want to hear about them?",
                        "We've got some really competitive five-year fixed deals at the moment. Interested?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "...' is a feature (typed, r16)",
    scenario = SCN,
    say = { { line, labels = { "feature" } } },
    expect = {},
  }
end

-- r17 skilled 9: "due" on the house is the purchase's date ("when are you due to complete on Alder
-- Close?" asks by when: the seller's four weeks), not the baby's; "when are you due?" is still the baby
local R17_DAD = { "Congratulations on Alder Close, and no need to apologise, a list is great. Here's what I'd suggest: I'd like to spend ten minutes understanding where you are and what's worrying you, and at the end we can decide together whether it's worth a proper look at your options. If it's not a fit, I'll tell you. Does that work?",
                  "You're not panicking at me, honestly. You said you haven't slept properly since the offer went in. What's the thing that keeps you up?",
                  "Ha, catastrophising or not, it's clearly weighing on you. Let's take the rates first. What is it about them moving that worries you most",
                  "So the spreadsheet says four hundred extra a month, and there's no slack left to find it. If that actually happened, what would it cost you, day to day?",
                  "No need to say sorry. So it's the not knowing that gets you, more than the four hundred itself. You mentioned night feeds there, is there a baby on the way?",
                  "Eleven moves. That makes a lot of sense of the worry, you want her to have the stability you never got. Say you go ahead on the variable rate as it stands and nothing changes, where does that leave you by the time she arrives?",
                  "Planning a baby on might, yeah, I wouldn't want to either. Sounds like you and Tom see the risk differently though. When it comes to picking the mortgage, how will the two of you decide?",
                  "So really your dad's view is the one that tips it. What would he want to see before he's comfortable?" }
for _, case in ipairs({
  { "A man with a folder, I like him already. How soon do you need the mortgage agreed, when are you due to complete on Alder Close?", "deadline" },
  { "A folder, perfect. When is completion due on the house?", "deadline" },
  { "Good, we'll fill the folder. What date are you due to exchange?", "deadline" },
  { "A folder, I like him already. And when are you due?", "baby" },
  { "Fair enough. When is the baby due?", "baby" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "...' at dad_needs gets " .. case[2] .. " (typed, r17)",
    scenario = SCN,
    say = with(R17_DAD, case[1]),
    expect = { nodes = { "dad_needs", case[2] } },
  }
end

-- r18 average 3 (labels19b): a harm of theirs stopped ("We have a five year fixed that would stop that
-- happening" after her four hundred a month) is what she gets: a benefit, with the feature; the route
-- stays the numbers question after it (rates_detail.about_numbers)
local R18_RATES = { "Hi Priya, thanks for taking the call. So what are your main challenges with the mortgage?",
                    "ok. Whats the purchase price and are you on a fixed or variable at the moment?" }
for _, case in ipairs({
  { "400 a month is alot. We have a five year fixed that would stop that happening. How much deposit have you got?",
    { "closed_question", "feature", "benefit" } },
  { "We offer a fixed rate that would stop it happening. How much deposit have you got?", { "feature", "benefit" } },
  { "A five year fix will prevent that from happening. How much deposit do you have?", { "benefit" } },
  -- (near miss: asked, not said - what would stop it is her answer)
  { "What would stop that happening for you?", { "open_question" } } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' at the rates (typed, r18)",
    scenario = SCN,
    say = with(R18_RATES, { case[1], labels = case[2] }),
    expect = { nodes = { "rates_detail" } },
  }
end

-- r18 average 8 (labels19b): "Sure, your dad can come too" invites him along - no benefit (test_analyze);
-- the day asked after it is still the day for Dad (dad_gate.day_for_dad)
local R18_DAD_GATE = with(R18_RATES,
  "400 a month is alot. We have a five year fixed that would stop that happening. How much deposit have you got?",
  "No that sounds fine, we can sort the form later. So what's worrying you most about it all?",
  "ok four weeks is quick. Is the seller flexible at all on that?",
  "Right. Who else is involved in the decision, is it just you and Tom?",
  "Makes sense. Could we set up a meeting sometime to go through some options with you?")
for _, line in ipairs({ "Sure, your dad can come too. How about next tuesday?",
                        "Of course, your dad could join us. Does Tuesday evening work?",
                        "Your dad can sit in as well. How about Thursday next week?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' at the dad gate is the ask (typed, r18)",
    scenario = SCN,
    say = with(R18_DAD_GATE, { line, labels = { "next_step" } }),
    expect = { nodes = { "dad_gate" } },
  }
end

-- r18 skilled 6 and 8 (labels19b): "So this is about giving her the settled home you never had growing
-- up", "So in practice it's your decision and Tom will back it": "so (in practice) it's / so this is"
-- then a clause about her, none of ours, gives her point back in new words - a reflection (was small
-- talk / nothing); the question after it is still heard (why_home.about_picture, tom_mortgage.about_when)
local R18_SKILLED = { "Congrats on Alder Close. I'd like to use today to understand where you are and what's worrying you, and if a fix doesn't make sense for you I'll say so. Sound fair?",
                      "Where would you like to start? What's keeping you up the most at night",
                      "Sounds like the headlines are getting to you. When you see the rates move, what's the part that actually scares you?",
                      "Four hundred a month when you're already down to the groceries, that's a lot. If it did go up like that, what would you have to give up?",
                      "Don't apologise, that's exactly what I want to hear. You said night feeds, have you got a baby coming?" }
for _, line in ipairs({ "Congratulations. So this is about giving her the settled home you never had growing up. What would it feel like to know exactly what you're paying every month?",
                        "So this is about the one front door you never had yourself. What would a fixed payment mean for that?",
                        "So it's really about her having the stable home you didn't get. What would it feel like to know your payment?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' at the baby reflects (typed, r18)",
    scenario = SCN,
    say = with(R18_SKILLED, { line, labels = { "open_question", "reflection" } }),
    expect = { nodes = { "why_home" } },
  }
end
local R18_TOM = with(R18_SKILLED,
  "Congratulations. So this is about giving her the settled home you never had growing up. What would it feel like to know exactly what you're paying every month?",
  "Boring sounds great to me. You've mentioned Tom a couple of times, how are the two of you going to make the call on which mortgage to go with?")
for _, case in ipairs({
  { "So in practice it's your decision and Tom will back it. What's your timeline looking like, when do you need the mortgage in place by", { "open_question", "reflection" } },
  { "So in effect it's your call and he goes along with it. When do you need the mortgage in place?", { "reflection" } },
  { "So it's you who picks and Tom signs. When do you need the mortgage by?", { "reflection" } },
  -- (near miss: about us, no point of hers - "so it's our job to...": no reflection, test_analyze)
  { "So it's our job to make the pricing clear. When do you need the mortgage by?", { "closed_question" } } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' after Tom (typed, r18)",
    scenario = SCN,
    say = with(R18_TOM, { case[1], labels = case[2] }),
    expect = { nodes = { "tom_mortgage" } },
  }
end

-- r18 skilled 7 (labels19b): "You've mentioned Tom a couple of times, how are the two of you going to make
-- the call...?" - "you've/you have mentioned" (an auxiliary before the verb of saying) picks up a cue for
-- the question, as "you mentioned" does: no reflection (test_analyze); the question is still heard
-- (why_home.about_joint)
local R18_JOINT = with(R18_SKILLED,
  "Congratulations. So this is about giving her the settled home you never had growing up. What would it feel like to know exactly what you're paying every month?")
for _, line in ipairs({ "Boring sounds great to me. You've mentioned Tom a couple of times, how are the two of you going to make the call on which mortgage to go with?",
                        "You've mentioned Tom a few times. How will the two of you decide on the mortgage?",
                        "You have talked about Tom a couple of times, how do the two of you make the call?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' at the dream is the joint question (typed, r18)",
    scenario = SCN,
    say = with(R18_JOINT, { line, labels = { "open_question" } }),
    expect = { nodes = { "why_home" } },
  }
end

-- r18 picker 13: at why_again, "So whatever we pick has to let you stay put for her, whatever the
-- rates or the street do. Is that right?" checks what she wants; she got "Sorry. I keep coming back to
-- it." (heard_motive said again). A reflection checked with a short 'is that right?' gets her
-- confirming it (stay_put); a reflection not checked is still heard_motive.
local R18_WHY_AGAIN = {
  "Before we dive in, today I just want to understand your situation, and if we're not the right fit I'll tell you. OK?",
  "No panic needed. Where would you like to start?", { choose = "a" }, { choose = "a" },
  "Night feeds, is there a little one on the way?", { choose = "b" },
  "Don't be sorry, it matters. Who else will have a say in which mortgage you pick?",
  "So your dad's sign-off really matters. What's your deadline for getting the mortgage offer?",
  "And if the offer isn't in by then, where does that leave you?",
  "Back to renting is the very thing you're trying to get away from. You also mentioned the houses on your street, what happened there?",
  { choose = "a" }, "What's it really about, then?" }
for _, case in ipairs({
    { "So whatever we pick has to let you stay put for her, whatever the rates or the street do. Is that right?", "stay_put" },
    { "So you need to know you can stay there for her, whatever the rates do. Is that right?", "stay_put" },
    { "So you want to know you can stay in that house for her, whatever the street does. Is that fair?", "stay_put" },
    -- (near miss: the same said back with no check is still heard_motive)
    { "So it's about giving her the one front door you never had.", "heard_motive" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' at why_again gets " .. case[2] .. " (typed, r18)",
    scenario = SCN,
    say = with(R18_WHY_AGAIN, case[1]),
    expect = { nodes = { "why_again", case[2] } },
  }
end
scenario_test {
  name = "homebuyer: the check at why_again, chosen, gets her confirming (choices, r18)",
  scenario = SCN,
  say = with(R18_WHY_AGAIN, { choose = "b" }),
  expect = { nodes = { "why_again", "stay_put" } },
}

-- r19 average 5 (fix20): at street_worry, "four weeks is pretty tight. have you got all your payslips and
-- bank statements ready?" was heard as what the bank offered ('bank'); her documents for the lender (payslips,
-- statements, proof of income) are a readiness question: her folder (documents). Other lenders are the bank.
for _, case in ipairs({
    { "four weeks is pretty tight. have you got all your payslips and bank statements ready?", "documents" },
    { "That's not long. Are your documents all together for the lender?", "documents" },
    { "Four weeks - do you have your proof of income sorted?", "documents" },
    -- (near miss: who else she has asked is still the bank)
    { "Four weeks is tight. Have you spoken to any other lenders?", "bank" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' at street_worry gets " .. case[2] .. " (typed, r19)",
    scenario = SCN,
    say = with(TO_STREET, case[1]),
    expect = { nodes = { "street_worry", case[2] } },
  }
end

-- r20 picker 8 (fix21b): after "That part isn't a maybe, at least", "You said that part isn't a maybe -
-- what is still a maybe?" was heard as why it matters ("maybe" was one of why's words); what is still
-- uncertain gets the school merger ("the maybe" in her words), then the street (still_unsure).
-- Why the maybe matters is still why.
local R20_PICKER = {
  "Thanks for calling, Priya. I'd like to hear what's worrying you first, and at the end we can decide if a next step makes sense. Sound OK?",
  "What is it about the rates that's keeping you up?",
  { choose = "a" },
  "Night feeds - that's not getting ahead of yourself. Is there a little one on the way?",
  { choose = "b" },
  "No need to apologise. Who else will have a say in which mortgage you pick?",
  "So your dad's view really counts. When do you need the mortgage offer by?" }
for _, case in ipairs({
    { "You said that part isn't a maybe - what is still a maybe?", "merger" },
    { "Okay, the four weeks is fixed. What's still up in the air for you?", "merger" },
    { "So the date is firm. Which parts are still uncertain?", "merger" },
    -- (near miss: why the maybe matters)
    { "Why does the maybe bother you so much?", "why_home" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' at the deadline gets " .. case[2] .. " (typed, r20)",
    scenario = SCN,
    say = with(R20_PICKER, case[1]),
    expect = { nodes = { "deadline", case[2] } },
  }
end

-- r20 skilled 4 (fix21b): after "It's not even the money, exactly... I just can't do not knowing what the
-- payment will be", "What makes not knowing the payment so hard for you right now?" was heard as the
-- rates (its 'payment') and got the $400 line again; why the not knowing is so hard is why it matters
-- (the baby, planning). A question on the payment if rates rise is still the rates.
local R20_SKILLED = {
  "No need to apologise, congratulations on the offer. Here's what I'd suggest: I'd like to understand where you are and what's keeping you up, and at the end we can decide together if there's anything worth doing. Does that sound OK?",
  "You're fine, panicking is allowed. You said the rates moving every day is keeping you up - what is it about them that worries you most?",
  "Four hundred on top of a budget that's already down to the groceries - no wonder you're not sleeping. If that rise did happen, what would it actually mean for the two of you?" }
for _, case in ipairs({
    { "Night feeds - that sounds like there might be more on the way than a house. What makes not knowing the payment so hard for you right now?", "why_home" },
    { "You mentioned night feeds. Why is not knowing the monthly payment so hard right now?", "why_home" },
    { "So it's the uncertainty. What makes that so tough for you at the moment?", "why_home" },
    -- (near miss: the payment if rates rise is the rates)
    { "What would the payment be if rates went up two points?", "rates_detail" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' at not knowing gets " .. case[2] .. " (typed, r20)",
    scenario = SCN,
    say = with(R20_SKILLED, case[1]),
    expect = { nodes = { "not_knowing", case[2] } },
  }
end

-- r21 average 1 (fix22b): "Hi Priya, its Dan from the mortgage team. Thanks for calling in." was
-- clarified at the opening (the mortgage half matched a route): a hello there is hello (lib.greets),
-- and she carries on with her two worries; so does a request for a few minutes on the mortgage
-- (lib.asks_for_time) and a yes/no on her worries about it (lib.asks_has_trouble), which went to the
-- numbers. A question after the hello is still heard as its question.
for _, case in ipairs({
    { "Hi Priya, its Dan from the mortgage team. Thanks for calling in.", "which_first" },
    { "Hello Priya, thanks for getting in touch about your mortgage.", "which_first" },
    { "Good morning Priya, it's Sam at Harbourline.", "which_first" },
    { "Have you got a few minutes to talk about your mortgage?", "which_first" },
    { "Do you have any worries about your mortgage?", "which_first" },
    { "Are you having any problems with the house purchase?", "which_first" },
    -- (near misses: a question after hello; a yes/no on the numbers)
    { "Hi Priya, what's the purchase price?", "numbers" },
    { "Do you have a deposit saved?", "numbers" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' at the opening gets " .. case[2] .. " (typed, r21)",
    scenario = SCN,
    say = { case[1] },
    expect = { nodes = { case[2] } },
  }
end

-- r21 skilled 6 (labels22): after "Congratulations.", "So this house is really about her getting the
-- steady home you never had" sums up why the home matters to her - a reflection (the summary frame
-- "so ... is really about" with a clause about her), then "who else gets a say" asks; "So this house
-- is in Alder Close" names a place and is no reflection
for _, case in ipairs({
  { "Congratulations. So this house is really about her getting the steady home you never had. Who else gets a say in which mortgage you go for, is it you and Tom?",
    { "reflection", "closed_question" } },
  { "So the house is all about giving her the home you never had. Who else has a say in the mortgage?",
    { "reflection", "closed_question" } },
  { "Lovely. So this move is really about her never having to change schools like you did. Who else gets a say on the mortgage?",
    { "reflection", "closed_question" } },
  { "So this house is in Alder Close. Who else gets a say on the mortgage?", { "closed_question" } } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' at why_home labels " .. table.concat(case[2], "+") .. " (typed, r21)",
    scenario = SCN,
    say = {
      "What's worrying you most about the rates?",
      "So a rise would land on a budget that's already down to the groceries. Is that right?",
      "Night feeds? Tell me more.",
      { case[1], labels = case[2] },
    },
    expect = { nodes = { "rates_detail", "heard_one", "why_home", "dads_money" } },
  }
end

-- r22 skilled 7 (labels23): "Four weeks from Monday, so the clock's real" gives her figure back with
-- a verdict after a comma: agreeing, no reflection (docs/labels.md, the prospect's fact with a
-- verdict; test_analyze checks the reflection is gone), then "who else decides" asks - heard as who
-- decides at the deadline, as it was; a near miss that adds her point ("she's paying two mortgages, so
-- she won't wait") reflects
local R22_SKILLED = {
  "No need to apologise, that's a lot at once. Here's what I'd like to do today: understand where you are with the house and what's keeping you up, and if I can't help, I'll tell you straight. Does that sound okay?",
  "Honestly, take your time. You said you haven't slept properly since the offer went in - what's going round in your head at 3am?",
  "Let's start with the rates then. When you see those headlines, what exactly are you worried will happen to you and Tom?",
  "So you've already got it budgeted to the last grocery bill, and four hundred more would break that. If that did happen, what would it mean for the two of you day to day?",
  "Eleven moves as a kid - that's a lot of front doors. So this house is about giving your daughter the steadiness you didn't get. Congratulations on May, by the way. How does the baby coming change the timing for you",
  "Nights until April and a baby in May, that's a lot landing at once. Where does the house fit in that - when do you need the mortgage sorted by?" }
for _, case in ipairs({
  { "Four weeks from Monday, so the clock's real. Who else is part of deciding which mortgage you go with - is it you and Tom together, or anyone else?",
    { "closed_question" } },
  { "Four weeks from Monday, that's tight. Who else gets a say in which mortgage you go with?", { "closed_question" } },
  { "Wow, four weeks, thats a lot. Who else has a say on the mortgage, is it you and Tom?", { "closed_question" } },
  { "So she's paying two mortgages and won't wait past four weeks. Who else gets a say on the mortgage?",
    { "reflection", "closed_question" } } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' at the deadline labels " .. table.concat(case[2], "+") .. " (typed, r22)",
    scenario = SCN,
    say = with(R22_SKILLED, { case[1], labels = case[2] }),
    expect = { nodes = { "deadline", "dads_money" } },
  }
end

-- r22 pitcher 7 and 9 (fix23b): after a push, "Is that a yes for Friday?" asks for the slot again
-- (a plain yes/no with a day in it): she says no in plain words, not her childhood story; and
-- "No pressure! We've helped over 10,000 first time buyers... Would it help if I emailed you our
-- rate sheet?" is more sales talk, not backing off. Near miss: an apology with a question on her
-- worries still backs off.
for _, case in ipairs({
  { "Sorry, I'm not sure what you mean. Is that a yes for Friday?", "polite_no" },
  { "So is that a yes for Saturday morning then?", "polite_no" },
  { "Okay, but could you still make Thursday evening?", "polite_no" },
  { "No pressure! We've helped over 10,000 first time buyers and our service is second to none. Would it help if I emailed you our rate sheet?",
    "too_much_info" },
  { "No rush. Our advisors are award winning and really friendly. Would you like a copy of our guide?", "too_much_info" },
  { "Of course. We're one of the top lenders in the country and we know this market inside out. Can I send you our brochure?", "too_much_info" },
  { "Sorry, that was me pushing. Would it help to talk about what's worrying you?", "which_first" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' after a push goes to " .. case[2] .. " (typed, r22)",
    scenario = SCN,
    say = { "Hi Priya. Shall we book your mortgage application for Friday?", case[1] },
    expect = { nodes = { "pressure", case[2] } },
  }
end

-- r22 picker 1 (fix23b): after a purpose ("Today I'd like to understand your situation..."), a
-- question naming the rates is the rates (about 400 more a month), not where to start; a purpose
-- whose own question names nothing ("...talk about the rates. Is that okay?") stays a purpose
for _, case in ipairs({
  { "Let's take it one at a time. Today I'd like to understand your situation, and if we're not the right fit I'll say so. What's worrying you most about the rates?",
    "rates_detail" },
  { "I'm here to understand where you are, no forms today. What is it about the rates that worries you?", "rates_detail" },
  { "My aim today is just to get a picture of things. How worried are you about the interest rates going up?",
    "rates_detail" },
  { "Today I'd like to understand your situation and talk about the rates. Is that okay?", "calm_start" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' at the opening goes to " .. case[2] .. " (typed, r22)",
    scenario = SCN,
    say = { case[1] },
    expect = { nodes = { case[2] } },
  }
end

-- r22 picker 2 (fix23b): at which_first, what the rates would mean for them in money ("what have you
-- worked out it would mean for you?") is the rates, not why the home matters; why knowing matters so
-- much to her is still why
for _, case in ipairs({
  { "Tell me about the rates side - what have you worked out it would mean for you?", "rates_detail" },
  { "Let's start with the rates. What would a rise actually mean for you each month?", "rates_detail" },
  { "On the rates - have you worked out what a jump would do to your payment?", "rates_detail" },
  { "Why does knowing what the rates will do mean so much to you?", "why_home" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' at which_first goes to " .. case[2] .. " (typed, r22)",
    scenario = SCN,
    say = { "Have you got a few minutes to talk about your mortgage?", case[1] },
    expect = { nodes = { "which_first", case[2] } },
  }
end

-- r22 average 5 (fix23b): at why_home, "That's lovely. We do have a 5 year fixed rate that alot of
-- first time buyers go for." names one product in one short line - she reacts to it, mildly puzzled
-- (one_product), not "that's a lot of sales talk"; two or more products is still the dump
for _, case in ipairs({
  { "That's lovely. We do have a 5 year fixed rate that alot of first time buyers go for.", "one_product" },
  { "How lovely. We've got a tracker mortgage that lots of young families like.", "one_product" },
  { "That's really special. Our offset mortgage is popular with couples like you.", "one_product" },
  { "That's lovely. We've got five year fixes, trackers, offset mortgages and cashback on completion.",
    "too_much_info" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' at why_home goes to " .. case[2] .. " (typed, r22)",
    scenario = SCN,
    say = {
      "What's worrying you most about the rates?",
      "So a rise would land on a budget that's already down to the groceries. Is that right?",
      "Night feeds? Tell me more.",
      case[1],
    },
    expect = { nodes = { "rates_detail", "heard_one", "why_home", case[2] } },
  }
end

-- r22 average 6 (fix23b): after "you've lost me", "sorry! let me back up. what would make you feel
-- more confident about the payment?" asks what she would need - real numbers, on paper - and gets
-- its answer, not the street story; a plain open question still gets her back on track
for _, case in ipairs({
  { "sorry! let me back up. what would make you feel more confident about the payment?", "ready_needs" },
  { "Sorry, my fault. What would you need to feel comfortable going ahead?", "ready_needs" },
  { "Let me start again. What would help you feel sure about the mortgage?", "ready_needs" },
  { "Sorry about that. What's been on your mind since the offer went in?", "which_first" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' after too much info goes to " .. case[2] .. " (typed, r22)",
    scenario = SCN,
    say = { "We have fixed rates, trackers, offset mortgages and cashback on completion.", case[1] },
    expect = { nodes = { "too_much_info", case[2] } },
  }
end

-- r23 skilled 5 (fix24c): at why_home, "...That makes the payment feel a lot bigger than a number.
-- Where's Tom on all of this, and who gets the final say on the mortgage?" asks where Tom stands and
-- who decides: her dad's money and his say, with Tom folding to him (dads_money), not the rates the
-- lead-in's "payment" names; "where's Tom on all of this?" alone is how Tom sees it; a question that
-- names the payment itself is still the rates
for _, case in ipairs({
  { "So this is about giving her the settled home you never got growing up. That makes the payment feel a lot bigger than a number. Where's Tom on all of this, and who gets the final say on the mortgage?",
    "dads_money" },
  { "That makes the payment feel like more than a number. Where does Tom stand, and who makes the final call?",
    "dads_money" },
  { "So the payment is really about her. Where's Tom at with all this, and who has the last word on the mortgage?",
    "dads_money" },
  { "So this is about giving her the settled home you never got growing up. That makes the payment feel a lot bigger than a number. Where's Tom on all of this?",
    "tom_view" },
  { "That makes the payment feel a lot bigger than a number. What's Tom's take on it all?", "tom_view" },
  { "So the payment is about more than money for you. What is it about the payment that scares you?",
    "rates_detail" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' at why_home goes to " .. case[2] .. " (typed, r23)",
    scenario = SCN,
    say = { "What is it about this house that matters so much to you?", case[1] },
    expect = { nodes = { "why_home", case[2] } },
  }
end

-- r23 skilled 6 (fix24c): once her dad is named, "I meant Tom - who's going to decide on the mortgage
-- in the end?" asks who decides again (her dad, said short), not what Tom does for a living; "what does
-- Tom do for a living?" still is
for _, case in ipairs({
  { "Sorry, I asked that badly. I meant Tom - who's going to decide on the mortgage in the end?", "dads_money" },
  { "Sorry, I meant Tom. Who makes the decision on the mortgage in the end?", "dads_money" },
  { "What does Tom do for a living?", "tom_job" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' after her dad goes to " .. case[2] .. " (typed, r23)",
    scenario = SCN,
    say = { "What is it about this house that matters so much to you?",
            "Who else will have a say in which mortgage you choose?", case[1] },
    expect = { nodes = { "why_home", "dads_money", case[2] } },
  }
end

-- r23 skilled 1 (fix24c): an agenda, then "Where's the lost sleep coming from most?" (heard as a
-- closed question) asks what is keeping her up: she takes the agenda and names her worries
-- (which_first), not only the agenda (calm_start), nor the price and deposit a closed question gets;
-- an agenda checked with "sound fair?" is still the agenda alone
for _, case in ipairs({
  { "No need to apologise, that's a lot at once. What I'd like to do today is understand where you are and what's worrying you, and if I can't help I'll tell you straight. Where's the lost sleep coming from most?",
    "which_first" },
  { "Today I just want to understand where you are, and if I can't help I'll say so. What's weighing on you most right now?",
    "which_first" },
  { "I'd like to understand your situation first, no forms today. Which part is keeping you up at night?",
    "which_first" },
  { "Where's the stress coming from most?", "which_first" },
  { "What I'd like to do today is understand where you are, and if I can't help I'll tell you straight. Sound fair?",
    "calm_start" },
  { "What's the purchase price?", "numbers" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' at the opening goes to " .. case[2] .. " (typed, r23)",
    scenario = SCN,
    say = { case[1] },
    expect = { nodes = { case[2] } },
  }
end

-- r25 average 5: a product checked with a yes/no question at her dad's money ("...would that be
-- something you'd look at?", "...is that something you'd want to see?") is the pitch she reacts to
-- (one_product), not a question on what her dad would need to see (whose words it shares)
for _, line in ipairs({
  "Makes sense. We actually have a 5 year fix with no fees on overpayments, would that be something you'd look at?",
  "Great. We've got a two-year tracker with no exit fees, is that something you'd want to see?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "' at her dad's money is the pitch (typed, r25)",
    scenario = SCN,
    say = { "Hi Priya, thanks for calling. So what are your main challenges with the mortgage right now?",
            "Are you looking at a fixed or variable rate?",
            "ok that makes sense. whats the purchase price and how much deposit have you got",
            "No that's fine, sounds like a decent deposit. How much is your dad putting in?", line },
    expect = { nodes = { "dads_money", "one_product" } },
  }
end
-- (what her dad would need to see, asked, is still that)
scenario_test {
  name = "homebuyer: what her dad would need to see, after his money, is still that (r25)",
  scenario = SCN,
  say = { "What is it about this house that matters so much to you?",
          "Who else will have a say in which mortgage you choose?",
          "What would he want to look at before he's happy?" },
  expect = { nodes = { "dads_money", "dad_needs" } },
}

-- r25 skilled 6: losing the home itself, put as an if with what it would do to her plan (the baby,
-- the settled home), is the stakes (losing_home), not the rates that might cause it; a rate rise
-- with what it would mean is still the rates
for _, case in ipairs({
  { "So this isn't really about a spreadsheet, it's about giving her the settled home you never got. Congratulations, by the way. If the payments did jump and you couldn't hold onto the house, what would that do to that plan?",
    "losing_home" },
  { "If the rates went up and you lost the house, what would that mean for the baby?", "losing_home" },
  { "Say the payments jumped and you couldn't keep the house. Where would that leave your plans for her?",
    "losing_home" },
  { "If rates jumped by two points, what would that mean for you?", "rates_detail" } }) do
  scenario_test {
    name = "homebuyer: '" .. case[1]:sub(1, 60) .. "' after why the home goes to " .. case[2] .. " (typed, r25)",
    scenario = SCN,
    say = { "What is it about this house that matters so much to you?", case[1] },
    expect = { nodes = { "why_home", case[2] }, targets = { "motive" } },
  }
end

-- r26 (issue 8): a summary checked with "what have I missed?" / "anything else I should know?"
-- is the reflection checked (she confirms and adds), not a question on the last thing it names.
local R26_SKILLED = { "Take your time, Priya, that's a lot going on at once. Here's what I'd suggest for today: I'll ask a few questions so I get what matters most to you, and at the end we'll see if I can actually help - if not, I'll tell you straight. Sound okay?", "No need to apologise at all. You mentioned you haven't slept since the offer went through - what's the part that keeps you up at night?", "Sounds like it's both, and it's hard to switch off when there's a new headline every morning. Let's start with the rates - when you see them move, what's the worry going through your head?", "So the spreadsheet says a rise like that would hit a budget that's already cut to the bone. Say rates did go up that much after you'd moved in - what would that mean for you two?", "Congratulations, by the way. So what you really need is a number you can count on while you're on maternity pay, not a maybe. How do the baby and the move line up timing-wise?", "One front door for her, after eleven of your own - that's a big thing to be carrying, and it makes sense the rates feel so personal. You've mentioned Tom a few times; how are you two going to decide on the mortgage between you?", "So in practice your dad's the one you need to convince. Thirty years in a bank - what would he want to see before he says it's a good idea?", "Sounds like a man after my own heart. You said he'd ask about having to sell early - what would make you have to sell?", "Ah, so that's the real maybe - Tom's school merging could mean moving again within a year, with houses on your street already selling under their valuation. Say that happened and you had to sell next year, what would it cost you?" }
local function r26_with(line) local out = {}; for _, l in ipairs(R26_SKILLED) do out[#out + 1] = l end; out[#out + 1] = line; return out end
for _, line in ipairs({
  "And only four weeks to get the offer in. So if I've got it: a payment that can't jump while you're on maternity pay, a way out that doesn't trap you if Tom's job moves, and all of it on paper for your dad - inside four weeks. What have I missed?",
  "So it's the payment that can't move and a way out if the school merges. What have I missed?",
  "Let me check I've understood: you need a payment that stays put through maternity leave and a way out if the school merges. Anything else I should know?",
}) do
  scenario_test {
    name = "homebuyer: '" .. line .. "' is the summary checked (typed, r26)",
    scenario = SCN,
    say = r26_with(line),
    expect = { nodes = { "street_worry", "heard_both" } },
  }
end

-- r27 skilled 8: a "with the seller wanting the offer in four weeks" lead-in before the question sets
-- the scene; the question (who besides you gets a say) is who decides, not the deadline or the seller
-- (the verb after "besides you" ends what is set aside)
for _, line in ipairs({ "So it's being trapped that scares you - owing more than the place is worth just when life might make you move. With the seller wanting the offer in four weeks, who besides you gets a say in which mortgage you pick?",
                        "Given the seller wants an answer within four weeks, who apart from you gets to weigh in on the lender?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 60) .. "...' at street_worry asks who decides (typed, r27)",
    scenario = SCN,
    say = { "Hi Priya. What's the purchase price, and how much deposit do you have?",
            "No form needed, this is useful. We'll look at whether it's enough together. You mentioned two houses on your street sold under valuation - what's that got you worried about?",
            line },
    expect = { nodes = { "numbers", "street_worry", "dads_money" } },
  }
end

-- Play study r28 (reply28b): replies that did not follow. Each case is the play's own lines up to the
-- node, then the line typed there and other wordings of the same move.
local R28_SKILLED = {
  "No need to apologise, congratulations on Alder Close. Here's what I'd suggest for today: I'd like to understand where you are and what's keeping you up, and at the end we'll see if a fixed deal makes sense for you - if it doesn't, I'll tell you. Does that work?",
  "Panic away, honestly, it's a big thing. Tell me what goes through your head when you see those rate headlines",
  "So an extra four hundred would land on a budget that's already cut down to the groceries. If that happened, what would it actually mean for the two of you?",
  "Eleven moves before sixteen. So this house is about giving her the one front door you never had. How does it feel when the payment worry gets mixed up with that",
  "Right, money that simply isn't there. With the baby coming in May, when do you need the mortgage side locked in by?",
  "Four weeks from Monday, okay. You said that part isn't a maybe - what else still feels like a maybe?",
  "Got it - one front door, one school. Earlier you mentioned Tom says not to worry. How are you and Tom going to decide which way to go on the mortgage?",
  "So in practice your dad's the one whose yes counts. What would he need to see before he'd put his name to it?",
  "Ha, a man after my own heart with the folder. What's behind the worry about having to sell early?",
  "No wonder it keeps you up, not knowing. Say the merger does go ahead and Tom's job moves forty minutes away - where does that leave you with the house?",
}
local R28_AVERAGE = {
  "Hi Priya, thanks for calling. Congrats on the offer! So what are your main challenges right now?",
  "Ok. Are you looking at fixed or variable?",
  "Thats a lot. How much is your deposit?",
  "No worries, thats fine for now. How much is your dad putting in?",
  "Got it. So what's most important to you in a mortgage",
  -- (the play's own sixth line is the pitch below, now heard as the pitch; this one reaches fixing)
  "Not stupid at all. Have you looked at fixing at all?",
}
local function r28(list, n, line)
  local out = {}
  for i = 1, n do out[#out + 1] = list[i] end
  out[#out + 1] = line
  return out
end
for _, case in ipairs({
  -- a summary checked with "is that the whole of it?" is the summary checked, not the merger it names
  { R28_SKILLED, 10, "So if I've got it: the payment jumping if rates go up, and owing more than the house is worth if the merger forces a sale sooner. Is that the whole of it?", { "street_worry", "heard_both" } },
  { R28_SKILLED, 10, "So it's the payment jumping and being stuck owing more than the house is worth if the merger happens. Is that everything?", { "street_worry", "heard_both" } },
  -- what else is still a maybe, after the four weeks (not why it matters): the merger
  { R28_SKILLED, 5, "Four weeks from Monday, okay. You said that part isn't a maybe - what else still feels like a maybe?", { "deadline", "merger" } },
  { R28_SKILLED, 5, "Okay, four weeks is fixed then. What else still feels up in the air?", { "deadline", "merger" } },
  -- how the money worry feels against the home she wants (not the rates' figures again)
  { R28_SKILLED, 3, "Eleven moves before sixteen. So this house is about giving her the one front door you never had. How does it feel when the payment worry gets mixed up with that", { "why_home", "feels_both" } },
  { R28_SKILLED, 3, "One front door. How do you feel when the rate worry gets tangled up with that?", { "why_home", "feels_both" } },
  -- how long they mean to stay (not by when the offer is needed)
  { R28_AVERAGE, 6, "Yeah two years is pretty short. How long are you planning to stay in the house?", { "fixing", "stay_plans" } },
  { R28_AVERAGE, 6, "Fair question. How long do you see yourselves living there?", { "fixing", "stay_plans" } },
  -- a product pitched as a question: she reacts to the offer, not to the bank's two-year fix
  { R28_AVERAGE, 5, "Not stupid at all. We have a 5 year fixed at 4.2% with no arrangment fee, would that work?", { "wants", "one_product" } },
  { R28_AVERAGE, 5, "Makes sense. We've got a five year fix at 4.1% with no fee, could that work?", { "wants", "one_product" } },
  -- a timescale question gets the four weeks (r28 picker 6)
  { TO_MOTIVE, nil, "Glad you did. What's the timescale you're working to on the mortgage?", { "heard_motive", "deadline" } },
  { TO_MOTIVE, nil, "What kind of timeframe are you working to on the mortgage?", { "heard_motive", "deadline" } },
}) do
  scenario_test {
    name = "homebuyer: '" .. case[3]:sub(1, 70) .. "' at " .. case[4][1] .. " goes to " .. case[4][2] .. " (typed, r28)",
    scenario = SCN,
    say = case[2] and r28(case[1], case[2], case[3]) or with(case[1], case[3]),
    expect = { nodes = case[4] },
  }
end

-- Play study r29 average 5: a pitch checked against someone she named ("would that keep your dad
-- happy?") is the pitch: she reacts to the offer, not to a question on who decides.
local R29_AVERAGE = {
  "Hi Priya, thanks for calling. So what are your main challenges right now?",
  "ok rates. are you looking at fixed or variable?",
  "Yeah 400 is alot. Whats the purchase price on the house?",
  "No worries, that sounds fine. How much is your dad putting in?",
}
for _, line in ipairs({ "Got it. We do a 5 year fix at a really competitive rate, would that keep your dad happy?",
                        "We have a five year fixed at a great rate. Would that satisfy him?" }) do
  scenario_test {
    name = "homebuyer: '" .. line:sub(1, 50) .. "...' is the pitch (typed, r29)",
    scenario = SCN,
    say = with(R29_AVERAGE, line),
    expect = { nodes = { "dads_money", "one_product" } },
  }
end
