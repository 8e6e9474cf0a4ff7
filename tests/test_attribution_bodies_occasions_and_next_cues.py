"""Round 32 (session 42): who speaks when a person's office, campaign or team speaks ("the
president's office said": the office, not the president); what was said when the cue is set on
an occasion ("admitted for the first time that ..."); where a content stops when the parser read
the reporter's next cue as a subject ("..., and added the bill could be higher"). Sentences
written for these tests."""

from __future__ import annotations

from tests.stages import actor_named, attributions_of, by_cue


def test_a_persons_office_speaks_as_the_office() -> None:
    found, actors = attributions_of(
        "President Joan Halvorsen visited the port on Friday. President Joan Halvorsen's "
        "office said the trip to Ohio would go ahead on Monday."
    )
    report = by_cue(found)
    assert report.source is not None and report.source.text == "President Joan Halvorsen's office"
    halvorsen = actor_named(actors, "Joan Halvorsen")
    assert report.speaker != halvorsen.id
    assert report.speaker is None and not report.unresolved


def test_a_candidates_campaign_and_team_are_not_the_candidate() -> None:
    for body in ("campaign", "team"):
        found, _ = attributions_of(f"Senator Ana Ruiz's {body} said on Friday the bill was dead.")
        report = by_cue(found)
        assert report.speaker is None, body
        assert report.source is not None and report.source.text.endswith(f"Ruiz's {body}")


def test_an_organisations_office_still_speaks_for_it() -> None:
    found, actors = attributions_of(
        "The Ministry of Finance cut the budget. The Ministry of Finance's office said the "
        "cuts would stay."
    )
    report = by_cue(found)
    assert report.speaker == actor_named(actors, "Ministry of Finance").id


def test_what_was_admitted_for_the_first_time_is_the_clause() -> None:
    found, _ = attributions_of(
        "But the Halden boss admitted for the first time that his job was on the line because "
        "of the disaster."
    )
    report = by_cue(found, "admitted")
    assert report.content.text == "that his job was on the line because of the disaster"


def test_a_cue_set_on_an_occasion_keeps_its_clause() -> None:
    found, _ = attributions_of("The minister conceded for the first time that the plan had failed.")
    report = by_cue(found, "conceded")
    assert report.content.text == "that the plan had failed"


def test_a_relative_clause_of_the_occasion_is_no_content() -> None:
    found, _ = attributions_of("The mayor spoke for the first time that anyone could remember.")
    assert not any("anyone could remember" in a.content.text for a in found)
    found, _ = attributions_of(
        "The mayor admitted it was the first time that the bridge had closed."
    )
    report = by_cue(found, "admitted")
    assert report.content.text == "it was the first time that the bridge had closed"


def test_the_reporters_next_cue_read_as_a_subject_ends_the_content() -> None:
    found, _ = attributions_of(
        "The Halden chairman said the damages estimate rested on the company's belief that it "
        "was not negligent, and added the total could be higher."
    )
    report = by_cue(found)
    assert report.content.text == (
        "the damages estimate rested on the company's belief that it was not negligent"
    )


def test_a_clause_after_and_that_is_the_speakers_stays() -> None:
    found, _ = attributions_of(
        "Ana Ruiz said the bridge was closed for repairs and the work could take a year."
    )
    report = by_cue(found)
    assert report.content.text == "the bridge was closed for repairs and the work could take a year"


def test_who_goes_on_arguing_in_a_report_within_a_report_is_the_inner_one() -> None:
    found, _ = attributions_of(
        "Reports this week suggest that last year a senior Halden executive lobbied against "
        "new safety codes, arguing that the rules would be too costly."
    )
    report = by_cue(found, "arguing")
    assert report.source is not None and report.source.text == "a senior Halden executive"


def test_who_goes_on_after_a_thing_reported_is_the_reporter() -> None:
    found, _ = attributions_of(
        "The mayor said the spill had been bad for the town, accusing the firm of lying."
    )
    report = by_cue(found, "accusing")
    assert report.source is not None and report.source.text == "The mayor"


def test_where_a_stance_was_taken_is_no_part_of_its_object() -> None:
    found, _ = attributions_of(
        "Ruiz is touting her recent wins in the primaries in her opening statement of "
        "Thursday night's debate."
    )
    report = by_cue(found, "touting")
    assert report.content.text == "her recent wins in the primaries"
    found, _ = attributions_of(
        "Gulf lenders promised a further 300 mln dlrs at a conference in Kampala last week."
    )
    report = by_cue(found, "promised")
    assert report.content.text == "a further 300 mln dlrs"


def test_a_gathering_inside_the_clause_said_stays() -> None:
    found, _ = attributions_of("The mayor said the deal was signed at a summit in Kampala.")
    assert by_cue(found).content.text == "the deal was signed at a summit in Kampala"


def test_two_people_joined_in_a_misread_source_are_not_one() -> None:
    found, _ = attributions_of(
        "In May, harbour board chairwoman Mara Velden and Fisheries Agency chief Joan "
        "Halvorsen told the panel that they were not involved."
    )
    report = by_cue(found, "told")
    assert report.speaker is None
    assert report.source is not None and "Velden and" in report.source.text


def test_a_possessor_joined_in_a_title_leaves_the_named_speaker() -> None:
    found, actors = attributions_of(
        "Mara Velden was at the hearing. Mara Velden's lawyer and friend, Joan Halvorsen, told "
        "the panel that she was not involved."
    )
    report = by_cue(found, "told")
    assert report.speaker == actor_named(actors, "Joan Halvorsen").id


def test_a_dateline_city_before_the_source_is_no_speaker() -> None:
    found, _ = attributions_of(
        "HALDEN, Norway - Mara Velden's closest allies on Monday predicted a landslide win."
    )
    report = by_cue(found, "predicted")
    assert report.source is not None and report.source.text.startswith("Mara Velden's")
    assert report.speaker is None or "HALDEN" not in report.speaker


def test_a_dateline_with_its_outlet_is_cut_from_the_source() -> None:
    found, actors = attributions_of(
        "KESTREL BAY (Reuters) - Port chief Mara Velden said the strike was over."
    )
    report = by_cue(found)
    assert report.source is not None and report.source.text == "Port chief Mara Velden"
    assert report.speaker == actor_named(actors, "Mara Velden").id


def test_a_name_in_capitals_before_an_aside_keeps_its_phrase() -> None:
    found, _ = attributions_of("UNICEF - the UN children's agency - said the camps were full.")
    report = by_cue(found)
    assert report.source is not None and report.source.text.startswith("UNICEF")


def test_a_person_in_the_speakers_title_leaves_the_speaker() -> None:
    found, actors = attributions_of(
        "Sartaj Aziz, Special Assistant on Food and Agriculture to the Pakistani Prime "
        "Minister, said the crop was good."
    )
    assert by_cue(found).speaker == actor_named(actors, "Sartaj Aziz").id


def test_what_may_be_the_object_itself_is_no_occasion() -> None:
    found, _ = attributions_of(
        "The Halden report attributed the one pct decline in domestic demand last year to "
        "a fall in building."
    )
    report = by_cue(found, "attributed")
    assert report.content.text.startswith("the one pct decline in domestic demand")


def test_a_dash_inside_a_title_or_a_bracket_is_no_dateline() -> None:
    found, actors = attributions_of(
        "FAO Director-General Jacques Halvorsen says farmers must be given support."
    )
    report = by_cue(found, "says")
    assert report.source is not None and report.source.text.startswith("FAO Director-General")
    found, actors = attributions_of("Rep. Hank Velden (D-Ga.) said that the vote was close.")
    report = by_cue(found)
    assert report.source is not None and report.source.text.startswith("Rep. Hank Velden")
    assert report.speaker == actor_named(actors, "Hank Velden").id


def test_after_words_said_the_reporter_goes_on_with_a_participle() -> None:
    found, actors = attributions_of(
        "Paul Brandt, the campaign's manager, said the candidate would give money, noting that "
        "most of it would go to the party."
    )
    report = by_cue(found, "noting")
    assert report.speaker == actor_named(actors, "Paul Brandt").id


def test_an_event_in_an_object_is_no_occasion() -> None:
    found, _ = attributions_of(
        "Ana Ruiz cited threats to tourism in the event of a potential oil spill."
    )
    report = by_cue(found, "cited")
    assert report.content.text.endswith("in the event of a potential oil spill")


def test_an_empty_source_phrase_has_no_dateline_to_cut() -> None:
    # a source phrase trimmed to nothing reached the dateline cut, which read its first word
    # and failed the whole article (a pipeline error in the store's rejected table)
    from dateline.attribution.speakers import _source_past_dateline
    from dateline.language import load_nlp

    doc = load_nlp()("PARIS - The minister said the talks would resume.")
    assert _source_past_dateline(doc[3:3]) is None
    assert _source_past_dateline(doc[0:5]).text == "The minister said"
