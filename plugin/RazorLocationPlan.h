//===- RazorLocationPlan.h - which C functions need no locations ----------===//
//
// Part of the frontend (razortrace.so).
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_LOCATION_PLAN_H
#define RAZOR_LOCATION_PLAN_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"

#include <functional>
#include <memory>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace razor {
struct FrontendFacts;

/// The C functions that need no source locations.  Without -g the plugin
/// turns on location tracking so that the pass gets exact lines and
/// columns, but clang then gives every expression of every function a
/// location, which costs more than a third of an -O0 build.  The pass
/// locates only the calls it records sites for (collectCalls and
/// isForeignCall in RazorInstrument.cpp): calls of the recognised allocation
/// functions, and the user's calls into code that is not the user's — a
/// function not defined in this unit, one defined in a system header, a
/// call through a pointer.  A function whose body cannot give rise to such a
/// call gets an implicit `nodebug`, and clang generates it without any.
///
/// The test errs towards locations: a statement or expression of a kind not
/// listed in quiet(), a callee that is neither a function defined in the
/// main file nor a pure or const declaration nor a builtin that becomes an
/// intrinsic nor a C library function that never allocates (RazorLibrary.h),
/// complex or _Atomic operands (runtime library calls), variably
/// modified types, cleanup variables, atomic operations that are not
/// lock-free, a probe.  C only (C++ adds implicit calls everywhere), and
/// only where the plugin itself asked for location tracking (with -g or
/// -Rpass every location is wanted).
///
/// A function whose calls do need locations gets them from the frontend
/// when each of their callees (a function, or any pointer) is called at one
/// place only (or by one macro invocation), or at several in an order
/// certain from the source (CallOrder): clang generates it without
/// locations as well, and its calls get location facts (RazorFacts.h) with
/// the line and column clang's tracking would have given them.  That is
/// nearly all of the cost of the locations, in -O0 builds above all.
class LocationPlan {
public:
  /// The plan for the unit of \p Ctx; it adds the IR name of each function
  /// generated without locations to \p Facts: to Quiet (the pass does not
  /// walk those: !razortrace.quiet, RazorFacts.h), or to Located with its
  /// calls' locations, with the line of its definition (its function
  /// record's, which debug info cannot give).  \p Locate: functions whose
  /// calls need locations may get the frontend's (not when debug paths are
  /// remapped, as the frontend's are not); \p Columns: clang's locations
  /// have columns (not -gno-column-info).
  /// \p IsWrapper: whether a function is an allocation wrapper by its
  /// attributes or name (SPEC section 7, rules 1-3 and 5); with
  /// \p ShapeWrappers the plan also takes any function that may pass the
  /// pass's shape test (RazorWrappers.h) for one.  A wrapper's calls are
  /// located, and it is never quiet itself.
  static std::unique_ptr<LocationPlan>
  create(clang::ASTContext &Ctx, FrontendFacts &Facts,
         std::function<bool(const clang::FunctionDecl *)> IsWrapper,
         bool ShapeWrappers, bool Locate, bool Columns);
  virtual ~LocationPlan() = default;
  /// A function definition, before code is generated for it.
  virtual void handle(clang::FunctionDecl *FD) = 0;
  /// The end of the unit.
  virtual void finish() = 0;
};

} // namespace razor

#endif // RAZOR_LOCATION_PLAN_H
