-- Coffee with a LinkedIn connection.
-- Lesson: at a first meeting you invited someone to, the goal is to be liked,
-- not to sell. Get to know the person, let them talk, follow what they hint
-- at, and leave with a next step they chose (offer a choice).
-- Voice: Gus is a talker. Warm, funny, wanders off on stories; he tells you a
-- lot if you follow his tangents and shuts the door if you pitch him.

local lib = include "lib/discovery.lua"

-- Does the trainee's ask offer a choice ("Tuesday or Thursday?")?
local function offers_choice(move)
  local t = " " .. string.lower(move.text or "") .. " "
  return t:find("[%s,]or[%s,%?]") ~= nil or t:find("either") ~= nil
end

-- Books the meeting as asked: the first weekday named and whether it is a video call ("lets do
-- thursday at 4 then", "a quick zoom"), so booked does not promise the kettle on Mill Road and
-- Lena there to a Zoom on a day she is out.
local DAYS = { "monday", "tuesday", "wednesday", "thursday", "friday" }
local VIDEO = { "zoom", "teams", "video", "google meet", "online", "on a call", "phone call", "screen share" }
local function first_day(move)
  local text, at, first = string.lower(move.text or ""), math.huge, ""
  for _, day in ipairs(DAYS) do
    local i = text:find(day, 1, true)
    if i and i < at then first, at = day:sub(1, 1):upper() .. day:sub(2), i end
  end
  return first
end
local function book(s, move)
  s.book_day = first_day(move)
  s.book_video = s.book_video or lib.mentions(move, VIDEO)
  return "booked"
end

-- Where an ask for a next step leads, once the trainee asks.
local function ask_result(s, move)
  if move.premature then return "too_soon" end
  if s.trust < 40 then return "polite_no" end
  if offers_choice(move) then return book(s, move) end
  s.book_video = s.book_video or lib.mentions(move, VIDEO)
  -- (one day named, "Would Tuesday evening work?", is heard: he wants a choice, not "what did you have
  -- in mind?", reply28)
  s.asked_day = first_day(move)
  return "pick_a_slot"
end

local function seen(s, id) return (s.visits[id] or 0) > 0 end
-- The line's last question (up to its last '?'), as a move for lib.mentions; the whole line without one
local function last_question(move)
  local q = string.lower(move.text or ""):match("([^%.!;%?]*%?)[^%?]*$")
  return q and { text = q, labels = move.labels } or move
end
-- Asking where or how much something hurts him: its cost, whatever the lead-in said back
local HURTS = { "hurt you", "hurts you", "hurt the most", "hurts the most", "hurt most", "hurts most", "hit you",
          "hits you", "hits hardest", "hit hardest", "sting most", "stings most", "bite you", "bites you",
          "pinch", "where does it show", "where do you feel it", "feel it most", "biggest impact", "hardest hit" }

-- Where the conversation goes when the trainee lets a topic go: if enough has
-- come out, Gus turns the question round ("so what do you do?"); if not, he
-- starts to wind the coffee down.
local function next_stage(s)
  if s.found >= 2 then
    if seen(s, "door") then return "wrap_up" end
    return "door"
  end
  return "wrap_up_cold"
end

-- Gus is a talker: given room, he carries on to the next story he has not
-- told yet (spring, the Sunday books, the hospital job) before he turns the
-- question round.
-- (the books are told by the Sundays, or by the hours asked first: sunday_hours_first tells the same
-- shoebox, two months behind and the penalty, so after it he goes on to the next story, not the Sundays
-- again - r20 average 6 got the shoebox line twice)
local function carry_on(s)
  local books, job = seen(s, "sunday_nights") or seen(s, "sunday_hours_first"), seen(s, "hospital_contract")
  if not books and not job and not seen(s, "busy_season") then return "busy_season" end
  if not books then return "sunday_nights" end
  if not job then return "hospital_contract" end
  return next_stage(s)
end

-- Rules many nodes share: an early ask, any ask, a pitch, moving on.
local R = lib.rules { rushed = "too_soon", asks = ask_result, pitches = "pitch_early",
                      moves_on = carry_on }

-- Following up on what Gus lets slip about his daughter, or about Lena.
local function about_daughter(id)
  return { id = id, any = { "open_question", "probe", "reflection", "closed_question" },
    unless = { "next_step" },
           words = "daughter kid someday future nina", heard = "his daughter", to = "legacy" }
end
-- (Lena's view asked once the big job is out - "You said you and Lena still argue about it, whats her
-- take?" (r17) - is her side of the argument, not who she is: see ARGUE below)
local ARGUE
local function follows_lena(words)
  return { id = "follows_lena", any = { "open_question", "probe", "reflection", "closed_question" },
           unless = { "next_step" }, words = words, heard = "Lena",
           to = function(s, move)
             -- ("You said Lena still argues about it. How do the two of you decide?" asks how they decide: Lena)
             if lib.mentions(move, ARGUE) and (seen(s, "hospital_contract") or seen(s, "roots_again"))
                and not lib.mentions(move, { "decid", "decision", "final say", "who makes", "sign off" }) then
               return "lena_side"
             end
             return "lena"
           end }
end

-- An option that pitches features at Gus: a strike against you, then to.
local function pitch_option(id, to, text)
  return { id = id, text = text, to = to, labels = { "feature" }, effects = { strikes = 1 } }
end

-- A question on a topic Gus has touched gets that story, wherever he is; a
-- pitch that checks itself ("...would that be useful?") is a pitch, not a
-- question about the books (lib.checks_pitch).
local function asking() return { "open_question", "probe", "closed_question", "reflection" } end
-- ...and a question asking who decides is that question, whatever topic its
-- if-clause names ("Who else would be involved if you did decide to get help
-- with the books?" asks who, not how the books get done); asking who does
-- the books is still the books ("who else helps with the books?").
local asks_who_decides   -- (defined with WHO, below)
-- And what we'd do for him, checked with "would that be interesting?" (lib.checks_benefit) or
-- said with no question at all (lib.states_benefit, his own "so what do you do?" answered), is
-- the offer, not a question or a reflection on the books or the hospital job its words name.
local function offers_benefit(move) return lib.checks_benefit(move) or lib.states_benefit(move) end
-- "Is the books thing the biggest problem or is there other stuff too?", "anything else going on
-- besides the books?": what else there is, the story he has not told yet (carry_on), not the one
-- the line sets beside it (r14 coffee average 6)
local ELSE = { "other stuff", "other things", "other problems", "other issues", "other challenges",
               "other headaches", "anything else", "something else", "what else", "else going on",
               "more to it than", "is there more", "anything bigger", "bigger problem", "bigger issue",
               "other stuff", "stuff too", "things too" }
local function asks_else_q(move)
  return lib.mentions(move, ELSE) and not asks_who_decides(move)
    and not lib.mentions(move, { "who else", "need to know", "need to see", "would it take", "anyone else" })
end
local function asks_else()
  return { id = "asks_else", unless = { "next_step" }, any = { "open_question", "probe", "closed_question" },
           words = "else other stuff things besides apart aside more bigger problem problems issues",
           heard = "what else there is",
           test = function(s, move)
             return not lib.checks_pitch(move) and not offers_benefit(move) and not lib.pitch_only(move)
               and asks_else_q(move)
           end,
           to = carry_on }
end
-- "So how much did the tax penalty end up costing you?": what the penalty cost, its size (the penalty
-- node: fourteen hundred and change), not what being behind costs him nor the books (reply28); a
-- question that sets the penalty aside ("besides the penalty, what's it costing you?") is not.
local PENALTY_NAMES = { "penalt", "the fine", "a fine", "the letter", "irs" }
local PENALTY_COST = { "how much", "how big", "how bad", "what did the penalty", "what did that penalty",
                       "penalty cost", "penalty end up", "penalty set you", "fine cost", "penalty come to",
                       "penalty run you", "was the penalty" }
local SETS_ASIDE = { "besides", "apart from", "other than", "aside from", "on top of", "beyond", "not counting",
                     "as well as" }
local function asks_penalty_size(move)
  local q = last_question(move)
  return lib.mentions(q, PENALTY_NAMES) and lib.mentions(q, PENALTY_COST) and not lib.mentions(q, SETS_ASIDE)
end
-- "You mentioned the tax penalty and Lena not being happy - what happened there?": the penalty's
-- story (the letter Lena opened), not what being behind costs him (r28 average 7).
local WHAT_HAPPENED = { "what happened", "what happend", "what happen ", "what went on", "what went wrong",
                        "tell me about", "tell me more", "how did that happen", "how did it happen", "how come",
                        "what was that about", "what's the story", "whats the story", "what was the story",
                        "how did that come about", "how did that go", "how did that play out" }
local function asks_penalty_story(move)
  local q = last_question(move)
  return lib.mentions(move, PENALTY_NAMES) and lib.mentions(q, WHAT_HAPPENED)
    and not lib.mentions(q, { "cost", "hurt", "how much", "how big" }) and not lib.mentions(q, SETS_ASIDE)
end
local function asks_penalty()
  return { id = "asks_penalty", unless = { "next_step" }, any = { "open_question", "probe", "closed_question" },
           words = "penalty penalties underpaid accountant fine letter happened", heard = "what happened with the penalty",
           test = function(s, move)
             return not lib.checks_pitch(move) and not offers_benefit(move) and asks_penalty_story(move)
           end,
           to = "penalty" }
end
local function topic(rule)
  rule.test = function(s, move)
    return not lib.checks_pitch(move) and not offers_benefit(move) and not asks_who_decides(move)
      and not asks_else_q(move) and not asks_penalty_size(move) and not asks_penalty_story(move)
  end
  return rule
end
-- How he keeps on top of the money side is the books too ("How do you keep on top of the money side at
-- the moment?", r19 coffee average 6); money alone is not ("how much money did that job cost you?").
local MONEY_SIDE = { "money side", "side of the money", "the finances", "your finances", "track of the money",
                     "top of the money", "handle the money", "handles the money", "manage the money",
                     "manages the money", "look after the money", "looks after the money", "money in and out" }
local BOOK_WORDS = { "book", "paperwork", "receipt", "shoebox", "sunday", "account", "tax", "admin", "invoice",
                     "payroll", "finance" }
-- "So if you could change one thing about the books what would it be?" (r21 coffee average 10, at the truck,
-- got the Sunday shoebox told again): what he would change is what he would want instead (wants).
local CHANGE_ASK = { "change one thing", "change anything", "could change", "would you change", "you'd change",
                     "magic wand", "wave a wand", "fix one thing", "what would you fix", "if you could fix",
                     "what would you improve", "improve one thing", "wish you could change", "wish was different",
                     "wish were different" }
-- Is the line's question (its last sentence) about Lena: "she", "her", Lena or his wife named in it, no
-- one else named, and not who does something?
local function asks_of_her(move)
  local text = (move.text or ""):gsub("[%s%?%.!]+$", "")
  local last = " " .. string.lower(text:match("[%.%?!]%s+([^%.%?!]+)$") or text):gsub("%p", " ") .. " "
  if not (last:find(" she ", 1, true) or last:find(" her ", 1, true) or last:find(" lena ", 1, true)
          or last:find(" your wife ", 1, true)) then
    return false
  end
  for _, other in ipairs({ "nina", "daughter", "mrs", "lady", "client", "albrecht", "accountant", " who " }) do
    if last:find(other, 1, true) then return false end
  end
  return true
end
local asks_books_rule
local COST_WORDS = { "cost", "set you back", "sets you back" }
local PAID_HELP = { "accountant", "bookkeeper", "bookeeper", "bookkeeping service", "software", "quickbooks", "the app" }
-- leaves_cost: in a node that hears what being behind costs (asks_cost), a cost question is that, not
-- the books its words name ("What does being behind on the books actually cost you?", r24 coffee
-- average 7 at pitch_early, got the shoebox again): a cost question beats a topic word
local function asks_books(leaves_cost)
  local rule = asks_books_rule()
  local test = rule.test
  rule.test = function(s, move)
    return test(s, move) and (not lib.mentions(move, { "money" }) or lib.mentions(move, MONEY_SIDE)
                               or lib.mentions(move, BOOK_WORDS))
      -- (how Lena feels about the books is her view of them, not how they get done: r21 coffee skilled 4)
      and not lib.mentions(move, ARGUE)
      -- (and a question about her, "And Lena, does she do the invoicing?", is about Lena, not the shoebox
      -- told again: r21 coffee skilled 5's way to Lena; who does the books is still the books)
      and not asks_of_her(move)
      -- (what he would change about the books is what he would want instead: r21 coffee average 10)
      and not lib.mentions(move, CHANGE_ASK)
      -- (where the node hears the cost, what being behind on the books costs him is the cost, the
      -- hospital job; what the bookkeeper or accountant costs is still how the books get done)
      and not (leaves_cost and lib.names_cost(move) and lib.mentions(move, COST_WORDS)
               and not lib.mentions(move, PAID_HELP))
  end
  return rule
end
function asks_books_rule()
  return topic { id = "asks_books", unless = { "next_step" }, any = asking(), heard = "how the books get done",
           -- (typed as it comes: "bookeeping", "book keeping"; and who runs the payroll is who does
           -- the books, "Who does your payroll and bookeeping right now?", r16 coffee average 4)
           words = "books bookkeeping bookeeping bookkeeper bookeeper paperwork receipts shoebox sunday sundays "
                .. "accounting accountant taxes admin invoices finances money",
           examples = { "how do you handle the books right now", "who does your bookkeeping",
                        "how do you keep on top of the paperwork", "who does your payroll right now",
                        "who runs payroll for you" },
           to = "sunday_nights" }
end
local function asks_software()
  return topic { id = "asks_software", unless = { "next_step" },
           any = { "open_question", "probe", "closed_question" },
           heard = "what software he uses",
           words = "quickbooks software xero app program spreadsheet system tool",
           examples = { "what do you use for the books", "what do you keep the books in" }, to = "software" }
end
-- ("How big a hit was that?" after the penalty asks its size: a "how big" that names no job,
-- contract or hospital is no question about the big job, r14 coffee skilled 4)
local SIZE_ASK = { "how big", "how much", "how large", "how bad" }
local JOB_NAMES = { "hospital", "route 9", "route nine", "contract", "job", "passed on", "turned down" }
local function asks_contract()
  local rule = topic { id = "asks_contract", unless = { "next_step" }, any = asking(), heard = "the big job he passed on",
           words = "hospital contract big passed turned", to = "hospital_contract" }
  local topic_test = rule.test
  rule.test = function(s, move)
    return topic_test(s, move) and not (lib.mentions(move, SIZE_ASK) and not lib.mentions(move, JOB_NAMES))
  end
  return rule
end
local function asks_cost()
  return topic { id = "asks_cost", unless = { "next_step" }, any = { "open_question", "probe", "closed_question" },
           heard = "what it costs him",
           words = "cost costing costs behind affect afford penalty hurt", to = "hospital_contract" }
end
local WHO = { "who else", "who decides", "your call", " a say", "sign off", "business partner", "your partner",
              "your wife", "make the call", "decide together", "weigh in", "how would you decide", "how do you decide",
              "how would you two decide", "how do you two decide", "how would the two of you decide",
              "making the call", "makes the call", "making the calls", "a partner", "just you",
              "final say", "the say", "signs off", "and lena decide", "how would you decide", "who would decide", "involved in deciding", "involved in the decision",
              -- how the two of them make decisions about the money: "How do the two of you make decisions
              -- about the money?" (r21 coffee picker 5, heard as what he would want instead)
              "make decisions", "make the decisions", "make money decisions", "make the money decisions",
              "make big decisions", "make those decisions", "make that kind of decision", "money decisions",
              "decisions about the money", "decisions on the money", "decisions about money", "decisions are made",
              "decisions get made", "decide things", "decide stuff", "two of you decide", "you two decide",
              "you both decide", "both of you decide", "decide about the money", "decide on the money",
              "decide about money", "decide on money" }
-- "who'd you need to talk it over with?", "anyone you'd run it by?" (not "do you talk it over with
-- your accountant?")
local TALK_OVER = { "talk it over with", "talk it through with", "talk that over with", "run it by", "run it past",
                    "run that by", "run that past" }
local function talks_it_over(move)
  return lib.mentions(move, TALK_OVER) and lib.mentions(move, { "who", "anyone", "anybody", "someone" })
end
local DOES_IT = { "who does", "who keeps", "who handles", "who looks after", "who takes care", "who helps",
                  "who else helps", "who else does", "who else keeps", "who do you use", "who's doing", "who is doing",
                  "who did", "who used to" }
-- (in the question asked, the line's last sentence: "So the two of you decide together. Has being
-- behind ever stopped you?" asks what it cost)
asks_who_decides = function(move)
  local text = (move.text or ""):gsub("[%s%?%.!]+$", "")
  local last = { text = text:match("[%.%?!]%s+([^%.%?!]+)$") or text, labels = move.labels }
  return (lib.mentions(last, WHO) or lib.names_who(last) or talks_it_over(last)) and not lib.mentions(last, DOES_IT)
end
local function asks_who()
  return { id = "asks_who", unless = { "next_step" }, any = { "open_question", "probe", "closed_question" },
           heard = "who decides", words = "decide decides decision weigh say call lena wife partner talk run",
           test = function(s, move) return lib.mentions(move, WHO) or lib.names_who(move) or talks_it_over(move) end,
           to = "lena" }
end
local function asks_wants()
  local rule = topic { id = "asks_wants", unless = { "next_step" }, any = { "open_question", "probe" },
           heard = "what he would want instead",
           words = "want wish instead ideal different dream better change changes rather",
           examples = { "what would you want instead", "what would good look like for you",
                        "what would you rather be doing", "what would you rather spend your sundays on",
                        "if it all worked, what would be different", "what would that change for you" },
           to = "wants" }
  -- "if you wanted to change it, how would you two decide?" asks who decides
  local pitch_test = rule.test
  rule.test = function(s, move) return pitch_test(s, move) and not lib.mentions(move, WHO) and not asks_who_decides(move) end
  return rule
end

-- A plain question about someone or something Gus has mentioned (the tax
-- penalty, Lena's side of the argument, Lena, Nina, the kids, the Birch
-- Street client, his dad, the crews, the hospital job) gets that answer,
-- wherever he is in his story: each rule names its thing in its test.
-- ("what else is hard, besides hiring?" sets the thing aside: no answer on it)
local ASIDE = { "besides", "apart from", "other than", "except", "aside from", "beyond", "not counting" }
-- how long he has been at it, asked as a figure ("how long have you been running the company?")
local HIS_YEARS = { "how long have you been", "how long you've been", "how long you have been",
                    "how long has the business", "how long has the company" }
local AMOUNT_ASK = { "how many ", "how long ", "how much time", "how often " }
local function about(id, names, words, heard, to, more)
  return { id = id, unless = { "next_step" }, any = { "open_question", "probe", "closed_question", "reflection" },
           words = words, heard = heard, to = to,
           test = function(s, move)
             -- what it would do for him, said back with his words, is no question about them
             local l = move.labels
             if l.benefit and not (l.open_question or l.probe or l.closed_question) then return false end
             -- (and who decides is asked whatever the question names: "who's involved in money decisions
             -- like the hospital job?")
             -- (a pitch then a question asking how many or how long is still that question: "We've got a
             -- receipt app. How many hours a week are you spending on it?", r15 coffee average 5)
             return not lib.checks_pitch(move) and not lib.checks_benefit(move)
               and not (lib.pitch_only(move) and not lib.mentions(move, AMOUNT_ASK))
               and lib.mentions(move, names)
               and (not asks_who_decides(move) or lib.mentions(move, { "lena", "wife" }))
               and not lib.mentions(move, ASIDE) and (more == nil or more(s, move))
           end }
end
ARGUE = { "argu", "her side", "lena's side", "disagree", "fight about", "lena think", "lena feel", "lena say", "lena take", "lena react", "she take", "she react", "lena handle",
                "she think", "she feel", "she say", "lena's view", "her view", "her take", "lena's take",
                -- where she stands on it: "where does Lena land on it?", "what does Lena make of it?"
                "lena land", "she land", "lena stand", "she stand", "lena come down", "she come down",
                "lena make of", "she make of", "lena reckon", "she reckon", "lena's opinion", "her opinion",
                "lena's position", "her position", "where's lena on", "where is lena on", "lena on that", "lena on it" }
-- (what it would mean for the two of them, Gus and Lena, is his motive too: "She's got a point. What would
-- it mean for you two if you could actually say yes next time?", r21 coffee skilled 8, was heard as Lena)
local MEANS_FOR_US = { "mean for you two", "mean for you both", "mean for the two of you", "mean for both of you",
                       "mean for you and lena", "mean for your family", "mean for the family", "mean for you guys",
                       "mean to you two", "mean to you both", "mean to the two of you", "mean for you if",
                       "mean to you if", "mean for you to", "mean for you and your" }
-- "Does she do the invoicing then?", "Would she want to be there?": where
-- Gus has just spoken of Lena, "she" is Lena (not Nina, not the mulch lady).
local function about_her()
  return { id = "about_her", unless = { "next_step" }, any = { "open_question", "probe", "closed_question" },
           heard = "Lena",
           test = function(s, move)
             local q = " " .. string.lower(move.text or ""):gsub("%p", " ") .. " "
             return not lib.pitch_only(move) and (q:find(" she ", 1, true) or q:find(" her ", 1, true)
               or q:find(" she s ", 1, true)) ~= nil
               and not lib.mentions(move, { "nina", "daughter", "mrs", "lady", "client", "albrecht", "hospital" })
               -- (what it would mean for the two of them asks his motive, whatever "she" the lead-in names)
               and not lib.names_motive(move, MEANS_FOR_US)
           end,
           to = function(s) return (seen(s, "lena") or seen(s, "lena_side") or seen(s, "lena_help")) and "lena_more"
                                   or "lena" end }
end

-- (said with what we sell, "we have a receipt scanning app, so no more shoebox", he shrugs the app off)
local OUR_TOOL = { "app", "software", "scan", "tool", "platform", "system", "we have", "we do", "we offer", "our " }
-- "How long does it take the hospital to pay?", "how long do your customers take to pay you?",
-- "how long till you get paid?" (r19): how long THEIR customer takes to pay (payment terms, debtor
-- days), not the hours his books take ("how long does it take you to pay the bills on a Sunday?" is
-- still his books)
local PAYING = { " pay", "paid", "payment", "invoice", "settle", "net 30", "net 60", "net thirty", "net sixty" }
local HE_PAYS = { "you pay", "you to pay", "you paying", "you do the pay", "pay the bills", "pay bills", "pay your bills" }
local function customer_pays(move)
  return lib.mentions(move, PAYING) and not lib.mentions(move, HE_PAYS)
end

local function sunday_hours_to(s, move)
  s.hours_tool = lib.mentions(move, OUR_TOOL)
  -- (asked from QuickBooks, before he has told the Sundays: the hours and the Sundays' story together)
  if not seen(s, "sunday_nights") and not seen(s, "sunday_hours_first") then return "sunday_hours_first" end
  return "sunday_hours"
end

local DAD_STILL = { " still ", "retired", "retire ", "passed away", "pass away", "alive", "these days", "nowadays",
                    "involved at all", "around much", "come by", "comes by", "drop by", "drops by" }
local function facts()
  return {
    -- "why do you do the books yourself?", "ever thought about a bookkeeper?": why he does them himself
    about("about_diy", { "yourself", "your own books", "bookkeeper", "hire someone", "hiring someone", "hired someone",
                         "hire a ", "hired a ", "get someone", "getting someone", "outsourc",
                         "instead of the accountant", "the accountant do", "your accountant do" },
          "yourself own bookkeeper hire outsource accountant why", "why he does the books himself", "why_himself",
          function(s, move)
            return seen(s, "sunday_nights") and not lib.mentions(move, { "penalty", "cost", "lena", "wife" })
              and lib.mentions(move, { "why", "how come", "thought about", "considered", "ever ", "what stops",
                                       "what's stopped", "what has stopped", "never" })
          end),
    -- "So she's been pushing you to get help. What's held you back so far?" (r21 coffee skilled 9, at Lena's
    -- side, got "your turn, what does Tallyhouse do?"): what has kept him from getting help is why he does
    -- the books himself, once he has told them or Lena's asking (not what held him back from the big job)
    about("about_held_back", { "held you back", "holding you back", "holds you back", "what's stopped you",
                               "what has stopped you", "what stopped you", "what's been stopping", "what stops you",
                               "what's kept you from", "what has kept you from", "what kept you from",
                               "what's keeping you from", "why haven't you", "why have you not", "why not get",
                               "why not just get", "what's in the way", "got in the way", "gets in the way",
                               "put you off", "puts you off", "hesitat" },
          "held holding stopped stopping hesitate kept keeping yet haven't someone", "what has kept him from getting help",
          "why_himself",
          function(s, move)
            return (seen(s, "sunday_nights") or seen(s, "sunday_hours_first") or seen(s, "lena_more")
                    or seen(s, "lena_help") or seen(s, "lena_books") or seen(s, "why_himself"))
              and not lib.mentions(move, JOB_NAMES) and not lib.mentions(move, { "growing", "grow", "bigger" })
          end),
    about("about_penalty", { "penalty", "penalties", "underpaid", "accountant", "the fine", "a fine", "irs", "the letter" },
          "penalty fine underpaid accountant letter", "the tax penalty", "penalty",
          -- "what does it cost you" asks the cost; "a penalty on top. You said Lena
          -- about killed you, tell me about that" asks about Lena
          function(s, move)
            return (not lib.mentions(move, { "cost" }) or asks_penalty_size(move))
              -- ("A tax penalty on top... When you're two months behind like that, where does it hurt you
              -- most?", r26 coffee skilled 4: the penalty said back, the question asks where being behind
              -- hurts - its cost, not the penalty again)
              and not (lib.mentions(move, HURTS) and not lib.mentions(last_question(move), { "penalt", "fine", "letter", "irs" }))
              and (not lib.mentions(move, { "lena", "wife" }) or asks_penalty_story(move)
                   or lib.mentions(move, { "how much", "how big", "what was the penalty", "was the penalty", "penalty?" }))
          end),
    -- "How does she feel about the way the books get done now?" (r21 coffee skilled 4, at the penalty, got
    -- the shoebox again): Lena's view of the books, not the books, nor her side of the hospital job
    about("about_lena_books", ARGUE, "lena she her think feel take view books shoebox sundays receipts paperwork",
          "what Lena thinks of the books", "lena_books",
          function(s, move)
            return lib.mentions(move, BOOK_WORDS) and not lib.mentions(move, JOB_NAMES)
              and not lib.mentions(move, { "nina", "daughter" })
          end),
    about("about_argument", ARGUE, "argue argument side lena think disagree", "Lena's side of the argument", "lena_side",
          function(s) return seen(s, "hospital_contract") or seen(s, "roots_again") end),
    about("about_lena", { "lena", "your wife", "wife " }, "lena wife", "Lena", "lena",
          -- (the penalty and Lena's face asked as what happened is the penalty's story: about_penalty)
          function(s, move) return not asks_penalty_story(move) end),
    about("about_nina", { "nina", "daughter" }, "nina daughter horticulture state", "Nina", "legacy"),
    about("about_kids", { "kids", "children", "twins", "soccer", "son " }, "kids children twins soccer", "the kids", "kids"),
    about("about_client", { "birch", "mulch", "that client", "the client", "that lady", "the lady" },
          "birch street client mulch lady", "the Birch Street client", "mulch"),
    -- ("Is he still involved at all?", r21 coffee average 9, got the truck and no answer: a question
    -- whether his dad is still around gets that answered first, then the truck)
    about("about_dad", { "your dad", "your father", "dad's", "father's", "the truck" }, "dad father truck",
          "his dad", function(s, move) return lib.mentions(move, DAD_STILL) and "dad_now" or "dad_story" end),
    about("about_crews", { "crew", "employees", "staff", "how many people", "hiring", "hire " },
          "crews people staff employees hire hiring many", "the crews", "crews_count"),
    -- "how far behind are you usually?": the backlog, not what it costs
    about("about_behind", { "how far behind", "how behind", "how many months behind", "how long behind",
                            "how backed up", "how far back", "get caught up", "catch up", "up to date" },
          "behind caught catch date months weeks far", "how far behind the books are", "behind",
          function(s, move) return not lib.names_cost(move) and not lib.mentions(move, { "cost" }) end),
    -- "how many hours does it take you each Sunday?": the time the books take, once he has told them
    -- (or once he has named his Sunday nights with the shoebox, answering what software he uses, or
    -- in passing with spring: "A shoebox on sundays lol. How many hours does that take you?", r13)
    about("about_hours", { "how many hours", "how much time", "how long does it take", "how long does that take",
                           "how long do you spend", "how long does it usually", "how long do they take",
                           "hours a week", "hours each", "hours every", "hours on a", "hours do you", "hours does",
                           "take you each", "take you every", "take you on a" },
          "hours time long spend take", "how long the Sundays take", sunday_hours_to,
          function(s, move)
            return (seen(s, "sunday_nights") or seen(s, "software") or seen(s, "busy_season"))
              and not lib.names_cost(move) and not customer_pays(move)
          end),
    -- "how long does the shoebox take you on sundays?" (r18 average 6, which got the Sundays told
    -- again): how long the books take, asked of whatever names them
    about("about_hours_long", { "how long does", "how long do ", "how long is ", "how long are " },
          "hours time long spend take shoebox sunday sundays books receipts", "how long the Sundays take", sunday_hours_to,
          function(s, move)
            return (seen(s, "sunday_nights") or seen(s, "software") or seen(s, "busy_season"))
              and not lib.names_cost(move) and not customer_pays(move) and lib.mentions(move, { "take", "spend", "last" })
              and lib.mentions(move, { "shoebox", "books", "receipts", "sunday", "bookkeeping", "paperwork", "quickbooks" })
          end),
    about("about_software", { "quickbooks", "software", "xero", "what do you use", "spreadsheet", "an app" },
          "quickbooks software xero spreadsheet app", "what software he uses", "software"),
    -- "how big was the contract?": its size, once he has told it
    -- ("how much work was that, over a year?", r26 coffee skilled 8: how much, of the job)
    about("about_size", { "how big", "how much was", "how much is", "what was it worth", "what's it worth",
                          "worth to you", "size of", "how large", "how much work", "how much revenue",
                          "how much business", "how much money", "how much would it", "how much would that",
                          "how much did it", "what would it have been worth", "what was that worth",
                          "what's that worth", "worth a year", "worth per year", "worth in a year", "in revenue" },
          "big size worth much large contract job", "how big the job was", "contract_size",
          function(s, move)
            return seen(s, "hospital_contract") and lib.mentions(move, { "contract", "job", "hospital", "it", "that one" })
              and not lib.mentions(move, { "penalty", "crew", "cost you", "costing" })
          end),
    about("about_job", { "hospital", "route 9", "route nine", "grounds contract", "big job", "big one" },
          "hospital route contract job", "the big job he passed on", "hospital_contract"),
  }
end

-- "If you'd been able to say yes, what would that job have changed for the business?" (r26 coffee
-- skilled 9): what the job would have meant, a yes supposed in the past - not what he would need
-- to know to say yes next time.
local WOULD_HAVE = { "would that job have", "would the job have", "would that contract have", "would the contract have",
                     "would it have changed", "would it have meant", "would it have done", "would that have changed",
                     "would that have meant", "would that have done", "would have changed", "would have meant",
                     "would've changed", "would've meant", "would it have been like", "been able to say yes",
                     "could have said yes", "could've said yes",
                     "if you'd said yes", "if you had said yes", "had you said yes", "if you'd taken it",
                     "if you had taken it", "if you'd taken the", "if you had taken the", "had you taken",
                     "if you'd gone for it", "if you'd won it", "if you'd done it", "if you could have said yes" }
local function asks_would_have(move)
  return lib.mentions(move, WOULD_HAVE)
end
local function asks_impact()
  return { id = "asks_would_have", unless = { "next_step" }, any = { "open_question", "probe", "closed_question" },
           words = "changed change meant mean done business job contract grown grow year taken yes",
           heard = "what the job would have meant", to = "would_have",
           test = function(s, move)
             return seen(s, "hospital_contract") and not lib.checks_pitch(move) and not lib.checks_benefit(move)
               and not lib.pitch_only(move) and asks_would_have(move)
           end,
           examples = { "what would that job have meant for the business", "if you'd taken it, what would have changed" } }
end

-- "So you walked away from the biggest job you'd ever been offered... What did saying no end up costing
-- you?" (r26 coffee skilled 7, got the shoebox again): once he has told the hospital job, what turning
-- it down cost him is its size, wherever he is.
local TURNED_DOWN = { "saying no", "said no", "say no", "turning it down", "turned it down", "turning down",
                      "turned down", "walked away", "walking away", "walk away", "passing on", "passed on",
                      "passing it up", "passed it up", "passing up", "passed up", "losing that", "losing the job",
                      "lost job", "lost contract", "that job", "that contract", "the hospital", "hospital job",
                      "the contract", "turning that", "turned that", "turning them down", "turned them down" }
local function asks_job_cost()
  return { id = "job_cost", unless = { "next_step" }, any = { "open_question", "probe", "closed_question" },
           words = "cost costs costing money worth lose lost", heard = "what turning the job down cost him",
           to = "contract_size",
           test = function(s, move)
             return seen(s, "hospital_contract") and not lib.checks_pitch(move) and not lib.pitch_only(move)
               and lib.names_cost(last_question(move), { "end up costing", "what did it cost", "what did that cost",
                                                        "what did saying no", "what did you lose", "what did it lose",
                                                        "what you lost", "what it lost" })
               and lib.mentions(move, TURNED_DOWN)
           end,
           examples = { "what did turning it down cost you", "what did saying no to that job cost the business" } }
end

-- Plain questions Gus just answers, late in the coffee: what doing nothing
-- means, what he would need to know to say yes, and when.
local function asks_need()
  return { id = "asks_need", unless = { "next_step" }, any = { "open_question", "probe", "closed_question" },
           words = "need know see yes take",
           heard = "what he would need to know to say yes", to = "need_to_know",
           test = function(s, move)
             return not lib.checks_pitch(move) and not lib.checks_benefit(move) and not asks_would_have(move)
               and lib.mentions(move, { "need to know", "need to see", "to say yes", "would it take", "need from",
                                        "need in place", "make you comfortable", "feel safe" })
           end,
           examples = { "what would you need to know to say yes next time", "what would it take to say yes to a job like that",
                        "what would you need to see before taking on the next big one" } }
end
local function asks_when()
  return lib.asks_when("timing", "when soon sooner deadline date place coming urgent spring march april season bids",
                       "when it would need fixing")
end
-- "What would it mean to you personally?": Nina, whatever else the line
-- names; once he has told that, what he would want instead (the Sundays back).
local function asks_motive()
  return lib.asks_motive(function(s) return seen(s, "legacy") and "wants" or "legacy" end, MEANS_FOR_US,
                         "what it means to him")
end
-- "Where do you want to take it from here?" (r21 coffee picker 8, after "You took the company over from
-- your dad, right?", got the truck): where he wants to take the business, whatever the lead-in names.
local PLANS = { "take it from here", "take the business", "take the company", "where do you want to take",
                "where do you see the business", "where do you see the company", "see it going", "see things going",
                "plans for the business", "plans for the company", "your plans", "plan for the business",
                "grow the business", "grow the company", "growing the business", "next five years", "in five years",
                "in ten years", "next few years", "where's it headed", "where is it headed", "where's the business",
                "where is the business", "where's the company", "where is the company", "what's next for the",
                "vision for", "your ambitions", "long term", "long-term", "where do you want the business",
                "where do you want it to", "big picture for", "end game", "endgame" }
local function asks_plans()
  return { id = "asks_plans", unless = { "next_step" }, any = { "open_question", "probe", "closed_question" },
           words = "plans plan take grow future going headed years vision business company",
           heard = "where he wants to take the business", to = "plans",
           test = function(s, move)
             return not lib.checks_pitch(move) and not lib.checks_benefit(move) and not lib.pitch_only(move)
               and lib.mentions(move, PLANS)
           end }
end
-- "Kitchen table it is. What's made now the time to look at this?" (r21 coffee picker 7, at Lena, heard
-- as what he would want instead): why now, answered as an aside (a detour) wherever he is.
local WHY_NOW = { "why now", "why is now", "why's now", "now the time", "made now", "makes now", "now a good time",
                  "now's the time", "now is the time", "what's changed", "what changed", "why this year",
                  "why act now", "why look at this now", "why look at it now", "looking at this now",
                  "looking at it now", "now rather than", "why the urgency", "why the rush", "what prompted",
                  "what's prompted", "what's got you thinking", "what got you thinking", "what's pushing",
                  "what is pushing", "tipping point", "final straw", "last straw", "why bother now",
                  "deal with it now", "sort it now", "fix it now", "tackle it now", "why not before", "why not sooner" }
local function asks_why_now()
  return { id = "asks_why_now", unless = { "next_step" }, any = { "open_question", "probe", "closed_question" },
           words = "now why time changed prompted urgency rush year straw", heard = "why now", to = "why_now",
           test = function(s, move)
             return not lib.checks_pitch(move) and not lib.checks_benefit(move) and not lib.pitch_only(move)
               and lib.mentions(move, WHY_NOW)
           end }
end
local function asks_change()
  return { id = "asks_change", unless = { "next_step" }, any = { "open_question", "probe", "closed_question" },
           words = "change fix improve wand wish different", heard = "what he would change", to = "wants",
           test = function(s, move)
             return not lib.checks_pitch(move) and not lib.checks_benefit(move) and not lib.pitch_only(move)
               and lib.mentions(move, CHANGE_ASK) and not asks_who_decides(move)
           end }
end
local function plain_questions()
  -- (doing nothing, asked before he has told the hospital job, gets that job:
  -- it is what being behind has already cost him)
  local function inaction_to(s) return seen(s, "hospital_contract") and "next_spring" or "hospital_contract" end
  return { lib.asks_inaction(inaction_to, { "next spring", "another spring", "another year", "a year from now",
                                            "year from now", "carry on like", "just carry on" }), asks_motive(),
           asks_job_cost(), asks_impact(), asks_need(), asks_when(), asks_else(), asks_plans(), asks_why_now(), asks_change() }
end

-- Route lists sibling nodes share, around each node's own rules (in order):
-- an early ask or a pitch comes first;
-- A node's own question rules leave out a pitch with a yes/no question on
-- the end ("...would something like that be helpful?"): it is a pitch.
local function no_pitch(rules)
  for _, rule in ipairs(rules) do
    if (rule.any or rule.when) and not rule.test and not (rule.when == "next_step" or rule.when == "benefit") then
      rule.test = function(s, move) return not lib.pitch_only(move) end
    end
  end
  return rules
end
-- What the benefit he reacts to named (r23 average 11: "...so you wouldn't have to do the books on
-- sundays anymore" got "If I'd known I could float the hospital job", which the line never said): his
-- Sundays back, knowing what the business can carry (the hospital job), no more penalty letters, or
-- none of these. Set by the rules that lead to interested (to_interested), read by its line.
local SUNDAYS_BACK = { "sunday", "weekend", "shoebox", "receipt", "do the books", "doing the books", "the books yourself",
                       "behind", "caught up", "catch up", "paperwork", "time back", "evenings", "nights back",
                       "night back", "family", "kids", "your time" }
local CARRY = { "float", "cash", "sixty days", "60 days", "carry", "afford", "bid", "bigger job", "big job",
                "contract", "hospital", "see ahead", "forecast", "money coming", "money going", "grow" }
local NO_PENALTY = { "penalty", "penalties", "tax", "letter", "quarterly", "irs", "audit" }
local function to_interested(s, move)
  local sundays, carry = lib.mentions(move, SUNDAYS_BACK), lib.mentions(move, CARRY)
  if sundays and carry then s.benefit_on = "both"
  elseif sundays then s.benefit_on = "sundays"
  elseif carry then s.benefit_on = "carry"
  elseif lib.mentions(move, NO_PENALTY) then s.benefit_on = "penalty"
  else s.benefit_on = "other" end
  return "interested"
end
-- What it would do for him, then an ask ("Sounds like you want it off your plate before March. What if we
-- sat down with you and Lena next week...? Would Tuesday evening work?", reply28): the ask is what he
-- answers (R.asks), not the benefit before it.
local function bridges() return { id = "bridges", when = "benefit", unless = { "next_step" }, to = to_interested } end
local function pitch_check() return lib.pitch_and_check("pitch_early", true) end
-- "We actually have an app that scans your receipts so no more shoebox. Would that help?": what we
-- sell, with what it would do for him, checked with a yes/no question (lib.checks_benefit), is a
-- pitch to react to, not a question about the penalty or the shoebox it names (r13): once he has
-- told a need it is the bridge (interested, as a benefit said plainly is), before it a pitch.
local function benefit_check()
  return { id = "checks_benefit", any = { "closed_question" }, unless = { "open_question", "probe", "next_step" },
           words = "help useful helpful interest sound work", heard = "a pitch, checked",
           to = function(s, move) return s.found >= 1 and to_interested(s, move) or "pitch_early" end,
           test = function(s, move) return lib.checks_benefit(move) end }
end
local function guarded(...) return lib.concat({ R.rushed(), R.pitches(), pitch_check(), benefit_check() }, no_pitch({ ... })) end
-- the same, with the facts he has told so far before the node's own rules
-- Early in his story, before he has told a problem: who has a say gets
-- Lena, what it means to him Nina, and doing nothing or by when get the
-- next story he has to tell ("anything coming up that makes it urgent?" -
-- "Spring's our crazy time...").
-- (doing nothing, asked once he has told the hospital job, is next spring, wherever he is: "Back to the
-- hospital job though - say another one like it comes along next spring and the books are still two
-- months behind, where does that leave you?" at the crews, r20 skilled 7)
local function early_questions()
  return { asks_who(), asks_motive(), asks_plans(), asks_why_now(), asks_change(),
           lib.asks_inaction(function(s) return seen(s, "hospital_contract") and "next_spring" or carry_on(s) end),
           lib.asks_when(carry_on, "when soon sooner deadline date coming urgent spring", "what's coming up") }
end
local function guarded_facts(...)
  return lib.concat({ R.rushed(), R.pitches(), pitch_check(), benefit_check() }, facts(), early_questions(), no_pitch({ ... }))
end
-- deep in his story, the plain questions he just answers, then the node's
-- own rules; any ask and moving on come last.
-- (who else has a say is asked anywhere in his story)
-- (and what we'd do for him, said in his words, is heard as that anywhere in
-- it: "We do cash-flow forecasting, so you'd see the sixty days ahead" at
-- the hospital job moved on to "your turn, what do you do?")
local function with_who(rules)
  local has_who, has_bridge, has_books = false, false, false
  for _, rule in ipairs(rules) do
    if rule.id == "asks_who" then has_who = true end
    if rule.id == "bridges" then has_bridge = true end
    if rule.id == "asks_books" then has_books = true end
  end
  if not has_who then rules[#rules + 1] = asks_who() end
  -- ("going back to your Sundays with the shoebox...": the books, wherever he is in his story)
  if not has_books then rules[#rules + 1] = asks_books() end
  if not has_bridge then rules[#rules + 1] = bridges() end
  return rules
end
local function his_story(...)
  return lib.concat({ R.rushed(), R.pitches(), pitch_check(), benefit_check() }, plain_questions(), facts(), no_pitch(with_who({ ... })),
                    { R.asks(), R.moves_on() })
end

scenario {
  id = "coffee_owner",
  title = "Coffee with a LinkedIn connection",
  version = "1.3.5",
  difficulty = 1,
  pitch = "A chatty landscaping owner you met on LinkedIn. Be liked, not pitched.",
  persona = { name = "Gus Mattera", role = "Owner", company = "Mattera Landscaping",
              voice = "the talker: warm, funny, full of stories; a man's voice" },
  brief = "You work in client development at Tallyhouse, a small firm that keeps the books, "
    .. "runs payroll and builds cash-flow forecasts for owner-run businesses. Gus Mattera "
    .. "accepted your LinkedIn invitation last week; when you asked whether he'd rather have "
    .. "a call or meet for coffee, he picked coffee. His profile says he took over his "
    .. "father's landscaping company twelve years ago, runs nine crews and coaches youth "
    .. "soccer. You asked for this meeting, so it is yours to host.",
  purpose = "Get to know Gus and what he is building, find out whether the money side of "
    .. "the business is hurting, and leave with a next step he picked himself.",
  start = "opening",
  seed = 7,

  state = { trust = 45, interest = 30, found = 0, strikes = 0,
            got_legacy = false, got_sunday_books = false, got_lost_contract = false, got_lena = false,
            book_day = "", asked_day = "", book_video = false, hours_tool = false, opening_said = "", benefit_on = "" },

  features = { "bookkeeping", "payroll", "cash-flow forecast", "monthly reports",
               "dedicated bookkeeper", "cloud accounting", "receipt scanning" },
  outcomes = { "Sunday nights", "caught up", "hand the business over", "bid on bigger contracts",
               "know what you can afford", "no tax penalties", "time with family" },
  jargon = { "accrual basis", "reconciliation", "AR aging", "working capital", "GAAP" },

  targets = {
    { id = "legacy", kind = "motive",
      text = "Gus wants to hand a business that runs without him to his daughter Nina",
      keys = "daughter nina hand over legacy family future" },
    { id = "sunday_books", kind = "pain",
      text = "He does the books himself on Sunday nights and is always two months behind",
      keys = "sunday books receipts behind paperwork laptop kitchen" },
    { id = "lost_contract", kind = "impact",
      text = "He turned down the hospital campus contract because he couldn't tell if he could float payroll on 60-day terms",
      keys = "hospital contract payroll float terms cash turned down" },
    { id = "lena", kind = "decision_process",
      text = "His wife Lena co-owns the company and nothing about the money changes without her",
      keys = "lena wife partner decide together sign" },
  },

  rubric = { min_targets_before_ask = 2 },

  reactions = { open_question = { trust = 2 }, probe = { trust = 3 }, reflection = { trust = 3 },
                feature = { interest = -4, trust = -2 }, benefit = { interest = 4 },
                small_talk = { trust = 1 },
                premature_ask = { trust = -8 }, seller_focus = { trust = -5 } },

  -- Gus asking what a line meant: friendly, a bit distracted.
  clarify = { "Sorry, I drifted off there. Say that again?",
              "Ha, you lost me. What are you asking, exactly?",
              "Come again? The milk steamer's going." },
}

-- "Hi Gus, no worries at all. Thanks for meeting me" got "Ha, yeah. Well. I talk..." (r21 coffee average 1,
-- generic): a thank-you or a "no worries" for his being late is met as that before he hands over.
local THANKS = { "thank", "thx", "good to meet", "nice to meet", "great to meet", "good to finally", "nice to finally",
                 "great to finally", "pleasure to meet", "appreciate", "glad you could", "glad we could" }
-- ("Did you win?", "Was it worth the twenty minutes?", r21 picker 1 and skilled 1: a question about the
-- mulch argument gets who won)
local MULCH_ASK = { " win", " won", "worth", "mulch", "colour", "color", "brown", "client", "birch", "who got" }
local NO_WORRIES = { "no worries", "no problem", "all good", "don't worry", "dont worry", "not at all", "no stress",
                     "no rush", "no bother", "not a problem", "you're fine", "youre fine" }
-- the books, as a rep names them asking whether they are trouble
local BOOKS_TROUBLE = { "books", "bookkeeping", "bookeeping", "book keeping", "paperwork", "accounting",
                        "receipts", "invoices", "invoicing", "payroll", "taxes", "admin", "finances" }
node "opening" {
  say = "There you are! Sorry I'm late. A client on Birch Street kept me twenty minutes "
    .. "arguing about mulch. The colour of mulch, {trainee}! Brown or darker brown. Anyway, "
    .. "I ordered a cortado, I don't even know what that is. So. You're the LinkedIn person.",
  -- the client's words and the colours she argued over ("Ha, brown or darker brown. Did you win?", r21
  -- picker 1), not "argue": Lena and Gus argue too, and following that is not the mulch
  cues = { { id = "mulch_client", words = "client mulch birch colour picky brown darker" } },
  routes = guarded(
    { id = "sets_purpose", any = { "purpose" }, to = "roots", effects = { trust = 6 } },
    { id = "sets_agenda", test = function(s, move) return lib.sets_agenda(move) end, heard = "why you asked him here",
      to = "roots", effects = { trust = 6 } },
    { id = "no_pitch_today", words = "purpose agenda know pitch", to = "roots", effects = { trust = 4 } },
    -- "Do you have problems with your books?", "have you got a few minutes to talk about your
    -- bookkeeping?": asked straight out, he answers it with the books, not his stock "I talk, what is
    -- it you want to know?" (as the same question gets the books once he has said that)
    { id = "asks_books_trouble", heard = "whether the books give him trouble", to = "sunday_nights",
      test = function(s, move)
        return lib.asks_has_trouble(move, BOOKS_TROUBLE, { "behind on the books", "shoebox" })
          or (lib.asks_for_time(move) and lib.mentions(move, BOOKS_TROUBLE))
      end },
    -- "So how long have you been in landscaping?" asks a figure (a closed question, docs/labels.md
    -- how long) but is curious about him all the same (r3 average 1)
    { id = "asks_his_years", any = { "closed_question" }, unless = { "next_step" }, to = "roots",
      heard = "how long he has been at it",
      test = function(s, move) return lib.mentions(move, HIS_YEARS) end },
    -- small talk back with no question in it ("Ha, mulch wars. Cortado's basically a small latte,
    -- you'll be fine.") is met with small talk and "what is it you want to know?" (opening_chat)
    { id = "gets_curious", any = { "open_question", "probe", "reflection", "small_talk" },
      unless = { "next_step" },
      test = function(s, move)
        if lib.pitch_only(move) then return false end
        local l = move.labels
        return not (l.small_talk and not (l.open_question or l.probe or l.reflection or l.closed_question)
                    and not (move.text or ""):find("?", 1, true))
      end,
      to = "roots" }
  ),
  -- (what the line was, for his answer: a thank-you, "no worries" for his being late, or anything else)
  otherwise = function(s, move)
    local l = move.labels
    local asks_mulch = (l.closed_question or l.open_question or (move.text or ""):find("?", 1, true) ~= nil)
      and lib.mentions(move, MULCH_ASK)
    s.opening_said = asks_mulch and "mulch" or lib.mentions(move, THANKS) and "thanks"
      or lib.mentions(move, NO_WORRIES) and "no_worries" or ""
    return "opening_chat"
  end,
}

-- "What are your biggest challenges right now?" asks what is hard: spring and the paperwork piling
-- up (busy_season, as it is asked later in his story), not his family history (r16 coffee average 2)
local CHALLENGES = { "challenge", "biggest problem", "biggest issue", "biggest headache", "headaches", "struggl",
                     "hardest", "what's hard", "what is hard", "tough part", "toughest", "hard part",
                     "pain point", "keeps you up", "pinch", "frustrat", "not working", "bottleneck",
                     "worst part", "giving you grief", "gives you grief", "drives you crazy", "drives you mad" }
local function asks_challenges()
  return { id = "asks_challenges", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
           heard = "what is hard right now",
           words = "challenge challenges problem problems issue hard hardest struggle struggling headache headaches "
                .. "tough toughest keeps night pinch frustrating working bottleneck worst grief crazy mad",
           test = function(s, move)
             return not lib.pitch_only(move) and not lib.checks_benefit(move) and lib.mentions(move, CHALLENGES)
               and not lib.mentions(move, { "hiring", "hire", "staff", "crews" })
           end,
           to = "busy_season" }
end

node "opening_chat" {
  say = function(s)
    local lead = "Ha, yeah. Well. I talk,"
    if s.opening_said == "thanks" then lead = "Hey, thanks for asking me. Beats arguing about mulch. Fair warning: I talk,"
    elseif s.opening_said == "mulch" then
      lead = "Ha, she won. They always win, the ones who've been with us since my dad's time. Anyway. I talk,"
    elseif s.opening_said == "no_worries" then
      lead = "Good. You don't rush a Birch Street client, I learned that much from my dad. Fair warning: I talk,"
    end
    return lead .. " my wife says that's my whole problem. So go on, you asked me here. What is it you want to know?"
  end,
  routes = guarded(
    asks_software(),
    asks_books(),
    asks_challenges(),
    { id = "asks_about_him", any = { "open_question", "probe", "purpose", "small_talk", "closed_question" },
      unless = { "next_step" },
      to = "roots" }
  ),
  otherwise = "roots",             -- he doesn't wait for an answer: he starts on his story
}

node "roots" {
  say = "Oh, where do I start. I grew up in the passenger seat of my dad's truck. He started with one "
    .. "mower and a trailer he welded himself. I took the business over twelve years ago, we're nine "
    .. "crews now. And someday my daughter... well. We'll see. Kids, right?",
  effects = { interest = 3 },
  cues = { { id = "daughter", words = "daughter kid kids someday see future" },
           { id = "dad_truck", words = "dad father truck trailer mower started" } },
  choices = {
    { id = "a", text = "\"Someday my daughter\" — that sounded like it matters. Is she thinking of joining you?",
      to = "legacy", labels = { "open_question", "probe" } },
    { id = "b", text = "What was it like, riding around in your dad's truck?",
      to = "dad_story", labels = { "open_question", "probe" } },
    { id = "c", text = "Nine crews is a lot. How many people is that?",
      to = "crews_count", labels = { "closed_question" },
      examples = { "how many people work for you", "how many employees do you have" } },
    pitch_option("d", "pitch_early",
      "That's great growth. At Tallyhouse we do bookkeeping, payroll and cash-flow forecasts for firms your size."),
  },
  typed = true,
  routes = guarded_facts(
    about_daughter("follows_daughter"),
    { id = "follows_dad", any = { "open_question", "probe", "reflection" }, unless = { "next_step" },
      words = "dad father truck trailer weld", to = "dad_story" },
    asks_software(),
    asks_books(),
    { id = "closed", when = "closed_question", unless = { "next_step" },
      words = "crews people staff employees many team hire",
      to = "crews_count" },
    { id = "other_open", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
      to = "busy_season" }
  ),
  otherwise = "crews_count",
}

node "dad_story" {
  say = "Oh, the truck. Blue Ford, no air conditioning, a radio that only got the ballgame. "
    .. "He'd let me steer in the cemetery lot. I still have it, it's parked behind the shop. "
    .. "My daughter Nina learned to drive in it, actually. Same lot.",
  again = "The blue Ford, yeah. Still behind the shop. Nina learned to drive in it.",
  effects = { trust = 6 },
  cues = { { id = "nina", words = "nina daughter learned drive" } },
  routes = guarded_facts(
    { id = "to_nina", any = { "open_question", "probe", "reflection", "closed_question" },
      unless = { "next_step" },
      words = "nina daughter drive learn family", to = "legacy" },
    asks_software(),
    asks_books(),
    { id = "open_elsewhere", any = { "open_question", "probe", "reflection" }, unless = { "next_step" },
      to = "busy_season" }
  ),
  otherwise = "busy_season",
}

-- Asked whether his dad is still involved: answered straight, an aside, and the call is back where it was.
node "dad_now" {
  say = "Retired. He's eighty-one, and he still comes by the yard on Mondays to tell the crews they're edging "
    .. "wrong. The business is mine now, for better or worse.",
  again = "Retired, like I said. Mondays he's at the yard anyway.",
  effects = { trust = 2 },
  detour = true,
}

node "crews_count" {
  say = "Forty-one people in season, twelve in winter. Plus me. Hiring's the hard part, "
    .. "everybody wants to be a landscaper until it's August.",
  again = "Forty-one in season, twelve in winter. And hiring's a nightmare.",
  cues = { { id = "hiring", words = "hiring hire staff people august hard" } },
  routes = guarded_facts(
    about_daughter("back_to_daughter"),
    asks_software(),
    asks_books(),
    { id = "opens", any = { "open_question", "probe", "reflection" }, unless = { "next_step" },
      to = "busy_season" }
  ),
  otherwise = "busy_season",
}

node "legacy" {
  say = "Nina. She's nineteen, studying horticulture at State. Smarter than me by a mile. "
    .. "What I want, honestly, is to hand her something that runs without me hunched over "
    .. "the kitchen table every Sunday night. Right now it's held together with tape.",
  again = "Nina, yeah. I want to hand her something that works, not a shoebox.",
  reveals = { "legacy" },
  effects = lib.reveal("legacy", { trust = 5 }),
  cues = { { id = "sunday", words = "sunday kitchen table night" },
           { id = "tape", words = "tape held together mess chaos" } },
  -- (what it means to him, asked just as he has told Nina, is why she matters: why_nina)
  routes = (function(rules)
    for _, rule in ipairs(rules) do if rule.id == "names_motive" then rule.to = "why_nina" end end
    return rules
  end)(guarded_facts(
    { id = "follows_sunday", any = { "open_question", "probe", "reflection", "closed_question" },
      unless = { "next_step" },
      words = "sunday kitchen table night tape together hunched", heard = "the Sunday nights",
      to = "sunday_nights" },
    -- (why handing Nina something that stands on its own matters to him is Nina, not the shoebox told
    -- again: "Why does that matter so much to you?", r21 coffee picker 10)
    { id = "why_matters", any = { "open_question", "probe" }, unless = { "next_step" },
      words = "important matter why mean", heard = "why Nina matters to him", to = "why_nina" },
    asks_software(),
    asks_books(),
    R.asks()
  )),
  otherwise = "busy_season",
}

-- Asked why now: an aside, and the call is back where it was.
node "why_now" {
  say = function(s)
    local job = seen(s, "hospital_contract") and "I'm not losing another hospital job because I can't see two months ahead."
      or "I passed on a big job last spring because I couldn't see two months ahead, and it still bugs me."
    local wife = (s.got_lena or seen(s, "sunday_nights") or seen(s, "hospital_contract")) and "Lena" or "My wife"
    return "Spring, mostly. Come March I'm on the truck till July and the shoebox wins again. And " .. job .. " "
      .. wife .. " says if not this winter, when. She's usually right."
  end,
  again = "Spring's coming. I'm done saying no to big jobs.",
  effects = { trust = 3 },
  detour = true,
}

-- Asked where he wants to take the business.
node "plans" {
  say = function(s)
    local job = seen(s, "hospital_contract") and "jobs like the hospital one" or "the big three-year contracts"
    local nina = seen(s, "legacy") and "And one day Nina running it, without the tape."
      or "And one day I hand it to my daughter Nina, if she wants it."
    return "Bigger, if I could see where the money is. Ten, twelve crews, " .. job .. ", snow in the winter so I "
      .. "keep my good guys. " .. nina .. " But I can't grow what I can't see."
  end,
  again = "Bigger. Twelve crews, the big contracts, and Nina someday. If I can see the money.",
  reveals = { "legacy" },
  effects = lib.reveal("legacy", { trust = 4 }),
  routes = his_story(),
  otherwise = carry_on,
}

-- Asked why handing Nina a business that runs without him matters to him.
node "why_nina" {
  say = "Because my dad handed me something that worked. A notebook on the truck seat, sure, but it worked. "
    .. "I'm not handing Nina a shoebox and a letter from the tax people. She should start ahead of where I did, "
    .. "not two months behind.",
  again = "Dad handed me something that worked. Nina gets the same, not a shoebox.",
  effects = { trust = 4 },
  routes = his_story(),
  otherwise = carry_on,
}

node "busy_season" {
  say = "Spring's our crazy time. Phones ringing, crews out at six, and I'm quoting jobs from "
    .. "the truck. I even passed on a big one last spring. Long story. Then the paperwork "
    .. "piles up and it's me and a shoebox on Sundays.",
  again = "Like I said, spring's a zoo. Quotes from the truck, shoebox on Sundays.",
  cues = { { id = "big_one", words = "big one passed story contract job" },
           { id = "shoebox", words = "paperwork shoebox sunday piles receipts" } },
  choices = {
    { id = "a", text = "You passed on a big one? What happened there?",
      to = "hospital_contract", labels = { "open_question", "probe" },
      examples = { "why did you pass on the big one", "tell me about the big job you passed on" } },
    { id = "b", text = "Tell me about those Sundays with the shoebox.",
      to = "sunday_nights", labels = { "open_question", "probe" } },
    { id = "c", text = "Do you use QuickBooks or something else?",
      to = "software", labels = { "closed_question" } },
    pitch_option("d", "pitch_early",
      "That's exactly what we fix: our dedicated bookkeepers, receipt scanning and monthly reports."),
  },
  typed = true,
  routes = guarded_facts(
    { id = "follows_big_one", any = { "open_question", "probe", "reflection", "closed_question" },
      unless = { "next_step" },
      words = "big one passed contract story job", heard = "the big job he passed on",
      to = "hospital_contract" },
    { id = "follows_shoebox", any = { "open_question", "probe", "reflection", "closed_question" },
      unless = { "next_step" },
      words = "sunday shoebox paperwork piles receipts books", heard = "the Sunday shoebox",
      to = "sunday_nights" },
    asks_books(true),
    asks_cost(),
    R.asks()
  ),
  otherwise = "sunday_nights",     -- given room, he goes on about the shoebox
}

node "sunday_nights" {
  say = function(s)
    -- (told already with the hours, sunday_hours_first: the short form, not the shoebox speech again)
    if seen(s, "sunday_hours_first") then
      return "The shoebox, like I said. Every Sunday, two months behind, and the penalty last April. Lena about killed me."
    end
    return "The books. Every Sunday it's me, a laptop, a shoebox of receipts and a beer. I'm always two "
      .. "months behind. Last April our accountant told me we'd underpaid the quarterly taxes, so "
      .. "there was a penalty on top. Lena about killed me."
  end,
  again = "The shoebox, yeah. Every Sunday, two months behind, and the tax penalty to show for it.",
  reveals = { "sunday_books" },
  effects = lib.reveal("sunday_books", { interest = 6 }),
  cues = { { id = "penalty", words = "penalty underpaid taxes april accountant" },
           { id = "lena_hint", words = "lena wife killed" } },
  choices = {
    { id = "a", text = "So your Sundays go to catching up, and even then it bit you at tax time. What does being two months behind cost you?",
      to = "hospital_contract", labels = { "reflection", "open_question", "probe" } },
    { id = "b", text = "Lena — is she involved in the business too?",
      to = "lena", labels = { "closed_question", "probe" } },
    { id = "c", text = "Sounds like you need us. When are you free next week?",
      to = "too_soon", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = lib.concat({ benefit_check() }, plain_questions(), facts(), no_pitch({ about_her() }), {
    R.pitches(),
    follows_lena("lena wife"),
    asks_who(),
    asks_wants(),
    { id = "cost_of_it", any = { "open_question", "probe", "reflection", "closed_question" },
      unless = { "next_step" },
      words = "cost behind happen penalty affect mean price", heard = "what being behind costs him",
      to = "hospital_contract" },
    asks_contract(),
    { id = "reflects", when = "reflection", unless = { "next_step" }, to = "hospital_contract" },
    R.asks(),
    R.moves_on(),
  }),
  otherwise = "wrap_up_cold",
}

-- The ways on from the books being behind (software, behind): the shoebox,
-- Nina, what it costs him.
-- "ouch, a penalty. we actually have a receipt scanning app so no more shoebox" (r20 average 6): what we
-- sell with what it does for him, said with no question, is reacted to as the same pitch checked
-- (benefit_check), not a line he talks over with his next story
local function benefit_stated()
  return { id = "states_benefit", when = { "feature", "benefit" }, unless = { "open_question", "probe", "next_step" },
           heard = "a pitch, with what it would do for him",
           to = function(s, move) return s.found >= 1 and to_interested(s, move) or "pitch_early" end,
           test = function(s, move) return lib.states_benefit(move) end }
end
local function from_the_books()
  return lib.concat({ R.rushed(), R.pitches(), pitch_check(), benefit_check(), benefit_stated() }, plain_questions(), facts(), no_pitch({
    { id = "follows_shoebox", any = { "open_question", "probe", "reflection", "closed_question" },
      unless = { "next_step" },
      words = "sunday shoebox receipts guilty night nights", heard = "the Sunday shoebox",
      to = "sunday_nights" },
    about_daughter("follows_nina"),
    asks_who(),
    asks_cost(),
  }), { R.asks(), R.moves_on() })
end

node "software" {
  say = "QuickBooks, in theory. Nina set it up for me two summers ago. Mostly I use it to feel "
    .. "guilty on Sunday nights, because the receipts are still in a shoebox.",
  again = "QuickBooks. And a shoebox. Mostly the shoebox.",
  cues = { { id = "guilty", words = "guilty sunday shoebox receipts nina" } },
  routes = from_the_books(),
  otherwise = "sunday_nights",
}

-- Asked why he does the books himself.
node "why_himself" {
  say = "Habit, mostly. Dad did his in a notebook on the truck seat. The accountant does the taxes and "
    .. "charges like a surgeon for anything else, and somebody new in the books means somebody new "
    .. "seeing all of it. So it's me and the shoebox.",
  again = "Habit. And I don't love strangers in the books.",
  effects = { trust = 2 },
  routes = from_the_books(),
  otherwise = "sunday_nights",
}

-- Asked how long the books take him on a Sunday.
node "sunday_hours" {
  say = function(s)
    return (s.hours_tool and "An app, huh. I've got apps, and the receipts still end up in the shoebox. " or "")
      .. "Four hours, five if the receipts are soggy. From after lunch till the game's over, every Sunday, and "
      .. "I'm still two months behind."
  end,
  again = "Four, five hours a Sunday. And still behind.",
  effects = { trust = 2 },
  routes = from_the_books(),
  otherwise = "sunday_nights",
}

-- Asked how long the books take him before he has told the Sundays (from QuickBooks and the shoebox).
node "sunday_hours_first" {
  say = function(s)
    return (s.hours_tool and "An app, huh. I've got apps, and the receipts still end up in the shoebox. " or "")
      .. "Four hours, five if the receipts are soggy. Every Sunday it's me, a laptop, the shoebox and a beer, "
      .. "and I'm still two months behind. Last April our accountant told me we'd underpaid the quarterly "
      .. "taxes, so there was a penalty on top. Lena about killed me."
  end,
  again = "Four, five hours a Sunday, two months behind, and the tax penalty to show for it.",
  reveals = { "sunday_books" },
  effects = lib.reveal("sunday_books", { interest = 6, trust = 2 }),
  cues = { { id = "penalty", words = "penalty underpaid taxes april accountant" },
           { id = "lena_hint", words = "lena wife killed" } },
  routes = from_the_books(),
  otherwise = carry_on,
}

node "behind" {
  say = "Two, three months, most of the year. Nina catches me up before taxes, and by June it's a "
    .. "shoebox again.",
  again = "Two or three months behind. Every year.",
  effects = { trust = 2 },
  routes = from_the_books(),
  otherwise = "sunday_nights",
}

node "hospital_contract" {
  say = "Here's the one that stings. Last spring the hospital campus on Route 9 offered us "
    .. "the whole grounds contract. Biggest job we'd ever get. But they pay on sixty days, "
    .. "and I honestly couldn't tell you if we could float two months of payroll. So I "
    .. "said no. Lena and I still argue about it.",
  again = "The hospital job. Sixty-day terms, and I couldn't see whether we'd make payroll in between. "
       .. "So I said no, and it still bugs me.",
  reveals = { "lost_contract" },
  effects = lib.reveal("lost_contract", { trust = 4, interest = 6 }),
  cues = { { id = "argue_lena", words = "lena argue still wife" },
           { id = "float_payroll", words = "float payroll sixty days cash tell" } },
  routes = his_story(
    about_her(),
    follows_lena("lena wife argue decide"),
    { id = "who_decides", any = { "open_question", "closed_question", "probe" }, unless = { "next_step" },
      words = "decide decision involved else who together", heard = "who decides", to = "lena" },
    asks_who(),
    asks_wants(),
    asks_software(),
    asks_books(true),
    { id = "reflects", when = "reflection", unless = { "next_step" }, to = "feels_heard" },
    -- "would you go after a job like that again?": a closed question on the job is answered too
    { id = "asks_more", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
      heard = "what he would have done", to = "would_have" }
  ),
  otherwise = "wrap_up_cold",
}

-- Asked how big the hospital job was.
node "contract_size" {
  say = "Three years, mowing, beds, snow, the lot. Near enough a third on top of everything we bill now. "
    .. "That's why it stings.",
  again = "A third on top of what we do now. Three years of it.",
  effects = { trust = 2 },
  routes = his_story(
    follows_lena("lena wife argue decide"),
    asks_who(),
    asks_wants(),
    asks_books(),
    { id = "asks_more", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
      heard = "what he would have done", to = "would_have" }
  ),
  otherwise = "wrap_up_cold",
}

node "feels_heard" {
  say = "Yeah. Exactly that. You're the first person who didn't immediately tell me what I "
    .. "should have done. Lena says we should've taken it and figured it out. She's the "
    .. "careful one usually, so that tells you something.",
  again = "Yeah. You get it. Lena gets it too, which is saying something.",
  effects = { trust = 6 },
  cues = { { id = "lena_careful", words = "lena careful wife" } },
  routes = his_story(
    about_her(),
    follows_lena("lena wife careful decide"),
    asks_who(),
    asks_wants(),
    asks_books()
  ),
  otherwise = "wrap_up_cold",
}

node "lena" {
  say = function(s)
    -- already introduced (her side of the argument, or her two years of asking)
    if seen(s, "lena_side") or seen(s, "lena_help") or seen(s, "lena_books") then
      return "Like I said, she's half the company. Anything that touches the money, we decide at the kitchen table."
    end
    return "Lena owns half the company, on paper and in real life. She does the invoicing, I do "
      .. "the dirt. Anything that touches the money, she and I decide at the kitchen table, "
      .. "usually after the kids are in bed."
  end,
  again = "Lena and me, at the kitchen table. Nothing about the money moves without her.",
  reveals = { "lena" },
  effects = lib.reveal("lena", { trust = 4 }),
  routes = lib.concat(plain_questions(), facts(), no_pitch({ about_her() }), {
    R.rushed(),
    R.asks(),
    bridges(),
    asks_who(),
    asks_wants(),
    asks_cost(),
    asks_software(),
    -- ("does she do the invoicing?" asks about Lena, not the books)
    (function()
      local rule, test = asks_books(), nil
      test = rule.test
      rule.test = function(s, move) return test(s, move) and not about_her().test(s, move) end
      return rule
    end)(),
    asks_contract(),
    R.pitches(),
  }),
  otherwise = "door",
}

-- Short answers to questions about what Gus has mentioned; then he carries on.
node "penalty" {
  say = "Fourteen hundred and change, plus interest. It won't sink us. It was the letter that got "
    .. "me: Lena opened it before I did. That's a look you don't forget.",
  again = "Fourteen hundred, plus the look from Lena. I told you.",
  effects = { trust = 3 },
  cues = { { id = "letter", words = "letter look lena opened" } },
  routes = his_story(about_her()),
  otherwise = "wrap_up_cold",
}

-- Lena's view of the books (how she feels about the way they get done).
node "lena_books" {
  say = function(s)
    local who = (seen(s, "lena") or seen(s, "lena_side") or seen(s, "lena_help")) and ""
      or " She owns half the company, so nothing about the money moves without her."
    return "She hates it. She does the invoicing, so she knows what's going out; what's actually in the bank "
      .. "she finds out when I've done my Sundays, two months late. She's been telling me to get help since "
      .. "before that letter." .. who
  end,
  again = "Lena hates the shoebox. That hasn't changed.",
  reveals = { "lena" },
  effects = lib.reveal("lena", { trust = 4 }),
  routes = his_story(about_her()),
  otherwise = "door",
}

-- Lena's side of the hospital argument: the decision process, from the story.
node "lena_side" {
  say = function(s)
    local who = seen(s, "lena") and "" or " She owns half the company and does the invoicing, "
      .. "so anything that touches the money, we decide together."
    return "She'd have taken it. She says we'd have figured the money out somehow, and she's the "
      .. "careful one, so that stung." .. who
  end,
  again = "Lena would've taken it. I'm the one who said no.",
  reveals = { "lena" },
  effects = lib.reveal("lena", { trust = 4 }),
  routes = his_story(
    about_her(),
    asks_who(),
    { id = "who_decides", any = { "open_question", "closed_question", "probe" }, unless = { "next_step" },
      words = "decide decision decisions together money", heard = "how they decide", to = "lena" }
  ),
  otherwise = "door",
}

node "kids" {
  say = "Three. Nina's the oldest, then the twins, they're eleven. I coach their soccer team, "
    .. "so there go my Saturdays too.",
  again = "Nina and the twins. Soccer every Saturday.",
  effects = { trust = 3 },
  routes = his_story(),
  otherwise = "wrap_up_cold",
}

node "mulch" {
  say = "Mrs Albrecht. She's been with us since my dad's time. Wants her beds one exact shade "
    .. "every year. But she pays in ten days, so she can have any mulch she likes.",
  again = "Mrs Albrecht and her mulch. Pays in ten days, bless her.",
  effects = { trust = 3 },
  routes = his_story(),
  otherwise = "wrap_up_cold",
}

node "wants" {
  say = function(s)
    -- "the big job" once he has told it
    local job = seen(s, "hospital_contract") and "the big job" or "a big job"
    return "Honestly? I'd open the laptop on the first of the month and just know. Can we take "
      .. job .. ", can we hire in March. And I'd get my Sundays back. Lena would put that one first."
  end,
  again = "To just know where we stand, every month. And the Sundays.",
  effects = { trust = 3 },
  routes = lib.concat(plain_questions(), facts(), no_pitch({ about_her() }), {
    R.rushed(),
    R.asks(),
    bridges(),
    follows_lena("lena wife"),
    asks_who(),
    asks_contract(),
    asks_books(),
    R.pitches(),
  }),
  otherwise = "door",
}

node "would_have" {
  say = "I'd have taken it, and the next one after. It would have been the year we grew. That's the "
    .. "thing: I never know what we can carry, so I keep saying no to growing.",
  again = "I'd take it. That's the short answer.",
  effects = { trust = 3 },
  routes = lib.concat(plain_questions(), facts(), {
    R.rushed(),
    R.asks(),
    bridges(),
    follows_lena("lena wife"),
    asks_who(),
    asks_wants(),
    asks_books(),
    R.pitches(),
  }),
  otherwise = "door",
}

-- Gus turning the question round: "so what do you do?", with the options and
-- rules that answer it; said on its own (door) or after a plain answer.
local function door_question(s)
  -- (once what we'd do for him has landed, he has no need to ask it)
  if seen(s, "interested") then return "" end
  if s.trust >= 60 then
    return "Okay, I've been talking for half an hour. Your turn. What is it Tallyhouse "
      .. "actually does? And don't read me the brochure."
  end
  return "Anyway. I should probably ask what you actually do, since you're buying the coffee."
end
local function door_choices()
  return {
    { id = "a", text = "We'd take the Sunday shoebox off your hands, so you'd know every month whether you could carry a job like the hospital one.",
      to = to_interested, labels = { "feature", "benefit" } },
    pitch_option("b", "brochure_mode",
      "We offer bookkeeping, payroll, cloud accounting, receipt scanning, monthly reports and a dedicated bookkeeper."),
    pitch_option("c", "brochure_mode",
      "Honestly, quality, service and reliability. That's what sets us apart."),
  }
end
local function door_routes()
  return lib.concat({
    R.asks(),
    bridges(),
    { id = "dumps", any = { "feature" }, to = "brochure_mode", effects = { strikes = 1 } } },
    -- a question going back to his story is answered (he asks again after); what we'd do for him
    -- said with no question, his "what do you do?" answered, is the benefit whatever of his story it
    -- names ("...so your Sundays are yours again, and next time a hospital-size job comes up you and
    -- Lena could see whether you can float the payroll", r20 coffee skilled 10, was a reflection on Lena)
    facts(), lib.not_when_benefit_stated(lib.concat(no_pitch({ about_her(), asks_books() }), {
    asks_contract(),
    (function()
      local rule = follows_lena("lena wife")
      rule.test = function(s, move) return not lib.states_benefit(move) end
      return rule
    end)(),
    asks_who(),
    asks_wants(),
  })))
end

-- Asked what next spring looks like if nothing changes with the books.
node "next_spring" {
  say = "Same as this one, probably. Quoting from the truck, Sundays in the shoebox, and when the "
    .. "next Route 9 comes along I say no again, because I still can't see two months ahead. "
    .. "Lena says we can't afford to keep saying no. She's not wrong.",
  again = "More Sundays, more saying no. That's next spring if nothing moves.",
  effects = { trust = 4, interest = 4 },
  routes = lib.concat(plain_questions(), facts(), no_pitch({ about_her() }), {
    R.rushed(),
    R.asks(),
    bridges(),
    follows_lena("lena wife wrong"),
    asks_who(),
    asks_wants(),
    asks_contract(),
    asks_books(),
    R.pitches(),
  }),
  otherwise = "door",
}

-- Asked what he would need to know to say yes to the next big job: he says,
-- then turns the question round (the door).
node "need_to_know" {
  say = function(s)
    return "That the money holds. Show me the sixty days: payroll going out every Friday, the "
      .. "hospital paying two months later, and how deep the dip gets in between. If Lena and I "
      .. "could see that on paper, we'd have said yes."
      .. (seen(s, "interested") and "" or " " .. door_question(s))
  end,
  again = "The sixty days on paper. That's all I'd need.",
  effects = { trust = 4, interest = 6 },
  choices = door_choices(),
  typed = true,
  routes = lib.concat(plain_questions(), door_routes()),
  otherwise = "wrap_up",
}

-- Asked when it would have to be sorted by: he says, then turns the question
-- round (the door).
node "timing" {
  say = function(s)
    return "Before spring, if it's going to happen at all. Come March the phones don't stop and "
      .. "I won't look at a receipt till July. And the quarterly taxes are due in April. I'm not "
      .. "paying another penalty."
      .. (seen(s, "interested") and "" or " " .. door_question(s))
  end,
  again = "Before March. After that I'm on the truck till July.",
  effects = { trust = 3 },
  choices = door_choices(),
  typed = true,
  routes = lib.concat(plain_questions(), door_routes()),
  otherwise = "wrap_up",
}

node "door" {
  say = door_question,
  choices = door_choices(),
  typed = true,
  routes = lib.concat(plain_questions(), door_routes()),
  otherwise = "wrap_up",
}

-- Whether Gus has named Lena yet (he has said "my wife" from the start).
local function lena_named(s)
  return s.got_lena or seen(s, "sunday_nights") or seen(s, "sunday_hours_first") or seen(s, "hospital_contract")
    or seen(s, "wants")
end

node "interested" {
  say = function(s)
    -- the hospital job only once he has told it; Lena by name once he has named her
    -- (and what the benefit said: his Sundays, what he can carry, the letters; to_interested)
    local hospital = seen(s, "hospital_contract")
    local first
    if s.benefit_on == "sundays" then
      first = "Getting my Sundays back? I'd pay for that."
    elseif s.benefit_on == "carry" then
      first = hospital and "If I'd known I could float the hospital job, I'd have taken it."
        or "Knowing what we can carry before we bid? I'd pay for that."
    elseif s.benefit_on == "penalty" then
      first = seen(s, "penalty") and "No more letters like that one for Lena to open? I'd pay for that."
        or "No more tax penalties? I'd pay for that."
    elseif s.benefit_on == "other" then
      first = "Somebody else keeping the numbers straight? I'd pay for that."
    else
      first = hospital and "My Sundays back, and knowing if I can float a job like the hospital one? I'd pay for that."
        or "Getting my Sundays back and knowing what we can carry? I'd pay for that."
    end
    local wife = lena_named(s) and "Lena would like you" or "My wife, Lena, would like you"
    return "Huh. Okay. " .. first .. " " .. wife .. ", she's been on at me to get help for two years."
  end,
  again = "Yeah. That part I like.",
  effects = { interest = 10, trust = 4 },
  choices = {
    { id = "a", text = "Would it help if I came by the shop to meet Lena — Tuesday morning, or Thursday after the crews are out?",
      to = "booked", labels = { "next_step" } },
    { id = "b", text = "Can I send you a proposal?",
      to = "pick_a_slot", labels = { "next_step", "closed_question" } },
    { id = "c", text = "Great. Well, let me know if you ever have questions.",
      to = "wrap_up" },
  },
  typed = true,
  routes = lib.concat({
    R.asks(),
    R.pitches(),
    bridges(),
  }, plain_questions(), {
    asks_contract(),
    -- (Lena, just named, is her two years of asking - before the facts' Lena)
    { id = "follows_lena", any = { "open_question", "probe", "reflection", "closed_question" },
      unless = { "next_step" }, words = "lena wife help years", heard = "Lena", to = "lena_help",
      test = function(s, move) return not lib.pitch_only(move) end },
    { id = "about_her", unless = { "next_step" }, any = { "open_question", "probe", "closed_question" },
      heard = "Lena", test = function(s, move) return about_her().test(s, move) end, to = "lena_help" } },
    facts(), {
    asks_who(),
    asks_wants(),
    asks_books(),
  }),
  otherwise = "wrap_up",
}

node "lena_help" {
  say = function(s)
    if seen(s, "lena") or seen(s, "lena_side") then
      return "Two years, easy. She's the one who opened the tax penalty letter. Bring her real numbers "
        .. "and she'll talk all night."
    end
    return "Two years, easy. She's the one who opened the tax penalty letter. She owns half the company, "
      .. "so nothing about the money moves without her. Bring her real numbers and she'll talk all night."
  end,
  again = "Lena wants numbers, not pitches.",
  reveals = { "lena" },
  effects = lib.reveal("lena", { trust = 3 }),
  routes = lib.concat({ R.asks(), bridges(), R.pitches() },
                      plain_questions(), facts(), no_pitch({ about_her(), asks_contract(), asks_books() }),
                      { asks_who(), asks_wants() }),
  otherwise = "wrap_up",
}

-- "Earlier you said you passed on a big job, what happened with that?":
-- once times are on the table, a question that goes back to his story (the
-- big job, the books, Lena, the kids, what it costs, what he'd want) gets
-- that story, and the ask can come again after it - never an ending.
local DAYS = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday morning",
               "this week", "next week", "tomorrow" }
local function back_to_story()
  local inaction_to = function(s) return seen(s, "hospital_contract") and "next_spring" or "hospital_contract" end
  local rules = lib.concat({ lib.asks_inaction(inaction_to), asks_motive(), asks_need() }, facts(),
                           no_pitch({ asks_who(), asks_contract(), asks_books(true), asks_wants(), asks_cost(),
                                      asks_software() }))
  -- ("Thursday late then, with Lena if she can make it?" is a day, not a question about Lena)
  for _, rule in ipairs(rules) do
    local test = rule.test
    rule.test = function(s, move)
      local l = move.labels
      -- (a question: "good luck with the Birch Street lady!" on the way out is no question about her)
      if not (l.open_question or l.probe or l.closed_question) then return false end
      return not lib.mentions(move, DAYS) and (test == nil or test(s, move))
    end
  end
  return rules
end

-- More about Lena, asked once he has introduced her ("does she do the invoicing?").
node "lena_more" {
  say = "She does the invoicing and the payroll, and she reads the bank statements, which I don't. I do the "
    .. "dirt. If it touches the money, she's in it. And she's the one who's been telling me to get help.",
  again = "Lena's the money side. I'm the dirt.",
  effects = { trust = 2 },
  routes = his_story(asks_books(), asks_contract()),
  otherwise = "door",
}

-- Why he is busy right now ("what's making it so busy?", "what's keeping you so busy?"), asked
-- when he says it is a busy stretch: what makes it so, not when (by when, what day) or how busy.
local BUSY = { "busy", "hectic", "swamped", "slammed", "crazy", "flat out", "full on" }
local BUSY_WHY = { "what's making", "whats making", "what is making", "what makes", "why is it", "why's it",
                   "why so", "how come", "what's keeping", "whats keeping", "what is keeping", "keeping you",
                   "what's got you", "whats got you", "what has you", "what's going on", "whats going on",
                   "what's behind", "what's driving", "what's happening" }
local function asks_why_busy(move)
  return lib.mentions(move, BUSY) and lib.mentions(move, BUSY_WHY) and not lib.names_when(move)
end

node "pick_a_slot" {
  say = function(s)
    if s.trust >= 55 then
      if s.asked_day ~= "" then
        return s.asked_day .. "? Sure, maybe. Next couple of weeks are nuts though. What else have you got?"
      end
      return "Sure, maybe. Next couple of weeks are nuts though. What did you have in mind?"
    end
    return "Hmm. Maybe. It's a busy stretch. I don't know."
  end,
  choices = {
    { id = "a", text = "Would a quick call Monday evening or coffee at your shop Friday suit you better? Lena's welcome at either.",
      to = "booked", labels = { "next_step" } },
    { id = "b", text = "No problem, I'll check back in a few months.",
      to = "stay_in_touch" },
  },
  again = "So what did you have in mind? A day, I mean.",
  typed = true,
  routes = lib.concat({
    { id = "offers_choice", when = "next_step",
      to = function(s, move)
        if offers_choice(move) and s.trust >= 40 then return book(s, move) end
        return "not_yet"
      end },
    -- ("Tuesday or Thursday?" with no ask word is the same choice of days;
    -- one day asked as a question gets the times that suit him)
    lib.proposes_day("a day for the meeting", function(s, move)
      if offers_choice(move) and s.trust >= 40 then return book(s, move) end
      return move.labels.next_step and "not_yet" or "slot_hint"
    end) },
    back_to_story(), {
    -- "No pressure. whats making it so busy right now": why he is busy (an aside: spring), not when
    -- suits him; the slots he has not given yet are still what he answers after it (r13)
    { id = "asks_busy", any = { "open_question", "probe" }, unless = { "next_step" },
      words = "busy busier hectic crazy swamped slammed stretch", heard = "why it's so busy",
      to = "why_busy", test = function(s, move) return asks_why_busy(move) end,
      examples = { "what's making it so busy", "what's got you so busy right now", "why is it such a busy stretch" } },
    { id = "asks_when", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
      heard = "when suits him",
      -- ("maybe a quick 30 min zoom next week?": the call is a video call when booked)
      to = function(s, move)
        s.book_video = s.book_video or lib.mentions(move, VIDEO)
        return "slot_hint"
      end },
  }),
  otherwise = "stay_in_touch",
  closing = true,                  -- he asked what you had in mind: no proposal, no meeting
}

-- Asked why it is such a busy stretch: spring, and the call is back at the slot.
node "why_busy" {
  say = "Spring, that's what. Nine crews out at six, I'm quoting jobs from the truck at lunch, and the "
    .. "phones don't stop till July. Every landscaper in town is the same.",
  again = "Spring. It doesn't let up till July.",
  effects = { trust = 2 },
  detour = true,
}

node "slot_hint" {
  say = "Mornings before the crews roll out are best, or late on a Thursday. Lena's around Fridays.",
  again = "Like I said: early mornings, late Thursday, and Lena's around Fridays.",
  routes = lib.concat({
    { id = "proposes", when = "next_step",
      to = function(s, move) if s.trust >= 40 then return book(s, move) end return "not_yet" end },
    lib.proposes_day("a day for the meeting", function(s, move)
      if s.trust >= 40 then return book(s, move) end
      return "not_yet"
    end) },
    back_to_story(), {
    -- another question about the times: the times again (the ask can still come)
    { id = "asks_times", any = { "open_question", "probe", "closed_question" }, unless = { "next_step" },
      heard = "when suits him", to = "slot_hint" },
  }),
  otherwise = "stay_in_touch",
  closing = true,                  -- he gave you the times: no proposal, no meeting
}

node "wrap_up" {
  say = "Well! I should get back before the Birch Street lady calls again. This was nice. "
    .. "Thanks for the coffee, {trainee}.",
  choices = {
    { id = "a", text = "Before you go: could I come see the yard and meet Lena — say Tuesday at eight, or Thursday at four?",
      to = "booked", labels = { "next_step" } },
    { id = "b", text = "Thanks, Gus. Let's stay in touch on LinkedIn.",
      to = "stay_in_touch" },
    { id = "c", text = "One last thing: we also do payroll and forecasting, here's my card.",
      to = "brush_off", labels = { "feature" } },
  },
  again = "Right, I really should get back. This was good, though.",
  typed = true,
  routes = lib.concat({
    { id = "ask_at_door", when = "next_step", to = ask_result },
    { id = "last_pitch", any = { "feature" }, unless = { "benefit" }, to = "brush_off" } },
    -- Gus is a talker: a question on his story at the door still gets its answer
    -- (and the ask can still come); only a goodbye ends it
    back_to_story()),
  otherwise = "stay_in_touch",
  closing = true,                  -- he is leaving: a goodbye without an ask ends it
}

node "wrap_up_cold" {
  say = "Well! I should get back before the Birch Street lady calls again. Thanks for the "
    .. "coffee, {trainee}. Nice to put a face to the name.",
  choices = {
    { id = "a", text = "Before you go: could I come by the yard and show you what we do — Tuesday or Thursday?",
      to = "polite_no", labels = { "next_step" } },
    { id = "b", text = "Thanks, Gus. Let's stay in touch on LinkedIn.",
      to = "stay_in_touch" },
    { id = "c", text = "One last thing: we also do payroll and forecasting, here's my card.",
      to = "brush_off", labels = { "feature" } },
  },
  typed = true,
  routes = {
    { id = "ask_unearned", when = "next_step", to = "polite_no" },
    { id = "last_pitch", any = { "feature" }, unless = { "benefit" }, to = "brush_off" },
  },
  otherwise = "stay_in_touch",
  closing = true,                  -- he is leaving: a goodbye without an ask ends it
}

-- How far into his story the coffee is: the nodes where he has told something.
local STORY_NODES = { "dad_story", "crews_count", "legacy", "busy_season", "sunday_nights", "software",
                      "hospital_contract", "lena", "penalty", "kids", "mulch", "lena_side", "feels_heard" }
local function told(s)
  local n = 0
  for _, id in ipairs(STORY_NODES) do if seen(s, id) then n = n + 1 end end
  return n
end

node "pitch_early" {
  say = function(s)
    -- once he has told some of his story, the pitch lands on it, not on the coffee
    if told(s) >= 2 then
      return "Ha. There it is, I wondered when the pitch was coming. Maybe it would have helped, "
        .. "maybe not. Everybody's got software that knows my business better than me. I get six "
        .. "of these calls a week, you know."
    end
    return "Ah. Okay. So this is a sales thing. I thought we were just... having coffee. I get "
      .. "six of these calls a week, you know."
  end,
  again = "And we're back to the sales thing.",
  effects = { trust = -8, interest = -5 },
  cues = { { id = "six_calls", words = "six calls week sales thing thought coffee" } },
  choices = {
    { id = "a", text = "Fair enough, and that's on me. Forget Tallyhouse for a minute: how did you end up running the business?",
      to = "roots_again", labels = { "open_question" } },
    { id = "b", text = "It'll only take a minute: we also do payroll, monthly reports and cloud accounting.",
      to = "brush_off", labels = { "feature" } },
  },
  typed = true,
  routes = {
    { id = "pitches_again", any = { "feature" }, unless = { "benefit" }, to = "brush_off" },
    lib.pitch_and_check("brush_off", true),
    { id = "ask_anyway", when = "next_step", to = "polite_no" },
    asks_else(),
    asks_software(),
    asks_books(true),
    -- (after the books, which leave a cost question: "What does being behind on the books actually cost
    -- you?" (r24 average 7) is the cost, the hospital job; who looks after the money side is the books)
    asks_penalty(),
    asks_cost(),
    asks_contract(),
    follows_lena("lena wife"),
    -- ("Who else would be involved in deciding, is it just you?" after the pitch is called out: who
    -- decides, Lena, not his story again, r29 average 8)
    asks_who(),
    -- (a question about him after the step back recovers, open or closed: "So how long have you been
    -- running the company?" asks a figure, a closed question, r21 average 8)
    { id = "recovers", any = { "open_question", "closed_question", "probe", "reflection", "purpose" },
      unless = { "next_step" }, to = "roots_again" },
  },
  otherwise = "wrap_up_cold",      -- the coffee cools: he starts to leave
}

node "roots_again" {
  say = "Okay. Good. Well, it was my dad's business first. I took it over, and these days I "
    .. "mostly do paperwork and quote jobs from the truck. I passed on a big one last "
    .. "spring, which still bugs me.",
  again = "Like I said: paperwork, quotes from the truck, and that big job I passed on.",
  effects = { trust = 4 },
  cues = { { id = "big_one_again", words = "big one passed spring bugs" } },
  routes = lib.concat({
    R.rushed(),
    { id = "pitches_again", any = { "feature" }, unless = { "benefit" }, to = "brush_off" } },
    plain_questions(), facts(), {
    { id = "follows_big_one", any = { "open_question", "probe", "reflection", "closed_question" },
      unless = { "next_step" },
      words = "big one passed spring bug contract job hospital", heard = "the big job he passed on",
      to = "hospital_contract" },
    { id = "paperwork", any = { "open_question", "probe", "reflection", "closed_question" },
      unless = { "next_step" },
      words = "paperwork truck quote books sunday sundays shoebox receipts", heard = "the paperwork", to = "sunday_nights" },
    follows_lena("lena wife"),
    asks_who(),
    R.asks(),
    R.moves_on(),
  }),
  otherwise = "wrap_up_cold",
}

node "brochure_mode" {
  say = "Uh huh. That's a lot of words, {trainee}. Everybody's got reports and software. My "
    .. "nephew does our website and even he says 'quality and service'.",
  again = "More brochure. I'm losing you here, {trainee}.",
  effects = { trust = -6, interest = -6 },
  choices = {
    { id = "a", text = "Fair. Put simply: your Sunday nights back, and a clear answer before you say no to the next hospital job.",
      to = to_interested, labels = { "benefit" } },
    { id = "b", text = "And we integrate with every accounting package, GAAP compliant, accrual basis.",
      to = "brush_off", labels = { "feature" } },
  },
  typed = true,
  routes = {
    bridges(),
    { id = "dumps_again", any = { "feature" }, to = "brush_off" },
    R.asks(),
    asks_wants(),
  },
  otherwise = "wrap_up",
}

node "too_soon" {
  say = "Whoa, whoa. We've known each other eleven minutes. I came for coffee, not to "
    .. "put something in the calendar.",
  again = "Again with the calendar! Slow down, {trainee}.",
  effects = { trust = -6 },
  choices = {
    { id = "a", text = "You're right, I got ahead of myself. Tell me more about the business — what's keeping you busy this spring?",
      to = "busy_season", labels = { "open_question" } },
    { id = "b", text = "It's only thirty minutes. How about next Tuesday?",
      to = "polite_no", labels = { "next_step", "closed_question" } },
  },
  typed = true,
  routes = lib.concat({
    { id = "insists", when = "next_step", to = "polite_no" },
    { id = "pitches", any = { "feature" }, unless = { "benefit" }, to = "brush_off" } },
    facts(), {
    -- ("Fair enough, sorry! So whats the hardest part about being two months behind?", r23 average 7,
    -- got spring's a zoo again: what being behind costs him is the hospital job, as in his story;
    -- before the books, so "what does being behind on the books cost you?" is the cost too)
    asks_cost(),
    asks_who(),
    asks_software(),
    asks_books(true),
    asks_contract(),
    follows_lena("lena wife"),
    { id = "backs_off", any = { "open_question", "probe", "reflection", "purpose" }, unless = { "next_step" },
      to = "busy_season" },
  }),
  otherwise = carry_on,            -- he laughs it off and goes on talking
}

node "booked" {
  say = function(s)
    local wife = lena_named(s) and "Lena's" or "my wife Lena's"
    -- (he said Lena is around Fridays: another day named after that, she comes in for it)
    local away = seen(s, "slot_hint") and s.book_day ~= "" and s.book_day ~= "Friday"
    if s.book_video then
      local day = s.book_day ~= "" and (" for " .. s.book_day) or ""
      local lena = away and "Lena's not in that day, but I'll patch her in from home."
                   or "I'll drag Lena in front of the screen."
      return "Deal. Send me the link" .. day .. ". " .. lena .. " Bring your questions, she's got more "
        .. "numbers in her head than I do."
    end
    if away then
      return "Deal. " .. s.book_day .. " it is. Lena's not usually in till Friday, but for this she'll come by. "
        .. "The shop's on Mill Road. Bring your questions, she's got more numbers in her head than I do."
    end
    return "Deal. Text me to confirm and I'll make sure " .. wife .. " there. The shop's on Mill Road, "
      .. "she'll put the kettle on. Bring your questions, she's got more numbers in her head "
      .. "than I do."
  end,
  ending = { outcome = "meeting_booked", success = true },
}

-- Asked for one slot (or a vague next step) when he has just said it's a
-- busy stretch: he answers the ask, no yes (he was never offered a choice).
node "not_yet" {
  say = function(s)
    local wife = (s.got_lena or seen(s, "sunday_nights") or seen(s, "hospital_contract")) and "Lena" or "my wife"
    return "Ah, that one's tough for me, spring and all. Let me look at the week with " .. wife
      .. " and I'll text you if something works. Good to meet you, {trainee}."
  end,
  ending = { outcome = "no_next_step", success = false },
}

node "stay_in_touch" {
  say = "Sure, sure. Let's stay in touch. Good luck with everything, {trainee}.",
  ending = { outcome = "no_next_step", success = false },
}

node "polite_no" {
  say = "Look, I'm going to pass for now. Nothing personal. I'll find you on LinkedIn if "
    .. "anything changes.",
  ending = { outcome = "polite_no", success = false },
}

node "brush_off" {
  say = "Tell you what, send me something by email and I'll have a look. I really do have to "
    .. "get back to the crews.",
  ending = { outcome = "brush_off", success = false },
}
