//===- RazorWrappers.h - allocation wrappers recognised by their shape ----===//
//
// SPEC section 7, rule 4: a function defined in the translation unit that
// does nothing but obtain memory and hand it back is an allocation wrapper
// (xmalloc, xcalloc, xstrdup, xrealloc).  The test runs on the IR as the
// frontend left it (pipeline start, any -O level: locals in allocas) and
// follows the block from the allocation call to the returns:
//   - every return hands back the block (or a null pointer), and at least
//     one hands back the block;
//   - the block is only compared (a NULL check), written into (a header,
//     fields), copied into (memcpy, strcpy and their kin), offset (a
//     header in front of what is returned), kept in the function's own
//     locals and returned;
//   - every allocation call of the function is one whose block is returned
//     (an allocation it does not return: a constructor filling a struct
//     with further blocks);
//   - on the paths that return, it calls no function of the unit that may
//     allocate and nothing through a pointer (a NULL check's path that
//     aborts or exits may call anything).
// It is refused when it stores the block anywhere else (a global, another
// object), passes it to another function, frees it, or returns something
// else (a field of the block).
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_WRAPPERS_H
#define RAZOR_WRAPPERS_H

#include "RazorFacts.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <string>

namespace llvm {
class Function;
class Module;
} // namespace llvm

namespace razor {

using WrapperMap = llvm::DenseMap<const llvm::Function *, WrapperReason>;

/// Adds to \p Wrappers (which holds the wrappers known already) the
/// functions of \p M accepted by their shape, until no more are: a wrapper
/// may return another's block.  \p Candidate says which functions may be
/// tried (defined, the user's, not a probe); \p MayAllocate holds the
/// functions of \p M that may allocate.  \p Refused is told, for each
/// candidate that allocates but is not accepted, why not.
void findWrapperShapes(
    llvm::Module &M, WrapperMap &Wrappers,
    const llvm::DenseSet<const llvm::Function *> &MayAllocate,
    llvm::function_ref<bool(const llvm::Function &)> Candidate,
    llvm::function_ref<void(const llvm::Function &, const std::string &)>
        Refused);

} // namespace razor

#endif // RAZOR_WRAPPERS_H
