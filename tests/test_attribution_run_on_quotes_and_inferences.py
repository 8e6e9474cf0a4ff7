"""Session 55 (issue 17): what was said, and whether it was said at all. A quotation in
tokenized text (one sentence a line, `` and '' for its marks) that has not closed goes on
over its lines and its reopened paragraphs; a figure from estimates no one is said to own,
and what someone only "seemed to suggest", are no attributions; a "that" clause opens with
its "that" (not with the show and the day the parser hung on it). The people, places and
bodies are made up for these tests."""

from __future__ import annotations

from dateline.text.quotemarks import quoted_spans
from tests.stages import attributions_of, by_content


def _contents(text: str) -> list[str]:
    found, _ = attributions_of(text)
    return [a.content.text for a in found]


def _holds(text: str, words: str) -> bool:
    return any(words in content for content in _contents(text))


# -- a tokenized quotation that has not closed goes on ------------------------------------------

# (lines longer than a wire's width: a sentence a line, as the tokenized corpora have them)
_RELIEF = (
    "Some of the best known bands of Norvik are teaming up with the organisers of the Larsk "
    "summer festival to raise money for the flood .\n"
    "The auction of the bands ' instruments and signed jackets runs for ten days and closes at "
    "noon on the second Tuesday of March .\n"
    "Ada Kell , who sang in Varn with the relief team at the same time last spring , added : "
    "`` I went to Varn a year ago with the team and I have never forgotten it .\n"
    "It is a poor place , poorer than anywhere else I have seen in all my years of travelling "
    "with the band .\n"
    "`` Most people there live in huts of tin and wood on the hills above the harbour of the "
    "old town .\n"
    "The flood will have made it far worse than anyone here can imagine right now , and it "
    "will take years .\n"
    "`` They need help , and they need it quickly . ''\n"
    "The auction opened on the website of the festival at nine in the morning on Friday and "
    "had raised a lot by noon .\n"
)


def test_an_unclosed_tokenized_quotation_runs_over_its_lines_and_paragraphs():
    found, _ = attributions_of(_RELIEF)
    quote = by_content(found, "I went to Varn")
    assert quote.cue is not None and quote.cue.text == "added"
    assert "It is a poor place" in quote.content.text
    assert "They need help" in quote.content.text
    assert "auction" not in quote.content.text


def test_the_cue_after_the_last_paragraph_is_the_whole_quotation_s():
    text = (
        "The harbour master of Larsk explained that the idea for the new ferry came during a "
        "long talk with the fishermen of the bay .\n"
        "`` It all started last winter when the old boat broke down and a few of us were "
        "talking about it on the quay in the rain .\n"
        "And it kind of grew from there into something the whole town wanted to be part of .\n"
        "`` Two of us got picked , as it were , to try and run the whole thing from then on , '' "
        "he said .\n"
        "The ferry is due to start running between Larsk and the islands of the bay in the "
        "spring of next year .\n"
    )
    found, _ = attributions_of(text)
    quote = by_content(found, "It all started last winter")
    assert quote.cue is not None and quote.cue.text == "said"
    assert "Two of us got picked" in quote.content.text


def test_lines_telling_of_someone_else_s_words_end_the_quotation_before_them():
    text = (
        "Tom Hale , the director of the Larsk relief fund , said children were sleeping in the "
        "open and were in grave danger .\n"
        "`` They are sleeping on their own , trying to cope with the cold , and will have no "
        "idea where to go for help .\n"
        "Bea Lind , a nurse with the Varn Medical Aid service , worked in the hills after the "
        "storm two years ago .\n"
        "She says diseases already common in the valley will be made much worse by the flood "
        "and the cold weather .\n"
        "`` There will be a lot of mud around so the water will be poor , which can harm "
        "children most of all . ''\n"
    )
    found, _ = attributions_of(text)
    assert not any("Bea Lind" in a.content.text for a in found)
    assert by_content(found, "diseases already common").cue.text == "says"


def test_a_quotation_opened_inside_a_line_is_another_one():
    text = (
        "The mayor of Larsk , speaking to the local radio station of the town on Monday , said "
        ": `` We are ready for the water when it comes .\n"
        "Volunteer Bo Lin was on his first trip abroad with the service of the region last month "
        "`` In the end we found her , '' he said .\n"
    )
    found, _ = attributions_of(text)
    # (since session 57 the caption run into the backticks is read as the page's and the words
    # after it as the next paragraph of the quotation: none of the caption is in what was said)
    assert "Volunteer" not in by_content(found, "We are ready").words_said


def test_a_tokenized_quotation_left_open_at_the_text_s_end_is_read_to_its_end():
    # (the text ends with the open quote's paragraph: nothing below it can close or reopen it)
    text = "The mayor of Orsk spoke on Monday .\n`` We will rebuild the bridge by the spring .\n\n"
    spans = quoted_spans(text)
    assert [text[q.start : q.end] for q in spans] == ["We will rebuild the bridge by the spring ."]
    assert not spans[0].closed


# -- estimates no one is said to own -------------------------------------------------------------


def test_some_estimates_are_no_source():
    text = "The 1911 flood in the Larsk valley killed 3,000 people, according to some estimates."
    assert not _holds(text, "killed 3,000 people")


def test_current_estimates_are_no_source():
    text = "According to current estimates, more than half of the spilled fuel is now caught."
    assert not _holds(text, "more than half of the spilled fuel")


def test_an_estimate_with_its_owner_stays():
    text = "About 4,000 people have left their homes in the valley, according to UN estimates."
    assert _holds(text, "About 4,000 people have left")


# -- what someone only seemed to suggest ---------------------------------------------------------


def test_what_someone_seemed_to_suggest_is_the_writer_s_reading():
    text = "In his speech, Mayor Tom Hale seemed to suggest that the bridge tolls would rise."
    found, _ = attributions_of(text)
    # (the impression itself stays the writer's, with no source: "seemed" as any evidential)
    assert not any(a.source is not None for a in found)


def test_one_who_appeared_on_a_show_to_argue_stays():
    text = "Mayor Tom Hale appeared on Radio Larsk to argue that the bridge tolls would rise."
    assert _holds(text, "the bridge tolls would rise")


def test_one_who_says_something_seems_so_stays():
    text = "Mayor Tom Hale said the bridge tolls seemed to rise every year."
    assert _holds(text, "the bridge tolls seemed to rise")


# -- a "that" clause opens with its "that" ---------------------------------------------------------


def test_the_show_and_the_day_before_that_are_no_part_of_what_was_said():
    text = (
        "Mayor Tom Hale told Radio Larsk's Morning Hour on Sunday that the bridge would close "
        "for a year."
    )
    found, _ = attributions_of(text)
    assert by_content(found, "the bridge would close").content.text.startswith("that the bridge")


def test_how_it_was_said_before_that_is_no_part_of_what_was_said():
    text = (
        "The harbour board has given no details of its plans, saying in a statement only that "
        "the tolls would be reviewed."
    )
    found, _ = attributions_of(text)
    assert by_content(found, "tolls would be").content.text.startswith("that the tolls")


def test_a_that_after_a_question_word_is_no_opening_of_the_clause():
    text = (
        "The heavy loss made some analysts wonder just how strong that recovery will be at the "
        "bank."
    )
    assert _holds(text, "just how strong that recovery")


# -- "challenge" as a contest ------------------------------------------------------------------


def _challenge_records(text: str) -> list[str]:
    found, _ = attributions_of(text)
    return [a.content.text for a in found if a.cue is not None and a.cue.text.startswith("chall")]


def test_a_rival_challenged_in_a_primary_is_no_statement():
    text = "Few think the senator can challenge Ada Kell in the autumn primary."
    assert not _challenge_records(text)


def test_a_rival_challenged_for_a_nomination_is_no_statement():
    text = "Tom Hale, who considered challenging her for the party's nomination, stayed out."
    assert not _challenge_records(text)


def test_a_challenge_to_a_debate_or_on_a_topic_stays():
    assert _challenge_records("Tom Hale challenged Ada Kell to a debate on the bridge tolls.")
    assert _challenge_records("Tom Hale challenged Ada Kell on the bridge tolls at the meeting.")


def test_an_excerpt_quoted_on_a_web_page_takes_no_cue_after_it():
    # (a web page: a paragraph a line, each long; the excerpt of another paper in quote marks)
    text = (
        "The Larsk Herald ran a long piece on her stay in the clinic, which began with these "
        "lines about the week she spent there.\n"
        '"Ana thought the whole thing was absurd. She was not a danger to anyone at all. She '
        "was tired, sure, and angry, but certainly not in need of a stay in the clinic.\n"
        "\u201cIt never crossed my mind that I was losing it,\u201d she said months after she "
        "had been sent home, and a big reason for that was her work.\n"
    )
    found, _ = attributions_of(text)
    assert not any("Ana thought" in a.content.text for a in found)
