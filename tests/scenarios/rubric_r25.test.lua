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
