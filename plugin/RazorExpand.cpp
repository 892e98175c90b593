//===- RazorExpand.cpp - each site's call behind its inline test ----------===//
//
// The worker behind RazorExpandPass, which runs after the optimizer (so the
// inliner weighed one call per allocation).  The sites' thunks are inlined,
// and each wrapper call then goes behind the runtime's word that says
// whether it is needed:
//   if (__razor_sampling) __razor_strdup(s, site) else strdup(s)
// or, for the functions with a runtime pointer (malloc, calloc, realloc,
// free, the global operators new and delete), one call through it:
//   %razor.fn = load atomic unordered ptr @__razor_call_malloc
//   call %razor.fn(n, site)
// Those tests are the module's last new uses of the runtime's variables:
// ownRuntimeVariables then defines them in code for an executable.
//
//===----------------------------------------------------------------------===//
#include "RazorABI.h"
#include "RazorCompat.h"
#include "RazorPass.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Cloning.h"

using namespace llvm;

#define DEBUG_TYPE "razortrace"

ALWAYS_ENABLED_STATISTIC(NumThunksInlined, "Site thunk calls inlined");
ALWAYS_ENABLED_STATISTIC(NumInlineTests,
                         "Wrapper calls put behind an inline test");
ALWAYS_ENABLED_STATISTIC(NumCallPointers,
                         "Wrapper calls made through the runtime's pointer");

namespace razor {
namespace {

class Expander {
public:
  explicit Expander(Module &M)
      : M(M), C(M.getContext()), PtrTy(compat::getPtrTy(C)),
        I32Ty(Type::getInt32Ty(C)) {}
  bool run();

private:
  bool inlineThunks();
  void expandCall(CallBase *W, const abi::KnownFn &K);
  void callThroughPointer(CallBase *W, const abi::KnownFn &K);

  Module &M;
  LLVMContext &C;
  PointerType *PtrTy;
  Type *I32Ty;
};

/// The sites' thunks (the optimizer may have cloned or specialised some):
/// each call becomes the thunk's body, the wrapper's call.
bool Expander::inlineThunks() {
  SmallVector<Function *, 16> Thunks;
  for (Function &F : M)
    if (F.getMetadata(marks::Thunk) && !F.isDeclaration())
      Thunks.push_back(&F);
  for (Function *T : Thunks) {
    SmallVector<CallBase *, 4> Calls;
    for (User *U : T->users())
      if (auto *CB = dyn_cast<CallBase>(U))
        if (CB->getCalledOperand() == T)
          Calls.push_back(CB);
    for (CallBase *CB : Calls) {
      std::string Name = CB->getName().str();
      InlineFunctionInfo IFI;
      if (!InlineFunction(*CB, IFI).isSuccess())
        continue;
      ++NumThunksInlined;
      for (CallBase *W : IFI.InlinedCallSites)
        if (!W->getType()->isVoidTy())
          W->setName(Name);
    }
    if (T->use_empty())
      T->eraseFromParent();
  }
  return !Thunks.empty();
}

bool Expander::run() {
  bool Changed = inlineThunks();
  StringMap<const abi::KnownFn *> Wrapped;
  for (const abi::KnownFn &K : abi::KnownFns)
    Wrapped[(Twine(abi::WrapperPrefix) + K.Name).str()] = &K;
  SmallVector<std::pair<CallBase *, const abi::KnownFn *>, 64> Calls;
  for (Function &F : M) {
    auto It = Wrapped.find(F.getName());
    if (!F.isDeclaration() || It == Wrapped.end())
      continue;
    for (User *U : F.users())
      if (auto *CB = dyn_cast<CallBase>(U))
        if (CB->getCalledOperand() == &F && !CB->getMetadata(marks::Tested))
          Calls.push_back({CB, It->second});
  }
  for (auto &[CB, K] : Calls)
    expandCall(CB, *K);
  return Changed || !Calls.empty();
}

void Expander::expandCall(CallBase *W, const abi::KnownFn &K) {
  if (K.hasCallPointer())
    return callThroughPointer(W, K);
  auto *Invoke = dyn_cast<InvokeInst>(W);
  auto *Call = dyn_cast<CallInst>(W);
  if (!Invoke && (!Call || Call->isMustTailCall()))
    return;
  // The function itself: the wrapper's parameters and arguments without the
  // site (last, or first when variadic).
  FunctionType *WrapTy = W->getFunctionType();
  bool VarArg = WrapTy->isVarArg();
  unsigned From = VarArg ? 1 : 0;
  unsigned To = VarArg ? W->arg_size() : W->arg_size() - 1;
  if (WrapTy->getNumParams() < 1 || To < From)
    return;
  SmallVector<Value *, 6> Args(W->arg_begin() + From, W->arg_begin() + To);
  ArrayRef<Type *> Params = WrapTy->params();
  FunctionType *OrigTy = FunctionType::get(
      WrapTy->getReturnType(),
      VarArg ? Params.drop_front() : Params.drop_back(), VarArg);

  //   if (__razor_sampling) wrapper(args, site) else F(args)
  // (releases test __razor_tracking; the client calls have no F(args):
  // without the word set they would do nothing).
  BasicBlock *Head = W->getParent();
  IRBuilder<> B(W);
  B.SetCurrentDebugLocation(W->getDebugLoc());
  // The runtime's word to test: the thread's sampling count, or for
  // releases the process's tracking flag.
  bool Release = K.isRelease();
  GlobalVariable *FlagVar = abi::runtimeVariable(
      M, Release ? abi::Tracking : abi::Sampling, I32Ty,
      Release ? GlobalValue::NotThreadLocal : GlobalValue::InitialExecTLSModel);
  Value *Flag = B.CreateLoad(I32Ty, FlagVar, "razor.flag");
  Value *Busy = B.CreateICmpNE(Flag, B.getInt32(0), "razor.busy");
  // (createUnlikelyBranchWeights is LLVM 15+; these are its weights.)
  MDNode *Unlikely = MDBuilder(C).createBranchWeights(1, (1U << 20) - 1);
  // Laid out in order: Head, Slow, Fast, Join.
  BasicBlock *Join;
  if (Call) {
    Join = SplitBlock(Head, W);
    Join->setName("razor.join");
    Head->getTerminator()->eraseFromParent();
  } else {
    Join = BasicBlock::Create(C, "razor.join", Head->getParent(),
                              Head->getNextNode());
  }
  BasicBlock *Slow =
      BasicBlock::Create(C, "razor.slow", Head->getParent(), Join);
  BasicBlock *Fast =
      BasicBlock::Create(C, "razor.fast", Head->getParent(), Join);
  BranchInst *Br = BranchInst::Create(Slow, Fast, Busy, Head);
  Br->setMetadata(LLVMContext::MD_prof, Unlikely);
  Br->setDebugLoc(W->getDebugLoc());

  IRBuilder<> FB(Fast);
  FB.SetCurrentDebugLocation(W->getDebugLoc());
  FunctionCallee Plain = M.getOrInsertFunction(K.Name, OrigTy);
  CallBase *Direct;
  W->removeFromParent();
  compat::append(W, Slow);
  if (Invoke) {
    BasicBlock *Normal = Invoke->getNormalDest();
    Invoke->setNormalDest(Join);
    Direct = FB.CreateInvoke(Plain, Join, Invoke->getUnwindDest(), Args);
    // The unwind destination is now reached from both calls instead of
    // Head, the normal one from Join.
    for (PHINode &Phi : Invoke->getUnwindDest()->phis()) {
      Value *V = Phi.getIncomingValueForBlock(Head);
      Phi.setIncomingBlock(Phi.getBasicBlockIndex(Head), Slow);
      Phi.addIncoming(V, Fast);
    }
    BranchInst::Create(Normal, Join)->setDebugLoc(W->getDebugLoc());
    for (PHINode &Phi : Normal->phis())
      Phi.setIncomingBlock(Phi.getBasicBlockIndex(Head), Join);
  } else if (K.isClientCall()) {
    // razortrace.h's client calls return nothing and do nothing while
    // the word is clear: the fast way is empty.
    Direct = nullptr;
    BranchInst::Create(Join, Slow)->setDebugLoc(W->getDebugLoc());
    FB.CreateBr(Join);
  } else {
    // A tail call stays one: nothing follows it but the join.
    Direct = FB.CreateCall(Plain, Args);
    cast<CallInst>(Direct)->setTailCallKind(Call->getTailCallKind());
    BranchInst::Create(Join, Slow)->setDebugLoc(W->getDebugLoc());
    FB.CreateBr(Join);
  }
  if (Direct)
    Direct->setMetadata(marks::Tested, MDNode::get(C, {}));
  W->setMetadata(marks::Tested, MDNode::get(C, {}));
  if (Direct && !W->getType()->isVoidTy()) {
    PHINode *Phi = PHINode::Create(W->getType(), 2, "", &*Join->begin());
    W->replaceAllUsesWith(Phi);
    Phi->addIncoming(W, Slow);
    Phi->addIncoming(Direct, Fast);
    Phi->takeName(W);
  }
  ++NumInlineTests;
}

/// Calls \p W's wrapper through the runtime's pointer for it:
///   %razor.fn = load atomic unordered ptr @__razor_call_NAME
///   call %razor.fn(args, site)
void Expander::callThroughPointer(CallBase *W, const abi::KnownFn &K) {
  GlobalVariable *Var = abi::runtimeVariable(
      M, (Twine(abi::CallPrefix) + K.Name).str(), PtrTy,
      GlobalValue::NotThreadLocal);
  IRBuilder<> B(W);
  B.SetCurrentDebugLocation(W->getDebugLoc());
  // Unordered: the runtime moves the pointer while other threads call.
  LoadInst *Fn = B.CreateAlignedLoad(
      PtrTy, Var, M.getDataLayout().getPointerABIAlignment(0), "razor.fn");
  Fn->setAtomic(AtomicOrdering::Unordered);
  W->setCalledOperand(
      B.CreatePointerCast(Fn, compat::pointerTo(W->getFunctionType())));
  W->setMetadata(marks::Tested, MDNode::get(C, {}));
  ++NumCallPointers;
}

} // namespace

bool expandModule(Module &M) { return Expander(M).run(); }

/// The executable's copies of the runtime's variables are the process's
/// (razor_abi.h): a module that can only be part of one defines those its
/// code uses, and reaches them at an offset the link fixes, not through the
/// GOT.  Its constructor (one per linked module) hands their addresses to
/// the runtime first, which refuses to trace if they are not its own.
bool ownRuntimeVariables(Module &M) {
  if (M.getPICLevel() != PICLevel::NotPIC &&
      M.getPIELevel() == PIELevel::Default)
    return false; // may go into a shared object: the runtime's, by the GOT
  Function *Ctor = nullptr;
  for (Function &F : M)
    if (compat::startsWith(F.getName(), abi::ModuleCtor) && !F.isDeclaration())
      Ctor = &F;
  if (!Ctor || M.getFunction(abi::VariablesCheck))
    return false; // no records (nothing to check with), or done already
  LLVMContext &C = M.getContext();
  FunctionType *CheckTy =
      abi::functionType<decltype(__razor_variables_check)>(C);
  SmallVector<Value *, 4> Args;
  bool Any = false;
  for (StringRef Name :
       {abi::Callsite, abi::Wrapcall, abi::Sampling, abi::Tracking}) {
    Type *ParamTy = CheckTy->getParamType(Args.size());
    GlobalVariable *GV = M.getNamedGlobal(Name);
    if (!GV || !GV->isDeclaration() || GV->use_empty()) {
      Args.push_back(ConstantPointerNull::get(cast<PointerType>(ParamTy)));
      continue;
    }
    GV->setInitializer(Constant::getNullValue(GV->getValueType()));
    GV->setLinkage(GlobalValue::WeakAnyLinkage);
    GV->setDSOLocal(true);
    Args.push_back(ConstantExpr::getPointerCast(GV, ParamTy));
    Any = true;
  }
  if (!Any)
    return false;
  FunctionCallee Check = M.getOrInsertFunction(abi::VariablesCheck, CheckTy);
  IRBuilder<>(&*Ctor->getEntryBlock().getFirstInsertionPt())
      .CreateCall(Check, Args);
  return true;
}

} // namespace razor
