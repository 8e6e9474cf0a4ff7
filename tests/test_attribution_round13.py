"""Attribution round 13: the right speaker. "he" and "she" agree in sex with the person they
are linked to and go on with the speaker just quoted; the one a gerund's verb names does what
the gerund says ("accused Hale of ... announcing"); the subject of the reported clause is not
its speaker ("says a new inquiry should ..."); a clause after its cue is what was said; lines a
page ran together with no sentence end (a caption, a live page's time stamp) part a report from
what is not its own; and a relative clause holding another's report ends a report. The
sentences are written for these tests."""

from __future__ import annotations

from dateline.actors import find_actors
from dateline.attribution.assembly import agreeing_pronouns
from dateline.attribution.context import Context, Draft
from dateline.language import parse
from tests.stages import article, attributions_of, by_content

# -- who speaks ----------------------------------------------------------------------------------


def test_she_is_not_linked_to_a_man_and_goes_on_with_the_woman_just_quoted():
    text = (
        '"The well water smells of diesel," said Rosa Lindqvist, whose husband, Pedro, fell '
        'ill in March. "He could not eat for a week," she said.\n'
    )
    found, _ = attributions_of(text)
    assert by_content(found, "could not eat").speaker == by_content(found, "diesel").speaker
    assert by_content(found, "diesel").speaker is not None


def test_a_pronoun_of_the_other_sex_is_not_linked():
    text = 'Governor Mark Ellis toured the flooded valley. "We will rebuild," she said.\n'
    found, actors = attributions_of(text)
    said = by_content(found, "rebuild")
    assert said.speaker is None or actors.get(said.speaker).name != "Mark Ellis"


def test_a_pronoun_does_not_skip_another_person_named_in_between():
    text = (
        '"The levy is fair," said Paula Brandt. Her neighbour, Ingrid Holm, shook her head. '
        '"It is theft," she said.\n'
    )
    found, actors = attributions_of(text)
    said = by_content(found, "theft")
    # Ingrid Holm stands between: "she" is not simply the woman quoted before
    assert said.speaker is None or actors.get(said.speaker).name != "Paula Brandt"


def test_the_one_accused_does_what_the_gerund_says():
    text = (
        "The dockers' union is accusing Governor Nils Haugen of playing politics for announcing "
        "the port subsidy a week before the vote.\n"
    )
    found, _ = attributions_of(text)
    announced = [a for a in found if a.cue is not None and a.cue.text == "announcing"]
    assert announced
    assert all(a.source is None or "union" not in a.source.text for a in announced)


def test_the_doer_of_a_gerund_is_the_subject_when_no_one_is_the_object():
    text = "Mayor Ines Okafor ended the meeting by saying the budget would pass.\n"
    found, _ = attributions_of(text)
    said = by_content(found, "budget would pass")
    assert said.source is not None and "Okafor" in said.source.text


def test_the_subject_of_the_reported_clause_is_not_the_speaker():
    text = (
        "Ferry passengers waited on the pier 0915 Local columnist Aldo Brenner , writing in the "
        "Courier , says a new harbour inquiry should start at once .\n"
    )
    found, _ = attributions_of(text)
    said = by_content(found, "should start at once")
    assert said.source is None or "inquiry" not in said.source.text
    # the clause after the cue is what was said, not the line before it
    assert "Ferry passengers" not in said.content.text
    assert not any("Ferry passengers" in a.content.text for a in found)


def test_a_name_after_the_cue_set_off_by_a_comma_still_speaks():
    found, _ = attributions_of(
        "“It was a mess,” said retired pilot Gus Amundsen, asked about it.\n"
    )
    assert by_content(found, "a mess").source.text == "retired pilot Gus Amundsen"


# -- lines run together ------------------------------------------------------------------------


def test_a_caption_run_into_the_next_sentence_is_not_said():
    text = (
        "Thousands remain without heating The next few weeks will show whether the grid can "
        "hold , Mayor Ines Okafor has said .\n"
    )
    found, _ = attributions_of(text)
    said = by_content(found, "grid can hold")
    assert said.content.text.startswith("The next few weeks")
    text = (
        "Large parts of the old harbour lie under water The charity said its staff had handed "
        "out blankets and tents on Friday .\n"
    )
    found, _ = attributions_of(text)
    assert not any("harbour lie under water" in a.content.text for a in found)
    assert by_content(found, "handed out blankets")


def test_a_time_stamp_after_a_caption_starts_a_line():
    text = (
        "Rescue teams reach the valley 1542 Regional governor Lena Marsh says the road will "
        "reopen within two days .\n"
    )
    found, _ = attributions_of(text)
    said = by_content(found, "reopen within two days")
    assert "1542" not in said.content.text and "Rescue teams" not in said.content.text


def test_capitals_that_start_no_line():
    text = (
        "In 2010 Congress passed the levy, Senator Otto Krag told The Guardian on Monday, and "
        "he said the coalition would keep it.\n"
    )
    found, _ = attributions_of(text)
    assert by_content(found, "coalition would keep it")
    assert any("2010 Congress passed the levy" in a.content.text for a in found)


# -- what was said ------------------------------------------------------------------------------


def test_a_relative_clause_with_another_s_report_ends_the_report():
    text = (
        "Ada Vinter said she was asking the coast guard to help with the search, which local "
        "radio reported could take a week.\n"
    )
    found, _ = attributions_of(text)
    said = by_content(found, "coast guard")
    assert "local radio" not in said.content.text
    text = (
        "Ada Vinter, the mayor, said the dam would reopen in May, which the Courier first "
        "reported.\n"
    )
    found, _ = attributions_of(text)
    assert by_content(found, "dam would reopen").content.text == "the dam would reopen in May"


def test_a_relative_clause_of_the_speaker_s_own_stays():
    text = "Ada Vinter said the dam, which she said had cost $5 million, was safe again.\n"
    found, _ = attributions_of(text)
    assert by_content(found, "was safe again")


def test_a_clause_before_a_cue_in_parentheses_leads_into_its_quotation():
    text = 'If the ferry stops, she said, "the island will empty."\n'
    found, _ = attributions_of(text)
    said = [a for a in found if "island will empty" in a.content.text]
    assert len(said) == 1 and said[0].content.text.startswith("If the ferry stops")
    assert not any(a.content.text == "If the ferry stops" for a in found)


def test_a_name_in_the_words_reported_is_not_who_reports_them():
    text = (
        '"Our allies no longer trust us," said Tom Wilder, a former governor. If Senator Ames '
        'is elected, he said, "she will spend her days in court."\n'
    )
    found, _ = attributions_of(text)
    assert by_content(found, "days in court").speaker == by_content(found, "allies").speaker


def test_a_pronoun_inside_the_statement_before_breaks_nothing():
    # a statement whose words run on past the next one's pronoun source ("Ellen Brandt said
    # that she would resign" and "she would resign"): no chain to follow, and nothing raised
    text = "Ellen Brandt said that she would resign.\n"
    doc = parse(text)
    actors = find_actors(doc, article(text))
    ctx = Context(doc, article(text), actors, ())
    said = Draft("indirect", (doc[3].idx, doc[7].idx), source=doc[0:2], speaker=actors.at(doc[1]))
    wants = Draft("indirect", (doc[5].idx, doc[7].idx), source=doc[4:5])
    assert said.speaker is not None
    agreeing_pronouns(ctx, [said, wants])
    assert wants.speaker is None


def test_he_goes_past_an_organisation_speaking_in_between():
    text = (
        '"That survey was not science," said Ivo Marsh, a marine biologist at Dover College. '
        'He accused the White House of making "sweeping and unfounded" claims that most of the '
        "spill was gone. "
        '"I believe the survey is wrong," he said.\n'
    )
    found, actors = attributions_of(text)
    said = by_content(found, "survey is wrong")
    assert said.speaker is not None and actors.get(said.speaker).name == "Ivo Marsh"
