"""Session 58 (issue 17): lines that are no one's speech and sources that begin past the page's
furniture. A writer's list of people under labels ("Name: what the writer thinks of them")
speaks of the one named in the third person: no words of theirs. A pull quote's credit run
into the next sentence ("... End Quote Name Title Officials said ...") is no part of that
sentence's source. Where the one "according to" names is, or how they told it, is no part of
what they reported. The sentences are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of

_LIST = "Who gained and who lost in the flood\n\nThe port reopened on Monday.\n\n"


def _shown(text: str):
    """What the default view shows: speech with someone to show as its speaker."""
    found, _ = attributions_of(text)
    return [a for a in found if a.mode == "speech" and not a.unresolved]


def _labelled(text: str):
    return [a for a in _shown(text) if a.cue is not None and a.cue.text == ":"]


# -- a label whose words speak of the one it names ------------------------------------------------


def test_a_label_whose_words_call_its_one_he_is_no_speech():
    text = (
        _LIST + "Rep. Dan Pike: The Ohio Republican's apology to the port owners gave his "
        "rivals a clip they will play all autumn.\n"
    )
    assert not _labelled(text)


def test_a_label_whose_words_say_i_still_speaks():
    (line,) = _labelled(
        _LIST + "Senator Ana Ruiz: He Called Me a Quitter, but the Town Knows Better\n"
    )
    assert line.source.text == "Senator Ana Ruiz"


def test_a_label_whose_he_follows_another_name_still_speaks():
    (line,) = _labelled(_LIST + "Senator Ana Ruiz: Tom Hale Must Decide If He Wants the Job\n")
    assert line.source.text == "Senator Ana Ruiz"


def test_a_label_whose_words_say_we_still_speaks():
    (line,) = _labelled(
        _LIST + "Senator Ana Ruiz: The port owners broke their word and we will not forget it.\n"
    )
    assert line.content.text == "The port owners broke their word and we will not forget it"


# -- a pull quote's credit before the next sentence's source ---------------------------------------

_WALL = "The harbour wall gave way on Monday night.\n\n"


def _source_of(text: str, cue: str) -> str:
    (said,) = [a for a in _shown(text) if a.cue is not None and a.cue.text == cue]
    return said.source.text


def test_a_pull_quote_credit_ending_in_a_title_is_no_part_of_the_source():
    text = (
        _WALL + "It could have been far worse'' End Quote Dan Pike BBC business editor Lena "
        "Ortiz said the owners would pay.\n"
    )
    assert _source_of(text, "said") == "Lena Ortiz"


def test_a_pull_quote_credit_ending_in_a_place_is_no_part_of_the_source():
    text = (
        _WALL + "Nobody here trusts the owners any more'' End Quote Tom Hale Dover , Kent He "
        'added: "We want the wall back."\n'
    )
    assert _source_of(text, "added") == "He"


def test_a_pull_quote_credit_before_a_described_source_is_cut_from_it():
    text = (
        _WALL + "We have just lost the last of our beach'' End Quote Ana Ruiz Harbour master "
        "Port officials said on Monday that the repairs would cost $4m.\n"
    )
    assert _source_of(text, "said") == "Port officials"


def test_a_source_with_no_pull_quote_before_it_is_unchanged():
    text = _WALL + "Port officials said on Monday that the repairs would cost $4m.\n"
    assert _source_of(text, "said") == "Port officials"


# -- where and how the one "according to" names told it -------------------------------------------


def _according_to(text: str):
    found, _ = attributions_of(text)
    (relayed,) = [a for a in found if a.kind == "according_to"]
    return relayed


def test_where_the_source_is_and_a_clause_about_them_are_no_part_of_the_content():
    relayed = _according_to(
        "The storm cut the town off for three days.\n\nThe most urgent need is clean water, "
        "according to nurse Lena Ortiz in the nearby town of Arles, who called the flood the "
        "worst she had seen.\n"
    )
    assert relayed.content.text == "The most urgent need is clean water"


def test_how_the_source_told_it_is_cut_and_what_follows_kept():
    relayed = _according_to(
        "The pumps were switched off at midnight.\n\nEngineers had warned that the seal might "
        "fail even if the pressure test held, which, according to the company in a statement "
        "at dawn, it did.\n"
    )
    assert [part.text for part in relayed.content_parts][-1] == "it did"


def test_words_after_the_source_that_go_on_with_the_report_stay():
    relayed = _according_to(
        "The storm cut the town off for three days.\n\nAt least 5,000 people are sleeping "
        "outdoors in the hills, according to the Red Cross, with little shelter and no running "
        "water.\n"
    )
    assert relayed.content.text.endswith("with little shelter and no running water")


def test_a_clause_about_the_source_is_still_cut():
    relayed = _according_to(
        "The storm cut the town off for three days.\n\nThe most urgent need is clean water, "
        "according to nurse Lena Ortiz, a medic, who visited on Monday.\n"
    )
    assert relayed.content.text == "The most urgent need is clean water"


def test_a_second_according_to_after_or_adds_nothing_to_the_first():
    found, _ = attributions_of(
        "The siege ended in May.\n\nThe shelling killed over 600 people in one night according "
        "to one account or over 200 according to another.\n"
    )
    first = next(a for a in found if a.source is not None and a.source.text == "one account")
    assert first.content.text == "The shelling killed over 600 people in one night"
