#!/usr/bin/env bash
# Runs the libFuzzer targets built by Fuzz/build.sh, one at a time, at the lowest CPU priority.
#
# Usage: Fuzz/run.sh [--cpu] SECONDS [TARGET ...]     (targets: yaml clean segment jsonl; default all)
#   SECONDS   how long each target runs: wall-clock seconds, or with --cpu seconds of CPU time the fuzzer
#             itself used (on a busy machine a niced fuzzer gets little CPU; --cpu measures the work done).
# The committed seeds (Fuzz/Corpus/TARGET) are copied into a working corpus under .build/fuzz/corpus,
# which grows across runs and is never committed. A crash leaves its input in .build/fuzz/artifacts/TARGET
# and makes this script exit 1; turn it into a regression test in the owning module's tests.
# Smoke run (about 30 s each): Fuzz/run.sh 30
set -uo pipefail
cd "$(dirname "$0")/.."
cpu=false
if [ "${1:-}" = "--cpu" ]; then cpu=true; shift; fi
seconds=${1:?usage: Fuzz/run.sh [--cpu] SECONDS [TARGET ...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml clean segment jsonl)
Fuzz/build.sh "${targets[@]}" || exit 2

declare -A dictionary=([yaml]=yaml [clean]=html [segment]=html [jsonl]=json)
status=0
for target in "${targets[@]}"; do
    corpus=.build/fuzz/corpus/$target artifacts=.build/fuzz/artifacts/$target
    mkdir -p "$corpus" "$artifacts"
    cp -n Fuzz/Corpus/"$target"/* "$corpus"/ 2>/dev/null
    log=.build/fuzz/$target.log
    args=(-dict="Fuzz/Dictionaries/${dictionary[$target]}.dict" -timeout=20 -rss_limit_mb=2048 -max_len=8192
          -artifact_prefix="$artifacts/" -print_final_stats=1)
    if $cpu; then
        nice -n 19 .build/fuzz/fuzz-"$target" "${args[@]}" "$corpus" >"$log" 2>&1 &
        pid=$!
        ticks=$(getconf CLK_TCK)
        while kill -0 "$pid" 2>/dev/null; do
            sleep 5
            used=$(awk '{print int(($14 + $15) / '"$ticks"')}' /proc/"$pid"/stat 2>/dev/null || echo 0)
            if [ "$used" -ge "$seconds" ]; then kill -INT "$pid"; break; fi
        done
        wait "$pid"
        code=$?
    else
        nice -n 19 .build/fuzz/fuzz-"$target" "${args[@]}" -max_total_time="$seconds" "$corpus" >"$log" 2>&1
        code=$?
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
    if grep -q 'ERROR: \|==ERROR\|deadly signal\|Fatal error\|timeout after' "$log"; then
        echo "fuzz $target: CRASH after ${runs:-?} runs ($cov); see $log and $artifacts" >&2
        status=1
    else
        echo "fuzz $target: ${runs:-?} runs, $cov, no crash (exit $code)" >&2
    fi
done
exit $status
