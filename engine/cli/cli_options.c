/* cli_options: see cli_options.h. */
#include "cli_options.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static const CliOption *cli_find_option(const CliOption *options, size_t count, const char *arg)
{
    for (size_t i = 0; i < count; i++)
        if (strcmp(arg, options[i].name) == 0 ||
            (options[i].alias != NULL && strcmp(arg, options[i].alias) == 0))
            return &options[i];
    return NULL;
}

int cli_parse_options(int argc, char **argv, const CliOption *options, size_t option_count,
                      const char **positional, size_t *positional_count)
{
    const char *command = argv[0];
    *positional_count = 0;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--") == 0) {
            while (++i < argc)
                positional[(*positional_count)++] = argv[i];
            break;
        }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0)
            return CLI_HELP;
        if (arg[0] != '-' || arg[1] == '\0') {
            positional[(*positional_count)++] = arg;
            continue;
        }
        /* "--name=value" is "--name value" */
        char name[64];
        const char *inline_value = NULL;
        const char *equals = strchr(arg, '=');
        if (arg[1] == '-' && equals != NULL && (size_t)(equals - arg) < sizeof name) {
            snprintf(name, sizeof name, "%.*s", (int)(equals - arg), arg);
            inline_value = equals + 1;
            arg = name;
        }
        const CliOption *option = cli_find_option(options, option_count, arg);
        if (option == NULL) {
            fprintf(stderr, "coach %s: unknown option '%s' (try coach %s --help)\n", command, arg,
                    command);
            return CLI_USAGE;
        }
        if (option->given != NULL)
            *option->given = true;
        if (option->kind == CLI_FLAG) {
            if (inline_value != NULL) {
                fprintf(stderr, "coach %s: %s takes no value\n", command, arg);
                return CLI_USAGE;
            }
            *(bool *)option->target = true;
            continue;
        }
        const char *value = inline_value;
        if (value == NULL) {
            if (i + 1 >= argc || argv[i + 1][0] == '\0') {
                fprintf(stderr, "coach %s: %s needs a value\n", command, arg);
                return CLI_USAGE;
            }
            value = argv[++i];
        }
        if (option->kind == CLI_STRING) {
            *(const char **)option->target = value;
            continue;
        }
        char *end = NULL;
        errno = 0;
        unsigned long long number = strtoull(value, &end, 10);
        if (errno != 0 || end == value || *end != '\0' || value[0] == '-') {
            fprintf(stderr, "coach %s: %s needs a whole number >= 0, not '%s'\n", command, arg,
                    value);
            return CLI_USAGE;
        }
        *(uint64_t *)option->target = (uint64_t)number;
    }
    return CLI_PARSED;
}

int cli_at_most_one(const char *command, const char *const *positional, size_t count,
                    const char **path)
{
    if (count > 1) {
        fprintf(stderr, "coach %s: one scenario at a time ('%s' is extra)\n", command, positional[1]);
        return CLI_USAGE;
    }
    if (count == 1)
        *path = positional[0];
    return CLI_OK;
}

static int cli_compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cli_push(char ***files, size_t *count, size_t *capacity, char *path)
{
    if (path == NULL)
        return CLI_USAGE;
    if (*count == *capacity) {
        size_t grown_capacity = *capacity == 0 ? 16 : *capacity * 2;
        char **grown = realloc(*files, grown_capacity * sizeof *grown);
        if (grown == NULL) {
            free(path);
            return CLI_USAGE;
        }
        *files = grown;
        *capacity = grown_capacity;
    }
    (*files)[(*count)++] = path;
    return CLI_OK;
}

/* Appends the files of dir ending in suffix, sorted. */
static int cli_expand_directory(const char *dir, const char *suffix, char ***files, size_t *count,
                                size_t *capacity)
{
    DIR *handle = opendir(dir);
    if (handle == NULL) {
        fprintf(stderr, "coach: %s: error: cannot read the directory: %s\n", dir, strerror(errno));
        return CLI_USAGE;
    }
    size_t first = *count, suffix_length = strlen(suffix);
    int result = CLI_OK;
    struct dirent *entry;
    while (result == CLI_OK && (entry = readdir(handle)) != NULL) {
        size_t length = strlen(entry->d_name);
        if (entry->d_name[0] == '.' || length <= suffix_length ||
            strcmp(entry->d_name + length - suffix_length, suffix) != 0)
            continue;
        size_t size = strlen(dir) + length + 2;
        char *path = malloc(size);
        if (path != NULL)
            snprintf(path, size, "%s/%s", dir, entry->d_name);
        result = cli_push(files, count, capacity, path);
    }
    closedir(handle);
    if (result != CLI_OK)
        fprintf(stderr, "coach: %s: error: out of memory listing the directory\n", dir);
    qsort(*files + first, *count - first, sizeof **files, cli_compare_names);
    return result;
}

int cli_expand_paths(const char *const *paths, size_t count, const char *suffix, char ***files,
                     size_t *file_count)
{
    size_t capacity = 0;
    int result = CLI_OK;
    *files = NULL;
    *file_count = 0;
    for (size_t i = 0; i < count; i++) {
        struct stat st;
        if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            if (cli_expand_directory(paths[i], suffix, files, file_count, &capacity) != CLI_OK)
                result = CLI_USAGE;
        } else if (cli_push(files, file_count, &capacity, strdup(paths[i])) != CLI_OK) {
            fprintf(stderr, "coach: out of memory\n");
            result = CLI_USAGE;
        }
    }
    return result;
}

void cli_free_paths(char **files, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(files[i]);
    free(files);
}
