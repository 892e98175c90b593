// Blocks allocated with new/new[] in a probe and deleted by a function built without the plugin (plain clang++ -c, linked in) are seen as freed: no finding.
// RUN: %clangxx_razor %s -c -o %t.o
// RUN: %clangxx -fsized-deallocation -c %S/Inputs/plain-delete.cpp -o %t.plain.o
// RUN: %clangxx_razor %t.o %t.plain.o -o %t
// RUN: env TRACE_DEL=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>

struct Item { long v[4]; };
void plain_delete(Item *p);
void plain_delete_array(int *p);
void plain_sized_delete(void *p, unsigned long n);

static Item *one;
static int *many;
static void *raw;

/* -DKEEP: the same program without the plain deletes. */
#ifdef KEEP
#define plain_delete(p) (void)(p)
#define plain_delete_array(p) (void)(p)
#define plain_sized_delete(p, n) (void)(p)
#endif

/* New, shrinking sizes each call: the allocator never hands back an address
 * just freed (which would hide a delete that went unseen), and the one block
 * kept from call to call shrinks, so only an unseen delete makes growth. */
RAZOR_PROBE("TRACE_DEL") void churn(int call) {
  plain_delete(one);
  one = new Item;
  plain_delete_array(many);
  many = new int[200 - 10 * call];
  plain_sized_delete(raw, 0);
  raw = ::operator new(400 - 16 * (unsigned long)call);
}

int main() {
  for (int i = 0; i < 10; i++)
    churn(i);
  return 0;
}
// CHECK-NOT: line:
// CHECK: razortrace: no growing allocation sites (1 probe(s), 10 call(s) sampled)
// CHECK-NOT: line:

// The same program without the plain deletes (-DKEEP) is reported at all
// three sites: the verdict above is not for want of tracking.
// RUN: %clangxx_razor -DKEEP %s %t.plain.o -o %t.keep
// RUN: env TRACE_DEL=1 %run %t.keep 2>&1 | FileCheck %s --check-prefix=KEEP
// KEEP: razortrace: probe churn(int) (trigger TRACE_DEL) in {{.*}}delete-plain-tu.cpp:27 — 10 calls sampled
// KEEP-NEXT: {{.*}}delete-plain-tu.cpp line: 31 column: 10 function: churn(int) command: many = new int[200 - 10 * call];
// KEEP-NEXT: • average kb per call: 0.6055   • total kb: 6.0547   • blocks: 10
// KEEP-NEXT: {{.*}}delete-plain-tu.cpp line: 33 column: 9 function: churn(int) command: raw = ::operator new(400 - 16 * (unsigned long)call);
// KEEP-NEXT: • average kb per call: 0.3203   • total kb: 3.2031   • blocks: 10
// KEEP-NEXT: {{.*}}delete-plain-tu.cpp line: 29 column: 9 function: churn(int) command: one = new Item;
// KEEP-NEXT: • average kb per call: 0.0312   • total kb: 0.3125   • blocks: 10
// KEEP-NEXT: razortrace: SUMMARY: 3 growing site(s) in 1 probe(s), 9.5703 kb retained
