/* play: the play screen, where the call happens. It owns the running
 * session, the text box, which of options and typing has the focus, the
 * transcript's scroll, and the scenario file's watcher; it lays the screen
 * out (header, brief, transcript, the live scores panel, the answer area)
 * and turns keys into session calls. It reads session state and calls the
 * session's input functions only: scoring, routing and logging stay in
 * engine/core.
 *
 * Options are shown in the session's seeded order (ses_choice_order) with
 * none lit, so Enter is never the answer by default; they are picked with
 * the number keys (their place on the screen), ↑↓ then Enter, or the
 * mouse; letters never pick. On a turn that takes options and typing, Tab moves
 * between them; in the window, typing a letter starts a line too, but in
 * projector mode typing is a mode of its own (Tab), so a room that types
 * "Can you…" sends that line, never an option.
 *
 * The parts it draws have their own files: play_transcript (the
 * conversation and the prospect's current line), play_answer (options,
 * text box, end card), play_scores (the live scores panel); reload has the
 * watcher and replay. */
#ifndef COACH_UI_PLAY_H
#define COACH_UI_PLAY_H

#include <SDL.h>
#include <stdbool.h>

#include "error.h"
#include "session.h"
#include "startup.h"
#include "view.h"
#include "voice.h"

typedef struct Play Play;

/* A play screen without a session. startup (borrowed, must outlive it)
 * gives the analyser and opens sessions; watch_event is the user event type
 * its file watcher pushes (0: no watcher). NULL when out of memory.
 * Caller: play_destroy(). */
Play *play_create(Startup *startup, Uint32 watch_event);
void play_destroy(Play *play);

/* The clock the call's clock reads, in milliseconds (NULL: SDL_GetTicks64;
 * tests freeze it); the current call's clock starts again from 0. */
void play_set_clock(Play *play, Uint64 (*now_ms)(void));

/* Speaks each new line of the prospect with voice (borrowed; NULL: silent),
 * in the voice of the session's persona. */
void play_set_voice(Play *play, Voice *voice);

/* Starts a fresh session on the scenario at path and shows it; -1 with err
 * (the previous session, if any, stays). */
int play_open(Play *play, View *view, const char *path, CoachError *err);
/* Shows session (taken: play_destroy or the next open frees it), started
 * on the scenario at path. */
void play_install(Play *play, View *view, Session *session, const char *path);
/* Ends the session (already logged) and stops watching its file. */
void play_close(Play *play);

/* Loads the scenario again and replays the trainee's answers into it (F5,
 * or the watcher); on an error the old session goes on and the banner says
 * why. */
void play_reload(Play *play, View *view);
/* The watcher's 1 Hz event arrived: reloads when the file changed, and
 * asks for a frame when the call's clock shows another second (the only
 * redraw a running clock costs). */
void play_watch_tick(Play *play, View *view);

/* Input on the play screen. */
ViewAction play_handle_key(Play *play, View *view, const SDL_KeyboardEvent *key);
void play_handle_text(Play *play, View *view, const char *text);
void play_handle_editing(Play *play, View *view, const char *text);
/* The wheel at x, y: over options that do not all fit, it moves the lit
 * one (as ↑↓ do); elsewhere it scrolls the transcript (lines > 0: up). */
void play_handle_wheel(Play *play, View *view, int lines, int x, int y);
/* A left click at x, y: an option picks it, the text box takes the focus,
 * the brief opens or closes. */
void play_handle_click(Play *play, View *view, int x, int y);
/* The mouse moved to x, y: an option under it is lit. */
void play_handle_motion(Play *play, View *view, int x, int y);

/* Try again: a new session of the same scenario and seed that replays the
 * trainee's lines 1 to from_turn - 1 of the current call and waits for
 * line from_turn (1: the whole call again); its log links to the call it
 * retries (ses_begin_retry). The current session is closed. -1 with err
 * (the current call goes on) when it cannot be. */
int play_retry(Play *play, View *view, size_t from_turn, CoachError *err);

/* Draws the play screen. */
void play_render(Play *play, View *view);

/* The session (borrowed; NULL when none). */
const Session *play_session(const Play *play);
/* True while the text box has the focus and the turn takes typing. */
bool play_text_focused(const Play *play);
/* What is typed in the box (borrowed, valid until the next event). */
const char *play_typed_text(const Play *play);

#endif
