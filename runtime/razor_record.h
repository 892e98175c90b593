/* razor_record.h - a block's record (razor_record.c), the one owner of it.
 *
 * A tracked block's record says which site and probe set it counts for and
 * how large it is.  It lives in a 16-byte header in front of the block
 * (blocks allocated by the runtime with glibc behind it), or in the pointer
 * table (razor_table.c) for everything else.  Only razor_record.c creates,
 * moves (realloc) and releases records; the hooks call it once each, after
 * the inline "anything traced?" test below.  The layout helpers here are
 * inline for razor_record.c's fast paths and for unit tests.
 */
#ifndef RAZOR_RECORD_H
#define RAZOR_RECORD_H

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "razor_alloc.h"
#include "razor_block.h"

/* ---- block headers ----
 *
 * With glibc's malloc behind the runtime's (no sanitizer, no other
 * allocator, no Valgrind tool that replaces malloc), what is allocated
 * while a probe samples on the thread carries 16 bytes in front of it:
 *
 *   q - 16: tag(q) | serial   tag: the top 48 bits of a keyed hash of q;
 *                             serial: the low 16 bits of the allocating
 *                             thread's token (razor_block.serial)
 *   q - 8:  ctx << 36 | size  ctx 0: not tracked (a header all the same)
 *
 * where q is the address the program gets (malloc's result plus 16, so
 * still 16-aligned).  The record of a tracked block is then its header:
 * no table insert on allocation, no lookup on release.  Any pointer freed
 * can be tested: glibc keeps its own chunk header at q - 16, so that word
 * is always mapped; it holds the tag only in front of a block of ours
 * (the runtime clears it before a block goes back to glibc).  What the
 * runtime does not allocate itself (aligned allocations, resources) stays
 * in the pointer table.  Decided once, before any block is allocated.
 *
 * Sizes where 16 more bytes would change how glibc serves a block get no
 * header (razor_hdr_fits), and such blocks are recorded in the table:
 * - 1017 to 1032 bytes (1024 among them): glibc's tcache holds blocks of
 *   up to 1032; with a header such a block would go to the large bins,
 *   where each request first consolidates the fast bins.  This holds for
 *   new blocks only: a realloc, which glibc serves from its bins anyway,
 *   keeps a block's header through these sizes.
 * - over RAZOR_HDR_MAX_SIZE: with a header, a block just under glibc's
 *   default mmap threshold (128 KiB) would get a mapping of its own; and a
 *   mapped block's usable size is its pages', which the header would
 *   shift.  A headed block a realloc makes larger moves to the table. */
#define RAZOR_HDR_BYTES 16
#define RAZOR_HDR_SIZE_BITS 36
#define RAZOR_HDR_MAX_SIZE (128 * 1024 - 48)

/* True when a new block of N bytes gets a header (see above). */
static inline int razor_hdr_fits(size_t n) {
  return n <= RAZOR_HDR_MAX_SIZE && n - 1017 >= 16;
}

/* What to ask glibc for, for a block of N bytes and its header.  At least
 * 24 bytes for the block: glibc's smallest chunk has that many usable, and
 * malloc_usable_size then says for every small block what it says without
 * razortrace. */
static inline size_t razor_hdr_bytes(size_t n) {
  return (n < 24 ? 24 : n) + RAZOR_HDR_BYTES;
}

static inline uint64_t razor_hdr_tag(uintptr_t q) {
  return ((q ^ razor_hdr_key) * 0x9E3779B97F4A7C15ull) & ~(uint64_t)0xFFFF;
}

/* What a block of ours released to glibc keeps at q - 8 unless glibc
 * writes there (hdr_freed in razor_record.c): bit 63 set, which no chunk size has. */
#define RAZOR_HDR_FREED_MARK (~0ull)

/* A header's context (0: no record) and size, from its word at q - 8. */
static inline uint32_t razor_hdr_ctx(uint64_t info) {
  return (uint32_t)(info >> RAZOR_HDR_SIZE_BITS);
}
static inline uint64_t razor_hdr_size(uint64_t info) {
  return info & ((1ull << RAZOR_HDR_SIZE_BITS) - 1);
}

/* Gives the memory of a block of ours (header H, record already taken)
 * back to glibc: its tag goes first, so no stale tag is ever left where a
 * later block's header could be read, and the freed mark stays at q - 8
 * unless glibc writes there (see hdr_freed). */
static inline void razor_hdr_give_back(uint64_t *h) {
  RAZOR_CHECK((h[0] & ~(uint64_t)0xFFFF) == razor_hdr_tag((uintptr_t)(h + 2)));
  h[1] = RAZOR_HDR_FREED_MARK;
  h[0] = 0;
  __atomic_load_n(&__razor_next_free, __ATOMIC_ACQUIRE)(h);
}

/* Gives block H (from the next allocator, 16 bytes more than the program
 * asked for) a header with no record; returns the program's pointer. */
static inline void *razor_hdr_init(uint64_t *h) {
  h[1] = 0;
  h[0] = razor_hdr_tag((uintptr_t)(h + 2));
  return h + 2;
}

/* The header of Q when Q is a block of ours with one, else NULL. */
static inline uint64_t *razor_hdr_of(const void *q) {
  uintptr_t a = (uintptr_t)q;
  if (!razor_headers || (a & 15) || a < 4096 || (a >> 63))
    return NULL;
  uint64_t *h = (uint64_t *)a - 2;
  uint64_t w = __atomic_load_n(h, __ATOMIC_RELAXED);
  return (w & ~(uint64_t)0xFFFF) == razor_hdr_tag(a) ? h : NULL;
}

/* Writes B (B->ctx set) into header H. */
static inline void razor_hdr_set(uint64_t *h, const struct razor_block *b) {
  RAZOR_CHECK(b->ptr == (uintptr_t)(h + 2) && b->ctx &&
              b->size < (1ull << RAZOR_HDR_SIZE_BITS));
  h[1] = (uint64_t)b->ctx << RAZOR_HDR_SIZE_BITS | b->size;
  h[0] = razor_hdr_tag(b->ptr) | (uint16_t)b->serial;
}
/* ---- the record owner's entry points ----
 * FRAME is where a stack walk starts (the hook's own frame). */

/* malloc(N) / calloc(N, SZ) at SITE in instrumented code while this thread
 * samples: the block, with a header when it can have one, recorded. */
void *razor_record_malloc(size_t n, struct razor_site *site, void *frame);
void *razor_record_calloc(size_t n, size_t sz, struct razor_site *site,
                          void *frame);
/* razor_record_malloc when N bytes get a header; else NULL (also when
 * malloc fails): for callers with their own way of failing (operator new). */
void *razor_record_malloc_headed(size_t n, struct razor_site *site,
                                 void *frame);
/* Records block P (N bytes, made by someone else) for SITE.  A block in a
 * system header is charged to the user's call into it. */
void razor_record_block(void *p, uint64_t n, struct razor_site *site,
                        void *frame);
/* Records a mapping (mmap's result): always in the table. */
void razor_record_mapping(void *p, uint64_t n, struct razor_site *site);
/* Records block P of N bytes that code built without the plugin allocated
 * with function KIND, charged to the user's current call into that code. */
void razor_record_foreign(void *p, uint64_t n, unsigned kind, void *frame);
/* The process's malloc and calloc for code built without the plugin (the
 * slow paths razor_interpose.c goes to once anything can be traced): the
 * block is charged to the user's call into that code while a probe
 * samples on this thread. */
void *razor_record_foreign_malloc(size_t n);
void *razor_record_foreign_calloc(size_t n, size_t sz);
/* realloc(P, N) at SITE while this thread samples: the result belongs to
 * SITE and the current probes. */
void *razor_record_realloc(void *p, size_t n, struct razor_site *site,
                           void *frame);
/* realloc(P, N) by code built without the plugin: P's record (if any) moves
 * with it; a new block (P NULL) is recorded as the process's realloc. */
void *razor_record_realloc_foreign(void *p, size_t n);
/* Releases P: its record (if any) goes, then its memory. */
void razor_record_release(void *p);
/* The same, from an instrumented free while this thread samples. */
void razor_record_release_traced(void *p);
/* Forgets P's record (if any), wherever and whenever it is released. */
void razor_record_forget(void *p);
/* The same for what only the table can hold (mappings, resources). */
void razor_record_forget_table(void *p);
/* Custom allocators (razor_pool.c): records block P of N bytes that the
 * program registered (razor_malloclike, razor_pool_alloc) at SITE, or with
 * SITE NULL at the user's current call into code built without the plugin
 * as KIND; always in the table, released with razor_record_forget_table. */
void razor_record_client(const void *p, uint64_t n, struct razor_site *site,
                         unsigned kind, void *frame);
/* Makes the tracked block that holds P (if any) a chunk: its record moves
 * to its site's "pool-chunk" record, which never counts as the site's
 * (razor_record.c says how the block is found). */
void razor_record_chunk_of(const void *p, uint64_t n, uintptr_t pool);
/* Block P of POOL (0: razor_malloclike's; P NULL: every block of POOL)
 * was given back: what razor_record_chunk_of remembered of the memory
 * around it is forgotten. */
void razor_record_chunk_forget(uintptr_t pool, const void *p);
void razor_record_chunk_fork_lock(int lock);
/* True when PTR is a tracked block: a header's or the table's. */
int razor_record_tracked(const void *p);
/* Decodes header H of Q into B; 0 when its block is not tracked. */
int razor_hdr_block(const void *q, const uint64_t *h, struct razor_block *b);

/* The hooks' fast tests, one predictable branch each when nothing is
 * traced.  razor_record_sampled: records P (N bytes, allocated at SITE) when
 * a probe samples on this thread.  razor_forget: forgets P when anything is
 * tracked at all; razor_forget_table: the same for what has no header. */
#define razor_record_sampled(p, n, site)                                         do {                                                                             if (RAZOR_UNLIKELY(__razor_sampling))                                            razor_record_block((p), (n), (site), __builtin_frame_address(0));          } while (0)

static inline void razor_forget(void *p) {
  if (p && RAZOR_UNLIKELY(__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
                          RAZOR_TRACKING_BLOCKS))
    razor_record_forget(p);
}

static inline void razor_forget_table(void *p) {
  if (p && RAZOR_UNLIKELY(__atomic_load_n(&__razor_tracking, __ATOMIC_RELAXED) &
                          RAZOR_TRACKING_TABLE))
    razor_record_forget_table(p);
}

/* A "via" record's function that is a return address to name at report
 * time (razor_record.c's pointer_target): a mark, then the address in
 * hexadecimal. */
#define RAZOR_VIA_PC_MARK '\x01'
#define RAZOR_VIA_PC_LEN 20
static inline void razor_via_pc_write(char buf[RAZOR_VIA_PC_LEN],
                                      uintptr_t pc) {
  snprintf(buf, RAZOR_VIA_PC_LEN, "%c%" PRIxPTR, RAZOR_VIA_PC_MARK, pc);
}
/* The address razor_via_pc_write wrote into S, 0 when S is a name. */
static inline uintptr_t razor_via_pc(const char *s) {
  return s[0] == RAZOR_VIA_PC_MARK ? (uintptr_t)strtoull(s + 1, NULL, 16) : 0;
}

#endif /* RAZOR_RECORD_H */
