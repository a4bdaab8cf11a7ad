#!/usr/bin/env bash
# Time the `cxscore` CLI end to end on ~200k comments, one per line:
#   1. `cxscore score --threads 1 FILE` against `vader_sentimental_lines FILE`
#      (examples/vader_sentimental_lines.rs: the vader-sentimental crate, one
#      compound number per line), and
#   2. `cxscore score --threads 2 FILE` against `--threads 1`.
# Prints each pair's time ratio. Uses hyperfine when installed, else
# /usr/bin/time (else bash's `time`), best of RUNS runs.
#
# Usage, from anywhere:  bash scripts/bench_cli.sh
# Environment: CXSCORE_ICWSM_DIR  the VADER ICWSM-2014 texts
#                                 (default ../shared/data/vader-icwsm2014)
#              LINES              input lines (default 200000)
#              RUNS               runs per command (default 5)
#              BENCH_TIMER=time   use /usr/bin/time even if hyperfine is installed
#
# The input is written to a temporary directory, removed on exit: the texts
# never enter the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA_DIR=${CXSCORE_ICWSM_DIR:-../shared/data/vader-icwsm2014}
LINES=${LINES:-200000}
RUNS=${RUNS:-5}

if [ ! -d "$DATA_DIR" ]; then
    echo "bench_cli: $DATA_DIR not found (set CXSCORE_ICWSM_DIR); nothing to time" >&2
    exit 1
fi

echo "== building (release)"
cargo build --release --quiet -p cxscore-cli
cargo build --release --quiet --example vader_sentimental_lines
TARGET_DIR=$(cargo metadata --format-version 1 --no-deps |
    sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
CXSCORE="$TARGET_DIR/release/cxscore"
PEER="$TARGET_DIR/release/examples/vader_sentimental_lines"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
INPUT="$TMP/comments.txt"

# The texts, one per line, as tests/common/icwsm.rs reads them: third
# tab-separated field onwards, '\r' stripped, empty lines skipped.
cut -f3- "$DATA_DIR"/*_GroundTruth.txt | tr -d '\r' | grep -v '^$' >"$TMP/texts.txt"
TEXTS=$(wc -l <"$TMP/texts.txt")
if [ "$TEXTS" -eq 0 ]; then
    echo "bench_cli: no texts in $DATA_DIR/*_GroundTruth.txt" >&2
    exit 1
fi
: >"$INPUT"
for _ in $(seq $(((LINES + TEXTS - 1) / TEXTS))); do
    cat "$TMP/texts.txt" >>"$INPUT"
done
head -n "$LINES" "$INPUT" >"$TMP/input.txt"
mv "$TMP/input.txt" "$INPUT"
echo "== input: $(wc -l <"$INPUT") lines, $(wc -c <"$INPUT") bytes ($TEXTS ICWSM texts, repeated)"
echo "== machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

# Quoted for the shell commands below.
Q_CXSCORE=$(printf %q "$CXSCORE")
Q_PEER=$(printf %q "$PEER")
Q_INPUT=$(printf %q "$INPUT")

# Sanity: every command reads the whole input and writes one line per line.
for cmd in "$Q_CXSCORE score --threads 1" "$Q_CXSCORE score --threads 2" "$Q_PEER"; do
    out=$(bash -c "$cmd $Q_INPUT" | wc -l)
    if [ "$out" -ne "$LINES" ]; then
        echo "bench_cli: '$cmd' wrote $out lines for $LINES" >&2
        exit 1
    fi
done

# Mean seconds of each command ($1 = label, rest = commands), one per line.
if [ "${BENCH_TIMER:-}" != time ] && command -v hyperfine >/dev/null 2>&1; then
    TIMER="hyperfine (mean of $RUNS runs after 1 warm-up)"
    measure() {
        local json="$TMP/$1.json"
        shift
        hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$json" "$@" >&2
        sed -n 's/^ *"mean": *\([0-9.eE+-]*\).*/\1/p' "$json"
    }
else
    seconds() {
        if [ -x /usr/bin/time ]; then
            /usr/bin/time -f %e -o "$TMP/time" bash -c "$1"
            cat "$TMP/time"
        else
            local TIMEFORMAT=%R
            { time bash -c "$1"; } 2>&1
        fi
    }
    TIMER="/usr/bin/time (best of $RUNS runs after 1 warm-up)"
    [ -x /usr/bin/time ] || TIMER="bash time (best of $RUNS runs after 1 warm-up)"
    measure() {
        shift
        local cmd best t
        for cmd in "$@"; do
            bash -c "$cmd" # warm-up
            best=
            for _ in $(seq "$RUNS"); do
                t=$(seconds "$cmd")
                if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then
                    best=$t
                fi
            done
            echo "  $cmd: ${best}s" >&2
            echo "$best"
        done
    }
fi
echo "== timing with $TIMER"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "-- cxscore --threads 1 vs vader_sentimental_lines"
mapfile -t peer < <(measure peer \
    "$Q_CXSCORE score --threads 1 $Q_INPUT > /dev/null" \
    "$Q_PEER $Q_INPUT > /dev/null")
echo "-- cxscore --threads 2 vs --threads 1"
mapfile -t threads < <(measure threads \
    "$Q_CXSCORE score --threads 1 $Q_INPUT > /dev/null" \
    "$Q_CXSCORE score --threads 2 $Q_INPUT > /dev/null")

echo
echo "== results ($LINES lines)"
printf 'cxscore score --threads 1:   %ss\n' "${peer[0]}"
printf 'vader_sentimental_lines:     %ss\n' "${peer[1]}"
printf 'time ratio cxscore --threads 1 / vader_sentimental_lines: %s\n' "$(ratio "${peer[0]}" "${peer[1]}")"
echo '  (cxscore writes a full JSON analysis per line, the peer one number)'
printf 'cxscore score --threads 1:   %ss\n' "${threads[0]}"
printf 'cxscore score --threads 2:   %ss\n' "${threads[1]}"
printf 'time ratio --threads 2 / --threads 1: %s (speed-up %s)\n' \
    "$(ratio "${threads[1]}" "${threads[0]}")" "$(ratio "${threads[0]}" "${threads[1]}")"
