-- Fixture for the screenshot tests: loads fine, but the route function of
-- the first node raises an error (line 14) once the trainee answers. The GUI
-- must show the error in a banner and stay usable.
scenario {
  id = "runtime_error",
  title = "A scenario with a bug",
  difficulty = 2,
  pitch = "Fails on the first answer.",
  persona = { name = "Sam Ortiz", role = "Buyer", company = "Acme" },
  brief = "A fixture.", purpose = "Show the error banner.",
  start = "opening",
}
node "opening" {
  say = "Hello?", route = function(s, move) error("the author made a mistake here") end,
  otherwise = "done",
}
node "done" { say = "Bye.", ending = { outcome = "brush_off", success = false } }
