//===- RazorCallsite.cpp - where the thread's callsite is written ---------===//
//
// The worker behind RazorPlaceCallsitesPass (optimized builds, after
// RazorExpandPass).  The instrumentation brackets each call into foreign
// code with two stores to __razor_callsite: the call's site before it, the
// value the function was entered with after it.  Once the optimizer has inlined the standard
// library's templates, most brackets hold no call at all: std::string's
// `+=` of a char is a store and a rare call to _M_mutate, and the two stores
// ran on every character.
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
//===----------------------------------------------------------------------===//
#include "RazorABI.h"
#include "RazorPass.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/SSAUpdater.h"

using namespace llvm;

#define DEBUG_TYPE "razortrace"

ALWAYS_ENABLED_STATISTIC(NumCallsiteStoresReplaced,
                         "Stores of the thread's callsite replaced by placement");
ALWAYS_ENABLED_STATISTIC(NumCallsiteStoresPlaced,
                         "Stores of the thread's callsite placement wrote");

namespace razor {
namespace {

/// What the variable holds, in the data-flow: a value, or nothing known.
Value *const Unknown = reinterpret_cast<Value *>(-8);

/// The reads and writes of the callsite variable in one function.
struct Accesses {
  SmallVector<StoreInst *, 8> Stores;
  SmallVector<LoadInst *, 4> Loads;
  SmallVector<Instruction *, 2> Casts;
  bool Other = false; // some other use: the function is left as it is
};

/// A point of a block that matters to the variable, in program order.
struct Event {
  enum Kind { Write, Load, Read, ReadReturnsTwice } K;
  Instruction *I;
  Value *V = nullptr; // Write: the value written; Load, Read: the value there
};

/// Whatever may observe the variable: a call that may reach the runtime
/// (not an intrinsic, inline assembly or a function that only reads
/// memory) and the ways out of the function.
bool readsCallsite(const Instruction &I) {
  if (isa<ReturnInst>(I) || isa<ResumeInst>(I))
    return true;
  const auto *CB = dyn_cast<CallBase>(&I);
  return CB && !isa<IntrinsicInst>(CB) && !CB->isInlineAsm() &&
         !CB->onlyReadsMemory();
}

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

class Placer {
public:
  Placer(Function &F, GlobalVariable *G, Accesses &A) : F(F), G(G), A(A) {}
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
  State entryState(BasicBlock *BB, const DenseMap<BasicBlock *, State> &Out,
                   bool Known) const;
  State walk(BasicBlock *BB, State S, bool Insert);

  Function &F;
  GlobalVariable *G;
  Accesses &A;
  LoadInst *EntryLoad = nullptr;
  DenseMap<BasicBlock *, SmallVector<Event, 8>> Events;
  /// What a load of the variable read, or a phi of one value stands for.
  DenseMap<Value *, Value *> Same;
  /// The value the variable has at each block's end.
  DenseMap<BasicBlock *, Value *> End;
  SmallVector<Instruction *, 4> SavedLoads;
};

/// \p V, with loads of the variable replaced by the value they read and
/// phis of one value by that value.
Value *Placer::canon(Value *V) const {
  for (unsigned Steps = 0; Steps < 64; ++Steps) {
    auto It = Same.find(V);
    if (It == Same.end())
      break;
    V = It->second;
  }
  return V;
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
  auto Write = [&](Value *V, Instruction *Before) {
    if (Insert) {
      IRBuilder<> B(Before);
      if (S.P == EntryLoad && !S.Saved) {
        S.Saved = B.CreateLoad(EntryLoad->getType(), G, "razor.callsite.saved");
        SavedLoads.push_back(cast<Instruction>(S.Saved));
      }
      B.CreateStore(V == EntryLoad && S.Saved ? S.Saved : V, G);
      ++NumCallsiteStoresPlaced;
    }
    S.P = V;
    S.Dirty = true;
  };
  for (const Event &E : Events[BB]) {
    if (E.K != Event::Read && E.K != Event::ReadReturnsTwice)
      continue;
    Value *Want = canon(E.V);
    if (S.P != Want)
      Write(Want, E.I);
    if (E.K == Event::ReadReturnsTwice)
      S = {Unknown, false, nullptr};
  }
  Instruction *T = BB->getTerminator();
  if (S.Dirty && !readsCallsite(*T) &&
      any_of(successors(BB),
             [](BasicBlock *Succ) { return !Succ->getSinglePredecessor(); })) {
    Value *Want = canon(End[BB]);
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
  Type *Ty = A.Stores.front()->getValueOperand()->getType();
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
      } else if (readsCallsite(I)) {
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

  // What the variable is known to hold, block by block, until the values
  // known at the blocks' starts no longer change; writes go in last.
  DenseMap<BasicBlock *, State> Out;
  bool Known = false;
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
  for (Instruction *I : A.Casts)
    if (I->use_empty())
      I->eraseFromParent();
  for (Instruction *I : SavedLoads) // stretches that never wrote it back
    if (I->use_empty())
      I->eraseFromParent();
  if (EntryLoad->use_empty())
    EntryLoad->eraseFromParent();
  return true;
}

} // namespace

bool placeCallsites(Module &M) {
  GlobalVariable *G = M.getGlobalVariable(abi::Callsite);
  if (!G)
    return false;
  DenseMap<Function *, Accesses> ByFn;
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
  bool Changed = false;
  for (auto &[F, A] : ByFn) {
    // One type throughout (typed pointers could differ by a cast).
    Type *Ty = A.Stores.empty()
                   ? nullptr
                   : A.Stores.front()->getValueOperand()->getType();
    for (StoreInst *SI : A.Stores)
      A.Other |= SI->getValueOperand()->getType() != Ty;
    for (LoadInst *LI : A.Loads)
      A.Other |= LI->getType() != Ty;
    if (!A.Other && !A.Stores.empty() && placeable(*F))
      Changed |= Placer(*F, G, A).run();
  }
  return Changed;
}

} // namespace razor
