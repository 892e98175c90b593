/* suppressions_fuzzer.c - libFuzzer target for the suppressions file parser
 * (load_suppressions in runtime/razor_flags.c, compiled in, see
 * flags_fuzz_common.h).  Each input is a whole suppressions file, served
 * from a memfd; afterwards every entry must be well formed (a glob; a
 * line only on site: entries) or the error a single line.  Built
 * and run briefly by test/run/reliability/fuzz-suppressions.c.
 *
 * A longer run, from the source tree:
 *   clang -g -O1 -fsanitize=fuzzer,address -D_GNU_SOURCE -Iruntime -Iinclude \
 *     test/fuzz/suppressions_fuzzer.c runtime/razor_mem.c runtime/razor_spec.c \
 *     -o /tmp/suppressions_fuzzer
 *   mkdir -p /tmp/supp && /tmp/suppressions_fuzzer -max_total_time=600 \
 *     /tmp/supp test/fuzz/corpus/suppressions
 */
#include "flags_fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_save();
  int fd = memfd_create("razor-supp", MFD_CLOEXEC);
  if (fd < 0)
    return 0;
  size_t done = 0;
  while (done < size) {
    ssize_t w = write(fd, data + done, size - done);
    if (w <= 0)
      break;
    done += (size_t)w;
  }
  snprintf(fuzz_readable, sizeof fuzz_readable, "/proc/self/fd/%d", fd);
  char err[PATH_MAX + 128];
  err[0] = 0;
  int rc = load_suppressions(fuzz_readable, err, sizeof err);
  if (rc == 0) {
    for (size_t i = 0; i < razor_flags.nsupp; i++) {
      struct razor_suppression *s = &razor_flags.supp[i];
      /* An empty glob ("site::84") is accepted today although "site:" is
       * refused: pinned separately by
       * test/run/reliability/suppressions-empty-glob.c, not here. */
      fuzz_check(s->glob != NULL);
      fuzz_check(!s->is_function || s->line == 0);
    }
  } else {
    fuzz_check(rc == -1 && err[0] && !strchr(err, '\n'));
  }
  fuzz_readable[0] = 0;
  close(fd);
  fuzz_reset();
  return 0;
}
