/* razor_symbolize.c - report time only: turns the return addresses of the
 * findings' stacks into frames (function, file, line, column, inlined).
 * llvm-symbolizer runs once per report over a socket, every address in one
 * batch, each as module + offset (right for PIE executables and shared
 * libraries); when it cannot run, dladdr and the module's ELF symbol table
 * give module + symbol + offset, after one note line.  The hot path never
 * comes here. */
#include <dirent.h>
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <link.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "razor_abi.h"
#include "razor_flags.h"
#include "razor_symbolize.h"
#include "razor_stack.h"

extern char **environ;

/* One distinct return address and its frames (innermost first). */
struct sym_pc {
  uintptr_t pc;
  uint32_t first, count;
  uint32_t module;    /* string offset */
  uintptr_t offset;   /* pc - 1 in the module's own addresses */
  int runtime_module; /* lies in the shared runtime */
  int system_module;  /* a library installed in the system's directories */
};

/* ---- strings: one growable buffer, offsets stay valid when it moves ---- */

static uint32_t str_add(struct razor_syms *s, const char *p, size_t n) {
  if (!s->strs.len && !razor_vec_push(&s->strs)) /* offset 0 is "" */
    return 0;
  if (!p || !n)
    return 0;
  size_t off = s->strs.len;
  if (razor_vec_reserve(&s->strs, off + n + 1))
    return 0;
  memcpy((char *)s->strs.data + off, p, n);
  ((char *)s->strs.data)[off + n] = 0;
  s->strs.len = off + n + 1;
  return (uint32_t)off;
}

/* Replaces every FROM in BUF (a string) by the shorter TO. */
static void replace_all(char *buf, const char *from, const char *to) {
  size_t fl = strlen(from), tl = strlen(to);
  for (char *p = strstr(buf, from); p; p = strstr(p + tl, from)) {
    memcpy(p, to, tl);
    memmove(p + tl, p + fl, strlen(p + fl) + 1);
  }
}

/* The length of function name P (N bytes) without the suffix of a body
 * the plugin split from its function (RAZOR_ENTRY_BODY_SUFFIX), as a
 * symbol ("f.razor") or demangled ("f() (.razor)", "f() [clone .razor]"):
 * a body is named as its function. */
static size_t body_trim(const char *p, size_t n) {
  static const char *const forms[] = {" (" RAZOR_ENTRY_BODY_SUFFIX ")",
                                      " [clone " RAZOR_ENTRY_BODY_SUFFIX "]",
                                      RAZOR_ENTRY_BODY_SUFFIX};
  for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
    size_t l = strlen(forms[i]);
    if (n > l && !memcmp(p + n - l, forms[i], l))
      return n - l;
  }
  return n;
}

static int ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_';
}

/* The bracket that closes the one at P ('<' or '('; they nest), or
 * NULL. */
static char *closing(char *p) {
  int depth = 0;
  for (; *p; p++)
    if (*p == '<' || *p == '(')
      depth++;
    else if ((*p == '>' || *p == ')') && --depth == 0)
      return p;
  return NULL;
}

/* The standard library's templates whose trailing arguments have defaults
 * (razor_names.def). */
static const struct {
  const char *name;
  unsigned first, count;
  const char *defaults[3];
} template_defaults[] = {
#define RAZOR_NAME_DEFAULTS(TEMPLATE, FIRST, ...)                              \
  {TEMPLATE, FIRST,                                                            \
   sizeof((const char *[]){__VA_ARGS__}) / sizeof(const char *),               \
   {__VA_ARGS__}},
#include "razor_names.def"
};

/* Removes from the template argument list at OPEN (its '<') of
 * template_defaults[T] the last argument if it is its default; 1 if it
 * did. */
static int elide_last(unsigned t, char *open) {
  char *close = closing(open), *start[8], *end[8];
  size_t n = 0;
  int depth = 0;
  if (!close)
    return 0;
  start[0] = open + 1;
  for (char *q = open + 1; q <= close; q++) {
    if (q < close && (*q == '<' || *q == '('))
      depth++;
    else if (q < close && (*q == '>' || *q == ')'))
      depth--;
    else if (q == close || (*q == ',' && depth == 0)) {
      end[n++] = q;
      if (q == close || n == 8)
        break;
      start[n] = q + 1;
      while (*start[n] == ' ')
        start[n]++;
    }
  }
  size_t last = n - 1;
  if (n < 2 || end[last] != close || last < template_defaults[t].first ||
      last - template_defaults[t].first >= template_defaults[t].count)
    return 0;
  char want[1024];
  size_t w = 0;
  const char *d =
      template_defaults[t].defaults[last - template_defaults[t].first];
  for (; *d; d++) {
    const char *from = d;
    size_t len = 1;
    if (d[0] == '$' && (d[1] == '0' || d[1] == '1')) {
      from = start[d[1] - '0'];
      len = (size_t)(end[d[1] - '0'] - from);
      d++;
    }
    if (w + len >= sizeof want)
      return 0;
    memcpy(want + w, from, len);
    w += len;
  }
  if ((size_t)(end[last] - start[last]) != w || memcmp(start[last], want, w))
    return 0;
  memmove(end[last - 1], close, strlen(close) + 1);
  return 1;
}

/* Leaves out of the name in BUF the standard containers' and smart
 * pointers' trailing template arguments that are their defaults, as the
 * plugin does (readableName): std::vector<int> for
 * std::vector<int, std::allocator<int>>, std::map<K, V> for the map with
 * std::less<K> and std::allocator<std::pair<K const, V>>.  A custom
 * allocator or comparator stays. */
static void elide_defaults(char *buf) {
  for (int changed = 1; changed;) {
    changed = 0;
    for (char *p = strstr(buf, "std::"); p && !changed;
         p = strstr(p + 1, "std::")) {
      if (p > buf && (ident_char(p[-1]) || p[-1] == ':'))
        continue;
      size_t len = 0;
      while (ident_char(p[5 + len]))
        len++;
      if (p[5 + len] != '<')
        continue;
      for (unsigned t = 0;
           t < sizeof template_defaults / sizeof *template_defaults; t++)
        if (strlen(template_defaults[t].name) == len &&
            !memcmp(template_defaults[t].name, p + 5, len)) {
          changed = elide_last(t, p + 5 + len);
          break;
        }
    }
  }
}

/* The streams, by the names users write (razor_names.def). */
static const char *const stream_names[][2] = {
#define RAZOR_NAME_SHORT(LONG, SHORT) {LONG, SHORT},
#include "razor_names.def"
};

/* Adds function name P (N bytes, as the demangler writes it) to S in the
 * style of the plugin's site and probe names (clang's): std::string for
 * the standard string types, no inline namespace (std::__cxx11::,
 * std::__1::), no blank before a template's closing ">", the streams'
 * own names (std::ostream), containers without their default template
 * arguments (elide_defaults).  A name too
 * long for the buffer stays as it is. */
static uint32_t name_add(struct razor_syms *s, const char *p, size_t n) {
  char buf[4096];
  n = body_trim(p, n);
  if (n >= sizeof buf || !memchr(p, '<', n))
    return str_add(s, p, n);
  memcpy(buf, p, n);
  buf[n] = 0;
  replace_all(buf, "std::__cxx11::", "std::");
  replace_all(buf, "std::__1::", "std::");
  /* " >" closing a template's arguments (not an operator's name); LLVM's
   * demangler writes it before version 17, not after. */
  for (char *q = strstr(buf, " >"); q; q = strstr(q, " >"))
    if (q - buf >= 8 && !strncmp(q - 8, "operator", 8))
      q += 2;
    else
      memmove(q, q + 1, strlen(q + 1) + 1);
  replace_all(buf,
              "std::basic_string<char, std::char_traits<char>, "
              "std::allocator<char>>",
              "std::string");
  replace_all(buf,
              "std::basic_string<wchar_t, std::char_traits<wchar_t>, "
              "std::allocator<wchar_t>>",
              "std::wstring");
  for (size_t i = 0; i < sizeof stream_names / sizeof *stream_names; i++)
    replace_all(buf, stream_names[i][0], stream_names[i][1]);
  elide_defaults(buf);
  return str_add(s, buf, strlen(buf));
}

/* The string at OFF of S ("" for 0).  Valid until S is released. */
const char *razor_syms_str(const struct razor_syms *s, uint32_t off) {
  return off && s->strs.data ? (const char *)s->strs.data + off : "";
}

/* ---- modules ---- */

static const char *self_exe(void) {
  static char path[PATH_MAX];
  if (!path[0]) {
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    path[n > 0 ? n : 0] = 0;
  }
  return path;
}

/* The module containing ADDR: its path (never NULL) and load bias.
 * Returns 0, -1 when no module contains it. */
static int module_of(uintptr_t addr, const char **path, uintptr_t *bias,
                     struct link_map **lmp, Dl_info *info) {
  struct link_map *lm = NULL;
  if (!dladdr1((void *)addr, info, (void **)&lm, RTLD_DL_LINKMAP) || !lm)
    return -1;
  *path = lm->l_name && lm->l_name[0] ? lm->l_name : self_exe();
  *bias = lm->l_addr;
  if (lmp)
    *lmp = lm;
  return 0;
}

/* The shared runtime's link map, or NULL when the runtime is linked into
 * the executable (then runtime frames are told by their names). */
static struct link_map *runtime_module(void) {
  Dl_info info;
  struct link_map *lm = NULL;
  if (!dladdr1((void *)razor_stack_capture, &info, (void **)&lm,
               RTLD_DL_LINKMAP) ||
      !lm || !lm->l_name || !lm->l_name[0])
    return NULL;
  return lm;
}

/* True for a module installed in the system's library directories
 * (libc, libstdc++): not the user's code. */
static int system_path(const char *p) {
  static const char *const dirs[] = {"/lib/", "/lib32/", "/lib64/",
                                     "/usr/lib/", "/usr/lib32/", "/usr/lib64/"};
  for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++)
    if (!strncmp(p, dirs[i], strlen(dirs[i])))
      return 1;
  return 0;
}

/* True for a function name of the runtime itself. */
static int runtime_name(const char *f) {
  return !strncmp(f, "__razor_", 8) || !strncmp(f, "razor_", 6);
}

/* True for a name the plugin gives a function for calls from other files
 * (RAZOR_ENTRY_PREFIX): the function itself, or a caller's thunk. */
static int entry_name(const char *f, size_t n) {
  return n > sizeof RAZOR_ENTRY_PREFIX - 1 &&
         !strncmp(f, RAZOR_ENTRY_PREFIX, sizeof RAZOR_ENTRY_PREFIX - 1);
}

/* ---- the symbolizer ---- */

static int executable(const char *p) {
  struct stat st;
  return !stat(p, &st) && S_ISREG(st.st_mode) && !access(p, X_OK);
}

static int in_path(const char *name, char *out, size_t n) {
  const char *path = getenv("PATH");
  for (const char *p = path; p && *p;) {
    const char *e = strchr(p, ':');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len && (size_t)snprintf(out, n, "%.*s/%s", (int)len, p, name) < n &&
        executable(out))
      return 1;
    p = e ? e + 1 : NULL;
  }
  return 0;
}

/* Finds llvm-symbolizer: RAZOR_OPTIONS symbolizer=PATH (a bare name is
 * looked up in PATH), then llvm-symbolizer in PATH, then the one of the
 * LLVM the plugin was built with, then llvm-symbolizer-NN in PATH and
 * /usr/lib/llvm-NN/bin/llvm-symbolizer, newest first.  Returns 1 with the
 * path in OUT, 0 when none was found (OUT then names what was tried). */
static int find_symbolizer(char *out, size_t n) {
  const char *opt = razor_flags.symbolizer;
  if (opt && *opt) {
    if (strchr(opt, '/')) {
      snprintf(out, n, "%s", opt);
      return executable(out);
    }
    if (in_path(opt, out, n))
      return 1;
    snprintf(out, n, "%s", opt);
    return 0;
  }
  if (in_path("llvm-symbolizer", out, n))
    return 1;
#ifdef RAZOR_LLVM_BINDIR
  snprintf(out, n, "%s/llvm-symbolizer", RAZOR_LLVM_BINDIR);
  if (executable(out))
    return 1;
#endif
  for (int v = 40; v >= 10; v--) {
    char name[64];
    snprintf(name, sizeof name, "llvm-symbolizer-%d", v);
    if (in_path(name, out, n))
      return 1;
    snprintf(out, n, "/usr/lib/llvm-%d/bin/llvm-symbolizer", v);
    if (executable(out))
      return 1;
  }
  snprintf(out, n, "llvm-symbolizer");
  return 0;
}

static void note_once(const char *fmt, const char *a, const char *b) {
  static atomic_int said;
  if (atomic_exchange(&said, 1))
    return;
  fprintf(stderr, "razortrace: note: ");
  fprintf(stderr, fmt, a, b);
  fputc('\n', stderr);
}

/* Runs symbolizer PATH once: writes IN (IN_LEN bytes of queries), reads all
 * of its output into OUT until it exits.  Interleaves writing and reading
 * so neither side can block the other.  Returns 0, or an errno value.  No
 * runtime lock is held; the caller has the recursion guard set. */
static int run_symbolizer(const char *path, const char *in, size_t in_len,
                          struct razor_vec *out) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv))
    return errno;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, sv[1], 0);
  posix_spawn_file_actions_adddup2(&fa, sv[1], 1);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  char *argv[] = {(char *)path, "--inlining", "--demangle", NULL};
  pid_t pid;
  int err = posix_spawn(&pid, path, &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  close(sv[1]);
  if (err) {
    close(sv[0]);
    return err;
  }
  int fd = sv[0];
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  size_t sent = 0;
  int wr_open = 1;
  if (!in_len) {
    shutdown(fd, SHUT_WR);
    wr_open = 0;
  }
  for (;;) {
    struct pollfd p = {fd, POLLIN | (wr_open ? POLLOUT : 0), 0};
    int r = poll(&p, 1, 30000);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0) {
      err = r ? errno : ETIMEDOUT;
      break;
    }
    if (wr_open && (p.revents & (POLLOUT | POLLERR))) {
      ssize_t w = send(fd, in + sent, in_len - sent, MSG_NOSIGNAL);
      if (w < 0 && errno != EAGAIN && errno != EINTR) {
        err = errno;
        break;
      }
      if (w > 0 && (sent += (size_t)w) == in_len) {
        shutdown(fd, SHUT_WR);
        wr_open = 0;
      }
    }
    if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
      if (razor_vec_reserve(out, out->len + 65536)) {
        err = ENOMEM;
        break;
      }
      ssize_t got = recv(fd, (char *)out->data + out->len, 65536, 0);
      if (got < 0 && errno != EAGAIN && errno != EINTR) {
        err = errno;
        break;
      }
      if (got == 0)
        break;
      if (got > 0)
        out->len += (size_t)got;
    }
  }
  close(fd);
  if (err)
    kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
    ;
  if (!err && wr_open)
    err = EPIPE;
  return err;
}

/* Adds path P (N bytes) to S without "." components and repeated '/'
 * ("././x.c", as LLVM 14 joins a compilation directory "." with its
 * include directory ".", is "x.c"; "/a//./b.c" is "/a/b.c"): the same
 * file, spelled alike by every LLVM.  ".." is left alone (a symbolic link
 * before it would make a lexical ".." another file). */
static uint32_t path_add(struct razor_syms *s, const char *p, size_t n) {
  char buf[PATH_MAX];
  size_t len = 0;
  if (n >= sizeof buf)
    return str_add(s, p, n);
  if (n && p[0] == '/')
    buf[len++] = '/';
  for (size_t i = 0; i < n;) {
    while (i < n && p[i] == '/')
      i++;
    size_t e = i;
    while (e < n && p[e] != '/')
      e++;
    if (e - i == 1 && p[i] == '.' && e < n) {
      /* "./": nothing (a final "." stays) */
    } else if (e > i) {
      if (len && buf[len - 1] != '/')
        buf[len++] = '/';
      memcpy(buf + len, p + i, e - i);
      len += e - i;
    }
    i = e;
  }
  return str_add(s, buf, len);
}

/* Parses "FILE:LINE:COLUMN" (FILE may hold ':'); "??" parts give 0. */
static void parse_location(struct razor_syms *s, const char *a, const char *e,
                           struct razor_frame *f) {
  const char *c2 = e, *c1;
  while (c2 > a && c2[-1] != ':')
    c2--;
  c1 = c2 > a ? c2 - 1 : a;
  while (c1 > a && c1[-1] != ':')
    c1--;
  if (c2 > a && c1 > a) {
    f->line = (uint32_t)strtoul(c1, NULL, 10);
    f->column = (uint32_t)strtoul(c2, NULL, 10);
    e = c1 - 1;
  } else if (c2 > a) {
    f->line = (uint32_t)strtoul(c2, NULL, 10);
    e = c2 - 1;
  }
  if (!(e - a == 2 && a[0] == '?' && a[1] == '?'))
    f->file = path_add(s, a, (size_t)(e - a));
  if (!f->file)
    f->line = f->column = 0;
}

/* Reads one output block per address of S from TEXT (pairs of function and
 * location lines, blank line between blocks).  Returns 0, -1 when the
 * output ends early (the rest keep their fallback frames). */
static int parse_output(struct razor_syms *s, char *text, size_t len) {
  struct sym_pc *pcs = s->pcs.data;
  char *p = text, *end = text + len;
  for (size_t i = 0; i < s->pcs.len; i++) {
    uint32_t first = (uint32_t)s->frames.len, count = 0;
    while (p < end) {
      char *nl = memchr(p, '\n', (size_t)(end - p));
      if (!nl)
        return -1;
      if (nl == p) { /* end of this address's block */
        p = nl + 1;
        break;
      }
      char *fn = p, *fn_end = nl;
      p = nl + 1;
      nl = memchr(p, '\n', (size_t)(end - p));
      if (!nl)
        return -1;
      struct razor_frame *f = razor_vec_push(&s->frames);
      if (!f)
        return -1;
      /* An entry name (llvm-symbolizer picks either of two symbols at one
       * address) is left to name_from_symtab, which finds the function's
       * own. */
      if (!(fn_end - fn == 2 && fn[0] == '?' && fn[1] == '?') &&
          !entry_name(fn, (size_t)(fn_end - fn)))
        f->function = name_add(s, fn, (size_t)(fn_end - fn));
      parse_location(s, p, nl, f);
      p = nl + 1;
      count++;
    }
    if (!count)
      return -1;
    struct razor_frame *fr = (struct razor_frame *)s->frames.data + first;
    for (uint32_t k = 0; k < count; k++) {
      fr[k].inlined = k + 1 < count;
      fr[k].module = pcs[i].module;
      fr[k].offset = pcs[i].offset;
      fr[k].runtime = pcs[i].runtime_module ||
                      runtime_name(razor_syms_str(s, fr[k].function));
      fr[k].system = (uint8_t)pcs[i].system_module;
    }
    pcs[i].first = first;
    pcs[i].count = count;
  }
  return 0;
}

/* ---- the module's ELF symbol table, read from its file ----
 *
 * An executable exports nothing to dladdr (without -rdynamic) and a
 * library only its global functions, so for the names of the others the
 * module's file is mapped (never read into the tracked allocator's
 * memory) and its .symtab searched.  The file is whatever is on disk at
 * report time: every offset, size and name in it is checked against the
 * mapping before use, so a truncated or damaged file gives no name, never
 * a fault. */

/* One mapped module file; the batch looks its addresses up in module
 * order, so the last one stays mapped until the next is needed. */
struct elf_file {
  char path[PATH_MAX];
  const unsigned char *m; /* NULL: not an ELF file we can read */
  size_t size;
};

/* True when [OFF, OFF + LEN) lies in a file of SIZE bytes (no overflow). */
static int in_file(size_t size, uint64_t off, uint64_t len) {
  return off <= size && len <= size - off;
}

static void elf_close(struct elf_file *e) {
  if (e->m)
    munmap((void *)e->m, e->size);
  e->m = NULL;
  e->size = 0;
  e->path[0] = 0;
}

/* The section headers of E (*N of them), NULL when its header is not one
 * of this machine's ELF class or they lie outside the file. */
static const ElfW(Shdr) *elf_sections(const struct elf_file *e, size_t *n) {
  const ElfW(Ehdr) *eh = (const void *)e->m;
  if (!e->m || e->size < sizeof *eh || memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
      eh->e_ident[EI_CLASS] != (sizeof(void *) == 8 ? ELFCLASS64 : ELFCLASS32) ||
      eh->e_shentsize != sizeof(ElfW(Shdr)) || !eh->e_shnum ||
      eh->e_shoff % _Alignof(ElfW(Shdr)) ||
      !in_file(e->size, eh->e_shoff,
               (uint64_t)eh->e_shnum * sizeof(ElfW(Shdr))))
    return NULL;
  *n = eh->e_shnum;
  return (const void *)(e->m + eh->e_shoff);
}

/* Maps module file PATH into E (reusing E when it is that file already).
 * Returns 0, -1 when it cannot be read as an ELF file. */
static int elf_open(struct elf_file *e, const char *path) {
  if (e->path[0] && !strcmp(e->path, path))
    return e->m ? 0 : -1;
  elf_close(e);
  snprintf(e->path, sizeof e->path, "%s", path);
  int fd = path[0] ? open(path, O_RDONLY | O_CLOEXEC) : -1;
  if (fd < 0)
    return -1;
  struct stat st;
  if (!fstat(fd, &st) && S_ISREG(st.st_mode) && st.st_size > 0 &&
      (uint64_t)st.st_size <= SIZE_MAX) {
    void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m != MAP_FAILED) {
      e->m = m;
      e->size = (size_t)st.st_size;
    }
  }
  close(fd);
  size_t n;
  if (e->m && !elf_sections(e, &n)) {
    munmap((void *)e->m, e->size);
    e->m = NULL;
    e->size = 0;
  }
  return e->m ? 0 : -1;
}

/* The string at NAME of string table STRH in E, NULL when it is not a
 * whole, non-empty string inside the table. */
static const char *elf_str(const struct elf_file *e, const ElfW(Shdr) *strh,
                           uint64_t name) {
  if (name >= strh->sh_size)
    return NULL;
  const char *p = (const char *)e->m + strh->sh_offset + name;
  size_t max = (size_t)(strh->sh_size - name);
  size_t len = strnlen(p, max);
  return len && len < max ? p : NULL;
}

/* The function of module address VADDR in E's .symtab: its name into NAME
 * (N bytes), and for a static function (a local symbol) the source file
 * its symbol table names (the STT_FILE symbol before it) into FILE (FN
 * bytes; "" when none).  A function's entry name (entry_name) gives way
 * to its own name at the same address; an entry name alone names the
 * body of a function the plugin split (RAZOR_ENTRY_BODY_SUFFIX: it has no
 * symbol of its own) or a caller's thunk, as that function.  Returns 1
 * when found. */
/* E's symbol tables (.symtab) in turn: from *I on, the next one's symbols
 * (*SYM, *COUNT) and strings (*STRH); *I moves past it.  0: no more. */
static int elf_next_symtab(const struct elf_file *e, size_t *i,
                           const ElfW(Sym) **sym, size_t *count,
                           const ElfW(Shdr) **strh) {
  size_t nsec;
  const ElfW(Shdr) *sh = elf_sections(e, &nsec);
  for (; sh && *i < nsec; ++*i) {
    const ElfW(Shdr) *h = &sh[*i];
    if (h->sh_type != SHT_SYMTAB || h->sh_link >= nsec ||
        (h->sh_entsize && h->sh_entsize != sizeof(ElfW(Sym))) ||
        h->sh_offset % _Alignof(ElfW(Sym)) ||
        !in_file(e->size, h->sh_offset, h->sh_size))
      continue;
    *strh = &sh[h->sh_link];
    if ((*strh)->sh_type != SHT_STRTAB ||
        !in_file(e->size, (*strh)->sh_offset, (*strh)->sh_size))
      continue;
    *sym = (const void *)(e->m + h->sh_offset);
    *count = (size_t)(h->sh_size / sizeof **sym);
    ++*i;
    return 1;
  }
  return 0;
}

static int elf_function(const struct elf_file *e, uintptr_t vaddr, char *name,
                        size_t n, char *file, size_t fn, uintptr_t *start) {
  const ElfW(Sym) *sym;
  const ElfW(Shdr) *strh;
  size_t count;
  for (size_t i = 0; elf_next_symtab(e, &i, &sym, &count, &strh);) {
    const char *src = NULL; /* the last STT_FILE's name */
    int entry = 0;
    for (size_t k = 0; k < count; k++) {
      unsigned type = ELF64_ST_TYPE(sym[k].st_info);
      if (type == STT_FILE) {
        src = elf_str(e, strh, sym[k].st_name);
        continue;
      }
      if (type != STT_FUNC || !sym[k].st_size || vaddr < sym[k].st_value ||
          vaddr - sym[k].st_value >= sym[k].st_size)
        continue;
      const char *s = elf_str(e, strh, sym[k].st_name);
      if (!s)
        continue;
      if (entry_name(s, strlen(s))) {
        if (!entry) { /* unless the function's own name turns up */
          snprintf(name, n, "%s", s + sizeof RAZOR_ENTRY_PREFIX - 1);
          *start = (uintptr_t)sym[k].st_value;
        }
        file[0] = 0; /* a body's function is not local (splitEntry) */
        entry = 1;
        continue;
      }
      snprintf(name, n, "%s", s);
      *start = (uintptr_t)sym[k].st_value;
      /* A split function's body is local, but its function is not: no
       * file, as for the function's own symbol. */
      size_t sl = strlen(s);
      int body = body_trim(s, sl) != sl;
      snprintf(file, fn, "%s",
               ELF64_ST_BIND(sym[k].st_info) == STB_LOCAL && src && !body
                   ? src
                   : "");
      return 1;
    }
    if (entry)
      return 1;
  }
  return 0;
}

/* Whether E's symbol at module address BODY is the entry name of the
 * function whose symbol is at FN (RAZOR_ENTRY_PREFIX and its name), at
 * another address: BODY is the body of the function the plugin split at
 * FN (splitEntry). */
static int elf_split_body(const struct elf_file *e, uintptr_t body,
                          uintptr_t fn) {
  const ElfW(Sym) *sym;
  const ElfW(Shdr) *strh;
  size_t count;
  const size_t pl = sizeof RAZOR_ENTRY_PREFIX - 1;
  if (body == fn)
    return 0;
  for (size_t i = 0; elf_next_symtab(e, &i, &sym, &count, &strh);) {
    const char *at[8]; /* the function's names */
    size_t nat = 0;
    for (size_t k = 0; k < count && nat < 8; k++)
      if (sym[k].st_value == fn &&
          ELF64_ST_TYPE(sym[k].st_info) == STT_FUNC &&
          (at[nat] = elf_str(e, strh, sym[k].st_name)))
        nat++;
    for (size_t k = 0; k < count && nat; k++) {
      const char *s;
      if (sym[k].st_value != body ||
          !(s = elf_str(e, strh, sym[k].st_name)) || !entry_name(s, strlen(s)))
        continue;
      for (size_t j = 0; j < nat; j++)
        if (!strcmp(at[j], s + pl))
          return 1;
    }
  }
  return 0;
}

/* Whether return address PC, in the function starting at START of the
 * module E loaded at BIAS, follows the call an outer half of a function
 * the plugin split makes of its body: a direct call of the body, whose
 * entry name is that function's.  Such a frame is the body's too. */
static int split_outer_call(const struct elf_file *e, uintptr_t pc,
                            uintptr_t bias, uintptr_t start) {
  uintptr_t target;
#if defined(__x86_64__)
  unsigned char op;
  int32_t rel;
  if (pc < start + 5)
    return 0;
  memcpy(&op, (const void *)(pc - 5), 1);
  memcpy(&rel, (const void *)(pc - 4), 4);
  if (op != 0xE8) /* call rel32 */
    return 0;
  target = pc + (uintptr_t)(intptr_t)rel;
#elif defined(__aarch64__)
  uint32_t insn;
  if (pc < start + 4)
    return 0;
  memcpy(&insn, (const void *)(pc - 4), 4);
  if ((insn & 0xFC000000u) != 0x94000000u) /* bl */
    return 0;
  target = pc - 4 + (uintptr_t)((int64_t)((uint64_t)insn << 38) >> 36);
#else
  (void)pc;
  (void)start;
  return 0;
#endif
  return elf_split_body(e, target - bias, start - bias);
}

typedef char *demangle_fn(const char *, char *, size_t *, int *);

/* Adds symbol name FN (mangled or not) to S as a frame's function name,
 * demangled when the program has a C++ runtime, in the style of the site
 * names.  The demangler's buffer is the process's malloc, with the
 * recursion guard set: nothing of it is tracked. */
static uint32_t symbol_add(struct razor_syms *s, const char *fn) {
  static demangle_fn *demangle;
  static int looked;
  if (!looked) {
    demangle = (demangle_fn *)dlsym(RTLD_DEFAULT, "__cxa_demangle");
    looked = 1;
  }
  char *dem = NULL;
  if (demangle && fn[0] == '_' && fn[1] == 'Z') {
    int st = -1;
    dem = demangle(fn, NULL, NULL, &st);
    if (st == 0 && dem)
      fn = dem;
  }
  uint32_t off = name_add(s, fn, strlen(fn));
  free(dem);
  return off;
}

/* See razor_symbolize.h. */
int razor_function_at(uintptr_t pc, char *name, size_t n) {
  const char *path;
  uintptr_t bias, start;
  Dl_info info;
  char raw[1024], file[8];
  if (!n || module_of(pc, &path, &bias, NULL, &info))
    return 0;
  struct elf_file e = {{0}, NULL, 0};
  int found = !elf_open(&e, path) &&
              elf_function(&e, pc - bias, raw, sizeof raw, file, sizeof file,
                           &start);
  elf_close(&e);
  if (!found && info.dli_sname && info.dli_saddr) {
    snprintf(raw, sizeof raw, "%s", info.dli_sname);
    found = 1;
  }
  if (!found)
    return 0;
  struct razor_syms s;
  memset(&s, 0, sizeof s);
  s.strs.elsize = 1;
  uint32_t off = symbol_add(&s, raw);
  snprintf(name, n, "%s", off ? razor_syms_str(&s, off) : raw);
  razor_syms_release(&s);
  return 1;
}

/* Exposed for the unit test of the ELF reader (test/unit): the function
 * containing module address VADDR in the ELF file PATH, as the batch
 * finds it.  Returns 1 with NAME and FILE (see elf_function) filled. */
int razor_elf_function(const char *path, uintptr_t vaddr, char *name,
                       size_t n, char *file, size_t fn) {
  struct elf_file e = {{0}, NULL, 0};
  uintptr_t start;
  int found =
      !elf_open(&e, path) && elf_function(&e, vaddr, name, n, file, fn, &start);
  elf_close(&e);
  return found;
}

/* The address of the function code address PC lies in, from the unwind
 * tables (the unwinder's lookup of their entry for PC, libgcc's, not in
 * its public header: BASES gets the address of the function the entry
 * covers); 0 when they do not say, or without the unwinder (the symbol
 * tables alone then say where functions start). */
static uintptr_t unwind_function(uintptr_t pc) {
  struct dwarf_eh_bases bases = {0, 0, 0};
  razor_find_fde_fn *find_fde = razor_unwind_find_fde();
  if (!find_fde || !find_fde((void *)pc, &bases))
    return 0;
  return (uintptr_t)bases.func;
}

/* Every outermost frame of S without a function name (llvm-symbolizer's
 * "??" for a file it could not read, or dladdr's none: not exported)
 * gets its function's name from dladdr, else from the module's symbol
 * table, with a static function's file (no line) when it has none.  Every
 * outermost frame without a line in a module of the program's (not the
 * system's, not the runtime's) gets the address its function starts at,
 * for the function records: the symbols', else the unwind tables'. */
static void name_from_symtab(struct razor_syms *s) {
  struct elf_file e = {{0}, NULL, 0};
  for (size_t i = 0; i < s->pcs.len; i++) {
    struct sym_pc *pc = (struct sym_pc *)s->pcs.data + i;
    if (!pc->count)
      continue;
    struct razor_frame *f =
        (struct razor_frame *)s->frames.data + pc->first + pc->count - 1;
    char name[1024], file[PATH_MAX];
    Dl_info info;
    int named = 0;
    uintptr_t start = 0, bias = pc->pc - 1 - pc->offset;
    int want_start = !f->line && !pc->system_module && !pc->runtime_module;
    if ((f->function && !want_start) || !pc->module)
      continue;
    file[0] = 0;
    if (dladdr((void *)(pc->pc - 1), &info) && info.dli_sname &&
        info.dli_saddr) {
      snprintf(name, sizeof name, "%s", info.dli_sname);
      start = (uintptr_t)info.dli_saddr;
      named = 1;
    } else if (!elf_open(&e, razor_syms_str(s, pc->module)) &&
               elf_function(&e, pc->offset, name, sizeof name, file,
                            sizeof file, &start)) {
      start += bias;
      named = 1;
    }
    if (want_start) {
      f->start = named ? start : unwind_function(pc->pc - 1);
      f->split_outer = f->start &&
                       !elf_open(&e, razor_syms_str(s, pc->module)) &&
                       split_outer_call(&e, pc->pc, bias, f->start);
    }
    if (f->function || !named)
      continue;
    uint32_t fo = symbol_add(s, name);
    uint32_t fl = !f->file && file[0] ? str_add(s, file, strlen(file)) : 0;
    f = (struct razor_frame *)s->frames.data + pc->first + pc->count - 1;
    f->function = fo;
    if (fl) {
      f->file = fl;
      f->line = f->column = 0;
    }
    f->runtime = f->runtime || runtime_name(razor_syms_str(s, fo));
  }
  elf_close(&e);
}

/* Frames from dladdr for every address of S without frames yet: the
 * function (its exported name; the symbol table's then,
 * name_from_symtab), the module and the offset in it; no line. */
static void fallback(struct razor_syms *s) {
  struct sym_pc *pcs = s->pcs.data;
  for (size_t i = 0; i < s->pcs.len; i++) {
    if (pcs[i].count)
      continue;
    struct razor_frame *f = razor_vec_push(&s->frames);
    if (!f)
      return;
    pcs = s->pcs.data;
    Dl_info info;
    const char *path;
    uintptr_t bias;
    const char *fn = NULL;
    if (!module_of(pcs[i].pc - 1, &path, &bias, NULL, &info) &&
        info.dli_sname && info.dli_saddr)
      fn = info.dli_sname;
    uint32_t fo = fn ? symbol_add(s, fn) : 0;
    f = (struct razor_frame *)s->frames.data + s->frames.len - 1;
    f->function = fo;
    f->module = pcs[i].module;
    f->offset = pcs[i].offset;
    f->runtime = pcs[i].runtime_module || (fn && runtime_name(fn));
    f->system = (uint8_t)pcs[i].system_module;
    pcs[i].first = (uint32_t)(s->frames.len - 1);
    pcs[i].count = 1;
  }
}

/* ---- the batch ---- */

static int pc_cmp(const void *a, const void *b) {
  uintptr_t x = ((const struct sym_pc *)a)->pc,
            y = ((const struct sym_pc *)b)->pc;
  return x < y ? -1 : x > y;
}

/* Resolves every return address of the stacks IDS[0..N) (ids of
 * razor_depot_put; 0 and repeats are fine) into S, which must be zeroed.
 * Never fails: what the symbolizer cannot give comes from dladdr, after one
 * note line on stderr (once per process).  Release S with
 * razor_syms_release.  Call with the recursion guard set and no runtime
 * lock held (it starts a process). */
void razor_syms_resolve(struct razor_syms *s, const uint32_t *ids, size_t n) {
  s->pcs.elsize = sizeof(struct sym_pc);
  s->frames.elsize = sizeof(struct razor_frame);
  s->strs.elsize = 1;
  str_add(s, NULL, 0);
  for (size_t i = 0; i < n; i++) {
    uint32_t k;
    const uintptr_t *pcs = razor_depot_get(ids[i], &k);
    for (uint32_t j = 0; j < k; j++) {
      struct sym_pc *p = razor_vec_push(&s->pcs);
      if (p)
        p->pc = pcs[j];
    }
  }
  if (!s->pcs.len)
    return;
  qsort(s->pcs.data, s->pcs.len, sizeof(struct sym_pc), pc_cmp);
  struct sym_pc *pcs = s->pcs.data;
  size_t u = 0;
  for (size_t i = 0; i < s->pcs.len; i++)
    if (!u || pcs[u - 1].pc != pcs[i].pc)
      pcs[u++] = pcs[i];
  s->pcs.len = u;

  struct link_map *rt = runtime_module();
  struct razor_vec query = {.elsize = 1};
  for (size_t i = 0; i < u; i++) {
    Dl_info info;
    const char *path = "";
    uintptr_t bias = 0;
    struct link_map *lm = NULL;
    /* pc - 1: the call instruction, not the one after it. */
    if (module_of(pcs[i].pc - 1, &path, &bias, &lm, &info))
      path = "";
    uint32_t mod = str_add(s, path, strlen(path));
    pcs = s->pcs.data;
    pcs[i].module = mod;
    pcs[i].offset = pcs[i].pc - 1 - bias;
    pcs[i].runtime_module = rt && lm == rt;
    pcs[i].system_module = system_path(path);
    char line[PATH_MAX + 64];
    int len = snprintf(line, sizeof line, "CODE \"%s\" 0x%lx\n", path,
                       (unsigned long)pcs[i].offset);
    if (len > 0 && (size_t)len < sizeof line &&
        !razor_vec_reserve(&query, query.len + (size_t)len)) {
      memcpy((char *)query.data + query.len, line, (size_t)len);
      query.len += (size_t)len;
    }
  }

  char tool[PATH_MAX];
  if (!find_symbolizer(tool, sizeof tool)) {
    note_once("no symbolizer found (%s%s); traceback frames show "
              "function names from the symbol tables, without lines "
              "(RAZOR_OPTIONS=symbolizer=PATH)",
              tool, razor_flags.symbolizer && razor_flags.symbolizer[0]
                        ? " is not executable"
                        : " is not in PATH");
  } else {
    struct razor_vec out = {.elsize = 1};
    int err = run_symbolizer(tool, query.data, query.len, &out);
    if (err || parse_output(s, out.data, out.len)) {
      s->frames.len = 0;
      for (size_t i = 0; i < s->pcs.len; i++)
        ((struct sym_pc *)s->pcs.data)[i].count = 0;
      note_once("symbolizer %s failed (%s); traceback frames show "
                "function names from the symbol tables, without lines",
                tool, err ? strerror(err) : "unexpected output");
    } else {
      s->symbolized = 1;
    }
    razor_vec_release(&out);
  }
  razor_vec_release(&query);
  fallback(s);
  name_from_symtab(s);
}

/* The frames of return address PC in S, innermost first: their number,
 * with the first in *OUT (NULL and 0 when PC was not resolved).  Valid
 * until S is released. */
size_t razor_syms_frames(const struct razor_syms *s, uintptr_t pc,
                         const struct razor_frame **out) {
  size_t lo = 0, hi = s->pcs.len;
  const struct sym_pc *pcs = s->pcs.data;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (pcs[mid].pc < pc)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == s->pcs.len || pcs[lo].pc != pc || !pcs[lo].count) {
    *out = NULL;
    return 0;
  }
  *out = (const struct razor_frame *)s->frames.data + pcs[lo].first;
  return pcs[lo].count;
}

/* Unmaps everything S holds. */
RAZOR_RESIDENT void razor_syms_release(struct razor_syms *s) {
  razor_vec_release(&s->pcs);
  razor_vec_release(&s->frames);
  razor_vec_release(&s->strs);
}
