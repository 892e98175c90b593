// The runtime reads a module's ELF symbol table from its file at report time (for the names of functions dladdr cannot see: static ones, an executable's), and that file may be anything by then: replaced, truncated, damaged.  Every offset, size and name in it is checked before use: the report is written whole, the frames the damaged table would have named show as module+offset (the exported libfill still by dladdr's name), never a crash.  Each mode below rewrites the library on disk just before the exit report; the runtime's own reader runs (symbolizer=/nonexistent), and once with llvm-symbolizer too, whose "??" for a file it cannot read falls back the same way.
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -O0 -fPIC -shared %S/Inputs/damaged-lib.c -o %t-libdmg.so
// RUN: %clang_razor -fplugin-arg-razortrace-no-auto-alloc -O0 %s %t-libdmg.so -o %t
// RUN: cp %t-libdmg.so %t-libdmg.so.orig
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t intact 2>&1 | FileCheck %s --check-prefixes=CHECK,INTACT
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t empty 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t head 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t half 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t shoff 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t shnum 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t symoff 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t symsize 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t symalign 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t strtab 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t strsize 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t names 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t link 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %env_razor_opts=symbolizer=/nonexistent %run %t garbage 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
// RUN: env TRACE_DMG=1 %run %t symoff 2>&1 | FileCheck %s --check-prefixes=CHECK,DAMAGED
// RUN: cp %t-libdmg.so.orig %t-libdmg.so
#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <razortrace.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void libfill(int i);

RAZOR_PROBE("TRACE_DMG,traceback") void run(int i) {
  libfill(i);
}

/* The section header of the library's .symtab in IMAGE, NULL when none. */
static ElfW(Shdr) *symtab(unsigned char *image) {
  ElfW(Ehdr) *eh = (ElfW(Ehdr) *)image;
  ElfW(Shdr) *sh = (ElfW(Shdr) *)(image + eh->e_shoff);
  for (int i = 0; i < eh->e_shnum; i++)
    if (sh[i].sh_type == SHT_SYMTAB)
      return &sh[i];
  return NULL;
}

/* Rewrites the library file (a new file at its path: the mapped one stays
 * as it was) damaged as MODE says. */
static void damage(const char *path, const char *mode) {
  int fd = open(path, O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat(fd, &st))
    abort();
  size_t size = (size_t)st.st_size;
  unsigned char *image = malloc(size);
  if (!image || read(fd, image, size) != (ssize_t)size)
    abort();
  close(fd);
  ElfW(Ehdr) *eh = (ElfW(Ehdr) *)image;
  ElfW(Shdr) *sym = symtab(image);
  ElfW(Shdr) *str = sym ? (ElfW(Shdr) *)(image + eh->e_shoff) + sym->sh_link : NULL;
  if (!sym)
    abort();
  if (!strcmp(mode, "empty"))
    size = 0;
  else if (!strcmp(mode, "head"))
    size = 64; /* the ELF header alone */
  else if (!strcmp(mode, "half"))
    size /= 2; /* the section headers (at the end) cut off */
  else if (!strcmp(mode, "shoff"))
    eh->e_shoff = UINT64_MAX - 8; /* wraps past the end */
  else if (!strcmp(mode, "shnum"))
    eh->e_shnum = 0xffff;
  else if (!strcmp(mode, "symoff")) {
    sym->sh_offset = UINT64_MAX - 0xff; /* offset + size wraps to 0x100 */
    sym->sh_size = 0x200;
  } else if (!strcmp(mode, "symsize"))
    sym->sh_size = UINT64_MAX - 0x17;
  else if (!strcmp(mode, "symalign"))
    sym->sh_offset += 1;
  else if (!strcmp(mode, "strtab")) {
    /* The names: the file's last 3 bytes, none of them a NUL. */
    str->sh_offset = size - 3;
    str->sh_size = 3;
    memset(image + size - 3, 'x', 3);
  } else if (!strcmp(mode, "strsize"))
    str->sh_size = UINT64_MAX - 1;
  else if (!strcmp(mode, "names")) {
    ElfW(Sym) *s = (ElfW(Sym) *)(image + sym->sh_offset);
    for (size_t k = 0; k < sym->sh_size / sizeof *s; k++)
      s[k].st_name = 0xfffffff0u;
  } else if (!strcmp(mode, "link"))
    sym->sh_link = 0xfff0;
  else if (!strcmp(mode, "garbage"))
    memset(image + 4, 0xff, size - 4);
  else if (strcmp(mode, "intact"))
    abort();
  if (unlink(path))
    abort();
  fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0755);
  if (fd < 0 || write(fd, image, size) != (ssize_t)size)
    abort();
  close(fd);
  free(image);
}

int main(int argc, char **argv) {
  for (int i = 0; i < 40; i++)
    run(i);
  Dl_info info;
  if (argc < 2 || !dladdr((void *)libfill, &info))
    return 2;
  damage(info.dli_fname, argv[1]);
  return 0;
}
// CHECK:       damaged-lib.c line: 10 column: 10 function: lib_make command: return malloc(24 + (size_t)i % 3); // lib-make-line
// CHECK:       stack 1 of 1:
// CHECK-NEXT:  {{^}}    #0 lib_make {{.*}}damaged-lib.c:10{{$}}
// INTACT-NEXT: {{^}}    #1 lib_middle damaged-lib.c{{$}}
// DAMAGED-NEXT: {{^}}    #1 ?? {{.*}}libdmg.so+0x{{[0-9a-f]+}}{{$}}
// CHECK-NEXT:  {{^}}    #2 libfill in {{.*}}libdmg.so{{$}}
// CHECK-NEXT:  {{^}}    #3 run {{.*}}damaged-elf.c:50 command: RAZOR_PROBE("TRACE_DMG,traceback") void run(int i) {{[{]}}{{$}}
// CHECK-NEXT:  {{^}}    #4 main {{.*}}damaged-elf.c:124 command: int main(int argc, char **argv) {{[{]}}{{$}}
// CHECK-NEXT:  razortrace: SUMMARY: 1 growing site(s) in 1 probe(s), 0.9756 kb retained
