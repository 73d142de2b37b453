-- Deliberately broken scenario for `coach check` (a Lua syntax error).
-- Every line marked "expect: SEVERITY CODE" must get exactly that finding at
-- that line, and nothing else may be reported (tests/cli/check_broken.sh).
scenario {
  id = "broken_lua_syntax_error",
  title = "Broken: syntax", version = "1.0.0", difficulty = 1,
  pitch = "A fixture for coach check.",
  persona = { name = "Pat Doe", role = "Buyer", company = "Acme Parts", voice = "plain" },
  brief = "Fixture: you sell delivery tracking to Pat.",
  purpose = "Fixture: find out why orders are late.",
  start = "opening",
  targets = { { id = "pain", kind = "pain", text = "Orders arrive late", keys = "late order delay" } },
}

node "opening" {
  say = "Hello."
  ending = { outcome = "x", success = true },  -- expect: error lua-error
}
