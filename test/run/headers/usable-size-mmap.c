// malloc_usable_size of a large block (one glibc maps on its own) allocated inside a sampled probe, by malloc, calloc, realloc of NULL or reallocarray in instrumented code or malloc and calloc in code built without the plugin, is that of a block of the same size allocated outside any probe (glibc's page rounding of the size), near page boundaries too: such blocks get no header.  The program prints what its plain build prints; writing every usable byte and freeing is fine.
// The mmap threshold is fixed (mallopt), so every one of these sizes is a
// mapping of its own in both builds, whatever the heap's state.
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor %s %t.ops.o -o %t
// RUN: %clang -I%include %s %t.ops.o -o %t.plain
// RUN: %run %t.plain > %t.plain.out
// RUN: env TRACE_USABLE=1 %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --implicit-check-not=differs < %t.out
// RUN: diff %t.plain.out %t.out
// RUN: FileCheck %s --check-prefix=REPORT --implicit-check-not=razortrace: < %t.err
#define _GNU_SOURCE
#include <malloc.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "Inputs/plain-ops.h"

enum { MALLOC, CALLOC, REALLOC_NULL, REALLOCARRAY, PLAIN_MALLOC, PLAIN_CALLOC,
       KINDS };
static const char *names[KINDS] = {"malloc", "calloc", "realloc-null",
                                   "reallocarray", "plain-malloc",
                                   "plain-calloc"};

static void *alloc_kind(int kind, size_t n) {
  switch (kind) {
  case MALLOC: return malloc(n);
  case CALLOC: return calloc(n, 1);
  case REALLOC_NULL: return realloc(NULL, n);
  case REALLOCARRAY: return reallocarray(NULL, 1, n);
  case PLAIN_MALLOC: return plain_malloc(n);
  case PLAIN_CALLOC: return plain_calloc(1, n);
  }
  return NULL;
}

/* Each call's block is freed after it returns; the last call makes none. */
RAZOR_PROBE("TRACE_USABLE") void *made_in_probe(int kind, size_t n) {
  return kind < 0 ? NULL : alloc_kind(kind, n);
}

/* What glibc's malloc_usable_size says of a mapped chunk for N bytes
 * (64-bit): the chunk for N (N + 8 rounded up to 16) plus 8, rounded up to
 * the page, less the 16 bytes of its header. */
static size_t glibc_mapped_usable(size_t n) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size_t chunk = (n + 8 + 15) & ~(size_t)15;
  return ((chunk + 8 + page - 1) & ~(page - 1)) - 16;
}

int main(void) {
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size_t sizes[] = {300000, 80 * page - 48, 80 * page - 40, 80 * page - 32,
                    80 * page - 24, 80 * page - 16, 80 * page - 8, 80 * page,
                    256 * page - 24, 256 * page};
  int nsizes = sizeof sizes / sizeof *sizes, calls = 0;
  for (int kind = 0; kind < KINDS; kind++) {
    int same = 0;
    for (int i = 0; i < nsizes; i++) {
      size_t n = sizes[i];
      char *outside = alloc_kind(kind, n), *inside = made_in_probe(kind, n);
      calls++;
      size_t uo = malloc_usable_size(outside), ui = malloc_usable_size(inside);
      if (ui == uo && ui == glibc_mapped_usable(n) && plain_usable(inside) == ui)
        same++;
      else
        printf("%s(%zu): usable %zu inside the probe, %zu outside, glibc's "
               "page rounding %zu: differs\n", names[kind], n, ui, uo,
               glibc_mapped_usable(n));
      memset(inside, 0xA5, ui);
      memset(outside, 0x5A, uo);
      free(outside);
#ifndef KEEP
      plain_free(inside);
#endif
    }
    printf("%s: %d of %d sizes the same\n", names[kind], same, nsizes);
  }
  made_in_probe(-1, 0);
  fprintf(stderr, "%d calls\n", calls + 1);
  return 0;
}
// CHECK:      malloc: 10 of 10 sizes the same
// CHECK-NEXT: calloc: 10 of 10 sizes the same
// CHECK-NEXT: realloc-null: 10 of 10 sizes the same
// CHECK-NEXT: reallocarray: 10 of 10 sizes the same
// CHECK-NEXT: plain-malloc: 10 of 10 sizes the same
// CHECK-NEXT: plain-calloc: 10 of 10 sizes the same

// REPORT:      61 calls
// REPORT-NEXT: razortrace: no growing allocation sites (1 probe(s), 61 call(s) sampled)

// The same program without the plain free (-DKEEP) is reported: every site
// that still grew after the middle sample (the kinds from reallocarray on; the
// earlier ones were flat by then), so the verdict above is not for want of
// tracking.
// RUN: %clang_razor -DKEEP %s %t.ops.o -o %t.keep
// RUN: env TRACE_USABLE=1 %run %t.keep 2>&1 >/dev/null | FileCheck %s --check-prefix=KEEP
// KEEP: 61 calls
// KEEP-NEXT: razortrace: probe made_in_probe (trigger TRACE_USABLE) in {{.*}}usable-size-mmap.c:41 — 61 calls sampled
// KEEP-NEXT: {{.*}}usable-size-mmap.c line: 33 column: 29 function: alloc_kind command: case REALLOCARRAY: return reallocarray(NULL, 1, n);
// KEEP-NEXT: • average kb per call: 75.0948   • total kb: 4580.7812   • blocks: 10
// KEEP-NEXT: {{.*}}usable-size-mmap.c line: 34 column: 29 function: alloc_kind command: case PLAIN_MALLOC: return plain_malloc(n);
// KEEP-NEXT: • average kb per call: 75.0948   • total kb: 4580.7812   • blocks: 10
// KEEP-NEXT: {{.*}}usable-size-mmap.c line: 35 column: 29 function: alloc_kind command: case PLAIN_CALLOC: return plain_calloc(1, n);
// KEEP-NEXT: • average kb per call: 75.0948   • total kb: 4580.7812   • blocks: 10
// KEEP-NEXT: razortrace: SUMMARY: 3 growing site(s) in 1 probe(s), 13742.3438 kb retained
