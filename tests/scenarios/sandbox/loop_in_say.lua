scenario { id = "loop_in_say", start = "a" }
node "a" {
  say = function(s)
    while true do end
  end,
  ending = { outcome = "done" },
}
