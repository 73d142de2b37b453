-- Fixture for the screenshot tests (tests/unit/test_ui_screens.c): a short,
-- stable scenario so the reference images do not change when the built-in
-- scenarios are edited. Choices, typed lines and an ending.
scenario {
  id = "warehouse_call",
  title = "The warehouse that runs late",
  version = "1.0.0",
  difficulty = 1,
  pitch = "A logistics lead whose orders keep shipping a day late.",
  persona = { name = "Priya Shah", role = "Logistics lead", company = "Kestrel Foods", voice = "direct" },
  brief = "You sell warehouse scheduling software. Priya took your call after a webinar.",
  purpose = "Learn why orders ship late and what it costs, then agree on a next step.",
  start = "opening",
  seed = 7,
  state = { trust = 40, interest = 30 },
  features = { "pick scheduling", "live dashboard" },
  outcomes = { "on-time shipping", "fewer late orders" },
  jargon = { "WMS", "SKU velocity" },
  targets = {
    { id = "pain", kind = "pain", text = "A fifth of orders ship a day late", keys = "late delay ship order" },
    { id = "impact", kind = "impact", text = "A retailer fines every late pallet", keys = "fine penalty cost retailer" },
  },
}

node "opening" {
  say = "Priya speaking. You've got a few minutes. What is this about?",
  cues = { { id = "minutes", words = "minutes time busy" } },
  choices = {
    { id = "a", text = "Thanks for making time. Could you walk me through what happens when an order runs late?", to = "explains" },
    { id = "b", text = "Our live dashboard schedules every pick automatically.", to = "cool" },
  },
  typed = true,
  routes = {
    { any = { "open_question", "probe" }, to = "explains" },
  },
  otherwise = "cool",
  better = "Thanks for making time. Could you walk me through what happens when an order runs late?",
}

node "explains" {
  say = "About one order in five ships a day late. Our biggest retailer fines us for every late pallet, and my team works weekends to catch up.",
  reveals = { "pain", "impact" },
  cues = { { id = "weekends", words = "weekend overtime team" } },
  routes = {
    { when = "next_step", to = "booked" },
    { words = "visit book meeting tuesday", to = "booked" },
    { any = { "open_question", "probe", "reflection" }, to = "deeper" },
  },
  otherwise = "deeper",
}

node "deeper" {
  say = "Honestly the weekends are wearing people down. If something fixed that, I'd listen.",
  routes = {
    { when = "next_step", to = "booked" },
    { words = "visit book meeting tuesday", to = "booked" },
  },
  otherwise = "deeper",
}

node "cool" {
  say = "Everyone says that. I don't have time for a demo.",
  better = "Fair enough, you must hear that a lot. What happens on your side when an order runs late?",
  routes = {
    { any = { "open_question", "reflection" }, to = "explains" },
  },
  otherwise = "lost",
}

node "booked" {
  say = "Fine, come by Tuesday and look at the floor with me.",
  ending = { outcome = "meeting_booked", success = true },
}

node "lost" {
  say = "I have to go. Send me an email.",
  ending = { outcome = "brush_off", success = false },
}
