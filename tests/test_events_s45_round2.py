"""Session 45, second round (events): a party's pressure told with "forced" is no coercion.

PLOVER's COERCE (3.15) is force short of violence: arrests, seizures, bans, people made to act by
those who hold power over their bodies. A party "forcing" someone to take a step of their own
(retract, resign, set up a fund, pay) is pressure, told as often of party leaders, an
administration or protesters as of anyone with arms; armed doers and bodily acts stay coercion.
Every sentence is written for these tests."""

import datetime as dt

from tests.stages import read_event_text

PUBLISHED = dt.date(2016, 6, 15)


def _types(text: str) -> list[str]:
    return [e.type for e in read_event_text(text, PUBLISHED).events]


def test_party_leaders_forcing_a_member_to_retract_is_pressure():
    text = (
        "Senate leaders forced Senator Ada Morrow to retract her apology to Kestrel Oil on Monday."
    )
    assert "COERCE" not in _types(text)


def test_an_administration_forcing_a_firm_to_set_up_a_fund_is_pressure():
    text = (
        "Senator Ada Morrow said on Monday that the Varnian administration was forcing Kestrel Oil "
        "to set up a $5 billion fund for the fishermen."
    )
    assert "COERCE" not in _types(text)


def test_protesters_compelling_a_minister_to_resign_is_pressure():
    text = "Thousands of farmers compelled Agriculture Minister Ivo Dren to resign on Monday."
    assert "COERCE" not in _types(text)


def test_soldiers_forcing_a_mayor_to_resign_stay_coercion():  # guard: an armed doer
    text = "Varnian soldiers forced Mayor Ivo Dren to resign at gunpoint in Tarsk on Monday."
    assert "COERCE" in _types(text)


def test_officials_forcing_families_to_leave_stay_coercion():  # guard: a bodily act forced
    text = "Government officials forced 300 families to leave their homes in Tarsk on Monday."
    assert "COERCE" in _types(text)


# a ban told in the present passive, with no doer, day or news: a rule in force


def test_banks_forbidden_to_reveal_their_clients_is_a_rule_in_force():
    text = (
        "While Varnian banks are strictly forbidden to reveal the names of their clients, a code "
        "of conduct requires the bankers to know who their clients are."
    )
    assert "COERCE" not in _types(text)


def test_companies_barred_under_a_law_from_bidding_is_a_rule_in_force():
    text = "Under Kestrian law, Varnian companies are barred from bidding for government contracts."
    assert "COERCE" not in _types(text)


def test_a_ban_by_a_governor_stays():  # guard: a doer bans
    text = "Opposition rallies are banned by Governor Ivo Dren in the capital, Tarsk."
    assert "COERCE" in _types(text)


def test_a_ban_now_in_force_stays():  # guard: told as just imposed
    text = "Opposition newspapers are now banned by the Kestrian government in the capital."
    assert "COERCE" in _types(text)


def test_a_ban_in_the_past_stays():  # guard: imposed
    text = "Opposition rallies were banned in Tarsk on Monday by the Kestrian government."
    assert "COERCE" in _types(text)


def test_a_bar_under_a_new_law_stays():  # guard: a new law imposes it
    text = (
        "Under the new Kestrian law, Varnian companies are barred from bidding for government "
        "contracts."
    )
    assert "COERCE" in _types(text)
