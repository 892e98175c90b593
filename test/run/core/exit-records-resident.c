// At exit the program's records stay where they are on disk: the module's destructor, which runs before the exit report, copies only the sites the runtime registered (at dlclose they would be gone), and never walks the whole razor_sites section.  It did, reading every record's id, so the 16,384 records here (388 kB then, 196 kB now) became resident at every exit, traced or not (yaml-cpp's test binary: 1.5 MB of its 3.2 MB more than plain).  Inputs/exit-resident.c counts the section's pages read : none untraced; traced, one (that of many's call of f10; the malloc's record is on the section's first page, which it does not watch).  The site this probe used is still reported.
// RUN: %clang -shared -fPIC %S/Inputs/exit-resident.c -o %t-resident.so
// RUN: %clang_razor -O0 %s %t-resident.so -Wl,-rpath,%T -o %t
// RUN: %run %t 2600 | FileCheck %s --check-prefix=OFF
// RUN: env TRACE_MANY=1 %run %t 2600 2>%t.err | FileCheck %s --check-prefix=ON
// RUN: FileCheck %s --check-prefix=REPORT < %t.err
#include <stdlib.h>

#define A1(n) if (k == (n)) p = malloc((n) + 1);
#define A4(n) A1(n) A1(n + 1) A1(n + 2) A1(n + 3)
#define A16(n) A4(n) A4(n + 4) A4(n + 8) A4(n + 12)
#define A64(n) A16(n) A16(n + 16) A16(n + 32) A16(n + 48)
#define A256(n) A64(n) A64(n + 64) A64(n + 128) A64(n + 192)
#define F(n) static void *f##n(int k) { void *p = 0; A256(n * 256) return p; }
#define F4(n) F(n##0) F(n##1) F(n##2) F(n##3)
F4(1) F4(2) F4(3) F4(4) F4(5) F4(6) F4(7) F4(8)
F4(9) F4(10) F4(11) F4(12) F4(13) F4(14) F4(15) F4(16)

static void *kept[8];

__attribute__((annotate("razor_probe:TRACE_MANY"))) void many(int k, int i) {
#define C(n) f##n(k) ? f##n(k) :
#define C4(n) C(n##0) C(n##1) C(n##2) C(n##3)
  kept[i] = C4(1) C4(2) C4(3) C4(4) C4(5) C4(6) C4(7) C4(8) C4(9) C4(10) C4(11) C4(12) C4(13) C4(14) C4(15) C4(16) 0;
}

int main(int argc, char **argv) {
  int k = argc > 1 ? atoi(argv[1]) : 0;
  for (int i = 0; i < 8; i++)
    many(k, i);
  return 0;
}

// OFF: record pages read: 0 of {{[1-9][0-9]}}
// ON: record pages read: 1 of {{[1-9][0-9]}}
// REPORT: exit-records-resident.c line: [[#@LINE-12]] column: 13 function: many
// REPORT: via: wrapper f10, f10 {{.*}}exit-records-resident.c:[[#@LINE-21]]
