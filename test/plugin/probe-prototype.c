// An annotation on a prototype only (as with a header) makes the later definition a probe, whose descriptor has the definition's line; a never-defined annotated prototype makes nothing. (The functions declared here stand for code built without the plugin: -razortrace-entries=false brackets their calls as without the link-time entries of test/plugin/entries.c.)
// RUN: %clang -fplugin=%plugin -mllvm -razortrace-entries=false -S -emit-llvm -o - %s | %python %S/Inputs/rel-fields.py | FileCheck %s

__attribute__((annotate("razor_probe:TRACE_P"))) int lookup(int key);
__attribute__((annotate("razor_probe:TRACE_ELSEWHERE"))) void defined_elsewhere(void);

int lookup(int key) {
  defined_elsewhere();
  return key;
}

// CHECK: @razor.probe = private global {{.*}} { i32 8, i32 [[#@LINE-5]], rel @{{[^,]+}}, rel @{{[^,]+}}, rel @{{[^,]+}}, rel @{{[^,]+}}, ptr @lookup, ptr null }, section "razor_probes"
// CHECK-NOT: @razor.probe{{.*}}@defined_elsewhere
// CHECK-LABEL: define dso_local i32 @lookup(
// CHECK: call i32 @__razor_probe_enter(ptr @razor.probe,
// CHECK: call void @defined_elsewhere()
// CHECK: call void @__razor_probe_exit(ptr @razor.probe,
// CHECK-NOT: define {{.*}}@defined_elsewhere
