scenario {
  id = "missing_start",
}
node "a" { say = "hi", ending = { outcome = "done" } }
