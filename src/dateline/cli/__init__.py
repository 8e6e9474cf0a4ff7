"""The ``dateline`` command: thin, it parses arguments, calls the library, and prints.

Nothing in the library imports this package. Each module holds the commands of one kind
(``read``, ``corpus``: ingest and the views of a store, ``stories``, ``evaluate``: eval and
train, ``serve``: the web view, ``audit``: judging sheets and their precision), ``options`` the
options they share and ``output`` what they print. An error of dateline's own
(``DatelineError``) ends any command with one line and status 2.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from dateline.cli import audit, corpus, evaluate, read, serve, spark, stories
from dateline.cli.output import error
from dateline.errors import DatelineError


class _Commands(TyperGroup):
    """The command group, with the one handler of dateline's own errors around every command."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DatelineError as problem:
            error(str(problem))
            raise typer.Exit(2) from None
        except OSError as problem:  # a file or folder the command was pointed at
            where = f"{problem.filename}: " if problem.filename else ""
            error(f"{where}{problem.strerror or problem}")
            raise typer.Exit(2) from None


app = typer.Typer(
    cls=_Commands,
    help="Dated news articles in, a sourced, time-resolved record out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
read.register(app)
corpus.register(app)  # ingest, timeline, events, quotes, actors, search, show, export
stories.register(app)  # stories, accounts
evaluate.register(app)  # eval ..., train ...
serve.register(app)  # serve
audit.register(app)  # audit events, audit quotes, audit score
spark.register(app)  # spark, load


def main() -> None:
    app()
