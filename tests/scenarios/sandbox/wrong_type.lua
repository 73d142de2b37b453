scenario {
  id = "wrong_type",
  start = "a",
  title = 42,
}
node "a" { say = "hi", ending = { outcome = "done" } }
