/* flags_fuzz_common.h - shared set-up of the RAZOR_OPTIONS and suppressions
 * fuzz targets: compiles runtime/razor_flags.c into the target with open()
 * redirected, so no input ever creates, writes or reads a real file (an
 * output path opens /dev/null; a read only succeeds for the one path the
 * target allows), and resets razor_flags after every input. */
#ifndef FLAGS_FUZZ_COMMON_H
#define FLAGS_FUZZ_COMMON_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* The one path a read may open (the suppressions target's memfd). */
static char fuzz_readable[64];

static int fuzz_open(const char *path, int flags, ...) {
  if ((flags & O_ACCMODE) != O_RDONLY)
    return open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (fuzz_readable[0] && !strcmp(path, fuzz_readable))
    return open(path, flags);
  errno = ENOENT;
  return -1;
}

#define open fuzz_open
#include "../../runtime/razor_flags.c"
#undef open

static struct razor_flags fuzz_initial;
static int fuzz_saved;

static void fuzz_save(void) {
  if (!fuzz_saved) {
    fuzz_initial = razor_flags;
    fuzz_saved = 1;
  }
}

/* Unmaps the suppression list (a razor_vec mapping) and restores the
 * defaults. */
static void fuzz_reset(void) {
  if (razor_flags.supp) {
    size_t cap = 64;
    while (cap < razor_flags.nsupp)
      cap *= 2;
    size_t bytes = cap * sizeof(struct razor_suppression);
    munmap(razor_flags.supp, (bytes + 4095) & ~(size_t)4095);
  }
  razor_flags = fuzz_initial;
}

static void fuzz_check(int ok) {
  if (!ok)
    abort();
}

#endif
