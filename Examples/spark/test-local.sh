#!/usr/bin/env bash
# Runs the who-said-what example on Spark in local mode and checks it against `gloss run` on one machine.
#
#   Examples/spark/test-local.sh                  build gloss (release, static Swift runtime), then test
#   GLOSS=path/to/gloss Examples/spark/test-local.sh   use that binary (built with --static-swift-stdlib)
#
# Environment: DOCUMENTS (default 2001: the 3 example articles, 667 copies each), PARTITIONS (4),
# SPARK_MASTER (local[2]), RUNS (1: how many times to run the Spark job, each checked),
# GLOSS_SPARK_VENV (~/.cache/gloss/spark-venv: where pyspark is installed from PyPI if it is missing).
# Needs Java 17 and python3. Exits non-zero when a document is lost, repeated or different.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
here=Examples/spark
documents=${DOCUMENTS:-2001}
partitions=${PARTITIONS:-4}
master=${SPARK_MASTER:-local[2]}
runs=${RUNS:-1}
venv=${GLOSS_SPARK_VENV:-$HOME/.cache/gloss/spark-venv}
work=$(mktemp -d "${TMPDIR:-/tmp}/gloss-spark.XXXXXX")
trap 'rm -rf "$work"' EXIT

seconds_since() { python3 -c "import sys, time; print(f'{time.time() - float(sys.argv[1]):.1f}')" "$1"; }

if ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
    started=$(date +%s.%N)
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet pyspark
    echo "pyspark installed into $venv in $(seconds_since "$started") s"
fi
echo "pyspark $("$venv/bin/python" -c 'import pyspark; print(pyspark.__version__)'), $(java -version 2>&1 | head -1)"

if [ -z "${GLOSS:-}" ]; then
    started=$(date +%s.%N)
    swift build -c release --product gloss --static-swift-stdlib
    GLOSS="$(swift build -c release --show-bin-path)/gloss"
    echo "gloss built in $(seconds_since "$started") s"
fi

"$here/package-gloss.sh" "$GLOSS" "$work/gloss.tar.gz"
python3 "$here/make_corpus.py" Examples/articles "$documents" "$work/corpus.jsonl"

# On this machine a gloss that lost a resource bundle would still find it in the build folder (SwiftPM's
# Bundle.module falls back to that absolute path), so a Spark run alone cannot show that the archive is
# complete. The system calls of the packed gloss can: every bundle and libyaml must be opened inside it.
if command -v strace >/dev/null; then
    mkdir "$work/unpacked"
    tar -xzf "$work/gloss.tar.gz" -C "$work/unpacked"
    head -1 "$work/corpus.jsonl" > "$work/one.jsonl"
    strace -f -e trace=openat -o "$work/trace" "$work/unpacked/gloss" run "$work/unpacked/Pipelines/news.yaml" \
        "$work/one.jsonl" --stats none >/dev/null
    if grep '\.resources/' "$work/trace" | grep -v ENOENT | grep -qv "\"$work/unpacked/"; then
        echo "the packed gloss opened resources outside its archive:" >&2
        grep '\.resources/' "$work/trace" | grep -v "\"$work/unpacked/" >&2
        exit 1
    fi
    for file in $(cd "$work/unpacked" && ls -d -- *.resources) libyaml-0.so.2; do
        grep -q "\"$work/unpacked/$file[\"/].* = [0-9]" "$work/trace" ||
            { echo "the packed gloss did not open $file inside its archive" >&2; exit 1; }
    done
    echo "the packed gloss opens its resource bundles and libyaml inside the archive (strace)"
fi

# The one-machine result, with the error policy the Spark job uses (so that a failure would be a
# marked document in both, not a missing one in one of them).
started=$(date +%s.%N)
"$GLOSS" run Pipelines/news.yaml "$work/corpus.jsonl" --on-error mark --stats none -o "$work/reference.jsonl"
echo "gloss run on one machine: $documents documents in $(seconds_since "$started") s"

export PYSPARK_PYTHON="$venv/bin/python"
for run in $(seq 1 "$runs"); do
    rm -rf "$work/out"
    started=$(date +%s.%N)
    "$venv/bin/spark-submit" --master "$master" --conf spark.ui.enabled=false \
        --archives "$work/gloss.tar.gz#gloss" \
        "$here/whosaid.py" "$work/corpus.jsonl" "$work/out" --gloss-archive gloss --partitions "$partitions" \
        --documents 2>"$work/spark.log" >"$work/summary.json" || { tail -40 "$work/spark.log" >&2; exit 1; }
    wall=$(seconds_since "$started")
    echo "spark run $run ($master, $partitions partitions): $(cat "$work/summary.json"), spark-submit wall time $wall s"
    python3 "$here/check_run.py" "$work/corpus.jsonl" "$work/reference.jsonl" "$work/out"
done

# Partitions can be empty (here 3 documents in 8): an empty partition must give nothing back, not a
# document of its own.
head -3 "$work/corpus.jsonl" > "$work/small.jsonl"
head -3 "$work/reference.jsonl" > "$work/small-reference.jsonl"
rm -rf "$work/out"
"$venv/bin/spark-submit" --master "$master" --conf spark.ui.enabled=false --archives "$work/gloss.tar.gz#gloss" \
    "$here/whosaid.py" "$work/small.jsonl" "$work/out" --gloss-archive gloss --partitions 8 --documents \
    2>"$work/spark.log" >"$work/summary.json" || { tail -40 "$work/spark.log" >&2; exit 1; }
echo "spark run with empty partitions ($master, 8 partitions): $(cat "$work/summary.json")"
python3 "$here/check_run.py" "$work/small.jsonl" "$work/small-reference.jsonl" "$work/out"
echo "ok: every document came back exactly once, identical to gloss run"
