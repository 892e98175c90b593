// razor_spec_parse accepts every well-formed probe spec, blanks around the trigger, each option and its '=' ignored, and razor_spec_format spells each canonically (fixed order, defaults left out, sizes in bytes) in a way that parses back to itself.
// RUN: %clang -std=c11 -g -Wall -Wextra -Werror -fsanitize=address,undefined -fno-sanitize-recover=all -I"%S/../../runtime" -I"%S/Inputs" "%S/../../runtime/razor_spec.c" "%s" -o "%t"
// RUN: "%t" | FileCheck --match-full-lines "%s"
#include "spec_cases.h"

static const struct spec_case table[] = {
    // The trigger alone; empty (or blank) is always on.
    SPEC(""),
    SPEC("   "),
    SPEC("TRACE_TEXT"),
    SPEC("_x9"),
    // CHECK: ok '' -> '' given=[] warmup=0 min_growth=0 min_calls=0
    // CHECK-NEXT: ok '   ' -> '' given=[] warmup=0 min_growth=0 min_calls=0
    // CHECK-NEXT: ok 'TRACE_TEXT' -> 'TRACE_TEXT' given=[] warmup=0 min_growth=0 min_calls=0
    // CHECK-NEXT: ok '_x9' -> '_x9' given=[] warmup=0 min_growth=0 min_calls=0

    // Blanks: the "T, traceback", and every blank byte, anywhere
    // around an item.
    SPEC("T, traceback"),
    SPEC(" T ,traceback , clear"),
    SPEC("\tT\t,\vdebug\f,\rclear\n"),
    SPEC(",traceback"),
    SPEC(" ,traceback"),
    // CHECK-NEXT: ok 'T, traceback' -> 'T,traceback' given=[traceback] warmup=0 min_growth=0 min_calls=0
    // CHECK-NEXT: ok ' T ,traceback , clear' -> 'T,traceback,clear' given=[traceback,clear] warmup=0 min_growth=0 min_calls=0
    // CHECK-NEXT: ok '\x09T\x09,\x0bdebug\x0c,\x0dclear\x0a' -> 'T,clear,debug' given=[clear,debug] warmup=0 min_growth=0 min_calls=0
    // CHECK-NEXT: ok ',traceback' -> ',traceback' given=[traceback] warmup=0 min_growth=0 min_calls=0
    // CHECK-NEXT: ok ' ,traceback' -> ',traceback' given=[traceback] warmup=0 min_growth=0 min_calls=0

    // Flags in any order come out as traceback, clear, nostrict, debug;
    // strict, the default, is given but not written.
    SPEC("T,debug,clear,traceback,nostrict"),
    SPEC("T,strict"),
    SPEC("T,clear,strict,traceback"),
    // CHECK-NEXT: ok 'T,debug,clear,traceback,nostrict' -> 'T,traceback,clear,nostrict,debug' given=[traceback,clear,strict,debug] warmup=0 min_growth=0 min_calls=0
    // CHECK-NEXT: ok 'T,strict' -> 'T' given=[strict] warmup=0 min_growth=0 min_calls=0
    // CHECK-NEXT: ok 'T,clear,strict,traceback' -> 'T,traceback,clear' given=[traceback,clear,strict] warmup=0 min_growth=0 min_calls=0

    // Valued options, blanks around '=' too, canonical order warmup,
    // min_growth, min_calls after the flags.
    SPEC("T, warmup=3 , min_growth=1KiB,min_calls=4"),
    SPEC("T,min_calls=4,warmup=2,debug,min_growth=1"),
    SPEC("T,warmup = 7"),
    SPEC("T,min_growth= 2MiB"),
    SPEC("T,min_growth=17"),
    SPEC("T,min_growth=0007"),
    SPEC("T,min_calls=1"),
    // CHECK-NEXT: ok 'T, warmup=3 , min_growth=1KiB,min_calls=4' -> 'T,warmup=3,min_growth=1024,min_calls=4' given=[warmup,min_growth,min_calls] warmup=3 min_growth=1024 min_calls=4
    // CHECK-NEXT: ok 'T,min_calls=4,warmup=2,debug,min_growth=1' -> 'T,debug,warmup=2,min_growth=1,min_calls=4' given=[debug,warmup,min_growth,min_calls] warmup=2 min_growth=1 min_calls=4
    // CHECK-NEXT: ok 'T,warmup = 7' -> 'T,warmup=7' given=[warmup] warmup=7 min_growth=0 min_calls=0
    // CHECK-NEXT: ok 'T,min_growth= 2MiB' -> 'T,min_growth=2097152' given=[min_growth] warmup=0 min_growth=2097152 min_calls=0
    // CHECK-NEXT: ok 'T,min_growth=17' -> 'T,min_growth=17' given=[min_growth] warmup=0 min_growth=17 min_calls=0
    // CHECK-NEXT: ok 'T,min_growth=0007' -> 'T,min_growth=7' given=[min_growth] warmup=0 min_growth=7 min_calls=0
    // CHECK-NEXT: ok 'T,min_calls=1' -> 'T,min_calls=1' given=[min_calls] warmup=0 min_growth=0 min_calls=1

    // Values at their default: warmup=0 and min_growth=0 are given but not
    // written; min_calls, whose default the runtime picks, always is.
    SPEC("T,warmup=0"),
    SPEC("T,min_growth=0KiB"),
    SPEC("T,min_calls=8"),
    // CHECK-NEXT: ok 'T,warmup=0' -> 'T' given=[warmup] warmup=0 min_growth=0 min_calls=0
    // CHECK-NEXT: ok 'T,min_growth=0KiB' -> 'T' given=[min_growth] warmup=0 min_growth=0 min_calls=0
    // CHECK-NEXT: ok 'T,min_calls=8' -> 'T,min_calls=8' given=[min_calls] warmup=0 min_growth=0 min_calls=8

    // The largest values.
    SPEC("T,warmup=4294967295"),
    SPEC("T,min_calls=4294967295"),
    SPEC("T,min_growth=18446744073709551615"),
    SPEC("T,min_growth=18014398509481983KiB"),
    SPEC("T,min_growth=17592186044415MiB"),
    SPEC("T,warmup=000000000000000000000000000001"),
    // CHECK-NEXT: ok 'T,warmup=4294967295' -> 'T,warmup=4294967295' given=[warmup] warmup=4294967295 min_growth=0 min_calls=0
    // CHECK-NEXT: ok 'T,min_calls=4294967295' -> 'T,min_calls=4294967295' given=[min_calls] warmup=0 min_growth=0 min_calls=4294967295
    // CHECK-NEXT: ok 'T,min_growth=18446744073709551615' -> 'T,min_growth=18446744073709551615' given=[min_growth] warmup=0 min_growth=18446744073709551615 min_calls=0
    // CHECK-NEXT: ok 'T,min_growth=18014398509481983KiB' -> 'T,min_growth=18446744073709550592' given=[min_growth] warmup=0 min_growth=18446744073709550592 min_calls=0
    // CHECK-NEXT: ok 'T,min_growth=17592186044415MiB' -> 'T,min_growth=18446744073708503040' given=[min_growth] warmup=0 min_growth=18446744073708503040 min_calls=0
    // CHECK-NEXT: ok 'T,warmup=000000000000000000000000000001' -> 'T,warmup=1' given=[warmup] warmup=1 min_growth=0 min_calls=0

    // Everything at once.
    SPEC(" TRACE_ALL , min_calls=3, nostrict ,traceback,warmup=5,clear,min_growth=3MiB,debug "),
    // CHECK-NEXT: ok ' TRACE_ALL , min_calls=3, nostrict ,traceback,warmup=5,clear,min_growth=3MiB,debug ' -> 'TRACE_ALL,traceback,clear,nostrict,debug,warmup=5,min_growth=3145728,min_calls=3' given=[traceback,clear,strict,debug,warmup,min_growth,min_calls] warmup=5 min_growth=3145728 min_calls=3
};
// CHECK-NEXT: 29 specs
// CHECK-NOT: {{.}}

int main(void) { return spec_run_all(table, sizeof table / sizeof table[0]); }
