-- Deliberately broken scenario for `coach check` (a node reveals no target).
-- Every line marked "expect: SEVERITY CODE" must get exactly that finding at
-- that line, and nothing else may be reported (tests/cli/check_broken.sh).
scenario {
  id = "broken_undefined_reveal",
  title = "Broken: a node reveals no target", version = "1.0.0", difficulty = 1,
  pitch = "A fixture for coach check.",
  persona = { name = "Pat Doe", role = "Buyer", company = "Acme Parts", voice = "plain" },
  brief = "Fixture: you sell delivery tracking to Pat.",
  purpose = "Fixture: find out why orders are late.",
  start = "opening",
  targets = { { id = "pain", kind = "pain", text = "Orders arrive late", keys = "late order delay" } },
}

node "opening" {
  say = "Orders keep arriving late and nobody knows why.",
  reveals = { "pain", "budget" },  -- expect: error undefined-target
  cues = { { id = "late", words = "late delay arriving" } },
  choices = {
    { id = "a", text = "What happens when an order is late?", to = "explains" },
    { id = "b", text = "Our tracking software fixes that.", to = "brush_off" },
  },
}

node "explains" {
  say = "The customer calls me, I call the carrier, and we all guess.",
  routes = {
    { id = "asks", when = "next_step", to = "booked" },
  },
  otherwise = "brush_off", closing = true,
}

node "booked" {
  say = "Fine, come on Tuesday.",
  ending = { outcome = "meeting_booked", success = true },
}

node "brush_off" {
  say = "Send me an email.",
  ending = { outcome = "brush_off", success = false },
}
