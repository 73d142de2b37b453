scenario { id = "unknown_to", start = "a" }
node "a" {
  say = "hi",
  routes = {
    { when = "open_question", to = "b" },
    { when = "feature", to = "nowhere" },
  },
  otherwise = "b",
}
node "b" { say = "bye", ending = { outcome = "done" } }
