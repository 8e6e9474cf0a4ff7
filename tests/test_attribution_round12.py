"""Attribution round 12: contents that hold their own cue and speaker ("what he calls ..."),
questions of degree ("how sad she was"), speech still to come, titles after a label, a next cue
or the writer's "according to" after a content, a wire dateline before it, claims answered by
someone other than the one who made them, and captions of media links. The sentences are
written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of


def _shown(text: str):
    """What the default view shows: speech with someone to show as its speaker."""
    found, _ = attributions_of(text)
    return [a for a in found if a.mode == "speech" and not a.unresolved]


# -- not what was said ---------------------------------------------------------------------------


def test_a_name_given_through_a_relative_word_is_not_shown():
    for text in (
        'The mayor railed against what he calls the "downtown clique" on Tuesday.\n',
        "The port plan allowed for a spill, which the filing described as a loss of 2,000 "
        "barrels a day.\n",
        "The union leader slammed what she called a betrayal of the workers.\n",
    ):
        shown = _shown(text)
        assert not any(a.content.text.lower().startswith(("what", "which")) for a in shown), text


def test_a_free_relative_that_is_said_stays_speech():
    shown = _shown("Fields said what she wanted was an apology.\n")
    assert [a.content.text for a in shown] == ["what she wanted was an apology"]


def test_a_question_of_degree_is_what_the_words_were_about():
    text = (
        "Dana Fields, a ferry pilot, wept as she tried to explain how sad she was that her "
        "children might never see the island.\n"
    )
    assert not any("how sad" in a.content.text for a in _shown(text))


def test_speech_still_to_come_is_not_shown():
    text = "Critics are going to start asking whether the council moved too fast.\n"
    found, _ = attributions_of(text)
    asked = [a for a in found if "council" in a.content.text]
    assert asked and all(a.mode == "stance" for a in asked)
    # speech that was made stays speech
    assert _shown("Critics asked whether the council moved too fast.\n")


def test_speech_only_weighed_is_not_shown():
    for text in (
        "It would be awkward for the party to say that the plan had worked.\n",
        "The vote was a chance for the smug to claim the mayor had lost.\n",
    ):
        assert not _shown(text), text
    assert _shown("The minister was quick to say that no one had been hurt.\n")


def test_a_title_after_a_label_says_nothing():
    text = (
        "Rates rise again\n\n"
        "The Harbour Gazette said on Monday that the bank would act .\n\n"
        "The Harbour Gazette's Morning Briefing: The high price of waiting.\n"
    )
    assert not any("waiting" in a.content.text for a in _shown(text))
    # a label before a statement still names its speaker
    text = text.replace("The high price of waiting", "The bank could act within weeks")
    assert any("within weeks" in a.content.text for a in _shown(text))


def test_a_caption_of_a_media_link_is_furniture():
    text = (
        "Storm reaches the coast\n\n"
        "Mayor Ana Ruiz said on Monday the storm had reached the coast .\n\n"
        "Ana Ruiz : ` Nobody has been hurt so far ' Link to this audio The storm has damaged "
        "300 homes and cut power to the town .\n"
    )
    assert not any("hurt" in a.content.text for a in _shown(text))
    assert any("reached the coast" in a.content.text for a in _shown(text))


# -- contents cut to what was said ---------------------------------------------------------------


def test_a_next_cue_after_the_content_is_not_part_of_it():
    text = (
        "Ruiz said she had seen the report at the depot, arguing that the board should act "
        "before the winter.\n"
    )
    (said,) = [a for a in _shown(text) if a.cue.text == "said"]
    assert said.content.text == "she had seen the report at the depot"


def test_a_participle_hung_on_the_reported_clause_is_the_reporter_s():
    text = (
        "Berg said the flood has been bad for the mayor's image, accusing the mayor of siding "
        "with the builders.\n"
    )
    shown = _shown(text)
    (accusing,) = [a for a in shown if a.cue.text == "accusing"]
    assert accusing.source.text == "Berg"
    (said,) = [a for a in shown if a.cue.text == "said"]
    assert said.content.text == "the flood has been bad for the mayor's image"
    # a participle after a clause whose subject is someone goes on with that someone
    text = (
        "The ministry released a statement saying that Berg had praised the town during his "
        "visit, calling it a jewel.\n"
    )
    (calling,) = [a for a in _shown(text) if a.cue.text == "calling"]
    assert calling.source.text == "Berg"


def test_a_cue_conjoined_inside_a_reported_clause_about_a_thing_is_the_reporter_s():
    text = "Ruiz said the mine would close in May and added that the workers would be paid.\n"
    shown = _shown(text)
    (added,) = [a for a in shown if a.cue.text == "added"]
    assert added.source.text == "Ruiz"
    (said,) = [a for a in shown if a.cue.text == "said"]
    assert said.content.text == "the mine would close in May"
    text = (
        "Ruiz pushed back on those claims Thursday, saying that the plan had the right parts "
        "but was sunk by voter distrust - and arguing that she and Berg shared most of the "
        "same views on housing.\n"
    )
    (arguing,) = [a for a in _shown(text) if a.cue.text == "arguing"]
    assert arguing.source.text == "Ruiz"
    # after a clause about someone, the conjoined cue is that someone's
    found, _ = attributions_of("Ruiz said Berg was tired and called the vote a farce.\n")
    (called,) = [a for a in found if a.cue.text == "called"]
    assert called.source.text == "Berg"


def test_the_writers_according_to_after_a_report_is_not_part_of_it():
    text = (
        "The council leader said the bridge would reopen in May, according to the Harbour "
        "Gazette.\n"
    )
    (said,) = [a for a in _shown(text) if a.cue is not None and a.cue.text == "said"]
    assert said.content.text == "the bridge would reopen in May"


def test_a_wire_dateline_is_no_part_of_the_content():
    text = (
        "Drug makers on track for vaccine\n"
        "LONDON , May 4 -LRB- Reuters -RRB- - Drug makers will have a vaccine ready by the "
        "autumn , company officials said on Monday .\n"
    )
    (said,) = _shown(text)
    assert said.content.text == "Drug makers will have a vaccine ready by the autumn"


# -- speakers ------------------------------------------------------------------------------------


def test_a_claim_turned_down_is_not_the_claim_of_the_one_turning_it_down():
    for text in (
        "The mining firm also rejected reports that it had knowingly sold faulty pumps.\n",
        "The minister denied the claim that she had been paid by the builders.\n",
    ):
        found, _ = attributions_of(text)
        claims = [a for a in found if a.cue is not None and a.cue.text in ("reports", "claim")]
        assert claims and all(a.source is None and a.unresolved for a in claims), text


def test_a_promise_made_is_the_maker_s():
    found, _ = attributions_of("The mayor made a promise that the pool would reopen.\n")
    (promise,) = [a for a in found if a.cue.text == "promise"]
    assert promise.source.text == "The mayor"
