"""Who a report is from, when the page gives more than a name: an interview's "Q:" and "A:"
marks are no speakers, a person named beside a title speaks rather than the body the title
names, words after "according to X" that describe X are not what was said, and hinting is a
stance, not speech. The sentences are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of


def _with_cue(found, cue: str):
    return next(a for a in found if a.cue is not None and a.cue.text == cue)


def _speaker_name(found, actors, words: str) -> str | None:
    said = next(a for a in found if words in a.content.text)
    actor = actors.get(said.speaker) if said.speaker is not None else None
    return actor.name if actor is not None else None


def test_an_interview_question_mark_is_no_speaker():
    text = (
        "The mayor of Lintown, Greta Sandvik, spoke to the Courier about the budget.\n\n"
        "Q: Why did you cut the bus routes?\n\n"
        "A: We had no money left for them, and the council voted to close three lines.\n"
    )
    found, _ = attributions_of(text)
    assert not any(a.source is not None and a.source.text in ("Q", "A") for a in found)


def test_a_transcript_line_of_a_named_speaker_still_speaks():
    text = (
        "Senator Ruth Halvorsen was asked about the treaty.\n\n"
        "Halvorsen: We will not sign it as it stands.\n"
    )
    found, _ = attributions_of(text)
    assert any(a.source is not None and a.source.text == "Halvorsen" for a in found)


def test_the_person_beside_a_title_speaks_not_the_body_of_the_title():
    text = "The UN High Commissioner for Refugees, Karin Oduya, said the camps were full.\n"
    found, actors = attributions_of(text)
    assert _speaker_name(found, actors, "camps were full") == "Karin Oduya"


def test_a_title_alone_is_its_holder_not_the_body_of_the_title():
    text = "The UN High Commissioner for Refugees said the camps were full.\n"
    found, actors = attributions_of(text)
    said = next(a for a in found if "camps were full" in a.content.text)
    assert said.source is not None and "Commissioner" in said.source.text
    assert _speaker_name(found, actors, "camps were full") != "United Nations"


def test_an_organisation_speaks_for_itself():
    found, actors = attributions_of("The United Nations said the convoy had been turned back.\n")
    assert _speaker_name(found, actors, "convoy") == "United Nations"


def test_a_name_of_several_words_is_its_organisation():
    found, actors = attributions_of("Amnesty International said the camps were full.\n")
    assert _speaker_name(found, actors, "camps") == "Amnesty International"


def test_words_describing_the_source_of_according_to_are_not_what_was_said():
    text = (
        "The camps are full, according to Tomas Reyes, a spokesman for the Red Cross, who "
        "visited on Monday.\n"
    )
    found, _ = attributions_of(text)
    said = _with_cue(found, "according to")
    assert said.content.text == "The camps are full"


def test_words_that_go_on_after_according_to_stay_what_was_said():
    text = "The bridge, according to the engineers, will stay shut until the spring.\n"
    found, _ = attributions_of(text)
    said = _with_cue(found, "according to")
    assert "stay shut" in said.content.text


def test_hinting_is_a_stance_not_speech():
    found, _ = attributions_of("Officials hinted on Monday that talks could resume.\n")
    hinted = [a for a in found if a.cue is not None and a.cue.text == "hinted"]
    assert hinted and all(a.mode == "stance" for a in hinted)


def test_asking_not_to_be_named_is_not_what_a_source_said():
    text = (
        '"We walked for three days," said one of the women, who asked not to be named. '
        "A guard, who asked not to be identified, said the gate had been locked since May.\n"
    )
    found, _ = attributions_of(text)
    assert not any("named" in a.content.text or "identified" in a.content.text for a in found)
    assert any("gate had been locked" in a.content.text for a in found)


def test_requesting_anonymity_is_not_what_a_source_said():
    text = "The aides requested anonymity to discuss the private talks of the party leaders.\n"
    found, _ = attributions_of(text)
    assert not any("anonymity" in a.content.text for a in found)


def test_saying_who_was_named_or_identified_is_still_said():
    text = (
        "The ministry said that four of the missing fishermen had been identified. "
        "Ruiz wrote that she had been named the best nurse of the ward.\n"
    )
    found, _ = attributions_of(text)
    assert any("had been identified" in a.content.text for a in found)
    assert any("had been named" in a.content.text for a in found)
