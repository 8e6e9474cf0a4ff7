"""The story commands of ``dateline``: ``stories``, ``accounts``, and the parts that the corpus
commands ``show`` and ``timeline --summary`` print. Registered by ``register(app)``; heavy imports
stay inside the functions so that ``dateline --help`` stays fast.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from dateline.corpus.commands import DEFAULT_DB, DbOption, JsonOption, LimitOption, _open
from dateline.stories.accounts import Account

out = Console()
err = Console(stderr=True)

STORY_COLUMNS = (
    "'S' || id AS id, date, granularity, type, family, source, target, mentions, articles,"
    " first_reported, last_reported, sources, article_ids"
)


def story_record(db: sqlite3.Connection, story: int) -> dict[str, Any]:
    cursor = db.execute(f"SELECT {STORY_COLUMNS} FROM stories WHERE id = ?", [story])
    names = [column[0] for column in cursor.description]
    record = dict(zip(names, cursor.fetchone(), strict=True))
    record["sources"] = json.loads(record["sources"])
    record["article_ids"] = json.loads(record["article_ids"])
    record["events"] = [
        f"E{row[0]}"
        for row in db.execute(
            "SELECT event FROM story_mentions WHERE story = ? ORDER BY id", [story]
        )
    ]
    return record


def _outlet_label(outlet: str | None) -> str:
    """An outlet for a narrow column: a file source by its file name, anything else whole."""
    if not outlet:
        return ""
    return Path(outlet).name if "/" in outlet and "://" not in outlet else outlet


def accounts_table(accounts: list[Account], title: str) -> Table | Text:
    """The accounts side by side: one column per side, each speaker's quotes under their name."""
    if not accounts:
        return Text(f"{title}: no accounts found")
    by_side: dict[str, dict[str, list[Account]]] = defaultdict(lambda: defaultdict(list))
    for account in accounts:
        by_side[account.side][account.speaker].append(account)
    table = Table(title=f"{title} ({len(accounts)} quotes)", title_justify="left", expand=True)
    cells = []
    for side, speakers in by_side.items():
        table.add_column(f"side: {side}", overflow="fold", ratio=1)
        cell = Text()
        for speaker, said in speakers.items():
            cell.append(f"{speaker}\n", style="bold")
            for account in said:
                cell.append(f"“{account.content}”\n")
                where = f"{_outlet_label(account.outlet)} {account.published}".strip()
                cell.append(f"  {account.quote} in {account.article} ({where})\n", style="dim")
        cells.append(cell)
    table.add_row(*cells)
    return table


def story_with_accounts(db: sqlite3.Connection, ident: str) -> dict[str, Any] | None:
    """The story of ``S12`` or of event ``E40`` with its accounts; None when it has none."""
    from dateline.stories.accounts import AccountError, resolve_story, story_accounts

    try:
        story = resolve_story(db, ident)
    except AccountError:
        return None
    record = story_record(db, story)
    record["accounts"] = [account.as_record() for account in story_accounts(db, story)]
    return record


def print_story_accounts(console: Console, db: sqlite3.Connection, ident: str) -> None:
    """For ``dateline show E40``: the event's story and its accounts."""
    record = story_with_accounts(db, ident)
    if record is None:
        console.print(Text(f"{ident}: not filed in a story", style="dim"))
        return
    console.print(
        Text.assemble(
            ("story", "bold"),
            f": {record['id']} {record['type']} {record['date'] or '?'}, "
            f"{record['mentions']} mentions in {record['articles']} articles",
        )
    )
    found = [Account(**account) for account in record["accounts"]]
    console.print(accounts_table(found, f"Accounts of {record['id']}"))


def show_story(db: sqlite3.Connection, ident: str, as_json: bool) -> None:
    """``dateline show S12``: a story event, its events, sources and accounts."""
    from dateline.corpus.render import print_record, write_json

    record = story_with_accounts(db, ident)
    if record is None:
        err.print(f"[red]error[/red] no story {ident.strip()}", highlight=False)
        raise typer.Exit(2)
    if as_json:
        write_json(record)
        return
    found = [Account(**account) for account in record.pop("accounts")]
    print_record(out, record, long_keys=())
    out.print(accounts_table(found, f"Accounts of {record['id']}"))


def accounts(
    ident: Annotated[str, typer.Argument(help="A story (S12) or one of its events (E40).")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """What each speaker, on each side, said about a story event."""
    from dateline.stories.accounts import AccountError, resolve_story, story_accounts

    connection = _open(db)
    try:
        story = resolve_story(connection, ident)
    except AccountError as error:
        err.print(f"[red]error[/red] {error}", highlight=False)
        raise typer.Exit(2) from None
    record = story_record(connection, story)
    found = story_accounts(connection, story)
    if as_json:
        record["accounts"] = [account.as_record() for account in found]
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return
    out.print(
        Text(
            f"{record['id']}: {record['type']} {record['source'] or '?'} - "
            f"{record['target'] or '?'}, {record['date'] or '?'}; {record['mentions']} mentions"
            f" in {record['articles']} articles ({', '.join(record['sources'])})"
        )
    )
    out.print(accounts_table(found, f"Accounts of {record['id']}"))


def stories(
    db: DbOption = DEFAULT_DB,
    min_articles: Annotated[int, typer.Option(help="Only stories reported this often.")] = 2,
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Story events: one row per real-world event, most reported first."""
    from dateline.corpus.render import print_table, write_json

    cursor = _open(db).execute(
        f"SELECT {STORY_COLUMNS} FROM stories WHERE articles >= ?"
        " ORDER BY articles DESC, mentions DESC, id" + (f" LIMIT {int(limit)}" if limit else ""),
        [min_articles],
    )
    names = [column[0] for column in cursor.description]
    records = [dict(zip(names, row, strict=True)) for row in cursor]
    if as_json:
        write_json(records)
        return
    for record in records:  # outlets by their short names for the table
        record["sources"] = ", ".join(_outlet_label(o) for o in json.loads(record["sources"]))
    columns = [
        ("id", "id", 7), ("date", "date", 11), ("type", "type", 10), ("source", "source", 20),
        ("target", "target", 20), ("mentions", "mentions", 8), ("articles", "articles", 8),
        ("sources", "sources", 40), ("first", "first_reported", 10), ("last", "last_reported", 10),
    ]  # fmt: skip
    print_table(out, "Story events", records, columns)


def print_summary_timeline(
    db: Path,
    topic: str | None,
    actor: str | None,
    dates: int,
    since: str | None,
    until: str | None,
    as_json: bool,
) -> None:
    """``dateline timeline --summary``: the most referred-to dates and a few sentences each."""
    from dateline.cli import _date_option
    from dateline.corpus.queries import QueryError
    from dateline.stories.summary import SummaryRequest, summary_timeline

    request = SummaryRequest(
        topic=topic, actor=actor, dates=dates, since=_date_option(since), until=_date_option(until)
    )
    try:
        entries = summary_timeline(_open(db), request)
    except QueryError as error:
        err.print(f"[red]error[/red] {error}", highlight=False)
        raise typer.Exit(2) from None
    if as_json:
        records = [
            {
                "date": entry.day.isoformat(),
                "sources": entry.score,
                "sentences": [
                    {"article": s.article_id, "start": s.start, "end": s.end, "text": s.text}
                    for s in entry.sentences
                ],
            }
            for entry in entries
        ]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return
    if not entries:
        out.print("Summary timeline: nothing found")
        return
    table = Table(title=f"Summary timeline ({len(entries)} dates)", title_justify="left")
    table.add_column("date", no_wrap=True)
    table.add_column("sources", justify="right")
    table.add_column("what happened", overflow="fold", ratio=1)
    table.add_column("article", no_wrap=True)
    for entry in entries:
        for n, sentence in enumerate(entry.sentences):
            first = n == 0
            table.add_row(
                entry.day.isoformat() if first else "",
                str(entry.score) if first else "",
                Text(sentence.text),
                f"{sentence.article_id} @{sentence.start}",
            )
    out.print(table)


def register(app: typer.Typer) -> None:
    for command in (stories, accounts):
        app.command()(command)
