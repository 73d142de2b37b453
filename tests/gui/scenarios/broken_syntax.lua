-- Fixture for the screenshot tests: a scenario with a Lua syntax error on
-- line 5. The menu must list it with its error and keep it unselectable.
scenario {
  id = "broken_syntax",
  title = "Broken" ..
}
