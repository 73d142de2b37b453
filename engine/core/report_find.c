/* report_find: finding the logs a report reads (see report.h): walking the
 * folders given, in a stable order, each file once however many paths reach
 * it (a folder and a file in it, links), with a warning for what cannot be
 * read. */
#define _XOPEN_SOURCE 700 /* lstat */
#include "report.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report_internal.h"

static int rep_compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A file as the system knows it: the same file reached by two paths (a
 * directory and a file in it, links) has one. */
typedef struct FileId {
    dev_t device;
    ino_t inode;
} FileId;

typedef struct PathList {
    char **paths;
    FileId *ids; /* with each path, when pushed with its stat */
    size_t count, capacity;
} PathList;

static int rep_path_push(PathList *list, const char *path, const struct stat *st)
{
    if (list->count == list->capacity) {
        size_t grown = list->capacity == 0 ? 32 : list->capacity * 2;
        char **bigger = realloc(list->paths, grown * sizeof *bigger);
        if (bigger == NULL)
            return COACH_ENOMEM;
        list->paths = bigger;
        FileId *more = realloc(list->ids, grown * sizeof *more);
        if (more == NULL)
            return COACH_ENOMEM;
        list->ids = more;
        list->capacity = grown;
    }
    char *copy = rep_copy(path, SIZE_MAX / 2);
    if (copy == NULL)
        return COACH_ENOMEM;
    list->ids[list->count] = st != NULL ? (FileId){st->st_dev, st->st_ino} : (FileId){0, 0};
    list->paths[list->count++] = copy;
    return COACH_OK;
}

static void rep_warn(RepWarnFunction warn, void *context, const char *path, const char *format,
                     const char *detail)
{
    if (warn == NULL)
        return;
    CoachError warning;
    err_set(&warning, COACH_EIO, path, 1, format, detail);
    warn(context, &warning);
}

static bool rep_ends_with_json(const char *name)
{
    size_t length = strlen(name);
    return length > 5 && strcmp(name + length - 5, ".json") == 0;
}

static int rep_walk(const char *dir, int depth, PathList *list, RepWarnFunction warn, void *context)
{
    if (depth > REP_MAX_DEPTH) {
        rep_warn(warn, context, dir, "%s", "directories nested too deeply; not read");
        return COACH_OK;
    }
    DIR *handle = opendir(dir);
    if (handle == NULL) {
        rep_warn(warn, context, dir, "cannot read the directory: %s", strerror(errno));
        return COACH_OK;
    }
    PathList names = {NULL, NULL, 0, 0};
    int rc = COACH_OK;
    struct dirent *item;
    while (rc == COACH_OK && (item = readdir(handle)) != NULL) {
        if (item->d_name[0] == '.' &&
            (item->d_name[1] == '\0' || (item->d_name[1] == '.' && item->d_name[2] == '\0')))
            continue;
        rc = rep_path_push(&names, item->d_name, NULL);
    }
    closedir(handle);
    if (names.count > 1)
        qsort(names.paths, names.count, sizeof *names.paths, rep_compare_strings);
    size_t dir_length = strlen(dir);
    for (size_t i = 0; rc == COACH_OK && i < names.count; i++) {
        size_t length = dir_length + strlen(names.paths[i]) + 2;
        char *child = malloc(length);
        if (child == NULL) {
            rc = COACH_ENOMEM;
            break;
        }
        snprintf(child, length, "%s%s%s", dir,
                 dir_length > 0 && dir[dir_length - 1] == '/' ? "" : "/", names.paths[i]);
        struct stat st;
        if (lstat(child, &st) == 0) {
            if (S_ISDIR(st.st_mode)) {
                rc = rep_walk(child, depth + 1, list, warn, context);
            } else if (rep_ends_with_json(names.paths[i])) {
                struct stat target;
                if (S_ISREG(st.st_mode))
                    rc = rep_path_push(list, child, &st);
                else if (S_ISLNK(st.st_mode) && stat(child, &target) == 0 && S_ISREG(target.st_mode))
                    rc = rep_path_push(list, child, &target);
                else if (!S_ISLNK(st.st_mode))
                    rep_warn(warn, context, child, "%s", "not a regular file; skipped");
            }
        }
        free(child);
    }
    rep_free_paths(names.paths, names.count);
    free(names.ids);
    return rc;
}

typedef struct Found {
    char *path;
    FileId id;
    size_t order;
} Found;

static int rep_compare_found_id(const void *a, const void *b)
{
    const Found *x = a, *y = b;
    if (x->id.device != y->id.device)
        return x->id.device < y->id.device ? -1 : 1;
    if (x->id.inode != y->id.inode)
        return x->id.inode < y->id.inode ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

static int rep_compare_found_order(const void *a, const void *b)
{
    const Found *x = a, *y = b;
    return x->order < y->order ? -1 : x->order > y->order;
}

int rep_find_logs(const char *const *paths, size_t path_count, char ***found, size_t *found_count,
                  RepWarnFunction warn, void *context, CoachError *err)
{
    *found = NULL;
    *found_count = 0;
    PathList list = {NULL, NULL, 0, 0};
    int rc = COACH_OK;
    for (size_t i = 0; rc == COACH_OK && i < path_count; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0)
            rep_warn(warn, context, paths[i], "cannot read: %s", strerror(errno));
        else if (S_ISDIR(st.st_mode))
            rc = rep_walk(paths[i], 0, &list, warn, context);
        else if (!S_ISREG(st.st_mode))
            rep_warn(warn, context, paths[i], "%s", "not a regular file; skipped");
        else
            rc = rep_path_push(&list, paths[i], &st);
    }
    /* the same file reached twice (a directory and a file in it, links) is
     * kept once, where it was first reached: by its device and inode, which
     * the walk has already read (realpath cost four system calls a file) */
    Found *items = rc == COACH_OK && list.count > 0 ? calloc(list.count, sizeof *items) : NULL;
    if (rc != COACH_OK || (list.count > 0 && items == NULL)) {
        rep_free_paths(list.paths, list.count);
        free(list.ids);
        return err_set(err, rc != COACH_OK ? rc : COACH_ENOMEM, NULL, 0, "out of memory listing the logs");
    }
    for (size_t i = 0; i < list.count; i++)
        items[i] = (Found){list.paths[i], list.ids[i], i};
    size_t kept = 0;
    if (list.count > 0) {
        qsort(items, list.count, sizeof *items, rep_compare_found_id);
        for (size_t i = 0; i < list.count; i++) {
            if (kept > 0 && items[kept - 1].id.device == items[i].id.device &&
                items[kept - 1].id.inode == items[i].id.inode) {
                free(items[i].path);
                continue;
            }
            items[kept++] = items[i];
        }
        qsort(items, kept, sizeof *items, rep_compare_found_order);
        for (size_t i = 0; i < kept; i++)
            list.paths[i] = items[i].path;
    }
    free(items);
    free(list.ids);
    *found = list.paths;
    *found_count = kept;
    return COACH_OK;
}

void rep_free_paths(char **paths, size_t count)
{
    if (paths == NULL)
        return;
    for (size_t i = 0; i < count; i++)
        free(paths[i]);
    free(paths);
}
