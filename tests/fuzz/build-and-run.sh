#!/usr/bin/env bash
# Builds the three libFuzzer targets (clang++-14, ASan + UBSan, UBSan fatal) into build/fuzz/,
# replays the regression inputs of tests/fuzz/regressions/<target>/, then fuzzes each target
# for SECONDS seconds (default 30) from its seed corpus.
#
#   tests/fuzz/build-and-run.sh [SECONDS] [TARGET...]     TARGET: evaluate, data, roster (default: all)
#
# Environment: CXX (default clang++-14), JOBS (parallel compiles, default 2),
#              FUZZ_BUILD (default <repo>/build/fuzz), FUZZ_EXTRA (extra libFuzzer flags),
#              WZ_FUZZ_TOLERATE (known open bugs the fuzzing phase steps over, e.g. "nul";
#              see tests/fuzz/regressions/*/README.md; the regression replay ignores it).
# Prints, per target, the executions and the crashes; exits non-zero on any crash, leak,
# timeout or out-of-memory (the inputs are kept in build/fuzz/artifacts/<target>/).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(evaluate data roster)
CXX="${CXX:-clang++-14}"
JOBS="${JOBS:-2}"
out="${FUZZ_BUILD:-$root/build/fuzz}"
obj="$out/obj"
mkdir -p "$obj"

command -v "$CXX" >/dev/null || { echo "build-and-run: $CXX not found" >&2; exit 2; }

# --- sources: WZ_CORE_SOURCES of CMakeLists.txt, the generated schemas, data_files.cpp
mapfile -t sources < <(sed -n '/set(WZ_CORE_SOURCES/,/)/p' "$root/CMakeLists.txt" | grep -o 'core/[A-Za-z0-9_]*\.cpp')
[ ${#sources[@]} -gt 0 ] || { echo "build-and-run: no WZ_CORE_SOURCES in CMakeLists.txt" >&2; exit 2; }
sources+=(core/data_files.cpp)
cmake -DSCHEMA_DIR="$root/data/schema" -DOUT="$out/embedded_schemas.cpp" -P "$root/cmake/EmbedSchemas.cmake"

cxxflags=(-std=c++17 -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
          -I"$root/core" -DWZ_DATA_DIR="\"$root/data\"")

echo "== building with $CXX into $out"
objects=()
jobs_list=()
for s in "${sources[@]}"; do
    o="$obj/$(basename "${s%.cpp}").o"
    objects+=("$o")
    jobs_list+=("$root/$s" "$o")
done
objects+=("$obj/embedded_schemas.o")
jobs_list+=("$out/embedded_schemas.cpp" "$obj/embedded_schemas.o")
for t in evaluate data roster; do jobs_list+=("$here/fuzz_$t.cpp" "$obj/fuzz_$t.o"); done
# an object is rebuilt when older than its source or any core header, or when the flags change
newest_header="$(ls -t "$root"/core/*.hpp | head -1)"
stamp="$(printf '%q ' "$CXX" "${cxxflags[@]}")"
if [ "$(cat "$obj/flags.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -f "$obj"/*.o
    printf '%s' "$stamp" >"$obj/flags.stamp"
fi
stale=()
for ((i = 0; i < ${#jobs_list[@]}; i += 2)); do
    src="${jobs_list[i]}" o="${jobs_list[i + 1]}"
    if [ ! -f "$o" ] || [ "$src" -nt "$o" ] || [ "$newest_header" -nt "$o" ]; then
        stale+=("$src" "$o")
    fi
done
if [ ${#stale[@]} -gt 0 ]; then
    # JOBS compiles at a time (objects need only -fsanitize=fuzzer-no-link; the link adds the driver)
    {
        echo '#!/bin/sh'
        echo 'echo "  compile ${1##*/}"'
        printf '%q ' "$CXX" "${cxxflags[@]}" -fsanitize=fuzzer-no-link
        echo '-c "$1" -o "$2.tmp" && mv "$2.tmp" "$2"'
    } >"$out/compile.sh"
    chmod +x "$out/compile.sh"
    printf '%s\0' "${stale[@]}" | xargs -0 -n 2 -P "$JOBS" "$out/compile.sh"
fi
for t in evaluate data roster; do
    relink=0
    [ -f "$out/fuzz_$t" ] || relink=1
    for o in "$obj/fuzz_$t.o" "${objects[@]}"; do [ "$o" -nt "$out/fuzz_$t" ] && relink=1; done
    if [ "$relink" = 1 ]; then
        echo "  link fuzz_$t"
        "$CXX" "${cxxflags[@]}" -fsanitize=fuzzer "$obj/fuzz_$t.o" "${objects[@]}" -o "$out/fuzz_$t.tmp"
        mv "$out/fuzz_$t.tmp" "$out/fuzz_$t"
    fi
done
echo "built $out/fuzz_evaluate $out/fuzz_data $out/fuzz_roster"

# --- run
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
summary=()
for t in "${targets[@]}"; do
    bin="$out/fuzz_$t"
    seeds="$here/corpus/$t"
    work="$out/corpus/$t"
    arts="$out/artifacts/$t"
    log="$out/fuzz_$t.log"
    mkdir -p "$work" "$arts"
    flags=(-max_len=65536 -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$arts/")
    [ "$t" = evaluate ] && flags+=(-dict="$here/evaluate.dict")
    [ "$t" = data ] && flags+=(-dict="$here/data.dict")
    [ "$t" = roster ] && flags+=(-dict="$here/roster.dict")

    regressions=()
    if [ -d "$here/regressions/$t" ]; then
        mapfile -t regressions < <(find "$here/regressions/$t" -type f ! -name '*.md' | sort)
    fi
    if [ ${#regressions[@]} -gt 0 ]; then
        # strict: a regression input fails until the bug is fixed, whatever WZ_FUZZ_TOLERATE says
        echo "== $t: replaying ${#regressions[@]} regression input(s)"
        failed=0
        for r in "${regressions[@]}"; do
            if ! env -u WZ_FUZZ_TOLERATE "$bin" "${flags[@]}" "$r" >"$out/fuzz_$t.regression.log" 2>&1; then
                failed=$((failed + 1))
                echo "REGRESSION: fuzz_$t fails on ${r#"$root"/}"
                grep -m1 -E 'ERROR: |runtime error|invariant broken' "$out/fuzz_$t.regression.log" || true
            fi
        done
        if [ "$failed" -gt 0 ]; then
            status=1
            summary+=("$(printf '%-14s regressions: %s of %s fail' "fuzz_$t" "$failed" "${#regressions[@]}")")
        fi
    fi

    echo "== $t: fuzzing for ${seconds}s (log: $log)"
    before=$(find "$arts" -type f | wc -l)
    rc=0
    # shellcheck disable=SC2086
    "$bin" "${flags[@]}" -max_total_time="$seconds" ${FUZZ_EXTRA:-} "$work" "$seeds" >"$log" 2>&1 || rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
    [ -n "$execs" ] || execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
    after=$(find "$arts" -type f | wc -l)
    crashes=$((after - before))
    if [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ]; then crashes=1; fi
    summary+=("$(printf '%-14s %6ss  execs %-10s crashes %s' "fuzz_$t" "$seconds" "${execs:-?}" "$crashes")")
    if [ "$crashes" -gt 0 ]; then
        status=1
        echo "CRASH in fuzz_$t (exit $rc); new artifacts:"
        find "$arts" -type f -newer "$bin" | sed 's/^/  /'
        grep -m3 -E 'ERROR: |runtime error|invariant broken|SUMMARY' "$log" || true
    fi
done
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
