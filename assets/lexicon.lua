-- Lexicon for the move analyser (first draft; the full shape follows).
return {
  phrases = {
    open_question = { "what", "how", "why", "tell me", "describe", "walk me through", "help me understand" },
    closed_question = { "do you", "does", "is it", "are you", "can you", "will you", "how many", "which", "who" },
    probe = { "why is that", "expand on", "example", "how long has", "tell me more" },
    reflection = { "sounds like", "what i'm hearing", "if i understand", "so you're saying" },
    feature = { "our platform", "we offer", "integrates", "uptime", "quality" },
    benefit = { "which means you", "so you can", "you'd get", "for you" },
    next_step = { "next step", "next week", "thursday", "friday", "call", "pilot" },
    purpose = { "purpose of", "agenda", "is that fair" },
    small_talk = { "weather", "weekend", "traffic", "game" },
    seller_focus = { "quota", "my manager", "my boss" },
  },
}
