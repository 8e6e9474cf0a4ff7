"""The web view as an ASGI app: each resource a page and a JSON twin under ``/api/``, GET only.

Safety, in one place: the store is opened read-only (``connections``); every page is a Jinja2
template named ``.html``, so every value is escaped; every response says
``Content-Security-Policy: default-src 'self'`` (htmx is served from the package, nothing from
another host); a bad parameter is a 400 naming it, a missing record a 404, a store of another
schema version a 503 saying so, and any other failure a 500 page without a traceback.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dateline.errors import DatelineError
from dateline.serve import charts
from dateline.serve.connections import ReadOnlyStore
from dateline.serve.resources import RESOURCES, NotFound, Resource
from dateline.store import views
from dateline.store.schema import SCHEMA_VERSION, StoreError
from dateline.store.views import COUNTS, UNITS
from dateline.stories.accounts import outlet_label

HERE = Path(__file__).parent
# the pages whose whole-store counts are made at start-up (``Site.warm_up``)
WARM_PAGES = ("overview", "actors", "stories", "dyads")
# the filters a bar's link keeps from the chart's page (its own period and type replace the rest)
KEPT_FILTERS = ("actor", "country", "q", "with_duplicates")
log = logging.getLogger(__name__)

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; object-src 'none';"
     b" base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]  # fmt: skip


class SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every response, error pages and static files included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _plain(value: Any) -> Any:
    """A record for JSON: dataclasses (filters, text pieces) as dicts."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _csv(records: list[dict[str, Any]], name: str) -> Response:
    out = io.StringIO()
    if records:
        writer = csv.DictWriter(out, fieldnames=list(records[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _plain(v) for k, v in r.items()} for r in records)
    headers = {"content-disposition": f'attachment; filename="dateline-{name}.csv"'}
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


def _with(request: Request, **changes: Any) -> str:
    """The current page's query string with some parameters changed (None: removed)."""
    query = dict(request.query_params)
    query.update({k: str(v) for k, v in changes.items() if v is not None})
    for key in [k for k, v in changes.items() if v is None]:
        query.pop(key, None)
    return "?" + urlencode(query) if query else ""


class Site:
    """The app's shared parts: the store, the templates, and one endpoint per resource."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.store = ReadOnlyStore(db)
        self.templates = Jinja2Templates(directory=HERE / "templates")
        self.templates.env.filters["outlet"] = outlet_label
        self.templates.env.globals["with_query"] = _with

    def page(self, resource: Resource) -> Callable[[Request], Response]:
        def endpoint(request: Request) -> Response:
            data = resource.load(self.store, request.query_params, request.path_params)
            if resource.rows and request.query_params.get("format") == "csv":
                return _csv(data[resource.rows], resource.name)
            htmx = request.headers.get("hx-request") == "true"
            template = resource.partial if htmx and resource.partial else resource.template
            context = {
                **data,
                "page": resource.name,
                "store": {"path": self.db, "schema": SCHEMA_VERSION,
                          "run": next(iter(views.runs(self.store.corpus().db, limit=1)), None)},
                "chart": self.chart(resource.name, data, request.query_params),
            }  # fmt: skip
            return self.templates.TemplateResponse(request, template, context)

        return endpoint

    def api(self, resource: Resource) -> Callable[[Request], Response]:
        def endpoint(request: Request) -> Response:
            data = resource.load(self.store, request.query_params, request.path_params)
            return JSONResponse(_plain(data))

        return endpoint

    def chart(self, page: str, data: dict[str, Any], query: Mapping[str, str]) -> str | None:
        """The SVG chart of a page that has one; each bar links to the timeline of its events."""
        if page in ("overview", "activity"):
            found = data["activity"]
            keep = {k: v for k, v in query.items() if k in KEPT_FILTERS}
            return charts.bar_chart(
                found["periods"],
                colour="type",
                link=lambda p: "/timeline?" + urlencode(
                    {**keep, "type": p["type"], "since": p["start"], "until": p["end"]}
                ),
                y_title=found["count"],
            )  # fmt: skip
        if page == "actor-activity":
            name = data["name"]
            return charts.bar_chart(
                data["activity"],
                colour="role",
                link=lambda p: "/timeline?" + urlencode(
                    {p["role"]: name, "since": p["start"], "until": p["end"]}
                ),
                y_title=data["count"],
            )  # fmt: skip
        return None

    def warm_up(self) -> None:
        """Count the whole store, and draw the overview's charts, before a reader asks."""
        try:
            for resource in RESOURCES:
                if resource.name in WARM_PAGES:
                    resource.load(self.store, {}, {})
            overview = next(r for r in RESOURCES if r.name == "overview")
            for unit in UNITS:
                for count in COUNTS:
                    query = {"unit": unit, "count": count}
                    self.chart("overview", overview.load(self.store, query, {}), query)
        except StoreError:  # a store this dateline cannot read: every page will say so
            pass

    def api_index(self, request: Request) -> Response:
        base = str(request.base_url).rstrip("/")
        return JSONResponse(
            {
                "endpoints": [
                    {"path": r.api_path, "page": r.path, "what": r.summary,
                     "csv": f"{base}{r.path}?format=csv" if r.rows else None}
                    for r in RESOURCES
                ],
                "docs": "docs/serve.md",
            }
        )  # fmt: skip

    def error(self, request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api"):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        context = {"status": status, "message": message, "page": "error", "store": None}
        return self.templates.TemplateResponse(request, "error.html", context, status_code=status)


def create_app(db: Path | str) -> Starlette:
    """The web view of the store at ``db``, read-only."""
    site = Site(Path(db))

    async def bad_request(request: Request, error: Exception) -> Response:
        return site.error(request, 400, str(error))

    async def not_found(request: Request, error: Exception) -> Response:
        return site.error(request, 404, str(error))

    async def store_problem(request: Request, error: Exception) -> Response:
        return site.error(request, 503, str(error))

    async def http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        return site.error(request, error.status_code, error.detail)

    async def server_error(request: Request, error: Exception) -> Response:
        log.exception("error on %s", request.url.path)  # the traceback goes to the log only
        return site.error(request, 500, "internal error: the server's log says more")

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        charts.warm_up()
        site.warm_up()
        yield

    routes: list[Route | Mount] = [Route("/api", site.api_index, methods=["GET"])]
    for resource in RESOURCES:
        routes.append(Route(resource.path, site.page(resource), name=resource.name,
                            methods=["GET"]))  # fmt: skip
        routes.append(Route(resource.api_path, site.api(resource),
                            name=f"api-{resource.name}", methods=["GET"]))  # fmt: skip
    routes.append(Mount("/static", StaticFiles(directory=HERE / "static"), name="static"))
    app = Starlette(
        routes=routes,
        exception_handlers={
            NotFound: not_found,
            StoreError: store_problem,
            DatelineError: bad_request,
            HTTPException: http_error,
            Exception: server_error,
        },
        lifespan=lifespan,
    )
    app.add_middleware(SecurityHeaders)
    return app
