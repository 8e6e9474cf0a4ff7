"""The cross-article merge rule, on small Event records written here (no parsing)."""

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from dateline.model import Actor, Event, TextSpan
from dateline.stories.merge import (
    EventMention,
    MergeConfig,
    StoryIndex,
    actor_match,
    load_families,
)

TRUMP = Actor(id="donald-trump", name="Donald Trump", kind="person", country="USA", sector="GOV")
PUTIN = Actor(id="v-putin", name="Vladimir Putin", kind="person", country="RUS", sector="GOV")
NOVAK = Actor(id="anna-novak", name="Anna Novak", kind="person", country="RUS", sector="BUS")
SURNAME_PUTIN = Actor(id="putin", name="Putin", kind="person", country="RUS")
MACRON = Actor(id="emmanuel-macron", name="Emmanuel Macron", kind="person", country="FRA")
RUSSIA = Actor(id="russia", name="Russia", kind="country", country="RUS")
KREMLIN = Actor(id="kremlin", name="the Kremlin", kind="government", country="RUS")
UKRAINE = Actor(id="ukraine", name="Ukraine", kind="country", country="UKR")


def mention(
    article: str,
    evidence: str,
    *,
    type: str = "CONSULT",
    date: str | None = "2025-07-03",
    basis: str = "timex",
    source: Actor | None = TRUMP,
    target: Actor | None = PUTIN,
    published: dt.date = dt.date(2025, 7, 4),
    modality: tuple = (),
    outlet: str | None = None,
    event_id: str = "e1",
    mode: str | None = None,
) -> EventMention:
    span = TextSpan(start=0, end=len(evidence), text=evidence)
    event = Event(
        id=event_id,
        type=type,
        mode=mode,
        source=source.id if source else None,
        target=target.id if target else None,
        date=date,
        date_basis=basis,
        modality=modality,
        trigger=span,
        evidence=span,
    )
    return EventMention(article, published, event, outlet, source, target)


CALL_A = "Trump spoke with Putin by phone on Thursday about the war in Ukraine."
CALL_B = "Putin and Trump held a phone conversation on July 3, the Kremlin said."
CALL_C = "Trump said he made no progress with Putin during Thursday's phone call."


def test_three_outlets_reporting_one_call_make_one_story_with_all_sources():
    index = StoryIndex()
    index.add([mention("ap-1", CALL_A, outlet="AP")])
    index.add([mention("tass-1", CALL_B, source=SURNAME_PUTIN, target=TRUMP, outlet="TASS")])
    changed = index.add(
        [mention("bbc-1", CALL_C, date="2025-W27", published=dt.date(2025, 7, 5), outlet="BBC")]
    )
    assert len(index) == 1 and len(changed) == 1
    story = changed[0]
    assert story.articles == ("ap-1", "tass-1", "bbc-1")
    assert story.outlets == ("AP", "TASS", "BBC")
    assert (story.first_reported, story.last_reported) == (dt.date(2025, 7, 4), dt.date(2025, 7, 5))
    assert story.date == "2025-07-03"  # the day, not the week the third report gives
    assert story.type == "CONSULT" and len(story.mentions) == 3


def test_story_ids_are_stable_and_unchanged_by_later_mentions():
    index = StoryIndex()
    (first,) = index.add([mention("ap-1", CALL_A)])
    (again,) = index.add([mention("tass-1", CALL_B)])
    assert first.id == again.id


def test_a_different_day_beyond_the_gap_is_a_different_event():
    index = StoryIndex()
    index.add([mention("ap-1", CALL_A)])
    index.add([mention("ap-2", CALL_A, date="2025-07-10", published=dt.date(2025, 7, 10))])
    assert len(index) == 2


def test_the_day_gap_is_configurable():
    late = mention("tass-1", CALL_B, date="2025-07-05")
    strict = StoryIndex(MergeConfig(max_day_gap=1))
    strict.add([mention("ap-1", CALL_A), late])
    loose = StoryIndex(MergeConfig(max_day_gap=2))
    loose.add([mention("ap-1", CALL_A), late])
    assert (len(strict), len(loose)) == (2, 1)


def test_a_story_does_not_drift_day_by_day_through_a_week_dated_mention():
    index = StoryIndex()
    index.add([mention("a", CALL_A, date="2025-07-01")])
    index.add([mention("b", CALL_A, date="2025-W27")])  # overlaps both days
    index.add([mention("c", CALL_A, date="2025-07-05")])  # the week's mention alone would allow it
    assert len(index) == 2


def test_an_event_dated_to_a_decade_long_ago_is_not_this_week_s_event():
    index = StoryIndex()
    index.add([mention("ap-1", CALL_A)])
    # the text dates it "in the 1990s": not a call of the week the article was published
    index.add([mention("ap-2", "Trump first spoke with Putin by phone in the 1990s.", date="199")])
    assert len(index) == 2
    index.add([mention("ap-3", "In the 1990s Trump spoke with Putin by phone.", date="199")])
    assert len(index) == 2  # the two accounts of the 1990s call are one story


def test_types_of_one_family_merge_and_other_types_do_not():
    index = StoryIndex()
    deal = "Russia and Ukraine reached a deal on grain exports on Monday."
    signed = "Ukraine and Russia signed the grain export deal on Monday."
    monday = "2025-07-07"
    index.add([mention("a", deal, type="AGREE", source=RUSSIA, target=UKRAINE, date=monday)])
    index.add([mention("b", signed, type="SUPPORT", source=UKRAINE, target=RUSSIA, date=monday)])
    index.add([mention("c", deal, type="ACCUSE", source=RUSSIA, target=UKRAINE, date=monday)])
    assert sorted(len(s.mentions) for s in index.stories()) == [1, 2]


def test_conflicting_actors_block_a_merge_and_unknown_actors_do_not_count_as_matches():
    index = StoryIndex()
    index.add([mention("a", CALL_A)])
    index.add([mention("b", CALL_A, target=MACRON)])
    index.add([mention("c", CALL_A, source=None, target=None)])
    assert len(index) == 3
    lenient = StoryIndex(MergeConfig(min_shared_actors=0))
    lenient.add([mention("a", CALL_A), mention("c", CALL_A, source=None, target=None)])
    assert len(lenient) == 1


def test_countries_match_their_governments_and_people_match_by_surname():
    assert actor_match(RUSSIA, KREMLIN) is True
    assert actor_match(PUTIN, SURNAME_PUTIN) is True
    assert actor_match(PUTIN, MACRON) is False
    assert actor_match(PUTIN, None) is None


def test_pronoun_aliases_and_generic_actors_identify_no_one():
    # two different officials, each with the alias "he": not the same person
    gates = Actor(id="g", name="Ada Gates", kind="person", country="USA", aliases=("he", "He"))
    volk = Actor(id="v", name="Ben Volk", kind="person", country="BRA", aliases=("He",))
    assert actor_match(gates, volk) is False
    # "the company" in one article and in another may be any two companies: unknown, not a match
    company = Actor(id="c", name="company", kind="group", sector="BUS")
    other = Actor(id="o", name="company", kind="group", sector="BUS")
    assert actor_match(company, other) is None
    index = StoryIndex()
    text = "The company declined to give details of the offer on Monday."
    index.add([mention("a", text, type="REJECT", source=company, target=None)])
    index.add([mention("b", text, type="REJECT", source=other, target=None)])
    assert len(index) == 2


def test_government_officials_act_for_their_state_and_others_do_not():
    assert actor_match(PUTIN, KREMLIN) is True
    assert actor_match(PUTIN, UKRAINE) is False
    assert actor_match(NOVAK, RUSSIA) is False  # a Russian business executive is not Russia
    index = StoryIndex()
    index.add([mention("a", CALL_A)])
    moscow = "Moscow and Washington held a phone call on Thursday."
    index.add([mention("b", moscow, target=KREMLIN)])
    assert len(index) == 1


def test_source_and_target_swap_only_for_symmetric_families():
    accusation = "Russia accused Ukraine of shelling the plant on Monday."
    counter = "Ukraine accused Russia of shelling the plant on Monday."
    index = StoryIndex()
    index.add([mention("a", accusation, type="ACCUSE", source=RUSSIA, target=UKRAINE)])
    index.add([mention("b", counter, type="ACCUSE", source=UKRAINE, target=RUSSIA)])
    assert len(index) == 2


def test_negated_events_do_not_merge_with_asserted_ones():
    index = StoryIndex()
    index.add([mention("a", CALL_A)])
    index.add([mention("b", CALL_A, modality=("negated",))])
    index.add([mention("c", CALL_A, modality=("reported",))])  # reported-by is no obstacle
    assert sorted(len(s.mentions) for s in index.stories()) == [1, 2]


MINISTRY = Actor(id="ministry", name="Ministry of Ports", kind="government", country="NLD")
FERRYCO = Actor(id="ferryco", name="Nordvik Ferries", kind="organisation", country="NOR")


def test_an_investigation_is_not_the_criticism_of_the_same_company():
    # one ministry, one company, one day, evidence that shares the company and the topic: the
    # ministry's criticism and its probe are two acts (ACCUSE, unmoded vs mode "investigate")
    criticism = "The Ministry of Ports criticised Nordvik Ferries over the capsized ferry."
    probe = "The Ministry of Ports opened an investigation of Nordvik Ferries over the ferry."
    retold = "Nordvik Ferries was criticised by the Ministry of Ports over the ferry disaster."
    kw = {"type": "ACCUSE", "source": MINISTRY, "target": FERRYCO}
    index = StoryIndex()
    index.add([mention("a", criticism, **kw)])
    index.add([mention("b", probe, mode="investigate", **kw)])
    index.add([mention("c", retold, **kw)])
    assert sorted(s.articles for s in index.stories()) == [("a", "c"), ("b",)]


def test_a_curfew_is_not_the_government_dissolved_the_same_day():
    # COERCE: a curfew (mode "curfew") and a dissolution (no mode) of one day are two acts;
    # two reports of the curfew are one
    kw = {"type": "COERCE", "source": MINISTRY, "target": None}
    index = StoryIndex()
    index.add(
        [
            mention(
                "a",
                "The Ministry of Ports imposed a curfew on the harbour towns.",
                mode="curfew",
                **kw,
            )
        ]
    )
    index.add([mention("b", "The Ministry of Ports dissolved the harbour towns' councils.", **kw)])
    index.add(
        [
            mention(
                "c",
                "A curfew on the harbour towns was ordered by the Ministry of Ports.",
                mode="curfew",
                **kw,
            )
        ]
    )
    assert sorted(s.articles for s in index.stories()) == [("a", "c"), ("b",)]


def test_a_meeting_may_be_told_of_a_visit_but_a_visit_is_no_phone_call():
    visit = "Trump's visit to Moscow, where he met Putin on Thursday."
    met = "Trump met Putin in Moscow on Thursday."
    call = "Trump and Putin spoke by phone on Thursday about Moscow."
    index = StoryIndex()
    index.add([mention("a", visit, mode="visit")])
    index.add([mention("b", met)])  # CONSULT's unmoded word: a meeting on the visit
    index.add([mention("c", call, mode="phone")])  # compatible with "met", not with the visit
    assert sorted(s.articles for s in index.stories()) == [("a", "b"), ("c",)]


CRITIC = Actor(id="lena-brook", name="Lena Brook", kind="person", country="NOR", sector="MED")
UNNAMED = Actor(id="columnist", name="columnist", kind="person", sector="MED")


def test_a_shared_target_alone_is_no_evidence_of_one_act_by_one_party():
    # two critiques of one ferry company the same day, one by a named columnist, one by a writer
    # the text does not name: they share the company and the topic but not the party that
    # acted, so they are not one act; two reports of the named columnist's critique are
    named = "Columnist Lena Brook criticised Nordvik Ferries over the capsized ferry."
    unnamed = "A columnist criticised Nordvik Ferries over the capsized ferry on Monday."
    retold = "Lena Brook's column criticised Nordvik Ferries over the capsized ferry."
    kw = {"type": "ACCUSE", "target": FERRYCO}
    index = StoryIndex()
    index.add([mention("a", named, source=CRITIC, **kw)])
    index.add([mention("b", unnamed, source=UNNAMED, **kw)])
    index.add([mention("c", retold, source=CRITIC, **kw)])
    assert sorted(s.articles for s in index.stories()) == [("a", "c"), ("b",)]
    # in a symmetric family either party may be named first or missing: a meeting with the
    # company reported without its other side still joins
    meeting = "The Ministry of Ports met Nordvik Ferries over the capsized ferry on Monday."
    unnamed_meeting = "Officials met Nordvik Ferries over the capsized ferry on Monday."
    consult = StoryIndex()
    consult.add([mention("a", meeting, source=MINISTRY, target=FERRYCO)])
    consult.add([mention("b", unnamed_meeting, source=None, target=FERRYCO)])
    assert len(consult) == 1


def test_dissimilar_evidence_blocks_a_merge_at_the_configured_threshold():
    other = "Officials confirmed the tariff schedule for steel imports."
    index = StoryIndex()
    index.add([mention("a", CALL_A), mention("b", other)])
    assert len(index) == 2
    anything = StoryIndex(MergeConfig(min_evidence_similarity=0.0))
    anything.add([mention("a", CALL_A), mention("b", other)])
    assert len(anything) == 1


def test_two_events_of_one_article_never_share_a_story():
    index = StoryIndex()
    index.add([mention("a", CALL_A, event_id="e1"), mention("a", CALL_A, event_id="e2")])
    index.add([mention("b", CALL_B)])
    assert sorted(len(s.mentions) for s in index.stories()) == [1, 2]


def test_publication_dated_events_match_the_days_before_publication():
    undated = mention("b", CALL_B, date="2025-07-04", basis="published")
    index = StoryIndex()
    index.add([mention("a", CALL_A), undated])
    assert len(index) == 1
    later = dt.date(2025, 7, 20)
    stale = mention("c", CALL_B, date=later.isoformat(), basis="published", published=later)
    index.add([stale])
    assert len(index) == 2


def test_adding_mentions_returns_only_the_stories_they_touched():
    index = StoryIndex()
    index.add([mention("a", CALL_A), mention("x", CALL_A, date="2025-08-20")])
    changed = index.add([mention("b", CALL_B)])
    assert [s.articles for s in changed] == [("a", "b")]


def test_unmoded_distinct_must_name_a_known_family(tmp_path: Path):
    rules = tmp_path / "merge.toml"
    rules.write_text('unmoded_distinct = ["acuse"]\n[families]\naccuse = ["ACCUSE"]\n')
    with pytest.raises(ValueError, match=r"unmoded_distinct names unknown families \['acuse'\]"):
        load_families(rules)


def test_a_bad_rules_file_is_reported_with_its_path(tmp_path: Path):
    rules = tmp_path / "merge.toml"
    rules.write_text('[families]\na = ["AGREE"]\nb = ["AGREE"]\n')
    with pytest.raises(ValueError, match=r"merge\.toml: AGREE is in two families"):
        load_families(rules)


def test_story_events_round_trip_through_json():
    index = StoryIndex()
    (story,) = index.add([mention("a", CALL_A), mention("b", CALL_B)])
    assert type(story).model_validate_json(story.model_dump_json()) == story
    assert dataclasses.is_dataclass(MergeConfig())
