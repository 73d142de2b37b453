-- The default scenario: a busy, sceptical plant manager whose real problem is
-- unplanned downtime on one line. Lesson: open questions find the problem,
-- and asking what doing nothing costs is what earns the next step.

local lib = include "lib/discovery.lua"

-- The weekday an ask names first ("next Tuesday or Thursday" -> "Tuesday"),
-- or "" when it names none.
local DAYS = { "monday", "tuesday", "wednesday", "thursday", "friday" }
local function first_day(move)
  local text, best, at = string.lower(move.text or ""), "", math.huge
  for _, day in ipairs(DAYS) do
    local i = text:find(day, 1, true)
    if i and i < at then best, at = day:sub(1, 1):upper() .. day:sub(2), i end
  end
  return best
end

-- An ask with something concrete in it: a day, a time, the floor or Line 3,
-- or a visit. "Could we set up a demo sometime?" has none of these, nor has
-- "a demo sometime with you and Sam" (naming the decider is not a plan).
local CONCRETE = { "monday", "tuesday", "wednesday", "thursday", "friday", "next week", "this week", "morning",
                   "afternoon", "o'clock", " am", " pm", "walk", "visit", "come by", "come over", "come out",
                   "come and see", "on site", "onsite", "the floor", "line 3", "line three", "the line",
                   "maintenance lead", "half an hour", "thirty minutes", "an hour", "shift change" }

-- Where an ask for a next step leads once the trainee makes it. A vague ask
-- after little discovery gets her condition, not the best-case booking; the
-- day the trainee offered is the day she takes.
-- An ask to see the line itself, on her floor (her terms: "on my floor, not a screen").
local ON_HER_FLOOR = { "walk", "visit", "come by", "come over", "come out", "come and see", "come see", "on site",
                       "onsite", "the floor", "your floor", "line 3", "line three", "the line", "maintenance lead",
                       "shift change", "in person" }
-- Her doubt about the last pilot raised (in so many words, or the pilot story told) and not yet
-- answered: no benefit has landed and she was never asked what would work.
local function doubt_open(s)
  local v = s.visits
  local raised = (v.warming or 0) + (v.spring or 0) + (v.motive_doubt or 0) + (v.last_pilot or 0) + (v.pitch_mid or 0)
  local answered = (v.what_works or 0) + (v.benefit_lands or 0)
  return raised > 0 and answered == 0
end
local function ask_outcome(s, move)
  if move.premature then return "too_soon" end
  if s.trust >= 50 and s.found >= 2 then
    local concrete = lib.mentions(move, CONCRETE)
    if not concrete and s.found < 3 then
      return (s.visits.vague_ask or 0) == 0 and "vague_ask" or "send_something"
    end
    -- However much was found: a vague ask ("a demo sometime") before Sam or
    -- the failed pilot ever came up gets her terms first (who, when, on the
    -- floor), not a slot she fixes herself.
    local raised = (s.visits.decider or 0) + (s.visits.last_pilot or 0) + (s.visits.motive_doubt or 0)
    if not concrete and raised == 0 and (s.visits.vague_ask or 0) == 0 then return "vague_ask" end
    -- Her doubt about the last pilot ("why would this be any different?", "the last lot didn't stop
    -- anything") left unanswered - no benefit that landed, never asked what would work: an ask
    -- gets the doubt again, then "send me something" (r18 average: "a demo sometime next week"
    -- after the pilot story, never answered, was booked for Tuesday at seven); an ask on her terms,
    -- on her floor ("could I come and walk Line 3 with you Tuesday morning?"), is how to show her
    if doubt_open(s) and not lib.mentions(move, ON_HER_FLOOR) then
      return (s.visits.doubt_again or 0) == 0 and "doubt_again" or "send_something"
    end
    s.day = first_day(move)
    return "meeting_booked"
  end
  return "send_something"
end

-- Rules several nodes repeat. A rule without an id is logged by its place in
-- the list (node.routeN), so these keep the ids (or no id) they had.
local function pitches(to) return { id = "pitches", when = "feature", unless = { "benefit" }, to = to } end
-- "You got called in on Sunday again?", "Who gets called in on a Sunday?":
-- the day she named, asked about, is no ask for a meeting (the analyser reads
-- a weekday in a question as one), unless the line asks to meet.
local WEEKEND_TALK = { "called in", "get called", "gets called", "got called", "call-out", "callout", "call out",
                       "sunday again", "your sunday", "your sundays", "on a sunday", "on sundays", "weekend", "call-in",
                       "sunday call", "sundays",
                       "drive in", "drives in", "driving in" }
local MEETS = { "meet", "demo", "visit", "come by", "come and see", "come out", "call with", "set up", "book",
                "next week", "walk the line", "walk line", "show you", "could i come", "can i come", "half an hour",
                "thirty minutes", "an hour" }
local function weekend_talk(move) return lib.mentions(move, WEEKEND_TALK) and not lib.mentions(move, MEETS) end
local function not_weekend_talk(s, move) return not weekend_talk(move) end
local function asks_early()
  return { id = "asks_early", when = "next_step", to = "too_soon", test = not_weekend_talk,
           better = "Before we talk about next steps: what's been keeping you busiest on the floor lately?" }
end
local function asks() return { id = "asks", when = "next_step", to = ask_outcome, test = not_weekend_talk } end
local function any_ask() return { when = "next_step", to = ask_outcome, test = not_weekend_talk } end
local function closed()
  return { id = "closed", when = "closed_question", unless = { "next_step" }, to = "closed_answer" }
end
local function lands() return { when = "benefit", to = "benefit_lands" } end
-- A benefit checked with a yes/no question that only asks whether it fits ("...so the fix happens
-- on a weekday shift and Harlow gets its deliveries on time. Does that speak to what you're
-- dealing with?") is the benefit, not a question on what its words name (the pilot, Harlow).
local BENEFIT_CHECKS = { "speak to", "speaks to", "ring true", "rings true", "sound right", "sound like",
                         "resonate", "land with you", "fit what", "match what", "what you're dealing with",
                         "what you are dealing with", "would that help", "does that help", "does that sound",
                         "make sense", "would that work", "be useful", "be helpful", "of interest" }
local function benefit_checked(move)
  local l = move.labels
  if not (l.benefit and l.closed_question) or l.open_question or l.probe or l.next_step then return false end
  local q = string.lower(move.text or ""):match("([^%.!;]*%?)%s*$") or ""
  return lib.mentions({ text = q }, BENEFIT_CHECKS)
end
local function checks_benefit()
  return { id = "checks_benefit", any = { "closed_question" }, unless = { "next_step", "open_question", "probe" },
           heard = "what it would do for them", to = "benefit_lands",
           test = function(s, move) return benefit_checked(move) end }
end
-- "Who else...?" is mostly small words the topic match cannot see, so the
-- ways of asking who is involved are listed as phrases too.
local WHO = { "who else", "who's involved", "who is involved", "your call", "on board", "a say",
              "sign off", "signs off", "sign-off", "who decides", "who makes", "making the call",
              "make the call", "final say", "explain it to", "answer to", "report to", "apart from you",
              "besides you", "other than you", "anyone else", "anybody else", "part of the decision", "be involved",
              "involved in", "in the decision", "the decision", "approval", "approve",
              -- (the engine blanks what "besides"/"apart from"/"other than" leave out,
              -- "who besides you would weigh in?" reaches a test as "who besides     would...")
              "who besides", "who apart from", "who other than", "anyone besides", "anybody besides",
              "anyone apart from", "anybody apart from", "anyone other than", "anybody other than", "weigh in" }
-- "Who else is affected when Line 3 goes down?", "does it hit anyone else?": who the stops touch
-- (the scrap, the overtime, Harlow's late loads: the impact), not who decides
local AFFECTED = { "affected", "affects", "affect ", "affecting", "impacted", "impacts", "impacting", "hit by",
                   "hit when", "gets hit", "get hit", "hits anyone", "hits anybody", "hit anyone", "hit anybody", "feels it", "feel it",
                   "feels the pain", "feel the pain", "knock-on", "knock on", "suffers", "suffer", "hurt by",
                   "gets hurt", "get hurt", "downstream" }
local function asks_affected(move)
  return lib.mentions(move, AFFECTED)
    and lib.mentions(move, { " who ", " who's ", "whom", "anyone", "anybody", "someone", "somebody", "who else" })
    and not lib.mentions(move, { "decid", "decision", "sign", "approv", "a say", "weigh in", "on board" })
end
-- "Who handles maintenance decisions there, is it you?", "so who makes the call on buying new
-- equipment?": who + a deciding word is who decides wherever it is asked, whatever the decision is
-- about (maintenance, equipment), not what maintenance makes of it or the machine (r22 plant average 6, 7)
local DECIDES = { "decision", "decid", "the call on", "that call on", "make the call", "makes the call",
                  "making the call", "final word", "final say", "sign off", "signs off", "sign-off", "signs for",
                  "approve", "approval", "weigh in", "a say", "the budget", "holds the purse", "purse strings" }
local function decides_q(move)
  local l = move.labels
  return (l.open_question or l.probe or l.closed_question) and not asks_affected(move)
    and (lib.names_who(move) or (lib.mentions(move, { "who ", "who's ", "who'd ", "who?", "whose " })
                                 and lib.mentions(move, DECIDES)))
end
-- "Who besides your director would weigh in?", "anyone else who'd have a say?": who else, past Sam
-- (r22 plant picker 9): she names who else, not the director alone
local ELSE = { "who else", "anyone else", "anybody else", "someone else", "besides", "apart from", "other than",
               "aside from", "as well as", "who other", "other people", "others" }
-- (asked who else once she has named Sam, she says who else, an aside, not Sam's line again)
local function decider_to(s, move)
  if lib.mentions(move, ELSE) then
    if (s.visits.decider or 0) > 0 and s.decider_ask ~= "else" then
      s.decider_ask = "else"
      return "decider_else"
    end
    s.decider_ask = "else"
  end
  return "decider"
end
-- "What would Sam want to see before he'd sign off?": what the decider needs, not who he is
local DECIDER_WANTS = { "want to see", "need to see", "need from", "want from", "would he need", "would sam need",
                        "does sam need", "does he need", "would he want", "would sam want", "convince", "care about" }
-- (where the node also hears what Sam needs (sam_too), "what would your director need to see before
-- signing off?" is that, not who decides: r29 plant skilled 7)
local function asks_decider(sam_too)
  local rule = { id = "asks_decider", any = { "open_question", "probe", "closed_question", "reflection" },
           unless = { "next_step" },
           words = "director decide decides decision approve sign signs budget boss involved", heard = "who decides",
           examples = { "who else would be involved in a decision like this", "how do decisions like this get made",
                        "who would need to sign off on it" },
           to = decider_to }
  -- (a test adds to a rule's score: only where it turns something down)
  if sam_too then rule.test = function(s, move) return not lib.mentions(move, DECIDER_WANTS) end end
  return rule
end
-- "You mentioned your director. How's he seeing all this?": how the director sees it (his view,
-- in her words, before who signs what), not who decides. A question on someone's view names them
-- (director, boss, Sam) or, where she has just mentioned her director (he_ok), says he or him;
-- a question on signing, budgets or who is involved is who decides.
local VIEW = { "seeing all this", "seeing this", "seeing it", "see all this", "see this", "see it", "sees it",
               "sees all this", "feel about", "feeling about", "feels about", "think about", "thinks about",
               "think of", "thinks of", "make of", "makes of", "take on", "his take", "her take", "his view",
               "view on", "views on", "taking it", "taking all this", "taking this", "handling it", "handling this",
               "reacting", "react", "reacted", "saying about", "said about", "what's he saying", "what is he saying",
               "what does he say", "what has he said", "what's he said", "where's he at", "where is he at",
               "how's he", "how is he", "how has he", "aware of", "does he know", "know about" }
-- ("What would that conversation with your director look like?", r26 plant picker 5: what
-- telling him would be like for her - the stakes for her, then who he is)
local TALK = { "conversation with", "that conversation", "the conversation", "that talk", "the talk with",
               "explaining it to", "explaining that to", "explaining this to", "explain it to", "explain that to",
               "explain this to", "telling him", "tell him", "break it to", "breaking it to", "break the news",
               "bring it up with", "bringing it up with", "raise it with", "raising it with", "going to him with",
               "go to him with", "walk him through", "walking him through" }
local THIRD = { "director", "boss", "sam", "okafor" }
local HE = { " he ", " he's ", " he'd ", " him ", " him?", " his ", " he?", " him." }
local function asks_view(move, he_ok)
  local l = move.labels
  if not (l.open_question or l.probe or l.closed_question) or l.next_step or lib.pitch_only(move) then return false end
  if not (lib.mentions(move, VIEW) or lib.mentions(move, TALK)) then return false end
  if lib.mentions(move, { "sign", "decide", "decision", "approv", "budget", "involved", "a say", "who ", "need to see",
                          "want to see", "need from", "want from", "convince", "owners", "buyer", "harlow" }) then
    return false
  end
  return lib.mentions(move, THIRD) or (he_ok and lib.mentions(move, HE))
end
local function view_to(s, move)
  s.decider_ask = (lib.mentions(move, TALK) and not lib.mentions(move, VIEW)) and "talk" or "view"
  return "decider"
end
local function director_view(he_ok)
  return { id = "director_view", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
           heard = "the director and how he would take it",
           words = "see seeing view think feel take make react conversation talk explain explaining tell telling",
           test = function(s, move) return (s.visits.decider or 0) == 0 and asks_view(move, he_ok) end,
           to = view_to }
end
local function asks_who()
  return { id = "asks_who", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
           heard = "who decides",
           test = function(s, move) return (lib.mentions(move, WHO) or decides_q(move)) and not asks_affected(move) end,
           to = decider_to }
end
-- "I'm the one explaining that to the ops director": followed by asking who
-- she answers to or who signs it off, in any words ("your name on it... who
-- else would need to sign off?", r8 skilled 6, as the picker's "approved with
-- your ops director")
local function director_cue() return { { id = "director", words = "director boss explain sign signs approve approved answer" } } end

-- Whatever Dana is saying, a question is answered on its topic: what the
-- stops cost, what doing nothing costs, who decides, the last pilot.
local function question() return { "open_question", "probe", "closed_question" } end
-- "Are you worried you could lose Harlow?", "is the contract at risk?": a
-- worry about losing the customer is what doing nothing costs (the inaction
-- answer), not the cost question again, though "lose" is a word of cost.
local LOSS = { "lose harlow", "losing harlow", "lose them", "losing them", "lose the account", "losing the account",
               "lose that account", "lose the contract", "losing the contract", "lose that contract",
               "lose the customer", "losing the customer", "lose that customer", "lose your biggest",
               "losing your biggest", "lose a customer", "losing a customer", "lose customers", "losing customers",
               "lose the business", "losing the business", "lose their business", "lose that business",
               "lose the renewal", "at risk", "in danger", "in jeopardy", "on the line", "walk away", "walk?", "might walk", "will walk", "would walk", "could walk",
               "they'll walk", "going to walk", "gonna walk", "walk off", "walk out",
               "go elsewhere", "going elsewhere", "take their business", "take the business", "pull the contract",
               "pull their", "pulls the", "pulls their", "pull out", "pulls out", "jump ship", "switch supplier", "find another supplier", "drop you", "dropping you",
               "harlow's business", "cost you harlow", "cost us harlow", "cost you the contract",
               "cost you the account", "cost you the customer", "cost you a customer", "cost you customers",
               "cost you your biggest", "a customer over", "customers over", "not renew", "won't renew", "don't renew", "doesn't renew", "fail to renew",
               -- the next late load to them, asked as where it leaves her: "if they got one more late
               -- delivery, where would that leave you?"
               "one more late", "another late", "late again", "more late deliveries", "more late loads",
               "next late delivery", "next late load" }
local function names_loss(move) return lib.mentions(move, LOSS) end
local function loss_to(s)
  s.worry_at = (s.visits.inaction or 0) + 1
  return ((s.visits.harlow or 0) > 0 and (s.visits.spring or 0) == 0) and "spring" or "inaction"
end
local function asks_loss()
  return { id = "asks_loss", unless = { "next_step", "feature" }, heard = "whether they could lose the customer",
           words = "lose losing risk worried worry walk renew harlow customer account contract drop pull pulls "
                .. "leave chance danger jeopardy elsewhere",
           test = function(s, move)
             local l = move.labels
             return (l.open_question or l.probe or l.closed_question) and names_loss(move)
           end,
           to = loss_to }
end
-- ...and wherever the call is, a question that asks what has been tried ("we have vibration
-- sensors that flag problems early, have you looked at anything like that?" asks what they have
-- tried - the pilot - not what the stops cost, r22 plant average 5)
local TRIED = { "tried", " try ", "pilot", "anyone look", "someone look", "had it looked", "looked at it",
                "looked at the", "had anyone in", "brought anyone in", "called anyone in", "done so far", "done about it", "been done", "done to date", "up to now", "done to fix", "attempted",
                "any monitoring", "monitoring before", "sensors before", "any sensors", "fixes so far", "fix it so far",
                "looked at anything", "looked into anything", "looked at something", "looked into something",
                "looked at any ", "looked into any ", "you looked into", "you ever looked", "have you looked at",
                "you ever used", "you used anything", "you used something", "used anything like", "used something like",
                "had anything like", "had something like", "ever had anything", "ever had something",
                "you considered anything", "you considered something", "you ever considered" }
local function tried_q(move)
  return lib.mentions(move, TRIED) and not lib.names_inaction(move)
    and not lib.mentions(move, { "different", "if you tried", "tried again", "try again", "try it again",
                                 "tried it again", "if you try", "tried something again", "try something" })
end
local function asks_cost()
  return { id = "asks_cost", any = question(), unless = { "next_step" }, heard = "what the stops cost",
           words = "cost costs costing money scrap overtime impact afford losing expensive",
           examples = { "what does a stop cost you", "how much does each breakdown cost",
                        "are you paying a lot of overtime because of it" },
           -- (its test outranks who decides, whose "budget" shares the
           -- meaning of "cost": "roughly how much does one stop cost you?";
           -- a real question after a pitch is still asked: "Our sensors
           -- flag it early. Is overtime a big part of your budget?")
           test = function(s, move)
             -- ("how many hours a month do you lose?" is the hours)
             return (not lib.pitch_only(move) or lib.asks_past_pitch(move)) and not names_loss(move)
               and not lib.mentions(move, { "how many hours", "hours a month", "hours a week", "hours do you lose" })
               -- (a question past a pitch into what they have tried is the pilot: tried_q)
               and not (tried_q(move) and not lib.names_cost(move))
           end,
           to = "impact" }
end
-- "How old is that extruder?": a fact about the machine gets the fact.
local MACHINE = { "how old", "what age", "how long have you had", "how long you've had", "when did you buy",
                  "when was it installed", "when did you install", "when was it put in", "what make", "what model",
                  "what brand", "who makes", "who made", "who built", "is it new", "is it old", "brand new",
                  "original", "what kind of extruder", "what type of extruder", "what kind of machine",
                  "what type of machine", "what year", "rebuilt", "overhauled", "overhaul", "under warranty",
                  "warranty", "serviced", "service contract", "maintenance contract", "installed", "old machine",
                  "old extruder", "an old", "new machine", "new extruder", "how long has that machine",
                  "how long has the extruder", "how long has that extruder", "machine maker", "manufacturer",
                  "the maker", "oem", "supplier of the" }
-- What maintenance makes of it, and a question that digs into the story:
-- the same at the first stops, the machine, how long and the hours.
local function follows_maintenance()
  return { id = "follows_maintenance", any = { "open_question", "probe", "reflection", "closed_question" },
           unless = { "next_step" },
           words = "maintenance bearings fine cause why", heard = "what maintenance makes of it",
           to = "line3_more" }
end
local function digs()
  return { id = "digs", any = { "open_question", "probe", "reflection" }, unless = { "next_step" }, to = "impact" }
end

local function asks_machine()
  return { id = "asks_machine", any = question(), unless = { "next_step", "feature" }, heard = "about the machine",
           words = "old age extruder machine make model brand installed bought warranty rebuilt",
           examples = { "how old is the extruder", "what make is the machine", "when was line 3 installed" },
           -- ("who makes the call on buying new equipment?" is who decides)
           test = function(s, move) return lib.mentions(move, MACHINE) and not decides_q(move) end,
           to = "machine" }
end

-- "How big is your maintenance team?": the size of the crew who keep the
-- lines running, not the plant's headcount.
-- (" maint" is the word however it is spelt: "maintainance", "maintenence")
local CREW = { " maint", "fitters", "fitter", "technicians", "techs", "engineers", "mechanics", "crew",
               "repair team", "millwrights", "electricians" }
local SIZE = { "how big", "how many", "how large", "size of", "headcount", "head count", "how much staff",
               "enough people", "enough staff", "enough hands", "staffed", "understaffed", "short-staffed",
               "short staffed", "big enough", "enough of them", "big a team", "big is the team", "people do you have", "guys do you have" }
-- ...or whether there is one: "do you have a maintenance team in house?",
-- "have you got your own fitters?" (a team named, not "has maintenance looked at it?")
local HAS_TEAM = { "do you have", "have you got", "you got", "do you employ", "in house", "in-house", "your own",
                   "on staff", "on site", "on-site", "is there a", "there's a" }
local TEAM = { "team", "crew", "fitters", "fitter", "technicians", "techs", "engineers", "mechanics", "staff",
               "department", "people", "guys", "millwrights", "electricians" }
local function asks_team(move) return lib.mentions(move, HAS_TEAM) and lib.mentions(move, TEAM) end
local function asks_crew()
  return { id = "asks_crew", unless = { "next_step", "feature" }, heard = "about the maintenance team",
           words = "maintenance maintainance maintenence team crew fitters technicians engineers staff staffed big many people",
           test = function(s, move)
             local l = move.labels
             return (l.open_question or l.probe or l.closed_question) and lib.mentions(move, CREW)
               and (lib.mentions(move, SIZE) or asks_team(move))
           end,
           to = "crew" }
end

-- "How many people work there?" once the story is under way: the plant's
-- size, then back to the story (at the start it is closed_answer's fact).
-- ("how many machines do you have on the floor?" counts the plant too, r20 plant average 6; not the
-- machines the last vendor put sensors on)
local PLANT = { "people", "staff", "employees", "workers", "operators", "shifts", "lines", "the plant", "the site",
                "machines", "extruders", "presses", "on the floor", "on site" }
local function asks_size()
  return { id = "asks_size", unless = { "next_step", "feature" }, heard = "how big the plant is",
           words = "people staff employees workers shifts lines plant big many size",
           test = function(s, move)
             local l = move.labels
             return (l.open_question or l.probe or l.closed_question) and lib.mentions(move, SIZE)
               and lib.mentions(move, PLANT) and not lib.mentions(move, CREW)
               and not lib.mentions(move, { "hours", "how many times", "how many stops", "how often" })
               -- (in the question itself: "so nobody was watching the alerts. how many machines...?" counts)
               and not lib.mentions({ text = string.lower(move.text or ""):match("([^%.!%?]*%?)%s*$") or "" },
                                    { "sensor", "vendor", "pilot", "alert", "dashboard" })
           end,
           to = function(s) return (s.visits.line3_story or 0) == 0 and "closed_answer" or "plant_size" end }
end
-- "What does your maintenance guy use now?", "how do you keep an eye on the machines today?": what
-- they do today to catch a failure (routine checks, nothing predictive), an aside wherever it is
-- asked - after a pitch too ("we use vibration sensors that predict failures before they happen.
-- what does your maintenance guy use now?" asks about their tools, not what went wrong with the
-- pilot, r16 plant average 6); what they have tried so far is still the pilot (asks_tried).
local USE_NOW = { "use now", "using now", "use today", "using today", "use at the moment", "using at the moment",
                  "use right now", "using right now", "use currently", "currently use", "currently using",
                  "do you use", "does he use", "does she use", "do they use", "are you using", "is he using",
                  "are they using", "you guys use", "how do you monitor", "monitor it now", "monitor it today",
                  "monitoring now", "monitoring today", "how do you keep an eye", "how do you keep tabs",
                  "how do you spot", "how do you catch", "how do you check", "how do they check",
                  "what checks", "what kind of checks", "maintenance routine", "maintenance schedule",
                  "preventive maintenance", "preventative maintenance", "what tools", "what system do you",
                  "what software do you", "what do you have in place", "what's in place", "what is in place" }
local function asks_tools_q(move)
  return lib.mentions(move, USE_NOW)
    and not lib.mentions(move, { "tried", "pilot", "before", "last time", "last vendor", "used to", "in the past" })
end
local function asks_tools()
  return { id = "asks_tools", any = question(), unless = { "next_step" }, heard = "what they use to catch it today",
           words = "use using monitor monitoring check checks tools eye tabs spot",
           test = function(s, move)
             return (not lib.pitch_only(move) or lib.asks_past_pitch(move)) and not lib.checks_pitch(move)
               and asks_tools_q(move) and not lib.names_cost(move)
           end,
           to = "current_tools" }
end

-- "Your maintenance lead sounds like the key. How do you think he'd feel about trying sensors
-- again?", "what's your maintenance lead's name, and what would he need to see?": her maintenance
-- lead (the one Sam won't sign past, decider_else) asked about - who he is, how he'd take sensors
-- again, what would win him over - gets him, an aside, not the pilot story or what maintenance
-- finds on Line 3 (r24 plant skilled 11, 12). What he makes of the stops is still asks_cause.
local LEAD = { "maintenance lead", "maintenance manager", "maintenance head", "head of maintenance",
               "maintenance chief", "maintenance supervisor", "maintenance boss", "maintenance guy",
               "maintenance man", "maintenance person", "maintenance lead's", "maintainance lead",
               "maintenence lead", "lead fitter", "head fitter", "chief fitter", "fitters' lead", "fitters' boss" }
local LEAD_ASK = { "name", "who is he", "who's he", "who's your", "who is your", "who's the", "who is the",
                   "what's he like", "what is he like", "feel about", "feel if",
                   "feels about", "think about", "think of", "thinks of", "make of sensors", "make of us",
                   "make of this", "make of trying", "react", "take to", "take it", "his take", "open to",
                   "receptive", "sceptical", "skeptical", "wary", "on board", "buy in", "buy-in", "get behind",
                   "back it", "back this", "back a ", "back us", "need to see", "want to see", "need from",
                   "want from", "convince", "win him", "won over", "trust it", "sensors again", "try again",
                   "trying again", "another pilot", "another go", "care about" }
local function asks_lead(move)
  local l = move.labels
  return (l.open_question or l.probe or l.closed_question) and not l.next_step
    and lib.mentions(move, LEAD) and lib.mentions(move, LEAD_ASK)
    and not lib.mentions(move, { "causing", "the cause", "what causes", "why does", "why it", "bearing", "how many",
                                 "how big", "sign", "decide", "decision", "approv", "budget" })
end
local function asks_maint_lead()
  return { id = "asks_lead", any = question(), unless = { "next_step" }, heard = "about her maintenance lead",
           words = "maintenance lead name feel think react need see want convince back trust",
           test = function(s, move) return asks_lead(move) and not lib.pitch_only(move) end,
           to = "maint_lead" }
end

-- "What does maintenance make of it?", "what's causing the stops?", asked
-- wherever the call is: what maintenance finds (nothing).
local MAINT_VIEW = { " maint", "bearing", "fitters", "root cause", "what's causing", "what is causing",
                     "the cause", "what causes", "why does it stop", "why it stops", "why does the line stop",
                     "why does line 3 stop", "why the line stops", "why does it keep", "why it keeps",
                     "why does the line keep", "why does line 3 keep", "why does the extruder" }
local function asks_cause()
  return { id = "asks_cause", unless = { "next_step", "feature" }, heard = "what maintenance makes of it",
           words = "maintenance maintainance maintenence bearings cause causing why fitters",
           test = function(s, move)
             local l = move.labels
             return (l.open_question or l.probe or l.closed_question) and lib.mentions(move, MAINT_VIEW)
               and not lib.mentions(move, SIZE) and not asks_team(move) and not names_loss(move) and not lib.names_inaction(move)
               and not lib.mentions(move, { "tried", "pilot", "sensor" }) and not asks_tools_q(move)
               and not decides_q(move) and not asks_lead(move)
           end,
           to = function(s) return (s.visits.line3_story or 0) == 0 and "line3_story" or "line3_more" end }
end

-- "How many hours of downtime a month?": how much, not what it costs.
local function asks_hours()
  return { id = "asks_hours", any = question(), unless = { "next_step", "feature" }, heard = "how much downtime",
           words = "downtime hours hour month",
           examples = { "how many hours of downtime is that a month", "how much downtime are we talking about",
                        "how many hours is the line down each time", "how long is it down for each time",
                        "how long does each stop last" },
           to = "downtime_hours" }
end
local function asks_inaction(to)
  return { id = "asks_inaction", any = { "open_question", "probe" }, unless = { "next_step" },
           heard = "what happens if nothing changes",
           words = "nothing happen happens continue keeps months spring leave",
           examples = { "what happens if line 3 keeps stopping", "where does this leave you in six months",
                        "what if nothing changes", "if nothing changes before then, where does that leave you",
                        "and if it's still stopping when they renew, what then" },
           to = to or "inaction" }
end
-- "How long has that been going on?": a plain question Dana just answers.
-- (Wherever she is, a line that names doing nothing, "if nothing changes,
-- what does next spring look like?", gets what doing nothing costs:
-- lib.asks_inaction, last in a node's routes so the other ids keep their place.)
-- ("how long is the line down each time?" is the hours, not how long it
-- has gone on)
local EACH_STOP = { "each time", "every time", "down for", "per stop", "each stop", "a stop last", "stop lasts",
                    "to restart", "to get it running", "to get going again", "back up" }
local COMING = { "renewal", "renew", "capex", "review", "deadline", "when will", "when would", "when do they",
                 "when does harlow", "when is harlow", "when's harlow", "when are they" }
-- How long one stop lasts, asked in any words ("how long is the line usually down when that
-- happens?", "how long does a stop last?", "how long does it take to get going again?"): "how
-- long" with a verb of now or of each time (is, does, did...) and being down or lasting, not "how
-- long has it been like this?" (since when).
local DOWN = { " down", "last", "take", "takes", "took", "offline", "out of action", "stopped for", "idle", "to fix",
               "to restart", "to clear", "to recover", "running again", "going again", "back up", "to get it" }
local SINCE = { "how long has", "how long have", "how long's it been", "how long is it since", "how long ago",
                "been going", "been happening", "been like", "been stopping", "since" }
local function asks_stop_length(move)
  if lib.mentions(move, EACH_STOP) then return lib.mentions(move, { "how long", "how many hours", "how much time" }) end
  if lib.mentions(move, SINCE) or not lib.mentions(move, DOWN) then return false end
  local text = string.lower(move.text or "")
  local verb = text:match("how long (%a+)") or (text:find("how long's", 1, true) and "is")
  return verb == "is" or verb == "are" or verb == "does" or verb == "do" or verb == "did" or verb == "will"
    or verb == "would" or verb == "can" or verb == "could" or verb == "was" or verb == "were"
end
local function asks_how_long()
  return { id = "asks_how_long", any = question(), unless = { "next_step" },
           -- (nor "when was it installed?", the machine; nor "when's the Harlow
           -- renewal?", a date still to come: when it has to be fixed)
           test = function(s, move)
             return not lib.mentions(move, EACH_STOP) and not lib.mentions(move, MACHINE)
               and not lib.mentions(move, COMING) and not asks_stop_length(move)
           end,
           heard = "how long it has been going on",
           words = "long since start started began",
           examples = { "how long has that been going on", "when did it start",
                        "since when has it been like that", "has it always been this bad" },
           to = "how_long" }
end
-- "Would Thursday work?" after she said no: a day offered is the same ask again.
local function pushes_day()
  return { id = "pushes_day", any = { "closed_question", "next_step" }, unless = { "open_question", "probe" },
           words = "monday tuesday wednesday thursday friday minutes", heard = "the same ask again",
           examples = { "would thursday work", "how about tuesday morning then", "can I just come by on friday" },
           to = "brush_off" }
end
-- (once she has said they tried a pilot, "what have you tried so far?" gets
-- what the pilot did, not the doubt again)
local function asks_pilot()
  return { id = "asks_pilot", any = question(), unless = { "next_step" }, heard = "what was tried before",
           words = "pilot tried before sensors vendor monitoring",
           examples = { "have you tried anything to fix it", "do you have any sensors on it now",
                        "what have you tried so far" },
           to = function(s)
             return ((s.visits.warming or 0) + (s.visits.spring or 0) + (s.visits.motive_doubt or 0)) > 0
               and "last_pilot" or "warming"
           end }
end

-- Questions about what she has mentioned, wherever she has mentioned it:
-- Harlow (how big, who they are), Sam and the capex review.
local function asks_harlow()
  return { id = "asks_harlow", any = { "open_question", "probe", "closed_question", "reflection" },
           unless = { "next_step", "feature" }, heard = "about Harlow",
           words = "harlow buyer biggest volume account renew renewal chance odds",
           examples = { "how big is Harlow for you", "who are Harlow", "how much of your business is Harlow",
                        "what's at stake with harlow" },
           to = "harlow" }
end
local function asks_capex()
  return { id = "asks_capex", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
           heard = "the capex review", words = "capex review thousand miss missed",
           examples = { "what's the capex review", "how does the capex review work", "what happens in march",
                        "what if it's under twenty thousand" },
           to = "capex" }
end
local function asks_sam()
  return { id = "asks_sam", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
           heard = "what Sam would need", words = "sam okafor want see need needs care convince",
           examples = { "what would Sam need to see", "what does he care about", "who's Sam",
                        "what's Sam like" },
           to = "sam_needs" }
end

local function asks_tried()
  local rule = asks_pilot()
  rule.id = "asks_tried"
  -- (its own words: "our sensors catch it before..." is no half-asked question about what was tried)
  rule.words = "tried pilot done attempted far looked used considered"
  -- ("if you tried it again, what would need to be different?" is what would have to change)
  rule.test = function(s, move) return tried_q(move) end
  return rule
end

-- "What went wrong with the pilot?" once she has named it: the story of it.
local function asks_last_pilot()
  return { id = "asks_last_pilot", any = { "open_question", "probe", "reflection", "closed_question" },
           unless = { "next_step", "feature" }, heard = "what went wrong with the pilot",
           words = "pilot nowhere old",
           examples = { "what went wrong with the pilot", "what happened with the old one", "why did the pilot fail" },
           to = function(s)
             return ((s.visits.warming or 0) + (s.visits.spring or 0)) > 0 and "last_pilot" or "warming"
           end }
end

-- A feature that meets the terms she set after the last pilot (the warning
-- reaches whoever's on shift, the vendor stays) or names her outcome is
-- what she asked for, not "better technology".
local TERMS = { "on shift", "whoever's on", "shift lead", "your phone", "their phone", "the phone", "a person",
                "stay after", "stay on", "still around", "we stay", "stick around", "after the install",
                "before it stops", "before the line stops", "before line 3 stops", "on time", "harlow" }
local function names_terms(s, move)
  return ((s.visits.last_pilot or 0) + (s.visits.what_works or 0)) > 0 and lib.mentions(move, TERMS)
end
-- (said as a feature, or as a plain statement the analyser gives no label)
local function meets_terms()
  return { id = "meets_terms", when = "feature", unless = { "next_step", "benefit" },
           heard = "the warning and the vendor she asked for", test = names_terms, to = "benefit_lands" }
end
local function states_terms()
  return { id = "states_terms", heard = "the warning and the vendor she asked for", to = "benefit_lands",
           test = function(s, move)
             local l = move.labels
             return not (l.feature or l.next_step or l.open_question or l.probe or l.closed_question
                         or l.reflection or l.benefit) and names_terms(s, move)
           end }
end

-- "What would fixing it mean for you personally?": her own stake, asked
-- wherever the call is (last in a node's routes, so the other ids keep their
-- place). After it the call goes on to what has not come out yet.
-- Once Harlow is on the table and her doubt about the last pilot is not,
-- she says her stake and then voices the doubt (motive_doubt), like spring.
local function motive_to(s)
  local harlow = (s.visits.inaction or 0) + (s.visits.harlow or 0) > 0
  local doubted = (s.visits.warming or 0) + (s.visits.spring or 0) + (s.visits.motive_doubt or 0) > 0
  return (harlow and not doubted) and "motive_doubt" or "motive"
end
-- ("how has all this been for you?", "how are you holding up?" ask after
-- her too)
local HOW_SHE_IS = { "been for you", "holding up", "how are you coping", "how do you cope", "carrying that",
                     "carrying all that", "toll on you", "taking a toll", "how are you doing with", "wearing you" }
local function asks_motive()
  local rule = lib.asks_motive(motive_to, HOW_SHE_IS, "what it means to her")
  rule.words = rule.words .. " been holding coping cope carrying toll doing"
  -- (before she has told the call-out story, "how's that been for you?" about
  -- the Sunday call-ins gets that story)
  local test = rule.test
  rule.test = function(s, move) return test(s, move) and not (weekend_talk(move) and (s.visits.weekend or 0) == 0) end
  return rule
end
local function after_motive(s)
  if (s.visits.impact or 0) == 0 then return "impact" end
  if (s.visits.inaction or 0) + (s.visits.harlow or 0) + (s.visits.spring or 0) == 0 then return "inaction" end
  if (s.visits.warming or 0) + (s.visits.spring or 0) == 0 then return "warming" end
  return (s.visits.decider or 0) == 0 and "decider" or "close_choice"
end

-- After a misstep, a real question gets Dana back to where the call was:
-- the plant, Line 3, or what the stops cost.
local function back_on_track(s)
  if (s.visits.line3_story or 0) == 0 then return "overview" end
  if (s.visits.impact or 0) == 0 then return "impact" end
  return "warming"
end
local function asks_downtime(to)
  return { id = "asks_downtime", any = { "open_question", "probe" }, unless = { "next_step", "feature" },
           heard = "what the downtime looks like",
           words = "downtime stop stops stoppage stoppages breakdown breakdowns unplanned trouble problem problems",
           examples = { "when a line goes down unexpectedly what does that look like",
                        "what's giving you the most trouble on the floor", "what's the biggest headache right now" },
           to = to or "line3_story" }
end
-- "Do you have problems with downtime?", "are you having any issues with
-- the lines stopping?": a yes/no about her downtime is answered (Line 3),
-- not clarified or pushed back on (r21 plant average 2-3)
local function asks_has_downtime(to)
  return { id = "asks_has_downtime", heard = "whether she has downtime trouble", to = to or "line3_story",
           words = "downtime stop stops stoppage stoppages breakdown breakdowns unplanned",
           test = function(s, move)
             return lib.asks_has_trouble(move, { "downtime", "stop", "stoppage", "breakdown", "break down", "unplanned",
                                                 "line", "lines", "extruder", "machine", "equipment", "going down",
                                                 "goes down", "maintenance", "failure" },
                                         { "downtime", "unplanned", "breakdown", "stoppage", "lines stop", "line stop",
                                           "stopping", "going down", "goes down", "failures" })
           end }
end
-- "Wanted to see if you have a few minutes to talk about downtime at your
-- plant?": asking for a few minutes on a topic is why the rep called (r21
-- plant average 1)
local function asks_time()
  return { id = "asks_time", heard = "a few minutes on why you called", to = "agenda_ok",
           test = function(s, move) return lib.asks_for_time(move) end }
end

-- Whatever node Dana is at, a question on one of these topics gets its
-- answer: by when, who decides, what the stops cost, what doing nothing
-- costs, what it means to her, how a stop goes. Appended last to a node's
-- routes (so the other rules keep their ids and win a tie): a node's own
-- catch-all ("asks_open") scores below a topic rule whose words and test fit.
local KEEPS = { "keeps stopping", "keep stopping", "still stopping", "carries on stopping", "goes on stopping",
                "keeps going down", "keep going down", "keeps breaking", "left as it is", "leave it as it is" }
local STOPS = { "when the line stops", "when it stops", "when line 3 stops", "when the extruder stops",
                "when it goes down", "when the line goes down", "when the extruder goes down", "when it breaks",
                "when a stop happens", "after a stop", "during a stop", "what happens when" }
-- (what it costs the plant: lib.names_cost and these)
-- ("when Line 3 stops, what does it actually cost?" is the cost under a when, not how a stop
-- goes, r22 plant skilled 4)
local PLANT_COST = { "costing the plant", "cost the plant", "costs the plant", "actually cost", "really cost",
                     "does it cost", "does that cost", "does a stop cost", "does each stop cost", "end up costing",
                     "ends up costing", "cost the owners", "costs the owners", "what it costs", "what that costs",
                     "what a stop costs", "what each stop costs", "typically cost", "usually cost", "roughly cost" }
local TRACK = { "track", "tracking", "keep tabs on the stops", " log ", " log?", "logging", "logged", "write down",
                "writing down", "written down", "record", "recording", "keep count", "keeping count", "keep a count",
                "keep a tally", "tally", "measure", "measuring", "keep score", "note down", "noting down" }
local TRACKED = { "downtime", "stops", "stoppages", "breakdowns", "outages", "the hours", "hours lost",
                  "how often", "how much", "each stop", "every stop", "it", "them", "that" }
local function asks_track(move)
  return lib.mentions(move, TRACK) and lib.mentions(move, TRACKED)
    and not lib.mentions(move, { "how many hours", "hours a month", "hours a week", "how often does", "how often is",
                                 "how often do", "track record", "vibration", "sensor", "temperature", "bearing" })
end
-- "How many loads do you ship them a month?", "what do Harlow buy from you?": a fact about the
-- customer - how much they take, what they buy - gets the fact (an aside), not the downtime hours
-- a "month" might suggest (r25 plant average 8). Harlow named in the line, or "them"/"they" once
-- she has named Harlow.
local CUSTOMER_FACT = { "how many loads", "how many trucks", "how many pallets", "how many orders", "how many deliveries",
                        "how much do you ship", "how much do they buy", "how much do they take", "how much film",
                        "how much volume", "what do they buy", "what do harlow buy", "what does harlow buy",
                        "what do you make for", "what do you supply", "what do you sell", "what do you ship",
                        "what kind of film", "what film", "how often do you ship", "how often do you deliver",
                        "ship them", "ship to them", "ship to harlow", "deliver to them", "deliver to harlow",
                        "supply them", "supply harlow", "sell them", "sell to them", "sell to harlow", "do they order",
                        "does harlow order", "do they take", "does harlow take" }
local THEM = { "harlow", " them", " they", " their" }
local function asks_customer_fact(s, move)
  return lib.mentions(move, CUSTOMER_FACT) and lib.mentions(move, THEM)
    and (lib.mentions(move, { "harlow" }) or (s.visits.impact or 0) > 0)
    and not names_loss(move) and not lib.names_inaction(move) and not lib.mentions(move, { "late", "renew" })
end
-- "Fair enough. What would need to be different this time?" (r25 plant average 7, after she pushed
-- back on a meeting asked too soon): what a new vendor would have to do differently is her terms,
-- once she has told the failed pilot (what_works), or the doubt that it would be (warming) before.
-- Not what Sam would need to see, nor whether they tried something (asks_tried).
local DIFFERENT = { "different", "differently", "to change this time", "have to change", "need to change",
                    "do better", "work this time", "make it work", "would have to happen", "need to happen",
                    "need from a vendor", "need from us", "want from a vendor", "want from us", "expect from" }
local function asks_different(s, move)
  return lib.mentions(move, DIFFERENT) and not lib.names_inaction(move) and not names_loss(move)
    and not lib.mentions(move, { "sam", "director", "okafor", "boss", " he ", "harlow", "capex", "different line",
                                 "different shift", "different lines" })
end
local function topics()
  local list = {
    lib.asks_when("timing", "march spring renew renewal capex fixed fix place running", "by when it has to be fixed"),
    { id = "asks_who", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
      words = "who else involved decide decision sign say approve anyone anybody besides", heard = "who decides",
      -- ("who else gets called?" is the Sunday call-outs)
      test = function(s, move)
        return (lib.mentions(move, WHO) or lib.names_who(move) or decides_q(move)) and not lib.pitch_only(move)
          and not asks_affected(move)
          and not lib.mentions(move, { "called", "call-out", "callout", "drives in", "comes in", "goes in" })
          -- ("what would Sam want to see before he'd sign off?" is what Sam needs)
          and not lib.mentions(move, DECIDER_WANTS)
      end, to = decider_to },
    lib.asks_cost("impact", PLANT_COST),
    asks_loss(),
    -- (after Harlow, what spring looks like: see node harlow)
    lib.asks_inaction(function(s)
      return ((s.visits.harlow or 0) > 0 and (s.visits.spring or 0) == 0) and "spring" or "inaction"
    end, KEEPS),
    asks_motive(),
    -- "how often does it stop?" is how much downtime (twice a week, hours each time)
    { id = "asks_often", any = question(), unless = { "next_step", "feature" }, heard = "how much downtime",
      test = function(s, move)
        return lib.mentions(move, { "how often", "how frequently", "how regularly", "how many times" })
          and lib.mentions(move, { "stop", "go down", "goes down", "going down", "break", "fail", "trip", "downtime" })
          and not lib.mentions(move, { "call", "phone", "harlow", "late", "sunday", "weekend" })
      end,
      to = "downtime_hours" },
    -- "how long is the line usually down when that happens?": how long a stop lasts (the hours),
    -- not how long it has been going on
    { id = "asks_stop_length", any = question(), unless = { "next_step", "feature" }, heard = "how long a stop lasts",
      words = "long down last lasts take takes hours restart",
      test = function(s, move) return asks_stop_length(move) and not lib.mentions(move, MACHINE) end,
      to = "downtime_hours" },
    -- ("how old is the extruder?" wherever it is asked; where the story is
    -- still being told, the node's own asks_machine comes first)
    (function() local rule = asks_machine(); rule.to = "machine_aside"; return rule end)(),
    director_view(false),
    asks_maint_lead(),
    -- "...the warning goes straight to whoever's on shift, so you'd fix Line 3 on a weekday instead
    -- of driving in on a Sunday, and Harlow keeps getting deliveries on time. And we stay on after
    -- the install.": a benefit that meets the terms she set after the last pilot is what she asked
    -- for, wherever it is said - her real reaction (benefit_lands), not "everyone's got sensors"
    -- (r24 plant skilled 13, at line3_more, whose feature rule takes a benefit too)
    { id = "terms_met", when = "benefit", unless = { "next_step" }, heard = "the warning and the vendor she asked for",
      test = names_terms, to = "benefit_lands" },
    asks_crew(),
    asks_size(),
    asks_tried(),
    asks_tools(),
    asks_cause(),
    -- (who a stop touches, not how a stop goes: "who else feels it when the line stops?")
    { id = "asks_affected", any = question(), unless = { "next_step" }, heard = "who the stops affect",
      words = "affected affects affect affecting impacted impacts hit hits feels feel suffer suffers hurt knock downstream",
      test = function(s, move) return asks_affected(move) and not lib.pitch_only(move) end, to = "impact" },
    { id = "asks_process", any = question(), unless = { "next_step", "feature" },
      words = "process happens stops stop down night extruder line",
      heard = "what happens when the line stops",
      -- (how a stop goes, not "walk me through how your lines are running")
      test = function(s, move)
        -- ("who gets called in when it stops on a weekend?" is the call-outs)
        -- ("when line 3 stops like that, what does it end up costing the plant?" is the cost)
        -- ("how long is the line usually down for when it stops" is how long a stop lasts, r29 average 4)
        return lib.names_process(move, STOPS) and not lib.names_inaction(move, KEEPS) and not weekend_talk(move)
          and not asks_stop_length(move)
          and not lib.names_cost(move, PLANT_COST) and not asks_affected(move)
          and lib.mentions(move, { "stop", "down", "break", "fail", "extruder", "line 3", "line three", "night",
                                   "sunday", "restart", "call-out", "callout" })
      end,
      to = function(s) return (s.visits.line3_story or 0) == 0 and "line3_story" or "line3_more" end },
    -- "Do you track your downtime at all?", "are you logging the stops anywhere?": whether and how
    -- they keep count of the stops is answered (a whiteboard, the shift log), an aside, not the Line 3
    -- story again (r22 plant average 3); how much downtime is still the hours, what they use to catch
    -- a failure the tools
    { id = "asks_track", any = question(), unless = { "next_step", "feature" }, heard = "how they keep count of the stops",
      words = "track tracking log logging record count measure",
      test = function(s, move) return asks_track(move) and not lib.pitch_only(move) end,
      -- (before the story, she says how they log it and what fills the log: Line 3's story)
      to = function(s)
        if (s.visits.line3_story or 0) > 0 then return "tracking" end
        s.track_ask = "yes"
        return "line3_story"
      end },
    { id = "asks_customer", any = question(), unless = { "next_step", "feature" }, heard = "what Harlow buys from them",
      words = "harlow ship ships shipping load loads deliver deliveries order orders buy buys film volume trucks pallets",
      test = asks_customer_fact, to = "harlow_facts" },
    { id = "asks_different", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
      heard = "what would have to be different",
      words = "different differently change better work happen vendor expect",
      examples = { "what would need to be different this time", "what would a new vendor have to do differently" },
      test = asks_different,
      to = function(s)
        local told = (s.visits.last_pilot or 0) + (s.visits.warming or 0) + (s.visits.spring or 0)
          + (s.visits.motive_doubt or 0)
        return told > 0 and "what_works" or "warming"
      end },
  }
  -- ("who's your director, and when would they decide?" asks who: the
  -- decider's answer has the date in it)
  local when_test = list[1].test
  list[1].test = function(s, move) return when_test(s, move) and not lib.mentions(move, { "who" }) end
  -- ("could this cost you Harlow's business?" is the worry about losing them)
  local cost_test = list[3].test
  list[3].test = function(s, move) return cost_test(s, move) and not names_loss(move) end
  -- ("why does it keep stopping?" asks what maintenance makes of it)
  local inaction_test = list[5].test
  list[5].test = function(s, move)
    return inaction_test(s, move) and not lib.mentions(move, { "why does it keep", "why it keeps", "why does the line keep",
                                                                "why does line 3 keep", "why does the extruder keep" })
  end
  for _, rule in ipairs(list) do
    rule.id = "topic_" .. rule.id
    -- (a benefit checked with "does that speak to what you're dealing with?" is the benefit: checks_benefit)
    if rule.test then
      local test = rule.test
      rule.test = function(s, move) return not benefit_checked(move) and test(s, move) end
    end
  end
  return list
end
-- (a benefit said with no question mark is heard as the benefit:
-- lib.not_when_benefit_stated)
-- "...we put a real number on what a stop costs, and you get a reference plant. Tuesday or Thursday
-- next week, and could Sam join the last half hour?" (r25 plant skilled 8): a day offered as the
-- question, with someone to join or a meeting in it, is the ask, when the analyser reads only a closed
-- question - not a question on what the proposal before it names (the cost). Where a node takes an
-- ask (ask_outcome), it takes this one too.
local JOINS = { "join", "sit in", "come along", "be there", "work for", "works for", "suit", "free", "available",
                "half hour", "half an hour", "an hour", "minutes", "walk", "visit", "come out", "come by", "meet" }
local function offers_day()
  return { id = "offers_day", any = { "closed_question" }, unless = { "next_step", "open_question", "probe" },
           words = "monday tuesday wednesday thursday friday", heard = "a day to meet", to = ask_outcome,
           test = function(s, move) return first_day(move) ~= "" and lib.mentions(move, JOINS) and not weekend_talk(move) end }
end
local function with_topics(list)
  local takes_ask = false
  for _, rule in ipairs(list) do
    if rule.when == "next_step" and rule.to == ask_outcome and not rule.premature then takes_ask = true end
  end
  local rules = lib.not_when_benefit_stated(lib.concat(list, topics(), takes_ask and { offers_day() } or {}))
  -- ...and where a benefit is heard, it goes first among the rules that
  -- hear a question with no test of their own ("What kills you is the stops
  -- come with no warning. Our sensors...so you'd fix it on a weekday.")
  for _, rule in ipairs(rules) do
    if rule.when == "benefit" and not rule.unless and not rule.test then
      table.insert(rules, 1, { id = "states_benefit", any = { "open_question", "probe", "closed_question", "reflection" },
                               unless = { "next_step" }, heard = "what it would do for them", to = rule.to,
                               test = function(s, move) return lib.states_benefit(move) end })
      break
    end
  end
  return rules
end

scenario {
  id = "plant_downtime",
  title = "The line that keeps stopping",
  version = "1.3.4",
  difficulty = 1,
  pitch = "A plant manager with ten minutes, a sceptical streak and a line that keeps stopping.",
  persona = { name = "Dana Price", role = "Plant manager",
              company = "Northfield Plastics", voice = "busy sceptic; a woman's voice" },
  brief = "You sell machine-health monitoring for factories. Dana runs a film extrusion plant "
       .. "and agreed to a ten-minute call after a trade show. You don't yet know what hurts.",
  purpose = "Find out what unplanned downtime costs Dana, and what doing nothing would cost, "
         .. "then earn a visit to the plant.",
  start = "opening",
  seed = 7,

  state = { trust = 40, interest = 30, found = 0, day = "", worry_at = 0, weekend_ask = "", decider_ask = "", track_ask = "" },

  features = { "vibration sensors", "predictive alerts", "dashboard", "machine learning", "AI", "analytics",
               "cloud platform", "wireless sensors", "sensors" },
  outcomes = { "fewer stoppages", "on-time deliveries", "less overtime", "less scrap",
               "weekends off", "keep the contract", "on time", "keep Harlow", "Sundays off", "planned shift",
               "before it stops", "before the line stops" },
  jargon   = { "OEE", "MTBF", "IIoT", "condition-based maintenance", "digital twin" },

  targets = {
    { id = "pain", kind = "pain", text = "Line 3's extruder stops without warning, about twice a week",
      keys = "stop stops stoppage downtime breakdown line extruder" },
    { id = "impact", kind = "impact", text = "Each stop scraps half a shift of film, costs overtime and made deliveries late",
      keys = "cost scrap overtime late delivery deliveries customer money" },
    { id = "inaction", kind = "impact", text = "If nothing changes, Harlow Foods may not renew in the spring",
      keys = "harlow renew renewal contract lose spring nothing" },
    { id = "decider", kind = "decision_process", text = "Sam Okafor, the ops director, signs off; capex review in March",
      keys = "decide decision approve sign budget director sam capex" },
  },

  rubric = { min_targets_before_ask = 2 },

  reactions = { feature = { interest = -4, trust = -1 } },

  -- Dana asking what a line meant: short, a little impatient, never rude.
  clarify = { "Sorry, you lost me. What are you actually asking?",
              "Say that again, shorter. I've got a line to run.",
              "I don't follow. Plain English, please." },
}

-- What Dana listens for before she knows why you called.
local function opening_routes(small_talk_to)
  local list = {
    { id = "purpose", any = { "purpose" }, to = "agenda_ok",
      examples = { "I'd like to ask a few questions to see if this is even relevant for you",
                   "could I ask you a couple of questions about your lines to see if we can help",
                   "we met at the trade show and I wanted to understand how your plant runs" } },
    { id = "sets_agenda", test = function(s, move) return lib.sets_agenda(move) end, heard = "why you called",
      to = "agenda_ok" },
    asks_time(),
    asks_downtime(),
    asks_has_downtime(),
    { id = "asks_open", when = "open_question", unless = { "next_step", "feature", "small_talk" },
      to = "overview" },
    pitches("pitch_early"),
    asks_early(),
    -- ("...wireless vibration sensors, AI analytics and a cloud dashboard. Can I take five minutes to
    -- show you what we do?" asks leave to pitch, after the pitch: a sales call, not why you called,
    -- r24 plant pitcher 1)
    lib.pitch_and_check("pitch_early", true),
  }
  if small_talk_to then
    list[#list + 1] = { id = "small_talk", when = "small_talk", to = small_talk_to }
    -- ("Hi Dana, it's Chris from Sensewell, thanks for taking the call." is hello)
    list[#list + 1] = { id = "greets", test = function(s, move) return lib.greets(move) end, heard = "hello",
                        to = small_talk_to }
  end
  return list
end

node "opening" {
  say = { "Dana Price. I've got about ten minutes before shift handover, {trainee}. What's this about?",
          "Price speaking. You caught me between two meetings, {trainee}. Ten minutes. What is it?" },
  routes = opening_routes("chitchat"),
  otherwise = "opening_push",
}

node "chitchat" {
  say = "Busy. It's always busy here. So what can I do for you?",
  routes = opening_routes(),
  otherwise = "opening_push",
}

node "opening_push" {
  say = "Okay... and? You still haven't told me why you called.",
  clarify = "I asked why you called. One sentence.",
  routes = {
    { id = "explains", any = { "purpose", "benefit" }, unless = { "feature" }, to = "agenda_ok",
      examples = { "we help plants like yours cut unplanned stops", "I called because of the downtime you mentioned at the show" } },
    asks_time(),
    asks_downtime(),
    asks_has_downtime(),
    { any = { "purpose", "open_question" }, unless = { "next_step" }, to = "overview" },
    pitches("pitch_early"),
    { id = "pushes", when = "next_step", to = "too_soon" },
    { id = "about_me", when = "seller_focus", to = "brush_off" },
  },
  otherwise = "last_chance",
}

node "last_chance" {
  say = "I'll give you one more minute. Ask me something worth answering, or I'm back on the floor.",
  again = "Still here. One question, a good one.",
  routes = {
    asks_downtime(back_on_track),
    { id = "asks_open", any = { "open_question", "probe", "reflection", "purpose" },
      unless = { "next_step", "feature" },
      to = back_on_track },
    { id = "asks_closed", when = "closed_question", unless = { "feature", "next_step" },
      words = "line lines plant downtime stop stops problem problems", to = back_on_track },
    pitches("brush_off"),
    { id = "pushes", when = "next_step", to = "brush_off" },
  },
  otherwise = "brush_off",
  closing = true,                -- her second warning: a miss here ends the call
}

node "agenda_ok" {
  say = "Fine. Ten minutes, no slide deck. Go ahead.",
  effects = { trust = 3 },
  routes = with_topics({
    asks_downtime(),
    asks_has_downtime(),
    { id = "asks_open", any = { "open_question", "probe" }, unless = { "next_step" }, to = "overview" },
    pitches("pitch_early"),
    asks_early(),
    closed(),
    -- ("...We've installed at over 400 plants. Would that be useful for you?" checks a pitch: her
    -- reaction to it, not the plant's size, r24 plant pitcher 2; a real question after a feature,
    -- "...are you on SAP?", is still closed)
    lib.pitch_and_check("pitch_early", true),
  }),
  otherwise = "overview",
}

node "overview" {
  say = function(s)
    if s.visits.overview > 1 then
      return "Like I said: three lines, two shifts, and Line 3 is the one I lose sleep over."
    end
    return "Where to start. Three extrusion lines, two shifts, mostly packaging film for food companies. "
        .. "Busy. Line 3 is the one that gives me grey hair, but that's my headache, not yours."
  end,
  cues = { { id = "line3", words = "line 3 three grey hair headache sleep" } },
  routes = with_topics({
    { id = "follows_line3", any = { "open_question", "probe", "reflection", "closed_question" },
      words = "line 3 three grey hair headache downtime stop stops breakdown", heard = "what is wrong with Line 3",
      to = "line3_story" },
    { id = "asks_open", any = { "open_question", "probe" }, unless = { "next_step" }, to = "overview_more" },
    pitches("pitch_early"),
    asks_early(),
    closed(),
    lib.pitch_and_check("pitch_early", true),   -- (as at agenda_ok)
  }),
  otherwise = "overview_more",
}

node "overview_more" {
  say = "We run around the clock in peak season. What else do you want to know?",
  again = "What else? I've got a handover coming.",
  choices = {
    { id = "line3", text = "You mentioned Line 3 gives you grey hair. What's been going on there?",
      to = "line3_story" },
    { id = "count", text = "How many people work on each shift?", to = "closed_answer" },
    { id = "sensors", text = "Our vibration sensors catch failing bearings weeks early.",
      labels = { "feature" }, to = "pitch_early" },
  },
  typed = true,
  routes = {
    { any = { "open_question", "probe", "reflection" }, unless = { "next_step" }, to = "line3_story" },
    { id = "follows_line3", when = "closed_question", words = "line 3 three grey hair headache downtime stop stops",
      to = "line3_story" },
    { when = "feature", unless = { "benefit" }, to = "pitch_early" },
    { when = "next_step", to = "too_soon" },
  },
  otherwise = "closed_answer",
}

node "closed_answer" {
  say = { "Three lines, forty-odd people a shift, round the clock in season. Next question.",
          "Short answer: three lines, two shifts, forty-odd people. Anything else?" },
  routes = with_topics({
    { any = { "open_question", "probe", "reflection" }, unless = { "next_step" }, to = "line3_story" },
    { id = "follows_line3", when = "closed_question", words = "line 3 three grey hair headache downtime stop stops",
      to = "line3_story" },
    { when = "feature", to = "pitch_early" },
    { when = "next_step", to = "too_soon" },
  }),
  otherwise = "interrogation",
}

node "interrogation" {
  say = "Is this a survey? I answer questions like this all day. Get to the point.",
  again = "Another survey question. What's the point of this call?",
  effects = { trust = -4 },
  choices = {
    { id = "point", text = "Fair enough. What's the one thing on the floor you'd fix tomorrow if you could?",
      to = "line3_story" },
    { id = "demo", text = "Sure: could we book a demo for next week?", to = "brush_off" },
  },
  typed = true,
  routes = with_topics({
    { any = { "open_question", "probe", "reflection" }, unless = { "next_step" }, to = "line3_story" },
    { id = "the_point", any = { "purpose", "benefit", "closed_question" }, unless = { "feature", "next_step" },
      words = "downtime stop stops stoppage breakdown line lines problem fix point reason", to = "line3_story",
      heard = "the point of the call" },
    { id = "pushes", when = "next_step", to = "brush_off" },
    pitches("brush_off"),
  }),
  otherwise = "last_chance",
}

-- The Sunday call-outs, asked about: "who gets called in?" gets "me, mostly";
-- "how's that been for you?" how it wears on her; anything else the story.
local HOW_FOR_YOU = { "how's that been", "how has that been", "how's it been", "how has it been", "how is that",
                      "how's that for you", "how are you", "holding up", "coping", "how do you feel",
                      "how does that feel", "how does it feel", "toll", "for you", "your family", "your kids",
                      "at home", "how's your", "how is your" }
-- (the question is the line's last sentence: "that sounds like it's wearing
-- on you. What actually happens when it drops?" asks what happens)
local function last_sentence(move)
  local text = (move.text or ""):gsub("[%s%?%.!]+$", "")
  return { text = text:match("[%.%?!]%s+([^%.%?!]+)$") or text, labels = move.labels }
end
local function weekend_to(s, move)
  local asked = last_sentence(move)
  s.weekend_ask = lib.mentions(asked, { "who " }) and "who" or lib.mentions(asked, HOW_FOR_YOU) and "how" or ""
  return "weekend"
end

node "line3_story" {
  -- (asked whether they track the downtime, she says how first: the whiteboard and the shift log)
  say = function(s)
    local story = "Line 3's extruder just stops. No warning. Twice a week lately, sometimes at two in the "
      .. "morning. I got called in on Sunday again. Maintenance says the bearings look fine."
    if s.track_ask == "yes" then
      return "We log every stop, a whiteboard outside my office and the shift log, and I add it up on Fridays. "
        .. "Line 3 fills most of the board. " .. story
    end
    return story
  end,
  again = "Line 3, same as ever: it stops without warning and maintenance can't find why.",
  reveals = { "pain" },
  effects = { trust = 4, found = 1 },
  cues = { { id = "weekend", words = "sunday weekend called night morning" },
           { id = "maintenance", words = "maintenance bearings fine" } },
  routes = with_topics({
    { id = "follows_weekend", any = { "probe", "reflection", "open_question", "closed_question" },
      test = function(s, move) return not move.labels.next_step or weekend_talk(move) end,
      words = "sunday weekend called", to = weekend_to, heard = "the Sunday call-outs" },
    asks_hours(),
    { id = "asks_cost", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
      words = "cost costs costing money impact customer late scrap overtime", heard = "what the stops cost",
      examples = { "what does a stop cost you", "when it goes down what does that cost you" },
      to = "impact" },
    follows_maintenance(),
    asks_pilot(),
    asks_how_long(),
    digs(),
    pitches("pitch_mid"),
    asks_early(),
    lib.asks_inaction("inaction"),
    asks_motive(),
    asks_machine(),
  }),
  otherwise = "line3_more",
}

node "weekend" {
  say = function(s)
    local lead = s.weekend_ask == "who" and "Me, mostly. "
      or s.weekend_ask == "how" and "Honestly? It wears you down. " or ""
    return lead .. "My phone goes off and I'm the one driving in. My kids have stopped asking "
      .. "whether I'll make it to things. Anyway. It's the cost that worries the owners."
  end,
  again = "I've told you: I'm the one who drives in. The owners care about the money.",
  effects = { trust = 5 },
  routes = with_topics({
    asks_how_long(),
    { any = { "open_question", "probe", "reflection" }, unless = { "next_step" }, to = "impact" },
    asks_hours(),
    asks_cost(),
    { when = "feature", unless = { "benefit" }, to = "pitch_mid" },
    { when = "next_step", to = function(s, move) return move.premature and "too_soon" or "impact" end },
    lib.asks_inaction("inaction"),
    asks_motive(),
    asks_machine(),
  }),
  otherwise = "impact",
}

node "line3_more" {
  say = "Maintenance checks everything, finds nothing, and a week later it stops again. We restart, "
     .. "we lose the run, and round we go.",
  again = "Round and round: it stops, we restart, we lose the run.",
  routes = with_topics({
    asks_how_long(),
    { any = { "open_question", "probe", "reflection" }, unless = { "next_step" }, to = "impact" },
    asks_hours(),
    asks_cost(),
    asks_pilot(),
    { when = "feature", to = "pitch_mid" },
    asks_early(),
    lib.asks_inaction("inaction"),
    asks_motive(),
    asks_machine(),
  }),
  otherwise = "cost_question",
}

node "impact" {
  say = "Every stop scraps half a shift of film, and I pay overtime to catch up. Harlow Foods, "
     .. "our biggest customer, got two late deliveries last month. Their buyer is getting twitchy.",
  again = "In money? Half a shift of scrap every stop, the overtime on top, and Harlow's buyer "
       .. "counting our late loads.",
  reveals = { "impact" },
  effects = { trust = 3, found = 1 },
  cues = { { id = "harlow", words = "harlow customer buyer twitchy" } },
  clarify = "Harlow, the overtime, the scrap? Which one do you want to know about?",
  routes = with_topics({
    -- "Our sensors flag it days ahead. Would that help with Harlow?" only checks a pitch landed,
    -- whatever of hers it names: the pitch, which she answers with the sensors that failed
    -- before (a real question after a pitch is still that question)
    { id = "checks_pitch", any = { "closed_question" }, unless = { "benefit", "open_question", "probe" },
      words = "harlow buyer twitchy customer overtime scrap late deliveries", heard = "a pitch", to = "pitch_mid",
      test = function(s, move) return lib.checks_pitch(move) end },
    { id = "follows_harlow", any = { "probe", "reflection", "open_question", "closed_question" },
      unless = { "next_step" },
      words = "harlow buyer twitchy customer", to = "harlow", heard = "Harlow's buyer" },
    { id = "asks_inaction", any = { "open_question", "probe" }, unless = { "next_step" },
      words = "nothing happen happens continue keeps",
      -- ("how long has this been happening?" asks how long, "why does it keep
      -- stopping?" what maintenance makes of it)
      test = function(s, move)
        return not lib.mentions(move, { "how long", "since when" }) and not lib.mentions(move, MAINT_VIEW)
      end,
      to = "inaction", heard = "what happens if nothing changes" },
    asks_hours(),
    asks_how_long(),
    asks_cost(),
    asks_decider(),
    asks_who(),
    { id = "asks_open", any = { "open_question", "probe", "reflection" }, unless = { "next_step" },
      to = "cost_question" },
    pitches("pitch_mid"),
    lands(),
    asks(),
    asks_motive(),
  }),
  otherwise = "cost_question",
}

node "cost_question" {
  say = "So. Is this where you tell me about your product?",
  again = "So. Are we getting to the product part now?",
  choices = {
    { id = "inaction", text = "Not yet. What happens if Line 3 keeps stopping like this for another six months?",
      to = "inaction", points = { discovery = 3 } },
    { id = "alerts", text = "Our predictive alerts would fix that.", labels = { "feature" },
      to = "pitch_mid", effects = { trust = -3 } },
    { id = "demo", text = "Can we set up a demo next week?", labels = { "next_step" }, to = "too_soon" },
  },
  typed = true,
  routes = with_topics({
    { any = { "open_question", "probe" }, unless = { "next_step" },
      words = "nothing happen happens continue keeps months", to = "inaction" },
    asks_hours(),
    asks_how_long(),
    asks_cost(),
    asks_decider(),
    asks_who(),
    asks_harlow(),
    { any = { "open_question", "probe", "reflection" }, unless = { "next_step" }, to = "inaction_hint" },
    { when = "feature", unless = { "benefit" }, to = "pitch_mid" },
    lands(),
    any_ask(),
    asks_motive(),
  }),
  otherwise = "inaction_hint",
}

node "inaction_hint" {
  say = "You tell me. You're the one who called. I know what it costs when it stops.",
  again = "You keep asking. I know what a stop costs; tell me something I don't know.",
  routes = with_topics({
    asks_hours(),
    asks_cost(),
    asks_harlow(),
    { any = { "open_question", "probe", "reflection" }, unless = { "next_step" }, to = "inaction" },
    lands(),
    any_ask(),
    asks_motive(),
  }),
  otherwise = "warming",
}

node "harlow" {
  say = "Harlow renews in the spring. If they walk, that's a fifth of our volume. "
     .. "I'd rather not think about it, and I'd rather not explain it to my director either.",
  again = "A fifth of our volume renews in the spring. That's the Harlow problem.",
  reveals = { "inaction" },
  effects = { trust = 5, interest = 5, found = 1 },
  cues = director_cue(),
  routes = with_topics({
    asks_inaction("spring"),
    director_view(true),
    asks_decider(),
    asks_who(),
    asks(),
    lands(),
    { id = "asks_open", any = { "open_question", "probe", "reflection" }, unless = { "next_step" },
      to = "warming" },
    asks_last_pilot(),
    asks_motive(),
    pitches("pitch_mid"),
    asks_pilot(),
  }),
  otherwise = "warming",
}

-- The machine itself, asked about: a plain answer, then back to the story.
node "machine" {
  say = "Eleven years old. German, rebuilt gearbox three years ago. That's not old for an extruder, "
     .. "they run thirty years if you look after them. And we look after it.",
  again = "Eleven years, rebuilt gearbox. It's not the age.",
  effects = { trust = 2 },
  routes = with_topics({
    asks_how_long(),
    asks_hours(),
    asks_cost(),
    asks_pilot(),
    follows_maintenance(),
    digs(),
    pitches("pitch_mid"),
    asks_early(),
    lib.asks_inaction("inaction"),
    asks_motive(),
  }),
  otherwise = "line3_more",
}

-- The machine asked about once the story has moved on (at the cost, the
-- decider...): the same answer as an aside, and the call is back where it was.
-- What Harlow buys, asked about: the fact (an aside), and the call is back where it was.
node "harlow_facts" {
  say = "Lidding film for their ready meals. Eight, nine truckloads a month, a fifth of our volume. "
     .. "That's why the late ones hurt.",
  again = "Eight or nine loads a month. A fifth of what we make.",
  effects = { trust = 2 },
  detour = true,
}

node "machine_aside" {
  say = "Eleven years old. German, rebuilt gearbox three years ago. That's not old for an extruder, "
     .. "they run thirty years if you look after them. And we look after it.",
  again = "Eleven years, rebuilt gearbox. It's not the age.",
  effects = { trust = 2 },
  detour = true,
}

-- The maintenance team or the plant's size, asked about: an aside (a
-- detour) - she answers, and the call is back where it was.
node "crew" {
  say = "Four fitters on days, one on call at night, and a contractor for the electrics. Good people. "
     .. "They've been over Line 3 more times than I can count and found nothing.",
  again = "Four fitters and a contractor. They're not the problem.",
  effects = { trust = 2 },
  detour = true,
}

-- What they do today to catch a failure (asks_tools): an aside.
node "current_tools" {
  say = "Routine checks. The fitters walk the lines every morning, grease, temperatures, a vibration "
     .. "pen once a month. Nothing predictive. We fix what breaks.",
  again = "Routine checks and a vibration pen. Nothing that sees it coming.",
  effects = { trust = 1 },
  detour = true,
}

-- How they keep count of the stops (asked whether they track downtime): an aside.
node "tracking" {
  say = "A whiteboard outside my office and the shift log. Every stop goes up with the time, how long, "
     .. "and whatever the operator saw. I add it up on Fridays. Line 3 fills most of the board.",
  again = "The whiteboard and the shift log. Line 3 fills it.",
  effects = { trust = 1 },
  detour = true,
}

node "plant_size" {
  say = "Forty-odd people a shift, two shifts, three lines, round the clock in peak season. "
     .. "Line 3's the only one that keeps me up.",
  again = "Forty-odd a shift. Three lines. That's the plant.",
  effects = { trust = 1 },
  detour = true,
}

-- How long Line 3 has been stopping: a plain answer, then back to the story.
node "downtime_hours" {
  say = "Twice a week, and three or four hours each time before the film's running clean again. "
     .. "Call it thirty hours a month. Every one of them is scrap and overtime.",
  again = "Thirty-odd hours a month. I gave you the number.",
  effects = { trust = 2 },
  routes = with_topics({
    asks_cost(),
    asks_decider(),
    asks_who(),
    asks_pilot(),
    digs(),
    pitches("pitch_mid"),
    lands(),
    asks(),
    lib.asks_inaction("inaction"),
    asks_motive(),
  }),
  otherwise = "impact",
}

node "how_long" {
  say = "Since about February. It used to go once a month and we'd shrug it off. Now it's twice a week, "
     .. "and the night shift has stopped being surprised.",
  again = "Since February, and worse every month.",
  effects = { trust = 2 },
  routes = with_topics({
    asks_hours(),
    asks_cost(),
    asks_pilot(),
    follows_maintenance(),
    digs(),
    pitches("pitch_mid"),
    asks_early(),
    lib.asks_inaction("inaction"),
    asks_motive(),
    asks_machine(),
  }),
  otherwise = "impact",
}

node "inaction" {
  -- (asked as a worry, "are you worried you could lose Harlow?", she says so)
  say = function(s)
    return (s.worry_at == s.visits.inaction and "Worried? Very. If nothing changes, we probably lose Harlow at renewal."
            or "If nothing changes? We probably lose Harlow at renewal.")
      .. " And I'm the one explaining that to the ops director."
  end,
  again = "Same answer: we lose Harlow, and I explain it to the ops director.",
  reveals = { "inaction" },
  effects = { trust = 4, interest = 6, found = 1 },
  cues = director_cue(),
  routes = with_topics({
    director_view(true),
    asks_decider(),
    asks_who(),
    asks(),
    lands(),
    asks_pilot(),
    asks_harlow(),
    asks_cost(),
    asks_hours(),
    asks_how_long(),
    asks_last_pilot(),
    asks_motive(),
    pitches("pitch_late"),
  }),
  otherwise = "warming",
}

-- Her doubt about the last pilot, with the options and the rules that answer
-- it: said on its own (warming) or after she has said what spring holds.
local function pilot_choices()
  return {
    { id = "pilot", text = "What went wrong with that pilot?", to = "last_pilot",
      examples = { "what happened with the pilot", "why did it go nowhere", "tell me about that pilot" } },
    { id = "ai", text = "Ours is much better: it uses machine learning.", labels = { "feature" },
      to = "pitch_late" },
    { id = "who", text = "Fair question. Before I answer it, who else would weigh in on a decision like this?",
      to = "decider" },
  }
end
local function pilot_routes()
  return with_topics({
    { any = { "open_question", "probe", "reflection", "closed_question" }, unless = { "next_step" },
      words = "pilot wrong tried before nowhere vendor old last",
      examples = { "what happened with the old one", "what happened with the last system",
                   "what happened with the last one" },
      to = "last_pilot", heard = "what went wrong with the pilot" },
    { any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
      words = "who decide decision director sign",
      to = "decider", heard = "who decides" },
    asks_who(),
    asks_hours(),
    asks_cost(),
    lands(),
    { when = "feature", to = "pitch_late" },
    any_ask(),
    asks_inaction(),
    asks_harlow(),
    asks_motive(),
  })
end

node "warming" {
  say = "Look, I'll be honest. We tried a sensor pilot two years ago and it went nowhere. "
     .. "Why would this be any different?",
  again = "I still haven't heard why this would go better than the last pilot.",
  cues = { { id = "last_pilot", words = "pilot tried two years nowhere before" } },
  choices = pilot_choices(),
  typed = true,
  routes = pilot_routes(),
  otherwise = "last_pilot",
}

-- Asked, after Harlow, what spring looks like if nothing changes: she says,
-- then comes back with her doubt about the last pilot.
node "spring" {
  say = "Spring comes, Line 3 is still stopping, and Harlow's buyer has his excuse. We'd drop a shift, "
     .. "and I'd be telling forty people why. And I'll be honest: we tried a sensor pilot two years ago "
     .. "and it went nowhere. Why would this be any different?",
  again = "No Harlow, one shift fewer. And I still haven't heard why this would beat the last pilot.",
  effects = { trust = 4, interest = 6 },
  cues = { { id = "last_pilot", words = "pilot tried two years nowhere before" } },
  choices = pilot_choices(),
  typed = true,
  routes = pilot_routes(),
  otherwise = "last_pilot",
}

local function pilot_story_routes()
  return with_topics({
    lands(),
    { id = "answers_inbox", when = { "feature", "closed_question" }, unless = { "next_step" },
      words = "alert alerts phone shift lead text warning person", heard = "alerts that reach a person",
      to = "benefit_lands" },
    any_ask(),
    asks_decider(),
    asks_who(),
    asks_hours(),
    asks_cost(),
    { id = "different", any = { "open_question", "probe", "reflection" }, unless = { "next_step" },
      to = "what_works",
      heard = "what would have to be different",
      examples = { "what would need to be different this time", "what would have made it work" } },
    { when = "closed_question", unless = { "next_step" }, to = "what_works" },
    { when = "feature", to = "pitch_late" },
    lib.asks_inaction("inaction"),
    meets_terms(),
    states_terms(),
    asks_harlow(),
    asks_motive(),
  })
end

node "last_pilot" {
  say = "The vendor stuck sensors on two motors, sent us a dashboard nobody had time to look at, "
     .. "and left. The alerts went to an inbox. Line 3 stopped anyway.",
  again = "Like I said, the last lot sent alerts to an inbox and walked away.",
  effects = { trust = 3 },
  routes = pilot_story_routes(),
  otherwise = "decider",
}

-- Asked for a meeting with her doubt about the last pilot unanswered: the doubt again. An answer
-- (what would be different, a warning that reaches a person) or a question on what would work gets
-- on; a second ask with nothing answered gets "send me something"; anything else, she goes on.
node "doubt_again" {
  say = "Hang on. The last lot got a meeting too, and their alerts went to an inbox. "
     .. "You still haven't told me why this would be any different.",
  again = "Why would this be any different? I'm still waiting.",
  effects = { trust = -2 },
  routes = pilot_story_routes(),
  otherwise = "decider",
}

node "what_works" {
  say = "Simple. The warning reaches whoever's on shift, not an inbox, and the vendor is still around "
     .. "after the install. Do that and my director might actually listen.",
  again = "A warning that reaches a person, and a vendor who stays. That's all I want.",
  cues = director_cue(),
  routes = with_topics({
    lands(),
    any_ask(),
    asks_decider(),
    asks_who(),
    asks_hours(),
    asks_cost(),
    { id = "asks_open", any = { "open_question", "probe", "reflection", "closed_question" },
      unless = { "next_step" },
      to = "decider" },
    { when = "feature", unless = { "benefit" }, to = "pitch_late" },
    lib.asks_inaction("inaction"),
    meets_terms(),
    states_terms(),
    asks_harlow(),
    asks_motive(),
  }),
  otherwise = "decider",
}

node "decider" {
  -- (asked how the director sees it, she says that first)
  say = function(s)
    if s.decider_ask == "view" then
      return "Sam Okafor, our ops director. He sees the scrap report every Monday and asks why it's Line 3 again. "
        .. "He doesn't know yet how close Harlow is to walking. And anything over twenty thousand goes to him: "
        .. "capex review is in March, so if it's real it has to be on his desk before then."
    end
    -- (asked what telling him would be like, she says what it would cost her first)
    if s.decider_ask == "talk" then
      return "Not a fun one. I'd be telling Sam Okafor, our ops director, that a fifth of our volume might walk "
        .. "because of a line I run. He already sees the scrap report every Monday and asks why it's Line 3 again. "
        .. "And anything over twenty thousand goes to him: capex review is in March, so if it's real it has to "
        .. "be on his desk before then."
    end
    -- (asked who else, past the director, she names who else)
    if s.decider_ask == "else" then
      return "Sam Okafor, our ops director, signs anything over twenty thousand. But he won't sign what my "
        .. "maintenance lead hasn't backed, so he'd want his say first: his fitters live with whatever we put on "
        .. "the line. And the owners sit in on the capex review in March, so they'll see the number too."
    end
    return "Anything over twenty thousand goes to Sam Okafor, our ops director. "
     .. "Capex review is in March, so if it's real it has to be on his desk before then."
  end,
  again = "Sam signs anything over twenty thousand, and March is the deadline. That hasn't changed.",
  reveals = { "decider" },
  effects = { trust = 3, found = 1 },
  routes = with_topics({
    any_ask(),
    checks_benefit(),
    lands(),
    { when = "feature", unless = { "benefit" }, to = "pitch_late" },
    { id = "asks_sam", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
      heard = "what Sam would need", to = "sam_needs", words = "sam okafor want see need needs care convince",
      examples = { "what would Sam need to see", "what does he care about" } },
    lib.asks_inaction("inaction"),
    meets_terms(),
    states_terms(),
    { id = "reflects", when = "reflection", unless = { "next_step", "feature" }, heard = "what she said, back",
      to = "close_choice" },
    asks_capex(),
    asks_pilot(),
    asks_cost(),
    asks_hours(),
    asks_harlow(),
    asks_motive(),
  }),
  otherwise = "close_choice",
}

-- Who else, past Sam, asked once she has named him: an aside.
node "decider_else" {
  say = "Sam signs, but he won't sign what my maintenance lead hasn't backed. His fitters live with whatever "
     .. "we put on the line, so he gets his say first. And the owners sit in on the capex review in March.",
  again = "Sam signs, my maintenance lead backs it first, and the owners see it in March.",
  effects = { trust = 1 },
  detour = true,
}

-- Her maintenance lead, asked about (asks_lead): who he is, how he'd take sensors again, what he'd
-- need to see. An aside: the call is back where it was.
node "maint_lead" {
  say = "Pete Marsh. Twenty years on our lines, he knows Line 3 better than I do. He'd be wary: the last "
     .. "pilot's alerts went to his inbox, and he took the heat when Line 3 stopped anyway. To back it he'd "
     .. "need to see it call a fault on Line 3 before his fitters find it, and know there's a person on the "
     .. "other end when it does.",
  again = "Pete. He'd need to see it catch a fault on Line 3 before his fitters do, and someone who answers "
       .. "the phone.",
  effects = { trust = 2 },
  detour = true,
}

-- By when it has to be fixed: the spring renewal and the March review.
node "timing" {
  say = function(s)
    local harlow = ((s.visits.impact or 0) + (s.visits.harlow or 0) + (s.visits.inaction or 0)) > 0
    return "Before spring. " .. (harlow and "Harlow renews then. " or "Our biggest customer renews then. ")
      .. "And anything over twenty thousand has to get through the capex review in March, so it has to be "
      .. ((s.visits.decider or 0) > 0 and "on Sam's desk" or "on my director's desk") .. " before then."
  end,
  again = "Before spring, and through the March review. That's the clock.",
  effects = { trust = 2 },
  cues = director_cue(),
  routes = with_topics({
    any_ask(),
    lands(),
    { when = "feature", unless = { "benefit" }, to = "pitch_late" },
    director_view(true),
    asks_decider(true),
    asks_sam(),
    asks_capex(),
    asks_pilot(),
    asks_cost(),
    asks_hours(),
    asks_harlow(),
    meets_terms(),
    states_terms(),
    { id = "reflects", when = "reflection", unless = { "next_step", "feature" }, heard = "what she said, back",
      to = "close_choice" },
  }),
  otherwise = "close_choice",
}

node "sam_needs" {
  -- (asked before she has named him, she says who Sam is first)
  say = function(s)
    return ((s.visits.decider or 0) > 0 and "" or "Sam Okafor, our ops director, signs it. ")
      .. "Numbers. What a stop costs us, what your thing costs, and proof it works on a line like ours. "
      .. "Sam hates surprises in March."
  end,
  again = "Numbers and proof. That's what Sam wants.",
  routes = with_topics({
    any_ask(),
    lands(),
    { when = "feature", unless = { "benefit" }, to = "pitch_late" },
    lib.asks_inaction("inaction"),
    meets_terms(),
    states_terms(),
    { id = "reflects", when = "reflection", unless = { "next_step", "feature" }, heard = "what she said, back",
      to = "close_choice" },
    asks_capex(),
    asks_pilot(),
    asks_cost(),
    asks_hours(),
    asks_harlow(),
    asks_motive(),
  }),
  otherwise = "close_choice",
}

-- What the capex review is, asked about after she named it.
node "capex" {
  say = "Once a year, in March. Sam and the owners go through every spend over twenty thousand. "
     .. "Miss it and you wait a year, and Line 3 won't wait a year.",
  again = "March, once a year. Miss it and it's next year.",
  effects = { trust = 2 },
  routes = with_topics({
    any_ask(),
    lands(),
    { when = "feature", unless = { "benefit" }, to = "pitch_late" },
    asks_sam(),
    asks_capex(),
    asks_pilot(),
    asks_cost(),
    asks_hours(),
    lib.asks_inaction("inaction"),
    meets_terms(),
    states_terms(),
    { id = "reflects", when = "reflection", unless = { "next_step", "feature" }, heard = "what she said, back",
      to = "close_choice" },
    asks_harlow(),
    asks_motive(),
  }),
  otherwise = "close_choice",
}

node "benefit_lands" {
  say = "A warning before the line stops, to someone who can actually act on it... "
     .. "yes, that would matter to me.",
  again = "Yes, I heard you. A warning before the stop is the part that matters.",
  effects = { interest = 10, trust = 2 },
  routes = with_topics({
    any_ask(),
    asks_decider(true),
    asks_who(),
    asks_sam(),
    asks_capex(),
    asks_pilot(),
    asks_cost(),
    asks_harlow(),
    asks_motive(),
  }),
  otherwise = "close_choice",
}

node "close_choice" {
  say = "Right. I've got about two minutes before handover.",
  again = "Handover's close. Anything else?",
  choices = {
    { id = "visit", text = "Could I walk Line 3 with you and your maintenance lead, Tuesday or Thursday morning?",
      labels = { "next_step" }, to = ask_outcome, points = { next_step = 5 } },
    { id = "brochure", text = "I'll email you some brochures. Let me know if you have any questions.",
      to = "polite_no",
      examples = { "I'll send you some information", "I'll drop you an email with our details",
                   "thanks for your time, I'll follow up by email" } },
    { id = "sam", text = "Would it be worth getting Sam on a short call with us next week?",
      labels = { "next_step" }, to = ask_outcome },
  },
  typed = true,
  routes = {
    any_ask(),
    asks_decider(true),
    asks_who(),
    lands(),
    { id = "asks_more", any = { "open_question", "probe", "reflection", "closed_question" },
      unless = { "next_step" },
      to = "handover" },
    asks_sam(),
    asks_capex(),
    asks_pilot(),
    asks_harlow(),
    meets_terms(),
    states_terms(),
    asks_motive(),
  },
  otherwise = "polite_no",
  closing = true,                -- her two minutes: a goodbye or a vague close ends it here
}

node "handover" {
  say = "I really do have to go in a minute. So what are you proposing?",
  again = "What are you proposing? Quickly.",
  routes = {
    any_ask(),
    lands(),
  },
  otherwise = "polite_no",
  closing = true,                -- she asked for the proposal: nothing proposed, the call ends
}

-- Her own stake, asked for: the Sundays (said short once she has told the
-- call-out story), and Harlow only once Harlow has come up.
local function her_stake(s)
  local first = (s.visits.weekend or 0) > 0 and "Me? My Sundays back, for a start."
    or "Me? I'd like to sleep through a Sunday without my phone going off. My kids would like that too."
  local stake = ((s.visits.impact or 0) + (s.visits.harlow or 0) + (s.visits.inaction or 0)) > 0
    and " And I don't want to be the plant manager who lost Harlow."
    or " And I'd like to run a plant, not a fire brigade."
  return first .. stake
end

node "motive" {
  say = her_stake,
  again = "I told you: my Sundays, and not being the one who has to explain it upstairs.",
  effects = { trust = 4 },
  routes = with_topics({
    asks_cost(),
    asks_hours(),
    asks_decider(),
    asks_who(),
    asks_harlow(),
    asks_pilot(),
    lands(),
    asks(),
    pitches("pitch_mid"),
    { id = "digs", any = { "open_question", "probe", "reflection" }, unless = { "next_step" }, to = after_motive },
    lib.asks_inaction("inaction"),
  }),
  otherwise = after_motive,
}

node "motive_doubt" {
  say = function(s)
    return her_stake(s) .. " But I'll be honest: we tried a sensor pilot two years ago and it went nowhere. "
        .. "Why would this be any different?"
  end,
  again = "My Sundays and Harlow. And I still haven't heard why this would beat the last pilot.",
  effects = { trust = 4 },
  cues = { { id = "last_pilot", words = "pilot tried two years nowhere before" } },
  choices = pilot_choices(),
  typed = true,
  routes = pilot_routes(),
  otherwise = "last_pilot",
}

node "pitch_early" {
  say = "Right, so it's a sales call. That's my third this week. What makes you think I need sensors?",
  again = "More product. You're not listening, are you?",
  effects = { trust = -5, interest = -5 },
  routes = {
    asks_downtime(),
    { any = { "open_question", "probe", "purpose", "reflection" }, unless = { "next_step", "feature" },
      to = "overview" },
    { id = "fair_point", when = "closed_question", unless = { "feature", "next_step" },
      words = "downtime stop stops stoppage breakdown line lines", to = "line3_story",
      heard = "whether downtime is a problem" },
    pitches("brush_off"),
    { id = "pushes", when = "next_step", to = "brush_off" },
  },
  otherwise = "last_chance",
}

node "pitch_mid" {
  say = "Everyone's got sensors. The last lot didn't stop anything.",
  again = "Sensors again. The last lot didn't stop anything either.",
  effects = { interest = -5 },
  choices = {
    { id = "why", text = "What did the last lot miss?", to = "last_pilot",
      examples = { "what went wrong with the last ones", "what happened with those sensors" } },
    { id = "more", text = "Ours also have a cloud dashboard and wireless setup.", labels = { "feature" },
      to = "brush_off" },
  },
  typed = true,
  routes = {
    { any = { "open_question", "probe", "reflection" }, unless = { "next_step" },
      words = "last lot pilot miss missed wrong happened vendor",
      to = "last_pilot" },
    asks_hours(),
    asks_cost(),
    { any = { "open_question", "probe", "reflection" }, unless = { "next_step" }, to = "warming" },
    lands(),
    pitches("brush_off"),
    any_ask(),
  },
  otherwise = "last_pilot",
}

node "pitch_late" {
  say = "Features. Sure. The last vendor had a list like that too, and Line 3 stopped anyway.",
  again = "More features. The last vendor had plenty of those.",
  effects = { trust = -4 },
  -- (a question on a topic is answered here too: "Understood. How much does it cost you when line 3
  -- goes down?" is the cost, not the pilot line again, r24 plant average 7; any other question is
  -- the pilot she has just brought up)
  routes = with_topics({
    { any = { "open_question", "probe", "reflection", "closed_question" }, unless = { "next_step" },
      to = "last_pilot" },
    lands(),
    pitches("polite_no"),
    any_ask(),
    asks_cost(),
    asks_hours(),
    asks_harlow(),
    asks_motive(),
  }),
  otherwise = "close_choice",
}

node "too_soon" {
  say = function(s)
    if s.found == 0 then return "A demo? I don't know what you do yet, and you don't know what I need." end
    return "Slow down. You've heard about one bad line and you already want a meeting?"
  end,
  again = "You're asking again, and I still don't know what you'd do for me.",
  effects = { trust = -5 },
  choices = {
    { id = "step_back", text = "Fair. What's been keeping you busiest on the floor lately?", to = back_on_track },
    { id = "push", text = "It only takes thirty minutes. How about Thursday?", labels = { "next_step" },
      to = "brush_off" },
  },
  typed = true,
  -- (a question on a topic gets its answer here too: "fair enough. how long has line 3 been like
  -- this" is how long, since February, once she has told line 3, not the story's next step,
  -- r16 plant average 8)
  routes = with_topics({
    (function()
      local rule = asks_how_long()
      rule.to = function(s) return (s.visits.line3_story or 0) > 0 and "how_long" or back_on_track(s) end
      return rule
    end)(),
    { id = "back_on_track", any = { "open_question", "probe", "reflection", "purpose" }, unless = { "next_step" },
      to = back_on_track },
    { id = "pushes", when = "next_step", to = "brush_off" },
    pushes_day(),
    pitches("brush_off"),
  }),
  otherwise = "last_chance",
}

-- A vague ask ("a demo sometime?") after little discovery: not a no, a
-- condition. A concrete ask now books; another vague one gets "send me
-- something".
node "vague_ask" {
  say = "A demo? I've sat through demos. If you want my time, it's on my floor, not a screen, "
     .. "and you tell me when and who you want there.",
  effects = { trust = -2 },
  routes = {
    any_ask(),
    lib.proposes_day("a day on the floor", ask_outcome),
    lands(),
    asks_decider(),
    asks_who(),
    asks_cost(),
    asks_hours(),
    { id = "asks_more", any = { "open_question", "probe", "reflection", "closed_question" },
      unless = { "next_step" }, to = "handover" },
    pitches("pitch_late"),
    asks_motive(),
  },
  otherwise = "polite_no",
  closing = true,                -- she named her condition: a line that meets none of it ends the call
}

node "send_something" {
  say = "Send me something in writing and I'll look at it when I can. No promises.",
  ending = { outcome = "polite_no", success = false },
}

-- She takes the day the trainee offered (or names her own), and brings in
-- Sam only once the trainee has heard who he is.
node "meeting_booked" {
  say = function(s)
    local when = s.day ~= "" and (s.day .. " works. Seven sharp, before the shift change.")
                 or "Make it Tuesday, seven sharp, before the shift change."
    local sam = (s.visits.decider or 0) > 0 and " And if it's worth it, I'll get Sam Okafor in the room."
                or " And if it's worth it, I'll bring my director in after."
    return when .. " Bring whoever knows the machines, not a slide deck." .. sam
  end,
  ending = { outcome = "meeting_booked", success = true },
}

node "polite_no" {
  say = "Thanks, but I don't think we're there yet. Good luck with it.",
  ending = { outcome = "polite_no", success = false },
}

node "brush_off" {
  say = "I have to go. Send an email if you must.",
  ending = { outcome = "brush_off", success = false },
}
