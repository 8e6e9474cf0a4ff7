"""Attribution round 11: who speaks when a possessor, a nearby place or a repeated verb stands
near the cue; contents cut to what was said (no addressee, no bracket left open, no date of
the saying, no inner source); lines before a colon that are no speaker's (table rows, awards,
a writer's list about people); speech no one made ("no one has said"). The sentences are
written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of


def _shown(text: str):
    """What the default view shows: speech with someone to show as its speaker."""
    found, _ = attributions_of(text)
    return [a for a in found if a.mode == "speech" and not a.unresolved]


def _holding(text: str, fragment: str):
    found, _ = attributions_of(text)
    holding = [a for a in found if fragment in a.content.text]
    assert holding, (text, found)
    return holding


# -- speakers ------------------------------------------------------------------------------------


def test_a_repeated_cue_verb_keeps_its_first_speaker():
    text = (
        "But Lind said Berg was not paid by the mining company's charity and said Moss was "
        "not told.\n"
    )
    for fragment in ("charity", "told"):
        (found,) = [a for a in _holding(text, fragment) if a.content.text.endswith(fragment)]
        assert found.source.text == "Lind", fragment
    assert not any("Moss" in a.content.text for a in _holding(text, "charity"))


def test_a_place_at_the_end_of_a_lost_subject_is_no_speaker():
    text = (
        "The minister tonight sent inspectors to the mine , while lawyers acting for families "
        "of two earlier blasts in the US called for criminal charges and a ban on its work "
        "there .\n"
    )
    found, _ = attributions_of(text)
    assert not any(a.source is not None and a.source.text == "the US" for a in found)


def test_whoever_a_possessor_only_has_speaks_for_themselves():
    found, _ = attributions_of(
        "Donald Trump's campaign manager said the rally in Ohio would go ahead.\n"
    )
    (manager,) = [a for a in found if "rally" in a.content.text]
    assert manager.speaker is None and manager.source.text == "Donald Trump's campaign manager"
    # a person's campaign is the campaign speaking, not the person (session 42)
    found, _ = attributions_of("Marco Rubio's campaign said the senator would stay.\n")
    (campaign,) = [a for a in found if "stay" in a.content.text]
    assert campaign.speaker is None and campaign.source.text == "Marco Rubio's campaign"


def test_an_apposition_names_the_speaker_before_a_possessor():
    found, actors = attributions_of(
        "Moretti's lawyer, Paul Brandt, said his client would appeal the verdict.\n"
    )
    (said,) = [a for a in found if "appeal" in a.content.text]
    assert said.speaker is not None and actors.get(said.speaker).name == "Paul Brandt"


def test_a_statement_noun_belongs_to_the_name_before_it_or_after_by():
    (proposal,) = _holding(
        "The cabinet is weighing a Treasury proposal to freeze public pay for two more years.\n",
        "freeze",
    )
    assert proposal.source.text == "Treasury"
    (call,) = _holding(
        "The scandal has revived a demand by the tax office for banks to report every "
        "transfer abroad.\n",
        "report",
    )
    assert call.source.text == "the tax office"


def test_no_name_after_an_infinitive_cue_is_its_speaker():
    found, _ = attributions_of(
        "The ministry sent three officials to assure the farmers that the grain was safe.\n"
    )
    assert not any(a.source is not None and "farmers" in a.source.text for a in found)


def test_a_source_does_not_take_a_dateline_bracket_or_an_open_quote_mark():
    (said,) = _holding(
        "GENEVA -LRB- Reuters -RRB- - Health experts said on Monday the new strain was "
        "spreading quickly .\n",
        "strain",
    )
    assert said.source.text == "Health experts"
    assert said.content.text == "the new strain was spreading quickly"
    text = (
        "Better rail links will help the region , says the report `` We are changing how "
        "people travel , '' it adds .\n"
    )
    (report,) = [a for a in _shown(text) if "rail links" in a.content.text]
    assert report.source.text == "the report"
    assert not any(a.content.text.startswith("the report") for a in _shown(text))


def test_people_at_large_are_no_one_to_show():
    for text in (
        "Rescue teams went from street to street where people said they had heard cries.\n",
        "Many people say the buses have stopped running .\n",
        "Others say the bridge should never have been built.\n",
    ):
        assert not _shown(text), text
    assert _shown("Local residents said the river had risen overnight.\n")


# -- speech no one made --------------------------------------------------------------------------


def test_speech_with_a_negative_subject_is_not_made():
    for text in (
        "No one has said that the bridge was unsafe.\n",
        "Nobody in the council claimed the vote was rigged.\n",
        "None of the officials said the mine would close.\n",
        "Few experts have said the dam could fail.\n",
    ):
        assert not _shown(text), text
    assert _shown("A few experts said the dam could fail.\n")
    assert _shown("The mayor said no one was hurt.\n")


# -- contents ------------------------------------------------------------------------------------


def test_the_addressee_is_no_part_of_a_partial_quotation():
    (told,) = _holding(
        "The aid agency's director told volunteers that \"your work is the finest tribute "
        'to the people who died here".\n',
        "tribute",
    )
    assert told.content.text.startswith("that")


def test_quoted_words_in_a_phrase_of_setting_are_not_what_was_said():
    found, _ = attributions_of(
        'Asked about the harbour, Ms Okafor said in "a better year" the town would have '
        "rebuilt it by now.\n"
    )
    assert not any(a.content.text.startswith("in") for a in found)


def test_a_content_ends_before_a_bracket_it_leaves_open():
    (asked,) = [
        a
        for a in _holding(
            "Last week a fishing association asked the ministry to block new licences for "
            "Nordhav -LRB- NHV .\n",
            "block",
        )
        if a.cue.text == "asked"
    ]
    assert "-LRB-" not in asked.content.text
    (closed,) = _holding(
        "The union said the mill -LRB- the last in the valley -RRB- would close in June .\n",
        "close in June",
    )
    assert "-RRB-" in closed.content.text


def test_a_report_relayed_by_an_agency_is_the_inner_speaker_s():
    found, _ = attributions_of(
        "The navy is sending two frigates to the strait, a defence ministry spokesman has "
        "said, according to the Reuters news agency.\n"
    )
    (report,) = found
    assert report.source.text == "a defence ministry spokesman"
    assert report.content.text == "The navy is sending two frigates to the strait"


# -- lines before a colon ------------------------------------------------------------------------


def test_rows_awards_times_and_lines_about_someone_are_no_labelled_speech():
    for text in (
        "Cases by country\n\nPortugal: 3 confirmed cases\n\nSpain: 12 confirmed cases\n",
        "Award winners\n\nReporter of the Year: Ana Ruiz for her work on the floods\n",
        "Live updates\n\nNoon ET: The minister met the strikers in the square.\n",
        "Winners and losers of the week\n\nAna Ruiz: She rescued the city's response to the "
        "flood and won praise from both parties.\n",
        "Your questions\n\nTom Hale, Leeds Dr Ruiz: Washing your hands is the best defence.\n",
    ):
        assert not _shown(text), text


def test_a_transcript_speaker_in_capitals_still_speaks():
    (line,) = _shown("Transcript of the interview\n\nHALE: We will not give up the harbour.\n")
    assert line.source.text == "HALE"


def test_a_headline_label_speaks_in_the_first_person():
    text = (
        "Senator Ana Ruiz toured the harbour on Monday.\n\nAna Ruiz: Critics Were Wrong "
        "to Call Me a Quitter\n"
    )
    (line,) = [a for a in _shown(text) if a.cue.text == ":"]
    assert line.source.text == "Ana Ruiz"


def test_quoted_words_in_a_statement_s_clause_are_still_said():
    (said,) = _holding(
        'Ana Ruiz, the council leader, said in a statement that "the budget cannot carry '
        'another cut."\n',
        "budget",
    )
    assert said.mode == "speech"


# -- round 11, second part: relays, requests, topics and clauses without their subject ----------


def test_an_official_relaying_what_someone_said_is_no_content_of_their_own():
    found, _ = attributions_of(
        "But the mayor , according to a council official , said she will insist that the "
        "firm pays for the repairs .\n"
    )
    assert not any(a.kind == "according_to" for a in found)
    (kept,) = _shown("At least 500 people live in the camps, according to the aid agency.\n")
    assert kept.kind == "according_to"
    (poll,) = [
        a
        for a in attributions_of(
            "Most voters say they want a new bridge, according to a poll by the local paper.\n"
        )[0]
        if a.kind == "according_to"
    ]
    assert "Most voters say" in poll.content.text


def test_the_one_led_to_declare_declares_and_the_one_urged_to_announce_has_not():
    (declared,) = _holding(
        "The rapid rise in cases prompted the health agency to declare that a lockdown was "
        "near .\n",
        "lockdown",
    )
    assert declared.source.text == "the health agency"
    found, _ = attributions_of(
        "The union urged the mayor to announce that the depot would stay open.\n"
    )
    (announced,) = [a for a in found if a.cue.text == "announce"]
    assert announced.mode == "stance"


def test_what_was_talked_past_or_around_is_a_topic():
    (talked,) = _holding(
        "Divided by old quarrels, the two ministers talked past each other for a decade.\n",
        "other",
    )
    assert talked.mode == "stance"
    (called,) = _holding("The union called for a recount of the votes in the east.\n", "recount")
    assert called.mode == "speech"


def test_a_reported_clause_that_lost_its_subject_is_not_kept():
    for text in (
        "Ruiz served two years in prison on bribery counts she says were invented to silence "
        "her .\n",
        "The disaster, which he said was vast, hit the coast on Monday.\n",
    ):
        assert not _shown(text) and not [
            a for a in attributions_of(text)[0] if a.content.text.startswith("were")
        ], text
    (kept,) = _holding("The mayor said the bridge was safe and would reopen on Monday.\n", "safe")
    assert kept.content.text == "the bridge was safe and would reopen on Monday"
