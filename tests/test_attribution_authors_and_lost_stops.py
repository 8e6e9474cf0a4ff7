"""Round 40 (session 47): a participle on a noun of words that names its author with "by" or
"from" ("comments by a preacher suggesting ...", "calls from villagers saying ...", "a suit
filed by a former clerk alleging ...") is the author's report, not the report of whoever
dismissed, received or attacked the words. And a caption or headline a page ran into the story
ends before the next sentence's capitalised preposition, count or plural of people. Sentences
written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue


def _speaker(text: str, cue: str) -> str:
    found, _ = attributions_of(text)
    found_one = by_cue(found, cue)
    assert found_one.source is not None
    return found_one.source.text


def test_comments_by_someone_are_theirs_not_the_dismissers() -> None:
    text = (
        'The governor\'s office has dismissed as "absurd" comments by radio host Dale Pruitt'
        " suggesting that the flood was a punishment."
    )
    assert "Dale Pruitt" in _speaker(text, "suggesting")


def test_a_suit_filed_by_someone_alleges_in_their_name() -> None:
    text = (
        "Senator Ilse Moran's office slammed a lawsuit filed by a fired aide alleging that he"
        " was let go for refusing to work on the audit."
    )
    assert _speaker(text, "alleging") == "a fired aide"
    text = text.replace(" audit.", " audit ,calling it baseless.")
    assert _speaker(text, "calling") == "Senator Ilse Moran's office"


def test_calls_from_villagers_are_the_villagers_words() -> None:
    for text, author in (
        (
            "The aid group has received texts, emails and calls from Malians saying they need"
            " tents.",
            "Malians",
        ),
        (
            "So far we have received letters and calls from farmers saying the seed never came.",
            "farmers",
        ),
    ):
        assert _speaker(text, "saying") == author, text


def test_a_ruling_by_regulators_denying_is_the_regulators() -> None:
    text = (
        "Two mills won relief from higher power prices after a ruling on Monday by state"
        " regulators rejecting the utility's request."
    )
    assert _speaker(text, "rejecting") == "state regulators"


def test_a_statement_released_without_an_author_stays_the_releasers() -> None:
    text = "The ministry released a statement on Friday saying talks would resume."
    assert _speaker(text, "saying") == "The ministry"


def test_a_person_from_a_place_is_no_noun_of_words() -> None:
    text = "Reporters quoted a nurse from the clinic saying supplies had run out."
    assert "clinic" not in _speaker(text, "saying")


# A caption or a headline a page ran into its story with no full stop: the report keeps the
# sentence its cue is in, when the next sentence opens with a preposition, a count or a plural
# of people in capitals.


def _content(text: str, cue: str) -> str:
    found, _ = attributions_of(text)
    return by_cue(found, cue).content.text


def test_a_caption_before_a_count_is_no_part_of_the_words() -> None:
    text = (
        "Convoys to the flooded valley are still waiting At least 4,000 homes have been washed"
        " away, the interior ministry has said."
    )
    assert _content(text, "said").startswith("At least 4,000 homes")


def test_a_headline_runs_no_further_than_its_own_words() -> None:
    text = (
        "Lisbon officials say nurses safe after Timor storm Dozens of aid workers are still"
        " missing in the hills above the port."
    )
    assert _content(text, "say") == "nurses safe after Timor storm"


def test_a_capital_inside_a_name_or_after_a_stop_cuts_nothing() -> None:
    for text, cue, words in (
        (
            "The minister said the team At Home Abroad would visit the camps next week.",
            "said",
            "the team At Home Abroad would visit the camps next week",
        ),
        (
            "The minister said aid was arriving. In the hills, roads are still closed.",
            "said",
            "aid was arriving",
        ),
    ):
        assert _content(text, cue) == words, text


# What a thing, a rule or a measure "suggests" or "shows" is a finding, not anyone's words.


def _mode(text: str, cue: str) -> str:
    found, _ = attributions_of(text)
    return by_cue(found, cue).mode


def test_things_that_suggest_are_no_speakers() -> None:
    for text, cue in (
        ("The pressure device itself suggested that sand had clogged the valve.", "suggested"),
        ("Early indications suggest the new strain spreads no faster than the old.", "suggest"),
        ("The numbers suggest that the navy is short of sailors.", "suggest"),
        ("His tax disclosure suggests he gave the fees to a hospice.", "suggests"),
    ):
        assert _mode(text, cue) == "stance", text


def test_people_and_bodies_that_suggest_still_speak() -> None:
    for text, cue in (
        ("Analysts suggest that state-owned buyers could be interested.", "suggest"),
        ("The agency suggested that the ban was driven by panic.", "suggested"),
    ):
        assert _mode(text, cue) == "speech", text


# "The company said" goes on with the company last heard speaking, not with a plant, a unit or
# a court named in between inside that company's words.


def test_the_company_is_the_one_last_heard_speaking() -> None:
    text = (
        "Marlow Power Co said it reached a settlement on its rates with the state commission,"
        " which provides for the treatment of its stake in the Kettle Creek Generating Station"
        " near Dayton.\n    The company said hearings on the settlement would start next month."
    )
    found, _ = attributions_of(text)
    said = [a for a in found if a.source is not None and a.source.text == "The company"]
    assert said and said[0].speaker == "marlow-power-co"


def test_a_court_of_appeals_is_no_company() -> None:
    text = (
        "Delta Gulf Utilities Inc said the U.S. Court of Appeals for the Fifth Circuit set"
        " aside the order.\n    The Court of Appeals ruled on Friday. The company said the"
        " ruling was unexpected."
    )
    found, _ = attributions_of(text)
    said = [a for a in found if a.source is not None and a.source.text == "The company"]
    assert said and said[0].speaker != "u-s-court-of-appeals"
