#!/usr/bin/env python3
"""Throughput of the Spark job against the single-process binary, on the same input and machine.

    benchmark.py INPUT.jsonl --binary .build/release/dateline [--partitions 8] [--repeats 3] [--master local[2]]

Runs `dateline tag --format jsonl - < INPUT > file` and the job (dateline_job.run) in turns, all
Spark runs in one SparkSession: the first Spark run pays the JVM's warm-up (JIT compilation, query
planning, starting the Python workers), the later ones show the steady state. The session's own
start-up is never counted. Prints articles/s for every run and the ratios of the medians.
Needs pyspark (run it with the Python of the venv that .ci/spark-test makes).
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dateline_job  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("--binary", required=True)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    with open(args.input, "rb") as f:
        articles = sum(1 for line in f if line.strip())

    from pyspark.sql import SparkSession
    launched = time.monotonic()
    spark = (SparkSession.builder.master(args.master).appName("dateline-benchmark")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.monotonic() - launched

    single, cold, warm = [], None, []
    with tempfile.TemporaryDirectory(prefix="dateline-benchmark-") as work:
        for repeat in range(args.repeats + 1):
            if repeat < args.repeats:
                with open(args.input, "rb") as stdin, open(os.path.join(work, "single.jsonl"), "wb") as stdout:
                    started = time.monotonic()
                    status = subprocess.run([binary, "tag", "--format", "jsonl", "-"], stdin=stdin, stdout=stdout,
                                            stderr=subprocess.DEVNULL).returncode
                    single.append(time.monotonic() - started)
                if status not in (0, 2):
                    sys.exit(f"benchmark: dateline exited with {status}")
                print(f"single process: {single[-1]:.2f} s, {articles / single[-1]:.0f} articles/s", flush=True)
            job = dateline_job.parse_args([args.input, "-o", os.path.join(work, "spark"), "--overwrite",
                                           "--binary", binary, "--partitions", str(args.partitions)])
            summary = dateline_job.run(spark, job)
            seconds = summary["job_seconds"]
            label = "Spark, first run (JVM warm-up)" if cold is None else "Spark, warm"
            print(f"{label}: {seconds:.2f} s, {articles / seconds:.0f} articles/s "
                  f"(tagging stage {summary['tag']['seconds']:.2f} s)", flush=True)
            if cold is None:
                cold = seconds
            else:
                warm.append(seconds)
    spark.stop()

    base = statistics.median(single)
    print(f"\n{articles} articles, {args.partitions} partitions, {args.master}; Spark session start-up {startup:.1f} s not counted")
    print(f"single process (median of {len(single)}): {articles / base:.0f} articles/s")
    print(f"Spark, first run in a new JVM: {articles / cold:.0f} articles/s = {100 * base / cold:.0f}% of the single process")
    if warm:
        steady = statistics.median(warm)
        print(f"Spark, warm JVM (median of {len(warm)}): {articles / steady:.0f} articles/s = {100 * base / steady:.0f}% of the single process")


if __name__ == "__main__":
    main()
