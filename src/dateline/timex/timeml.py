"""Reading and writing TimeML (``.tml``) files: the text, its creation time and its TIMEX3s.

Only what temporal tagging needs is kept: the document id, the creation time (the ``<DCT>``
TIMEX3, ``tid="t0"``), the plain text of ``<TEXT>`` (tags removed, XML entities decoded) and the
TIMEX3 elements inside it as character spans of that plain text. Other tags (EVENT, SIGNAL, ...)
are dropped; TLINKs and the like are ignored.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from dateline.model import TimeExpression

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTRIBUTE = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_TEXT_SECTION = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_DCT_SECTION = re.compile(r"<DCT>(.*?)</DCT>", re.DOTALL)
_DOCID = re.compile(r"<DOCID>(.*?)</DOCID>", re.DOTALL)


@dataclass(frozen=True, slots=True)
class TimexAnnotation:
    """A TIMEX3 as annotated: offsets into ``TimeMLDocument.text``."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""
    mod: str | None = None


@dataclass(slots=True)
class TimeMLDocument:
    doc_id: str
    text: str
    dct: dt.date | None
    dct_value: str = ""
    timexes: list[TimexAnnotation] = field(default_factory=list)


def _attributes(raw: str) -> dict[str, str]:
    return {name: html.unescape(value) for name, value in _ATTRIBUTE.findall(raw)}


def _strip_tags(marked: str) -> tuple[str, list[TimexAnnotation]]:
    """Plain text of a marked-up section and the TIMEX3 spans in it (nested tags tolerated)."""
    pieces: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    closed: list[tuple[int, int, dict[str, str]]] = []
    position = 0
    for tag in _TAG.finditer(marked):
        chunk = html.unescape(marked[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name, raw_attributes, self_closing = tag.groups()
        if name != "TIMEX3" or self_closing:
            continue
        if not closing:
            open_timexes.append((length, _attributes(raw_attributes)))
        elif open_timexes:
            start, attributes = open_timexes.pop()
            closed.append((start, length, attributes))
    pieces.append(html.unescape(marked[position:]))
    text = "".join(pieces)
    found = [
        TimexAnnotation(
            start=start,
            end=end,
            text=text[start:end],
            type=attributes.get("type", ""),
            value=attributes.get("value", ""),
            tid=attributes.get("tid", ""),
            mod=attributes.get("mod") or None,
        )
        for start, end, attributes in closed
    ]
    return text, sorted(found, key=lambda a: (a.start, a.end))


def _parse_date(value: str) -> dt.date | None:
    match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def parse_timeml(markup: str, doc_id: str = "") -> TimeMLDocument:
    """Parse the markup of a TimeML file (or a TE3 input file, which has no TIMEX3 in TEXT)."""
    id_match = _DOCID.search(markup)
    dct_value = ""
    dct_match = _DCT_SECTION.search(markup)
    if dct_match:
        tag = re.search(r"<TIMEX3([^>]*)>", dct_match.group(1))
        dct_value = _attributes(tag.group(1)).get("value", "") if tag else ""
    text_match = _TEXT_SECTION.search(markup)
    text, timexes = _strip_tags(text_match.group(1) if text_match else "")
    return TimeMLDocument(
        doc_id=id_match.group(1).strip() if id_match else doc_id,
        text=text,
        dct=_parse_date(dct_value),
        dct_value=dct_value,
        timexes=timexes,
    )


def read_timeml(path: Path) -> TimeMLDocument:
    return parse_timeml(path.read_text(encoding="utf-8"), doc_id=path.name.split(".")[0])


def _timex_tag(tid: str, timex: TimeExpression | TimexAnnotation) -> str:
    attributes = f'tid="{tid}" type="{timex.type}" value="{html.escape(timex.value)}"'
    if timex.mod:
        attributes += f' mod="{html.escape(timex.mod)}"'
    return f"<TIMEX3 {attributes}>"


def to_timeml(
    doc_id: str,
    text: str,
    dct: dt.date,
    timexes: list[TimeExpression] | list[TimexAnnotation],
) -> str:
    """TimeML markup of ``text`` with ``timexes`` (overlapping ones after the first are dropped)."""
    body: list[str] = []
    position = 0
    for number, timex in enumerate(sorted(timexes, key=lambda t: (t.start, -t.end)), start=1):
        if timex.start < position:
            continue
        body.append(html.escape(text[position : timex.start], quote=False))
        body.append(_timex_tag(f"t{number}", timex))
        body.append(html.escape(text[timex.start : timex.end], quote=False) + "</TIMEX3>")
        position = timex.end
    body.append(html.escape(text[position:], quote=False))
    dct_value = dct.isoformat()
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n\n'
        f"<DOCID>{html.escape(doc_id)}</DOCID>\n\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct_value}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct_value}</TIMEX3></DCT>\n\n'
        f"<TEXT>{''.join(body)}</TEXT>\n\n</TimeML>\n"
    )
