// razor_spec_parse rejects every malformed probe spec with one line naming the offending part: a bad trigger, a stray ',', an unknown, repeated or contradictory option, a flag with a value, a valued option without one, and bad numbers (empty, negative, junk, too large, below the minimum).
// RUN: %clang -std=c11 -g -Wall -Wextra -Werror -fsanitize=address,undefined -fno-sanitize-recover=all -I"%S/../../runtime" -I"%S/Inputs" "%S/../../runtime/razor_spec.c" "%s" -o "%t"
// RUN: "%t" | FileCheck --match-full-lines "%s"
#include "spec_cases.h"

static const struct spec_case table[] = {
    // The trigger: an environment variable name, blanks around it only.
    SPEC("1BAD"),
    SPEC("TRACE X,clear"),
    SPEC("T-X"),
    SPEC("TRACE\tX"),
    SPEC("T\0X"),
    SPEC("\xc3\xa9t\xc3\xa9"),
    // CHECK: error '1BAD': razor_probe trigger '1BAD' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on)
    // CHECK-NEXT: error 'TRACE X,clear': razor_probe trigger 'TRACE X' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on)
    // CHECK-NEXT: error 'T-X': razor_probe trigger 'T-X' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on)
    // CHECK-NEXT: error 'TRACE\x09X': razor_probe trigger 'TRACE\x09X' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on)
    // CHECK-NEXT: error 'T\x00X': razor_probe trigger 'T\x00X' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on)
    // CHECK-NEXT: error 'été': razor_probe trigger 'été' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on)

    // A stray ','.
    SPEC("T,"),
    SPEC("T,,clear"),
    SPEC(","),
    SPEC("T,clear, "),
    // CHECK-NEXT: error 'T,': empty razor_probe option (a stray ',')
    // CHECK-NEXT: error 'T,,clear': empty razor_probe option (a stray ',')
    // CHECK-NEXT: error ',': empty razor_probe option (a stray ',')
    // CHECK-NEXT: error 'T,clear, ': empty razor_probe option (a stray ',')

    // Unknown options: names are case-sensitive; the list offered is the
    // flags', or the valued options' for NAME=VALUE.
    SPEC("T,bogus"),
    SPEC("T,Traceback"),
    SPEC("T, trace back "),
    SPEC("T,clear\0"),
    SPEC("T,verbose=1"),
    SPEC("T,warm_up=3"),
    SPEC("T,=3"),
    // CHECK-NEXT: error 'T,bogus': unknown razor_probe option 'bogus'; expected traceback, clear, strict, nostrict or debug
    // CHECK-NEXT: error 'T,Traceback': unknown razor_probe option 'Traceback'; expected traceback, clear, strict, nostrict or debug
    // CHECK-NEXT: error 'T, trace back ': unknown razor_probe option 'trace back'; expected traceback, clear, strict, nostrict or debug
    // CHECK-NEXT: error 'T,clear\x00': unknown razor_probe option 'clear\x00'; expected traceback, clear, strict, nostrict or debug
    // CHECK-NEXT: error 'T,verbose=1': unknown razor_probe option 'verbose=1'; expected warmup=N, min_growth=SIZE or min_calls=N
    // CHECK-NEXT: error 'T,warm_up=3': unknown razor_probe option 'warm_up=3'; expected warmup=N, min_growth=SIZE or min_calls=N
    // CHECK-NEXT: error 'T,=3': unknown razor_probe option '=3'; expected warmup=N, min_growth=SIZE or min_calls=N

    // Repeats, with or without blanks or another value; strict and nostrict.
    SPEC("T,clear,traceback,clear"),
    SPEC("T,debug, debug"),
    SPEC("T,nostrict,nostrict"),
    SPEC("T,strict,strict"),
    SPEC("T,strict,nostrict"),
    SPEC("T,nostrict,traceback,strict"),
    SPEC("T,warmup=1,warmup=1"),
    SPEC("T,warmup=1, warmup = 2"),
    SPEC("T,min_growth=1KiB,min_growth=1024"),
    SPEC("T,min_calls=3,min_calls=x"),
    // CHECK-NEXT: error 'T,clear,traceback,clear': razor_probe option 'clear' is repeated
    // CHECK-NEXT: error 'T,debug, debug': razor_probe option 'debug' is repeated
    // CHECK-NEXT: error 'T,nostrict,nostrict': razor_probe option 'nostrict' is repeated
    // CHECK-NEXT: error 'T,strict,strict': razor_probe option 'strict' is repeated
    // CHECK-NEXT: error 'T,strict,nostrict': razor_probe options 'strict' and 'nostrict' contradict each other
    // CHECK-NEXT: error 'T,nostrict,traceback,strict': razor_probe options 'strict' and 'nostrict' contradict each other
    // CHECK-NEXT: error 'T,warmup=1,warmup=1': razor_probe option 'warmup' is repeated
    // CHECK-NEXT: error 'T,warmup=1, warmup = 2': razor_probe option 'warmup' is repeated
    // CHECK-NEXT: error 'T,min_growth=1KiB,min_growth=1024': razor_probe option 'min_growth' is repeated
    // CHECK-NEXT: error 'T,min_calls=3,min_calls=x': razor_probe option 'min_calls' is repeated

    // A flag takes no value; a valued option needs one.
    SPEC("T,traceback=1"),
    SPEC("T,strict=0"),
    SPEC("T,debug="),
    SPEC("T,warmup"),
    SPEC("T,warmup="),
    SPEC("T,min_growth = "),
    SPEC("T,min_calls"),
    // CHECK-NEXT: error 'T,traceback=1': razor_probe option 'traceback' takes no value
    // CHECK-NEXT: error 'T,strict=0': razor_probe option 'strict' takes no value
    // CHECK-NEXT: error 'T,debug=': razor_probe option 'debug' takes no value
    // CHECK-NEXT: error 'T,warmup': razor_probe option 'warmup' needs a value (warmup=N)
    // CHECK-NEXT: error 'T,warmup=': razor_probe option 'warmup' needs a value (warmup=N)
    // CHECK-NEXT: error 'T,min_growth = ': razor_probe option 'min_growth' needs a value (min_growth=SIZE)
    // CHECK-NEXT: error 'T,min_calls': razor_probe option 'min_calls' needs a value (min_calls=N)

    // Counts: digits only, within range; min_calls at least 1.
    SPEC("T,warmup=-1"),
    SPEC("T,warmup=+1"),
    SPEC("T,warmup=3x"),
    SPEC("T,warmup=0x10"),
    SPEC("T,warmup=1 2"),
    SPEC("T,warmup=1.0"),
    SPEC("T,warmup=3KiB"),
    SPEC("T,warmup=4294967296"),
    SPEC("T,warmup=99999999999999999999999"),
    SPEC("T,warmup=99999999999999999999999x"),
    SPEC("T,min_calls=0"),
    SPEC("T,min_calls=000"),
    SPEC("T,min_calls=-3"),
    SPEC("T,min_calls=4294967296"),
    // CHECK-NEXT: error 'T,warmup=-1': razor_probe option 'warmup=-1': '-1' is not a whole number
    // CHECK-NEXT: error 'T,warmup=+1': razor_probe option 'warmup=+1': '+1' is not a whole number
    // CHECK-NEXT: error 'T,warmup=3x': razor_probe option 'warmup=3x': '3x' is not a whole number
    // CHECK-NEXT: error 'T,warmup=0x10': razor_probe option 'warmup=0x10': '0x10' is not a whole number
    // CHECK-NEXT: error 'T,warmup=1 2': razor_probe option 'warmup=1 2': '1 2' is not a whole number
    // CHECK-NEXT: error 'T,warmup=1.0': razor_probe option 'warmup=1.0': '1.0' is not a whole number
    // CHECK-NEXT: error 'T,warmup=3KiB': razor_probe option 'warmup=3KiB': '3KiB' is not a whole number
    // CHECK-NEXT: error 'T,warmup=4294967296': razor_probe option 'warmup=4294967296': too large (at most 4294967295)
    // CHECK-NEXT: error 'T,warmup=99999999999999999999999': razor_probe option 'warmup=99999999999999999999999': too large (at most 4294967295)
    // CHECK-NEXT: error 'T,warmup=99999999999999999999999x': razor_probe option 'warmup=99999999999999999999999x': '99999999999999999999999x' is not a whole number
    // CHECK-NEXT: error 'T,min_calls=0': razor_probe option 'min_calls=0': must be at least 1
    // CHECK-NEXT: error 'T,min_calls=000': razor_probe option 'min_calls=000': must be at least 1
    // CHECK-NEXT: error 'T,min_calls=-3': razor_probe option 'min_calls=-3': '-3' is not a whole number
    // CHECK-NEXT: error 'T,min_calls=4294967296': razor_probe option 'min_calls=4294967296': too large (at most 4294967295)

    // Sizes: digits, then nothing, KiB or MiB (exactly so spelled, no blank
    // between), at most 2^64-1 bytes.
    SPEC("T,min_growth=1KB"),
    SPEC("T,min_growth=1k"),
    SPEC("T,min_growth=1kib"),
    SPEC("T,min_growth=1GiB"),
    SPEC("T,min_growth=KiB"),
    SPEC("T,min_growth=1 KiB"),
    SPEC("T,min_growth=1.5MiB"),
    SPEC("T,min_growth=-1"),
    SPEC("T,min_growth=1KiBKiB"),
    SPEC("T,min_growth=18446744073709551616"),
    SPEC("T,min_growth=18014398509481984KiB"),
    SPEC("T,min_growth=17592186044416MiB"),
    // CHECK-NEXT: error 'T,min_growth=1KB': razor_probe option 'min_growth=1KB': '1KB' is not a size (bytes, or a whole number with KiB or MiB)
    // CHECK-NEXT: error 'T,min_growth=1k': razor_probe option 'min_growth=1k': '1k' is not a size (bytes, or a whole number with KiB or MiB)
    // CHECK-NEXT: error 'T,min_growth=1kib': razor_probe option 'min_growth=1kib': '1kib' is not a size (bytes, or a whole number with KiB or MiB)
    // CHECK-NEXT: error 'T,min_growth=1GiB': razor_probe option 'min_growth=1GiB': '1GiB' is not a size (bytes, or a whole number with KiB or MiB)
    // CHECK-NEXT: error 'T,min_growth=KiB': razor_probe option 'min_growth=KiB': 'KiB' is not a size (bytes, or a whole number with KiB or MiB)
    // CHECK-NEXT: error 'T,min_growth=1 KiB': razor_probe option 'min_growth=1 KiB': '1 KiB' is not a size (bytes, or a whole number with KiB or MiB)
    // CHECK-NEXT: error 'T,min_growth=1.5MiB': razor_probe option 'min_growth=1.5MiB': '1.5MiB' is not a size (bytes, or a whole number with KiB or MiB)
    // CHECK-NEXT: error 'T,min_growth=-1': razor_probe option 'min_growth=-1': '-1' is not a size (bytes, or a whole number with KiB or MiB)
    // CHECK-NEXT: error 'T,min_growth=1KiBKiB': razor_probe option 'min_growth=1KiBKiB': '1KiBKiB' is not a size (bytes, or a whole number with KiB or MiB)
    // CHECK-NEXT: error 'T,min_growth=18446744073709551616': razor_probe option 'min_growth=18446744073709551616': too large (at most 18446744073709551615 bytes)
    // CHECK-NEXT: error 'T,min_growth=18014398509481984KiB': razor_probe option 'min_growth=18014398509481984KiB': too large (at most 18446744073709551615 bytes)
    // CHECK-NEXT: error 'T,min_growth=17592186044416MiB': razor_probe option 'min_growth=17592186044416MiB': too large (at most 18446744073709551615 bytes)

    // The first mistake, left to right, is the one reported.
    SPEC("1BAD,bogus"),
    SPEC("T,bogus,clear,clear"),
    SPEC("T,strict,nostrict,bogus"),
    // CHECK-NEXT: error '1BAD,bogus': razor_probe trigger '1BAD' is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*, or empty for always on)
    // CHECK-NEXT: error 'T,bogus,clear,clear': unknown razor_probe option 'bogus'; expected traceback, clear, strict, nostrict or debug
    // CHECK-NEXT: error 'T,strict,nostrict,bogus': razor_probe options 'strict' and 'nostrict' contradict each other
};
// CHECK-NEXT: 63 specs
// CHECK-NOT: {{.}}

int main(void) { return spec_run_all(table, sizeof table / sizeof table[0]); }
