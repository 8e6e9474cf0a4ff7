"""What every reader shares: rejections with a location, decoding and date parsing."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import DatelineError

MAX_FILE_BYTES = 50 * 1024 * 1024
# where a page or feed states its own encoding: <meta charset>, http-equiv, <?xml encoding?>
_DECLARED_ENCODING = re.compile(
    rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record that could not be read, and why. ``where`` is ``file`` or ``file:line``."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class RejectedInput(DatelineError, ValueError):
    """Raised inside readers; turned into a ``Rejected`` record by the caller."""


_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def parse_date(value: object) -> dt.date:
    """An ISO date (a datetime is cut to its date); anything else is an error, never a guess."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        raise RejectedInput("no date")
    match = _ISO_DATE.match(str(value))
    if not match:
        raise RejectedInput(f"unparsable date {str(value)[:40]!r} (expected YYYY-MM-DD)")
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError as error:
        raise RejectedInput(f"impossible date {str(value)[:40]!r}: {error}") from None


def read_text_file(path: Path, encoding: str = "utf-8", *, markup: bool = False) -> str:
    """A text file's content, refusing empty, binary, oversized and undecodable files. Markup
    (``markup``: HTML, feeds) that ``encoding`` cannot decode is decoded as its head declares."""
    size = path.stat().st_size
    if size == 0:
        raise RejectedInput("empty file")
    if size > MAX_FILE_BYTES:
        raise RejectedInput(
            f"file is {size / 1e6:.1f} MB, over the {MAX_FILE_BYTES // 2**20} MiB limit"
        )
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise RejectedInput("binary file (contains NUL bytes), not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        declared = _decode_as_declared(data) if markup else None
        if declared is None:
            raise RejectedInput(
                f"not valid {encoding} at byte {error.start} (try --encoding latin-1)"
            ) from None
        text = declared
    except LookupError:
        raise RejectedInput(f"unknown encoding {encoding!r}") from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _decode_as_declared(data: bytes) -> str | None:
    """Markup in the encoding its first 4 KB declare, as browsers read it; None if it declares
    none or that one fails too."""
    match = _DECLARED_ENCODING.search(data[:4096])
    if not match:
        return None
    try:
        return data.decode(match.group(1).decode("ascii"))
    except (UnicodeDecodeError, LookupError):
        return None
