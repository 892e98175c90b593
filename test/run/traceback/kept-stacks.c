// The stacks shown are those of the blocks still retained at the last sample, grouped by stack, largest first, not the stack of the first block the site allocated: one helper (as cJSON's cJSON_New_Item) called from three places, the first call's item freed by the driver after every call, the other two kept; the report shows the two kept callers' stacks with their bytes and blocks, and never the freed caller's (not even the last call's root, which the driver frees after the last sample: stacks count the blocks retained at the last two samples). (Recognising allocation wrappers by shape is off here, no-auto-alloc: the shared helper would charge its callers.)
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -g %s -o %t
// RUN: env TRACE_PARSE=1 %run %t 2>&1 | FileCheck %s
// RUN: env TRACE_PARSE=1 %env_razor_opts=format=json %run %t 2>&1 | %jsonl | FileCheck %s --check-prefix=JSON
#include <razortrace.h>
#include <stdlib.h>

struct item {
  struct item *next;
  char pad[40];
};

static struct item *kept;

__attribute__((noinline)) static struct item *new_item(void) {
  return calloc(1, sizeof(struct item)); // new_item-line
}

__attribute__((noinline)) static struct item *parse_root(void) {
  return new_item(); // root-line
}

__attribute__((noinline)) static void parse_array(void) {
  for (int i = 0; i < 2; i++) {
    struct item *it = new_item(); // array-line
    it->next = kept;
    kept = it;
  }
}

__attribute__((noinline)) static void parse_object(void) {
  struct item *it = new_item(); // object-line
  it->next = kept;
  kept = it;
}

RAZOR_PROBE("TRACE_PARSE,traceback") struct item *parse(void) {
  struct item *root = parse_root();
  parse_array();
  parse_object();
  return root;
}

int main(void) {
  for (int i = 0; i < 20; i++)
    free(parse()); // the driver frees the root
  return 0;
}
// CHECK:      kept-stacks.c line: 16 column: 10 function: new_item command: return calloc(1, sizeof(struct item)); // new_item-line
// CHECK-NEXT: blocks: 61
// CHECK-NEXT: {{^}}						-----trace-----{{$}}
// CHECK-NEXT: {{^}}    stacks recorded for [[N:[0-9]+]] of 61 retained blocks{{$}}
// CHECK-NEXT: {{^}}    stack 1 of 2: {{[0-9.]+}} kb in {{[0-9]+}} blocks{{$}}
// CHECK-NEXT: {{^}}    #0 new_item {{.*}}kept-stacks.c:16{{$}}
// CHECK-NEXT: {{^}}    #1 parse_array {{.*}}kept-stacks.c:25 command: struct item *it = new_item(); // array-line{{$}}
// CHECK-NEXT: {{^}}    #2 parse {{.*}}kept-stacks.c:39 command: parse_array();{{$}}
// CHECK-NEXT: {{^}}    #3 main {{.*}}kept-stacks.c:46 command: free(parse()); // the driver frees the root{{$}}
// CHECK-NEXT: {{^}}    stack 2 of 2: {{[0-9.]+}} kb in {{[0-9]+}} blocks{{$}}
// CHECK-NEXT: {{^}}    #0 new_item {{.*}}kept-stacks.c:16{{$}}
// CHECK-NEXT: {{^}}    #1 parse_object {{.*}}kept-stacks.c:32 command: struct item *it = new_item(); // object-line{{$}}
// CHECK-NEXT: {{^}}    #2 parse {{.*}}kept-stacks.c:40 command: parse_object();{{$}}
// CHECK-NEXT: {{^}}    #3 main {{.*}}kept-stacks.c:46
// CHECK-NEXT: razortrace: SUMMARY: 1 growing site(s)
// CHECK-NOT:  root-line
// JSON:      probes[0].sites[0].blocks = 61
// JSON:      probes[0].sites[0].traceback[1].function = "parse_array"
// JSON:      probes[0].sites[0].stacks[0].bytes = [[B0:[0-9]+]]
// JSON-NEXT: probes[0].sites[0].stacks[0].blocks = [[K0:[0-9]+]]
// JSON-NEXT: probes[0].sites[0].stacks[0].traceback[0].function = "new_item"
// JSON:      probes[0].sites[0].stacks[0].traceback[1].function = "parse_array"
// JSON:      probes[0].sites[0].stacks[1].bytes =
// JSON:      probes[0].sites[0].stacks[1].traceback[1].function = "parse_object"
// JSON-NOT:  stacks[2]
// JSON-NOT:  parse_root
// JSON:      probes[0].sites[0].stacks_more = 0
// JSON-NEXT: probes[0].sites[0].stack_blocks = {{[1-9][0-9]*}}
// JSON:      jsonl: 1 report(s)
