// A library of paths-frame-compdir.c, built with -fdebug-compilation-dir=.
void lib_call(void (*cb)(int), int i) {
  cb(i); // call-line
}
