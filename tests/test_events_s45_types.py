"""Session 45 (types): the right kind of event, its modality, and only events.

PLOVER's manual and the audit standard decide: an act someone *ordered* (the arrest, the
bombing, the expulsion) is an order (3.8: "all requests, demands, and orders"), not yet the act
done — an investigation or sanctions ordered are opened or imposed by the order and stay, as
does an act the noun dates ("the June 21 bombing"); crowd control named in a "with" phrase
("opened fire with tear gas", "shot protesters with rubber bullets") or as volleys of it is
ASSAULT crowd-control; a candidate who "drops in" on a town visits (CONSULT), concedes nothing;
a day given to act by ("gave the colonel until Friday to withdraw") is a demand, as a span of
hours already was, no aid; an ambassador summoned is ACCUSE disapprove (3.2.1); workers who
walk out strike (3.12); a protester stopped is coerced (3.15), not sanctioned; a figure that
"hits a record" strikes no one. An outlet's line introducing readers' views ("Below is a
selection of your comments.") opens the comment section. Every sentence is written for these
tests; the guards check the acts beside them stay."""

import datetime as dt

from dateline.event_lexicon import load_lexicon
from dateline.events.triggers import trigger_of
from dateline.language import parse
from dateline.text.comments import comments_start
from tests.stages import read_event_text

PUBLISHED = dt.date(2016, 6, 15)


def _events(text: str):
    return read_event_text(text, PUBLISHED).events


def _typed(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.mode, e.trigger.text) for e in _events(text)]


def _trigger(text: str, word: str):
    doc = parse(text)
    (token,) = [t for t in doc if t.text == word]
    return trigger_of(token, load_lexicon())


# an act ordered is not told as done


def test_an_arrest_ordered_is_not_an_arrest_done():
    text = "President Obi Nwosu ordered the arrest of Senator Dayo Bello on Monday."
    assert [e for e in _events(text) if e.type == "COERCE"] == []


def test_an_expulsion_ordered_is_not_told_as_done():
    text = "President Obi Nwosu ordered the deportation of the journalist Kemi Ade on Monday."
    assert [e for e in _events(text) if e.type == "COERCE"] == []


def test_an_investigation_ordered_is_opened():  # guard: the order opens it (PLV codes it so)
    text = "The Varnian government has ordered an investigation against Kestrel Bank on Monday."
    assert "ACCUSE" in [t for t, _, _ in _typed(text)]


def test_an_ordered_act_dated_as_past_stays():  # guard (the reference article's form)
    text = "In May, President Ivo Dren ordered the May 3 bombing of the Valdorian depots."
    assert "ASSAULT" in [t for t, _, _ in _typed(text)]


def test_an_arrest_told_as_done_stays():  # guard
    text = "Police arrested Senator Dayo Bello in Lagos on Monday."
    assert [t for t, _, _ in _typed(text)] == ["COERCE"]


# crowd control in a "with" phrase


def test_opened_fire_with_tear_gas_is_crowd_control():
    text = "Egyptian police opened fire with tear gas on protesters in Cairo on Sunday."
    assert _typed(text) == [("ASSAULT", "crowd-control", "opened")]


def test_shot_protesters_with_rubber_bullets_is_crowd_control():
    text = "Egyptian police shot protesters with rubber bullets in Cairo on Sunday."
    assert _typed(text) == [("ASSAULT", "crowd-control", "shot")]


def test_volleys_of_tear_gas_are_crowd_control():
    found = _trigger("Riot police fired volleys of tear gas at the marchers.", "fired")
    assert (found.type, found.mode) == ("ASSAULT", "crowd-control")


def test_tear_gas_and_live_rounds_stay_firearms():  # guard
    text = "Egyptian police opened fire with tear gas and live rounds on protesters on Sunday."
    assert _typed(text) == [("ASSAULT", "firearms", "opened")]


def test_shot_protesters_with_rifles_stays_firearms():  # guard
    found = _trigger("Soldiers shot the protesters with rifles.", "shot")
    assert (found.type, found.mode) == ("ASSAULT", "firearms")


# a visit, not a concession


def test_a_candidate_dropping_in_visits():
    found = _trigger("Hillary Clinton drops in on Springfield today to meet voters.", "drops")
    assert (found.type, found.mode) == ("CONSULT", "visit")


def test_dropping_charges_is_still_a_concession():  # guard
    found = _trigger("Prosecutors dropped the charges against Dayo Bello.", "dropped")
    assert found.type == "CONCEDE"


# a deadline is no aid


def test_until_friday_to_withdraw_is_a_demand():
    text = "Britain and France gave Colonel Omar Dassa until Friday to pull his troops out."
    assert [t for t, _, _ in _typed(text)] == ["REQUEST"]


def test_hours_to_leave_stay_a_demand():  # guard (session 41's deadline rule)
    text = "The United States gave President Ivo Dren 48 hours to leave the country on Monday."
    assert [t for t, _, _ in _typed(text)] == ["REQUEST"]


def test_money_given_is_still_aid():  # guard
    text = "Japan gave Haiti $5 million in emergency aid on Monday."
    assert "AID" in [t for t, _, _ in _typed(text)]


# an envoy summoned is a complaint


def test_an_ambassador_summoned_is_accuse():
    text = "Egypt summoned the British ambassador John Casson on Monday over the article."
    assert _typed(text) == [("ACCUSE", "disapprove", "summoned")]


def test_a_minister_summoned_stays_request():  # guard
    found = _trigger(
        "The parliament summoned the finance minister to explain the deficit.", "summoned"
    )
    assert found.type == "REQUEST"


# workers walking out strike


def test_union_members_walking_out_strike():
    found = _trigger("More than 500 union members walked out in Leeds on Monday.", "walked")
    assert (found.type, found.mode) == ("PROTEST", "strike")


def test_walking_out_of_talks_stays_boycott():  # guard
    found = _trigger("The union delegates walked out of the talks with Ford on Monday.", "walked")
    assert (found.type, found.mode) == ("PROTEST", "boycott")


# a person stopped is coerced


def test_a_protester_stopped_is_coerced():
    found = _trigger("The Secret Service stopped a protester at the rally in Reno.", "stopped")
    assert found.type == "COERCE"


def test_aid_stopped_stays_sanction():  # guard
    found = _trigger("Britain stopped its aid to Kestria on Monday.", "stopped")
    assert found.type == "SANCTION"


# a figure reaching a level


def test_a_surplus_hitting_a_record_is_no_event():
    text = "Kestria's trade surplus with Valdoria hit a record 18 billion dollars last year."
    assert _trigger(text, "hit") is None
    assert _events(text) == ()


def test_a_candidate_hitting_a_rival_stays_criticism():  # guard
    text = "Senator Ann Walsh hit President Obama over his Syria policy on Monday."
    assert [t for t, _, _ in _typed(text)] == ["ACCUSE"]


# readers' views an outlet prints


ESSAY = (
    "The earthquake raised an old question for many believers.\n"
    "Police in Port Lumen arrested two looters on Monday, officials said.\n"
    "Dr Ana Pell teaches philosophy at the University of Arden.\n"
)


def test_a_selection_of_your_comments_opens_the_comments():
    comment = "Below is a selection of your comments .\nThe army should have arrested them all .\n"
    text = ESSAY + comment
    assert comments_start(text) == text.index("Below is")


def test_publishing_your_views_opens_the_comments():
    text = (
        "How should the country prepare for the flu?\n"
        "We will aim to publish as many of your views as we can.\n"
        "The government attacked the problem far too late, in my view.\n"
    )
    assert comments_start(text) == text.index("We will")


def test_an_article_on_views_is_no_comment_section():  # guard
    text = ESSAY + "Readers of the paper wrote to the editor about the arrests.\n"
    assert comments_start(text) is None


def test_a_comment_selection_codes_no_event():
    text = (
        ESSAY + "Below is a selection of your comments.\nThe police arrested Tom Reed on Monday.\n"
    )
    events = read_event_text(text, PUBLISHED).events
    assert [e.trigger.text for e in events if e.trigger.start >= text.index("Below is")] == []
