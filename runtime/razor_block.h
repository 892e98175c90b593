/* razor_block.h - a tracked block as the runtime names it, decoded from its
 * record (a header, or an entry of the pointer table). */
#ifndef RAZOR_BLOCK_H
#define RAZOR_BLOCK_H

#include <stdint.h>

/* Its context CTX (razor_ctx_of) names its site and probe set. */
struct razor_block {
  uintptr_t ptr;
  uint64_t size;
  uint32_t site;
  uint32_t set;    /* the probes it counts for, and the allocating thread */
  uint32_t ctx;    /* razor_ctx_of(set, site) */
  uint32_t serial; /* the thread's last activation token when allocated;
                      records keep its low 16 bits (razor_account.c) */
};

/* Resources (FILE *, DIR *, descriptors) are tracked as one unit each, by
 * a key: the FILE * or DIR * itself, or RAZOR_FD_KEY(fd), which no heap
 * address can equal. */
#define RAZOR_FD_KEY(fd) ((void *)(uintptr_t)((1ull << 63) | (unsigned)(fd)))
/* True for the kinds (enum razor_kind) counted by how many are open rather
 * than by bytes (razor_libc.c). */
int razor_kind_counted(unsigned kind);
/* What the program calls KIND (enum razor_kind), as reports name it. */
const char *razor_kind_name(unsigned kind);


/* __razor_tracking's bits (razor_abi.h): blocks may be tracked (a probe
 * sampled once); bootstrap blocks were handed out (frees must look at each
 * pointer); the pointer table holds (or held) an entry, so a release that
 * finds no header must look there. */
enum {
  RAZOR_TRACKING_BLOCKS = 1,
  RAZOR_TRACKING_BOOT = 2,
  RAZOR_TRACKING_TABLE = 4
};

#endif /* RAZOR_BLOCK_H */
