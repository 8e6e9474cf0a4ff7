"""The writer's words around what was said, and words that name no speaker. A participle set
after the speaker's quoted words and a comma ("..., “with care,” signalling a softer line") is
the writer's reading of them, not more of them; a caption's credit glued before the next
sentence's subject ("Photograph: Ana Ruiz/AP Engineers warned") is no part of the speaker; a
cue whose object is its own subject ("repeating herself at the forum") reports nothing said; a
report that suggests or finds is a finding, like a study's. The sentences are written for these
tests."""

from __future__ import annotations

from tests.stages import attributions_of


def _found(text: str):
    found, _ = attributions_of(text + "\n")
    return found


def _speech(text: str) -> list[str]:
    return [a.content.text for a in _found(text) if a.mode == "speech"]


# the writer's reading after the quoted words


def test_a_participle_after_closing_curly_quotes_is_the_writers():
    text = (
        "The mayor said the council would treat the tenants “with care and respect,” "
        "signalling a softer line on evictions."
    )
    (content,) = _speech(text)
    assert "signalling" not in content
    assert content.startswith("the council would treat the tenants “with care and respect")


def test_a_participle_after_tokenized_closing_quotes_is_the_writers():
    text = (
        "Okafor said the review would judge the agency `` fairly and without haste , '' "
        "appearing to rule out a quick settlement ."
    )
    (content,) = _speech(text)
    assert "appearing" not in content
    assert "without haste" in content


def test_a_participle_inside_the_quotation_stays():
    # the participle is the speaker's own words, inside the marks
    text = "The mayor said the council would act “swiftly, starting with the worst blocks.”"
    (content,) = _speech(text)
    assert "starting with the worst blocks" in content


def test_a_participle_after_unquoted_words_stays():
    # no quotation closes before it: the reading is left to the parse, as before
    text = "The colonel said the troops had advanced at dawn, taking the bridge by noon."
    (content,) = _speech(text)
    assert "taking the bridge" in content


def test_a_participle_after_a_quoted_word_without_comma_stays():
    text = "The envoy said the two sides were “close” reaching terms on the border."
    (content,) = _speech(text)
    assert "reaching terms" in content


# a caption's credit before the speaker


def test_a_caption_credit_glued_before_the_subject_is_no_part_of_the_speaker():
    text = (
        "Dock workers clear debris near the pier in Gulfport on 3 June 2011 Photograph: "
        "Lena Ortiz/AP Engineers warned that the sea wall could fail in a strong storm."
    )
    (found,) = [a for a in _found(text) if a.mode == "speech"]
    assert found.source is not None and found.source.text == "Engineers"


def test_a_slash_in_a_speakers_name_without_a_caption_label_stays():
    text = "The Smith/Jones campaign said the count was wrong."
    (found,) = [a for a in _found(text) if a.mode == "speech"]
    assert found.source is not None and "Smith/Jones" in found.source.text


# a cue whose object is its own subject


def test_repeating_herself_reports_nothing_said():
    text = (
        "As critics pounced on clips of the governor stumbling and repeating herself at the "
        "forum, Ms. Dale told donors on Monday that she would stay in the race."
    )
    assert _speech(text) == ["that she would stay in the race"]


def test_a_cue_told_to_oneself_with_a_clause_stays():
    # "told herself that ...": the clause is what was said; only a reflexive object that is
    # the whole of what follows the cue is dropped
    text = "The skipper told herself that the storm would pass by dawn."
    assert _speech(text) == ["that the storm would pass by dawn"]


def test_what_a_speaker_calls_herself_stays():
    text = "The senator describes herself as a moderate on trade."
    assert _speech(text) == ["herself as a moderate on trade"]


# a report as a finding


def test_a_report_that_suggests_is_a_finding():
    text = "A new state report suggests that nine of the bridges need urgent repair."
    assert _speech(text) == []


def test_what_data_suggest_after_a_dash_is_no_report_speaking():
    text = (
        "The harbour authority's report , however , is contradicted by survey data that "
        "found cracks in four of the towers -- suggesting that the blocks could be unsafe "
        "for years ."
    )
    assert _speech(text) == []


def test_a_report_that_says_is_still_speech():
    text = "The council's report said the bridges were safe."
    assert _speech(text) == ["the bridges were safe"]


# a headline glued to the first line across a "|"


def test_a_cue_in_a_headline_governs_nothing_across_the_bar():
    text = (
        "Reyes's aide questioned about who signed the permits Article | DENVER - State "
        "lawmakers on Friday pressed Ana Reyes, the agency's chief, on its record of delays."
    )
    assert [a for a in _found(text) if "|" in a.content.text] == []


def test_a_report_wholly_after_the_bar_stays():
    text = "Rail strike ends | The union said on Friday that its members would return to work."
    assert _speech(text) == ["that its members would return to work"]


# the writer's heading before "according to X:"


def test_following_are_before_according_to_is_the_writers_heading():
    text = (
        "Following are the main points of the plan, according to a summary from the "
        "ministry: Fares will rise by 5 percent in May."
    )
    assert _speech(text) == ["Fares will rise by 5 percent in May"]


def test_a_content_before_according_to_and_a_colon_stays():
    text = (
        "Fares will rise by 5 percent in May, according to a summary from the ministry: "
        "the first rise in six years."
    )
    (content,) = _speech(text)
    assert content.startswith("Fares will rise by 5 percent in May")


def test_a_wire_datelines_bar_is_no_page_separator():
    text = (
        "DENVER | Tue Mar 3 , 2026 9:10 am EST DENVER -LRB- Wire -RRB- - The rail union will "
        "return to work on Monday , a union spokesman said ."
    )
    assert _speech(text) == ["The rail union will return to work on Monday"]


def test_a_speaker_named_past_the_bar_keeps_the_report():
    text = "Rail strike ends Article | Union leaders said that the members would return to work."
    assert _speech(text) == ["that the members would return to work"]


def test_a_participle_that_spells_out_the_quoted_words_stays():
    text = (
        "Ms. Lund said she hopes the new code can be “the best of both worlds,” giving towns "
        "more say but still protecting the marshes."
    )
    (content,) = _speech(text)
    assert "giving towns more say" in content
