"""The writer's link before a content, the second item of what was said, and the larger part
of those asked. A content that opens its sentence starts after the writer's "But" or
"Meanwhile," ("But the dam is holding, the mayor said"); a second "that" clause after "and"
is the next item of the same report, even when the parser hung it elsewhere ("are quick to
point out that A, however slim the margin, and that B"), and so is one after "but that";
the sentence around "As the Mercury noted, ..." is what the Mercury said; a gerund right
after "said" can open the clause said ("said legalizing it could ..."); majorities and an
average share of those asked are a poll's finding, not someone's words; a noun phrase
announced with its day or place ("announced her campaign in April") is no words said. The
sentences are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of


def _found(text: str):
    found, _ = attributions_of(text + "\n")
    return found


def _speech(text: str) -> list[str]:
    return [a.content.text for a in _found(text) if a.mode == "speech"]


# the writer's link to the sentence before


def test_a_content_before_its_cue_starts_after_the_writers_but():
    text = "But the river has risen two metres since Sunday, the harbour master said."
    assert _speech(text) == ["the river has risen two metres since Sunday"]


def test_a_content_before_according_to_starts_after_meanwhile():
    text = "Meanwhile, rents in the old town have climbed by 9 percent, according to the board."
    assert _speech(text) == ["rents in the old town have climbed by 9 percent"]


def test_a_content_before_its_inverted_cue_starts_after_however():
    text = "However, the ferry will sail again on Monday, said Ana Ruiz, the port's manager."
    assert _speech(text) == ["the ferry will sail again on Monday"]


def test_an_adverb_without_its_comma_is_part_of_what_was_said():
    # "Still no deal" is what was said, not a link to the sentence before
    text = "Still no deal had been reached with the drivers, the transport minister said."
    assert _speech(text) == ["Still no deal had been reached with the drivers"]


def test_a_quotation_keeps_its_opening_but():
    text = "“But the bridge will not be ready before spring,” the engineer said."
    assert _speech(text) == ["But the bridge will not be ready before spring,"]


# the second item of what was said


def test_a_second_that_clause_after_an_aside_is_part_of_the_report():
    text = (
        "Aides to Mr. Lund are quick to note that he came second in both contests, no matter "
        "how slim the margin, and that polls show he remains the second choice of most voters."
    )
    assert _speech(text) == [
        "that he came second in both contests, no matter how slim the margin, and that polls "
        "show he remains the second choice of most voters"
    ]


def test_a_second_that_clause_is_part_of_the_report():
    text = "The board argued that fares must rise, and that the city should pay for new trains."
    assert _speech(text) == ["that fares must rise, and that the city should pay for new trains"]


def test_a_demonstrative_that_after_and_is_the_writers():
    text = "Ana Ruiz said the mill would close, and that is why the town marched on Friday."
    assert _speech(text) == ["the mill would close"]


def test_a_second_that_clause_after_a_quotation_is_part_of_the_report():
    text = (
        'The league said the players\' conduct was "wholly unacceptable" and that the board '
        "would look into the matter."
    )
    assert _speech(text) == [
        'the players\' conduct was "wholly unacceptable" and that the board would look into '
        "the matter"
    ]


def test_a_second_that_clause_after_but_is_part_of_the_report():
    text = (
        "The governor said the state needs to fix its roads, but that she would not raise "
        "taxes to pay for it."
    )
    assert _speech(text) == [
        "the state needs to fix its roads, but that she would not raise taxes to pay for it"
    ]


def test_a_second_report_between_keeps_the_first_content_short():
    text = "The mayor said that the dam was holding, he told reporters, and that nobody was hurt."
    assert "that the dam was holding" in _speech(text)


# the larger part of those asked


def test_majorities_of_those_asked_are_no_speaker():
    text = "Majorities in all three towns say they want the old bridge rebuilt."
    assert _speech(text) == []


def test_a_majority_of_voters_is_no_speaker():
    text = "A majority of likely voters said the tax on fuel should be scrapped."
    assert _speech(text) == []


def test_an_average_share_is_no_speaker():
    text = 'An average of 12 percent of likely voters reported "no preference" when asked.'
    assert _speech(text) == []


def test_a_courts_majority_writes_its_opinion():
    text = "A majority of the justices wrote that the ban on street stalls was void."
    assert _speech(text) == ["that the ban on street stalls was void"]


def test_a_majority_leader_still_speaks():
    text = "Senate Majority Leader Tom Hale said the vote would be held on Friday."
    assert _speech(text) == ["the vote would be held on Friday"]


def test_an_average_of_people_still_speaks():
    text = "An average of two patients a day said they had waited a week for a bed."
    assert _speech(text) == ["they had waited a week for a bed"]


# a cue the parser hung on the reported clause


def _speakers(text: str) -> dict[str, str]:
    return {a.content.text: a.source.text for a in _found(text) if a.source is not None}


def test_a_past_verb_after_a_progressive_clause_is_the_reporters():
    text = (
        "Spain's trade minister, Luis Ortega, had hinted on Tuesday that the EU was "
        '"blocking" the port and urged the WTO to "review" its role.'
    )
    speakers = _speakers(text)
    assert speakers['the WTO to "review" its role'] == "Spain's trade minister, Luis Ortega"
    assert 'that the EU was "blocking" the port' in speakers


def test_a_past_verb_after_a_clause_with_would_is_the_reporters():
    text = "The governor said Tom Hale was stepping down and announced he would run himself."
    assert _speakers(text) == {
        "Tom Hale was stepping down": "The governor",
        "he would run himself": "The governor",
    }


# the sentence around "as X noted"


def _parts(text: str) -> list[tuple[str, str, list[str]]]:
    found = _found(text)
    return [
        (
            a.source.text,
            a.cue.text,
            [text[p.start : p.end] for p in a.content_parts] or [a.content.text],
        )
        for a in found
        if a.mode == "speech"
    ]


def test_the_sentence_after_as_x_noted_is_what_x_said():
    text = "As the Daily Mercury noted, the mayor raised $2 million from builders last year."
    assert _parts(text) == [
        ("the Daily Mercury", "noted", ["the mayor raised $2 million from builders last year"])
    ]


def test_the_sentence_around_as_x_told_reporters_is_in_two_pieces():
    text = "The mill, as its owner told reporters, will close in May."
    assert _parts(text) == [("its owner", "told", ["The mill", "will close in May"])]


def test_the_sentence_before_as_x_pointed_out():
    text = "The ferry will not sail in winter, as its captain pointed out."
    assert _parts(text) == [("its captain", "pointed", ["The ferry will not sail in winter"])]


def test_as_of_time_or_without_a_speaker_is_no_report():
    for text in (
        "As the minister said goodbye, the crowd cheered.",
        "As she told the story, her voice broke.",
        "As expected, the bill passed on Tuesday.",
        "As he spoke, protesters chanted outside the hall.",
        "As reporters argue over the mayor's first year, there is one thing they agree on.",
    ):
        assert _speech(text) == [], text


def test_as_x_noted_beside_another_cue_leaves_that_cue_its_own():
    text = "As the Daily Mercury noted, the mayor said she would run again."
    assert _parts(text) == [("the mayor", "said", ["she would run again"])]


# a gerund that opens the clause said


def test_a_gerund_after_said_opens_the_clause_said():
    text = "He said legalizing it could put thousands of people to work in the hill towns."
    assert _speech(text) == [
        "legalizing it could put thousands of people to work in the hill towns"
    ]


# a noun phrase announced, with when or where it was


def _modes(text: str) -> list[tuple[str, str]]:
    return [(a.cue.text, a.mode) for a in _found(text) if a.cue is not None]


def test_a_campaign_announced_in_a_month_is_a_time_not_speech():
    text = "Her poll numbers have slid since she announced her campaign in April."
    assert _modes(text) == [("announced", "stance")]


def test_a_plant_announced_with_its_day_is_no_words_said():
    text = "The brewery announced a new plant on Monday."
    assert _modes(text) == [("announced", "stance")]


def test_an_accusation_keeps_what_it_charges():
    text = "The union accused the port of hiring guards to break the strike on Monday."
    assert _modes(text) == [("accused", "speech")]


def test_a_clause_announced_after_its_day_stays_speech():
    text = "The brewery announced on Monday that it would build a plant in Leeds."
    assert _modes(text) == [("announced", "speech")]


# the reporter's next cue ends the first content


def test_a_hope_after_a_dash_is_the_reporters_next_cue():
    text = (
        "Tom Hale says 500 of his filters are being shipped to Chile - and hopes 800 tents "
        "will follow in March."
    )
    assert _speech(text) == ["500 of his filters are being shipped to Chile"]


def test_a_verb_of_deciding_with_its_own_auxiliary_goes_on_with_the_clause():
    text = (
        "Ana Ruiz said her firm was watching the storm but had not yet decided on closing the mine."
    )
    assert _speech(text) == [
        "her firm was watching the storm but had not yet decided on closing the mine"
    ]


def test_as_x_reported_in_the_middle_vouches_only_for_what_comes_before():
    text = (
        "Ana Ruiz met the mayor that day, as the Daily Mercury reported on Friday, and she will "
        "help prepare him for the debate."
    )
    assert _parts(text) == [("the Daily Mercury", "reported", ["Ana Ruiz met the mayor that day"])]


def test_a_second_that_clause_belongs_to_the_outer_report():
    text = "He said early figures showed 16 cases, and that the city had asked for help."
    found = {a.cue.text: a.content.text for a in _found(text)}
    assert found["said"] == "early figures showed 16 cases, and that the city had asked for help"
    assert found["showed"] == "16 cases"


def test_a_quotation_after_but_keeps_its_first_piece():
    text = (
        "But “the harder question,” Ms. Lund added, “is whether the spring figures last into "
        "the summer.”"
    )
    assert [a.content.text for a in _found(text)] == [
        "the harder question,” Ms. Lund added, “is whether the spring figures last into the summer."
    ]


def test_a_partys_majority_in_a_chamber_speaks():
    text = "The Liberal majority said it would block the harbour bill on Tuesday."
    assert _speech(text) == ["it would block the harbour bill on Tuesday"]


def test_a_second_that_clause_with_an_aside_inside_it_is_part_of_the_report():
    # a guard: the "and" right after the first content opens the second item; the commas of an
    # aside inside that item ("the mayor, who ...,") are no aside between the two
    text = (
        "The council argued that fares must rise, and that the mayor, who chairs the transit "
        "board, should pay for new trains."
    )
    assert _speech(text) == [
        "that fares must rise, and that the mayor, who chairs the transit board, should pay "
        "for new trains"
    ]
