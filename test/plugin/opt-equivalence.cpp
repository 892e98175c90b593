// C++: the frontend's names for a template probe's instantiations (and, up to clang 16, the annotations of constructors) reach opt as module metadata, and opt with the pass plugin gives what clang with the plugin gives.
// RUN: %clangxx -fplugin=%plugin -S -emit-llvm -o %t.clang.ll %s
// RUN: %clangxx -fplugin=%plugin -Xclang -disable-llvm-passes -S -emit-llvm -o %t.facts.ll %s
// RUN: FileCheck --check-prefix=FACTS %s < %t.facts.ll
// RUN: %opt -load-pass-plugin=%pass_plugin -passes='default<O0>' -S %t.facts.ll -o %t.opt.ll
// RUN: %opt -passes=strip -S %t.clang.ll | %python %S/Inputs/canonical-ir.py > %t.clang.txt
// RUN: %opt -passes=strip -S %t.opt.ll | %python %S/Inputs/canonical-ir.py > %t.opt.txt
// RUN: diff %t.clang.txt %t.opt.txt
// RUN: %python %S/Inputs/rel-fields.py < %t.opt.ll | FileCheck --check-prefix=NAMES %s
#include <string>
#include <vector>

template <typename T> struct Box {
  std::vector<T> items;
  __attribute__((annotate("razor_probe:TRACE_BOX"))) void add(const T &v) { items.push_back(v); }
};

struct Registry {
  Registry() __attribute__((annotate("razor_probe:TRACE_REG")));
  std::string *name;
};
Registry::Registry() { name = new std::string("registry"); }

void use() {
  Box<int> a;
  a.add(1);
  Box<std::string> b;
  b.add("y");
  Registry r;
}

// FACTS: !razortrace.probe_names = !{![[N1:[0-9]+]], ![[N2:[0-9]+]]}
// FACTS-DAG: ![[N1]] = !{ptr @_ZN3BoxIiE3addERKi, !"Box<T>::add(const T &)"}
// FACTS-DAG: ![[N2]] = !{ptr @_ZN3BoxINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEE3addERKS5_, !"Box<T>::add(const T &)"}
// NAMES-DAG: @[[NAME:razor.str[.0-9]*]] = private unnamed_addr constant [23 x i8] c"Box<T>::add(const T &)\00", align 1
// NAMES-DAG: @razor.probe{{[.0-9]*}} = private global {{.*}} rel @[[NAME]], {{.*}} ptr @_ZN3BoxIiE3addERKi, ptr null }
