#!/usr/bin/env bash
# Runs the Spark job (dateline_job.py) on local[2] and checks it against single-process runs of
# the same binary. .ci/spark-test installs what this needs and calls it; by hand:
#
#   DATELINE=.build/release/dateline PYTHON=/tmp/dateline-spark-venv/bin/python Tests/Spark/run_local_test.sh
#
# Environment: DATELINE (the binary), PYTHON (a Python with pyspark), SPARK_SUBMIT (default: next
# to PYTHON), ARTICLES (default 20000), PARTITIONS (default 8), WORK (scratch folder, emptied;
# default /tmp/dateline-spark-test; removed after a PASS unless KEEP_WORK is set), MIN_THROUGHPUT (fail when the Spark run reaches less than
# this percentage of the single-process throughput; default 0, only reported).
#
# Checks, each printed as "ok" or "FAIL":
#   1. ARTICLES generated articles, PARTITIONS partitions, binary shipped with --files: the output
#      sorted by id is byte-identical to `dateline tag --format jsonl -` over the same file.
#   2. Hostile input (malformed JSON, a binary blob, a JSON array, Latin-1 bytes, a record without
#      text, an unreadable date, blank and CRLF lines, a 5 MB article, a last line cut off) in 4 partitions, tag and
#      build, lines numbered by a first pass in the JVM: identical to the single process, with
#      the error records.
#   3. Parquet input: identical to the single process over the equivalent JSON Lines.
#   4. Crash recovery of the job (a stand-in binary that dies on some lines).
# The last line says PASS or FAIL; the exit status is 0 only on PASS.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
: "${DATELINE:?set DATELINE to the dateline binary}"
: "${PYTHON:?set PYTHON to a Python that has pyspark}"
SPARK_SUBMIT="${SPARK_SUBMIT:-$(dirname "$PYTHON")/spark-submit}"
ARTICLES="${ARTICLES:-20000}"
PARTITIONS="${PARTITIONS:-8}"
WORK="${WORK:-/tmp/dateline-spark-test}"
MIN_THROUGHPUT="${MIN_THROUGHPUT:-0}"
DATELINE="$(cd "$(dirname "$DATELINE")" && pwd)/$(basename "$DATELINE")"

export PYSPARK_PYTHON="$PYTHON" PYSPARK_DRIVER_PYTHON="$PYTHON" PYTHONDONTWRITEBYTECODE=1
# Spark binds to loopback only, with no web UI.
export SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost
spark_conf=(--master "local[2]" --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1
            --conf spark.driver.bindAddress=127.0.0.1)

rm -rf "$WORK" && mkdir -p "$WORK" || exit 1
cd "$WORK" || exit 1
failures=0
checks=0
started=$(date +%s.%N)

say() { printf 'spark-test: %s\n' "$*"; }
seconds_since() { python3 -c "import sys; print(f'{$(date +%s.%N) - float(sys.argv[1]):.2f}')" "$1"; }
check() {  # check LABEL COMMAND…: counts a check, prints the command's ok/FAIL lines
    checks=$((checks + 1))
    if ! "${@:2}"; then
        failures=$((failures + 1))
        say "FAIL: $1"
    fi
}
submit() {  # submit NAME ARGS…: spark-submit the job, logs in NAME.log, the job's own lines in NAME.out
    local name=$1
    shift
    if ! "$SPARK_SUBMIT" "${spark_conf[@]}" "$@" >"$name.out" 2>"$name.log"; then
        say "spark-submit $name failed; the end of its log:"
        grep -v ' INFO \| WARN ' "$name.log" | tail -25
        tail -5 "$name.out"
        return 1
    fi
    grep '^dateline_job: \|^articles=' "$name.out" | sed 's/^/  /'
}
summary() { python3 -c "import json,sys; s=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }

say "dateline $DATELINE ($(du -h "$DATELINE" | cut -f1)); Spark from $SPARK_SUBMIT; work in $WORK"
python3 "$here/generate_articles.py" "$ARTICLES" -o articles.jsonl || exit 1
python3 "$here/generate_articles.py" 400 --hostile --seed 7 -o hostile.jsonl || exit 1
say "generated $ARTICLES articles ($(du -h articles.jsonl | cut -f1)) and a hostile batch ($(du -h hostile.jsonl | cut -f1))"

# --- 1. The main run -------------------------------------------------------------------------
t=$(date +%s.%N)
"$DATELINE" tag --format jsonl - <articles.jsonl >reference.jsonl 2>reference.err
status=$?
single_seconds=$(seconds_since "$t")
if [ $status -ne 0 ]; then say "FAIL: the single-process run exited with $status"; head -5 reference.err; exit 1; fi
say "single process: $single_seconds s"

say "Spark local[2], $PARTITIONS partitions, binary shipped with --files:"
if submit main --files "$DATELINE" "$here/dateline_job.py" articles.jsonl -o spark-out --binary "$(basename "$DATELINE")" \
        --partitions "$PARTITIONS" --summary-json main.json; then
    check "main run" python3 "$here/check_output.py" compare reference.jsonl spark-out --label "$ARTICLES articles"
    partitions=$(summary main.json 's["partitions"]')
    if [ "$partitions" != "$PARTITIONS" ]; then say "FAIL: the input was read in $partitions partitions, not $PARTITIONS"; failures=$((failures + 1)); fi
else
    checks=$((checks + 1)); failures=$((failures + 1))
fi

# --- 2. Hostile input, tag and build, lines counted by a first pass ---------------------------
"$DATELINE" tag --format jsonl - <hostile.jsonl >hostile-tag.jsonl 2>/dev/null
tag_status=$?
"$DATELINE" build --format jsonl -o - - <hostile.jsonl >hostile-build.jsonl 2>/dev/null
build_status=$?
if [ $tag_status -ne 2 ] || [ $build_status -ne 2 ]; then
    say "FAIL: the single-process runs over the hostile batch exited with $tag_status and $build_status, not 2"
    failures=$((failures + 1))
fi
say "hostile batch, 4 partitions, tag and build, --line-numbers scan:"
if submit hostile "$here/dateline_job.py" hostile.jsonl -o hostile-tag --events-output hostile-build \
        --binary "$DATELINE" --partitions 4 --line-numbers scan --summary-json hostile.json; then
    check "hostile tag" python3 "$here/check_output.py" compare hostile-tag.jsonl hostile-tag --min-errors 7 --label "hostile batch, tag"
    check "hostile build" python3 "$here/check_output.py" compare hostile-build.jsonl hostile-build --min-errors 7 --label "hostile batch, build"
else
    checks=$((checks + 1)); failures=$((failures + 1))
fi

# --- 3. Parquet input -------------------------------------------------------------------------
head -300 articles.jsonl >small.jsonl
if "$PYTHON" "$here/check_output.py" to-parquet small.jsonl small.parquet small-equivalent.jsonl >parquet-convert.log 2>&1; then
    "$DATELINE" tag --format jsonl - <small-equivalent.jsonl >parquet-reference.jsonl 2>/dev/null
    say "Parquet input, 3 partitions:"
    if submit parquet "$here/dateline_job.py" small.parquet -o parquet-out --binary "$DATELINE" --partitions 3 \
            --summary-json parquet.json; then
        check "parquet" python3 "$here/check_output.py" compare parquet-reference.jsonl parquet-out --label "Parquet input"
    else
        checks=$((checks + 1)); failures=$((failures + 1))
    fi
else
    say "FAIL: could not write the Parquet input"; tail -5 parquet-convert.log
    checks=$((checks + 1)); failures=$((failures + 1))
fi

# --- 4. Crash recovery ------------------------------------------------------------------------
check "crash recovery" "$PYTHON" "$here/check_output.py" crash-recovery 2>/dev/null

# --- Throughput -------------------------------------------------------------------------------
if [ -f main.json ]; then
    read -r stage job startup <<<"$(summary main.json '" ".join(str(v) for v in (s["tag"]["seconds"], s["job_seconds"], s["startup_seconds"]))')"
    python3 - "$ARTICLES" "$single_seconds" "$stage" "$job" "$startup" "$MIN_THROUGHPUT" <<'EOF'
import sys
n, single, stage, job, startup, minimum = int(sys.argv[1]), *map(float, sys.argv[2:])
rate = lambda seconds: n / seconds
print(f"spark-test: throughput on {n} articles: single process {rate(single):.0f} articles/s; "
      f"Spark {rate(job):.0f} articles/s after start-up ({100 * single / job:.0f}%; the tagging stage alone "
      f"{rate(stage):.0f} articles/s, {100 * single / stage:.0f}%); JVM start-up {startup:.1f} s not counted")
if minimum and 100 * single / job < minimum:
    print(f"spark-test: FAIL: below {minimum:.0f}% of the single-process throughput")
    sys.exit(1)
EOF
    [ $? -eq 0 ] || failures=$((failures + 1))
fi

total=$(seconds_since "$started")
if [ $failures -eq 0 ]; then
    say "PASS ($checks checks) in $total s"
    if [ -z "${KEEP_WORK:-}" ]; then cd / && rm -rf "$WORK"; fi
    exit 0
fi
say "FAIL ($failures of $checks checks failed) in $total s; logs in $WORK"
exit 1
