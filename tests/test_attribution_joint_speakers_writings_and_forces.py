"""Round 31 (session 41): who speaks when a writing is dated by an event ("the statement after
the crash said"), when a name is its issuer ("the Kestrel Airways statement"), when several
speak together ("the State and Defense Departments"), when an outlet quotes someone as saying
the words before it; and what is no one's words: a forecast that "calls for" snow, losses that
"threaten", a clause of when that the parser took for what was defended. Sentences written
for these tests."""

from __future__ import annotations

from tests.stages import actor_named, attributions_of, by_cue


def test_a_writing_dated_by_an_event_speaks_not_the_event() -> None:
    found, _ = attributions_of("The Halden statement after the flood said the dam had held.")
    report = by_cue(found)
    assert report.source is not None and report.source.text == "The Halden statement"
    assert report.content.text == "the dam had held"


def test_a_name_before_a_statement_is_its_issuer() -> None:
    found, actors = attributions_of(
        "Kestrel Airways repaired the jet in 2019. The Kestrel Airways statement after the "
        "crash said the tail had been sound."
    )
    report = by_cue(found)
    assert report.source is not None and report.source.text == "The Kestrel Airways statement"
    assert report.speaker == actor_named(actors, "Kestrel Airways").id


def test_a_name_before_a_report_may_be_what_it_is_about() -> None:
    """A report, study or letter a name stands before may be about that name: no issuer."""
    found, actors = attributions_of(
        "Kestrel Airways repaired the jet in 2019. A Kestrel Airways report by the safety "
        "board said the tail had failed."
    )
    report = by_cue(found)
    assert report.speaker != actor_named(actors, "Kestrel Airways").id


def test_a_plural_head_with_joined_modifiers_is_several_speakers() -> None:
    found, _ = attributions_of(
        "The State and Defense Departments said talks with Norvia were going on."
    )
    report = by_cue(found)
    assert report.source is not None
    assert report.source.text == "The State and Defense Departments"
    assert report.speaker is None


def test_a_relative_pronoun_after_one_name_is_that_one() -> None:
    found, actors = attributions_of(
        "Mayor Ana Ruiz opened the hall on Monday. Later Ana Ruiz, who said she opposed the "
        "plan, left early."
    )
    report = by_cue(found)
    assert report.speaker == actor_named(actors, "Mayor Ana Ruiz").id


def test_the_one_quoted_as_saying_the_words_before_is_the_speaker() -> None:
    found, _ = attributions_of(
        "The capital would fall within days, state television quoted a rebel commander as saying."
    )
    report = by_cue(found, "quoted")
    assert report.source is not None and report.source.text == "a rebel commander"
    assert report.content.text == "The capital would fall within days"


def test_a_forecast_calling_for_snow_is_no_attribution() -> None:
    found, _ = attributions_of(
        "The forecast for Tuesday called for heavy snow across the northern valleys."
    )
    assert not [a for a in found if "snow" in a.content.text]


def test_a_forecast_someone_owns_stays() -> None:
    found, _ = attributions_of("The central bank's forecast calls for growth of two percent.")
    assert by_cue(found, "calls").content.text == "growth of two percent"


def test_losses_that_threaten_are_no_ones_threat() -> None:
    found, _ = attributions_of("Mounting losses threaten to sink the airline.")
    assert by_cue(found, "threaten").mode == "stance"


def test_a_union_that_threatens_speaks() -> None:
    found, _ = attributions_of("The union threatened to strike on Monday.")
    assert by_cue(found, "threatened").mode == "speech"


def test_a_clause_of_when_is_not_what_was_defended() -> None:
    found, _ = attributions_of(
        "During her final press conference on May 3, 2019 -- six days before the loan "
        "scheme came to light -- Ruiz strongly defended the secret lending program."
    )
    report = by_cue(found, "defended")
    assert report.content.text == "the secret lending program"
    assert report.mode == "stance"


def test_a_clause_after_the_cue_with_that_stays() -> None:
    found, _ = attributions_of("Ruiz said after the meeting ended that the plan was dead.")
    assert by_cue(found).content.text == "that the plan was dead"


def test_a_clause_whose_subject_stands_before_after_is_what_was_said() -> None:
    found, _ = attributions_of(
        "He said the fee waiver granted by Norvia soon after the first loan was signed in May "
        "2019 stays in effect and that the new schedule is fixed."
    )
    assert by_cue(found).content.text.startswith("the fee waiver granted by Norvia")


def test_a_view_others_echoed_after_the_content_is_the_writers() -> None:
    found, _ = attributions_of(
        "But Halvorsen said he opposed the idea of a border fee, a view echoed by others "
        "attending this week's growers meeting in Dalby."
    )
    assert by_cue(found).content.text == "he opposed the idea of a border fee"


def test_movements_of_a_market_suggest_no_words() -> None:
    found, _ = attributions_of(
        "The narrow currency movements of recent weeks strongly suggest the central banks "
        "have tamed the markets."
    )
    assert by_cue(found, "suggest").mode == "stance"


def test_what_someone_was_asked_to_explain_is_not_yet_said() -> None:
    found, _ = attributions_of(
        'They were asked to explain a "cascade of failures" that led to the blast.'
    )
    assert by_cue(found, "explain").mode == "stance"


def test_one_who_went_on_to_explain_said_it() -> None:
    found, _ = attributions_of("Hale went on to explain that the failures were many.")
    assert by_cue(found, "explain").mode == "speech"
