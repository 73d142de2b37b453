-- The anxious first-time buyer.
-- Lesson: reflect a worried prospect's concerns back in your own words, and
-- check you got them right. Used once or twice it opens her up; used on every
-- line it sounds like a technique and she stops trusting you.
-- Voice: Priya is anxious and precise. She talks fast, apologises, quotes
-- numbers to the dollar and asks you questions back.

local lib = include "lib/discovery.lua"

-- Echo meter: every reflection adds 2 (see reactions), every turn takes 1
-- off. Three reflections in a row reach 4: she notices the technique.
local function settle(s)
  if s.echoes > 0 then s.echoes = s.echoes - 1 end
end

-- A node whose entry also lets the echo meter settle by one turn.
local function scene(id)
  return function(t)
    local extra = t.effects
    t.effects = function(s)
      settle(s)
      if type(extra) == "function" then
        extra(s)
      elseif type(extra) == "table" then
        for k, v in pairs(extra) do s[k] = s[k] + v end
      end
    end
    return node(id)(t)
  end
end

-- (what a product would do for her, said in her words, is no echo)
local plain_benefit_q       -- (below)
local function echo_guard()
  return { id = "echo_guard", when = "reflection", unless = { "next_step", "benefit" },
    -- (a summary then what a fix would do for her, in her words, is the pitch,
    -- not one more echo: plain_benefit, below)
    test = function(s, move) return s.echoes >= 4 and not plain_benefit_q(move) end,
           to = "parroted" }
end
-- What a product would do for her, said in her words ("...the payment the
-- one thing you know for sure, the same number every month while she's
-- small"): a benefit, even where the analyser hears only the product.
local HER_OUTCOME = { "same payment", "payment stays", "payment the same", "payment would stay", "payment will stay",
                      "same number", "same amount", "same every month", "same each month", "know exactly",
                      "know for sure", "know what you'll pay", "know what you're paying", "know what you'd pay",
                      "know the payment", "one thing you know", "thing you'd know", "you'd know", "you would know",
                      "you'll know", "you will know", "won't change", "wont change", "wouldn't change",
                      "never changes", "doesn't move", "won't move", "wouldn't move", "stays put", "stay put",
                      "won't go up", "wouldn't go up", "can't go up", "no surprises", "no nasty", "sleep",
                      "not stuck", "won't be stuck", "wouldn't be stuck", "not trapped", "wouldn't be trapped",
                      "without a penalty", "no penalty", "take it with you", "certainty", "peace of mind",
                      "whatever the headlines", "whatever rates do", "whatever the rates do",
                      "if you sell", "if you have to sell", "if you need to sell", "if you had to sell" }
local FOR_HER = { " you ", " you'", " your ", " you,", " you.", " she ", " she'", " her ", " her,", " her.",
                  "baby", " tom", " the two of you", " family", "the payment", "headlines", "four hundred",
                  "groceries", "maternity", "the street", "the merger", "the school" }
-- A list of product terms with no outcome for her ("locks your rate, free
-- valuation, no arrangement fee, overpay 10%... Would that help?") stays a
-- pitch, whatever "you can" in it makes the analyser hear.
local PRODUCT_TERMS = { { "fix" }, { "tracker" }, { "offset" }, { "portable" }, { "overpay" }, { "valuation" },
                        { "arrangement fee", "no fee", "fees", "free legal", "legal fees" }, { "cashback", "cash back" },
                        { "lock" }, { "erc", "early repayment" }, { "apr", "ltv", "svr" }, { "%", "percent" },
                        { "lenders", "products" }, { "app " } }
local function her_outcome(move)
  return lib.mentions(move, HER_OUTCOME) and lib.mentions(move, FOR_HER)
end
local function bare_list(move)
  if her_outcome(move) then return false end
  local count = 0
  for _, group in ipairs(PRODUCT_TERMS) do
    if lib.mentions(move, group) then count = count + 1 end
  end
  return count >= 3
end
local PRODUCT_WORDS = { "fix", "tracker", "offset", "portable", "mortgage", "deal", "product", "rate lock" }
local function plain_benefit(move)
  local l = move.labels
  -- (or said with no product and no other move: "your payment would be the same every month")
  return not l.benefit and not l.next_step
    and (l.feature or lib.mentions(move, PRODUCT_WORDS) or next(l) == nil)
    and her_outcome(move) and not bare_list(move)
end
plain_benefit_q = plain_benefit
-- a pitch (a feature with no outcome, or a bare list of them), not a benefit said plainly
local function pure_pitch(move)
  if not move.labels.feature or plain_benefit(move) then return false end
  return not move.labels.benefit or bare_list(move)
end
-- "We've got a comparison tool that puts the lenders side by side, he'd
-- probably like that": a feature someone would like (her dad, Tom) is no
-- outcome for her, whatever the analyser hears in "that puts ... he'd": she
-- is polite about it and the call stays on her story (likes_it), not on
-- what it would do for her (relief) or a wall of sales talk.
local LIKING = { "like that", "like it", "like this", "love that", "love it", "love this", "be into", "appreciate that",
                 "appreciate it", "appreciate this", "fan of", "up his street", "up her street", "his cup of tea",
                 "her cup of tea", "enjoy that", "enjoy it", "be impressed", "impress him", "impress her" }
local function liking_only(move)
  return move.labels.feature and not move.labels.next_step and lib.mentions(move, LIKING) and not her_outcome(move)
    and not lib.mentions(move, { "so you", "you'd", "you would", "you'll", "you will", "your payment", "means you",
                                 "so your", "you can", "you could" })
end
local function likes_it() return { id = "likes_it", any = { "feature", "benefit" }, heard = "a feature someone would like",
  test = function(s, move) return liking_only(move) end, to = "likes_it" } end
-- "That's lovely. We do have a 5 year fixed rate that a lot of first time
-- buyers go for.": one product named in one short line is no wall of sales
-- talk - she reacts to it, mildly puzzled (one_product), as to a product
-- checked with her (r22 homebuyer average 5); two or more, or a long line,
-- is the dump
local function one_feature(move)
  if move.labels.next_step or move.labels.benefit or bare_list(move) then return false end
  local count = 0
  for i = 1, 6 do
    if lib.mentions(move, PRODUCT_TERMS[i]) then count = count + 1 end
  end
  local words = select(2, (move.text or ""):gsub("%S+", ""))
  return count == 1 and words <= 22
end
local function dumps() return { id = "dumps", any = { "feature" }, test = function(s, move) return pure_pitch(move) end,
  to = function(s, move) return one_feature(move) and "one_product" or "too_much_info" end } end
-- "We're one of the top-rated lenders and we've helped ten thousand
-- first-time buyers, so you're in good hands": before she has said a word
-- about her worries, who we are and how good we are, with no question, is
-- sales talk she reacts to (not a line she asks to hear again).
local function intro_pitch() return { id = "intro_pitch", when = "feature",
  unless = { "open_question", "probe", "closed_question", "next_step", "reflection" },
  heard = "a pitch about the lender", to = "too_much_info" } end
-- "...we've got access to over ninety lenders. Can I tell you a bit about what
-- we do?": the same pitch, asking leave to go on with it; she reacts to the
-- pitch (not to a question on her numbers).
local PITCH_LEAVE = { "tell you about", "tell you a bit", "tell you a little", "tell you more about", "about what we do",
                      "about us", "walk you through", "run you through", "take you through", "show you what we",
                      "tell you how we", "explain what we", "explain how we" }
local function pitch_leave(move)
  if not move.labels.feature then return false end
  local last = ""
  for sentence in string.lower(move.text or ""):gmatch("[^%.!%?]+[%.!%?]*") do
    if sentence:find("%a") then last = sentence end
  end
  return lib.mentions({ text = last }, PITCH_LEAVE)
end
local function asks_to_pitch() return { id = "asks_to_pitch", when = "feature", any = { "closed_question" },
  unless = { "open_question", "probe", "next_step", "reflection", "benefit" }, heard = "a pitch about the lender",
  words = "tell about what we do us walk through", examples = { "can I tell you a bit about what we do",
                                                                 "can I walk you through what we offer" },
  test = function(s, move) return pitch_leave(move) end,
  to = "too_much_info" } end

-- Does the proposed next step include her father (the real decision maker)?
local function seen(s, id) return (s.visits[id] or 0) > 0 end

-- An ask that brings her dad: named, or - once he has come up (his money,
-- or "not until Dad's seen it") - "him", "could he do...", "he's welcome",
-- and the whole party: "the three of you", "you all", "all of you", his folder.
local DAD_AFTER = { " him ", " him?", " him,", " him.", " him!", " he ", " he's ", " he is ", " he'd ", " he can ",
                    " he could ", "three of you", "three of us", "all three", "the folder", "his folder",
                    "you all ", "you all?", "you all,", "all of you", "everyone", "everybody", "the whole family",
                    "all come", "both of them", "the lot of you", "all four", "four of us", "four of you" }
local function dad_in_view(s)
  return seen(s, "dads_money") or seen(s, "dad_gate") or seen(s, "dad_needs")
end
-- ("a rate a lot of new parents go for" brings no one: her parents are "your parents")
local function includes_dad(move, s)
  if lib.mentions(move, { "dad", "father", "your parent", "your folks", "your mum and", "your mom and" }) then
    return true
  end
  return s ~= nil and dad_in_view(s) and lib.mentions(move, DAD_AFTER)
end
-- Has she named her dad yet (his money, the folder, "Dad would like that")?
-- Until then a line of hers says "my dad", with who he is, never "Dad" as if
-- the adviser had met him.
local function dad_known(s)
  for _, id in ipairs({ "numbers", "dads_money", "dad_needs", "dad_job", "ready_needs", "relief" }) do
    if seen(s, id) then return true end
  end
  return false
end

-- Does an ask say when ("Thursday at 7", "Saturday morning", "next week")?
-- "Shall we set up a meeting sometime?" does not: she asks when.
local WHEN_WORDS = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
                     "evening", "afternoon", "weekend", "tomorrow", "tonight", "next week", "this week",
                     "o'clock", "lunchtime", "after work", "after your shift" }
local function names_time(move)
  return lib.mentions(move, WHEN_WORDS) or string.lower(move.text or ""):find("%d") ~= nil
end
-- An ask to send or sign something (the form, the application), not to meet.
local SEND_WORDS = { "send", "form", "application", "apply", "sign", "paperwork", "email you", "e-mail you" }
local function to_booked(s, move)
  s.ask_time = names_time(move)
  return "booked"
end

local function ask_result(s, move)
  if move.premature then return "pressure" end
  if s.trust < 35 then return "polite_no" end
  s.ask_meet = not lib.mentions(move, SEND_WORDS)
  if includes_dad(move, s) then return to_booked(s, move) end
  s.ask_time = names_time(move)
  return "dad_gate"
end


-- When a topic runs out: the door opens if enough came out, else she winds down.
local function next_stage(s)
  if s.found >= 3 then
    if seen(s, "in_my_shoes") then return "winding_down" end
    return "in_my_shoes"
  end
  return "winding_cold"
end

-- Given room, Priya goes on to the worry she has not told yet (the rates,
-- then the street) before the call winds on.
local function carry_on(s)
  if not seen(s, "rates_detail") then return "rates_detail" end
  if not seen(s, "street_worry") then return "street_worry" end
  return next_stage(s)
end

-- After a misstep, a real question gets her back to what she has not said yet.
local function back_on_track(s)
  if not (seen(s, "which_first") or seen(s, "rates_detail") or seen(s, "street_worry")) then
    return "which_first"
  end
  for _, topic in ipairs({ "rates_detail", "street_worry", "why_home", "dads_money" }) do
    if not seen(s, topic) then return topic end
  end
  return "in_my_shoes"
end

-- Rules many nodes share: an early ask, any ask, moving on.
local R = lib.rules { rushed = "pressure", asks = ask_result, moves_on = carry_on }

-- A question on one of her worries gets that worry, wherever she is. A line
-- that asks for a next step or says why you called is not a question about them.
local function asking() return { "open_question", "probe", "closed_question" } end
local NOT = function() return { "next_step", "purpose" } end
-- The question she answers: the last sentence of a line, with the one
-- before it when the question points back ("Let's take the rates first. What
-- is it about them?"), for rules whose words must be in that question ("That's
-- a decent deposit. What are your challenges?" is not about the deposit).
local function last_two(move)
  local last, before = "", ""
  for sentence in string.lower(move.text or ""):gmatch("[^%.!%?]+[%.!%?]*") do
    if sentence:find("%a") then before, last = last, sentence end
  end
  return " " .. last:gsub("%p", " ") .. " ", before
end
local function last_sentence(move)
  local last, before = last_two(move)
  -- ("...if Tom's job moves. If that did happen, what would it cost you?"
  -- asks what it would cost: its own question, not one about the clause before)
  for _, phrase in ipairs({ "cost", "what would that do to", "what would it do to", "what would that mean for" }) do
    if last:find(phrase, 1, true) then return last end
  end
  -- ("When it comes to picking the mortgage, how do the two of you decide?":
  -- a lead-in's "it" points at nothing before it)
  local bare = last
  for _, lead in ipairs({ " when it comes to ", " when it comes down to ", " if it comes to ", " when it s time to ", " when it is time to " }) do
    bare = bare:gsub(lead:gsub("%p", "%%%0"), " ")
  end
  for _, word in ipairs({ " it ", " them ", " that ", " there ", " this ", " those " }) do
    if bare:find(word, 1, true) then return " " .. before .. last end
  end
  return last
end
-- "So it's the payment, is that right?" checks a reflection: it is heard as
-- the reflection, not as a question on the topic it names.
-- ("...Is that the whole of it?", "have I got that?", "is that everything?" check the summary
-- whole, r28 skilled 11)
local WHOLE_CHECKS = { " whole of it ", " whole story ", " whole picture ", " whole thing ", " is that everything ",
                       " is that all ", " that s everything ", " that s all of it ", " got that ", " got it ",
                       " get that ", " anything i ve missed ", " anything i missed ", " have i missed " }
local CHECKS = { " right ", " fair ", " is that it ", " correct ", " true ", " make sense " }
for _, phrase in ipairs(WHOLE_CHECKS) do CHECKS[#CHECKS + 1] = phrase end
-- A product said with what it would do for her, with no real question in
-- it: "...a fix would keep the payment the same. Would that help you sleep?"
-- ("...wouldn't leave you trapped. How does that land?" checks the benefit
-- too; "...you might have to sell early. Who else is involved?" asks who decides)
local BENEFIT_CHECKS = { "how does that land", "how does that sound", "how does that feel", "how would that feel",
                         "how does that sit", "how would that sit", "what do you think", "what do you make of",
                         "how's that sound", "hows that sound", "how would that be", "how does that strike",
                         "how would that land", "what would you make of" }
local BENEFIT_WHO = { "who else", "who decides", "anyone else", "anybody else", "involved", "a say", "weigh in",
                      "sign off", "final say", "last word", "final call", "final decision", "you decide",
                      "you both decide", "of you decide", "who has the", "who gets the" }
local function benefit_pitch(move)
  local l = move.labels
  if not (l.benefit or plain_benefit(move)) or l.next_step or bare_list(move) then return false end
  local last = ""
  for sentence in string.lower(move.text or ""):gmatch("[^%.!%?]+[%.!%?]*") do
    if sentence:find("%a") then last = sentence end
  end
  if lib.mentions({ text = last }, BENEFIT_WHO) then return false end
  if not (l.open_question or l.probe) then return true end
  return lib.mentions({ text = last }, BENEFIT_CHECKS)
end
-- "If that did happen, what would it cost you?", "if the payment went up,
-- what would that do to your month with a baby on the way?": a question on
-- what something would cost her is about that, not about a name in a clause
-- beside it (Tom, the baby).
local COST = { "what would it cost", "what would that cost", "what'd it cost", "what would it do to",
               "what would that do to", "what does that do to", "what would that mean for", "what would it mean for",
               "how much would that cost", "how much would it cost", "how would that hit", "how would that affect",
               "how would it affect", "what would happen to your", "what happens to your", "how would you cope" }
local rate_if               -- (below: "say it jumps after the baby, where does that leave you?")
local function asks_cost(move)
  if rate_if(move) then return true end
  local last = ""
  for sentence in string.lower(move.text or ""):gmatch("[^%.!%?]+[%.!%?]*") do
    if sentence:find("%a") then last = sentence end
  end
  return lib.mentions({ text = last }, COST)
end
-- ("We can do five year fixes, and ours are portable. Would that be better
-- for you?" checks the pitch too: she reacts to the product, not to fixing in general)
local PITCH_SUITS = { "be better for you", "would that be better", "would that suit", "suit you better", "work better for",
                      "sound better", "better option for you", "better fit", "suit you?", "suit you ", "would that be easier" }
local function pitch_checked(move)
  if plain_benefit(move) then return false end
  if lib.checks_pitch(move) then return true end
  -- (a bare list of products heard as a benefit, checked: still the pitch)
  if bare_list(move) and move.labels.closed_question
     and lib.checks_pitch({ text = move.text, labels = { feature = true, closed_question = true } }) then
    return true
  end
  if not lib.pitch_only(move) then return false end
  local last = ""
  for sentence in string.lower(move.text or ""):gmatch("[^%.!%?]+[%.!%?]*") do
    if sentence:find("%a") then last = sentence end
  end
  return lib.mentions({ text = last .. " " }, PITCH_SUITS)
end
local function not_a_check(s, move)
  -- a pitch that checks itself ("...would that help?") is no question on a topic
  if pitch_checked(move) or benefit_pitch(move) then return false end
  if not move.labels.reflection then return true end
  -- the check is the last short sentence, or the clause after its last
  -- comma ("sounds like there's no slack left, is that right")
  local last = last_two(move)
  if select(2, last:gsub("%a+", "")) > 7 then
    local clause = ""
    for part in string.lower(move.text or ""):gmatch("[^%.!%?,;]+") do
      if part:find("%a") then clause = part end
    end
    last = " " .. clause:gsub("%p", " ") .. " "
    if select(2, last:gsub("%a+", "")) > 4 then return true end
  end
  for _, phrase in ipairs(CHECKS) do
    if last:find(phrase, 1, true) then return false end
  end
  return true
end
-- A topic rule's words may come from anywhere in the line, but the question
-- she answers must be about that topic too, or too short to be about anything
-- else ("Tell me more."): "Tom says don't worry. What's the worry underneath?"
-- is not a question about Tom.
local function about(phrases)
  return function(s, move)
    if not not_a_check(s, move) then return false end
    local q = last_sentence(move)
    if select(2, q:gsub("%a+", "")) <= 6 then return true end
    for _, phrase in ipairs(phrases) do
      if q:find(phrase, 1, true) then return true end
    end
    return false
  end
end
local SELL_WORDS = { "sell", "selling", "sold up", "have to move", "had to move", "move out", "moving out" }
-- ...and what selling would cost them ("what would it cost you?", "would you lose money?")
local SELL_COST = { "cost you", "cost the two", "cost them", "cost us", "what would it cost", "what would that cost",
                    "how much would", "lose money", "losing money", "would you lose", "stand to lose", "at a loss",
                    "take a hit", "taking a hit", "out of pocket", "owe more", "still owe", "financially",
                    "what would you be left", "left with", "in negative equity", "underwater" }
-- Asking whether she has been anywhere besides the bank
local OTHERS = { "broker", "other lender", "any lender", "another lender", "spoken to any", "talked to any",
                 "been to any", "gone to any", "looked around", "shopped", "shop around", "other quotes",
                 "any quotes", "other deals", "compared", "anywhere else", "anyone else" }
local function names(q, list)
  for _, phrase in ipairs(list) do if q:find(phrase, 1, true) then return true end end
  return false
end
-- "You said that part isn't a maybe - what is still a maybe?", "what's still up in the air?": what is
-- still uncertain for her (the street, the school merger), not why it matters (r20 homebuyer picker 8).
-- (the question's words, punctuation read as spaces: "isn't" is "isn t")
local STILL_UNSURE = { "still a maybe", "still maybe", "is a maybe", " are maybes", " the maybes", " other maybe",
                       -- ("what else still feels like a maybe?", r28 skilled 6)
                       "like a maybe", "feel like maybes", "feels like maybes", "else a maybe", "still feels uncertain",
                       "still feels unsure", "feels up in the air",
                       "still uncertain", "still unsure", "still unknown", "still unclear", "up in the air",
                       "still open", "not certain yet", "isn t certain", "is uncertain", "are uncertain",
                       "unsettled", "undecided", "isn t settled", "not settled", "isn t decided", "not decided yet",
                       "don t know yet", "nobody knows yet" }
local function asks_still_unsure(move)
  local q = last_sentence(move)
  return names(q, STILL_UNSURE) and names(q, { "what", "which", "anything", "tell me", "where" })
    and not names(q, { " why ", " matter", "so hard", "so much" })
end
-- "What makes not knowing the payment so hard for you right now?": why the not knowing is so hard
-- for her (the baby, planning), whatever it names - not the rates, which she has just said it
-- isn't (r20 homebuyer skilled 4).
local NOT_KNOWING = { "not knowing", "uncertainty", "the unknown", "not being sure", "not being able to plan",
                      "can t plan", "cannot plan" }
local HARD = { "so hard", "hard for you", "so difficult", "difficult for you", "so tough", "tough for you",
               "so bad", "so stressful", "stressful for you", "so scary", "scary for you", "so much", "matter",
               " why ", "hardest", "worst", "get to you", "gets to you", "keeps you up", "keep you up" }
local function why_not_knowing(move)
  local q = last_sentence(move)
  return names(q, NOT_KNOWING) and names(q, HARD)
end
local WHY_WORDS = "important matter why mean accomplish behind certainty certain"
-- Why it matters, asked again once she has told it ("If it isn't about the
-- house, what is it really about for you?"): she says it short, and the
-- options move on (why_again), not the ones she has answered.
local function to_why(s) return seen(s, "why_home") and "why_again" or "why_home" end
local function why(words)
  -- (the not knowing itself, asked why it is so hard: why_not_knowing)
  return { id = "why", any = { "open_question", "probe" }, unless = NOT(), words = words .. " knowing uncertainty unknown",
           heard = "why it matters to her",
           -- ("why might you have to sell?" asks why they would sell: why_sell)
           test = function(s, move)
             return (about({ "important", "matter", "why", "mean", "accomplish", "maybe", "behind", "certain",
                             "so much" })(s, move) or why_not_knowing(move))
               and not asks_still_unsure(move)
               and not names(last_sentence(move), SELL_WORDS)
               -- ("Tell me about the school merger - what would it mean for Tom?" is the merger)
               and not names(last_sentence(move), { "merger", "merge", "merging", "kelby" })
               -- ("if rates did jump two points, what would that mean for you?" is the rates)
               and not (names(last_sentence(move), { "if ", "say ", "suppose" })
                        and names(last_sentence(move), { "rate", "payment", "go up", "went up", "jump", "rise", "rose" }))
               -- ("Tell me about the rates side - what have you worked out it
               -- would mean for you?" asks what the rates would do to them in
               -- money: the rates, r22 picker 2)
               and not (names(last_sentence(move), { "would mean", " d mean", "would it mean", "worked out", "work out",
                                                     "in money", "a month" })
                        and names(last_sentence(move), { "rate", "payment" }))
           end,
           examples = { "what's behind wanting that certainty so much", "why does knowing matter so much to you" },
           to = to_why }
end
local tom_view_q            -- (below: "what does Tom make of fixing?" is how Tom sees it)
-- "That makes the payment feel a lot bigger than a number. Where's Tom on all
-- of this, and who gets the final say on the mortgage?": a question that
-- names a person (Tom, her dad) or who decides, and no rate word of its own,
-- is about them: the payment of the lead-in it points back at ("all of this")
-- is no question on the rates (r23 homebuyer skilled 5).
local PEOPLE_Q = { " tom ", " tom s ", " dad ", " dad s ", " father ", " your parents ", " partner " }
local RATE_Q = { " rate", " interest", " headline", " payment", " fix", " variable", " go up", " goes up", " rise" }
local function own_person_q(move)
  local q = last_two(move)
  return (names(q, PEOPLE_Q) or names(q, BENEFIT_WHO)) and not names(q, RATE_Q)
end
-- "If the payments did jump and you couldn't hold onto the house, what would
-- that do to that plan?", "if you lost the house, what would that mean for the
-- baby?": losing the home itself, put as an if with what it would do to them,
-- is the stakes - one front door for her - not the rates that might cause it
-- (r25 homebuyer skilled 6). (Missing the seller's deadline is misses_deadline,
-- selling after the merger merger_if.)
local LOSE_HOME = { "hold onto the house", "hold on to the house", "hold onto the home", "hold on to the home",
                    "hold onto it", "hold on to it", "keep the house", "keep the home", "keep your home",
                    "keep hold of the house", "lose the house", "lost the house", "losing the house",
                    "lose the home", "lost the home", "losing the home", "lose your home", "lost your home",
                    "losing your home", "stay in the house", "stay in the home",
                    "couldn t stay", "could not stay", "can t stay", "forced out", "repossess",
                    "move again", "moving again", "had to move out", "have to move out" }
local STAKES = { "what would that do", "what would it do", "what does that do", "what would that mean",
                 "what would it mean", "what does that mean", "where would that leave", "where does that leave",
                 "where would it leave", "how would that affect", "how would it affect", "how would that feel",
                 "how would you feel", "what would happen to", "what happens to", "what would that look like",
                 "how would you cope", "then what", "what then" }
local function loses_home(move)
  if move.labels.next_step or not (move.labels.open_question or move.labels.probe or move.labels.closed_question) then
    return false
  end
  local q = last_sentence(move)
  return names(q, LOSE_HOME) and names(q, STAKES) and not names(q, { "seller", "deadline", "four weeks", "offer" })
    and not names(q, { "who else", "who decides", "a say", "anyone else" })
end
local function stakes()
  return { id = "loses_home", any = asking(), unless = NOT(), heard = "what losing the home would mean",
           words = "lose lost losing hold keep house home plan stay",
           test = function(s, move) return not_a_check(s, move) and loses_home(move) end,
           to = "losing_home" }
end
-- "How does it feel when the payment worry gets mixed up with that?" once she has told why the
-- house matters (one front door): how the money worry sits with that wish - her feelings, not
-- the rates' figures again (r28 skilled 4). ("How would it feel if rates went up?" is the rates.)
local FEELS = { "how does it feel", "how does that feel", "how do you feel", "how are you feeling",
                "what s that like for you", "what is that like for you", "what s it like for you",
                "what does that feel like", "what does it feel like", "how does that sit with you",
                "how does it sit with you", "how is that for you", "how s that for you", "what does that do to you",
                "what does it do to you" }
local FEELS_MONEY = { "payment", "rate", "money", "mortgage", "worry", "worries", "four hundred", "budget", "headline" }
local function feels_both(s, move)
  if not seen(s, "why_home") then return false end
  local q = last_sentence(move)
  return names(q, FEELS) and names(" " .. string.lower(move.text or "") .. " ", FEELS_MONEY)
    and not names(q, { " if ", " would ", " went up", " go up", " say ", " suppose" })
end
local function follows_rates(id)
  return { id = id or "follows_rates", any = asking(), unless = { "next_step" }, heard = "the rates",
           words = "rate rates variable fixed interest headline headlines rise rises payment",
           examples = { "are you worried the rates go up", "what is it about the rates that worries you" },
           -- ("who else would need to agree before you fix?" is who decides)
           -- ("Today I'd like to understand your situation... What's worrying
           -- you most about the rates?": after a purpose, a question that
           -- names the rates is the rates, r22 picker 1; a purpose with no
           -- such question stays a purpose)
           test = function(s, move)
             if move.labels.purpose then
               local q = last_two(move)   -- (its own last sentence: "...talk about the rates. Is that okay?" is not)
               if not names(q, { "rate", "interest", "payment", "go up" }) then
                 return false
               end
             end
             return about({ "rate", "interest", "headline", "payment", "fix", "variable", "go up", "rise" })(s, move)
               and not lib.mentions(move, { "who else", "anyone else", "anybody else", "a say" })
               and not own_person_q(move)
               and not tom_view_q(s, move) and not why_not_knowing(move) and not asks_still_unsure(move)
               and not loses_home(move) and not feels_both(s, move)
           end,
           to = "rates_detail" }
end
local function follows_street()
  return { id = "follows_street", any = asking(), unless = NOT(), heard = "the houses on her street",
           words = "street sold sell selling valued valuation neighbours resale",
           -- ("...you may have to sell early. Who else has a say in this?" is who decides)
           test = function(s, move)
             return about({ "street", "sold", "sell", "valu", "neighbour", "resale", "house" })(s, move)
               and not lib.mentions(move, { "who else", "anyone else", "anybody else", "a say" })
           end,
           to = "street_worry" }
end
local asks_missing          -- (below: "what happens if the offer isn't in by then?")
local THEIR_WHEN, by_when, their_when   -- (below: "with her due in May, when does it need to be done by?")
-- "How long are you planning to stay in the house?", "how long do you see yourselves there?": how long
-- they mean to stay (for good, the merger aside), an aside - not by when the offer is needed, nor
-- the mortgage term (r28 average 7). (A stay put as an if with what it would mean is loses_home.)
local STAY = { "planning to stay", "plan to stay", "plan on staying", "planning on staying", "intend to stay",
               "expect to stay", "hoping to stay", "hope to stay", "want to stay", "how long will you stay",
               "how long would you stay", "how long do you stay", "how long you ll stay", "how long you d stay",
               "how long you plan", "how long you re planning", "how long do you see yourselves",
               "how long do you see yourself", "see yourselves there", "see yourselves staying",
               "see yourself staying", "how long will you be there", "how long will you live",
               "how long do you plan to live", "how long are you planning to live", "staying long term",
               "long term home", "forever home" }
local function asks_stay(move)
  local q = last_sentence(move)
  return names(q, STAY) and not names(q, STAKES)
end
local function asks_deadline()
  return { id = "asks_deadline", any = { "open_question", "probe", "closed_question" }, unless = NOT(),
           heard = "when the offer is needed",
           -- ("What's the timescale you're working to on the mortgage?", r28 picker 6)
           words = "weeks deadline seller timeline timing timescale timeframe completion date firm soon",
           examples = { "when do you need the mortgage offer by", "what's your timeline",
                        "how long have you got", "what timescale are you working to" },
           -- ("when's the baby due?", "when would the merger happen?" are theirs)
           test = function(s, move)
             return about({ "week", "deadline", "seller", "timeline", "timing", "timescale", "time scale",
                            "timeframe", "time frame", "when", "date", "firm", "soon", "long" })(s, move)
               and (not their_when(last_sentence(move)) or by_when(move))
               and not asks_missing(s, move) and not asks_stay(move)
               -- ("when it's time to choose, who has the last word?" is who decides)
               and not lib.mentions({ text = last_sentence(move) }, BENEFIT_WHO)
           end,
           to = "deadline" }
end
local WHO = { "who else", "who decides", "your call", "a say", "sign off", "involved", "help you decide",
              "helping you decide", "deciding", "weigh in", "anyone else", "anybody else", "apart from you",
              "besides you", "other than you",
              -- ("...who gets the final say?", "how do the two of you decide?")
              "final say", "last word", "final call", "final decision", "the say", "you decide", "you both decide",
              "of you decide",
              -- ("I meant Tom - who's going to decide on the mortgage in the end?")
              "who's going to decide", "who is going to decide", "who will decide", "who'll decide",
              "who would decide", "who'd decide", "who gets to decide", "who makes the decision", "who makes the call",
              "who has the final", "who has the last" }
-- Ways of asking by when ("what's your timeline looking like?", "how soon do
-- you need the offer in place?"): the four weeks, wherever she is.
local TIMING = { "by when", "how soon", "timeline", "timescale", "time frame", "timeframe", "deadline", "what date",
                 "in place by", "need it by", "offer by", "how long have you got", "how long do you have",
                 "how long you have", "how long you've got", "how much time", "when does", "when do you need",
                 "when would you need", "the timing", "how quickly", "when are you",
                 "completion", "when do you have to", "need to be in place", "need to have" }
-- The question proper: the last clause of the last sentence ("With her due
-- in May, when does all this need to be locked down by?" asks by when; the
-- clause before it only sets the question up).
local function last_clause(move)
  local last = ""
  for sentence in string.lower(move.text or ""):gmatch("[^%.!%?]+[%.!%?]*") do
    if sentence:find("%a") then last = sentence end
  end
  local clause = last
  for part in last:gmatch("[^,;:%-]+") do
    if part:find("%a") then clause = part end
  end
  return " " .. clause:gsub("%p", " ") .. " "
end
THEIR_WHEN = { "baby", " due", "born", "merge", "kelby", "school" }
-- "Due" on the house is the purchase's date, not the baby's ("when are you
-- due to complete on Alder Close?", "when is completion due?" ask by when;
-- "when is the baby due?", "when are you due?" stay the baby)
local HOUSE_DUE = { "due to complete", "due to exchange", "due to close", "due to move", "due to sign",
                    "due to finish", "due to get the keys", "due to pick up the keys", "due on completion",
                    "due for completion", "due to be completed", "completion due", "completion is due",
                    "completion s due", "completion date due", "exchange due", "exchange is due",
                    "due to be signed", "offer due", "offer is due", "mortgage due", "mortgage is due" }
their_when = function(q)
  q = " " .. string.lower(q or ""):gsub("[^%w%s]", " ") .. " "
  for _, phrase in ipairs(HOUSE_DUE) do
    q = q:gsub(phrase:gsub("%p", "%%%0"), " ")
  end
  return names(q, THEIR_WHEN)
end
-- By when, asked after a lead-in on the baby: the four weeks, not the baby
by_when = function(move)
  local q = last_clause(move)
  return names(q, TIMING) and not their_when(q)
end
local function who_decides()
  return { id = "who_decides", any = { "open_question", "closed_question", "probe" }, unless = NOT(),
           heard = "who else decides",
           words = "decide decides decision involved dad father",
           test = about({ "decid", "decision", "involved", "dad", "father", "who", "weigh", "say", "help" }),
           to = "dads_money" }
end
local function asks_who()
  return { id = "asks_who", any = { "open_question", "closed_question", "probe" }, unless = NOT(),
           heard = "who else decides",
           -- (its examples name the question's topic: "I meant Tom - who's going
           -- to decide on the mortgage in the end?" asks who decides, not about Tom)
           examples = { "who's going to decide in the end", "who gets the final say", "who else has a say" },
           test = function(s, move) return not_a_check(s, move) and lib.mentions(move, WHO) end,
           to = "dads_money" }
end
local NUMBERS = { "price", "deposit", "saved", "savings", "income", "salary", "budget", "how much", "afford" }
local function asks_numbers()
  return { id = "asks_numbers", any = asking(), unless = NOT(), heard = "the price and the deposit",
           test = function(s, move)
             if not not_a_check(s, move) then return false end
             local q = last_sentence(move)
             -- ("what's your monthly budget?" is what she could pay a month)
             for _, w in ipairs({ "a month", "per month", "each month", "every month", "monthly" }) do
               if q:find(w, 1, true) then return false end
             end
             for _, w in ipairs(NUMBERS) do
               if q:find(w, 1, true) then return true end
             end
             return false
           end,
           to = "numbers" }
end
local function follows_baby()
  return { id = "follows_baby", any = asking(), unless = NOT(), heard = "the baby",
           words = "feeds baby pregnant due daughter",
           test = function(s, move)
             return about({ "feed", "baby", "pregnan", "due", "daughter", "night" })(s, move) and not asks_cost(move)
               and not by_when(move)
           end,
           to = "why_home" }
end
-- A question she has no story for: she goes on to the worry she has not
-- told yet, or the reason behind them, or who else decides.
local function carry_q(s)
  for _, topic in ipairs({ "rates_detail", "street_worry", "why_home", "dads_money" }) do
    if not seen(s, topic) then return topic end
  end
  return next_stage(s)
end
-- "What matters most to you in all this?": before she has said anything,
-- the two worries; once she has, the worry she has not told yet, then what
-- is underneath them (not the opening menu again, as if she had told nothing).
local function matters_most(s)
  if not (seen(s, "which_first") or seen(s, "rates_detail") or seen(s, "street_worry")) then return "which_first" end
  for _, topic in ipairs({ "rates_detail", "street_worry" }) do
    if not seen(s, topic) then
      -- once she has told the why: her, and the two worries that threaten it
      return seen(s, "why_home") and "which_first" or topic
    end
  end
  return "why_home"
end
local function matters()
  return { id = "matters", any = { "open_question", "probe", "closed_question" }, unless = NOT(),
           words = "matters matter important most", heard = "what matters most to her",
           test = function(s, move)
             return not_a_check(s, move)
               and lib.mentions(move, { "matters most", "matter most", "most important", "means most",
                                        "matters the most", "important to you", "what matters" })
           end,
           to = matters_most }
end
-- A generic question after a misstep or at a loose end.
local function open_question(id)
  return { id = id or "open", any = { "open_question", "probe" }, unless = NOT(), to = back_on_track }
end

-- One product with "would that help?" on the end: she reacts to it (not to
-- whatever worry it names), and a cold one ("Can I show you our best fix?")
-- loses her.
local function pitch_and_check(to)
  local rule = lib.pitch_and_check(to or "one_product", true)
  rule.test = function(s, move) return pitch_checked(move) end
  return rule
end
-- A benefit tied to her worry, checked with her ("...would that help you
-- sleep?"): it lands, and is no question about the rates.
-- What a benefit she reacts to offered (a fixed payment, a way out if they
-- sell, or something else): her relief answers that, not a product she was
-- never offered. Used as the `to` of the rules that lead to relief.
local function to_relief(s, move)
  if lib.mentions(move, { "fix", "same payment", "payment stays", "stays the same", "stay the same", "won't change",
                          "wouldn't change", "wont change", "wouldnt change", "doesn't move", "exact payment",
                          "know the payment", "know what you'll pay", "same every month" }) then
    s.offer = "payment"
  elseif lib.mentions(move, { "port", "take it with", "sell", "move house", "if you move", "stuck", "penalty" }) then
    s.offer = "way_out"
  else
    s.offer = "other"
  end
  return "relief"
end
local function lands()
  return { id = "lands", when = "benefit", any = { "closed_question", "open_question", "probe" }, unless = { "next_step" },
           heard = "what it would do for her",
           test = function(s, move) return benefit_pitch(move) and not liking_only(move) end,
           words = "land lands sound sounds feel think make help helps work",
           to = to_relief }
end
-- A benefit in her words the analyser hears as a product only (plain_benefit),
-- said or checked with her: what it would do for her, as a labelled one is.
-- A labelled benefit with a bare list of products is no benefit (bridges).
local function says_benefit()
  return { id = "says_benefit", heard = "what it would do for her",
           test = function(s, move) return plain_benefit(move) and benefit_pitch(move) end,
           to = to_relief }
end
local function bridges()
  return { id = "bridges", when = "benefit", to = to_relief,
           test = function(s, move) return not bare_list(move) and not liking_only(move) end }
end
-- "Say it does jump after the baby arrives, where does that leave you?": the
-- rate rising, put as an if with where it leaves her, is the cost of leaving
-- the rate as it is, whatever else the condition names (the baby, Tom's job).
-- ("If the merger happens, where does that leave you?" names no rate: merger_if)
local LEAVES = { "where does that leave", "where would that leave", "where does it leave", "where would it leave",
                 "where does that put", "where would that put", "where would you be", "where are you then",
                 "what happens then", "what then", "then what", "how would you manage", "how would you cope",
                 "what would you do", "what would that do to", "what would that mean for", "what would it mean for" }
local RATE_RISE = { "rate", "rates", "payment", "variable", "it jumps", "it does jump", "it did jump", "jumps",
                    "goes up", "went up", "go up", "rises", "rose", "climbs", "spikes" }
rate_if = function(move)
  if move.labels.next_step or not (move.labels.open_question or move.labels.probe or move.labels.closed_question) then
    return false
  end
  local last = ""
  for sentence in string.lower(move.text or ""):gmatch("[^%.!%?]+[%.!%?]*") do
    if sentence:find("%a") then last = " " .. sentence .. " " end
  end
  return names(last, { " if ", " say ", " suppose ", " what if ", " imagine " }) and names(last, RATE_RISE)
    and names(last, LEAVES) and not names(last, { "merger", "merge", "kelby", "sell", "dad", "father" })
    and not names(last, WHO)
end
-- "If you left the rate floating and did nothing, what would that mean?"
local function inaction()
  local rule = lib.asks_inaction("do_nothing", { "left the rate", "leave the rate", "stay on the variable",
                                          "stayed on the variable", "floating", "stay variable",
                                          "stay on a variable", "stay on variable", "stayed on a variable",
                                          "staying on the variable", "staying on a variable", "stick with the variable",
                                          "stick with a variable", "stick on the variable", "keep the variable",
                                          "stay on your variable", "stay on the current", "stick with the current",
                                          -- "just sign whatever deal you can get and hope"
                                          "and hope", "just hope", "hope for the best", "whatever deal",
                                          "sign whatever", "take whatever", "just sign", "just take the" })
  rule.words = rule.words .. " hope whatever sign"
  -- ("a fix means your payment stays the same... How does that sound?" is a
  -- benefit she reacts to, not a question on leaving things as they are)
  local test = rule.test
  rule.test = function(s, move)
    return not benefit_pitch(move) and not loses_home(move) and (test(s, move) or rate_if(move))
  end
  return rule
end
-- "How do you and Tom see it differently?"
tom_view_q = function(s, move)
  if not not_a_check(s, move) then return false end
  local q = last_sentence(move)
  local function has(list)
    for _, phrase in ipairs(list) do if q:find(phrase, 1, true) then return true end end
    return false
  end
  -- ("...how do the two of you decide?" is who decides)
  if has(BENEFIT_WHO) then return false end
  return has({ "tom", "two of you", "both of you", "you two", "your partner" })
    and has({ "differently", "disagree", "see it", "feel about", "feels about", "think about",
              "make of", "same page", "argue", "worried", "stressed", "nervous",
              "anxious", "calm", "bothered", "relaxed",
              -- where he stands ("Where's Tom on all of this?", "what's Tom's take?";
              -- not where he works: about_tom)
              "where s tom on", "where is tom on", "where s tom at", "where is tom at", "where s tom with",
              "where is tom with", "tom stand", "tom s take", "tom s view", "tom s thoughts", "tom s position",
              "tom s feeling", "what about tom", "how about tom", "how s tom with", "how is tom with",
              "how s tom taking", "how is tom taking", "how s tom handling", "how is tom handling",
              "how s tom finding", "how is tom finding", "tom taking it", "tom taking all" })
end
local function follows_tom()
  return { id = "follows_tom", any = asking(), unless = NOT(), heard = "how she and Tom see it",
           words = "tom partner differently disagree two both worried calm",
           -- in the question she answers: "Tom says don't worry. What's the
           -- worry underneath?" is about her, not Tom
           test = function(s, move) return tom_view_q(s, move) end,
           examples = { "how do you and Tom see it differently", "what does Tom make of it" },
           -- ("Where's Tom at with all this, and who has the last word on the
           -- mortgage?": the first of two joined questions is the one heard,
           -- and her dad's say, with Tom folding to him, answers both; r23
           -- homebuyer skilled 5)
           to = function(s, move)
             if names(last_two(move), BENEFIT_WHO) or lib.mentions({ text = last_two(move) }, WHO) then
               return "dads_money"
             end
             return "tom_view"
           end }
end
-- "Which of those keeps you up more?"
local function which_more()
  return { id = "which_more", any = asking(), unless = NOT(), heard = "which worry is bigger",
           words = "which more worse bigger most",
           test = function(s, move)
             return not_a_check(s, move)
               and lib.mentions(move, { "which of those", "which one", "which of the two", "which is worse",
                                        "which is bigger", "which worries", "which keeps", "bigger worry",
                                        "worry you more", "worries you more", "worse of the two" })
           end,
           to = "bigger_fear" }
end

-- A plain question about someone or something she has mentioned (Tom, the
-- merger, the houses that sold, her dad, the baby, all the moving, the
-- seller, the bank, the house price) gets that answer wherever she is: each
-- rule names its thing in the question she answers (last_sentence).
local function mentioned(id, list, words, heard, to, more)
  return { id = id, any = asking(), unless = NOT(), words = words, heard = heard, to = to,
           test = function(s, move)
             if not not_a_check(s, move) then return false end
             local q = last_sentence(move)
             return names(q, list) and (more == nil or more(s, move, q))
           end }
end
-- "What would you need to feel ready?": what she needs, not her story
-- (what Dad would need is dad_needs, where she has named him)
local function asks_ready()
  return mentioned("about_ready", { "feel ready", "you need to", "would you need", "do you need", "you'd need",
                               "make you comfortable", "make you feel", "feel comfortable", "feel better",
                               "help you decide", "put your mind at rest", "feel confident", "feel sure" },
              "need ready comfortable confident sure decide", "what she would need to feel ready", "ready_needs",
              function(s, move, q)
                return not names(q, { " he ", " him ", "dad", "father", " tom ", "who" }) and not names(q, TIMING)
              end)
end
-- "What does he do, is he helping with the deposit?": once her dad has come up
-- (his money, or "not until Dad's seen it"), a question about "him" with no
-- other person in it asks about her dad: his money, or once told, his job.
local HIS = { "deposit", "money", "help", "putting", "giving", "put in", "chip", "contribut", "bank", "manager",
              "job", "work", "do for", "does he do", "did he do", "retired", "involved", "lend", "good with",
              "numbers", "know", "think", "feel", "like him", "get on", "close" }
local function about_him()
  return { id = "about_him", any = asking(), unless = NOT(), heard = "her dad",
           test = function(s, move)
             if not (dad_in_view(s) and not_a_check(s, move)) then return false end
             local q = last_sentence(move)
             return names(q, { " he ", " him ", " his ", " he's ", " he'd " }) and names(q, HIS)
               and not names(q, { "tom", "partner", "see", "need", "comfortable", "convince" })
           end,
           to = function(s, move)
             if seen(s, "dads_money") and names(last_sentence(move), { "job", "work", "do for", "does he do",
                                                                       "did he do", "retired", "bank", "manager" }) then
               return "dad_job"
             end
             return "dads_money"
           end }
end

-- "What are you looking for in a mortgage?": what she wants from one.
local function asks_wants()
  return mentioned("about_wants", { "looking for in", "looking for from", "want from", "want out of",
                                    "need from a", "need out of", "want in a mortgage", "ideal mortgage",
                                    "perfect mortgage", "kind of mortgage", "sort of mortgage", "type of mortgage",
                                    -- "what's the most important thing for you in a mortgage?" (r13)
                                    "thing for you in a ", "thing in a mortgage", "thing about a mortgage", "important in a ",
                                    "important to you in a ", "important for you in a ", "matters most in a ",
                                    "matter most in a ", "matters to you in a ", "most to you in a ", "most for you in a ", "priority in a ",
                                    "priorities in a ",
                                    "priority for a mortgage", "look for in", "want in a ", "need in a ",
                                    "what would a good", "what would the right", "what are you after" },
                   "want looking ideal perfect kind sort type mortgage deal", "what she wants from a mortgage",
                   "wants")
end

-- "What happens if you miss the deadline?", "if the offer isn't in by then,
-- where does that leave you?": what missing the four weeks would cost her.
local MISS = { "miss", "isn't in", "is not in", "isn't there", "is not there", "not there by", "not ready", "isn't ready", "not in by", "not in time", "don't make", "dont make",
               "do not make", "can't make", "cant make", "not get it in", "don't get it", "dont get it", "too late", "run out", "runs out", "ran out", "by then", "in time", "fall through",
               "falls through", "lose the house", "lose it", "lose out", "goes with the next", "go with the next",
               "past the deadline", "after the deadline", "over the deadline", "blow the deadline", "late",
               -- "if the offer isn't through in four weeks, what happens for you?"
               "isn't through", "is not through", "not through in", "not through by", "doesn't come through",
               "does not come through", "doesn't go through", "does not go through", "not come through",
               "isn't done", "not done in time", "isn't sorted", "not sorted in" }
local THEN = { "what happens", "what would happen", "what if", "where does that leave", "where would that leave",
               "where does it leave", "where would it leave", "then what", "what then", "what would that mean",
               "what does that mean", "what would it mean", "what does it mean", "what would you do",
               "what do you do", "what's the worst", "worst case" }
asks_missing = function(s, move)
  -- in the question she answers ("...the payment jumping... If the
  -- offer isn't in by then, where does that leave you?")
  local q = ""
  for sentence in string.lower(move.text or ""):gmatch("[^%.!%?]+[%.!%?]*") do
    if sentence:find("%a") then q = sentence end
  end
  local last = { text = q }
  -- ("the seller's four weeks - what happens if..." is no sale)
  return not_a_check(s, move) and lib.mentions(last, MISS) and lib.mentions(last, THEN)
    and not lib.mentions(last, { "rate", "payment", "sell ", "sell?", "sell,", "selling", "sold", "merge" })
end
local function misses_deadline()
  return { id = "misses_deadline", any = asking(), unless = NOT(), heard = "what missing the deadline would mean",
           words = "miss missed deadline late lose offer weeks happens leave then",
           test = asks_missing,
           to = "lose_house" }
end

-- "What other challenges are you having with the purchase?", "anything else
-- worrying you?": the worry she has not told yet (then what is underneath),
-- not more of the one she is on.
local OTHER = { "other", "else", "besides", "apart from", "on top of", "as well as", "another" }
local WORRY = { "worr", "concern", "challeng", "challang", "problem", "issue", "stress", "bother", "keeping you up",
                "keeps you up", "on your mind", "weighing", "going on", "fear", "scare", "nervous", "anxious",
                "difficult", "hard about", "struggl", "obstacle", "hurdle", "niggl", "sleep" }
local function asks_other()
  return mentioned("asks_other", OTHER, "other else worry worries concern challenge problem", "what else worries her",
                   carry_q,
                   function(s, move, q)
                     return names(q, WORRY) and not names(q, WHO)
                       and not names(q, { " tom", "dad", "father", " he ", " him ", "need", "most" })
                   end)
end
-- "What's the most you could pay a month?", "what could you afford monthly?":
-- her figure, an aside (not the price and the deposit, nor the next worry).
local MONTH = { "a month", "per month", "each month", "every month", "monthly", "pcm", "a week", "per week" }
local MONTH_ASK = { "afford", "pay", "budget", "most", "max", "comfortable", "stretch", "manage", "handle",
                    "how much", "what figure", "ceiling", "limit", "top end" }
local function asks_budget()
  return mentioned("about_budget", MONTH, "month monthly afford budget most max comfortable",
                   "what she could pay a month", "budget",
                   function(s, move, q)
                     return names(q, MONTH_ASK) and not names(q, WHO)
                       and not names(q, { "if ", "go up", "went up", "goes up", "rise", "rose", "jump", "extra",
                                          "more a month", "four hundred", "400", "cut", "give" })
                   end)
end
-- "Do you have a mortgage in principle yet?", "have you been pre-approved?":
-- a yes/no fact, an aside.
local function asks_in_principle()
  return mentioned("about_in_principle", { "in principle", "pre-approv", "preapprov", "pre approv", "approved for",
                                           "approval", " aip", " dip ", " dip?" },
                   "principle approved approval agreement decision", "whether they have a mortgage in principle",
                   "in_principle",
                   function(s, move, q) return not names(q, { "rate", "dad", "father", "seller" }) end)
end
-- "What would that peace of mind look like for you, day to day?": the
-- settled life she pictures, an aside (not the next worry). "What would it
-- look like if rates went up?" is the rates.
local function asks_picture()
  return mentioned("about_picture", { "look like", "feel like", "picture it", "picture yourself", "picture her",
                                      "you picture", "picture your", "picture life", "imagine", "day to day", "day-to-day",
                                      "be different for you", "would change for you", "would that change",
                                      "would it change" },
                   "look like picture imagine day peace settled feel", "what settled would look like for her",
                   "settled",
                   function(s, move, q)
                     return not names(q, { "if ", "rate", "go up", "went up", "rise", "jump", "lose", "miss", "sell",
                                           "merge", "mortgage", "deal", "product", "dad", "father", " tom", " he ",
                                           " him ", "happen", "worst", "headline", "the picture", "tell me about" })
                       and not names(q, WHO)
                   end)
end

-- Plain facts of the form, asides she answers: their jobs, the solicitor and
-- the survey, a first home, the term, whether her dad's money is a gift.
local function asides()
  return {
    mentioned("about_jobs", { "contract", "employed", "self-employed", "full time", "full-time", "part time",
                              "part-time", "what do you do for", "what do you both do", "your jobs", "job secure",
                              "jobs secure", "both work", "both working", "in work" },
              "job jobs work contract employed", "their jobs", "jobs",
              function(s, move, q) return not names(q, { " tom", "dad", "father", " he ", " him ", "merge", "if " }) end),
    -- "have you got your payslips and bank statements ready?": her documents
    -- for the lender (ready: a folder), not what the bank offered
    mentioned("about_documents", { "payslip", "pay slip", "bank statement", "documents", "documentation",
                                   "proof of income", "p60", "tax return", "paperwork ready", "paperwork together",
                                   "paperwork in order", "paperwork sorted", "paperwork done" },
              "payslips payslip statements documents documentation paperwork proof income ready", "her documents for the lender", "documents"),
    mentioned("about_paperwork", { "solicitor", "conveyanc", "survey", "searches", "lawyer", "legal side" },
              "solicitor conveyancer survey searches", "the solicitor and the survey", "paperwork"),
    mentioned("about_first", { "first home", "first house", "first time", "first-time", "first mortgage",
                               "bought before", "owned before", "owned a home", "owned a house", "own a home before" },
              "first time buyer bought owned", "whether it is their first home", "first_home",
              function(s, move, q)
                return not names(q, WHO) and not names(q, { "baby", "child", "spoken", "talked", "adviser", "advisor",
                                                            "broker", "called", "rung" })
              end),
    mentioned("about_stay", STAY, "stay staying live living long years plan planning forever good",
              "how long they mean to stay", "stay_plans",
              function(s, move, q) return not names(q, STAKES) and not names(q, WHO) end),
    mentioned("about_term", { "mortgage term", "the term", "how many years", "over how long", "how long a mortgage",
                              "how long is the mortgage", "how long the mortgage", "25 years", "30 years",
                              "twenty-five years", "thirty years" },
              "term years long", "the mortgage term", "term",
              function(s, move, q) return not names(q, { "fix", "dad", "father", "bank manager" }) end),
    mentioned("about_gift", { "gift", "a loan", "pay him back", "paying him back", "pay it back", "paying it back",
                              "lend", "lending" },
              "gift loan back lend", "whether her dad's money is a gift", "dad_gift",
              function(s) return dad_in_view(s) end),
  }
end

local function facts()
  return lib.concat(asides(), {
    asks_other(),
    asks_budget(),
    asks_in_principle(),
    asks_picture(),
    -- "How soon do you need the mortgage offer in place?": the four weeks
    -- (before about_ready: "do you need" asks by when here)
    mentioned("about_when", TIMING, "weeks deadline seller timeline timing soon offer date place when long time sorted quickly",
              "when the offer is needed", "deadline",
              -- ("when does the baby come?", "when does the merger happen?" are theirs)
              function(s, move, q)
                return not names(q, WHO) and (not their_when(q) or by_when(move))
              end),
    -- "Is Tom going on the mortgage with you?": yes, joint (before about_tom)
    mentioned("about_joint", { "tom" }, "tom mortgage joint application name", "whether Tom is on the mortgage",
              "tom_mortgage",
              function(s, move, q)
                -- "is it you and Tom, or does anyone else weigh in?" is who decides
                return names(q, { "mortgage", "joint", "application", "deeds", "his name" })
                  and not names(q, { "decid", "decision", "weigh", "anyone else", "who else", "a say" })
                  and not names(q, WHO)
              end),
    -- "Have you looked at fixing at all?": what she makes of a fix
    mentioned("about_fixing", { "fix", "fixed", "fixing" }, "fix fixed fixing two year term rate",
              "fixing the rate", "fixing",
              -- "who else would need to agree before you fix?" is who decides,
              -- "what does Tom think about fixing?" how Tom sees it
              function(s, move, q)
                return not names(q, WHO) and not names(q, { " tom", "dad", "father", " he ", " him ", " his " })
              end),
    asks_ready(),
    -- "Say that happened and you had to sell next year, what would it cost you?" (r26 skilled 9):
    -- what selling early would cost them - owing more than the house is worth - not the street
    mentioned("sell_cost", SELL_WORDS, "sell selling cost costs lose loss owe worth hit", "what selling early would cost them",
              function(s) s.sell_cost = true; return "street_worry" end,
              function(s, move, q)
                -- (once she has told the street, the cost is asked at street_worry: why_home)
                return not seen(s, "street_worry") and names(q, SELL_COST) and not names(q, WHO)
              end),
    -- "If the merger goes ahead, where would that leave you on the house?":
    -- what it would mean for them (selling, maybe at a loss), not the merger again
    mentioned("merger_if", { "merger", "merge", "merging", "kelby" }, "merger merge leave cope happen mean house",
              "what the merger would mean for them", "street_worry",
              function(s, move, q)
                return names(q, { "if ", "say ", "suppose", "should " })
                  and names(q, { "where would that leave", "where does that leave", "where would it leave",
                                 "where would you be", "how would you cope", "what would you do", "what would happen",
                                 "what happens", "what would that mean", "what would it mean", "what does that mean",
                                 "how would that affect", "how would it affect", "then what" })
                  and not names(q, WHO)
              end),
    mentioned("about_merger", { "merger", "merge", "merging", "kelby" }, "merger merge merging kelby school",
              "the school merger", "merger",
              function(s, move, q)
                return not (names(q, { "if ", "say ", "suppose", "should " })
                  and names(q, { "where would that leave", "where does that leave", "where would it leave",
                                 "where would you be", "how would you cope", "what would you do", "what would happen",
                                 "what happens", "what would that mean", "what would it mean", "what does that mean",
                                 "how would that affect", "how would it affect", "then what" }))
              end),
    -- "Selling early - what's behind that one?", "why might you have to sell?":
    -- why they might sell is Tom's school merging (not why the house matters,
    -- nor what the neighbours' houses went for)
    mentioned("why_sell", SELL_WORDS, "sell selling early why behind reason move", "why they might have to sell",
              "merger",
              function(s, move, q)
                return names(q, { "why", "behind", "reason", "what would make", "what might make", "what could make",
                                  "what would force", "what might force", "how come", "what would cause",
                                  "what's driving", "what is driving" })
                  and not names(q, { "street", "houses", "neighbour", "number", "valu", "under", "sell for",
                                     "sold for", "landlord" })
                  and not names(q, WHO)
              end),
    -- "Is Tom a teacher?", "who's Tom?"; how she and Tom see it is follows_tom
    mentioned("about_tom", { "tom" }, "tom teacher teach job work", "Tom", "tom_job",
              function(s, move, q)
                return names(q, { "who", "teach", "job", "work", "do for", "what does he do", "school" })
                  and not names(q, { "differently", "disagree", "see it", "feel", "think", "make of it" })
                  -- "apart from you and Tom, who else gets a say?" is who decides
                  and not names(q, WHO) and not asks_cost(move)
              end),
    mentioned("about_prices", { "sold for", "sell for", "went for", "go for", "how much under", "how far under",
                                "number twelve", "thirty-one", "thirty one", "number 12", "number 31",
                                "no. 12", "no 12", "no. 31", "no 31" },
              "sold sell street houses under valuation", "what the houses went for", "street_prices",
              -- "which mortgage you go for" is no price
              function(s, move, q) return not names(q, WHO) end),
    -- "what happened with the houses on your street?": the street, or once
    -- told, what the houses went for
    mentioned("about_street", { "street", "houses that sold", "neighbours", "valuation", "valued" },
              "street sold valued valuation houses", "the houses on her street",
              function(s) return seen(s, "street_worry") and "street_prices" or "street_worry" end,
              function(s, move, q) return not names(q, WHO) and not names(q, TIMING) end),
    -- ("With the seller wanting the offer in four weeks, who besides you gets a say?" is who decides, r27)
    mentioned("about_seller", { "seller", "she's in a hurry", "two mortgages" }, "seller hurry firm",
              "the seller", function(s) return seen(s, "deadline") and "seller" or "deadline" end,
              function(s, move, q) return not names(q, WHO) end),
    -- ("have you spoken to any other brokers yet?" is who else she has asked:
    -- just the bank, and what it gave her)
    mentioned("about_bank", { "bank", "calculator", "lender", "offer from", "spoken to anyone", "talked to anyone",
                              "shopped around", "shop around", "broker", "spoken to any", "talked to any",
                              "been to any", "gone to any", "looked around", "other quotes", "any quotes",
                              "other deals", "compared", "anywhere else" },
              "bank calculator lender offered offer shopped broker brokers quotes",
              "what the bank offered",
              function(s, move)
                s.asked_others = names(" " .. string.lower(move.text or "") .. " ", OTHERS)
                return "bank"
              end,
              function(s, move, q) return not names(q, { "dad", "father", "manager", "seller" }) end),
    mentioned("about_baby", { "baby", "due", "boy or", "girl", "pregnan", "how far along", "expecting" },
              "baby due girl pregnant far along expecting",
              "the baby", function(s) return seen(s, "why_home") and "baby" or "why_home" end,
              -- ("With her due in May, when does it need to be locked down by?" is by when)
              function(s, move) return not asks_cost(move) and not by_when(move) end),
    mentioned("about_moves", { "moved", "move so", "moving so", "eleven times", "as a kid", "growing up", "your mum",
                               "your mom", "rented", "landlord" }, "moved moving eleven mum rented landlord",
              "all the moving", function(s) return seen(s, "why_home") and "moves" or "why_home" end,
              function(s, move, q) return not names(q, { "if you", "have to move", "had to move" }) end),
    mentioned("about_dad", { "dad", "father" }, "dad father putting money bank manager", "her dad", "dads_money",
              function(s, move, q) return not names(q, { "see", "need", "comfortable", "convince" }) end),
    asks_wants(),
    about_him(),
    misses_deadline(),
    -- "how much are you borrowing?": the price and the deposit, wherever she is
    mentioned("about_numbers", { "borrow", "the loan", "loan amount", "how big a mortgage", "how much mortgage",
                                 "the price", "purchase price", "asking price", "house cost", "did you pay",
                                 "are you paying", "paying for it", "put down", "deposit", "saved", "savings",
                                 "how much have you got", "how much is the", "how much was the", "how much did",
                                 "how much are you", "house worth", "what's the house", "what is the house" },
              "borrow borrowing loan price deposit paying saved savings much worth house", "the price and the deposit", "numbers",
              -- ("is anyone else involved, family helping with the deposit?" is who decides)
              function(s, move, q)
                return not names(q, { "dad", "father", "rate", "monthly", "a month", "family", "parent", "help",
                                      "payment", "go up", "worry", "worried", "merge", "sell", "under",
                                      " mum", " mom", " he ", " his ", " him " }) and not names(q, WHO)
              end),
  })
end

-- "Could we sit down with your dad - would Thursday evening or Saturday
-- morning suit?": an ask whose question offers the times, even with a line
-- about the product before it.
local function proposes_time()
  return { id = "proposes_time", when = "next_step", any = { "closed_question" },
           words = "monday tuesday wednesday thursday friday saturday sunday morning evening",
           heard = "a time to meet", test = function() return true end, to = ask_result }
end

-- "So it's the budget with no slack, not the rate. Fair?": a reflection she
-- is asked to check gets her yes, like rates_detail's option a (where the
-- reflection is on the rates after what would give or the not knowing).
-- (after the night feeds, where they are not news any more: "confirmed")
-- "So if I've got it: a payment that can't jump, a way out if Tom's job moves, all of it on paper
-- for your dad. What have I missed?" (r26 skilled 10): a summary checked with "what have I
-- missed / anything else?" is the reflection checked - she confirms it and adds what is missing -
-- not a question on the last thing it names (the four weeks).
local MISSED = { "what have i missed", "what did i miss", "what am i missing", "what i'm missing", "have i missed",
                 "did i miss", "i've missed", "i missed", "anything else", "something else", "what else",
                 "what's missing", "anything missing", "left anything out", "left out", "leave anything out",
                 "anything to add", "would you add", "you'd add", "get that right", "got that right", "got it right",
                 "is that right", "is that fair", "sound right", "how close am i", "am i close", "am i right" }
for _, phrase in ipairs(WHOLE_CHECKS) do MISSED[#MISSED + 1] = phrase end
-- (a summary the analyser does not call one still opens like one: "So it's the payment and the
-- street. What have I missed?")
local SUMMARY_OPENS = { "so ", "so,", "so if", "sounds like", "what i'm hearing", "what i am hearing", "let me check",
                        "let me make sure", "let me see if", "to sum up", "in short", "if i've got", "if i heard",
                        "if i understand", "just to check", "to check i", "ok, so", "okay, so", "right, so" }
local function opens_summary(move)
  local text = string.lower(move.text or ""):gsub("^[%s%p]+", "")
  for _, lead in ipairs(SUMMARY_OPENS) do
    if text:sub(1, #lead) == lead then return true end
  end
  return false
end
local function checks_missed(to)
  return { id = "checks_missed", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
           words = "missed miss missing else add left right whole everything got", heard = "what was said, checked with her",
           test = function(s, move)
             return (move.labels.reflection or opens_summary(move)) and names(last_sentence(move), MISSED)
           end, to = to }
end
local function checks_reflection(to)
  return { id = "checks_reflection", when = "reflection", any = { "closed_question" }, unless = { "next_step" },
           words = "right fair correct true sense", heard = "what was said, checked with her",
           test = function(s, move) return not not_a_check(s, move) end, to = to or "heard_one" }
end

-- The questions she answers from the first minute (before her list has an
-- order): who else decides, by when, doing nothing, how Tom sees it, why it
-- matters, what she has mentioned, and "where would you like to start?" (her list).
local function early_questions()
  return lib.concat({ who_decides(), asks_who(), asks_deadline(), follows_tom(), why(WHY_WORDS),
                      { id = "where_start", any = { "open_question", "probe", "closed_question" }, unless = NOT(),
                        words = "start begin first", heard = "where to start",
                        test = function(s, move)
                          return lib.mentions(move, { "like to start", "want to start", "start with", "begin with",
                                                      "like to begin", "want to begin", "start first" })
                        end,
                        to = "which_first" } }, facts())
end

-- Late in the call (she asks what you would do, or is relieved): a question
-- going back to her story still gets its answer, and the ask can come after.
-- (a line with no question - "No worries at all." - still lets her wind down,
-- as the node's otherwise would, rather than be asked what it meant)
local function late_questions()
  return lib.concat(facts(), { inaction(), follows_tom(), why(WHY_WORDS), follows_rates(), follows_baby(),
                               { id = "lets_her_go", test = function() return true end, to = "winding_down" } })
end

-- After a misstep (too much sales talk, pressure, "can we start again?"): a
-- plain question on her story gets its answer, as anywhere else. (Listed
-- after a node's own rules, so a rule written first wins a tie.)
-- (more products with a question on the end is no question on her story there)
local function late_facts()
  local rules = facts()
  for _, rule in ipairs(rules) do
    local test = rule.test
    rule.test = function(s, move) return not move.labels.feature and (test == nil or test(s, move)) end
  end
  return rules
end

-- Route lists sibling nodes share, around each node's own rules (in order):
-- once she is talking, too many echoes, an early ask or a product dump come
-- first;
local function guarded(...)
  return lib.concat({ echo_guard(), R.rushed(), dumps(), pitch_and_check(), lands(), says_benefit() }, facts(), { ... })
end
-- in the middle of her story, a product tied to her worry, any ask and moving
-- on come last.
local function listens_for_ask(rule)
  local labels = type(rule.when) == "string" and { rule.when } or rule.when or {}
  for _, label in ipairs(lib.concat(labels, rule.any or {})) do
    if label == "next_step" then return true end
  end
  return false
end
local function her_story(...)
  local own, who = { ... }, {}
  -- a node's own topic rules leave a pitch checked with a yes/no question
  -- ("We have a five year fix with no fees. Would that be something you'd
  -- look at?"): that is the pitch, which she reacts to (pitch_and_check),
  -- not a question on what her dad would look at (r25 homebuyer average 5)
  for _, rule in ipairs(own) do
    if (rule.any or rule.when) and not listens_for_ask(rule) then
      local test = rule.test
      rule.test = function(s, move) return not pitch_checked(move) and (test == nil or test(s, move)) end
    end
  end
  -- "who else has a say?" and "why does it matter so much?" wherever she
  -- is, unless the node places them itself
  local has = {}
  for _, rule in ipairs(own) do has[rule.id] = true end
  if not has.asks_who then who[#who + 1] = asks_who() end
  if not has.why then who[#who + 1] = why(WHY_WORDS) end
  return lib.concat({ echo_guard(), R.rushed(), proposes_time(), likes_it(), dumps(), pitch_and_check(), lands(),
                      says_benefit(),
                      stakes(), inaction(),
                      follows_tom(), which_more(),
                      { id = "still_unsure", any = asking(), unless = NOT(), heard = "what is still uncertain",
                        words = "maybe maybes uncertain unsure unknown unclear unsettled undecided air open settled decided",
                        test = function(s, move) return asks_still_unsure(move) end,
                        -- (the merger is "the maybe" in her words; then the street)
                        to = function(s)
                          if not seen(s, "merger") then return "merger" end
                          return "street_worry"
                        end },
                      { id = "feels_both", any = asking(), unless = NOT(), heard = "how the money worry sits with the home",
                        words = "feel feeling feels sit like",
                        test = function(s, move) return not_a_check(s, move) and feels_both(s, move) end,
                        to = "feels_both" } },
                    facts(), own, who,
                    { follows_rates(), follows_baby(),
                      bridges(), R.asks(),
                      { id = "asks_on", any = { "open_question", "probe", "closed_question" },
                        unless = { "next_step" },
                        test = not_a_check, to = carry_q },
                      R.moves_on() })
end

scenario {
  id = "homebuyer_rates",
  title = "Rates, resale and a sleepless buyer",
  version = "1.4.6",
  difficulty = 2,
  pitch = "A first-time buyer who can't sleep over rates and resale. Reflect, but not on every line.",
  persona = { name = "Priya Raman", role = "ICU nurse, first-time buyer",
              company = "buying 14 Alder Close with her partner Tom",
              voice = "the anxious buyer: fast, precise, apologetic; a woman's voice" },
  brief = "You are a mortgage adviser at Harbourline Mortgages. Priya Raman and her partner "
    .. "have had an offer accepted on a three-bedroom house on Alder Close, and she booked "
    .. "a twenty-minute call through the website. The form says only: 'worried about rates'. "
    .. "She has not chosen a lender or a product yet.",
  purpose = "Understand what Priya is really worried about and why, find out who else has a "
    .. "say in the decision, and agree a next meeting that the right people attend.",
  start = "opening",
  seed = 3,

  state = { trust = 35, interest = 40, found = 0, echoes = 0, offer = "payment",
            got_rate_pain = false, got_resale = false, got_motive = false,
            got_decider = false, got_deadline = false, ask_meet = false, ask_time = true,
            asked_others = false, agenda = false, sell_cost = false },

  features = { "fixed rate", "tracker mortgage", "offset account", "rate lock",
               "portable mortgage", "overpayment allowance", "variable rate", "lenders", "broker",
               "five year fix", "five-year fix", "tracker", "trackers", "offset", "decision in principle",
               "app", "great rate", "best rate" },
  outcomes = { "same payment every month", "sleep at night", "stay put",
               "move without a penalty", "room in the budget", "one school" },
  jargon = { "LTV", "APR", "basis points", "amortisation", "ERC", "SVR" },

  targets = {
    { id = "rate_pain", kind = "pain",
      text = "A 1.5 point rise on a variable rate would add about $400 a month to a budget already cut to the groceries",
      keys = "rate rise variable payment month budget groceries" },
    { id = "resale", kind = "impact",
      text = "Two houses on the street sold under valuation; if Tom's school merges they may have to sell at a loss",
      keys = "resale sell street valuation under worth loss move" },
    { id = "motive", kind = "motive",
      text = "Priya moved eleven times as a child; she wants their baby, due in May, to grow up in one home",
      keys = "moved child baby home school stay kid family" },
    { id = "decider", kind = "decision_process",
      text = "Her father is giving $20,000 toward the deposit and will want to see the numbers; Tom defers",
      keys = "dad father deposit decide numbers say" },
    { id = "deadline", kind = "timeline",
      text = "The seller wants the mortgage offer within four weeks or goes to the next buyer",
      keys = "weeks deadline seller offer time when" },
  },

  rubric = { min_targets_before_ask = 3 },

  reactions = { open_question = { trust = 2 }, probe = { trust = 3 },
                reflection = { trust = 3, echoes = 2 },
                feature = { interest = -3, trust = -3 }, benefit = { interest = 4 },
                premature_ask = { trust = -10 }, seller_focus = { trust = -6 } },

  -- Priya asking what a line meant: apologetic, tired, precise.
  clarify = { "Sorry, I didn't follow that. Could you say it another way?",
              "Sorry, what do you mean? I'm on about four hours' sleep.",
              "Sorry, sorry. Ask me that again?" },
}

-- "Do you have any worries about the mortgage?": a yes/no about her worries
-- is answered with them (the rates, the street), not with the numbers
local function asks_worries(move)
  return lib.asks_has_trouble(move, { "mortgage", "house", "home", "buying", "purchase", "move", "offer", "loan",
                                      "deal", "process", "finance", "money" })
end

-- "Where's the lost sleep coming from most?", "what's weighing on you most?":
-- a question on what is worrying her, naming none of the worries, is her
-- list (which_first), not the price and the deposit a closed question gets.
-- After an agenda ("What I'd like to do today is understand where you are...
-- Where's the lost sleep coming from most?") she takes the agenda and answers
-- it in one breath (r23 homebuyer skilled 1): s.agenda.
local WORRY_Q = { "worr", "keeping you up", "keeps you up", "keep you up", "kept you up", "sleep", "on your mind",
                  "stress", "bother", "concern", "coming from", "scares you", "scaring you", "scary", "anxious",
                  "nervous", "weighing on", "weighs on", "weigh on", "get to you", "gets to you", "getting to you",
                  "panic", "fret", "upset" }
local NAMED_Q = { "rate", "interest", "payment", "headline", "variable", "street", "sold", "valu", "neighbour",
                  " tom ", " tom s ", " dad", "father", "baby", "deposit", "price", "week", "seller", "merger",
                  "school", "money", "afford" }
local function asks_worry(s, move)
  if not not_a_check(s, move) then return false end
  local q = last_two(move)
  return names(q, WORRY_Q) and not names(q, NAMED_Q) and not lib.mentions({ text = q }, WHO)
end
local function asks_what_worries()
  return { id = "asks_worry", any = asking(), unless = { "next_step" }, heard = "what is keeping her up",
           test = asks_worry,
           to = function(s, move)
             if move.labels.purpose or lib.sets_agenda(move) then s.agenda = true end
             return "which_first"
           end }
end

scene "opening" {
  say = "Hi, yes, hello. Sorry, I've got a list. So we had an offer accepted on a house on "
    .. "Alder Close and I haven't slept properly since. The rates keep moving, every day "
    .. "there's a headline. And two houses on our street sold for less than they were "
    .. "valued at, which, I don't know what that means for us. Sorry. Where do you want me "
    .. "to start?",
  cues = { { id = "rates", words = "rate rates moving headline interest" },
           { id = "street", words = "street houses sold valued less" } },
  routes = lib.concat({
    R.rushed(),
    dumps(),
    pitch_and_check("too_much_info"),
    intro_pitch(),
    asks_to_pitch(),
    { id = "reflects_both", when = "reflection", unless = { "next_step" },
      words = "rate street valued sold", to = "heard_both" },
    inaction(),
    follows_rates(),
    follows_street(),
    asks_numbers(),
    { id = "sets_purpose", when = "purpose", to = "calm_start", effects = { trust = 5 },
      examples = { "I'll ask a few questions to understand where you are",
                   "today is just about understanding your situation, no forms" } },
    { id = "sets_agenda", test = function(s, move) return lib.sets_agenda(move) end, heard = "why you called",
      to = "calm_start", effects = { trust = 5 } },
    -- "Hi Priya, it's Dan from the mortgage team. Thanks for calling in." is
    -- hello: she carries on with her worries (r21 homebuyer average 1), as
    -- after "have you got a few minutes to talk about the mortgage?" or "do
    -- you have any worries about the mortgage?"
    { id = "greets", test = function(s, move) return lib.greets(move) end, heard = "hello", to = "which_first" },
    { id = "asks_time", test = function(s, move) return lib.asks_for_time(move) end, heard = "a few minutes on it",
      to = "which_first" },
    { id = "asks_worries", heard = "whether she has worries", to = "which_first",
      test = function(s, move) return asks_worries(move) end } },
    early_questions(), {
    asks_what_worries(),
    { id = "closed", when = "closed_question", unless = { "next_step", "purpose" }, to = "numbers",
      test = function(s, move)
        return not pitch_leave(move) and not pitch_checked(move) and not lib.asks_for_time(move)
          and not asks_worries(move)
      end },
    { id = "open", any = { "open_question", "probe", "reflection" }, unless = { "next_step" },
      -- (after an agenda, she takes the agenda as she answers)
      to = function(s, move)
        if move.labels.purpose or lib.sets_agenda(move) then s.agenda = true end
        return "which_first"
      end },
  }),
  otherwise = "which_first",
}

scene "calm_start" {
  say = "Okay. Good. An agenda. Sorry, I'm a planner, it's an ICU thing. I'll try to "
    .. "answer properly instead of just panicking at you.",
  routes = lib.concat({
    R.rushed(),
    dumps(),
    pitch_and_check("too_much_info"),
    intro_pitch(),
    asks_to_pitch(),
    inaction(),
    follows_rates(),
    follows_street(),
    asks_numbers() },
    early_questions(), {
    asks_what_worries(),
    { id = "closed", when = "closed_question", unless = { "next_step" }, to = "numbers",
      test = function(s, move) return not pitch_leave(move) and not pitch_checked(move) end },
    { id = "open", any = { "open_question", "probe" }, unless = { "next_step" }, to = "which_first" },
  }),
  otherwise = "which_first",
}

scene "which_first" {
  -- back here later in the call: the two worries, framed by what she has told
  -- since (after the why, it is her; not the opening menu as if nothing was said)
  say = function(s)
    if (s.visits.which_first or 0) <= 1 then
      -- (an agenda, then a question on her worries: she takes both)
      local agenda = s.agenda and not seen(s, "calm_start")
        and "Okay. Good, an agenda - sorry, I'm a planner, it's an ICU thing. Honestly? " or ""
      return agenda .. "Rates, I suppose. Or the street thing. Both? Tom says I'm catastrophising. He's "
        .. "probably right. He usually isn't, but he might be this time."
    end
    if seen(s, "why_home") then
      return "Her, honestly. One front door for her. The rates and the street are just the two things "
        .. "that could take it away."
    end
    return "The rates and the street. Those are the two things."
  end,
  cues = { { id = "tom", words = "tom catastrophising partner right" } },
  choices = {
    { id = "a", text = "What is it about the rates that keeps you up at night?",
      to = "rates_detail", labels = { "open_question", "probe" } },
    { id = "b", text = "Tell me about the houses on your street.",
      to = "street_worry", labels = { "open_question", "probe" } },
    { id = "c", text = "What's the purchase price and how much deposit do you have?",
      to = "numbers", labels = { "closed_question" } },
    { id = "d", text = "A five-year fixed rate with a rate lock and an overpayment allowance would cover all of that.",
      to = "too_much_info", labels = { "feature" } },
  },
  typed = true,
  routes = guarded(
    inaction(),
    follows_rates(),
    follows_street(),
    -- ("what do you imagine happening to you and Tom?" asks about them both,
    -- after "let's start with the rates": the rates, not what Tom says)
    { id = "follows_tom", any = { "open_question", "probe", "reflection" }, unless = NOT(),
      words = "tom partner catastrophise", heard = "Tom", to = "street_worry",
      test = function(s, move)
        local q = last_sentence(move)
        if not names(q, { "you and tom", "tom and you", "you two", "both of you", "two of you" }) then return true end
        return names(q, { "differently", "disagree", "see it", "feel", "think", "make of", "says", "say", "right",
                          "catastroph", "agree" })
      end },
    why(WHY_WORDS),
    who_decides(),
    asks_who(),
    asks_deadline(),
    asks_numbers(),
    { id = "closed", when = "closed_question", unless = { "next_step" }, to = "numbers",
      test = function(s, move) return not pitch_checked(move) end },
    { id = "open", any = { "open_question", "probe", "reflection" }, unless = { "next_step" },
      to = "rates_detail" }
  ),
  otherwise = "numbers",
}

scene "numbers" {
  say = "Three hundred and forty. We've got twenty-five saved, plus what my dad's putting in. "
    .. "We both work full time. Is that... is that enough? Sorry, you probably need all "
    .. "this on a form.",
  again = "Three forty, twenty-five saved, plus Dad's money. Those are the numbers.",
  cues = { { id = "dad_money", words = "dad father putting money deposit" },
           { id = "enough", words = "enough worried form" } },
  routes = guarded(
    { id = "follows_dad", any = { "open_question", "probe", "reflection", "closed_question" }, unless = NOT(),
      words = "dad father putting", heard = "her dad's money", to = "dads_money" },
    { id = "follows_enough", any = { "open_question", "probe", "reflection" }, unless = NOT(),
      words = "enough", heard = "whether it is enough", to = "rates_detail",
      examples = { "are you worried it isn't enough", "is that what worries you, whether it's enough" } },
    inaction(),
    follows_rates(),
    follows_street(),
    who_decides(),
    asks_who(),
    asks_deadline(),
    follows_tom(),
    why(WHY_WORDS),
    { id = "asks", when = "next_step", to = ask_result },
    open_question(),
    { id = "more_facts", when = "closed_question", unless = { "next_step" }, to = "facts_only" }
  ),
  otherwise = "facts_only",
}

scene "facts_only" {
  say = "Tom's a teacher, I'm a nurse, nights mostly. Neither of us has any debt apart "
    .. "from his car. Anything else you need?",
  again = "That's all the facts, I think. Anything else?",
  routes = lib.concat({ echo_guard(), R.rushed(), dumps() }, facts(), {
    { id = "opens", any = { "open_question", "probe" }, unless = NOT(), words = "worry sleep",
      to = "rates_detail" },
    inaction(),
    follows_rates(),
    follows_street(),
    who_decides(),
    asks_who(),
    asks_deadline(),
    follows_tom(),
    why(WHY_WORDS),
    open_question(),
    R.asks(),
    { id = "moves_on", test = function() return true end, to = next_stage },
  }),
  otherwise = "winding_cold",
}

scene "rates_detail" {
  say = "We'd be on a variable rate. I did a spreadsheet, obviously. If it goes up one and "
    .. "a half points that's about four hundred more a month, and we're already budgeting "
    .. "down to the groceries. Tom says don't worry. I worry.",
  again = "Like I said: one and a half points is four hundred a month we don't have.",
  reveals = { "rate_pain" },
  effects = lib.reveal("rate_pain", { interest = 5 }),
  cues = { { id = "groceries", words = "groceries budget tight spreadsheet" },
           { id = "tom_says", words = "tom worry worried says" } },
  choices = {
    { id = "a", text = "So it's not the rate itself, it's that a jump would land on a budget that's already tight. Is that right?",
      to = "heard_one", labels = { "reflection", "closed_question" } },
    { id = "b", text = "You mentioned the houses on your street too. What happened there?",
      to = "street_worry", labels = { "open_question", "probe" } },
    { id = "c", text = "Have you thought about a tracker with an offset account?",
      to = "too_much_info", labels = { "feature", "closed_question" } },
  },
  typed = true,
  routes = her_story(
    follows_street(),
    asks_numbers(),
    { id = "what_gives", any = { "open_question", "probe" }, unless = NOT(),
      words = "give cut groceries", heard = "what would have to give",
      test = not_a_check, to = "would_give" },
    -- a further question on the rates here goes deeper, not round again
    (function() local rule = follows_rates("rates_deeper"); rule.to = "not_knowing"; return rule end)(),
    { id = "reflects", when = "reflection", unless = { "next_step" }, to = "heard_one" },
    checks_missed("heard_one"),
    why(WHY_WORDS),
    who_decides(),
    asks_deadline(),
    { id = "probes", any = { "open_question", "probe" }, unless = { "next_step" },
      test = not_a_check, to = "not_knowing" }
  ),
  otherwise = "winding_cold",
}

-- The ways on once she has named the night feeds (heard_one, not_knowing,
-- would_give): a check of the reflection first where she can confirm one.
local function after_feeds(check)
  local feeds = { id = "follows_feeds", any = { "open_question", "probe", "reflection", "closed_question" },
                  unless = NOT(), words = "feeds baby night ahead", heard = "the night feeds", to = "why_home" }
  if check == nil then
    return her_story(feeds, follows_street(), why(WHY_WORDS), who_decides(), asks_deadline())
  end
  return her_story(check, feeds, follows_street(), why(WHY_WORDS), who_decides(), asks_deadline())
end

scene "heard_one" {
  say = "Yes. Exactly. I can do the shifts, I can do the night feeds... sorry, I'm getting ahead of "
    .. "myself. I just can't do not knowing what the payment will be.",
  again = "It's the not knowing. That's what I can't do.",
  effects = { trust = 4 },
  cues = { { id = "night_feeds", words = "night feeds baby ahead" } },
  routes = after_feeds(),
  otherwise = "winding_cold",
}

-- A reflection checked with her once she has named the shifts and the
-- night feeds: she confirms it, without saying them again.
scene "confirmed" {
  say = "Yes. That's exactly it. The money I can stretch. Not knowing what the payment will be, I can't.",
  again = "Yes. The not knowing.",
  effects = { trust = 4 },
  routes = after_feeds(),
  otherwise = "winding_cold",
}

scene "not_knowing" {
  say = "It's not even the money, exactly. I can do the shifts, I can do the night feeds... sorry, "
    .. "I'm getting ahead of myself. I just can't do not knowing what the payment will be.",
  again = "It's the not knowing, really.",
  effects = { trust = 4 },
  cues = { { id = "feeds", words = "night feeds baby ahead" } },
  routes = after_feeds(checks_reflection("confirmed")),
  otherwise = "winding_cold",
}

scene "street_worry" {
  -- the merger and the four weeks are news only the first time she says them
  say = function(s)
    local line = "Number twelve and number thirty-one both went under the valuation this year. "
      .. "What if we have to sell in three years and we owe more than it's worth?"
    -- (asked what selling early would cost: that first)
    if s.sell_cost and seen(s, "merger") then
      line = "Money we haven't got. Number twelve and number thirty-one both went under the valuation this year. "
        .. "Sell next year and we'd probably owe more than the house is worth, and still need somewhere near Tom's "
        .. "new school."
    elseif seen(s, "merger") then
      line = line .. " And if Tom's school does merge, that could be sooner than three years."
    else
      line = line .. " Tom's school might merge with the one in Kelby, and then what?"
    end
    if not seen(s, "deadline") then
      line = line .. " And the seller wants our mortgage offer in four weeks or she goes with the next buyer."
    end
    return line
  end,
  -- asked again ("so what happens if you do have to sell?"): the answer, not the list again
  again = "If we had to sell in a few years, we'd probably owe more than it's worth. Two houses on "
    .. "our street already went under. That's the worry.",
  reveals = { "resale" },
  effects = lib.reveal("resale", { interest = 5 }),
  cues = { { id = "merge", words = "tom school merge kelby job" },
           { id = "four_weeks", words = "four weeks seller next buyer deadline" } },
  choices = {
    { id = "a", text = "If I've got it right, you're worried about two things: the payment jumping, and being stuck if you have to sell. Is that fair?",
      to = "heard_both", labels = { "reflection", "closed_question" } },
    { id = "b", text = "Four weeks isn't long. How firm is the seller on that?",
      to = "deadline", labels = { "open_question", "probe" } },
    { id = "c", text = "How likely is it that Tom's school merges?",
      to = "deadline", labels = { "open_question", "probe" } },
    { id = "d", text = "Our portable mortgages have a low ERC and a competitive APR.",
      to = "too_much_info", labels = { "feature" } },
  },
  typed = true,
  routes = her_story(
    { id = "reflects", when = "reflection", unless = { "next_step" }, to = "heard_both" },
    checks_missed("heard_both"),
    asks_deadline(),
    { id = "follows_merge", any = { "open_question", "probe", "closed_question" }, unless = NOT(),
      words = "tom school merge kelby", heard = "Tom's school",
      test = function(s, move)
        return about({ "tom", "school", "merge", "kelby", "job" })(s, move) and not lib.mentions(move, WHO)
          and not asks_cost(move)
      end, to = "deadline" },
    why(WHY_WORDS),
    who_decides()
  ),
  otherwise = "winding_cold",
}

scene "heard_both" {
  say = "Yes. That's it. That's exactly it, and nobody's said it back to me like that. "
    .. "The bank just sent a link to a calculator. It isn't really about the house, "
    .. "if I'm honest.",
  again = "Yes. That's it, both of them.",
  effects = { trust = 8 },
  cues = { { id = "not_house", words = "not really house honest about" } },
  routes = her_story(
    { id = "follows_hint", any = { "open_question", "probe", "reflection" }, unless = NOT(),
      words = "house honest about really mean important", heard = "what it is really about", to = to_why },
    who_decides(),
    asks_deadline(),
    { id = "why", any = { "open_question", "probe" }, unless = { "next_step" }, test = not_a_check, to = to_why }
  ),
  otherwise = "winding_cold",
}

-- What she wants said back and checked ("So whatever we pick has to let you stay put for her, whatever
-- the rates or the street do. Is that right?", r18 picker 13): she confirms it, not sorry again.
local function checks_back(move)
  local q = string.lower(move.text or ""):match("([^%.!%?]*)%?%s*$")
  if not q then return false end
  q = " " .. q:gsub("%p", " ") .. " "
  if select(2, q:gsub("%a+", "")) > 5 then return false end
  for _, phrase in ipairs(CHECKS) do
    if q:find(phrase, 1, true) then return true end
  end
  return false
end
local function heard_or_confirmed(s, move) return checks_back(move) and "stay_put" or "heard_motive" end
-- Once she has told why the house matters (the baby, the moves as a child),
-- every node where she says it again listens for the same things: who decides,
-- by when, and her point given back or checked.
local function after_her_motive()
  return her_story(
    who_decides(),
    asks_who(),
    asks_deadline(),
    { id = "reflects", when = "reflection", unless = { "next_step" }, to = heard_or_confirmed },
    checks_missed(heard_or_confirmed)
  )
end

scene "why_home" {
  say = "I moved eleven times before I was sixteen. Mum rented, and landlords kept "
    .. "selling. We're having a baby in May. I want her to have one school and one "
    .. "bedroom and one front door. That's the whole thing, really.",
  again = "One front door. For her. That's what this is.",
  reveals = { "motive" },
  effects = lib.reveal("motive", { trust = 6 }),
  cues = { { id = "baby", words = "baby may her daughter" } },
  choices = {
    { id = "a", text = "Who else will have a say in which mortgage you choose?",
      to = "dads_money", labels = { "open_question" } },
    { id = "b", text = "So it's about giving her the stability you didn't have. That makes sense.",
      to = "heard_motive", labels = { "reflection" } },
    { id = "c", text = "Congratulations! Shall we book you in to sign the application this week?",
      to = "pressure", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = after_her_motive(),
  otherwise = "winding_cold",
}

scene "why_again" {
  say = "For her. One front door, one school. That's what this is, really.",
  again = "For her. That's all it is.",
  effects = { trust = 2 },
  choices = {
    -- (no seller or four weeks she may not have mentioned on this path: r26 picker 12)
    { id = "a", text = "Is there a date the mortgage offer has to be in by? If it isn't in by then, where does that leave you?",
      to = "lose_house", labels = { "open_question", "probe" } },
    { id = "b", text = "So whatever we pick has to let you stay put for her, whatever the rates or the street do. Is that right?",
      to = "stay_put", labels = { "reflection", "closed_question" } },
    { id = "c", text = "Then let's get the application signed this week so you can stop worrying.",
      to = "pressure", labels = { "next_step" } },
  },
  typed = true,
  routes = after_her_motive(),
  otherwise = "winding_cold",
}


scene "stay_put" {
  say = "Yes. That's it exactly. Whatever the rates do, whatever the street does, we stay put. For her.",
  again = "Yes. We stay. That's the whole of it.",
  effects = { trust = 3 },
  routes = her_story(
    who_decides(),
    asks_who(),
    asks_deadline()
  ),
  otherwise = "winding_cold",
}

-- How the payment worry sits with the home she wants for the baby.
scene "feels_both" {
  say = "Like being sixteen again, waiting for the next landlord's letter. The house is meant to be the "
    .. "one thing that doesn't move, and every rate headline says maybe it will. It's not the money, "
    .. "really. It's the moving again.",
  again = "Like the floor moving. That's the feeling.",
  effects = { trust = 4 },
  routes = after_her_motive(),
  otherwise = "winding_cold",
}

scene "heard_motive" {
  say = "Yeah. Sorry. I didn't expect to say all that on a mortgage call.",
  again = "Sorry. I keep coming back to it.",
  effects = { trust = 3 },
  routes = her_story(
    who_decides(),
    asks_who(),
    asks_deadline()
  ),
  otherwise = "winding_cold",
}

scene "deadline" {
  -- asked by when before the street ("what's your timeline?"): the seller and
  -- the four weeks first, and no merger she has not mentioned
  say = function(s)
    local firm = "She's already bought somewhere and she's paying two mortgages."
    if not (seen(s, "street_worry") or seen(s, "merger")) then
      return "Four weeks. The seller wants our mortgage offer four weeks from Monday, or she goes with the "
        .. "next buyer. " .. firm .. " That part isn't a maybe, at least."
    end
    -- (the seller is news unless she has named her: street_worry, lose_house; r26 picker 13)
    local seller = (seen(s, "street_worry") or seen(s, "lose_house")) and "Four weeks from Monday, and she's firm. "
      or "Four weeks. The seller wants our mortgage offer four weeks from Monday, or she goes with the next buyer. "
    if seen(s, "merger") then
      return seller .. firm .. " The merger's a maybe. Everything's a maybe."
    end
    return "Four weeks from Monday, and she's firm. " .. firm .. " And the merger is a maybe, next year, "
      .. "nobody knows. Everything's a maybe."
  end,
  again = "Four weeks from Monday. That part isn't a maybe.",
  reveals = { "deadline" },
  effects = lib.reveal("deadline"),
  cues = { { id = "maybe", words = "maybe nobody knows everything" } },
  routes = her_story(
    who_decides(),
    asks_who(),
    { id = "reflects", when = "reflection", unless = { "next_step" }, to = "heard_both" },
    checks_missed("heard_both"),
    why(WHY_WORDS .. " maybe")
  ),
  otherwise = "winding_cold",
}

scene "dads_money" {
  say = "My dad's giving us twenty thousand toward the deposit. He's lovely, but he was a "
    .. "bank manager for thirty years and he'll want to see every number. Honestly, if he "
    .. "says it's a bad idea, Tom will fold in about a second.",
  again = "Dad, mostly. His twenty thousand, his say.",
  reveals = { "decider" },
  effects = lib.reveal("decider", { trust = 3 }),
  routes = her_story(
    { id = "dad_needs", any = { "open_question", "probe", "closed_question" }, unless = NOT(),
      words = "need see comfortable convince happy numbers want look", heard = "what her dad would need to see",
      examples = { "what would he need to see", "what would make him comfortable" },
      to = "dad_needs" },
    asks_deadline(),
    follows_street()
  ),
  otherwise = "winding_cold",
}

scene "dad_needs" {
  say = "Everything on paper. The payment now, the payment if rates go up two points, and what "
    .. "happens if we have to sell early. He'll bring a folder. He always brings a folder.",
  again = "Paper. Every number on paper, for Dad.",
  effects = { trust = 3 },
  routes = her_story(
    asks_deadline(),
    follows_street()
  ),
  otherwise = "winding_cold",
}

scene "in_my_shoes" {
  say = function(s)
    if s.trust >= 55 then
      return "Okay. Can I ask you something? If you were me, what would you actually do? "
        .. "In normal words, please."
    end
    return "So... what are you going to try to sell me? Sorry. That came out wrong."
  end,
  choices = {
    { id = "a", text = "I'd look at a five-year fixed rate you can take with you if you move. Your payment stays the same through the baby's first years, and if Tom's job moves you're not stuck paying a penalty.",
      to = "relief", labels = { "feature", "benefit" } },
    { id = "b", text = "We have fixed, tracker, offset and portable products, an overpayment allowance, and the LTV bands are competitive.",
      to = "too_much_info", labels = { "feature" } },
    { id = "c", text = "Honestly it's hard to say. Rates could go either way.",
      to = "winding_down" },
  },
  typed = true,
  routes = {
    echo_guard(),
    R.asks(),
    proposes_time(),
    bridges(),
    says_benefit(),
    dumps(),
    follows_street(),
    asks_deadline(),
    who_decides(),
    asks_who(),
    -- a question on her story, asked when she asks what you'd do, is answered
    table.unpack(late_questions()),
  },
  otherwise = "winding_down",
}

scene "relief" {
  -- (her dad named here for the first time is "my dad", who he is said with him)
  say = function(s)
    local dad, who = "Dad", ""
    if (s.visits.relief or 0) <= 1 and not (seen(s, "numbers") or seen(s, "dads_money") or seen(s, "dad_needs")
                                            or seen(s, "dad_job") or seen(s, "ready_needs") or seen(s, "dad_gate")) then
      dad, who = "My dad", ", he was a bank manager"
    end
    if s.offer == "way_out" then
      return "So if we did have to sell, we wouldn't be trapped. Okay. That's the three a.m. one. " .. dad .. " would "
        .. "want to see that on paper" .. who .. ", he hates being stuck with anything."
    elseif s.offer == "other" then
      return "Okay. That actually sounds... helpful. Sorry, I'm not used to that. " .. dad .. " would want to see it on "
        .. "paper" .. who .. ", he always does."
    end
    return "A payment that doesn't move. I could actually sleep. " .. dad .. " would like that too" .. who .. ", he "
      .. "hates variable anything."
  end,
  again = "Yes. That part I like.",
  effects = { trust = 6, interest = 10 },
  cues = { { id = "dad_likes", words = "dad father like variable" } },
  choices = {
    { id = "a", text = "Would it help to go through the numbers with your dad and Tom together? I could do Thursday evening or Saturday morning.",
      to = to_booked, labels = { "next_step" } },
    { id = "b", text = "Shall I send the application form over so you can get started?",
      to = "dad_gate", labels = { "next_step", "closed_question" } },
    { id = "c", text = "Great! Well, have a think and let me know.",
      to = "winding_down" },
  },
  typed = true,
  routes = lib.concat({ echo_guard(), R.asks(), proposes_time(), dumps(), asks_deadline(), who_decides(), asks_who(),
                        follows_street() }, late_questions()),
  otherwise = "winding_down",
}

scene "dad_gate" {
  -- what she was asked (to meet, or to send the form; with a time or not),
  -- and her dad as she has told him so far
  say = function(s)
    local known = dad_known(s)
    if not s.ask_meet then
      if known then
        return "I mean... yes, probably. But I can't send anything until Dad's seen it. He'd be hurt, and he'd be right."
      end
      return "I mean... yes, probably. But I can't send anything until my dad's seen it. He's putting twenty thousand "
        .. "toward the deposit. He'd be hurt, and he'd be right."
    end
    local lead = s.ask_time and "I mean... yes, probably." or "Maybe? When, though? Sorry, I'm on nights."
    if known then
      return lead .. " But not without Dad. He has to see the numbers first. He'd be hurt, and he'd be right."
    end
    return lead .. " But I can't agree to anything until my dad's seen it. He's putting twenty thousand toward the "
      .. "deposit, and he was a bank manager. He'd be hurt if we went ahead without him, and he'd be right."
  end,
  again = "Not without Dad. Sorry. He has to see it first.",
  choices = {
    { id = "a", text = "Then let's put him in the room. Could your dad join us for half an hour, Thursday evening or Saturday morning?",
      to = to_booked, labels = { "next_step", "reflection" } },
    { id = "b", text = "Of course. Talk it over with him and get back to me.",
      to = "think_it_over" },
  },
  typed = true,
  routes = lib.concat({
    { id = "invites_dad", when = "next_step", test = function(s, move) return includes_dad(move, s) end, to = to_booked },
    -- "I meant him too! Could he do Thursday evening?": a day for him, asked
    -- as a plain question, is the ask she made her condition
    { id = "day_for_dad", any = { "closed_question", "open_question", "next_step" },
      words = "monday tuesday wednesday thursday friday saturday sunday morning evening afternoon weekend week "
           .. "tomorrow tonight",
      heard = "a time for her dad to come", test = function(s, move) return includes_dad(move, s) end, to = to_booked },
    { id = "asks_without_dad", when = "next_step", to = "dad_gate" },
    { id = "dad_needs", any = { "open_question", "probe", "closed_question" }, unless = NOT(),
      words = "dad father need see comfortable numbers", heard = "what her dad would need to see",
      to = "dad_needs" } },
    facts(),
    -- any other question: she answers it and the call goes on (the ask can come again)
    { who_decides(), asks_who(), why(WHY_WORDS), inaction(), follows_tom(), follows_rates(), follows_street(),
      asks_deadline(),
      { id = "asks_on", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
        test = not_a_check, to = carry_q } }),
  otherwise = "think_it_over",
  closing = true,                  -- she named the condition: no invitation to Dad, no meeting
}

scene "parroted" {
  say = "Sorry, why do you keep saying everything I say back to me? Is that a technique? I "
    .. "just want to know if I'm making a mistake.",
  again = "You're doing it again. Saying it back.",
  effects = { trust = -12 },
  choices = {
    { id = "a", text = "Fair point, I'll stop. Can I ask a straight question instead: who else is helping you decide on this?",
      to = "dads_money", labels = { "open_question" } },
    { id = "b", text = "It sounds like you're feeling frustrated that I keep repeating you.",
      to = "polite_no", labels = { "reflection" } },
  },
  typed = true,
  routes = {
    { id = "again", when = "reflection", unless = { "next_step" }, to = "polite_no" },
    { id = "straight", any = { "open_question", "closed_question", "probe" }, unless = { "next_step" },
      to = function(s) return s.got_decider and "in_my_shoes" or "dads_money" end },
  },
  otherwise = "start_again",
}

scene "too_much_info" {
  say = "Sorry, you've lost me. That's a lot of sales talk and I still don't know what any of it means "
    .. "for us. Now I'm more confused than when I rang.",
  again = "More products. Sorry, I'm lost again.",
  effects = { trust = -6, interest = -4 },
  cues = { { id = "confused", words = "lost confused mean" } },
  choices = {
    { id = "a", text = "That's on me. Forget the products. What matters most to you in all this?",
      to = matters_most, labels = { "open_question" } },
    { id = "b", text = "Basically the APR and the ERC on the SVR are what you need to compare.",
      to = "brush_off", labels = { "feature" } },
  },
  typed = true,
  routes = lib.concat({
    -- (more products, a bare list of them with "would that help?" too: r10 pitcher 2)
    { id = "again", any = { "feature" }, test = function(s, move) return pure_pitch(move) end, to = "brush_off" },
    matters(),
    -- "Basically your payment would stay the same for five years. Is that
    -- something you'd want?": in plain words at last, she answers it
    { id = "plainer", any = { "closed_question", "feature" }, unless = { "next_step", "open_question" },
      heard = "what it would do for her, in plain words", test = function(s, move) return benefit_pitch(move) end,
      to = "plainer" },
    { id = "plainer_said", heard = "what it would do for her, in plain words",
      test = function(s, move) return benefit_pitch(move) end, to = "plainer" },
    -- "sorry! let me back up. what would make you feel more confident about
    -- the payment?": what she would need gets its answer - real numbers, on
    -- paper (r22 homebuyer average 6), not the street story
    asks_ready(),
    -- after "you've lost me", more products is not a question
    { id = "recovers", any = { "open_question", "probe", "reflection", "purpose", "closed_question" },
      unless = { "next_step", "feature" }, to = back_on_track },
    -- a fair ask after the stumble, with her dad in it: she considers it
    { id = "fair_ask", when = "next_step", heard = "a meeting with her dad in it",
      test = function(s, move) return includes_dad(move, s) end,
      to = function(s, move)
        if move.premature then return "pressure" end
        return s.trust >= 25 and to_booked(s, move) or "polite_no"
      end },
    { id = "asks_anyway", when = "next_step", to = "polite_no" },
  }),
  otherwise = "start_again",
}

-- An offer to send more of the sales talk ("Would it help if I emailed you
-- our rate sheet?", "Can I send you our brochure?")
local function sends_more(move)
  return names(last_sentence(move), { "email", "e-mail", "send you", "post you", "brochure", "rate sheet",
                                      "a copy", "our guide", "leaflet", "information pack", "details over" })
end

scene "pressure" {
  say = "Oh. I... no, I'm not ready to sign up for anything. Everyone's rushing me. The "
    .. "estate agent, the seller, now... sorry.",
  again = "Please. I said I'm not ready to sign anything.",
  effects = { trust = -6 },
  choices = {
    { id = "a", text = "No rush at all, that was me getting ahead. What's worrying you most right now?",
      to = "which_first", labels = { "open_question" } },
    { id = "b", text = "I understand, but rates won't wait. Can we at least book the application for Friday?",
      to = "polite_no", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = lib.concat({
    { id = "insists", when = "next_step", to = "polite_no" },
    -- "Is that a yes for Friday?" / "So shall I put you down for Saturday?":
    -- the slot asked for again, as a plain yes/no, is the ask, not backing
    -- off: she says no in plain words (r22 pitcher 9)
    { id = "asks_slot_again", when = "closed_question", unless = { "open_question", "probe", "reflection" },
      heard = "the same ask for a time, again", test = function(s, move) return lib.mentions(move, WHEN_WORDS) end,
      to = "polite_no" },
    dumps(),
    -- "No pressure! We've helped over 10,000 first time buyers... Would it
    -- help if I emailed you our rate sheet?": who we are and how good we are,
    -- with only an offer to send more of it, is more sales talk (r22 pitcher
    -- 7); "...would a fixed rate help you sleep better?" asks about her
    { id = "pitches_on", when = "feature", unless = { "open_question", "probe", "reflection", "benefit" },
      heard = "more sales talk", to = "too_much_info",
      test = function(s, move) return sends_more(move) end },
    matters(),
    follows_rates(),
    follows_street(),
    who_decides(),
    asks_who(),
    asks_deadline(),
    { id = "backs_off", any = { "open_question", "probe", "reflection", "purpose", "closed_question" },
      unless = { "next_step" }, test = function(s, move) return not (move.labels.feature and sends_more(move)) end,
      to = back_on_track },
  }, late_facts()),
  otherwise = "start_again",
}

scene "start_again" {
  say = "Can we start again? In normal words. What do you actually need to know from me?",
  again = "Sorry. What do you need to know?",
  routes = lib.concat({
    { id = "insists", when = "next_step", to = "polite_no" },
    { id = "again", any = { "feature" }, unless = { "benefit" }, to = "brush_off" },
    follows_rates(),
    follows_street(),
    who_decides(),
    asks_who(),
    asks_deadline(),
    { id = "asks", any = { "open_question", "probe", "closed_question", "reflection", "purpose" },
      unless = { "next_step" },
      to = back_on_track },
  }, late_facts()),
  otherwise = "polite_no",
  closing = true,                  -- her last try: another miss and she goes back to the bank
}

scene "winding_down" {
  say = "I should go, I'm on nights tonight and I need to sleep at some point. This helped, "
    .. "actually. Thank you.",
  choices = {
    { id = "a", text = "Before you go: shall we sit down with your dad and Tom and run the numbers together, Thursday evening or Saturday morning?",
      to = to_booked, labels = { "next_step" } },
    { id = "b", text = "Glad it helped. Let me know if you have any questions.",
      to = "think_it_over" },
  },
  again = "I really do have to go and sleep. Sorry.",
  typed = true,
  -- (a question on her story still gets its answer before she goes)
  routes = lib.concat({ R.asks(), proposes_time() }, facts(),
                      { inaction(), follows_tom(), why(WHY_WORDS), follows_rates(), follows_street(), who_decides(),
                        asks_who() }),
  otherwise = "think_it_over",
  closing = true,                  -- she is going: a goodbye without an ask ends it
}

scene "winding_cold" {
  say = "Okay. Well. I should go, I'm on nights tonight. I'll probably just talk to the "
    .. "bank. Thanks for your time.",
  choices = {
    { id = "a", text = "Could we book a proper appointment, Thursday or Saturday?",
      to = "polite_no", labels = { "next_step" } },
    { id = "b", text = "No problem. Let me know if you have any questions.",
      to = "think_it_over" },
  },
  typed = true,
  routes = { { id = "ask_unearned", when = "next_step", to = "polite_no" } },
  otherwise = "think_it_over",
  closing = true,                  -- she is going: a goodbye without an ask ends it
}

-- One product, checked with her ("...would that help?"): she reacts to it.
scene "one_product" {
  -- (whatever product was named: she does not name one back)
  say = "Okay. Maybe? Sorry, I don't know if that's good for us. And what happens if we have to sell "
    .. "before it runs out? Nobody ever answers that part.",
  again = "Sorry, I still don't know what that product means for us if we have to move.",
  effects = { trust = -2 },
  routes = her_story(
    follows_street(),
    asks_deadline(),
    who_decides(),
    why(WHY_WORDS)
  ),
  otherwise = "winding_cold",
}

-- Short answers to questions about what she has mentioned; then her story goes on.
scene "merger" {
  say = "The council wants one school instead of two: Tom's and the one in Kelby. If it goes ahead "
    .. "it's next year, and his job could end up forty minutes away. Nobody will say if it's happening. "
    .. "Sorry. That's the maybe that keeps me up.",
  again = "Tom's school and Kelby's. Maybe next year. Nobody knows.",
  effects = { trust = 3 },
  choices = {
    { id = "a", text = "Who else will have a say in which mortgage you choose?",
      to = "dads_money", labels = { "open_question" } },
    { id = "b", text = "So the merger could mean selling early, maybe at a loss, on top of the payment. Is that the worry?",
      to = "heard_both", labels = { "reflection", "closed_question" } },
  },
  typed = true,
  routes = her_story(
    follows_street(),
    asks_deadline(),
    why(WHY_WORDS .. " maybe"),
    who_decides()
  ),
  otherwise = "winding_cold",
}

scene "tom_job" {
  say = function(s)
    if seen(s, "street_worry") or seen(s, "merger") then
      return "Yes, Year Six. At the school that might merge, so. He loves it. He's the calm one, "
        .. "which helps. Mostly."
    end
    return "Tom's my partner. He teaches Year Six. He's the calm one. One of us has to be."
  end,
  again = "Tom teaches. Year Six. The calm one.",
  effects = { trust = 3 },
  routes = her_story(
    follows_street(),
    asks_deadline(),
    why(WHY_WORDS),
    who_decides()
  ),
  otherwise = "winding_cold",
}

scene "street_prices" {
  say = "Number twelve went for eighteen thousand under, thirty-one for about twelve. They're the "
    .. "same as ours, give or take a conservatory. So yes, I've done that maths too.",
  again = "Eighteen under and twelve under. Same houses as ours.",
  effects = { trust = 3 },
  routes = her_story(
    follows_street(),
    asks_deadline(),
    why(WHY_WORDS),
    who_decides()
  ),
  otherwise = "winding_cold",
}

scene "seller" {
  say = "She's bought somewhere already and she's paying two mortgages, so she isn't going to wait "
    .. "for us. I'd be the same, honestly.",
  again = "Two mortgages. She won't wait.",
  effects = { trust = 2 },
  routes = her_story(
    follows_street(),
    why(WHY_WORDS),
    who_decides()
  ),
  otherwise = "winding_cold",
}

scene "bank" {
  say = function(s)
    return (s.asked_others and "Just the bank. We bank with them, so it seemed easiest. " or "")
      .. "A link to a calculator and a leaflet. The rate looked fine? I think? Nobody could tell me "
      .. "what happens to it in two years."
  end,
  again = "A calculator link. That's what the bank gave us.",
  effects = { trust = 2 },
  routes = her_story(
    follows_street(),
    asks_deadline(),
    why(WHY_WORDS),
    who_decides()
  ),
  otherwise = "winding_cold",
}

scene "baby" {
  say = "May. The eleventh, officially. It's a girl. I'm on nights until April, which is a whole "
    .. "other conversation.",
  again = "May. A girl.",
  effects = { trust = 3 },
  routes = her_story(
    follows_street(),
    asks_deadline(),
    who_decides()
  ),
  otherwise = "winding_cold",
}

scene "moves" {
  say = "Mum rented. Every time a landlord sold, we packed. Four schools before I was ten. I was "
    .. "always the new girl.",
  again = "Landlords selling, us packing. Eleven times.",
  effects = { trust = 3 },
  routes = her_story(
    follows_street(),
    asks_deadline(),
    who_decides()
  ),
  otherwise = "winding_cold",
}

scene "tom_mortgage" {
  say = function(s)
    local tail = " He'd sign whatever I put in front of him, honestly. He trusts me with numbers."
    if seen(s, "dads_money") then tail = " But like I said, he'll go with whatever Dad thinks." end
    return "Yes, both of us, it's joint. His salary's the steady one." .. tail
  end,
  again = "Joint, yes. Both names.",
  effects = { trust = 2 },
  routes = her_story(
    follows_street(),
    asks_deadline(),
    why(WHY_WORDS),
    who_decides()
  ),
  otherwise = "winding_cold",
}

scene "fixing" {
  say = "The bank mentioned a two-year fix. But then what? In two years the baby's eighteen months "
    .. "old and we're back on whatever the rate is by then. Sorry. Is two years even long enough?",
  again = "Two years, and then we're back where we started. That's my problem with it.",
  effects = { trust = 2 },
  routes = her_story(
    follows_street(),
    asks_deadline(),
    who_decides(),
    why(WHY_WORDS)
  ),
  otherwise = "winding_cold",
}

-- What she would need to feel ready to decide.
-- A feature someone would like (her dad): polite, and still her story.
scene "likes_it" {
  say = function(s)
    local who = seen(s, "dads_money") and "Dad" or "My dad"
    return "Maybe. " .. who .. " would want it on paper, he always does. Sorry, I still don't really know what "
      .. "we'd actually need."
  end,
  again = "Maybe. On paper, for Dad.",
  effects = { trust = 1 },
  routes = her_story(
    asks_deadline(),
    follows_street()
  ),
  otherwise = "winding_cold",
}

scene "ready_needs" {
  say = function(s)
    local who = " And someone who's better with money than me to look at them. My dad, probably."
    if seen(s, "dads_money") then who = " And Dad has to see them before I say yes to anything." end
    return "Honestly? Real numbers. On paper. What the payment is, what it could go up to, and what "
      .. "happens if we have to sell." .. who
  end,
  again = "Numbers on paper. That's all I need.",
  effects = { trust = 3 },
  routes = her_story(
    follows_street(),
    asks_deadline(),
    who_decides(),
    why(WHY_WORDS)
  ),
  otherwise = "winding_cold",
}

-- "If that rise landed, what would have to give?"
scene "would_give" {
  say = "That's the thing, there's nothing left to give. Savings, maybe, for a few months. I can do extra "
    .. "shifts, I can do the night feeds... sorry, I'm getting ahead of myself. It's not knowing what the "
    .. "payment will be that I can't do.",
  again = "Nothing's left to give. That's the problem.",
  effects = { trust = 4 },
  cues = { { id = "give_feeds", words = "night feeds baby ahead" } },
  routes = after_feeds(checks_reflection("confirmed")),
  otherwise = "winding_cold",
}

-- A plain benefit, checked with her, after she said she was lost: she
-- answers it (yes), and asks the question she always has left.
scene "plainer" {
  say = "Okay. That, I understand. The same payment, every month? Yes. That's exactly what I want. "
    .. "Sorry. I just need to know what happens if we have to sell before then.",
  again = "The same payment, yes. And if we have to sell?",
  effects = { trust = 5 },
  routes = her_story(
    follows_street(),
    asks_deadline(),
    who_decides(),
    why(WHY_WORDS)
  ),
  otherwise = "winding_cold",
}

-- How she and Tom see it.
scene "tom_view" {
  say = "Tom grew up in one house. Same bedroom for eighteen years. So to him rates are a "
    .. "headline, not a thing that happens to you. I've packed too many boxes to think like that.",
  again = "Tom assumes it'll be fine. I don't assume anything.",
  effects = { trust = 4 },
  cues = { { id = "boxes", words = "boxes packed moved" } },
  routes = her_story(
    { id = "follows_boxes", any = { "open_question", "probe", "reflection", "closed_question" }, unless = NOT(),
      words = "boxes packed moved moving house houses", heard = "all the moving", to = "why_home",
      -- ("Eleven moves is a lot of boxes. ...who gets the final say?" asks who decides)
      test = function(s, move) return not lib.mentions({ text = last_sentence(move) }, WHO) end },
    follows_street(),
    why(WHY_WORDS),
    who_decides(),
    asks_deadline()
  ),
  otherwise = "winding_cold",
}

-- Which of her two fears is the bigger one.
scene "bigger_fear" {
  say = "The selling. The payment I can plan for, I'm good with a spreadsheet. Owing more than "
    .. "the house is worth, with a baby, and having to move her anyway. That's the three a.m. one.",
  again = "Having to sell and move her anyway. That's the big one.",
  effects = { trust = 5 },
  routes = her_story(
    { id = "follows_move", any = { "open_question", "probe", "reflection", "closed_question" }, unless = NOT(),
      words = "move moving baby anyway three", heard = "having to move the baby", to = "why_home" },
    why(WHY_WORDS),
    who_decides(),
    asks_deadline()
  ),
  otherwise = "winding_cold",
}

-- What doing nothing (staying on the variable rate) would mean.
scene "do_nothing" {
  say = "Then every headline's a coin toss. If it goes up one and a half points, that's four "
    .. "hundred a month, right when I'm on maternity pay. Tom says it might go down. It might. "
    .. "I can't plan a baby on might.",
  again = "A coin toss every month. On maternity pay.",
  effects = { trust = 4, interest = 4 },
  routes = her_story(
    why(WHY_WORDS),
    who_decides(),
    asks_who(),
    asks_deadline(),
    follows_street()
  ),
  otherwise = "winding_cold",
}

-- What she wants from a mortgage.
scene "wants" {
  say = "Honestly? One that doesn't move. A payment I know, that I can plan a baby around. The rates keep "
    .. "jumping and then there's the street thing, and I just want one number that stays put. Sorry. "
    .. "Is that a stupid answer?",
  again = "One number that doesn't move. That's what I want.",
  effects = { trust = 2 },
  cues = { { id = "baby_wants", words = "baby plan" } },
  routes = her_story(
    follows_street(),
    asks_numbers(),
    asks_deadline(),
    who_decides(),
    why(WHY_WORDS),
    { id = "reflects", when = "reflection", unless = { "next_step" }, to = "heard_one" },
    checks_missed("heard_one")
  ),
  otherwise = "winding_cold",
}

-- What missing the four weeks would mean.
-- Losing the home itself (stakes): what it would do to her plan for the baby.
scene "losing_home" {
  say = function(s)
    local story = seen(s, "why_home") and "" or " I moved eleven times before I was sixteen. Mum rented, "
      .. "and landlords kept selling."
    return "Then she grows up the way I did." .. story .. " Boxes by the door, a new school every year or "
      .. "two. I can't do that to her. Sorry. That's why the payment has to be one we can hold, whatever happens."
  end,
  again = "Then she grows up the way I did. I won't do that to her.",
  reveals = { "motive" },
  effects = lib.reveal("motive", { trust = 4 }),
  cues = { { id = "boxes", words = "boxes school moved landlord" } },
  routes = her_story(
    who_decides(),
    asks_who(),
    asks_deadline(),
    follows_street()
  ),
  otherwise = "winding_cold",
}

scene "lose_house" {
  say = function(s)
    local when = seen(s, "deadline") and "" or " Four weeks from Monday, and she's firm: she's already bought "
      .. "somewhere and she's paying two mortgages."
    -- (the seller named first where she has not come up: r26 picker 12)
    local lose = (seen(s, "deadline") or seen(s, "street_worry")) and "Then we lose it. She goes with the next buyer, she's said so."
      or "Then we lose it. The seller goes with the next buyer, she's said so."
    return lose .. when .. " And we'd be back to "
      .. "renting, with a baby coming. Which is the one thing I said I'd never do. Sorry."
  end,
  again = "We lose the house. Back to renting.",
  reveals = { "deadline" },
  effects = lib.reveal("deadline", { trust = 3 }),
  cues = { { id = "renting", words = "renting rent never baby" } },
  routes = her_story(
    { id = "follows_renting", any = { "open_question", "probe", "reflection", "closed_question" }, unless = NOT(),
      words = "renting rent never baby swore", heard = "why renting again matters", to = "why_home",
      -- ("...a fixed rate would mean you know the payment through the baby's first years. Would that
      -- take some of the worry away?" is the benefit checked, not a question about renting or the baby;
      -- "Back to renting... is the one thing you're trying to avoid. Who else will weigh in...?" asks
      -- who decides: the question she answers, not the reflection's words)
      test = function(s, move) return not_a_check(s, move) and not names(last_two(move), WHO) end },
    who_decides(),
    asks_who(),
    follows_street(),
    why(WHY_WORDS .. " never renting")
  ),
  otherwise = "winding_cold",
}

-- Asides: a fact she answers, and the call is back where it was.
-- What she could pay a month (the figure, not the worry again).
node "budget" {
  say = "About sixteen hundred, tops. It would start at about fifteen hundred, so there's maybe a hundred "
    .. "of slack. That's it. I've been through every line of the spreadsheet.",
  again = "Sixteen hundred, tops. Like I said.",
  detour = true,
}

-- Whether they have a mortgage in principle.
node "in_principle" {
  say = function(s)
    local tail = " But that's not the actual offer, is it? Sorry. I know it isn't."
    if seen(s, "street_worry") or seen(s, "deadline") or seen(s, "lose_house") then
      tail = " But that's not the actual offer, is it? That's the bit the four weeks is for."
    end
    return "Yes, from the bank, before we offered. The estate agent wouldn't take us seriously without one." .. tail
  end,
  again = "Yes, in principle. From the bank. It's the real offer we haven't got.",
  detour = true,
}

-- Their jobs.
node "jobs" {
  say = function(s)
    local tom = " Tom teaches Year Six, permanent."
    if seen(s, "street_worry") or seen(s, "merger") then
      tom = " Tom teaches Year Six. Permanent, for now, if the merger leaves him where he is."
    end
    return "Both full time. I'm an ICU nurse, permanent, nights mostly." .. tom .. " Sorry. Is that what you needed?"
  end,
  again = "Both permanent, both full time. Nurse and teacher.",
  detour = true,
}

-- The solicitor and the survey.
node "paperwork" {
  say = "The solicitor's the one the estate agent recommended, and the survey's booked for next week. I have a "
    .. "checklist. Of course I have a checklist.",
  again = "Solicitor sorted, survey next week. It's on the checklist.",
  detour = true,
}

-- Her documents for the lender.
node "documents" {
  say = "Three months of payslips for both of us, bank statements, ID, Tom's P60. One folder, tabbed. The "
    .. "paperwork isn't what scares me about four weeks. It's whether anyone says yes in time.",
  again = "The folder's ready. Tabbed. It's the yes I'm waiting on.",
  detour = true,
}

-- A first home.
node "first_home" {
  say = "First time, for both of us. I've only ever rented. Hence the spreadsheet.",
  again = "First time, yes. Never owned anything.",
  detour = true,
}

-- The mortgage term.
node "term" {
  say = "Thirty years, the bank said. Is that normal? It sounds like forever. She'd be thirty.",
  again = "Thirty years. Like I said, it sounds like forever.",
  detour = true,
}

-- How long they mean to stay in the house.
node "stay_plans" {
  say = "As long as we can. Years. That's the whole point - the baby growing up in one house, one school. "
    .. "Unless something moves Tom's job and we have to sell. That's the bit nobody can tell me.",
  again = "As long as we can. Years, if Tom's job lets us.",
  detour = true,
}

-- Whether her dad's money is a gift.
node "dad_gift" {
  say = "A gift. He says. He'll still want a say, though. That's sort of the point of Dad.",
  again = "A gift. With opinions attached.",
  detour = true,
}

-- What settled would look like for her, day to day.
node "settled" {
  say = "Honestly? Boring. The same payment going out on the first of the month, and me not checking the "
    .. "news at three a.m. Her in the same bedroom until she's sick of the wallpaper. Sorry. That's the dream.",
  again = "Boring. The same payment, the same bedroom. That's all.",
  detour = true,
}

-- What her dad did, asked once she has told of his money.
scene "dad_job" {
  say = "Bank manager, thirty years, the branch on the high street. Retired now, which means he has time "
    .. "to read every line. He's lovely. He's just... thorough.",
  again = "Bank manager. Thirty years. He reads every line.",
  effects = { trust = 2 },
  routes = her_story(
    { id = "dad_needs", any = { "open_question", "probe", "closed_question" }, unless = NOT(),
      words = "need see comfortable convince happy numbers want look", heard = "what her dad would need to see",
      to = "dad_needs" },
    asks_deadline(),
    follows_street()
  ),
  otherwise = "winding_cold",
}

node "booked" {
  say = function(s)
    local dad = "I'll tell Dad."
    if seen(s, "dad_needs") then dad = "I'll tell Dad to bring his folder."
    elseif s.got_decider then dad = "I'll tell Dad. He'll want every number." end
    -- an ask with no day in it ("shall we meet sometime?"): she asks for one
    if not s.ask_time then
      dad = "Send me a couple of times and I'll check with Dad, evenings are best for him."
    end
    -- "I might sleep" once something has landed, not straight after "you've lost me"
    local after = "Thank you."
    if seen(s, "relief") or seen(s, "heard_both") or seen(s, "heard_one") or seen(s, "confirmed") then
      after = "Thank you. I think I might actually sleep tonight."
    elseif seen(s, "too_much_info") then
      after = "Thank you. Sorry I got flustered earlier."
    end
    return "Yes. Okay. Yes, let's do that. " .. dad .. " " .. after
  end,
  ending = { outcome = "meeting_booked", success = true },
}

node "think_it_over" {
  say = "Okay. I'll think about it. Thanks. Bye.",
  ending = { outcome = "no_next_step", success = false },
}

node "polite_no" {
  say = "I think I'll just go with the bank, to be honest. They're slower, but they don't "
    .. "make me feel like this. Thanks anyway.",
  ending = { outcome = "polite_no", success = false },
}

node "brush_off" {
  say = "I'm going to look at the bank's calculator again. Sorry. I have to go.",
  ending = { outcome = "brush_off", success = false },
}
