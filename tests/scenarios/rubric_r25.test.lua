-- Rubric tests from play study round 25's score judgments.

-- "If Harlow keeps getting late deliveries, what's at stake for you?" asks
-- what the problem going on puts at risk (discovery.cost_of_inaction), and
-- "What would the ops director need to see to approve a fix?" what the one
-- who approves needs (discovery.buying_process): r25 plant_downtime picker
-- 5 and 6: +6 and +5 (discovery 82 -> 93 on the first seven lines).
local PD = "../../scenarios/plant_downtime.lua"
scenario_test {
  name = "rubric r25: what's at stake if it keeps happening, what the approver needs to see (plant picker)",
  scenario = PD,
  say = {
    "Hi Dana, thanks. In ten minutes I'd like to learn how downtime affects your plant and see if we can help; if not, I'll say so. OK?",
    "What's been happening with downtime lately?",
    "Called in on a Sunday again - what's that been like for you?",
    "That sounds exhausting. What does each stop end up costing the plant?",
    "If Harlow keeps getting late deliveries, what's at stake for you?",
    "What would the ops director need to see to approve a fix?",
    "What would Sam need to see before March?",
  },
  expect = { scores = { discovery = { 88, 100 } } },
}

-- An open question that names the cue asks about it whether or not the
-- analyser calls it a probe: "What would the ops director need to see to
-- approve a fix?" after "I'm the one explaining that to the ops director"
-- (r25 plant_downtime picker 6, skilled 6) builds on the answer - an open
-- question, no probe (docs/labels.md) - and was docked as the director cue
-- missed. Wordings written for this test; then two lines that follow
-- nothing (68 with the cue missed, 83 with it followed).
local PD_PICKER_5 = {
  "Hi Dana, thanks. In ten minutes I'd like to learn how downtime affects your plant and see if we can help; if not, I'll say so. OK?",
  "What's been happening with downtime lately?",
  "Called in on a Sunday again - what's that been like for you?",
  "That sounds exhausting. What does each stop end up costing the plant?",
  "If Harlow keeps getting late deliveries, what's at stake for you?",
}
local function pd_director(name, line, band)
  local say = {}
  for _, l in ipairs(PD_PICKER_5) do say[#say + 1] = l end
  say[#say + 1] = line
  say[#say + 1] = "How long has Line 3 been giving you trouble?"
  say[#say + 1] = "What have you tried so far?"
  scenario_test { name = name, scenario = PD, say = say, expect = { scores = { listening = band } } }
end
pd_director("rubric r25: 'What does your director need to see to sign off on new equipment?' follows the director",
            "What does your director need to see to sign off on new equipment?", { 80, 86 })
pd_director("rubric r25: 'What would the director need to see to say yes?' follows the director",
            "What would the director need to see to say yes?", { 80, 86 })
pd_director("rubric r25 near-miss: 'What would the board need to see to approve a fix?' shares one ordinary word, follows nothing",
            "What would the board need to see to approve a fix?", { 65, 71 })

-- One word of a longer cue is one ordinary word, and an acronym is no name:
-- "So what are your top challenges in AP?" right after "Everyone blames AP"
-- is a stock question that holds "AP" (open, no probe), not one about the
-- blame (25 with the cue missed; r22-r25 cfo_demo average 3 the same).
scenario_test {
  name = "rubric r25 near-miss: 'So what are your top challenges in AP?' does not follow 'Everyone blames AP'",
  scenario = "../../scenarios/cfo_demo.lua",
  say = {
    "Hi Helen, thanks for reaching out! We can probably do something by friday. So what are your biggest challenges right now?",
    "So what are your top challenges in AP?",
    "How many invoices do you process a month?",
  },
  expect = { scores = { listening = { 20, 30 } } },
}
