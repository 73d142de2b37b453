-- Hostile at run time: text made while playing that is not UTF-8: a say
-- function returns a cut sequence, surrogates and values past U+10FFFF
-- from utf8.char, and a stray byte; an option's text becomes "\xff"; state
-- strings and a state key hold broken bytes, and one string is cut at
-- 4,096 bytes in the middle of an "é". The session still exits 0 and its log
-- is valid UTF-8 that report, export and the schema accept: broken bytes
-- are U+FFFD, and the cut drops the split character whole.
-- run-exits: 0
-- log-contains: "text":"Caf� ���
-- log-contains: "text":"Option �"
-- log-contains: "bad":"��"
-- log-contains: "�key":1
-- log-contains: aaaaaaaaaaaaaaaa","interest"
scenario {
  id = "text_made_at_run_time", title = "Hostile: text made at run time", version = "1.0.0",
  difficulty = 1, brief = "b", purpose = "p", start = "hello",
  state = { bad = "", cut = "" },
}

local ask = {
  say = "Pick one.",
  choices = { { id = "a", text = "Option A", to = "done" }, { id = "b", text = "Option B", to = "done" } },
}

node "hello" {
  say = function(s)
    ask.choices[1].text = "Option \xff"
    return "Caf\xc3 " .. utf8.char(0xD800, 0x7FFFFFFF) .. " \xff end"
  end,
  effects = function(s)
    s.bad = "\xff\xfe"
    rawset(s, "\xffkey", 1) -- a key no declaration can name
    s.cut = string.rep("a", 4095) .. "\u{e9}"
  end,
  routes = { { when = "open_question", to = "ask" } },
  otherwise = "ask",
}

node "ask" (ask)

node "done" { say = "Bye.", ending = { outcome = "done", success = true } }
