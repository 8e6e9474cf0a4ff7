"""`dateline spark` + `dateline load` give the record `dateline ingest` gives.

One input - the project's examples, three reports of one call, the first Reuters-21578 stories
(read from ../shared at test time), repeated and lightly edited copies of some, and broken
records - goes through both; the stores are then compared table by table. Ids are compared
too: Spark numbers rows as the single writer does. Only what says when and where a run happened
(runs, the run column, the order of rejections) may differ.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.config import ReadConfig
from dateline.corpus.ingest import ingest
from dateline.corpus.load import LoadError, load
from dateline.evaluation.reuters import reuters_stories
from tests.shared_data import require_shared

pyspark = pytest.importorskip("pyspark", reason="the spark extra is not installed")

ROOT = Path(__file__).resolve().parents[1]
REUTERS = "data/corpora/reuters21578/articles.jsonl"
STORIES = 240
# small batches, so that the input spans many of them; a low length limit rejects a few stories
CONFIG = ReadConfig(batch_size=16, max_chars=5000)
# the tables compared row for row, ids included
SAME_ROWS = (
    "articles", "texts", "readings", "timexes", "actors", "attributions", "events", "stories",
    "story_mentions", "minhashes",
)  # fmt: skip


@pytest.fixture(scope="session")
def spark() -> Iterator[object]:
    """One local Spark with two cores for every Spark test of the session."""
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from dateline.spark.job import session, stop

    started = session("local[2]", "dateline-tests")
    yield started
    stop(started)  # as the command does: keeps the class archive a first run writes


def _write_input(folder: Path) -> list[Path]:
    """Reuters stories as JSON Lines with exact repeats, edited copies (near-duplicates) and
    broken records mixed in; a CSV with a good and a bad row; the examples folder and the three
    reports of one call (``tests/data/call``)."""
    stories = list(reuters_stories(require_shared(REUTERS), STORIES))
    lines = []
    for number, story in enumerate(stories):
        record = {"id": story.id, "date": story.published.isoformat(), "text": story.text}
        lines.append(json.dumps(record))
        if number % 40 == 7:  # the same record again, later: skipped as already read
            lines.append(json.dumps(record | {"id": f"{story.id}-again"}))
        if number % 40 == 9:  # a copy with its last sentence changed: a near-duplicate
            edited = story.text.rsplit(".", 2)[0] + ". The report was confirmed on Friday."
            lines.append(json.dumps(record | {"id": f"{story.id}-edited", "text": edited}))
        if number % 60 == 11:
            lines.append('{"id": "broken", "date": "1987-03-0')  # cut off: invalid JSON
        if number % 60 == 13:
            lines.append(json.dumps({"id": "undated", "text": story.text}))
        if number % 60 == 17:
            lines.append(json.dumps(record | {"id": "bad-date", "date": "1987-02-30"}))
        if number % 60 == 19:  # over the length limit: rejected before reading
            long = " ".join([story.text] * (CONFIG.max_chars // len(story.text) + 1))
            lines.append(json.dumps(record | {"id": f"{story.id}-long", "text": long}))
    jsonl = folder / "reuters.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    csv = folder / "extra.csv"
    csv.write_text(
        'id,date,text\nc1,1987-03-02,"Iran said on Monday it had shelled Basra."\n'
        "c2,someday,No date here.\n",
        encoding="utf-8",
    )
    # three reports of one phone call: stories told by several articles, which the Reuters
    # stories rarely give now that the event coder emits only what it can trust
    return [ROOT / "examples", ROOT / "tests" / "data" / "call", jsonl, csv]


def _rows(db: sqlite3.Connection, table: str) -> list[tuple]:
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})") if row[1] != "run"]
    quoted = ", ".join(f'"{name}"' for name in columns)
    return db.execute(f"SELECT {quoted} FROM {table} ORDER BY rowid").fetchall()


@pytest.fixture(scope="module")
def stores(spark, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, object]:
    from dateline.spark.job import run

    folder = tmp_path_factory.mktemp("spark")
    sources = _write_input(folder)
    ingested = folder / "ingest.db"
    ingest(ingested, sources, config=CONFIG, workers=1)
    report = run(spark, sources, folder / "tables", config=CONFIG)
    loaded = folder / "loaded.db"
    load(folder / "tables", loaded)
    return ingested, loaded, report


def test_spark_and_load_give_the_same_tables_as_ingest(stores):
    ingested, loaded, _ = stores
    one, other = sqlite3.connect(ingested), sqlite3.connect(loaded)
    for table in SAME_ROWS:
        expected, got = _rows(one, table), _rows(other, table)
        assert expected, f"{table} is empty: the input no longer exercises it"
        assert got == expected, f"{table} differs"
    rejected = "SELECT record, reason FROM rejected ORDER BY record, reason"
    assert other.execute(rejected).fetchall() == one.execute(rejected).fetchall()
    counts = "SELECT stored, skipped, near_duplicates, rejected, status, config FROM runs"
    assert other.execute(counts).fetchall() == one.execute(counts).fetchall()


def test_the_input_has_what_the_comparison_needs(stores):
    ingested, _, report = stores
    db = sqlite3.connect(ingested)
    ((stored, skipped, near, rejected),) = db.execute(
        "SELECT stored, skipped, near_duplicates, rejected FROM runs"
    )
    assert stored > STORIES * 0.9 and skipped >= 5 and near >= 5 and rejected >= 8
    reasons = " | ".join(row[0] for row in db.execute("SELECT reason FROM rejected"))
    for reason in ("invalid JSON", "no date field", "impossible date", "over the 5,000 limit"):
        assert reason in reasons
    stories = db.execute("SELECT count(*) FROM stories WHERE articles > 1").fetchone()[0]
    # the event coder emits only what it can trust: the call's reports make the one story
    # that several articles are sure to tell
    assert stories >= 1, "no story is reported by two articles"
    assert report.stored == stored and report.largest_components


def test_the_loaded_store_answers_the_views(stores):
    from dateline.corpus.api import Corpus

    ingested, loaded, _ = stores
    with Corpus(ingested) as one, Corpus(loaded) as other:
        assert other.timeline(limit=50) == one.timeline(limit=50)
        assert other.search("oil prices") == one.search("oil prices")
        assert other.stories(limit=10) == one.stories(limit=10)
        top = one.stories(limit=1)[0]["id"]
        assert other.accounts(top) == one.accounts(top)


def test_the_load_command_writes_a_store_the_views_read(stores, tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    _, _, report = stores
    db = tmp_path / "cli.db"
    done = CliRunner().invoke(app, ["load", str(report.out), "--db", str(db)])
    assert done.exit_code == 0, done.output
    assert f"{report.stored} articles" in done.output
    shown = CliRunner().invoke(app, ["stories", "--db", str(db), "--json"])
    assert shown.exit_code == 0 and json.loads(shown.output)


def test_without_pyspark_the_spark_command_says_what_to_install(tmp_path):
    hide = (
        "import sys; sys.modules['pyspark'] = None; sys.argv = ['dateline', 'spark', 'x.jsonl',"
        f" '--out', {str(tmp_path)!r}]; from dateline.cli import main; main()"
    )
    done = subprocess.run([sys.executable, "-c", hide], capture_output=True, text=True)
    assert done.returncode == 2
    assert "install dateline[spark]" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_load_refuses_a_store_that_holds_articles(stores, tmp_path):
    ingested, _, report = stores
    copy = tmp_path / "copy.db"
    sqlite3.connect(ingested).backup(sqlite3.connect(copy))
    with pytest.raises(LoadError, match="already holds articles"):
        load(report.out, copy)


def test_a_local_master_s_cores():
    from dateline.spark.job import local_cores

    assert local_cores("local") == 1
    assert local_cores("local[2]") == 2
    assert local_cores("local[3,2]") == 3  # (N cores, F failures allowed)
    assert local_cores("local[*]") == (os.cpu_count() or 1)
    assert local_cores("spark://host:7077") is None and local_cores("yarn") is None
    assert local_cores("local-cluster[2,1,1024]") is None


def test_a_local_session_interprets_its_expressions(spark):
    # the small queries of a local job pay no code generation and compiling per query; the
    # tables compared with ingest's above are computed so
    assert spark.conf.get("spark.sql.codegen.factoryMode") == "NO_CODEGEN"
    assert spark.conf.get("spark.sql.codegen.wholeStage") == "false"


@pytest.fixture
def slow_reader(monkeypatch):
    """``tasks.Reader`` replaced by one whose parser takes a while to load and counts its
    loads; the per-process readers and settled configurations emptied, the collector unfrozen
    afterwards."""
    import functools
    import gc
    import time

    from dateline import pipeline
    from dateline.spark import records, tasks

    loads: list[ReadConfig] = []

    class SlowReader:
        def __init__(self, config: ReadConfig) -> None:
            self.config = config

        @functools.cached_property
        def nlp(self) -> object:
            time.sleep(0.3)
            loads.append(self.config)
            return object()

        def read(self, article: object) -> None:  # the warm-up article (ready_to_read)
            assert self.nlp is not None

    monkeypatch.setattr(tasks, "Reader", SlowReader)
    monkeypatch.setattr(tasks, "_readers", {})
    monkeypatch.setattr(pipeline, "_settled", set())
    monkeypatch.setattr(records, "_preloading", set())
    yield loads
    gc.unfreeze()


def test_a_worker_loads_its_parser_once_though_a_preload_is_still_loading_it(slow_reader):
    import gc

    from dateline.spark import records, tasks

    config = ReadConfig(batch_size=7)
    # a records task that read no file starts the preload, twice: one background load
    assert list(records.read_files(iter([]), fields=None, date=None, encoding="utf-8",
                                   config=config)) == []  # fmt: skip
    records.preload(config)
    loaded = tasks.worker_reader(config)  # the first batch: waits for the preload's load
    assert slow_reader == [config]
    assert tasks.worker_reader(config) is loaded and slow_reader == [config]
    assert gc.get_freeze_count() > 0  # the model kept out of the collector's passes
    # the driver's check of a configuration builds a reader without its parser
    other = ReadConfig(batch_size=9)
    assert tasks.reader(other).config == other and slow_reader == [config]


def _parquet_rows(folder: Path, table: str) -> list[tuple]:
    import pyarrow.dataset as ds

    rows = ds.dataset(folder / f"{table}.parquet", format="parquet").to_table().to_pylist()
    return sorted(tuple(map(repr, row.values())) for row in rows)


def test_on_a_cluster_the_intermediate_results_are_written_and_the_tables_are_the_same(
    spark, tmp_path, monkeypatch
):
    """A local master keeps intermediate results as lazy local checkpoints; a cluster writes
    them as Parquet and reads them back (an executor lost is no job lost). Both give the same
    tables."""
    from dateline.spark import job
    from dateline.store.export import TABLES

    sources = [ROOT / "examples", ROOT / "tests" / "data" / "call"]
    job.run(spark, sources, tmp_path / "local", config=CONFIG)
    kept: list[str] = []
    keep = job._Job.keep

    def keep_and_note(self, df, name):
        kept.append(name)
        return keep(self, df, name)

    monkeypatch.setattr(job._Job, "keep", keep_and_note)
    monkeypatch.setattr(job, "local_cores", lambda master: None)  # as if on a cluster
    job.run(spark, sources, tmp_path / "cluster", config=CONFIG)
    assert set(kept) >= {
        "records",
        "readings",
        "stored",
        "near_links",
        "mentions",
        "mention_keys",
        "filed",
    }
    assert not (tmp_path / "cluster" / "_work").exists()  # removed at the end
    for table in (*TABLES, "minhashes"):
        if table != "runs":
            got = _parquet_rows(tmp_path / "cluster", table)
            assert got == _parquet_rows(tmp_path / "local", table), f"{table} differs"
    assert _parquet_rows(tmp_path / "local", "events"), "the input no longer codes events"


def _imported_by(module: str, *watched: str) -> list[str]:
    """Which of ``watched`` a fresh process has imported after importing ``module``."""
    script = f"import sys, {module}\nprint(sorted(m for m in {watched!r} if m in sys.modules))\n"
    env = os.environ | {"PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().replace("'", '"'))


def test_the_records_task_imports_no_parser():
    # the first Python task of a run imports the module of its function: reading records needs
    # no spaCy, no stages, no pyspark (the worker imports those in the background after it), and
    # no HTML or feed parser when its input is neither (``ingest`` imports them when it reads one)
    watched = (
        "spacy", "dateline.pipeline", "dateline.spark.tasks", "dateline.corpus.worker",
        "pyspark", "trafilatura", "feedparser", "lxml",
    )  # fmt: skip
    assert _imported_by("dateline.spark.records", *watched) == []


def test_the_command_line_imports_no_parser_before_the_spark_session():
    # `dateline spark` starts the JVM after the CLI's imports: spaCy (the story commands' outlet
    # labels pull it in through ``stories.merge``) would delay it by a second or more
    assert _imported_by("dateline.cli", "spacy", "dateline.stories.merge", "trafilatura") == []


def test_a_near_duplicate_of_a_near_duplicate_gets_the_earliest_copy(spark, tmp_path):
    """The articles table's write computes the first round of the pointer jumping: one Spark job
    when no root moves; when one does (3 copies 2 copies 1), the roots are found and the table
    written again."""
    from dateline.spark.job import _Job, _jobs_started
    from dateline.stories.merge import MergeConfig

    stored = spark.createDataFrame(
        [(n, f"h{n}", f"a{n}", "2026-03-02", None, None, None, 10, "en") for n in (1, 2, 3, 4)],
        "store_id bigint, hash string, id string, published string, title string, "
        "source string, url string, words bigint, language string",
    )
    job = _Job(spark, str(tmp_path / "out"), CONFIG, MergeConfig())
    schema = "article bigint, root bigint, similarity double"
    for links, expected, jobs in (
        ([(2, 1, 0.9), (4, 3, 0.85)], [None, 1, None, 3], 1),
        ([(2, 1, 0.9), (3, 2, 0.85)], [None, 1, 1, None], 4),  # a write, 2 rounds, a write
    ):
        first = _jobs_started(spark)
        written, counts = job.articles(stored, spark.createDataFrame(links, schema))
        assert _jobs_started(spark) - first == jobs
        rows = written.orderBy("id").select("duplicate_of").collect()
        assert [row["duplicate_of"] for row in rows] == expected
        assert (counts.get["stored"], counts.get["near"]) == (4, 2)


def test_the_file_list_reaches_the_records_tasks_without_a_python_worker(spark, tmp_path):
    """The records step's input is a local relation the JVM splits, a task per row up to the
    default parallelism: no Python RDD, whose unpickling made each records task start a second
    Python daemon and worker. One file on two cores is two tasks, one of them without a file
    (it starts its worker all the same); many files are the default parallelism's tasks."""
    from dateline.spark.job import _Job
    from dateline.stories.merge import MergeConfig

    job = _Job(spark, str(tmp_path / "out"), CONFIG, MergeConfig())
    one = job.listing(["a.jsonl"])
    plan = one._jdf.queryExecution().executedPlan().toString()
    assert "LocalTableScan" in plan and "RDD" not in plan
    assert one.rdd.getNumPartitions() == 2
    assert [tuple(row) for row in one.collect()] == [(0, "a.jsonl"), (1, None)]
    files = [f"{n}.jsonl" for n in range(20)]
    many = job.listing(files)
    assert many.rdd.getNumPartitions() == spark.sparkContext.defaultParallelism
    assert [row["path"] for row in many.orderBy("file_no").collect()] == files


@pytest.fixture
def archive_folder(monkeypatch, tmp_path):
    """``DATELINE_SPARK_CDS`` pointed at an empty folder; no archive being written."""
    from dateline.spark import job

    monkeypatch.setenv(job.ARCHIVE_ENV, str(tmp_path))
    monkeypatch.setattr(job, "_archiving", None)
    return tmp_path


def test_a_first_local_run_writes_the_class_archive_and_later_runs_map_it(archive_folder):
    from dateline.spark import job

    writing = job._class_archive()
    unfinished, final = job._archiving
    assert f"-XX:ArchiveClassesAtExit={unfinished}" in writing
    assert unfinished.parent == final.parent == archive_folder
    assert unfinished.name == f"{final.name}.{os.getpid()}.unfinished" and not final.exists()
    final.write_bytes(b"an archive")  # as ``stop`` leaves it once the JVM has written it
    assert job._class_archive().startswith(f"-XX:SharedArchiveFile={final} ")


def test_the_class_archive_can_be_turned_off(monkeypatch):
    from dateline.spark import job

    monkeypatch.setenv(job.ARCHIVE_ENV, "off")
    monkeypatch.setattr(job, "_archiving", None)
    assert job._class_archive() == "" and job._archiving is None


def test_an_unfinished_archive_is_removed_only_when_its_run_is_gone_and_old(archive_folder):
    from dateline.spark import job

    final = job._archive_path()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    old_of_gone = final.with_name(f"{final.name}.{int(gone.stdout)}.unfinished")
    new_of_gone = final.with_name(f"{final.name}.{int(gone.stdout) + 1000000}.unfinished")
    old_of_living = final.with_name(f"{final.name}.{os.getppid()}.unfinished")
    for path in (old_of_gone, new_of_gone, old_of_living):
        path.write_bytes(b"half an archive")
    past = os.stat(old_of_gone).st_mtime - 2 * job._ARCHIVE_STALE_S
    os.utime(old_of_gone, (past, past))
    os.utime(old_of_living, (past, past))
    job._class_archive()
    assert not old_of_gone.exists()  # its writer is gone and it is old
    assert new_of_gone.exists() and old_of_living.exists()


_ARCHIVE_RUN = """
import json, sys
from dateline.spark import job
spark = job.session("local[1]", "dateline-archive-test")
options = spark.sparkContext.getConf().get("spark.driver.extraJavaOptions")
total = spark.range(5).selectExpr("sum(id) AS total").collect()[0]["total"]
job.stop(spark)
print(json.dumps({"options": options, "total": total}))
"""


def test_the_class_archive_is_kept_after_the_first_run_and_mapped_by_the_next(tmp_path):
    env = os.environ | {"DATELINE_SPARK_CDS": str(tmp_path), "SPARK_LOCAL_IP": "127.0.0.1"}

    def run() -> dict:
        done = subprocess.run([sys.executable, "-c", _ARCHIVE_RUN], capture_output=True,
                              text=True, check=True, env=env)  # fmt: skip
        return json.loads(done.stdout.strip().splitlines()[-1])

    first = run()
    assert "-XX:ArchiveClassesAtExit=" in first["options"] and first["total"] == 10
    [archive] = tmp_path.iterdir()  # renamed once the JVM wrote it and exited
    assert archive.suffix == ".jsa" and archive.stat().st_size > 1_000_000
    second = run()
    assert f"-XX:SharedArchiveFile={archive} " in second["options"] and second["total"] == 10
