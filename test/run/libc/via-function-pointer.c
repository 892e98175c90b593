// A call through a function pointer names its target in "via" (SPEC 1: the
// pointer's target as the symbol table names it): a pointer to a function
// of a library built without the plugin names that function; a pointer to
// malloc itself (cJSON's and Lua's allocation hooks) names malloc.  Text
// shows it at the end of the finding's second line.
// RUN: %clang -O1 -fPIC -shared %S/Inputs/plain-alloc-fns.c -o %t.plain.so
// RUN: %clang_razor %s %t.plain.so -Wl,-rpath,%T -o %t
// RUN: env TRACE_PTR=1 %run %t 2>&1 | FileCheck %s
// CHECK:      via-function-pointer.c line: 28 column: 17 function: request command: blocks[n++] = allocate(48);
// CHECK-NEXT: • average kb per call: 0.0469   • total kb: 0.4688   • blocks: 10   • via: malloc{{$}}
// CHECK-NEXT: via-function-pointer.c line: 27 column: 14 function: request command: names[n] = make(n);
// CHECK-NEXT: • average kb per call: 0.0312   • total kb: 0.3125   • blocks: 10   • via: plain_make_name{{$}}
#include <razortrace.h>
#include <stdlib.h>

char *plain_make_name(int i);

static char *(*volatile make)(int) = plain_make_name;
static void *(*volatile allocate)(size_t) = malloc;
static char *names[16];
static void *blocks[16];
static int n;

RAZOR_PROBE("TRACE_PTR") void request(void);

void request(void) {
  names[n] = make(n);
  blocks[n++] = allocate(48);
}

int main(void) {
  for (int i = 0; i < 10; i++)
    request();
  return 0;
}
