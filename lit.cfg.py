# -*- Python -*-
# The razortrace lit suite.  Settings (tool paths, build dirs) come from the
# CMake-generated lit.site.cfg.py in <build>/test, which loads this file.
import os
import shlex
import sys

import lit.formats
import lit.util


def q(path):
    """PATH quoted for a RUN line (the checkout may live under a blank)."""
    return shlex.quote(path)


config.name = "razortrace"
config.suffixes = [".c", ".cpp", ".ll"]
config.excludes = ["Inputs", "lit.site.cfg.py.in", "tools", "fuzz"]

for setting in ("razor_build_dir", "razor_src_dir", "llvm_tools_dir",
                "clang", "clangxx", "razor_plugin", "razor_pass_plugin",
                "razor_lib_dir"):
    if not getattr(config, setting, None):
        lit_config.fatal("razortrace: %s is not set; run lit on "
                         "<build>/test, not on the source tree" % setting)

# The test format, from a module of its own (test/tools/razor_lit.py): lit's
# worker processes unpickle it by name.  Its RUN lines see every path quoted.
sys.path.insert(0, os.path.join(config.razor_src_dir, "test", "tools"))
from razor_lit import QuotedPathsShTest  # noqa: E402
config.test_format = QuotedPathsShTest(execute_external=False)

config.test_source_root = os.path.join(config.razor_src_dir, "test")
config.test_exec_root = os.path.join(config.razor_build_dir, "test")

# FileCheck, not, count, split-file and opt from the LLVM that built the
# plugin; razor-cc and razor-c++ from this build, by name, as users put them
# on PATH (`CC=razor-cc ./configure` splits a CC whose path holds a blank).
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, os.path.join(config.razor_build_dir, "bin"),
     config.environment.get("PATH", os.environ["PATH"])])
# Nothing from the outer environment decides a test's result.
for var in list(config.environment):
    if var.startswith("TRACE_") or var == "RAZOR_OPTIONS":
        del config.environment[var]

major = int(getattr(config, "llvm_version_major", 0))
include = os.path.join(config.razor_src_dir, "include")
lib = config.razor_lib_dir
link = "-L%s -Wl,-rpath,%s -lrazortrace" % (q(lib), q(lib))
# Suite defaults for RAZOR_OPTIONS; %env_razor_opts= appends to them.
default_opts = ""

clang, clangxx, plugin = q(config.clang), q(config.clangxx), q(config.razor_plugin)
config.substitutions.append(("%clang_razor_static",
                             "%s -fplugin=%s -I%s" % (clang, plugin, q(include))))
config.substitutions.append(("%clangxx_razor",
                             "%s -fplugin=%s -I%s %s" % (clangxx, plugin, q(include), link)))
config.substitutions.append(("%clang_razor",
                             "%s -fplugin=%s -I%s %s" % (clang, plugin, q(include), link)))
config.substitutions.append(("%clangxx", clangxx))
config.substitutions.append(("%clang", clang))
config.substitutions.append(("%pass_plugin", q(config.razor_pass_plugin)))
config.substitutions.append(("%plugin", plugin))
config.substitutions.append(("%razor_static_lib", q(os.path.join(lib, "librazortrace.a"))))
# Unit tests of the runtime's parts: a C program built against its internal
# headers and linked with the checked static runtime (hidden symbols link
# statically).
config.substitutions.append(("%razor_unit", '%s -std=c11 -D_GNU_SOURCE -DRAZOR_CHECKS -g -I%s -I%s' % (
    clang, q(os.path.join(config.razor_src_dir, "runtime")), q(include))))
config.substitutions.append(("%libdir", q(lib)))
config.substitutions.append(("%include", q(include)))
config.substitutions.append(("%opt", q(os.path.join(config.llvm_tools_dir, "opt")) +
                             (" -opaque-pointers" if major == 14 else "")))
config.substitutions.append(("%python", q(config.python_executable)))
config.substitutions.append(("%jsonl", "%s %s" % (
    q(config.python_executable),
    q(os.path.join(config.razor_src_dir, "test", "tools", "jsonl.py")))))
config.substitutions.append(("%env_razor_opts=",
                             "env RAZOR_OPTIONS=" + default_opts + (":" if default_opts else "")))
config.substitutions.append(("%run", ""))
# The build tree (for `cmake --install %razor_build --prefix ...`), cmake,
# and the wrappers in the build tree.
config.substitutions.append(("%razor_build", q(config.razor_build_dir)))
config.substitutions.append(("%cmake_generator", q(getattr(config, "cmake_generator", "Ninja"))))
config.substitutions.append(("%cmake", q(getattr(config, "cmake", "cmake"))))
config.substitutions.append(("%razor_cc", q(os.path.join(config.razor_build_dir, "bin", "razor-cc"))))
config.substitutions.append(("%razor_report", q(getattr(
    config, "razor_report", os.path.join(config.razor_build_dir, "bin", "razor-report")))))
config.substitutions.append(("%razor_cxx", q(os.path.join(config.razor_build_dir, "bin", "razor-c++"))))
if lit.util.which("pkg-config"):
    config.available_features.add("pkg-config")
if lit.util.which("make"):
    config.available_features.add("make")

# The LLVM major the plugin was built for, as features: llvm-N, and
# opaque-pointers (15 on) or typed-pointers (14), for the IR tests whose
# text differs.
config.available_features.add("llvm-%d" % major)
config.available_features.add("opaque-pointers" if major >= 15 else "typed-pointers")
# Clang before 17 has no -fno-diagnostics-show-line-numbers (it shows no
# line numbers in snippets anyway): drop it there.
if major < 17:
    config.substitutions.insert(0, (r"-fno-diagnostics-show-line-numbers", ""))
# LLVM 14 has typed pointers.  The IR tests' CHECK lines are written for
# opaque pointers, which 14 offers as an option: IR text tests run the pass
# on opaque-pointer IR there, while every program in run/ (and
# compat/typed-pointers-verify.c, through the IR verifier) exercises the
# typed-pointer IR 14 really builds.
if major == 14:
    config.substitutions.insert(
        0, (r"(?<=\s)-emit-llvm(?=\s)", "-emit-llvm -mllvm -opaque-pointers"))
# -emit-llvm as the clang under test emits it by default (typed pointers on
# 14), untouched by the substitution above.
config.substitutions.append(("%emit_llvm_native", "-emit-llvm"))

# A clang of another major, if one is installed: the plugin must refuse to
# run in it with a clear message (compat/wrong-clang-major.c).
import glob
import re
for other in sorted(glob.glob("/usr/lib/llvm-*/bin/clang"), reverse=True):
    m = re.match(r"/usr/lib/llvm-(\d+)/", other)
    if m and int(m.group(1)) != major:
        config.available_features.add("other-clang")
        config.substitutions.append(("%other_clang", q(other)))
        break

if lit.util.which("valgrind"):
    config.available_features.add("valgrind")

# Other allocators from Debian, for the tests that link one in.
import glob
if glob.glob("/usr/lib/*/libjemalloc.so"):
    config.available_features.add("jemalloc")
if glob.glob("/usr/lib/*/libtcmalloc_minimal.so"):
    config.available_features.add("tcmalloc")
# glibc's static library, for fully static executables (-static).
if glob.glob("/usr/lib/*/libc.a") or glob.glob("/usr/lib/libc.a"):
    config.available_features.add("static-libc")
# glibc's malloc debugging library (glibc 2.34 and later), for MALLOC_CHECK_.
_malloc_debug = sorted(glob.glob("/usr/lib/*/libc_malloc_debug.so.0") +
                       glob.glob("/lib/*/libc_malloc_debug.so.0"))
if _malloc_debug:
    config.available_features.add("malloc-debug")
    config.substitutions.append(("%malloc_debug", q(_malloc_debug[0])))

# Reports people act on (test/report, test/run/gtest): the tools from
# Debian that check them, as features.
if lit.util.which("chromium") or lit.util.which("chromium-browser"):
    config.available_features.add("chromium")
import subprocess
if subprocess.call([config.python_executable, "-c", "import jsonschema"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0:
    config.available_features.add("jsonschema")
if os.path.exists("/usr/include/gtest/gtest.h") and (
        glob.glob("/usr/lib/*/libgtest.a") or glob.glob("/usr/lib/*/libgtest.so")):
    config.available_features.add("gtest")
if os.path.exists("/usr/include/cmocka.h"):
    config.available_features.add("cmocka")
