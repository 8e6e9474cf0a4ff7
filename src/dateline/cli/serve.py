"""``dateline serve``: the store in a browser, read-only (the app is ``dateline.serve``)."""

from __future__ import annotations

from typing import Annotated

import typer

from dateline.cli.options import DEFAULT_DB, DbOption, OptionError
from dateline.cli.output import err, error
from dateline.serve import LOOPBACK


def serve(
    db: DbOption = DEFAULT_DB,
    port: Annotated[int, typer.Option(help="The port to listen on.")] = 8000,
    host: Annotated[
        str, typer.Option(help="The address to listen on; other than 127.0.0.1 it is reachable "
                               "from other machines.")
    ] = LOOPBACK,
) -> None:  # fmt: skip
    """A local, read-only web view of the store: timeline, stories, accounts, evidence."""
    try:
        from dateline.serve.server import serve as run
    except ImportError as missing:
        raise OptionError(
            f"the web view needs the serve extra ({missing.name} is missing): "
            "pip install 'dateline[serve]'"
        ) from None
    from dateline.store.schema import connect_read_only

    if not db.exists():
        raise OptionError(f"no store at {db} (create one with `dateline ingest`)")
    if not 0 < port < 65536:
        raise OptionError(f"--port: {port} is not a port (1-65535)")
    connect_read_only(db).close()  # a store of another schema version stops here, one line
    if host != LOOPBACK:
        error(f"listening on {host}: anyone who can reach it can read the store", "warning")
    err.print(f"dateline: serving {db} read-only at http://{host}:{port}/ (Ctrl-C stops)",
              highlight=False, soft_wrap=True)  # fmt: skip
    run(db, host=host, port=port)


def register(app: typer.Typer) -> None:
    app.command()(serve)
