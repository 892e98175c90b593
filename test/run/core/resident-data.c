// A program that traces nothing maps none of the runtime's read-only data (.rodata, .eh_frame) and writes few of its pages (a fork writes five more: the table's locks, taken around it) (RAZOR_RESIDENT_DATA, RAZOR_RESIDENT_VAR): the kernel maps a whole read-only segment in (up to 64 kB) for one byte read, and every small variable written between two of the runtime's large tables costs a page of .bss.  Checked from the program's own destructor, which runs after the runtime's exit report: a string literal or table that start-up, the allocator entry points or the exit path read, or a variable they write outside RAZOR_RESIDENT_VAR, shows here.  And the library has no DT_FINI, whose code lies at the end of .text.
// RUN: %clang_razor -O2 %s -lpthread -o %t
// RUN: %run %t 2>&1 | FileCheck %s
// RUN: %clang_razor -O2 -DNO_PROBE %s -lpthread -o %t.none
// RUN: %run %t.none 2>&1 | FileCheck %s
// RUN: %clangxx_razor -O2 -x c++ %s -lpthread -o %t.cxx
// RUN: %run %t.cxx 2>&1 | FileCheck %s
// RUN: llvm-readelf -d %libdir/librazortrace.so | FileCheck --check-prefix=DYN --implicit-check-not="(FINI)" %s
// CHECK: runtime segments: {{[3-9]}}
// CHECK-NEXT: read-only data pages mapped: 0
// CHECK-NEXT: data pages written: {{[1-5]$}}
// DYN: (INIT_ARRAY)
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <link.h>
#include <stdint.h>
#include <pthread.h>
#include <razortrace.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *kept[64];

#ifndef NO_PROBE
RAZOR_PROBE("TRACE_RESIDENT_DATA")
#endif
static void *work(void *arg) {
  for (int i = 0; i < 64; i++) {
    free(kept[i]);
    kept[i] = strdup("kept");
    char *p = (char *)realloc(calloc(2, 8), 64);
    free(p);
  }
  return arg;
}

/* The runtime's segments, from its program headers: its read-only data
 * is the read-only segment after its code; its data, the writable one
 * (RELRO, .data, .bss).  /proc/self/pagemap says which of their pages are
 * mapped, and which of those are the process's own (bit 56): a page
 * written, where one only read is the shared zero page. */
static int pagemap = -1;
static long ro_pages, data_pages, segments;

static uint64_t page_entry(uintptr_t addr) {
  uint64_t e = 0;
  long size = sysconf(_SC_PAGESIZE);
  if (pread(pagemap, &e, sizeof e, (off_t)(addr / size * sizeof e)) != sizeof e)
    return 0;
  return e;
}

static int count_pages(struct dl_phdr_info *info, size_t size, void *arg) {
  (void)size;
  (void)arg;
  if (!info->dlpi_name || !strstr(info->dlpi_name, "/librazortrace.so"))
    return 0;
  long pagesize = sysconf(_SC_PAGESIZE);
  int after_code = 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_LOAD)
      continue;
    segments++;
    if (ph->p_flags & PF_X) {
      after_code = 1;
      continue;
    }
    uintptr_t lo = (info->dlpi_addr + ph->p_vaddr) & ~(uintptr_t)(pagesize - 1);
    uintptr_t hi = info->dlpi_addr + ph->p_vaddr + ph->p_memsz;
    for (uintptr_t a = lo; a < hi; a += (uintptr_t)pagesize) {
      uint64_t e = page_entry(a);
      if (!(e >> 63))
        continue;
      if (ph->p_flags & PF_W)
        data_pages += (e >> 56) & 1;
      else if (after_code)
        ro_pages++;
    }
  }
  return 1;
}

__attribute__((destructor)) static void measure(void) {
  pagemap = open("/proc/self/pagemap", O_RDONLY);
  dl_iterate_phdr(count_pages, NULL);
  char out[160];
  int len = snprintf(out, sizeof out,
                     "runtime segments: %ld\nread-only data pages mapped: "
                     "%ld\ndata pages written: %ld\n",
                     segments, ro_pages, data_pages);
  write(2, out, (size_t)len);
}

int main(void) {
  setenv("RESIDENT_SEEN", "1", 1);
  pthread_t t;
  pthread_create(&t, NULL, work, NULL);
  pthread_join(t, NULL);
  work(NULL);
  return 0;
}
