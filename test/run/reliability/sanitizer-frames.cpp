// Under a sanitizer, its report names each frame of the program as the plain build's does: no function is split in two (an outer half that shows as a second frame, and a body named by its entry name, __razor_entry._Z4worki) and no entry name's alias names a function.  LeakSanitizer through AddressSanitizer and alone, at -O1 and -O2, trigger off (traced, the runtime's operator new shows as a frame of its own); razortrace's finding is still there traced.
// RUN: %clangxx -O1 -g -fsanitize=address %s %S/Inputs/frames-lib.cpp -o %t.plain1
// RUN: %clangxx_razor -O1 -g -fsanitize=address %s %S/Inputs/frames-lib.cpp -o %t.razor1
// RUN: env ASAN_OPTIONS=detect_leaks=1 not %run %t.plain1 2>&1 | FileCheck %s
// RUN: env ASAN_OPTIONS=detect_leaks=1 not %run %t.razor1 2>&1 | FileCheck --implicit-check-not=__razor %s
// RUN: env ASAN_OPTIONS=detect_leaks=1 TRACE_FRAMES=1 not %run %t.razor1 2>&1 | FileCheck --check-prefix=RAZOR %s
// RUN: %clangxx -O2 -g -fsanitize=leak %s %S/Inputs/frames-lib.cpp -o %t.plain2
// RUN: %clangxx_razor -O2 -g -fsanitize=leak %s %S/Inputs/frames-lib.cpp -o %t.razor2
// RUN: not %run %t.plain2 2>&1 | FileCheck %s
// RUN: not %run %t.razor2 2>&1 | FileCheck --implicit-check-not=__razor %s
// RUN: env TRACE_FRAMES=1 not %run %t.razor2 2>&1 | FileCheck --check-prefix=RAZOR %s
void work(int i);
void drop();

__attribute__((annotate("razor_probe:TRACE_FRAMES"))) void request(int i) {
  work(i);
}

int main() {
  for (int i = 0; i < 10; i++)
    request(i);
  drop(); // the blocks are lost: the sanitizer reports them
  return 0;
}
// CHECK: #0 {{.*}} in operator new[](unsigned long)
// CHECK-NEXT: #1 {{.*}} in work(int) {{.*}}frames-lib.cpp:6
// CHECK: SUMMARY: {{Address|Leak}}Sanitizer: {{[0-9]+}} byte(s) leaked
// RAZOR: frames-lib.cpp line: 6 column: 35 function: work(int) command: void work(int i) { keep.push_back(new int[4]{i}); }
