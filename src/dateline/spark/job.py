"""``dateline spark``: the record ``dateline ingest`` gives, computed by Apache Spark.

The steps, each a Spark job over DataFrames (the driver only lists the input files and counts):

1. records: each file read by ``read_sources`` on an executor, numbered (file, record);
   over-long articles and bad records become rejections with ingest's reasons;
2. exact duplicates dropped by content hash (the first in input order stays); the kept articles
   numbered in input order, batch = number // batch size, as ``corpus.ingest`` cuts batches;
3. each batch read by ``worker.process_batch`` with the worker's one ``Reader`` (one actor
   registry per batch, so nothing depends on partitioning);
4. store ids assigned as the single writer assigns them (articles in input order, their rows
   after them: ``rows.store_rows``), from prefix sums of the counts per batch;
5. near-duplicates: MinHash band blocking (pairs sharing a band bucket), the writer's candidate
   limit and threshold, the most similar earlier article, then its root by pointer jumping;
6. stories: mentions linked by ``StoryIndex.component_keys`` form components (label propagation
   in joins); each component is filed by the unchanged ``StoryIndex`` in event order;
7. the tables written as Parquet with ``dateline export``'s schema, plus ``minhashes``.

``dateline load`` then writes them into a store (``dateline.corpus.load``).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pyarrow as pa

from dateline.config import ReadConfig
from dateline.ingest import DEFAULT_FIELDS, Fields, source_files
from dateline.spark import records as record_tasks
from dateline.store.dedup import THRESHOLD
from dateline.store.export import TABLES, arrow_schema
from dateline.store.schema import connect
from dateline.store.writer import CANDIDATE_LIMIT

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, Observation, SparkSession

    from dateline.stories.merge import MergeConfig

log = logging.getLogger("dateline.spark")
T = TypeVar("T")
PART_TABLES = ("timexes", "actors", "attributions", "events")
# tasks per core reading articles: enough that the last ones end together, few enough that
# scheduling them (and the Python worker's collection after each) costs little
TASKS_PER_CORE = 8
# the driver JVM of a local master (session): the quick (C1) compiler only, a single-threaded
# collector, and no bytecode verification of the classes it loads from Spark's own jars (the
# installed pyspark's, which it runs anyway): loading several thousand classes is much of the
# JVM's start and first queries, serial work no core shares; not verifying them took a seventh
# off the JVM's CPU up to its first write (docs/spark.md, session 44). A Java that no longer
# knows the option ignores it instead of refusing to start
LOCAL_JVM_OPTIONS = (
    "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+IgnoreUnrecognizedVMOptions "
    "-XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote"
)
# the class-data-sharing archive of a local driver JVM (``_class_archive``): the folder, or "off"
ARCHIVE_ENV = "DATELINE_SPARK_CDS"
# silences the JVM's notes on the classes an archive cannot hold (signed jars): they are not
# errors, and the JVM prints them on its standard output
_ARCHIVE_QUIET = "-Xlog:cds=off -Xlog:cds+dynamic=off"
_ARCHIVE_STALE_S = 600  # an unfinished archive whose run is gone is removed after this
# independent Spark jobs submitted at once (the table writes after the reading)
CONCURRENT_JOBS = 3
MAX_ROUNDS = 200  # label propagation and pointer jumping: far more than any real corpus needs


@dataclass
class SparkReport:
    out: Path
    stored: int = 0
    skipped: int = 0
    near_duplicates: int = 0
    rejected: int = 0
    seconds: float = 0.0
    largest_components: tuple[int, ...] = ()

    @property
    def articles_per_s(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0


def local_cores(master: str) -> int | None:
    """The task slots of a local master (``local`` is one, ``local[N]`` or ``local[N,F]`` N,
    ``local[*]`` one per CPU); None for a cluster's."""
    if master == "local":
        return 1
    if not master.startswith("local["):
        return None
    cores = master.removeprefix("local[").partition("]")[0].partition(",")[0]
    return (os.cpu_count() or 1) if cores == "*" else int(cores)


def _cores(spark: SparkSession) -> int:
    """The cores the job's tasks run on: a local master's, or the cluster's default
    parallelism (its executors' cores unless the user set it)."""
    return local_cores(spark.sparkContext.master) or spark.sparkContext.defaultParallelism


def _import_tasks() -> None:
    from dateline.spark import tasks  # noqa: F401


def _java() -> str | None:
    """The java Spark's launcher runs (``spark-class``: ``$JAVA_HOME/bin/java``, else the
    ``java`` on the PATH), its real path."""
    home = os.environ.get("JAVA_HOME")
    found = os.path.join(home, "bin", "java") if home else shutil.which("java")
    return os.path.realpath(found) if found and os.path.exists(found) else None


def _archive_path() -> Path | None:
    """Where this machine's archive of the local driver JVM's classes lives: one file per
    pyspark and Java installation (a new one of either makes a new archive; the JVM checks an
    archive against its own classes and jars anyway). None when ``DATELINE_SPARK_CDS=off``."""
    import hashlib

    import pyspark

    folder = os.environ.get(ARCHIVE_ENV)
    if folder == "off" or (java := _java()) is None:
        return None
    if not folder:
        cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
        folder = os.path.join(cache, "dateline", "spark-cds")
    spark_home = os.path.dirname(os.path.realpath(pyspark.__file__))
    stamp = f"{java} {os.stat(java).st_mtime_ns} {spark_home} {pyspark.__version__}"
    digest = hashlib.sha256(stamp.encode()).hexdigest()[:16]
    return Path(folder) / f"spark-{pyspark.__version__}-{digest}.jsa"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# the archive this process's driver JVM writes when it exits: (unfinished file, final path)
_archiving: tuple[Path, Path] | None = None


def _class_archive() -> str:
    """The JVM options of a local driver's class-data-sharing archive. Before its first query
    the driver JVM loads several thousand classes from Spark's jars, serial work that no core
    shares (about 5 of its 10 s of CPU to a first write, docs/spark.md, session 48); an archive
    of them, mapped at start, spares most of it. The first local run on a machine writes the
    archive when its JVM exits (``-XX:ArchiveClassesAtExit``, about 175 MB, into an unfinished
    file that ``stop`` renames once the JVM has exited cleanly); every later run maps it
    (``-XX:SharedArchiveFile``). The classes and what the job computes are the same either way.
    ``DATELINE_SPARK_CDS`` names another folder, or ``off``."""
    global _archiving
    path = _archive_path()
    if path is None:
        return ""
    if path.is_file():
        return f"-XX:SharedArchiveFile={path} {_ARCHIVE_QUIET}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{path.name}.*.unfinished"):
            writer = int(old.name.rsplit(".", 2)[-2])
            if not _pid_alive(writer) and time.time() - old.stat().st_mtime > _ARCHIVE_STALE_S:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        return ""  # no archive rather than no run
    unfinished = path.with_name(f"{path.name}.{os.getpid()}.unfinished")
    _archiving = (unfinished, path)
    return f"-XX:ArchiveClassesAtExit={unfinished} {_ARCHIVE_QUIET}"


def stop(spark: SparkSession) -> None:
    """Stop ``spark``. When its driver JVM is writing this machine's class archive
    (``_class_archive``), also end that JVM, wait for the archive and keep it: a later session
    of this process starts a new JVM."""
    global _archiving
    from pyspark import SparkContext

    spark.stop()
    if _archiving is None:
        return
    unfinished, path = _archiving
    _archiving = None
    gateway = SparkContext._gateway
    process = getattr(gateway, "proc", None)
    if process is None:
        return
    try:
        gateway.shutdown()
    except Exception:  # the JVM's exit below is what matters
        log.debug("the Py4J gateway did not shut down cleanly", exc_info=True)
    SparkContext._gateway = None
    SparkContext._jvm = None
    if process.stdin is not None:
        process.stdin.close()  # the gateway JVM exits when its standard input ends
    try:
        code = process.wait(timeout=300)
    except subprocess.TimeoutExpired:
        return  # left for a later run to remove
    if code == 0 and unfinished.is_file() and unfinished.stat().st_size > 0:
        os.replace(unfinished, path)
    else:
        unfinished.unlink(missing_ok=True)


def session(master: str = "local[2]", app: str = "dateline") -> SparkSession:
    """A Spark session for ``master``; for a local master, one shuffle partition per core
    instead of Spark's 200 (a local job of small groups spends its time scheduling them; the
    reading step sets its own, finer partitioning), and the machine's class archive
    (``_class_archive``). Stop it with ``stop``: a first run's archive is kept only then."""
    from pyspark import SparkContext
    from pyspark.sql import SparkSession

    # the driver's own imports of the reading (spaCy, the stages: several seconds) while the JVM
    # starts, which takes as long and mostly waits on its own process: ``run`` needs them to
    # check the configuration before its first job
    threading.Thread(target=_import_tasks, daemon=True, name="dateline-imports").start()
    builder = SparkSession.builder.master(master).appName(app)
    if (count := local_cores(master)) is not None:
        builder = builder.config("spark.sql.shuffle.partitions", str(count))
        builder = builder.config("spark.default.parallelism", str(4 * count))
        builder = builder.config("spark.ui.enabled", "false")
        # the Python workers run this interpreter, which has dateline, unless the user chose
        # one (PySpark's default is the `python3` on the PATH)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # the heavy work is Python's; compiling and re-planning each small query costs CPU time
        # the readers need on a machine of few cores
        builder = builder.config("spark.sql.codegen.wholeStage", "false")
        builder = builder.config("spark.sql.adaptive.enabled", "false")
        # nor does each expression of those queries need Java code generated, compiled (Janino)
        # and JIT-compiled when most run once, over few rows: interpreted, the same results for
        # about a seventh less of the JVM's CPU (docs/spark.md, session 53). An internal setting
        # of Spark's, with which its own tests choose interpreted or generated expressions
        builder = builder.config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
        # a broadcast join runs a Spark job of its own to collect its small side; on one
        # machine a shuffle within the join's stages is cheaper than a job per join
        builder = builder.config("spark.sql.autoBroadcastJoinThreshold", "-1")
        # the JVM only moves rows between Python tasks and Parquet, yet its optimising JIT
        # compiler and parallel collector took more CPU than the readers on a small run (69 s
        # against 25 s of Python for 300 stories, docs/spark.md); the quick compiler alone and
        # one collector thread leave those cores to the readers
        # and its classes mapped from this machine's archive (written by the first local run)
        # (only a JVM this call starts takes options: not one this process already runs)
        archive = _class_archive() if SparkContext._gateway is None else ""
        options = f"{LOCAL_JVM_OPTIONS} {archive}".strip()
        builder = builder.config("spark.driver.extraJavaOptions", options)
        # each file and folder a write makes costs a `chmod` process (Hadoop's local file
        # system without its native library): no checksum files beside the Parquet files, no
        # `_SUCCESS` markers (pyarrow, `dateline load` and Spark itself read the folders
        # without them)
        builder = builder.config(
            "spark.hadoop.fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem"
        )
        builder = builder.config(
            "spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false"
        )
    return builder.getOrCreate()


def _schemas() -> dict[str, pa.Schema]:
    """Every exported table's Arrow schema, read off a new in-memory store."""
    db = connect(":memory:")
    try:
        return {table: arrow_schema(db, table) for table in (*TABLES, "minhashes")}
    finally:
        db.close()


_SPARK_TYPES = {
    pa.int64(): "bigint", pa.float64(): "double", pa.string(): "string", pa.binary(): "binary",
    pa.list_(pa.int64()): "array<bigint>",
}  # fmt: skip


def _ddl(schema: pa.Schema) -> str:
    """A Spark DDL schema string of an Arrow schema."""
    return ", ".join(f"`{field.name}` {_SPARK_TYPES[field.type]}" for field in schema)


def _offsets(df: DataFrame, group: str, order: Sequence[str], counts: Sequence[str]) -> DataFrame:
    """``df`` with ``first_<c>`` for each count column ``c``: 1 + the sum of ``c`` over the
    rows before it in (``group``, *``order``) order. Prefix sums within each group, and over the
    per-group totals (one small row per group): nothing is sorted in one place."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    before = Window.partitionBy(group).orderBy(*order).rowsBetween(Window.unboundedPreceding, -1)
    for count in counts:
        df = df.withColumn(f"_in_{count}", F.coalesce(F.sum(count).over(before), F.lit(0)))
    totals = df.groupBy(group).agg(*[F.sum(count).alias(f"_t_{count}") for count in counts])
    earlier = Window.orderBy(group).rowsBetween(Window.unboundedPreceding, -1)
    totals = totals.select(
        group,
        *[
            F.coalesce(F.sum(f"_t_{count}").over(earlier), F.lit(0)).alias(f"_g_{count}")
            for count in counts
        ],
    )
    df = df.join(totals, group)
    for count in counts:
        df = df.withColumn(f"first_{count}", 1 + F.col(f"_g_{count}") + F.col(f"_in_{count}"))
    return df.drop(*[f"_{kind}_{count}" for kind in ("in", "g") for count in counts])


def _jobs_started(spark: SparkSession) -> int:
    """How many Spark jobs this application has started (job ids count up from 0)."""
    ids = spark.sparkContext.statusTracker().getJobIdsForGroup()
    return max(ids, default=-1) + 1


def _tasks_of(spark: SparkSession, jobs: range) -> int:
    """How many tasks the stages of ``jobs`` ran (a stage skipped because its shuffle output
    was already there counts none)."""
    tracker = spark.sparkContext.statusTracker()
    stages = {stage for job in jobs if (info := tracker.getJobInfo(job)) for stage in info.stageIds}
    return sum(info.numCompletedTasks for stage in stages if (info := tracker.getStageInfo(stage)))


def _side_by_side(*calls: Callable[[], T]) -> list[T]:
    """The results of ``calls``, each run in a thread of its own, at most
    ``CONCURRENT_JOBS`` at a time: independent Spark jobs submitted side by side, so that the
    driver plans and commits one while another's tasks run (Spark runs jobs of several
    threads at once; each Python thread has a JVM thread of its own)."""
    with ThreadPoolExecutor(max_workers=CONCURRENT_JOBS) as pool:
        running = [pool.submit(call) for call in calls]
        return [future.result() for future in running]


@contextmanager
def _step(spark: SparkSession, name: str) -> Iterator[None]:
    """Log how long a step of the job took and how many Spark jobs and tasks it ran: on a small
    input the job and task counts, not the data, set most of a step's time."""
    started, first = time.perf_counter(), _jobs_started(spark)
    yield
    jobs = range(first, _jobs_started(spark))
    log.info(
        "%s: %.1f s, %d Spark jobs, %d tasks",
        name, time.perf_counter() - started, len(jobs), _tasks_of(spark, jobs),
    )  # fmt: skip


def _local_folder(path: str) -> Path | None:
    """``path`` as a local folder, or None when it is on another file system (``s3a://``,
    ``hdfs://``, ...)."""
    if "://" in path and not path.startswith("file://"):
        return None
    return Path(path.removeprefix("file://"))


class _Job:
    """One run: its Spark session, output folder and the intermediate results it keeps."""

    def __init__(self, spark: SparkSession, out: str, config: ReadConfig, merge: MergeConfig):
        self.spark, self.out, self.config, self.merge = spark, out.rstrip("/"), config, merge
        self.work = f"{self.out}/_work"
        self.schemas = _schemas()
        # a local master's executor is the driver's own JVM: nothing to lose and recompute
        self.local = local_cores(spark.sparkContext.master) is not None

    def keep(self, df: DataFrame, name: str) -> DataFrame:
        """Write an intermediate result and read it back, so that later steps (and their
        counts) never recompute it, the reading of articles least of all. The read-back is
        given the schema: left to infer it, Spark runs a job to read the files' footers."""
        path = f"{self.work}/{name}"
        df.write.mode("overwrite").parquet(path)
        return self.spark.read.schema(df.schema).parquet(path)

    def cache(self, df: DataFrame, name: str) -> DataFrame:
        """An intermediate result computed once for the steps after it. On a local master, a
        lazy local checkpoint: kept in the block manager (memory, then local disk) by the first
        job that computes it, so no job of its own, no Parquet commit or read-back, and, like a
        read-back, a plan that starts from it (later queries are planned without its lineage).
        On a cluster it is written and read back (``keep``): a checkpoint's blocks are lost
        with their executor, and the job with them."""
        if not self.local:
            return self.keep(df, name)
        return df.localCheckpoint(eager=False)

    def write(self, df: DataFrame, table: str) -> DataFrame:
        """Write a table with the export's columns and types, and read it back."""
        from pyspark.sql import functions as F

        schema = self.schemas[table]
        columns = [F.col(f.name).cast(_SPARK_TYPES[f.type]) for f in schema]
        path = f"{self.out}/{table}.parquet"
        df.select(*columns).write.mode("overwrite").parquet(path)
        return self.spark.read.schema(_ddl(schema)).parquet(path)

    # -- 1-3: records, exact duplicates, readings ---------------------------------------------

    def listing(self, files: list[str]) -> DataFrame:
        """(``file_no``, ``path``) of each input file, for the records step; at least a row per
        local core, though some have no file (no path): each such task starts its Python worker
        then, which loads the reader while the JVM runs the steps before the reading. The list
        is an Arrow table, which the JVM takes as a local relation and splits itself (a task per
        row, up to the default parallelism: the tasks ``parallelize`` gave). As a Python RDD,
        each records task also started a second Python daemon and worker, only to unpickle the
        list before its rows reached the records task."""
        paths: list[str | None] = [*files]
        paths += [None] * ((local_cores(self.spark.sparkContext.master) or 1) - len(paths))
        numbers = pa.array(range(len(paths)), pa.int64())
        listed = pa.table({"file_no": numbers, "path": pa.array(paths, pa.string())})
        return self.spark.createDataFrame(listed)

    def records(
        self, files: list[str], fields: Fields, date: dt.date | None, encoding: str
    ) -> tuple[DataFrame, int]:
        """Every input record, and how many of them are articles (counted while they are
        written, not by a job of its own)."""
        from pyspark.sql import Observation
        from pyspark.sql import functions as F

        listed = self.listing(files)
        read = partial(
            record_tasks.read_files,
            fields=fields, date=date, encoding=encoding, config=self.config,
        )  # fmt: skip
        found = Observation("records")
        records = listed.mapInArrow(read, _ddl(record_tasks.RECORD_SCHEMA)).observe(
            found, F.count(F.when(F.col("reason").isNull(), 1)).alias("articles")
        )
        records = self.keep(records, "records")
        return records, found.get["articles"]

    def readings(self, records: DataFrame, articles_read: int) -> tuple[DataFrame, int]:
        """The kept articles read in ingest's batches; and how many exact duplicates were
        skipped (of ``articles_read``, the articles among the records)."""
        from pyspark.sql import Observation, Window
        from pyspark.sql import functions as F

        from dateline.spark import tasks

        articles = records.where(F.col("reason").isNull())
        # an article is kept when it is the first of its content hash
        earliest = Window.partitionBy("hash").orderBy("file_no", "rec_no")
        kept = articles.withColumn("_n", F.row_number().over(earliest)).where("_n = 1").drop("_n")
        kept = _offsets(kept.withColumn("one", F.lit(1)), "file_no", ["rec_no"], ["one"])
        kept = kept.withColumn("pos", F.col("first_one") - 1).drop("one", "first_one")
        kept = kept.withColumn("batch", F.floor(F.col("pos") / self.config.batch_size))
        # Consecutive batches, a few tasks per core: an explicit partitioning, which adaptive
        # execution does not coalesce (small text data would all go to one task). The articles
        # read bound the batches from above (repeats are dropped after), so each batch's task
        # is known without looking at the data: batch * tasks // batches. Spark 4.1 places
        # rows by such a task number (`repartitionById`), and grouping by (task, batch) keeps
        # that placement (no second shuffle); older Spark partitions by range, which samples
        # its input in a job of its own when there is more than one task.
        batches = max(1, -(-articles_read // self.config.batch_size))
        task_count = min(batches, TASKS_PER_CORE * _cores(self.spark))
        if hasattr(kept, "repartitionById"):
            task = F.expr(f"CAST(batch * {task_count} DIV {batches} AS INT)")
            kept = kept.withColumn("task", task).repartitionById(task_count, "task")
            keys = ["task", "batch"]
        else:
            kept, keys = kept.repartitionByRange(task_count, "batch"), ["batch"]
        read = tasks.batch_reader(self.config)
        readings = kept.groupBy(*keys).applyInArrow(read, _ddl(tasks.READ_SCHEMA))
        # every kept article gives one row (read, or the reason it failed): counted while the
        # readings are written
        counted = Observation("readings")
        readings = self.keep(readings.observe(counted, F.count("*").alias("kept")), "readings")
        return readings, articles_read - counted.get["kept"]

    # -- 4: store ids and the article tables --------------------------------------------------

    def numbered(self, readings: DataFrame) -> DataFrame:
        from pyspark.sql import functions as F

        stored = readings.where(F.col("reason").isNull()).withColumn("one", F.lit(1))
        counts = ["one", *(f"n_{table}" for table in PART_TABLES)]
        stored = _offsets(stored, "batch", ["pos"], counts)
        stored = stored.withColumnRenamed("first_one", "store_id")
        for table in PART_TABLES:
            stored = stored.withColumnRenamed(f"first_n_{table}", f"first_{table}")
        return self.cache(stored, "stored")

    def parts(self, stored: DataFrame) -> dict[str, Callable[[], DataFrame]]:
        """The writes of the tables cut from the stored articles, each table by itself (they
        are independent: the caller runs them side by side)."""
        from dateline.spark import tasks

        columns = ["store_id", "rows", *(f"first_{table}" for table in PART_TABLES)]
        writes = {}
        for table in PART_TABLES:
            schema = self.schemas[table]
            rows = partial(tasks.part_rows, table=table, schema=schema)
            writes[table] = partial(
                self.write, stored.select(*columns).mapInArrow(rows, _ddl(schema)), table
            )
        for table, column in (("texts", "text"), ("readings", "reading_json"),
                              ("minhashes", "signature")):  # fmt: skip
            name = "json" if table == "readings" else column
            writes[table] = partial(
                self.write, stored.selectExpr("store_id AS article", f"{column} AS {name}"), table
            )
        return writes

    # -- 5: near-duplicates ----------------------------------------------------------------

    def near_duplicates(self, stored: DataFrame) -> DataFrame:
        """(article, root, similarity) of each near-duplicate, by the writer's rule: the
        earlier articles sharing a band bucket, the ``CANDIDATE_LIMIT`` sharing most bands (the
        lower id first among equals), the most similar at or above ``THRESHOLD`` (the lower id
        first among equals). Its root (what that one duplicates, or itself) is found by
        pointer jumping (``_jump``, ``roots``) as the ``articles`` table is written."""
        from pyspark.sql import Window
        from pyspark.sql import functions as F

        from dateline.spark import tasks

        bands = stored.select(
            F.col("store_id").alias("article"), F.posexplode("buckets").alias("band", "bucket")
        )
        earlier = bands.withColumnRenamed("article", "candidate")
        pairs = (
            bands.join(earlier, ["band", "bucket"])
            .where(F.col("candidate") < F.col("article"))
            .groupBy("article", "candidate")
            .agg(F.count("*").alias("shared"))
        )
        most = Window.partitionBy("article").orderBy(F.desc("shared"), "candidate")
        pairs = pairs.withColumn("_r", F.row_number().over(most)).where(
            F.col("_r") <= CANDIDATE_LIMIT
        )
        signatures = stored.select(F.col("store_id").alias("article"), "signature")
        pairs = pairs.join(signatures, "article").join(
            signatures.toDF("candidate", "candidate_signature"), "candidate"
        )
        scored = pairs.select(
            "article", "candidate", "signature", "candidate_signature"
        ).mapInArrow(tasks.scores, _ddl(tasks.SCORE_SCHEMA))
        best = Window.partitionBy("article").orderBy(F.desc("score"), "candidate")
        links = (
            scored.where(F.col("score") >= THRESHOLD)
            .withColumn("_r", F.row_number().over(best))
            .where("_r = 1")
            .select("article", F.col("candidate").alias("root"), F.col("score").alias("similarity"))
        )
        return self.cache(links, "near_links")

    @staticmethod
    def _jump(links: DataFrame, rounds: int) -> tuple[DataFrame, Observation]:
        """One round of pointer jumping: each link's root replaced by its root's root (if it
        has one), and how many roots moved, counted while the round is computed. A round that
        moved none is the last: its links are the same as before it."""
        from pyspark.sql import Observation
        from pyspark.sql import functions as F

        parents = links.select(F.col("article").alias("root"), F.col("root").alias("up"))
        jumped = Observation(f"near-duplicate roots moved, round {rounds}")
        jumped_links = (
            links.join(parents, "root", "left")
            .observe(jumped, F.count("up").alias("links"))
            .select("article", F.coalesce("up", "root").alias("root"), "similarity")
        )
        return jumped_links, jumped

    def roots(self, links: DataFrame) -> DataFrame:
        """``links`` with each root the earliest copy (what it duplicates, or itself), by
        pointer jumping: each round halves the chains, a job each."""
        rounds = 0
        while (rounds := rounds + 1) <= MAX_ROUNDS:
            links, jumped = self._jump(links, rounds)
            links = links.localCheckpoint()
            if not jumped.get["links"]:
                return links
        raise RuntimeError(f"near-duplicate roots not found in {MAX_ROUNDS} rounds")

    def articles(self, stored: DataFrame, links: DataFrame) -> tuple[DataFrame, Observation]:
        """The articles table, each near-duplicate's ``duplicate_of`` its root (``roots``); and
        its counts (``stored``, ``near``), taken while it is written. The first round of the
        pointer jumping is computed by the write itself: when it moved no root (no article
        duplicates a near-duplicate, the common case) the table is done in one Spark job; else
        the roots are found round by round and the table written again."""
        written, counts, jumped = self._articles(stored, *self._jump(links, 1))
        if jumped.get["links"]:
            written, counts, _ = self._articles(stored, self.roots(links), None)
        return written, counts

    def _articles(
        self, stored: DataFrame, near: DataFrame, jumped: Observation | None
    ) -> tuple[DataFrame, Observation, Observation | None]:
        from pyspark.sql import Observation
        from pyspark.sql import functions as F

        near = near.withColumnRenamed("root", "duplicate_of")
        articles = stored.join(near.withColumnRenamed("article", "store_id"), "store_id", "left")
        counts = Observation("articles")
        articles = articles.observe(
            counts, F.count("*").alias("stored"), F.count("duplicate_of").alias("near")
        )
        written = self.write(
            articles.select(
                F.col("store_id").alias("id"),
                "hash",
                F.col("id").alias("article_id"),
                "published",
                "title",
                "source",
                "url",
                "words",
                "duplicate_of",
                "similarity",
                F.lit(1).alias("run"),
                "language",
            ),
            "articles",
        )
        return written, counts, jumped

    # -- 6: stories --------------------------------------------------------------------------

    def mentions(
        self, events: DataFrame, actors: DataFrame, stored: DataFrame, links: DataFrame
    ) -> DataFrame:
        """Events of articles that are no near-duplicate, with their article and actors. The
        originals are the stored articles without a near-duplicate link (``near_duplicates``):
        a link's root never makes an article an original, so the stories need not wait for the
        ``articles`` table, whose write also finds the roots."""
        from pyspark.sql import functions as F

        from dateline.spark import tasks

        source = actors.select(*[F.col(c).alias(f"s_{c}") for c in tasks.ACTOR_COLUMNS])
        target = actors.select(*[F.col(c).alias(f"t_{c}") for c in tasks.ACTOR_COLUMNS])
        originals = stored.join(
            links.select(F.col("article").alias("store_id")), "store_id", "left_anti"
        ).select(
            F.col("store_id").alias("article"), "published", F.col("source").alias("outlet"),
            F.lit(None).cast("bigint").alias("duplicate_of"), "batch",
        )  # fmt: skip
        return (
            events.withColumnRenamed("id", "event")
            .join(originals, "article")
            .join(source, F.col("source") == F.col("s_id"), "left")
            .join(target, F.col("target") == F.col("t_id"), "left")
            .select(
                *tasks.MENTION_COLUMNS,
                "batch",
                *[f"{side}_{c}" for side in "st" for c in tasks.ACTOR_COLUMNS],
            )
        )

    def components(self, mentions: DataFrame) -> DataFrame:
        """(event, component): the least event id of the mentions linked to it by shared
        component keys, by label propagation over (event, key) edges with pointer jumping.
        Whether a round changed a label is counted while its labels are written
        (``observe``), not by a join and a job of its own."""
        from pyspark.sql import Observation
        from pyspark.sql import functions as F

        from dateline.spark import tasks

        keys = partial(tasks.mention_keys, merge=self.merge)
        edges = self.cache(mentions.mapInArrow(keys, _ddl(tasks.KEY_SCHEMA)), "mention_keys")
        labels = mentions.select("event", F.col("event").alias("label"))
        rounds = 0
        while (rounds := rounds + 1) <= MAX_ROUNDS:
            by_key = edges.join(labels, "event").groupBy("key").agg(F.min("label").alias("kl"))
            reached = edges.join(by_key, "key").groupBy("event").agg(F.min("kl").alias("kl"))
            moved = labels.join(reached, "event", "left").select(
                "event",
                F.col("label").alias("old"),
                F.least("label", F.coalesce("kl", "label")).alias("label"),
            )
            ahead = moved.select(F.col("event").alias("label"), F.col("label").alias("up"))
            moved = moved.join(ahead, "label").select(
                "event", "old", F.least("label", "up").alias("label")
            )
            changed = Observation(f"story labels changed, round {rounds}")
            moved = moved.observe(
                changed, F.count(F.when(F.col("label") != F.col("old"), 1)).alias("events")
            ).localCheckpoint()
            labels = moved.select("event", "label")
            if not changed.get["events"]:
                break
        else:
            raise RuntimeError(f"story components not found in {MAX_ROUNDS} rounds")
        log.info("story components found in %d rounds", rounds)
        return labels.withColumnRenamed("label", "component")

    def stories(self, mentions: DataFrame) -> tuple[DataFrame, DataFrame, tuple[int, ...]]:
        from pyspark.sql import functions as F

        from dateline.spark import tasks

        components = self.components(mentions)
        sizes = components.groupBy("component").count().orderBy(F.desc("count")).limit(5)
        filed = (
            mentions.join(components, "event")
            .groupBy("component")
            .applyInArrow(tasks.component_filer(self.merge), _ddl(tasks.FILED_SCHEMA))
        )
        filed = self.cache(filed, "filed")
        # stories are numbered as the filer creates them: in the order of their first mention.
        # Both story tables take the numbers: computed once, by whichever write needs them first
        stories = filed.where(F.col("event").isNull()).withColumn("one", F.lit(1))
        stories = _offsets(stories, "batch", ["lead"], ["one"]).withColumnRenamed("first_one", "id")
        stories = self.cache(stories, "stories")
        story_ids = stories.select("key", F.col("id").alias("story"))
        # story mentions as each update inserts them: batch by batch, its stories in the order
        # of their first mention in the batch, each story's mentions in filing order
        filed_mentions = filed.where(F.col("event").isNotNull()).withColumn("one", F.lit(1))
        ordered = _offsets(filed_mentions, "batch", ["lead", "event"], ["one"])
        story_mentions = ordered.join(story_ids, "key").select(
            F.col("first_one").alias("id"), "story", "event", "article"
        )
        rows, stories, story_mentions = _side_by_side(
            sizes.collect,
            partial(self.write, stories, "stories"),
            partial(self.write, story_mentions, "story_mentions"),
        )
        largest = tuple(row["count"] for row in rows)
        log.info("largest story components (mentions): %s", ", ".join(map(str, largest)))
        return stories, story_mentions, largest

    # -- rejections and the run -----------------------------------------------------------

    def rejected(self, records: DataFrame, readings: DataFrame) -> int:
        """Bad records and articles the stages failed on, once per (record, reason) as the
        store keeps them, numbered in input order; how many (counted while they are
        written)."""
        from pyspark.sql import Observation, Window
        from pyspark.sql import functions as F

        columns = ["file_no", "rec_no", "record", "reason"]
        found = records.where(F.col("reason").isNotNull()).select(*columns)
        found = found.unionByName(readings.where(F.col("reason").isNotNull()).select(*columns))
        first = Window.partitionBy("record", "reason").orderBy("file_no", "rec_no")
        found = found.withColumn("_n", F.row_number().over(first)).where("_n = 1")
        found = _offsets(found.withColumn("one", F.lit(1)), "file_no", ["rec_no"], ["one"])
        counted = Observation("rejected")
        found = found.observe(counted, F.count("*").alias("rejected"))
        self.write(
            found.select(F.col("first_one").alias("id"), "record", "reason", F.lit(1).alias("run")),
            "rejected",
        )
        return counted.get["rejected"]

    def run_row(self, sources: list[str], report: SparkReport, started: str) -> None:
        finished = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        row = {
            "id": 1, "started": started, "finished": finished, "status": "done",
            "sources": json.dumps(sources), "dateline_version": version("dateline"),
            "stored": report.stored, "skipped": report.skipped,
            "near_duplicates": report.near_duplicates, "rejected": report.rejected,
            "pid": os.getpid(), "host": socket.gethostname(),
            "config": json.dumps(self.config.record(), ensure_ascii=False),
        }  # fmt: skip
        table = pa.Table.from_pylist([row], schema=self.schemas["runs"])
        if not self.local or (folder := _local_folder(f"{self.out}/runs.parquet")) is None:
            self.write(self.spark.createDataFrame(table), "runs")
            return
        # one row, after every other job: on a local master and disk, written as Spark would
        # write it (a folder of one part file) without a Spark job's planning and commit
        import pyarrow.parquet as pq

        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        pq.write_table(table, folder / "part-00000.parquet")

    def clean(self) -> None:
        """Remove the intermediate results (a local folder; elsewhere they are left to the
        storage's own clean-up, and overwritten by the next run)."""
        if (folder := _local_folder(self.work)) is not None:
            shutil.rmtree(folder, ignore_errors=True)


def run(
    spark: SparkSession,
    sources: Iterable[Path | str],
    out: Path | str,
    *,
    config: ReadConfig | None = None,
    merge: MergeConfig | None = None,
    fields: Fields = DEFAULT_FIELDS,
    date: dt.date | None = None,
    encoding: str = "utf-8",
) -> SparkReport:
    """Read every article in ``sources`` on ``spark`` into Parquet tables under ``out``: the
    record ``dateline ingest`` would store, for ``dateline load`` (or any Parquet reader).

    Usable from ``spark-submit``: ``run(SparkSession.builder.getOrCreate(), [...], "s3://...")``.
    Input paths must be readable from every executor (a shared file system)."""
    from dateline.spark import tasks
    from dateline.stories.merge import MergeConfig

    config = config or ReadConfig()
    tasks.reader(config)  # a bad knowledge file, lexicon or typer stops the run here
    started_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    started = time.perf_counter()
    given = [str(source) for source in sources]
    files = [str(path) for path in source_files(Path(source) for source in given)]
    job = _Job(spark, str(out), config, merge or MergeConfig())
    report = SparkReport(Path(out))
    with _step(spark, "records"):
        records, articles_read = job.records(files, fields, date, encoding)
    with _step(spark, "readings"):
        readings, report.skipped = job.readings(records, articles_read)
    with _step(spark, "store ids, rows, near-duplicates, rejections and stories"):
        stored = job.numbered(readings)
        writes = job.parts(stored)
        # independent jobs side by side: one's planning and commit overlap another's tasks.
        # The stories need only the near-duplicate links, events and actors: they are
        # submitted first, and the stories' own jobs (mention keys, label propagation, filing)
        # run beside the other tables' writes, the articles' among them, instead of after them
        first = ("events", "actors")
        with ThreadPoolExecutor(max_workers=CONCURRENT_JOBS + 1) as pool:
            # on a local master the links are a lazy checkpoint, computed by whichever of the
            # articles' and the stories' jobs needs them first (the other reads its blocks); on
            # a cluster they are written in a job of their own, beside the other writes
            links = pool.submit(job.near_duplicates, stored)
            near = pool.submit(lambda: job.articles(stored, links.result()))
            written = {table: pool.submit(writes[table]) for table in first}

            def stories() -> tuple[int, ...]:
                events, actors = (written[table].result() for table in first)
                mentions = job.mentions(events, actors, stored, links.result())
                return job.stories(job.cache(mentions, "mentions"))[2]

            # submitted after what it waits for (the pool starts tasks in order): no deadlock
            filed = pool.submit(stories)
            rejected = pool.submit(job.rejected, records, readings)
            written |= {t: pool.submit(w) for t, w in writes.items() if t not in first}
            report.largest_components = filed.result()
            report.rejected = rejected.result()
            for future in written.values():
                future.result()
            counts = near.result()[1]
        report.stored, report.near_duplicates = counts.get["stored"], counts.get["near"]
    job.run_row(given, report, started_at)
    job.clean()
    report.seconds = time.perf_counter() - started
    return report
