// Built without the plugin: releases what it is given.
struct Item { long v[4]; };
void plain_delete(Item *p) { delete p; }
void plain_delete_array(int *p) { delete[] p; }
void plain_sized_delete(void *p, unsigned long n) { ::operator delete(p, n); }
