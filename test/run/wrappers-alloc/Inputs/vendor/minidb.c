/* A small library vendored into the user's tree (SQLite's amalgamation's
 * shape): its own allocator under several layers, handles holding further
 * blocks, and a callback into the user's code. */
#include <stdlib.h>
#include <string.h>

struct stmt {
  char *sql;
  int *cols;
};

static void *db_mem_malloc(size_t n) {
  return malloc(n); /* the library's one malloc line */
}

static void *db_malloc(size_t n) {
  void *p = db_mem_malloc(n);
  if (p)
    memset(p, 0, n);
  return p;
}

struct stmt *db_prepare(const char *sql) {
  struct stmt *s = db_malloc(sizeof *s);
  s->sql = db_malloc(strlen(sql) + 1);
  strcpy(s->sql, sql);
  s->cols = db_malloc(4 * sizeof *s->cols);
  return s;
}

void db_finalize(struct stmt *s) {
  free(s->sql);
  free(s->cols);
  free(s);
}

int db_each(const struct stmt *s, int (*row)(void *, const char *), void *arg) {
  return row(arg, s->sql);
}
