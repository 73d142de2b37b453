/* voice: the prospect's lines spoken aloud for a room (`--voice`), with
 * espeak-ng. Optional twice over: the build has it only when espeak-ng's
 * headers were there (Debian libespeak-ng-dev), and it needs its voice
 * data at run time; either way voice_create() says in one line what is
 * missing, and the call goes on without a voice.
 *
 * Speaking never blocks the window: voice_say() hands the line to a helper
 * thread that synthesises it and queues the sound on an SDL audio device; a
 * new line cuts the one still being spoken. Each persona gets one voice,
 * chosen from the scenario's persona.voice hint (see voice_choose). */
#ifndef COACH_UI_VOICE_H
#define COACH_UI_VOICE_H

#include <stdbool.h>

#include "error.h"

typedef struct Voice Voice;

/* The espeak-ng settings a persona speaks with. */
typedef struct VoiceStyle {
    char name[32];   /* espeak-ng voice and variant, "en-us+f3" */
    int rate;        /* words a minute (espeak-ng: 80..450; 175 is its normal) */
    int pitch;       /* 0..100, 50 normal */
} VoiceStyle;

/* The style for a persona: hint words choose (persona.voice, free text):
 * "woman", "female", "she" or "man", "male", "he" the voice; "fast",
 * "brisk", "clipped", "terse", "busy", "hurry" speed it up and "slow",
 * "calm", "warm", "measured" slow it down; "anxious", "high", "young",
 * "chatty" raise the pitch and "low", "deep", "dry", "gruff", "sceptic"
 * lower it. The persona's name picks among the variants, so two personas
 * rarely sound alike, and one always sounds the same. */
void voice_choose(const char *persona_name, const char *hint, VoiceStyle *style);

/* Starts espeak-ng (its voice data from data_dir/espeak-ng-data, NULL:
 * espeak-ng's own; espeak-ng starts once a process, with the first one
 * given) and, when play is true, a sound device and the speaking thread.
 * NULL with err when espeak-ng is not in this build, its data is not there,
 * or it cannot start. A missing sound
 * device is not an error: voice_device_error() says why nothing is heard.
 * Caller: voice_destroy(). */
Voice *voice_create(const char *data_dir, bool play, CoachError *err);
/* Stops speaking, waits for the thread, closes the device. NULL is a no-op. */
void voice_destroy(Voice *voice);

/* Why the sound device could not be opened ("" when it was, or play was false). */
const char *voice_device_error(const Voice *voice);

/* The persona whose lines come next (strings are read during the call). */
void voice_set_persona(Voice *voice, const char *persona_name, const char *hint);
const VoiceStyle *voice_style(const Voice *voice);

/* Speaks text (copied) on the helper thread, cutting any line still being
 * spoken; returns at once. */
void voice_say(Voice *voice, const char *text);
/* True while a line is being synthesised or is still queued for the device. */
bool voice_busy(const Voice *voice);

/* Synthesises text in the current persona's voice into a 16-bit mono WAV
 * file at path (waits for the speaking thread's line first). *seconds is
 * the sound's length. 0, or a negative COACH_E* code with err. */
int voice_write_wav(Voice *voice, const char *text, const char *path, double *seconds, CoachError *err);

#endif
