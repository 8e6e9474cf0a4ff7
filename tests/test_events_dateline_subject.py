"""A newspaper's dateline in mixed case ("Dravno, Kestria -- ") is no doer: the parse hangs
its place on the story's first verb as a second subject, and the doer is the subject after the
dash. Every sentence is written for these tests."""

from tests.stages import read_event_text


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source, e.target) for e in read_event_text(text).events]


def test_the_subject_after_a_datelines_dash_is_the_doer():
    coded = _coded("Darvo, Kestria -- Kestria accused Valdoria of shelling the border on Monday.")
    assert ("ACCUSE", "kestria", "valdoria") in coded
    assert not [c for c in coded if c[1] == "darvo"]


def test_wire_dateline_keeps_the_forces_after_it():
    coded = _coded(
        "DARVO, Kestria (Reuters) - Kestrian police arrested twelve protesters on Monday."
    )
    assert [c for c in coded if c[0] == "COERCE" and c[1] == "kestrian-police"]


def test_a_dash_inside_the_sentence_leaves_its_one_subject():
    # one subject, before a dash that sets off an aside: still the doer
    coded = _coded(
        "President Odo Vamp -- a former general -- accused Valdoria of spying on Monday."
    )
    assert [c for c in coded if c[0] == "ACCUSE" and c[1] == "odo-vamp"]
