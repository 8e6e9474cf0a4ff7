"""The attribution stage: who said what, through which cue, and via whom.

``find_attributions(doc, article, actors, timexes)`` is the one place that orders the parts.
Quotations are found from quote marks (``text.quotemarks``) and given the cue that governs
them, the colon or dash that introduces or signs them, or the cue nearest to them in their
sentence; a quotation interrupted by its cue is one attribution in parts (``quotations``).
Reported speech, beliefs, intentions and stances are found from the parse: a cue verb (or
statement noun) and the clause, infinitive or object it governs ("Ushakov told reporters that
...", "plans to visit ..."), and "according to" phrases (``reported``). A report of a report
("state media reported that the Kremlin said ...") becomes one attribution to the inner
speaker, with the outer speakers in ``via`` (``assembly``). Speakers are resolved in
``speakers``, over parse helpers in ``syntax`` and the per-document ``context``. The cue
lexicon is data: ``cues.toml`` (``cues``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors import ActorTable
from dateline.attribution.accepted import accepts
from dateline.attribution.assembly import (
    absorbed_into_reports,
    across_lost_stop,
    after_agent,
    after_time_stamp,
    agreeing_pronouns,
    continue_speakers,
    doubt_pronouns,
    fold_chains,
    fronted_pronouns,
    has_own_content,
    joined,
    led_into_quotations,
    mostly_quoted,
    quotations_going_on,
    quoted_pieces,
    record,
    short_of_date_after_quote,
    short_of_lost_stop,
    short_of_next_deed,
    short_of_next_report,
    short_of_others_words,
    short_of_tail_after_quote,
    subjects_over_adjuncts,
    surnames_of_people,
    with_subject_hung_on_cue,
    within_lines,
)
from dateline.attribution.context import Context
from dateline.attribution.quotations import quotation, run_on
from dateline.attribution.reported import reported
from dateline.model import Article, Attribution, TimeExpression

__all__ = ["find_attributions"]


def find_attributions(
    doc: Doc, article: Article, actors: ActorTable, timexes: tuple[TimeExpression, ...] = ()
) -> tuple[Attribution, ...]:
    """The attribution stage: quotations and reported speech with speakers and cues."""
    ctx = Context(doc, article, actors, timexes)
    reports = reported(ctx)
    for report in reports:  # "Updated 10:42 a.m. ET “...”": the stamp is no part of the report
        report.content = after_time_stamp(ctx.text, report.content)
    # a report across a full stop the page lost: only the words on the cue's side of it
    reports = [r for r in reports if short_of_lost_stop(ctx, r)]
    quoted = [q for quote in ctx.quotes if (q := quotation(ctx, quote, reports))]
    # a quotation whose cue is across a lost full stop and reports words of its own
    quoted = [q for q in quoted if not (across_lost_stop(ctx, q) and has_own_content(q))]
    for found in reports + quoted:  # “...,” agreeing with X: the writer's tail after the words
        short_of_tail_after_quote(ctx, found)
        after_agent(ctx, found)  # "described by the company as “...”": not "by the company"
    for found in quoted:
        run_on(ctx, found)
    for found in reports + quoted:  # “Thank you, Ohio!” on Friday night: no date in the words
        short_of_date_after_quote(ctx, found)
    for found in reports:  # said his shop in Troy, Ohio, has flooded: the subject on the cue
        with_subject_hung_on_cue(ctx, found)
    quoted = absorbed_into_reports(quoted, reports, ctx.text)
    surnames_of_people(ctx, quoted + reports)
    continue_speakers(ctx, quoted, reports)
    quoted = joined(ctx, quoted)
    reports = led_into_quotations(reports, quoted)
    quoted = quotations_going_on(ctx, reports, quoted)
    # reported speech that is mostly one quotation is that quotation's attribution
    pieces = quoted_pieces(quoted)
    kept = [r for r in reports if not mostly_quoted(r.content, pieces)]
    # a quotation the text gives no speaker or cue for attributes nothing (a title, a slogan)
    quoted = [q for q in quoted if q.cue is not None or q.speaker or q.source is not None]
    found = fold_chains(kept + quoted, ctx.kb.folding_verbs, ctx.kb.speech_verbs)
    found = within_lines(ctx, found)
    short_of_others_words(ctx, found)
    short_of_next_report(ctx, found)
    for draft in found:  # vowed, “...” and demanded: the speaker's next act
        short_of_next_deed(ctx, draft)
    found = [f for f in found if accepts(ctx, f)]
    doubt_pronouns(ctx, found)
    subjects_over_adjuncts(ctx, found)
    agreeing_pronouns(ctx, found)
    fronted_pronouns(ctx, found)
    found.sort(key=lambda f: f.content)
    return _distinct(tuple(record(ctx, i, f) for i, f in enumerate(found, start=1)))


def _distinct(found: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
    """One record per content, cue and source, numbered again without gaps: a report cut
    inside a quotation and the quotation's own record become the same attribution once the
    report runs on to the quotation's end."""
    seen: set[tuple] = set()
    kept = []
    for a in found:
        key = (
            (a.content.start, a.content.end),
            (a.cue.start, a.cue.end) if a.cue else None,
            (a.source.start, a.source.end) if a.source else None,
        )
        if key not in seen:
            seen.add(key)
            kept.append(a)
    if len(kept) == len(found):
        return found
    return tuple(a.model_copy(update={"id": f"q{n}"}) for n, a in enumerate(kept, start=1))
