/* razor_symbolize.h - report time only (razor_symbolize.c): return
 * addresses to functions, files and lines, through llvm-symbolizer, the
 * dynamic symbol table and the modules' ELF symbol tables. */
#ifndef RAZOR_SYMBOLIZE_H
#define RAZOR_SYMBOLIZE_H

#include "razor_mem.h"

/* One frame of a resolved return address.  Strings are offsets into the
 * owning razor_syms (razor_syms_str); 0 is "". */
struct razor_frame {
  uint32_t function, file, module;
  uint32_t line, column; /* 0: unknown */
  uint8_t inlined;       /* inlined into the next frame of the same pc */
  uint8_t runtime;       /* a frame of the runtime itself */
  uint8_t system;        /* in a library of the system (/lib, /usr/lib) */
  /* The outermost frame of an address with no line in the outer half of
   * a function the plugin split: it calls the body, the frame before. */
  uint8_t split_outer;
  uintptr_t offset;      /* the call's address in the module */
  /* The outermost frame of an address with no line, in a module of the
   * program's: the address of the function it is in, as the module's
   * symbols say, else its unwind tables (0: neither says). */
  uintptr_t start;
};
struct razor_syms {
  struct razor_vec pcs, frames, strs;
  int symbolized; /* 1: llvm-symbolizer answered; 0: dladdr only */
};
void razor_syms_resolve(struct razor_syms *s, const uint32_t *ids, size_t n);
size_t razor_syms_frames(const struct razor_syms *s, uintptr_t pc,
                         const struct razor_frame **out);
const char *razor_syms_str(const struct razor_syms *s, uint32_t off);
void razor_syms_release(struct razor_syms *s);
/* The function containing module address VADDR in ELF file PATH from its
 * .symtab: 1 with its name in NAME (N bytes) and, for a static function,
 * the source file its symbol table names in FILE (FN bytes, else "").
 * Any file is safe to pass: truncated or damaged ones give 0. */
int razor_elf_function(const char *path, uintptr_t vaddr, char *name,
                       size_t n, char *file, size_t fn);

/* The function code address PC lies in, as the symbol tables name it
 * (the module's .symtab, else its dynamic symbols), demangled in the
 * style of the site names, into NAME (N bytes): 1 when found.  Report
 * time only. */
int razor_function_at(uintptr_t pc, char *name, size_t n);

#endif /* RAZOR_SYMBOLIZE_H */
