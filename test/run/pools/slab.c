// A free-list slab allocator in the program's own code (pages of 16 objects from malloc, objects recycled through a free list), its blocks registered with razor_malloclike / razor_freelike by the macros that hand them out, so each finding names the line that takes the object: the objects a call keeps are one finding (kind "malloclike", exactly 48 bytes an object), the objects recycled within a call are not, and the pages are "pool-chunk", never a finding, not counted on top of the objects (without the client calls the pages were the finding: kind malloc, 768 bytes a page).
// RUN: %clang_razor -g -O0 %s -o %t0
// RUN: %clang_razor -g -O2 %s -o %t2
// RUN: %clang -g -O2 -I%include %s -o %t.plain
// RUN: %run %t.plain > %t.plain.out
// RUN: env TRACE_SLAB=1 %run %t0 > %t0.out 2> %t0.err
// RUN: FileCheck %s < %t0.err
// RUN: diff %t.plain.out %t0.out
// RUN: env TRACE_SLAB=1 %run %t2 2>&1 >/dev/null | FileCheck %s
// RUN: env TRACE_SLAB=1 %env_razor_opts=format=json %run %t0 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
// RUN: env TRACE_SLAB=1 %env_razor_opts=format=json %run %t2 2>&1 >/dev/null | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>

#define PER_PAGE 16

struct slab {
  size_t size; /* of an object, at least a pointer */
  void *free;  /* the free list, through the objects' first word */
  size_t pages;
};

static void *slab_take(struct slab *s) {
  if (!s->free) {
    char *page = malloc(s->size * PER_PAGE);
    if (!page)
      return NULL;
    s->pages++;
    for (int i = PER_PAGE - 1; i >= 0; i--) {
      *(void **)(page + i * s->size) = s->free;
      s->free = page + i * s->size;
    }
  }
  void *o = s->free;
  s->free = *(void **)o;
  return o;
}

static void slab_put(struct slab *s, void *o) {
  *(void **)o = s->free;
  s->free = o;
}

/* What the program uses: the object is handed out (and registered) at the
 * line that takes it. */
#define SLAB_NEW(s)                                                            \
  ({                                                                           \
    void *o_ = slab_take(s);                                                   \
    razor_malloclike(o_, (s)->size);                                           \
    o_;                                                                        \
  })
#define SLAB_FREE(s, o) (razor_freelike(o), slab_put((s), (o)))

struct conn {
  struct conn *next;
  int id;
  char name[36];
};

static struct slab conns = {sizeof(struct conn), NULL, 0};
static struct conn *open_conns;

RAZOR_PROBE("TRACE_SLAB,debug") void serve(int i) {
  struct conn *tmp[5];
  for (int k = 0; k < 5; k++) { /* recycled before the call returns */
    tmp[k] = SLAB_NEW(&conns);
    tmp[k]->id = k;
  }
  struct conn *c = SLAB_NEW(&conns); /* <--- kept: never closed */
  c->id = i;
  snprintf(c->name, sizeof c->name, "conn %d", i);
  c->next = open_conns;
  open_conns = c;
  for (int k = 0; k < 5; k++)
    SLAB_FREE(&conns, tmp[k]);
}
// 40 calls keep 40 objects of 48 bytes; with 5 more taken at a time the
// slab has 45 in use at most: 3 pages of 16 * 48 = 768 bytes.
// CHECK:      razortrace: probe serve (trigger TRACE_SLAB) in {{.*}}slab.c:[[# @LINE - 16]] — 40 calls sampled
// CHECK-NEXT: slab.c line: [[# @LINE - 55]] column: 18 function: slab_take command: char *page = malloc(s->size * PER_PAGE);
// CHECK-NEXT:     • average kb per call: 0.0563   • total kb: 2.2500   • blocks: 3   • pool-chunk   • finding: no
// CHECK:      slab.c line: [[# @LINE - 13]] column: 20 function: serve command: struct conn *c = SLAB_NEW(&conns); /* <--- kept: never closed */
// CHECK-NEXT:     • average kb per call: 0.0469   • total kb: 1.8750   • blocks: 40   • finding: yes
// CHECK-NEXT: -----sizes-----
// CHECK-NEXT: 0.047 0.094 0.141 {{.*}} 1.875{{$}}
// CHECK-NOT:  line:
// CHECK:      razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 1.8750 kb retained

// JSON:      probes[0].function = "serve"
// JSON:      probes[0].sites[0].line = [[# @LINE - 65]]
// JSON:      probes[0].sites[0].kind = "pool-chunk"
// JSON-NEXT: probes[0].sites[0].total_bytes = 2304
// JSON-NEXT: probes[0].sites[0].blocks = 3
// JSON:      probes[0].sites[0].finding = false
// JSON:      probes[0].sites[1].line = [[# @LINE - 26]]
// JSON:      probes[0].sites[1].kind = "malloclike"
// JSON-NEXT: probes[0].sites[1].total_bytes = 1920
// JSON-NEXT: probes[0].sites[1].blocks = 40
// JSON:      probes[0].sites[1].finding = true
// JSON-NOT:  probes[0].sites[2]
// JSON:      probes[0].verdict = "growing"

int main(void) {
  for (int i = 0; i < 40; i++)
    serve(i);
  int n = 0;
  for (struct conn *c = open_conns; c; c = c->next)
    n++;
  printf("%d open, last %s, %zu pages\n", n, open_conns->name, conns.pages);
  return 0;
}
