/* Built with the plugin, another file: calls the program's visit_ext by its
 * entry name (its body, which may leave the thread's callsite as its last
 * call into foreign code left it), then, through a pointer, a copy made by
 * code built without the plugin, which it keeps; twice a call, in a loop
 * (the callsite is written again on every turn). */
void visit_ext(void *arg);
char *plain_dup(const char *s);

static char *(*volatile copy)(const char *) = plain_dup;
static char *kept[64];
static int nkept;

void twice(const char *s) {
  for (int i = 0; i < 2; i++) {
    visit_ext((void *)s);
    kept[nkept++ % 64] = copy(s); // twice-line
  }
}
