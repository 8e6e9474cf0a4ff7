"""Who did it, when the words around the trigger name someone else (issue 15): a clause
with a finite verb of its own ("after a blast killed six workers") does not borrow the doer
of the clause it hangs on; "its" is never a person's; support or aid a party has "from"
another is the other's; an act a verb of praise takes as its object ("heralded the deal")
was done before the praise, on a day the words do not give. Sentences written for these
tests; each test but the guard (marked) fails on the code before."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2026, 6, 17)  # a Wednesday


def _coded(text: str) -> list[tuple[str, str | None, str | None, str, str | None]]:
    return [
        (e.type, e.source, e.target, e.trigger.text, e.date)
        for e in read_event_text(text, PUBLISHED).events
    ]


def test_a_clause_with_its_own_subject_borrows_no_doer() -> None:
    text = (
        "Governor Tom Brannigan closed the port after a blast at the fuel depot on Monday"
        " killed six workers."
    )
    assert not any(c[3] == "killed" and c[1] == "tom-brannigan" for c in _coded(text))


def test_its_decision_is_not_the_senators() -> None:
    text = (
        "Senator Lena Marsk on Tuesday faulted the Federal Prosecution Office for its"
        " decision not to charge Governor Tom Brannigan."
    )
    assert not any(c[1] == "lena-marsk" and c[3] == "charge" for c in _coded(text))


def test_support_from_party_leaders_is_theirs() -> None:
    text = (
        "Senator Lena Marsk's endorsement from Governor Tom Brannigan on Tuesday surprised"
        " her rivals."
    )
    assert ("SUPPORT", "tom-brannigan", "lena-marsk") in [c[:3] for c in _coded(text)]


def test_ones_own_support_of_another_stays_ones_own() -> None:  # guard
    text = "Governor Tom Brannigan's endorsement of Senator Lena Marsk on Tuesday surprised many."
    assert ("SUPPORT", "tom-brannigan", "lena-marsk") in [c[:3] for c in _coded(text)]


def test_a_deal_heralded_is_of_an_earlier_day() -> None:
    text = (
        "Spain's foreign minister heralded the European Union's agreement with Morocco as a"
        " turning point."
    )
    assert not any(c[3] == "agreement" for c in _coded(text))


def test_a_campaigns_own_attacks_stay_its_candidates() -> None:  # guard
    text = (
        "Senator Lena Marsk campaigned in Ostra. The Marsk campaign on Tuesday renewed its"
        " attacks on Governor Tom Brannigan, calling him unfit to lead."
    )
    assert ("ACCUSE", "lena-marsk", "tom-brannigan", "attacks") in [c[:4] for c in _coded(text)]
