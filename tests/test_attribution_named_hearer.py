"""Round 35 (session 44, second round): the name of the one spoken to that the parser ran
into what was said — "told the BBC natural disasters like storms meant ..." read as one
object, the clause left with no subject; "told Reuters farm prices would fall" read as the
clause's subject. The words said start after the name (and the outlet's own nouns).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.stages import attributions_of, by_cue


def _content(text: str, cue: str) -> str:
    found, _ = attributions_of(text)
    return by_cue(found, cue).content.text


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the name and the subject read as one object of the cue
        (
            "The minister told the BBC natural disasters like floods meant the harvest would fail.",
            "told",
            "natural disasters like floods meant the harvest would fail",
        ),
        (
            "Ms Lowe told the BBC farmers in the valley had lost everything.",
            "told",
            "farmers in the valley had lost everything",
        ),
        (
            "The mayor tells the BBC power cuts and fuel shortages are slowing the work.",
            "tells",
            "power cuts and fuel shortages are slowing the work",
        ),
        (
            "A spokesman told the BBC News website the decision to close the port had been "
            "taken by the council.",
            "told",
            "the decision to close the port had been taken by the council",
        ),
        # the name read into the clause's subject
        (
            "She told the Guardian ministers would resign.",
            "told",
            "ministers would resign",
        ),
        (
            "The minister told Reuters bilateral trade disputes are growing.",
            "told",
            "bilateral trade disputes are growing",
        ),
        (
            "A spokeswoman for the charity tells the BBC aid groups will probably use the "
            "port of Cap Vert.",
            "tells",
            "aid groups will probably use the port of Cap Vert",
        ),
    ],
)
def test_the_words_said_start_after_the_named_hearer(text: str, cue: str, content: str) -> None:
    assert _content(text, cue) == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # no name opens the object: the whole clause as before
        ("He told the villagers the dam would hold.", "told", "the dam would hold"),
        # one spoken to named apart: the subject keeps its name
        (
            "She told reporters the Senate panel would meet on Friday.",
            "told",
            "the Senate panel would meet on Friday",
        ),
        # a cue that need not name anyone spoken to ("warned that ..."): the name is the
        # subject's
        (
            "She warned the Senate leaders would block the bill.",
            "warned",
            "the Senate leaders would block the bill",
        ),
        # the outlet and its noun are the whole object; "there" is the clause's subject
        (
            "In Spain, a health official told El Correo newspaper there were fears that two "
            "travellers may be carrying the virus.",
            "told",
            "there were fears that two travellers may be carrying the virus",
        ),
        # a clause with "that": the parser has the hearer right
        (
            "He told the BBC that the bridge would reopen.",
            "told",
            "that the bridge would reopen",
        ),
    ],
)
def test_a_subject_with_a_name_of_its_own_is_kept(text: str, cue: str, content: str) -> None:
    assert _content(text, cue) == content


def test_a_passive_cue_keeps_the_whole_subject() -> None:
    # the one spoken to is the passive's subject: the clause's subject is all its own
    found, _ = attributions_of("The envoy was told the Senate leaders would meet in May.")
    assert any(a.content.text == "the Senate leaders would meet in May" for a in found)
