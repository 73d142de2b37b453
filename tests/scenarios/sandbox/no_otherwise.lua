scenario { id = "no_otherwise", start = "a" }
node "a" {
  say = "hi",
  routes = { { when = "open_question", to = "b" } },
}
node "b" { say = "bye", ending = { outcome = "done" } }
