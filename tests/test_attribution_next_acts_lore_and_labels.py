"""Round 36 (session 45): contents that end where the speaker's words end — the speaker's next
cue after a clause whose subject is no one else ("said it was too early ... but added, “...”"),
the writer's label after the words ("..., an offer which was refused"), the one warned before
what he was warned of; and no attribution from a body of knowledge that "says", a vote that
"confirmed" a person, or words anyone could be made to say ("have a player say"). Sentences
written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue


def _cues(found) -> list[str]:
    return [a.cue.text for a in found if a.cue is not None]


def test_the_next_cue_after_an_empty_it_is_no_content() -> None:
    found, _ = attributions_of(
        "Maria Lopez, the party's leader, said it was too early to claim victory but added, "
        '"I think you all know the result."'
    )
    said = by_cue(found, "said")
    assert said.content.text == "it was too early to claim victory"
    added = by_cue(found, "added")
    assert added.content.text.startswith("I think you all know")
    assert added.source is not None and "Maria Lopez" in added.source.text


def test_the_next_cue_after_the_speakers_own_pronoun_is_no_content() -> None:
    found, _ = attributions_of(
        "While the donor did not disclose his plans, he did say he found Smith to be "
        '"very charming" and called his standing in the field "unheard of."'
    )
    say = by_cue(found, "say")
    assert "called" not in say.content.text
    assert "very charming" in say.content.text
    called = by_cue(found, "called")
    assert called.source is not None and called.source.text == "he"


def test_a_participle_after_a_quoted_there_clause_is_the_reporters() -> None:
    found, _ = attributions_of(
        'Marshal Brandt reported to the cabinet "...that there was no chance of winning the '
        'war in the north" saying that the best they could hope for was a truce.'
    )
    reported = by_cue(found, "reported")
    assert "saying" not in reported.content.text
    assert reported.content.text.endswith("war in the north")


def test_a_named_subject_keeps_its_next_deed() -> None:
    # Jones may be the one who called the board a disgrace: more of what Smith said
    found, _ = attributions_of("Smith said Jones had quit and called the board a disgrace.")
    assert by_cue(found, "said").content.text == "Jones had quit and called the board a disgrace"


def test_a_second_clause_of_the_same_pronoun_without_a_cue_stays() -> None:
    found, _ = attributions_of("Ms. Ruiz said she had quit and was looking for work.")
    assert by_cue(found, "said").content.text == "she had quit and was looking for work"


def test_the_writers_label_of_an_offer_is_no_content() -> None:
    found, _ = attributions_of(
        "Using the flood as a pretext, the governor suggested to the mayor that he should "
        "resign and leave the city, an offer which was refused."
    )
    assert by_cue(found, "suggested").content.text == "that he should resign and leave the city"


def test_a_label_before_the_cue_is_the_sources() -> None:
    found, _ = attributions_of(
        "The agency will delay the launch, a move that will cost millions, sources said."
    )
    assert "a move that will cost millions" in by_cue(found, "said").content.text


def test_the_one_warned_is_no_part_of_what_he_was_warned_of() -> None:
    found, _ = attributions_of(
        'In April, the adviser warned the governor of the "danger that we will repeat the '
        'mistakes of the past."'
    )
    content = by_cue(found, "warned").content.text
    assert "governor" not in content
    assert content.startswith('the "danger that we will repeat')
    assert by_cue(found, "warned").mode == "speech"


def test_a_body_of_knowledge_says_nothing() -> None:
    for text in (
        "Environmental ethics says that one major cause of pollution is greed.",
        "Conventional wisdom says that incumbents win.",
        "Common sense tells you that the plan will fail.",
        "Economics says that scale breeds savings, but it makes firms slow.",
    ):
        found, _ = attributions_of(text)
        assert not [a for a in found if a.mode == "speech"], text


def test_a_theory_someone_owns_stays() -> None:
    found, _ = attributions_of("Keynes's theory says that demand drives output.")
    assert "says" in _cues(found)


def test_a_vote_to_confirm_a_person_is_no_attribution() -> None:
    found, _ = attributions_of(
        "The Senate confirmed Jane Doe 65-31 over objections about her record."
    )
    assert "confirmed" not in _cues(found)


def test_a_confirmed_fact_stays() -> None:
    found, _ = attributions_of("Police confirmed that Jane Doe had died.")
    assert by_cue(found, "confirmed").content.text == "that Jane Doe had died"


def test_words_anyone_could_say_are_no_attribution() -> None:
    for text in (
        'The game is more fun when you have a player say "I give up" after every round.',
        'Users can simply say "Alexa, order more paper towels" to buy them.',
    ):
        found, _ = attributions_of(text)
        assert not [
            a for a in found if a.cue is not None and a.cue.text == "say" and a.mode == "speech"
        ], text


def test_words_a_named_speaker_was_made_to_say_stay() -> None:
    found, _ = attributions_of("He had his spokesman say that the deal was off.")
    said = by_cue(found, "say")
    assert said.content.text == "that the deal was off"
    assert said.mode == "speech"


def test_speech_still_to_come_is_a_plan() -> None:
    found, _ = attributions_of(
        "Peru will ask the cartel to raise its export quota by 50,000 barrels a day, deputy "
        "minister Ana Ruiz said."
    )
    assert by_cue(found, "ask").mode == "stance"
    assert by_cue(found, "said").mode == "speech"


def test_a_reason_after_now_that_is_not_what_was_recommended() -> None:
    found, _ = attributions_of(
        "Analyst Tom Hale of Bay Securities said he recommended several airline stocks today "
        "now that it is clear that fuel prices have peaked."
    )
    assert "fuel prices" not in by_cue(found, "recommended").content.text


def test_a_price_charged_is_no_charge_laid() -> None:
    found, _ = attributions_of(
        "Since the opening of the new hotel, the firm has had to start charging interest "
        "expenses directly against income."
    )
    assert "charging" not in _cues(found)
    found, _ = attributions_of("Prosecutors charged that the firm had hidden its losses.")
    assert by_cue(found, "charged").content.text == "that the firm had hidden its losses"


def test_the_one_a_reporter_quoted_says_what_follows() -> None:
    found, _ = attributions_of(
        'Reporter Ana Ruiz quoted an unnamed officer, saying of the village that "it had to be '
        'destroyed to be saved."'
    )
    saying = by_cue(found, "saying")
    assert saying.source is not None and saying.source.text == "an unnamed officer"


def test_a_pages_lead_in_is_no_content() -> None:
    found, _ = attributions_of("In other news, the bridge will reopen next month, the mayor said.")
    assert by_cue(found, "said").content.text == "the bridge will reopen next month"
    found, _ = attributions_of("In other words, the plan failed, the mayor said.")
    assert by_cue(found, "said").content.text == "In other words, the plan failed"


def test_another_persons_gloss_is_no_content() -> None:
    found, _ = attributions_of(
        "Ruiz said the deal was dead, which analysts took to mean the talks had failed."
    )
    assert by_cue(found, "said").content.text == "the deal was dead"
    found, _ = attributions_of("Ruiz said the plan would cut taxes, which critics called a gift.")
    assert by_cue(found, "said").content.text == "the plan would cut taxes"
