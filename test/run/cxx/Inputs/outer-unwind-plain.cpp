// Built without the plugin: calls outer-half-unwind.cpp's thrower by its
// name (the outer half of the split function) and catches what it throws.
int thrower(int n);

int call_and_catch(int n) {
  try {
    return thrower(n);
  } catch (int e) {
    return -e;
  }
}
