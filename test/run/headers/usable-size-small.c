// malloc_usable_size of a block allocated inside a sampled probe (malloc, calloc, realloc of NULL, realloc shrinking a larger block, reallocarray, strdup, strndup in instrumented code; malloc, calloc, realloc, strdup in code built without the plugin) is what glibc gives a block of that size anywhere, for every size from 0 to 72 and a few up to 1100: at least 24 (glibc's smallest chunk), its chunk rounding of the size, plus 16 only when glibc hands out a whole free chunk instead of splitting it; the program prints what its plain build prints.
// A block of ours is 16 bytes larger underneath, so this pins down that the
// interposed malloc_usable_size takes exactly those 16 bytes off and that no
// size comes out smaller than a plain block of the same size (sizes 0 to 8:
// glibc's 32-byte chunk has 24 usable bytes).
// RUN: %clang -c %S/Inputs/plain-ops.c -o %t.ops.o
// RUN: %clang_razor %s %t.ops.o -o %t
// RUN: %clang -I%include %s %t.ops.o -o %t.plain
// RUN: %run %t.plain > %t.plain.out
// RUN: env TRACE_USABLE=1 %run %t > %t.out 2> %t.err
// RUN: FileCheck %s --implicit-check-not=differs < %t.out
// RUN: diff %t.plain.out %t.out
// RUN: FileCheck %s --check-prefix=REPORT --implicit-check-not=razortrace: < %t.err
// The same with the static runtime archive (its malloc_usable_size too).
// RUN: %clang_razor_static %s %t.ops.o %razor_static_lib -o %t.static
// RUN: env TRACE_USABLE=1 %run %t.static > %t.static.out 2> %t.static.err
// RUN: FileCheck %s --implicit-check-not=differs < %t.static.out
// RUN: FileCheck %s --check-prefix=REPORT --implicit-check-not=razortrace: < %t.static.err
#define _GNU_SOURCE
#include <malloc.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "Inputs/plain-ops.h"

enum { MALLOC, CALLOC, REALLOC_NULL, REALLOC_SHRINK, REALLOCARRAY, STRDUP,
       STRNDUP, PLAIN_MALLOC, PLAIN_CALLOC, PLAIN_REALLOC, PLAIN_STRDUP, KINDS };
static const char *names[KINDS] = {
    "malloc", "calloc", "realloc-null", "realloc-shrink", "reallocarray",
    "strdup", "strndup", "plain-malloc", "plain-calloc", "plain-realloc",
    "plain-strdup"};

static char text[2048];

/* A block of N bytes (N >= 1 for the string kinds) made the way KIND says. */
static void *alloc_kind(int kind, size_t n) {
  void *p;
  switch (kind) {
  case MALLOC: return malloc(n);
  case CALLOC: return calloc(1, n);
  case REALLOC_NULL: return realloc(NULL, n);
  case REALLOC_SHRINK: /* glibc splits the block in place: no neighbour counts */
    p = malloc(2000);
    return realloc(p, n);
  case REALLOCARRAY: return reallocarray(NULL, n, 1);
  case STRDUP: text[n - 1] = 0; p = strdup(text); text[n - 1] = 'x'; return p;
  case STRNDUP: return strndup(text, n - 1);
  case PLAIN_MALLOC: return plain_malloc(n);
  case PLAIN_CALLOC: return plain_calloc(n, 1);
  case PLAIN_REALLOC:
    p = plain_malloc(2000);
    return plain_realloc(p, n);
  case PLAIN_STRDUP: text[n - 1] = 0; p = plain_strdup(text); text[n - 1] = 'x'; return p;
  }
  return NULL;
}

/* Each call's block is freed after it returns; the last call makes none, so
 * no site holds anything at the last sample. */
RAZOR_PROBE("TRACE_USABLE") void *made_in_probe(int kind, size_t n) {
  return kind < 0 ? NULL : alloc_kind(kind, n);
}

/* The usable bytes of a chunk glibc cuts to fit N bytes (64-bit): the size
 * plus its 8-byte size field, rounded up to 16, at least 32, less the 8. */
static size_t glibc_usable(size_t n) {
  size_t chunk = (n + 8 + 15) & ~(size_t)15;
  return (chunk < 32 ? 32 : chunk) - 8;
}

static const size_t big[] = {100, 120, 1000, 1008, 1016, 1017, 1024, 1032, 1100};

int main(void) {
  memset(text, 'x', sizeof text - 1);
  int calls = 0;
  for (int kind = 0; kind < KINDS; kind++) {
    int same = 0, sizes = 0;
    for (size_t i = 0; i < 73 + sizeof big / sizeof *big; i++) {
      size_t n = i < 73 ? i : big[i - 73];
      /* No block of 0 bytes from strings, nor from realloc(p, 0) (a free). */
      if (n == 0 && (kind == STRDUP || kind == STRNDUP || kind == PLAIN_STRDUP ||
                     kind == REALLOC_SHRINK || kind == PLAIN_REALLOC))
        continue;
      void *outside = alloc_kind(kind, n);
      void *inside = made_in_probe(kind, n);
      calls++;
      size_t uo = malloc_usable_size(outside), ui = malloc_usable_size(inside);
      size_t chunk = glibc_usable(n);
      sizes++;
      if ((ui == chunk || ui == chunk + 16) && (uo == chunk || uo == chunk + 16) &&
          plain_usable(inside) == ui)
        same++;
      else
        printf("%s(%zu): usable %zu inside the probe, %zu outside, glibc's "
               "chunk rounding %zu: differs\n", names[kind], n, ui, uo, chunk);
      free(outside);
#ifndef KEEP
      plain_free(inside);
#endif
    }
    printf("%s: %d of %d sizes as glibc rounds them\n", names[kind], same, sizes);
  }
  made_in_probe(-1, 0);
  fprintf(stderr, "%d calls\n", calls + 1);
  return 0;
}
// CHECK:      malloc: 82 of 82 sizes as glibc rounds them
// CHECK-NEXT: calloc: 82 of 82 sizes as glibc rounds them
// CHECK-NEXT: realloc-null: 82 of 82 sizes as glibc rounds them
// CHECK-NEXT: realloc-shrink: 81 of 81 sizes as glibc rounds them
// CHECK-NEXT: reallocarray: 82 of 82 sizes as glibc rounds them
// CHECK-NEXT: strdup: 81 of 81 sizes as glibc rounds them
// CHECK-NEXT: strndup: 81 of 81 sizes as glibc rounds them
// CHECK-NEXT: plain-malloc: 82 of 82 sizes as glibc rounds them
// CHECK-NEXT: plain-calloc: 82 of 82 sizes as glibc rounds them
// CHECK-NEXT: plain-realloc: 81 of 81 sizes as glibc rounds them
// CHECK-NEXT: plain-strdup: 81 of 81 sizes as glibc rounds them

// REPORT:      898 calls
// REPORT-NEXT: razortrace: no growing allocation sites (1 probe(s), 898 call(s) sampled)

// The same program without the plain free (-DKEEP) is reported: every site
// that still grew after the middle sample (the kinds from strdup on; the
// earlier ones were flat by then), so the verdict above is not for want of
// tracking.
// RUN: %clang_razor -DKEEP %s %t.ops.o -o %t.keep
// RUN: env TRACE_USABLE=1 %run %t.keep 2>&1 >/dev/null | FileCheck %s --check-prefix=KEEP
// KEEP: 898 calls
// KEEP-NEXT: razortrace: probe made_in_probe (trigger TRACE_USABLE) in {{.*}}usable-size-small.c:62 — 898 calls sampled
// KEEP-NEXT: {{.*}}usable-size-small.c line: 48 column: 37 function: alloc_kind command: case STRDUP: text[n - 1] = 0; p = strdup(text); text[n - 1] = 'x'; return p;
// KEEP-NEXT: • average kb per call: 0.0109   • total kb: 9.8096   • blocks: 81
// KEEP-NEXT: {{.*}}usable-size-small.c line: 49 column: 24 function: alloc_kind command: case STRNDUP: return strndup(text, n - 1);
// KEEP-NEXT: • average kb per call: 0.0109   • total kb: 9.8096   • blocks: 81
// KEEP-NEXT: {{.*}}usable-size-small.c line: 50 column: 29 function: alloc_kind command: case PLAIN_MALLOC: return plain_malloc(n);
// KEEP-NEXT: • average kb per call: 0.0109   • total kb: 9.8096   • blocks: 82
// KEEP-NEXT: {{.*}}usable-size-small.c line: 51 column: 29 function: alloc_kind command: case PLAIN_CALLOC: return plain_calloc(n, 1);
// KEEP-NEXT: • average kb per call: 0.0109   • total kb: 9.8096   • blocks: 82
// KEEP-NEXT: {{.*}}usable-size-small.c line: 53 column: 9 function: alloc_kind command: p = plain_malloc(2000);
// KEEP-NEXT: • average kb per call: 0.0109   • total kb: 9.8096   • blocks: 81
// KEEP-NEXT: {{.*}}usable-size-small.c line: 55 column: 43 function: alloc_kind command: case PLAIN_STRDUP: text[n - 1] = 0; p = plain_strdup(text); text[n - 1] = 'x'; return p;
// KEEP-NEXT: • average kb per call: 0.0109   • total kb: 9.8096   • blocks: 81
// KEEP-NEXT: razortrace: SUMMARY: 6 growing site(s) in 1 probe(s), 58.8574 kb retained
