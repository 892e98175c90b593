//===- RazorCallsite.cpp - where the thread's callsite is written ---------===//
//
// The worker behind RazorPlaceCallsitesPass (optimized builds, after
// RazorExpandPass).  The instrumentation brackets each call into foreign
// code with two stores to __razor_callsite: the call's site before it, the
// value the function was entered with after it (a wrapper's call, the same
// with __razor_wrapcall).  Once the optimizer has inlined the standard
// library's templates, most brackets hold no call at all: std::string's `+=`
// of a char is a store and a rare call to _M_mutate, and the two stores ran
// on every character.
//
// placeCallsites() treats the variable as what it means: a value at every
// point of the function (SSA form, built from the stores), and writes it only
// where something can read it: before a call that may reach the runtime, and
// at the function's ways out, for the caller.  A write is left out where the
// variable is known to hold that value already (a forward data-flow over the
// values written).  Calls leave the variable as they found it (instrumented
// code restores it on every way out), except through a landing pad or a
// second return from setjmp, after which nothing is assumed.
//
// The thread's callsite is read by fewer: a call of one of the user's
// functions (whose calls into foreign code each write their own) or of a
// library function that never allocates needs no value there, nor does the
// return of a function that only this module's code can call (local, its
// address never taken): its callers write theirs before their own calls
// into foreign code.  Such a function may then return with its last call's
// record in the variable: its calls clobber it.  So a call through a
// pointer in a small static function (SQLite's xParseCell) is one store,
// and stays a tail call.  An external function with an entry name is
// treated alike when its calls may change the variable: it is split into
// its body, which the entry name (other files built with the plugin) and
// this file's calls reach, and which returns with the variable as its last
// call left it, and a small function under its own name that calls the
// body and gives the value back, for code built without the plugin and
// calls through pointers (Lua's luaM_free_ round g->frealloc: the value is
// given back once, where the program leaves code built with the plugin, not
// at every return).  A call by entry name may then leave the variable
// changed.  The thread's wrapper call keeps the strict rule: whatever runs
// during a wrapper call is charged to it.
//
// Once the optimizer has inlined an allocation wrapper, its allocation
// calls sit inside the bracket of __razor_wrapcall round its call, where
// the variable holds `entry ? entry : the call's record` (the outermost
// wins).  Each is given a record that says as much (the wrapper call's,
// RAZOR_SITE_INLINED, naming the allocation's own record as `inner`: the
// runtime then takes the wrapper call running, if any, itself) and needs
// only the entry value: the bracket's stores go, unless another call
// inside reads them (a NULL check's fprintf, a call into foreign code),
// which is placed as any other read.
//
//===----------------------------------------------------------------------===//
#include "RazorABI.h"
#include "RazorCompat.h"
#include "RazorPass.h"
#include "RazorRecords.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/ValueHandle.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/SSAUpdater.h"

using namespace llvm;

#define DEBUG_TYPE "razortrace"

ALWAYS_ENABLED_STATISTIC(NumCallsiteStoresReplaced,
                         "Stores of the thread's callsite replaced by placement");
ALWAYS_ENABLED_STATISTIC(NumRecordsPinned,
                         "Record addresses computed right before their use");
ALWAYS_ENABLED_STATISTIC(NumCallsiteStoresPlaced,
                         "Stores of the thread's callsite placement wrote");
ALWAYS_ENABLED_STATISTIC(NumEntryValuesSunk,
                         "Entry values of the thread's callsite read only on "
                         "the paths that give them back");
ALWAYS_ENABLED_STATISTIC(NumAssemblyOuters,
                         "Outer halves of split functions written as assembly");
ALWAYS_ENABLED_STATISTIC(NumEntriesSplit,
                         "Functions split into a body its entry name calls "
                         "and a restoring outer function");
ALWAYS_ENABLED_STATISTIC(
    NumInlinedWrapperSites,
    "Allocation calls of inlined wrappers given their wrapper call's record");

namespace razor {
namespace {

/// What the variable holds, in the data-flow: a value, or nothing known.
Value *const Unknown = reinterpret_cast<Value *>(-8);

/// Reads of the variable in one block beyond which the block is crowded
/// (Placer::walk).
constexpr ptrdiff_t CrowdedReads = 64;

/// The reads and writes of the callsite variable in one function.
struct Accesses {
  SmallVector<StoreInst *, 8> Stores;
  SmallVector<LoadInst *, 4> Loads;
  SmallVector<Instruction *, 2> Casts;
  bool Other = false; // some other use: the function is left as it is
};

/// A point of a block that matters to the variable, in program order.
struct Event {
  enum Kind { Write, Load, Read, ReadReturnsTwice, Clobber, ReadClobber } K;
  Instruction *I;
  Value *V = nullptr; // Write: the value written; Load, Read: the value there
};

/// What an instruction does to the variable: a call may need a value
/// there, or leave it changed, or both.
enum class Use { None, Reads, Clobbers, ReadsClobbers };

/// The site record \p CB passes to the runtime (a hook's call made by
/// RazorExpandPass: the site last, or first when variadic), or null; its
/// argument's position in \p Pos.
GlobalVariable *siteArgument(const CallBase &CB, unsigned *Pos = nullptr) {
  for (unsigned I = 0, E = CB.arg_size(); I != E; ++I)
    if (auto *GV =
            dyn_cast<GlobalVariable>(CB.getArgOperand(I)->stripPointerCasts()))
      if (GV->hasSection() && GV->getSection() == abi::SitesSection) {
        if (Pos)
          *Pos = I;
        return GV;
      }
  return nullptr;
}

/// The integer field \p I of site record \p GV; false when its initializer
/// is not a site record's.
bool siteField(const GlobalVariable &GV, unsigned I, uint64_t &Value) {
  const auto *CS = dyn_cast_or_null<ConstantStruct>(
      GV.hasInitializer() ? GV.getInitializer() : nullptr);
  if (!CS || !abi::isSiteType(CS->getType()))
    return false;
  const auto *CI = dyn_cast<ConstantInt>(CS->getOperand(I));
  if (!CI)
    return false;
  Value = CI->getZExtValue();
  return true;
}

/// The integer fields kind and flags of site record \p GV; false when its
/// initializer is not a site record's.
bool siteKind(const GlobalVariable &GV, uint64_t &Kind, uint64_t &Flags) {
  return siteField(GV, abi::site::kind, Kind) &&
         siteField(GV, abi::site::flags, Flags);
}

/// Whether the runtime reads the thread's callsite for a call at \p Site:
/// an allocation in a system header or a wrapper's body (not one given an
/// inlined wrapper call's record: that reads only the wrapper call).
/// Never for a release that allocates nothing (free, operator delete: their
/// hooks look at neither).
bool chargedToCallsite(const GlobalVariable &Site) {
  uint64_t Kind, Flags;
  if (!siteKind(Site, Kind, Flags))
    return true;
  if (Kind < std::size(abi::KnownFns) && abi::KnownFns[Kind].isReleaseOnly())
    return false;
  return !(Flags & RAZOR_SITE_INLINED) &&
         (Flags & (RAZOR_SITE_SYSTEM_HEADER | RAZOR_SITE_WRAPPED));
}

/// Whether the allocation call \p CB, whose record is \p Site, came into
/// its function with the body of the wrapper called at \p Call (that
/// call's record).  Always so for an allocation of a wrapper's body or a
/// system header's (no other sits where the wrapper call is set), or of a
/// function a wrapper calls (marks::Wrapped: its call reads the variable,
/// so the stores round the wrapper's call stay where they were).  Else so
/// when one of the calls its location was inlined at is at that call's
/// line and column; without a location (LLVM 14-16 without -g, whose IR
/// has none: RazorLocationShadow.h), it is the caller's own, there because
/// the optimizer dropped the restore before it.
bool inlinedThrough(const CallBase &CB, const GlobalVariable &Site,
                    const GlobalVariable &Call) {
  uint64_t Kind, Flags, Line, Column;
  if (!siteKind(Site, Kind, Flags) ||
      (Flags & (RAZOR_SITE_WRAPPED | RAZOR_SITE_SYSTEM_HEADER)) ||
      CB.getMetadata(marks::Wrapped) ||
      !siteField(Call, abi::site::line, Line) ||
      !siteField(Call, abi::site::column, Column) || !Line)
    return true;
  const DILocation *Loc = CB.getDebugLoc().get();
  if (!Loc || !Loc->getLine())
    return false;
  for (const DILocation *At = Loc->getInlinedAt(); At; At = At->getInlinedAt())
    if (At->getLine() == Line && At->getColumn() == Column)
      return true;
  return false;
}

/// The recognised function of an allocation's record (not a call's, not
/// one made for an inlined wrapper), or null.
const abi::KnownFn *allocationSite(const GlobalVariable &GV) {
  uint64_t Kind, Flags;
  if (!siteKind(GV, Kind, Flags) || Kind >= RAZOR_KIND_COUNT ||
      (Flags & RAZOR_SITE_INLINED))
    return nullptr;
  return &abi::KnownFns[Kind];
}

/// The other call behind \p CB's inline test (RazorExpandPass: the
/// runtime's one way, the function's own the other), or null.
CallBase *otherTestedCall(CallBase &CB) {
  BasicBlock *BB = CB.getParent(), *Head = BB->getSinglePredecessor();
  auto *Br = Head ? dyn_cast<BranchInst>(Head->getTerminator()) : nullptr;
  if (!Br || !Br->isConditional())
    return nullptr;
  // The test: a load of the runtime's word, compared with 0.
  auto *Cmp = dyn_cast<ICmpInst>(Br->getCondition());
  auto *Word = Cmp ? dyn_cast<LoadInst>(Cmp->getOperand(0)) : nullptr;
  auto *WordVar = Word ? dyn_cast<GlobalVariable>(
                             Word->getPointerOperand()->stripPointerCasts())
                       : nullptr;
  if (!WordVar || (WordVar->getName() != abi::Sampling &&
                   WordVar->getName() != abi::Tracking))
    return nullptr;
  BasicBlock *Other = Br->getSuccessor(Br->getSuccessor(0) == BB ? 1 : 0);
  if (Other == BB || Other->getSinglePredecessor() != Head)
    return nullptr;
  for (Instruction &I : *Other)
    if (auto *O = dyn_cast<CallBase>(&I); O && O->getMetadata(marks::Tested))
      return O;
  return nullptr;
}

/// Erases \p Values and what computed them, as far as nothing else uses
/// them (never a load or a phi: those are the placement's).
void eraseDeadValues(ArrayRef<WeakTrackingVH> Values) {
  SmallVector<WeakTrackingVH, 16> Work(Values.begin(), Values.end());
  while (!Work.empty()) {
    Value *V = Work.pop_back_val();
    auto *I = dyn_cast_or_null<Instruction>(V);
    if (!I || !I->use_empty() || isa<LoadInst>(I) || isa<PHINode>(I) ||
        I->mayHaveSideEffects())
      continue;
    for (Value *Op : I->operands())
      Work.push_back(Op);
    I->eraseFromParent();
  }
}

/// Who reads the variable in one function, and which of its calls may
/// leave it changed.
struct Readers {
  /// The thread's callsite (else the wrapper call: every call and every
  /// way out reads it).
  bool Callsite = false;
  /// The function's returns give the caller the value it was entered with.
  bool Restores = true;
  /// Functions that may return with the variable changed (callsite only).
  const DenseSet<const Function *> *Clobbering = nullptr;

  Use use(const Instruction &I) const {
    if (isa<ReturnInst>(I) || isa<ResumeInst>(I))
      return Restores ? Use::Reads : Use::None;
    const auto *CB = dyn_cast<CallBase>(&I);
    // Whatever may reach the runtime: not an intrinsic, inline assembly or
    // a function that only reads memory.
    if (!CB || isa<IntrinsicInst>(CB) || CB->isInlineAsm() ||
        CB->onlyReadsMemory())
      return Use::None;
    if (!Callsite)
      return Use::Reads;
    if (const Function *Callee = CB->getCalledFunction()) {
      bool Needs = !Callee->hasFnAttribute(marks::NoCallsite) &&
                   !compat::startsWith(Callee->getName(), abi::EntryPrefix);
      if (Clobbering && Clobbering->count(Callee))
        return Needs ? Use::ReadsClobbers : Use::Clobbers;
      if (!Needs)
        return Use::None;
    }
    // A hook's call for a site of the user's own, or the function's own
    // call behind an inline test (nothing samples on this thread there).
    const GlobalVariable *Site = siteArgument(*CB);
    if (Site ? !chargedToCallsite(*Site)
             : CB->getMetadata(marks::Tested) != nullptr)
      return Use::None;
    return Use::Reads;
  }
};

/// Functions the rewrite leaves as instrumented: a musttail call must stay
/// next to its return, and funclet-based exception handling (not on our
/// targets) has no landing pads to reason about.
bool placeable(const Function &F) {
  for (const BasicBlock &BB : F)
    for (const Instruction &I : BB) {
      if (const auto *CI = dyn_cast<CallInst>(&I))
        if (CI->isMustTailCall())
          return false;
      if (I.isEHPad() && !isa<LandingPadInst>(I))
        return false;
    }
  return true;
}

/// Erases the phis of \p PHIs that nothing but such phis use.
void deleteDeadPHIs(ArrayRef<PHINode *> PHIs) {
  SmallPtrSet<PHINode *, 8> Dead(PHIs.begin(), PHIs.end());
  SmallVector<PHINode *, 8> Live;
  for (PHINode *PN : PHIs)
    for (User *U : PN->users())
      if (!Dead.count(dyn_cast<PHINode>(U))) {
        Live.push_back(PN);
        break;
      }
  for (PHINode *PN : Live)
    Dead.erase(PN);
  while (!Live.empty()) {
    PHINode *PN = Live.pop_back_val();
    for (Value *In : PN->incoming_values())
      if (auto *InPN = dyn_cast<PHINode>(In); InPN && Dead.erase(InPN))
        Live.push_back(InPN);
  }
  for (PHINode *PN : Dead)
    PN->dropAllReferences();
  for (PHINode *PN : Dead)
    PN->eraseFromParent();
}

} // namespace

/// The records made for allocations of inlined wrappers, by (the wrapper
/// call's record, the allocation's): one per pair in the module.
using InlinedSites =
    DenseMap<std::pair<GlobalVariable *, GlobalVariable *>, GlobalVariable *>;

namespace {

class Placer {
public:
  /// \p Inlined: the placement of the thread's wrapper call, which gives
  /// inlined wrappers' allocations their wrapper call's record
  /// (inlineWrapperSites); null for the callsite's.
  Placer(Function &F, GlobalVariable *G, Accesses &A, const Readers &R,
         InlinedSites *Inlined = nullptr)
      : F(F), G(G), A(A), R(R), Inlined(Inlined) {}
  bool run();

private:
  /// What the variable holds (P, or Unknown), and whether this stretch of
  /// blocks wrote it.
  /// Saved: the variable read just before this stretch first wrote it,
  /// when it held the entry value then (the writes back use that, so the
  /// entry value need not be live across the function).
  struct State {
    Value *P;
    bool Dirty;
    Value *Saved = nullptr;
    bool operator!=(const State &O) const {
      return P != O.P || Dirty != O.Dirty;
    }
  };
  Value *canon(Value *V) const;
  void foldPHIs(ArrayRef<PHINode *> PHIs);
  GlobalVariable *wrapperCallOf(Value *V, unsigned Depth = 0) const;
  void inlineWrapperSites();
  State entryState(BasicBlock *BB, const DenseMap<BasicBlock *, State> &Out,
                   bool Known) const;
  State walk(BasicBlock *BB, State S, bool Insert);
  bool readsFirst(BasicBlock *BB, Value *V, unsigned Depth = 0);
  bool sinkEntryLoad(ArrayRef<Instruction *> Saved);

  Function &F;
  GlobalVariable *G;
  Accesses &A;
  const Readers &R;
  InlinedSites *Inlined;
  LoadInst *EntryLoad = nullptr;
  /// The values of wrapper calls inlineWrapperSites made unneeded, and
  /// each one's wrapper call record.
  SmallVector<WeakTrackingVH, 4> WrapperValues;
  DenseMap<Value *, GlobalVariable *> WrapperCalls;
  DenseMap<BasicBlock *, SmallVector<Event, 8>> Events;
  /// What a load of the variable read, or a phi of one value stands for.
  /// (canon shortens its chains as it follows them.)
  mutable DenseMap<Value *, Value *> Same;
  /// The value the variable has at each block's end.
  DenseMap<BasicBlock *, Value *> End;
  SmallVector<Instruction *, 4> SavedLoads;
  /// Blocks with so many reads of the variable that each stretch reads
  /// the entry value for itself (walk).
  SmallPtrSet<BasicBlock *, 4> Crowded;
  /// readsFirst's answers (false while one is being worked out).
  DenseMap<std::pair<BasicBlock *, Value *>, bool> ReadsFirst;
  /// What the variable holds at each block's end, once the data-flow
  /// settled (Known).
  DenseMap<BasicBlock *, State> Out;
  bool Known = false;
};

/// Whether some path from \p BB's start reads the variable wanting \p V
/// before anything writes or clobbers it: only then is a write back of V
/// before a join worth its cost (a loop whose every turn writes its own
/// value first keeps none; its exit writes what the return wants once).
bool Placer::readsFirst(BasicBlock *BB, Value *V, unsigned Depth) {
  // Far from the join, say yes: the write back stays, as it always did.
  if (Depth > 64)
    return true;
  auto [It, New] = ReadsFirst.try_emplace({BB, V}, false);
  if (!New)
    return It->second;
  bool Result = false;
  bool Decided = false;
  for (const Event &E : Events[BB]) {
    if (E.K == Event::Write || E.K == Event::Clobber) {
      Decided = true;
      break;
    }
    if (E.K == Event::Read || E.K == Event::ReadReturnsTwice ||
        E.K == Event::ReadClobber) {
      Result = canon(E.V) == V;
      Decided = true;
      break;
    }
  }
  if (!Decided)
    Result = any_of(successors(BB), [&](BasicBlock *Succ) {
      return readsFirst(Succ, V, Depth + 1);
    });
  ReadsFirst[{BB, V}] = Result;
  return Result;
}

/// \p V, with loads of the variable replaced by the value they read and
/// phis of one value by that value.  The chain is followed to its end,
/// however long (a function of many blocks, each giving back the value the
/// last one read, makes chains of hundreds; a load it stopped at would be
/// erased while still used), and each link on it is pointed at that end.
/// Its length is bounded by the map's size, so a cycle (never made) could
/// not hang it.
Value *Placer::canon(Value *V) const {
  Value *End = V;
  for (size_t Steps = 0, Max = Same.size(); Steps <= Max; ++Steps) {
    auto It = Same.find(End);
    if (It == Same.end())
      break;
    End = It->second;
  }
  for (size_t Steps = 0, Max = Same.size(); V != End && Steps <= Max; ++Steps) {
    auto It = Same.find(V);
    if (It == Same.end())
      break;
    V = It->second;
    It->second = End;
  }
  return End;
}

/// Records each phi of \p PHIs whose incoming values are one value (or the
/// phi itself) as that value, and gives its uses that value.  The SSA
/// updater builds such phis round loops where the variable never changes;
/// kept, they would be registers carried round the loop.
void Placer::foldPHIs(ArrayRef<PHINode *> PHIs) {
  for (bool Again = true; Again;) {
    Again = false;
    for (PHINode *PN : PHIs) {
      if (Same.count(PN))
        continue;
      Value *One = nullptr;
      bool Trivial = true;
      for (Value *In : PN->incoming_values()) {
        In = canon(In);
        if (In == PN || In == One)
          continue;
        if (One) {
          Trivial = false;
          break;
        }
        One = In;
      }
      if (Trivial && One) {
        PN->replaceAllUsesWith(One);
        Same[PN] = One;
        Again = true;
      }
    }
  }
}

/// The wrapper call's record (RAZOR_SITE_WRAPPER_CALL) when \p V is what
/// the instrumentation stores in the thread's wrapper call before a
/// wrapper's call: `X ? X : @call` (abi::outermostWrapcall, or the form the
/// optimizer gave it) with X the function's entry value; null for any other
/// value.  A wrapper the first one calls, inlined there too, keeps the
/// outer value alike: X is then such a value, and the outermost call's
/// record is the answer.
GlobalVariable *Placer::wrapperCallOf(Value *V, unsigned Depth) const {
  auto *Sel = dyn_cast<SelectInst>(canon(V));
  auto *Cmp = Sel ? dyn_cast<ICmpInst>(Sel->getCondition()) : nullptr;
  if (!Cmp || !Cmp->isEquality() || Depth > 8)
    return nullptr;
  Value *X = Cmp->getOperand(0)->stripPointerCasts();
  if (!isa<ConstantPointerNull>(Cmp->getOperand(1)->stripPointerCasts()))
    return nullptr;
  bool Set = Cmp->getPredicate() == ICmpInst::ICMP_NE;
  Value *Kept = Set ? Sel->getTrueValue() : Sel->getFalseValue();
  Value *Made = Set ? Sel->getFalseValue() : Sel->getTrueValue();
  X = canon(X);
  if (canon(Kept->stripPointerCasts()) != X)
    return nullptr;
  if (X != EntryLoad)
    return wrapperCallOf(X, Depth + 1);
  auto *Call = dyn_cast<GlobalVariable>(Made->stripPointerCasts());
  uint64_t Kind, Flags;
  if (!Call || !Call->hasSection() ||
      Call->getSection() != abi::SitesSection ||
      !siteKind(*Call, Kind, Flags) || Kind != RAZOR_KIND_CALL ||
      !(Flags & RAZOR_SITE_WRAPPER_CALL) || (Flags & RAZOR_SITE_INLINED))
    return nullptr;
  return Call;
}

/// The allocation calls of wrappers inlined here: where the variable holds
/// a wrapper's call (wrapperCallOf), an allocation that came in with the
/// wrapper's body (inlinedThrough) passes a record that says as much
/// (inlinedWrapperSite) and needs the entry value only: the runtime takes
/// the wrapper call running, if any, over that record; so does the call
/// the other way of its inline test.  A release there (one the optimizer
/// let the wrapper's bracket cover) needs no value at all, so the entry
/// value too; so does an allocation of the caller's own there (not
/// inlinedThrough the wrapper's call), with its own record: the
/// optimizer, which takes it for a call that reads none of the program's
/// memory, dropped the restore before it.  The stores round the inlined
/// body then go, unless another read there needs them.
void Placer::inlineWrapperSites() {
  if (!Inlined)
    return;
  DenseMap<Instruction *, Event *> ReadAt;
  for (auto &[BB, Evs] : Events)
    for (Event &E : Evs)
      if (E.K == Event::Read && E.V)
        ReadAt[E.I] = &E;
  for (BasicBlock &BB : F) {
    auto It = Events.find(&BB);
    if (It == Events.end())
      continue;
    for (Event &E : It->second) {
      auto *CB = dyn_cast<CallBase>(E.I);
      unsigned Pos;
      GlobalVariable *Site;
      const abi::KnownFn *K;
      if (E.K != Event::Read || !E.V || !CB ||
          !CB->getMetadata(marks::Tested) ||
          !(Site = siteArgument(*CB, &Pos)) || !(K = allocationSite(*Site)))
        continue;
      GlobalVariable *Call = wrapperCallOf(E.V);
      if (!Call)
        continue;
      if (!K->isReleaseOnly() && inlinedThrough(*CB, *Site, *Call)) {
        GlobalVariable *&Inl = (*Inlined)[{Call, Site}];
        if (!Inl)
          Inl = inlinedWrapperSite(*F.getParent(), Call, Site);
        if (!Inl)
          continue;
        CB->setArgOperand(Pos, ConstantExpr::getPointerCast(
                                   Inl, CB->getArgOperand(Pos)->getType()));
        ++NumInlinedWrapperSites;
      }
      Value *Was = canon(E.V);
      WrapperValues.push_back(Was);
      WrapperCalls[Was] = Call;
      E.V = EntryLoad;
      if (CallBase *Other = otherTestedCall(*CB); Other && !siteArgument(*Other))
        if (Event *OE = ReadAt.lookup(Other); OE && canon(OE->V) == Was)
          OE->V = EntryLoad;
    }
  }
}

/// What the variable is known to hold where \p BB starts (nothing, unless
/// \p Known: the blocks' ends in \p Out have settled).  A block with one
/// predecessor carries on its state; a landing pad knows nothing (the call
/// that threw may not have restored it).
Placer::State Placer::entryState(BasicBlock *BB,
                                 const DenseMap<BasicBlock *, State> &Out,
                                 bool Known) const {
  if (BB == &F.getEntryBlock())
    return {EntryLoad, false};
  if (BB->isLandingPad() || !Known)
    return {Unknown, false};
  if (BasicBlock *Pred = BB->getSinglePredecessor()) {
    auto It = Out.find(Pred);
    return It == Out.end() ? State{Unknown, false} : It->second;
  }
  Value *P = nullptr;
  for (BasicBlock *Pred : predecessors(BB)) {
    auto It = Out.find(Pred);
    if (It == Out.end())
      continue; // not reached yet (or never)
    if (!P)
      P = It->second.P;
    else if (P != It->second.P)
      return {Unknown, false};
  }
  return {P ? P : Unknown, false};
}

/// Walks \p BB from state \p S: before each read, the value it needs is
/// written unless the variable holds it (when \p Insert).  A block that
/// wrote (or follows one that did) and goes on to a join writes back the
/// value the variable has at its end, so the join still knows it: the
/// write round a rare call stays on the rare path.
Placer::State Placer::walk(BasicBlock *BB, State S, bool Insert) {
  // Before the stretch first changes it, the entry value is read back
  // (it need not be live across the function).  In a block crowded with
  // calls that read the variable each stretch reads it for itself, and
  // wrapper calls' values are made from that: one value used by thousands
  // of them in one block (glib's tests register hundreds with g_malloc0 and
  // g_strdup_printf in main) made instruction selection's scheduling take
  // minutes.
  bool Local = Insert && Crowded.count(BB);
  auto Save = [&](Instruction *Before) {
    if (Insert && S.P == EntryLoad && !S.Saved) {
      S.Saved = IRBuilder<>(Before).CreateLoad(EntryLoad->getType(), G,
                                               "razor.callsite.saved");
      SavedLoads.push_back(cast<Instruction>(S.Saved));
    }
  };
  auto Write = [&](Value *V, Instruction *Before) {
    if (Insert) {
      Save(Before);
      IRBuilder<> B(Before);
      Value *Stored = V == EntryLoad && S.Saved ? S.Saved : V;
      // A wrapper call's value that inlineWrapperSites left for other
      // reads (a rare call inside the inlined wrapper): made here, from the
      // entry value just read, so the hot path computes nothing.  In a
      // crowded block, any wrapper call's value is (Inlined: the thread's
      // wrapper call's placement).
      GlobalVariable *Call = WrapperCalls.lookup(V);
      if (!Call && Local && Inlined && S.Saved && (Call = wrapperCallOf(V)))
        WrapperValues.push_back(V); // erased below when nothing else uses it
      if (Call && S.Saved)
        Stored = B.CreatePointerCast(
            abi::outermostWrapcall(B, S.Saved, Call), V->getType());
      B.CreateStore(Stored, G);
      ++NumCallsiteStoresPlaced;
      // The variable holds the entry value again: the next stretch reads
      // it back for itself.
      if (Local && V == EntryLoad)
        S.Saved = nullptr;
    }
    S.P = V;
    S.Dirty = true;
  };
  for (const Event &E : Events[BB]) {
    if (E.K == Event::Clobber) { // a call that may leave its own record
      Save(E.I);
      S.P = Unknown;
      S.Dirty = true;
      continue;
    }
    if (E.K != Event::Read && E.K != Event::ReadReturnsTwice &&
        E.K != Event::ReadClobber)
      continue;
    Value *Want = canon(E.V);
    if (S.P != Want)
      Write(Want, E.I);
    if (E.K == Event::ReadReturnsTwice)
      S = {Unknown, false, nullptr};
    if (E.K == Event::ReadClobber) { // a call that may leave its own record
      Save(E.I);
      S.P = Unknown;
      S.Dirty = true;
    }
  }
  Instruction *T = BB->getTerminator();
  Value *Want = canon(End[BB]);
  auto Join = [](BasicBlock *Succ) { return !Succ->getSinglePredecessor(); };
  if (S.Dirty && R.use(*T) == Use::None && any_of(successors(BB), Join) &&
      all_of(successors(BB), [&](BasicBlock *Succ) {
        return !Join(Succ) || readsFirst(Succ, Want);
      })) {
    if (S.P != Want)
      Write(Want, T);
    S.Dirty = false;
    S.Saved = nullptr;
  }
  return S;
}

bool Placer::run() {
  SmallPtrSet<Instruction *, 16> Mine;
  Mine.insert(A.Stores.begin(), A.Stores.end());
  Mine.insert(A.Loads.begin(), A.Loads.end());

  // The value the function was entered with, read before anything else.
  BasicBlock &Entry = F.getEntryBlock();
  Type *Ty = G->getValueType();
  EntryLoad = IRBuilder<>(&Entry, Entry.getFirstInsertionPt())
                  .CreateLoad(Ty, G, "razor.callsite.in");

  // Loads in the entry block before any write read that value: the
  // function's own %razor.entry, and those of callees inlined there.
  SmallPtrSet<LoadInst *, 4> Done;
  for (Instruction &I : Entry) {
    if (auto *SI = dyn_cast<StoreInst>(&I); SI && Mine.count(SI))
      break;
    if (auto *LI = dyn_cast<LoadInst>(&I); LI && Mine.count(LI)) {
      LI->replaceAllUsesWith(EntryLoad);
      Done.insert(LI);
    }
  }

  SmallVector<PHINode *, 8> NewPHIs;
  SSAUpdater SSA(&NewPHIs);
  SSA.Initialize(Ty, "razor.callsite");
  for (BasicBlock &BB : F) {
    Value *Last = &BB == &Entry ? EntryLoad : nullptr;
    SmallVector<Event, 8> &Evs = Events[&BB];
    for (Instruction &I : BB) {
      if (auto *SI = dyn_cast<StoreInst>(&I); SI && Mine.count(SI)) {
        Evs.push_back({Event::Write, SI, SI->getValueOperand()});
        Last = SI->getValueOperand();
      } else if (auto *LI = dyn_cast<LoadInst>(&I); LI && Mine.count(LI)) {
        if (!Done.count(LI))
          Evs.push_back({Event::Load, LI});
      } else if (Use U = R.use(I); U == Use::Clobbers) {
        Evs.push_back({Event::Clobber, &I});
      } else if (U == Use::ReadsClobbers) {
        Evs.push_back({Event::ReadClobber, &I});
      } else if (U == Use::Reads) {
        const auto *CB = dyn_cast<CallBase>(&I);
        bool Twice = CB && CB->hasFnAttr(Attribute::ReturnsTwice);
        Evs.push_back({Twice ? Event::ReadReturnsTwice : Event::Read, &I});
      }
    }
    if (Last)
      SSA.AddAvailableValue(&BB, Last);
  }

  // What the variable means at each load and each read.
  ReversePostOrderTraversal<Function *> RPO(&F);
  for (BasicBlock *BB : RPO) {
    Value *Cur = BB == &Entry ? EntryLoad : nullptr;
    for (Event &E : Events[BB]) {
      if (E.K == Event::Write) {
        Cur = E.V;
        continue;
      }
      if (E.K == Event::Clobber)
        continue;
      if (!Cur)
        Cur = SSA.GetValueInMiddleOfBlock(BB);
      E.V = Cur;
      if (E.K == Event::Load)
        Same[E.I] = Cur;
    }
    End[BB] = Cur ? Cur : SSA.GetValueInMiddleOfBlock(BB);
  }
  // The optimizer's own phis of written values count as the updater's (it
  // merges a set and a restore into one write of a phi).
  SmallVector<PHINode *, 8> PHIs(NewPHIs.begin(), NewPHIs.end());
  SmallPtrSet<PHINode *, 8> Seen(PHIs.begin(), PHIs.end());
  for (StoreInst *SI : A.Stores)
    if (auto *PN = dyn_cast<PHINode>(SI->getValueOperand());
        PN && Seen.insert(PN).second)
      PHIs.push_back(PN);
  for (unsigned I = 0; I < PHIs.size(); ++I)
    for (Value *In : PHIs[I]->incoming_values())
      if (auto *PN = dyn_cast<PHINode>(In); PN && Seen.insert(PN).second)
        PHIs.push_back(PN);
  foldPHIs(PHIs);
  inlineWrapperSites();

  // What the variable is known to hold, block by block, until the values
  // known at the blocks' starts no longer change; writes go in last.
  for (unsigned Round = 0; Round < 16 && !Known; ++Round) {
    Known = true;
    for (BasicBlock *BB : RPO) {
      State S = walk(BB, entryState(BB, Out, true), false);
      auto [It, New] = Out.try_emplace(BB, S);
      if (!New && It->second != S) {
        It->second = S;
        Known = false;
      }
    }
  }
  for (BasicBlock *BB : RPO)
    if (count_if(Events[BB], [&](const Event &E) {
          return E.K == Event::Read || E.K == Event::ReadClobber;
        }) > CrowdedReads)
      Crowded.insert(BB);
  // (Not settled: every block starts knowing nothing, which is always right.)
  // A block with one predecessor comes after it in this order (which
  // dominates it), so it may use the value that block saved.
  DenseMap<BasicBlock *, State> Final;
  for (BasicBlock *BB : RPO) {
    State S = entryState(BB, Out, Known);
    if (BasicBlock *Pred = BB->getSinglePredecessor(); Pred && S.Dirty)
      S.Saved = Final.lookup(Pred).Saved;
    Final[BB] = walk(BB, S, true);
  }

  // The old writes go; each load becomes the value it read.
  NumCallsiteStoresReplaced += A.Stores.size();
  for (StoreInst *SI : A.Stores)
    SI->eraseFromParent();
  for (LoadInst *LI : A.Loads) {
    if (Done.count(LI)) {
      LI->eraseFromParent();
      continue;
    }
    if (!Same.count(LI))
      continue; // unreachable
    LI->replaceAllUsesWith(canon(LI));
    LI->eraseFromParent();
  }
  deleteDeadPHIs(PHIs);
  eraseDeadValues(WrapperValues);
  for (Instruction *I : A.Casts)
    if (I->use_empty())
      I->eraseFromParent();
  SmallVector<Instruction *, 4> Saved;
  for (Instruction *I : SavedLoads) // stretches that never wrote it back
    if (I->use_empty())
      I->eraseFromParent();
    else if (!Crowded.count(I->getParent()))
      Saved.push_back(I);
  if (EntryLoad->use_empty())
    EntryLoad->eraseFromParent();
  else if (!sinkEntryLoad(Saved))
    // The entry value stays live: the stretches' own reads of it go (not
    // in a crowded block, whose stretches read it for themselves).
    for (Instruction *I : Saved) {
      I->replaceAllUsesWith(EntryLoad);
      I->eraseFromParent();
    }
  return true;
}

/// The entry value is read at the function's entry and kept for the
/// writes that give it back.  When those are all on rarer paths (a C++
/// function-local static's first construction, an error path's fprintf,
/// landing pads), the common path paid for a load and a callee-saved
/// register to keep it in across calls (yaml-cpp's YAML::Exp::Break(),
/// 750 000 calls a parse workload: three instructions each, for a value
/// its fast path never uses).  The value is then read where those paths
/// part from the common one (the writes' nearest common dominator, outside
/// any loop and before a landing pad, on not every path) into a stack
/// slot, and each write back reads the slot: the common path does nothing.
/// Only where the variable holds the entry value still, as the placement's
/// data-flow knows it, and where the stretches' own reads of it (\p Saved)
/// are all on those rarer paths.
bool Placer::sinkEntryLoad(ArrayRef<Instruction *> Saved) {
  BasicBlock &Entry = F.getEntryBlock();
  SmallVector<std::pair<llvm::Use *, BasicBlock *>, 8> Uses;
  for (llvm::Use &U : EntryLoad->uses()) {
    auto *I = dyn_cast<Instruction>(U.getUser());
    if (!I)
      return false;
    BasicBlock *BB = I->getParent();
    if (auto *PN = dyn_cast<PHINode>(I))
      BB = PN->getIncomingBlock(U);
    if (BB == &Entry)
      return false;
    Uses.push_back({&U, BB});
  }
  // Whether some path from the entry returns and avoids \p Avoid's blocks:
  // else the load would run on every path anyway.
  auto Avoidable = [&](ArrayRef<BasicBlock *> Avoid) {
    SmallPtrSet<BasicBlock *, 16> Seen(Avoid.begin(), Avoid.end());
    SmallVector<BasicBlock *, 16> Work{&Entry};
    while (!Work.empty()) {
      BasicBlock *BB = Work.pop_back_val();
      if (!Seen.insert(BB).second)
        continue;
      if (isa<ReturnInst>(BB->getTerminator()))
        return true;
      Work.append(succ_begin(BB), succ_end(BB));
    }
    return false;
  };
  SmallVector<BasicBlock *, 8> UseBlocks;
  for (auto &[U, BB] : Uses)
    UseBlocks.push_back(BB);
  if (!Avoidable(UseBlocks)) // (cheap: most functions stop here)
    return false;
  DominatorTree DT(F);
  BasicBlock *Common = Uses.front().second;
  for (auto &[U, BB] : Uses) {
    if (!DT.isReachableFromEntry(BB))
      return false;
    Common = DT.findNearestCommonDominator(Common, BB);
    if (!Common)
      return false;
  }
  // Up the dominators from there to the first block that is outside any
  // loop, is not on every path, and holds the entry value at its start
  // (the data-flow's answer: no path there unwinds, returns twice, or
  // leaves another value in it).
  LoopInfo LI(DT);
  for (unsigned Tries = 0;; ++Tries) {
    if (Common == &Entry || Tries == 16)
      return false;
    if (!LI.getLoopFor(Common) && !Common->isEHPad()) {
      if (!Avoidable(Common))
        return false;
      if (entryState(Common, Out, Known).P == EntryLoad)
        break;
    }
    Common = DT.getNode(Common)->getIDom()->getBlock();
  }
  // A stretch that reads the value for itself on the common path (before
  // a call that may change the variable) would keep its read: then the
  // entry value stays, and that read goes instead (Placer::run).
  for (Instruction *I : Saved)
    if (!DT.dominates(Common, I->getParent()))
      return false;
  Type *Ty = EntryLoad->getType();
  AllocaInst *Slot = IRBuilder<>(&Entry, Entry.getFirstInsertionPt())
                         .CreateAlloca(Ty, nullptr, "razor.callsite.in.slot");
  IRBuilder<> B(Common, Common->getFirstInsertionPt());
  B.CreateStore(B.CreateLoad(Ty, G, "razor.callsite.in"), Slot);
  for (auto &[U, BB] : Uses) {
    Instruction *At = isa<PHINode>(U->getUser())
                          ? BB->getTerminator()
                          : cast<Instruction>(U->getUser());
    U->set(IRBuilder<>(At).CreateLoad(Ty, Slot, "razor.callsite.in"));
  }
  EntryLoad->eraseFromParent();
  ++NumEntryValuesSunk;
  return true;
}

/// The reads and writes of \p G in each function, into \p ByFn; false
/// when it is used in a way the placement does not know.
bool collectAccesses(GlobalVariable *G, DenseMap<Function *, Accesses> &ByFn) {
  SmallVector<std::pair<User *, bool>, 16> Work; // (user, through a cast)
  for (User *U : G->users())
    Work.push_back({U, false});
  while (!Work.empty()) {
    auto [U, Cast] = Work.pop_back_val();
    auto *I = dyn_cast<Instruction>(U);
    if (!I) {
      auto *CE = dyn_cast<ConstantExpr>(U);
      if (!CE || !CE->isCast())
        return false; // used in some other way: leave the module alone
      for (User *UU : CE->users())
        Work.push_back({UU, true});
      continue;
    }
    Accesses &A = ByFn[I->getFunction()];
    if (auto *SI = dyn_cast<StoreInst>(I)) {
      if (SI->isSimple() && SI->getValueOperand()->stripPointerCasts() != G)
        A.Stores.push_back(SI);
      else
        A.Other = true;
    } else if (auto *LI = dyn_cast<LoadInst>(I)) {
      if (LI->isSimple())
        A.Loads.push_back(LI);
      else
        A.Other = true;
    } else if (isa<BitCastInst>(I) && !Cast) {
      A.Casts.push_back(I);
      for (User *UU : I->users())
        Work.push_back({UU, true});
    } else {
      A.Other = true;
    }
  }
  // One type throughout (typed pointers could differ by a cast).
  for (auto &[F, A] : ByFn) {
    for (StoreInst *SI : A.Stores)
      A.Other |= SI->getValueOperand()->getType() != G->getValueType();
    for (LoadInst *LI : A.Loads)
      A.Other |= LI->getType() != G->getValueType();
  }
  return true;
}

/// Places the writes of the thread's wrapper call (every call reads it),
/// in the module's order: so are the records made for inlined wrappers.
bool placeWrapcall(Module &M, GlobalVariable *G) {
  DenseMap<Function *, Accesses> ByFn;
  if (!collectAccesses(G, ByFn))
    return false;
  Readers R;
  InlinedSites Inlined;
  bool Changed = false;
  for (Function &F : M) {
    auto It = ByFn.find(&F);
    if (It == ByFn.end())
      continue;
    Accesses &A = It->second;
    if (!A.Other && !A.Stores.empty() && placeable(F))
      Changed |= Placer(F, G, A, R, &Inlined).run();
  }
  return Changed;
}

/// Whether \p F has an entry name in this module (RazorInstrument's
/// defineEntries): the hidden alias other files built with the plugin call.
/// Not an ifunc's resolver, which the dynamic linker may run before the
/// thread's variables are set up: the outer half would read one.
bool hasEntryAlias(const Function &F) {
  bool Entry = false;
  for (const User *U : F.users()) {
    if (isa<GlobalIFunc>(U))
      return false;
    if (const auto *A = dyn_cast<GlobalAlias>(U))
      Entry |= compat::startsWith(A->getName(), abi::EntryPrefix);
  }
  return Entry;
}

/// Splits \p F, an external function with an entry name that may leave the
/// variable changed, in two.  \p F itself becomes the body: local, reached
/// by its entry name and by this module's direct calls from \p Placed code,
/// and free to return with its last call's record in the variable, as a
/// local function is.  Under its name a new function calls the body and
/// gives its caller the value back (placed as a restoring caller of a
/// clobbering callee): for code built without the plugin, calls through
/// pointers and every other use.  Returns that function.
template <typename PlacedFn>
Function *splitEntry(Function &F, PlacedFn Placed) {
  Module &M = *F.getParent();
  Function *Outer = Function::Create(F.getFunctionType(), F.getLinkage(),
                                     F.getAddressSpace(), "", &M);
  Outer->copyAttributesFrom(&F);
  Outer->setComdat(F.getComdat());
  Outer->setDSOLocal(F.isDSOLocal());
  Outer->takeName(&F);
  F.setName(Outer->getName() + abi::EntryBodySuffix);
  // No symbol of its own: its entry name's alias names it in the symbol
  // table (RAZOR_ENTRY_BODY_SUFFIX).
  F.setLinkage(GlobalValue::PrivateLinkage);
  F.setVisibility(GlobalValue::DefaultVisibility);
  F.setDSOLocal(true);
  F.replaceUsesWithIf(Outer, [&](llvm::Use &U) {
    // The address of one of its blocks (computed goto) names the function
    // the block is in: the body.
    if (isa<BlockAddress>(U.getUser()))
      return false;
    if (auto *A = dyn_cast<GlobalAlias>(U.getUser()))
      return !compat::startsWith(A->getName(), abi::EntryPrefix);
    auto *CB = dyn_cast<CallBase>(U.getUser());
    return !CB || !CB->isCallee(&U) || !Placed(*CB->getFunction());
  });

  LLVMContext &C = M.getContext();
  BasicBlock *BB = BasicBlock::Create(C, "", Outer);
  IRBuilder<> B(BB);
  SmallVector<Value *, 6> Args;
  for (Argument &A : Outer->args())
    Args.push_back(&A);
  CallBase *Call;
  if (F.hasPersonalityFn() && !F.doesNotThrow()) {
    // An exception on its way out gives the value back too (the resume
    // reads it, as the body's own did).
    BasicBlock *Ret = BasicBlock::Create(C, "", Outer);
    BasicBlock *Pad = BasicBlock::Create(C, "", Outer);
    Call = B.CreateInvoke(F.getFunctionType(), &F, Ret, Pad, Args);
    B.SetInsertPoint(Pad);
    LandingPadInst *LP =
        B.CreateLandingPad(StructType::get(compat::getPtrTy(C), B.getInt32Ty()), 0);
    LP->setCleanup(true);
    B.CreateResume(LP);
    B.SetInsertPoint(Ret);
  } else {
    Call = B.CreateCall(F.getFunctionType(), &F, Args);
  }
  Call->setCallingConv(F.getCallingConv());
  AttributeList Attrs = F.getAttributes();
  SmallVector<AttributeSet, 6> Params;
  for (unsigned I = 0, E = F.arg_size(); I != E; ++I)
    Params.push_back(Attrs.getParamAttrs(I));
  Call->setAttributes(
      AttributeList::get(C, AttributeSet(), Attrs.getRetAttrs(), Params));
  if (Call->getType()->isVoidTy())
    B.CreateRetVoid();
  else
    B.CreateRet(Call);
  return Outer;
}

/// Places the writes of the thread's callsite.  The functions that need not
/// give their callers the value back: local, address never taken, and
/// every caller placed here (so each caller knows what its call may
/// leave); and, with \p Split, the bodies of the external functions with
/// an entry name (splitEntry).  Of those, the ones that may write it
/// (clobbering), directly or through such a callee; their callers are
/// placed too, for the write back at their own returns.  A call by an
/// entry name clobbers: it may reach a split body or a caller's thunk,
/// neither of which gives the value back.
bool placeCallsite(Module &M, GlobalVariable *G, bool Leave, bool Split,
                   SmallVectorImpl<Function *> &Outers) {
  DenseMap<Function *, Accesses> ByFn;
  if (!collectAccesses(G, ByFn))
    return false;
  DenseMap<const Function *, bool> PlaceableMemo;
  auto Placed = [&](Function &F) {
    if (F.isDeclaration())
      return false;
    auto It = ByFn.find(&F);
    if (It != ByFn.end() && It->second.Other)
      return false;
    auto [Memo, New] = PlaceableMemo.try_emplace(&F, false);
    if (New)
      Memo->second = placeable(F);
    return Memo->second;
  };
  Split &= Leave;
  // Entries in the module's order: each is split in turn, and the outer
  // functions go into the module in that order (the same object file from
  // the same source, every time).
  DenseSet<const Function *> Local;
  SetVector<const Function *> Entries;
  for (Function &F : M) {
    if (!Leave || !Placed(F))
      continue;
    if (Split && F.getLinkage() == GlobalValue::ExternalLinkage &&
        !F.isVarArg() && hasEntryAlias(F)) {
      Entries.insert(&F);
      continue;
    }
    if (!F.hasLocalLinkage() || F.hasAddressTaken())
      continue;
    if (all_of(F.users(), [&](User *U) {
          auto *CB = dyn_cast<CallBase>(U);
          return CB && CB->getCalledOperand() == &F &&
                 Placed(*CB->getFunction());
        }))
      Local.insert(&F);
  }
  DenseSet<const Function *> Clobbering;
  SmallVector<Function *, 16> Work;
  for (auto &[F, A] : ByFn)
    if ((Local.count(F) || Entries.count(F)) && !A.Stores.empty() &&
        Clobbering.insert(F).second)
      Work.push_back(F);
  // A call by entry name may reach a split body or a thunk: both may
  // return with the variable changed.
  for (Function &F : M)
    if (compat::startsWith(F.getName(), abi::EntryPrefix) &&
        Clobbering.insert(&F).second)
      Work.push_back(&F);
  SmallPtrSet<Function *, 16> Callers;
  while (!Work.empty()) {
    Function *F = Work.pop_back_val();
    for (User *U : F->users()) {
      auto *CB = dyn_cast<CallBase>(U);
      if (!CB || CB->getCalledOperand() != F)
        continue; // an entry name's alias, an address: the split's
      Function *Caller = CB->getFunction();
      Callers.insert(Caller);
      if ((Local.count(Caller) || Entries.count(Caller)) &&
          Clobbering.insert(Caller).second)
        Work.push_back(Caller);
    }
  }
  bool Changed = false;
  for (const Function *F : Entries) {
    if (!Clobbering.count(F))
      continue; // gives the value back already: nothing to split
    Function *Outer = splitEntry(*const_cast<Function *>(F), Placed);
    Local.insert(F);
    Callers.insert(Outer);
    Outers.push_back(Outer);
    ++NumEntriesSplit;
    Changed = true;
  }
  for (Function *F : Callers)
    ByFn.try_emplace(F);
  for (Function &Fn : M) {
    auto It = ByFn.find(&Fn);
    if (It == ByFn.end())
      continue;
    Function *F = &Fn;
    Accesses &A = It->second;
    if (!Placed(*F) || (A.Stores.empty() && !Callers.count(F)))
      continue;
    Readers R;
    R.Callsite = true;
    R.Restores = !Local.count(F);
    R.Clobbering = &Clobbering;
    Changed |= Placer(*F, G, A, R).run();
  }
  return Changed;
}

} // namespace

/// The records a function passes to calls by entry name and writes to the
/// thread's callsite or wrapper call are constant addresses, which the code
/// generator's loop-invariant motion hoists out of any loop round their
/// use, cheap as they are to compute.  In an interpreter's loop (Lua's
/// luaV_execute: 139 calls by entry name; SQLite's sqlite3VdbeExec: 69
/// records) a hundred such addresses are then live across the loop, and
/// the register allocator splits, spills and recomputes them: compile time
/// (`llc` on lvm.c: 2,084 M instructions, 1,556 M with this, 1,388 M
/// without the plugin) and run time (sqlite3VdbeExec: 248.6 M
/// instructions, 228.9 M with this, 227.1 M without the plugin).  In a
/// function with kPinnedRecords such uses or more, on x86-64 with the
/// small code model, each becomes an inline `lea` (with side effects: not
/// moved) right before its use.  A smaller function keeps its constants:
/// hoisting one or two out of its loops is what makes them cheap.  Only
/// uses inside loops count and are pinned: outside them nothing is hoisted,
/// and each inline `lea` costs the assembler a parse (xmltest.cpp's test
/// functions, 1,231 records in straight-line code: 174 M of clang's 4,540 M
/// instructions went to parsing them).
static constexpr unsigned kPinnedRecords = 16;

bool pinRecords(Module &M) {
  Triple T(M.getTargetTriple());
  auto CM = M.getCodeModel();
  if (T.getArch() != Triple::x86_64 || T.getEnvironment() == Triple::GNUX32 ||
      (CM && *CM != CodeModel::Small))
    return false;
  LLVMContext &C = M.getContext();
  Type *PtrTy = compat::getPtrTy(C);
  SmallPtrSet<const Value *, 2> Words;
  for (StringRef Name : {abi::Callsite, abi::Wrapcall})
    if (const GlobalVariable *G = M.getNamedGlobal(Name))
      Words.insert(G);
  // The uses of records, by function.
  DenseMap<Function *, SmallVector<llvm::Use *, 16>> ByFn;
  auto Collect = [&](Value *Record) {
    for (llvm::Use &U : Record->uses()) {
      auto *I = dyn_cast<Instruction>(U.getUser());
      if (!I || U->getType() != PtrTy)
        continue;
      bool Pin = false;
      if (auto *CB = dyn_cast<CallBase>(I)) {
        Function *Callee = CB->getCalledFunction();
        Pin = CB->isArgOperand(&U) && Callee &&
              compat::startsWith(Callee->getName(), abi::EntryPrefix);
      } else if (auto *SI = dyn_cast<StoreInst>(I)) {
        Pin = U.getOperandNo() == 0 &&
              Words.count(SI->getPointerOperand()->stripPointerCasts());
      }
      if (Pin)
        ByFn[I->getFunction()].push_back(&U);
    }
  };
  for (GlobalVariable &GV : M.globals()) {
    if (GV.getSection() != abi::SitesSection || !GV.hasLocalLinkage())
      continue; // (a record is private: `lea` reaches it PC-relative)
    Collect(&GV);
    for (User *U : GV.users()) // with typed pointers, its cast to i8*
      if (auto *CE = dyn_cast<ConstantExpr>(U))
        if (CE->isCast())
          Collect(CE);
  }
  InlineAsm *Lea = InlineAsm::get(FunctionType::get(PtrTy, {PtrTy}, false),
                                  "leaq ${1:P}(%rip), $0", "=r,i",
                                  /*hasSideEffects=*/true);
  bool Changed = false;
  for (auto &[F, All] : ByFn) {
    if (All.size() < kPinnedRecords)
      continue;
    DominatorTree DT(*F);
    LoopInfo LI(DT);
    SmallVector<llvm::Use *, 16> Uses;
    for (llvm::Use *U : All)
      if (LI.getLoopFor(cast<Instruction>(U->getUser())->getParent()))
        Uses.push_back(U);
    if (Uses.size() < kPinnedRecords)
      continue;
    for (llvm::Use *U : Uses) {
      IRBuilder<> B(cast<Instruction>(U->getUser()));
      U->set(B.CreateCall(Lea, {U->get()}, "razor.record"));
    }
    NumRecordsPinned += Uses.size();
    Changed = true;
  }
  return Changed;
}

/// Writes \p Outer, the outer half of a split function once placed (it
/// loads the thread's callsite \p G, calls the body, stores the value back
/// and returns it), as the module's assembly and leaves it a declaration
/// (the module's code is x86-64 Linux's: abi::writesLinuxX86Assembly):
/// when every argument is in a register, it has no landing pad and nothing
/// else needs it a definition of the IR (\p Used: llvm.used and
/// llvm.compiler.used); false otherwise (it stays a function).  As the instrumentation's entry thunks
/// (writeAsAssembly in RazorInstrument.cpp): the code generator spends as
/// much on a function of a few instructions as on any small function
/// (Lua's lauxlib.c, 44 outer halves: about 40 M of clang's 747 M
/// instructions), the assembler a tenth of that.  The same work, with a
/// frame where the function keeps its frame pointer (stack walks go
/// through it; a report knows it by the call before its return address:
/// razor_symbolize.c): the callsite through the initial-exec TLS model,
/// saved on the stack round a direct call of the body's entry name.
static bool writeOuterAsAssembly(Module &M, Function &Outer,
                                 GlobalVariable &G,
                                 const SmallPtrSetImpl<GlobalValue *> &Used) {
  // One block: no landing pad (an exception unwinds through it as through
  // the IR function's call, by the unwind information).
  if (Outer.isDeclaration() || Outer.size() != 1 || Outer.isVarArg() ||
      Outer.getCallingConv() != CallingConv::C || Outer.hasComdat() ||
      Outer.hasSection() || Outer.hasPrefixData() || Outer.hasPrologueData() ||
      Outer.getLinkage() != GlobalValue::ExternalLinkage)
    return false;
  for (const Attribute &A : Outer.getAttributes().getFnAttrs())
    if (A.isStringAttribute()
            ? A.getKindAsString().contains("instrument") ||
                  A.getKindAsString().contains("patchable") ||
                  A.getKindAsString().contains("xray") ||
                  A.getKindAsString() == "fentry-call" ||
                  A.getKindAsString() == "split-stack"
            : A.getKindAsEnum() == Attribute::Naked ||
                  A.getKindAsEnum() == Attribute::ReturnsTwice)
      return false;
  // A declaration cannot be aliased, nor kept by llvm.used.
  if (Used.count(&Outer))
    return false;
  for (const User *U : Outer.users())
    if (isa<GlobalAlias>(U) || isa<GlobalIFunc>(U))
      return false;
  // Its shape: load, call of the body with its own arguments, store, ret.
  auto I = Outer.getEntryBlock().begin();
  auto *Load = dyn_cast<LoadInst>(&*I++);
  auto *Call = Load ? dyn_cast<CallInst>(&*I++) : nullptr;
  auto *Store = Call ? dyn_cast<StoreInst>(&*I++) : nullptr;
  auto *Ret = Store ? dyn_cast<ReturnInst>(&*I++) : nullptr;
  Function *Body = Call ? Call->getCalledFunction() : nullptr;
  if (!Ret || I != Outer.getEntryBlock().end() || !Body ||
      Load->getPointerOperand()->stripPointerCasts() != &G ||
      Store->getPointerOperand()->stripPointerCasts() != &G ||
      Store->getValueOperand() != Load || Call->arg_size() != Outer.arg_size() ||
      (Ret->getReturnValue() && Ret->getReturnValue() != Call))
    return false;
  unsigned Ints = 0, Floats = 0;
  for (unsigned A = 0, E = Outer.arg_size(); A != E; ++A) {
    if (Call->getArgOperand(A) != Outer.getArg(A) ||
        Outer.hasParamAttribute(A, Attribute::ByVal) ||
        Outer.hasParamAttribute(A, Attribute::InAlloca) ||
        Outer.hasParamAttribute(A, Attribute::Preallocated) ||
        Outer.hasParamAttribute(A, Attribute::Nest))
      return false;
    Type *Ty = Outer.getArg(A)->getType();
    if (Ty->isPointerTy() || (Ty->isIntegerTy() && Ty->getIntegerBitWidth() <= 64))
      ++Ints;
    else if (Ty->isIntegerTy(128))
      Ints += 2;
    else if (Ty->isHalfTy() || Ty->isBFloatTy() || Ty->isFloatTy() ||
             Ty->isDoubleTy() ||
             (Ty->isVectorTy() &&
              M.getDataLayout().getTypeSizeInBits(Ty).getFixedValue() <= 128))
      ++Floats;
    else
      return false; // long double, aggregates, wide vectors: the stack
  }
  if (Ints > 6 || Floats > 8)
    return false;
  // The body's entry name: a hidden alias, so the call binds within the
  // linked object (rel32, no PLT).
  const GlobalAlias *Entry = nullptr;
  for (const User *U : Body->users())
    if (const auto *A = dyn_cast<GlobalAlias>(U))
      if (compat::startsWith(A->getName(), abi::EntryPrefix))
        Entry = A;
  SmallString<128> Name, Target;
  if (!Entry || !Entry->hasHiddenVisibility() ||
      !abi::assemblyNames(Outer, *Entry, Name, Target))
    return false;
  const auto *CET = mdconst::extract_or_null<ConstantInt>(
      M.getModuleFlag("cf-protection-branch"));
  std::string Text;
  raw_string_ostream OS(Text);
  OS << "\t.pushsection .text." << Name << ",\"ax\",@progbits\n"
     << "\t.globl " << Name << "\n";
  if (Outer.hasHiddenVisibility())
    OS << "\t.hidden " << Name << "\n";
  else if (Outer.hasProtectedVisibility())
    OS << "\t.protected " << Name << "\n";
  OS << "\t.type " << Name << ",@function\n\t.p2align 4\n"
     << Name << ":\n\t.cfi_startproc\n";
  if (CET && !CET->isZero())
    OS << "\tendbr64\n";
  StringRef FP = Outer.getFnAttribute("frame-pointer").getValueAsString();
  if (FP == "all" || FP == "non-leaf")
    OS << "\tpushq %rbp\n\t.cfi_def_cfa_offset 16\n\t.cfi_offset %rbp, -16\n"
       << "\tmovq %rsp, %rbp\n\t.cfi_def_cfa_register %rbp\n"
       << "\tmovq " << abi::Callsite << "@GOTTPOFF(%rip), %r11\n"
       << "\tpushq %fs:(%r11)\n\tsubq $8, %rsp\n"
       << "\tcallq " << Target << "\n"
       << "\tmovq " << abi::Callsite << "@GOTTPOFF(%rip), %rcx\n"
       << "\tmovq -8(%rbp), %r11\n\tmovq %r11, %fs:(%rcx)\n"
       << "\tleave\n\t.cfi_def_cfa %rsp, 8\n";
  else // the saved value keeps the stack aligned for the call
    OS << "\tmovq " << abi::Callsite << "@GOTTPOFF(%rip), %r11\n"
       << "\tpushq %fs:(%r11)\n\t.cfi_def_cfa_offset 16\n"
       << "\tcallq " << Target << "\n"
       << "\tmovq " << abi::Callsite << "@GOTTPOFF(%rip), %rcx\n"
       << "\tpopq %r11\n\t.cfi_def_cfa_offset 8\n"
       << "\tmovq %r11, %fs:(%rcx)\n";
  OS << "\tretq\n\t.cfi_endproc\n"
     << "\t.size " << Name << ", .-" << Name << "\n\t.popsection\n";
  M.appendModuleInlineAsm(OS.str());
  Outer.deleteBody();
  return true;
}

bool placeCallsites(Module &M, bool LeaveCallsite, bool SplitEntries,
                    bool Object) {
  bool Changed = false;
  if (GlobalVariable *W = M.getGlobalVariable(abi::Wrapcall))
    Changed |= placeWrapcall(M, W);
  GlobalVariable *G = M.getGlobalVariable(abi::Callsite);
  // A call by entry name may leave the variable changed even in a module
  // that writes it nowhere itself (its thunks are assembly: the
  // instrumentation's writeAsAssembly): its functions still give their
  // callers the value back.
  if (!G && any_of(M, [](const Function &F) {
        return F.isDeclaration() && !F.use_empty() &&
               compat::startsWith(F.getName(), abi::EntryPrefix);
      }))
    G = abi::runtimeVariable(M, abi::Callsite, compat::getPtrTy(M.getContext()),
                             GlobalValue::InitialExecTLSModel);
  SmallVector<Function *, 16> Outers;
  if (G)
    Changed |= placeCallsite(M, G, LeaveCallsite, SplitEntries, Outers);
  if (Object && !Outers.empty() && abi::writesLinuxX86Assembly(M)) {
    SmallVector<GlobalValue *, 8> UsedList;
    collectUsedGlobalVariables(M, UsedList, /*CompilerUsed=*/false);
    collectUsedGlobalVariables(M, UsedList, /*CompilerUsed=*/true);
    SmallPtrSet<GlobalValue *, 8> Used(UsedList.begin(), UsedList.end());
    for (Function *Outer : Outers)
      if (writeOuterAsAssembly(M, *Outer, *G, Used))
        ++NumAssemblyOuters;
  }
  return Changed;
}

} // namespace razor
