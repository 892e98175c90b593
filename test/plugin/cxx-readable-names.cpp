// C++ names in site records, callsite callees and probe descriptors are demangled and shortened as users write them (std::string, std:: for std::__cxx11::, the streams' own names: std::stringstream; containers without their default template arguments: std::list<int>, std::map<K, V>; a custom allocator or comparator stays), with or without -g.
// RUN: %clangxx -fno-exceptions -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
// RUN: %clangxx -fno-exceptions -g -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s
// RUN: %clangxx -fno-exceptions -fplugin=%plugin -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck --check-prefix=SHORT %s
#include <cstdlib>
#include <list>
#include <string>

void consume(const std::string &s, std::list<int> &l);

struct Registry {
  __attribute__((annotate("razor_probe:TRACE_R"))) void add(const std::string &name, std::list<int> &l) {
    slot = std::malloc(name.size());
    consume(name, l);
  }
  void *slot;
};

void use(Registry &r, std::list<int> &l) { r.add("x", l); }

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <vector>
template <class T> struct Pool : std::allocator<T> {};
void keep(std::map<std::string, std::vector<int>> &, std::set<long, std::greater<long>> &, std::vector<int, Pool<int>> &, std::unique_ptr<char[]> &);
void keep_all(std::map<std::string, std::vector<int>> &m, std::set<long, std::greater<long>> &s, std::vector<int, Pool<int>> &v, std::unique_ptr<char[]> &p) { keep(m, s, v, p); }
// CHECK-DAG: @razor.str{{[.0-9]*}} = private unnamed_addr constant [{{[0-9]+}} x i8] c"keep(std::map<std::string, std::vector<int>>&, std::set<long, std::greater<long>>&, std::vector<int, Pool<int>>&, std::unique_ptr<char []>&)\00"
#include <sstream>
void print(std::ostream &, std::stringstream &);
void put(std::ostream &o, std::stringstream &s) { print(o, s); }
// CHECK-DAG: @razor.str{{[.0-9]*}} = private unnamed_addr constant [{{[0-9]+}} x i8] c"print(std::ostream&, std::stringstream&)\00"

// CHECK-DAG: @[[ADD:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"Registry::add(std::string const&, std::list<int>&)\00", section "razor_strings"
// CHECK-DAG: @[[PADD:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"Registry::add(std::string const&, std::list<int>&)\00", align 1
// CHECK-DAG: @[[CONSUME:razor.str[.0-9]*]] = private unnamed_addr constant [{{[0-9]+}} x i8] c"consume(std::string const&, std::list<int>&)\00"
// CHECK-DAG: @[[SCOPE:razor.scope[.0-9]*]] = private constant { i32, i32 } { rel @{{razor.file[.0-9]*}}, rel @[[ADD]] }
// CHECK-DAG: @razor.site{{[.0-9]*}} = private constant {{.*}} { i32 13, i16 12, i8 0, i8 {{(0|32|64|96)}}, rel @[[SCOPE]],
// CHECK-DAG: @razor.call{{[.0-9]*}} = private constant {{.*}} { i32 14, i16 5, i8 -1, i8 32, rel @[[SCOPE]], rel @[[CONSUME]] }
// Calls into the standard library from the user's code name the callee the same way.
// CHECK-DAG: @razor.str{{[.0-9]*}} = private unnamed_addr constant [{{[0-9]+}} x i8] c"std::string::basic_string{{(<std::allocator<char>>)?}}(char const*, std::allocator<char> const&)\00"
// CHECK-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} { i32 8, i32 12, rel @[[PADD]],
// No string the runtime prints keeps the long spelling.
// SHORT-NOT: constant {{.*}} c"{{[^"]*}}__cxx11
// SHORT-NOT: constant {{.*}} c"{{[^"]*}}basic_string<char
// SHORT-NOT: constant {{.*}} c"{{[^"]*}}std::less<
// SHORT-NOT: constant {{.*}} c"{{[^"]*}}basic_stringstream<
// SHORT-NOT: constant {{.*}} c"{{[^"]*}}basic_ostream<
