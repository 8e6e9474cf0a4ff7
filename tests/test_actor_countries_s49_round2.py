"""Session 49, second round (issue 21): the country a person's own description gives — the
broadcaster they work for ("a reporter for Estonia's state television"), the country they rank
in ("the richest man in Norway"), a nationality said in a past "who was" clause ("who was a
young Chilean man"). Sentences and names invented for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Article


def countries(text: str) -> dict[str, str | None]:
    art = Article(id="t", text=text, published=dt.date(2019, 5, 2), source="bbc")
    table = find_actors(parse(text), art)
    return {a.name: a.country for a in table.actors}


def test_a_reporter_for_a_countrys_state_television_is_of_that_country():
    found = countries(
        "Crowds gathered in the capital on Monday. Ardo Venske, a reporter for Estonia's "
        "state television, said the police had fired tear gas."
    )
    assert found["Ardo Venske"] == "EST"


def test_a_reporter_for_a_national_radio_is_of_its_nation():
    found = countries(
        "Orla Brandt, a correspondent for Danish public radio, said the talks had stalled."
    )
    assert found["Orla Brandt"] == "DNK"


def test_the_richest_man_in_a_country_is_of_it():
    found = countries(
        "Shares fell sharply on Monday. Halvor Brekke, the richest man in Norway, said he "
        "would sell his stake."
    )
    assert found["Halvor Brekke"] == "NOR"


def test_a_rank_needs_a_superlative():
    found = countries("Halvor Brekke, a trader in Norway for a week, said prices would rise.")
    assert found["Halvor Brekke"] is None


def test_a_nationality_in_a_past_who_was_clause_is_still_the_persons():
    found = countries(
        "The court heard evidence on Monday. The victim, Tomas Reyna, who was a young "
        "Chilean man, had been stabbed twice."
    )
    assert found["Tomas Reyna"] == "CHL"


def test_the_head_of_a_states_council_is_of_that_state_in_a_foreign_story():
    found = countries(
        "Greece's debt talks resumed on Monday in Athens. Marla Stein, who chairs the White "
        "House Council of Economic Advisers, said Greece needed time."
    )
    assert found["Marla Stein"] == "USA"


def test_the_head_of_a_firm_takes_no_country_from_it():
    found = countries(
        "Greece's debt talks resumed on Monday. Marla Stein, who runs Kestrel Capital, a "
        "fund based in London, said Greece needed time."
    )
    assert found["Marla Stein"] != "GBR"
