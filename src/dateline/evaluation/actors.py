"""Actor identity on a hand-annotated sample of gold source spans (PolNeAR and PLV).

The sample (``data/actor_sample.tsv``) names, for each gold source span, the one actor it refers
to (canonical name, or ``@ISO SECTOR`` for a collective actor such as a government) and its
country, as document ids and offsets into ``../shared/data`` — no text is copied. For every item
dateline reads the document, takes the actor it resolves for the span (the actor of the span's
head, else of its first mention token: ``ActorTable.in_span``, what the attribution stage uses)
and checks its identity and country against the annotation.

* PolNeAR documents are read in publication order with one ``ActorRegistry``, as a corpus run
  would; the publication date comes from PolNeAR's ``metadata.tsv``.
* PLV rows are single sentences without a date: each is read as an article dated
  ``PLV_DATE`` (only office look-ups by date depend on it).

``dateline eval actors`` prints the table and a SUMMARY line; ``--corrections N`` also counts the
entity-label corrections made on the first N Reuters-21578 stories.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table
from spacy.tokens import Doc

from dateline.actors import ActorRegistry, ActorTable, find_actors
from dateline.evaluation.parses import parse_cached
from dateline.evaluation.reuters import reuters_stories
from dateline.model import Actor, Article

DATA = Path(__file__).parent / "data"
# the development sample (its misses were studied while building the stage) and the held-out
# one (annotated at the same time, never studied): the held-out figures are the honest ones
SAMPLES = {"dev": DATA / "actor_sample.tsv", "held-out": DATA / "actor_heldout.tsv"}
PLV_DATE = dt.date(2019, 1, 1)
EXAMPLES = 40  # corrections listed with --errors
COLLECTIVE_KINDS = ("group", "government", "organisation", "country")


@dataclass(frozen=True)
class Item:
    sample: str  # "dev" or "held-out"
    corpus: str  # "polnear" or "plv"
    doc: str
    start: int
    end: int
    identity: str  # names separated by "|", "@ISO SECTOR", or "-" for no specific actor
    country: str | None


@dataclass(frozen=True)
class Outcome:
    item: Item
    span_text: str
    kind: str  # name, description or pronoun
    actor: Actor | None
    identity_ok: bool
    country_ok: bool


def load_sample(path: Path, sample: str) -> list[Item]:
    """The annotated items; a malformed line is an error naming the line."""
    text, name = path.read_text(encoding="utf-8"), str(path)
    items = []
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if not line.startswith("#")]
    for n, line in lines[1:]:  # the first non-comment line is the header
        fields = line.split("\t")
        if len(fields) != 6 or fields[0] not in ("polnear", "plv"):
            raise ValueError(f"{name} line {n}: expected 6 tab-separated fields")
        corpus, doc, start, end, identity, country = fields
        country_code = None if country == "-" else country
        items.append(Item(sample, corpus, doc, int(start), int(end), identity, country_code))
    return items


def normal_name(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip().lower())
    return " ".join(re.sub(r"[.'’,]", "", name).replace("-", " ").split())


def identity_matches(actor: Actor | None, gold: str) -> bool:
    if actor is None:
        return False
    for alternative in gold.split("|"):
        if alternative.startswith("@"):
            country, sector = alternative[1:].split()
            if (
                actor.kind in COLLECTIVE_KINDS
                and actor.country == country
                and actor.sector == sector
            ):
                return True
        elif normal_name(alternative) == normal_name(actor.name):
            return True
    return False


def mention_kind(span) -> str:
    if all(t.tag_ in ("PRP", "PRP$", "WP", "DT") for t in span if not t.is_punct):
        return "pronoun"
    if span.root.pos_ == "PROPN" or span.root.ent_type_:
        return "name"
    return "description"


def judge(item: Item, doc: Doc, table: ActorTable) -> Outcome:
    span = doc.char_span(item.start, item.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        raise ValueError(f"{item.corpus} {item.doc} {item.start}-{item.end}: no tokens there")
    actor = table.get(table.in_span(span))
    return Outcome(
        item=item,
        span_text=span.text,
        kind=mention_kind(span),
        actor=actor,
        identity_ok=identity_matches(actor, item.identity),
        country_ok=(actor.country if actor else None) == item.country,
    )


# -- the documents --------------------------------------------------------------------------


def polnear_articles(root: Path, names: set[str]) -> list[Article]:
    """The PolNeAR articles ``split/name`` with their publication dates, oldest first."""
    dates = {}
    with (root / "metadata.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            dates[row["filename"]] = row["publication_date"]
    articles = []
    for key in sorted(names):
        split, name = key.split("/", 1)
        text = (root / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        published = dt.date.fromisoformat(dates[name])
        articles.append(Article(id=key, text=text, published=published))
    return sorted(articles, key=lambda a: (a.published, a.id))


def plv_sentences(plv_dir: Path, docs: set[str]) -> dict[str, str]:
    """The sentence of each PLV doc: ``train:<data row, 1-based>`` of PLV_train.tsv or
    ``test:<uid>`` of PLV_test.tsv."""
    sentences = {}
    for split, file in (("train", "PLV_train.tsv"), ("test", "PLV_test.tsv")):
        wanted = {d for d in docs if d.startswith(f"{split}:")}
        if not wanted:
            continue
        with (plv_dir / file).open(encoding="utf-8", newline="") as handle:
            records = list(csv.DictReader(handle, delimiter="\t"))
        for doc in wanted:
            key = int(doc.split(":")[1])
            if split == "train":
                sentences[doc] = records[key - 1]["sentence"]
            else:
                sentences[doc] = next(r["sentence"] for r in records if r["uid"] == str(key))
    return sentences


def plv_articles(plv_dir: Path, docs: set[str]) -> list[Article]:
    sentences = plv_sentences(plv_dir, docs)
    return [Article(id=doc, text=sentences[doc], published=PLV_DATE) for doc in sorted(docs)]


def evaluate(shared_data: Path, items: list[Item], cache: Path | None = None) -> list[Outcome]:
    polnear_root = shared_data / "quotes" / "polnear" / "data"
    plv_dir = shared_data / "events" / "plv"
    by_doc: dict[tuple[str, str], list[Item]] = {}
    for item in items:
        by_doc.setdefault((item.corpus, item.doc), []).append(item)
    articles = polnear_articles(polnear_root, {d for c, d in by_doc if c == "polnear"})
    articles += plv_articles(plv_dir, {d for c, d in by_doc if c == "plv"})
    registry = ActorRegistry()
    outcomes = []
    docs = parse_cached([a.text for a in articles], cache, "actors", batch_size=16)
    for article, doc in zip(articles, docs, strict=True):
        corpus = "plv" if article.id.startswith(("train:", "test:")) else "polnear"
        table = find_actors(doc, article, registry)
        outcomes += [judge(item, doc, table) for item in by_doc[(corpus, article.id)]]
    return outcomes


# -- reporting ------------------------------------------------------------------------------


def _rate(hits: int, total: int) -> str:
    return f"{hits / total:.3f}" if total else "—"


def _specific(outcomes: list[Outcome], sample: str | None = None) -> list[Outcome]:
    return [
        o
        for o in outcomes
        if o.item.identity != "-" and (sample is None or o.item.sample == sample)
    ]


def results_table(outcomes: list[Outcome]) -> Table:
    table = Table(title="Actor identity and country for gold source spans (hand-annotated)")
    for column in ("sample", "corpus", "mention", "n", "identity", "country", "of which guessed"):
        table.add_column(
            column, justify="left" if column in ("sample", "corpus", "mention") else "right"
        )
    groups: dict[tuple[str, str, str], list[Outcome]] = {}
    for o in _specific(outcomes):
        for key in (
            (o.item.sample, o.item.corpus, o.kind),
            (o.item.sample, o.item.corpus, "all"),
            (o.item.sample, "all", "all"),
        ):
            groups.setdefault(key, []).append(o)
    for (sample, corpus, kind), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] == "all", kv[0][1], kv[0][2] == "all")
    ):
        guessed = sum(o.country_ok and _guessed(o) for o in group)
        table.add_row(
            sample,
            corpus,
            kind,
            str(len(group)),
            _rate(sum(o.identity_ok for o in group), len(group)),
            _rate(sum(o.country_ok for o in group), len(group)),
            str(guessed),
        )
    return table


def summary_line(outcomes: list[Outcome]) -> str:
    def rates(sample: str) -> tuple[str, str, str, int]:
        group = _specific(outcomes, sample)
        stated = sum(o.country_ok and not _guessed(o) for o in group)
        return (
            _rate(sum(o.identity_ok for o in group), len(group)),
            _rate(sum(o.country_ok for o in group), len(group)),
            _rate(stated, len(group)),
            len(group),
        )

    held_identity, held_country, held_stated, held_n = rates("held-out")
    dev_identity, dev_country, dev_stated, dev_n = rates("dev")
    return (
        f"SUMMARY identity_accuracy={held_identity} country_accuracy={held_country} n={held_n} "
        f"dev_identity_accuracy={dev_identity} dev_country_accuracy={dev_country} dev_n={dev_n} "
        f"unspecific_excluded={len(outcomes) - held_n - dev_n} "
        f"country_without_guess={held_stated} dev_country_without_guess={dev_stated}"
    )


def _guessed(o: Outcome) -> bool:
    """The actor's country came from the guess of the country the article is mostly about."""
    return o.actor is not None and o.actor.country_basis == "article"


def errors_table(outcomes: list[Outcome]) -> Table:
    """The development sample's misses (the held-out sample's are not shown, by design)."""
    table = Table(title="Misses on the development sample")
    for column in ("doc", "span", "resolved to", "gold"):
        table.add_column(column)
    for o in _specific(outcomes, "dev"):
        if o.identity_ok and o.country_ok:
            continue
        got = f"{o.actor.name} ({o.actor.kind}, {o.actor.country})" if o.actor else "—"
        gold = f"{o.item.identity} ({o.item.country})"
        table.add_row(o.item.doc[:40], o.span_text[:40], got, gold)
    return table


# -- corrections of entity labels on Reuters-21578 ---------------------------------------------


def count_corrections(path: Path, limit: int) -> tuple[int, int, Counter, list[tuple[str, str]]]:
    """(articles, entities, corrections by kind, a few examples) on the first stories."""
    from dateline.language import load_nlp

    nlp = load_nlp()
    articles = list(reuters_stories(path, limit))
    entities, kinds, fired = 0, Counter(), []
    for doc, article in zip(nlp.pipe(a.text for a in articles), articles, strict=True):
        entities += len(doc.ents)
        table = find_actors(doc, article)
        for kind, text in table.corrections:
            kinds[kind] += 1
            fired.append((kind, f"{article.id}: {text}"))
    step = max(1, len(fired) // EXAMPLES)  # examples spread evenly, to check them by hand
    return len(articles), entities, kinds, fired[::step][:EXAMPLES]


def corrections_table(articles: int, entities: int, kinds: Counter) -> Table:
    table = Table(title=f"Entity-label corrections on {articles} Reuters-21578 stories")
    for column in ("correction", "count", "per 100 stories", "per 1,000 entities"):
        table.add_column(column, justify="left" if column == "correction" else "right")
    for kind, n in (*kinds.most_common(), ("all", sum(kinds.values()))):
        table.add_row(kind, str(n), f"{100 * n / articles:.1f}", f"{1000 * n / entities:.1f}")
    return table


def run_eval_actors(
    shared_data: Path,
    cache: Path | None = None,
    show_errors: bool = False,
    corrections: int = 0,
    dev_only: bool = False,
) -> int:
    console = Console()
    samples = {"dev": SAMPLES["dev"]} if dev_only else SAMPLES  # while developing: never held-out
    items = [item for name, path in samples.items() for item in load_sample(path, name)]
    outcomes = evaluate(shared_data, items, cache)
    console.print(results_table(outcomes))
    if show_errors:
        console.print(errors_table(outcomes))
    line = summary_line(outcomes)
    if corrections:
        reuters = shared_data / "corpora" / "reuters21578" / "articles.jsonl"
        articles, entities, kinds, examples = count_corrections(reuters, corrections)
        console.print(corrections_table(articles, entities, kinds))
        if show_errors:
            for kind, text in examples:
                console.print(f"  {kind}: {text!r}", highlight=False)
        total = sum(kinds.values())
        line += f" corrections_per_100_stories={100 * total / articles:.1f}"
    print(line)
    return 0
