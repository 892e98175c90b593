//===- RazorLibrary.cpp - what the C and C++ libraries' functions do -----===//
//
// The lists behind RazorLibrary.h.
//
//===----------------------------------------------------------------------===//
#include "RazorLibrary.h"
#include "RazorCompat.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Demangle/Demangle.h"

#include <cstdlib>

using namespace llvm;

namespace razor {
namespace {

/// isStreamIO's.
const char *const StreamIO[] = {
    "printf",   "fprintf",  "vprintf",  "vfprintf", "dprintf",  "vdprintf",
    "puts",     "fputs",    "putchar",  "fputc",    "putc",     "fwrite",
    "perror",   "fflush",   "scanf",    "fscanf",   "vscanf",   "vfscanf",
    "getchar",  "fgetc",    "getc",     "fgets",    "fread",    "ungetc",
    "__isoc99_scanf",       "__isoc99_fscanf",      "__isoc99_vscanf",
    "__isoc99_vfscanf",     "putchar_unlocked",     "fputc_unlocked",
    "putc_unlocked",        "getc_unlocked",        "fgetc_unlocked",
    "getchar_unlocked",     "fwrite_unlocked",      "fread_unlocked",
    "fputs_unlocked",       "fgets_unlocked",       "__printf_chk",
    "__fprintf_chk",        "__vprintf_chk",        "__vfprintf_chk",
    "__fgets_chk",          "__fread_chk"};

/// C library functions that never allocate for their caller's data (nor
/// call back), though they write memory (errno, their arguments): no
/// callsite for them.  Each also with its `f` and `l` variant where it
/// has them (the math functions).
const char *const MathNoAlloc[] = {
    "acos",  "acosh", "asin",      "asinh",     "atan",  "atan2", "atanh",
    "cbrt",  "ceil",  "copysign",  "cos",       "cosh",  "erf",   "erfc",
    "exp",   "exp2",  "expm1",     "fabs",      "fdim",  "floor", "fma",
    "fmax",  "fmin",  "fmod",      "frexp",     "hypot", "ilogb", "ldexp",
    "lgamma", "llrint", "llround", "log",       "log10", "log1p", "log2",
    "logb",  "lrint", "lround",    "modf",      "nearbyint", "nextafter",
    "pow",   "remainder", "remquo", "rint",     "round", "scalbn", "sin",
    "sinh",  "sqrt",  "tan",       "tanh",      "tgamma", "trunc"};
const char *const LibcNoAlloc[] = {
    "memcpy",  "memmove", "memset",  "strcpy",   "strncpy",  "strcat",
    "strncat", "stpcpy",  "stpncpy", "strtol",   "strtoul",  "strtoll",
    "strtoull", "strtod", "strtof",  "strtold",  "atoi",     "atol",
    "atoll",   "atof",    "snprintf", "sprintf", "vsnprintf", "vsprintf",
    "__snprintf_chk", "__sprintf_chk", "__vsnprintf_chk", "__vsprintf_chk",
    "__memcpy_chk", "__memmove_chk", "__memset_chk", "__strcpy_chk",
    "__strncpy_chk", "__strcat_chk", "__strncat_chk", "__stpcpy_chk",
    "__isoc23_strtol", "__isoc23_strtoul", "__isoc23_strtoll",
    "__isoc23_strtoull",
    // Locks, time and identity: never allocate (a mutex is the caller's).
    "pthread_mutex_lock", "pthread_mutex_trylock", "pthread_mutex_unlock",
    "pthread_rwlock_rdlock", "pthread_rwlock_wrlock", "pthread_rwlock_unlock",
    "pthread_spin_lock", "pthread_spin_unlock", "pthread_cond_signal",
    "pthread_cond_broadcast", "pthread_self", "pthread_equal", "sem_post",
    "clock_gettime", "gettimeofday", "time", "getpid"};

/// The C++ ABI's functions that never allocate for their caller: the
/// exception runtime's, but __cxa_allocate_exception, and the guards of
/// static locals (__cxa_atexit stays: glibc allocates its handler blocks).
const char *const CxxAbiNoAlloc[] = {
    "__cxa_begin_catch",   "__cxa_end_catch",     "__cxa_free_exception",
    "__cxa_throw",         "__cxa_rethrow",       "__cxa_guard_acquire",
    "__cxa_guard_release", "__cxa_guard_abort",   "__cxa_bad_cast",
    "__cxa_bad_typeid",    "__cxa_pure_virtual",  "__cxa_deleted_virtual",
    "_Unwind_Resume"};

} // namespace

bool isStreamIO(StringRef Name) { return is_contained(StreamIO, Name); }

/// (RazorLibrary.h.)  What such a destructor calls back (an element's
/// destructor) is charged as that code's own: the user's code built with
/// the plugin names its own lines.  A C++ program makes most of its calls
/// into the library to these (`std::string`'s destructor, extern
/// template), and each would otherwise carry a record and its callsite's
/// stores.
bool cxxNeverAllocates(StringRef Name) {
  // std:: (St), or one of its abbreviations: std::allocator (Sa),
  // std::basic_string (Sb), std::string (Ss), istream, ostream, iostream.
  if (!compat::startsWith(Name, "_ZNS") || Name.size() < 9 ||
      !StringRef("tabsiod").contains(Name[4]))
    return false;
  bool Dtor = compat::endsWith(Name, "D0Ev") ||
              compat::endsWith(Name, "D1Ev") || compat::endsWith(Name, "D2Ev");
  bool Allocator =
      Name[4] == 'a' || compat::startsWith(Name, "_ZNSt9allocator");
  if (!Dtor && !Allocator)
    return false;
  ItaniumPartialDemangler D;
  if (D.partialDemangle(Name.str().c_str()) || !D.isCtorOrDtor())
    return false;
  char *Base = D.getFunctionBaseName(nullptr, nullptr);
  bool Yes = Base && (Base[0] == '~' || StringRef(Base) == "allocator");
  std::free(Base);
  return Yes && (Dtor || Name.contains("C1E") || Name.contains("C2E"));
}

/// The lists as sets, made once: the frontend asks for each call of a
/// function defined elsewhere, which in C is most calls.
bool neverAllocates(StringRef Name) {
  static const StringSet<> Exact = [] {
    StringSet<> S;
    for (const char *N : CxxAbiNoAlloc)
      S.insert(N);
    for (const char *N : LibcNoAlloc)
      S.insert(N);
    return S;
  }();
  static const StringSet<> Math = [] {
    StringSet<> S;
    for (const char *N : MathNoAlloc)
      S.insert(N);
    return S;
  }();
  if (Exact.contains(Name) || Math.contains(Name))
    return true;
  if (Name.size() > 1 && (Name.back() == 'f' || Name.back() == 'l') &&
      Math.contains(Name.drop_back()))
    return true;
  return cxxNeverAllocates(Name);
}


} // namespace razor
