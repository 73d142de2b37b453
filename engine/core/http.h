/* http: the few HTTP requests `coach sync` makes to a learning record store,
 * on libcurl, with the xAPI headers (X-Experience-API-Version 1.0.3, JSON),
 * HTTP Basic credentials, TLS verification always on (peer and host, with
 * an optional extra CA file), http and https only, no redirects followed,
 * and a time limit per request. Nothing here prints: the credentials are
 * never written anywhere, and the URL given never carries them.
 *
 * A request either gets an answer (any HTTP status) or fails with a
 * HttpFailure saying whether trying again may help; deciding what to do
 * with either is the caller's. */
#ifndef COACH_HTTP_H
#define COACH_HTTP_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

#define HTTP_MAX_BODY_BYTES ((size_t)64 * 1024 * 1024)

typedef struct HttpSettings {
    const char *user, *password; /* Basic credentials; NULL: none */
    long timeout_seconds;        /* the whole request, 1-600 */
    const char *ca_file;         /* extra CA certificates (PEM); NULL: the system's */
} HttpSettings;

typedef enum HttpFailure {
    HTTP_ANSWERED = 0, /* the server answered: see status */
    HTTP_UNREACHABLE,  /* no connection (refused, no route, unknown host): may come back */
    HTTP_TIMEOUT,      /* no complete answer in time: may come back */
    HTTP_BROKEN,       /* the connection broke mid-way: may come back */
    HTTP_TLS,          /* the server's certificate could not be verified: will not */
    HTTP_REFUSED_URL   /* a URL or option libcurl will not use: will not */
} HttpFailure;

typedef struct HttpResponse {
    HttpFailure failure;
    long status;          /* the HTTP status when answered */
    char *body;           /* owned, NUL-terminated (NULL: none) */
    size_t size;
    long retry_after;     /* seconds the server asked to wait (Retry-After), -1: none */
    char location[512];   /* Location header of a redirect, "" when none */
    char message[512];    /* why it failed, when it did */
} HttpResponse;

typedef struct HttpClient HttpClient;

/* A client with these settings (copied). NULL with err filled when libcurl
 * cannot start. Caller: http_destroy. */
HttpClient *http_create(const HttpSettings *settings, CoachError *err);

/* POSTs body (JSON, size bytes) to url, or GETs url when body is NULL,
 * filling *response (caller: http_response_deinit). Returns COACH_OK once a
 * request was made, answered or not; COACH_ENOMEM otherwise. */
int http_request(HttpClient *client, const char *url, const char *body, size_t size,
                 HttpResponse *response);

void http_response_deinit(HttpResponse *response);

/* http_destroy(NULL) is a no-op. */
void http_destroy(HttpClient *client);

#endif
