#!/usr/bin/env python3
"""Checks for the Spark job (run by run_local_test.sh).

    check_output.py compare REFERENCE.jsonl OUTPUT_DIR [--min-errors N] [--label TEXT]
        The job's output (the part files in OUTPUT_DIR) sorted by id (then line) must be byte for
        byte the reference (a single-process `dateline … --format jsonl` run) sorted the same way.
    check_output.py crash-recovery
            The job's restart logic, with a stand-in binary that dies (SIGSEGV) on some lines: for
        lines that come through Spark, and for segments of local files, plain and gzip.
    check_output.py to-parquet INPUT.jsonl OUTPUT.parquet EQUIVALENT.jsonl
        Writes the articles of INPUT as one Parquet file, and the JSON Lines the job makes of its
        rows (EQUIVALENT), to run the single-process reference on. Needs pyspark.
"""

import argparse
import glob
import gzip
import json
import os
import signal
import stat
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, HERE)


def sort_key(record):
    parsed = json.loads(record)
    return (str(parsed.get("id", "")), parsed.get("line") or 0)


def compare(reference_path, output_dir, min_errors, label):
    with open(reference_path, "rb") as f:
        reference = f.read().split(b"\n")
    if reference and reference[-1] == b"":
        reference.pop()
    parts = sorted(p for p in glob.glob(os.path.join(output_dir, "part-*")) if not p.endswith(".crc"))
    if not parts:
        return fail(label, f"no part files in {output_dir}")
    output = []
    for part in parts:
        with open(part, "rb") as f:
            data = f.read()
        lines = data.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        output.extend(lines)
    if len(output) != len(reference):
        return fail(label, f"{len(output)} records from Spark, {len(reference)} from the single process")
    reference.sort(key=sort_key)
    output.sort(key=sort_key)
    for index, (mine, theirs) in enumerate(zip(output, reference)):
        if mine != theirs:
            at = next((i for i, (a, b) in enumerate(zip(mine, theirs)) if a != b), min(len(mine), len(theirs)))
            start = max(0, at - 80)
            return fail(label, f"record {index} (sorted by id) differs at byte {at}:\n"
                               f"  spark:  …{mine[start:at + 80]!r}\n  single: …{theirs[start:at + 80]!r}")
    errors = sum(1 for line in output if line.startswith(b'{"error":'))
    if errors < min_errors:
        return fail(label, f"{errors} error records, expected at least {min_errors}")
    print(f"  ok  {label}: {len(output)} records ({errors} error records) from {len(parts)} part files, "
          f"byte-identical to the single-process run when sorted by id")
    return 0


def fail(label, message):
    print(f"  FAIL  {label}: {message}")
    return 1


STAND_IN = r'''#!/usr/bin/env python3
# Prints {"id":…,"line":N,"path":"-"} for each non-blank line, as dateline does, flushing every
# third line, and dies with SIGSEGV on a line that contains CRASH.
import json, os, signal, sys
number = 0
out = sys.stdout
pending = 0
for raw in sys.stdin.buffer:
    number += 1
    line = raw.rstrip(b"\n")
    if not line.strip(b" \t\r"):
        continue
    if b"CRASH" in line:
        out.flush()
        os.kill(os.getpid(), signal.SIGSEGV)
    record = json.loads(line)
    out.write('{"id":"%s","line":%d,"path":"-"}\n' % (record["id"], number))
    pending += 1
    if pending % 3 == 0:
        out.flush()
'''


def crash_recovery():
    import dateline_job as job
    with tempfile.TemporaryDirectory() as folder:
        binary = os.path.join(folder, "stand-in")
        with open(binary, "w") as f:
            f.write(STAND_IN)
        os.chmod(binary, os.stat(binary).st_mode | stat.S_IXUSR)
        first = 101
        items, expected = [], []
        for number in range(first, first + 60):
            if number % 17 == 0:
                data = b'{"id":"x%d","text":"CRASH"}' % number
                expected.append(job.crash_record(number, signal.SIGSEGV))
            elif number % 11 == 0:
                data = b"  "
            else:
                data = b'{"id":"a%d","text":"fine"}' % number
                expected.append(b'{"id":"a%d","line":%d,"path":"-"}' % (number, number))
            items.append((number, data))
        # Two crashing lines in a row, and one at the very end.
        items += [(161, b'{"id":"y161","text":"CRASH"}'), (162, b'{"id":"y162","text":"CRASH"}'),
                  (163, b'{"id":"a163","text":"fine"}'), (164, b'{"id":"z164","text":"CRASH"}')]
        expected += [job.crash_record(161, signal.SIGSEGV), job.crash_record(162, signal.SIGSEGV),
                     b'{"id":"a163","line":163,"path":"-"}', job.crash_record(164, signal.SIGSEGV)]
        stats = job.Stats("tag")
        got = records(job.run_segment(binary, [], items, None, stats, max_crashes=10))
        if got != expected:
            return fail("crash recovery", f"records differ:\n  got:      {got}\n  expected: {expected}")
        crashes = sum(1 for record in expected if record.startswith(b'{"error":'))
        if stats.crashes != crashes or stats.errors != crashes or stats.records != len(expected):
            return fail("crash recovery", f"counts wrong: {vars(stats)}")
        # The same lines as the end of a local file (its last line cut off), read directly:
        # as a segment of the plain file from line 101, and as the whole file gzipped.
        plain = os.path.join(folder, "articles.jsonl")
        head = [b'{"id":"p%d","text":"fine"}' % number for number in range(1, first)]
        with open(plain, "wb") as f:
            f.write(b"\n".join(head + [data for _, data in items]))
        with open(plain, "rb") as f, gzip.open(plain + ".gz", "wb") as z:
            z.write(f.read())
        start = sum(len(line) + 1 for line in head)
        size = os.path.getsize(plain)
        segments = [((plain, start, size, first, items[-1][0], None), expected),
                    ((plain + ".gz", 0, os.path.getsize(plain + ".gz"), 1, None, ".gz"),
                     [b'{"id":"p%d","line":%d,"path":"-"}' % (n, n) for n in range(1, first)] + expected)]
        for segment, wanted in segments:
            direct = job.Stats("tag")
            got = records(job.run_direct(binary, [], segment, direct, max_crashes=10))
            if got != wanted:
                return fail("crash recovery", f"records of {os.path.basename(segment[0])} differ:\n  got:      {got}\n  expected: {wanted}")
            if direct.crashes != crashes or direct.records != len(wanted):
                return fail("crash recovery", f"counts wrong for {os.path.basename(segment[0])}: {vars(direct)}")
        try:
            list(job.run_segment(binary, [], items, None, job.Stats("tag"), max_crashes=2))
            return fail("crash recovery", "--max-crashes 2 did not stop the partition")
        except RuntimeError:
            pass
        # An input that fails half-way fails the task; it does not end the segment quietly.
        def broken_input():
            yield 1, b'{"id":"a1","text":"fine"}'
            yield 2, b'{"id":"a2","text":"fine"}'
            raise ValueError("the input broke")
        try:
            list(job.run_segment(binary, [], broken_input(), None, job.Stats("tag"), 10))
            return fail("crash recovery", "an input that failed half-way went unnoticed")
        except ValueError:
            pass
        # A binary that exits with an error (not a signal) fails the task with its message.
        failing = os.path.join(folder, "failing")
        with open(failing, "w") as f:
            f.write("#!/bin/sh\necho 'dateline: something is wrong' >&2\nexit 1\n")
        os.chmod(failing, 0o755)
        try:
            list(job.run_segment(failing, [], [(1, b"{}")], None, job.Stats("tag"), 10))
            return fail("crash recovery", "a binary exiting with status 1 was not reported")
        except RuntimeError as error:
            if "something is wrong" not in str(error):
                return fail("crash recovery", f"status 1 reported without the binary's message: {error}")
        print(f"  ok  crash recovery: {stats.processes} processes for {len(items)} lines; the {crashes} lines that killed the stand-in "
              f"got error records, the rest came through in order with their line numbers; the same for segments of "
              f"local files, plain and gzip")
    return 0


def records(chunks):
    """The records in the job's output chunks."""
    return [record for chunk in chunks for record in chunk.split(b"\n")]


def to_parquet(source, parquet, equivalent):
    import dateline_job as job
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[1]").appName("to-parquet")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    frame = spark.read.json(source)  # one small file: one partition, rows in file order
    frame.coalesce(1).write.mode("overwrite").parquet(parquet)
    back = spark.read.parquet(parquet)
    columns = [c for c in ("id", "title", "text", "html", "published", "url", "language") if c in back.columns]
    rows = back.select("*", "_metadata.row_index").orderBy("_metadata.row_index").collect()
    with open(equivalent, "wb") as out:
        for row in rows:
            out.write(job.parquet_row_to_line(row, columns) + b"\n")
    spark.stop()
    print(f"  {len(rows)} rows written to {parquet}")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    c = commands.add_parser("compare")
    c.add_argument("reference")
    c.add_argument("output")
    c.add_argument("--min-errors", type=int, default=0)
    c.add_argument("--label", default="output")
    commands.add_parser("crash-recovery")
    p = commands.add_parser("to-parquet")
    p.add_argument("source")
    p.add_argument("parquet")
    p.add_argument("equivalent")
    args = parser.parse_args()
    if args.command == "compare":
        return compare(args.reference, args.output, args.min_errors, args.label)
    if args.command == "crash-recovery":
        return crash_recovery()
    return to_parquet(args.source, args.parquet, args.equivalent)


if __name__ == "__main__":
    sys.exit(main())
