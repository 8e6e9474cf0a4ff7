"""Articles as Parquet rows (pyarrow), with the same configurable field names as JSONL/CSV."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dateline.ingest.base import Rejected, RejectedInput
from dateline.ingest.tabular import Fields, record_article
from dateline.model import Article

BATCH_ROWS = 1024  # rows decoded at a time: a large file is streamed, never loaded whole

# pyarrow is imported inside the functions, when a Parquet file is met: 37 MB of memory that an
# ingest of text or JSON Lines does not need


def count_parquet(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def read_parquet(path: Path, fields: Fields | None = None) -> Iterator[Article | Rejected]:
    """Every row of a Parquet file; a rejection names the file and the 1-based row."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = fields or Fields()
    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as error:
        yield Rejected(str(path), f"not a readable Parquet file: {error}")
        return
    row = 0
    try:
        for batch in parquet.iter_batches(batch_size=BATCH_ROWS):
            for record in batch.to_pylist():
                row += 1
                try:
                    yield record_article(record, fields, f"{path.stem}-{row}")
                except RejectedInput as error:
                    yield Rejected(str(path), f"row {row}: {error}")
    except (pa.ArrowException, OSError) as error:
        yield Rejected(str(path), f"row {row + 1}: unreadable Parquet data: {error}")
