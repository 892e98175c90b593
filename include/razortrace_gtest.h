/* razortrace_gtest.h - leak checks in GoogleTest tests.
 *
 *   #include <razortrace_gtest.h>
 *
 *   TEST(Cache, AddKeepsNothing) {
 *     Cache cache;
 *     EXPECT_NO_GROWTH(cache.add("key"));             // 50 calls
 *     ASSERT_NO_GROWTH(cache.add("key"), 200);        // 200 calls
 *     EXPECT_NO_GROWTH(cache.add("key"), 100, "warmup=10,min_growth=1KiB");
 *   }
 *
 * Each runs STATEMENT CALLS times (default RAZORTRACE_GTEST_CALLS, 50) as
 * the sampled calls of a probe of its own and judges them as razortrace
 * judges a probe (razor_check in razortrace.h; OPTIONS are the annotation's:
 * warmup=N, min_growth=SIZE, min_calls=N, nostrict, traceback).  Every
 * allocation site whose kept memory still grows is one failure, placed at
 * that site's file and line (the leaking line, so IDEs and CI annotate it),
 * with the finding's report as its message.  EXPECT_ goes on; ASSERT_
 * returns from the test after reporting every finding.  No verdict (fewer
 * calls than min_calls after warmup, bad OPTIONS, the tracer disabled) is
 * one failure at the macro.
 *
 * Build the test with the plugin and the runtime, e.g.
 *   razor-c++ -g cache_test.cpp cache.cpp -lgtest -lgtest_main -pthread
 * or, with CMake, link Razortrace::gtest and razortrace_instrument(test).
 * STATEMENT may not hold a comma outside parentheses (as EXPECT_NO_THROW).
 */
#ifndef RAZORTRACE_GTEST_H
#define RAZORTRACE_GTEST_H

#include <gtest/gtest.h>

#include <string>

#include <razortrace.h>

#ifndef RAZORTRACE_GTEST_CALLS
#define RAZORTRACE_GTEST_CALLS 50
#endif

namespace razortrace {

/* The optional arguments: calls, then options. */
struct GrowthOptions {
  int calls;
  const char *options;
  GrowthOptions() : calls(RAZORTRACE_GTEST_CALLS), options("") {}
  explicit GrowthOptions(int c) : calls(c), options("") {}
  GrowthOptions(int c, const char *o) : calls(c), options(o ? o : "") {}
};

namespace internal {

struct CheckState {
  bool fatal;
  const char *file; /* the macro's */
  int line;
  const char *statement;
  bool threw;
  std::string what;
};

inline void ReportAt(const char *file, int line, const std::string &msg,
                     bool fatal) {
  GTEST_MESSAGE_AT_(file, line, msg.c_str(),
                    fatal ? ::testing::TestPartResult::kFatalFailure
                          : ::testing::TestPartResult::kNonFatalFailure);
}

inline void OnFinding(const razor_finding *f, void *ctx) {
  CheckState *s = static_cast<CheckState *>(ctx);
  std::string msg = "razortrace: memory allocated here keeps growing while ";
  msg += s->statement;
  msg += " runs\n";
  msg += f->report;
  msg += "    (checked at ";
  msg += s->file;
  msg += ":" + std::to_string(s->line) + ")";
  bool here = f->file && f->file[0] && f->line > 0;
  ReportAt(here ? f->file : s->file, here ? f->line : s->line, msg, s->fatal);
}

template <class F> struct Call {
  F *f;
  CheckState *state;
  static void Run(void *p) {
    Call *c = static_cast<Call *>(p);
    if (c->state->threw)
      return;
    try {
      (*c->f)();
    } catch (const std::exception &e) {
      c->state->threw = true;
      c->state->what = e.what();
    } catch (...) {
      c->state->threw = true;
      c->state->what = "an exception";
    }
  }
};

/* Runs F as razor_check does; reports every finding (and a missing
 * verdict) as a failure.  True when nothing grows. */
template <class F>
bool Check(const char *statement, F f, const GrowthOptions &o, bool fatal,
           const char *file, int line) {
  CheckState state{fatal, file, line, statement, false, std::string()};
  Call<F> call{&f, &state};
  int n = razor_check_each(statement, &Call<F>::Run, &call, o.calls,
                           o.options, nullptr, &OnFinding, &state);
  if (state.threw) {
    ReportAt(file, line,
             std::string("razortrace: ") + statement + " threw " + state.what,
             fatal);
    return false;
  }
  if (n < 0) {
    ReportAt(file, line,
             std::string("razortrace: no verdict on ") + statement + ": " +
                 std::to_string(o.calls) +
                 " call(s) with options \"" + o.options +
                 "\" (fewer than min_calls after warmup, bad options, or "
                 "the tracer disabled; see stderr)",
             fatal);
    return false;
  }
  return n == 0;
}

} // namespace internal
} // namespace razortrace

/* EXPECT_NO_GROWTH(statement[, calls[, options]]) */
#define EXPECT_NO_GROWTH(statement, ...)                                       \
  ((void)::razortrace::internal::Check(                                        \
      #statement, [&]() { statement; },                                        \
      ::razortrace::GrowthOptions(__VA_ARGS__), false, __FILE__, __LINE__))

/* ASSERT_NO_GROWTH(statement[, calls[, options]]): returns from the test
 * when something grows. */
#define ASSERT_NO_GROWTH(statement, ...)                                       \
  GTEST_AMBIGUOUS_ELSE_BLOCKER_                                                \
  if (::razortrace::internal::Check(                                           \
          #statement, [&]() { statement; },                                    \
          ::razortrace::GrowthOptions(__VA_ARGS__), true, __FILE__, __LINE__)) \
    ;                                                                          \
  else                                                                         \
    return

#endif /* RAZORTRACE_GTEST_H */
