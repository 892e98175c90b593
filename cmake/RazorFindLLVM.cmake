# Which LLVM to build against when -DLLVM_DIR is not given: the newest one
# whose Clang package is complete.
#
# A prefix P is complete when
#   - P/lib/cmake/llvm/LLVMConfig.cmake and P/lib/cmake/clang/ClangConfig.cmake
#     exist,
#   - every file their exported targets name exists (find_package stops with
#     a CMake error at the first one missing: an LLVM whose libclang-N-dev is
#     not installed, say),
#   - the Clang headers the plugin includes and the clang and clang++ the
#     tests and wrappers run are there.
#
# RAZOR_LLVM_PREFIXES lists the prefixes to look at; by default every
# /usr/lib/llvm-N (Debian's and Ubuntu's layout) and the prefix of the
# llvm-config on PATH.  Newest version first.

set(RAZOR_LLVM_PREFIXES "" CACHE STRING
  "Prefixes razortrace looks for LLVM and Clang in when LLVM_DIR is not given \
(default: /usr/lib/llvm-* and llvm-config's prefix)")

# _razor_export_missing(<cmake-dir> <out>): the first file that the exported
# targets in <cmake-dir> (*Targets-*.cmake, *Exports-*.cmake) name and that
# does not exist, or "" when there is none.  The files are the ones CMake's
# generated check loop tests (_IMPORT_PREFIX is three levels above <cmake-dir>).
function(_razor_export_missing dir out)
  get_filename_component(prefix "${dir}" DIRECTORY)
  get_filename_component(prefix "${prefix}" DIRECTORY)
  get_filename_component(prefix "${prefix}" DIRECTORY)
  file(GLOB exports "${dir}/*Targets-*.cmake" "${dir}/*Exports-*.cmake")
  foreach(export IN LISTS exports)
    file(STRINGS "${export}" checks
         REGEX "^list\\(APPEND _(cmake_import_check_files_for|IMPORT_CHECK_FILES_FOR)_")
    foreach(check IN LISTS checks)
      string(REPLACE "\${_IMPORT_PREFIX}" "${prefix}" check "${check}")
      string(REGEX MATCHALL "\"[^\"]+\"" files "${check}")
      foreach(f IN LISTS files)
        string(REPLACE "\"" "" f "${f}")
        if(NOT EXISTS "${f}")
          set(${out} "${f}" PARENT_SCOPE)
          return()
        endif()
      endforeach()
    endforeach()
  endforeach()
  set(${out} "" PARENT_SCOPE)
endfunction()

# _razor_llvm_missing(<prefix> <out>): what keeps <prefix> from being a
# complete LLVM with Clang (a file), or "".
function(_razor_llvm_missing p out)
  foreach(f lib/cmake/llvm/LLVMConfig.cmake lib/cmake/llvm/LLVMConfigVersion.cmake
            lib/cmake/clang/ClangConfig.cmake
            include/clang/Basic/Version.h include/clang/Frontend/FrontendPluginRegistry.h
            include/clang/CodeGen/ModuleBuilder.h include/llvm/IR/PassManager.h
            bin/clang bin/clang++)
    if(NOT EXISTS "${p}/${f}")
      set(${out} "${p}/${f}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  foreach(pkg llvm clang)
    _razor_export_missing("${p}/lib/cmake/${pkg}" missing)
    if(missing)
      set(${out} "${missing}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  set(${out} "" PARENT_SCOPE)
endfunction()

# razor_find_llvm(<out>): sets <out> to the lib/cmake/llvm directory of the
# newest complete LLVM, saying which one it took and why it passed over any
# other; stops with an error naming what is missing when none is complete.
function(razor_find_llvm out)
  set(prefixes ${RAZOR_LLVM_PREFIXES})
  if(NOT prefixes)
    file(GLOB prefixes LIST_DIRECTORIES true /usr/lib/llvm-*)
    find_program(_razor_llvm_config NAMES llvm-config NO_CACHE)
    if(_razor_llvm_config)
      execute_process(COMMAND "${_razor_llvm_config}" --prefix
                      OUTPUT_VARIABLE p OUTPUT_STRIP_TRAILING_WHITESPACE
                      RESULT_VARIABLE failed)
      if(NOT failed AND p)
        list(APPEND prefixes "${p}")
      endif()
    endif()
  endif()
  # "VERSION|PREFIX" for each distinct real prefix, sorted newest first.
  set(candidates "")
  set(seen "")
  foreach(p IN LISTS prefixes)
    get_filename_component(p "${p}" REALPATH)
    if(p IN_LIST seen)
      continue()
    endif()
    list(APPEND seen "${p}")
    set(version 0)
    if(EXISTS "${p}/lib/cmake/llvm/LLVMConfigVersion.cmake")
      file(STRINGS "${p}/lib/cmake/llvm/LLVMConfigVersion.cmake" line
           REGEX "set\\(PACKAGE_VERSION \"[0-9.]+")
      string(REGEX MATCH "[0-9]+(\\.[0-9]+)*" version "${line}")
    elseif(p MATCHES "llvm-([0-9]+)$")
      set(version "${CMAKE_MATCH_1}")
    endif()
    list(APPEND candidates "${version}|${p}")
  endforeach()
  list(SORT candidates COMPARE NATURAL ORDER DESCENDING)
  set(passed "")
  foreach(c IN LISTS candidates)
    string(REPLACE "|" ";" c "${c}")
    list(GET c 0 version)
    list(GET c 1 p)
    string(REGEX MATCH "^[0-9]+" major "${version}")
    set(what "LLVM ${major} in ${p}")
    if(version STREQUAL "0")
      set(what "${p}")
    endif()
    _razor_llvm_missing("${p}" missing)
    if(missing)
      message(STATUS "razortrace: passing over ${what}: ${missing} is missing")
      string(APPEND passed "\n  ${what}: no ${missing}")
      continue()
    endif()
    set(${out} "${p}/lib/cmake/llvm" PARENT_SCOPE)
    return()
  endforeach()
  if(NOT candidates)
    set(passed "\n  (no LLVM found: looked at /usr/lib/llvm-* and llvm-config on PATH)")
  endif()
  message(FATAL_ERROR "razortrace: no LLVM with a complete Clang package:${passed}\n"
    "Install one (Debian/Ubuntu: clang-N llvm-N-dev libclang-N-dev, or "
    "bash scripts/setup.sh), or pass -DLLVM_DIR=<prefix>/lib/cmake/llvm.")
endfunction()
