//===- RazorWrappers.cpp - allocation wrappers recognised by their shape --===//
//
// The test RazorWrappers.h describes.
//
//===----------------------------------------------------------------------===//
#include "RazorWrappers.h"
#include "RazorABI.h"
#include "RazorCompat.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace razor {
namespace {

/// What a recognised function does to the test.
enum class Use { None, Source, Release, Other };

/// Library functions that write into their first argument and return it
/// (or, for stpcpy, a pointer into it): copying into the block.
const char *const CopyInto[] = {
    "memcpy",        "memmove",       "memset",        "strcpy",
    "strncpy",       "stpcpy",        "stpncpy",       "strcat",
    "strncat",       "__memcpy_chk",  "__memmove_chk", "__memset_chk",
    "__strcpy_chk",  "__strncpy_chk", "__stpcpy_chk",  "__strcat_chk",
    "__strncat_chk", "sprintf",       "snprintf",      "vsprintf",
    "vsnprintf",     "__sprintf_chk", "__snprintf_chk", "__vsprintf_chk",
    "__vsnprintf_chk"};

class ShapeCheck {
public:
  ShapeCheck(Function &F, const WrapperMap &Wrappers,
             const DenseSet<const Function *> &MayAllocate,
             const StringMap<Use> &Uses)
      : F(F), Wrappers(Wrappers), MayAllocate(MayAllocate), Uses(Uses) {}

  /// "" when \p F is a wrapper; else why not.  \p Allocates: whether it
  /// makes an allocation call at all (a refusal worth a remark).
  std::string run(bool &Allocates);

private:
  const Function *callee(const CallBase &CB) const {
    return dyn_cast<Function>(CB.getCalledOperand()->stripPointerCasts());
  }
  Use useOf(const CallBase &CB) const {
    const Function *Fn = callee(CB);
    if (!Fn)
      return Use::None;
    if (Wrappers.count(Fn))
      return Use::Source;
    auto It = Uses.find(Fn->getName());
    return It == Uses.end() || !isLibrary(*Fn) ? Use::None : It->second;
  }
  static bool isLibrary(const Function &Fn) {
    return Fn.isDeclaration() || Fn.hasAvailableExternallyLinkage();
  }
  bool isCopy(const CallBase &CB) const {
    const Function *Fn = callee(CB);
    return Fn && isLibrary(*Fn) && CB.arg_size() > 0 &&
           is_contained(CopyInto, Fn->getName());
  }
  bool isBlock(const Value *V);
  bool isSlot(const AllocaInst *S);

  Function &F;
  const WrapperMap &Wrappers;
  const DenseSet<const Function *> &MayAllocate;
  const StringMap<Use> &Uses;
  DenseMap<const Value *, bool> Memo;
  DenseMap<const AllocaInst *, bool> SlotMemo;
};

bool isNull(const Value *V) {
  return isa<ConstantPointerNull>(V) ||
         (isa<Constant>(V) && cast<Constant>(V)->isNullValue());
}

/// Whether \p V is the block (or a pointer into it): an allocation's
/// result, followed through casts, offsets, phis, selects and locals.
bool ShapeCheck::isBlock(const Value *V) {
  auto It = Memo.find(V);
  if (It != Memo.end())
    return It->second;
  Memo[V] = false; // a cycle proves nothing
  bool R = false;
  if (const auto *CB = dyn_cast<CallBase>(V)) {
    Use U = useOf(*CB);
    R = U == Use::Source || (isCopy(*CB) && isBlock(CB->getArgOperand(0)));
  } else if (const auto *GEP = dyn_cast<GetElementPtrInst>(V)) {
    R = isBlock(GEP->getPointerOperand());
  } else if (isa<BitCastInst>(V) || isa<AddrSpaceCastInst>(V)) {
    R = isBlock(cast<Instruction>(V)->getOperand(0));
  } else if (const auto *PN = dyn_cast<PHINode>(V)) {
    bool Any = false, All = true;
    for (const Value *In : PN->incoming_values())
      if (isNull(In))
        continue;
      else if (isBlock(In))
        Any = true;
      else
        All = false;
    R = Any && All;
  } else if (const auto *SI = dyn_cast<SelectInst>(V)) {
    const Value *A = SI->getTrueValue(), *B = SI->getFalseValue();
    R = (isBlock(A) || isNull(A)) && (isBlock(B) || isNull(B)) &&
        !(isNull(A) && isNull(B));
  } else if (const auto *LI = dyn_cast<LoadInst>(V)) {
    if (const auto *S = dyn_cast<AllocaInst>(LI->getPointerOperand()))
      R = isSlot(S);
  }
  Memo[V] = R;
  return R;
}

/// Whether \p U is a lifetime marker or debug-info intrinsic.
bool isMarker(const User *U) {
  const auto *II = dyn_cast<IntrinsicInst>(U);
  return II && (II->isLifetimeStartOrEnd() || isa<DbgInfoIntrinsic>(II));
}

/// Whether \p S is a local variable that only ever holds the block (or a
/// null pointer) and is only loaded and stored.  Its lifetime markers may
/// take it through a cast: typed-pointer IR (LLVM 14) gives them an `i8*`,
/// `bitcast i8** %p to i8*`, the only shape optimizing builds make there.
bool ShapeCheck::isSlot(const AllocaInst *S) {
  auto It = SlotMemo.find(S);
  if (It != SlotMemo.end())
    return It->second;
  SlotMemo[S] = false;
  bool Any = false, R = true;
  for (const User *U : S->users()) {
    if (const auto *SI = dyn_cast<StoreInst>(U)) {
      if (SI->getPointerOperand() != S) {
        R = false;
        break;
      }
      const Value *V = SI->getValueOperand();
      if (isNull(V))
        continue;
      if (!isBlock(V)) {
        R = false;
        break;
      }
      Any = true;
    } else if (isa<LoadInst>(U)) {
      continue;
    } else if (isa<IntrinsicInst>(U)) {
      if (!isMarker(U)) {
        R = false;
        break;
      }
    } else if (isa<BitCastInst>(U)) {
      if (!all_of(U->users(), isMarker)) {
        R = false;
        break;
      }
    } else {
      R = false;
      break;
    }
  }
  R = R && Any;
  SlotMemo[S] = R;
  return R;
}

std::string ShapeCheck::run(bool &Allocates) {
  Allocates = false;
  // The blocks that can reach a return: the paths that hand memory back
  // (the others end in abort, exit or a loop).
  SmallPtrSet<const BasicBlock *, 16> Returning;
  SmallVector<const BasicBlock *, 16> Work;
  SmallVector<const ReturnInst *, 4> Rets;
  for (const BasicBlock &BB : F)
    if (const auto *RI = dyn_cast<ReturnInst>(BB.getTerminator())) {
      Rets.push_back(RI);
      if (Returning.insert(&BB).second)
        Work.push_back(&BB);
    }
  while (!Work.empty()) {
    const BasicBlock *BB = Work.pop_back_val();
    for (const BasicBlock *Pred : predecessors(BB))
      if (Returning.insert(Pred).second)
        Work.push_back(Pred);
  }

  SmallVector<const CallBase *, 8> Sources;
  for (const BasicBlock &BB : F)
    for (const Instruction &I : BB) {
      const auto *CB = dyn_cast<CallBase>(&I);
      if (!CB || isa<IntrinsicInst>(CB) || CB->isInlineAsm())
        continue;
      Use U = useOf(*CB);
      if (U == Use::Source) {
        Allocates = true;
        Sources.push_back(CB);
      } else if (U == Use::Other) {
        Allocates = true;
        return "it makes an allocation it does not return (" +
               callee(*CB)->getName().str() + ")";
      }
    }
  if (!Allocates)
    return "it makes no allocation";

  // Every return hands back the block, or a null pointer.
  bool AnyBlock = false;
  for (const ReturnInst *RI : Rets) {
    const Value *V = RI->getReturnValue();
    if (V && isNull(V))
      continue;
    if (!V || !isBlock(V))
      return "a return hands back something other than the block it "
             "allocated";
    AnyBlock = true;
  }
  if (!AnyBlock)
    return "no return hands back the block it allocated";

  // Every allocation's block is one that is returned.
  SmallPtrSet<const Value *, 16> Returned;
  SmallVector<const Value *, 16> Flow;
  for (const ReturnInst *RI : Rets)
    if (const Value *V = RI->getReturnValue())
      Flow.push_back(V);
  while (!Flow.empty()) {
    const Value *V = Flow.pop_back_val();
    if (!Returned.insert(V).second)
      continue;
    if (const auto *GEP = dyn_cast<GetElementPtrInst>(V))
      Flow.push_back(GEP->getPointerOperand());
    else if (isa<BitCastInst>(V) || isa<AddrSpaceCastInst>(V))
      Flow.push_back(cast<Instruction>(V)->getOperand(0));
    else if (const auto *PN = dyn_cast<PHINode>(V))
      Flow.append(PN->value_op_begin(), PN->value_op_end());
    else if (const auto *SI = dyn_cast<SelectInst>(V))
      Flow.append({SI->getTrueValue(), SI->getFalseValue()});
    else if (const auto *CB = dyn_cast<CallBase>(V)) {
      if (isCopy(*CB))
        Flow.push_back(CB->getArgOperand(0));
    } else if (const auto *LI = dyn_cast<LoadInst>(V)) {
      if (const auto *S = dyn_cast<AllocaInst>(LI->getPointerOperand()))
        for (const User *U : S->users())
          if (const auto *St = dyn_cast<StoreInst>(U))
            Flow.push_back(St->getValueOperand());
    }
  }
  for (const CallBase *CB : Sources)
    if (!Returned.count(CB))
      return "it makes an allocation it does not return (" +
             callee(*CB)->getName().str() + ")";

  // What each block is used for.
  for (const BasicBlock &BB : F)
    for (const Instruction &I : BB) {
      if (!isBlock(&I))
        continue;
      for (const User *U : I.users()) {
        if (isa<GetElementPtrInst>(U) || isa<BitCastInst>(U) ||
            isa<AddrSpaceCastInst>(U) || isa<PHINode>(U) ||
            isa<SelectInst>(U)) {
          if (!isBlock(U))
            return "it mixes the block with other pointers";
          continue;
        }
        if (isa<ICmpInst>(U) || isa<ReturnInst>(U) || isa<PtrToIntInst>(U) ||
            isa<LoadInst>(U))
          continue;
        if (const auto *SI = dyn_cast<StoreInst>(U)) {
          if (SI->getValueOperand() != &I)
            continue; // written into
          const auto *S = dyn_cast<AllocaInst>(SI->getPointerOperand());
          if (S && isSlot(S))
            continue;
          return "it stores the block in a global or another object";
        }
        if (const auto *CB = dyn_cast<CallBase>(U)) {
          if (isa<IntrinsicInst>(CB))
            continue; // memcpy, memset, lifetime, debug info
          Use Kind = useOf(*CB);
          if (Kind == Use::Release)
            return "it frees the block";
          if (isCopy(*CB) || Kind == Use::Source)
            continue; // copied into, resized
          const Function *Fn = callee(*CB);
          return "it passes the block to " +
                 (Fn ? "'" + Fn->getName().str() + "'"
                     : std::string("a call through a pointer"));
        }
        return "it uses the block in a way the pass does not follow";
      }
    }

  // Nothing else on the paths that return may allocate.
  for (const BasicBlock *BB : Returning)
    for (const Instruction &I : *BB) {
      const auto *CB = dyn_cast<CallBase>(&I);
      if (!CB || isa<IntrinsicInst>(CB) || CB->isInlineAsm() ||
          useOf(*CB) != Use::None)
        continue;
      const Function *Fn = callee(*CB);
      if (!Fn)
        return "it calls through a pointer (mark it RAZOR_ALLOC)";
      if (!Fn->isDeclaration() && MayAllocate.count(Fn))
        return "it calls '" + Fn->getName().str() + "', which may allocate";
    }
  return "";
}

} // namespace

void findWrapperShapes(
    Module &M, WrapperMap &Wrappers,
    const DenseSet<const Function *> &MayAllocate,
    function_ref<bool(const Function &)> Candidate,
    function_ref<void(const Function &, const std::string &)> Refused) {
  StringMap<Use> Uses;
  for (const abi::KnownFn &K : abi::KnownFns) {
    using abi::Role;
    Use U = Use::Other;
    if (K.FnRole == Role::ALLOC || K.FnRole == Role::REALLOC ||
        K.FnRole == Role::NEW)
      U = Use::Source;
    else if (K.FnRole == Role::FREE || K.FnRole == Role::DELETE ||
             K.FnRole == Role::CLOSE || K.FnRole == Role::MUNMAP)
      U = Use::Release;
    Uses[K.Name] = U;
  }
  SmallVector<Function *, 16> Tried;
  for (Function &F : M)
    if (!F.isDeclaration() && F.getReturnType()->isPointerTy() &&
        !Wrappers.count(&F) && !Uses.count(F.getName()) &&
        F.getName() != "main" && Candidate(F))
      Tried.push_back(&F);
  // Until nothing changes: a wrapper may return another's block.
  DenseMap<const Function *, std::pair<std::string, bool>> Why;
  for (bool Again = true; Again;) {
    Again = false;
    for (Function *F : Tried) {
      if (Wrappers.count(F))
        continue;
      bool Allocates = false;
      std::string Reason =
          ShapeCheck(*F, Wrappers, MayAllocate, Uses).run(Allocates);
      if (Reason.empty()) {
        Wrappers[F] = WrapperReason::Shape;
        Again = true;
      } else {
        Why[F] = {Reason, Allocates};
      }
    }
  }
  for (Function *F : Tried)
    if (!Wrappers.count(F) && Why[F].second)
      Refused(*F, Why[F].first);
}

} // namespace razor
