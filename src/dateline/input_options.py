"""Command-line options for reading input, shared by `dateline read` and `dateline ingest`."""

from __future__ import annotations

from typing import Annotated

import typer

TextFieldOption = Annotated[str, typer.Option(help="JSONL/CSV/Parquet field holding the text.")]
DateFieldOption = Annotated[str, typer.Option(help="JSONL/CSV/Parquet field holding the date.")]
EncodingOption = Annotated[str, typer.Option(help="Text encoding of the input files.")]
MaxCharsOption = Annotated[int, typer.Option(help="Reject articles longer than this.")]
