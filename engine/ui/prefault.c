/* prefault: page-table population of a buffer on a helper thread (see prefault.h). */
#define _DEFAULT_SOURCE /* madvise, MADV_POPULATE_WRITE */
#include "prefault.h"

#include <SDL.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

struct Prefault {
    uintptr_t start;  /* page-aligned */
    size_t length;    /* whole pages */
    SDL_Thread *thread;
};

/* Pages populated per call: madvise holds the address space's lock while it
 * works, and the main thread needs it meanwhile to map fonts and grow its
 * heap; small steps let it in between. */
#define PREFAULT_STEP_BYTES (128 * 1024)

static int prefault_run(void *data)
{
#ifdef MADV_POPULATE_WRITE
    const Prefault *prefault = data;
    for (size_t done = 0; done < prefault->length; done += PREFAULT_STEP_BYTES) {
        size_t step = prefault->length - done < PREFAULT_STEP_BYTES ? prefault->length - done : PREFAULT_STEP_BYTES;
        /* Fails (EINVAL) on kernels before 5.14: then the frame faults its pages in as before. */
        if (madvise((void *)(prefault->start + done), step, MADV_POPULATE_WRITE) != 0)
            break;
    }
#else
    (void)data;
#endif
    return 0;
}

Prefault *prefault_create(void *bytes, size_t size)
{
    long page = sysconf(_SC_PAGESIZE);
    if (bytes == NULL || size == 0 || page <= 0)
        return NULL;
    Prefault *prefault = calloc(1, sizeof *prefault);
    if (prefault == NULL)
        return NULL;
    uintptr_t mask = (uintptr_t)page - 1;
    uintptr_t first = (uintptr_t)bytes & ~mask;
    uintptr_t end = ((uintptr_t)bytes + size + mask) & ~mask;
    prefault->start = first;
    prefault->length = (size_t)(end - first);
    prefault->thread = SDL_CreateThread(prefault_run, "prefault", prefault);
    if (prefault->thread == NULL) {
        free(prefault);
        return NULL;
    }
    return prefault;
}

void prefault_destroy(Prefault *prefault)
{
    if (prefault == NULL)
        return;
    SDL_WaitThread(prefault->thread, NULL);
    free(prefault);
}
