/* check: the unit-test harness. A test file defines tests with TEST(name)
 * (names read as sentences: analyze_marks_why_question_as_open) and lists
 * them once in TESTS(...); ctest runs each test as its own process:
 * `test_file name`. With no argument, every test of the file runs. */
#ifndef COACH_CHECK_H
#define COACH_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_failures;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);  \
            check_failures++;                                                         \
        }                                                                             \
    } while (0)

#define CHECK_INT(actual, expected)                                                   \
    do {                                                                              \
        long long check_a_ = (long long)(actual), check_e_ = (long long)(expected);   \
        if (check_a_ != check_e_) {                                                   \
            fprintf(stderr, "%s:%d: %s is %lld, expected %lld\n", __FILE__, __LINE__, \
                    #actual, check_a_, check_e_);                                     \
            check_failures++;                                                         \
        }                                                                             \
    } while (0)

#define CHECK_STR(actual, expected)                                                   \
    do {                                                                              \
        const char *check_a_ = (actual), *check_e_ = (expected);                      \
        if (check_a_ == NULL || strcmp(check_a_, check_e_) != 0) {                    \
            fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__,       \
                    __LINE__, #actual, check_a_ ? check_a_ : "(null)", check_e_);     \
            check_failures++;                                                         \
        }                                                                             \
    } while (0)

/* Stops the test at once when a precondition for the rest fails. */
#define REQUIRE(cond)                                                                 \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: required: %s\n", __FILE__, __LINE__, #cond);      \
            exit(1);                                                                  \
        }                                                                             \
    } while (0)

#define TEST(name) static void name(void)

typedef struct CheckCase {
    const char *name;
    void (*run)(void);
} CheckCase;

#define CHECK_CASE(name) {#name, name}

/* main() for a test file: TESTS(CHECK_CASE(a), CHECK_CASE(b)) */
#define TESTS(...)                                                                    \
    int main(int argc, char **argv)                                                   \
    {                                                                                 \
        static const CheckCase cases[] = {__VA_ARGS__};                               \
        size_t count = sizeof cases / sizeof cases[0];                                \
        int ran = 0;                                                                  \
        for (size_t i = 0; i < count; i++) {                                          \
            if (argc > 1 && strcmp(argv[1], cases[i].name) != 0)                      \
                continue;                                                             \
            int before = check_failures;                                              \
            cases[i].run();                                                           \
            ran++;                                                                    \
            printf("%s: %s\n", check_failures == before ? "ok" : "FAIL", cases[i].name); \
        }                                                                             \
        if (ran == 0) {                                                               \
            fprintf(stderr, "no test named %s\n", argc > 1 ? argv[1] : "(any)");      \
            return 2;                                                                 \
        }                                                                             \
        return check_failures == 0 ? 0 : 1;                                           \
    }

#endif
