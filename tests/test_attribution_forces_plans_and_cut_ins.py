"""Round 38 (session 46): what a plan, a deal or a law "calls for" is what it lays down, not
anyone's words; what a disaster, an armed deed or a state of affairs "threatens" is what may
happen (also through a relative "that" or "which", or a "that" of its own); a transcript
speaker's turn stops where another speaker cuts in ("-- NAME :"). Sentences written for
these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue


def _mode(text: str, cue: str) -> str:
    found, _ = attributions_of(text)
    return by_cue(found, cue).mode


def test_a_plan_that_calls_for_is_no_ones_words() -> None:
    for text, cue in (
        ("The plan called for the right flank of the army to turn toward the capital.", "called"),
        ("Initial plans called for two simultaneous invasions of the valley.", "called"),
        ("The agreement calls for the establishment of a joint working group.", "calls"),
    ):
        assert _mode(text, cue) == "stance", text


def test_a_treaty_which_calls_for_is_read_by_its_noun() -> None:
    text = "The rebels signed a treaty which called for an end to the fighting."
    assert _mode(text, "called") == "stance"


def test_a_body_or_a_person_that_calls_for_speaks() -> None:
    for text in (
        "The ministry called for calm on Monday.",
        "Senator Ana Ruiz called for a recount of the ballots.",
        "The council passed a resolution and the mayor called for new elections.",
    ):
        assert _mode(text, "called") == "speech", text


def test_a_strain_that_threatens_is_no_ones_threat() -> None:
    text = (
        "Drugmakers began work on a vaccine against a new strain of flu that threatens to "
        "become a pandemic."
    )
    assert _mode(text, "threatens") == "stance"


def test_that_of_its_own_threatens_nothing_said() -> None:
    assert _mode(
        "Taxes went up. That threatened to create a lot of unhappy families.", "threatened"
    ) == ("stance")


def test_a_disaster_threatens_what_may_happen() -> None:
    text = "The looming disaster in the bay threatens to eclipse the worst spill on record."
    assert _mode(text, "threatens") == "stance"


def test_an_armed_deed_threatens_what_it_may_bring_about() -> None:
    for text, cue in (
        (
            "The northern army quickly overran the border provinces and attacked from the "
            "west, threatening to cut the country in half.",
            "threatening",
        ),
        (
            "The Third Corps rapidly defeated the defenders, thus threatening to trap the main force.",
            "threatening",
        ),
        (
            "The bombing campaign was meant to force the north to stop by threatening to "
            "destroy its air defenses.",
            "threatening",
        ),
    ):
        assert _mode(text, cue) == "stance", text


def test_a_threat_made_stays_speech() -> None:
    for text, cue in (
        ("The union threatened to strike on Monday.", "threatened"),
        (
            "The governor pressured the mayor to accept the terms, threatening to cut off state aid.",
            "threatening",
        ),
        (
            "Republican leaders, who threatened to remove him from his post, met on Friday.",
            "threatened",
        ),
    ):
        assert _mode(text, cue) == "speech", text


def test_a_transcript_turn_stops_where_another_speaker_cuts_in() -> None:
    found, _ = attributions_of(
        "HANNITY : Well , can I just -- CARPENTER : And we do n't -- we do n't know why ."
    )
    turn = by_cue(found, ":")
    assert turn.content.text == "Well , can I just"
