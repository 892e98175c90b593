/* options_fuzzer.c - libFuzzer target for the RAZOR_OPTIONS parser,
 * razor_flags_init(const char *) in runtime/razor_flags.c (compiled in, see
 * flags_fuzz_common.h).  Each input is one RAZOR_OPTIONS string (cut at its
 * first NUL); after it the parsed values must be consistent, then the
 * defaults are restored.  Built and run briefly by
 * test/run/reliability/fuzz-options.c.
 *
 * A longer run, from the source tree:
 *   clang -g -O1 -fsanitize=fuzzer,address -D_GNU_SOURCE -Iruntime -Iinclude \
 *     test/fuzz/options_fuzzer.c runtime/razor_mem.c runtime/razor_spec.c \
 *     -o /tmp/options_fuzzer
 *   mkdir -p /tmp/opt && /tmp/options_fuzzer -close_fd_mask=2 \
 *     -max_total_time=600 /tmp/opt test/fuzz/corpus/options
 */
#include "flags_fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_save();
  char *text = malloc(size + 1);
  if (!text)
    return 0;
  memcpy(text, data, size);
  text[size] = 0;
  int rc = razor_flags_init(text);
  if (rc == 0) {
    struct razor_flags *f = &razor_flags;
    fuzz_check(f->fmt == RAZOR_FORMAT_TEXT || f->fmt == RAZOR_FORMAT_JSON ||
               f->fmt == RAZOR_FORMAT_HTML || f->fmt == RAZOR_FORMAT_SARIF);
    fuzz_check(f->mode == RAZOR_REPORT_EXIT || f->mode == RAZOR_REPORT_CALL ||
               f->mode == RAZOR_REPORT_NONE);
    fuzz_check(f->out_kind != RAZOR_OUT_PATH ||
               (f->out_path && strlen(f->out_path) < PATH_MAX));
    fuzz_check(!*f->report_signal || (f->signo > 0 && f->signo < NSIG));
    fuzz_check(f->nsupp == 0 || f->supp != NULL);
  } else {
    fuzz_check(rc == -1);
  }
  fuzz_reset();
  free(text);
  return 0;
}
