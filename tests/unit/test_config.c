/* test_config: the settings file and its environment overrides. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "config.h"

/* Writes text to a new file in a new directory; returns its path (static). */
static const char *write_settings(const char *text, int mode)
{
    static char path[256];
    char dir[] = "/tmp/coach-config-XXXXXX";
    REQUIRE(mkdtemp(dir) != NULL);
    snprintf(path, sizeof path, "%s/config", dir);
    FILE *file = fopen(path, "w");
    REQUIRE(file != NULL);
    fputs(text, file);
    fclose(file);
    chmod(path, (mode_t)mode);
    return path;
}

static void forget(const char *path)
{
    char dir[256];
    snprintf(dir, sizeof dir, "%s", path);
    unlink(path);
    *strrchr(dir, '/') = '\0';
    rmdir(dir);
}

TEST(config_reads_settings_with_comments_blank_lines_and_spaces)
{
    const char *path = write_settings("# the team's LRS\n"
                                      "\n"
                                      "endpoint = https://lrs.example.com/xAPI/\n"
                                      "  key=abc  \n"
                                      "secret = s e c\r\n"
                                      "home_page = https://lms.example.com\n"
                                      "account = Ana Ruiz\n"
                                      "batch = 10\n"
                                      "timeout = 5\n"
                                      "retries = 0\n"
                                      "sync_after_call = yes\n",
                                      0600);
    CoachConfig config;
    conf_init(&config);
    CoachError err;
    err_clear(&err);
    REQUIRE(conf_load(&config, path, &err) == COACH_OK);
    CHECK(config.exists);
    CHECK(!config.readable_by_others);
    CHECK_STR(config.endpoint, "https://lrs.example.com/xAPI"); /* trailing slash dropped */
    CHECK_STR(config.key, "abc");
    CHECK_STR(config.secret, "s e c");
    CHECK_STR(config.home_page, "https://lms.example.com");
    CHECK_STR(config.account, "Ana Ruiz");
    CHECK_INT(config.batch, 10);
    CHECK_INT(config.timeout, 5);
    CHECK_INT(config.retries, 0);
    CHECK(config.sync_after_call);
    CHECK(strstr(config.endpoint_from, ":3") != NULL);
    conf_deinit(&config);
    CHECK(config.key == NULL && config.batch == CONF_BATCH_DEFAULT);
    forget(path);
}

/* The whole file as text (static). */
static const char *slurp(const char *path)
{
    static char text[4096];
    FILE *file = fopen(path, "rb");
    REQUIRE(file != NULL);
    size_t n = fread(text, 1, sizeof text - 1, file);
    text[n] = '\0';
    fclose(file);
    return text;
}

TEST(config_saves_the_trainee_keeping_every_other_line)
{
    const char *path = write_settings("# the team's LRS\n"
                                      "endpoint = https://lrs.example.com/xAPI\n"
                                      "key = abc\n"
                                      "  trainee = Old Name\n"
                                      "sync_after_call = yes", /* no newline at the end */
                                      0600);
    CoachError err;
    err_clear(&err);
    REQUIRE(conf_save_trainee(path, "Chloé Dubois", &err) == COACH_OK);
    CHECK_STR(slurp(path), "# the team's LRS\n"
                           "endpoint = https://lrs.example.com/xAPI\n"
                           "key = abc\n"
                           "trainee = Chloé Dubois\n"
                           "sync_after_call = yes\n");
    struct stat st;
    REQUIRE(stat(path, &st) == 0);
    CHECK_INT((int)(st.st_mode & 0777), 0600); /* it holds a key: still private */
    CoachConfig config;
    conf_init(&config);
    REQUIRE(conf_load(&config, path, &err) == COACH_OK);
    CHECK_STR(config.trainee, "Chloé Dubois");
    CHECK(config.sync_after_call);
    conf_deinit(&config);
    /* names that would not read back the same, or could fool a terminal, are refused */
    CHECK(conf_save_trainee(path, "", &err) == COACH_EUSAGE);
    CHECK(conf_save_trainee(path, " Ana", &err) == COACH_EUSAGE);
    CHECK(conf_save_trainee(path, "Ana\nkey = stolen", &err) == COACH_EUSAGE);
    CHECK(conf_save_trainee(path, "Ana\xC2\x85", &err) == COACH_EUSAGE);
    CHECK(conf_save_trainee(path, "\xFF\xFE", &err) == COACH_EUSAGE);
    CHECK(strstr(slurp(path), "trainee = Chloé Dubois\n") != NULL);
    forget(path);
}

TEST(config_saving_the_trainee_makes_the_file_and_refuses_to_touch_a_broken_one)
{
    char dir[] = "/tmp/coach-config-new-XXXXXX";
    REQUIRE(mkdtemp(dir) != NULL);
    char path[300];
    snprintf(path, sizeof path, "%s/discovery-coach/config", dir);
    CoachError err;
    err_clear(&err);
    REQUIRE(conf_save_trainee(path, "Ana Ruiz", &err) == COACH_OK);
    CHECK_STR(slurp(path), "trainee = Ana Ruiz\n");
    /* a file with a mistake in it keeps its text; the error names its line */
    const char *broken = write_settings("trainee = Ben\nsecert = x\n", 0600);
    CHECK(conf_save_trainee(broken, "Ana Ruiz", &err) == COACH_EUSAGE);
    CHECK_STR(err.file, broken);
    CHECK_INT(err.line, 2);
    CHECK_STR(slurp(broken), "trainee = Ben\nsecert = x\n");
    forget(broken);
    char command[400];
    snprintf(command, sizeof command, "rm -rf %s", dir);
    CHECK(system(command) == 0);
}

TEST(config_missing_file_is_no_error_and_leaves_the_defaults)
{
    CoachConfig config;
    conf_init(&config);
    REQUIRE(conf_load(&config, "/nonexistent/discovery-coach/config", NULL) == COACH_OK);
    CHECK(!config.exists);
    CHECK(config.endpoint == NULL);
    CHECK_INT(config.batch, CONF_BATCH_DEFAULT);
    CHECK_INT(config.timeout, CONF_TIMEOUT_DEFAULT);
    CHECK_INT(config.retries, CONF_RETRIES_DEFAULT);
    conf_deinit(&config);
}

TEST(config_errors_name_the_file_and_line)
{
    static const struct {
        const char *text;
        int line;
        const char *says;
    } cases[] = {
        {"endpoint = https://lrs.example.com\nendpont = x\n", 2, "unknown setting \"endpont\""},
        {"# ok\njust words\n", 2, "name = value"},
        {"batch = 0\n", 1, "from 1 to 1000"},
        {"batch = 12x\n", 1, "whole number"},
        {"timeout = 99999\n", 1, "from 1 to 600"},
        {"sync_after_call = maybe\n", 1, "yes or no"},
        {"key = a\nkey = b\n", 2, "set twice"},
        {"\n\nhome_page = urn:discovery-coach\n", 3, "http(s) URL"},
        {"endpoint = http://lrs.example.com/xAPI\n", 1, "plain http only to this machine"},
        {"endpoint = https://key:secret@lrs.example.com/xAPI\n", 1, "no user:password@"},
        {"endpoint = https://lrs.example.com/xAPI?x=1\n", 1, "query"},
        {"ca_file = /nonexistent/ca.pem\n", 1, "cannot read"},
        {"account = \n", 1, "1 to 256 bytes"},
        {"x = 1\n\xff\n", 2, "not UTF-8"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *path = write_settings(cases[i].text, 0600);
        CoachConfig config;
        conf_init(&config);
        CoachError err;
        err_clear(&err);
        CHECK(conf_load(&config, path, &err) != COACH_OK);
        CHECK_STR(err.file, path);
        CHECK_INT(err.line, cases[i].line);
        if (strstr(err.message, cases[i].says) == NULL) {
            fprintf(stderr, "case %zu: \"%s\" does not say \"%s\"\n", i, err.message, cases[i].says);
            check_failures++;
        }
        conf_deinit(&config);
        forget(path);
    }
}

TEST(config_marks_a_key_that_others_can_read)
{
    const char *path = write_settings("key = abc\nsecret = def\n", 0644);
    CoachConfig config;
    conf_init(&config);
    REQUIRE(conf_load(&config, path, NULL) == COACH_OK);
    CHECK(config.readable_by_others);
    conf_deinit(&config);
    forget(path);
    path = write_settings("home_page = https://lms.example.com\n", 0644);
    conf_init(&config);
    REQUIRE(conf_load(&config, path, NULL) == COACH_OK);
    CHECK(!config.readable_by_others); /* nothing secret in it */
    conf_deinit(&config);
    forget(path);
}

TEST(config_environment_overrides_the_file)
{
    const char *path = write_settings("endpoint = https://lrs.example.com/xAPI\nkey = from-file\n"
                                      "secret = from-file\n",
                                      0600);
    CoachConfig config;
    conf_init(&config);
    REQUIRE(conf_load(&config, path, NULL) == COACH_OK);
    setenv("COACH_LRS_ENDPOINT", "http://127.0.0.1:8080/xAPI", 1);
    setenv("COACH_LRS_KEY", "from-env", 1);
    setenv("COACH_LRS_SECRET", "", 1); /* empty: the file's stays */
    CoachError err;
    err_clear(&err);
    REQUIRE(conf_apply_environment(&config, &err) == COACH_OK);
    CHECK_STR(config.endpoint, "http://127.0.0.1:8080/xAPI");
    CHECK_STR(config.endpoint_from, "COACH_LRS_ENDPOINT");
    CHECK_STR(config.key, "from-env");
    CHECK_STR(config.key_from, "COACH_LRS_KEY");
    CHECK_STR(config.secret, "from-file");
    setenv("COACH_LRS_ENDPOINT", "ftp://lrs.example.com", 1);
    err_clear(&err);
    CHECK(conf_apply_environment(&config, &err) == COACH_EUSAGE);
    CHECK_STR(err.file, "COACH_LRS_ENDPOINT");
    unsetenv("COACH_LRS_ENDPOINT");
    unsetenv("COACH_LRS_KEY");
    unsetenv("COACH_LRS_SECRET");
    conf_deinit(&config);
    forget(path);
}

TEST(config_endpoint_takes_https_and_plain_http_to_this_machine_only)
{
    CHECK(conf_is_endpoint("https://lrs.example.com/xAPI"));
    CHECK(conf_is_endpoint("http://127.0.0.1:8080/xAPI"));
    CHECK(conf_is_endpoint("http://localhost/xAPI"));
    CHECK(conf_is_endpoint("http://[::1]:9/x"));
    CHECK(!conf_is_endpoint("http://lrs.example.com/xAPI"));
    CHECK(!conf_is_endpoint("http://127.0.0.1.example.com/xAPI"));
    CHECK(!conf_is_endpoint("http://localhost.example.com/xAPI"));
    CHECK(!conf_is_endpoint("https://lrs.example.com/xAPI#x"));
}

TEST(config_default_path_follows_xdg_config_home_then_home)
{
    char path[4096];
    setenv("XDG_CONFIG_HOME", "/x/config", 1);
    REQUIRE(conf_default_path(path, sizeof path, NULL) == COACH_OK);
    CHECK_STR(path, "/x/config/discovery-coach/config");
    unsetenv("XDG_CONFIG_HOME");
    setenv("HOME", "/home/ana", 1);
    REQUIRE(conf_default_path(path, sizeof path, NULL) == COACH_OK);
    CHECK_STR(path, "/home/ana/.config/discovery-coach/config");
}

TESTS(CHECK_CASE(config_reads_settings_with_comments_blank_lines_and_spaces),
      CHECK_CASE(config_missing_file_is_no_error_and_leaves_the_defaults),
      CHECK_CASE(config_errors_name_the_file_and_line),
      CHECK_CASE(config_marks_a_key_that_others_can_read),
      CHECK_CASE(config_environment_overrides_the_file),
      CHECK_CASE(config_endpoint_takes_https_and_plain_http_to_this_machine_only),
      CHECK_CASE(config_default_path_follows_xdg_config_home_then_home),
      CHECK_CASE(config_saves_the_trainee_keeping_every_other_line),
      CHECK_CASE(config_saving_the_trainee_makes_the_file_and_refuses_to_touch_a_broken_one))
