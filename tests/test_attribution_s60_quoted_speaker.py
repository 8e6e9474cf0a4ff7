"""The one a paper "quotes as saying" something: the pronoun after "quotes" said the words,
and means the person named before it (not the paper quoting, nor the one who quotes); and a
man who speaks between is no rival for "she" ("Tom Hale recalled that she told him").
Each case with a look-alike that must not change. Sentences written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue


def test_her_whom_an_agency_quotes_as_saying_is_the_person_named_before() -> None:
    found, _ = attributions_of(
        "Relief worker Mia Sorensen says the roads are still blocked. "
        '"Nothing moves faster than the trucks can," the wire agency quotes her as saying.'
    )
    saying = by_cue(found, "saying")
    assert saying.source is not None and saying.source.text == "her"
    assert saying.speaker == "mia-sorensen"


def test_him_whom_a_network_quotes_as_saying_is_the_person_named_before() -> None:
    found, _ = attributions_of(
        "The governor of the island, Paulo Serra, says two ports were flooded. "
        "His police are ready to help the neighbours, the local radio quotes him as saying."
    )
    quotes = by_cue(found, "quotes")
    assert quotes.speaker == "paulo-serra"


def test_the_one_quoting_is_not_the_one_quoted() -> None:
    # guard: the last person named is the one who quotes; no one rather than the quoter
    found, _ = attributions_of(
        "Tom Hale said the vote was close. Ana Ortiz quoted him as saying the count was wrong."
    )
    saying = by_cue(found, "saying")
    assert saying.speaker != "ana-ortiz" and saying.speaker != "ortiz"


def test_a_pronoun_quoted_without_as_saying_is_left_as_it_was() -> None:
    # guard: "quoted her in its report" has no "as saying": the object stays unlinked
    found, _ = attributions_of(
        "Mia Sorensen says the roads are blocked. The agency quoted her in its report on "
        "the floods, and officials said the roads would open."
    )
    said = by_cue(found, "said")
    assert said.source is not None and said.source.text == "officials"


def test_the_paper_quoting_is_no_rival_for_him() -> None:
    found, _ = attributions_of(
        "Tom Hale said the vote was close. The Ledger quoted him as saying the count was wrong."
    )
    saying = by_cue(found, "saying")
    assert saying.speaker == "tom-hale"


def test_a_man_who_recalls_what_she_told_him_is_no_rival_for_she() -> None:
    found, _ = attributions_of(
        "Ana Ortiz spoke in Ohio on Monday. Tom Hale recalled that she told him: "
        '"The budget is dead."'
    )
    told = by_cue(found, "told")
    assert told.speaker == "ana-ortiz"


def test_a_woman_who_speaks_between_still_is_a_rival_for_she() -> None:
    # guard: a speaker of the pronoun's own sex between may be meant: as before, she goes on
    found, _ = attributions_of(
        "Ana Ortiz spoke in Ohio on Monday. Mary Hale recalled that she told him: "
        '"The budget is dead."'
    )
    told = by_cue(found, "told")
    assert told.speaker == "mary-hale"
