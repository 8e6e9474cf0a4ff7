"""Session 46 (parties): a town struck, taken, besieged or raided is the place it was done in,
not the party acted on — also under an older or an English name GeoNames lists only among a
large town's other names ("Kiev", "Basra", "Ekaterinburg", "Stalingrad"), when it shares its
name with the province it is the capital of ("Kandahar"), and for a fort's proper name ("Fort
Harlan"). The guards check that a region, a province named as such, a visit's host and a party
raided stay. Every sentence is written for these tests (the names of people, armies and forts
are invented)."""

import datetime as dt

from dateline.actors.gazetteer import large_town_also_called
from tests.stages import event_parties

PUBLISHED = dt.date(2016, 5, 10)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


# the gazetteer: a large town's other names


def test_a_large_towns_older_and_english_names_are_known():
    assert large_town_also_called("Kiev").country == "UKR"
    assert large_town_also_called("Stalingrad").country == "RUS"
    assert large_town_also_called("Basra").country == "IRQ"


def test_a_region_or_a_towns_own_name_is_no_other_name():
    # guards: a region is no town's other name; a town's own name is looked up by ``town``
    assert large_town_also_called("Silesia") is None
    assert large_town_also_called("Paris") is None


# a town under another name, struck or taken


def test_a_town_attacked_under_its_english_name_is_no_party():
    text = "The Kestrian navy attacked Basra on Friday, officials said."
    assert _parties(text, "attacked") == [("Kestrian navy", None)]


def test_a_town_captured_under_its_older_name_is_no_party():
    # the tagger takes the name for a person; its other name tells the town
    text = "The Valdorian army captured Kiev on 3 February."
    assert _parties(text, "captured") == [("Valdorian army", None)]


def test_a_town_stormed_that_shares_its_provinces_name_is_no_party():
    text = "Taliban fighters attacked Kandahar on Monday."
    assert _parties(text, "attacked") == [("Taliban fighters", None)]


def test_a_province_named_as_such_stays_the_target():
    # guard: "Kandahar province" is the province, which stands for its government
    text = "Rebel fighters attacked Kandahar province on Monday."
    ((_, target),) = _parties(text, "attacked")
    assert target is not None and "Kandahar" in target


def test_a_region_invaded_stays_the_target():
    # guard (session 44): a region or a territory that is no town stands for its polity
    text = "The Valdorian army invaded Silesia in the spring."
    ((_, target),) = _parties(text, "invaded")
    assert target == "Silesia"


# a fort, and a town besieged or raided


def test_a_fort_captured_is_no_party():
    text = "Rebel troops captured Fort Harlan on Tuesday after a long siege."
    assert _parties(text, "captured") == [("Rebel troops", None)]


def test_a_town_besieged_is_no_party():
    text = "Valdorian troops besieged Kandahar for three weeks in 1987."
    assert _parties(text, "besieged") == [("Valdorian troops", None)]


def test_a_town_raided_is_no_party():
    text = "Soldiers raided Kandahar on Monday night."
    assert _parties(text, "raided") == [("Soldiers", None)]


def test_a_visit_to_a_town_under_its_older_name_keeps_its_host():
    # guard: a capital or a large town hosts a visit (session 44)
    text = "President Orvan visited Basra on Monday."
    ((_, target),) = _parties(text, "visited")
    assert target == "Basra"


# the nearest actor as a target: not a party of another act in another clause


def test_the_party_of_another_clauses_act_is_not_the_nearest_target():
    text = "In March, after the generals pressured the Kaiser, Germany resumed submarine warfare."
    assert all(target != "Kaiser" for _, target in _parties(text, "warfare"))


def test_the_party_of_a_clause_holding_the_act_stays_the_nearest_target():
    # guard: "declaring war on France" hangs under "invaded"; France is the one invaded
    text = "On March 10, Italy invaded, declaring war on both France and the United Kingdom."
    assert _parties(text, "invaded") == [("Italy", "France")]


def test_the_party_blamed_before_an_attack_stays_its_target():
    # guard: the attack is conjoined to the blaming, and Iran is the one attacked
    text = "Iraq blamed Iran, and in September, attacked."
    assert _parties(text, "attacked") == [("Iraq", "Iran")]
