#!/usr/bin/env bash
# Runs the libFuzzer target `extract` for a bounded time.
#
#   fuzz/run.sh DURATION_SECONDS [extra libFuzzer flags…]
#
# Exits 0 when the time ran out with no crash, non-zero when libFuzzer found a crash, a
# timeout (one input slower than FUZZ_TIMEOUT seconds) or an out-of-memory; the failing
# input is then under fuzz/artifacts/extract/ and its path is printed. Copy it to
# tests/fuzz_regressions/ so that `cargo test --test adversarial` replays it.
#
# Only the stable toolchain is here: cargo-fuzz's nightly flags (-Zsanitizer…) are allowed
# by RUSTC_BOOTSTRAP=1. Environment: FUZZ_TIMEOUT (per input, s; default 10), FUZZ_MAX_LEN
# (bytes; default 4096), FUZZ_SANITIZER (address|none; default address).
#
# FUZZ_ENGINE=stress runs the stable random tester src/bin/stress.rs instead (structured
# Vietnamese-like text, no coverage guidance, no nightly features); its failing inputs go to
# fuzz/artifacts/stress/. FUZZ_SEED fixes its seed.
set -euo pipefail

duration="${1:-}"
if ! [[ "$duration" =~ ^[0-9]+$ ]] || [ "$duration" -eq 0 ]; then
    echo "usage: $0 DURATION_SECONDS [libFuzzer flags…]" >&2
    exit 2
fi
shift

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if [ "${FUZZ_ENGINE:-libfuzzer}" = stress ]; then
    [ "$#" -eq 0 ] || { echo "run.sh: extra flags are for libFuzzer only" >&2; exit 2; }
    cargo build --release --bin stress
    exec ./target/release/stress "$duration" ${FUZZ_SEED:+"$FUZZ_SEED"}
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "run.sh: installing cargo-fuzz from crates.io" >&2
    cargo install --locked cargo-fuzz
fi

export RUSTC_BOOTSTRAP=1
mkdir -p corpus/extract artifacts/extract
log="$(mktemp "${TMPDIR:-/tmp}/viet-extract-fuzz.XXXXXX.log")"
stamp="$(mktemp)"
trap 'rm -f "$stamp"' EXIT

echo "run.sh: fuzzing for ${duration}s; log: $log" >&2
set +e
cargo fuzz run --sanitizer "${FUZZ_SANITIZER:-address}" extract corpus/extract seeds/extract -- \
    -max_total_time="$duration" \
    -timeout="${FUZZ_TIMEOUT:-10}" \
    -max_len="${FUZZ_MAX_LEN:-4096}" \
    -dict=extract.dict \
    -print_final_stats=1 \
    "$@" >"$log" 2>&1
status=$?
set -e

execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)"
echo "run.sh: exit status $status; executions: ${execs:-unknown}" >&2
grep -E '^Done [0-9]+ runs|^stat::(average_exec_per_sec|new_units_added|slowest_unit_time_sec|peak_rss_mb)' "$log" >&2 || true

found=0
for f in $(find artifacts/extract -type f -newer "$stamp" 2>/dev/null); do
    found=1
    echo "run.sh: failing input: fuzz/$f" >&2
done
if [ "$status" -ne 0 ]; then
    grep -E -m5 "panicked at|ERROR: libFuzzer|SUMMARY:|deadly signal|timeout after|out-of-memory" "$log" >&2 || true
    [ "$found" -eq 1 ] || tail -30 "$log" >&2
    exit "$status"
fi
exit 0
