/* Built without the plugin: what a third-party library or libc-like code
 * does with the heap it is handed.  Every call here reaches the process's
 * malloc, calloc, realloc, reallocarray, free and malloc_usable_size. */
#define _GNU_SOURCE
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

void *plain_malloc(size_t n) { return malloc(n); }
void *plain_calloc(size_t n, size_t sz) { return calloc(n, sz); }
void *plain_realloc(void *p, size_t n) { return realloc(p, n); }
void *plain_reallocarray(void *p, size_t n, size_t sz) {
  return reallocarray(p, n, sz);
}
char *plain_strdup(const char *s) { return strdup(s); }
char *plain_strndup(const char *s, size_t n) { return strndup(s, n); }
void plain_free(void *p) { free(p); }
size_t plain_usable(void *p) { return malloc_usable_size(p); }

/* Closing what libc handed out, from code built without the plugin. */
#include <dirent.h>
#include <stdio.h>
int plain_fclose(FILE *f) { return fclose(f); }
int plain_closedir(DIR *d) { return closedir(d); }

/* An aligned block libc makes for code built without the plugin. */
void *plain_memalign(size_t al, size_t n) {
  void *p = NULL;
  return posix_memalign(&p, al, n) == 0 ? p : NULL;
}
