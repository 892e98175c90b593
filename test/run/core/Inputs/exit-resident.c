/* Built without the plugin, linked into the program.  Its constructor, which
 * runs before the program's, finds the program's razor_sites section (its
 * section headers, read from /proc/self/exe) and takes away access to the
 * pages wholly inside it; a read of one of them then faults once, is
 * counted, and the page is given back.  Its destructor runs at exit after
 * the program's own (the program's module destructor among them) and
 * prints how many of those pages were read, to the file descriptor (stdio
 * may be flushed for the last time already).  (Counting the section's
 * resident pages instead depends on the kernel: one read maps 64 kB or a
 * whole large folio round it.) */
#define _GNU_SOURCE
#include <elf.h>
#include <link.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static unsigned long first, end; /* the pages watched */
static volatile int read_pages;

static void on_fault(int sig, siginfo_t *si, void *uc) {
  unsigned long a = (unsigned long)si->si_addr & ~4095ul;
  (void)uc;
  if (a < first || a >= end) {
    signal(sig, SIG_DFL);
    return;
  }
  read_pages++;
  mprotect((void *)a, 4096, PROT_READ);
}

static int base_of_exe(struct dl_phdr_info *info, size_t size, void *out) {
  (void)size;
  *(unsigned long *)out = info->dlpi_addr; /* the first object: the program */
  return 1;
}

__attribute__((constructor)) static void watch(void) {
  FILE *f = fopen("/proc/self/exe", "rb");
  if (!f)
    return;
  Elf64_Ehdr eh;
  Elf64_Shdr sh[256], *strs;
  char names[4096];
  if (fread(&eh, sizeof eh, 1, f) != 1 || eh.e_shnum > 256 ||
      fseek(f, (long)eh.e_shoff, SEEK_SET) ||
      fread(sh, sizeof sh[0], eh.e_shnum, f) != eh.e_shnum ||
      eh.e_shstrndx >= eh.e_shnum)
    goto out;
  strs = &sh[eh.e_shstrndx];
  if (fseek(f, (long)strs->sh_offset, SEEK_SET) ||
      fread(names, 1, sizeof names - 1, f) == 0)
    goto out;
  names[sizeof names - 1] = 0;
  unsigned long base = 0;
  dl_iterate_phdr(base_of_exe, &base);
  for (int i = 0; i < eh.e_shnum; i++)
    if (sh[i].sh_name < sizeof names - 1 &&
        !strcmp(names + sh[i].sh_name, "razor_sites")) {
      first = (base + sh[i].sh_addr + 4095) & ~4095ul;
      end = (base + sh[i].sh_addr + sh[i].sh_size) & ~4095ul;
    }
  if (end > first) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    mprotect((void *)first, end - first, PROT_NONE);
  }
out:
  fclose(f);
}

__attribute__((destructor)) static void resident(void) {
  char out[64];
  int len = snprintf(out, sizeof out, "record pages read: %d of %lu\n",
                     read_pages, (end - first) / 4096);
  if (write(1, out, len) != len)
    return;
}
