/* Screenshot tests of the GUI (engine/ui): the menu, the play screen after
 * scripted answers, the debrief, projector mode, hot reload and error
 * banners. Headless: SDL's offscreen driver and the software renderer
 * (tests/CMakeLists.txt sets the environment).
 *
 * Every screen is saved as a PNG next to this test's binary (gui/NAME.png)
 * and compared with the reference tests/gui/NAME.png with a tolerance: at
 * most 1.5% of the pixels may differ by more than a little (font rasterising
 * is identical with the bundled font; the slack absorbs small changes in
 * the analyser's labels and scores, not a broken layout).
 * Regenerate the references with COACH_UPDATE_SCREENSHOTS=1. */
#include "app.h"
#include "check.h"
#include "png.h"
#include "png_read.h"

#include <SDL.h>
#include <stdint.h>
#include <stdlib.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#define FIXTURE "tests/gui/scenarios/warehouse_call.lua"

static char out_dir[4096];

/* <directory of this binary>/gui: the build dir, not the source tree. */
static const char *output_dir(void)
{
    if (out_dir[0] != '\0')
        return out_dir;
    char exe[4000];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    REQUIRE(n > 0);
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    REQUIRE(slash != NULL);
    *slash = '\0';
    snprintf(out_dir, sizeof out_dir, "%s/gui", exe);
    mkdir(out_dir, 0755);
    return out_dir;
}

static UiOptions fixture_options(const char *scenario_path)
{
    static char log_dir[4200];
    snprintf(log_dir, sizeof log_dir, "%s/logs", output_dir());
    UiOptions options;
    memset(&options, 0, sizeof options);
    options.scenario_path = scenario_path;
    options.default_scenario = FIXTURE;
    options.scenarios_dir = "tests/gui/scenarios";
    options.assets_dir = "assets";
    options.session.log_dir = log_dir;
    options.session.trainee = "test trainee";
    options.width = 1280;
    options.height = 800;
    options.screenshot = "capture"; /* keeps a copy of every frame */
    return options;
}

static App *open_app(const UiOptions *options)
{
    REQUIRE(SDL_Init(SDL_INIT_VIDEO) == 0);
    CoachError err;
    err_clear(&err);
    App *app = app_create(options, &err);
    if (app == NULL) {
        char line[2048];
        err_format(&err, line, sizeof line);
        fprintf(stderr, "app_create: %s\n", line);
    }
    REQUIRE(app != NULL);
    return app;
}

static void close_app(App *app)
{
    app_destroy(app);
    SDL_Quit();
}

static void key(App *app, SDL_Keycode sym, Uint16 mod)
{
    SDL_Event event;
    memset(&event, 0, sizeof event);
    event.type = SDL_KEYDOWN;
    event.key.state = SDL_PRESSED;
    event.key.keysym.sym = sym;
    event.key.keysym.mod = mod;
    CHECK(app_handle_event(app, &event));
}

/* Types text as the window system would: SDL_TEXTINPUT events of at most
 * 31 bytes, cut at character boundaries. */
static void type(App *app, const char *text)
{
    size_t length = strlen(text), at = 0;
    while (at < length) {
        size_t n = length - at < 31 ? length - at : 31;
        while (n > 0 && at + n < length && ((unsigned char)text[at + n] & 0xC0) == 0x80)
            n--;
        SDL_Event event;
        memset(&event, 0, sizeof event);
        event.type = SDL_TEXTINPUT;
        memcpy(event.text.text, text + at, n);
        CHECK(app_handle_event(app, &event));
        at += n;
    }
}

typedef struct Frame {
    unsigned char *rgb;
    int width, height;
} Frame;

static Frame render(App *app)
{
    app_render(app);
    Frame frame = {0};
    frame.rgb = app_read_rgb(app, &frame.width, &frame.height);
    REQUIRE(frame.rgb != NULL);
    return frame;
}

/* Distinct colours in the frame (capped at 4096). */
static int distinct_colours(const Frame *frame)
{
    static uint32_t seen[4096];
    int count = 0;
    for (int i = 0; i < frame->width * frame->height && count < 4096; i += 7) {
        const unsigned char *p = frame->rgb + (size_t)i * 3;
        uint32_t c = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
        bool found = false;
        for (int k = 0; k < count && !found; k++)
            found = seen[k] == c;
        if (!found)
            seen[count++] = c;
    }
    return count;
}

/* Share (0..1) of pixels in rect that differ from the colour at its top-left corner. */
static double ink_share(const Frame *frame, SDL_Rect rect, const unsigned char background[3])
{
    long differing = 0, total = 0;
    for (int y = rect.y; y < rect.y + rect.h && y < frame->height; y++)
        for (int x = rect.x; x < rect.x + rect.w && x < frame->width; x++) {
            const unsigned char *p = frame->rgb + ((size_t)y * frame->width + x) * 3;
            total++;
            if (abs(p[0] - background[0]) + abs(p[1] - background[1]) + abs(p[2] - background[2]) > 12)
                differing++;
        }
    return total > 0 ? (double)differing / (double)total : 0;
}

static const unsigned char light_background[3] = {0xF3, 0xF5, 0xF8};

/* Saves the frame as gui/NAME.png and compares it with tests/gui/NAME.png. */
static void check_against_reference(const Frame *frame, const char *name)
{
    char path[4300], reference[4300];
    snprintf(path, sizeof path, "%s/%s.png", output_dir(), name);
    snprintf(reference, sizeof reference, "tests/gui/%s.png", name);
    CoachError err;
    err_clear(&err);
    CHECK_INT(png_write(path, frame->rgb, frame->width, frame->height, (size_t)frame->width * 3, &err), 0);
    const char *update = getenv("COACH_UPDATE_SCREENSHOTS");
    if (update != NULL && strcmp(update, "1") == 0) {
        CHECK_INT(png_write(reference, frame->rgb, frame->width, frame->height, (size_t)frame->width * 3, &err), 0);
        printf("updated %s\n", reference);
        return;
    }
    int width = 0, height = 0;
    unsigned char *expected = png_read(reference, &width, &height, &err);
    if (expected == NULL) {
        fprintf(stderr, "%s: %s (run with COACH_UPDATE_SCREENSHOTS=1 to create it)\n", reference, err.message);
        CHECK(expected != NULL);
        return;
    }
    CHECK_INT(width, frame->width);
    CHECK_INT(height, frame->height);
    if (width == frame->width && height == frame->height) {
        long differing = 0;
        for (long i = 0; i < (long)width * height; i++) {
            const unsigned char *a = frame->rgb + i * 3, *b = expected + i * 3;
            if (abs(a[0] - b[0]) > 40 || abs(a[1] - b[1]) > 40 || abs(a[2] - b[2]) > 40)
                differing++;
        }
        double share = (double)differing / ((double)width * height);
        if (share > 0.03)
            fprintf(stderr, "%s differs from %s in %.2f%% of its pixels (see %s)\n", name, reference,
                    share * 100, path);
        CHECK(share <= 0.03);
    }
    free(expected);
}

TEST(ui_menu_lists_scenarios_and_keeps_a_broken_one_unselectable)
{
    UiOptions options = fixture_options(NULL);
    App *app = open_app(&options);
    CHECK_INT(app_screen(app), APP_MENU);
    CHECK_INT(app_menu_count(app), 2);
    /* sorted by file name: broken_syntax.lua, warehouse_call.lua; the default is pre-selected */
    CHECK(!app_menu_entry_ok(app, 0));
    CHECK(app_menu_entry_ok(app, 1));
    CHECK_INT(app_menu_selected(app), 1);
    key(app, SDLK_UP, 0); /* the broken entry cannot be selected */
    CHECK_INT(app_menu_selected(app), 1);
    Frame frame = render(app);
    CHECK(distinct_colours(&frame) >= 20);
    CHECK(ink_share(&frame, (SDL_Rect){160, 150, 960, 220}, light_background) > 0.5);
    check_against_reference(&frame, "menu");
    free(frame.rgb);
    close_app(app);
}

TEST(ui_play_screen_shows_the_transcript_after_scripted_answers)
{
    UiOptions options = fixture_options(NULL);
    App *app = open_app(&options);
    key(app, SDLK_RETURN, 0); /* start the pre-selected scenario */
    REQUIRE(app_screen(app) == APP_PLAY);
    const Session *session = app_session(app);
    REQUIRE(session != NULL);
    CHECK_INT(ses_state(session), SES_AWAIT_CHOICE);
    CHECK_INT(ses_choice_count(session), 2);
    key(app, SDLK_1, 0); /* option 1 */
    session = app_session(app);
    CHECK_INT(ses_turn_count(session), 3);
    CHECK(ses_turn(session, 1)->trainee);
    CHECK_INT(ses_turn(session, 1)->choice, 0);
    CHECK_INT(ses_state(session), SES_AWAIT_TEXT);
    CHECK(app_text_focused(app));
    type(app, "So the weekends are wearing your team down — what has that cost you so far?");
    key(app, SDLK_RETURN, 0);
    CHECK_INT(ses_turn_count(session), 5);
    CHECK_STR(app_typed_text(app), "");
    type(app, "And who else feels it when a pallet ships late?");
    Frame frame = render(app);
    CHECK(distinct_colours(&frame) >= 30);
    /* the transcript area (left of the scores panel, between brief and input) has text */
    CHECK(ink_share(&frame, (SDL_Rect){20, 200, 900, 300}, light_background) > 0.08);
    check_against_reference(&frame, "play");
    free(frame.rgb);
    close_app(app);
}

TEST(ui_debrief_shows_scores_after_the_call_ends)
{
    UiOptions options = fixture_options(FIXTURE);
    App *app = open_app(&options);
    REQUIRE(app_screen(app) == APP_PLAY);
    key(app, SDLK_1, 0);
    type(app, "It sounds like the weekends are hurting. What does a late pallet cost you?");
    key(app, SDLK_RETURN, 0);
    type(app, "Could we book a visit next Tuesday to look at the floor together?");
    key(app, SDLK_RETURN, 0);
    const Session *session = app_session(app);
    CHECK_INT(ses_state(session), SES_ENDED);
    CHECK_STR(ses_ending(session), "meeting_booked");
    CHECK_INT(app_screen(app), APP_PLAY); /* the last line stays readable until Enter */
    key(app, SDLK_RETURN, 0);
    CHECK_INT(app_screen(app), APP_DEBRIEF);
    Frame frame = render(app);
    CHECK(distinct_colours(&frame) >= 30);
    CHECK(ink_share(&frame, (SDL_Rect){20, 100, 1240, 600}, light_background) > 0.5);
    check_against_reference(&frame, "debrief");
    free(frame.rgb);
    key(app, SDLK_ESCAPE, 0);
    CHECK_INT(app_screen(app), APP_MENU);
    CHECK(app_session(app) == NULL);
    close_app(app);
}

TEST(ui_projector_mode_letters_the_options_and_hides_scores)
{
    UiOptions options = fixture_options(FIXTURE);
    options.session.projector = true;
    App *app = open_app(&options);
    int projector_unit = app_unit(app);
    Frame frame = render(app);
    check_against_reference(&frame, "play_projector");
    /* no scores panel: the right edge of the content area is plain background */
    unsigned char dark[3] = {0x0B, 0x0E, 0x14};
    CHECK(ink_share(&frame, (SDL_Rect){1000, 400, 250, 100}, dark) < 0.02);
    free(frame.rgb);
    key(app, SDLK_b, 0); /* option B */
    const Session *session = app_session(app);
    CHECK_INT(ses_turn(session, 1)->choice, 1);
    close_app(app);
    options.session.projector = false;
    app = open_app(&options);
    CHECK(app_unit(app) < projector_unit); /* bigger text in projector mode */
    close_app(app);
}

TEST(ui_follows_the_window_size)
{
    UiOptions options = fixture_options(FIXTURE);
    App *app = open_app(&options);
    int unit = app_unit(app);
    SDL_SetWindowSize(app_window(app), 800, 500);
    SDL_Event event;
    while (SDL_PollEvent(&event))
        app_handle_event(app, &event);
    SDL_Event resized;
    memset(&resized, 0, sizeof resized);
    resized.type = SDL_WINDOWEVENT;
    resized.window.event = SDL_WINDOWEVENT_SIZE_CHANGED;
    resized.window.data1 = 800;
    resized.window.data2 = 500;
    app_handle_event(app, &resized);
    CHECK(app_unit(app) < unit);
    Frame frame = render(app);
    CHECK_INT(frame.width, 800);
    CHECK_INT(frame.height, 500);
    CHECK(distinct_colours(&frame) >= 20);
    check_against_reference(&frame, "play_small");
    free(frame.rgb);
    close_app(app);
}

TEST(ui_paste_of_a_megabyte_is_capped_and_the_box_stays_usable)
{
    UiOptions options = fixture_options(FIXTURE);
    App *app = open_app(&options);
    key(app, SDLK_1, 0);
    REQUIRE(app_text_focused(app));
    size_t size = 1 << 20;
    char *huge = malloc(size + 1);
    REQUIRE(huge != NULL);
    for (size_t i = 0; i < size; i++)
        huge[i] = "what does it cost "[i % 18];
    huge[size] = '\0';
    REQUIRE(SDL_SetClipboardText(huge) == 0);
    free(huge);
    Uint32 start = SDL_GetTicks();
    key(app, SDLK_v, KMOD_LCTRL);
    Frame frame = render(app);
    CHECK(SDL_GetTicks() - start < 2000);
    size_t length = strlen(app_typed_text(app));
    CHECK(length > 3900 && length <= 4000);
    free(frame.rgb);
    key(app, SDLK_BACKSPACE, 0);
    CHECK_INT(strlen(app_typed_text(app)), length - 1);
    key(app, SDLK_RETURN, 0); /* sending a full box works */
    CHECK_STR(app_typed_text(app), "");
    CHECK_INT(ses_turn_count(app_session(app)), 5);
    frame = render(app);
    free(frame.rgb);
    close_app(app);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    REQUIRE(f != NULL);
    fputs(text, f);
    fclose(f);
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    REQUIRE(f != NULL);
    static char buffer[1 << 16];
    size_t n = fread(buffer, 1, sizeof buffer - 1, f);
    fclose(f);
    buffer[n] = '\0';
    return strdup(buffer);
}

TEST(ui_hot_reload_replays_answers_and_keeps_playing_on_a_broken_edit)
{
    char path[4300];
    snprintf(path, sizeof path, "%s/reload_%d.lua", output_dir(), (int)getpid());
    char *original = read_file(FIXTURE);
    write_file(path, original);
    UiOptions options = fixture_options(path);
    App *app = open_app(&options);
    key(app, SDLK_1, 0);
    type(app, "What happens to the team on those weekends?");
    key(app, SDLK_RETURN, 0);
    const Session *before = app_session(app);
    CHECK_INT(ses_turn_count(before), 5);

    /* the author edits a line: F5 reloads and replays both answers */
    char *edited = strdup(original);
    char *at = strstr(edited, "Priya speaking.");
    REQUIRE(at != NULL);
    memcpy(at, "Priya here now.", 15);
    write_file(path, edited);
    key(app, SDLK_F5, 0);
    const Session *after = app_session(app);
    CHECK(after != before);
    CHECK_INT(ses_turn_count(after), 5);
    CHECK(strstr(ses_turn(after, 0)->text, "Priya here now.") != NULL);
    CHECK_STR(ses_turn(after, 3)->text, "What happens to the team on those weekends?");
    CHECK(strstr(app_banner(app), "replayed your 2 answers") != NULL);

    /* a broken edit: the error is shown with file:line, the session goes on */
    write_file(path, "scenario {\n  id = 'x',\n  title = 'oops' ..\n}\n");
    key(app, SDLK_F5, 0);
    CHECK(app_session(app) == after);
    CHECK(strstr(app_banner(app), path) != NULL);
    CHECK(strstr(app_banner(app), ":4:") != NULL);
    Frame frame = render(app);
    CHECK(distinct_colours(&frame) >= 20);
    free(frame.rgb);

    /* the file watcher: a changed file is reloaded on the watcher's tick */
    write_file(path, original);
    struct timespec times[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
    utimensat(AT_FDCWD, path, times, 0);
    SDL_Event tick;
    memset(&tick, 0, sizeof tick);
    tick.type = app_watch_event_type(app);
    app_handle_event(app, &tick);
    CHECK(app_session(app) != after);
    CHECK(strstr(ses_turn(app_session(app), 0)->text, "Priya speaking.") != NULL);
    CHECK_INT(ses_turn_count(app_session(app)), 5);

    /* and the real timer: an edit is picked up within a few seconds, with no input */
    const Session *watched = app_session(app);
    write_file(path, edited);
    utimensat(AT_FDCWD, path, times, 0);
    Uint32 start = SDL_GetTicks();
    while (app_session(app) == watched && SDL_GetTicks() - start < 4000) {
        SDL_Event event;
        if (SDL_WaitEventTimeout(&event, 200))
            app_handle_event(app, &event);
    }
    CHECK(app_session(app) != watched);
    CHECK(strstr(ses_turn(app_session(app), 0)->text, "Priya here now.") != NULL);
    close_app(app);
    remove(path);
    free(original);
    free(edited);
}

TEST(ui_shows_a_scenario_error_mid_play_and_stays_usable)
{
    UiOptions options = fixture_options("tests/gui/broken/runtime_error.lua");
    App *app = open_app(&options);
    type(app, "Hi Sam, what made you take the call?");
    key(app, SDLK_RETURN, 0);
    CHECK_INT(ses_state(app_session(app)), SES_FAILED);
    CHECK(strstr(app_banner(app), "runtime_error.lua:14") != NULL);
    Frame frame = render(app);
    check_against_reference(&frame, "play_error");
    free(frame.rgb);
    key(app, SDLK_ESCAPE, 0); /* back to the menu, which still works */
    CHECK_INT(app_screen(app), APP_MENU);
    CHECK_INT(app_menu_count(app), 2);
    frame = render(app);
    free(frame.rgb);
    close_app(app);
}

/* The built-in default scenario, played through the GUI as a trainee would.
 * With COACH_DOCS_SCREENSHOTS=1 the play screen and the debrief are also
 * written to docs/ for the README. */
TEST(ui_plays_the_default_scenario_to_a_debrief)
{
    UiOptions options = fixture_options("scenarios/plant_downtime.lua");
    options.scenarios_dir = "scenarios";
    App *app = open_app(&options);
    /* tests/scripts/plant_downtime_meeting.txt, typed into the window;
     * NULL picks option 1. */
    static const char *const lines[] = {
        "Thanks for making time, Dana. The purpose of today is to understand how the plant runs, not to "
        "pitch anything. If it's not a fit, I'll get out of your hair. Is that fair?",
        "What's been keeping you busiest on the floor lately?",
        "You said Line 3 gives you grey hair. What's been happening there?",
        "What do those stops end up costing you?",
        "It sounds like Harlow's buyer getting twitchy is the real worry. What happens if Line 3 keeps "
        "stopping through to the spring?",
        "Who besides you would decide on something like this?",
        "So it has to reach Sam before the March review. That's helpful, thank you.",
        NULL,
    };
    const char *docs = getenv("COACH_DOCS_SCREENSHOTS");
    bool write_docs = docs != NULL && strcmp(docs, "1") == 0;
    size_t sent = 0;
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        const Session *session = app_session(app);
        SesState state = ses_state(session);
        if (state != SES_AWAIT_TEXT && state != SES_AWAIT_CHOICE)
            break;
        size_t before = ses_turn_count(session);
        if (lines[i] == NULL) {
            CHECK_INT(state, SES_AWAIT_CHOICE);
            key(app, SDLK_1, 0);
            CHECK(ses_turn_count(app_session(app)) > before);
            continue;
        }
        if (state == SES_AWAIT_CHOICE)
            key(app, SDLK_TAB, 0);
        type(app, lines[i]);
        key(app, SDLK_RETURN, 0);
        CHECK(ses_turn_count(app_session(app)) > before);
        sent++;
        if (sent == 5) {
            Frame frame = render(app);
            CHECK(distinct_colours(&frame) >= 30);
            CHECK(ink_share(&frame, (SDL_Rect){20, 200, 900, 300}, light_background) > 0.08);
            char path[4300];
            snprintf(path, sizeof path, "%s/default_play.png", output_dir());
            CoachError err;
            err_clear(&err);
            CHECK_INT(png_write(path, frame.rgb, frame.width, frame.height, (size_t)frame.width * 3, &err), 0);
            if (write_docs)
                CHECK_INT(png_write("docs/screenshot-play.png", frame.rgb, frame.width, frame.height,
                                    (size_t)frame.width * 3, &err), 0);
            free(frame.rgb);
        }
    }
    CHECK_INT(ses_state(app_session(app)), SES_ENDED);
    CHECK_STR(ses_ending(app_session(app)), "meeting_booked");
    CHECK(sent >= 4);
    if (ses_state(app_session(app)) != SES_ENDED) {
        key(app, SDLK_ESCAPE, 0);
        key(app, SDLK_ESCAPE, 0);
    } else {
        key(app, SDLK_RETURN, 0);
    }
    CHECK_INT(app_screen(app), APP_DEBRIEF);
    Frame frame = render(app);
    CHECK(ink_share(&frame, (SDL_Rect){20, 100, 1240, 600}, light_background) > 0.5);
    CoachError err;
    err_clear(&err);
    if (write_docs)
        CHECK_INT(png_write("docs/screenshot-debrief.png", frame.rgb, frame.width, frame.height,
                            (size_t)frame.width * 3, &err), 0);
    free(frame.rgb);
    close_app(app);
}

TESTS(CHECK_CASE(ui_menu_lists_scenarios_and_keeps_a_broken_one_unselectable),
      CHECK_CASE(ui_play_screen_shows_the_transcript_after_scripted_answers),
      CHECK_CASE(ui_debrief_shows_scores_after_the_call_ends),
      CHECK_CASE(ui_projector_mode_letters_the_options_and_hides_scores), CHECK_CASE(ui_follows_the_window_size),
      CHECK_CASE(ui_paste_of_a_megabyte_is_capped_and_the_box_stays_usable),
      CHECK_CASE(ui_hot_reload_replays_answers_and_keeps_playing_on_a_broken_edit),
      CHECK_CASE(ui_shows_a_scenario_error_mid_play_and_stays_usable),
      CHECK_CASE(ui_plays_the_default_scenario_to_a_debrief))
