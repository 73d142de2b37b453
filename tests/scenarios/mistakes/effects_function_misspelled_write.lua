-- Mistake: an effects function that writes a misspelled variable.
-- A new author's slip (issue 12): tests/cli/check_mistakes.sh checks that coach
-- check reports it (each expect: comment: that finding, that line, that text).
-- play: What's going on with the orders?
-- play: #1
scenario {
  id = "mistake_effects_function_misspelled_write",
  title = "Mistake: effects_function_misspelled_write", version = "1.0.0", difficulty = 1,
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
  effects = function(s) s.intrest = s.interest + 5 end,  -- expect: error unknown-state "'intrest' is not a state variable (did you mean 'interest'?)"
  routes = {
    { id = "asks", when = "open_question", to = "explains" },
    { id = "pitches", when = "feature", unless = { "benefit" }, to = "brush_off" },
  },
  otherwise = "explains",
}

node "explains" {
  say = "The customer calls me, I call the carrier, and we all guess.",
  choices = {
    { id = "a", text = "What would it mean to know where every order is?", to = "booked" },
    { id = "b", text = "Our tracking software fixes that.", to = "brush_off" },
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
