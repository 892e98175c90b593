/* Inputs/plain-ops.c, built without the plugin. */
#include <stddef.h>
void *plain_malloc(size_t n);
void *plain_calloc(size_t n, size_t sz);
void *plain_realloc(void *p, size_t n);
void *plain_reallocarray(void *p, size_t n, size_t sz);
char *plain_strdup(const char *s);
char *plain_strndup(const char *s, size_t n);
void plain_free(void *p);
size_t plain_usable(void *p);
#include <dirent.h>
#include <stdio.h>
int plain_fclose(FILE *f);
int plain_closedir(DIR *d);
void *plain_memalign(size_t al, size_t n);
