/* xapi: turns a session log into the xAPI (Experience API 1.0.3) statements
 * of one attempt, for a learning record store: both `coach export --xapi`
 * and `coach sync` send exactly what xapi_attempt builds.
 *
 * An attempt reads like a cmi5 one: "initialized" at the start, one
 * "answered" per trainee turn (the node as a cmi.interaction activity, the
 * line as the response, the move labels as a result extension), then for a
 * session that reached an ending "completed" and "passed" or "failed" with
 * the scores, and "terminated" last. A session that was abandoned or
 * stopped on a scenario error ends with "terminated" alone (completion
 * false). The trainee is an account agent (the homePage is the team's
 * learning platform, from the config); every statement of the attempt
 * carries the same context.registration and the scenario's version and
 * SHA-256.
 *
 * Ids are deterministic, so sending an attempt again is a no-op at the LRS:
 * the registration is a name-based UUID (version 5) of the log's identity
 * (trainee, scenario id and hash, seed, start time and every turn's
 * speaker and text: what a finished session never changes, whatever file it
 * is copied to), and each statement id is a version-5 UUID of the
 * statement's place in the attempt ("initialized", "answered/3",
 * "completed", "assessed", "terminated") in the registration's namespace. */
#ifndef COACH_XAPI_H
#define COACH_XAPI_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#include "error.h"

/* Our vocabulary: extension keys live under XAPI_IRI "extensions/"; the
 * default activity IRIs are XAPI_IRI "scenarios/<id>" and
 * XAPI_IRI "scenarios/<id>/nodes/<node>". */
#define XAPI_IRI "https://discovery-coach.example/xapi/"
#define XAPI_VERB_PREFIX "http://adlnet.gov/expapi/verbs/"

typedef struct XapiOptions {
    /* the trainee's account homePage: the team's learning platform, an
     * http(s) URL (see xapi_is_home_page); required */
    const char *home_page;
    /* the account name; NULL: each log's trainee name */
    const char *account;
    /* where activity IRIs start ("https://lms.example.com/coach");
     * NULL: XAPI_IRI. A trailing slash is ignored. */
    const char *activity_base;
} XapiOptions;

/* The statements of one session log (any parsed document: it is validated
 * here, see log_validate), in the order above, as a new array (caller:
 * cJSON_Delete). The registration goes to registration (may be NULL);
 * path only names the log in errors. NULL with err filled: not a log, an
 * empty or over-long trainee or account name, a scenario id that cannot be
 * an IRI segment, a start time that is not ISO 8601, a home page that is
 * not a URL, no memory. */
cJSON *xapi_attempt(const cJSON *log, const char *path, const XapiOptions *options,
                    char registration[37], CoachError *err);

/* Whether the log's session is over, so that its attempt will not grow:
 * status "ended" (an ending, or abandoned) or "failed" (a scenario error).
 * In-progress sessions are left for a later sync. */
bool xapi_log_finished(const cJSON *log);

/* Whether url can be an account homePage: "http://" or "https://", a host
 * of letters, digits, '.', '-' (or a bracketed IPv6 address) with an
 * optional port and path, no spaces, control characters or user info. */
bool xapi_is_home_page(const char *url);

/* SHA-1 (FIPS 180-4) of data[0..size) into digest. */
void xapi_sha1(const void *data, size_t size, unsigned char digest[20]);

/* The version-5 UUID of name in namespace_id (RFC 4122 section 4.3), as 36
 * lowercase characters and a NUL into text. */
void xapi_uuid_v5(const unsigned char namespace_id[16], const void *name, size_t size,
                  char text[37]);

/* seconds as an ISO 8601 duration ("PT1H2M3.5S", "PT0S"); negative or
 * non-finite values give "". */
void xapi_duration(double seconds, char *buffer, size_t size);

/* seconds since 1970 UTC as "YYYY-MM-DDTHH:MM:SS.mmmZ" into buffer (at
 * least 32 bytes); "" when out of the years 1970-9999. */
void xapi_timestamp(double seconds, char *buffer, size_t size);

#endif
