#!/usr/bin/env python3
"""Runs Dateline over a news archive on Apache Spark (PySpark 4).

Reads JSON Lines articles ({"id", "title", "text" or "html", "published", "url"}, one per line;
plain or compressed files, folders, globs) or Parquet (columns id, text, published, and optionally
title, html, url, language), streams each partition through the `dateline` binary
(`dateline tag --format jsonl -`, and `dateline build --format jsonl -o - -` for events), and
writes what the binary prints: one JSON line per article, as the CLI emits it, or Parquet.

    spark-submit --master yarn --files /opt/dateline/dateline dateline_job.py \\
        hdfs:///archive/2024/ --output hdfs:///dateline/2024-tags --events-output hdfs:///dateline/2024-events

The output does not depend on how the input is split: each partition's slice of a file is fed
to the binary with the file's own line numbers (the job finds the first line number of every
split, see --line-numbers, and pads the binary's input with that many blank lines, which it
skips), so every record, error records included, is byte for byte what
`dateline tag --format jsonl - < FILE` prints for that line. Records carry "path":"-" (standard
input) and the line number in their input file; Parquet rows are numbered from 1 in each file.

The binary is looked for, on each executor, among the files shipped with --files (or by this
job: a --binary path that exists on the driver is shipped with SparkContext.addFile), then in
the working directory, then at the --binary path itself, then on PATH.

Bad lines (not JSON, not UTF-8, no text, unreadable date) come back as error records from the
binary. Should the binary itself die on a line (a signal, not an exit code), the job restarts it
after that line and writes an error record for it ("dateline stopped on this line"); after
--max-crashes such lines in one partition the task fails.
"""

import argparse
import collections
import fcntl
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

# Markers in the binary's output lines. A JSON key can only appear unescaped as a key, never
# inside a string value (where every quote is escaped), so counting them is exact.
ERROR_PREFIX = b'{"error":'
EXPRESSION_KEY = b'"utf8Start":'
EVENT_KEY = b'"expressionSpan":'
BOM = b"\xef\xbb\xbf"
BLANK_STARTS = (b"", b" ", b"\t", b"\r", BOM[:1])
MAX_LINE = 16 << 20  # the binary's longest line; longer ones are reported, never blank
CHECKPOINT = 4 << 20  # --line-numbers local: the driver counts line breaks per this many bytes
LOCAL_COUNT_LIMIT = 16 << 30  # auto: local files up to this size in all are counted by the driver
F_SETPIPE_SZ = getattr(fcntl, "F_SETPIPE_SZ", 1031)
COMPRESSED = (".gz", ".bz2", ".deflate", ".zst", ".lz4", ".snappy", ".xz", ".zstd")


# ----------------------------------------------------------------------------------------------
# Executor side: one binary process per contiguous run of lines of one file.


_resolved_binaries = {}


def resolve_binary(name):
    """The path of an executable `dateline` on this executor (see the module docstring)."""
    if name in _resolved_binaries:
        return _resolved_binaries[name]
    base = os.path.basename(name)
    candidates = []
    try:
        from pyspark import SparkFiles
        candidates.append(SparkFiles.get(base))
    except Exception:
        pass
    candidates.append(os.path.join(os.getcwd(), base))
    if os.sep in name:
        candidates.append(name)
    found = shutil.which(name) if os.sep not in name else None
    if found:
        candidates.append(found)
    for path in candidates:
        if path and os.path.isfile(path):
            if not os.access(path, os.X_OK):
                try:
                    os.chmod(path, 0o755)
                except OSError:
                    copy = os.path.join(tempfile.mkdtemp(prefix="dateline-bin-"), base)
                    shutil.copy(path, copy)
                    os.chmod(copy, 0o755)
                    path = copy
            _resolved_binaries[name] = path
            return path
    raise RuntimeError(f"dateline binary {name!r} not found on this executor (looked at {candidates} and PATH); "
                       f"ship it with spark-submit --files /path/to/dateline, or install it on every node")


_zip_rescans_skipped = False


def skip_zip_rescans():
    """Saves PySpark's worker about 0.1 s of CPU per task before Python 3.13.

    Before each task the worker calls importlib.invalidate_caches(), and before Python 3.13 that
    makes every zipimporter read its archive's whole directory again: pyspark.zip, py4j's zip and
    Spark's core jar, which are on the worker's sys.path, once per package imported from them.
    The archives do not change while the worker lives, so in this worker process the call now
    skips them (other finders are still invalidated). Takes effect from the worker's second task.
    """
    global _zip_rescans_skipped
    if _zip_rescans_skipped or sys.version_info >= (3, 13):
        return
    _zip_rescans_skipped = True
    import importlib
    import importlib.machinery
    import types
    import zipimport

    def invalidate_caches():
        for finder in sys.meta_path:
            if finder is importlib.machinery.PathFinder:
                for path_finder in list(sys.path_importer_cache.values()):
                    if hasattr(path_finder, "invalidate_caches") and not isinstance(path_finder, zipimport.zipimporter):
                        path_finder.invalidate_caches()
            elif hasattr(finder, "invalidate_caches"):
                finder.invalidate_caches()

    shim = types.SimpleNamespace(**{name: getattr(importlib, name) for name in dir(importlib) if not name.startswith("__")})
    shim.invalidate_caches = invalidate_caches
    for name in ("pyspark.worker_util", "pyspark.worker"):
        module = sys.modules.get(name)
        if module is not None and getattr(module, "importlib", None) is importlib:
            module.importlib = shim


def is_blank(line_number, data):
    """True when the binary skips the line without a record (only spaces, tabs and CRs)."""
    if data[:1] not in BLANK_STARTS or len(data) > MAX_LINE:
        return False
    if line_number == 1 and data.startswith(BOM):
        data = data[3:]
    return not data.strip(b" \t\r")


class Stats:
    """What one partition produced; added to the job's accumulators at the end."""

    def __init__(self, command):
        self.command = command
        self.records = self.errors = self.expressions = self.events = self.crashes = self.processes = 0

    def count(self, record):
        self.records += 1
        if record.startswith(ERROR_PREFIX):
            self.errors += 1
        else:
            self.expressions += record.count(EXPRESSION_KEY) if self.command == "tag" else 0
            self.events += record.count(EVENT_KEY) if self.command == "build" else 0


class BinaryDied(Exception):
    """The binary was killed by a signal; `pending` are the lines it was given and did not answer."""

    def __init__(self, signal_number, stderr_tail, pending):
        super().__init__(f"dateline died with signal {signal_number}: {stderr_tail}")
        self.signal_number = signal_number
        self.pending = pending


def run_once(binary, arguments, items, first_line, unterminated_line, stats):
    """Runs the binary once over `items` ((line number, bytes), numbers contiguous from
    `first_line`) and yields its output lines as they come.

    A feeder thread writes blank lines up to `first_line` (so the binary numbers lines as the
    file does; it skips blank lines) and then the items. Ends normally when the binary exits 0,
    or 2 (some lines gave error records); raises BinaryDied when a signal killed it (the items
    not yet fed stay in `items`), RuntimeError on anything else.
    """
    stats.processes += 1
    pending = collections.deque()  # fed, not yet answered
    errfile = tempfile.TemporaryFile(prefix="dateline-stderr-")
    process = subprocess.Popen([binary] + arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=errfile, bufsize=1 << 20)
    for pipe in (process.stdin, process.stdout):
        try:
            fcntl.fcntl(pipe.fileno(), F_SETPIPE_SZ, 1 << 20)  # fewer switches between the processes
        except OSError:
            pass
    feed_error = []  # the binary stopped reading (it died)
    input_error = []  # the input failed (Spark's stream, a row that cannot be read): re-raised here

    def feed():
        stdin = process.stdin
        iterator = iter(items)
        try:
            padding = first_line - 1
            chunk = b"\n" * min(padding, 1 << 20)
            while padding > 0:
                n = min(padding, len(chunk))
                stdin.write(chunk if n == len(chunk) else chunk[:n])
                padding -= n
            while True:
                try:
                    item = next(iterator)
                except StopIteration:
                    break
                except BaseException as error:
                    input_error.append(error)
                    break
                pending.append(item)  # before writing: its answer may come at once
                stdin.write(item[1])
                if item[0] != unterminated_line:
                    stdin.write(b"\n")
        except OSError as error:
            feed_error.append(error)
        finally:
            try:
                stdin.close()
            except OSError:
                pass

    feeder = threading.Thread(target=feed, name="dateline-feeder", daemon=True)
    feeder.start()
    stderr = b""
    try:
        for raw in process.stdout:
            record = raw[:-1] if raw.endswith(b"\n") else raw
            # The record answers the first pending line that is not blank.
            while pending and is_blank(*pending[0]):
                pending.popleft()
            if not pending:
                raise RuntimeError("dateline printed more records than it was given lines")
            pending.popleft()
            stats.count(record)
            yield record
    finally:
        process.stdout.close()
        if feeder.is_alive() and process.poll() is None:
            process.kill()  # the consumer stopped early
        feeder.join()
        code = process.wait()
        errfile.seek(0)
        stderr = errfile.read()
        errfile.close()
        if stderr:
            # The binary's messages (one per bad line) go to the executor's log.
            sys.stderr.write(stderr[:65536].decode("utf-8", "replace"))
            if len(stderr) > 65536:
                sys.stderr.write(f"\n[{len(stderr) - 65536} more bytes of dateline messages]\n")
    if input_error:
        raise input_error[0]
    tail = stderr[-2000:].decode("utf-8", "replace").strip()
    if code < 0:
        raise BinaryDied(-code, tail, list(pending))
    if code not in (0, 2):
        raise RuntimeError(f"dateline {' '.join(arguments)} exited with status {code}: {tail}")
    while pending and is_blank(*pending[0]):
        pending.popleft()
    if pending or feed_error:
        detail = f" ({feed_error[0]!r})" if feed_error else ""
        raise RuntimeError(f"dateline exited before answering every line{detail}: {tail}")


def run_segment(binary, arguments, items, unterminated_line, stats, max_crashes):
    """Yields the records for one segment (contiguous lines of one file). When a line kills
    the binary, it is started again on the lines it had not answered; when it answered none,
    the first of them is tried alone, and gets an error record of the job's own if it kills the
    binary again."""
    items = iter(items)
    while True:
        first = next(items, None)
        if first is None:
            return
        before = stats.records
        try:
            yield from run_once(binary, arguments, _chain([first], items), first[0], unterminated_line, stats)
            return
        except BinaryDied as died:
            left = collections.deque(died.pending)
        while left and is_blank(*left[0]):
            left.popleft()
        if left and stats.records == before:
            suspect = left.popleft()
            try:
                yield from run_once(binary, arguments, [suspect], suspect[0], unterminated_line, stats)
            except BinaryDied as again:
                stats.crashes += 1
                if stats.crashes > max_crashes:
                    raise RuntimeError(f"dateline died on {stats.crashes} lines of this partition; "
                                       f"giving up (--max-crashes {max_crashes}): {again}") from again
                record = crash_record(suspect[0], again.signal_number)
                stats.count(record)
                yield record
        items = _chain(left, items)


def crash_record(line_number, signal_number):
    """An error record like the binary's own, for a line that killed it."""
    return (b'{"error":"<stdin>:%d: dateline stopped on this line (signal %d); the line was skipped",'
            b'"line":%d,"path":"-"}' % (line_number, signal_number, line_number))


def unframe(partition):
    """(line bytes, file, split start, None) for each "<file>\\0<split start>\\0<line>" from the JVM."""
    for framed in partition:
        first = framed.index(b"\0")
        second = framed.index(b"\0", first + 1)
        yield framed[second + 1:], framed[:first].decode("utf-8"), int(framed[first + 1:second]), None


def _chain(first, rest):
    yield from first
    yield from rest


def _numbered(group, numbers):
    """(line number, bytes) for the rows of one segment."""
    number = None
    for _, (data, file, block, row_index) in group:
        if row_index is not None:
            yield row_index + 1, data
        else:
            number = numbers.first_line(file, block, data) if number is None else number + 1
            yield number, data


class LineNumbers:
    """The line number of the first line of each file split, and each file's last line when it
    has no line break, keyed by file (a local path for file: URIs, else the URI).

    Found one of two ways: by a first pass over the input in the JVM, counting the lines of
    each split (`starts`); or, for local files, by the driver counting line breaks up to every
    `step` bytes (`checkpoints`), each task counting the rest up to its split's start in the
    file itself and checking that its first line is there.
    """

    def __init__(self, starts=None, checkpoints=None, step=0, unterminated=None):
        self.starts = starts or {}
        self.checkpoints = checkpoints or {}
        self.step = step
        self.unterminated = unterminated or {}

    def unterminated_line(self, file):
        return self.unterminated.get(file_key(file))

    def first_line(self, file, block, data):
        key = file_key(file)
        if (key, block) in self.starts:
            return self.starts[(key, block)]
        if block == 0:
            return 1
        checkpoints = self.checkpoints.get(key)
        if checkpoints is None:
            raise RuntimeError(f"no line count for {file} at byte {block}")
        step = self.step
        k = block // step
        with open(key, "rb") as stream:
            stream.seek(k * step)
            breaks = checkpoints[k] + stream.read(block - k * step).count(b"\n")
            # A split that does not start the file begins after the first line break at or
            # after its start (Hadoop's LineRecordReader); check that the line is there.
            position = block
            while True:
                chunk = stream.read(1 << 16)
                found = chunk.find(b"\n")
                if found >= 0 or not chunk:
                    break
                position += len(chunk)
            if found >= 0:
                stream.seek(position + found + 1)
                here = stream.read(len(data) + 1)
            else:
                here = b""
        if here not in (data + b"\n", data):
            raise RuntimeError(f"the split of {file} at byte {block} does not start where expected; "
                               f"run with --line-numbers scan")
        return breaks + 2


def file_key(uri):
    """A local path for a file: URI (as Spark writes them, URL-encoded), else the URI."""
    if uri.startswith("file:"):
        return urllib.parse.unquote(urllib.parse.urlparse(uri).path)
    return uri


def process_partition(rows, binary_name, arguments, numbers, max_crashes, accumulators, with_file=False):
    """mapPartitions body. `rows` are (bytes, file, split start, row index): text lines carry
    their split, Parquet rows their row index. Yields the binary's records, or with `with_file`
    (input file, record) pairs."""
    skip_zip_rescans()
    binary = resolve_binary(binary_name)
    stats = Stats(arguments[0])

    def segment_key(indexed):
        position, (_, file, block, row_index) = indexed
        # Text: one split of one file. Parquet: a run of consecutive rows of one file.
        return (file, block) if row_index is None else (file, row_index - position)

    for (file, _), group in itertools.groupby(enumerate(rows), key=segment_key):
        records = run_segment(binary, arguments, _numbered(group, numbers), numbers.unterminated_line(file), stats, max_crashes)
        if with_file:
            name = file_key(file)
            for record in records:
                yield name, record
        else:
            yield from records
    for name in ("records", "errors", "expressions", "events", "crashes", "processes"):
        accumulators[name].add(getattr(stats, name))


# ----------------------------------------------------------------------------------------------
# Driver side.


def parquet_row_to_line(row, columns):
    """A Parquet row as the JSON Lines record the binary reads (nulls left out)."""
    record = {}
    for column in columns:
        value = row[column]
        if value is None:
            continue
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        record[column] = value
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def hadoop_fs(spark, path, uri=True):
    """The Hadoop file system and path for a URI as Spark gives them (URL-encoded), or, with
    uri=False, for a path as a user writes it."""
    jvm = spark.sparkContext._jvm
    hadoop_path = jvm.org.apache.hadoop.fs.Path(jvm.java.net.URI(path) if uri else path)
    return hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()), hadoop_path


def total_size(spark, files):
    total = 0
    for file in files:
        fs, path = hadoop_fs(spark, file)
        total += fs.getFileStatus(path).getLen()
    return total


def ends_with_newline(spark, file, size):
    """Whether the file's last byte is a line break (the binary reports a broken last line as
    cut off only when it is not). Compressed files are taken to end with one."""
    if size == 0 or file.lower().endswith(COMPRESSED):
        return True
    fs, path = hadoop_fs(spark, file)
    stream = fs.open(path)
    try:
        stream.seek(size - 1)
        return stream.read() == 0x0A
    finally:
        stream.close()


def count_lines_in_jvm(spark, load):
    """LineNumbers from a first pass over the input in the JVM: the lines of each split."""
    from pyspark.sql import functions as F
    per_split = (load().select(F.col("_metadata.file_path").alias("file"), F.col("_metadata.file_block_start").alias("block"),
                               F.col("_metadata.file_size").alias("size"))
                 .groupBy("file", "block", "size").count().collect())
    numbers = LineNumbers()
    numbers.lines = collections.Counter()
    for row in sorted(per_split, key=lambda r: (r["file"], r["block"])):
        key = file_key(row["file"])
        numbers.starts[(key, row["block"])] = numbers.lines[key] + 1
        numbers.lines[key] += row["count"]
    for row in per_split:
        key = file_key(row["file"])
        if key not in numbers.unterminated and numbers.lines[key] and not ends_with_newline(spark, row["file"], row["size"]):
            numbers.unterminated[key] = numbers.lines[key]
    return numbers


def count_lines_locally(files):
    """LineNumbers for local files: the line breaks before every CHECKPOINT bytes, read here."""
    numbers = LineNumbers(step=CHECKPOINT)
    numbers.lines = {}
    for uri in files:
        path = file_key(uri)
        compressed = path.lower().endswith(COMPRESSED)
        counts = [0]
        breaks = 0
        last = b"\n"
        with open(path, "rb") as stream:
            while not compressed:
                chunk = stream.read(CHECKPOINT)
                if not chunk:
                    break
                breaks += chunk.count(b"\n")
                counts.append(breaks)
                last = chunk[-1:]
        if compressed:
            continue  # not split, so its lines are numbered from 1 in one task; ends taken as terminated
        numbers.checkpoints[path] = counts
        numbers.lines[path] = breaks + (last != b"\n")
        if last != b"\n":
            numbers.unterminated[path] = breaks + 1
    return numbers


def detect_format(paths):
    for path in paths:
        local = path[len("file:"):] if path.startswith("file:") else path
        if path.rstrip("/").lower().endswith(".parquet"):
            return "parquet"
        if os.path.isdir(local):
            names = [n for _, _, files in os.walk(local) for n in files if not n.startswith((".", "_"))]
            if names and all(n.lower().endswith(".parquet") for n in names):
                return "parquet"
    return "jsonl"


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("input", nargs="+", help="JSON Lines or Parquet files, folders or globs (any Hadoop path)")
    parser.add_argument("-o", "--output", required=True, help="folder for the expressions (tag records)")
    parser.add_argument("--events-output", help="also build each article's timeline (dateline build) into this folder")
    parser.add_argument("--input-format", choices=["auto", "jsonl", "parquet"], default="auto")
    parser.add_argument("--output-format", choices=["jsonl", "parquet"], default="jsonl",
                        help="jsonl: the binary's lines as they are; parquet: columns file (the input file), line, id, "
                             "error and record (the binary's line)")
    parser.add_argument("--compression", help="output codec for jsonl: gzip, bzip2, zstd, … (default: none)")
    parser.add_argument("--binary", default="dateline", help="the dateline binary: a name on PATH or shipped with --files, or a path")
    parser.add_argument("--no-ship", action="store_true", help="do not ship a --binary path from the driver; it is at that path on every node")
    parser.add_argument("--partitions", type=int, help="split the input into about this many partitions (default: Spark's 128 MB splits)")
    parser.add_argument("--policy", choices=["news", "narrative"], help="passed to dateline")
    parser.add_argument("--published", help="passed to dateline: one publication date for every article")
    parser.add_argument("--allow-undated", action="store_true", help="passed to dateline build")
    parser.add_argument("--line-numbers", choices=["auto", "local", "scan"], default="auto",
                        help="how the lines of each split are numbered: local: the driver reads local files' line breaks; "
                             "scan: a first pass over the input counts each split's lines (any file system); "
                             "auto: local for local files up to 16 GB in all, else scan")
    parser.add_argument("--max-crashes", type=int, default=10, help="lines per partition the binary may die on before the task fails")
    parser.add_argument("--overwrite", action="store_true", help="replace the output folders if they exist")
    parser.add_argument("--master", help="Spark master when not run through spark-submit, e.g. local[2]")
    parser.add_argument("--summary-json", help="also write the counts and timings to this local file")
    return parser.parse_args(argv)


def dateline_arguments(args, command):
    common = []
    if args.policy:
        common += ["--policy", args.policy]
    if args.published:
        common += ["--published", args.published]
    if command == "tag":
        return ["tag", "--format", "jsonl"] + common + ["-"]
    extra = ["--allow-undated"] if args.allow_undated else []
    return ["build", "--format", "jsonl", "-o", "-"] + common + extra + ["-"]


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    launched = time.monotonic()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("dateline")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    startup = time.monotonic() - launched
    log(f"Spark {spark.version}, master {spark.sparkContext.master}, start-up {startup:.1f} s")
    summary = run(spark, args)
    summary["startup_seconds"] = round(startup, 3)
    tag = summary["tag"]
    events = f" events={summary['build']['events']}" if "build" in summary else ""
    print(f"articles={tag['articles']} expressions={tag['expressions']}{events} errors={tag['errors']} "
          f"seconds={summary['job_seconds']:.2f} (Spark start-up of {startup:.1f} s not included)", flush=True)
    if args.summary_json:
        with open(args.summary_json, "w") as out:
            json.dump(summary, out, indent=2)
    spark.stop()
    return 0


def log(message):
    print(f"dateline_job: {message}", file=sys.stderr, flush=True)


def run(spark, args):
    """Runs the job in a SparkSession; returns the counts and timings. `args` as parse_args gives."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
    from pyspark.sql import DataFrame
    from pyspark.rdd import RDD
    from pyspark.serializers import NoOpSerializer

    sc = spark.sparkContext
    if __name__ != "__main__" and not getattr(sc, "_dateline_job_shipped", False):
        # Imported (by a test or another job): the executors need this module to run its functions.
        sc.addPyFile(os.path.abspath(__file__))
        sc._dateline_job_shipped = True

    # The binary: shipped from the driver when it is a path here, unless told otherwise.
    binary_name = args.binary
    if os.sep in args.binary and os.path.isfile(args.binary) and not args.no_ship:
        if os.path.abspath(args.binary) not in getattr(sc, "_dateline_job_files", set()):
            sc.addFile(os.path.abspath(args.binary))
            sc._dateline_job_files = getattr(sc, "_dateline_job_files", set()) | {os.path.abspath(args.binary)}
        binary_name = os.path.basename(args.binary)
    log(f"binary {args.binary}")

    input_format = detect_format(args.input) if args.input_format == "auto" else args.input_format
    started = time.monotonic()
    reader = spark.read.option("lineSep", "\n") if input_format == "jsonl" else spark.read
    load = (lambda: reader.text(args.input)) if input_format == "jsonl" else (lambda: reader.parquet(*args.input))
    if args.partitions:
        # Splits of about total/N bytes, one split per partition.
        size = total_size(spark, load().inputFiles())
        spark.conf.set("spark.sql.files.maxPartitionBytes", str(max(1, -(-size // args.partitions))))
        spark.conf.set("spark.sql.files.openCostInBytes", str(4 << 20))
    frame = load()
    numbers = LineNumbers()
    if input_format == "jsonl":
        files = frame.inputFiles()
        local = all(f.startswith("file:") for f in files)
        mode = args.line_numbers
        # bzip2 files can be split, at offsets into the compressed bytes: only a scan counts those.
        splittable_compressed = any(f.lower().endswith(".bz2") for f in files)
        if mode == "auto":
            small = local and sum(os.path.getsize(file_key(f)) for f in files) <= LOCAL_COUNT_LIMIT
            mode = "local" if small and not splittable_compressed else "scan"
        if mode == "local" and (not local or splittable_compressed):
            raise SystemExit("dateline_job: --line-numbers local needs local files (file: paths), none of them .bz2")
        numbers = count_lines_locally(files) if mode == "local" else count_lines_in_jvm(spark, load)
        input_lines = sum(numbers.lines.values())
        del numbers.lines
        compressed = sum(1 for f in files if f.lower().endswith(COMPRESSED))
        log(f"{len(files)} input files, {input_lines} lines, counted {'by the driver' if mode == 'local' else 'in a first pass'}"
            + (f" ({compressed} compressed files, not split, not counted)" if compressed and mode == "local" else ""))
        # Each line goes to Python as one byte string, "<file>\0<split start>\0<line>", straight
        # from the JVM: no Row objects, no pickling, and the bytes as they are in the file (the
        # text source's value cast to binary keeps bytes that are not UTF-8; lineSep "\n" keeps a
        # CR in the line, as the binary reads it).
        framed = frame.select(F.concat(
            F.encode(F.format_string("%s\u0000%d\u0000", F.col("_metadata.file_path"), F.col("_metadata.file_block_start")), "UTF-8"),
            F.col("value").cast("binary")))
        source = RDD(getattr(framed._jdf, "as")(sc._jvm.org.apache.spark.sql.Encoders.BINARY()).javaRDD(), sc, NoOpSerializer())
        rows_of = unframe
    else:
        columns = [c for c in ("id", "title", "text", "html", "published", "url", "language") if c in frame.columns]
        if "text" not in columns and "html" not in columns:
            raise SystemExit(f"dateline_job: the Parquet input has no 'text' or 'html' column (it has {frame.columns})")
        source = frame.select(*columns, F.col("_metadata.file_path").alias("file"), F.col("_metadata.row_index").alias("row_index")).rdd
        input_lines = None

        def rows_of(partition):
            for row in partition:
                yield parquet_row_to_line(row, columns), row["file"], None, row["row_index"]
    counted = time.monotonic()

    passes = [("tag", args.output)] + ([("build", args.events_output)] if args.events_output else [])
    summary = {"input_format": input_format, "input_lines": input_lines, "partitions": source.getNumPartitions(),
               "count_seconds": round(counted - started, 3)}
    for command, output in passes:
        accumulators = {name: sc.accumulator(0) for name in ("records", "errors", "expressions", "events", "crashes", "processes")}
        arguments = dateline_arguments(args, command)
        max_crashes = args.max_crashes
        with_file = args.output_format == "parquet"
        records = source.mapPartitions(lambda partition: process_partition(
            rows_of(partition), binary_name, arguments, numbers, max_crashes, accumulators, with_file))
        if args.overwrite:
            fs, path = hadoop_fs(spark, output, uri=False)
            if fs.exists(path):
                fs.delete(path, True)
        pass_started = time.monotonic()
        if args.output_format == "jsonl":
            # The records go back to the JVM as they are (no pickling) and are written as text
            # without being decoded: the binary writes UTF-8.
            records._bypass_serializer = True
            lines = sc._jvm.org.apache.spark.sql.Encoders.BINARY()
            lines = DataFrame(spark._jsparkSession.createDataset(records._jrdd.rdd(), lines).toDF(), spark)
            writer = lines.select(F.col("value").cast("string")).write
            if args.compression:
                writer = writer.option("compression", args.compression)
            writer.text(output)
        else:
            schema = T.StructType([T.StructField("file", T.StringType()), T.StructField("line", T.LongType()),
                                   T.StructField("id", T.StringType()), T.StructField("error", T.StringType()),
                                   T.StructField("record", T.StringType())])

            def as_row(pair):
                file, record = pair
                parsed = json.loads(record)
                return (file, parsed.get("line"), None if parsed.get("id") is None else str(parsed["id"]), parsed.get("error"),
                        record.decode("utf-8"))
            spark.createDataFrame(records.map(as_row), schema).write.parquet(output)
        seconds = time.monotonic() - pass_started
        counts = {name: accumulator.value for name, accumulator in accumulators.items()}
        articles = counts["records"] - counts["errors"]
        summary[command] = dict(counts, articles=articles, seconds=round(seconds, 3), output=output)
        found = f"{counts['expressions']} expressions" if command == "tag" else f"{counts['events']} events"
        crashed = f" ({counts['crashes']} lines killed the binary)" if counts["crashes"] else ""
        log(f"{command}: {articles} articles, {found}, {counts['errors']} errors{crashed} in {seconds:.2f} s "
            f"({articles / seconds if seconds else 0:.0f} articles/s) with {counts['processes']} dateline processes; {output}")
    summary["job_seconds"] = round(time.monotonic() - started, 3)
    return summary


if __name__ == "__main__":
    sys.exit(main())
