/* prefault: maps in the pages of a fresh buffer (the window's framebuffer)
 * on a helper thread, so that the first frame does not take a page fault
 * on each of its ~1,000 pages. The contents are not touched: the kernel
 * only populates the page tables (MADV_POPULATE_WRITE), so the buffer's
 * owner may write it meanwhile. On kernels without it, nothing happens. */
#ifndef COACH_UI_PREFAULT_H
#define COACH_UI_PREFAULT_H

#include <stddef.h>

typedef struct Prefault Prefault;

/* Starts populating the size bytes at bytes (borrowed: they must stay
 * mapped until prefault_destroy, or the populating merely fails). NULL when
 * no thread could be started (nothing to undo). Caller: prefault_destroy(). */
Prefault *prefault_create(void *bytes, size_t size);
/* Waits for the helper thread and frees the handle; NULL is a no-op. */
void prefault_destroy(Prefault *prefault);

#endif
