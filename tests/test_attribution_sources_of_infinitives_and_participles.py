"""Round 30: who speaks when the cue is an infinitive of purpose ("went on to explain"), a
participle or an infinitive on a noun ("voters saying ...", "mounted a campaign to condemn
..."), a statement noun after "with" ("toured the region with plans to ..."); a relative
clause that reports speech of its own is no part of a source; "called X Y" in two more parses.
Sentences written for these tests (invented names)."""

from __future__ import annotations

from tests.stages import attributions_of, by_content, by_cue


def test_an_infinitive_of_purpose_takes_the_main_verbs_subject() -> None:
    found, _ = attributions_of(
        "Governor Halvorsen went on to explain that the bridge would reopen in the spring."
    )
    report = by_cue(found, "explain")
    assert report.source is not None and report.source.text == "Governor Halvorsen"
    assert report.content.text == "that the bridge would reopen in the spring"


def test_a_meeting_called_to_discuss_is_discussed_by_who_called_it() -> None:
    found, _ = attributions_of(
        "Mayor Okonjo held a long press briefing on Friday to insist that the budget was balanced."
    )
    report = by_cue(found, "insist")
    assert report.source is not None and report.source.text == "Mayor Okonjo"


def test_a_perfect_participle_takes_the_main_subject() -> None:
    found, _ = attributions_of(
        "Having announced that the mill would close, the owner Lena Brandt left the town."
    )
    report = by_cue(found, "announced")
    assert report.source is not None and report.source.text == "the owner Lena Brandt"


def test_a_participle_on_a_noun_takes_the_noun() -> None:
    found, _ = attributions_of(
        "Several ads showing that the senator had missed votes ran in the spring."
    )
    report = by_cue(found, "showing")
    assert report.source is not None and report.source.text == "Several ads"
    assert report.content.text == "that the senator had missed votes"


def test_a_share_saying_keeps_its_whole_phrase() -> None:
    found, _ = attributions_of(
        "The survey found a third of farmers saying they would sell their land within a year."
    )
    report = by_cue(found, "saying")
    assert report.source is not None and report.source.text == "a third of farmers"


def test_a_statement_participle_still_takes_whoever_gave_the_statement() -> None:
    found, _ = attributions_of(
        "The ferry company released a statement saying the crossings would resume on Monday."
    )
    report = by_cue(found, "saying")
    assert report.source is not None and report.source.text == "The ferry company"


def test_an_infinitive_on_an_object_noun_is_done_by_the_subject() -> None:
    found, _ = attributions_of(
        "Ms. Varga has mounted a fierce public campaign to condemn the harbour plan."
    )
    report = by_cue(found, "condemn")
    assert report.source is not None and report.source.text == "Ms. Varga"


def test_an_infinitive_on_a_possessed_noun_is_the_possessors() -> None:
    found, _ = attributions_of(
        "Officials regretted the province's refusal to condemn the raid on the camp."
    )
    report = by_cue(found, "condemn")
    assert report.source is not None and report.source.text == "the province's"


def test_a_statement_noun_after_with_is_the_subjects() -> None:
    found, _ = attributions_of(
        "Senator Ibarra toured the northern valleys last week, with plans to return in June."
    )
    report = by_cue(found, "plans")
    assert report.source is not None and report.source.text == "Senator Ibarra"
    assert report.content.text == "to return in June"


def test_a_statement_noun_after_with_a_negated_verb_has_no_holder() -> None:
    found, _ = attributions_of("Senator Ibarra did not come with any plans to cut the rail budget.")
    plans = [a for a in found if a.cue is not None and a.cue.text == "plans"]
    assert all(a.source is None for a in plans)


def test_a_relative_clause_reporting_speech_is_no_part_of_the_source() -> None:
    found, _ = attributions_of(
        "Tomas Reyes, who said last year that the port was too small, said the new quay "
        "would change everything."
    )
    report = by_content(found, "the new quay would change everything")
    assert report.source is not None and report.source.text == "Tomas Reyes"


def test_a_relative_clause_that_reports_nothing_stays_in_the_source() -> None:
    found, _ = attributions_of(
        "Tomas Reyes, who runs the ferry line, said the new quay would change everything."
    )
    report = by_content(found, "the new quay would change everything")
    assert report.source is not None
    assert report.source.text == "Tomas Reyes, who runs the ferry line"


def test_called_x_y_with_the_name_read_as_an_apposition() -> None:
    found, _ = attributions_of("Okafor called her fallen nephew her hero before explaining why.")
    report = by_cue(found, "called")
    assert report.content.text == "her fallen nephew her hero"
    assert report.source is not None and report.source.text == "Okafor"


def test_calls_x_y_with_the_name_read_as_the_predicates_subject() -> None:
    found, _ = attributions_of("Brandt calls Lindqvist unqualified; the party is split.")
    report = by_cue(found, "calls")
    assert report.content.text == "Lindqvist unqualified"


def test_called_with_a_comma_is_no_naming() -> None:
    found, _ = attributions_of("Ms. Adeyemi called her brother, a fisherman, on Sunday.")
    assert not any(a.cue is not None and a.cue.text == "called" for a in found)


def test_the_right_to_ask_is_no_one_asking() -> None:
    found, _ = attributions_of("Under the accord, Greece has the right to ask for a suspension.")
    asked = [a for a in found if a.cue is not None and a.cue.text == "ask"]
    assert all(a.source is None for a in asked)


def test_a_purpose_set_before_its_verb_borrows_no_speaker() -> None:
    found, _ = attributions_of("To call the mission a success, crews will need to seal the well.")
    called = [a for a in found if a.cue is not None and a.cue.text == "call"]
    assert all(a.source is None for a in called)


def test_a_purpose_hung_on_an_embedded_question_borrows_no_speaker() -> None:
    found, _ = attributions_of(
        "Rinehart did not say whether the pipes were safe, except to say that the company had "
        "many miles of them."
    )
    said = [a for a in found if a.cue is not None and a.cue.text == "say" and a.source]
    assert all(a.source.text != "the pipes" for a in said)


def test_a_purpose_inside_a_report_leaves_the_pronoun_chain_alone() -> None:
    found, _ = attributions_of(
        "Tony Marsh, the firm's chief executive, said the cleanup was going well. "
        "Boats were skimming oil from the surface, he added. "
        "Some 3,000 volunteers were being paid to help defend the beaches, he said."
    )
    last = by_content(found, "Some 3,000 volunteers")
    assert last.speaker is not None
