#!/usr/bin/env bash
# Fuzz smoke test for CI: run every cargo-fuzz target for a short while on
# the committed corpus (fuzz/corpus/<target>/).
#
#   bash fuzz/smoke.sh                 # every target, 60 s each
#   FUZZ_SECONDS=600 bash fuzz/smoke.sh tokenize analyze
#
# Exit status: 0 when every target ran clean, or when cargo-fuzz cannot be
# installed or run on this toolchain (a "SKIP" line says why); 1 when a
# target crashed (the reproducer is in fuzz/artifacts/<target>/ and libFuzzer
# prints it in Base64) or the fuzz crate does not compile.
#
# The crate forbids unsafe code, so targets are built without a sanitizer
# (--sanitizer none: about twice the executions of AddressSanitizer; debug
# assertions and overflow checks stay on), which builds on stable as is.
# RUSTC_BOOTSTRAP=1 is set for the fuzz build anyway, so that cargo-fuzz's
# nightly-only flags (-Zsanitizer=address, the default) work on stable too.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here" || exit 1

seconds="${FUZZ_SECONDS:-60}"
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    targets=(tokenize analyze lexicon emoji_descriptions taxonomy nrc)
fi

skip() {
    echo "SKIP fuzz smoke: $*"
    exit 0
}

command -v cargo >/dev/null 2>&1 || skip "cargo is not installed"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz smoke: installing cargo-fuzz"
    if ! cargo install cargo-fuzz --locked >/tmp/cargo-fuzz-install.log 2>&1 \
        && ! cargo install cargo-fuzz >>/tmp/cargo-fuzz-install.log 2>&1; then
        tail -n 20 /tmp/cargo-fuzz-install.log
        skip "cargo-fuzz could not be installed"
    fi
fi
echo "fuzz smoke: $(cargo fuzz --version 2>/dev/null), $(rustc --version)"

# A fuzz crate that does not compile is a real failure, whatever the toolchain.
if ! cargo check --quiet --manifest-path "$here/Cargo.toml" --bins; then
    echo "FAIL fuzz smoke: the fuzz targets do not compile"
    exit 1
fi

export RUSTC_BOOTSTRAP=1
if ! cargo fuzz build --sanitizer none >/tmp/cargo-fuzz-build.log 2>&1; then
    tail -n 30 /tmp/cargo-fuzz-build.log
    skip "cargo fuzz cannot build instrumented targets on this toolchain"
fi

# New inputs go to a scratch directory (the first corpus libFuzzer is given),
# so the committed corpus is only read.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

failed=()
for target in "${targets[@]}"; do
    if [ ! -d "corpus/$target" ]; then
        echo "FAIL fuzz smoke: no corpus/$target"
        failed+=("$target")
        continue
    fi
    mkdir -p "$scratch/$target"
    echo "fuzz smoke: $target for ${seconds}s"
    start=$(date +%s)
    cargo fuzz run --sanitizer none "$target" "$scratch/$target" "corpus/$target" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        >"$scratch/$target.log" 2>&1
    status=$?
    grep -a -E '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs' "$scratch/$target.log" | tail -n 2
    if [ "$status" -ne 0 ]; then
        # The panic, the reproducer and how to replay it; the whole log is kept
        # beside the reproducer in fuzz/artifacts/.
        mkdir -p "artifacts/$target"
        cp "$scratch/$target.log" "artifacts/$target/smoke.log"
        grep -a -A2 'panicked at' "$scratch/$target.log" | head -n 12
        grep -a -E '^==[0-9]+== ERROR|^SUMMARY|Test unit written|^Base64|^Output of|^Reproduce with|^Minimize' -A2 \
            "$scratch/$target.log" | grep -a -v -E '^--$|^$' | head -n 20
        echo "(full log: fuzz/artifacts/$target/smoke.log)"
        echo "FAIL fuzz smoke: $target crashed (exit $status) after $(( $(date +%s) - start ))s"
        failed+=("$target")
    else
        echo "ok fuzz smoke: $target ($(( $(date +%s) - start ))s)"
    fi
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz smoke: crashed: ${failed[*]}"
    exit 1
fi
echo "fuzz smoke: ${#targets[@]} targets ran clean"
