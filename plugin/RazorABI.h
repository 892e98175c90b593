//===- RazorABI.h - the runtime's ABI, as the passes use it ---------------===//
//
// Everything the instrumented code and the runtime agree on comes from the
// runtime's own header (runtime/razor_abi.h) and its table of recognised
// functions (runtime/razor_fns.def); nothing here is a copy of it:
//   - the names (entry points, variables, sections, prefixes) as named
//     constants;
//   - the IR types of the records, built from the header's field lists
//     (RAZOR_SITE_FIELDS, RAZOR_SCOPE_FIELDS, RAZOR_PROBE_DESC_FIELDS,
//     RAZOR_MODULE_FIELDS), with the C layout checked
//     against the IR's at compile time;
//   - the IR types of the entry points, built from their C prototypes;
//   - the recognised functions with their kind and role.
//
//===----------------------------------------------------------------------===//
#ifndef RAZOR_ABI_H_PLUGIN
#define RAZOR_ABI_H_PLUGIN

#include "RazorCompat.h"
#include "razor_abi.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Mangler.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"

#include <array>
#include <cassert>
#include <cstddef>
#include <iterator>
#include <type_traits>

namespace razor {
namespace abi {

//===-- Names -------------------------------------------------------------===//

constexpr llvm::StringLiteral SitesSection = RAZOR_SITES_SECTION;
constexpr llvm::StringLiteral ProbesSection = RAZOR_PROBES_SECTION;
constexpr llvm::StringLiteral FuncsSection = RAZOR_FUNCS_SECTION;
constexpr llvm::StringLiteral StringsSection = RAZOR_STRINGS_SECTION;
/// The linker's bounds of the three sections.
constexpr llvm::StringLiteral SitesStart = "__start_" RAZOR_SITES_SECTION;
constexpr llvm::StringLiteral SitesStop = "__stop_" RAZOR_SITES_SECTION;
constexpr llvm::StringLiteral ProbesStart = "__start_" RAZOR_PROBES_SECTION;
constexpr llvm::StringLiteral ProbesStop = "__stop_" RAZOR_PROBES_SECTION;
constexpr llvm::StringLiteral FuncsStart = "__start_" RAZOR_FUNCS_SECTION;
constexpr llvm::StringLiteral FuncsStop = "__stop_" RAZOR_FUNCS_SECTION;

constexpr llvm::StringLiteral ModuleInit = RAZOR_MODULE_INIT_NAME;
constexpr llvm::StringLiteral ModuleFini = RAZOR_MODULE_FINI_NAME;
constexpr llvm::StringLiteral ModuleCtor = RAZOR_MODULE_CTOR_NAME;
constexpr llvm::StringLiteral ModuleDtor = RAZOR_MODULE_DTOR_NAME;
constexpr llvm::StringLiteral ModuleDesc = RAZOR_MODULE_DESC_NAME;
constexpr llvm::StringLiteral ProbeEnter = RAZOR_PROBE_ENTER_NAME;
constexpr llvm::StringLiteral ProbeExit = RAZOR_PROBE_EXIT_NAME;
constexpr llvm::StringLiteral Callsite = RAZOR_CALLSITE_NAME;
constexpr llvm::StringLiteral CallsiteAddress = RAZOR_CALLSITE_ADDRESS_NAME;
constexpr llvm::StringLiteral Wrapcall = RAZOR_WRAPCALL_NAME;
constexpr llvm::StringLiteral WrapcallAddress = RAZOR_WRAPCALL_ADDRESS_NAME;
constexpr llvm::StringLiteral Sampling = RAZOR_SAMPLING_NAME;
constexpr llvm::StringLiteral Tracking = RAZOR_TRACKING_NAME;
constexpr llvm::StringLiteral VariablesCheck = RAZOR_VARIABLES_CHECK_NAME;
/// `__razor_NAME`: the wrapper of NAME (razor_fns.def).
constexpr llvm::StringLiteral WrapperPrefix = RAZOR_WRAPPER_PREFIX;
/// `__razor_call_NAME`: the runtime's pointer compiled code calls NAME by.
constexpr llvm::StringLiteral CallPrefix = RAZOR_CALL_PREFIX;
/// `__razor_entry.NAME`: how a function defined in another file is called.
constexpr llvm::StringLiteral EntryPrefix = RAZOR_ENTRY_PREFIX;
/// NAME plus this: the body of a function split by the callsite placement.
constexpr llvm::StringLiteral EntryBodySuffix = RAZOR_ENTRY_BODY_SUFFIX;
/// Functions never instrumented (the runtime's own).
constexpr llvm::StringLiteral RuntimePrefix = RAZOR_RUNTIME_PREFIX;
constexpr unsigned Version = RAZOR_ABI_VERSION;

/// Whether the passes may write \p M's small functions (entry thunks,
/// outer halves) as module assembly: x86-64 Linux, 64-bit pointers.
inline bool writesLinuxX86Assembly(const llvm::Module &M) {
  llvm::Triple T(M.getTargetTriple());
  return T.getArch() == llvm::Triple::x86_64 && T.isOSLinux() &&
         !T.isAndroid() && M.getDataLayout().getPointerSize() == 8;
}

/// Whether \p Name is a symbol the assembler reads unquoted in every
/// syntax, an identifier with dots as C and mangled C++ names are (in the
/// module assembly the passes write: entry thunks, outer halves).
inline bool plainSymbol(llvm::StringRef Name) {
  return !Name.empty() && !llvm::isDigit(Name.front()) &&
         llvm::all_of(Name, [](char Ch) {
           return llvm::isAlnum(Ch) || Ch == '_' || Ch == '.';
         });
}

/// The assembler names of \p F and of \p Target, the function its module
/// assembly calls or jumps to, as the module's code names them (the
/// Mangler's); false when either needs quoting (plainSymbol).
inline bool assemblyNames(const llvm::GlobalValue &F,
                          const llvm::GlobalValue &Target,
                          llvm::SmallString<128> &Name,
                          llvm::SmallString<128> &TargetName) {
  llvm::Mangler Mang;
  Mang.getNameWithPrefix(Name, &F, /*CannotUsePrivateLabel=*/false);
  Mang.getNameWithPrefix(TargetName, &Target, /*CannotUsePrivateLabel=*/false);
  return plainSymbol(Name) && plainSymbol(TargetName);
}

namespace detail {
constexpr bool equal(const char *A, const char *B) {
  while (*A && *A == *B)
    ++A, ++B;
  return *A == *B;
}
#define RAZOR_ABI_STR2(X) #X
#define RAZOR_ABI_STR(X) RAZOR_ABI_STR2(X)
// The entry points that take the records carry the ABI version in their
// name, so a plugin and a runtime of different versions fail at link time.
static_assert(equal(RAZOR_MODULE_INIT_NAME,
                    "__razor_module_init_v" RAZOR_ABI_STR(RAZOR_ABI_VERSION)),
              "RAZOR_MODULE_INIT_NAME must carry RAZOR_ABI_VERSION");
static_assert(equal(RAZOR_MODULE_FINI_NAME,
                    "__razor_module_fini_v" RAZOR_ABI_STR(RAZOR_ABI_VERSION)),
              "RAZOR_MODULE_FINI_NAME must carry RAZOR_ABI_VERSION");
#undef RAZOR_ABI_STR
#undef RAZOR_ABI_STR2
} // namespace detail

/// The runtime's variable \p Name (razor_abi.h) in \p M, declared there
/// the first time it is used.
inline llvm::GlobalVariable *
runtimeVariable(llvm::Module &M, llvm::StringRef Name, llvm::Type *Ty,
                llvm::GlobalValue::ThreadLocalMode TLS) {
  if (llvm::GlobalVariable *GV = M.getNamedGlobal(Name))
    return GV;
  return new llvm::GlobalVariable(M, Ty, /*isConstant=*/false,
                                  llvm::GlobalValue::ExternalLinkage, nullptr,
                                  Name, nullptr, TLS);
}

/// What the thread's wrapper call (RAZOR_WRAPCALL_NAME) holds during the
/// call of an allocation wrapper whose record is \p Site: \p Entry (the
/// value the function was entered with) when that is set (a wrapper call
/// is running already: the outermost wins), else \p Site.  At \p B.
inline llvm::Value *outermostWrapcall(llvm::IRBuilderBase &B,
                                      llvm::Value *Entry,
                                      llvm::Constant *Site) {
  return B.CreateSelect(
      B.CreateIsNotNull(Entry), Entry,
      llvm::ConstantExpr::getPointerCast(Site, Entry->getType()),
      "razor.wrapcall");
}

//===-- IR types from C types ---------------------------------------------===//

/// The IR type of a C type the ABI uses: an integer of its width, `ptr`
/// for any pointer (with typed pointers: `i8*`, and `i8**` for a pointer
/// to a pointer), void.
template <typename T> llvm::Type *irType(llvm::LLVMContext &C) {
  if constexpr (std::is_void_v<T>)
    return llvm::Type::getVoidTy(C);
  else if constexpr (std::is_pointer_v<T> &&
                     std::is_pointer_v<std::remove_pointer_t<T>>)
    return compat::pointerTo(irType<std::remove_pointer_t<T>>(C));
  else if constexpr (std::is_pointer_v<T>)
    return compat::getPtrTy(C);
  else {
    static_assert(std::is_integral_v<T>, "the ABI uses integers and pointers");
    return llvm::IntegerType::get(C, sizeof(T) * 8);
  }
}

template <typename Fn> struct FunctionTypeOf;
template <typename R, typename... A> struct FunctionTypeOf<R(A...)> {
  static llvm::FunctionType *get(llvm::LLVMContext &C) {
    return llvm::FunctionType::get(irType<R>(C), {irType<A>(C)...},
                                   /*isVarArg=*/false);
  }
};
template <typename R> struct FunctionTypeOf<R()> {
  static llvm::FunctionType *get(llvm::LLVMContext &C) {
    return llvm::FunctionType::get(irType<R>(C), /*isVarArg=*/false);
  }
};

/// The IR type of the entry point declared as \p Fn in razor_abi.h:
/// `abi::functionType<decltype(__razor_probe_enter)>(C)`.
template <typename Fn> llvm::FunctionType *functionType(llvm::LLVMContext &C) {
  return FunctionTypeOf<Fn>::get(C);
}

//===-- The records -------------------------------------------------------===//

namespace detail {
/// The offset of field \p I of a struct of fields of sizes \p Sizes, each
/// aligned to its size: the layout of the IR's literal (unpacked) struct on
/// our targets, where every field type is naturally aligned.
template <size_t N>
constexpr size_t naturalOffset(const std::array<size_t, N> &Sizes, size_t I) {
  size_t Offset = 0;
  for (size_t K = 0; K <= I; ++K) {
    Offset = (Offset + Sizes[K] - 1) / Sizes[K] * Sizes[K];
    if (K < I)
      Offset += Sizes[K];
  }
  return Offset;
}
} // namespace detail

#define RAZOR_ABI_INDEX(TYPE, NAME) NAME,
#define RAZOR_ABI_IR_TYPE(TYPE, NAME) irType<TYPE>(C),
#define RAZOR_ABI_SIZE(TYPE, NAME) sizeof(TYPE),

/// Each record type's fields, by name (NS::Field), their sizes (NS::Sizes),
/// and a check at compile time that the C struct is laid out as the IR
/// type built from the same list.
#define RAZOR_ABI_CHECK(TYPE, NAME)                                            \
  static_assert(offsetof(Record, NAME) == detail::naturalOffset(Sizes, NAME), \
                "a record's C struct is not laid out as its IR type");
#define RAZOR_ABI_RECORD(NS, STRUCT, FIELDS)                                   \
  namespace NS {                                                               \
  using Record = STRUCT;                                                       \
  enum Field : unsigned { FIELDS(RAZOR_ABI_INDEX) NumFields };                 \
  constexpr std::array<size_t, NumFields> Sizes = {FIELDS(RAZOR_ABI_SIZE)};    \
  FIELDS(RAZOR_ABI_CHECK)                                                      \
  }
RAZOR_ABI_RECORD(site, razor_site, RAZOR_SITE_FIELDS)
RAZOR_ABI_RECORD(probe, razor_probe_desc, RAZOR_PROBE_DESC_FIELDS)
RAZOR_ABI_RECORD(file, razor_file, RAZOR_FILE_FIELDS)
RAZOR_ABI_RECORD(scope, razor_scope, RAZOR_SCOPE_FIELDS)
RAZOR_ABI_RECORD(func, razor_func, RAZOR_FUNC_FIELDS)
RAZOR_ABI_RECORD(module, razor_module, RAZOR_MODULE_FIELDS)
#undef RAZOR_ABI_RECORD
#undef RAZOR_ABI_CHECK

/// A site record's alignment: its largest field's (4).  The fields its
/// flags give it (RAZOR_SITE_TAIL) follow with no padding.
constexpr unsigned SiteAlign = alignof(razor_site);
static_assert(sizeof(razor_site) % alignof(razor_site) == 0 &&
                  alignof(razor_site) == alignof(razor_rel) &&
                  alignof(razor_site) == 4,
              "a site record's fields after the struct follow it unpadded");
constexpr unsigned ProbeDescAlign = alignof(razor_probe_desc);
/// Function records follow each other in their section as an array.
constexpr unsigned FuncAlign = alignof(razor_func);
static_assert(sizeof(razor_func) % alignof(razor_func) == 0,
              "function records are an array, with no padding");
constexpr unsigned FileAlign = alignof(razor_file);
constexpr unsigned ScopeAlign = alignof(razor_scope);

/// `{ i32, i16, i8, i8, i32 }`, and an i32 for each of the
/// \p Tail fields its flags give a record (razor_site_tail).
inline llvm::StructType *siteType(llvm::LLVMContext &C, unsigned Tail = 0) {
  llvm::SmallVector<llvm::Type *, site::NumFields + 3> Fields = {
      RAZOR_SITE_FIELDS(RAZOR_ABI_IR_TYPE)};
  Fields.append(Tail, irType<razor_rel>(C));
  return llvm::StructType::get(C, Fields);
}
/// Whether \p Ty is a site record's type (of any tail).
inline bool isSiteType(llvm::Type *Ty) {
  auto *ST = llvm::dyn_cast<llvm::StructType>(Ty);
  if (!ST || ST->getNumElements() < site::NumFields ||
      ST->getNumElements() > site::NumFields + 3)
    return false;
  return ST == siteType(Ty->getContext(), ST->getNumElements() - site::NumFields);
}
/// `{ i32, i32, i32, i32, i32, i32, ptr, ptr }`.
inline llvm::StructType *probeDescType(llvm::LLVMContext &C) {
  return llvm::StructType::get(C, {RAZOR_PROBE_DESC_FIELDS(RAZOR_ABI_IR_TYPE)});
}
/// `{ i32, i32 }`.
inline llvm::StructType *fileType(llvm::LLVMContext &C) {
  return llvm::StructType::get(C, {RAZOR_FILE_FIELDS(RAZOR_ABI_IR_TYPE)});
}
/// `{ i32, i32 }`.
inline llvm::StructType *scopeType(llvm::LLVMContext &C) {
  return llvm::StructType::get(C, {RAZOR_SCOPE_FIELDS(RAZOR_ABI_IR_TYPE)});
}
/// `{ i32, i32, i32 }`.
inline llvm::StructType *funcType(llvm::LLVMContext &C) {
  return llvm::StructType::get(C, {RAZOR_FUNC_FIELDS(RAZOR_ABI_IR_TYPE)});
}
/// `{ i32, i32, ptr, ptr, ptr, ptr, ptr, ptr }`.
inline llvm::StructType *moduleType(llvm::LLVMContext &C) {
  return llvm::StructType::get(C, {RAZOR_MODULE_FIELDS(RAZOR_ABI_IR_TYPE)});
}

#undef RAZOR_ABI_INDEX
#undef RAZOR_ABI_IR_TYPE
#undef RAZOR_ABI_SIZE

/// A record's initializer, filled field by field by name, in the order
/// of the header's field list whatever order the fields are set in.
class RecordInit {
public:
  explicit RecordInit(llvm::StructType *Ty)
      : Ty(Ty), Fields(Ty->getNumElements(), nullptr) {}
  /// Field \p I: an integer of the field's width.
  RecordInit &setInt(unsigned I, uint64_t V) {
    return set(I, llvm::ConstantInt::get(Ty->getElementType(I), V));
  }
  RecordInit &set(unsigned I, llvm::Constant *V) {
    assert(V->getType() == Ty->getElementType(I) && "field of another type");
    Fields[I] = V;
    return *this;
  }
  /// Field \p I, a razor_rel of the record \p Record (of this type): the
  /// distance from the record's start to \p Target, or 0 when \p Target is
  /// null (the empty string).  A link-time constant: no relocation at load.
  /// (From the record, not the field: no getelementptr per field, which
  /// clang built, walked and emitted for each of a C++ test file's thousands
  /// of records: pugixml's test_dom_modify.cpp, 6,357 M -> 6,252 M
  /// instructions.)
  RecordInit &setRel(unsigned I, llvm::GlobalVariable *Record,
                     llvm::Constant *Target) {
    llvm::Type *FieldTy = Ty->getElementType(I);
    if (!Target)
      return set(I, llvm::ConstantInt::get(FieldTy, 0));
    llvm::Type *I64 = llvm::Type::getInt64Ty(Ty->getContext());
    llvm::Constant *Diff = llvm::ConstantExpr::getSub(
        llvm::ConstantExpr::getPtrToInt(Target, I64),
        llvm::ConstantExpr::getPtrToInt(Record, I64));
    return set(I, llvm::ConstantExpr::getTrunc(Diff, FieldTy));
  }
  llvm::Constant *get() const {
    for ([[maybe_unused]] llvm::Constant *F : Fields)
      assert(F && "a field of the record was left unset");
    return llvm::ConstantStruct::get(Ty, Fields);
  }

private:
  llvm::StructType *Ty;
  llvm::SmallVector<llvm::Constant *, 12> Fields;
};

/// What the razor_rel field \p Field of a record's initializer (as
/// RecordInit::setRel makes it) names: the string or record it is the
/// distance to (pointer casts stripped); null for 0, or for a constant of
/// another shape.
inline llvm::Constant *relTarget(llvm::Constant *Field) {
  auto *Trunc = llvm::dyn_cast<llvm::ConstantExpr>(Field);
  if (!Trunc || Trunc->getOpcode() != llvm::Instruction::Trunc)
    return nullptr;
  auto *Sub = llvm::dyn_cast<llvm::ConstantExpr>(Trunc->getOperand(0));
  if (!Sub || Sub->getOpcode() != llvm::Instruction::Sub)
    return nullptr;
  auto *ToInt = llvm::dyn_cast<llvm::ConstantExpr>(Sub->getOperand(0));
  if (!ToInt || ToInt->getOpcode() != llvm::Instruction::PtrToInt)
    return nullptr;
  return ToInt->getOperand(0)->stripPointerCasts();
}
using SiteInit = RecordInit;
using ProbeDescInit = RecordInit;
using ModuleDescInit = RecordInit;
using FuncInit = RecordInit;

//===-- Recognised functions ----------------------------------------------===//

/// A row's ROLE (razor_fns.def says what each means).
enum class Role {
  ALLOC,
  REALLOC,
  FREE,
  MEMALIGN,
  NEW,
  DELETE,
  OUTPTR,
  STREAM,
  FD,
  CLOSE,
  MMAP,
  MUNMAP,
  CLIENT_ALLOC,
  CLIENT_FREE
};

/// One row of razor_fns.def: the function, its enum razor_kind, its role.
struct KnownFn {
  llvm::StringLiteral Name;
  unsigned Kind;
  Role FnRole;

  /// Releases and resizes: their wrapper matters once blocks may be
  /// tracked anywhere (RAZOR_TRACKING_NAME); the others only while this
  /// thread samples (RAZOR_SAMPLING_NAME).
  constexpr bool isRelease() const {
    return FnRole == Role::FREE || FnRole == Role::DELETE ||
           FnRole == Role::REALLOC || FnRole == Role::CLOSE ||
           FnRole == Role::MUNMAP || FnRole == Role::CLIENT_FREE;
  }

  /// Releases that allocate nothing: their hooks look at neither the site
  /// nor the thread's callsite.
  constexpr bool isReleaseOnly() const {
    return FnRole == Role::FREE || FnRole == Role::DELETE ||
           FnRole == Role::CLOSE || FnRole == Role::MUNMAP ||
           FnRole == Role::CLIENT_FREE;
  }

  /// razortrace.h's client calls: without the runtime's word set they do
  /// nothing, so the inline test skips them altogether.
  constexpr bool isClientCall() const {
    return FnRole == Role::CLIENT_ALLOC || FnRole == Role::CLIENT_FREE;
  }

  /// The functions the runtime has a RAZOR_CALL_PREFIX pointer for
  /// (razor_interpose.c, razor_cxx.c): malloc, calloc, realloc, free and
  /// the global operators new and delete.
  bool hasCallPointer() const {
    return FnRole == Role::NEW || FnRole == Role::DELETE ||
           Name == "malloc" || Name == "calloc" || Name == "realloc" ||
           Name == "free";
  }
};

inline constexpr KnownFn KnownFns[] = {
#define RAZOR_FN(NAME, ROLE, DISPLAY) {#NAME, RAZOR_KIND_##NAME, Role::ROLE},
#include "razor_fns.def"
};
static_assert(std::size(KnownFns) == RAZOR_KIND_COUNT,
              "one row of razor_fns.def per enum razor_kind value");
static_assert(RAZOR_KIND_COUNT < RAZOR_KIND_POOL_CHUNK &&
                  RAZOR_KIND_CALL <= UINT8_MAX,
              "every enum razor_kind value fits a site record's byte");

/// Whether \p Name is a row of razor_fns.def.
inline bool isKnownFunction(llvm::StringRef Name) {
  for (const KnownFn &K : KnownFns)
    if (K.Name == Name)
      return true;
  return false;
}

} // namespace abi
} // namespace razor

#endif // RAZOR_ABI_H_PLUGIN
