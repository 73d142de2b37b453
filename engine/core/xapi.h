/* xapi: turns session logs into xAPI (Experience API 1.0.3) statements for a
 * learning record store: the trainee as an account agent, "completed" or
 * "terminated", the scenario as an activity, the scores as the result.
 *
 * Statement ids are name-based UUIDs (version 5, SHA-1) of the log's
 * content, so exporting the same log twice gives the same id and an LRS
 * keeps one copy. */
#ifndef COACH_XAPI_H
#define COACH_XAPI_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "error.h"

#define XAPI_HOME_PAGE "urn:discovery-coach"
#define XAPI_VERB_COMPLETED "http://adlnet.gov/expapi/verbs/completed"
#define XAPI_VERB_TERMINATED "http://adlnet.gov/expapi/verbs/terminated"
#define XAPI_ACTIVITY_PREFIX "urn:discovery-coach:scenario:"
#define XAPI_SKILL_PREFIX "urn:discovery-coach:skill:"

/* The statement of one session log (any parsed document: it is validated
 * here, see log_validate). home_page is the account's homePage (NULL:
 * XAPI_HOME_PAGE); path only names the log in errors. Returns a new object
 * (caller: cJSON_Delete) or NULL with err filled: not a log, an empty or
 * over-long trainee name, a start time that is not ISO 8601, no memory. */
cJSON *xapi_statement(const cJSON *log, const char *path, const char *home_page, CoachError *err);

/* SHA-1 (FIPS 180-4) of data[0..size) into digest. */
void xapi_sha1(const void *data, size_t size, unsigned char digest[20]);

/* The version-5 UUID of name in namespace_id (RFC 4122 section 4.3), as 36
 * lowercase characters and a NUL into text. */
void xapi_uuid_v5(const unsigned char namespace_id[16], const void *name, size_t size,
                  char text[37]);

/* seconds as an ISO 8601 duration ("PT1H2M3.5S", "PT0S"); negative or
 * non-finite values give "". */
void xapi_duration(double seconds, char *buffer, size_t size);

#endif
