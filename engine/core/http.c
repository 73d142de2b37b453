/* http: see http.h. One curl easy handle per client, reused so that
 * consecutive batches share a connection (and a TLS session). */
#include "http.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

struct HttpClient {
    CURL *curl;
    struct curl_slist *headers;
    HttpSettings settings;
    char *user, *password, *ca_file; /* owned copies */
    char error[CURL_ERROR_SIZE];
};

/* The body as it arrives, capped at HTTP_MAX_BODY_BYTES. */
typedef struct HttpBuffer {
    char *data;
    size_t size, capacity;
    bool too_large;
} HttpBuffer;

static size_t http_collect(char *data, size_t size, size_t count, void *context)
{
    HttpBuffer *buffer = context;
    size_t bytes = size * count;
    if (buffer->size + bytes > HTTP_MAX_BODY_BYTES) {
        buffer->too_large = true;
        return 0; /* makes libcurl stop with CURLE_WRITE_ERROR */
    }
    if (buffer->size + bytes + 1 > buffer->capacity) {
        size_t capacity = buffer->capacity == 0 ? 4096 : buffer->capacity;
        while (capacity < buffer->size + bytes + 1)
            capacity *= 2;
        char *grown = realloc(buffer->data, capacity);
        if (grown == NULL)
            return 0;
        buffer->data = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->data + buffer->size, data, bytes);
    buffer->size += bytes;
    buffer->data[buffer->size] = '\0';
    return bytes;
}

static char *http_copy(const char *text)
{
    if (text == NULL)
        return NULL;
    size_t length = strlen(text);
    char *copy = malloc(length + 1);
    if (copy != NULL)
        memcpy(copy, text, length + 1);
    return copy;
}

/* Overwrites the password before it is freed. */
static void http_wipe(char *text)
{
    if (text == NULL)
        return;
    volatile char *p = text;
    while (*p != '\0')
        *p++ = '\0';
}

HttpClient *http_create(const HttpSettings *settings, CoachError *err)
{
    /* thread-safe from libcurl 7.84 on; Debian 12 has 7.88 */
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        err_set(err, COACH_EIO, NULL, 0, "libcurl could not start");
        return NULL;
    }
    HttpClient *client = calloc(1, sizeof *client);
    if (client == NULL) {
        curl_global_cleanup();
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    client->settings = *settings;
    client->user = http_copy(settings->user);
    client->password = http_copy(settings->password);
    client->ca_file = http_copy(settings->ca_file);
    client->curl = curl_easy_init();
    static const char *const headers[] = {"X-Experience-API-Version: 1.0.3",
                                          "Content-Type: application/json; charset=utf-8",
                                          "Accept: application/json"};
    bool ok = client->curl != NULL && (settings->user == NULL || client->user != NULL) &&
              (settings->password == NULL || client->password != NULL) &&
              (settings->ca_file == NULL || client->ca_file != NULL);
    for (size_t i = 0; ok && i < sizeof headers / sizeof headers[0]; i++) {
        struct curl_slist *grown = curl_slist_append(client->headers, headers[i]);
        if (grown == NULL)
            ok = false;
        else
            client->headers = grown;
    }
    if (!ok) {
        http_destroy(client);
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory starting libcurl");
        return NULL;
    }
    return client;
}

/* Sorts a libcurl failure into what the caller can do about it. */
static HttpFailure http_failure_of(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return HTTP_UNREACHABLE;
    case CURLE_OPERATION_TIMEDOUT:
        return HTTP_TIMEOUT;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
        return HTTP_TLS;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
    case CURLE_NOT_BUILT_IN:
    case CURLE_UNKNOWN_OPTION:
        return HTTP_REFUSED_URL;
    default:
        return HTTP_BROKEN;
    }
}

int http_request(HttpClient *client, const char *url, const char *body, size_t size,
                 HttpResponse *response)
{
    memset(response, 0, sizeof *response);
    response->retry_after = -1;
    CURL *curl = client->curl;
    curl_easy_reset(curl);
    HttpBuffer buffer = {NULL, 0, 0, false};
    client->error[0] = '\0';
    long timeout = client->settings.timeout_seconds > 0 ? client->settings.timeout_seconds : 30;
    /* each option below either cannot fail here or fails the request with
     * CURLE_UNKNOWN_OPTION / NOT_BUILT_IN, which is reported */
    CURLcode code = curl_easy_setopt(curl, CURLOPT_URL, url);
    if (code == CURLE_OK)
        code = curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    if (code == CURLE_OK)
        code = curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    if (code == CURLE_OK)
        code = curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (code == CURLE_OK && client->ca_file != NULL)
        code = curl_easy_setopt(curl, CURLOPT_CAINFO, client->ca_file);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); /* timeouts without SIGALRM: threads may call */
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, timeout < 10 ? timeout : 10L);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, client->headers);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "discovery-coach/0.1.0");
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, client->error);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, http_collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &buffer);
    if (client->user != NULL) {
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
        curl_easy_setopt(curl, CURLOPT_USERNAME, client->user);
        curl_easy_setopt(curl, CURLOPT_PASSWORD, client->password != NULL ? client->password : "");
    }
    if (body != NULL) {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)size);
    }
    if (code == CURLE_OK)
        code = curl_easy_perform(curl);
    if (code != CURLE_OK) {
        response->failure = http_failure_of(code);
        if (buffer.too_large)
            snprintf(response->message, sizeof response->message, "the answer is over %zu MiB",
                     HTTP_MAX_BODY_BYTES >> 20);
        else
            snprintf(response->message, sizeof response->message, "%s",
                     client->error[0] != '\0' ? client->error : curl_easy_strerror(code));
        free(buffer.data);
        return COACH_OK;
    }
    response->failure = HTTP_ANSWERED;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response->status);
    struct curl_header *header = NULL;
    if (curl_easy_header(curl, "Retry-After", 0, CURLH_HEADER, -1, &header) == CURLHE_OK &&
        header->value != NULL) {
        char *end = NULL;
        long seconds = strtol(header->value, &end, 10);
        if (end != header->value && seconds >= 0)
            response->retry_after = seconds;
    }
    header = NULL;
    if (curl_easy_header(curl, "Location", 0, CURLH_HEADER, -1, &header) == CURLHE_OK &&
        header->value != NULL)
        snprintf(response->location, sizeof response->location, "%s", header->value);
    response->body = buffer.data;
    response->size = buffer.size;
    return COACH_OK;
}

void http_response_deinit(HttpResponse *response)
{
    if (response == NULL)
        return;
    free(response->body);
    response->body = NULL;
    response->size = 0;
}

void http_destroy(HttpClient *client)
{
    if (client == NULL)
        return;
    if (client->curl != NULL)
        curl_easy_cleanup(client->curl);
    curl_slist_free_all(client->headers);
    http_wipe(client->password);
    http_wipe(client->user);
    free(client->user);
    free(client->password);
    free(client->ca_file);
    free(client);
    curl_global_cleanup(); /* pairs with http_create's curl_global_init */
}
