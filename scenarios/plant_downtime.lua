-- The default scenario: a busy, sceptical plant manager whose real problem is
-- unplanned downtime on one line. Lesson: open questions find the problem,
-- and asking what doing nothing costs is what earns the next step.

-- Where an ask for a next step leads once the trainee makes it.
local function ask_outcome(s, move)
  if move.premature then return "too_soon" end
  if s.trust >= 50 and s.found >= 2 then return "meeting_booked" end
  return "send_something"
end

-- Rules several nodes repeat. A rule without an id is logged by its place in
-- the list (node.routeN), so these keep the ids (or no id) they had.
local function pitches(to) return { id = "pitches", when = "feature", unless = { "benefit" }, to = to } end
local function asks_early() return { id = "asks_early", when = "next_step", to = "too_soon" } end
local function asks() return { id = "asks", when = "next_step", to = ask_outcome } end
local function any_ask() return { when = "next_step", to = ask_outcome } end
local function closed() return { id = "closed", when = "closed_question", to = "closed_answer" } end
local function lands() return { when = "benefit", to = "benefit_lands" } end
local function asks_decider()
  return { id = "asks_decider", any = { "open_question", "probe", "closed_question", "reflection" },
           words = "director decide decision approve sign budget who", to = "decider" }
end
local function director_cue() return { { id = "director", words = "director boss explain" } } end

scenario {
  id = "plant_downtime",
  title = "The line that keeps stopping",
  version = "1.0.0",
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

  state = { trust = 40, interest = 30, found = 0 },

  features = { "vibration sensors", "predictive alerts", "dashboard", "machine learning",
               "cloud platform", "wireless sensors" },
  outcomes = { "fewer stoppages", "on-time deliveries", "less overtime", "less scrap",
               "weekends off", "keep the contract" },
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
}

node "opening" {
  say = { "Dana Price. I've got about ten minutes before shift handover, {trainee}. What's this about?",
          "Price speaking. You caught me between two meetings, {trainee}. Ten minutes. What is it?" },
  routes = {
    { id = "purpose", any = { "purpose" }, to = "agenda_ok" },
    { id = "asks_open", when = "open_question", unless = { "feature" }, to = "overview" },
    pitches("pitch_early"),
    asks_early(),
  },
  otherwise = "opening_push",
}

node "opening_push" {
  say = "Okay... and? You still haven't told me why you called.",
  routes = {
    { any = { "purpose", "open_question" }, to = "overview" },
    { any = { "feature", "next_step", "seller_focus" }, to = "brush_off" },
  },
  otherwise = "brush_off",
}

node "agenda_ok" {
  say = "Fine. Ten minutes, no slide deck. Go ahead.",
  effects = { trust = 3 },
  routes = {
    { id = "asks_open", any = { "open_question", "probe" }, to = "overview" },
    pitches("pitch_early"),
    asks_early(),
    closed(),
  },
  otherwise = "overview",
}

node "overview" {
  say = function(s)
    if s.visits.overview > 1 then
      return "Like I said: three lines, two shifts, and Line 3 is the one I lose sleep over."
    end
    return "The plant? Three extrusion lines, two shifts, mostly packaging film for food companies. "
        .. "Busy. Line 3 is the one that gives me grey hair, but that's my headache, not yours."
  end,
  cues = { { id = "line3", words = "line 3 three grey hair headache sleep" } },
  routes = {
    { id = "follows_line3", any = { "open_question", "probe", "reflection" },
      words = "line 3 three grey hair headache", to = "line3_story" },
    { id = "asks_open", any = { "open_question", "probe" }, to = "overview_more" },
    pitches("pitch_early"),
    asks_early(),
    closed(),
  },
  otherwise = "overview_more",
}

node "overview_more" {
  say = "We run around the clock in peak season. What else do you want to know?",
  choices = {
    { id = "line3", text = "You mentioned Line 3 gives you grey hair. What's been going on there?",
      to = "line3_story" },
    { id = "count", text = "How many people work on each shift?", to = "closed_answer" },
    { id = "sensors", text = "Our vibration sensors catch failing bearings weeks early.",
      labels = { "feature" }, to = "pitch_early" },
  },
  typed = true,
  routes = {
    { any = { "open_question", "probe", "reflection" }, to = "line3_story" },
    { when = "feature", unless = { "benefit" }, to = "pitch_early" },
    { when = "next_step", to = "too_soon" },
  },
  otherwise = "closed_answer",
}

node "closed_answer" {
  say = { "Yes. Forty or so. Next question.", "About that, yes. Anything else?" },
  routes = {
    { any = { "open_question", "probe", "reflection" }, to = "line3_story" },
    { when = "feature", to = "pitch_early" },
    { when = "next_step", to = "too_soon" },
  },
  otherwise = "interrogation",
}

node "interrogation" {
  say = "Is this a survey? I answer questions like this all day. Get to the point.",
  effects = { trust = -4 },
  choices = {
    { id = "point", text = "Fair enough. What's the one thing on the floor you'd fix tomorrow if you could?",
      to = "line3_story" },
    { id = "demo", text = "Sure: could we book a demo for next week?", to = "brush_off" },
  },
  typed = true,
  routes = {
    { any = { "open_question", "probe", "reflection" }, to = "line3_story" },
    { id = "pushes", when = "next_step", to = "brush_off" },
    pitches("brush_off"),
  },
  otherwise = "brush_off",
}

node "line3_story" {
  say = "Line 3's extruder just stops. No warning. Twice a week lately, sometimes at two in the "
     .. "morning. I got called in on Sunday again. Maintenance says the bearings look fine.",
  reveals = { "pain" },
  effects = { trust = 4, found = 1 },
  cues = { { id = "weekend", words = "sunday weekend called night morning" },
           { id = "maintenance", words = "maintenance bearings fine" } },
  routes = {
    { id = "follows_weekend", any = { "probe", "reflection", "open_question" },
      words = "sunday weekend called", to = "weekend" },
    { id = "asks_cost", any = { "open_question", "probe" }, words = "cost money impact customer late costs",
      to = "impact" },
    { id = "digs", any = { "open_question", "probe", "reflection" }, to = "impact" },
    pitches("pitch_mid"),
    asks_early(),
  },
  otherwise = "line3_more",
}

node "weekend" {
  say = "Ha. Yes. My phone goes off and I'm the one driving in. My kids have stopped asking "
     .. "whether I'll make it to things. Anyway. It's the cost that worries the owners.",
  effects = { trust = 5 },
  routes = {
    { any = { "open_question", "probe", "reflection" }, to = "impact" },
    { when = "feature", unless = { "benefit" }, to = "pitch_mid" },
    { when = "next_step", to = function(s, move) return move.premature and "too_soon" or "impact" end },
  },
  otherwise = "impact",
}

node "line3_more" {
  say = "What else is there? It stops, we restart it, we lose the run. Then it does it again.",
  routes = {
    { any = { "open_question", "probe", "reflection" }, to = "impact" },
    { when = "feature", to = "pitch_mid" },
  },
  otherwise = "cost_question",
}

node "impact" {
  say = "Every stop scraps half a shift of film, and I pay overtime to catch up. Harlow Foods, "
     .. "our biggest customer, got two late deliveries last month. Their buyer is getting twitchy.",
  reveals = { "impact" },
  effects = { trust = 3, found = 1 },
  cues = { { id = "harlow", words = "harlow customer buyer twitchy" } },
  routes = {
    { id = "follows_harlow", any = { "probe", "reflection", "open_question" },
      words = "harlow buyer twitchy customer", to = "harlow" },
    { id = "asks_inaction", any = { "open_question", "probe" }, words = "nothing happen happens continue keeps",
      to = "inaction" },
    { id = "asks_open", any = { "open_question", "probe", "reflection" }, to = "cost_question" },
    pitches("pitch_mid"),
    asks(),
  },
  otherwise = "cost_question",
}

node "cost_question" {
  say = "So. Is this where you tell me about your product?",
  choices = {
    { id = "inaction", text = "Not yet. What happens if Line 3 keeps stopping like this for another six months?",
      to = "inaction", points = { discovery = 3 } },
    { id = "alerts", text = "Our predictive alerts would fix that.", labels = { "feature" },
      to = "pitch_mid", effects = { trust = -3 } },
    { id = "demo", text = "Can we set up a demo next week?", labels = { "next_step" }, to = "too_soon" },
  },
  typed = true,
  routes = {
    { any = { "open_question", "probe" }, words = "nothing happen happens continue keeps months", to = "inaction" },
    { any = { "open_question", "probe", "reflection" }, to = "inaction_hint" },
    { when = "feature", unless = { "benefit" }, to = "pitch_mid" },
    any_ask(),
  },
  otherwise = "inaction_hint",
}

node "inaction_hint" {
  say = "You tell me. You're the one who called. I know what it costs when it stops.",
  routes = {
    { any = { "open_question", "probe", "reflection" }, to = "inaction" },
    any_ask(),
  },
  otherwise = "warming",
}

node "harlow" {
  say = "Harlow renews in the spring. If they walk, that's a fifth of our volume. "
     .. "I'd rather not think about it, and I'd rather not explain it to my director either.",
  reveals = { "inaction" },
  effects = { trust = 5, interest = 5, found = 1 },
  cues = director_cue(),
  routes = {
    asks_decider(),
    asks(),
    { id = "asks_open", any = { "open_question", "probe", "reflection" }, to = "warming" },
  },
  otherwise = "warming",
}

node "inaction" {
  say = "If nothing changes? We probably lose Harlow at renewal. And I'm the one explaining "
     .. "that to the ops director.",
  reveals = { "inaction" },
  effects = { trust = 4, interest = 6, found = 1 },
  cues = director_cue(),
  routes = {
    asks_decider(),
    asks(),
  },
  otherwise = "warming",
}

node "warming" {
  say = "Look, I'll be honest. We tried a sensor pilot two years ago and it went nowhere. "
     .. "Why would this be any different?",
  cues = { { id = "last_pilot", words = "pilot tried two years nowhere before" } },
  choices = {
    { id = "pilot", text = "What went wrong with that pilot?", to = "last_pilot" },
    { id = "ai", text = "Ours is much better: it uses machine learning.", labels = { "feature" },
      to = "pitch_late" },
    { id = "who", text = "Fair question. Before I answer it, who else would weigh in on a decision like this?",
      to = "decider" },
  },
  typed = true,
  routes = {
    { any = { "open_question", "probe", "reflection" }, words = "pilot wrong tried happened before",
      to = "last_pilot" },
    { any = { "open_question", "probe", "closed_question" }, words = "who decide decision director sign",
      to = "decider" },
    lands(),
    { when = "feature", to = "pitch_late" },
    any_ask(),
  },
  otherwise = "last_pilot",
}

node "last_pilot" {
  say = "The vendor stuck sensors on two motors, sent us a dashboard nobody had time to look at, "
     .. "and left. The alerts went to an inbox. Line 3 stopped anyway.",
  effects = { trust = 3 },
  routes = {
    lands(),
    any_ask(),
    { any = { "open_question", "probe", "reflection", "closed_question" }, to = "decider" },
    { when = "feature", to = "pitch_late" },
  },
  otherwise = "decider",
}

node "decider" {
  say = "Anything over twenty thousand goes to Sam Okafor, our ops director. "
     .. "Capex review is in March, so if it's real it has to be on his desk before then.",
  reveals = { "decider" },
  effects = { trust = 3, found = 1 },
  routes = {
    any_ask(),
    lands(),
    { when = "feature", unless = { "benefit" }, to = "pitch_late" },
  },
  otherwise = "close_choice",
}

node "benefit_lands" {
  say = "An alert that reaches the shift lead before the line stops, not an inbox... "
     .. "yes, that would actually matter to me.",
  effects = { interest = 10, trust = 2 },
  routes = {
    any_ask(),
  },
  otherwise = "close_choice",
}

node "close_choice" {
  say = "Right. I've got about two minutes before handover.",
  choices = {
    { id = "visit", text = "Could I walk Line 3 with you and your maintenance lead, Tuesday or Thursday morning?",
      labels = { "next_step" }, to = ask_outcome, points = { next_step = 5 } },
    { id = "brochure", text = "I'll email you some brochures. Let me know if you have any questions.",
      to = "polite_no" },
    { id = "sam", text = "Would it be worth getting Sam on a short call with us next week?",
      labels = { "next_step" }, to = ask_outcome },
  },
  typed = true,
  routes = {
    any_ask(),
  },
  otherwise = "polite_no",
}

node "pitch_early" {
  say = "Right, so it's a sales call. That's my third this week. What makes you think I need sensors?",
  effects = { trust = -5, interest = -5 },
  routes = {
    { any = { "open_question", "probe", "purpose" }, unless = { "feature" }, to = "overview" },
    pitches("brush_off"),
    { id = "pushes", when = "next_step", to = "brush_off" },
  },
  otherwise = "brush_off",
}

node "pitch_mid" {
  say = "Everyone's got sensors. The last lot didn't stop anything.",
  effects = { interest = -5 },
  choices = {
    { id = "why", text = "What did the last lot miss?", to = "last_pilot" },
    { id = "more", text = "Ours also have a cloud dashboard and wireless setup.", labels = { "feature" },
      to = "brush_off" },
  },
  typed = true,
  routes = {
    { any = { "open_question", "probe", "reflection" }, to = "warming" },
    lands(),
    pitches("brush_off"),
  },
  otherwise = "brush_off",
}

node "pitch_late" {
  say = "Machine learning. Sure. That's what the last vendor said too.",
  effects = { trust = -4 },
  routes = {
    { any = { "open_question", "probe", "reflection" }, to = "last_pilot" },
    lands(),
    pitches("polite_no"),
  },
  otherwise = "polite_no",
}

node "too_soon" {
  say = "A demo? I don't know what you do yet, and you don't know what I need.",
  effects = { trust = -5 },
  choices = {
    { id = "step_back", text = "Fair. What's been keeping you busiest on the floor lately?", to = "overview" },
    { id = "push", text = "It only takes thirty minutes. How about Thursday?", labels = { "next_step" },
      to = "brush_off" },
  },
  typed = true,
  routes = {
    { any = { "open_question", "probe", "reflection" }, unless = { "next_step" }, to = "overview" },
    { id = "pushes", when = "next_step", to = "brush_off" },
    pitches("brush_off"),
  },
  otherwise = "brush_off",
}

node "send_something" {
  say = "Send me something in writing and I'll look at it when I can. No promises.",
  ending = { outcome = "polite_no", success = false },
}

node "meeting_booked" {
  say = "Tuesday, seven sharp, before the shift change. Bring whoever knows the machines, not a "
     .. "slide deck. And if it's worth it, I'll get Sam in the room.",
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
