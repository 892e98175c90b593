// A block crowded with calls of an allocation wrapper (128 in a row, as glib's tests register theirs in main with g_malloc0 and g_strdup_printf): each call's wrapper-call value is made from the variable read just before it, not from the one value read at the function's entry.  With that one value used by all of them, instruction selection's scheduling of the block grew much faster than the block: glib's tests/regex.c took over ten minutes to compile, 2.4 seconds plain (6 seconds now).  A block of a few such calls keeps the entry value (wrapper-inlined-o2.c, the bench's loops).
// RUN: %clang -O2 -g0 -fplugin=%plugin -S -emit-llvm -o %t.ll %s
// RUN: %opt -passes=verify -disable-output %t.ll
// RUN: FileCheck %s < %t.ll
// And what it charges: the kept block of the 127th call to that call's line, through the wrapper.
// RUN: %clang_razor -O2 -DRUN %s %S/Inputs/crowded-lib.c -o %t
// RUN: env TRACE_FILL=1 %run %t 2>&1 | FileCheck %s --check-prefix=REPORT
#include <stddef.h>
#include <string.h>

void *my_alloc(size_t n) __attribute__((malloc, alloc_size(1)));
void keep(void *p);

#ifdef RUN
#define K1(n) keep(memset(my_alloc(n), n, 1));
#else
#define K1(n) keep(my_alloc(n));
#endif
#define K4(n) K1(n) K1(n + 1) K1(n + 2) K1(n + 3)
#define K16(n) K4(n) K4(n + 4) K4(n + 8) K4(n + 12)
#define K64(n) K16(n) K16(n + 16) K16(n + 32) K16(n + 48)

__attribute__((annotate("razor_probe:TRACE_FILL"))) void fill(void) {
  K64(1)
  K64(65)
}

#ifdef RUN
int main(void) {
  for (int i = 0; i < 8; i++)
    fill();
  return 0;
}
#endif
// REPORT: razortrace: probe fill (trigger TRACE_FILL) in {{.*}}wrapper-crowded-block.c:[[#@LINE-12]] — 8 calls sampled
// REPORT-NEXT: wrapper-crowded-block.c line: [[#@LINE-11]] column: 3 function: fill command: K64(65)
// REPORT-NEXT: average kb per call: {{.*}} • blocks: 8   • via: wrapper my_alloc
// REPORT-NOT: line:

// The last call's value comes from a read of its own, two calls from the end.
// CHECK-LABEL: define {{.*}}void @fill{{(\.razor)?}}(
// CHECK:         (i64 noundef 126)
// CHECK:         [[W:%[0-9a-z.]+]] = load ptr, ptr @__razor_wrapcall
// CHECK-NEXT:    [[C:%[0-9a-z.]+]] = icmp ne ptr [[W]], null
// CHECK-NEXT:    [[S:%[0-9a-z.]+]] = select i1 [[C]], ptr [[W]], ptr @razor.call{{[.0-9]*}}
// CHECK-NEXT:    store ptr [[S]], ptr @__razor_wrapcall
// CHECK:         call {{.*}}@my_alloc(i64 noundef 127)
// CHECK-NEXT:    store ptr [[W]], ptr @__razor_wrapcall
// CHECK:         [[W2:%[0-9a-z.]+]] = load ptr, ptr @__razor_wrapcall
// CHECK-NEXT:    [[C2:%[0-9a-z.]+]] = icmp ne ptr [[W2]], null
// CHECK-NEXT:    [[S2:%[0-9a-z.]+]] = select i1 [[C2]], ptr [[W2]], ptr @razor.call{{[.0-9]*}}
// CHECK-NEXT:    store ptr [[S2]], ptr @__razor_wrapcall
// CHECK:         call {{.*}}@my_alloc(i64 noundef 128)
// CHECK-NEXT:    store ptr [[W2]], ptr @__razor_wrapcall
// CHECK:         ret void
