"""Round 39 (session 46, second round): a report whose subject is an event, a disease or a
feeling names no one who can speak ("Massive protests called for the president to step
down", "lawlessness demanded ...", "the spill requested ...", "voter mistrust arguing that
..."): what happened, not anyone's words. The crowd's own noun ("protesters", "organisers of
the rally"), a body, a person named like a thing ("Wells said") stay speech. Sentences
written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue


def _mode(text: str, cue: str) -> str:
    found, _ = attributions_of(text)
    return by_cue(found, cue).mode


def test_protests_that_call_for_are_no_ones_words() -> None:
    for text, cue in (
        (
            "Massive protests in the capital called for the resignation of President Oran Velek.",
            "called",
        ),
        ("Weeks of demonstrations demanded that the junta hand over power.", "demanded"),
        ("The riots urged nothing but the end of the curfew, residents wrote.", "urged"),
    ):
        assert _mode(text, cue) == "stance", text


def test_lawlessness_and_a_feeling_speak_for_no_one() -> None:
    for text, cue in (
        ("Growing lawlessness in the north demanded a firm hand from Lisbon.", "demanded"),
        ("Voter mistrust, he added, was arguing that the party had lost its way.", "arguing"),
    ):
        assert _mode(text, cue) == "stance", text


def test_an_event_taken_for_the_subject_is_no_speaker() -> None:
    for text, cue in (
        ("The spill requested food stamps for the fishermen of Port Lavaca.", "requested"),
        ("The Tarrow quake emphasised that the building codes were far too weak.", "emphasised"),
        ("This incident reminds everyone that drilling is never safe.", "reminds"),
    ):
        assert _mode(text, cue) == "stance", text


def test_a_rally_that_called_for_is_read_by_its_noun() -> None:
    text = "Thousands joined a rally that called for the release of the jailed editor."
    assert _mode(text, "called") == "stance"


def test_the_crowd_and_its_organisers_speak() -> None:
    for text, cue in (
        ("Protesters in the capital called for the resignation of President Oran Velek.", "called"),
        ("Organisers of the rally said that 40,000 people had marched.", "said"),
        ("The protest leaders demanded that all detainees be released.", "demanded"),
        ("Kent Wallis, who runs the well for the company, said the pressure was holding.", "said"),
    ):
        assert _mode(text, cue) == "speech", text


def test_a_man_whose_name_is_a_thing_speaks() -> None:
    text = (
        "Mara Wells, a vice president of the drilling firm, spoke on Monday. Wells said the "
        "leak had been stopped."
    )
    found, _ = attributions_of(text)
    record = by_cue(found, "said")
    assert record.mode == "speech"


def test_a_labelled_quotation_ends_at_its_closing_mark() -> None:
    text = (
        "The death toll is unknown . \nLena Moravec : `` The island will need every ounce of "
        "help we can give '' Up to 90 aid workers remain missing after the storm . \n"
        "The agency said it would send more staff .\n"
    )
    found, _ = attributions_of(text)
    labelled = [a for a in found if a.cue is not None and a.cue.text == ":"]
    assert labelled, [(a.cue.text if a.cue else None, a.content.text) for a in found]
    for record in labelled:
        assert "aid workers" not in record.content.text, record.content.text
        assert "every ounce of help" in record.content.text
