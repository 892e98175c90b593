// Without -g, a function that returns a pointer is generated with locations only when the pass may take it for an allocation wrapper (RazorWrappers.h: a body that may hand back an allocation's block), and a call of the C library's functions that never allocate (memcpy, strcpy, snprintf, a lock) needs none: such code is generated as nodebug, and the calls that get a record keep their exact line and column.  (The calls of keep and of the two wrappers are located by the frontend, test/plugin/located-calls.c: they are nodebug too, and a wrapper, which the pass looks into, is never quiet.)
// UNSUPPORTED: llvm-14, llvm-15, llvm-16
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o - %s -mllvm -razortrace-drop-locations=false | grep "^define" | sort | FileCheck %s
// RUN: %clang -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=SITES %s
// RUN: %clang -O2 -fplugin=%plugin -S -emit-llvm -o - %s | FileCheck --check-prefix=SITES %s
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { struct node *next; int key; char name[16]; };
static struct node *head;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

// Returns a pointer, allocates nothing: not a wrapper, and its callers need no locations for it.
struct node *find(int key) {
  for (struct node *n = head; n; n = n->next)
    if (n->key == key)
      return n;
  return 0;
}

// Returns a pointer and calls only library functions that never allocate.
char *label(struct node *n, char *out, size_t size) {
  pthread_mutex_lock(&lock);
  memcpy(out, n->name, sizeof n->name < size ? sizeof n->name : size);
  strcpy(out, n->name);
  snprintf(out, size, "%d", n->key);
  pthread_mutex_unlock(&lock);
  return out;
}

int lookup(int key, char *out) { return find(key) && label(find(key), out, 8)[0]; }

// An allocation wrapper by its shape, and one that returns another's block, defined after its first caller.
static char *copy_later(const char *s);
static char *copy(const char *s) { return copy_later(s); }
static char *copy_later(const char *s) {
  char *p = malloc(strlen(s) + 1);
  return p ? strcpy(p, s) : 0;
}
void keep(const char *s) { head->name[0] = *copy(s); }
// SITES-DAG: @razor.call{{[.0-9]*}} = private constant {{.*}} { i32 [[#@LINE-1]], i16 45, i8 -1, i8 {{-?[0-9]+}},

// CHECK:      define dso_local i32 @lookup({{.*}}) #{{[0-9]+}} {
// CHECK-NEXT: define dso_local ptr @find({{.*}}) #{{[0-9]+}} {
// CHECK-NEXT: define dso_local ptr @label({{.*}}) #{{[0-9]+}} {
// CHECK-NEXT: define dso_local void @keep({{.*}}) #{{[0-9]+}} {
// CHECK-NEXT: define internal ptr @copy({{.*}}) #{{[0-9]+}} {
// CHECK-NEXT: define internal ptr @copy_later({{.*}}) #{{[0-9]+}} {
