"""The person a source names after a body and a title ("the Harbor Board Vice Chairwoman Ana
Ortiz said": Ortiz, not the board, even where the parser makes the board the head), and a
double surname split at its hyphen ("Jimenez-Sanchez said": the source is the whole name).
Each case with a look-alike that must not change. Sentences written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue


def test_a_title_and_name_after_a_body_name_the_person_who_spoke() -> None:
    found, _ = attributions_of(
        "U.S. Commission on Fair Housing Vice Chairwoman Greta Lindqvist said the ruling was wrong."
    )
    said = by_cue(found, "said")
    assert said.speaker == "greta-lindqvist"


def test_a_title_and_name_after_a_body_after_the_quotation() -> None:
    found, _ = attributions_of(
        '"The ruling was wrong," said U.S. Commission on Fair Housing Vice Chairwoman Greta '
        "Lindqvist."
    )
    said = by_cue(found, "said")
    assert said.speaker == "greta-lindqvist"


def test_a_body_whose_leader_a_clause_names_still_speaks() -> None:
    # guard: no title before the name: the board spoke, not the one who leads it
    found, _ = attributions_of(
        "The Harbor Board of Trade, which Greta Lindqvist leads, said the port would close."
    )
    said = by_cue(found, "said")
    assert said.speaker == "harbor-board-of-trade"


def test_a_double_surname_split_at_its_hyphen_is_the_whole_source() -> None:
    found, _ = attributions_of("Maria Jimenez-Sanchez said the clinic had run out of vaccine.")
    said = by_cue(found, "said")
    assert said.source is not None and said.source.text == "Maria Jimenez-Sanchez"


def test_a_company_named_with_a_hyphen_is_read_as_before() -> None:
    # guard: a hyphenated name the parser keeps whole is unchanged
    found, _ = attributions_of("The Harbor-Hale Company said sales fell in March.")
    said = by_cue(found, "said")
    assert said.source is not None and said.source.text == "The Harbor-Hale Company"


def test_one_who_hits_back_by_accusing_is_the_one_accusing() -> None:
    found, _ = attributions_of(
        "The Harbor Union was not pleased with the remarks, and hit Greta Lindqvist back by "
        "accusing her of helping the owners."
    )
    accusing = by_cue(found, "accusing")
    assert accusing.speaker == "harbor-union"


def test_one_praised_for_saying_is_still_the_one_saying() -> None:
    # guard: "for" + a participle: the one praised said it
    found, _ = attributions_of(
        "The Harbor Union praised Greta Lindqvist for saying the owners were wrong."
    )
    saying = by_cue(found, "saying")
    assert saying.speaker == "greta-lindqvist"


def test_a_surname_opened_by_al_is_the_person_named_before() -> None:
    found, _ = attributions_of(
        "The prime minister, Salim al-Rawi, spoke on Monday. "
        '"We will rebuild the bridge," al-Rawi said.'
    )
    said = by_cue(found, "said")
    assert said.speaker == "salim-al-rawi"


def test_a_paper_opened_by_al_is_read_as_before() -> None:
    # guard: a paper's name the model labels no person stays the paper
    found, _ = attributions_of("The paper al-Ahram said the talks had failed.")
    said = by_cue(found, "said")
    assert said.speaker == "al-ahram"


def test_a_deed_praised_by_which_the_object_kept_a_pledge_stays_the_objects() -> None:
    # guard: "by" goes with what the object is praised for: the pledge is still Iran's
    found, _ = attributions_of(
        "On Monday General Tom Hale, who trains the police, praised Iran for its help in the "
        "region by keeping its pledge to stop the flow of arms."
    )
    pledge = by_cue(found, "pledge")
    assert pledge.speaker == "iran"
