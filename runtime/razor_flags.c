/* razor_flags.c - RAZOR_OPTIONS: defaults, parsing, validation, help.
 * Precedence: built-in defaults (razor_flags.inc), then RAZOR_OPTIONS items
 * left to right (a later item overrides an earlier one). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "razor_flags.h"
#include "razor_mem.h"
#include "razor_stack.h"

struct razor_flags razor_flags = {
#define RAZOR_FLAG(type, name, def, desc) .name = def,
#include "razor_flags.inc"
#undef RAZOR_FLAG
};

static const struct {
  const char *name, *type, *desc, *def_str;
  int def_int;
} flag_info[] = {
#define RAZOR_STR_str(d) d
#define RAZOR_STR_int(d) NULL
#define RAZOR_STR_bool(d) NULL
#define RAZOR_INT_str(d) 0
#define RAZOR_INT_int(d) d
#define RAZOR_INT_bool(d) d
#define RAZOR_FLAG(type, name, def, desc)                                      \
  {#name, #type, desc, RAZOR_STR_##type(def), RAZOR_INT_##type(def)},
#include "razor_flags.inc"
#undef RAZOR_FLAG
};

/* Prints every option, its default and its meaning to OUT. */
void razor_flags_help(FILE *out) {
  fprintf(out, "razortrace: RAZOR_OPTIONS=key=value{:key=value}\n");
  for (size_t i = 0; i < sizeof flag_info / sizeof flag_info[0]; i++) {
    char def[64];
    if (flag_info[i].def_str)
      snprintf(def, sizeof def, "%s", flag_info[i].def_str[0]
                                          ? flag_info[i].def_str
                                          : "(none)");
    else
      snprintf(def, sizeof def, "%d", flag_info[i].def_int);
    fprintf(out, "razortrace:   %-14s default %-8s %s\n", flag_info[i].name,
            def, flag_info[i].desc);
  }
}

static int set_str(razor_flag_str *dst, const char *v, const char *key,
                   char *err, size_t n) {
  (void)key, (void)err, (void)n;
  *dst = v;
  return 0;
}

static int set_int(razor_flag_int *dst, const char *v, const char *key,
                   char *err, size_t n) {
  char *end;
  errno = 0;
  long x = strtol(v, &end, 10);
  if (!*v || *end || errno || x < INT_MIN || x > INT_MAX) {
    snprintf(err, n, "%s=%s: expected an integer", key, v);
    return -1;
  }
  *dst = (int)x;
  return 0;
}

static int set_bool(razor_flag_bool *dst, const char *v, const char *key,
                    char *err, size_t n) {
  if (!strcmp(v, "1") || !strcmp(v, "true") || !strcmp(v, "yes"))
    *dst = 1;
  else if (!strcmp(v, "0") || !strcmp(v, "false") || !strcmp(v, "no"))
    *dst = 0;
  else {
    snprintf(err, n, "%s=%s: expected 0 or 1", key, v);
    return -1;
  }
  return 0;
}

static int parse_signal(const char *v) {
  if (!strncmp(v, "SIG", 3))
    v += 3;
  for (int s = 1; s < NSIG; s++) {
    const char *a = sigabbrev_np(s);
    if (a && !strcmp(a, v))
      return s;
  }
  return 0;
}

/* Why SIGNO cannot be report_signal, or NULL when it can: a report
 * handler would swallow what the kernel or libc send the program for its
 * own doing (a crash would fault again and again), and two signals cannot
 * be caught at all. */
static const char *signal_unfit(int signo) {
  switch (signo) {
  case SIGKILL:
  case SIGSTOP:
    return "it cannot be caught";
  case SIGSEGV:
  case SIGBUS:
  case SIGILL:
  case SIGFPE:
  case SIGTRAP:
  case SIGSYS:
    return "the kernel sends it for a fault in the program";
  case SIGABRT:
    return "abort() sends it";
  case SIGPIPE:
    return "the kernel sends it for a write to a closed pipe";
  case SIGCHLD:
    return "the kernel sends it when a child process ends";
  case SIGXCPU:
  case SIGXFSZ:
    return "the kernel sends it at a resource limit";
  default:
    return NULL;
  }
}

static int load_suppressions(const char *path, char *err, size_t n) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    snprintf(err, n, "suppressions=%s: %s", path, strerror(errno));
    return -1;
  }
  struct razor_vec text = {.elsize = 1};
  for (;;) {
    if (razor_vec_reserve(&text, text.len + 4097)) {
      close(fd);
      snprintf(err, n, "suppressions=%s: out of memory", path);
      return -1;
    }
    ssize_t r = read(fd, (char *)text.data + text.len, 4096);
    if (r < 0 && errno == EINTR)
      continue;
    if (r < 0) {
      close(fd);
      snprintf(err, n, "suppressions=%s: %s", path, strerror(errno));
      razor_vec_release(&text);
      return -1;
    }
    if (r == 0)
      break;
    text.len += (size_t)r;
  }
  close(fd);
  ((char *)text.data)[text.len] = 0;
  struct razor_vec list = {.elsize = sizeof(struct razor_suppression)};
  char *save = NULL;
  unsigned lineno = 0;
  int rc = 0;
  for (char *line = text.data; line && rc == 0; line = save) {
    char *nl = strchr(line, '\n');
    save = nl ? nl + 1 : NULL;
    if (nl)
      *nl = 0;
    lineno++;
    while (*line == ' ' || *line == '\t')
      line++;
    size_t len = strlen(line);
    while (len && (line[len - 1] == ' ' || line[len - 1] == '\t' ||
                   line[len - 1] == '\r'))
      line[--len] = 0;
    if (!len || *line == '#')
      continue;
    struct razor_suppression s = {0};
    if (!strncmp(line, "function:", 9) && line[9]) {
      s.is_function = 1;
      s.glob = razor_arena_strdup(line + 9);
    } else if (!strncmp(line, "site:", 5) && line[5] &&
               (line[5] != ':' || !line[6] ||
                strspn(line + 6, "0123456789") != strlen(line + 6))) {
      /* An empty FILE_GLOB ("site::12") is as wrong as "site:". */
      char *g = line + 5, *colon = strrchr(g, ':');
      if (colon && colon[1] && strspn(colon + 1, "0123456789") ==
                                   strlen(colon + 1)) {
        s.line = (uint32_t)strtoul(colon + 1, NULL, 10);
        *colon = 0;
      }
      s.glob = razor_arena_strdup(g);
    } else {
      snprintf(err, n,
               "suppressions=%s:%u: expected site:FILE_GLOB[:LINE] or "
               "function:NAME_GLOB",
               path, lineno);
      rc = -1;
      break;
    }
    struct razor_suppression *slot = razor_vec_push(&list);
    if (!slot || !s.glob) {
      snprintf(err, n, "suppressions=%s: out of memory", path);
      rc = -1;
      break;
    }
    *slot = s;
  }
  razor_vec_release(&text);
  if (rc) {
    razor_vec_release(&list);
    return rc;
  }
  razor_flags.supp = list.data;
  razor_flags.nsupp = list.len;
  return 0;
}

/* Expands %p in V into razor_flags.out_path; with CHECK, also makes sure the
 * file can be opened for appending (creating it).  0, or -1 with ERR. */
static int expand_output(const char *v, char *err, size_t n, int check) {
  char buf[PATH_MAX];
  size_t o = 0;
  for (const char *p = v; *p; p++) {
    char tmp[24];
    const char *add = tmp;
    if (p[0] == '%' && p[1] == 'p') {
      snprintf(tmp, sizeof tmp, "%ld", (long)getpid());
      p++;
    } else {
      tmp[0] = *p;
      tmp[1] = 0;
    }
    size_t l = strlen(add);
    if (o + l >= sizeof buf) {
      snprintf(err, n, "output=%s: path too long", v);
      return -1;
    }
    memcpy(buf + o, add, l);
    o += l;
  }
  buf[o] = 0;
  /* Never waits: a FIFO nobody reads yet (ENXIO) is fine now, and the
   * report says so if it still has no reader then. */
  int fd = check ? open(buf, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC |
                                 O_NONBLOCK, 0666)
                 : 0;
  if (fd < 0 && errno == ENXIO)
    check = 0;
  else if (fd < 0) {
    snprintf(err, n, "output=%s: cannot open for appending: %s", buf,
             strerror(errno));
    return -1;
  }
  if (check)
    close(fd);
  razor_flags.out_path = razor_arena_strdup(buf);
  return razor_flags.out_path ? 0 : -1;
}

/* The probe options of RAZOR_OPTIONS (strict, warmup, min_growth,
 * min_calls, traceback) into razor_flags.probe, checked by the annotation's
 * own parser.  0, or -1 with ERR. */
static int probe_options(char *err, size_t n) {
  struct razor_flags *f = &razor_flags;
  const struct {
    const char *key, *value;
    int is_bool;
  } items[] = {{"strict", f->strict, 1},      {"warmup", f->warmup, 0},
               {"min_growth", f->min_growth, 0}, {"min_calls", f->min_calls, 0},
               {"traceback", f->traceback, 1}};
  char spec[256];
  size_t o = 0;
  for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
    const char *v = items[i].value, *k = items[i].key;
    if (!*v)
      continue;
    int on = !strcmp(v, "1");
    if (items[i].is_bool && !on && strcmp(v, "0")) {
      snprintf(err, n, "%s=%s: expected 0 or 1", k, v);
      return -1;
    }
    const char *word = !items[i].is_bool ? k
                       : !strcmp(k, "strict") ? (on ? "strict" : "nostrict")
                                              : "traceback";
    int w = items[i].is_bool
                ? snprintf(spec + o, sizeof spec - o, ",%s", word)
                : snprintf(spec + o, sizeof spec - o, ",%s=%s", word, v);
    if (w < 0 || (size_t)w >= sizeof spec - o) {
      snprintf(err, n, "%s=%s: value too long", k, v);
      return -1;
    }
    o += (size_t)w;
    if (items[i].is_bool && !on && !strcmp(k, "traceback"))
      o -= (size_t)w; /* traceback=0: given, not set (below) */
  }
  char e2[200];
  if (razor_spec_parse(spec, o, &f->probe, e2, sizeof e2)) {
    snprintf(err, n, "%s", e2);
    return -1;
  }
  if (*f->traceback)
    f->probe.given |= RAZOR_SPEC_TRACEBACK;
  return 0;
}

static int validate(char *err, size_t n) {
  struct razor_flags *f = &razor_flags;
  if (probe_options(err, n))
    return -1;
  if (!strcmp(f->format, "text"))
    f->fmt = RAZOR_FORMAT_TEXT;
  else if (!strcmp(f->format, "json"))
    f->fmt = RAZOR_FORMAT_JSON;
  else if (!strcmp(f->format, "html"))
    f->fmt = RAZOR_FORMAT_HTML;
  else if (!strcmp(f->format, "sarif"))
    f->fmt = RAZOR_FORMAT_SARIF;
  else {
    snprintf(err, n, "format=%s: expected text, json, html or sarif",
             f->format);
    return -1;
  }
  if (!strcmp(f->report, "exit"))
    f->mode = RAZOR_REPORT_EXIT;
  else if (!strcmp(f->report, "call"))
    f->mode = RAZOR_REPORT_CALL;
  else if (!strcmp(f->report, "none"))
    f->mode = RAZOR_REPORT_NONE;
  else {
    snprintf(err, n, "report=%s: expected exit, call or none", f->report);
    return -1;
  }
  if (!strcmp(f->output, "stderr") || !*f->output)
    f->out_kind = RAZOR_OUT_STDERR;
  else if (!strcmp(f->output, "stdout"))
    f->out_kind = RAZOR_OUT_STDOUT;
  else {
    f->out_kind = RAZOR_OUT_PATH;
    if (expand_output(f->output, err, n, 1))
      return -1;
  }
  if (*f->here) {
    char buf[PATH_MAX];
    if (!realpath(f->here, buf)) {
      snprintf(err, n, "here=%s: %s", f->here, strerror(errno));
      return -1;
    }
    f->here_real = razor_arena_strdup(buf);
  }
  /* An exit status is 8 bits: 256 would come out as 0, a passing run. */
  if (f->exitcode < 0 || f->exitcode > 255) {
    snprintf(err, n,
             "exitcode=%d: expected 1 to 255, or 0 to keep the program's "
             "status",
             f->exitcode);
    return -1;
  }
  if (f->max_frames < 0 || f->max_frames > RAZOR_MAX_FRAMES) {
    snprintf(err, n, "max_frames=%d: expected 0 to %d", f->max_frames,
             RAZOR_MAX_FRAMES);
    return -1;
  }
  if (*f->report_signal && !(f->signo = parse_signal(f->report_signal))) {
    snprintf(err, n, "report_signal=%s: not a signal name", f->report_signal);
    return -1;
  }
  const char *why = f->signo ? signal_unfit(f->signo) : NULL;
  if (why) {
    snprintf(err, n,
             "report_signal=%s: %s; use a signal the program leaves alone "
             "(SIGUSR1, SIGUSR2)",
             f->report_signal, why);
    return -1;
  }
  if (*f->suppressions && load_suppressions(f->suppressions, err, n))
    return -1;
  return 0;
}

/* Parses OPTIONS (RAZOR_OPTIONS; NULL or "" keeps the defaults) into
 * razor_flags.  Returns 0; on any error prints one "razortrace: ..." line
 * to stderr and returns -1 (the caller then disables tracing).  help=1
 * prints the option list. */
RAZOR_RESIDENT int razor_flags_init(const char *options) {
  /* No options: the defaults stand, and their derived fields (format,
   * mode, output kind) are the zeros razor_flags starts with; nothing is
   * read (RAZOR_RESIDENT_DATA). */
  if (!options || !*options)
    return 0;
  char err[PATH_MAX + 128];
  err[0] = 0;
  char *copy = razor_arena_strdup(options);
  if (!copy) {
    fprintf(stderr, "razortrace: RAZOR_OPTIONS: out of memory\n");
    return -1;
  }
  for (char *item = copy, *next; item && !err[0]; item = next) {
    char *colon = strchr(item, ':');
    next = colon ? colon + 1 : NULL;
    if (colon)
      *colon = 0;
    if (!*item)
      continue;
    char *eq = strchr(item, '=');
    if (!eq) {
      snprintf(err, sizeof err, "RAZOR_OPTIONS: expected key=value, got '%s'",
               item);
      break;
    }
    *eq = 0;
    const char *v = eq + 1;
    int known = 0;
#define RAZOR_FLAG(type, name, def, desc)                                      \
  if (!known && !strcmp(item, #name)) {                                        \
    known = 1;                                                                 \
    char e2[256];                                                              \
    if (set_##type(&razor_flags.name, v, #name, e2, sizeof e2))                \
      snprintf(err, sizeof err, "RAZOR_OPTIONS: %s", e2);                      \
  }
#include "razor_flags.inc"
#undef RAZOR_FLAG
    if (!known)
      snprintf(err, sizeof err, "RAZOR_OPTIONS: unknown option '%s'", item);
  }
  if (razor_flags.help)
    razor_flags_help(stderr);
  if (!err[0]) {
    char e2[PATH_MAX + 64];
    if (validate(e2, sizeof e2))
      snprintf(err, sizeof err, "RAZOR_OPTIONS: %s", e2);
  }
  if (err[0]) {
    fprintf(stderr, "razortrace: %s\n", err);
    return -1;
  }
  return 0;
}

/* Opens the output path for one report (REWRITE: truncated, for a format
 * that is one document a file; else appending), never waiting (a FIFO
 * with no reader fails with ENXIO instead of blocking the program), then
 * blocking as usual for the writes.  SIGPIPE is held back on this thread
 * until razor_output_close: a reader that goes away loses the report, not
 * the program.  NULL with errno set when it cannot be opened. */
FILE *razor_output_open(int rewrite, sigset_t *saved) {
  int fd = open(razor_flags.out_path,
                O_WRONLY | O_CREAT | O_CLOEXEC | O_NONBLOCK |
                    (rewrite ? O_TRUNC : O_APPEND),
                0666);
  if (fd < 0)
    return NULL;
  int fl = fcntl(fd, F_GETFL);
  if (fl >= 0)
    fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
  FILE *f = fdopen(fd, rewrite ? "w" : "a");
  if (!f) {
    int e = errno;
    close(fd);
    errno = e;
    return NULL;
  }
  sigset_t pipe_only;
  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_only, saved);
  return f;
}

/* Closes F from razor_output_open: 0, or EOF with errno set.  A SIGPIPE
 * its writes raised is taken off this thread (one already pending for the
 * program stays), and the signal mask SAVED is restored. */
int razor_output_close(FILE *f, const sigset_t *saved) {
  int r = fclose(f), e = errno;
  sigset_t pending;
  if (!sigismember(saved, SIGPIPE) && sigpending(&pending) == 0 &&
      sigismember(&pending, SIGPIPE)) {
    sigset_t pipe_only;
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    struct timespec now = {0, 0};
    sigtimedwait(&pipe_only, NULL, &now);
  }
  pthread_sigmask(SIG_SETMASK, saved, NULL);
  errno = e;
  return r;
}

/* In a fork child: an output path with %p names the child's own file. */
void razor_flags_after_fork(void) {
  char err[256];
  if (razor_flags.out_kind == RAZOR_OUT_PATH && razor_flags.output &&
      strstr(razor_flags.output, "%p"))
    expand_output(razor_flags.output, err, sizeof err, 0);
}
