scenario { id = "unknown_label", start = "a" }
node "a" {
  say = "hi",
  routes = {
    { when = "open_questoin", to = "b" },
  },
  otherwise = "b",
}
node "b" { say = "bye", ending = { outcome = "done" } }
