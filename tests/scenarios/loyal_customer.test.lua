-- Scenario tests for scenarios/loyal_customer.lua (Peg, the trusting regular
-- whose reorder hides a grocery-chain listing).
local SCN = "../../scenarios/loyal_customer.lua"

local function with(list, ...)
  local out = {}
  for _, v in ipairs(list) do out[#out + 1] = v end
  for _, v in ipairs({ ... }) do out[#out + 1] = v end
  return out
end

-- Typed discovery up to the point where a bridged benefit has landed.
local DISCOVERY = {
  { "Of course, Peg, that's noted. Before it goes in, the purpose of this chat is to hear how things are going for you, so we keep getting you what you need. Is that fair?",
    labels = { "purpose" } },
  { "The kitchen's full? What's keeping you so busy?", labels = { "open_question" } },
  "A map of store numbers on the fridge? Tell me about that.",
  { "That's wonderful news. What does going into thirty-eight stores mean for you day to day?",
    labels = { "open_question" } },
  { "Till midnight with a label gun? How long has that been going on?", labels = { "probe" } },
  "Sixty-one and still up at midnight. Why does getting this right matter so much to you?",
  "You want to hand Theo something that runs. Who's making the packaging decisions for Harvest Lane?",
  "When does the packaging have to be decided by?",
  { "We make shelf-ready trays and case barcodes, so what that means for you is cases that arrive ready for Harvest Lane and no more midnights with the label gun.",
    labels = { "feature", "benefit" } },
}

-- The same call through the options, typing only where a node has none.
local DISCOVERY_CHOICES = {
  "The kitchen's full? What's keeping you so busy?",
  { choose = "a" },                                         -- the map of store numbers
  { choose = "a" },                                         -- what it means day to day
  "Till midnight with a label gun? How long has that been going on?",
  "Why does getting this right matter so much to you?",
  "Who's making the packaging decisions for the new stores?",
  { choose = "c" },                                         -- when does Theo decide
  "Understood.",
}

local ORDER_TAKER = {
  { "Sure thing, Peg. Six thousand red labels and four hundred cartons. Same address as last time?",
    labels = { "closed_question" } },
  "Great. Delivery on Tuesday as usual?",
  "That's everything. Thanks, Peg, talk to you next month!",
}

scenario_test {
  name = "loyal: discovers the chain listing and books a review with Theo (typed)",
  scenario = SCN,
  say = with(DISCOVERY,
    { "Could you, Theo and I sit down at your kitchen on Tuesday or Thursday to go through what Harvest Lane needs before January?",
      labels = { "next_step" } }),
  expect = {
    ending = "review_booked",
    targets = { "change", "impact", "motive", "theo", "deadline" },
    cues_picked = { "kitchen_full", "store_map", "midnight", "sixty_one" },
    nodes = { "purpose_ok", "busy_kitchen", "whats_new", "kitchen_table", "tired", "proud", "theo",
              "deadline", "helps" },
    scores = { discovery = { 80, 100 }, listening = { 60, 100 }, benefits = { 55, 100 },
               next_step = { 80, 100 } },
  },
}

scenario_test {
  name = "loyal: books the review (choices)",
  scenario = SCN,
  say = with(DISCOVERY_CHOICES, { choose = "a" }),
  expect = {
    ending = "review_booked",
    targets = { "change", "impact", "motive", "theo", "deadline" },
    nodes = { "busy_kitchen", "whats_new", "kitchen_table", "theo", "deadline", "closing_warm" },
  },
}

scenario_test {
  name = "loyal: answers Peg's request for a price with a meeting (quid pro quo, choices)",
  scenario = SCN,
  say = {
    "The kitchen's full? What's keeping you so busy?",
    { choose = "a" },
    { choose = "a" },
    "No second chance? Why does getting it right matter so much to you?",
    "Who decides on the packaging for the new stores?",
    { choose = "a" },
  },
  expect = { ending = "review_booked", targets = { "change", "impact", "motive", "theo" },
             cues_picked = { "second_chance" }, nodes = { "proud", "theo" } },
}

scenario_test {
  name = "loyal: small talk first, then the news, the 'label people' cue and a booking (typed)",
  scenario = SCN,
  say = {
    { "Morning, Peg! How was your weekend?", labels = { "small_talk" } },
    "Late twice? Sorry to hear that. So what's new with you, Peg?",
    "Still pinching yourself. Why does this one matter so much to you?",
    "Who's choosing the packaging for Harvest Lane?",
    "Just the label people? What makes her think that?",
    "We do trays and case barcodes. For you that means the cases arrive ready for Harvest Lane, so your evenings are yours again.",
    "Could you, Theo and I sit down at your kitchen on Thursday to go through it?",
  },
  expect = { ending = "review_booked", nodes = { "chitchat", "whats_new", "proud", "theo", "just_labels", "helps" },
             cues_picked = { "pinching", "label_people" } },
}

scenario_test {
  name = "loyal: starts taking the order, catches Theo's hint (choices)",
  scenario = SCN,
  say = {
    "Sure thing, Peg. Same address as last time?",
    { choose = "a" },                                       -- something different?
    { choose = "a" },
    "Till midnight with a label gun? How long has that been going on?",
    "Why does getting this right matter so much to you?",
    "Who's making the packaging decisions for the new stores?",
    { choose = "a" },
  },
  expect = { ending = "review_booked", cues_picked = { "something_different", "midnight" },
             nodes = { "order_details", "whats_new", "tired" } },
}

scenario_test {
  name = "loyal: asks Peg alone, is sent to Theo, invites her (typed)",
  scenario = SCN,
  say = {
    "Kitchen's full again? How's business been, Peg?",
    "A good problem? What's the map of store numbers about?",
    "What does that mean for you day to day?",
    "Why does getting it right matter so much to you?",
    "We make shelf-ready trays and case barcodes, so what that means for you is no more midnights with the label gun.",
    "Could we sit down at your kitchen next Thursday and go through it?",
    "Then could Theo join us? Tuesday or Thursday?",
  },
  expect = { ending = "review_booked", nodes = { "theo_gate" }, cues_picked = { "good_problem" },
             targets = { "change", "impact", "motive", "theo" } },
}

scenario_test {
  name = "loyal: asks before showing any value, answers with a benefit, books (choices)",
  scenario = SCN,
  say = {
    "Kitchen's full again? How's business been, Peg?",
    { choose = "a" },                                       -- the map: the change
    { choose = "b" },                                       -- motive
    "Who's choosing the packaging for the new stores?",
    { choose = "a" },                                       -- asks: interest still low
    { choose = "a" },                                       -- the benefit
    "Could you, Theo and I sit down at your kitchen on Thursday?",
  },
  expect = { ending = "review_booked", nodes = { "whats_in_it", "helps" } },
}

scenario_test {
  name = "loyal: invites Peg without Theo, is told to bring her (typed)",
  scenario = SCN,
  say = with(DISCOVERY, "Could we sit down at your kitchen next Thursday and go through it?",
    "Of course. Could the three of us sit down at your kitchen, Tuesday or Thursday?"),
  expect = { ending = "review_booked", nodes = { "bring_theo" } },
}

scenario_test {
  name = "loyal: invites Peg without Theo, leaves it with her (choices)",
  scenario = SCN,
  say = with(DISCOVERY, "Could we sit down at your kitchen next Thursday and go through it?", { choose = "b" }),
  expect = { ending = "order_taken", nodes = { "bring_theo" } },
}

scenario_test {
  name = "loyal: doubles the order, then asks about the 'fancy stuff' (typed)",
  scenario = SCN,
  say = {
    "Kitchen's full again? How's business been, Peg?",
    "A map of store numbers? Tell me about that.",
    "Congratulations! Shall I double the label order, then?",
    "Fancy stuff? What do the stores need from you?",
  },
  expect = { nodes = { "doubled", "kitchen_table" }, cues_picked = { "fancy_stuff" }, targets = { "change", "impact" } },
}

scenario_test {
  name = "loyal: hears the news, lets it go (typed)",
  scenario = SCN,
  say = {
    "How's business been lately, Peg?",
    "A map of store numbers? Tell me about that.",
    "Wow, okay.",
    "Will do. Talk to you next month, Peg!",
  },
  expect = { ending = "order_taken", nodes = { "whats_new", "closing_plain" }, targets = { "change" } },
}

scenario_test {
  name = "loyal: hears the news, lets it go (choices)",
  scenario = SCN,
  say = { "How's business been lately, Peg?", { choose = "a" }, "Wow, okay.", { choose = "a" } },
  expect = { ending = "order_taken", nodes = { "closing_plain" } },
}

scenario_test {
  name = "loyal: pitched twice, hears 'six years', apologises (typed)",
  scenario = SCN,
  say = {
    "While I have you, Peg, our premium foil labels are on special this month.",
    "But with premium foil labels and our shelf-ready trays your jars would really stand out, and there's a bundle discount.",
    "Six years, and I've never pushed you. You're right, I'm sorry. What's going on with you at the moment?",
  },
  expect = { nodes = { "upsell_pushback", "selling_me", "whats_new" }, cues_picked = { "six_years" } },
}

scenario_test {
  name = "loyal: order taker writes down the usual (typed)",
  scenario = SCN,
  say = ORDER_TAKER,
  expect = { ending = "order_taken", nodes = { "order_details", "confirm_order" } },
}

scenario_test {
  name = "loyal: order taker (choices)",
  scenario = SCN,
  say = { "Sure thing, Peg. Same address as last time?", { choose = "b" }, { choose = "b" } },
  expect = { ending = "order_taken", nodes = { "order_details", "confirm_order" } },
}

scenario_test {
  name = "loyal: hears the news, just doubles the order (typed)",
  scenario = SCN,
  say = {
    "Kitchen's full again? How's business been, Peg?",
    "A map of store numbers? Tell me about that.",
    "Congratulations! Shall I double the label order, then?",
    "Great, I'll put the double order through.",
    "That's everything, thanks Peg!",
  },
  expect = { ending = "order_taken", nodes = { "whats_new", "doubled", "confirm_order" } },
}

scenario_test {
  name = "loyal: overseller pitches the catalogue at a trusting customer (typed)",
  scenario = SCN,
  say = {
    "Of course, Peg. How's business been?",
    "A map of store numbers? What's that about?",
    { "Congratulations! Perfect timing: our shelf-ready trays, case barcodes and proofing portal are exactly what chains want.",
      labels = { "feature" } },
    "We also have foil labels, auto-replenishment, a warehouse program and variable data printing.",
    "It's a limited-time offer: foil labels, trays, case barcodes and our proofing portal in one bundle.",
  },
  expect = { ending = "cooled_off", targets = { "change" }, nodes = { "upsell_pushback", "selling_me" } },
}

scenario_test {
  name = "loyal: overseller (choices)",
  scenario = SCN,
  say = { "Of course, Peg. How's business been?", { choose = "c" }, { choose = "b" }, { choose = "b" } },
  expect = { ending = "cooled_off", nodes = { "busy_kitchen", "upsell_pushback", "selling_me" } },
}

scenario_test {
  name = "loyal: pushes a meeting on a customer who only rang to reorder (typed)",
  scenario = SCN,
  say = {
    { "Hi Peg! Could we set up a meeting next week to review your account?", labels = { "next_step" } },
    "It's just a quick account review. How about Thursday?",
  },
  expect = { ending = "cooled_off", nodes = { "what_for" } },
}

scenario_test {
  name = "loyal: oversells, apologises and recovers (typed)",
  scenario = SCN,
  say = {
    "While I have you, Peg, our premium foil labels are on special this month.",
    "Fair enough, forget the catalogue. How are things with you these days?",
    "What does going into thirty-eight stores mean for you day to day?",
  },
  expect = { nodes = { "upsell_pushback", "whats_new", "kitchen_table" }, targets = { "change", "impact" } },
}

scenario_test {
  name = "loyal: discovers everything, then just promises a quote (typed)",
  scenario = SCN,
  say = {
    "How's business been lately, Peg?",
    "A map of store numbers? Tell me about that.",
    "What does that mean for you day to day?",
    "Why does getting it right matter so much to you?",
    "Who's making the packaging decisions for Harvest Lane?",
    "Sure, I'll email her a quote today.",
  },
  expect = { ending = "quote_only", nodes = { "theo" }, targets = { "change", "impact", "motive", "theo" } },
}

scenario_test {
  name = "loyal: promises a quote (choices)",
  scenario = SCN,
  say = with(DISCOVERY_CHOICES, { choose = "c" }),
  expect = { ending = "quote_only", nodes = { "closing_warm" } },
}

scenario_test {
  name = "loyal: hears everything but never asks (typed)",
  scenario = SCN,
  say = with(DISCOVERY, "That all makes sense, Peg.",
    "Will do. Good luck with the new stores, and let me know if you need anything."),
  expect = { ending = "order_taken", nodes = { "helps", "closing_warm" },
             targets = { "change", "impact", "motive", "theo", "deadline" } },
}

scenario_test {
  name = "loyal: hears everything but never asks (choices)",
  scenario = SCN,
  say = with(DISCOVERY_CHOICES, { choose = "b" }),
  expect = { ending = "order_taken", nodes = { "closing_warm" } },
}

-- Calls typed turn by turn in a trainee's own words (the play study's
-- personas), replayed as regression tests; the same lines are in
-- tests/scripts/loyal_customer_typed_*.txt.
scenario_test {
  name = "loyal: typed by a skilled rep in their own words, books the kitchen meeting",
  scenario = SCN,
  say = {
    "Course, Peg, I'll put six thousand red labels and four hundred cartons through today. Before you dash off, the kitchen's full? What's keeping you so busy?",
    "A good problem, and a map of store numbers on the fridge? That sounds like something big. What's going on?",
    "Peg, that's brilliant news, congratulations. What's it going to mean for you day to day?",
    "Till midnight with a label gun, on top of the cooking. That can't go on for long. How are you holding up?",
    "Sixty-one and doing midnights, no wonder. Why does getting this one right matter so much to you?",
    "Your dad's recipe on a real shelf, that's worth getting right. Who's deciding on the new packaging for the stores?",
    "So Theo's making the call. When does the packaging have to be sorted by?",
    "It is soon. We do make shelf-ready trays and barcoded cases, so your cases would arrive ready for the shelf and you'd get your evenings back. Rather than just sending a price, could I come over Tuesday or Thursday and go through the buyer's spec with you and Theo?",
  },
  expect = {
    ending = "review_booked",
    targets = { "change", "impact", "motive", "theo", "deadline" },
    nodes = { "busy_kitchen", "tired", "proud" },
    scores = { discovery = { 70, 100 }, overall = { 70, 100 } },
  },
}

scenario_test {
  name = "loyal: typed by an average rep, hears who Theo is and that you do trays, sends a quote",
  scenario = SCN,
  say = {
    "Hi Peg! sure thing, ill put that through now. anything else you need?",
    "haha ok. who's Theo?",
    "wow congrats!! thats huge. so what are your biggest challenges with that?",
    "oh we do case barcodes and shelf ready trays actually! would that help?",
    "ok cool. so when do you need all this sorted by?",
    "got it. could I send Theo a quote for the trays then?",
  },
  expect = { ending = "quote_only", nodes = { "theo_news", "kitchen_table", "does_trays", "deadline" } },
}

scenario_test {
  name = "loyal: typed by a feature pitcher, cools her off",
  scenario = SCN,
  say = {
    "Will do Peg! Hey, while I have you, we just launched premium foil labels, shelf-ready trays and a new proofing portal. Want me to add some foil labels to the order?",
    "Totally get it, but our shelf-ready trays are really popular with the bigger brands, and there's a bundle discount this month. Could I set up a quick demo of our proofing portal on Thursday?",
    "No no, it's just a great deal and I think you'd love the trays. Shall I pop a few on the order so you can try them?",
  },
  expect = { ending = "cooled_off", nodes = { "upsell_pushback", "selling_me" } },
}

scenario_test {
  name = "loyal: asks what a returned first delivery would mean (typed)",
  scenario = SCN,
  say = {
    "How's business been lately, Peg?",
    "A map of store numbers? Tell me about that.",
    "Wow. What does that mean for you day to day?",
    "If that first delivery got sent back, what would that mean for you?",
  },
  expect = { nodes = { "kitchen_table", "sent_back" } },
}

scenario_test {
  name = "loyal: wraps up the order, then asks who handles the packaging (typed)",
  scenario = SCN,
  say = {
    "Sure thing, Peg, I'll put that through.",
    "Great. Delivery on Tuesday as usual?",
    "Actually, before you go, who's handling the packaging on your end these days?",
  },
  expect = { nodes = { "confirm_order", "theo_news" } },
}

scenario_test {
  name = "loyal: typed by a second skilled rep, a price in a pile turned into a kitchen meeting",
  scenario = SCN,
  say = {
    "Hi Peg, lovely to hear from you. That's six thousand red labels and four hundred cartons, done. How are things at Okafor's these days?",
    "Ha, a good problem. What's the map of store numbers all about?",
    "Thirty-eight stores, Peg, that's fantastic. How are you going to manage that many jars?",
    "One chance with the buyer, and you doing it all by hand at midnight. What happens if that first delivery isn't right?",
    "That would hurt, after all this. Who's choosing the packaging for the stores, you or Theo?",
    "Happy to price it properly. When does Theo need the packaging settled by?",
    "End of January is close. Rather than a price in a pile, could I come over and sit down with you and Theo, say Tuesday or Thursday morning, and go through what Harvest Lane needs?",
  },
  expect = { ending = "review_booked" },
}

scenario_test {
  name = "loyal: a budget question after the news gets Theo (typed)",
  scenario = SCN,
  say = { "How's business been lately, Peg?", "A map of store numbers? Tell me about that.", "Is budget a worry with all this?" },
  expect = { nodes = { "whats_new", "theo" } },
}

local BEST = "loyal: discovers the chain listing and books a review with Theo (typed)"
contrast { better = "loyal: typed by a skilled rep in their own words, books the kitchen meeting",
           worse = "loyal: typed by a feature pitcher, cools her off",
           skills = { "discovery", "listening", "overall" } }
contrast { better = BEST, worse = "loyal: order taker writes down the usual (typed)",
           skills = { "discovery", "listening", "next_step", "overall" } }
contrast { better = BEST, worse = "loyal: overseller pitches the catalogue at a trusting customer (typed)",
           skills = { "discovery", "benefits", "overall" } }
contrast { better = BEST, worse = "loyal: hears everything but never asks (typed)",
           skills = { "next_step", "overall" } }
contrast { better = BEST, worse = "loyal: discovers everything, then just promises a quote (typed)",
           skills = { "next_step", "overall" } }

-- Play study r2: "when does she have to decide by?" asks by when, not who.
scenario_test {
  name = "loyal: 'when does she have to decide by?' gets the deadline, not who decides again (typed, r2)",
  scenario = "../../scenarios/loyal_customer.lua",
  say = {
    "Hi Peg! Sure thing. Anything else you need this time?",
    "ok great. so what are your biggest challenges right now?",
    "wow congrats! thats big. how many more labels do you think youll need?",
    "sure, doubled. what fancy stuff is Theo sorting out?",
    "oh we do case barcodes and shelf trays too actually. want me to send some info over?",
    "ah ok. when does she have to decide by?",
  },
  expect = { nodes = { "does_trays", "deadline" } },
}

-- Round 3: a yes/no question about what is new gets the news, not "You what,
-- hon?" twice (the picker's opening was asked to be clarified two times).
scenario_test {
  name = "loyal: 'has anything changed on your end?' gets the news (typed, r3)",
  scenario = SCN,
  say = { "Of course, Peg, I'll put it through now. Is it still the same as last time, or has anything changed on your end?" },
  expect = { nodes = { "whats_new" } },
}

scenario_test {
  name = "loyal: 'anything new going on since your last order?' gets the news (typed, r3)",
  scenario = SCN,
  say = { "Anything new going on at Okafor's since your last order, Peg?" },
  expect = { nodes = { "whats_new" } },
}

-- Play study r3: "if January comes and the packaging still isn't sorted,
-- what happens then?" asks what missing the deadline costs; the deadline
-- node's catch-all (moves_on) used to skip it and wrap up.
local R3_SKILLED = {
  "Will do, Peg, I'll put that through right now. While I'm keying it in, can I take two minutes to check the order still fits where the kitchen's going? If it does, you're done and back to the stoves.",
  "I'll be quick. You said the kitchen's full, what's keeping you so busy these days?",
  "A good problem, but a map of store numbers on the fridge - sounds like Theo's planning something bigger. What's he got in mind?",
  "Peg, congratulations, that's massive. You're still pinching yourself - what does landing Harvest Lane mean to you personally?",
  "So this is your dad's recipe finally getting its shelf, and something solid to hand on to Theo. What changes for you day to day once you're in thirty-eight stores",
  "Midnights with a label gun, that's no way to launch your dad's recipe. When does that first delivery have to be on their dock?",
}

scenario_test {
  name = "loyal: 'if January comes and the packaging still isn't sorted, what happens then?' gets what a miss costs (typed, r3)",
  scenario = SCN,
  say = with(R3_SKILLED,
    "It is, it's about ten weeks away. And if January comes and the packaging still isn't sorted, what happens then?"),
  expect = { nodes = { "deadline", "sent_back" }, targets = { "deadline" } },
}

scenario_test {
  name = "loyal: 'what happens if you miss the deadline?' gets what a miss costs, not the date again (typed, r3)",
  scenario = SCN,
  say = with(R3_SKILLED, "What happens if you miss the deadline?"),
  expect = { nodes = { "deadline", "sent_back" } },
}

scenario_test {
  name = "loyal: 'if the trays aren't ready by the end of January, then what?' gets what a miss costs (typed, r3)",
  scenario = SCN,
  say = with(R3_SKILLED, "And if the trays aren't ready by the end of January, then what?"),
  expect = { nodes = { "deadline", "sent_back" } },
}

-- Play study r3: "What's Theo hoping to get from the national outfit?" was
-- heard as who decides; she says what Theo is after.
local TO_GATE = with(R3_SKILLED,
  "It is, it's about ten weeks away. And if January comes and the packaging still isn't sorted, what happens then?",
  "The usual's going through today, promise. And for Harvest Lane, we can get your jars barcoded and into shelf-ready trays so the first delivery goes in right and you're not up till midnight with a label gun. Could you, Theo and I sit down at your kitchen Tuesday or Thursday to sort it before January?")

scenario_test {
  name = "loyal: 'what's Theo hoping to get from the national outfit?' gets what Theo is after, not who decides (typed, r3)",
  scenario = SCN,
  say = with(TO_GATE,
    "That makes sense, it's her launch too. What's Theo hoping to get from the national outfit that she's not sure we can do?"),
  expect = { nodes = { "theo_gate", "national" } },
}

scenario_test {
  name = "loyal: 'why is Theo talking to a national outfit?' gets what Theo is after (typed, r3)",
  scenario = SCN,
  say = with(TO_GATE, "Why is Theo talking to a national outfit?"),
  expect = { nodes = { "theo_gate", "national" } },
}

scenario_test {
  name = "loyal: 'what does the national firm offer her?' gets what Theo is after (typed, r3)",
  scenario = SCN,
  say = with(TO_GATE, "What does the national firm offer her that she likes?"),
  expect = { nodes = { "theo_gate", "national" } },
}

-- Play study r4: asking for two minutes now (with a way out) is no meeting;
-- a question about what Peg has named (Theo's plans, Eddie, the chain, what
-- Theo wants) gets an answer on it; a price offered with a question in the
-- same breath gets the question answered, not "I'll tell her to look out".
local function first(n) return table.move(DISCOVERY, 1, n, 1, {}) end
for _, line in ipairs({ "sure thing peg, its in. mind if i ask a couple questions while i have you? if its a bad time i can ring back",
                        "Done, Peg. Have you got a few minutes for a couple of questions about how things are going?",
                        "Consider it sorted. Could I grab two minutes to ask how business is going? Happy to call you back if you're swamped." }) do
  scenario_test {
    name = "loyal: '" .. line .. "' asks for a minute now, not a meeting (typed, r4)",
    scenario = SCN,
    say = { line },
    expect = { nodes = { "purpose_ok" } },
  }
end

for _, line in ipairs({ "happy to send her a price. first though, whats most important to theo in a supplier",
                        "I can email Theo a quote. What is she looking for from whoever she picks?",
                        "Sure, I'll price the trays. What would make Theo pick one supplier over another?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' at Theo's call gets what Theo wants, not a quote-only goodbye (typed, r4)",
    scenario = SCN,
    say = with(first(7), line),
    expect = { nodes = { "theo", "national" } },
  }
end

for _, line in ipairs({ "tell me more about what theo has planned", "What plans has Theo got for the business?",
                        "Theo's plans - what are they?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' after a returned delivery gets Theo's plans (typed, r4)",
    scenario = SCN,
    say = with(first(4), "What happens if they send the first delivery back?", line),
    expect = { nodes = { "sent_back", "plans" } },
  }
end

scenario_test {
  name = "loyal: 'who is Theo, and what's she planning?' before Theo was named gets who she is, with the plans (typed, r4)",
  scenario = SCN,
  say = with(first(4), "What happens if they send the first delivery back?", "who is theo and whats she planning"),
  expect = { nodes = { "sent_back", "theo" }, targets = { "theo" } },
}

for _, line in ipairs({ "whos eddie then", "Is Eddie your husband?", "Who's Eddie?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' after she names Eddie gets Eddie (typed, r4)",
    scenario = SCN,
    say = with(first(5), line),
    expect = { nodes = { "tired", "eddie" } },
  }
end

for _, line in ipairs({ "how big is harvest lane", "Who are Harvest Lane, exactly?", "how did you land the harvest lane deal" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' gets the chain itself (typed, r4)",
    scenario = SCN,
    say = with(first(4), line),
    expect = { nodes = { "kitchen_table", "harvest_lane" } },
  }
end

scenario_test {
  name = "loyal: asked what keeps her busy after an early ask, she tells the news with the label gun (typed, r4)",
  scenario = SCN,
  say = { "Could we set up a quick account review next week?", "no meeting needed, just curious - whats keeping you so busy these days?" },
  expect = { nodes = { "what_for", "kitchen_table" }, targets = { "change", "impact" } },
}

-- Round 5: her own stake, asked in other words, is why it matters to her
-- (not what it means day to day).
for _, line in ipairs({ "wow. and what does a listing like that mean to you, personally?",
                        "so why does harvest lane matter so much to you",
                        "How do you feel about it all, honestly?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' after the news gets why it matters to her (typed, r5)",
    scenario = SCN,
    say = with(first(3), line),
    expect = { nodes = { "whats_new", "proud" }, targets = { "change", "motive" } },
  }
end

-- Why it is all done by hand: before she has said what the chain wants, she
-- says it; after, the short answer (not her father's recipe).
for _, line in ipairs({ "so why are you labelling by hand at all?", "how come its all manual",
                        "A kitchen table covered in label rolls, why is that?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' after the label gun gets why it's by hand (typed, r5)",
    scenario = SCN,
    say = with(first(4), line),
    expect = { nodes = { "kitchen_table", "by_hand" } },
  }
end

-- A delivery sent back, in other words, is what a wrong first delivery
-- costs her.
for _, line in ipairs({ "and if harvest lane rejected that first delivery, where would that leave you?",
                        "What if the first order got turned away at the door?",
                        "say it bounced back, what then" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' after the label gun gets the returned delivery (typed, r5)",
    scenario = SCN,
    say = with(first(4), line),
    expect = { nodes = { "kitchen_table", "sent_back" } },
  }
end

-- Handing the business to Theo, asked about once she has said it.
for _, line in ipairs({ "you said you want to hand it to theo. what does that look like?",
                        "Tell me more about handing things over to Theo.",
                        "is theo going to take over one day" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' after her father's recipe gets Theo's plans (typed, r5)",
    scenario = SCN,
    say = with(first(6), line),
    expect = { nodes = { "proud", "plans" } },
  }
end

-- Her father, once she has named his recipe.
for _, line in ipairs({ "tell me about your dad", "What was your father's recipe?", "was ur dad a cook" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' after her father's recipe gets the recipe (typed, r5)",
    scenario = SCN,
    say = with(first(6), line),
    expect = { nodes = { "proud", "dads_recipe" } },
  }
end

-- Play study r6: at Theo's call, a line whose last question asks by when is
-- that question, not an ask or a yes to a quote ("I can do that, but..."
-- is no promise of a price); at the returned delivery, who Theo is and what
-- she has in mind gets who decides with her plans in it.
local R6_SKILLED = {
  "Hi Peg, yep, I'll get the six thousand red labels and four hundred cartons put through today. While I've got you, could I take two minutes to ask how things are going, so I make sure we're sending what you actually need? If not, no worries.",
  "Will do. You said the kitchen's full, that sounds like a busy stretch. What's been going on?",
  "Thirty-eight stores, Peg, that's massive, congratulations. What's it going to mean for you and the kitchen day to day",
  "Midnight with a label gun, that's rough, and it sounds like the bounced delivery is the bit that really worries you. If that first delivery did come back, what would that cost you?",
}
for _, line in ipairs({ "So a lot's riding on this one, not just the stock. You mentioned Theo's big plans, who's Theo and what's he got in mind?",
                        "Who's Theo, and what has she got planned?",
                        "who is theo exactly, and what are her plans for the business" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' at the returned delivery gets who decides (typed, r6)",
    scenario = SCN,
    say = with(R6_SKILLED, line),
    expect = { nodes = { "sent_back", "theo" }, targets = { "theo" } },
  }
end
local R6_AT_THEO = with(R6_SKILLED, "So a lot's riding on this one, not just the stock. You mentioned Theo's big plans, who's Theo and what's he got in mind?")
for _, line in ipairs({ "I can do that, but I'd rather the price fit what Harvest Lane actually needs. When does Theo have to make the call on packaging by?",
                        "Happy to, though I'd like it to be the right price. By when does she need the packaging locked?",
                        "Sure, I could. But what's Theo's deadline for choosing?",
                        "I will, but first, how long has she got before the stores want it?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' at Theo's call gets the deadline, not a quote (typed, r6)",
    scenario = SCN,
    say = with(R6_AT_THEO, line),
    expect = { nodes = { "theo", "deadline" }, targets = { "deadline" } },
  }
end
-- ...while a plain yes to the quote is still a price in a pile.
scenario_test {
  name = "loyal: 'Sure, I'll send her a price for the trays today.' at Theo's call is quote only (typed, r6)",
  scenario = SCN,
  say = with(R6_AT_THEO, "Sure, I'll send her a price for the trays today."),
  expect = { ending = "quote_only" },
}

-- Session 7 sweep: the questions a rep asks in their own words get answers
-- on their topic wherever Peg is.
local TO_DEADLINE = with(R6_AT_THEO, "When does Theo have to decide by?")
for _, case in ipairs({
    { "Why does getting this right matter so much to you?", "proud" },
    { "what would it mean to you personally to nail this", "proud" },
    { "And if nothing changes and it's still you and the label gun, what happens?", "sent_back" },
    { "why does she think we're just the label people?", "just_labels" },
    { "Is she set on the national lot, or do you reckon she'd hear us out? Why does she think we only do labels?", "just_labels" } }) do
  scenario_test {
    name = "loyal: '" .. case[1] .. "' at the deadline gets " .. case[2] .. " (typed, session 7 sweep)",
    scenario = SCN,
    say = with(TO_DEADLINE, case[1]),
    expect = { nodes = { "deadline", case[2] } },
  }
end
for _, line in ipairs({ "A year from now, if it's still you and the label gun, what does that look like?",
                        "if you're still doing it all by hand come spring, what happens?",
                        "What if it stays like this right up to the first delivery?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' after the label gun gets the returned delivery (typed, session 7 sweep)",
    scenario = SCN,
    say = with(first(4), line),
    expect = { nodes = { "kitchen_table", "sent_back" } },
  }
end
-- Before the news: who Theo is (on the map of store numbers) gets who she
-- is and the news; "anything else you need?" asks nothing about who.
for _, line in ipairs({ "who's theo?", "Theo taped it up? Who's Theo, then?", "Who else is involved in the packaging side these days?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' at the busy kitchen gets Theo and the news (typed, session 7 sweep)",
    scenario = SCN,
    say = { "Of course, Peg. What's keeping the kitchen so full?", line },
    expect = { nodes = { "busy_kitchen", "theo_news" } },
  }
end
scenario_test {
  name = "loyal: 'anything else you need?' at the opening is not who decides (typed, session 7 sweep)",
  scenario = SCN,
  say = { "Hi Peg! sure thing, ill put that through now. anything else you need?" },
  expect = { nodes = { "order_details" } },
}
-- After the doubled order, what is new and what is keeping her busy get
-- what it means for her, not "You what, hon?" or what doing nothing costs.
for _, line in ipairs({ "anything new going on at Okafor's?", "Has anything changed on your side since last time?",
                        "What's been keeping you so busy lately?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' after the doubled order gets the kitchen table (typed, session 7 sweep)",
    scenario = SCN,
    -- (r13: how many more labels she'll need is asked, not offered: the order is doubled when offered)
    say = { "Hi Peg! Sure thing. How's business been lately?", "wow congrats! thats big. shall I double the labels then?",
            line },
    expect = { nodes = { "doubled", "kitchen_table" } },
  }
end

-- Session 7 sweep, follow-ups on what she has just said: how they landed
-- the chain, Theo's plans named alone, the deadline slipping; a meeting
-- asked as a yes/no question is an ask; her need given back is no offer.
local TO_HELPS = with(TO_DEADLINE,
  "It is. The good news: we make the trays and print the case barcodes, so your first delivery lands right and you're not up till midnight with the label gun.")
for _, line in ipairs({ "Absolutely. Would Theo be up for meeting?", "would theo be open to a chat with us?",
                        "Great. Could the three of us have a proper sit-down?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' after what we'd do books the review (typed, session 7 sweep)",
    scenario = SCN,
    say = with(TO_HELPS, line),
    expect = { ending = "review_booked", nodes = { "helps", "booked" } },
  }
end
for _, line in ipairs({ "End of January, that is soon. What happens if it slips?", "and if she misses it?",
                        "What if the packaging runs late?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' at the deadline gets what a miss costs (typed, session 7 sweep)",
    scenario = SCN,
    say = with(TO_DEADLINE, line),
    expect = { nodes = { "deadline", "sent_back" } },
  }
end
for _, line in ipairs({ "Thirty-eight stores! How did you land that?", "how'd you get the listing?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' at the news gets Harvest Lane (typed, session 7 sweep)",
    scenario = SCN,
    say = with(first(3), line),
    expect = { nodes = { "whats_new", "harvest_lane" } },
  }
end
scenario_test {
  name = "loyal: 'Theo's big plans?' after the returned delivery gets her plans (typed, session 7 sweep)",
  scenario = SCN,
  say = with(R6_SKILLED, "Theo's big plans?"),
  expect = { nodes = { "sent_back", "plans" } },
}
scenario_test {
  name = "loyal: her need given back ('So it's barcodes and shelf-ready trays they want?') is no offer (typed, session 7 sweep)",
  scenario = SCN,
  say = with(first(4), "So it's barcodes on the cases and shelf-ready trays they want?"),
  expect = { nodes = { "kitchen_table" } },
}

-- Play study r7: once she has heard we make trays, the trays said again with
-- an ask to meet Theo is the ask (booked on its day), not "the trays" again
-- or "I don't need the whole catalogue".
local TO_TRAYS = {
  "Hi Peg! Sure thing. Anything else you need this time?",
  "ok great. so what are your biggest challenges right now?",
  "wow congrats! thats big. how many more labels do you think youll need?",
  "sure, doubled. what fancy stuff is Theo sorting out?",
  "oh we do case barcodes and shelf trays too actually. want me to send some info over?",
}
for _, line in ipairs({ "yep we do trays! so could I meet with Theo, maybe next tuesday?",
                        "We really do, trays and barcodes both. Could Theo and I sit down Thursday to go through them?",
                        "Yes, trays too. Would Theo be free Tuesday for half an hour?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' once she knows about the trays is the ask (typed, r7)",
    scenario = "../../scenarios/loyal_customer.lua",
    say = with(TO_TRAYS, line),
    expect = { nodes = { "does_trays" }, ending = "review_booked" },
  }
end

-- Play study r8: an ask whose days come after a dash and end in the question
-- mark ("could the three of us sit down - you, Theo and me - Wednesday morning
-- or Friday afternoon?") is the ask, not a closed question about Theo.
local R8_SKILLED = {
  "Hi Peg, sure, I'll get the six thousand red labels and four hundred cartons in today. Can I grab five minutes while I've got you? I'd love to hear how things are going at your end, and if there's nothing to change we just leave it at the usual order - that okay?",
  "I'll be quick, promise. You mentioned the kitchen's full - what's got you so busy lately?",
  "Wow, thirty-eight stores - no wonder you're pinching yourself, that's a big leap from the farm shops. What's that going to mean for you and the kitchen come spring?",
  "Till midnight with a label gun, that sounds exhausting. And if that first delivery did get bounced, what would it actually cost you?",
  "That's a lot riding on one pallet. Tell me about Theo's big plans - why does this one matter so much to you both",
  "Your dad's recipe on a real shelf - I can see why you want it spot on. So when does that first delivery actually have to land?",
  "It is, yeah - that's only a few weeks off. When it comes to signing off the new packaging, who makes that call - you, Theo, both of you?",
}
for _, line in ipairs({
  "Happy to. We do barcoded cases and shelf-ready trays too, so you'd be off the label gun at midnight and that first delivery goes out right. Rather than a cold quote though, could the three of us sit down - you, Theo and me - Wednesday morning or Friday afternoon, and go through what Harvest Lane wants?",
  "We do the trays as well. Instead of a price by email, could Theo and I go through it together - Tuesday at ten or Thursday after lunch - which suits?",
  "Sure, and we make the trays too. Could we all meet at the kitchen - you, Theo and me, say Monday afternoon?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "...' is the ask, days after a dash (typed, r8)",
    scenario = SCN,
    say = with(R8_SKILLED, line),
    expect = { nodes = { "theo" }, ending = "review_booked" },
  }
end

-- Play study r8 average 4: "we do trays too. Want me to send you some info?"
-- is what she needs, with the offer to send it heard too (she says send it
-- to Theo, whose call it is).
local TO_KITCHEN_R8 = { "Hey Peg! Yep no problem, I can put that through for you. How's everything going?",
                        "Congrats!! thats awesome. So will you need more labels for that?",
                        "Great, ill double it then. What kind of fancy stuff is Theo sorting?" }
for _, line in ipairs({ "Oh nice, we actually do barcode labels and shelf ready trays too. Want me to send you some info on those?",
                        "We make shelf-ready trays as well, you know. Shall I email you some details?",
                        "Funny you say that, we print case barcodes now. Can I send over a couple of samples?" }) do
  local say = table.move(TO_KITCHEN_R8, 1, #TO_KITCHEN_R8, 1, {})
  say[#say + 1] = line
  scenario_test {
    name = "loyal: '" .. line .. "' is her need with the offer to send (typed, r8)",
    scenario = SCN,
    say = say,
    expect = { nodes = { "kitchen_table", "does_trays" }, targets = { "theo" } },
  }
end

-- Sweep r8: once she has said what the chain wants, what she has tried so
-- far is Theo's quotes (who decides); how she is holding up is the late
-- nights (tired); a worry that names the delivery going wrong is what
-- missing it costs (sent_back), not her motive; an offer to send a price
-- before Theo is named is no quote for "her".
for _, case in ipairs({ { "Have you asked around anyone else for the trays yet?", "theo" },
                        { "Gosh. What have you done so far about the barcodes?", "theo" },
                        { "That sounds a lot. How are you keeping through all this?", "tired" },
                        { "How are you managing with all of it?", "tired" },
                        { "Are you worried about the first delivery going wrong?", "sent_back" } }) do
  scenario_test {
    name = "loyal: '" .. case[1] .. "' at the kitchen table gets " .. case[2] .. " (typed, sweep r8)",
    scenario = SCN,
    say = with(TO_KITCHEN_R8, case[1]),
    expect = { nodes = { "kitchen_table", case[2] } },
  }
end

-- Second sweep r8 (fresh wordings): the chain turning the delivery away or
-- it not being right in time is what missing it costs; "who picks the
-- supplier?" is who decides; how she is holding up with the deadline is
-- how she is keeping up, not by when.
for _, case in ipairs({ { "is there a chance they turn the first delivery away?", "sent_back" },
                        { "So are you worried it won't be right in time?", "sent_back" },
                        { "Who picks the supplier for all that?", "theo" } }) do
  scenario_test {
    name = "loyal: '" .. case[1] .. "' at the kitchen table gets " .. case[2] .. " (typed, second sweep r8)",
    scenario = SCN,
    say = with(TO_KITCHEN_R8, case[1]),
    expect = { nodes = { "kitchen_table", case[2] } },
  }
end
scenario_test {
  name = "loyal: 'How are you holding up with that deadline?' after the deadline gets how she is keeping up (typed, second sweep r8)",
  scenario = SCN,
  say = with(TO_KITCHEN_R8, "Have you asked around anyone else for the trays yet?", "When does she need to decide by?",
             "How are you holding up with that deadline?"),
  expect = { nodes = { "theo", "deadline", "tired" } },
}


-- r9 average 2/3: after the upsell, how business is going is her news (whats_new), not a
-- clarification
local R9_UPSELL = { "Hi Peg! Sure, I can do that. 6000 red labels and 400 cartons, anything else you need while I have you?" }
for _, line in ipairs({ "no worries! you said the kitchens full, is business good at the moment?",
                        "sorry! I just meant how's business going these days?",
                        "fair enough. hows trade been lately?",
                        "No bother. Is business going well at the moment, Peg?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' after the upsell is her news (typed, r9)",
    scenario = SCN,
    say = with(R9_UPSELL, line),
    expect = { nodes = { "upsell_pushback", "whats_new" } },
  }
end

-- r9 average 8: "could we all have a chat" once Theo is named includes Theo: booked, not "not
-- without Theo"
local R9_TO_THEO = { "Hi Peg! Sure, I can do that. 6000 red labels and 400 cartons, anything else you need while I have you?",
                     "no worries! you said the kitchens full, is business good at the moment?",
                     "sorry! I just meant how's business going these days?",
                     "ok, what's been happening with you lately?",
                     "wow congrats Peg thats great! So what are the big challenges with that for you?",
                     "oh we actually do case barcodes and shelf ready trays now. how many cases would they want per store?",
                     "ah ok. so is Theo the one I should be talking to about the trays?" }
for _, line in ipairs({ "sure I can send her a price. could we maybe all have a quick chat sometime next week as well?",
                        "Happy to price it. Could we all sit down next week and go through it?",
                        "I'll get a price over. Could I come and chat with her and you on Thursday?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' at Theo includes her (typed, r9)",
    scenario = SCN,
    say = with(R9_TO_THEO, line),
    expect = { ending = "review_booked", nodes = { "theo", "booked" } },
  }
end

-- r10 average 8: "we can do all that. could I meet with Theo next week?" once she has said what
-- Theo wants from the national lot answers her doubt with an ask: the meeting is what she answers
-- ("meet about what?"), not a catalogue ("I don't need the whole catalogue")
local R10_AVERAGE = { "Hey Peg, sure thing. so how's business going?",
                      "Congrats! thats big. Do you have enough labels for that?",
                      "Cool, ill double it. whats the fancy stuff Theo's sorting?",
                      "Oh we actually do barcode labels now. so what are your other challenges with it?",
                      "ok. when do the stores need everything by?",
                      "yeah its close. Can we set up a demo sometime?",
                      "oh ok. whats the national company offering her?" }
-- (she asks what for while she is not yet interested, books once she is)
for _, case in ipairs({ { "we can do all that to be honest. could I meet with Theo next week sometime?", "whats_in_it" },
                        { "We actually do all of that. Could I sit down with Theo one day next week?", "booked" },
                        { "That's all stuff we can do. Would Theo meet with me next week?", "booked" } }) do
  scenario_test {
    name = "loyal: '" .. case[1] .. "' after what Theo wants is the ask (typed, r10)",
    scenario = SCN,
    say = with(R10_AVERAGE, case[1]),
    expect = { nodes = { "national", case[2] } },
  }
end
-- ...near miss: the catalogue with no ask is still the catalogue
scenario_test {
  name = "loyal: 'we do all that, plus foil labels and a proofing portal' after what Theo wants is a pitch (r10 near miss)",
  scenario = SCN,
  say = with(R10_AVERAGE, "We do all that, plus foil labels, a proofing portal and variable data printing."),
  expect = { nodes = { "national", "upsell_pushback" } },
}

-- r10 average 13: "can you and Theo do tuesday or wed next week?" (no next_step label) asks the two
-- of them for a day: booked, not "It's Theo's call" again
local R10_AVERAGE_HELPS = with(R10_AVERAGE,
  "well we do the trays and the barcodes, so you wouldnt be up at midnight with the label gun anymore")
for _, line in ipairs({ "ok great. can you and Theo do tuesday or wed next week?",
                        "brilliant. are you and Theo around thursday or friday?",
                        "great, would you two be free monday afternoon?",
                        "perfect. could you and Theo spare half an hour with me next week?" }) do
  scenario_test {
    name = "loyal: '" .. line .. "' after the benefit books (typed, r10)",
    scenario = SCN,
    say = with(R10_AVERAGE_HELPS, line),
    expect = { nodes = { "helps", "booked" }, ending = "review_booked" },
  }
end
-- ...near miss: Theo's own week is a question about Theo
scenario_test {
  name = "loyal: 'is Theo seeing the national lot on Friday?' after the benefit is no ask (r10 near miss)",
  scenario = SCN,
  say = with(R10_AVERAGE_HELPS, "is Theo seeing the national lot on Friday?"),
  expect = { nodes = { "helps", "national" } },
}

-- r10 skilled 6: what we make, with what it does to her midnights and first delivery in her words,
-- is what it would do for her (helps), not the catalogue
local R10_SKILLED = {
  "Hi Peg, happy to put that through. Mind if I take two minutes first to make sure the order still fits what you need? If it does, it goes out today. So the kitchen's full, what's been going on?",
  "Thirty-eight stores, wow, no wonder you're pinching yourself. What's that going to mean for you and the kitchen?",
  "Midnight with a label gun, that sounds exhausting. And if that first delivery did get sent back, what would that cost you?",
  "So it's not just the stock on the line, it's Theo's plans too. Tell me about Theo, what's he hoping for?",
  "Sounds like Theo's been doing the supplier thinking. When it comes to choosing who does the trays and barcodes, who makes that call, and by when do you need it settled?" }
for _, line in ipairs({
  "It is close, yeah. Here's the thing though, we do shelf-ready trays and case barcodes now, and we can hold stock till the trucks go. So you'd be off the label gun at midnight and that first delivery lands right the first time",
  "It is. We make the trays and barcode the cases ourselves now, so you'd never be at the kitchen table with a label gun again.",
  "Soon, yes. We've got shelf-ready trays and case barcodes, which means your first delivery goes in right and the midnights stop.",
  "We can hold the stock and do the trays, so no more label gun at midnight for you." }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "...' is what it would do for her (typed, r10)",
    scenario = SCN,
    say = with(R10_SKILLED, line),
    expect = { nodes = { "deadline", "helps" } },
  }
end
-- ...near misses: the catalogue with nothing of hers, and a question about her midnights
scenario_test {
  name = "loyal: 'we do trays, barcodes, foil labels and a proofing portal' at the deadline is a pitch (r10 near miss)",
  scenario = SCN,
  say = with(R10_SKILLED, "We do shelf-ready trays, case barcodes, foil labels and a proofing portal."),
  expect = { nodes = { "deadline", "upsell_pushback" } },
}
scenario_test {
  name = "loyal: 'are you still on the label gun at midnight?' at the deadline asks after her (r10 near miss)",
  scenario = SCN,
  say = with(R10_SKILLED, "So you're still on the label gun at midnight. How are you holding up?"),
  expect = { nodes = { "deadline", "tired" } },
}

-- r10 skilled 7: after the catalogue pushback, an earned ask naming Theo with a day ("could you and
-- Theo grab half an hour with me Thursday or Friday") is weighed as an ask, with or without the
-- analyser's next_step label, not "what Theo wants"; a bare meeting ask still insists
local R10_PUSHED = with(R10_SKILLED, "We also do foil labels, a proofing portal and auto-replenishment.")
for _, line in ipairs({
  "Fair enough, your labels go through today, same as always. But with January that close, could you and Theo grab half an hour with me Thursday or Friday to look at the Harvest Lane packaging together?",
  "Fair enough, just your labels today. Could you and Theo sit down with me on Tuesday or Wednesday?",
  "Of course. Would you two have twenty minutes with me next week to go through Harvest Lane?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "...' after the pushback is the ask (typed, r10)",
    scenario = SCN,
    say = with(R10_PUSHED, line),
    expect = { nodes = { "upsell_pushback", "theo_gate" } },
  }
end
scenario_test {
  name = "loyal: 'could we set up a meeting next week?' after the pushback still insists (r10 near miss)",
  scenario = SCN,
  say = with(R10_PUSHED, "Could we set up a meeting next week?"),
  expect = { nodes = { "upsell_pushback", "what_for" } },
}

-- r11 average 2 and 3: after the map of store numbers, a question whether her business is growing
-- ("are you guys expanding?", "are you getting bigger?"), open or closed, asks for her news; a
-- bigger order or bigger batches is not her news
local R11_BUSY = { "Hi Peg! Sure I can put that thru for you. How's business been?" }
for _, line in ipairs({
  "Ha, good problem to have! Are you guys expanding?",
  "Sorry, I just mean what's the map of stores about? are you getting bigger?",
  "Ooh, so is the business growing then?",
  "A map of stores! Are you opening up in more shops?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' at the busy kitchen asks for her news (typed, r11)",
    scenario = SCN,
    say = with(R11_BUSY, line),
    expect = { nodes = { "busy_kitchen", "whats_new" } },
  }
end
scenario_test {
  name = "loyal: 'do you need bigger cartons this time?' at the busy kitchen is no question about her news (r11 near miss)",
  scenario = SCN,
  say = with(R11_BUSY, "Do you need bigger cartons this time?"),
  expect = { nodes = { "busy_kitchen", "order_details" } },
}

-- r11 average 6: at the kitchen table, we make the trays and barcodes with a question how many cases
-- ("how many cases do you think you'll need per delivery?") is no question by when: she hears the
-- trays; a question that names when still asks by when
local R11_TABLE = { "Hi Peg! Sure I can put that thru for you. How's business been?",
                    "what's Theo's map of store numbers for",
                    "Wow congrats! Thats awesome. So what are your biggest challenges going into the stores?" }
for _, line in ipairs({
  "Got it. We actually do barcode labels and shelf ready trays too. How many cases do you think you'll need per delivery?",
  "We do case barcodes and trays as well, actually. How many cases will each drop be?",
  "Our trays go straight on the shelf. How much stock will the first delivery be?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' at the kitchen table is the trays, not by when (typed, r11)",
    scenario = SCN,
    say = with(R11_TABLE, line),
    expect = { nodes = { "kitchen_table", "does_trays" } },
  }
end
scenario_test {
  name = "loyal: 'we do trays too. When do you need the cases by?' at the kitchen table asks by when (r11 near miss)",
  scenario = SCN,
  say = with(R11_TABLE, "Got it. When do you need the cases by?"),
  expect = { nodes = { "kitchen_table", "deadline" } },
}

-- r11 average 4 (replayed on the fixes above, a line later): once she has told her news, Theo's map of
-- store numbers asked about ("what's Theo's map of store numbers for") is Theo's plans, not what Theo
-- wants in a supplier; what Theo wants from a supplier still is that
for _, line in ipairs({
  "what's Theo's map of store numbers for",
  "So what's the map on the fridge all about?",
  "Tell me about Theo's map." }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' at the kitchen table is Theo's plans (typed, r11)",
    scenario = SCN,
    say = with(R11_TABLE, line),
    expect = { nodes = { "kitchen_table", "plans" } },
  }
end
scenario_test {
  name = "loyal: 'What does Theo want from a supplier?' at the kitchen table is what Theo wants (r11 near miss)",
  scenario = SCN,
  say = with(R11_TABLE, "What does Theo want from a supplier?"),
  expect = { nodes = { "kitchen_table", "national" } },
}

-- r12 pitcher 1: at the opening, a pitch of the new range that asks leave ("a whole new packaging range...
-- Can I tell you about it?") is the pitch ("I just need my labels"), not who decides ('whole' is no 'who');
-- asking who handles the packaging still is who decides
for _, line in ipairs({
  "Hi Peg! Will do. Actually I'm glad you called, we've just launched a whole new packaging range, we're not just labels anymore, we do trays, cartons, the lot. Can I tell you about it?",
  "Hi Peg, good to hear from you. We've got a whole new range now, trays and cartons as well as labels. Can I tell you about it?",
  "Will do Peg! We've just launched a whole new range of trays and cartons, can I tell you about it?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' at the opening is the pitch (r12)",
    scenario = SCN,
    say = { line },
    expect = { nodes = { "opening", "upsell_pushback" } },
  }
end
scenario_test {
  name = "loyal: 'Who's handling the packaging on your end these days?' at the opening is who decides (r12 near miss)",
  scenario = SCN,
  say = { "Hi Peg! Will do. Who's handling the packaging on your end these days?" },
  expect = { nodes = { "opening", "theo_news" } },
}

-- r13 average 6: once she has said we do trays and it's Theo's call, some time with Theo asked for
-- ("could I get some time with Theo sometime to show her what we can do?") is an ask, answered on her
-- terms (a day at her kitchen), not a closed question about who decides; time with Theo asked about
-- is still who Theo is
local R13_TRAYS = { "Hi Peg! sure thing, I can put that through. How's buisness going?",
                    "Wow congrats, thats great! So will you need more labels for that?",
                    "ok great, I'll double it. What kind of fancy stuff is Theo sorting out?",
                    "Oh wow. so what are your biggest challenges with it right now?",
                    "Thats really nice. We actually do case barcodes and shelf ready trays now, did you know that?" }
for _, line in ipairs({
  "Ah ok. could I get some time with Theo sometime to show her what we can do?",
  "Could I grab a bit of time with Theo to show her the trays?",
  "Great, can we find some time with Theo to go through it all?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' once she knows we do trays is an ask (typed, r13)",
    scenario = SCN,
    say = with(R13_TRAYS, line),
    expect = { nodes = { "does_trays" }, ending = "review_booked" },
  }
end
scenario_test {
  name = "loyal: 'Do you get much time with Theo these days?' once she knows we do trays is no ask (r13 near miss)",
  scenario = SCN,
  say = with(R13_TRAYS, "Do you get much time with Theo these days?"),
  expect = { nodes = { "does_trays", "theo" } },
}

-- r13 average 2 and 8: how much she'll need, asked ("So will you need more labels for that?", "how many
-- jars are you sending them?"), is answered (Theo's still doing the sums), an aside; it is no offer to
-- double the order ("Ooh, would you? Go on then, double it") and no wrap-up; an offer still doubles it
for _, line in ipairs({
  "Wow congrats, thats great! So will you need more labels for that?",
  "How many labels do you think you'll need for the stores?",
  "Are you going to need more jars for all that?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' after her news asks how much she'll need (typed, r13)",
    scenario = SCN,
    say = { "Hi Peg! sure thing, I can put that through. How's buisness going?", line },
    expect = { nodes = { "whats_new", "doubled" } },
  }
end
scenario_test {
  name = "loyal: 'Congratulations! Want me to double the label order?' after her news doubles it (r13 near miss)",
  scenario = SCN,
  say = { "Hi Peg! sure thing, I can put that through. How's buisness going?",
          "Congratulations! Want me to double the label order?" },
  expect = { nodes = { "whats_new", "doubled" } },
}
local R13_SKILLED = {
  "Hi Peg, happy to put that through. Before I do, mind if I take two minutes to check how things are going with the labels, so I'm not just sending more of the same? If it's all fine I'll say so.",
  "Thanks Peg, I'll be quick. You mentioned the kitchen's full - what's got you so busy lately?",
  "Congratulations, Peg, that sounds like a dream come true. What makes landing Harvest Lane so important to you?" }
local R13_TO_DEADLINE = with(R13_SKILLED,
  "Your dad's recipe on a real shelf, no wonder you want it right. What worries you most about getting it right for Harvest Lane?",
  "Who makes the call on the packaging for Harvest Lane?",
  "So I price the right thing, when does that first delivery have to land at Harvest Lane?")
for _, line in ipairs({
  "yeah that is soon. how many jars are you sending them?",
  "How many cases will the first delivery be?",
  "Roughly how much stock are we talking for the stores?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' at the deadline asks how much she'll need (typed, r13)",
    scenario = SCN,
    say = with(R13_TO_DEADLINE, line),
    expect = { nodes = { "deadline", "how_many" } },
  }
end
scenario_test {
  name = "loyal: 'How many stores is that again?' at the deadline is the chain itself (r13 near miss)",
  scenario = SCN,
  say = with(R13_TO_DEADLINE, "How many stores is that again?"),
  expect = { nodes = { "deadline", "harvest_lane" } },
}

-- r13 skilled 4 and average 4: what worries her ("What worries you most about getting it right for
-- Harvest Lane?", "what are your biggest challenges with it right now?") is the risk (the first
-- delivery, barcodes and trays), not why it matters to her; what a returned delivery would cost is
-- still that
for _, line in ipairs({
  "Your dad's recipe on a real shelf, no wonder you want it right. What worries you most about getting it right for Harvest Lane?",
  "What's your biggest concern with the stores?",
  "What scares you most about going into Harvest Lane?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' after why it matters asks the risk (typed, r13)",
    scenario = SCN,
    say = with(R13_SKILLED, line),
    expect = { nodes = { "proud", "kitchen_table" }, targets = { "impact" } },
  }
end
local R13_IMPACT = { "How's business been lately, Peg?",
                     "Peg, that's huge. What does going into thirty-eight stores mean for you day to day?" }
for _, line in ipairs({
  "Oh wow. so what are your biggest challenges with it right now?",
  "What worries you most about it all?",
  "What's the hardest part of getting ready for them?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' once she has said what the chain wants is the worry (typed, r13)",
    scenario = SCN,
    say = with(R13_IMPACT, line),
    expect = { nodes = { "kitchen_table", "worry" } },
  }
end
scenario_test {
  name = "loyal: 'Are you worried they'll send it back?' once she has said what the chain wants is what that costs (r13 near miss)",
  scenario = SCN,
  say = with(R13_IMPACT, "Are you worried they'll send it back?"),
  expect = { nodes = { "kitchen_table", "sent_back" } },
}

-- r13 skilled 5 and 6: what the chain asks of her ("So what's Harvest Lane asking of you that's different
-- from the market stalls?", "What has to change in how you label and pack for them?") is what it wants
-- (barcodes, trays), not who Harvest Lane are; how she landed them still is
for _, line in ipairs({
  "Fair enough. So what's Harvest Lane asking of you that's different from the market stalls?",
  "Going from a stall to thirty-eight stores is a big jump. What has to change in how you label and pack for them?",
  "What does the buyer expect from you that the markets never did?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' asks what the chain wants (typed, r13)",
    scenario = SCN,
    say = with(R13_SKILLED, line),
    expect = { nodes = { "proud", "kitchen_table" }, targets = { "impact" } },
  }
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' once she has said it gets what the chain wants again (typed, r13)",
    scenario = SCN,
    say = with(R13_IMPACT, line),
    expect = { nodes = { "kitchen_table", "chain_wants" } },
  }
end
scenario_test {
  name = "loyal: 'How did you land Harvest Lane?' is the chain itself (r13 near miss)",
  scenario = SCN,
  say = with(R13_SKILLED, "How did you land Harvest Lane?"),
  expect = { nodes = { "proud", "harvest_lane" } },
}

-- r13 skilled 7: what the hand-labelling costs her ("What's it costing you when you're up
-- hand-labelling every jar?") is the midnights (tired), not why it's done by hand; why it's done by
-- hand still is that
for _, line in ipairs({
  "Midnights with a label gun at your age, that sounds exhausting, Peg. What's it costing you when you're up hand-labelling every jar?",
  "What's all that hand-labelling costing you?",
  "What does doing every jar by hand cost you?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' asks what it costs her (typed, r13)",
    scenario = SCN,
    say = with(R13_IMPACT, line),
    expect = { nodes = { "kitchen_table", "tired" } },
  }
end
scenario_test {
  name = "loyal: 'Why is it all done by hand?' is why it's done by hand (r13 near miss)",
  scenario = SCN,
  say = with(R13_IMPACT, "Why is it all done by hand?"),
  expect = { nodes = { "kitchen_table", "by_hand" } },
}
-- (asked again once the order is doubled, before she has said what the chain wants: she goes on with
-- it, it isn't just more labels)
scenario_test {
  name = "loyal: 'How many jars do you get through in a week?' after the doubled order gets the kitchen table (typed, r13)",
  scenario = SCN,
  say = { "Hi Peg! sure thing, I can put that through. How's buisness going?",
          "Congratulations! Shall I double the label order, then?", "How many jars do you get through in a week?" },
  expect = { nodes = { "doubled", "kitchen_table" }, targets = { "impact" } },
}

-- r16 average 5: barcodes offered at the kitchen table (what she needs) get her surprise, and it names
-- what was offered ("Barcodes on the cases, from you?"), not trays nobody named (the reply is checked
-- by tests/cli/scenario_says_back.sh, loyal_r16_*); her need said back offers nothing
local R16_AVERAGE = { "Hi Peg! Sure thing, I'll put that through. Can I ask you a few questions?",
                      "So how's buisness going overall?",
                      "Wow thats great news! Are you going to need more labels then?",
                      "Ok. So what are your biggest challenges right now with the new stores?" }
for _, line in ipairs({ "Oh we do barcoded labels actually, we can print the barcodes right on them.",
                        "We can print the case barcodes for you, you know.",
                        "Did you know we make shelf-ready trays and print case barcodes as well?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' at the kitchen table is what she needs (typed, r16)",
    scenario = SCN,
    say = with(R16_AVERAGE, line),
    expect = { nodes = { "kitchen_table", "does_trays" } },
  }
end
scenario_test {
  name = "loyal: 'So it's barcodes on every case they want, is it?' is what the chain wants (typed, r16 near-miss)",
  scenario = SCN,
  say = with(R16_AVERAGE, "So it's barcodes on every case they want, is it?"),
  expect = { nodes = { "kitchen_table", "chain_wants" } },
}

-- r16 skilled 6: after what she would lose, 'so a lot is riding on getting the first one right' is a reflection
scenario_test {
  name = "loyal: r16 'So a lot is riding on getting the first one right....' is heard as reflection and probe (typed, r16)",
  scenario = SCN,
  say = {
    "Hi Peg, good to hear from you. Yes, I'll get the six thousand red labels and four hundred cartons put through today. While I've got you, could I take two minutes to ask how things are going so I can make sure we're ready for what's next? If nothing comes of it, no harm done.",
    "Ha, I'll be quick. You said the kitchen's full - what's keeping you so busy these days?",
    "A map of store numbers on the fridge, that sounds like something big's brewing. Tell me about that",
    "Thirty-eight stores, Peg, that's huge - congratulations! What does going into Harvest Lane mean for you and the business?",
    "Midnight with a label gun - that sounds exhausting. And if that first delivery did get sent back, what would that cost you?",
    { "So a lot is riding on getting the first one right. You mentioned Theo's big plans - what's he hoping this leads to?",
      labels = { "reflection", "probe" } },
  },
}

-- r16 skilled 7: what a business that runs without her would mean for her (at Theo's plans, or
-- naming the hand-over anywhere) is why it matters to her (her father's recipe, handing Theo
-- something that runs), not her news again; what the farm shops mean day to day is still the work
-- (tests/cli/scenario_says_back.sh, loyal_r16_skilled7*)
local R16_SKILLED = {
  "Hi Peg, good to hear from you. Yes, I'll get the six thousand red labels and four hundred cartons put through today. While I've got you, could I take two minutes to ask how things are going so I can make sure we're ready for what's next? If nothing comes of it, no harm done.",
  "Ha, I'll be quick. You said the kitchen's full - what's keeping you so busy these days?",
  "A map of store numbers on the fridge, that sounds like something big's brewing. Tell me about that",
  "Thirty-eight stores, Peg, that's huge - congratulations! What does going into Harvest Lane mean for you and the business?",
  "Midnight with a label gun - that sounds exhausting. And if that first delivery did get sent back, what would that cost you?",
  "So a lot is riding on getting the first one right. You mentioned Theo's big plans - what's he hoping this leads to?" }
for _, line in ipairs({ "A business that runs without you at the table. What would that mean for you, Peg?",
                        "What would that mean for you?",
                        "How would you feel about handing it on to Theo one day?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' at Theo's plans is why it matters to her (typed, r16)",
    scenario = SCN,
    say = with(R16_SKILLED, line),
    expect = { nodes = { "plans", "proud" }, targets = { "motive" } },
  }
end
-- (turn 6 of that call, now that its lead-in is a reflection: what Theo is hoping her plans lead to
-- is the plans, before the national firm is in play; naming the firm is still the firm)
scenario_test {
  name = "loyal: 'What's Theo hoping to get from the national outfit?' after what she'd lose is the national firm (r16 near-miss)",
  scenario = SCN,
  say = with({ table.unpack(R16_SKILLED, 1, 5) }, "What's Theo hoping to get from the national outfit?"),
  expect = { nodes = { "sent_back", "national" } },
}

-- r16 pitcher 3: after "Are you selling me something?", a question that still sells (our trays, our
-- range, checked with 'would it help you', or a word on what the manager wants) keeps her wary
-- (wary: "You're still selling me something"), it is not rewarded with her news; a question about her
-- business still gets the news
local R16_PITCHER = { "Hi Peg, I'll put that through. Actually, while I have you, I wanted to tell you we've just launched a whole new packaging range - barcoded case labels, shelf-ready trays, custom printed cartons, all from one supplier. We're the fastest-growing packaging printer in the region.",
                      "Honestly they're not extras, Peg. Our trays are top quality and really reliable, and our new digital press does full colour. Could I come by and show you a demo next week?" }
for _, case in ipairs({ { "Ha, no pressure! It's just my manager wants us showing the new range to our best customers this quarter. Would shelf-ready trays help you at all?", "wary" },
                        { "No, no! Would our new foil labels be of use to you, though?", "wary" },
                        { "I have targets this quarter, that's all. Could you use some barcoded cases?", "wary" },
                        { "Not at all, sorry Peg! Is business going well?", "whats_new" } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' after 'are you selling me something' gets " .. case[2] .. " (typed, r16)",
    scenario = SCN,
    say = with(R16_PITCHER, case[1]),
    expect = { nodes = { "selling_me", case[2] } },
  }
end

-- r16 picker 2: 'sounds like you're flat out' after the batch on the stove restates her in few words - a reflection
scenario_test {
  name = "loyal: r16 'Sounds like you're flat out. What's got the kitche...' is heard as reflection and open_question (typed, r16)",
  scenario = SCN,
  say = {
    "Will do, Peg, it's going through now. Have you got two minutes for a couple of questions so we're ready for whatever's next?",
    { "Sounds like you're flat out. What's got the kitchen so full?",
      labels = { "reflection", "open_question" } },
  },
}

-- r15 skilled 3: what has to happen before the packaging is locked asks what locking it involves
-- (what the chain wants that her jars lack: the kitchen table), not the wrap-up; who decides is
-- still Theo
local R15_SKILLED = { "Hi Peg, happy to put that through today. Before I do, could I take five minutes to hear how things are going in the kitchen, so I'm not just sending the same again if something's changed? If nothing has, we'll keep it simple.",
                      -- (r15's own line 2 asked how it has been, heard since as what it means for her:
                      -- the deadline is reached by asking by when)
                      "Peg, that's brilliant news, thirty-eight stores! When does it all have to be ready by?" }
for _, case in ipairs({ { "End of January is only a few weeks off, so yes, it's tight. What has to happen between now and then to get the packaging locked?", "kitchen_table" },
                        { "What still needs to be done before it's locked?", "kitchen_table" },
                        { "What's involved in getting the packaging locked?", "kitchen_table" },
                        { "Who decides on the packaging?", "theo" } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at the deadline gets " .. case[2] .. " (typed, r15)",
    scenario = SCN,
    say = with(R15_SKILLED, case[1]),
    expect = { nodes = { "deadline", case[2] } },
  }
end

-- r15 skilled 2: a time word in the reflection ("from where you started") or a "when" that opens a
-- time clause ("what was it like when they said yes?") makes no question about by when: how it has
-- been is what it means for her (the kitchen table); asked when, it is still by when
local R16_NEWS = { "How's business been lately, Peg?" }
for _, line in ipairs({
  "Peg, that's brilliant news, thirty-eight stores is a big leap from where you started. What's it been like getting that yes?",
  "Thirty-eight stores, that's a long way from where you started out. How has it felt, getting that yes?",
  "A big leap since you started out. What was it like when they said yes?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' asks how it has been, not by when (typed, r15)",
    scenario = SCN,
    say = with(R16_NEWS, line),
    expect = { nodes = { "whats_new", "kitchen_table" } },
  }
end
for _, line in ipairs({
  "That's a big leap from where you started. When do the first stores start taking it?",
  "A big leap since you started out. And when does it all have to be ready?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' still asks by when (r15 near miss)",
    scenario = SCN,
    say = with(R16_NEWS, line),
    expect = { nodes = { "whats_new", "deadline" } },
  }
end

-- r17 picker 6: after an echo of the business going on without her ("A business that runs without you
-- at the kitchen table."), the question decides: 'why does that matter so much to you?' is why it
-- matters to her (her father's recipe, handing Theo a business), not why it's all done by hand
local R17_PLANS = { "Of course, Peg, I'll put that through now. Kitchen's full? What's been keeping you so busy?",
                    "#1", "#1",
                    "So one wrong delivery and that's the account gone. If that first load did come back, what would it cost you?",
                    "Theo's big plans - what are those?" }
for _, case in ipairs({
  { "A business that runs without you at the kitchen table. Why does that matter so much to you?", "proud" },
  { "Something that runs without you at the kitchen table. Why is that so important to you?", "proud" },
  { "Handing it on so it runs without you at that kitchen table. What does that mean to you personally?", "proud" },
  { "A kitchen table full of label rolls. Why is it all done by hand?", "kitchen_table" } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at the plans gets " .. case[2] .. " (typed, r17)",
    scenario = SCN,
    say = with(R17_PLANS, case[1]),
    expect = { nodes = { "plans", case[2] } },
  }
end

-- r17 average 5: the price said yes to in passing, then an ask for a call with Theo ("sure i can send a
-- price over. could we maybe set up a call with Theo sometime to go thru it?"): she answers the ask,
-- not only the price; the price alone is still the quote
local R17_THEO = { "sure thing Peg, I can put that through. how's business going?",
                   "wow congrats! so whats the biggest challenge with that?",
                   "ok. we do barcode labels too actually. do you have barcodes on anything at the moment?",
                   "oh ok, who's Theo?" }
for _, case in ipairs({
  { "sure i can send a price over. could we maybe set up a call with Theo sometime to go thru it?", "booked" },
  { "Happy to send a price. Could I get on a call with Theo next week to walk her through it?", "booked" },
  { "I'll email the tray price today. Can we set up a call with you and Theo next week?", "booked" },
  { "Sure, I'll send her a price for the trays.", "quote_only" } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at Theo gets " .. case[2] .. " (typed, r17)",
    scenario = SCN,
    say = with(R17_THEO, case[1]),
    expect = { nodes = { "theo", case[2] } },
  }
end

-- r18 average 1 (labels19b): "how's everything going over there?" asks where she is, no follow-up
-- of the order she gave ("over there" points at her place, not her words): open, not a probe;
-- "how's that going?" about her words still probes
for _, case in ipairs({
  { "Hi Peg! sure thing. how's everything going over there?", { "open_question" } },
  { "Will do, Peg. How are things over there these days?", { "open_question" } },
  { "Sure thing Peg. What's new out there?", { "open_question" } },
  { "Sure thing Peg. How's that going?", { "open_question", "probe" } } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at the opening (typed, r18)",
    scenario = SCN,
    say = { { case[1], labels = case[2] } },
    expect = { nodes = { "opening" } },
  }
end

-- r18 skilled 6 (labels19b): "What would that mean to you, Peg?" after the business that runs without
-- her asks what her point means to her - a probe, like "...mean for you" (plans.names_motive, proud)
local R18_PLANS = { "Hi Peg, happy to get that going. Before I put it through, mind if I take five minutes to ask how things are going, so the order fits where the business is heading? If it doesn't, no harm done, same order as always.",
                    "Thanks, I'll be quick. You mentioned the kitchen's full - what's been keeping you so busy lately?",
                    "Thirty-eight stores, that's brilliant Peg. What's it going to mean for you and the kitchen day to day?",
                    "Midnight with a label gun, that sounds exhausting. And if that first delivery did get sent back, what would it cost you?",
                    "So there's a lot riding on getting that first one right. Tell me about Theo, what are his big plans?" }
for _, case in ipairs({
  { "A business that runs without you at the kitchen table. What would that mean to you, Peg?", { "open_question", "probe" } },
  { "What does that mean to you?", { "open_question", "probe" } },
  { "What will that mean to you, Peg?", { "open_question", "probe" } },
  { "What does a typical week mean to you, Peg?", { "open_question" } } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at the plans (typed, r18)",
    scenario = SCN,
    say = with(R18_PLANS, { case[1], labels = case[2] }),
    expect = { nodes = { "plans" } },
  }
end

-- r7 average 11, r3 skilled 8 (labels19a): we, a modal and a verb, then a thing we sell in the same
-- clause, is a feature ("we can do the trays", "we can get your jars barcoded and into shelf-ready
-- trays"); talking about it, or needing her labels, is not
for _, case in ipairs({
  { "We can do the trays for you.", { "feature" } },
  { "We can definitely print the labels in-house.", { "feature" } },
  { "We can talk about the trays if it helps.", {} },
  { "We'd need your labels by Friday.", {} } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' is read as " .. (case[2][1] or "no move") .. " (typed, labels19a)",
    scenario = SCN,
    say = { { case[1], labels = case[2] } },
    expect = {},
  }
end

-- r19 skilled 3 (fix20): at busy_kitchen, "Store numbers on the fridge - now that sounds like a story. What's
-- Theo mapping out?" was heard as who decides ('Theo'); what Theo is doing ("what's Theo -ing", "what's he up
-- to") asks about his map - her news - not who he is. "Who's Theo?" is still who.
for _, case in ipairs({
    { "Store numbers on the fridge - now that sounds like a story. What's Theo mapping out?", "whats_new" },
    { "A map on the fridge? What is Theo planning?", "whats_new" },
    { "Sounds like a good problem. So what's Theo up to with all those stores?", "whats_new" },
    -- (near miss: who he is)
    { "A map on the fridge? Who's Theo?", "theo_news" } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at busy_kitchen gets " .. case[2] .. " (typed, r19)",
    scenario = SCN,
    say = { "Of course, Peg. What's keeping the kitchen so full?", case[1] },
    expect = { nodes = { "busy_kitchen", case[2] } },
  }
end

-- r20 skilled 4 (fix21a): "Congratulations, that's a huge leap from where you started. When thirty-eight
-- stores go live, what changes for you in that kitchen?" was heard as by when it has to be ready: a "When
-- X," clause before the question is a condition (hear_opens_with_when), and what the news changes for her
-- is what it means day to day (kitchen_table), not what's new. "When do the stores go live?" still asks when.
local R20_NEWS = { "Hi Peg, happy to put that through. Before I do, mind if I take two minutes to check how things are going so the order fits? If nothing's changed, I'll just process it.",
                   "Thanks Peg, I'll be quick. You said the kitchen's full - what's got you so busy at the moment?",
                   "A map of store numbers on the fridge, that sounds like something big's happening. What's Theo planning?" }
for _, case in ipairs({
  { "Congratulations, that's a huge leap from where you started. When thirty-eight stores go live, what changes for you in that kitchen?", "kitchen_table" },
  { "Wow, thirty-eight! When the first orders land, how does that change things in the kitchen for you?", "kitchen_table" },
  { "Brilliant news. When Harvest Lane starts, what's different for you in the kitchen?", "kitchen_table" },
  -- (near miss: a "when" that opens the question asks when)
  { "That's huge. When do the thirty-eight stores go live?", "deadline" } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at the news gets " .. case[2] .. " (typed, r20)",
    scenario = "../../scenarios/loyal_customer.lua",
    say = with(R20_NEWS, case[1]),
    expect = { nodes = { "whats_new", case[2] } },
  }
end

-- hear21: an example of one content word ("who's Theo") counts fully only for the question it is: a line
-- that names Theo in its lead-in and asks another question is that question (the lead-in's word is no
-- topic of the question answered), and "Who's Theo?" however typed is still who he is.
for _, case in ipairs({
    { "Theo's big plans, got it. How many jars would a first delivery be?", "how_many" },
    { "You mentioned Theo. When does the first delivery have to be ready?", "deadline" },
    { "Sorry, who's Theo again?", "theo" },
    { "ok. whos Theo?", "theo" } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' after a returned delivery gets " .. case[2] .. " (typed, hear21)",
    scenario = SCN,
    say = with(first(4), "What happens if they send the first delivery back?", case[1]),
    expect = { nodes = { "sent_back", case[2] } },
  }
end

-- r20 average 2 (labels21): "hows business going, any big challenges right now?" was only open: a
-- question, then after a comma a last clause opening on "any" and a thing she may have (challenges,
-- problems, changes...) asks one more thing - a closed question of its own (analyze_clause.c,
-- closed.yes_no); "any" inside the first question opens no clause
for _, case in ipairs({
  { "ok great. hows business going, any big challenges right now?", { "open_question", "closed_question" } },
  { "How's the kitchen been lately, any changes coming up?", { "open_question", "closed_question" } },
  { "what's keeping you busy these days, any problems with the new stores", { "open_question", "closed_question" } },
  { "How's business going with any of the new stores?", { "open_question" } } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' after the order labels " .. table.concat(case[2], "+") .. " (typed, r20)",
    scenario = SCN,
    say = { "Hi Peg, sure thing. Same as last time then - 6000 red labels and 400 cartons?", { case[1], labels = case[2] } },
    expect = { nodes = { "order_details" } },
  }
end

-- r20 pitcher 3 and 4 (labels21): a pitcher's list after a dash ("It's a really good bundle though -
-- foil labels, trays, case barcodes and the portal", "you'd love the trays, Peg - top quality, great
-- service, really reliable") was no feature: three or more items with no verb, two of them things we
-- sell or empty claims, after a sentence that pitches, is the feature (feature.pitched_list); "so you
-- will too" after praise bridges to no outcome (benefit); her own order read back stays hers
for _, case in ipairs({
  { "Ha, a little! My manager's pushing the new range this quarter. It's a really good bundle though - foil labels, trays, case barcodes and the portal. Would that interest you at all?",
    { "seller_focus", "feature", "closed_question" } },
  { "I just think you'd love the trays, Peg - top quality, great service, really reliable. Shall I add a sample pack to the order?",
    { "feature", "closed_question", "next_step" } },
  { "honestly it's a great package - proofing portal, foil labels and case barcodes", { "feature" } },
  { "our app is brilliant, the kitchens love it so you will too", { "feature" } },
  { "Sure thing - six thousand red labels, four hundred cartons, same address.", { "reflection" } } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at the opening labels " .. table.concat(case[2], "+") .. " (typed, r20)",
    scenario = SCN,
    say = { { case[1], labels = case[2] } },
  }
end

-- r21 picker 6 (fix22b): at plans, "Who decides how the packaging gets done for Harvest Lane, and by
-- when?" was heard as by when only: of two questions joined by "and" she answers the first, who decides
-- (Theo), when the when is tacked on with no verb of its own; a by-when question alone is still by when.
local R21_PICKER = {
  "Hi Peg, lovely to hear from you. Sounds like the kitchen's busy - what's going on?",
  { choose = "b" },
  "You want it right. What's the part that worries you most?",
  "If that first delivery did get sent back, what would it cost you?",
  "Theo's big plans - tell me about Theo's part in this." }
for _, case in ipairs({
    { "Who decides how the packaging gets done for Harvest Lane, and by when?", "theo" },
    { "Who's making the call on the new trays, and how soon?", "theo" },
    { "Who gets the final say on the Harvest Lane packaging, and by when?", "theo" },
    -- (near miss: by when alone)
    { "When does the Harvest Lane packaging have to be sorted by?", "deadline" } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at her plans gets " .. case[2] .. " (typed, r21)",
    scenario = SCN,
    say = with(R21_PICKER, case[1]),
    expect = { nodes = { "plans", case[2] } },
  }
end

-- r21 picker 1 (labels22): after a frame on her full kitchen, "what's going on?" digs into what she
-- just said: a probe (probe.why_that), heard as asking her news; a question that moves on to who
-- orders is no probe
for _, case in ipairs({
  { "Hi Peg, lovely to hear from you. Sounds like the kitchen's busy - what's going on?",
    { "reflection", "open_question", "probe" }, "whats_new" },
  { "Sounds like you're rushed off your feet, what's been going on?", { "reflection", "open_question", "probe" }, "whats_new" },
  { "Kitchen's full again, that sounds hectic. What's going on?", { "reflection", "open_question", "probe" }, "whats_new" },
  { "Sounds like the kitchen's busy - who's doing the ordering these days?", { "reflection", "closed_question" } } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at the opening labels " .. table.concat(case[2], "+") .. " (typed, r21)",
    scenario = SCN,
    say = { { case[1], labels = case[2] } },
    expect = case[3] and { nodes = { case[3] } } or nil,
  }
end

-- r22 picker 2 (labels23): after her "ask away... keep an eye on the clock", "You mentioned the
-- kitchen's full - what's keeping you so busy?" reaches back past her last line (docs/labels.md, a
-- question reaching back): an open question, no probe, no reflection - and still heard as following
-- her kitchen (purpose_ok.follows_kitchen); the same lead-in right after she says the kitchen's full
-- digs into it (a probe). (No probe on the first three is test_analyze's: a test here checks labels had.)
local R22_PICKER_1 = "Hi Peg, I'll put that through. Mind if I ask a couple of quick questions first, to make sure it still fits? If nothing's changed, I'll process it straight away."
for _, case in ipairs({
  "Will do. You mentioned the kitchen's full - what's keeping you so busy?",
  "Sure thing. You said the kitchen's been full - what's got you so busy?",
  "Of course. You mentioned a full kitchen earlier on - what's behind all the work?" }) do
  scenario_test {
    name = "loyal: '" .. case:sub(1, 60) .. "' after 'ask away' is an open question, heard as her kitchen (typed, r22)",
    scenario = SCN,
    say = { R22_PICKER_1, { case, labels = { "open_question" } } },
    expect = { nodes = { "opening", "purpose_ok", "busy_kitchen" } },
  }
end
scenario_test {
  name = "loyal r22 near miss: 'you mentioned the kitchen's full - ...' just after she says so is a probe",
  scenario = SCN,
  say = { { "You mentioned the kitchen's full - what's keeping you so busy?", labels = { "open_question", "probe" } } },
}

-- r22 skilled 7 (fix23b): at Theo's plans, "What would a business that runs without you at the
-- kitchen table mean for you, personally?" asks what it would mean to her - a motive (proud), not
-- why it is all done by hand; a question about the hand labelling itself still is
for _, case in ipairs({
  { "She sounds like she's got it all mapped out. What would a business that runs without you at the kitchen table mean for you, personally?",
    "proud" },
  { "What would it mean to you, having a business that runs without you at the kitchen table?", "proud" },
  { "A business without you at the kitchen table every night - how does that feel for you?", "proud" },
  { "Is it still all done by hand at your kitchen table?", "kitchen_table" } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at Theo's plans goes to " .. case[2] .. " (typed, r22)",
    scenario = SCN,
    say = with(first(4), "What happens if they send the first delivery back?", "What plans has Theo got for the business?",
               case[1]),
    expect = { nodes = { "sent_back", "plans", case[2] } },
  }
end

-- r23 average 1 (fix24a): "Anything else going on with you guys?" after her order is a yes/no
-- question whether anything is going on with her: her news (asks_going_on), as "what's changed at
-- your end?" is, not a clarification ("going" is no topic word, so the phrase is the rule's test)
for _, line in ipairs({ "Hi Peg, sure thing. Anything else going on with you guys?",
                        "Will do. Anything going on at your end?",
                        "Done, Peg. Much going on with you lately?",
                        "Got it. Anything big going on over there?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' at the opening gets her news (typed, r23)",
    scenario = SCN,
    say = { line },
    expect = { nodes = { "opening", "whats_new" } },
  }
end
-- ...near miss: leave asked for a few minutes to hear what's going on is asking for a minute (she
-- says ask away), as before
scenario_test {
  name = "loyal r23 near miss: 'could I take a few minutes to hear what's going on with you?' asks for a minute",
  scenario = SCN,
  say = { "Will do, Peg. Before I put it through, could I take a few minutes to hear what's going on with you? If there's nothing to change, I'll just send the usual." },
  expect = { nodes = { "opening", "purpose_ok" } },
}

-- r23 average 2 and picker 1 (fix24a): an open question behind a wrapper ("I mean", "mind if I
-- ask") is that open question (the analyser's open.can_you_tell and clause.subordinate, 9171aa9),
-- heard as the same question without it ("hows" reads as how's)
for _, case in ipairs({
  { "Sorry! I mean hows business been lately?", "whats_new" },
  { "Hi Peg, happy to. Before I do, mind if I ask what's been keeping the kitchen so full?", "busy_kitchen" },
  { "Would you mind if I ask how business has been lately?", "whats_new" },
  { "Mind if I ask what's changed at your end?", "whats_new" },
  { "Sure thing. I mean, whats been happening with you lately?", "whats_new" } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at the opening goes to " .. case[2] .. " (typed, r23)",
    scenario = SCN,
    say = { case[1] },
    expect = { nodes = { "opening", case[2] } },
  }
end
-- ...after a clarification too (the r23 average play's second line)
scenario_test {
  name = "loyal: 'I mean hows business been lately?' after a clarification gets her news (typed, r23)",
  scenario = SCN,
  say = { "zxq blorp", "Sorry! I mean hows business been lately?" },
  expect = { nodes = { "opening", "whats_new" } },
}
-- ...near misses: a wrapper with no question word after it stays what it was
scenario_test {
  name = "loyal r23 near miss: 'Mind if I ask a couple of quick questions first?' asks for a minute",
  scenario = SCN,
  say = { "Mind if I ask a couple of quick questions first?" },
  expect = { nodes = { "opening", "purpose_ok" } },
}
scenario_test {
  name = "loyal r23 near miss: 'I mean, is that everything?' is about the order",
  scenario = SCN,
  say = { "I mean, is that everything?" },
  expect = { nodes = { "opening", "order_details" } },
}

-- r23 skilled 6 (fix24a): at Theo's plans, "If you changed how the jars get packed, how would the two
-- of you decide on that" asks how they decide (lib.names_how_decided): who decides (theo), not what it
-- means day to day (the jars of its if-clause); a question about the day to day still is
for _, case in ipairs({
  { "So Theo's building the business to stand on its own feet. If you changed how the jars get packed, how would the two of you decide on that",
    "theo" },
  { "And how do you two make a call like that?", "theo" },
  { "If you went for trays, how would you and Theo decide?", "theo" },
  { "If you changed how the jars get packed, how would you and your daughter choose a supplier?", "theo" },
  { "What will the new stores mean for you day to day?", "kitchen_table" } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at Theo's plans goes to " .. case[2] .. " (typed, r23)",
    scenario = SCN,
    say = with(first(4), "What happens if they send the first delivery back?", "What plans has Theo got for the business?",
               case[1]),
    expect = { nodes = { "sent_back", "plans", case[2] } },
  }
end
-- ...and once she has said it is Theo's call, asking who makes the call gets it said again (her own
-- options still on offer: "c" asks by when), not what Theo wants in a supplier; that still is
local R23_THEO = with(first(4), "What happens if they send the first delivery back?",
                      "Who's making the packaging decisions for Harvest Lane?")
for _, line in ipairs({ "I hear you. Who'd make the call on changing the packaging - you, Theo, or both of you?",
                        "So who has the final say on it, you or Theo?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' at Theo's call is said again (typed, r23)",
    scenario = SCN,
    say = with(R23_THEO, line, { choose = "c" }),
    expect = { nodes = { "theo", "deadline" } },
  }
end
scenario_test {
  name = "loyal r23 near miss: 'What's Theo looking for in a supplier?' at Theo's call is what she wants",
  scenario = SCN,
  say = with(R23_THEO, "What's Theo looking for in a supplier?"),
  expect = { nodes = { "theo", "national" } },
}

-- r24 picker 5 (fix25c): at proud, "What's standing in the way of handing Theo something that runs?" got
-- Theo's plans: it asks what is in the way (the kitchen table: hand-labelling, no barcodes, no trays);
-- what handing it on would look like is still Theo's plans
local R24_PROUD = { "Will do, Peg. Mind if I ask a couple of quick questions first, so the order fits what's coming up?",
                    "What's got the kitchen so full?", { choose = "a" }, { choose = "b" } }
for _, case in ipairs({
  { "What's standing in the way of handing Theo something that runs?", "kitchen_table" },
  { "What's stopping you from handing Theo something that runs right now?", "kitchen_table" },
  { "What gets in the way of that today?", "kitchen_table" },
  { "What's holding you back from getting it ready for Theo?", "kitchen_table" },
  -- (near miss: what handing it on would look like)
  { "What would handing it over to Theo look like?", "plans" } }) do
  scenario_test {
    name = "loyal: '" .. case[1]:sub(1, 60) .. "' at proud gets " .. case[2] .. " (typed, r24)",
    scenario = SCN,
    say = with(R24_PROUD, case[1]),
    expect = { nodes = { "proud", case[2] } },
  }
end

-- r25 picker 5: what makes getting it right hard asks what stands in her way (the chain's barcodes
-- and trays, the label gun: kitchen_table or worry), not her dad's recipe the lead-in names
for _, line in ipairs({ "So it's your dad's legacy going out into the world. What's making it hard to get right?",
                        "Your father's sauce on a real shelf, that's big. What's the tricky part in getting there?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "' at her dad's recipe is what stands in her way (typed, r25)",
    scenario = SCN,
    say = { "Happy to, Peg. Before I put it through, can I take two minutes to hear how things are going, so the order fits?",
            "Thanks. You mentioned the kitchen's full - what's keeping you so busy?",
            { choose = "a" }, { choose = "b" }, line },
    expect = { nodes = { "proud", "kitchen_table" }, targets = { "impact" } },
  }
end

-- reply28 (played as an average rep): time asked for with Theo ("Rather than just a price, could I get 30
-- mins with you and Theo this week to go through what Harvest Lane needs?") is a get-together, not a
-- yes to a quote (quote_only), though it names the price.
local REPLY28_AVERAGE = {
  "Hi Peg! Sure thing, I'll get that through today. Sounds like you're busy, what's going on in the kitchen?",
  "Haha, who's Theo and what are the store numbers for?",
  "Wow congrats Peg, thats huge! What does going into 38 stores mean for your packaging?",
  "Yikes, no second chance. When's the first delivery due?",
  "Pretty soon yeah. Who makes the final call on the new packaging, you or Theo?",
}
for _, line in ipairs({ "We do trays and barcodes too actually. Rather than just a price, could I get 30 mins with you and Theo this week to go through what Harvest Lane needs?",
                        "Happy to price it, but could we grab half an hour with Theo to walk her through the trays first?" }) do
  scenario_test {
    name = "loyal: '..." .. line:sub(-50) .. "' asks for time, not a quote (typed, reply28)",
    scenario = SCN,
    say = with(REPLY28_AVERAGE, line),
    expect = { nodes = { "theo", "booked" }, ending = "review_booked" },
  }
end

-- Play study r28 skilled 4: who Theo would go to if not us is the national outfit, not how Peg is
-- holding up nor what Theo wants again.
local R28_SKILLED = {
  "Hi Peg, lovely to hear from you - I'll get the six thousand labels and four hundred cartons through today. Before I do, could I take a few minutes to understand what's changed since the last order, so it actually fits where you're going? If it's just the same, I'll say so.",
  "Peg, that's brilliant news. Sounds like you still can't quite believe it's real - what's it meant to you, landing a chain like that?",
  "So this is your dad's legacy and Theo's future riding on the same jar. When you say you want it right, what does right look like once it's on their shelves?",
}
for _, line in ipairs({ "Fair enough, we've only ever talked labels. Sounds like Theo's weighing up one supplier for the lot - what's she got in mind if that's not us?",
                        "Makes sense. So who else is Theo looking at for all that?",
                        "If it isn't us, who would she go with instead?" }) do
  scenario_test {
    name = "loyal: '" .. line:sub(1, 60) .. "...' at national asks who Theo would go to instead (typed, r28)",
    scenario = SCN,
    say = with(R28_SKILLED, line),
    expect = { nodes = { "national", "instead" } },
  }
end
