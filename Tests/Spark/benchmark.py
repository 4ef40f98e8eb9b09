#!/usr/bin/env python3
"""Throughput of the Spark job against the single-process binary, on the same input and machine.

    benchmark.py INPUT.jsonl --binary .build/release/dateline [--partitions 8] [--repeats 5]
                 [--master local[2]] [--warm-up-lines 2000] [--java-options=-XX:TieredStopAtLevel=1]
                 [--reader auto|direct|spark] [--conf KEY=VALUE …] [--json FILE]

What is timed, and what is not:
  - Not timed: the SparkSession's start-up (launching the JVM), and a warm-up run of the job
    over the first --warm-up-lines lines of the input, in the same session. The warm-up starts
    the Python workers, loads Spark's classes and lets the JIT compile them: the JVM's start-up
    cost, paid once per executor on a cluster. Both are printed.
  - Timed: then --repeats rounds, each `dateline tag --format jsonl - < INPUT > file` followed
    by the whole job over INPUT (dateline_job.run: planning, line numbering, the tagging stage,
    writing the output), back to back, so that both runs of a round see the same machine.
    The ratio of each round is the single process's time over the job's time, that is the job's
    throughput as a share of the single process's.

Prints the median and the range of the ratios, and the CPU time (user + system, of every
process involved) of both, which a busy machine disturbs less than the wall-clock times. With
--json, writes the figures to FILE. The JVM gets --java-options (default: C1 only, see the
README). Needs pyspark (run it with the Python of the venv that .ci/spark-test makes) and Linux.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dateline_job  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def tree_cpu(root):
    """CPU seconds (user + system) of process `root` and everything under it, including the
    children they have waited for."""
    parents, own = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(entry))
        own[int(entry)] = sum(int(v) for v in fields[11:15])  # utime stime cutime cstime
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += own.get(pid, 0)
        stack.extend(parents.get(pid, []))
    return total / TICKS


def single_run(binary, path, output):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    with open(path, "rb") as stdin, open(output, "wb") as stdout:
        status = subprocess.run([binary, "tag", "--format", "jsonl", "-"], stdin=stdin, stdout=stdout,
                                stderr=subprocess.DEVNULL).returncode
    seconds = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if status not in (0, 2):
        sys.exit(f"benchmark: dateline exited with {status}")
    return seconds, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def spark_run(spark, args, path, output):
    job = dateline_job.parse_args([path, "-o", output, "--overwrite", "--binary", os.path.abspath(args.binary),
                                   "--partitions", str(args.partitions), "--reader", args.reader])
    cpu = tree_cpu(os.getpid())
    summary = dateline_job.run(spark, job)
    return summary, tree_cpu(os.getpid()) - cpu


def spread(values, fmt="{:.0f}"):
    return f"{fmt.format(statistics.median(values))} (range {fmt.format(min(values))}–{fmt.format(max(values))})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("--binary", required=True)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--warm-up-lines", type=int, default=2000)
    parser.add_argument("--java-options", default="-XX:TieredStopAtLevel=1")
    parser.add_argument("--reader", choices=["auto", "direct", "spark"], default="auto")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting for the session")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    with open(args.input, "rb") as f:
        articles = sum(1 for line in f if line.strip())
    megabytes = os.path.getsize(args.input) / 1e6

    from pyspark.sql import SparkSession
    launched = time.monotonic()
    builder = (SparkSession.builder.master(args.master).appName("dateline-benchmark")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false"))
    if args.java_options:
        builder = builder.config("spark.driver.extraJavaOptions", args.java_options)
    for setting in args.conf:
        builder = builder.config(*setting.split("=", 1))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.monotonic() - launched

    rounds = []
    with tempfile.TemporaryDirectory(prefix="dateline-benchmark-") as work:
        warm_input = os.path.join(work, "warm-up.jsonl")
        with open(args.input, "rb") as source, open(warm_input, "wb") as out:
            for number, line in enumerate(source):
                if number >= args.warm_up_lines:
                    break
                out.write(line)
        started = time.monotonic()
        spark_run(spark, args, warm_input, os.path.join(work, "warm-up"))
        warm_up = time.monotonic() - started
        print(f"not timed: Spark session start-up {startup:.1f} s; warm-up run over {args.warm_up_lines} lines {warm_up:.1f} s", flush=True)
        for repeat in range(args.repeats):
            single, single_cpu = single_run(binary, args.input, os.path.join(work, "single.jsonl"))
            summary, spark_cpu = spark_run(spark, args, args.input, os.path.join(work, "spark"))
            seconds = summary["job_seconds"]
            rounds.append({"single_seconds": single, "single_cpu": single_cpu, "spark_seconds": seconds,
                           "spark_cpu": spark_cpu, "tag_seconds": summary["tag"]["seconds"],
                           "ratio": single / seconds, "reader": summary["reader"], "partitions": summary["partitions"]})
            print(f"round {repeat + 1}: single process {single:.2f} s ({single_cpu:.1f} s CPU), "
                  f"Spark {seconds:.2f} s ({spark_cpu:.1f} s CPU; tagging stage {summary['tag']['seconds']:.2f} s): "
                  f"{100 * single / seconds:.0f}%", flush=True)
    spark.stop()

    ratios = [100 * r["ratio"] for r in rounds]
    single_rates = [articles / r["single_seconds"] for r in rounds]
    spark_rates = [articles / r["spark_seconds"] for r in rounds]
    cpu_ratios = [100 * r["single_cpu"] / r["spark_cpu"] for r in rounds]
    print(f"\n{articles} articles ({megabytes:.0f} MB), {rounds[0]['partitions']} partitions, {args.master}, "
          f"reader {rounds[0]['reader']}, JVM options {args.java_options or '(none)'}{''.join(' --conf ' + c for c in args.conf)}; "
          f"{args.repeats} rounds, load average "
          f"{os.getloadavg()[0]:.1f} at the end")
    print(f"single process: {spread(single_rates)} articles/s, {megabytes * statistics.median(single_rates) / articles:.1f} MB/s")
    print(f"Spark:          {spread(spark_rates)} articles/s, {megabytes * statistics.median(spark_rates) / articles:.1f} MB/s")
    print(f"Spark throughput as a share of the single process's: {spread(ratios)} %")
    print(f"CPU time, single process over Spark: {spread(cpu_ratios)} %")
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"articles": articles, "megabytes": megabytes, "startup_seconds": startup, "warm_up_seconds": warm_up,
                       "ratio_median": statistics.median(ratios), "ratio_min": min(ratios), "ratio_max": max(ratios),
                       "cpu_ratio_median": statistics.median(cpu_ratios), "rounds": rounds}, out, indent=2)


if __name__ == "__main__":
    main()
