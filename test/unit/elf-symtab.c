// The runtime's ELF symbol-table reader (razor_symbolize.c, report time):
// a function is found by any address inside it, with a static function's
// source file from the STT_FILE before it; zero-sized symbols and names
// that do not end inside their string table are never taken; and a file
// cut at every length, or with its headers' bytes changed at random, gives
// an answer or none, never a fault (the file is whatever is on disk when
// the report is written).
// RUN: %razor_unit %s %razor_static_lib -lpthread -ldl -o %t && %t %t.elf | FileCheck %s
#include <elf.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "razor_symbolize.h"

static const char strtab[] = "\0a.c\0st\0gl\0z\0nonul";
enum { S_FILE = 1, S_ST = 5, S_GL = 8, S_Z = 11, S_NONUL = 13 };

/* Header, three section headers (null, .symtab, .strtab), the symbols,
 * the strings: an image as a linker writes one, small. */
static size_t make_image(unsigned char *m) {
  ElfW(Ehdr) *eh = (ElfW(Ehdr) *)m;
  memset(m, 0, 4096);
  memcpy(eh->e_ident, ELFMAG, SELFMAG);
  eh->e_ident[EI_CLASS] = sizeof(void *) == 8 ? ELFCLASS64 : ELFCLASS32;
  eh->e_ident[EI_DATA] = ELFDATA2LSB;
  eh->e_ident[EI_VERSION] = EV_CURRENT;
  eh->e_type = ET_DYN;
  eh->e_shentsize = sizeof(ElfW(Shdr));
  eh->e_shnum = 3;
  eh->e_shoff = sizeof *eh;
  ElfW(Shdr) *sh = (ElfW(Shdr) *)(m + eh->e_shoff);
  size_t symoff = eh->e_shoff + 3 * sizeof *sh;
  ElfW(Sym) *sym = (ElfW(Sym) *)(m + symoff);
  ElfW(Sym) syms[] = {
      {0},
      {.st_name = S_FILE, .st_info = ELF64_ST_INFO(STB_LOCAL, STT_FILE)},
      {.st_name = S_ST, .st_info = ELF64_ST_INFO(STB_LOCAL, STT_FUNC),
       .st_value = 0x1000, .st_size = 0x10},
      {.st_name = S_GL, .st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC),
       .st_value = 0x1010, .st_size = 0x20},
      {.st_name = S_Z, .st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC),
       .st_value = 0x1040, .st_size = 0},
      /* Its name runs to the table's end without a NUL. */
      {.st_name = S_NONUL, .st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC),
       .st_value = 0x1100, .st_size = 0x10},
  };
  size_t nsym = sizeof syms / sizeof syms[0];
  memcpy(sym, syms, sizeof syms);
  size_t stroff = symoff + sizeof syms;
  size_t strsize = sizeof strtab - 1; /* "nonul" has no NUL in the table */
  memcpy(m + stroff, strtab, strsize);
  sh[1].sh_type = SHT_SYMTAB;
  sh[1].sh_offset = symoff;
  sh[1].sh_size = nsym * sizeof(ElfW(Sym));
  sh[1].sh_entsize = sizeof(ElfW(Sym));
  sh[1].sh_link = 2;
  sh[2].sh_type = SHT_STRTAB;
  sh[2].sh_offset = stroff;
  sh[2].sh_size = strsize;
  return stroff + strsize;
}

static void put(const char *path, const unsigned char *m, size_t n) {
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(m, 1, n, f) != n || fclose(f))
    abort();
}

static void ask(const char *path, uintptr_t at) {
  char name[64], file[64];
  if (razor_elf_function(path, at, name, sizeof name, file, sizeof file))
    printf("%#lx: %s [%s]\n", (unsigned long)at, name, file);
  else
    printf("%#lx: none\n", (unsigned long)at);
}

int main(int argc, char **argv) {
  static unsigned char m[4096], d[4096];
  const char *path = argv[1];
  size_t size = make_image(m);
  put(path, m, size);
  ask(path, 0x1000);
  ask(path, 0x100f);
  ask(path, 0x1010);
  ask(path, 0x102f);
  ask(path, 0x1030);
  ask(path, 0x1040);
  ask(path, 0x1100);
  // CHECK:      0x1000: st [a.c]
  // CHECK-NEXT: 0x100f: st [a.c]
  // CHECK-NEXT: 0x1010: gl []
  // CHECK-NEXT: 0x102f: gl []
  // CHECK-NEXT: 0x1030: none
  // CHECK-NEXT: 0x1040: none
  // CHECK-NEXT: 0x1100: none

  /* Cut at every length: found only when the whole of what it needs is
   * there (the string table ends the file). */
  char name[64], file[64];
  size_t first = 0;
  for (size_t n = 0; n <= size; n++) {
    put(path, m, n);
    int got = razor_elf_function(path, 0x1010, name, sizeof name, file,
                                 sizeof file);
    if (got && !first)
      first = n;
  }
  printf("cut: first found at %s\n", first == size ? "the full size" : "less");
  // CHECK-NEXT: cut: first found at the full size

  /* Random bytes in the header, section headers and symbols. */
  unsigned long seed = 12345;
  unsigned found = 0;
  size_t meta = sizeof(ElfW(Ehdr)) + 3 * sizeof(ElfW(Shdr)) + 6 * sizeof(ElfW(Sym));
  for (int round = 0; round < 1500; round++) {
    memcpy(d, m, size);
    for (int k = 0; k < 1 + round % 4; k++) {
      seed = seed * 6364136223846793005ul + 1442695040888963407ul;
      d[(seed >> 33) % meta] = (unsigned char)(seed >> 17);
    }
    put(path, d, size);
    found += razor_elf_function(path, 0x1010, name, sizeof name, file,
                                sizeof file);
  }
  printf("random: survived, %s\n", found ? "some still found" : "none found");
  // CHECK-NEXT: random: survived, some still found
  return 0;
}
