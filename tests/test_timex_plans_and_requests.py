"""A "that" clause in the subjunctive under a verb of asking or demanding tells what is asked
for, which lies ahead of the asking: "the council urged that the regulator approve the merger
by Easter" written in March is next Easter, not last year's; so is what something is done
"ahead of", and what "could" happen by or until a time. A day hung on a plan told in the past
("On Monday, the authority planned to ...") is the day of the planning. Every sentence here is
made up."""

import datetime as dt

from dateline.language import parse
from dateline.timex import tag

WEDNESDAY = dt.date(2025, 3, 12)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, WEDNESDAY, doc=parse(text))}


def test_a_bare_verb_asked_for_looks_ahead():
    found = values("The council urged that the regulator approve the merger by Easter.")
    assert found["Easter"] == "2025-04-20"
    found = values("The nurses demanded that the hospital restore their pay by Friday.")
    assert found["Friday"] == "2025-03-14"


def test_a_passive_with_bare_be_asked_for_looks_ahead():
    found = values("The opposition asked that the ballot be held on Monday.")
    assert found["Monday"] == "2025-03-17"


def test_a_clause_told_in_the_past_under_the_same_verb_stays_in_the_past():
    found = values("The minister insisted that exports recovered in May.")
    assert found["May"] == "2024-05"
    found = values("The opposition asked the ministry on Monday for the figures.")
    assert found["Monday"] == "2025-03-10"


def test_what_is_done_ahead_of_lies_ahead():
    text = "Ahead of council meetings on Thursday and Saturday, the mayor released the budget."
    found = values(text)
    assert found["Thursday"] == "2025-03-13"
    assert found["Saturday"] == "2025-03-15"


def test_a_plan_told_in_the_past_on_a_day_is_dated_by_that_day():
    found = values("On Monday, the port authority planned to reopen the harbour.")
    assert found["Monday"] == "2025-03-10"
    found = values("The port authority planned to reopen the harbour on Monday.")
    assert found["Monday"] == "2025-03-17"
    found = values("Farmers planned a tractor rally in the capital on Saturday.")
    assert found["Saturday"] == "2025-03-15"


def test_what_could_happen_by_or_until_a_time_lies_ahead():
    found = values("Engineers warned the bridge could stay shut until August.")
    assert found["August"] == "2025-08"
    found = values("The minister said the line could be repaired by July.")
    assert found["July"] == "2025-07"


def test_what_could_not_happen_until_a_time_was_so_until_then():
    found = values("Villagers could not return until Sunday.")
    assert found["Sunday"] == "2025-03-09"
