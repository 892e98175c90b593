// A recursive probe samples only its outermost activation: calls counts the outer calls, blocks every level's allocation.
// RUN: %clang_razor %s -o %t
// RUN: env TRACE_REC=1 %run %t 2>&1 | FileCheck %s
#include <razortrace.h>
#include <stdlib.h>

struct node { struct node *next; };
static struct node *head;

RAZOR_PROBE("TRACE_REC") void grow(int depth) {
  struct node *n = malloc(sizeof *n);
  n->next = head;
  head = n;
  if (depth > 1)
    grow(depth - 1);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    grow(4);
  return 0;
}
// CHECK:      razortrace: probe grow (trigger TRACE_REC) in {{.*}}/recursive.c:10 — 10 calls sampled
// CHECK-NEXT: line: 11 column: 20 function: grow command: struct node *n = malloc(sizeof *n);
// CHECK-NEXT: • average kb per call: 0.0312   • total kb: 0.3125   • blocks: 40
