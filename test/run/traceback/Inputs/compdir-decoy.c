// Not the library: a file of the same name in the app's directory.
// DECOY LINE 2
// DECOY LINE 3
