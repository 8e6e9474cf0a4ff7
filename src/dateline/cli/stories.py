"""The story commands: ``stories``, ``accounts``, and the story parts that ``show`` and
``timeline --summary`` print."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from dateline.cli.options import DEFAULT_DB, DbOption, JsonOption, LimitOption, open_corpus
from dateline.cli.output import out, print_record, print_table, write_json
from dateline.store.queries import QueryError, Record

if TYPE_CHECKING:
    from dateline.corpus.api import Corpus


def accounts_table(accounts: list[Record], title: str) -> Table | Text:
    """The accounts side by side: one column per side, each speaker's quotes under their name."""
    if not accounts:
        return Text(f"{title}: no accounts found")
    # imported here: ``stories.merge`` (under ``accounts``) imports spaCy's stop words, which
    # every command would otherwise pay for at start, ``dateline spark`` before its JVM starts
    from dateline.stories.accounts import outlet_label

    by_side: dict[str, dict[str, list[Record]]] = defaultdict(lambda: defaultdict(list))
    for account in accounts:
        by_side[account["side"]][account["speaker"]].append(account)
    table = Table(title=f"{title} ({len(accounts)} quotes)", title_justify="left", expand=True)
    cells = []
    for side, speakers in by_side.items():
        table.add_column(f"side: {side}", overflow="fold", ratio=1)
        cell = Text()
        for speaker, said in speakers.items():
            cell.append(f"{speaker}\n", style="bold")
            for account in said:
                cell.append(f"“{account['content']}”\n")
                where = f"{outlet_label(account['outlet'])} {account['published']}".strip()
                cell.append(
                    f"  {account['quote']} in {account['article']} ({where})\n", style="dim"
                )
        cells.append(cell)
    table.add_row(*cells)
    return table


def story_or_none(corpus: Corpus, ident: str) -> Record | None:
    """The story of event ``E40`` with its accounts; None when the event is in none."""
    try:
        return corpus.story(ident)
    except QueryError:
        return None


def print_story(story: Record | None, as_json: bool, ident: str = "", short: bool = False) -> None:
    """A story with its accounts; ``short``: its one-line summary, as under ``show E40``."""
    if as_json:
        write_json(story)
        return
    if story is None:
        out.print(Text(f"{ident}: not filed in a story", style="dim"))
        return
    accounts = story["accounts"]
    if short:
        out.print(
            Text.assemble(
                ("story", "bold"),
                f": {story['id']} {story['type']} {story['date'] or '?'}, "
                f"{story['mentions']} mentions in {story['articles']} articles",
            )
        )
    else:
        print_record(out, {k: v for k, v in story.items() if k != "accounts"}, long_keys=())
    out.print(accounts_table(accounts, f"Accounts of {story['id']}"))


def accounts(
    ident: Annotated[str, typer.Argument(help="A story (S12) or one of its events (E40).")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """What each speaker, on each side, said about a story event."""
    story = open_corpus(db).story(ident)
    if as_json:
        write_json(story)
        return
    out.print(
        Text(
            f"{story['id']}: {story['type']} {story['source'] or '?'} - "
            f"{story['target'] or '?'}, {story['date'] or '?'}; {story['mentions']} mentions"
            f" in {story['articles']} articles ({', '.join(story['sources'])})"
        )
    )
    out.print(accounts_table(story["accounts"], f"Accounts of {story['id']}"))


def stories(
    db: DbOption = DEFAULT_DB,
    min_articles: Annotated[int, typer.Option(help="Only stories reported this often.")] = 2,
    limit: LimitOption = 50,
    as_json: JsonOption = False,
) -> None:
    """Story events: one row per real-world event, most reported first."""
    records = open_corpus(db).stories(min_articles=min_articles, limit=limit or None)
    if as_json:
        write_json(records)
        return
    from dateline.stories.accounts import outlet_label

    shown = [  # outlets by their short names for the table
        {**record, "sources": ", ".join(outlet_label(o) for o in record["sources"])}
        for record in records
    ]
    columns = [
        ("id", "id", 7), ("date", "date", 11), ("type", "type", 10), ("source", "source", 20),
        ("target", "target", 20), ("mentions", "mentions", 8), ("articles", "articles", 8),
        ("sources", "sources", 40), ("first", "first_reported", 10), ("last", "last_reported", 10),
    ]  # fmt: skip
    print_table(out, "Story events", shown, columns)


def print_summary(entries: list[dict[str, Any]], as_json: bool) -> None:
    """``dateline timeline --summary``: the most referred-to dates and a few sentences each."""
    if as_json:
        write_json(entries)
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
        for n, sentence in enumerate(entry["sentences"]):
            first = n == 0
            table.add_row(
                entry["date"] if first else "",
                str(entry["sources"]) if first else "",
                Text(sentence["text"]),
                f"{sentence['article']} @{sentence['start']}",
            )
    out.print(table)


def register(app: typer.Typer) -> None:
    for command in (stories, accounts):
        app.command()(command)
