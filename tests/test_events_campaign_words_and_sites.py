"""Words that look like acts between parties but are a run for office, a reaction drawn, a
quarrel of two persons, a remark conceded, a site visited or a people's view: "as she seeks the
White House", "inviting ridicule from the governor", "his long battle with the front-runner",
"'We know how it goes,' the campaign chief conceded", "visited the firefighters' memorial",
"Americans largely blame the firm". Every sentence is
written for these tests; the guards check that the real acts beside them stay."""

import datetime as dt
from functools import partial

from tests.stages import coded_events, event_triggers

PUBLISHED = dt.date(2026, 6, 10)


_coded = partial(coded_events, published=PUBLISHED)


_triggers = partial(event_triggers, published=PUBLISHED)


def test_seeking_the_white_house_is_a_candidacy():
    text = (
        "Now, as Sen. Elizabeth Warren seeks the White House, her old votes on banks have "
        "come back to haunt her."
    )
    assert "seeks" not in _triggers(text)


def test_seeking_the_white_houses_help_stays_a_request():
    text = "Sen. Elizabeth Warren sought the White House's help on Monday."
    assert ("REQUEST", "elizabeth-warren", "white-house", "sought") in _coded(text)


def test_inviting_ridicule_is_no_request():
    text = (
        "Sen. Mitt Romney repeated the charge all night, inviting sharp ridicule from Gov. "
        "Gavin Newsom of California."
    )
    assert "inviting" not in _triggers(text)


def test_inviting_a_governor_to_talks_stays_a_request():
    text = "Sen. Mitt Romney invited Gov. Gavin Newsom to the talks on Monday."
    assert ("REQUEST", "mitt-romney", "gavin-newsom", "invited") in _coded(text)


def test_a_battle_of_two_candidates_is_no_assault():
    text = (
        "Sen. Ted Cruz spoke in Iowa on Monday. Cruz's long battle with Donald Trump has "
        "resumed, and his allies plan to bring the front-runner down."
    )
    assert "battle" not in _triggers(text)


def test_a_battle_with_an_armed_group_stays_force():
    text = "Kestrian troops battled Taliban fighters near the border on Monday."
    assert any(t == "ASSAULT" and w == "battled" for t, _, _, w in _coded(text))


def test_a_quote_conceded_by_a_campaign_chief_is_a_statement():
    # the parse reads the speaker's "Trump" as the object of "conceded"
    text = (
        'Paul Manafort, an adviser to Donald Trump, spoke on Monday. "We know how Ohio is '
        'going to go," Trump senior adviser Paul Manafort conceded in an interview before the '
        "vote."
    )
    assert "conceded" not in _triggers(text)


def test_visiting_a_memorial_consults_no_one():
    text = (
        "Sen. Elizabeth Warren visited the National Firefighters Memorial in Washington to "
        "honor the fallen."
    )
    assert "visited" not in _triggers(text)


def test_visiting_a_president_stays_a_visit():
    text = "Sen. Elizabeth Warren visited the Mexican president on Monday."
    assert any(t == "CONSULT" and w == "visited" for t, _, _, w in _coded(text))


def test_a_people_blaming_a_firm_in_the_present_is_an_opinion():
    text = (
        "BP said on Monday it would pay. Americans largely blame BP for the devastating spill "
        "and want the company to pay."
    )
    assert "blame" not in _triggers(text)


def test_a_people_blaming_a_firm_on_a_day_stays_an_accusation():
    text = (
        "Exxon Mobil said on Monday it would pay. Iraqis blamed Exxon Mobil for the spill on "
        "Monday."
    )
    assert ("ACCUSE", "iraqis", "exxonmobil", "blamed") in _coded(text)
