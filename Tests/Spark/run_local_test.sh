#!/usr/bin/env bash
# Runs the Spark job (dateline_job.py) on local[2] and checks it against single-process runs of
# the same binary. .ci/spark-test installs what this needs and calls it; by hand:
#
#   DATELINE=.build/release/dateline PYTHON=/tmp/dateline-spark-venv/bin/python Tests/Spark/run_local_test.sh
#
# Environment: DATELINE (the binary), PYTHON (a Python with pyspark), SPARK_SUBMIT (default: next
# to PYTHON), ARTICLES (default 20000), PARTITIONS (default 8), WORK (scratch folder, emptied;
# default /tmp/dateline-spark-test; removed after a PASS unless KEEP_WORK is set), ROUNDS (rounds
# of the throughput measurement, default 3; 0 skips it), MIN_THROUGHPUT (fail when the median
# Spark throughput is below this percentage of the single process's; default 0: only reported).
#
# Checks, each printed as "ok" or "FAIL":
#   1. ARTICLES generated articles, PARTITIONS partitions, binary shipped with --files, read
#      directly by the tasks: the output sorted by id is byte-identical to
#      `dateline tag --format jsonl -` over the same file.
#   2. Hostile input (malformed JSON, a binary blob, a JSON array, Latin-1 bytes, a record without
#      text, an unreadable date, blank and CRLF lines, a 5 MB article, a last line cut off) in 4
#      partitions, tag and build, read by Spark's text source: identical to the single process,
#      with the error records.
#   3. The hostile batch again, read directly by the tasks, plain and gzipped: each identical to
#      the single process.
#   4. Parquet input: identical to the single process over the equivalent JSON Lines.
#   5. Crash recovery of the job (a stand-in binary that dies on some lines).
#   Then the throughput of the job against the single process (benchmark.py): reported, and
#   checked against MIN_THROUGHPUT.
# The last line says PASS or FAIL; the exit status is 0 only on PASS.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
: "${DATELINE:?set DATELINE to the dateline binary}"
: "${PYTHON:?set PYTHON to a Python that has pyspark}"
SPARK_SUBMIT="${SPARK_SUBMIT:-$(dirname "$PYTHON")/spark-submit}"
ARTICLES="${ARTICLES:-20000}"
PARTITIONS="${PARTITIONS:-8}"
WORK="${WORK:-/tmp/dateline-spark-test}"
ROUNDS="${ROUNDS:-3}"
MIN_THROUGHPUT="${MIN_THROUGHPUT:-0}"
DATELINE="$(cd "$(dirname "$DATELINE")" && pwd)/$(basename "$DATELINE")"

export PYSPARK_PYTHON="$PYTHON" PYSPARK_DRIVER_PYTHON="$PYTHON" PYTHONDONTWRITEBYTECODE=1
# Spark binds to loopback only, with no web UI. The JVM compiles with C1 only: in local mode it
# only moves bytes, and C2's compile time on 2 cores costs more than it saves (see README.md).
export SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost
java_options="-XX:TieredStopAtLevel=1"
spark_conf=(--master "local[2]" --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1
            --conf spark.driver.bindAddress=127.0.0.1 --driver-java-options "$java_options")

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
    reader=$(summary main.json 's["reader"]')
    if [ "$reader" != direct ]; then say "FAIL: the local input was read by the $reader reader, not direct"; failures=$((failures + 1)); fi
    say "$(summary main.json '"first run in a new JVM: the job took %.2f s (JVM start-up of %.1f s not counted, its warm-up counted)" % (s["job_seconds"], s["startup_seconds"])')"
else
    checks=$((checks + 1)); failures=$((failures + 1))
fi

# --- 2. Hostile input, tag and build, read by Spark's text source ----------------------------
"$DATELINE" tag --format jsonl - <hostile.jsonl >hostile-tag.jsonl 2>/dev/null
tag_status=$?
"$DATELINE" build --format jsonl -o - - <hostile.jsonl >hostile-build.jsonl 2>/dev/null
build_status=$?
if [ $tag_status -ne 2 ] || [ $build_status -ne 2 ]; then
    say "FAIL: the single-process runs over the hostile batch exited with $tag_status and $build_status, not 2"
    failures=$((failures + 1))
fi
say "hostile batch, 4 partitions, tag and build, --reader spark:"
if submit hostile "$here/dateline_job.py" hostile.jsonl -o hostile-tag --events-output hostile-build \
        --binary "$DATELINE" --partitions 4 --reader spark --summary-json hostile.json; then
    check "hostile tag" python3 "$here/check_output.py" compare hostile-tag.jsonl hostile-tag --min-errors 7 --label "hostile batch, tag"
    check "hostile build" python3 "$here/check_output.py" compare hostile-build.jsonl hostile-build --min-errors 7 --label "hostile batch, build"
else
    checks=$((checks + 1)); failures=$((failures + 1))
fi

# --- 3. Hostile input read directly, plain and gzipped ---------------------------------------
# Both files hold the same lines, so the output is the single-process records twice over.
mkdir -p direct && cp hostile.jsonl direct/ && gzip -c hostile.jsonl >direct/hostile.jsonl.gz
cat hostile-tag.jsonl hostile-tag.jsonl >hostile-twice.jsonl
say "hostile batch plain and gzipped, 4 partitions, tag, --reader direct:"
if submit direct "$here/dateline_job.py" direct -o direct-tag --binary "$DATELINE" --partitions 4 --reader direct \
        --summary-json direct.json; then
    check "hostile direct" python3 "$here/check_output.py" compare hostile-twice.jsonl direct-tag --min-errors 14 \
        --label "hostile batch, plain and gzipped, read directly"
else
    checks=$((checks + 1)); failures=$((failures + 1))
fi

# --- 4. Parquet input -------------------------------------------------------------------------
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

# --- 5. Crash recovery ------------------------------------------------------------------------
check "crash recovery" "$PYTHON" "$here/check_output.py" crash-recovery 2>/dev/null

# --- Throughput -------------------------------------------------------------------------------
# The single process and the job back to back, ROUNDS times, in one SparkSession after a warm-up
# run (benchmark.py says what is timed). A busy machine moves single rounds a lot, so only the
# median is checked.
if [ "$ROUNDS" -gt 0 ]; then
    say "throughput, $ROUNDS rounds (benchmark.py):"
    if "$PYTHON" "$here/benchmark.py" articles.jsonl --binary "$DATELINE" --partitions "$PARTITIONS" --repeats "$ROUNDS" \
            --java-options="$java_options" --json throughput.json >throughput.out 2>throughput.log; then
        grep -v '^$' throughput.out | sed 's/^/  /'
        python3 - "$MIN_THROUGHPUT" <<'EOF'
import json, sys
minimum = float(sys.argv[1])
t = json.load(open("throughput.json"))
print(f"spark-test: Spark throughput {t['ratio_median']:.0f}% of the single process's (median of {len(t['rounds'])} rounds, "
      f"range {t['ratio_min']:.0f}–{t['ratio_max']:.0f}%; CPU time {t['cpu_ratio_median']:.0f}%)"
      + (f"; the bar here is {minimum:.0f}%" if minimum else "; not checked (MIN_THROUGHPUT=0)"))
if minimum and t["ratio_median"] < minimum:
    print(f"spark-test: FAIL: the median is below {minimum:.0f}%")
    sys.exit(1)
EOF
        [ $? -eq 0 ] || failures=$((failures + 1))
    else
        say "FAIL: benchmark.py failed; the end of its log:"
        grep -v ' INFO \| WARN ' throughput.log | tail -15
        failures=$((failures + 1))
    fi
fi

total=$(seconds_since "$started")
if [ $failures -eq 0 ]; then
    say "PASS ($checks checks) in $total s"
    if [ -z "${KEEP_WORK:-}" ]; then cd / && rm -rf "$WORK"; fi
    exit 0
fi
say "FAIL ($failures of $checks checks failed) in $total s; logs in $WORK"
exit 1
