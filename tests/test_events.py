import datetime as dt

import pytest

from dateline.event_lexicon import QUAD_CLASSES, LexiconError, load_lexicon, parse_lexicon
from dateline.events.relation import choose_trigger
from dateline.language import parse
from dateline.model import Article
from dateline.pipeline import read

# how the coder reads a clause, before the trust gate judges it (tests/test_events_trust.py)
pytestmark = pytest.mark.usefixtures("without_trust_gate")


def events_of(text: str, published: dt.date = dt.date(2026, 3, 6)):  # a Friday
    reading = read(Article(id="t", text=text, published=published))
    return reading, reading.events


def only(events, event_type):
    (event,) = [e for e in events if e.type == event_type]
    return event


def test_a_phone_call_is_a_consult_dated_by_its_weekday():
    reading, events = events_of("President Lena Varga called Chancellor Otto Brandt on Thursday.")
    call = only(events, "CONSULT")
    assert (call.mode, call.date, call.date_basis) == ("phone", "2026-03-05", "timex")
    assert reading.actor(call.source).name == "Lena Varga"
    assert reading.actor(call.target).name == "Otto Brandt"


def test_an_event_without_a_date_falls_back_to_publication_and_says_so():
    _, events = events_of("Germany criticized France.")
    event = only(events, "ACCUSE")
    assert (event.date, event.date_basis) == ("2026-03-06", "published")


def test_negated_and_future_events_are_marked():
    _, events = events_of("Germany did not attack France. Germany will meet France next week.")
    assert "negated" in only(events, "ASSAULT").modality
    assert "future" in only(events, "CONSULT").modality


def test_a_hypothetical_event_is_marked_and_sanctions_are_sanction():
    _, events = events_of("The European Union could sanction Russia if the attacks resume.")
    assert "hypothetical" in only(events, "SANCTION").modality


def test_a_noun_event_takes_the_nationality_as_source_and_is_historical_when_long_past():
    reading, events = events_of("The Russian invasion of Ukraine that started in 2022 goes on.")
    invasion = only(events, "ASSAULT")
    assert reading.actor(invasion.source).country == "RUS"
    assert reading.actor(invasion.target).country == "UKR"
    assert invasion.date == "2022" and "historical" in invasion.modality


def test_an_event_inside_reported_speech_points_to_its_attribution():
    reading, events = events_of("Officials said that Germany met France on Monday.")
    meeting = only(events, "CONSULT")
    assert "reported" in meeting.modality
    assert meeting.attribution in {a.id for a in reading.attributions}


def test_evidence_offsets_point_at_the_article_text():
    reading, events = events_of("Egypt hosted talks between Israel and Hamas in Cairo on Monday.")
    for event in events:
        assert (
            reading.article.text[event.evidence.start : event.evidence.end] == event.evidence.text
        )


def test_the_lexicon_reads_modes_and_prepositions():
    lexicon = parse_lexicon(
        {
            "target_preps": ["with"],
            "CONSULT": {
                "class": "verbal-cooperation",
                "verbs": ["call/phone", "speak with"],
                "nouns": ["talks"],
            },
        }
    )
    assert lexicon.verbs["call"].mode == "phone"
    assert lexicon.verbs["speak with"].type == "CONSULT"
    assert lexicon.nouns["talks"].mode is None


def test_the_shipped_lexicon_covers_every_plover_type():
    types = {t.type for t in load_lexicon().verbs.values()} | {
        t.type for t in load_lexicon().nouns.values()
    }
    assert len(types) == 16


def test_a_word_listed_under_two_types_is_rejected_with_the_entry_named():
    with pytest.raises(LexiconError, match="'attack' is already listed under ASSAULT"):
        parse_lexicon(
            {
                "ASSAULT": {"class": "material-conflict", "verbs": ["attack"]},
                "ACCUSE": {"class": "verbal-conflict", "verbs": ["attack"]},
            }
        )


def test_a_type_without_a_quad_class_is_rejected():
    with pytest.raises(LexiconError, match=r"\[AGREE\]: class None"):
        parse_lexicon({"AGREE": {"verbs": ["agree"]}})


def test_every_shipped_type_has_a_quad_class_and_contexts_are_loaded():
    lexicon = load_lexicon()
    assert set(lexicon.quad_class.values()) == set(QUAD_CLASSES)
    assert lexicon.contexts["troops"] == "military"


def test_later_mentions_of_one_call_are_one_event_with_every_mention():
    _, events = events_of("Germany called France on Monday. The call lasted an hour.")
    (call,) = events
    assert call.type == "CONSULT" and len(call.mentions) == 2
    assert call.mentions[0] == call.evidence
    assert call.mentions[1].text.startswith("The call")


def test_mentions_with_different_dates_stay_apart():
    text = "Germany met France on Monday. Germany met France in January."
    _, events = events_of(text)
    assert sorted(e.date for e in events) == ["2026-01", "2026-03-02"]


def test_a_light_verb_codes_its_event_noun_once():
    reading, events = events_of("Germany launched an attack on France.")
    (attack,) = events
    assert attack.type == "ASSAULT" and attack.trigger.text == "attack"
    assert reading.actor(attack.target).name == "France"


def test_a_refused_cooperation_is_a_reject():
    _, events = events_of("Germany refused to release the prisoners.")
    assert [e.type for e in events] == ["REJECT"]


def test_an_event_before_another_takes_its_date_and_says_so():
    text = (
        "President Lena Varga met Chancellor Otto Brandt on Monday. "
        "Lena Varga spoke with business leaders before her meeting with Otto Brandt."
    )
    _, events = events_of(text)
    spoke = next(e for e in events if e.trigger.text == "spoke")
    assert (spoke.date, spoke.date_basis) == ("2026-03-02", "event")


def test_they_takes_the_pair_last_named_together_in_the_order_of_an_earlier_event():
    text = (
        "Germany called France on Monday. "
        "The last time France and Germany spoke, in May, they discussed tariffs."
    )
    reading, events = events_of(text)
    discussed = next(e for e in events if e.trigger.text == "discussed")
    assert reading.actor(discussed.source).name == "Germany"
    assert reading.actor(discussed.target).name == "France"
    assert discussed.date == "2025-05"


def test_an_undated_event_takes_its_paragraph_reference_date():
    text = "Germany on Monday accused France of spying. Germany also expelled two French envoys."
    _, events = events_of(text)
    expelled = next(e for e in events if e.trigger.text == "expelled")
    assert (expelled.date, expelled.date_basis) == ("2026-03-02", "context")


def test_a_place_is_resolved_to_its_country():
    _, events = events_of("Israel and Hamas held talks in Paris on Monday.")
    talks = only(events, "CONSULT")
    assert (talks.location, talks.location_country) == ("Paris", "FRA")


def test_contexts_come_from_the_clause():
    _, events = events_of("Germany deployed troops to the border with Poland.")
    event = only(events, "MOBILIZE")
    assert event.mode == "troops" and "military" in event.contexts


def test_a_relation_between_given_actors_is_coded_by_its_governing_trigger():
    doc = parse("Russia refused to lift the sanctions on Georgia.")
    coded = choose_trigger(doc[:], doc[0:1], doc[7:8], load_lexicon())
    assert (coded.token.text, coded.trigger.type) == ("refused", "REJECT")


def test_an_intention_to_cooperate_is_an_agree_for_a_single_sentence():
    doc = parse("Japan will provide loans to Kenya.")
    coded = choose_trigger(doc[:], doc[0:1], doc[5:6], load_lexicon())
    assert coded.trigger.type == "AGREE"


def test_a_role_with_no_actor_keeps_its_phrase():
    _, events = events_of("The police arrested a 20-year-old man in Lagos.")
    arrest = only(events, "COERCE")
    assert arrest.target_phrase.text == "a 20-year-old man in Lagos"
    assert arrest.location == "Lagos"


def test_a_noun_event_prefers_a_directed_object_to_its_theme():
    reading, events = events_of("Officials discussed Germany's deployment of troops to Poland.")
    deployment = only(events, "MOBILIZE")
    assert reading.actor(deployment.source).name == "Germany"
    assert reading.actor(deployment.target).name == "Poland"


def test_a_possible_event_is_hypothetical_and_a_planned_one_future():
    _, events = events_of("A possible attack by Germany on France worried Poland.")
    assert "hypothetical" in only(events, "ASSAULT").modality
    _, events = events_of("Germany's planned deployment of troops to Poland alarmed Russia.")
    assert "future" in only(events, "MOBILIZE").modality


def test_an_unresolved_it_in_reported_speech_is_the_speaker():
    reading, events = events_of("Germany said it would not attack France.")
    attack = only(events, "ASSAULT")
    assert reading.actor(attack.source).name == "Germany"
    assert {"negated", "reported"} <= set(attack.modality)


def test_a_clause_conjoined_to_a_mention_of_the_same_meeting_joins_it():
    text = "Germany and France met on Monday. They met again on Tuesday, and they discussed it."
    _, events = events_of(text)
    assert [(e.date, len(e.mentions)) for e in events] == [("2026-03-02", 1), ("2026-03-03", 2)]


def test_the_of_object_of_an_event_noun_is_not_a_second_event():
    _, events = events_of("Germany noted France's approval of the proposal on Monday.")
    approval = only(events, "AGREE")
    assert len(approval.mentions) == 1 and approval.trigger.text == "approval"


def test_a_later_line_is_narrated_at_the_story_s_time_until_it_turns_to_the_past():
    text = (
        "Germany accused France of spying on Monday, in a statement released by the foreign "
        "ministry in Berlin after a long meeting.\n"
        "Germany also expelled two French envoys, according to officials who spoke to reporters "
        "after the announcement in the capital.\n"
        "In 2019 the two countries signed a treaty of friction.\n"
        "Germany threatened France."
    )
    _, events = events_of(text)
    expelled = next(e for e in events if e.trigger.text == "expelled")
    assert (expelled.date, expelled.date_basis) == ("2026-03-02", "context")
    threatened = next(e for e in events if e.trigger.text == "threatened")
    assert "the story turned to an earlier time" in threatened.decided_by
