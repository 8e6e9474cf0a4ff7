"""Running dateline on Apache Spark (``dateline spark``; the ``dateline[spark]`` extra).

``job.run`` computes, on a Spark cluster or ``local[N]``, the tables ``dateline ingest`` would
store, as Parquet; ``dateline.corpus.load`` writes them into a store. ``tasks`` is what the
Python workers run. pyspark is imported only here and inside the job's functions, so the core
install imports everything else without it.
"""

from __future__ import annotations

from dateline.errors import DatelineError


class SparkMissing(DatelineError):
    """pyspark is not installed."""


def require_pyspark() -> None:
    """Raise ``SparkMissing`` with what to install when pyspark cannot be imported."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise SparkMissing(
            "dateline spark needs pyspark: install dateline[spark] "
            "(pip install 'dateline[spark]'; Spark also needs Java 17)"
        ) from None
