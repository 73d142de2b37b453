/* voice: the prospect's lines spoken with espeak-ng (see voice.h).
 *
 * espeak-ng keeps one global synthesiser: it is started once a process
 * (starting it again after espeak_Terminate can hang in espeak-ng 1.51), and
 * every call into it holds voice->synth_lock; only one Voice exists at a
 * time. A line is synthesised by espeak_Synth and espeak_Synchronize, which
 * returns once espeak-ng's own thread has handed every sample to synth_sink
 * (the device's queue, or a buffer for a WAV file). */
#include "voice.h"

#include <SDL.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef COACH_HAVE_ESPEAK
#include <espeak-ng/speak_lib.h>
#endif

/* ---- choosing a persona's voice ------------------------------------------------ */

/* Words of persona.voice and what they do to the voice. */
typedef enum Effect { FEMALE, MALE, FASTER, SLOWER, HIGHER, LOWER } Effect;

static const struct {
    const char *word;
    Effect effect;
} cue_words[] = {
    {"woman", FEMALE},   {"female", FEMALE},  {"she", FEMALE},      {"her", FEMALE},      {"man", MALE},
    {"male", MALE},      {"he", MALE},        {"his", MALE},        {"fast", FASTER},     {"brisk", FASTER},
    {"clipped", FASTER}, {"terse", FASTER},   {"busy", FASTER},     {"hurry", FASTER},    {"quick", FASTER},
    {"slow", SLOWER},    {"calm", SLOWER},    {"warm", SLOWER},     {"measured", SLOWER}, {"gentle", SLOWER},
    {"anxious", HIGHER}, {"high", HIGHER},    {"young", HIGHER},    {"chatty", HIGHER},   {"nervous", HIGHER},
    {"low", LOWER},      {"deep", LOWER},     {"dry", LOWER},       {"gruff", LOWER},     {"sceptic", LOWER},
    {"skeptic", LOWER},  {"tired", LOWER},
};

static const char *const female_variants[] = {"f1", "f2", "f3", "f4", "f5"};
static const char *const male_variants[] = {"m1", "m2", "m3", "m4", "m6", "m7"};

static unsigned long name_hash(const char *text)
{
    unsigned long hash = 5381;
    for (const unsigned char *p = (const unsigned char *)(text != NULL ? text : ""); *p != '\0'; p++)
        hash = hash * 33 + *p;
    return hash;
}

void voice_choose(const char *persona_name, const char *hint, VoiceStyle *style)
{
    memset(style, 0, sizeof *style);
    int gender = 0, speed = 0, pitch = 0;
    const char *p = hint != NULL ? hint : "";
    while (*p != '\0') {
        /* one word at a time, lower-cased; "sceptical" counts as "sceptic" */
        char word[32];
        size_t n = 0;
        while (*p != '\0' && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            p++;
        while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
            if (n + 1 < sizeof word)
                word[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
            p++;
        }
        word[n] = '\0';
        for (size_t i = 0; n > 0 && i < sizeof cue_words / sizeof cue_words[0]; i++) {
            size_t length = strlen(cue_words[i].word);
            bool matches = strcmp(word, cue_words[i].word) == 0 ||
                           (length >= 5 && strncmp(word, cue_words[i].word, length) == 0);
            if (!matches)
                continue;
            switch (cue_words[i].effect) {
            case FEMALE: gender = 2; break;
            case MALE: gender = 1; break;
            case FASTER: speed++; break;
            case SLOWER: speed--; break;
            case HIGHER: pitch++; break;
            case LOWER: pitch--; break;
            }
        }
    }
    unsigned long hash = name_hash(persona_name);
    if (gender == 0)
        gender = hash % 2 == 0 ? 2 : 1;
    const char *variant = gender == 2 ? female_variants[hash / 2 % (sizeof female_variants / sizeof *female_variants)]
                                      : male_variants[hash / 2 % (sizeof male_variants / sizeof *male_variants)];
    snprintf(style->name, sizeof style->name, "en-us+%s", variant);
    speed = speed < -2 ? -2 : speed > 2 ? 2 : speed;
    pitch = pitch < -2 ? -2 : pitch > 2 ? 2 : pitch;
    style->rate = 170 + 20 * speed;
    style->pitch = 50 + 10 * pitch + (int)(hash / 7 % 9) - 4; /* a little of the persona's own */
}

/* ---- espeak-ng ------------------------------------------------------------------- */

struct Voice {
    SDL_mutex *synth_lock;      /* around every call into espeak-ng */
    int sample_rate;
    VoiceStyle style;           /* under lock */
    /* playing */
    SDL_AudioDeviceID device;
    char device_error[256];
    SDL_Thread *thread;
    SDL_mutex *lock;            /* pending, stop, cut, speaking */
    SDL_cond *wake;
    char *pending;              /* the next line to speak */
    bool stop, cut, speaking;
};

/* Where synthesised samples go. */
typedef struct Sink {
    Voice *voice;
    bool to_device;
    short *samples;             /* WAV: every sample so far */
    size_t count, capacity;
    bool failed;
} Sink;

#ifdef COACH_HAVE_ESPEAK

static int synth_sink(short *wav, int count, espeak_EVENT *events)
{
    Sink *sink = events != NULL ? events->user_data : NULL;
    if (sink == NULL || wav == NULL || count <= 0)
        return 0;
    if (sink->to_device) {
        Voice *voice = sink->voice;
        SDL_LockMutex(voice->lock);
        bool cut = voice->cut || voice->stop;
        SDL_UnlockMutex(voice->lock);
        if (cut)
            return 1; /* a newer line, or the end: stop this one */
        SDL_QueueAudio(voice->device, wav, (Uint32)count * sizeof *wav);
        return 0;
    }
    if (sink->count + (size_t)count > sink->capacity) {
        size_t capacity = sink->capacity ? sink->capacity * 2 : 65536;
        while (capacity < sink->count + (size_t)count)
            capacity *= 2;
        short *grown = realloc(sink->samples, capacity * sizeof *grown);
        if (grown == NULL) {
            sink->failed = true;
            return 1;
        }
        sink->samples = grown;
        sink->capacity = capacity;
    }
    memcpy(sink->samples + sink->count, wav, (size_t)count * sizeof *wav);
    sink->count += (size_t)count;
    return 0;
}

/* Synthesises text into sink with the current style (voice->synth_lock held). */
static int synthesise(Voice *voice, const char *text, Sink *sink)
{
    if (espeak_SetVoiceByName(voice->style.name) != EE_OK && espeak_SetVoiceByName("en") != EE_OK)
        return -1;
    espeak_SetParameter(espeakRATE, voice->style.rate, 0);
    espeak_SetParameter(espeakPITCH, voice->style.pitch, 0);
    espeak_ERROR rc = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, sink);
    if (rc != EE_OK)
        return -1;
    espeak_Synchronize(); /* the samples come on espeak-ng's thread until it is done */
    return 0;
}

/* Starts espeak-ng once a process; its sample rate, or <= 0 when it cannot start. */
static int espeak_start(const char *data_dir)
{
    static int sample_rate;
    static bool tried;
    if (!tried) {
        tried = true;
        /* RETRIEVAL: the samples come to synth_sink; DONT_EXIT: espeak-ng must not end the
         * process when its data is missing */
        sample_rate = espeak_Initialize(AUDIO_OUTPUT_RETRIEVAL, 200, data_dir, espeakINITIALIZE_DONT_EXIT);
    }
    return sample_rate;
}

static int speaker_thread(void *data)
{
    Voice *voice = data;
    SDL_LockMutex(voice->lock);
    for (;;) {
        while (voice->pending == NULL && !voice->stop)
            SDL_CondWait(voice->wake, voice->lock);
        if (voice->stop)
            break;
        char *text = voice->pending;
        voice->pending = NULL;
        voice->cut = false;
        voice->speaking = true;
        SDL_UnlockMutex(voice->lock);
        SDL_ClearQueuedAudio(voice->device); /* what is left of the line before */
        Sink sink = {voice, true, NULL, 0, 0, false};
        SDL_LockMutex(voice->synth_lock);
        synthesise(voice, text, &sink);
        SDL_UnlockMutex(voice->synth_lock);
        free(text);
        SDL_LockMutex(voice->lock);
        voice->speaking = false;
    }
    SDL_UnlockMutex(voice->lock);
    return 0;
}

Voice *voice_create(const char *data_dir, bool play, CoachError *err)
{
    Voice *voice = calloc(1, sizeof *voice);
    if (voice == NULL) {
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    voice->synth_lock = SDL_CreateMutex();
    voice->lock = SDL_CreateMutex();
    voice->wake = SDL_CreateCond();
    if (voice->synth_lock == NULL || voice->lock == NULL || voice->wake == NULL) {
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        goto fail;
    }
    if (data_dir != NULL) {
        /* espeak-ng quietly falls back to its own data when data_dir lacks it: say so instead */
        char phontab[4200];
        snprintf(phontab, sizeof phontab, "%s/espeak-ng-data/phontab", data_dir);
        FILE *probe = fopen(phontab, "rb");
        if (probe == NULL) {
            err_set(err, COACH_EIO, NULL, 0, "--voice: espeak-ng's voice data is not in %s/espeak-ng-data", data_dir);
            goto fail;
        }
        fclose(probe);
    }
    voice->sample_rate = espeak_start(data_dir);
    if (voice->sample_rate <= 0) {
        err_set(err, COACH_EIO, NULL, 0, "--voice: espeak-ng cannot start (is its voice data, Debian espeak-ng-data, installed?)");
        goto fail;
    }
    espeak_SetSynthCallback(synth_sink);
    voice_choose(NULL, NULL, &voice->style);
    if (!play)
        return voice;
    if (!SDL_WasInit(SDL_INIT_AUDIO) && SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        snprintf(voice->device_error, sizeof voice->device_error, "no sound: %s", SDL_GetError());
        return voice;
    }
    SDL_AudioSpec want, have;
    SDL_zero(want);
    want.freq = voice->sample_rate;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 2048;
    voice->device = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
    if (voice->device == 0) {
        snprintf(voice->device_error, sizeof voice->device_error, "no sound device: %s", SDL_GetError());
        return voice;
    }
    SDL_PauseAudioDevice(voice->device, 0);
    voice->thread = SDL_CreateThread(speaker_thread, "voice", voice);
    if (voice->thread == NULL)
        snprintf(voice->device_error, sizeof voice->device_error, "cannot start the voice: %s", SDL_GetError());
    return voice;
fail:
    voice_destroy(voice);
    return NULL;
}

void voice_destroy(Voice *voice)
{
    if (voice == NULL)
        return;
    if (voice->thread != NULL) {
        SDL_LockMutex(voice->lock);
        voice->stop = true;
        SDL_CondSignal(voice->wake);
        SDL_UnlockMutex(voice->lock);
        SDL_WaitThread(voice->thread, NULL);
    }
    if (voice->device != 0)
        SDL_CloseAudioDevice(voice->device);
    /* espeak-ng itself stays started for the next Voice (see the top) */
    free(voice->pending);
    if (voice->wake != NULL)
        SDL_DestroyCond(voice->wake);
    if (voice->lock != NULL)
        SDL_DestroyMutex(voice->lock);
    if (voice->synth_lock != NULL)
        SDL_DestroyMutex(voice->synth_lock);
    free(voice);
}

void voice_say(Voice *voice, const char *text)
{
    if (voice->thread == NULL || text == NULL)
        return;
    char *copy = strdup(text);
    if (copy == NULL)
        return;
    SDL_LockMutex(voice->lock);
    free(voice->pending);
    voice->pending = copy;
    voice->cut = true; /* the line being spoken, if any, stops at its next piece */
    SDL_CondSignal(voice->wake);
    SDL_UnlockMutex(voice->lock);
}

bool voice_busy(const Voice *voice)
{
    if (voice->thread == NULL)
        return false;
    SDL_LockMutex(voice->lock);
    bool busy = voice->pending != NULL || voice->speaking;
    SDL_UnlockMutex(voice->lock);
    return busy || SDL_GetQueuedAudioSize(voice->device) > 0;
}

int voice_write_wav(Voice *voice, const char *text, const char *path, double *seconds, CoachError *err)
{
    Sink sink = {voice, false, NULL, 0, 0, false};
    SDL_LockMutex(voice->synth_lock);
    int rc = synthesise(voice, text, &sink);
    SDL_UnlockMutex(voice->synth_lock);
    if (rc != 0 || sink.failed) {
        free(sink.samples);
        return err_set(err, COACH_EIO, path, 0, "espeak-ng could not synthesise the line");
    }
    FILE *out = fopen(path, "wb");
    if (out == NULL) {
        free(sink.samples);
        return err_set(err, COACH_EIO, path, 0, "cannot write the WAV file");
    }
    /* a canonical 44-byte header: PCM, mono, 16-bit, little-endian */
    uint32_t data_bytes = (uint32_t)(sink.count * 2), rate = (uint32_t)voice->sample_rate;
    unsigned char header[44];
    memcpy(header, "RIFF", 4);
    uint32_t riff_size = 36 + data_bytes, fmt_size = 16, byte_rate = rate * 2;
    uint16_t format = 1, channels = 1, block = 2, bits = 16;
    unsigned char *h = header + 4;
#define PUT32(v) do { uint32_t x_ = (v); h[0] = x_ & 255; h[1] = x_ >> 8 & 255; h[2] = x_ >> 16 & 255; h[3] = x_ >> 24; h += 4; } while (0)
#define PUT16(v) do { uint16_t x_ = (v); h[0] = x_ & 255; h[1] = x_ >> 8; h += 2; } while (0)
    PUT32(riff_size);
    memcpy(h, "WAVEfmt ", 8);
    h += 8;
    PUT32(fmt_size);
    PUT16(format);
    PUT16(channels);
    PUT32(rate);
    PUT32(byte_rate);
    PUT16(block);
    PUT16(bits);
    memcpy(h, "data", 4);
    h += 4;
    PUT32(data_bytes);
#undef PUT32
#undef PUT16
    bool ok = fwrite(header, 1, sizeof header, out) == sizeof header;
    for (size_t i = 0; i < sink.count && ok; i++) {
        unsigned char sample[2] = {(unsigned char)(sink.samples[i] & 255), (unsigned char)((uint16_t)sink.samples[i] >> 8)};
        ok = fwrite(sample, 1, 2, out) == 2;
    }
    ok = fclose(out) == 0 && ok;
    free(sink.samples);
    if (!ok)
        return err_set(err, COACH_EIO, path, 0, "cannot write the WAV file");
    if (seconds != NULL)
        *seconds = (double)sink.count / voice->sample_rate;
    return 0;
}

#else /* built without espeak-ng */

Voice *voice_create(const char *data_dir, bool play, CoachError *err)
{
    (void)data_dir;
    (void)play;
    err_set(err, COACH_EIO, NULL, 0,
            "--voice: this coach was built without espeak-ng (Debian: install libespeak-ng-dev, then build again)");
    return NULL;
}

void voice_destroy(Voice *voice)
{
    (void)voice; /* no Voice is ever made */
}

void voice_say(Voice *voice, const char *text)
{
    (void)voice;
    (void)text;
}

bool voice_busy(const Voice *voice)
{
    (void)voice;
    return false;
}

int voice_write_wav(Voice *voice, const char *text, const char *path, double *seconds, CoachError *err)
{
    (void)voice;
    (void)text;
    (void)seconds;
    return err_set(err, COACH_EIO, path, 0, "this coach was built without espeak-ng");
}

#endif

const char *voice_device_error(const Voice *voice)
{
    return voice->device_error;
}

void voice_set_persona(Voice *voice, const char *persona_name, const char *hint)
{
    SDL_LockMutex(voice->synth_lock);
    voice_choose(persona_name, hint, &voice->style);
    SDL_UnlockMutex(voice->synth_lock);
}

const VoiceStyle *voice_style(const Voice *voice)
{
    return &voice->style;
}
