--[[ The analyser's lexicon: word lists and phrase patterns behind the move
labels of docs/labels.md. Loaded once, in the scenarios' sandbox;
write plain tables and strings.

HOW TO EXTEND IT (trainers)
  * Add a phrase to an existing rule: append a string to that rule's list,
    e.g. to teach a new reflective frame add "as i understand it" to the rule
    with id "reflection.frame". Run `coach analyze "your sentence"
    --context "their line"` to see which rule fires; `tests/eval/eval.py`
    re-measures the whole set.
  * Add a word to a class: append it to the list under `sets` (e.g. a sport
    to sets.sport). Every pattern that says @sport now knows it.
  * Add a rule: { id = "small_talk.garden", kind = "small_talk", "allotment",
    "my|your garden" }. The id is what `coach analyze` shows as evidence.
  * Add a word or phrase to a plain list under `lists` (at the end of this
    file; read as lower-case text, no patterns): e.g. "happy to" to
    lists.offer_openers. Each list says what it does.
  * A scenario's product features, outcomes and jargon are not written here:
    the scenario passes them in (features = {...}, outcomes = {...},
    jargon = {...}) and they are added for that run.

PATTERN SYNTAX (one string = one pattern; words separated by spaces)
  word        the word, after folding (lower case, no accents) and
              contractions written out ("what's" is matched as "what is",
              "dont" as "do not"), or any word with the same Snowball stem
              ("call" matches calls, called, calling)
  =word       that exact form only
  a|b|c       any of these (alternatives may mix words and @sets)
  @set        any word of sets[set]; built in: @number (12, 1,200, 99.9),
              @ordinal (3rd, 22nd), @clock (9am, 2pm, 10:30)
  *           any one word
  ...  ...N   a gap of 0 to 3 (or 0 to N) words
  !x|@set     one word that is none of these
  ^           (first) only at the start of a sentence or of a clause after a
              comma, possibly after filler words (sets.fillers: so, okay...)
  $           (last) only at the end of a sentence
  Write contractions and hyphenated words out as separate words:
  "what is", "do not", "short staffed". A pattern may not start with *, ...
  or !.

RULE KINDS (what a hit means; the C code combines them)
  open / closed / statement  question shapes (a clause is a question when
      it ends with "?" or its main clause opens with an open/closed shape;
      "statement" shapes look like questions but are not: "what a week").
      The rule "closed.check" ("... sound ok", "... fair") is a question
      without "?" only as the last sentence of a line, after a plan, a
      proposal, a pitch or a recap: "Makes sense." opening a reply agrees
  subordinate   a clause that leads into the main one ("when that happens,
                what does it cost you"): the main clause's shape decides
  clause_start  where the main question starts after a subordinate clause
                with no comma ("once it stops what happens")
      A typed line is read clause by clause: "That's rough, what happened
      next" is a remark and a question; "who decides, and how does that
      work?" two questions. An echo or tag with "?" and no shape of its own
      ("Night feeds?", "..., has he?") leads into the question after it.
  probe         follow-up cues; a probe is an open question, with a context
                line, that has a cue, shares words with the context, or is
                very short ("why?")
  pick_up       a lead-in that picks up their words for the next question
                ("let's start with the rates then. ..."): makes it a probe;
                one that shares no word with their line ("you also mentioned
                the houses on your street - what's the worry there?") takes
                up something from earlier: the question's pointers point at
                it, and only its own words of theirs make a probe (code; so
                does a topic put first: "the big job you turned down, why...")
  topic_shift   "switching gears": then nothing in the line is a probe
  moves_on      a question that takes their answer as a bridge to another
                part of discovery (the timing; what someone their line names
                as where the matter goes must see, code; who decides or how
                the decision gets made): no probe, whatever word it
                shares with their line or the remark before it, unless a
                follow-up cue of its own says so (who decides: only why or a
                feeling digs; a clause typed on to it, "and how does that
                usually work?", asks about the decision too)
  reflection    reflective frames; count when the line shares meaning with
                the context (or names a feeling from sets.feelings, or points
                at a person or the figures they named; a rule with
                own_words = true also when a clause of theirs follows). A line
                that restates the context without a frame is caught by code
                (settings.recap_*; fillers like "wow" do not count towards
                recap_min_words: "from memory on a friday, wow" echoes). The
                rule "reflection.remark" ("..., that's scary") counts only with
                their words in the same sentence: "Oof, that's tough." alone
                acknowledges
  feature       feature phrases (code also finds "we/our/it/the X" + a verb
                from sets.feature_verb)
  bridge        feature-to-outcome bridges; a benefit when the prospect or
                what they can now do follows (sets.you, sets.modal) and not
                the seller (sets.me). start_ok = true: may open a sentence
  benefit       outcome shapes addressed to the prospect
  proposal, action, anchor, next_step   a next step is an explicit
                next_step hit, or a proposal with an action or a time
                anchor, or a question with both an action and an anchor.
                The proposal rule "next_step.offer" ("I'll send...") is the
                seller offering: a next step only with a meeting from the
                action rule "next_step.action", not with a time alone or a
                document ("next_step.deliverable"). A time or action in the
                clause leading into an open question ("when someone calls in
                at 6am, walk me through...") is its scene, not a proposal
  reassurance   "no need to apologise", "she's not wrong": never a reflection
  purpose, small_talk, seller   those labels directly (a next step inside a
                purpose statement is its agreement, not an ask)
  trouble       seller_focus when a first-person word (sets.me) is near and
                the sentence does not address the prospect
  Rubric cues: no label, only reported to the rubric (AnResult.cues, with
  the rule id and matched words as evidence), which decides when they score:
  motive            asking for the motive behind the facts ("why now"):
                    discovery.motive, in a question
  cost_of_inaction  asking what doing nothing costs ("what happens if"):
                    discovery.cost_of_inaction, in a question
  buying_process    asking how they buy ("who decides", "budget"):
                    discovery.buying_process, in a question
  specific          a day, time, person or deliverable that makes an earned
                    next step concrete (a word with a digit counts too,
                    found by code): next_step.specific
  vague_ending      leaving the next step to them ("let me know if"):
                    next_step.vague_ending, on a line that asks for no
                    next step
]]

return {
  settings = {
    gap_words = 3,          -- what "..." spans
    recap_min_overlap = 2,  -- shared meanings for a frameless reflection
    recap_min_words = 6,    -- words in it ("four weeks isn't long" is a remark, not a recap)
    probe_min_overlap = 1,  -- shared meanings that make an open question a probe
    probe_short_words = 3,  -- "why?", "how so", "say more": probes after a context line
    feature_window = 6,     -- words from a seller subject to its verb
    bridge_window = 10,     -- words after a bridge to find the prospect
    trouble_window = 8,     -- words from "my/our" to a trouble word
    echo_max_words = 5,     -- "hated it how": an echo of their words read as a question without "?"
    remark_max_words = 8,   -- "five days from eleven is a big jump. what...": a remark on their words that leads into a probe
    frame_min_words = 5,    -- words after a reflective frame that restate them even with no word of theirs
  },

  -- Function words: never content for shared meaning, never stemmed.
  stopwords = {
    "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "to", "in",
    "on", "at", "by", "for", "with", "from", "about", "as", "into", "onto",
    "over", "under", "up", "down", "out", "off", "than", "too", "very", "just",
    "really", "quite", "also", "even", "still", "already", "yet", "again",
    "this", "that", "these", "those", "there", "here", "it", "its", "itself",
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
    "you", "your", "yours", "yourself", "yourselves", "he", "him", "his",
    "she", "her", "hers", "they", "them", "their", "theirs", "what", "which",
    "who", "whom", "whose", "when", "where", "why", "how", "is", "are", "was",
    "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done",
    "have", "has", "had", "having", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "not", "no", "nor", "only", "own",
    "same", "such", "both", "each", "few", "more", "most", "other", "some",
    "any", "all", "every", "one", "ok", "okay", "yes", "yeah", "yep", "right",
    "well", "oh", "like", "get", "got", "gets", "getting", "go", "goes",
    "going", "went", "gone", "make", "makes", "made", "lot", "lots", "way",
    "much", "many", "actually", "basically", "honestly", "literally", "kind",
    "sort", "bit", "let", "say", "said", "tell", "told", "know", "think",
    "thought", "mean", "sure", "great", "good", "thanks", "thank", "please",
    "hi", "hello", "hey", "now", "because", "while", "since", "until",
    "though", "although", "whether", "whatever", "anything", "something",
    "nothing", "everything", "someone", "anyone", "everyone", "else", "ever",
    "never", "always", "often", "maybe", "perhaps", "probably", "around",
    "through", "across", "after", "before", "between", "during", "without",
    "against", "among", "per", "via", "etc", "okay", "alright", "um", "uh",
    "hmm", "cool", "totally", "absolutely", "definitely", "exactly",
  },

  -- Whole words written out before anything else (also common typed forms
  -- without the apostrophe).
  contractions = {
    ["won't"] = "will not", ["can't"] = "can not", cannot = "can not",
    ["shan't"] = "shall not", ["ain't"] = "is not", ["let's"] = "let us",
    ["y'all"] = "you all", gonna = "going to", wanna = "want to",
    gotta = "got to", whats = "what is", thats = "that is", dont = "do not",
    doesnt = "does not", didnt = "did not", isnt = "is not", arent = "are not",
    wasnt = "was not", werent = "were not", cant = "can not", wont = "will not",
    wouldnt = "would not", couldnt = "could not", shouldnt = "should not",
    havent = "have not", hasnt = "has not", hadnt = "had not", im = "i am",
    ive = "i have", youre = "you are", youve = "you have", youll = "you will",
    youd = "you would", theyre = "they are", theyve = "they have",
    weve = "we have", theres = "there is", heres = "here is", hows = "how is",
    whos = "who is", wheres = "where is", whys = "why is", itll = "it will",
    thru = "through", u = "you", ur = "your", pls = "please", plz = "please",
    -- texting forms
    r = "are", wat = "what", wot = "what", wht = "what", wats = "what is", hw = "how", wud = "would",
    cud = "could", shud = "should", cn = "can", wk = "week", wks = "weeks", thx = "thanks",
    thnx = "thanks", tmrw = "tomorrow", tmr = "tomorrow", abt = "about", ppl = "people",
    cuz = "because", coz = "because", bc = "because", rn = "right now", tbh = "to be honest",
    -- common typos of the words the shapes hang on, and "ill"/"id" typed for "I'll"/"I'd"
    hwo = "how", waht = "what", whta = "what", hwat = "what", whoe = "who", teh = "the", yuo = "you",
    yoru = "your", thier = "their", wich = "which", becuase = "because", becasue = "because",
    tommorow = "tomorrow", tomorow = "tomorrow", tommorrow = "tomorrow", calender = "calendar",
    untill = "until", sofware = "software", softwear = "software", sotfware = "software", diffrent = "different", diferent = "different", ill = "i will", id = "i would", whens = "when is", theyll = "they will",
  },

  -- Endings after an apostrophe. "'s" means "is" only after the words in
  -- s_is ("it's", "what's"); elsewhere it is a possessive and is dropped.
  suffixes = {
    ["n't"] = "not", ["'re"] = "are", ["'ve"] = "have", ["'ll"] = "will",
    ["'d"] = "would", ["'m"] = "am", ["'s"] = "is",
  },
  s_is = {
    "it", "that", "what", "there", "here", "who", "where", "how", "why",
    "when", "he", "she", "everything", "nothing", "something", "someone",
    "everyone", "this", "which", "let",
  },

  -- Words that count as the same meaning when comparing a line with the
  -- prospect's line before it (matched after stemming).
  synonyms = {
    { "cost", "costs", "price", "pricing", "spend", "spending", "expense", "expensive", "budget", "money", "afford", "cheap", "fee", "fees" },
    { "downtime", "stoppage", "stoppages", "breakdown", "breakdowns", "outage", "outages", "stopped", "offline", "idle" },
    { "error", "errors", "mistake", "mistakes", "wrong", "bug", "bugs" },
    { "problem", "problems", "issue", "issues", "trouble", "headache", "pain", "nightmare" },
    { "angry", "furious", "upset", "annoyed", "frustrated", "livid" },
    { "staff", "people", "employees", "employee", "team", "workers", "folks", "crew", "personnel", "workforce", "headcount" },
    { "operator", "operators", "machinist", "machinists", "technician", "technicians", "tech", "techs", "engineer", "engineers", "fitter", "fitters" },
    { "look", "looked", "looking", "see", "seen", "saw", "view", "viewing", "viewed" },
    { "timesheet", "timesheets", "hours" },
    { "quick", "quickly", "fast", "faster", "speed", "rapid", "swift" },
    { "slow", "slowly", "delay", "delays", "delayed", "late", "lag", "wait", "waiting" },
    { "worry", "worried", "concern", "concerns", "concerned", "fear", "afraid", "anxious", "nervous", "scared" },
    { "decide", "decision", "decisions", "approve", "approval", "approved" },
    { "customer", "customers", "client", "clients", "buyer", "buyers", "patient", "patients", "guest", "guests",
      "shopper", "shoppers", "member", "members" },
    { "order", "orders", "delivery", "deliveries", "shipment", "shipments", "load", "loads", "consignment" },
    { "software", "system", "systems", "tool", "tools", "app", "apps", "platform", "program", "programme" },
    { "invoice", "invoices", "invoicing", "bill", "bills", "billing", "payment", "payments" },
    { "schedule", "schedules", "scheduling", "rota", "rotas", "roster", "rosters", "shift", "shifts" },
    { "stock", "inventory", "stockroom" },
    { "report", "reports", "reporting", "numbers", "figures", "data", "stats", "metrics" },
    { "revenue", "sales", "income", "margin", "margins", "profit", "profits", "takings" },
    { "booking", "bookings", "appointment", "appointments", "reservation", "reservations" },
    { "machine", "machines", "equipment", "kit", "machinery" },
    { "supplier", "suppliers", "vendor", "vendors", "provider", "providers", "agency", "agencies" },
    { "boss", "manager", "managers", "director", "directors", "leadership" },
    { "grow", "growth", "growing", "scale", "scaling", "expand", "expansion", "bigger" },
    { "website", "site", "web", "online", "webpage" },
    { "crowded", "crowding", "cramped", "packed" },
    { "job", "jobs", "role", "roles", "responsibility", "responsibilities", "duties" },
    { "hard", "difficult", "tough", "struggle", "struggling" },
    { "paperwork", "documents", "document", "forms", "docs", "documentation" },
    { "house", "houses", "home", "homes", "property", "properties" },
    { "password", "passwords", "access", "login", "logins", "credentials" },
    { "change", "changes", "switch", "switching", "move", "moving", "migrate", "migration" },
    { "deadline", "timing", "timeline" },
    { "missing", "lacking", "lack" },
    { "mortgage", "loan", "lending" },
    { "broken", "breaks", "break", "fails", "failing", "failure", "unreliable" },
    { "fleet", "vehicle", "vehicles", "van", "vans", "truck", "trucks", "lorry", "lorries", "forklift", "forklifts" },
    { "argue", "arguing", "argued", "argument", "arguments", "row", "rows", "fight", "fights", "fighting", "disagreement" },
    { "quit", "quitting", "stop", "stopping", "turnover", "churn", "resign", "resigned", "resignation", "attrition" },
    { "complain", "complaining", "complained", "complaint", "complaints" },
    { "mother", "mum", "mom", "mam", "father", "dad", "parent", "parents" },
    { "day", "daily" },
    { "sad", "low", "down", "depressed", "unhappy", "miserable" },
    { "tired", "exhausted", "drained", "worn" },
    { "busy", "swamped", "stretched", "overloaded" },
    { "night", "nights", "evening", "evenings", "overnight", "tonight" },
  },

  sets = {
    -- words skipped before a sentence or clause start (for ^ patterns)
    fillers = { "so", "and", "but", "okay", "ok", "well", "right", "great", "then", "now", "also", "first", "firstly",
                "anyway", "alright", "sure", "yes", "yeah", "yep", "oh", "hey", "hi", "hello",
                "thanks", "thank", "cool", "perfect", "just", "look", "listen", "honestly", "maybe", "perhaps",
                "actually", "basically", "because", "plus", "interesting", "nice", "lovely",
                "totally", "absolutely", "understood", "sorry", "please", "um", "uh", "hmm",
                "noted", "fine", "brilliant", "awesome", "excellent", "gotcha", "wow", "ah", "ha", "haha",
                "hah", "lol", "ooh", "oof", "ouch", "yikes", "ugh", "aw", "aww", "clear", "roughly", "approximately",
                "ballpark" },
    you = { "you", "your", "yours", "yourself", "yourselves" },
    me = { "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves" },
    seller_subject = { "we", "our", "ours" },
    thing_subject = { "it", "its", "the", "this", "these", "every", "each", "all" },
    -- verbs that state what a product does (exact forms: "=runs" is not "run")
    feature_verb = { "=has", "=includes", "=include", "=offers", "=offer", "=provides", "=provide", "=runs",
                     "=connects", "=integrates", "=syncs", "=plugs", "=supports", "=handles", "=calculates",
                     "=shows", "=updates", "=hosts", "=host", "=guarantee", "=guarantees", "=lets", "=comes",
                     "=come", "=works", "=work", "=adjusts", "=adjust", "=cuts", "=locks", "=lock",
                     "=delivers", "=deliver", "=gives", "=gets", "=served", "=serves", "=uses", "=tracks",
                     "=monitors", "=automates", "=sends", "=stores", "=covers", "=manages", "=scales", "=do",
                     "=ships", "=ship", "=detect", "=pick", "=picks", "=spot", "=spots", "=flag", "=flags", "=protects", "=encrypts", "=replans", "=plans", "=predicts", "=detects", "=backs",
                     "=specialise", "=specialize", "=log", "=logs", "=read", "=reads", "=measure",
                     "=measures", "=scan", "=scans", "=fit", "=fits", "=fold", "=folds", "=last", "=lasts",
                     "=survive", "=survives", "=analyse", "=analyses", "=analyze", "=analyzes", "=learn",
                     "=learns", "=remind", "=reminds", "=notify", "=notifies", "=generate", "=generates",
                     "=create", "=creates", "=convert", "=converts", "=capture", "=captures", "=export",
                     "=exports", "=import", "=imports", "=stream", "=streams", "=lift", "=lifts", "=carry",
                     "=carries", "=prevent", "=prevents", "=estimate", "=estimates", "=reconcile",
                     "=reconciles", "=submit", "=submits", "=assign", "=assigns", "=dispatch", "=dispatches",
                     "=trace", "=traces", "=weigh", "=weighs", "=verify", "=verifies", "=validate",
                     "=validates", "=archive", "=archives", "=restore", "=restores", "=recover", "=recovers",
                     "=upgrade", "=upgrades", "=update", "=answers", "=pack", "=packs", "=collect", "=collects",
                     "=install", "=installs", "=maintain", "=maintains", "=integrate", "=connect", "=sync",
                     "=plug", "=calculate", "=automate", "=send", "=manage", "=include",
                     "=rebuilds", "=rebuild", "=texts", "=emails", "=warns", "=switches", "=turns", "=opens",
                     "=closes", "=folds", "=cleans", "=charges", "=heats", "=cools", "=dries", "=washes",
                     "=pay", "=pays", "=collects", "=returns", "=give", "=run",
                     "=forecast", "=forecasts", "=have", "=replace", "=replaces", "=combine", "=combines",
                     "=merge", "=merges", "=link", "=links", "=match", "=matches", "=fix", "=fixes", "=solve", "=solves", "=catch",
                     "=catches", "=spot", "=spots", "=flag", "=flags", "=reduce", "=reduces", "=clean", "=cleans",
                     "=print", "=prints", "=supply", "=supplies", "=design", "=designs", "=repair", "=repairs",
                     "=train", "=trains", "=source", "=sources", "=puts", "=pushes",
                     -- what our people do for them: "our engineers watch the data and ring your maintenance team"
                     "=watch", "=watches", "=ring", "=rings", "=phone", "=phones",
                     -- a plural subject takes the base form: "our sensors monitor vibration", "we use
                     -- vibration sensors that predict failures"
                     "=use", "=monitor", "=track", "=predict", "=store", "=protect" },
    -- subjects that may take the verb at once ("we log", "it syncs"); after
    -- "the/our" a noun comes first ("the sensors log")
    pronoun_subject = { "we", "it", "ours" },
    -- a statement opening with these, sharing the prospect's words, sums them up
    recap_opener = { "=so" },
    -- a line that acknowledges their news or apologises ("Congrats on the offer!", "Sorry, no pressure
    -- at all."): no remark on their words that a question after it follows up
    acknowledge = { "=congrats", "=congratulations", "=sorry", "=thanks", "=thank", "=apologies", "=welcome" },
    -- "you mentioned X. What...?" leads in to a question rather than reflecting
    reference_verb = { "mentioned", "said", "told", "talked", "brought", "spoke", "wrote", "noted", "raised",
                       "described", "flagged", "hinted",
                       -- how they spoke, noticed: "you trailed off a bit there about your daughter"
                       "=trailed", "=paused", "=hesitated", "=sighed", "=laughed", "=smiled", "=lit" },
    -- Matched by stem: leave out words whose stem is also plain talk
    -- ("leading" -> "lead", a person; "commitment" -> "commit", a next step).
    empty_trio = { "quality", "service", "reliability", "reliable", "excellence", "innovative",
                   "innovation", "passion", "passionate" },
    -- beside a trio word, these make it part of a name, no claim: "field
    -- service platform", "service companies", "quality control"
    trio_compound = { "field", "manager", "managers", "companies", "company", "business", "businesses", "platform", "software",
                      "industry", "sector", "provider", "providers", "team", "teams", "techs", "technicians",
                      "contract", "contracts", "agreement", "department", "desk", "calls", "visit", "visits",
                      "history", "records", "control", "assurance", "checks", "engineer", "engineers", "van",
                      "vans", "route", "routes", "area", "areas",
                      -- an award's name is no claim of ours: "we just won a regional innovation award" (r26
                      -- burned_owner pitcher 3) names an award, it says no quality of the product
                      "award", "awards", "prize", "prizes" },
    feelings = { "frustrating", "frustrated", "stressful", "stressed", "tough", "hard", "difficult",
                 "painful", "worrying", "worried", "scary", "exhausting", "exhausted", "annoying",
                 "overwhelming", "overwhelmed", "anxious", "nervous", "upset", "angry", "disappointing",
                 "disappointed", "embarrassing", "embarrassed", "tricky", "=rough", "fed", "tired",
                 "stuck", "helpless", "lonely", "hurt", "sad", "afraid", "scared", "concerned",
                 "uneasy", "unfair", "relieved", "excited", "feel", "feels", "feeling", "felt", "guilt", "guilty", "ashamed", "alone", "isolated",
                 "criticised", "criticized", "judged", "trapped", "let", "stretched", "swamped", "drowning",
                 "overloaded", "burnt", "draining", "drained", "gutted", "stung", "sting", "stings", "awful", "maddening",
                 "infuriating", "unsettling", "daunting", "demoralising", "demoralizing", "miserable", "pressure",
                 "horrible", "tiring", "brutal", "nerve", "confusing", "chaotic", "messy", "chaos", "mayhem",
                 -- their wariness named: "makes sense she's gun-shy"
                 "=shy", "=wary", "=cautious", "=bugs", "=bugging", "=bugged", "=burned", "=uncomfortable", "=hesitant", "=reluctant", "=sceptical", "=skeptical", "=jaded" },
    modal = { "can", "could", "will", "would", "never", "able" },
    -- "you'd get a dedicated bookkeeper", "you'd have one project manager": a thing we provide
    -- "we can probably do that": a verb on a pointer back at their words agrees, it states no feature
    -- a frame on "he/she/they" reflects when the prospect named someone ("so she's the real boss")
    person_pronoun = { "he", "she", "they", "him", "her", "them", "his", "their" },
    back_pointer = { "that", "it", "this", "so", "them", "those" },
    agree_verb = { "=do", "=handle", "=sort", "=arrange", "=manage", "=organise", "=organize" },
    -- "ours have a dashboard" states a feature; "we have" is too often "we have to / a problem"
    possess_verb = { "=have" },
    we_subject = { "=we", "=i" },
    -- a seller's clause ends before these: "we see if there's a fit" states no feature
    clause_break = { "if", "whether", "unless", "until", "because" },
    -- "I guess", "I'd imagine": a hedge, not the seller's own content in a reflection
    hedge = { "guess", "think", "imagine", "bet", "suppose", "reckon", "assume", "gather", "expect" },
    -- after a bridge their trouble gone is an outcome, as "you" or "can" are: "..., so the
    -- Sunday call-outs go away", "so line 3 gets caught before it stops" (optional set)
    -- "which means no more Sunday call-outs", "so no scrapped runs": their trouble no more
    outcome_word = { "=no", "=gone", "=away", "=caught", "=less", "=fewer", "=sooner", "=faster", "=quicker",
                     "=cheaper", "=covered", "=solved", "=fixed", "=disappear", "=disappears", "=vanish", "=vanishes",
                     -- what they are spared: "..., means Denise gets through next summer without running two boards"
                     "=without",
                     -- no one on their side has to do it any more: "..., so nobody has to key them in"
                     "=nobody", "=noone" },
    -- a time a step is put off to: "we can do the form later" takes up their ask, it states no
    -- feature (with the anchors of next_step.anchor; optional set)
    time_word = { "=later", "=soon", "=today", "=tomorrow", "=tonight", "=first" },
    thing_article = { "a", "an", "one", "our", "access", "unlimited", "free", "dedicated" },
    -- a thing of ours that comes at intervals: "you get monthly reports", "weekly check-ins" (optional set)
    thing_regular = { "=monthly", "=weekly", "=daily", "=quarterly", "=regular", "=yearly", "=annual", "=automatic",
                      "=automated", "=named", "=personal" },
    -- "most plants we talk to have downtime issues": the others we meet, not our trouble (optional set)
    -- "sounds like a fixed rate would be safest for you": a frame leading into what we advise
    -- ("would be best"), no point of theirs given back (optional set)
    advice_word = { "=best", "=safest", "=safer", "=better", "=ideal", "=wisest", "=smartest", "=smarter",
                    "=cheapest", "=cheaper", "=right" },
    -- "we could come out to the plant next week": coming to them is part of an ask, no feature
    -- ("it comes with a sensor kit" states one) (optional set)
    -- a time a step could happen in, as a clause's subject: "so the fall would work", "the week after
    -- works for me" agree a when, nothing of ours (optional set)
    when_word = { "=fall", "=autumn", "=spring", "=summer", "=winter", "=season", "=week", "=weekend", "=month",
                  "=morning", "=afternoon", "=evening", "=date", "=day", "=slot", "=quarter", "=monday", "=tuesday",
                  "=wednesday", "=thursday", "=friday", "=saturday", "=sunday" },
    visit_word = { "=out", "=over", "=round", "=around", "=by", "=along", "=down", "=and", "=visit", "=see", "=meet" },
    -- what a seller sells, named after "our" in a statement: "I'll show you our new dispatch board",
    -- "that's what our drag-and-drop board replaces", "I can show you how our forecasting works" (not
    -- "our call", "our time", "our own IT", people: code, feature.our_thing) (optional set)
    product_noun = { "board", "app", "platform", "system", "software", "tool", "portal", "dashboard", "sensor",
                     "tray", "label", "barcode", "forecasting", "forecast", "matching", "approvals", "scanning",
                     "scanner", "product", "module", "feature", "tracker", "=tracking", "=scheduling", "=invoicing",
                     "=reporting", "=onboarding", "=analytics", "integration", "mortgage", "rate", "lender", "package",
                     "kit", "solution", "press", "alert", "warranty", "guarantee", "camera", "device", "=ocr",
                     "=automation", "=bookkeeping", "=fix" },
    -- a stretch of time a timeline is given in: "plan on about ten to twelve weeks" (optional set)
    duration_word = { "=week", "=weeks", "=month", "=months" },
    -- verbs any question says ("what would you want to see in the demo"):
    -- shared with their line ("Raj has to want it, or see above"), they do not
    -- make a question dig into it (probe.context_words needs a word of their
    -- point; "need", "take" and "look" stay: "why didn't it take?" digs)
    light_verb = { "=want", "=wants", "=wanted", "=see", "=sees", "=saw", "=seen", "=give", "=gives", "=gave",
                   "=given", "=put", "=puts", "=come", "=comes", "=came", "=keep", "=keeps", "=kept",
                   "=show", "=shows", "=showed", "=shown", "=use", "=find" },
    -- asking their reaction ("how does that sit with you?", "how does that
    -- sound?"): after our own pitch in the line, the pointer is our proposal
    reaction_verb = { "=sit", "=sits", "=sound", "=sounds", "=land", "=lands", "=strike", "=strikes",
                      "=feel", "=feels" },
    relative_verb = { "=talk", "=speak", "=work", "=deal", "=see", "=meet", "=visit", "=help", "=serve",
                      "=support", "=know" },
    -- clauses: a question word before a comma makes what follows part of a
    -- list ("walk me through how it works, who's involved"); a question
    -- joined by and/or/but with its verb up front is a second question
    question_word = { "what", "how", "why", "who", "whom", "whose", "which", "where", "when", "whether" },
    aux = { "do", "does", "did", "is", "are", "was", "were", "am", "will", "would", "can", "could", "should",
            "shall", "has", "have", "had", "may", "might", "must" },
    conjunction = { "and", "or", "but" },
    not_outcome = { "rather", "like", "want", "need", "prefer", "think", "say", "agree", "expect",
                    "probably", "also", "already", "just", "mind", "feel", "be", "not", "have", "get",
                    -- "you'd deal with one project lead": who they work with, a thing we give
                    "deal", "work", "talk", "speak" },
    so_not = { "and", "far", "much", "many", "long", "often", "well", "good", "bad", "badly", "sorry",
               "glad", "happy", "tight", "quick", "quickly", "slow", "slowly", "fast", "little",
               "few", "hard", "big", "great", "nice", "kind", "sure", "busy", "what", "to", "as",
               "i", "we", "my", "our", "let", "yeah", "anyway" },
    -- "can I ask...", "could we just check...": permission, not a proposal
    not_proposal = { "ask", "say", "check", "clarify", "confirm", "just", "be", "help", "understand", "tell",
                     "agree", "start", "recap", "summarise", "summarize", "quickly" },
    weekday = { "=monday", "=tuesday", "=wednesday", "=thursday", "=friday", "=saturday", "=sunday",
                "=mon", "=tue", "=tues", "=wed", "=weds", "=thu", "=thurs", "=fri", "=sat", "=sun" },
    -- month names ("may", "march" are ordinary words too: anchors take them after by/in/...)
    -- what a date is to them: "so June is the cut-off", "so autumn's the window"
    limit_noun = { "deadline", "cutoff", "window", "target", "limit", "crunch", "squeeze", "pinch" },
    -- a time of year: "so autumn's the window" after their months (code: gives their dates back)
    season = { "=spring", "=summer", "=autumn", "=fall", "=winter" },
    -- the people a prospect answers to with a figure or a case
    answer_to = { "board", "lender", "lenders", "bank", "banks", "investor", "investors", "auditor", "auditors",
                  "boss", "owner", "owners", "partners", "committee", "cfo", "ceo", "director", "directors",
                  "shareholders", "trustees", "council" },
    month = { "=january", "=february", "=march", "=april", "=may", "=june", "=july", "=august",
              "=september", "=october", "=november", "=december" },
    purpose_noun = { "purpose", "point", "goal", "aim", "idea", "reason", "agenda", "objective",
                     "intention", "plan" },
    meeting_word = { "today", "call", "meeting", "chat", "conversation", "session", "visit", "=hour" },
    -- number words: a recap that shares only numbers (and the prospect's name)
    -- with them echoes, it does not restate ("five months is a long time")
    number_word = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                    "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
                    "millions", "half", "few", "couple", "dozen" },
    nice = { "cracking", "lovely", "great", "beautiful", "nice", "amazing", "stunning", "gorgeous",
             "fantastic", "wonderful", "incredible" },
    -- who may follow do/can/is... in a yes/no question
    subject = { "i", "you", "we", "they", "he", "she", "it", "that", "this", "there", "the", "your",
                "our", "any", "anyone", "anything", "everyone", "everything", "someone", "something",
                "my", "his", "her", "their", "these", "those", "yours", "we", "u" },
    -- what follows what/how/why in a statement ("what you'd get is...")
    cleft_subject = { "i", "you", "we", "they", "he", "she", "it", "that", "this", "my", "your",
                      "our", "their", "the", "a", "an" },
    -- words after which "that/it" points back at what the prospect said
    pointer_lead = { "is", "was", "are", "were", "does", "did", "do", "has", "had", "have", "about",
                     "holding", "held", "hold", "holds", "getting", "fixing", "solving", "handling", "stopping",
                     "on", "with", "by", "to", "of", "in", "at", "from", "like", "after",
                     "since", "into", "behind", "driving", "for", "causing", "means", "mean", "meant",
                     "affect", "affected", "affects", "cost", "costing", "change", "changed",
                     "impact", "impacted", "feel", "make", "made", "makes", "happen", "happened",
                     "why", "how", "what" },
    sport = { "=football", "=soccer", "=baseball", "=basketball", "=hockey", "=cricket", "=rugby", "=golf",
              "=tennis", "=marathon", "=olympics", "=playoffs", "=superbowl", "=f1", "=nfl", "=nba",
              "=premiership", "=championship", "=ski", "=skiing", "=cycling" },
    -- "heat" alone is chat only about the day ("this heat", small_talk.weather): "AP's taking the heat"
    weather = { "=weather", "=rain", "=raining", "=rainy", "=sunshine", "=sunny", "=snow", "=snowing", "=snowy",
                "=heatwave", "=humid", "=freezing", "=chilly", "=sky", "=skies", "=storm", "=stormy",
                "=windy", "=drizzle", "=thunder", "=fog", "=foggy", "=hail" },
    pet = { "=dog", "=dogs", "=puppy", "=cat", "=cats", "=kitten", "=pet", "=pets", "=spaniel",
            "=retriever", "=terrier" },
    family = { "=wife", "=husband", "=kids", "=children", "=son", "=daughter", "=family", "=baby", "=mum",
               "=mom", "=dad", "=parents", "=grandkids" },
    food = { "=coffee", "=pizza", "=brunch", "=burger", "=sushi", "=curry", "=beer", "=cortado", "=latte",
             "=cappuccino", "=espresso", "=croissant", "=muffin", "=doughnut", "=donut", "=bagel" },
    leisure = { "=weekend", "=holiday", "=holidays", "=vacation", "=getaway", "=hobby", "=hobbies",
                "=hike", "=hiking", "=gym", "=concert", "=gig", "=movie", "=film", "=festival", "=wedding",
                "=birthday", "=christmas", "=easter", "=thanksgiving" },
  },

  rules = {
    ---------------------------------------------------------------- questions
    { id = "open.wh_word", kind = "open",
      "^ what|why|how", "^ what else", "^ like what",
      "^ where does|would|will|did that|this|it leave|put|get|take", "^ where do|would you see|want", "^ where would|do you like to start|begin",
      "^ where does|do|did|is ...6 go|going $", "^ where does|do|did ...4 end up", "^ where does|do|did ...4 come from",
      -- where it comes from, asked in the present: "where's the lost sleep coming from most?"
      "^ where is|are ...4 coming from",
      -- their view or someone's place in it: "where do you think those eleven days go?", "where does
      -- Denise fit into a decision like that?", "where does he stand on it?"
      "^ where do|would you think|reckon|suppose|feel", "^ where does|do|did|would|will ...3 fit|stand", "^ where does|do|did|would|will ...3 sit|sits|land|lands in|on|with ...3 decision|decisions|it|this|that|things|call|choice|question",
      -- "where do the rates come into it for you?", "where does Lena come down on it?"
      "^ where does|do|did|would|will ...3 come|comes into|in|down",
      -- where it went wrong, or how far someone has got: "Tell me about the pilot - where did it fall
      -- down?", "Where's she got to with that?" (r24): their story, not a place
      "^ where did|does|do|was|is|has|had ...3 fall|fell|fallen|go|went|gone|break|broke|broken|come|came unstuck|wrong|down|apart|over",
      "^ where is|are|has|have|had he|she|they|it|that|things|you|theo|we ...1 got|get|gotten to",
      -- the alternative they turn to: "where's Theo looking instead?", "if they don't come back, where
      -- do they go instead" asks for that story, not a place (r28, typed_dev5)
      "^ where is|are|do|does|did|would|will|has|have|was|were ...5 instead $",
      -- a question restated: "Sure, I get that. I meant what does each stop cost the plant?"
      "^ i mean|meant what|how|why",
      -- where the pain sits worst: "where is downtime hurting you most right now?"
      "^ where is|are|does|do|did ...4 =hurting|=hurt|=hurts|=biting|=bites|=pinching|=pinches|=costing|=hitting|=hits ...3 most|worst|hardest|hard|badly",
      "^ where do|does|did ...3 feel|feels|felt|notice|notices|see|sees ...3 =it|the|that ...2 most|worst",
      -- the stake asked for: "how much is riding on that for you?", "how much does it matter to you?"
      "^ how much ...3 riding|matter|matters|weighs",
      -- how much it weighs on them: "how much is that playing on you?", "how much is it weighing on you?"
      "^ how much is|are|has|does that|this|it ...1 playing|weighing|bothering|worrying|eating|preying|weighed|played" },
    { id = "open.tell_me", kind = "open",
      "^ tell|show me|us", "^ describe|explain|elaborate|expand|outline|unpack",
      "^ walk|talk|take me|us through", "^ help me understand|see|picture",
      "^ paint me a picture", "^ say|share more", "^ share with me", "^ give me|us an|a|some example|sense|idea|picture|background",
      "^ in what way|ways|sense|respect", "^ i would love to hear|know|learn|understand",
      "^ i am curious about|how|what|why|to", "^ i wonder|wondered what|how|why", "^ i was wondering what|how|why",
      "^ any thoughts", "^ such as",
      -- an invitation to start where they like: "take your time - start with whatever's keeping you up at
      -- night", "begin wherever feels easiest" (not "let's start with the rates": a pick-up)
      "^ start|begin with what|whatever|whichever|wherever|where|whoever", "^ start|begin wherever|anywhere",
      -- an indirect question: "just wanted to see how things are going at the plant"
      "^ just wanted|want to see|hear|check|know|ask how|what|where", "^ i just|only|really|wanted|want ...1 to see|hear|check|know|ask how|what|where" },
    { id = "open.can_you_tell", kind = "open",
      "^ can|could|would|will you tell|walk|talk|describe|explain|share|expand|elaborate|help|say|unpack|paint|outline",
      "^ can|could|would|will you take me|us through",
      "^ can|could|would|will you give me|us an|a|some example|sense|idea|picture|background|detail",
      "^ can|could|would|will you give me|us more",
      "^ can|could|may i ask|check what|how|why|about",
      -- leave asked around a wh-question: "before I do, mind if I ask what's been keeping the kitchen so full?"
      "^ mind if i ask what|how|why", "^ would|do you mind if i ask what|how|why",
      "^ would|do you mind telling|explaining|sharing|walking|talking|describing",
      "^ would you be able to tell|walk|talk|describe|explain|share" },
    -- a question put as an echo of their words: "twitchy how?", "doing what, exactly?"
    { id = "open.echo", kind = "open",
      "how|what|why $", "how|what exactly $", "then what $",
      -- "twitchy in what way?", "stuck in what sense?": the echo asks them to say how
      "in what way|ways|sense|respect $" },
    { id = "closed.how_much", kind = "closed",
      "^ how many|much|often|soon|far|old|big|large|frequently",
      -- how long they mean to do something asks a period of their plans, even after a line on time:
      -- "how long are you planning to stay in the house?", "how long do you want to keep it?" (r28)
      "^ how long @aux you|they|he|she ...1 plan|hope|intend|expect|want|aim|picture|see|envisage",
      "^ how long are|is|were|was you|they|he|she ...1 going to" },
    { id = "closed.wh_fact", kind = "closed",
      "^ who|whom|whose|which|where|when",
      -- "by when would you two want to see ahead" with no question mark asks a date (r27 coffee skilled 8)
      "^ by|until|till when",
      "^ what time|day|date|year|month|size|percentage|percent|number|version|brand|model",
      -- a period or a date asked for: "what's the timescale you're working to on the mortgage?" (r28)
      "^ what is|was the|your ...1 price|budget|deadline|date|address|postcode|total|deposit|timescale|timescales|timeframe|timeframes",
      "^ what is|was the|your ...1 time =frame|=frames|=scale|=scales",
      -- "what's your timeline for getting the mortgage in place?" asks a date; "what's your timeline
      -- looking like?" asks them to describe it (open)
      "^ what is|was the|your ...1 =timeline|=timelines $", "^ what is|was the|your ...1 =timeline|=timelines !looking|look|looks",
      -- a name asked for: "what software do you use for the books, quickbooks?", "what system was it?",
      -- "what ERP are you on?", "which bank is it with?"
      "^ what|which ...1 software|system|tool|app|platform|program|crm|erp|package|provider|supplier|vendor|lender|bank|brand do|does|did|is|was|are|were",
      "^ what is your|his|her|their name|age|address|email|postcode|phone|number",
      -- which one it was, whatever the thing is called or however it is typed: "what sofware was it
      -- you tried?", "what company was it that did the pilot?" (r28; not "what else/exactly was it")
      "^ what|which !else|exactly|about|more|then|really was|is it that|you|they|he|she|we",
      -- a figure asked for: "what's the most you could pay a month?" (not "the most important thing")
      "^ what is|was the most|least|max|maximum|minimum|highest|lowest you|they|he|she|we|your",
      "^ what would be the most|least|max|maximum|minimum|highest|lowest you|they|he|she|we|your" },
    -- a "when" that runs on to its verb before its subject asks when, "?" or not: "if you did make a
    -- change, when in the year could you and Denise stand to do it" (r28); "when in doubt, call us"
    -- leads into the next clause (code: this rule outranks clause.subordinate)
    { id = "closed.wh_inverted", kind = "closed",
      "^ when in|during|at|on|over ...3 @aux @subject" },
    { id = "closed.how_about", kind = "closed",
      "^ how|what about", "^ why do not we|i",
      -- a step of ours proposed: "what if we did something quick next week?" is answered yes or no
      -- (r26); "what if it breaks again?" still asks them to think it through
      "^ what if we|i" },
    { id = "closed.yes_no", kind = "closed",
      "^ do|does|did|is|are|was|were|am|can|could|will|would|shall|should|have|has|had|may|might|must @subject",
      "^ any chance|plans|luck|news|update|objections|concerns|questions|idea", "^ anything|anyone|anybody else|you|to|i|we|missing",
      "^ ok|okay|alright|fine if i|we", "^ does|did *", "^ does|do|would|will|is next|this @weekday|week|month",
      "^ mind if", "^ would|do you mind if",
      "^ is that|it right|fair|correct|ok|okay|true|accurate",
      "^ does|do|would|will|is @weekday|tomorrow ...2 work|suit|good|ok|okay",
      -- a choice of slots asked without a question mark: "would 7 or 2 suit better", "would tuesday or
      -- thursday be better"
      "^ would|does|do|will|is|could @weekday|@number|@number_word|morning|afternoon|evening|mornings|afternoons or",
      -- "hows business going, any big challenges right now": "any" and a thing they may have
      "^ any ...1 challenges|problems|issues|worries|headaches|hiccups|blockers|changes",
      "^ does that|this work|sound|make|cover|fit|help" },
    -- a check that ends a line after a plan, a proposal or a pitch ("... sound ok",
    -- "... fair"): closed only there (code); "Makes sense." opening a reply acknowledges
    { id = "closed.check", kind = "closed",
      "^ fair $", "^ sound|sounds ok|okay|good|fair|alright|reasonable|right $", "^ work|works for you $",
      "^ @weekday|morning|afternoon|evening or @weekday|morning|afternoon|evening $",
      "^ that work|works $", "^ ok|okay|alright|good with you $", "^ make|makes sense $" },
    -- a clause that leads into the main one: in "when that happens, what
    -- does it cost you" the main clause's question word decides
    { id = "clause.subordinate", kind = "subordinate",
      "^ when|whenever|once|if|unless|while|until|before|after|since !@aux", "^ as soon as", "^ say|suppose|supposing|assuming|imagine",
      "^ by then", "^ by which|that|this point|time", "^ at that|which|this point",
      -- what it takes: "for the three of you to say yes, what would the demo have to show?"
      "^ for ...6 to",
      "^ besides|beyond", "^ apart|aside from", "^ other than", "^ out of interest|curiosity", "^ just out of interest|curiosity",
      "^ quick|one|another question",
      -- a rewording that leads into the question it means: "I mean hows business been lately?"
      "^ i mean", "^ what i meant|mean is|was" },
    -- where the main question starts after a subordinate clause without a comma
    { id = "clause.main_question", kind = "clause_start",
      "what|how|why|who|where|which|when @aux", "what happens|happened|changes|changed", "tell|walk|talk me|us",
      "what|how|who|where else", "how long|many|much|often|come", "what|who =gets|=goes|=breaks|=stops|=slips",
      "can|could|may|shall i|we" },
    { id = "statement.exclamation", kind = "statement",
      "^ what a|an", "^ how nice|lovely|great|cool|exciting|interesting|awful|annoying|frustrating|funny|strange|wonderful|fantastic|brilliant|kind" },
    -- an apology typed without an apostrophe: "sorry, didnt mean to rush you" tells, it asks nothing
    { id = "statement.denial", kind = "statement",
      "^ did|do|does not mean|want|intend" },
    -- thanks for the call itself: "thanks for taking my call" books no call (code keeps
    -- next_step.action off a call inside it)
    { id = "statement.thanks_for_call", kind = "statement",
      "thanks for taking|picking|returning|answering ...2 my|the|this|your =call|=calls",
      "thank you for taking|picking|returning|answering ...2 my|the|this|your =call|=calls",
      "thanks for the|this|your ...1 =call|=calls", "thank you for the|this|your ...1 =call|=calls" },
    -- our own wording owned: "sorry, I asked that badly", "I put that wrong" (code: no trouble of ours,
    -- no seller_focus)
    { id = "statement.own_wording", kind = "statement",
      "i asked|put|phrased|said|worded|explained|framed ...2 =badly|poorly|wrong|clumsily|awkwardly",
      "that came out =badly|wrong" },
    -- their phrase remarked on: "grey hair's a strong way to put it" (code: no recap)
    { id = "statement.their_wording", kind = "statement",
      "way to put|say|describe it|that $", "way of putting|saying|describing it|that $" },
    -- a compliment about their person: "your dad'd be proud" (code: no benefit)
    { id = "statement.compliment", kind = "statement",
      "your ...2 would|will|must be ...1 proud|chuffed|impressed|thrilled|delighted" },
    -- how we would do it, announced: "then let's do it differently: one project lead from signing..."
    -- opens a plan of ours, no step asked of them (code keeps next_step.proposal off it; "let's do
    -- Tuesday" still proposes)
    { id = "statement.plan", kind = "statement",
      "^ let us|=lets do|run|handle|approach|tackle ...3 differently|properly",
      "^ let us|=lets do|run|handle|approach|tackle it|this|things right",
      "^ let us|=lets do|run|handle|approach|tackle ...3 another|a different way",
      -- "Then let's make it different: one lead from signing to the last tech trained" (r24)
      "^ let us|=lets make it|this|things|that ...1 different|differently|right" },
    { id = "statement.cleft", kind = "statement",
      "^ what|how|why|when|where @cleft_subject", "^ which ...1 means|is|was|makes|meant|lets|gives",
      -- "what's left is getting your director on board"
      "^ what is|was * is|was", "^ what is|was * * is|was",
      -- what weighs on them, said: "what kills you is that the stops come with no warning"
      "^ what !is|was|do|does|did|would|will|can|could|has|have|had|should you|me|us|him|her|them is|was",
      -- what sets the seller apart: "what really sets us apart is our OCR capture"
      "^ what ...1 sets|set|makes|make us|it|this apart|different|unique|special ...1 is|are|was" },

    ---------------------------------------------------------------- probes
    { id = "probe.expand", kind = "probe",
      "expand|elaborate on", "say|tell me|share more", "more about that|this|it|those|them",
      "give me|us an|a|some example|sense|idea", "an example", "example of", "dig into", "dig deeper", "unpack that|this",
      "what else" },
    { id = "probe.why_that", kind = "probe",
      "why is|was that|this", "why do|would you think|suppose|say|feel", "how come", "how so",
      "in what way|ways|sense|respect", "what do|did you mean", "what makes you say|think|feel",
      "what happened", "like what", "such as", "what has changed", "what have|did you tried|try|done", "why now", "why is that important",
      "why does that|this matter", "what is behind|driving|causing that|this|it",
      -- what their point means to them: "what would that mean for you, personally?", "why does
      -- getting this one right matter so much?"
      "what would|does|did|will that|this|it mean for|to you", "why does|do|did ...5 matter|matters so much",
      -- "how long's it been like this?"
      "how long is|has it|that|this been", "how long it|that|this been",
      -- why their point matters to them: "what makes this one so special for you?", "what makes it
      -- mean so much?"
      "what makes|made ...3 so special|important", "what makes|made ...3 mean|matter so much",
      -- what has kept them from acting on it: "what's held you back so far?"
      "what is|has held|holding|kept|keeping you back", "what is|has stopped|stopping you", "what is|has been holding|keeping you back", "what is|has been stopping you",
      -- what lies behind what they just said: "sounds like the kitchen's busy - what's going on?"
      "what is going on $", "what is|has been going on $",
      -- the worst of the trouble they told: "whats the hardest part?"
      "what is the hardest|toughest|worst part",
      -- why it matters now, what makes it hard: "what's making this urgent right now?", "what's
      -- making it so hard to get right?" (docs/labels.md: why it matters now, what caused it)
      "what is|was making|made this|that|it ...1 urgent|pressing|hard|difficult|tricky|tough|important",
      "what is|was making|made this|that|it a priority" },
    -- what brings it up now, after the trouble they told: "ouch, that adds up. What's pushing this to
    -- the top of your list now?" (docs/labels.md: why it matters now). Code: a probe only after a remark
    -- of ours on their line ("that adds up", their words given back); asked straight after their
    -- request or a greeting ("What's prompting this now?" after "I want a demo by Friday") it asks
    -- the motive afresh
    { id = "probe.why_now", kind = "probe",
      "what is|has|was pushing|pushed|driving|drove|bringing|brought|prompting|prompted ...8 now $",
      "what is|has|was got|getting you ...8 now $" },
    -- after they told how it went last time ("the last one sounded good too"): "what would need
    -- to be different this time?" (code: a probe only when their line speaks of a last/previous one)
    { id = "probe.this_time", kind = "probe",
      "different|differently this time", "this time ...2 different|differently", "this time round|around" },
    { id = "probe.back_reference", kind = "probe",
      "@pointer_lead that|those|them|it", "long has|have this", "when|if that|those|this", "they|them|those|he|she|him|her|his", "it|that|them|then|there $", "by|since|until|till then", "by|at which|that point", "in the meantime", "meanwhile",
      "that happens|happened|happening", "the ones", "a|the new|other one",
      "when|if one|it|that|they starts|start|happens|happen|hits|comes|kicks",
      -- their figure pointed at: "running that many crews", "if it went up that much"
      "that many|much" },

    -- a lead-in that picks up their words for the question after it: "let's
    -- start with the rates then. When you see a headline, what goes through
    -- your head?" (a probe when it shares words with what they said)
    { id = "probe.pick_up", kind = "pick_up",
      "let us start|begin with", "going|coming|go|get back to", "back to", "on the subject of",
      "^ you mentioned|said", "^ you brought up", "^ you talked about",
      -- a topic taken up by name: "I'm still curious about Raj", "can I ask about the other worry"
      "curious about", "ask|asking about", "^ you also|earlier mentioned|said" },

    -- docs/labels.md, building on the answer or moving on from it: "What's the timing on the
    -- purchase?" after "I moved eleven times" is a bridge to another part of discovery, a plain
    -- question even when it shares a word with their line (code: a follow-up cue still digs)
    { id = "moves_on.timing", kind = "moves_on",
      "what is|are the|your timing|timeline|timescale|timescales", "how is|are the|your timing|timeline",
      "timing wise", "on the timing", "on timing" },
    -- what someone must see before they say yes: "what would Sam need to see before March?" after
    -- "anything over twenty thousand goes to Sam" asks about the decision, a bridge; after "he'll
    -- want every number" or "she's the one who'd live in it" it builds on what they said of that
    -- person (code: a bridge only when the person asked about is named in their line only after
    -- "to", "for"...: someone the matter goes to, no stance of theirs told)
    { id = "moves_on.must_see", kind = "moves_on",
      "what would|will|does|do|did ...3 need|needs|want|wants to see", "what does|do|would|will ...3 need|needs|want|wants from you|us" },

    -- docs/labels.md, building on the answer or moving on from it: who decides, who else gets a
    -- say, how the decision gets made ("Where does Denise come into a decision like this?", "how
    -- would that decision get made between you?") takes the answer as a bridge to the decision, a
    -- plain question even when it points back at the person their line told of (code: a cue of
    -- its own does not dig; why or how it feels still does). "How are you deciding who gets a
    -- place?" asks how their work is done, not who decides: no pattern ends on an embedded question
    { id = "moves_on.who_decides", kind = "moves_on",
      "who ...5 decide|decides|deciding|decision|decisions $", "who ...5 decide|decides|deciding on|about|between|and|or",
      "who ...5 in|into|on|about|of the|that|this|a decision|decisions",
      "who ...4 make|makes|making the|a|that final|big call|decision", "who ...4 make|makes|making the|that|this|a call|decision",
      "who ...4 a|the|final|any say", "who ...4 weigh|weighs in", "who ...4 sign|signs off", "who ...4 signs|sign it|this off",
      "where|how does|do|did|would|will ...3 come|fit|sit|land|figure ...4 decision|decisions|deciding|decide",
      "what is|was ...2 role|say|part in|on ...3 decision|decisions|deciding|decide",
      "how ...6 decision|decisions|call ...2 get|gets|got|being made",
      "how do|does|will|would|are|is ...4 decide|deciding on|about|between|together", "how do|does|will|would|are|is ...4 decide|deciding $", "how do|does|will|would|are|is ...4 decide|deciding and|or",
      -- "how do you and Tom end up deciding something like this between you?": what is decided, then who
      "how do|does|will|would|are|is ...5 decide|deciding ...4 between|together",
      "how do|does|will|would|are|is ...4 make|making the|that|this|a call|decision|decisions",
      "how do|does|will|would|are|is ...4 make|making decisions" },
    { id = "topic.shift", kind = "topic_shift",
      "switching|switch|shifting|shift|changing|change gears|topics|subject|tack",
      "different|another|new|separate topic|question|subject|note", "separately", "by the way",
      "moving on", "unrelated", "before i forget", "on another|a different|a separate note",
      -- back to something from earlier in the call: not what they just said ("You mentioned the
      -- houses on your street earlier - ...")
      "^ earlier you", "you mentioned|said|brought|talked|raised|flagged ...6 earlier", "from earlier",
      -- "Before we talk about Sam, what have you tried on Line 3?": sets what they just said aside
      -- for later and asks about something else
      "^ before we|i talk|get|go|come|turn about|to|into" },
    -- the stock opener every prospect gets ("so what are your biggest challenges right now?", "what's
    -- the main challenge for the team"): a fresh question even when it names their topic ("...with
    -- dispatch"); only a pointer back in it ("...with that?") follows up. Its own sentence only (code)
    { id = "topic.stock_question", kind = "topic_shift",
      "^ what is|are your|the biggest|main|top|greatest|hardest|key|major challenge|challenges|challange|challanges|chalenge|chalenges",
      "^ what would you say is|are your|the biggest|main|top|greatest|hardest|key|major challenge|challenges|challange|challanges|chalenge|chalenges",
      -- the same stock question about worries: "what would you say is the biggest worry right now?"
      "^ what is|are your|the biggest|main|top|greatest|major worry|worries|concern|concerns",
      "^ what would you say is|are your|the biggest|main|top|greatest|major worry|worries|concern|concerns",
      -- the greeting's question: "how's things?", "how are things going?", "how's business?"
      "^ how is|are things|everything|business|life $", "^ how is|are things|everything|business|life|it going|been ...2 $" },

    ---------------------------------------------------------------- reflections
    -- frames that put their situation in other words: they reflect even when
    -- no word of theirs comes back ("it sounds like people are interested but
    -- something stops them", "so the real worry is that...") when a clause of theirs follows (own_words)
    { id = "reflection.frame", kind = "reflection", own_words = true,
      "sounds|sound like", "it sounds", "seems|seem like", "it seems", "seems as if|though", "^ that|this sounds|seems like",
      "what i am hearing|hear", "i am hearing", "if i understand|understood|heard|follow|got", "if i have got|understood|heard",
      "let me make sure|check", "correct me if", "^ so the real|main|biggest|underlying problem|issue|worry|concern", "in other words", "so what you are saying",
      "you are saying", "what you are saying", "to sum up", "to summarise|summarize|recap", "just to recap",
      "let me recap|summarise|summarize", "if i heard you right|correctly",
      -- their account given back: "from what you've said, the warning has to reach whoever's on shift"
      "^ from what you have|had said|described|told|explained|mentioned" },
    -- frames that need their words (or a feeling) to reflect
    { id = "reflection.summary_frame", kind = "reflection",
      "let me check|see if", "^ so you are|were|feel|felt|have|keep|need|want",
      "^ so you can not", "^ so you do not", "^ so you never", "^ so your", "^ so for you", "^ so basically", "^ so in short",
      "^ so it is|was", "^ so they|he|she are|is|were|was|have|has|keep|keeps", "^ so there is|are|was",
      "^ so this is|was", "^ so in practice|effect|reality|fact it|this is|was",
      -- their figure worked out and given back: "Call it two hundred and forty thousand a year" (code:
      -- a number in it after theirs)
      "^ call it|that",
      -- what the person they named holds or can do, put in our words: "So Denise has a veto", "so he
      -- could sink it", "so Denise got burned too" (their name or a pronoun for them)
      "^ so !@me|@you|@question_word|@back_pointer|there|here|the|a|an has|had|got|gets|could|would|can|will|needs|wants|does|did|holds|owns|decides|calls",
      "that|this sounds ...1 @feelings", "that|this must get|make|be ...1 @feelings", "must get old", "gets old",
      "must have been|felt ...1 @feelings", "must have @feelings",
      "^ so * is|are|was when|where|why|what",
      -- their date or limit named as what it is: "so June is the cut-off"
      "^ so !@question_word ...2 is|are|was the|your @limit_noun",
      -- the same typed "So July's the crunch" (a name's "'s" is read as a possessive and dropped)
      "^ so !@question_word|@me|@you|@back_pointer the|your @limit_noun",
      "a lot to carry|juggle|handle|manage|take", "^ roughly|about|around|approximately ...6 then $",
      "you feel|felt|are feeling", "you are worried|concerned|frustrated|tired|fed|stuck|torn|nervous|anxious|unsure|afraid",
      "you have been|had", "part of you", "on the one hand", "on one hand", "weighing|weighs on you",
      "on your mind", "you are carrying|holding|juggling", "leave|leaves|leaving|left you feeling", "^ you would like|love|prefer|rather",
      "your main|biggest|real|big concern|worry|fear|priority|issue|problem|frustration",
      "the main|real|biggest|big issue|problem|concern|worry",
      "play that|it back", "that must be|feel|have", "must be|feel", "that|this must ...1 hurt|sting|stings|ache",
      "i can imagine", "i can see why|how", "i can tell", "i can hear it|that|how",
      -- their want or feeling called understandable, a loss that stays: "no wonder you want one number that
      -- isn't", "turning that one down must still hurt"
      "no wonder", "must ...1 hurt|sting|stings|ache",
      -- the same, put as what must be: "Your kids have stopped asking - that's got to sting" (r24)
      "that|this|it is|has got to ...1 hurt|sting|stings|ache",
      -- their state called understandable: "makes sense she's gun-shy", "it makes sense that they're wary"
      "^ makes|made sense he|she|they|you",
      -- what anyone in their place would feel: "makes sense, nobody wants to learn a new system mid-close"
      "^ makes|made sense nobody", "^ makes|made sense no one",
      -- what they share, in our words: "makes sense, it's her money as much as yours"
      "^ it is|was her|his|their|your ...2 as much as yours|his|hers|theirs|mine",
      "^ makes|made sense it is|was her|his|their|your ...2 as much as yours|his|hers|theirs|mine", "^ it makes|made sense that|he|she|they|you", "^ understandable that|he|she|they|you",
      -- what weighs for them, called so: "so his blessing really matters", "not knowing is the hardest part"
      "^ so ...4 really|clearly|obviously matters|matter|counts|count", "is|was|are the hardest|worst|toughest part",
      -- what their story comes down to, said: "So this house is really about her getting the steady home"
      "^ so ...3 is|are|was really|all|mostly about",
      -- their story called a picture, then put in our words: "That's a great picture, three
      -- generations in one truck"
      "^ that is|was a|an ...1 great|lovely|beautiful|wonderful|nice picture|image",
      -- who decides, summed up: "the money is a joint call" after "she and I decide at the kitchen table"
      "is|are|was a|an joint|shared|family|group call|decision",
      -- what they told, in words of ours: "Maintenance can't find it" after "maintenance says the
      -- bearings look fine"
      "can|could not find|spot|trace it|anything", "can|could not find|spot|trace the|a cause|fault",
      "nobody can|could find|spot|trace", "no one can|could find|spot|trace",
      -- which loss weighed most, named: "that one stung more than the sixty grand"
      "that|this ...1 stung|stings|hurt|hurts more than",
      -- their state or their person's, called understandable: "makes sense that Raj has to
      -- be on board"
      "^ makes|made sense that" },

    -- their facts given back as the puzzle they are: "the bearings look fine, yet it keeps
    -- stopping", "the roof's been checked but it still leaks" (code: every word before it is
    -- theirs; "it costs a bit more, but it still pays for itself" is our claim)
    { id = "reflection.puzzle", kind = "reflection",
      "yet it|they|he|she|the ...2 keep|still", "but it|they|he|she ...1 still|keep" },

    -- "two days without knowing where it was, that's scary": a feeling named after their point,
    -- in the same sentence (code); "that's tough" on its own acknowledges
    { id = "reflection.remark", kind = "reflection",
      "that|this is|was|sounds ...1 @feelings $", "that is got to be ...1 @feelings" },

    -- what is at stake for them, named in words of our own ("that's a lot riding on eight weeks",
    -- "one chance, that's a lot of pressure", "losing your best tech hurts"): a reflection without
    -- their words (code: no word of the seller's, and not only "it" or their own word after it:
    -- "a lot riding on it"); a bare "ouch", "that's tough" or "wow, that's a lot of money" names nothing
    { id = "reflection.stake", kind = "reflection",
      "a lot riding on", "a lot is|was riding on", "riding on you|your", "a lot at stake", "left on the table",
      -- what it may cost them, in words of ours: "so this could cost you your biggest customer";
      -- the stake made theirs: "it's personal for you too"
      "could|might cost you|them|him|her", "could|might lose you", "is|was personal for|to you|him|her|them",
      "that is|was ...2 a lot to lose|carry|swallow|absorb|juggle|take on",
      "that is|was ...2 a lot of pressure|weight|stress|worry|risk",
      -- the load on them: "midnight with a label gun, that's a lot on you"
      "that is|was ...2 a lot on you|your",
      "that is|was a|an ...1 @feelings conversation|position|spot|place|situation|bind|call",
      "^ losing|missing ...6 hurts|stings|hurt $",
      -- the toll on their people: "that's tough on the family", "that must be hard on you"
      "that|this is|was ...1 @feelings on !@back_pointer", "must be ...1 @feelings on !@back_pointer",
      -- the toll put as what it does to them: "that wears on a family", "that grinds you down"
      "^ that|this|it wears|weighs|grinds on|down !@back_pointer", "can|could not go on forever", "can|could not last ...2 forever",
      -- the feeling named as what it cannot be: "everyone blaming your team can't be comfortable"
      "can|could not be ...1 easy|comfortable|fun|pleasant",
      -- the load named in words of ours: "that's a big thing to be carrying"
      "big|heavy|huge thing|load|weight to ...1 carry|carrying|hold|holding|juggle|juggling",
      -- what their news changes, in words of ours: "forty sites is a whole different operation"
      "is|are|was a whole different|new",
      -- one chance, in other words: "so there's no room for a do-over"
      "no room|margin for|to",
      -- what their figure or their person means to them: "Twelve years - that's more than a tech,
      -- that's a friend gone"
      "that is|was more than a|an|just",
      -- the burden named back as theirs: "and that lands on you", "it all falls to you", "you're
      -- the one who has to carry it"
      "land|fall|fell|rest on|to you", "all on your shoulders", "you are|were the one|ones who|that",
      -- what it does to them, named: "that's wearing you out", "it's grinding the team down",
      -- "that takes it out of you"
      "wear|wore|grind|burn you|him|her|them|your ...1 out|down", "take|took it out of you|him|her|them",
      "take|took a lot out of you|him|her|them",
      "take|took a toll on" },

    -- reassurance is not a reflection: "you're not getting ahead of yourself at all"
    { id = "reassurance", kind = "reassurance",
      "not getting ahead of yourself", "no need to apologise|apologize|worry", "no need to be sorry", "do not apologise|apologize|worry",
      "nothing to apologise|apologize|worry", "not at all", "no worries|problem", "not a problem",
      -- their self-reproach waved away: "Not panicking at all.", "not rambling at all"
      "^ not ...2 at all $",
      -- taking up their "don't promise me anything": "No promises. How do you run dispatch today?"
      -- (docs/labels.md: an acknowledgement before a question makes it no probe by echoing)
      "^ no promises|promise|pitch|pressure",
      "^ you are right|correct", "^ you are not wrong",
      -- agreeing with their person: "she's not wrong";
      -- welcoming their person along: "your dad's welcome to come too"
      "^ he|she|they is|are|was|were not wrong", "is|are ...1 welcome to|too", "sounds|sound like a plan", "^ that|it sounds good|great|perfect|fine" },

    ---------------------------------------------------------------- features, benefits
    -- docs/labels.md, "We can do all of that.": what we can do, pointing at what they just listed, is
    -- a claim about us ("sure, we can do a demo" agrees to a sales step: no "all"), with an ask for
    -- the step after it too ("...all of that. Can we book the demo?": feature and next_step; the
    -- prospect hears the ask, lib.rules' pitches leaves a line with an ask - r24, r25)
    { id = "feature.all_of_that", kind = "feature",
      "^ we can|could|will ...2 do|handle|cover|manage|deliver|support|provide|offer|match|sort all|both|every|each ...1 that|those|this|these|them|of|one $",
      "^ we can|could|will ...2 do|handle|cover|manage|deliver|support|provide|offer|match|sort all|both|every|each $" },
    -- the same claim with a verb of fixing on their thing: "We could definitely help with that", "we
    -- can fix that for you" - what we can do, not an agreement to
    -- a step ("we can do that", "we can do a demo": sets.agree_verb, the code; "Yes, we'll build it
    -- on your invoices" after "Will you build the demo?" agrees to build the demo; "We can build
    -- that." after their list claims it, an ask after it or not: r24 picker 8, skilled 11); "that's exactly
    -- what we fix", "chaos in July is exactly what we'd avoid", "that's exactly the size we work
    -- best with": their point named as what we are for (r24)
    { id = "feature.we_can_fix_that", kind = "feature",
      "^ we can|could ...1 fix|solve|prevent|build that|this|those|them|all",
      "^ we can|could ...1 help with that|this|those|it|them|all",
      "exactly|precisely what we ...1 fix|solve|build|prevent|avoid|specialise|specialize",
      "exactly|precisely what we ...1 do|work best",
      "exactly|precisely the ...2 we ...1 specialise|specialize|fix|solve|build",
      "exactly|precisely the ...2 we ...1 work|do best" },
    { id = "feature.capability", kind = "feature",
      "integrates|integrate with", "connects|connect to|with", "syncs|sync with", "plugs|plug into|straight",
      "comes|come with !no|nothing|warning|little", "out of the box", "as standard", "^ we offer|provide|include|support|deliver|guarantee|host|handle|cover|specialise|specialize|build|install|lock|run|manage|monitor !@back_pointer",
      "we work with", "certified|accredited", "^ we are the only|first|largest|biggest|leading|fastest|cheapest|market|best|top|number",
      "our ...3 is|are used|trusted|relied by|on", "pricing|prices starts|start at|from", "^ we are one of the", "^ we are rated",
      "is|are made from|of|with", "we have ...2 access to", "^ we have ...1 over|hundreds|thousands|@number", "we ...1 have ...4 built|baked in",
      "is why we offer|provide|include|support|deliver|guarantee|have|do|build|built|made|designed|created|added",
      "^ we keep your|the|all|every", "^ we ...1 have|got a|an ...3 that|which", "^ our|ours|the|it ...2 go|goes straight|directly to",
      "^ we ...2 launched|released|introduced", "^ we ...1 rolled out",
      "^ i have helped|sold|placed|installed|supplied|built", "^ i have worked with",
      -- recommending a part of our product: "I think you'd really like the scheduling module"
      "^ you would|will ...1 love|like the|our", "i think|bet|reckon you would|will ...1 love|like the|our",
      -- "what you'd get from us is an early warning..., which means...": the thing itself
      "what you would|will get ...2 is|are a|an|one|our",
      -- a thing we sell put to them with what it would do: "Well a fixed rate would at least mean you
      -- know exactly what your payment is each month" (r24; "the merger would mean..." is theirs: no
      -- product word)
      "^ a|an ...2 @product_noun would|will|could ...2 mean|means|give|gives|let|lets|keep|keeps you|your",
      -- the thing of ours named as the win: "the win would be a warning on the phone of whoever's on
      -- shift days before the extruder goes" ("the win would be getting your Sundays back" names no thing)
      "the win|payoff|prize would|will be a|an|one|our ...2 @product_noun|warning|warnings|alerts|text|texts|report|reports|reminder|reminders|notice",
      "^ you would|will|also have|get @thing_article", "and you would|will|also have|get @thing_article",
      -- "you get a dedicated trainer", "and you get monthly reports": the thing itself
      "^ you get @thing_article|@thing_regular", "and you get @thing_article|@thing_regular",
      "^ we have built|worked|helped|installed|delivered|supplied|served|designed|completed|fitted|placed",
      "our ...5 is|are ...2 registered|certified|accredited|qualified|trained|insured|approved|licensed|vetted|rated|popular|loved|trusted|proven",
      "we have got ...2 engineers|offices|customers|clients|partners|sites|staff|people|branches",
      -- a person we give them: "we have a named engineer", "your dedicated account manager stays with you"
      "^ we have|give|assign|provide a|an|one|your named|dedicated|personal|local|own",
      -- what we have, listed: "we've got dedicated bookkeepers, receipt scanning..."
      "^ we have got|also !to|no|nothing|time|questions|some|you|a|an|@number|@number_word|@meeting_word",
      -- what we have or do, said after a word of telling: "let me just mention we have OCR capture,
      -- three-way matching...", "I'd want Theo to know we print the case barcodes" (not "I know we
      -- have a call at 3", "we have time")
      "=mention|=add|=know|=note|=seen|=heard we have|also !to|no|nothing|time|questions|some|you|a|an|the|got|been|@number|@number_word|@meeting_word|@back_pointer",
      "=mention|=add|=know|=note|=seen|=heard that we have|also !to|no|nothing|time|questions|some|you|a|an|the|got|been|@number|@number_word|@meeting_word|@back_pointer",
      "=mention|=add|=know|=note|=seen|=heard we have got !to|no|nothing|time|questions|some|you|a|an|@number|@number_word|@meeting_word|@back_pointer",
      "=mention|=add|=know|=note|=seen|=heard that we have got !to|no|nothing|time|questions|some|you|a|an|@number|@number_word|@meeting_word|@back_pointer",
      "=mention|=add|=know|=note|=seen|=heard we offer|provide|print|make|supply|build|install|fit|stock|design|deliver|include|support !@back_pointer",
      "=mention|=add|=know|=note|=seen|=heard that we offer|provide|print|make|supply|build|install|fit|stock|design|deliver|include|support|do !@back_pointer|not|it|them",
      -- our things put on theirs: "we put vibration and temperature sensors on your extruders"
      "^ we put|fit|install|mount|place ...4 on|in|onto|into your|each|every",
      -- a list of our things as the subject: "Our receipt scanning, automated tax filing and monthly
      -- reports handle all of that"; what they are made for: "our trays are made for supermarkets"
      "^ our ...9 =handle|=handles|=cover|=covers all|everything|every",
      "our ...3 is|are made|built|designed|engineered for",
      -- what we are: "we're the region's award-winning broker with access to over 90 lenders"
      "^ we are ...3 award winning", "with access to ...2 @number|hundreds|thousands",
      -- an offer of ours: "I've got a great offer this month, 20% off the first quarter"
      "^ i|we have ...1 a|an ...2 offer|discount|deal|promotion|promo !on|from|accepted|in",
      -- how we work: "you'd deal with the same PM the whole time", "I'll put that timeline in
      -- writing for Denise, with the name of the person who'll run it" (a promise in writing alone,
      -- "I'd put that in writing", is no feature)
      "you would|will ...1 deal|work|speak with the|a|one same|single|named|dedicated ...1 person|pm|contact|engineer|manager|team|broker|adviser|advisor|bookkeeper|accountant|technician|coordinator|lead",
      "with the name of the|our person|engineer|manager|pm|lead who",
      -- the work done by itself: "If the matching and the branch approvals run themselves, Raj's team
      -- stops drowning" (not "they run themselves ragged")
      "run|runs|happen|happens|match themselves|itself|automatically !ragged|into|down|out|over",
      "run|runs|happen|happens|match themselves|itself|automatically $",
      -- sensors of ours put on their machines: "We put sensors on machines like your extruder"
      "^ we put|fit|install|mount ...2 sensor|sensors|probes|monitors|trackers|tags on|in|onto",
      -- what the market uses or rates of ours: "our trays are what all the big supermarkets use now",
      -- "our fraud module is honestly the best on the market", "we're usually cheaper than the big guys"
      "our ...3 is|are what ...4 use|uses|buy|buys|choose|chooses|want|wants",
      "our ...3 is|are ...2 the best|cheapest|fastest|leading|lowest|only|top !time|way|thing|bet|part|option|person|place|day|one|question|reason|worry|problem",
      "^ we are ...2 cheaper|faster|quicker|simpler|easier|cheapest|fastest than",
      "^ we ...2 won ...4 award|awards", "^ we ...2 invested in ...2 new",
      -- who runs on us and what they get: "Over 400 HVAC companies run on us", "Our customers typically
      -- cut invoice processing costs by 60 percent"
      "run|runs|rely|relies on us $", "run|runs|rely|relies on us and|with|for|every|today",
      "^ our customers|clients|users ...2 cut|save|reduce|halve|see|get|average ...4 @number",
      -- an offer running: "there's a bundle discount this month"; the fees we waive: "no arrangement fee"
      "there is a|an ...2 discount|promotion|promo|rebate",
      -- "...and there's a bundle deal this month": a deal of ours named by its kind or its time (not
      -- "there's an offer on the house")
      "there is a|an bundle|package|special|introductory|launch|loyalty|seasonal|trade|multibuy ...1 deal|deals|offer|offers|price|pricing|rate",
      "there is a|an ...2 deal|offer|sale on this|next month|week|quarter|season", "there is a|an ...2 deal|offer|sale this|next month|week|quarter|season",
      "no arrangement|setup|booking|exit|hidden fee|fees|charges",
      -- our routing named as the condition: "With approvals going straight to the branch managers, ..."
      "^ with ...3 going straight|directly to",
      -- our range listed: "We've got two, three and five year fixed rates, trackers...", "we have fixed
      -- rates, trackers, offset mortgages", "We've got some really good two year fixes"
      "^ we have ...1 @number|@number_word ...4 rates|fixes|trackers|mortgages|deals|products|plans|packages|models",
      "^ we have ...1 fixed|tracker|trackers|offset ...2 rates|mortgages|fixes|deals|accounts|trackers",
      "^ we have ...1 some ...4 fixes|rates|deals|offers|products|packages",
      -- our things listed as the subject of what they do: "Our wireless vibration sensors, thermal cameras
      -- and AI dashboard catch failures before they happen", "Our shelf-ready trays, GS1 case barcodes
      -- and online proofing portal are exactly what the big chains look for"
      "^ our ...9 =catch|=spot|=flag|=predict|=prevent|=stop failures|problems|issues|faults|breakdowns|errors|duplicates",
      "^ our ...9 is|are exactly|just what",
      "is|are our best seller|sellers|selling", "our ...3 is|are ...1 slick",
      -- who they'd work with: "you'd work with our onboarding team", "you'd have your account manager",
      -- "our onboarding team would take care of you the whole way"
      "you would|will ...1 work|deal with our", "you would|will ...1 have|get your account|project|onboarding|own manager|team|lead|contact",
      "our ...2 team ...2 take care of you",
      -- "So at Tallyhouse we actually do bookkeeping and cash flow forecasts"
      "^ at ...2 we ...1 do|offer|provide|make !@back_pointer|not|it|them|that",
      -- the work we take on: "If we take the barcodes and trays off your hands"; the gap we fill
      "take ...6 off your hands|plate|desk",
      -- the work taken off their own time: "we'd take the books and payroll off your Sundays"
      "we ...1 take ...6 off your sunday|sundays|saturday|saturdays|weekend|weekends|evenings|nights",
      "the gap ...3 =fill|=fills|=closes|=close",
      "we also have|offer|provide|include|support", "^ we also do", "^ we have got a|an !few|couple|minute|moment|question|quick",
      "^ we have a|an|the !@meeting_word ...4 at|from @number",
      -- a product of ours named: "we have a five year fixed rate that...", "we have a predictive
      -- maintenance platform with vibration sensors"
      "^ we have|offer a|an ...4 platform|app|system|product|service|tool|solution|module|rate|fix|mortgage|range|package|sensor|sensors|dashboard|portal|tracker|scheme|programme",
      -- what we can be for them: "we can be that one supplier"
      "^ we can|could|would be that|the|your ...2 one|supplier|partner|provider|vendor",
      -- "one named person who's yours from signing..." (not "I bring the named person")
      "^ one|a named|dedicated|single person",
      -- a claim with a figure: "...cut unplanned downtime by up to 40%"
      "cut|cuts|reduce|reduces|reduced|lower|lowers|save|saves|saved|boost|boosts|improve|improves|halve|halves ...4 by up to @number",
      -- "the leading platform", "the region's number one broker"
      "is|are the leading|market", "^ we are the ...2 number|leading|largest|biggest|top|only",
      "we have just launched|released|introduced", "our new ...3 line|range|product|service|app|platform|module|feature|features|system|portal|press|dashboard|tool|labels|trays|sensors|kit",
      "named|dedicated|personal account manager", "named|dedicated|personal engineer|contact|specialist|coordinator|adviser|advisor|consultant|manager|bookkeeper|accountant|team|expert|technician|broker",
      "^ we take|accept card|cards|payments|bookings|deposits|cash|cheques",
      -- "ours is pretty different", "ours are wireless": "ours" as the subject is the product
      "^ ours is|are",
      -- one of our people at work for them: "a bookkeeper of ours takes the shoebox every week"
      "^ a|an|one ...2 of ours",
      -- what we do, inside a benefit line: "what we do is keep the books current...", "we'd keep your
      -- books current every month and...", "if approvals go straight to the managers' phones..."
      "^ what we do|offer|provide is",
      -- what sets us apart, named: "what really sets us apart is our support team"
      "^ what ...1 sets|set|makes|make us apart|different|unique|special ...1 is|are", "^ we would|will|can keep your|the|all|every",
      "^ if|when|once ...3 go|goes straight|directly to", "^ with ...4 automated|automatically|automatic",
      -- where our warnings land: "alerts go to whoever's on shift", "warnings go straight to the phone of..."
      "^ alerts|alert|warnings|warning|alarms|notifications go|goes|land|lands ...1 to",
      -- our people put to work for them: "we'd have our engineers watch line 3"
      "^ we would|will|can|could have|get our",
      -- who they would deal with: "you'd be dealing with me, from kickoff until...", "you'd have an account manager"
      "you would|will ...1 deal|work with me|us", "you would|will|also have|get a|an ...2 manager|lead|contact|specialist|coordinator|adviser|advisor|broker|bookkeeper|accountant",
      "you would|will get|have a|an|one|your dedicated|named|personal|own",
      -- our offer named as a thing, then what it means for them: "a five-year fix would mean the payment
      -- stays put" (a thing offered, not "a late order means..."); "with us the alerts go to your phone",
      -- "with us you get a dedicated onboarding manager"
      "^ a|an ...4 would|will mean|make", "^ with us|ours ...3 go|goes|come|comes straight|directly|to",
      "^ with us you get|have a|an|one|your dedicated|named|personal|own",
      -- who we are for: "we help small businesses with their finances"
      "^ we help ...3 with",
      -- the offer named doing something for them: "a fixed rate would keep your payment the same"
      "^ a|an ...4 would|will keep|protect|lock|cap|give your|you|the",
      -- the offer we sell as the condition of what follows: "with a tracker your payment would
      -- follow the base rate down", "with an alert system the night shift would hear first" (not
      -- "with a kid on the way...": no thing we sell; not what it would have done in their story,
      -- "with a tracker on it you'd have seen it leave": the outcome alone, a benefit)
      "^ with a|an|our ...2 @product_noun ...3 would|will|could !have",
      "^ with a|an|our ...2 @product_noun ...3 stays|stay|keeps|goes|drops|falls",
      -- the offer named and what it means for them: "an offset deal means your savings cut the
      -- interest", "a shelf-ready tray means your staff..." (the same with would: the rule above)
      "^ a|an ...2 @product_noun|deal means|lets|gives|keeps you|your",
      -- our service turned round or pulled together for them: "we can usually turn a quote around in
      -- a day", "we can pull all of that together for your accountant" (a time or step alone is
      -- agreeing to a step: "we can do Friday")
      "we can|could|will|would ...2 turn ...3 around|round",
      "we can|could|will|would ...2 put|pull|get all|both|everything ...2 together",
      -- their work done without their hands: "the receipts get read without anyone typing them in",
      -- "if orders get booked without your team rekeying them"
      -- what the step will show done on their own things: "so Thursday shows your own orders
      -- booked and invoiced", "the trial would show your line's stops flagged" - ours at work, no
      -- recap of their words ("the demo will show you around" shows nothing of theirs)
      "^ @weekday|demo|trial|pilot ...2 show your", "^ then|so|and @weekday ...2 show your",
      "^ the|this|that|our demo|trial|pilot ...2 show your",
      "get|gets|are|is ...4 without ...3 =keying|=typing|=rekeying|=retyping|=touching|=entering|=chasing",
      -- one person of ours for the whole job: "you'd have the same onboarding manager the whole way
      -- through", "I'll be at the kickoff with one project manager for the whole thing" (code: "you'd
      -- have" opening it is no benefit)
      "you would|will|also have|get the same|one|single ...3 manager|lead|contact|specialist|coordinator|engineer|adviser|advisor|broker",
      "you would|will deal|work with ...4 manager|lead|contact|specialist|coordinator|engineer|adviser|advisor|broker|person",
      -- "what the website doesn't show is our mobile approvals app"
      "^ what ...6 is|are our|ours",
      -- who we are: "we're a big lender with loads of first-time buyer experience"
      "^ we are a|an ...2 lender|bank|broker|company|firm|business|provider|supplier|agency|consultancy|manufacturer|distributor|partner|specialist|team|platform",
      -- the offer named doing something: "fixing the rate would give you one number that stays put"
      "^ fixing|locking|capping|switching ...3 would|will",
      -- our offer recommended: "sounds like a fixed rate would be safest for you then"
      "a|an ...3 would|will be the|your ...1 best|safest|safer|ideal ...2 for you|option|choice|fit|bet",
      "a|an ...3 would|will be best|safest|safer|ideal ...2 for you",
      "same|one|single ...2 manager|lead|contact|specialist|coordinator|engineer ...4 whole|throughout|start|finish|kickoff|beginning",
      -- one person of ours from start to end: "one person from signing to the last tech trained"
      "same|one|single ...2 manager|lead|contact|specialist|coordinator|engineer|person|rep|trainer from signing|kickoff|day|contract|install|installation|onboarding|setup|purchase|launch|go",
      -- one of our people who stays with them: "our engineer stays with your maintenance team after
      -- install", "one person would stay with you the whole way" (not "you stay with us")
      "our|one|same|single|a|your ...2 engineer|manager|person|lead|contact|specialist|coordinator|adviser|advisor|broker|rep|trainer|technician|bookkeeper|accountant ...2 stay|stays|stick|sticks|remain|remains with you|your|them",
      -- where our warnings land, after "our/the": "our warning goes to the phone of whoever's on shift"
      "^ our|the ...2 alerts|alert|warnings|warning|alarms|notifications go|goes|land|lands ...1 to",
      -- our standing claimed: "our onboarding is best in class", "we have a 98% customer satisfaction score"
      "our ...3 is|are ...1 best in class", "our ...3 is|are ...1 second to none", "our ...3 is|are ...1 award winning|industry leading|world class",
      "we have a|an @number ...4 satisfaction|rating|score|record|retention|uptime|success|renewal",
      -- deals of ours on offer: "we have some really good 5 year fixed deals at the moment"
      "^ we have|offer|got some ...6 deals|deal|rates|products|mortgages|plans|packages|tariffs|bundles|offers" },
    -- our standing, our price and what comes with it, in any industry: awards and rankings ("voted best
    -- legal software three years running", "award-winning support", "the market leader for florists"),
    -- who uses us ("used by over 2,000 clinics", "trusted by 300 firms"), a price or an offer ("it's 49 a
    -- month with X and Y included", "25% off the first year", "we're running a promotion", "I can throw in
    -- the setup for free") and what we work with ("about 200 other apps through our marketplace").
    -- Questions ("is training included?") are never features; their costs given back ("so it's costing
    -- you 5k a month") have no price subject
    { id = "feature.standing_and_offer", kind = "feature",
      "voted|rated|named ...1 best|top|number|no", "award winning", "^ award winners", "market|industry|category leader|leaders|leading",
      "^ we are the ...1 leading provider|supplier|platform|choice|name", "^ the leading provider|supplier|platform|choice|name",
      "used|trusted|chosen by ...1 over|more|@number|hundreds|thousands|most|many|@number_word",
      "relied on by ...1 over|more|@number|hundreds|thousands|most|many|@number_word",
      "^ trusted|used|chosen|loved|relied by",
      "@number percent off|discount", "@number off the|your|our|a|first|all|every|list|setup|year|month", "^ i|we ...6 for free", "free of charge", "at no extra|additional cost|charge",
      "i|we ...2 throw|throwing ...1 in", "with ...8 included|thrown", "^ all|everything ...2 included",
      "^ it|that is ...1 @number ...3 a|per|each month|year|week|user|seat|site|person|head|licence|license",
      "^ its|just|only|from ...1 @number ...3 a|per|each month|year|week|user|seat|site|person|head|licence|license",
      "^ starts|starting at|from @number",
      "^ we|i are|am running|doing|offering ...1 a|an|our ...2 promotion|promo|offer|discount|deal|sale",
      "first @number|@number_word|month|year|week|months|weeks ...2 is|are free", "^ first @number|@number_word|month|year|week|months|weeks free",
      "^ the setup|installation|onboarding|delivery|training ...1 is|are free|included", "^ setup|installation|onboarding|delivery|training ...1 is|are free|included",
      "i|we ...2 waive|waiving ...3 fee|fees|charge|charges|cost|costs", "^ rated @number ...3 on|by|out|stars",
      "other|more apps|integrations|connectors|tools ...1 through|via|in|on our",
      "through|via our marketplace|api|integrations|connectors|app store" },

    { id = "benefit.bridge", kind = "bridge",
      "=means|=meaning", "would|will|could|should|can|does|might mean", "would|will|could|should|might at least|also|really mean", "so !@so_not", "so that", "which lets|helps|gives|saves|frees|allows|enables|puts|keeps",
      "that lets|helps|gives|saves|frees|allows|enables|puts|keeps" },
    { id = "benefit.bridge_opening", kind = "bridge", start_ok = true,
      "^ bottom line", "^ the upshot", "^ net result", "^ end result", "^ the result is", "^ that way",
      "^ that|which|this means", "^ with us", "^ for you", "after that",
      "from then on", "from that point", "as a result", "from day one" },
    { id = "benefit.you_get", kind = "benefit",
      "^ you would|will|could|can|might !@not_outcome", "^ you would|will|could|can|might have|get !@thing_article",
      -- something of theirs to carry to the people they answer to: "the discount figure you can take
      -- to the lenders", "a number you could put in front of your board" (r27 cfo picker 8)
      "you can|could|would|will take|bring|show|put ...2 to|before the|your ...1 @answer_to",
      "you can|could|would|will take|bring|show|put ...2 in front of the|your ...1 @answer_to",
      "^ you gain|save|avoid|stop|win|spend|free",
      -- "you get" an outcome ("you get your Sundays back", "you get paid sooner"), not a thing of ours
      -- ("you get a dedicated trainer", "you get monthly reports": feature, docs/labels.md)
      "^ you get !@thing_article|@thing_regular",
      -- where they end up: "you'd be settled well before next AC season", "so you'd be off the label gun"
      "^ you would|will be settled|sorted|free|rid|off|clear|safe|protected|ahead|covered|done|past|home",
      "you are done|sorted|settled|live ...3 before|by|well|long",
      -- certainty had: "the payment the one thing you know for sure", "you'd know where you stand"
      "you know|knew for sure|certain", "you would|will|can know ...3 for sure|certain|where you stand",
      "^ your ...2 would|will|could|can|never|stops|gets|walks|walk|spend|spends|always",
      -- what things we sell mean for them: "our fixed rates mean your payment never changes"
      "our ...2 =mean|=means your ...2 never|always|stays|stay|stops|stop|holds|hold|goes|go",
      "our ...2 =mean|=means you never|can|will|would|stop|save|avoid|know|keep",
      "^ what you would|will|get", "what that|this means for you", "that|this means for you",
      "means for you", "for you that|this means", "puts you in", "helps|saves|frees|spares you|your", "free|frees up your|you", "^ so no more|never",
      -- their trouble gone, said on its own after what the seller does: "No more drives across town."
      "^ no more !questions|question|thanks|for|from|than|of|please|to|need|needed|words|calls|time",
      "=lets|=allows|=enables|=gives you|your ...4 back|never|stop|avoid|instead|without|less|fewer",
      "without you having|needing", "^ with ...6 you would|will|could|can|never|get",
      "^ with ...6 your ...3 would|will|could|never", "you spend|pay|waste less|fewer", "spend|pay less on", "saves|saving you", "so you never", "so you no longer", "you no longer", "you never have to",
      "off your plate|hands|desk", "take|takes ...3 off your",
      -- their time given back: "And your Sunday nights go back to you."
      "your ...3 go|goes|come|comes back to you",
      -- "..., and you start catching that two per cent", "Raj's team would spend less time chasing"
      "^ you start|begin saving|catching|capturing|winning|getting|taking|seeing",
      "would|will spend|waste less|fewer time|hours",
      -- "we could really help cut down that downtime for you", "would give you your evenings back",
      -- "you wouldn't have to chase them anymore", "the win would be ..."
      "help|helps cut|reduce|lower|avoid|prevent|shorten|end ...5 for you", "give|gives you your ...3 back", "get|gets|have your ...3 back",
      "you would|will not have|need to", "no longer have|need to", "^ the win|payoff|upside ...2 would be|is",
      -- what stays put for them: "would keep your payment the same every month", "your payment stays
      -- the same"; a harm that need not come: "a move needn't force a sale", "won't leave you short"
      "keep|keeps your|you ...3 same|steady|stable|predictable|fixed|flat|safe|protected|covered",
      "^ your ...2 stays|stay the same|steady|put|fixed|flat|predictable",
      -- "your payment stays exactly the same"
      "^ your ...2 stays|stay exactly|just|still|pretty|much the same",
      "would|will|need|does|should not force|leave|push you|your", "need not force|mean|cost",
      -- their harm stopped: "a five year fixed that would stop that happening"
      "would|will|could stop|prevent that|this|it happening", "would|will|could stop|prevent that|this|it from happening",
      "would|will give|gives you ...4 stays|stay|same|steady|stable|predictable|certainty|fixed" },

    ---------------------------------------------------------------- next steps
    { id = "next_step.explicit", kind = "next_step",
      "next step|steps", "way forward", "in the|your|my diary|calendar", "pencil in", "pencil * in",
      "lock in a time|date|slot", "raise the|a po|purchase",
      "move forward|ahead", "in return|exchange you|your",
      "good|convenient|best time to meet|chat|talk|speak|catch|sit|visit|come|pop|drop",
      "best way|time to get ...4 together", "get ...4 in the same room", "send * the|an invite|invitation|contract|paperwork|agreement", "send ...1 the|an|a invite|invitation",
      "book * in", "set up a|the|some time|call|meeting|demo|session", "schedule a|the|some",
      -- who comes along: "ideally you, Mark and Raj if they can make it"
      "if|hope you|they|he|she|both|all ...2 can|could make it $",
      -- time asked for as what our offer is worth: "Wouldn't that be worth 30 minutes?"
      "be worth @number|@number_word minutes|mins", "be worth an|half an hour", "worth half an hour",
      -- the deciders asked to commit to a decision: "would the three of you be ready to make a call on
      -- it straight after?", "would you be prepared to sign off on Friday?"
      "^ would|will|could|are|is ...6 ready|prepared|willing to make a|the =call|decision",
      "^ would|will|could|are|is ...6 ready|prepared|willing to decide|commit|sign",
      "^ would|will|could|are|is ...6 ready|prepared|willing to go ahead" },
    { id = "next_step.proposal", kind = "proposal",
      "^ let us", "^ =lets", "^ shall|should i|we", "^ how|what about", "^ what if we|i", "^ why do not we|i",
      "^ would you prefer|rather|like|be", "^ are you open|free|around|available|up",
      "^ want me to", "^ do you want me to", "^ would you like me to",
      "^ when is a good|convenient time", "^ when would be a good|convenient time", "^ when is best",
      "^ what is a good|convenient time|day", "^ what is the best time|day",
      -- someone else's time: "would Theo be free Thursday?", "is your CFO around next week?"
      "^ would|will ...3 be free|around|available", "^ would|will|does|do|is @weekday|tomorrow ...2 work|suit|good|ok|okay", "^ is|are ...3 free|around|available",
"^ when could|can|shall|should we|i", "^ could|can|shall|should|would the|all|both ...2 of us",
      "^ when could|can|would ...4 sit|meet|get",
      "^ can|could we|i !@not_proposal", "^ can|could we|i just book|set|get|grab|schedule|lock|put|pencil",
      -- "does next Tuesday work for all of you?"
      "^ does|do|would|will|is next|this @weekday|week ...3 work|suit|good", "^ can|could you|he|she|they do|make|bring|send|join|come|get|have|pop|drop|set|be",
      -- a person of theirs asked to send or bring something: "could Raj send me a month of invoices
      -- by Wednesday" (a step with a time or a meeting word, r24 cfo skilled 11)
      "^ can|could|would|will * send|bring|forward|email me|us",
      -- the prospect and someone of theirs asked together: "can you and Theo do Tuesday?"
      "^ can|could|would|will you and ...3 do|make|grab|find|spare|give|join|come|meet|sit|get|pop|drop|set|be",
      -- and two of theirs: "Could you, Mark and Raj do Tuesday at ten or Thursday at two?" (r20 cfo picker 8)
      "^ can|could|would|will you ...3 and ...3 do|make|grab|find|spare|give|join|come|meet|sit|get|pop|drop|set|be",
      -- the prospect, theirs and us going round the site together: "could you, Pete and I walk
      -- Line 3 next Tuesday?" (a proposal only with a time or a meeting word, r29 plant picker 9)
      "^ can|could|would|will you ...3 and i|me|us|we walk|tour|visit|see|look",
      "suit|suits you", "work|works for you", "work|suit best|better", "^ will|would you",
      "i would suggest|propose|recommend", "i suggest|propose|recommend",
      "^ we will|could",
      -- a meeting we can put in: "we can do a call next week with your service manager" (a proposal
      -- only with a meeting or a time: "we can do automatic texts" states a feature)
      "^ we|i can do|book|arrange|schedule|sort a|an|the ...2 @meeting_word|demo|walkthrough|visit",
      "^ any chance", "^ is it ok|okay|alright if", "^ would|will|does it work|suit",
      -- "would it help?", "would it help to meet Tuesday?"; "would it help if I sent you a brochure?" is
      -- our offer (next_step.offer): a step only with a meeting (docs/labels.md, an offer is not)
      "^ would|will|does it help $", "^ would|will|does it help !if", "^ would|will|does it help if !i|we",
      "^ does|would|will that|this|it work|suit", "if we could get|have|book|lock|sign",
      "^ would|does it make sense", "^ would it be worth|useful|helpful",
      -- "would a pilot at a few of your branches make sense?"
      "^ would|does ...8 make sense",
      -- "does that earn me the sit-down with you and Denise?"
      "^ does|would|will that|this earn|get me|us",
      -- inviting someone else along: "could your director join us?"
      "^ can|could|would|will your|the ...2 join|attend|come|sit",
      "^ can|could|would|will he|she|they join|attend|come|sit", "^ can|could|would|will * join|attend us|me|in|along",
      -- their person asked into the meeting: "and could Sam join the last half hour?" (r25 plant skilled 8)
      "^ can|could|would|will * join|attend the|a|for|too", "^ can|could|would|will * come along|over",
      -- two of theirs asked to join them: "could Mark and Raj join you for it, Friday at ten?" (r27 cfo picker 9)
      "^ can|could|would|will * and * join|attend you|us|me|in|along",
      -- the whole party asked: "could the three of you give us an hour?"
      "^ could|can|would|will the|all|both ...2 of you",
      -- a choice of two days is an ask: "which suits him better, Thursday or Friday?"
      "@weekday or @weekday ...3 better|best|suit|suits|work|works|good|easier|free",
      "@weekday ...2 or @weekday ...3 better|best|suit|suits|work|works|good|easier|free",
      "better|best|suit|suits|work|works|good|easier|free ...4 @weekday or @weekday",
      "^ @weekday or @weekday $", "which suits|works ...2 better|best",
      -- "Tuesday or Thursday next week?", "Thursday at six or Saturday at ten, which is easier for him?"
      "^ @weekday ...2 or @weekday ...2 $", "@weekday ...2 or @weekday ...5 better|best|suit|suits|work|works|easier",
      "whichever|whatever suits|works", "i|we can|could do|make @weekday",
      -- a trade put as a question: "... and you decide by Friday. Deal?"
      "^ deal $", "do we have a deal", "is that a deal",
      -- time asked for a demo: "do you have five minutes for me to show you?" (r13) asks them to
      -- sit through one now (just "a few minutes to chat" is next_step.needs_time)
      "^ do|does ...3 have ...2 hour|minute|minutes|moment for me|us to show|walk|take|demo" },
    -- time asked for, or a wish to show them: a proposal only with a time (code, r26): "does Theo have
    -- an hour on Thursday?", "I'd love to show you on Friday"; "Do you have a few minutes to chat?"
    -- asks for the call they are on (docs/labels.md, "Asking for time") and "I'd love to show you a
    -- quick demo" wishes to pitch, neither asks them to commit to a step
    { id = "next_step.needs_time", kind = "proposal",
      "^ do|does ...3 have ...2 hour|minute|minutes|moment|slot",
      "i would love|like to show|walk|take|bring you" },
    -- the seller offering to do something: a next step only with a meeting (next_step.action),
    -- not with a time alone or a document ("I'll send the quote over today" asks nothing of them)
    { id = "next_step.offer", kind = "proposal",
      "^ i will send|set|book|put|get|bring|arrange|organise|organize|schedule|pencil|email|invite|share|draft|call|come",
      "^ i can|could send|set|book|get|bring|arrange|organise|organize|schedule|pencil|invite|do",
      "happy to set|book|arrange|send|come", "^ i will build|prepare|run|do|put together",
      -- the offer asked as a question: "would it help if I sent you our rate sheet?" (r25 loyal pitcher 3)
      "^ would|will|does it help if i|we" },
    { id = "next_step.action", kind = "action",
      "demo|demonstration|trial|pilot|meeting|=call|=calls|=calling|visit|viewing|tour|invite|invitation|kickoff|install|installation|audit|assessment|workshop|session|walkthrough|presentation|sandbox|onboarding|showroom",
      "kick off", "follow up", "catch up", "meet again|up|with", "show you around|everything|how it works|our|the ...2 @weekday",
      "show you the|our ...1 app|product|platform|system|software|tool|dashboard|portal", "give|spare us|me ...2 hour|minutes|mins", "get|grab|book ...2 hour|minutes|mins with",
      -- a meeting asked for: "could I get some time with Theo?", "can we find a bit of time with your director?"
      "get|grab|book|find ...3 time with",
      -- time for us to show them: "do you have five minutes for me to show you?"
      "for me|us to show|demo|walk|run you|her|him|them", "set up", "set|setting * up", "=book|=booking|=booked|schedule",
      "bring", "sit down", "join us|me", "be in the|a room",
      -- a video call: "maybe like 30 min on zoom?"
      "on|over zoom|teams|skype|facetime|video", "zoom|teams|video =call|=calls|meeting", "get together", "round a|the table", "have a chat", "a quick|short chat", "on the|your|our calendar|diary", "go through the numbers", "go|walk through it|them|everything", "come and|in|over|by", "drop by|in", "pop in|over|by", "get started",
      -- "shall we get your application started today?"
      "get ...3 started|underway", "go ahead", "introduce|introduction",
      -- a meeting to take them through something ("walk your team through the rollout plan"); "can I
      -- walk you through it / what we do?" asks leave to pitch (docs/labels.md, Offers asked as questions)
      "walk|take you|your|them|him|her|everyone ...1 through !it|this|that|what|how|our|everything|all", "add|pop|put|throw ...4 on|to|onto|in the|your ...1 order" },
    -- documents and signatures: a step when asked for, not when offered
    { id = "next_step.deliverable", kind = "action",
      "contract|paperwork|signature|proposal|quote", "sign|signed|signs", "purchase order", "=po" },
    { id = "next_step.anchor", kind = "anchor",
      "@weekday", "tomorrow|tonight", "next week|month|time|quarter|@weekday",
      "this week|month|afternoon|evening|morning|quarter|@weekday", "end of the|this week|month|quarter",
      "the @ordinal", "@ordinal", "@clock", "later today|this", "after lunch", "first thing",
      "week of", "in a|two|three|few weeks|days", "in a couple of weeks|days", "asap", "same time",
      "by|in|before|until|early|mid|late|end of @month", "by|in|before|until|from|after @month",
      "before|by|after|until|over christmas|easter", "before|by|after|until|over the summer|holidays", "before|by|at year end" },

    ---------------------------------------------------------------- purpose
    { id = "purpose.of_the_call", kind = "purpose",
      "@purpose_noun @meeting_word", "^ our|this|the @meeting_word ...1 is ...1 to understand|learn|see|hear|find|explore", "@purpose_noun !which|where|what|how|when|who|whether|if ...1 @meeting_word", "@meeting_word ...1 @purpose_noun", "^ agenda",
      "^ the|quick|my|our|an agenda", "the reason i|we ...2 here|called|asked|wanted|reached|booked|set|got",
      "reason i|we called|asked|wanted|reached|am|booked", "i am calling|ringing because|about", "i am calling|ringing to see|ask|find|understand|learn", "reason for my|the call", "why i|we called|reached|wanted|asked",
      "out of this|today|our|the @meeting_word", "use this|our @meeting_word", "use today to", "use this|our time", "use|spend our|the|these ...2 minutes",
      "heads up on how", "good|best use of your|our time", "before anything else", "before we go any further",
      "^ in ...2 minutes|mins", "for the next ...2 minutes|mins", "^ today i|we ...2 want|would|am|hope|plan",
      "by|at the end of the|this|our @meeting_word", "at the end we|i|you", "decide whether|if it makes", "decide ...3 makes sense",
      -- the plan for the call, not for their trouble: "here's how we'd handle it: ..." (late in a
      -- call, what we would do about their problem) sets no agenda
      "here is how i|we would|will !handle|fix|solve|tackle|deal|sort|approach|avoid|stop|prevent|get|make|set|roll|help|manage|cover|take|do|go|work|keep|protect|cut|save",
      "here is how i|we want|thought|plan", "here is how today|this|the @meeting_word", "how i would like to run|structure|spend",
      "i have got|have ...2 minutes blocked|booked|scheduled|set", "^ we have * minutes",
      "set|setting expectations",
      -- the two of us agreed on how the call goes: "just so we're on the same page, I've got thirty
      -- minutes" ("Sounds like Lena's on the same page" says where their person stands, r24)
      "we|us|everyone ...2 the same page", "before we start|begin|dive|kick|jump", "before we get going|started", "use|spend the next|our time",
      "out of your hair", "not a|the fit", "not a|the good|right fit", "is not a fit", "whether there is a fit|problem",
      "if there is a fit", "no pressure either way", "not here to sell|pitch", "not to sell|pitch|push",
      "out of your way", "worth a ...2 talk|chat|conversation|call|meeting",
      "@meeting_word is|was ...2 about", "no commitment|commitments|obligation",
      "grab|steal|borrow ...2 minutes|mins to hear|ask|understand|learn|find|catch",
      -- time asked for, as an agenda; time asked to pitch ("Can I take five minutes to show you what
      -- we do?") asks leave to pitch: docs/labels.md, "Offers asked as questions" (r24)
      "^ can|could|may i take|have|grab|steal|borrow|spend ...2 minutes|mins !to", "^ can|could|may i take|have|grab|steal|borrow|spend ...2 minutes|mins $",
      "^ can|could|may i take|have|grab|steal|borrow|spend ...2 minutes|mins to !show|pitch|tell|demo|present|walk|run|introduce|share|explain",
      -- leave asked for the time first: "mind if I take two minutes to check how things are going?"
      "mind if i|we take|have|grab|steal|borrow|spend|use ...2 minutes|mins",
      -- leave asked to check first: "before I put it through, mind if I check a couple of things" (a
      -- thing checked, "mind if I check the address?", asks no agenda)
      "mind if i|we check|ask|cover ...4 things|questions|points|bits first|before|so|to|and|about", "mind if i|we go over ...4 things|questions|points|bits",
      -- the time named and put to use: "I'd like to use twenty minutes to hear how the business is running"
      "like|love|want to use ...2 minutes|mins|hour to",
      -- the exit agreed up front: "if what we do doesn't fit, I'll tell you straight"
      "if ...5 not fit ...3 i|we will|would tell|say|let",
      -- the time they gave put to use: "I'd like to use it to understand how you run things today"
      "like|love|want|wanted to use it|that|them|those ...3 to",
      -- an exit agreed up front: "if there's nothing for us, I'll let you get back to the kitchen"
      "if there is nothing|not|no ...5 say so", "if there is nothing|not|no ...5 tell|let you",
      "if there is nothing|not|no ...5 get out", "if there is nothing|not|no ...5 no harm",
      "if not ...3 say so", "if not ...3 tell|let you",
      -- "if it turns out we can't help, I'll tell you straight"
      "if ...4 can not|cannot help ...3 i will|would tell|say|let",
      -- the time asked for, spent on them: "I'd like to spend twenty minutes hearing how the business runs"
      "like|love|want to spend ...2 minutes|mins hearing|understanding|learning|asking|finding|getting", "if not ...3 get out", "if not ...3 no harm",
      -- "I'll keep it quick" promises time, it states no purpose ("I'll keep it short: I'd like to
      -- understand..." still has one in its other words)
      "^ we help * ...2 cut|reduce|avoid|stop|prevent|lower|fix|speed|save|get|keep|win|grow|find|spend|run|take|manage|handle",
      "will not be pitching|selling|pushing", "i am here to learn|listen|understand|find",
      "i|we|just|mostly|mainly|really|only|also|first|would want|wanted to listen|learn", "^ want|wanted to listen|learn", "let me explain why", "get a feel for", "get a sense|feel|picture of",
      "^ i would ...1 like|love to ...1 understand|learn|listen|hear", "^ i want|wanted to understand|learn|listen",
      -- an agreement on how the call goes: "mind if I ask a few questions first", "...so the order
      -- fits", "before we build it, can I ask..."; asking leave to ask ("Mind if I ask a few
      -- questions?") sets no agenda: docs/labels.md, Asking for time (r25 burned average 1)
      "ask|asking a|you|some ...3 questions first|before|so|to|and|about", "before ...8 ask|asking a|you|some ...3 questions", "^ i|we ask a|you|some ...3 questions", "^ i|we will ask a|you|some ...3 questions", "before ...8 check|cover|go over ...4 things|questions|points|bits",
      -- (one phrase a pattern: "say so|get out" would read as say, so-or-get, out)
      "if i|we can help ...4 say so", "if i|we can help ...4 tell|let you",
      "if i|we|it|this|that am|are|is ...6 say so", "if i|we|it|this|that am|are|is ...6 get out",
      "if i|we|it|this|that am|are|is ...6 tell|let you",
      -- the exit put as our judgement: "if I don't think we can help, I'll tell you straight"
      "if i|we do not think|see ...4 help|fit ...6 say so", "if i|we do not think|see ...4 help|fit ...6 tell|let you",
      "^ i was|am hoping to understand|learn|hear|get|find",
      -- an agenda put in a few words: "Quick plan: I'll ask about...", "what I'd love to do today is
      -- hear about...", "use this coffee to learn...", "I'd like to check the order still fits..."
      "^ quick|short|rough|simple plan", "^ what i would ...1 like|love to do today|here",
      "use this|our|the coffee|lunch|drink|walk to", "if i|we can not help ...3 say so", "if i|we can not help ...3 tell|let you",
      "^ i would ...1 like|love to check ...6 still",
      -- "I just want to go over your situation today and see what we can do for you"
      "^ i ...1 want|wanted to go over|through your situation|circumstances|options|position",
      -- time asked for questions, and leave to say no: "got a couple of minutes for a few quick
      -- questions? Say no if you're flat out."
      "minutes|mins for a|some|few ...2 questions", "minutes|mins for me|us to catch|hear|ask|understand|learn|find", "^ say no if", "feel free to say no",
      "it|this is ...2 worth your time", "^ so ...3 worth your time",
      -- an up-front agreement asked as we: "Could we take twenty minutes to get clear on what
      -- worries you, and then decide together whether it's worth going further?"
      "^ can|could|shall we take|have|spend|use ...2 minutes|mins", "decide together whether|if",
      "whether|if it is worth ...2 going further|taking further|continuing|carrying on" },

    ---------------------------------------------------------------- small talk
    { id = "small_talk.weather", kind = "small_talk", "@weather", "this heat", "the heat is|was|today|outside|out",
      "in the|this heat", "heat wave" },
    { id = "small_talk.travel", kind = "small_talk",
      "traffic on|was|this|coming|getting|jam|nightmare|brutal|terrible|awful|bad",
      "traffic is terrible|awful|bad|brutal|crazy|mad", "the =roads", "the commute", "the drive in", "how was the drive|journey|flight|trip|commute|traffic", "roads were|are", "school holidays|run", "parking" },
    { id = "small_talk.leisure", kind = "small_talk",
      "@leisure", "get away", "over the summer|holidays|break", "any plans for", "long weekend",
      "happy friday|monday|holidays|weekend", "happy new year", "how was your weekend|trip|holiday|break",
      "hope you had|have a good|great|nice|lovely", "hope you are having a good|great|nice|lovely" },
    { id = "small_talk.sport", kind = "small_talk",
      "@sport", "the =game", "are you a ...2 fan", "fan of the", "world cup", "the =match", "the big game" },
    { id = "small_talk.personal", kind = "small_talk",
      "where are you from|based", "are you local", "from around here", "originally from", "grew up", "grow up",
      "@nice city|town|spot|view|office|part|day|morning|afternoon|evening|weekend",
      "are you into", "=music", "=band", "=bands", "five a side", "day out there", "@pet", "my @family", "how is|are|was your @family",
      "in the background", "view from your|the office|terrace|window|balcony|desk|garden|roof|top", "what are you reading", "bookshelf", "good book", "@food",
      -- their profile as chat: "I saw on LinkedIn you went to Penn State" ("I'm the LinkedIn guy" says
      -- who we are: r25 coffee skilled 1)
      "saw|seen|noticed|read ...3 linkedin", "linkedin post|posts|profile",
      "^ how are you $", "^ how are you doing|today|keeping", "^ how is your day|week|weekend|morning", "^ how have you been" },

    ---------------------------------------------------------------- seller focus
    { id = "seller.own_pressure", kind = "seller",
      "my quota|target|targets|numbers|commission|bonus|pipeline|review|quarter|boss|manager|job|territory",
      -- "my monthly targets closing this week", "trying to get all my key accounts onto the new range"
      "my|our ...1 quota|target|targets|commission|bonus|pipeline",
      "trying|aiming|pushing|looking|hoping to get|move|switch|bring|convert|sign|hit|make ...4 my|our ...1 accounts|customers|clients|quota|target|targets|numbers|book",
      "our quota|target|targets|numbers|commission|bonus|pipeline|quarter",
      "my sales|line manager|director|lead", "quota", "breathing down my|our", "kill me", "on my back",
      "need this deal|one|sale|signed|closed|win", "really need this|a win|the deal", "quick win",
      "a win here|for us", "great logo", "new in this|the|my role|job", "new here", "new at|to this", "new to the job|role", "still learning|figuring|getting", "only rep",
      "short staffed|handed", "been trying to get|reach|meet", "growth target", "pushing us|me",
      "help us|me hit|close|make|out", "help us|me a lot", "would help us|me a lot|out|hit|close",
      "i am|we are under ...2 pressure", "pressure on me|us", "pressure from my|our",
      "need ...3 case study|studies", "i have got|have ...1 target|targets|quota|quotas",
      -- "I've got a lot of targets this month so I get excited"
      "i have|got a lot|bunch|load|ton of target|targets|quota|quotas", "i have got a lot|bunch|load|ton of target|targets|quota|quotas",
      -- "I'm actually on a team target for it this quarter": a target the seller is held to
      "i am ...2 on a|my|our|the ...1 target|targets|quota|quotas", "we are ...2 on a|our|the ...1 target|targets|quota|quotas",
      "i have|got so|too many target|targets", "i have got so|too many target|targets", "keen to bring|close",
      -- the seller's own life getting in the way: "we have a new baby at home so im a bit slow on email"
      "i am ...2 slow|behind on|with my|email|emails|replies|messages" },
    { id = "seller.owned_trouble", kind = "trouble",
      "mess|chaos|hectic|mad|crazy|=busy|swamped|slammed|nightmare|headache|=badly|struggling|rough|stretched|pressure",
      "problem|problems|issue|issues|delay|delays", "lost|losing", "stressed", "broke down", "missed",
      "rotten|awful|terrible|bad|long|hard|tough week|day|month|morning|year", "can not seem to", "off * feet",
      "struggling to hire|recruit|keep|find", "short of", "understaffed|overstretched", "behind", "shortage" },

    ---------------------------------------------------------------- rubric cues (no label)
    -- The rubric (docs/rubric.md) scores these; they never change a label.
    -- When several rules of one kind hit a line, the evidence (the words the
    -- rubric quotes) comes from the first-listed rule: list by priority.
    { id = "motive.why", kind = "motive",
      "why is that important", "why is that a priority", "why does that matter", "why now",
      "trying to accomplish|achieve", "hoping|want to achieve", "what is driving",
      "important to you", "matter to you", "what would it|that mean" },
    { id = "cost_of_inaction.ask", kind = "cost_of_inaction",
      -- not "if you don't mind me asking"; not "what's it costing you", the
      -- cost of the problem, not of leaving it
      "if you do not !mind", "nothing changes", "do nothing",
      -- "...and nothing's changed, where does that leave you" ("nothing is changed", "nothing has really changed")
      "nothing is|has|had ...1 =changed|different|moved", "if you wait", "cost|costing ...3 wait|waiting",
      "what happens if", "stays the same",
      -- the problem still there later: "if Q3 comes and you're still at eleven days, what happens then?"
      "if ...8 still ...8 what happens|happen|then",
      -- "say the close is still at eleven days when the lenders come in, where does that leave you?"
      "if|say|suppose|imagine ...8 still !want|wants|need|needs|like|keen|interested ...8 where does|would|will that|this|it leave", "what happens ...6 if|when ...8 still", "what happens then",
      -- the risk come true, then where it leaves them: "say the offer is not there by then, where does that
      -- leave you?", "if Harlow walks, where would that leave you?" (not "if you do not mind me
      -- asking"; nor "if you still want Raj there": a wish is no risk)
      "if|say|suppose|imagine ...8 not !mind|want|wants|need|needs|like|keen|interested|care|think|sure ...9 where does|would|will that|this|it leave",
      "if|say|suppose|imagine ...8 fail|slip|miss|lose|lost|bounce|reject|collapse|walks|walked|cancel ...8 where does|would|will that|this|it leave",
      -- the same risks asked as what happens then: "and if the offer isn't through by then, what happens to you
      -- and Tom?" (r18 homebuyer skilled 9), "if Harlow walks, what happens?" (not "if you don't mind me asking,
      -- what happens...": no risk)
      "if|say|suppose|imagine ...8 not !mind|want|wants|need|needs|like|keen|interested|care|think|sure ...9 what happens|happen",
      "if|say|suppose|imagine ...8 fail|slip|miss|lose|lost|bounce|reject|collapse|walks|walked|cancel ...8 what happens|happen",
      "if ...6 keeps|keep ...8 what happens|happen", "if ...6 goes|go on|wrong ...8 what happens|happen", "if ...6 keeps|keep ...8 what does that mean",
      -- the problem going on, then what it puts at risk: "If Harlow keeps getting late deliveries, what's
      -- at stake for you?" (r25 plant_downtime picker 5)
      "if ...6 keeps|keep|continues|continue ...8 what ...3 at stake|risk", "if ...6 keeps|keep|continues|continue ...8 what ...3 riding on",
      -- the risk come true, then what it would cost: "if that first delivery did get bounced, what would
      -- it actually cost you?" (as "what happens if that first delivery comes back?")
      "if ...6 get|gets|got|goes|go|went|happen|happens|happened|comes|come|fail|fails|slips|slip ...8 what would|will ...3 =cost|mean",
      -- the same condition set as a supposition, its question after a dash or a comma: "say the first
      -- delivery did come back - what would that cost you?" (r19 loyal_customer skilled 7); only at the
      -- start of a sentence, so "I'd say it comes down to timing - what would that mean?" is no condition
      "^ say|suppose|imagine ...6 get|gets|got|goes|go|went|happen|happens|happened|comes|come|fail|fails|slips|slip ...8 what would|will ...3 =cost|mean",
      -- the same risk come true, then where it leaves them: "And if that first delivery did get sent back,
      -- where would that leave you?" (r26 loyal_customer picker), "say it does come back - where does that
      -- leave you?"
      "if ...6 get|gets|got|goes|go|went|happen|happens|happened|comes|come|fails|slips ...8 where does|would|will that|this|it leave",
      "^ say|suppose|imagine ...6 get|gets|got|goes|go|went|happen|happens|happened|comes|come|fails|slips ...8 where does|would|will that|this|it leave" },
    -- approving or a budget of the purchase, not of their work: "is that
    -- mostly because of approvals?" (their invoices' approvals) or "is
    -- overtime a big part of your budget?" asks nothing of how they buy
    { id = "buying_process.who", kind = "buying_process",
      "who decides", "who else", "who makes", "decision", "sign|signs off",
      -- who else has a say, as the rubric names it: "Who besides him would have a say in something like
      -- this?" (r21 plant_downtime skilled 8), "who other than you gets a say?"
      "who ...4 have|has|get|gets|had a say",
      -- who has a say, however far the say is from the who and whatever verb holds it: "who besides
      -- you and your director would have a say?" (r27 plant_downtime skilled 6), "Apart from you,
      -- who'd want a say in how the new packaging gets decided?" (r27 loyal_customer skilled 8), "who
      -- gets the final say?"
      "who ...9 a|the|any|final say",
      -- "who's deciding on the packaging?", "who will decide?", "who'd be the one to decide?"; not
      -- "who decided to start the business?", their history
      "who ...8 =decide|=deciding|=decides",
      -- decided as what happens to the purchase: "who'd have a hand in how it gets decided?"
      "who ...9 get|is|be|being =decided",
      -- who else takes part or has to agree: "who would need to be involved?", "who needs to see
      -- the numbers?", "who has to sign?"
      "who ...6 =involved", "who ...4 need|needs|have|has to see|sign|agree|approve",
      "who ...4 =approve|=approves|=approval|=approved",
      "spend|purchase|investment|deal|project|budget ...3 =approve|=approved|=approval",
      "=approve|=approved|=approval ...3 spend|purchase|investment|this|something|budget",
      "need|needs|get|getting|require|requires|seek ...3 =approval|=approved",
      -- what the one who approves would need to see to say yes: "What would the ops director need to see
      -- to approve a fix?" (r25 plant_downtime picker 6)
      "need|needs|want|wants|have|has to see|hear|know ...3 =approve|=approves|sign|back",
      "need|needs|want|wants|have|has to see|hear|know ...3 say yes", "need|needs|want|wants|have|has to see|hear|know ...3 go ahead",
      -- what someone else would need to see, the one who approves or backs it: "What would he need to
      -- see before he'd put his name behind something on Line 3?" (r27 plant_downtime skilled 7), "what
      -- does your dad want to see?"; not "what would you need to see?", what she herself wants from it
      "what would|will|does|do|did !you|i|we ...2 need|needs|want|wants to see" },
    { id = "buying_process.budget_and_time", kind = "buying_process",
      "budget for|set|allocated|approved|holder|owner|cycle|line|available|aside",
      -- the budget of the purchase, not of their household: "what's your monthly budget like?" asks
      -- what she can afford each month, not how they buy
      "have|got|is there|set ...3 budget", "what is the|your budget",
      "what is the|your !monthly|weekly|household|family|personal budget",
      "what is the|your * !monthly|weekly|household|family|personal budget", "how much budget",
      "by when", "timeline|timeframe", "time frame", "procure|procurement",
      -- when they need the change, as "by when": "When would you need to be able to see two months
      -- ahead, realistically?", "when do you need it in place?"
      "when ...3 =need|=needs", "how soon",
      -- the date they want it by, the "by" closing the question: "When would you two want this sorted
      -- by?" (r21 coffee_owner skilled 11), "when do you want it done by?"; not "when did you start doing this by hand?"
      "when ...8 by $", "when ...4 =want|=wants|=like|=hoping|=hope|=expect ...4 by",
      "buying process", "involved in" },
    -- a decision named by its verb: "when does Theo have to make the call", "make up her mind" (the
    -- "call" in it is no meeting: code keeps next_step.action off it)
    { id = "buying_process.decide", kind = "buying_process",
      "make|makes|made|making the|that|this|a|their|her|his|your ...1 call",
      "whose|your|her|his|their call",
      -- their verdict named: "what would it have to show you for you to call it a success?"
      "call it|that|this a|an success|win|failure|result", "make|makes|made|making ...2 decision|decisions|choice",
      "make|makes|made|making up * mind", "make|makes|made|making * mind up" },
    { id = "specific.when", kind = "specific",
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday", "tomorrow", "next|this week",
      "morning|afternoon", "=minutes", "an hour" },
    { id = "specific.in_the_diary", kind = "specific", "calendar|diary" },
    { id = "specific.who", kind = "specific",
      "cfo|ceo|director|=manager|=managers", "your boss", "head of", "engineer", "finance" },
    { id = "specific.what", kind = "specific",
      "demo", "=proposal|=proposals", "pilot|trial|quote", "site visit", "visit", "workshop",
      "walkthrough", "walk through", "=assessment|=assessments", "audit" },
    { id = "vague_ending.leaves_it_to_them", kind = "vague_ending",
      "let me know if", "feel free to", "reach out", "get back to me", "leave it with you",
      "touch base", "circle back", "give me a shout", "whenever you are ready", "drop me a line",
      "keep me posted", "keep in touch" },
  },

  -- Plain lists the C code reads as they are: lower-case text, matched word
  -- for word (no stems, no contractions written out, no @sets or patterns).
  -- Most decide which of the prospect's cues a trainee line follows up, for
  -- the rubric's listening score (engine/core/session_cues.c); the last
  -- and seller_words also how a line is heard (hear_clause.c). Every list
  -- must be here (an empty list turns its check off); a malformed entry
  -- stops the load with this file's name and line.
  lists = {
    -- Counts: a cue's word that is one of these (or starts with a digit)
    -- does not bring the cue back. "Eleven that the auditor found" does not
    -- bring back "our month-end close takes eleven days". One word each.
    number_words = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
      "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
      "million",
    },
    -- The names of a set-up (rule closed.wh_fact): a fact question that asks
    -- for one ("what system are you using for AP?", "which vendors?")
    -- qualifies them and follows up no cue it shares a word with. One word
    -- each; its plural with "s" counts too.
    setup_names = {
      "software", "system", "tool", "app", "platform", "program", "crm", "erp",
      "package", "provider", "supplier", "vendor", "lender", "bank", "brand",
    },
    -- The seller speaking of themselves ("we", and "we'd", "we're"...): a
    -- remark with one of these ("Our sensors would warn you before a Sunday
    -- call-out") pitches; it gives none of their words back. One word each.
    -- Also, when a line is heard (engine/core/hear_clause.c): a pitch, then
    -- a question with one of these ("...over ten thousand first-time
    -- buyers. Have you heard of us before?") asks about the seller, so the
    -- pitch's words count for no topic. Whole words there, not "we're".
    seller_words = { "we", "our", "ours", "us" },
    -- An offer of the seller's ("Sure, I can send her a quote", "OK, I'll
    -- double it", "let me check") names no cue of theirs, whatever words it
    -- shares: a clause that opens with an offer_openers entry and a space,
    -- after any number of offer_fillers (and commas, dots, dashes).
    offer_fillers = {
      "sure", "ok", "okay", "yes", "yeah", "yep", "great", "fine", "right",
      "alright", "absolutely", "no problem", "no worries", "of course", "got it", "perfect",
      "cool", "and", "so", "then",
    },
    offer_openers = {
      "i'll", "i will", "i can", "i could", "we'll", "we will", "we can",
      "we could", "let me", "let us", "i'm going to", "i am going to",
    },
    -- A question clause with one of these points back at what they said
    -- ("how much time does that take you?", "the ones you mentioned"): with
    -- one word of a cue it is about that cue. One word each.
    back_pointers = {
      "that", "this", "those", "these", "it", "them", "there", "mentioned",
      "said",
    },
    -- Set phrases whose word means nothing of a cue: { phrase, its word to
    -- blank } before a clause's words are matched with a cue's ("get
    -- everyone on board" is no board of directors, "right now" no one being
    -- right).
    idioms = {
      { "on board", "board" }, { "right now", "right" },
      { "right away", "right" }, { "all right", "right" },
      -- "one" counting or picking out, no "big one": "if you could change one thing about the books,
      -- what would it be?" (r21 coffee_owner average 10) follows no "I passed on a big one"
      { "one thing", "one" }, { "no one", "one" }, { "one of", "one" }, { "which one", "one" },
      { "one more", "one" }, { "one day", "one" }, { "one way", "one" },
      -- a kind of maintenance is a programme, not the maintenance team: "Do you guys have a
      -- preventive maintenance program in place?" (r23 plant_downtime average 4) names no
      -- "Maintenance says the bearings look fine"
      { "preventive maintenance", "maintenance" }, { "preventative maintenance", "maintenance" },
      { "predictive maintenance", "maintenance" }, { "planned maintenance", "maintenance" },
      { "routine maintenance", "maintenance" },
      -- stock phrases of the seller's own talk: "No worries, we'll do the form later" gives back
      -- no worry of theirs, "What's your timeline looking like?" no one who likes something, "Is
      -- that right?" no one being right (r26 homebuyer_rates average 4 and 8, picker 4)
      { "no worries", "worries" }, { "no worry", "worry" },
      { "looking like", "like" }, { "look like", "like" }, { "looks like", "like" },
      { "is that right", "right" }, { "am i right", "right" }, { "is this right", "right" },
    },
    -- How a typed line is heard (engine/core/hear_clause.c): a question
    -- clause with one of these points back at what came before it ("What
    -- would she need to see?", "How did that happen?", "Is it the same
    -- one?"), so the lead-in before it counts for the intent it names. One
    -- word each.
    answer_pointers = {
      "he", "she", "him", "her", "they", "them", "it", "that", "this",
      "those", "there", "same",
    },
  },
}
