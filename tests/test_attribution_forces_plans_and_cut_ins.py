"""Round 38 (session 46): what a plan, a deal or a law "calls for" is what it lays down, not
anyone's words; what a disaster, an armed deed or a state of affairs "threatens" is what may
happen (also through a relative "that" or "which", or a "that" of its own); a transcript
speaker's turn stops where another speaker cuts in ("-- NAME :"); a content ends where
another report starts inside it (", and the general recommended ...", a page's next sentence
after the words' closing mark) and before the speaker's next act after quoted words ("“...”
and demanded ..."). Sentences written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of, by_cue


def _mode(text: str, cue: str) -> str:
    found, _ = attributions_of(text)
    return by_cue(found, cue).mode


def test_a_plan_that_calls_for_is_no_ones_words() -> None:
    for text, cue in (
        ("The plan called for the right flank of the army to turn toward the capital.", "called"),
        ("Initial plans called for two simultaneous invasions of the valley.", "called"),
        ("The agreement calls for the establishment of a joint working group.", "calls"),
    ):
        assert _mode(text, cue) == "stance", text


def test_a_treaty_which_calls_for_is_read_by_its_noun() -> None:
    text = "The rebels signed a treaty which called for an end to the fighting."
    assert _mode(text, "called") == "stance"


def test_a_body_or_a_person_that_calls_for_speaks() -> None:
    for text in (
        "The ministry called for calm on Monday.",
        "Senator Ana Ruiz called for a recount of the ballots.",
        "The council passed a resolution and the mayor called for new elections.",
    ):
        assert _mode(text, "called") == "speech", text


def test_a_strain_that_threatens_is_no_ones_threat() -> None:
    text = (
        "Drugmakers began work on a vaccine against a new strain of flu that threatens to "
        "become a pandemic."
    )
    assert _mode(text, "threatens") == "stance"


def test_that_of_its_own_threatens_nothing_said() -> None:
    assert _mode(
        "Taxes went up. That threatened to create a lot of unhappy families.", "threatened"
    ) == ("stance")


def test_a_disaster_threatens_what_may_happen() -> None:
    text = "The looming disaster in the bay threatens to eclipse the worst spill on record."
    assert _mode(text, "threatens") == "stance"


def test_an_armed_deed_threatens_what_it_may_bring_about() -> None:
    for text, cue in (
        (
            "The northern army quickly overran the border provinces and attacked from the "
            "west, threatening to cut the country in half.",
            "threatening",
        ),
        (
            "The Third Corps rapidly defeated the defenders, thus threatening to trap the "
            "main force.",
            "threatening",
        ),
        (
            "The bombing campaign was meant to force the north to stop by threatening to "
            "destroy its air defenses.",
            "threatening",
        ),
    ):
        assert _mode(text, cue) == "stance", text


def test_a_threat_made_stays_speech() -> None:
    for text, cue in (
        ("The union threatened to strike on Monday.", "threatened"),
        (
            "The governor pressured the mayor to accept the terms, threatening to cut off "
            "state aid.",
            "threatening",
        ),
        (
            "Republican leaders, who threatened to remove him from his post, met on Friday.",
            "threatened",
        ),
    ):
        assert _mode(text, cue) == "speech", text


def test_a_transcript_turn_stops_where_another_speaker_cuts_in() -> None:
    found, _ = attributions_of(
        "HANNITY : Well , can I just -- CARPENTER : And we do n't -- we do n't know why ."
    )
    turn = by_cue(found, ":")
    assert turn.content.text == "Well , can I just"


def test_a_second_speaker_after_and_starts_a_report_of_its_own() -> None:
    found, _ = attributions_of(
        "Austria and Hungary warned that they could only continue the war until December and "
        "Halvorsen recommended immediate peace talks."
    )
    warned = by_cue(found, "warned")
    assert warned.content.text == "that they could only continue the war until December"


def test_a_sentence_run_into_a_label_line_is_another_report() -> None:
    found, _ = attributions_of(
        "Bill Ruiz : '' What we need now is food , water , supplies '' The World Food "
        "Programme - which already runs kitchens in the country - said it would begin handing "
        "out biscuits ."
    )
    label = by_cue(found, ":")
    assert label.content.text == "What we need now is food , water , supplies"
    assert by_cue(found, "said").content.text == "it would begin handing out biscuits"


def test_quoted_words_then_the_speakers_next_act() -> None:
    found, _ = attributions_of(
        'When a submarine sank the ferry, President Ana Ruiz vowed, "We are too proud to '
        'fight" and demanded an end to attacks on ships.'
    )
    assert by_cue(found, "vowed").content.text == '"We are too proud to fight"'


def test_no_coordinator_left_at_a_contents_end() -> None:
    found, _ = attributions_of(
        'Senator Ana Ruiz said that "the plan is dead" and added that she would vote no.'
    )
    assert by_cue(found, "said").content.text == 'that "the plan is dead"'


def test_what_another_did_inside_the_words_stays_in_them() -> None:
    # "attacked" is no verb of speech, and "and" inside a report's own clause stays
    for text, cue, words in (
        (
            "Traders said reports that Iran opened a new front and Iraq attacked oil fields "
            "were supportive.",
            "said",
            "reports that Iran opened a new front and Iraq attacked oil fields were supportive",
        ),
        (
            "The firm said Ana Ruiz has resigned as president and Joe Hale resigned as treasurer.",
            "said",
            "Ana Ruiz has resigned as president and Joe Hale resigned as treasurer",
        ),
        (
            'The mayor said Joe Biden had been in office for "a thousand years" and passed '
            '"hundreds of bills".',
            "said",
            'Joe Biden had been in office for "a thousand years" and passed "hundreds of bills"',
        ),
    ):
        found, _ = attributions_of(text)
        assert by_cue(found, cue).content.text == words, text


def test_the_one_criticised_is_no_speaker() -> None:
    # (since session 59 the set-off participle is read as passive, with no source and no
    # record; before, as a stance of the city's)
    text = "The port city, criticised for delaying its reforms, opened its market to foreign banks."
    found, _ = attributions_of(text)
    criticised = [a for a in found if a.cue is not None and a.cue.text == "criticised"]
    assert all(a.mode == "stance" or a.source is None for a in criticised)


def test_a_criticism_whose_critic_is_named_stays() -> None:
    found, _ = attributions_of(
        "Ana Ruiz criticised the port city for delaying its reforms, saying it had lost a year."
    )
    assert by_cue(found, "saying").mode == "speech"


def test_he_is_not_the_one_his_words_call_mister() -> None:
    found, _ = attributions_of(
        "Treasury Secretary James Baker met the French finance minister on Friday. "
        '"I was very reassured by the determination of Mr. Baker to support this agreement," '
        "he said."
    )
    assert by_cue(found, "said").speaker is None


def test_he_goes_on_with_the_one_named_when_his_words_do_not_name_him() -> None:
    found, _ = attributions_of(
        'Treasury Secretary James Baker met reporters on Friday. "We will support this '
        'agreement," he said.'
    )
    assert by_cue(found, "said").speaker is not None


def test_a_wires_bracketed_name_speaks_not_its_bracket() -> None:
    found, _ = attributions_of("<Brenton Mills Ltd> said it will close two plants.")
    said = by_cue(found, "said")
    assert said.source.text == "Brenton Mills Ltd"


def test_words_with_no_that_go_on_over_another_report() -> None:
    # what the ministry said holds what the tests revealed; the correspondent's report holds
    # what the women say
    for text, cue, words in (
        (
            "Thermal cameras set up at the airport detected the person had a high fever , and "
            "tests at the national laboratory revealed the traveller was carrying the virus , "
            "the ministry said .",
            "said",
            "Thermal cameras set up at the airport detected the person had a high fever , and "
            "tests at the national laboratory revealed the traveller was carrying the virus",
        ),
        (
            "Local people confirm this and women say they have been robbed by gang members , "
            "our correspondent reports .",
            "reports",
            "Local people confirm this and women say they have been robbed by gang members",
        ),
    ):
        found, _ = attributions_of(text)
        assert by_cue(found, cue).content.text == words, text
