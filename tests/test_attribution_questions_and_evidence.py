"""Speech that was not made and sources that are no speakers: a cue in a question of whether
someone speaks ("Will his father tell the school ...?") or under a causative that is only an
infinitive ("to have a coach say ...") reports no words said; records, polls and e-mails that
"suggest" give evidence, not speech; a dateline's place in capitals before a colon is where a
story was filed, not who speaks; reports someone "has not confirmed" are not theirs; a name
given in a relative clause ("videos he calls “...”") is no statement; a quotation a colon
introduces after another cue ("said as the heckler yelled: “...”") is that cue's. The sentences
are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_content


def test_a_question_of_whether_someone_will_speak_reports_nothing_said():
    found, _ = attributions_of("Will his father tell the school that the boy was sick?\n")
    assert by_content(found, "the boy was sick").mode == "stance"


def test_a_question_of_whether_someone_spoke_reports_nothing_said():
    found, _ = attributions_of("Did the mayor say the budget was balanced? She did not.\n")
    assert by_content(found, "budget was balanced").mode == "stance"


def test_a_question_that_takes_the_saying_as_given_stays_speech():
    found, _ = attributions_of("Why did the minister say the roads are safe?\n")
    assert by_content(found, "roads are safe").mode == "speech"


def test_a_statement_before_a_question_stays_speech():
    found, _ = attributions_of("The mayor said the budget was balanced. Was it?\n")
    assert by_content(found, "budget was balanced").mode == "speech"


def test_what_is_asked_whether_someone_said_is_not_said():
    text = "The reporters asked whether the mayor had said the budget was balanced.\n"
    found, _ = attributions_of(text)
    inner = next(a for a in found if a.cue.text == "said")
    assert inner.mode == "stance"
    assert next(a for a in found if a.cue.text == "asked").mode == "speech"


def test_speech_someone_is_only_imagined_made_to_give_is_not_said():
    found, _ = attributions_of("It would be easy to have a coach say the team is ready.\n")
    assert by_content(found, "team is ready").mode == "stance"


def test_speech_someone_was_had_to_give_is_said():
    found, _ = attributions_of("He had his aide say that the meeting was cancelled.\n")
    assert by_content(found, "meeting was cancelled").mode == "speech"


def test_records_that_suggest_are_evidence_even_at_the_start_of_a_sentence():
    text = "Records obtained by the newspaper suggested the agency had ignored the warnings.\n"
    found, _ = attributions_of(text)
    assert by_content(found, "ignored the warnings").mode == "stance"


def test_polls_that_suggest_are_evidence():
    found, _ = attributions_of("Polls suggest the governor will win easily.\n")
    assert by_content(found, "win easily").mode == "stance"


def test_people_who_suggest_still_speak():
    found, _ = attributions_of("The engineers suggested the bridge was unsafe.\n")
    assert by_content(found, "bridge was unsafe").mode == "speech"


def test_a_dateline_before_a_quotation_is_no_speaker():
    text = "NEW DELHI: “The talks are over and we have nothing more to add.”\n"
    found, _ = attributions_of(text)
    assert not any(a.source is not None and "DELHI" in a.source.text for a in found)


def test_a_dateline_before_a_sentence_is_no_speaker():
    text = "PORT-AU-PRINCE: Aid workers are struggling to reach the villages.\n"
    found, _ = attributions_of(text)
    assert not any(a.source is not None and "PRINCE" in a.source.text for a in found)


def test_a_transcript_speaker_in_capitals_still_speaks():
    text = "GOV. ANA MORALES: We have opened the roads and the schools are running again.\n"
    found, _ = attributions_of(text)
    assert by_content(found, "opened the roads").source.text == "GOV. ANA MORALES"


def test_reports_someone_has_not_confirmed_are_not_their_words():
    text = "The ministry has not confirmed reports that the general was arrested.\n"
    found, _ = attributions_of(text)
    assert all(a.source is None or "ministry" not in a.source.text for a in found)


def test_reports_someone_confirmed_stay_their_words():
    text = "The ministry confirmed reports that the general was arrested.\n"
    found, _ = attributions_of(text)
    assert any(a.source is not None and a.source.text == "The ministry" for a in found)


def test_a_name_given_in_a_relative_clause_is_no_statement():
    text = (
        "In his early clips, Omar Diaz wears a tie in videos he calls “Shopper Watch,” "
        "warning viewers that sugar is “ruining the country.”\n"
    )
    found, _ = attributions_of(text)
    assert by_content(found, "Shopper Watch").mode == "stance"
    assert by_content(found, "ruining the country").mode == "speech"


def test_a_shout_after_a_colon_is_the_shouters_not_the_one_quoted_before():
    text = (
        "“Apparently there is a young man with some problems,” Ortiz said as the heckler "
        "yelled: “You are a fraud!”\n"
    )
    found, _ = attributions_of(text)
    shout = by_content(found, "fraud")
    assert shout.source.text == "the heckler"
    assert "fraud" not in by_content(found, "young man").content.text


def test_what_a_relative_clause_calls_for_stays_speech():
    text = "Both parties adopted planks that call for the return of the old banking law.\n"
    found, _ = attributions_of(text)
    assert by_content(found, "old banking law").mode == "speech"
