-- Hostile at run time: effects make trust NaN and interest and two other
-- variables not finite. Trust and interest are clamped (NaN -> 0, inf ->
-- 100); another variable that is not finite is null in the log. The
-- session exits 0 and its log holds only numbers JSON has.
-- run-exits: 0
-- log-contains: "trust":0
-- log-contains: "interest":100
-- log-contains: "big":null
scenario {
  id = "numbers_not_finite_state", title = "Hostile: NaN and infinite state", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
  state = { big = 0, nan = 0 },
}

node "hello" {
  say = "Hello, {big} and {nan}.",
  effects = function(s) s.trust = 0 / 0 s.interest = math.huge s.big = -math.huge s.nan = 0 / 0 end,
  routes = { { when = "open_question", to = "ask" } },
  otherwise = "ask",
}

node "ask" {
  say = "Pick one.",
  choices = { { id = "a", text = "Option A", to = "done" }, { id = "b", text = "Option B", to = "done" } },
}

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
