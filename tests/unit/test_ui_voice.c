/* Tests of the voice (engine/ui/voice): a line synthesised to a WAV file,
 * one voice per persona, a clear message without espeak-ng's data, and
 * speaking that never blocks (SDL's dummy sound driver). */
#include "check.h"
#include "voice.h"

#include <SDL.h>
#include <stdint.h>
#include <unistd.h>

static const char *const line = "Thanks for making time, Dana. What has been keeping you busiest on the floor lately?";

static uint32_t read32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

TEST(voice_writes_a_spoken_line_to_a_wav_of_plausible_length)
{
    CoachError err;
    err_clear(&err);
    Voice *voice = voice_create(NULL, false, &err);
    if (voice == NULL)
        fprintf(stderr, "%s\n", err.message);
    REQUIRE(voice != NULL);
    voice_set_persona(voice, "Dana Price", "busy sceptic; a woman's voice");
    char path[64];
    snprintf(path, sizeof path, "/tmp/coach-voice-%d.wav", (int)getpid());
    double seconds = 0;
    CHECK_INT(voice_write_wav(voice, line, path, &seconds, &err), 0);
    FILE *f = fopen(path, "rb");
    REQUIRE(f != NULL);
    static unsigned char wav[4 << 20];
    size_t size = fread(wav, 1, sizeof wav, f);
    fclose(f);
    remove(path);
    REQUIRE(size > 44);
    CHECK(memcmp(wav, "RIFF", 4) == 0 && memcmp(wav + 8, "WAVEfmt ", 8) == 0 && memcmp(wav + 36, "data", 4) == 0);
    uint32_t rate = read32(wav + 24), data = read32(wav + 40);
    CHECK_INT(data, size - 44);
    CHECK(rate >= 8000 && rate <= 48000);
    double length = (double)data / 2 / rate;
    CHECK(length > seconds - 0.01 && length < seconds + 0.01);
    /* fifteen words at 150-210 words a minute: about four to six seconds */
    printf("%zu bytes, %u Hz, %.2f s for %zu characters\n", size, rate, length, strlen(line));
    CHECK(length > 2.0 && length < 10.0);
    /* it is speech, not silence: the loudness is well above zero */
    double energy = 0;
    for (size_t i = 44; i + 1 < size; i += 2) {
        int16_t sample = (int16_t)(wav[i] | wav[i + 1] << 8);
        energy += (double)sample * sample;
    }
    CHECK(energy / (double)(data / 2) > 1000.0 * 1000.0 / 100);
    voice_destroy(voice);
}

TEST(voice_gives_each_persona_one_voice_of_its_own)
{
    static const char *const personas[][2] = {
        {"Dana Price", "busy sceptic; a woman's voice"},
        {"Gus Mattera", "the talker: warm, funny, full of stories; a man's voice"},
        {"Priya Raman", "the anxious buyer: fast, precise, apologetic; a woman's voice"},
        {"Walt Brennan", "the burned sceptic: short, dry, testing; a man's voice"},
        {"Helen Marsh", "the clipped CFO: terse, numeric, allergic to jargon; a woman's voice"},
        {"Peg Okafor", "the friendly regular: warm, chatty, trusts you, in a hurry to reorder; a woman's voice"},
    };
    VoiceStyle styles[6];
    for (size_t i = 0; i < 6; i++) {
        voice_choose(personas[i][0], personas[i][1], &styles[i]);
        VoiceStyle again;
        voice_choose(personas[i][0], personas[i][1], &again);
        CHECK(memcmp(&again, &styles[i], sizeof again) == 0); /* always the same voice */
        printf("%-12s %-14s rate %d pitch %d\n", personas[i][0], styles[i].name, styles[i].rate, styles[i].pitch);
    }
    for (size_t i = 0; i < 6; i++)
        for (size_t k = i + 1; k < 6; k++)
            CHECK(strcmp(styles[i].name, styles[k].name) != 0 || styles[i].rate != styles[k].rate ||
                  styles[i].pitch != styles[k].pitch);
    /* the hint's words: a woman's voice, clipped is faster than warm, anxious higher than gruff */
    CHECK(strstr(styles[0].name, "+f") != NULL);
    CHECK(strstr(styles[3].name, "+m") != NULL);
    VoiceStyle clipped, warm, anxious, gruff;
    voice_choose("X", "clipped", &clipped);
    voice_choose("X", "warm", &warm);
    voice_choose("X", "anxious", &anxious);
    voice_choose("X", "gruff", &gruff);
    CHECK(clipped.rate > warm.rate);
    CHECK(anxious.pitch > gruff.pitch);
}

TEST(voice_without_its_data_says_so_in_one_line)
{
    CoachError err;
    err_clear(&err);
    Voice *voice = voice_create("/nonexistent/espeak-data", false, &err);
    CHECK(voice == NULL);
    CHECK(strstr(err.message, "espeak-ng") != NULL);
    CHECK(strchr(err.message, '\n') == NULL);
    voice_destroy(voice);
}

TEST(voice_speaks_without_blocking_and_a_new_line_cuts_the_old)
{
    REQUIRE(SDL_Init(0) == 0);
    CoachError err;
    err_clear(&err);
    Voice *voice = voice_create(NULL, true, &err);
    REQUIRE(voice != NULL);
    CHECK_STR(voice_device_error(voice), ""); /* SDL_AUDIODRIVER=dummy takes the sound */
    voice_set_persona(voice, "Walt Brennan", "short, dry; a man's voice");
    Uint64 start = SDL_GetPerformanceCounter();
    voice_say(voice, line);
    voice_say(voice, "Go on.");
    double took = (double)(SDL_GetPerformanceCounter() - start) / (double)SDL_GetPerformanceFrequency();
    CHECK(took < 0.05); /* the window's thread never waits for espeak-ng */
    CHECK(voice_busy(voice));
    /* the short line cut the long one: the queue empties in well under its ~5 s */
    Uint32 begin = SDL_GetTicks();
    while (voice_busy(voice) && SDL_GetTicks() - begin < 20000)
        SDL_Delay(20);
    CHECK(!voice_busy(voice));
    voice_destroy(voice);
    SDL_Quit();
}

TESTS(CHECK_CASE(voice_writes_a_spoken_line_to_a_wav_of_plausible_length),
      CHECK_CASE(voice_gives_each_persona_one_voice_of_its_own),
      CHECK_CASE(voice_without_its_data_says_so_in_one_line),
      CHECK_CASE(voice_speaks_without_blocking_and_a_new_line_cuts_the_old))
