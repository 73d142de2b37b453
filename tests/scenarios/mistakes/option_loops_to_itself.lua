-- Mistake: a node whose only option loops back to itself.
-- A new author's slip (issue 12): tests/cli/check_mistakes.sh checks that coach
-- check reports it (each expect: comment: that finding, that line, that text).
-- play: What's going on?
-- play: #1
-- play: #1
scenario {
  id = "mistake_option_loops_to_itself",
  title = "Mistake: option_loops_to_itself", version = "1.0.0", difficulty = 1,
  pitch = "A fixture for coach check.",
  persona = { name = "Pat Doe", role = "Buyer", company = "Acme Parts", voice = "plain" },
  brief = "Fixture: you sell delivery tracking to Pat.",
  purpose = "Fixture: find out why orders are late.",
  start = "opening",
  state = { trust = 40, interest = 30, budget = 0, asked = false },
  targets = { { id = "pain", kind = "pain", text = "Orders arrive late", keys = "late order delay" } },
}

node "opening" {
  say = "Orders keep arriving late and nobody knows why.",
  reveals = { "pain" },
  routes = {
    { id = "asks", when = "open_question", to = "explains" },
    { id = "next", when = "next_step", to = "booked" },
    { id = "pitches", when = "feature", unless = { "benefit" }, to = "brush_off" },
  },
  otherwise = "explains",
}

node "explains" {  -- expect: error no-way-out "no ending can be reached from node 'explains'"
  say = "The customer calls me, I call the carrier, and we all guess.",
  again = "We guess, I said.",
  choices = {
    { id = "a", text = "Tell me more.", to = "explains" },
  },
}

node "booked" {
  say = "Fine, come on Tuesday.",
  ending = { outcome = "meeting_booked", success = true },
}

node "brush_off" {
  say = "Send me an email.",
  ending = { outcome = "brush_off", success = false },
}
