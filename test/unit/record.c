// The record owner (razor_record.c): header encode/decode and which sizes
// get headers; every realloc transition of a tracked block (header to
// header, header to table, table to table, to 0, from NULL) keeps exact
// totals; a release a signal handler makes while the thread is inside the
// runtime is deferred and taken off once the thread is out.  Driven through
// the hooks compiled code calls, with a probe of the C API sampling.
// RUN: %razor_unit %s %razor_static_lib -lpthread -ldl -o %t && %t | FileCheck %s
#include <stdio.h>
#include <stdlib.h>

#include "razor_account.h"
#include "razor_hooks.h"
#include "razor_record.h"
#include "razortrace.h"

void *__razor_aligned_alloc(size_t al, size_t n, struct razor_site *site);

/* Its strings are razor_rel offsets, 0: "" (no file, function or source
 * line is needed here). */
static struct razor_site site = {.kind = RAZOR_KIND_malloc, .line = 10,
                                 .column = 5};

/* Bytes and blocks the probe's counters hold, pending counts included once
 * the activation is closed. */
static void totals(struct razor_probe *p, const char *what) {
  long long bytes = 0, blocks = 0;
  for (struct razor_counter *c = atomic_load(&p->counters); c; c = c->next) {
    bytes += atomic_load(&c->bytes);
    blocks += atomic_load(&c->blocks);
  }
  printf("%s: %lld bytes in %lld blocks\n", what, bytes, blocks);
}

static const char *where(void *q) {
  if (!q)
    return "none";
  if (razor_hdr_of(q))
    return razor_record_tracked(q) ? "header" : "header-untracked";
  return razor_record_tracked(q) ? "table" : "untracked";
}

int main(void) {
  // Layout: context and size share a word, the serial sits by the tag.
  uint64_t h[4] = {0};
  struct razor_block b = {(uintptr_t)(h + 2), 123456789, 0, 0,
                          razor_ctx_of(2, 3), 0x12345};
  razor_hdr_set(h, &b);
  printf("ctx %d size %llu serial %#x\n", razor_hdr_ctx(h[1]) == b.ctx,
         (unsigned long long)razor_hdr_size(h[1]), (unsigned)(uint16_t)h[0]);
  // CHECK: ctx 1 size 123456789 serial 0x2345
  printf("fits 1016 %d 1017 %d 1032 %d 1033 %d max %d max+1 %d\n",
         razor_hdr_fits(1016), razor_hdr_fits(1017), razor_hdr_fits(1032),
         razor_hdr_fits(1033), razor_hdr_fits(RAZOR_HDR_MAX_SIZE),
         razor_hdr_fits(RAZOR_HDR_MAX_SIZE + 1));
  // CHECK: fits 1016 1 1017 0 1032 0 1033 1 max 1 max+1 0
  printf("bytes 0 %zu 24 %zu 100 %zu\n", razor_hdr_bytes(0),
         razor_hdr_bytes(24), razor_hdr_bytes(100));
  // CHECK: bytes 0 40 24 40 100 116

  razor_probe *probe = razor_probe_create("unit", "");
  printf("begin %d headers %d\n", razor_probe_begin(probe), razor_headers);
  // CHECK: begin 1 headers 1
  void *p = __razor_malloc(100, &site);
  printf("malloc: %s\n", where(p));
  // CHECK: malloc: header
  p = __razor_realloc(p, 200, &site);
  printf("header->header: %s\n", where(p));
  // CHECK: header->header: header
  p = __razor_realloc(p, RAZOR_HDR_MAX_SIZE + 1000, &site);
  printf("header->table: %s\n", where(p));
  // CHECK: header->table: table
  p = __razor_realloc(p, 64, &site);
  printf("table->table: %s\n", where(p));
  // CHECK: table->table: table
  void *q = __razor_realloc(NULL, 48, &site);
  printf("from NULL: %s\n", where(q));
  // CHECK: from NULL: header
  void *a = __razor_aligned_alloc(64, 256, &site);
  printf("aligned: %s\n", where(a));
  // CHECK: aligned: table
  razor_probe_end(probe);
  totals(probe, "open");
  // CHECK: open: 368 bytes in 3 blocks
  printf("to 0: %p\n", __razor_realloc(q, 0, &site));
  // CHECK: to 0: (nil)
  totals(probe, "after realloc to 0");
  // CHECK: after realloc to 0: 320 bytes in 2 blocks

  // Outside the probe the process's realloc keeps a record where it is.
  p = realloc(p, 80);
  printf("kept: %s\n", where(p));
  // CHECK: kept: table
  totals(probe, "after untraced realloc");
  // CHECK: after untraced realloc: 336 bytes in 2 blocks

  // A release while the thread is inside the runtime (what a signal handler
  // does when it frees there) is deferred, then taken off.
  razor_probe_begin(probe);
  void *d = __razor_malloc(40, &site);
  razor_probe_end(probe);
  razor_tls_get()->guard = 1;
  free(d);
  printf("deferred %u\n", atomic_load(&razor_tls_get()->ndeferred));
  // CHECK: deferred 1
  totals(probe, "while deferred");
  // CHECK: while deferred: 376 bytes in 3 blocks
  razor_tls_get()->guard = 0;
  razor_account_drain();
  printf("deferred %u\n", atomic_load(&razor_tls_get()->ndeferred));
  // CHECK: deferred 0
  totals(probe, "drained");
  // CHECK: drained: 336 bytes in 2 blocks
  free(p);
  free(a);
  totals(probe, "all freed");
  // CHECK: all freed: 0 bytes in 0 blocks
  return 0;
}
