// The plugin's arguments: an unknown one is an error listing the known ones; an alloc-fn name no function of the unit has is a warning naming it (silenced by -w, never an error); a bad glob in foreign= is an error; the good ones compile silently.
// RUN: not %clang -fplugin=%plugin -fplugin-arg-razortrace-alloc-fns=xmalloc -fsyntax-only %s 2>&1 | FileCheck --check-prefix=UNKNOWN %s
// UNKNOWN: error: razortrace: unknown plugin argument 'alloc-fns=xmalloc'; the known ones are -fplugin-arg-razortrace-alloc-fn=NAME[,NAME...], -fplugin-arg-razortrace-foreign=GLOB[,GLOB...], -fplugin-arg-razortrace-no-auto-alloc and -fplugin-arg-razortrace-frame-pointers
// RUN: not %clang -fplugin=%plugin -fplugin-arg-razortrace-no-auto-alloc=1 -fsyntax-only %s 2>&1 | FileCheck --check-prefix=VALUE %s
// VALUE: error: razortrace: unknown plugin argument 'no-auto-alloc=1'; the known ones are
// RUN: not %clang -fplugin=%plugin -fplugin-arg-razortrace-foreign=[z-a] -fsyntax-only %s 2>&1 | FileCheck --check-prefix=GLOB %s
// GLOB: error: razortrace: foreign: '[z-a]' is not a valid glob
// RUN: %clang -fplugin=%plugin -fplugin-arg-razortrace-alloc-fn=xmalloc,g_strdup -fplugin-arg-razortrace-alloc-fn=pool_get -fsyntax-only %s 2>&1 | FileCheck --check-prefix=WARN %s
// WARN-NOT: xmalloc
// WARN: warning: razortrace: alloc-fn names 'g_strdup', but no function of that name is declared in this translation unit
// WARN-NOT: xmalloc
// WARN: warning: razortrace: alloc-fn names 'pool_get', but no function of that name is declared in this translation unit
// WARN: 2 warnings generated.
// RUN: %clang -fplugin=%plugin -fplugin-arg-razortrace-alloc-fn=xmalloc -fplugin-arg-razortrace-foreign='*/vendor/*,*sqlite3.c' -fplugin-arg-razortrace-no-auto-alloc -fsyntax-only %s 2>&1 | count 0
#include <stddef.h>

void *xmalloc(size_t n);
// -w silences the warning, as clang's own; -Werror leaves it a warning (a list given to a whole library's build names functions most of its files lack).
// RUN: %clang -w -fplugin=%plugin -fplugin-arg-razortrace-alloc-fn=g_strdup -fsyntax-only %s 2>&1 | count 0
// RUN: %clang -Werror -fplugin=%plugin -fplugin-arg-razortrace-alloc-fn=g_strdup -fsyntax-only %s 2>&1 | FileCheck --check-prefix=WERROR %s
// WERROR: warning: razortrace: alloc-fn names 'g_strdup'
