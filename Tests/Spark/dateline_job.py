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
to the binary with the file's own line numbers (the job knows the first line number of every
slice, see --reader, and pads the binary's input with that many blank lines, which it skips),
so every record, error records included, is byte for byte what
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
import bz2
import collections
import fcntl
import gzip
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
LATER_ERROR = b'\n{"error":'
EXPRESSION_KEY = b'"utf8Start":'
EVENT_KEY = b'"expressionSpan":'
BOM = b"\xef\xbb\xbf"
BLANK_STARTS = (b"", b" ", b"\t", b"\r", BOM[:1])
MAX_LINE = 16 << 20  # the binary's longest line; longer ones are reported, never blank
DIRECT_LIMIT = 16 << 30  # --reader auto: local files up to this size in all are read directly
PIPE_SIZE = 1 << 20  # pipe buffers, and the most read or written at once
F_SETPIPE_SZ = getattr(fcntl, "F_SETPIPE_SZ", 1031)
# Spark's text source decompresses files by these names (Hadoop's codecs) and never splits them,
# except bzip2. The direct reader decompresses the first two itself.
HADOOP_CODECS = (".gz", ".bz2", ".deflate", ".zst", ".lz4", ".snappy")
DIRECT_CODECS = (".gz", ".bz2")


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


_worker_prepared = False


def prepare_worker():
    """Makes PySpark's worker process cheaper per task; done once per worker (workers are reused).

    - Before each task the worker calls importlib.invalidate_caches(), and before Python 3.13
      that makes every zipimporter read its archive's whole directory again: pyspark.zip, py4j's
      zip and Spark's core jar, which are on the worker's sys.path, once per package imported
      from them; about 0.1 s of CPU per task. The archives do not change while the worker
      lives, so in this worker the call now skips them (other finders are still invalidated).
    - The objects the worker holds by now (PySpark's modules, this one) live as long as it
      does, so they are frozen out of the cyclic garbage collector's later passes.
    Both take effect from the worker's second task.
    """
    global _worker_prepared
    if _worker_prepared:
        return
    _worker_prepared = True
    import gc
    gc.freeze()
    if sys.version_info >= (3, 13):
        return
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

    def count(self, chunk):
        """Counts the records in `chunk` (one or more records joined by line breaks); returns how many."""
        records = chunk.count(b"\n") + 1
        self.records += records
        self.errors += chunk.startswith(ERROR_PREFIX) + chunk.count(LATER_ERROR)
        if self.command == "tag":
            self.expressions += chunk.count(EXPRESSION_KEY)
        else:
            self.events += chunk.count(EVENT_KEY)
        return records


class BinaryDied(Exception):
    """The binary was killed by a signal after answering `answered` lines. `pending`, set by
    run_lines, holds the lines it was given and did not answer."""

    def __init__(self, signal_number, stderr_tail, answered):
        super().__init__(f"dateline died with signal {signal_number}: {stderr_tail}")
        self.signal_number = signal_number
        self.answered = answered
        self.pending = []


def run_once(binary, arguments, source, stats, on_records=None):
    """Runs the binary once with the byte strings `source` yields as its standard input, and
    yields its output in chunks: whole records joined by line breaks, without the last one.
    Chunks rather than records keep the per-record work in Python and in the JVM down; written
    as text lines they give the same bytes.

    A feeder thread pulls `source` and writes it. Ends normally when the binary exits 0, or 2
    (some lines gave error records). Raises BinaryDied when a signal killed it (a record it was
    writing when it died is dropped), what `source` raised if the input failed, and RuntimeError
    on anything else. `on_records(n)` hears of every n records as they come.
    """
    stats.processes += 1
    errfile = tempfile.TemporaryFile(prefix="dateline-stderr-")
    process = subprocess.Popen([binary] + arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=errfile, bufsize=PIPE_SIZE)
    for pipe in (process.stdin, process.stdout):
        try:
            fcntl.fcntl(pipe.fileno(), F_SETPIPE_SZ, PIPE_SIZE)  # fewer switches between the processes
        except OSError:
            pass
    feed_error = []  # the binary stopped reading (it died, or exited early)
    input_error = []  # the input failed (Spark's stream, a file, a row that cannot be read): re-raised here

    def feed():
        stdin = process.stdin
        iterator = iter(source)
        try:
            while True:
                try:
                    data = next(iterator)
                except StopIteration:
                    break
                except BaseException as error:
                    input_error.append(error)
                    break
                stdin.write(data)
        except OSError as error:
            feed_error.append(error)
        finally:
            try:
                stdin.close()
            except OSError:
                pass

    feeder = threading.Thread(target=feed, name="dateline-feeder", daemon=True)
    feeder.start()
    answered = 0
    partial = []  # the start of a record whose line break has not come yet
    stderr = b""
    try:
        output = process.stdout.fileno()
        while True:
            data = os.read(output, PIPE_SIZE)
            if not data:
                break
            cut = data.rfind(b"\n")
            if cut < 0:
                partial.append(data)
                continue
            if partial:
                partial.append(data[:cut])
                chunk = b"".join(partial)
                partial = []
            else:
                chunk = data[:cut]
            if cut + 1 < len(data):
                partial.append(data[cut + 1:])
            records = stats.count(chunk)
            answered += records
            if on_records:
                on_records(records)
            yield chunk
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
        raise BinaryDied(-code, tail, answered)
    if code not in (0, 2):
        raise RuntimeError(f"dateline {' '.join(arguments)} exited with status {code}: {tail}")
    if feed_error:
        raise RuntimeError(f"dateline exited before reading all of its input ({feed_error[0]!r}): {tail}")
    if partial:  # a last record without a line break
        chunk = b"".join(partial)
        if on_records:
            on_records(stats.count(chunk))
        yield chunk


def line_breaks(count):
    """`count` line breaks, in pieces of at most PIPE_SIZE."""
    piece = b"\n" * min(count, PIPE_SIZE)
    while count > 0:
        n = min(count, len(piece))
        yield piece if n == len(piece) else piece[:n]
        count -= n


def run_lines(binary, arguments, items, first_line, unterminated_line, stats):
    """run_once over `items`: (line number, bytes without the line break), numbers contiguous
    from `first_line`. The binary first gets blank lines up to `first_line`, so that it numbers
    the lines as the file does (it skips blank lines). A BinaryDied carries the lines that were
    fed and not answered; the rest are still in `items`."""
    pending = collections.deque()  # fed, not yet answered

    def source():
        yield from line_breaks(first_line - 1)
        for item in items:
            pending.append(item)  # before writing: its answer may come at once
            yield item[1] if item[0] == unterminated_line else item[1] + b"\n"

    def answered(count):
        # Each record answers the first pending line that is not blank.
        for _ in range(count):
            while pending and is_blank(*pending[0]):
                pending.popleft()
            if not pending:
                raise RuntimeError("dateline printed more records than it was given lines")
            pending.popleft()

    try:
        yield from run_once(binary, arguments, source(), stats, answered)
    except BinaryDied as died:
        died.pending = list(pending)
        raise
    while pending and is_blank(*pending[0]):
        pending.popleft()
    if pending:
        raise RuntimeError(f"dateline exited without answering line {pending[0][0]}")


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
            yield from run_lines(binary, arguments, _chain([first], items), first[0], unterminated_line, stats)
            return
        except BinaryDied as died:
            left = collections.deque(died.pending)
        while left and is_blank(*left[0]):
            left.popleft()
        if left and stats.records == before:
            suspect = left.popleft()
            try:
                yield from run_lines(binary, arguments, [suspect], suspect[0], unterminated_line, stats)
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
    return (b'{"error":"\\u003cstdin\\u003e:%d: dateline stopped on this line (signal %d); the line was skipped",'
            b'"line":%d,"path":"-"}' % (line_number, signal_number, line_number))


# A segment of a local file, read by the task itself (--reader direct): a picklable tuple
# (path, start, end, first line number, number of its last line when that has no line break,
# codec). A plain file's segment is the bytes [start, end), and starts just after a line break;
# a compressed file (codec ".gz" or ".bz2") is one segment, all of it.


def read_segment(segment):
    """The bytes of a segment, in pieces of at most PIPE_SIZE."""
    path, start, end, _, _, codec = segment
    if codec:
        opener = gzip.open if codec == ".gz" else bz2.open
        with opener(path, "rb") as stream:
            while True:
                data = stream.read(PIPE_SIZE)
                if not data:
                    return
                yield data
    with open(path, "rb") as stream:
        if start > 0:
            stream.seek(start - 1)
            if stream.read(1) != b"\n":
                raise RuntimeError(f"{path} changed while the job ran: byte {start} no longer starts a line")
        left = end - start
        while left > 0:
            data = stream.read(min(PIPE_SIZE, left))
            if not data:
                raise RuntimeError(f"{path} changed while the job ran: it ends before byte {end}")
            left -= len(data)
            yield data


def segment_lines(segment):
    """The lines of a segment, numbered: (line number, bytes without the line break)."""
    number = segment[3]
    carry = b""
    for data in read_segment(segment):
        lines = (carry + data).split(b"\n")
        carry = lines.pop()
        for line in lines:
            yield number, line
            number += 1
    if carry:
        yield number, carry


def run_direct(binary, arguments, segment, stats, max_crashes):
    """Yields the records for one segment of a local file. The segment's bytes go to the binary
    as they are, after blank lines up to its first line number. Should the binary die, the rest
    of the segment goes line by line through run_segment, which restarts it after the line that
    killed it."""
    try:
        yield from run_once(binary, arguments, _chain(line_breaks(segment[3] - 1), read_segment(segment)), stats)
        return
    except BinaryDied as died:
        answered = died.answered
    unterminated = segment[4]
    if segment[5]:  # compressed, so read whole from line 1: is its last line cut off?
        breaks, tail = 0, b""
        for data in read_segment(segment):
            breaks += data.count(b"\n")
            tail = data[-1:]
        unterminated = breaks + 1 if tail not in (b"", b"\n") else None

    def unanswered():
        lines = segment_lines(segment)
        left = answered
        for item in lines:
            if left == 0:
                yield item
                break
            if not is_blank(*item):
                left -= 1
        yield from lines

    yield from run_segment(binary, arguments, unanswered(), unterminated, stats, max_crashes)


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
            number = numbers.first_line(file, block) if number is None else number + 1
            yield number, data


class LineNumbers:
    """For Spark's text source (--reader spark): the number of the first line of each file
    split, found by a first pass over the input in the JVM that counts the lines of each split
    (`starts`, keyed by file and split start), and each file's last line when it has no line
    break (`unterminated`). Files are keyed by a local path for file: URIs, else the URI."""

    def __init__(self, starts=None, unterminated=None):
        self.starts = starts or {}
        self.unterminated = unterminated or {}

    def unterminated_line(self, file):
        return self.unterminated.get(file_key(file))

    def first_line(self, file, block):
        number = self.starts.get((file_key(file), block))
        if number is None:
            if block == 0:
                return 1
            raise RuntimeError(f"no line count for {file} at byte {block}")
        return number


def file_key(uri):
    """A local path for a file: URI (as Spark writes them, URL-encoded), else the URI."""
    if uri.startswith("file:"):
        return urllib.parse.unquote(urllib.parse.urlparse(uri).path)
    return uri


def _output(chunks, file):
    """The chunks as they are, or with a file name, (file, record) for each record in them."""
    if file is None:
        yield from chunks
        return
    for chunk in chunks:
        for record in chunk.split(b"\n"):
            yield file, record


def _add(accumulators, stats):
    for name in ("records", "errors", "expressions", "events", "crashes", "processes"):
        accumulators[name].add(getattr(stats, name))


def process_rows(rows, binary_name, arguments, numbers, max_crashes, accumulators, with_file=False):
    """mapPartitions body for rows that come through Spark: (bytes, file, split start, row
    index), where text lines carry their split and Parquet rows their row index. Yields the
    binary's output in chunks of records, or with `with_file` (input file, record) pairs."""
    prepare_worker()
    binary = resolve_binary(binary_name)
    stats = Stats(arguments[0])

    def segment_key(indexed):
        position, (_, file, block, row_index) = indexed
        # Text: one split of one file. Parquet: a run of consecutive rows of one file.
        return (file, block) if row_index is None else (file, row_index - position)

    for (file, _), group in itertools.groupby(enumerate(rows), key=segment_key):
        records = run_segment(binary, arguments, _numbered(group, numbers), numbers.unterminated_line(file), stats, max_crashes)
        yield from _output(records, file_key(file) if with_file else None)
    _add(accumulators, stats)


def process_segments(partition, binary_name, arguments, max_crashes, accumulators, with_file=False):
    """mapPartitions body for --reader direct: the partition's one element is its list of
    segments. Yields as process_rows does."""
    prepare_worker()
    binary = resolve_binary(binary_name)
    stats = Stats(arguments[0])
    for segments in partition:
        for segment in segments:
            yield from _output(run_direct(binary, arguments, segment, stats, max_crashes), segment[0] if with_file else None)
    _add(accumulators, stats)


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
    if size == 0 or file.lower().endswith(HADOOP_CODECS):
        return True
    fs, path = hadoop_fs(spark, file)
    stream = fs.open(path)
    try:
        stream.seek(size - 1)
        return stream.read() == 0x0A
    finally:
        stream.close()


def count_lines_in_jvm(spark, load):
    """LineNumbers from a first pass over the input in the JVM: the lines of each split.
    Sets `lines`, the lines in each file."""
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


def plan_direct(files, target, open_cost):
    """For --reader direct: cuts local files into segments of about `target` bytes that end
    just after a line break, and packs them into partitions as Spark packs file splits (each
    segment also costs `open_cost`). Returns the partitions (lists of segments), the number of
    lines in the plain files, and the number of compressed files (one segment each, lines not
    counted)."""
    sized = []  # (bytes, segment)
    lines = compressed = 0
    for uri in sorted(files):
        path = file_key(uri)
        size = os.path.getsize(path)
        codec = next((c for c in DIRECT_CODECS if path.lower().endswith(c)), None)
        if codec:
            compressed += 1
            sized.append((size, (path, 0, size, 1, None, codec)))
            continue
        cuts, breaks, last = cut_file(path, target)
        unterminated = breaks + 1 if last not in (b"", b"\n") else None
        lines += breaks + (unterminated is not None)
        for start, end, first in cuts:
            sized.append((end - start, (path, start, end, first, unterminated if end == size else None, None)))
    partitions, current, filled = [], [], 0
    for size, segment in sized:
        if current and filled + size > target:
            partitions.append(current)
            current, filled = [], 0
        current.append(segment)
        filled += size + open_cost
    if current:
        partitions.append(current)
    return partitions, lines, compressed


def cut_file(path, target):
    """The segments of a plain file as (start, end, first line number), each about `target`
    bytes long and ending just after a line break or at the end of the file; the file's line
    breaks; and its last byte."""
    cuts = []
    start, first = 0, 1  # the segment being cut
    want = target - 1  # it ends after the first line break at or after this offset
    position = breaks = 0  # bytes read, and the line breaks in them
    last = b""
    with open(path, "rb") as stream:
        while True:
            data = stream.read(4 * PIPE_SIZE)
            if not data:
                break
            counted = 0  # line breaks in data[:counted] are in `breaks`
            while want < position + len(data):
                found = data.find(b"\n", max(0, want - position))
                if found < 0:
                    break
                breaks += data.count(b"\n", counted, found + 1)
                counted = found + 1
                cuts.append((start, position + found + 1, first))
                start, first = position + found + 1, breaks + 1
                want = start + target - 1
            breaks += data.count(b"\n", counted)
            position += len(data)
            last = data[-1:]
    if start < position:
        cuts.append((start, position, first))
    return cuts, breaks, last


def choose_reader(mode, files):
    """direct or spark, for JSON Lines `files` (URIs) and --reader `mode`."""
    local = all(f.startswith("file:") for f in files)
    # Files Spark decompresses with codecs of Hadoop's that Python does not have.
    hadoop_only = [f for f in files if f.lower().endswith(HADOOP_CODECS) and not f.lower().endswith(DIRECT_CODECS)]
    if mode == "auto":
        if not local or hadoop_only:
            return "spark"
        return "direct" if sum(os.path.getsize(file_key(f)) for f in files) <= DIRECT_LIMIT else "spark"
    if mode == "direct" and (not local or hadoop_only):
        raise SystemExit("dateline_job: --reader direct needs local files (file: paths), plain, gzip or bzip2")
    return mode


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
    parser.add_argument("--time-budget", type=float, metavar="SECONDS",
                        help="passed to dateline: how long one article may take before it gets an error record "
                             "(the binary's default is 30; 0 for none, which keeps the output independent of machine speed)")
    parser.add_argument("--reader", choices=["auto", "direct", "spark"], default="auto",
                        help="how JSON Lines are read. direct: the driver cuts local files (file: paths, plain, gzip or "
                             "bzip2) into segments at line breaks and numbers their lines, and each task streams its "
                             "segments' bytes to the binary; spark: Spark's text source reads the lines, on any file "
                             "system, after a first pass that counts each split's lines; auto: direct for local files up "
                             "to 16 GB in all, else spark")
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
    if args.time_budget is not None:
        common += ["--time-budget", f"{args.time_budget:g}"]
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
    if not getattr(sc, "_dateline_job_shipped", False):
        # The executors import this module to run its functions.
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
    text = spark.read.option("lineSep", "\n")
    load = (lambda: text.text(args.input)) if input_format == "jsonl" else (lambda: spark.read.parquet(*args.input))
    frame = load()
    files = frame.inputFiles()
    reader = choose_reader(args.reader, files) if input_format == "jsonl" else "spark"
    max_crashes = args.max_crashes
    if reader == "direct":
        conf = spark._jsparkSession.sessionState().conf()
        if args.partitions:
            target, open_cost = max(1, -(-sum(os.path.getsize(file_key(f)) for f in files) // args.partitions)), 4 << 20
        else:
            target, open_cost = conf.filesMaxPartitionBytes(), conf.filesOpenCostInBytes()
        partitions, input_lines, compressed = plan_direct(files, target, open_cost)
        log(f"{len(files)} input files, {input_lines} lines, read by the tasks themselves in segments cut at line breaks"
            + (f" ({compressed} compressed files, each read whole by one task, lines not counted)" if compressed else ""))
        source = sc.parallelize(partitions, max(1, len(partitions)))

        def body(partition, arguments, accumulators, with_file):
            return process_segments(partition, binary_name, arguments, max_crashes, accumulators, with_file)
    else:
        if args.partitions:
            # Splits of about total/N bytes, one split per partition.
            size = total_size(spark, files)
            spark.conf.set("spark.sql.files.maxPartitionBytes", str(max(1, -(-size // args.partitions))))
            spark.conf.set("spark.sql.files.openCostInBytes", str(4 << 20))
            frame = load()
        numbers = LineNumbers()
        if input_format == "jsonl":
            numbers = count_lines_in_jvm(spark, load)
            input_lines = sum(numbers.lines.values())
            del numbers.lines
            log(f"{len(files)} input files, {input_lines} lines, read by Spark's text source after a first pass that counted them")
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

        def body(partition, arguments, accumulators, with_file):
            return process_rows(rows_of(partition), binary_name, arguments, numbers, max_crashes, accumulators, with_file)
    counted = time.monotonic()

    passes = [("tag", args.output)] + ([("build", args.events_output)] if args.events_output else [])
    summary = {"input_format": input_format, "reader": reader, "input_lines": input_lines, "partitions": source.getNumPartitions(),
               "count_seconds": round(counted - started, 3)}
    for command, output in passes:
        accumulators = {name: sc.accumulator(0) for name in ("records", "errors", "expressions", "events", "crashes", "processes")}
        arguments = dateline_arguments(args, command)
        with_file = args.output_format == "parquet"
        records = source.mapPartitions(lambda partition: body(partition, arguments, accumulators, with_file))
        if args.overwrite:
            fs, path = hadoop_fs(spark, output, uri=False)
            if fs.exists(path):
                fs.delete(path, True)
        pass_started = time.monotonic()
        if args.output_format == "jsonl":
            # The records go back to the JVM as they are, in chunks (no pickling), and are written
            # as text without being decoded: the binary writes UTF-8. A chunk of records joined by
            # line breaks, written as one text line, gives the same bytes as the records one by one.
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
    # Run as the module dateline_job rather than __main__, so that the functions the executors
    # run are sent as references to the module (shipped with addPyFile), not pickled whole
    # with every task.
    sys.dont_write_bytecode = True  # no __pycache__ beside the job
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import dateline_job
    sys.exit(dateline_job.main())
