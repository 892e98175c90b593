// Frame names (razor_symbolize.c, tracebacks) are spelled as the plugin's site and probe names: std::string and the streams' own names (std::stringstream), the standard containers and smart pointers without their default template arguments (std::vector<int>, std::map<K, V>, nested ones too), where a custom allocator or comparator stays.  The functions here are C ones under C++ symbol names, demangled by the C++ runtime's __cxa_demangle.
// RUN: %razor_unit %s %razor_static_lib -lpthread -ldl -lstdc++ -o %t && %t | FileCheck %s
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int razor_function_at(uintptr_t pc, char *name, size_t n);

__attribute__((noinline, used)) void f(void) __asm__("_Z1fRSt6vectorIiSaIiEE");
__attribute__((noinline, used)) void g(void) __asm__("_Z1gRSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt6vectorIcS4_ESt4lessIS5_ESaISt4pairIKS5_S7_EEE");
__attribute__((noinline, used)) void h(void) __asm__("_Z1hRSt3setIlSt7greaterIlESaIlEERSt6vectorIi4PoolIiEE");
__attribute__((noinline, used)) void k(void) __asm__("_Z1kRSt10unique_ptrISt6vectorIS0_IiSaIiEESaIS2_EESt14default_deleteIS4_EE");
__attribute__((noinline, used)) void s(void) __asm__("_ZNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEC1Ev");
void f(void) { __asm__ volatile(""); }
void g(void) { __asm__ volatile(""); }
void h(void) { __asm__ volatile(""); }
void k(void) { __asm__ volatile(""); }
void s(void) { __asm__ volatile(""); }

static void show(void (*fn)(void)) {
  char name[512];
  if (razor_function_at((uintptr_t)fn, name, sizeof name))
    printf("%s\n", name);
  else
    printf("(none)\n");
}

int main(void) {
  show(f);
  show(g);
  show(h);
  show(k);
  show(s);
  return 0;
}
// CHECK:      f(std::vector<int>&)
// CHECK-NEXT: g(std::map<std::string, std::vector<char>>&)
// CHECK-NEXT: h(std::set<long, std::greater<long>>&, std::vector<int, Pool<int>>&)
// CHECK-NEXT: k(std::unique_ptr<std::vector<std::vector<int>>>&)
// CHECK-NEXT: std::stringstream::basic_stringstream()
