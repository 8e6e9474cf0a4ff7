"""Charts drawn on the server: a Vega-Lite spec rendered to SVG by vl-convert (which bundles
Vega and runs offline), inlined in the page so that a test can read it and a bar is a link.

Rendering costs tens of milliseconds (hundreds for a thousand bars), so each SVG is kept by its
spec: the same counts are drawn once. ``warm_up`` starts the renderer (seconds, once per
process) before the first page asks for a chart. A bar links to a path of this site: Vega would
resolve a bare path against its own data host, so the links are drawn under ``LINK_BASE`` (a
reserved name that resolves nowhere) and made paths again in the SVG.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import lru_cache

import vl_convert

from dateline.store.queries import Record

VEGA_LITE = "https://vega.github.io/schema/vega-lite/v5.json"  # the schema's name, not fetched
WIDTH = 860  # at most; a chart of a few periods is narrower, so that a bar stays a bar
BAR_STEP = 60
LINK_BASE = "https://dateline.invalid"


def bar_chart(
    periods: Sequence[Record],
    *,
    colour: str,
    link: Callable[[Record], str],
    y_title: str,
) -> str | None:
    """Stacked bars of ``count`` per period ``start``, coloured by the field ``colour``; each
    bar a link to ``link(period)``, a path of this site. None when there is nothing to draw."""
    if not periods:
        return None
    values = [
        {"start": p["start"], "end": p["end"], colour: p[colour], "count": p["count"],
         "url": LINK_BASE + link(p),
         "label": f"{p['start']} to {p['end']}, {p[colour]}: {p['count']}"}
        for p in periods
    ]  # fmt: skip
    totals: dict[str, int] = {}
    for p in periods:
        totals[p["start"]] = totals.get(p["start"], 0) + p["count"]
    spec = {
        "$schema": VEGA_LITE,
        "width": min(WIDTH, max(320, BAR_STEP * len({p["start"] for p in periods}))),
        "height": 260,
        "data": {"values": values},
        "mark": {"type": "bar", "cursor": "pointer"},
        "encoding": {
            "x": {"field": "start", "type": "ordinal", "title": None,
                  "axis": {"labelOverlap": True, "labelAngle": -45}},
            "y": {"field": "count", "type": "quantitative", "title": y_title, "stack": "zero",
                  # whole numbers only: no more ticks than the tallest bar counts
                  "axis": {"format": "d", "tickCount": min(5, max(totals.values()))}},
            "color": {"field": colour, "type": "nominal", "title": None,
                      "scale": {"scheme": "tableau20"}},
            "href": {"field": "url"},
            "description": {"field": "label"},  # each bar's aria-label
        },
        "config": {"legend": {"orient": "right"}, "font": "sans-serif"},
    }  # fmt: skip
    svg = render(json.dumps(spec, sort_keys=True))
    return svg.replace(f'xlink:href="{LINK_BASE}/', 'xlink:href="/')


@lru_cache(maxsize=512)
def render(spec: str) -> str:
    """The SVG of a Vega-Lite spec (JSON text: the cache's key)."""
    return vl_convert.vegalite_to_svg(spec)


def warm_up() -> None:
    bar_chart(
        [{"start": "2000-01-01", "end": "2000-01-01", "type": "-", "count": 0}],
        colour="type",
        link=lambda _: "/",
        y_title="",
    )
