/* play: the play screen's state, input and layout (see play.h). */
#include "play.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "live.h"
#include "play_answer.h"
#include "play_scores.h"
#include "play_hear.h"
#include "play_transcript.h"
#include "reload.h"
#include "textbox.h"

#define PLAY_PATH_BYTES 4096
#define PROJECTOR_TYPING_HINT "To type a line of your own, press Tab first; the number keys pick an option."

typedef enum Focus { FOCUS_TEXT, FOCUS_CHOICES } Focus;

/* The brief is open until the trainee's first line, then one line, unless
 * the trainee opened or closed it (F2, or a click on it). */
typedef enum BriefMode { BRIEF_AUTO, BRIEF_OPEN, BRIEF_CLOSED } BriefMode;

struct Play {
    Startup *startup;             /* borrowed: the analyser, opening sessions */
    Session *session;
    char path[PLAY_PATH_BYTES];   /* the scenario file of the session */
    TextBox box;
    Focus focus;
    size_t order[PLAY_ANSWER_MAX_OPTIONS]; /* the options in the order shown (ses_choice_order) */
    size_t shown;                 /* how many of them are shown */
    bool lit;                     /* an option is chosen for Enter (none when a turn starts) */
    size_t highlight;             /* ... the one shown highlight-th */
    int scroll;                   /* transcript pixels scrolled up from the newest */
    int scroll_max;
    bool confirm_quit;            /* Esc was pressed once */
    BriefMode brief;
    bool hearing;                 /* F3: the author's view of how the line in the box would be heard */
    PlayHear hear;
    ReloadWatch watch;
    Voice *voice;                 /* borrowed; NULL: silent */
    size_t spoken;                /* 1 + the turn last spoken (0: none yet) */
    Uint64 (*now_ms)(void);       /* the clock the call's clock reads */
    Uint64 started_ms;            /* when the call began (a reload goes on with it) */
    Uint64 ended_ms;              /* when it ended (0: still on) */
    char clock_drawn[32];         /* the clock as the last frame showed it */
    /* where the last frame put what the mouse can hit */
    PlayAnswerHits hits;
    SDL_Rect brief_rect;
    SDL_Rect answer_rect;
};

Play *play_create(Startup *startup, Uint32 watch_event)
{
    Play *play = calloc(1, sizeof *play);
    if (play == NULL)
        return NULL;
    play->startup = startup;
    play->now_ms = SDL_GetTicks64;
    textbox_init(&play->box);
    reload_watch_init(&play->watch, watch_event);
    return play;
}

void play_destroy(Play *play)
{
    if (play == NULL)
        return;
    play_hear_reset(&play->hear);
    reload_watch_stop(&play->watch);
    ses_destroy(play->session);
    free(play);
}

const Session *play_session(const Play *play)
{
    return play->session;
}

const char *play_typed_text(const Play *play)
{
    return play->box.text;
}

/* ---- the session's life ------------------------------------------------------------ */

/* Gives a session started without an analyser (by the start-up helper) its
 * analyser, before the trainee's first answer. */
static int ensure_session_analyzer(Play *play, CoachError *err)
{
    if (play->session == NULL || ses_has_analyzer(play->session))
        return 0;
    const Analyzer *analyzer = startup_analyzer(play->startup, err);
    if (analyzer == NULL)
        return -1;
    return ses_set_analyzer(play->session, analyzer, err) == 0 ? 0 : -1;
}

/* Loads path and starts a fresh session on it with the shared analyser. */
static Session *session_begin(Play *play, const char *path, CoachError *err)
{
    const Analyzer *analyzer = startup_analyzer(play->startup, err);
    if (analyzer == NULL)
        return NULL;
    return startup_open_session(play->startup, path, analyzer, err);
}

static void focus_for_state(Play *play)
{
    SesState state = play->session != NULL ? ses_state(play->session) : SES_FAILED;
    /* none lit: Enter is never the answer by default; the order is the
     * session's, so a retry or a reload shows the same */
    play->highlight = 0;
    play->lit = false;
    play->shown = 0;
    if (state == SES_AWAIT_CHOICE) {
        size_t count = ses_choice_order(play->session, play->order, PLAY_ANSWER_MAX_OPTIONS);
        play->shown = count < PLAY_ANSWER_MAX_OPTIONS ? count : PLAY_ANSWER_MAX_OPTIONS;
    }
    if (state == SES_AWAIT_CHOICE && ses_choice_count(play->session) > 0)
        play->focus = FOCUS_CHOICES;
    else
        play->focus = FOCUS_TEXT;
}

void play_set_clock(Play *play, Uint64 (*now_ms)(void))
{
    play->now_ms = now_ms != NULL ? now_ms : SDL_GetTicks64;
    play->started_ms = play->now_ms();
    play->ended_ms = 0;
}

/* Seconds the call has run (stopped at its end). */
static double call_seconds(const Play *play)
{
    Uint64 until = play->ended_ms != 0 ? play->ended_ms : play->now_ms();
    return until > play->started_ms ? (double)(until - play->started_ms) / 1000.0 : 0;
}

void play_set_voice(Play *play, Voice *voice)
{
    play->voice = voice;
}

/* Speaks the prospect's current line once (a reload that replays to the
 * same line stays quiet). */
static void speak_current(Play *play)
{
    if (play->voice == NULL || play->session == NULL)
        return;
    size_t current = play_transcript_current(play->session);
    if (current >= ses_turn_count(play->session) || current + 1 == play->spoken)
        return;
    play->spoken = current + 1;
    voice_say(play->voice, ses_turn(play->session, current)->text);
}

static void after_turn(Play *play, View *view)
{
    speak_current(play);
    play->scroll = 0;
    play->confirm_quit = false;
    focus_for_state(play);
    SesState state = play->session != NULL ? ses_state(play->session) : SES_FAILED;
    if ((state == SES_ENDED || state == SES_FAILED) && play->ended_ms == 0)
        play->ended_ms = play->now_ms(); /* the clock stops with the call */
    else if (state == SES_AWAIT_TEXT || state == SES_AWAIT_CHOICE)
        play->ended_ms = 0;
    if (play->session != NULL && ses_state(play->session) == SES_FAILED) {
        const CoachError *failure = ses_error(play->session);
        if (failure != NULL)
            view_banner_from_error(view, "The scenario stopped: ", failure);
        else
            view_set_banner(view, true, "The scenario stopped with an error.");
    }
    view->dirty = true;
}

void play_install(Play *play, View *view, Session *session, const char *path)
{
    reload_watch_stop(&play->watch);
    ses_destroy(play->session);
    play->session = session;
    snprintf(play->path, sizeof play->path, "%s", path);
    textbox_init(&play->box);
    play->brief = BRIEF_AUTO;
    play->spoken = 0;
    play->started_ms = play->now_ms();
    play->ended_ms = 0;
    if (play->voice != NULL) {
        const ScnInfo *info = scn_info(ses_scenario(session));
        voice_set_persona(play->voice, info->persona_name, info->persona_voice);
    }
    view->banner[0] = '\0';
    after_turn(play, view);
    reload_watch_start(&play->watch, play->path);
}

int play_open(Play *play, View *view, const char *path, CoachError *err)
{
    Session *session = session_begin(play, path, err);
    if (session == NULL)
        return -1;
    play_install(play, view, session, path);
    return 0;
}

int play_retry(Play *play, View *view, size_t from_turn, CoachError *err)
{
    if (play->session == NULL || play->path[0] == '\0')
        return err_set(err, COACH_ESTATE, NULL, 0, "there is no call to try again");
    char path[PLAY_PATH_BYTES];
    snprintf(path, sizeof path, "%s", play->path);
    Session *fresh = session_begin(play, path, err);
    if (fresh == NULL)
        return -1;
    const Session *old = play->session;
    size_t replayed = 0;
    if (ses_seed(fresh) != ses_seed(old)) {
        ses_destroy(fresh);
        return err_set(err, COACH_ESTATE, path, 0, "the call was played with another seed: it cannot be replayed");
    }
    if (ses_begin_retry(fresh, ses_id(old), ses_input(old, 0), ses_input_count(old), from_turn, &replayed, err) !=
        COACH_OK) {
        ses_destroy(fresh);
        return -1;
    }
    play_install(play, view, fresh, path);
    if (from_turn <= 1)
        view_set_banner(view, false, "The same call again, from the start.");
    else if (replayed == 1)
        view_set_banner(view, false, "Trying again from your line %zu: line 1 is replayed as you said it.", from_turn);
    else
        view_set_banner(view, false, "Trying again from your line %zu: lines 1 to %zu are replayed as you said them.",
                        from_turn, replayed);
    return 0;
}

void play_close(Play *play)
{
    reload_watch_stop(&play->watch);
    ses_destroy(play->session);
    play->session = NULL;
    play->path[0] = '\0';
}

void play_reload(Play *play, View *view)
{
    if (play->path[0] == '\0')
        return;
    reload_watch_mark(&play->watch, play->path);
    CoachError err;
    err_clear(&err);
    Session *fresh = session_begin(play, play->path, &err);
    if (fresh == NULL) {
        view_banner_from_error(view, "Reload failed, still playing the previous version: ", &err);
        return;
    }
    size_t total = 0;
    bool script_error = false;
    err_clear(&err);
    /* the same call goes on in fresh (one log, the reload noted in it) */
    size_t done = play->session != NULL ? ses_reload(fresh, play->session, &total, &script_error, &err) : 0;
    if (script_error) {
        ses_destroy(fresh);
        view_banner_from_error(view, "Reload failed while replaying, still playing the previous version: ", &err);
        return;
    }
    ses_destroy(play->session);
    play->session = fresh;
    textbox_init(&play->box);
    after_turn(play, view);
    if (done == total)
        view_set_banner(view, false, "Reloaded %s; replayed your %zu answer%s.", play->path, total,
                        total == 1 ? "" : "s");
    else
        view_set_banner(view, false, "Reloaded %s; the scenario changed, so only %zu of %zu answers were replayed.",
                        play->path, done, total);
}

/* The call's clock as the header shows it. */
static void clock_text(const Play *play, char *out, size_t size)
{
    live_clock_text(call_seconds(play), out, size);
}

void play_watch_tick(Play *play, View *view)
{
    if (play->path[0] != '\0' && reload_watch_changed(&play->watch, play->path))
        play_reload(play, view);
    /* the clock: a frame when its second changed, not more (the tick is 1 Hz) */
    char clock[32];
    clock_text(play, clock, sizeof clock);
    if (play->session != NULL && play->ended_ms == 0 && strcmp(clock, play->clock_drawn) != 0)
        view->dirty = true;
}

/* ---- answering ---------------------------------------------------------------------- */

static void answer_text(Play *play, View *view)
{
    if (play->session == NULL || textbox_is_blank(&play->box))
        return;
    SesState state = ses_state(play->session);
    if (!(state == SES_AWAIT_TEXT || (state == SES_AWAIT_CHOICE && ses_accepts_text(play->session))))
        return;
    CoachError err;
    err_clear(&err);
    if (view->banner[0] != '\0' && !view->banner_error)
        view_clear_banner(view);
    view->answer_started = SDL_GetPerformanceCounter();
    if (ensure_session_analyzer(play, &err) != 0) {
        view_banner_from_error(view, "", &err);
        return;
    }
    if (ses_answer_text(play->session, play->box.text, play->box.length, &err) != 0 &&
        ses_state(play->session) != SES_FAILED) {
        view_banner_from_error(view, "", &err);
        return;
    }
    view->answer_done = SDL_GetPerformanceCounter();
    textbox_init(&play->box);
    after_turn(play, view);
}

/* Picks the option shown at position (from the top, 0-based). */
static void answer_choice(Play *play, View *view, size_t position)
{
    if (play->session == NULL || ses_state(play->session) != SES_AWAIT_CHOICE || position >= play->shown)
        return;
    size_t index = play->order[position];
    CoachError err;
    err_clear(&err);
    if (view->banner[0] != '\0' && !view->banner_error)
        view_clear_banner(view);
    /* The key that picked may also produce a text event: drop it. */
    SDL_FlushEvents(SDL_TEXTEDITING, SDL_TEXTINPUT);
    view->answer_started = SDL_GetPerformanceCounter();
    if (ensure_session_analyzer(play, &err) != 0) {
        view_banner_from_error(view, "", &err);
        return;
    }
    if (ses_answer_choice(play->session, index, &err) != 0 && ses_state(play->session) != SES_FAILED) {
        view_banner_from_error(view, "", &err);
        return;
    }
    view->answer_done = SDL_GetPerformanceCounter();
    after_turn(play, view);
}

/* ---- input ------------------------------------------------------------------------------ */

static void paste(Play *play, View *view)
{
    if (!SDL_HasClipboardText())
        return;
    char *text = SDL_GetClipboardText();
    if (text == NULL)
        return;
    textbox_insert(&play->box, text, strlen(text));
    SDL_free(text);
    view->dirty = true;
}

/* Index of the choice a key picks, or -1: digits 1-9. (Never letters:
 * they begin words, and a room typing "Can you" must not pick option C.) */
static int choice_key(SDL_Keycode sym)
{
    if (sym >= SDLK_1 && sym <= SDLK_9)
        return (int)(sym - SDLK_1);
    if (sym >= SDLK_KP_1 && sym <= SDLK_KP_9)
        return (int)(sym - SDLK_KP_1);
    return -1;
}

static bool brief_is_open(const Play *play)
{
    if (play->brief != BRIEF_AUTO)
        return play->brief == BRIEF_OPEN;
    for (size_t i = 0; play->session != NULL && i < ses_turn_count(play->session); i++)
        if (ses_turn(play->session, i)->trainee)
            return false;
    return true;
}

static void toggle_brief(Play *play, View *view)
{
    play->brief = brief_is_open(play) ? BRIEF_CLOSED : BRIEF_OPEN;
    view->dirty = true;
}

/* Esc: once asks to confirm, twice ends the call; after the call, leaves.
 * Before the trainee's first line there is nothing to score or log: back
 * to the menu at once. */
static ViewAction escape_key(Play *play, View *view, bool playing)
{
    ViewAction action = VIEW_STAY;
    if (!playing) {
        action = ses_state(play->session) == SES_ENDED ? VIEW_TO_DEBRIEF : VIEW_TO_MENU;
    } else if (ses_input_count(play->session) == 0) {
        view_clear_banner(view);
        action = VIEW_TO_MENU;
    } else if (!play->confirm_quit) {
        play->confirm_quit = true;
        view_set_banner(view, false, "Press Esc again to end the call now (it will be scored as abandoned).");
    } else {
        CoachError err;
        err_clear(&err);
        if (ses_quit(play->session, &err) != 0) {
            view_banner_from_error(view, "", &err);
        } else {
            view_clear_banner(view);
            action = VIEW_TO_DEBRIEF;
        }
    }
    view->dirty = true;
    return action;
}

/* Keys that edit the text box; false when key is none of them. */
static bool edit_key(Play *play, View *view, SDL_Keycode sym, bool ctrl)
{
    switch (sym) {
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        answer_text(play, view);
        break;
    case SDLK_BACKSPACE:
        textbox_backspace(&play->box);
        break;
    case SDLK_DELETE:
        textbox_delete(&play->box);
        break;
    case SDLK_LEFT:
        textbox_left(&play->box);
        break;
    case SDLK_RIGHT:
        textbox_right(&play->box);
        break;
    case SDLK_HOME:
        textbox_home(&play->box);
        break;
    case SDLK_END:
        textbox_end(&play->box);
        break;
    case SDLK_v:
        if (ctrl)
            paste(play, view);
        break;
    default:
        return false;
    }
    return true;
}

ViewAction play_handle_key(Play *play, View *view, const SDL_KeyboardEvent *key)
{
    SDL_Keycode sym = key->keysym.sym;
    bool ctrl = (key->keysym.mod & KMOD_CTRL) != 0;
    SesState state = play->session != NULL ? ses_state(play->session) : SES_FAILED;
    bool playing = state == SES_AWAIT_TEXT || state == SES_AWAIT_CHOICE;
    bool can_type = state == SES_AWAIT_TEXT || (state == SES_AWAIT_CHOICE && ses_accepts_text(play->session));
    size_t choices = state == SES_AWAIT_CHOICE ? play->shown : 0;
    int page = view->height / 2;

    if (sym == SDLK_F5) {
        play_reload(play, view);
        return VIEW_STAY;
    }
    if (sym == SDLK_F2) {
        toggle_brief(play, view);
        return VIEW_STAY;
    }
    if (sym == SDLK_F3) {
        play->hearing = !play->hearing;
        view->dirty = true;
        return VIEW_STAY;
    }
    if (sym == SDLK_PAGEUP || sym == SDLK_PAGEDOWN) {
        play->scroll = view_clamp(play->scroll + (sym == SDLK_PAGEUP ? page : -page), 0, play->scroll_max);
        view->dirty = true;
        return VIEW_STAY;
    }
    if (sym == SDLK_ESCAPE)
        return escape_key(play, view, playing);
    if (play->confirm_quit) {
        play->confirm_quit = false;
        view_clear_banner(view);
    }
    if (!playing) {
        if (state == SES_ENDED && (sym == SDLK_RETURN || sym == SDLK_KP_ENTER))
            return VIEW_TO_DEBRIEF;
        return VIEW_STAY;
    }
    if (sym == SDLK_TAB && choices > 0 && can_type) {
        play->focus = play->focus == FOCUS_TEXT ? FOCUS_CHOICES : FOCUS_TEXT;
        view->dirty = true;
        return VIEW_STAY;
    }
    if (key->repeat != 0 && (sym == SDLK_RETURN || sym == SDLK_KP_ENTER || choice_key(sym) >= 0))
        return VIEW_STAY; /* a held key must not answer the next turn too */
    if (play->focus == FOCUS_CHOICES && choices > 0) {
        int picked = choice_key(sym);
        if (picked >= 0 && (size_t)picked < choices) {
            answer_choice(play, view, (size_t)picked);
        } else if (sym == SDLK_UP || sym == SDLK_DOWN) {
            /* the first arrow lights the top (↓) or the bottom (↑) option */
            if (!play->lit)
                play->highlight = sym == SDLK_DOWN ? 0 : choices - 1;
            else if (sym == SDLK_UP && play->highlight > 0)
                play->highlight--;
            else if (sym == SDLK_DOWN && play->highlight + 1 < choices)
                play->highlight++;
            play->lit = true;
        } else if ((sym == SDLK_RETURN || sym == SDLK_KP_ENTER) && play->lit) {
            answer_choice(play, view, play->highlight); /* with none chosen, Enter does nothing */
        }
        view->dirty = true;
        return VIEW_STAY;
    }
    if (can_type && edit_key(play, view, sym, ctrl))
        view->dirty = true;
    return VIEW_STAY;
}

bool play_text_focused(const Play *play)
{
    if (play->session == NULL || play->focus != FOCUS_TEXT)
        return false;
    SesState state = ses_state(play->session);
    return state == SES_AWAIT_TEXT || (state == SES_AWAIT_CHOICE && ses_accepts_text(play->session));
}

void play_handle_text(Play *play, View *view, const char *text)
{
    if (play->focus == FOCUS_CHOICES && play->session != NULL && ses_state(play->session) == SES_AWAIT_CHOICE &&
        ses_accepts_text(play->session)) {
        if (!view->projector) {
            /* typing on a choice turn that also takes typed lines: start the line */
            play->focus = FOCUS_TEXT;
        } else if (!(text[0] >= '0' && text[0] <= '9') && strcmp(view->banner, PROJECTOR_TYPING_HINT) != 0) {
            /* in a room, typing is a mode of its own: say how to enter it */
            view_set_banner(view, false, "%s", PROJECTOR_TYPING_HINT);
        }
    }
    if (play_text_focused(play)) {
        textbox_compose(&play->box, NULL);
        textbox_insert(&play->box, text, strlen(text));
        view->dirty = true;
    }
}

void play_handle_editing(Play *play, View *view, const char *text)
{
    if (play_text_focused(play)) {
        textbox_compose(&play->box, text);
        view->dirty = true;
    }
}

static bool inside(SDL_Rect rect, int x, int y);

void play_handle_wheel(Play *play, View *view, int lines, int x, int y)
{
    if (lines != 0 && inside(play->answer_rect, x, y) && play->focus == FOCUS_CHOICES &&
        play->hits.count < play->shown) {
        /* options out of view: the wheel walks through them */
        if (!play->lit)
            play->highlight = lines < 0 ? 0 : play->shown - 1;
        else if (lines > 0)
            play->highlight = play->highlight > 0 ? play->highlight - 1 : 0;
        else if (play->highlight + 1 < play->shown)
            play->highlight++;
        play->lit = true;
        view->dirty = true;
        return;
    }
    play->scroll = view_clamp(play->scroll + lines * view->unit * 3, 0, play->scroll_max);
    view->dirty = true;
}

static bool inside(SDL_Rect rect, int x, int y)
{
    return rect.w > 0 && x >= rect.x && x < rect.x + rect.w && y >= rect.y && y < rect.y + rect.h;
}

/* The option under x, y (-1: none). */
static int option_at(const Play *play, int x, int y)
{
    for (size_t i = 0; i < play->hits.count; i++)
        if (inside(play->hits.options[i], x, y))
            return (int)(play->hits.first + i);
    return -1;
}

void play_handle_click(Play *play, View *view, int x, int y)
{
    if (inside(play->brief_rect, x, y)) {
        toggle_brief(play, view);
        return;
    }
    if (play->session == NULL)
        return;
    int option = option_at(play, x, y);
    if (option >= 0) {
        play->focus = FOCUS_CHOICES;
        play->highlight = (size_t)option;
        play->lit = true;
        answer_choice(play, view, (size_t)option);
        view->dirty = true;
    } else if (inside(play->hits.box, x, y) && play->focus != FOCUS_TEXT) {
        play->focus = FOCUS_TEXT;
        view->dirty = true;
    }
}

void play_handle_motion(Play *play, View *view, int x, int y)
{
    int option = option_at(play, x, y);
    if (option >= 0 && play->focus == FOCUS_CHOICES && (!play->lit || (size_t)option != play->highlight)) {
        play->highlight = (size_t)option;
        play->lit = true;
        view->dirty = true;
    }
}

/* ---- drawing ------------------------------------------------------------------------------ */

/* The brief and the goal of the call, open or as one line, in a strip at y
 * across width; returns its height. */
static int draw_brief(View *view, const ScnInfo *info, bool open, int x, int y, int width)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    const char *brief = info->brief != NULL ? info->brief : "";
    const char *purpose = info->purpose != NULL ? info->purpose : "";
    int label_w = draw_text_width(view->draw, DRAW_SMALL_BOLD, "YOUR GOAL") + unit;
    int text_w = width - 2 * pad - label_w;
    int sy = y + pad / 2;
    if (!open) {
        char line[1200];
        draw_ellipsize(view->draw, DRAW_SMALL_BOLD, purpose, text_w, line, sizeof line);
        int strip_h = draw_line_height(view->draw, DRAW_SMALL_BOLD) + pad;
        draw_fill(view->draw, (SDL_Rect){x, y, width, strip_h}, unit / 2, theme->surface_alt);
        draw_text(view->draw, DRAW_SMALL_BOLD, "YOUR GOAL", x + pad, sy, 0, theme->muted);
        draw_text(view->draw, DRAW_SMALL_BOLD, line, x + pad + label_w, sy, 0, theme->text);
        return strip_h;
    }
    int bw, bh, gw, gh;
    draw_text_size(view->draw, DRAW_SMALL, brief, text_w, &bw, &bh);
    draw_text_size(view->draw, DRAW_SMALL_BOLD, purpose, text_w, &gw, &gh);
    int strip_h = bh + gh + unit / 3 + pad;
    draw_fill(view->draw, (SDL_Rect){x, y, width, strip_h}, unit / 2, theme->surface_alt);
    draw_text(view->draw, DRAW_SMALL_BOLD, "BRIEF", x + pad, sy, 0, theme->muted);
    draw_text(view->draw, DRAW_SMALL, brief, x + pad + label_w, sy, text_w, theme->text);
    sy += bh + unit / 3;
    draw_text(view->draw, DRAW_SMALL_BOLD, "YOUR GOAL", x + pad, sy, 0, theme->muted);
    draw_text(view->draw, DRAW_SMALL_BOLD, purpose, x + pad + label_w, sy, text_w, theme->text);
    return strip_h;
}

/* The key hint for the state of the call. */
static int draw_footer(Play *play, View *view)
{
    SesState state = ses_state(play->session);
    bool brief_open = brief_is_open(play);
    const char *brief = brief_open ? "hide the brief" : "show the brief";
    if (state == SES_ENDED) {
        const ViewKey keys[] = {{"Enter", "see the debrief"}, {"PgUp/PgDn", "scroll"}, {"F11", "full screen"}};
        return view_draw_footer(view, keys, sizeof keys / sizeof keys[0]);
    }
    if (state != SES_AWAIT_TEXT && state != SES_AWAIT_CHOICE) {
        const ViewKey keys[] = {{"F5", "reload the scenario"}, {"Esc", "back to the menu"}, {"F11", "full screen"}};
        return view_draw_footer(view, keys, sizeof keys / sizeof keys[0]);
    }
    char pick[32];
    size_t n = ses_state(play->session) == SES_AWAIT_CHOICE ? ses_choice_count(play->session) : 0;
    snprintf(pick, sizeof pick, n > 1 ? "1–%zu" : "1", n > 9 ? (size_t)9 : n);
    bool typing_too = n > 0 && ses_accepts_text(play->session);
    if (n > 0 && play->focus == FOCUS_CHOICES) {
        const ViewKey keys[] = {{pick, "pick"},
                                {typing_too ? "Tab" : "↑↓ Enter", typing_too ? "type your own" : "choose and pick"},
                                {"Esc Esc", "end the call"},
                                {"PgUp/PgDn", "scroll"},
                                {"F2", brief},
                                {"F5", "reload"},
                                {"F11", "full screen"}};
        return view_draw_footer(view, keys, sizeof keys / sizeof keys[0]);
    }
    const ViewKey keys[] = {{"Enter", "send your line"},
                            {n > 0 ? "Tab" : "Esc Esc", n > 0 ? "back to the options" : "end the call"},
                            {n > 0 ? "Esc Esc" : "PgUp/PgDn", n > 0 ? "end the call" : "scroll"},
                            {"F2", brief},
                            {"F3", play->hearing ? "back to the call" : "how it is heard"},
                            {"F5", "reload"},
                            {"F11", "full screen"}};
    return view_draw_footer(view, keys, sizeof keys / sizeof keys[0]);
}

void play_render(Play *play, View *view)
{
    const Session *session = play->session;
    int unit = view->unit, pad = unit;
    const ScnInfo *info = scn_info(ses_scenario(session));
    char subtitle[800];
    snprintf(subtitle, sizeof subtitle, "On the call: %s%s%s%s%s", info->persona_name ? info->persona_name : "the prospect",
             info->persona_role && info->persona_role[0] ? ", " : "", info->persona_role ? info->persona_role : "",
             info->persona_company && info->persona_company[0] ? " at " : "",
             info->persona_company ? info->persona_company : "");
    LiveFacts facts;
    live_facts(session, &facts);
    clock_text(play, play->clock_drawn, sizeof play->clock_drawn);
    const char *title = info->title != NULL ? info->title : "Scenario";
    char full[300], turn[80], found[160];
    live_turn_text(&facts, play->clock_drawn, turn, sizeof turn);
    /* no scores panel in a classroom: how many targets are found goes in
     * the header (counted, never named) */
    if (view->projector && facts.target_count > 0)
        snprintf(found, sizeof found, "%s  ·  %zu of %zu found", turn, facts.targets_found, facts.target_count);
    else
        snprintf(found, sizeof found, "%s", turn);
    snprintf(full, sizeof full, "%s  ·  %s  ·  %s", found, view_difficulty_name(info->difficulty),
             view->projector ? "classroom mode" : "practice");
    /* the turn and the clock matter more than the rest: they stay when it does not fit */
    int header_room = view->width - 3 * pad - draw_text_width(view->draw, DRAW_TITLE, title);
    const char *right = draw_text_width(view->draw, DRAW_SMALL, full) <= header_room    ? full
                        : draw_text_width(view->draw, DRAW_SMALL, found) <= header_room ? found
                                                                                         : turn;
    int y = view_draw_header(view, title, subtitle, right);
    y += view_draw_banner(view, y);
    int bottom = draw_footer(play, view) - pad / 2;

    int content_x = pad, content_w = view->width - 2 * pad;
    /* the scores panel: not in projector mode, nor when the window is too narrow for it */
    int side_w = view->projector || view->width < unit * 42 ? 0 : view_clamp(view->width * 24 / 100, unit * 11, unit * 16);
    int main_w = content_w - (side_w > 0 ? side_w + pad : 0);
    y += pad * 3 / 4;
    int brief_h = draw_brief(view, info, brief_is_open(play), content_x, y, content_w);
    play->brief_rect = (SDL_Rect){content_x, y, content_w, brief_h};
    y += brief_h + pad * 3 / 4;
    if (side_w > 0)
        play_scores_draw(view, session, &facts, (SDL_Rect){content_x + main_w + pad, y, side_w, bottom - y});

    /* from the bottom up: the answer area, the prospect's current line
     * pinned above it, and what room is left for the lines before */
    PlayAnswer answer = {session, &play->box, play->focus == FOCUS_TEXT, play->order, play->lit, play->highlight};
    int box_lines = 0;
    int room = bottom - y;
    int answer_h = play_answer_height(view, &answer, main_w, &box_lines);
    int current_h = play_transcript_current_height(view, session, main_w);
    int min_current = current_h < room * 2 / 5 ? current_h : room * 2 / 5;
    if (answer_h > room - min_current)
        answer_h = room - min_current; /* the options scroll; the prospect's line stays */
    if (current_h > room - answer_h)
        current_h = room - answer_h;
    int answer_y = bottom - answer_h;
    int current_y = answer_y - current_h;
    SDL_Rect transcript = {content_x, y, main_w, current_y - y - unit / 4};
    if (play->hearing && transcript.h > unit * 2 && ses_accepts_text(session))
        play_hear_draw(&play->hear, view, play->session, play->box.text, play->box.length, transcript);
    else if (transcript.h > unit * 2)
        play_transcript_draw(view, session, transcript, &play->scroll, &play->scroll_max);
    else
        play->scroll_max = 0;
    if (current_h > 0)
        play_transcript_draw_current(view, session, (SDL_Rect){content_x, current_y, main_w, current_h});
    play->answer_rect = (SDL_Rect){content_x, answer_y, main_w, answer_h};
    play_answer_draw(view, &answer, play->answer_rect, box_lines, &play->hits);
}
