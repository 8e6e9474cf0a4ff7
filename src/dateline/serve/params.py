"""Query-string parameters into the store's filters, checked: a bad value is a ``ParameterError``
(a 400 page or JSON error naming the parameter), never a failed query.

The names are the command line's: ``actor``, ``type``, ``country``, ``since``, ``until``, ``q``
(words of the evidence), ``limit``, ``offset``, ``sort``, ``with_duplicates``; and ``source``
and ``target`` (whole names: a dyad's events).
"""

from __future__ import annotations

from collections.abc import Mapping

from dateline.errors import DatelineError
from dateline.ingest.base import RejectedInput, parse_date
from dateline.store.queries import Filters
from dateline.store.views import COUNTS, UNITS, Count, Unit

MAX_LIMIT = 10_000  # rows in one page or one download
MAX_TEXT = 200  # characters of a name or search words


class ParameterError(DatelineError, ValueError):
    pass


def text(params: Mapping[str, str], name: str) -> str | None:
    value = params.get(name, "").strip()
    if len(value) > MAX_TEXT:
        raise ParameterError(f"{name}: at most {MAX_TEXT} characters")
    return value or None


def number(params: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    value = params.get(name, "").strip()
    if not value:
        return default
    if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
        raise ParameterError(f"{name}: {value!r} is not a whole number from {low} to {high}")
    return int(value)


def day(params: Mapping[str, str], name: str) -> str | None:
    value = text(params, name)
    if value is None:
        return None
    try:
        return parse_date(value).isoformat()
    except RejectedInput as error:
        raise ParameterError(f"{name}: {error}") from None


def flag(params: Mapping[str, str], name: str) -> bool:
    value = params.get(name, "").strip().lower()
    if value in ("", "0", "false", "no", "off"):
        return False
    if value in ("1", "true", "yes", "on"):
        return True
    raise ParameterError(f"{name}: {value!r} is not yes or no")


def choice(params: Mapping[str, str], name: str, options: tuple[str, ...], default: str) -> str:
    value = params.get(name, "").strip() or default
    if value not in options:
        raise ParameterError(f"{name}: {value!r} is not one of {', '.join(options)}")
    return value


def event_filters(params: Mapping[str, str], limit: int = 100) -> Filters:
    """The timeline's filters, as ``dateline timeline`` takes them."""
    return Filters(
        actor=text(params, "actor"),
        source=text(params, "source"),
        target=text(params, "target"),
        type=text(params, "type"),
        country=text(params, "country"),
        since=day(params, "since"),
        until=day(params, "until"),
        text=text(params, "q"),
        include_duplicates=flag(params, "with_duplicates"),
        limit=number(params, "limit", limit, 1, MAX_LIMIT),
        offset=number(params, "offset", 0, 0, 10_000_000),
        sort=text(params, "sort"),
    )


def unit(params: Mapping[str, str], default: Unit = "week") -> Unit:
    return choice(params, "unit", UNITS, default)  # type: ignore[return-value]


def count(params: Mapping[str, str]) -> Count:
    return choice(params, "count", COUNTS, "mentions")  # type: ignore[return-value]
