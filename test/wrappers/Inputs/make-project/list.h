void list_add(const char *s);
