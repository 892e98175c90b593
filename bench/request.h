/* bench/request.h - the request handler of issue 7, shared by handler.c
 * (one thread) and threads.c (several).  Define KEPT_LOCK() and
 * KEPT_UNLOCK() (guarding the global list of kept nodes) before including.
 *
 * Each request builds and frees a small tree: 13 nodes, each with two
 * duplicated strings, the root's child array grown by realloc doubling, and
 * a growing int array: about 91 allocation operations per request
 * (13 + 26 mallocs/strdups, 5 + 6 reallocs, 41 frees).  Every KEEP_EVERY-th
 * request keeps one child node (with its strings) on a global list that
 * stays reachable until exit: a slow leak that reachability checkers do not
 * report. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KIDS 12
#define KEEP_EVERY 64

struct node {
  char *name, *value;
  struct node **kids;
  size_t nkids, cap;
  uint32_t hash;
  struct node *next; /* the global list */
};

static struct node *kept; /* the slow leak: reachable, never trimmed */
static size_t nkept;

static uint32_t rng_next(uint32_t *s) {
  *s = *s * 1664525u + 1013904223u;
  return *s >> 8;
}

static uint32_t hash_str(uint32_t h, const char *s) {
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static struct node *node_new(uint32_t req, uint32_t k, uint32_t *rng) {
  char name[32], value[80];
  struct node *n = malloc(sizeof *n);
  snprintf(name, sizeof name, "node-%u-%u", req, k);
  size_t len = 8 + rng_next(rng) % 56;
  for (size_t i = 0; i < len; i++)
    value[i] = (char)('a' + (rng_next(rng) % 26));
  value[len] = '\0';
  n->name = strdup(name);
  n->value = strdup(value);
  n->kids = NULL;
  n->nkids = n->cap = 0;
  n->hash = hash_str(hash_str(2166136261u, n->name), n->value);
  n->next = NULL;
  return n;
}

static void node_add(struct node *parent, struct node *kid) {
  if (parent->nkids == parent->cap) {
    parent->cap = parent->cap ? parent->cap * 2 : 1;
    parent->kids = realloc(parent->kids, parent->cap * sizeof *parent->kids);
  }
  parent->kids[parent->nkids++] = kid;
}

static void node_free(struct node *n) {
  for (size_t i = 0; i < n->nkids; i++)
    if (n->kids[i])
      node_free(n->kids[i]);
  free(n->kids);
  free(n->name);
  free(n->value);
  free(n);
}

__attribute__((annotate("razor_probe:TRACE_BENCH"), noinline))
uint32_t handle_request(uint32_t req) {
  uint32_t rng = req * 2654435761u + 1;
  struct node *root = node_new(req, 0, &rng);
  for (uint32_t k = 1; k <= KIDS; k++)
    node_add(root, node_new(req, k, &rng));
  /* The response body: an int array grown by doubling (4 .. 128). */
  size_t cap = 4, len = 0;
  int *body = malloc(cap * sizeof *body);
  for (size_t i = 0; i < root->nkids; i++)
    for (const char *p = root->kids[i]->value; *p; p++) {
      if (len == cap) {
        cap *= 2;
        body = realloc(body, cap * sizeof *body);
      }
      body[len++] = *p;
    }
  uint32_t sum = root->hash;
  for (size_t i = 0; i < len; i++)
    sum = sum * 31u + (uint32_t)body[i];
  for (size_t i = 0; i < root->nkids; i++)
    sum ^= root->kids[i]->hash;
  free(body);
  if (req % KEEP_EVERY == 0) { /* the leak */
    struct node *k = root->kids[req % KIDS];
    root->kids[req % KIDS] = NULL;
    KEPT_LOCK();
    k->next = kept;
    kept = k;
    nkept++;
    KEPT_UNLOCK();
  }
  node_free(root);
  return sum;
}

