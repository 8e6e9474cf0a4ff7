"""Session 56 (events, parties and types): authorities permitting rallies, protests or marches
ease a restriction (RETREAT, mode "ease"), they agree to nothing with another party; a march
"on", "to" or "towards" a body's building addresses the building's owner, as a protest outside
it does (a presidential palace: the president the article names); an act of force told in the
passive without its doer is laid on the police, troops or security forces the sentence before
tells deployed, or on the one the paragraph names as the attacker ("the alleged gunman, Daniel
Whitcombe", "has been charged with their murder"): a private person, whose shooting the trust
gate then drops as it drops "Daniel Whitcombe shot two people". Guards keep a permit of another
thing, a march to a palace with no president named, a march to a square, a body that only
reports, troops that withdrew and a suspect only questioned. A titled surname ("then-Secretary
Harwick") is not the full-named kin the sentence after names ("His daughter, Emily Harwick");
a guard keeps a secretary named in full before her title and surname. An act told again by a
noun in the sentence after is done by that noun's doer ("the detentions were carried out by
Valdoria's security forces", "the detentions by ..."), not by one who judges it ("were condemned
by"). Every sentence is written for
these tests (invented people, places and states)."""

import datetime as dt

from tests.stages import all_events_of, coded_events, event_parties

PUBLISHED = dt.date(2026, 3, 2)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


def _types(text: str, trigger: str) -> list[str]:
    return [t for t, _, _, word in coded_events(text, PUBLISHED) if word == trigger]


# rallies permitted


def test_authorities_permitting_opposition_rallies_ease_a_restriction():
    text = (
        "Authorities in Velmora permitted opposition rallies on Sunday for the first time in "
        "a decade."
    )
    assert _types(text, "permitted") == ["RETREAT"]


def test_a_governor_allowing_protests_eases_a_restriction():
    text = "The governor of Orvaska allowed protests outside the assembly on Monday."
    assert "AGREE" not in _types(text, "allowed")


def test_a_permit_of_another_thing_is_no_easing():  # guard: not a gathering
    text = "The Kestrian government permitted the export of grain to Valdoria on Monday."
    assert "RETREAT" not in _types(text, "permitted")


# a march to a building


def test_a_march_on_the_presidential_palace_is_against_the_president_named():
    text = (
        "President Ivo Dren has ruled Valdoria for twenty years. On Sunday thousands of "
        "protesters marched on the presidential palace in Velmora."
    )
    assert _parties(text, "marched") == [("thousands of protesters", "Ivo Dren")]


def test_a_march_towards_the_presidential_palace_is_against_the_president_named():
    text = (
        "President Ivo Dren has ruled Valdoria for twenty years. On Sunday thousands of "
        "protesters marched towards the presidential palace, demanding new elections."
    )
    assert [t for _, t in _parties(text, "marched")] == ["Ivo Dren"]


def test_a_march_on_a_palace_with_no_president_named_keeps_no_target():  # guard
    text = "On Sunday thousands of protesters marched on the presidential palace in Velmora."
    assert [t for _, t in _parties(text, "marched")] in ([None], [])


def test_a_march_to_a_square_keeps_no_target():  # guard: a place, no one's building
    text = (
        "President Ivo Dren has ruled Valdoria for twenty years. On Sunday thousands of "
        "protesters marched to Liberty Square in Velmora."
    )
    assert [t for _, t in _parties(text, "marched")] in ([None], [])


# the doer of an act of force, told deployed before it


def test_protesters_beaten_after_security_forces_were_deployed_are_beaten_by_them():
    text = (
        "Security forces were deployed around Liberty Square in Velmora on Tuesday. Dozens of "
        "protesters were beaten and several were detained."
    )
    assert _parties(text, "beaten") == [("Security forces", "Dozens of protesters")]


def test_students_shot_after_the_army_deployed_troops_are_shot_by_the_army():
    text = (
        "The army deployed troops in Velmora on Tuesday. Two students were shot dead near the "
        "university."
    )
    assert [s for s, _ in _parties(text, "shot")] == ["army"]


def test_a_body_that_only_reports_is_no_doer():  # guard
    text = (
        "Police said Liberty Square was calm on Tuesday. Two students were shot dead near the "
        "university."
    )
    assert [s for s, _ in _parties(text, "shot")] == [None]


def test_troops_that_withdrew_are_no_doer():  # guard: not deployed
    text = "Troops withdrew from Orvaska on Tuesday. Two men were shot dead near the market."
    assert [s for s, _ in _parties(text, "shot")] == [None]


# the attacker the paragraph names after an agentless shooting


def _doers(text: str, trigger: str) -> list[str | None]:
    return [e.source for e in all_events_of(text, PUBLISHED) if e.trigger.text == trigger]


def test_a_shooting_is_done_by_the_alleged_gunman_named_after_it():
    text = (
        "Two people were shot dead at the Norbury market on Saturday. Police arrested the "
        "alleged gunman, Daniel Whitcombe, on Sunday."
    )
    assert _doers(text, "shot") == ["daniel-whitcombe"]


def test_a_shooting_is_done_by_the_one_charged_with_the_murder():
    text = (
        "Two people were shot dead on Saturday. Daniel Whitcombe, 34, has been charged with "
        "their murder."
    )
    assert _doers(text, "shot") == ["daniel-whitcombe"]


def test_a_private_gunmans_shooting_is_dropped_as_its_active_telling_is():
    passive = (
        "Two people were shot dead at the Norbury market on Saturday. Police arrested the "
        "alleged gunman, Daniel Whitcombe, on Sunday."
    )
    active = "Daniel Whitcombe shot two people dead at the Norbury market on Saturday."
    assert _types(passive, "shot") == _types(active, "shot") == []


def test_a_suspect_only_questioned_is_no_doer():  # guard
    text = (
        "Two people were shot dead at the Norbury market on Saturday. Police questioned a "
        "neighbour, Daniel Whitcombe, on Sunday."
    )
    assert _doers(text, "shot") == [None]


def test_soldiers_shot_are_shot_by_the_attacker_the_army_names():
    text = (
        "Two soldiers were shot dead at a checkpoint near Port Selva on Friday. The army said "
        "the attacker, Omar Haddal, was a commander of the Selva Liberation Front."
    )
    assert _doers(text, "shot") == ["omar-haddal"]


# a then-office-holder's surname and a relative named after


def test_a_then_secretary_is_not_the_daughter_named_in_the_sentence_after():
    text = (
        "The report said then-Secretary Harwick criticized Valdoria in 2012. His daughter, "
        "Emily Harwick, now runs the family foundation."
    )
    assert _doers(text, "criticized") == [None]


def test_a_then_secretary_is_not_the_daughter_called_by_her_name_first():
    text = (
        "The report said then-Secretary Harwick criticized Valdoria in 2012. Emily Harwick, his "
        "daughter, now runs the family foundation."
    )
    assert _doers(text, "criticized") == [None]


def test_a_secretary_named_in_full_before_keeps_her_name():  # guard: no kin named
    text = (
        "Secretary of State Emily Harwick arrived in Velmora on Monday. Secretary Harwick "
        "criticized Valdoria over the border dispute."
    )
    assert _doers(text, "criticized") == ["emily-harwick"]


# the doer of an act a later sentence names again


def test_detentions_carried_out_by_security_forces_the_next_sentence_names():
    text = (
        "Five journalists were detained in Velmora on Monday. Rights groups said the detentions "
        "were carried out by Valdoria's security forces."
    )
    assert _parties(text, "detained") == [("security forces", "Five journalists")]


def test_detentions_by_security_forces_named_again_as_a_noun():
    text = (
        "Five journalists were detained in Velmora on Monday. The detentions by Valdoria's "
        "security forces drew protests from rights groups."
    )
    assert [s for s, _ in _parties(text, "detained")] == ["security forces"]


def test_killings_carried_out_by_rebels_the_army_names():
    text = (
        "Three villagers were killed in Orvaska on Monday. The army said the killings were "
        "carried out by rebels."
    )
    assert [s for s, _ in _parties(text, "killed")] == ["rebels"]


def test_detentions_condemned_by_a_party_are_not_done_by_it():  # guard: a judge, no doer
    text = (
        "Five journalists were detained in Velmora on Monday. The detentions were condemned by "
        "Valdoria's opposition."
    )
    assert [s for s, _ in _parties(text, "detained")] == [None]
