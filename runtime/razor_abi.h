/* razor_abi.h - the contract between the compiler plugin and the runtime.
 *
 * Every name the plugin emits and the runtime defines is spelled here once.
 * The plugin (C++) and the runtime (C11) both include this header; nothing in
 * it may depend on either side.  Changing a record layout or a hook signature
 * means bumping RAZOR_ABI_VERSION, which renames the module-init entry point
 * so a plugin and a runtime of different versions fail at link time.
 */
#ifndef RAZOR_ABI_H
#define RAZOR_ABI_H

#include <stdint.h>

#define RAZOR_ABI_VERSION 8

/* Sections holding the per-site, per-probe and per-function records of
 * each module. */
#define RAZOR_SITES_SECTION "razor_sites"
#define RAZOR_PROBES_SECTION "razor_probes"
#define RAZOR_FUNCS_SECTION "razor_funcs"
/* The records' strings (names, paths, source lines), mergeable as
 * .rodata.str1.1 is, and apart from the program's own read-only data: a
 * process reads them only to report, so its pages stay on disk until then
 * (none shares a page with a string the program uses).  A probe's
 * strings, read when its module registers, stay in .rodata. */
#define RAZOR_STRINGS_SECTION "razor_strings"

/* Entry points the plugin calls. */
#define RAZOR_MODULE_INIT_NAME "__razor_module_init_v8"
#define RAZOR_MODULE_CTOR_NAME "razor.module_ctor"
#define RAZOR_MODULE_FINI_NAME "__razor_module_fini_v8"
#define RAZOR_MODULE_DTOR_NAME "razor.module_dtor"
#define RAZOR_MODULE_DESC_NAME "razor.module"
#define RAZOR_PROBE_ENTER_NAME "__razor_probe_enter"
#define RAZOR_PROBE_EXIT_NAME "__razor_probe_exit"
#define RAZOR_WRAPPER_PREFIX "__razor_"
/* Thread-local `struct razor_site *`: the user's innermost call into
 * foreign code on this thread (NULL: none).  Initial-exec TLS.  Code built
 * with the plugin writes it before such a call; it holds the value a
 * function was entered with again wherever something else can read it: at
 * the return of any function code built without the plugin may call (one
 * whose address is taken or that other objects can see), so a callback's
 * calls do not outlive it.  A function only this module's code can call
 * may return with its own last call in it: its callers write theirs
 * before their own calls into foreign code, which are the only readers. */
#define RAZOR_CALLSITE_NAME "__razor_callsite"
/* Thread-local `struct razor_site *`: the call of an allocation wrapper
 * made from code outside any wrapper call, while it runs on this thread
 * (NULL: none).  Every allocation the thread makes until it returns is
 * charged to it, whatever runs inside (hooks reached through pointers,
 * callbacks from code built without the plugin); the calls of wrappers
 * inside leave it as it is (the outermost wins).  Set and restored round
 * each wrapper call, apart from RAZOR_CALLSITE_NAME, so that the calls into
 * foreign code made inside never need to look at it. */
#define RAZOR_WRAPCALL_NAME "__razor_wrapcall"
/* `struct razor_site **(void)`: the address of this thread's
 * RAZOR_CALLSITE_NAME (and of RAZOR_WRAPCALL_NAME).  Code compiled without
 * optimisation takes it with this call, once per function: FastISel selects a
 * call, while a thread-local address sends its block to the slower
 * SelectionDAG. */
#define RAZOR_CALLSITE_ADDRESS_NAME "__razor_callsite_address"
#define RAZOR_WRAPCALL_ADDRESS_NAME "__razor_wrapcall_address"
/* The inline tests compiled code makes before calling a wrapper (otherwise
 * it calls the function itself, or the one below):
 *   RAZOR_SAMPLING_NAME  thread-local uint32_t, initial-exec: nonzero while
 *                        a probe samples on this thread (allocations);
 *   RAZOR_TRACKING_NAME  uint32_t: nonzero once any block may be tracked
 *                        in the process (releases and resizes). */
#define RAZOR_SAMPLING_NAME "__razor_sampling"
#define RAZOR_TRACKING_NAME "__razor_tracking"
/* These four variables start at zero.  A module that can only be part of
 * an executable (PIE or not position-independent) defines those its code
 * uses, weak: the executable's copies are the process's, because the
 * runtime reaches its own through its GOT and the linker exports a
 * definition that a linked shared object also has.  The module's code then
 * reaches them at an offset the link fixes (`mov %fs:OFFSET` rather than
 * loading the offset from the GOT first: one instruction and one register
 * fewer at every write of the thread's callsite).  The module's
 * constructor hands their addresses to RAZOR_VARIABLES_CHECK_NAME, which
 * refuses to trace if they are not the runtime's (hidden by a version
 * script or a --dynamic-list of the executable): the program and the
 * runtime would not see each other's writes. */
#define RAZOR_VARIABLES_CHECK_NAME "__razor_variables_check"
/* `__razor_call_malloc` etc.: what compiled code calls, with the hook's
 * arguments (the site last), instead of malloc, calloc, realloc and free:
 * no test, one indirect call.  Until anything can be traced (the first
 * sample, or a bootstrap block) they point to the process's definitions,
 * which ignore the extra argument (every calling convention of the targets
 * we support leaves it to the caller); from then on to the hooks. */
#define RAZOR_CALL_PREFIX "__razor_call_"
/* `__razor_entry.NAME`: what code built with the plugin calls a function
 * NAME declared but not defined in its translation unit by, with the
 * call's site record as one more argument (last).  A module built with the
 * plugin that defines NAME defines this name as NAME itself (hidden, so
 * within its own linked object only), and the call costs nothing more;
 * elsewhere the caller's own weak definition wins, which writes the record
 * to the thread's callsite and jumps to NAME (NAME is then code built
 * without the plugin).  Either way the call may return with the thread's
 * callsite changed: code built with the plugin writes back its own value
 * where something can read it (at -O0, after each such call).  No runtime
 * symbol: plugin-made code only. */
#define RAZOR_ENTRY_PREFIX "__razor_entry."
/* An optimized module built with the plugin may split a function NAME that
 * has an entry name in two: NAME's body, private, named NAME plus this
 * suffix in the IR (no symbol of its own: in the symbol table its entry
 * name names it), which the entry name and the module's own calls reach
 * and which may return with its last call's record left in the thread's
 * callsite (callers built with the plugin write theirs where they need
 * it); and NAME itself, which calls the body and gives the callsite back,
 * for everyone else.  Reports name the body as NAME. */
#define RAZOR_ENTRY_BODY_SUFFIX ".razor"
/* Functions whose names start with this prefix are never instrumented. */
#define RAZOR_RUNTIME_PREFIX "__razor_"
/* The annotation that marks a probe: annotate("razor_probe:SPEC"). */
#define RAZOR_ANNOTATION_PREFIX "razor_probe:"
/* The annotation that marks an allocation wrapper: annotate("razor_alloc"). */
#define RAZOR_ALLOC_ANNOTATION "razor_alloc"

/* What an allocation site calls: one value per row of razor_fns.def. */
enum razor_kind {
#define RAZOR_FN(NAME, ROLE, DISPLAY) RAZOR_KIND_##NAME,
#include "razor_fns.def"
  RAZOR_KIND_COUNT,
  /* Not an allocation: a call from the user's code into code that is not
   * the user's (a system header's function, an external declaration).  The
   * runtime attributes allocations made there to this record. */
  RAZOR_KIND_CALL = 0xff,
  /* Not a call either: the runtime's record of a custom allocator's chunk
   * (a block that holds blocks registered with razor_malloclike or
   * razor_pool_alloc), named "pool-chunk", never a finding. */
  RAZOR_KIND_POOL_CHUNK = 0xfe
};

/* razor_site.flags */
enum {
  /* The call sits in a system header (libc's, the C++ standard library). */
  RAZOR_SITE_SYSTEM_HEADER = 1u << 0,
  /* The call sits in an allocation wrapper's body (or a function of a
   * file declared foreign): charged, like a system header's, to the
   * thread's wrapper call or else its callsite, when one is set. */
  RAZOR_SITE_WRAPPED = 1u << 1,
  /* RAZOR_KIND_CALL: a call of an allocation wrapper (or of a function of
   * a foreign file): the report's "via" names the callee as "wrapper". */
  RAZOR_SITE_WRAPPER_CALL = 1u << 2,
  /* With RAZOR_SITE_WRAPPER_CALL: the record an allocation call passes
   * once the optimizer inlined the wrapper whose call this is (the call's
   * location, function, source and callee, in the caller), so no wrapper
   * call is stored round it; `inner` is the allocation's own record in
   * the wrapper's body.  Charged as that call's bracket would have had it:
   * to the thread's wrapper call when one is running (the caller runs
   * inside a wrapper call: the outermost wins), else to this record, with
   * `inner` as "via" either way. */
  RAZOR_SITE_INLINED = 1u << 3,
  /* With RAZOR_SITE_WRAPPER_CALL: the wrapper called is defined in the
   * caller's translation unit, built with the plugin, in a definition the
   * link cannot replace: whatever code built without the plugin allocates
   * during its call is reached through one of its own calls into such
   * code, which set the thread's callsite (the "via" of such a block names
   * that call's callee). */
  RAZOR_SITE_WRAPPER_INSTRUMENTED = 1u << 4,
  /* The record has a `callee` after its fields (razor_site_tail). */
  RAZOR_SITE_CALLEE = 1u << 5,
  /* The record has a `source` after its fields (razor_site_tail). */
  RAZOR_SITE_SOURCE = 1u << 6,
  /* The runtime made the record (razor_site_make), outside any module's
   * section: its id is the uint32_t just before it.  Never in a record
   * the plugin emits. */
  RAZOR_SITE_RUNTIME = 1u << 7,
};

/* The fields of the records the plugin emits, in order, as F(C type,
 * name): the structs below are generated from these lists, and so is the
 * plugin's IR type of each record (plugin/RazorABI.h), which checks the C
 * layout against it.  Pointer fields are `ptr` in the IR.
 *
 * Strings are `razor_rel` fields: the distance in bytes from the start of
 * the record that holds the field to the string's first byte, 0 for ""
 * (no string); so is a distance to another record (0: none).  A record then
 * needs no relocation at load time (no pointer to fix up in a PIE or a
 * shared library), as LLVM's relative vtables and profile data do; in the
 * IR each is `trunc (sub (ptrtoint @str, ptrtoint @record))`.  (Counted
 * from the record, not from the field as up to ABI 6: one constant
 * expression fewer per field, which the compiler builds, walks and emits
 * for every record.)  Read them with razor_rel_str (razor_site_str,
 * razor_probe_str below), never by hand. */
typedef int32_t razor_rel;

/* The string the razor_rel REL of the record at RECORD names ("" for 0). */
static inline const char *razor_rel_str(const void *record, razor_rel rel) {
  return rel ? (const char *)record + rel : "";
}

/* Where code is: its file and the compilation directory, for a relative
 * file (razor_rel strings).  One per file and translation unit, shared by
 * that unit's site and function records.
 * IR type: { i32, i32 }. */
#define RAZOR_FILE_FIELDS(F)                                                  \
  F(razor_rel, file)        /* as the compiler saw it; "" when unknown */     \
  F(razor_rel, dir)

#define RAZOR_ABI_FIELD(TYPE, NAME) TYPE NAME;
struct razor_file {
  RAZOR_FILE_FIELDS(RAZOR_ABI_FIELD)
};
#define razor_file_str(W, NAME) razor_rel_str((W), (W)->NAME)

/* What the site records of one function in one file share: the file
 * record and the enclosing function's name.  One per translation unit,
 * file and function, constant.
 * IR type: { i32, i32 }. */
#define RAZOR_SCOPE_FIELDS(F)                                                 \
  F(razor_rel, where)       /* its struct razor_file (0: none) */             \
  F(razor_rel, function)    /* enclosing function, demangled */

struct razor_scope {
  RAZOR_SCOPE_FIELDS(RAZOR_ABI_FIELD)
};

/* One allocation or release call in code built with the plugin.  The plugin
 * emits one record per call into RAZOR_SITES_SECTION, aligned to 4,
 * constant (read-only: no page of it is ever written, no relocation).
 * The runtime gives a record an id at its first use, kept in its own
 * tables by the record's address (razor_site_id): records with the same
 * file:line:column share an id.
 *
 * The fields below are followed by those of the record's flags, a
 * razor_rel each, in this order (razor_site_tail): `callee`
 * (RAZOR_SITE_CALLEE: a RAZOR_KIND_CALL record's function called),
 * `source` (RAZOR_SITE_SOURCE: the source line, trimmed) and `inner`
 * (RAZOR_SITE_INLINED: see razor_site_inner).  Most records of a program
 * are calls of its own functions by entry name, which carry only `callee`
 * (16 bytes); the section is not an array, and nothing walks it.
 * IR type: { i32, i16, i8, i8, i32 } and an i32 per field after. */
#define RAZOR_SITE_FIELDS(F)                                                  \
  F(uint32_t, line)         /* 0 when the compiler had no location */         \
  F(uint16_t, column)       /* at most 65535 */                               \
  F(uint8_t, kind)          /* enum razor_kind */                             \
  F(uint8_t, flags)         /* RAZOR_SITE_* */                                \
  F(razor_rel, scope)       /* its struct razor_scope (0: none) */

struct razor_site {
  RAZOR_SITE_FIELDS(RAZOR_ABI_FIELD)
};

/* The flags that give a site record a field after its struct, in order. */
#define RAZOR_SITE_TAIL                                                       \
  (RAZOR_SITE_CALLEE | RAZOR_SITE_SOURCE | RAZOR_SITE_INLINED)

/* Site S's field after its struct that FLAG (one of RAZOR_SITE_TAIL)
 * gives it, NULL when S has not that flag. */
static inline const razor_rel *razor_site_tail(const struct razor_site *s,
                                               unsigned flag) {
  if (!(s->flags & flag))
    return (const razor_rel *)0;
  const razor_rel *t = (const razor_rel *)(s + 1);
  if (flag != RAZOR_SITE_CALLEE && (s->flags & RAZOR_SITE_CALLEE))
    t++;
  if (flag == RAZOR_SITE_INLINED && (s->flags & RAZOR_SITE_SOURCE))
    t++;
  return t;
}
/* Site S's size in bytes, its fields after the struct included. */
static inline unsigned razor_site_size(const struct razor_site *s) {
  unsigned tail = s->flags & RAZOR_SITE_TAIL, n = 0;
  for (; tail; tail &= tail - 1)
    n++;
  return (unsigned)sizeof *s + n * (unsigned)sizeof(razor_rel);
}
/* Site S's scope record, NULL when it has none. */
static inline const struct razor_scope *
razor_site_scope(const struct razor_site *s) {
  return s->scope ? (const struct razor_scope *)(uintptr_t)(
                        (const char *)s + s->scope)
                  : (const struct razor_scope *)0;
}
/* Site S's file record, NULL when it has none. */
static inline const struct razor_file *
razor_site_where(const struct razor_site *s) {
  const struct razor_scope *c = razor_site_scope(s);
  return c && c->where ? (const struct razor_file *)(uintptr_t)(
                             (const char *)c + c->where)
                       : (const struct razor_file *)0;
}
static inline const char *razor_site_file(const struct razor_site *s) {
  const struct razor_file *w = razor_site_where(s);
  return w ? razor_file_str(w, file) : "";
}
static inline const char *razor_site_dir(const struct razor_site *s) {
  const struct razor_file *w = razor_site_where(s);
  return w ? razor_file_str(w, dir) : "";
}
static inline const char *razor_site_function(const struct razor_site *s) {
  const struct razor_scope *c = razor_site_scope(s);
  return c ? razor_rel_str(c, c->function) : "";
}
static inline const char *razor_site_callee(const struct razor_site *s) {
  const razor_rel *f = razor_site_tail(s, RAZOR_SITE_CALLEE);
  return f ? razor_rel_str(s, *f) : "";
}
static inline const char *razor_site_source(const struct razor_site *s) {
  const razor_rel *f = razor_site_tail(s, RAZOR_SITE_SOURCE);
  return f ? razor_rel_str(s, *f) : "";
}
/* Site S's string NAME (file, dir, function, source, callee). */
#define razor_site_str(S, NAME) razor_site_##NAME(S)
/* The record site S's `inner` names (RAZOR_SITE_INLINED), NULL for 0. */
static inline struct razor_site *razor_site_inner(const struct razor_site *s) {
  const razor_rel *f = razor_site_tail(s, RAZOR_SITE_INLINED);
  return f && *f ? (struct razor_site *)(uintptr_t)((const char *)s + *f)
                 : (struct razor_site *)0;
}

#ifndef __cplusplus
#include <stddef.h>
/* The thread's current call into foreign code (see RAZOR_CALLSITE_NAME). */
extern __thread struct razor_site *__razor_callsite
    __attribute__((tls_model("initial-exec")));
extern __thread struct razor_site *__razor_wrapcall
    __attribute__((tls_model("initial-exec")));
extern __thread uint32_t __razor_sampling
    __attribute__((tls_model("initial-exec")));
extern uint32_t __razor_tracking;
extern void *(*__razor_next_malloc)(size_t);
extern void *(*__razor_next_calloc)(size_t, size_t);
extern void *(*__razor_next_realloc)(void *, size_t);
extern void (*__razor_next_free)(void *);
extern void *(*__razor_call_malloc)(size_t, struct razor_site *);
extern void *(*__razor_call_calloc)(size_t, size_t, struct razor_site *);
extern void *(*__razor_call_realloc)(void *, size_t, struct razor_site *);
extern void (*__razor_call_free)(void *, struct razor_site *);
#endif

/* The function a probe descriptor points to. */
typedef void (*razor_probe_fn)(void);

/* One function annotated razor_probe, emitted into RAZOR_PROBES_SECTION.
 * `state` starts NULL and is written by the runtime (its razor_probe).
 * `fn` is the one pointer (one relocation per probe, not per site).
 * IR type: { i32, i32, i32, i32, i32, i32, ptr, ptr }. */
#define RAZOR_PROBE_DESC_FIELDS(F)                                            \
  F(uint32_t, abi_version)  /* RAZOR_ABI_VERSION */                           \
  F(uint32_t, line)         /* line of the function's definition */           \
  F(razor_rel, function)    /* demangled name */                              \
  F(razor_rel, file)                                                          \
  F(razor_rel, spec)        /* the annotation after "razor_probe:" */         \
  F(razor_rel, dir)         /* compilation directory */                       \
  F(razor_probe_fn, fn)     /* the function itself, for razor_probe_find_fn */\
  F(void *, state)          /* runtime-owned */

struct razor_probe_desc {
  RAZOR_PROBE_DESC_FIELDS(RAZOR_ABI_FIELD)
};
/* Probe descriptor D's string field NAME (function, file, spec, dir). */
#define razor_probe_str(D, NAME) razor_rel_str((D), (D)->NAME)

/* One function defined in a translation unit built with the plugin that
 * keeps frame pointers (the module of a `traceback` probe, or
 * -fplugin-arg-razortrace-frame-pointers), emitted into RAZOR_FUNCS_SECTION
 * once the optimizer is done (a function inlined everywhere and dropped
 * has none), in the function's comdat and gone with it.  Reports read it
 * for a frame the symbolizer gives no line (code built without -g): the
 * function, its file and the line of its definition.  No relocation:
 * `fn` and `where` are distances from the record, as razor_rel strings are.
 * IR type: { i32, i32, i32 }. */
#define RAZOR_FUNC_FIELDS(F)                                                  \
  F(razor_rel, fn)          /* to the function's first instruction */         \
  F(razor_rel, where)       /* to its struct razor_file */                    \
  F(uint32_t, line)         /* of the definition (the function's name) */

struct razor_func {
  RAZOR_FUNC_FIELDS(RAZOR_ABI_FIELD)
};
/* The address of function record F's function. */
static inline uintptr_t razor_func_addr(const struct razor_func *f) {
  return (uintptr_t)((const char *)f + f->fn);
}
/* Function record F's file record. */
static inline const struct razor_file *
razor_func_file(const struct razor_func *f) {
  return (const struct razor_file *)(uintptr_t)((const char *)f + f->where);
}
/* razor_module.flags */
enum {
  /* The plugin kept frame pointers in every function it instrumented in
   * the module's translation unit ("frame-pointer"="all"; on unless
   * -mllvm -razortrace-frame-pointers=0). */
  RAZOR_MODULE_FRAME_POINTERS = 1u << 0,
};

/* What a module's constructor hands the runtime, constant, in the
 * constructor's comdat: one per linked module (executable or shared
 * library) and flags value.  Translation units built with other flags get
 * a constructor and descriptor of another name (RAZOR_MODULE_CTOR_NAME
 * ".flags0"), so a module mixing them registers once per flags value with
 * the same ranges.  The three ranges are the linker's bounds of the
 * module's sections (any may be empty, begin == end, or NULL).  Its six
 * pointers are the module's only load-time relocations for razortrace's
 * records.  IR type: { i32, i32, ptr, ptr, ptr, ptr, ptr, ptr }. */
#define RAZOR_MODULE_FIELDS(F)                                                \
  F(uint32_t, abi_version)  /* RAZOR_ABI_VERSION */                           \
  F(uint32_t, flags)        /* RAZOR_MODULE_* */                              \
  F(struct razor_site *, sites_begin)                                         \
  F(struct razor_site *, sites_end)                                           \
  F(struct razor_probe_desc *, probes_begin)                                  \
  F(struct razor_probe_desc *, probes_end)                                    \
  F(struct razor_func *, funcs_begin)                                         \
  F(struct razor_func *, funcs_end)

struct razor_module {
  RAZOR_MODULE_FIELDS(RAZOR_ABI_FIELD)
};

#ifdef __cplusplus
extern "C" {
#endif

/* Called by each module's constructor with its descriptor: the runtime
 * remembers it (a few words, nothing per site or probe: sites get ids at
 * their first use, probes are registered at the first probe entry, report
 * or lookup).  Idempotent. */
void __razor_module_init_v8(const struct razor_module *module);

/* Called by each module's destructor with the same descriptor: the module
 * is going away (dlclose); the runtime copies what its reports still need
 * and forgets the descriptor. */
void __razor_module_fini_v8(const struct razor_module *module);

/* Called at the entry of every probe function with its frame address.
 * Returns a token: 0 when this activation is not sampled (trigger off, or an
 * inner activation of a recursive probe), otherwise a value to hand back to
 * __razor_probe_exit on every way out of the function. */
uint32_t __razor_probe_enter(struct razor_probe_desc *probe, void *frame);
void __razor_probe_exit(struct razor_probe_desc *probe, uint32_t token);

/* The addresses of this thread's RAZOR_CALLSITE_NAME and
 * RAZOR_WRAPCALL_NAME (see there). */
struct razor_site **__razor_callsite_address(void);
struct razor_site **__razor_wrapcall_address(void);

/* See RAZOR_VARIABLES_CHECK_NAME: the module's definitions, NULL for
 * those it does not define. */
void __razor_variables_check(struct razor_site **callsite,
                             struct razor_site **wrapcall, uint32_t *sampling,
                             uint32_t *tracking);

#ifdef __cplusplus
}
#endif

#endif /* RAZOR_ABI_H */
