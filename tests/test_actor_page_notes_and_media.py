"""Session 49: names a page prints about its story, not in it — a co-reporting credit, a note on
the writer, a comment's "Reply" button — and names of speeches and blogs are no actors."""

from itertools import pairwise

from tests.stages import actors_of, corrected_entities


def names(text: str) -> set[str]:
    return {a.name.lower() for a in actors_of(text).actors}


def test_a_co_reporting_credit_names_no_actor():
    text = (
        "Mayor Dana Ruiz of Dayton said on Monday that the bridge would reopen in May.\n\n"
        "Tobias Wrenfield contributed reporting from Columbus."
    )
    found = names(text)
    assert "tobias wrenfield" not in found
    assert "dana ruiz" in found


def test_additional_reporting_credited_at_the_end_names_no_actor():
    text = (
        "Governor Carl Kessler signed the budget in Columbus, Ohio, on Friday.\n\n"
        "Mirela Osterkamp and Joaquin Beltrane contributed additional reporting."
    )
    found = names(text)
    assert not found & {"mirela osterkamp", "joaquin beltrane"}
    assert "carl kessler" in found


def test_a_person_who_contributed_money_stays():
    text = (
        "Harold Brenneman contributed $5,000 to the campaign of Senator Dana Ruiz, "
        "records filed in Ohio show."
    )
    assert "harold brenneman" in names(text)


def test_a_note_on_the_writer_closing_the_text_names_no_actor():
    text = (
        "The city council of Dayton, Ohio, voted on Monday to close two schools. Parents said "
        "they would appeal, and the council's chairman, Peter Lind, said the vote was final.\n\n"
        "Ellery Vantongeren is a columnist for the Harlow Courier and the author of "
        '"Quiet Streets."'
    )
    found = names(text)
    assert "ellery vantongeren" not in found
    assert not any("harlow courier" in n for n in found)
    assert "peter lind" in found


def test_a_person_of_the_story_said_to_be_an_author_stays():
    # named again in the text: one of the story's people, not a note on its writer
    text = (
        "The city council of Dayton, Ohio, voted on Monday to close two schools, and "
        "Marguerite Olafsen, a parent, said she would sue.\n\n"
        "Marguerite Olafsen is the author of a book on the city's schools."
    )
    assert "marguerite olafsen" in names(text)


def test_a_comment_button_ends_the_name_before_it():
    text = (
        "Comments\n\nThe whole dispute should be handed to Germany Reply\nLena Parkes\n"
        "Nobody cares."
    )
    kept, _ = corrected_entities(text, [("Germany Reply\nLena Parkes", "ORG")])
    assert [(e.text, e.label_) for e in kept] == [("Germany", "GPE")]


def test_the_state_of_the_union_is_no_organisation():
    text = (
        "The president will set out his plans in the State of the Union next week, and "
        "Senator Dana Ruiz said the State of the Union would be partisan."
    )
    found = names(text)
    assert not any("state of the union" in n for n in found)
    assert "dana ruiz" in found


def test_a_blog_named_in_apposition_is_no_person():
    text = (
        "The blogger Tim Ashcombe wrote on his blog, Quiet Dissent, that the vote in Ohio was "
        "rigged. Quiet Dissent has 10,000 readers."
    )
    found = names(text)
    assert "quiet dissent" not in found
    assert "tim ashcombe" in found


def by_name(text: str) -> dict[str, object]:
    return {a.name: a for a in actors_of(text).actors}


def test_a_paper_is_named_without_the_word_newspaper():
    text = (
        "The Harlow Sentinel newspaper reported on Monday that the river had burst its banks "
        "near Dayton, Ohio."
    )
    found = by_name(text)
    assert "Harlow Sentinel" in found
    assert found["Harlow Sentinel"].sector == "MED"


def test_a_paper_is_named_without_the_words_that_describe_it():
    text = "The state-run Al-Nadeem newspaper said the damage in Egypt was small."
    found = by_name(text)
    assert "Al-Nadeem" in found
    assert not any("newspaper" in name for name in found)


def test_a_news_agency_named_with_its_description_is_one_record():
    text = (
        "The Kestria Press news agency said three people died. The Kestria Press later "
        "raised the toll to five."
    )
    found = by_name(text)
    assert "Kestria Press" in found
    assert found["Kestria Press"].sector == "MED"
    assert not any("agency" in name for name in found)


def test_a_paper_described_by_its_country_only_keeps_its_words():
    # no name left once the description is gone: an unnamed paper, as before
    text = "A British newspaper reported that the mayor of Dayton, Ohio, had resigned."
    assert "British" not in by_name(text)


def labels(text: str, entities: list[tuple[str, str]]) -> dict[str, str]:
    kept, _ = corrected_entities(text, entities)
    return {e.text: e.label_ for e in kept}


def test_a_name_of_a_given_name_that_notes_a_study_is_a_person():
    text = "Margaret Osterkamp notes a new study of the river's floods in Ohio."
    assert labels(text, [("Margaret Osterkamp", "ORG")]) == {"Margaret Osterkamp": "PERSON"}


def test_the_writer_after_writes_is_a_person():
    text = "The river rose for a week before the levee broke, writes Nicholas Pemberley."
    assert labels(text, [("Nicholas Pemberley", "ORG")]) == {"Nicholas Pemberley": "PERSON"}


def test_a_firm_named_after_its_founder_stays_a_firm():
    text = (
        "Thomas Harrowgate said it would cut 200 jobs, and an analyst with Edward Fenwick agreed."
    )
    found = labels(text, [("Thomas Harrowgate", "ORG"), ("Edward Fenwick", "ORG")])
    assert found == {"Thomas Harrowgate": "ORG", "Edward Fenwick": "ORG"}


def test_a_notice_of_rights_and_a_data_licence_name_no_actor():
    text = (
        "Shares of Kestrel Mining Corp fell 4 percent in Toronto on Monday, and the "
        "company said it would cut 300 jobs.\n\n"
        "Market data provided by Quillon Data Services. Quotes delayed at least 15 minutes.\n"
        "Content Copyright 2016 Harrowgate Media Group, Inc. All rights reserved."
    )
    found = names(text)
    assert not any("quillon" in n or "harrowgate" in n for n in found)
    assert any("kestrel" in n for n in found)


def test_a_writer_named_after_a_comma_behind_a_website_stays():
    text = (
        "Writing on the Harrow Notes website, Margaret Osterkamp noted that thousands of "
        "people had given money to the appeal in Ohio."
    )
    assert "margaret osterkamp" in names(text)


def test_an_agency_and_its_description_are_one_mention():
    text = (
        "Rescuers pulled two men from the rubble in Dayton, Ohio, according to the AFP news "
        "agency. AFP said the search would go on."
    )
    for actor in actors_of(text).actors:
        spans = sorted((m.start, m.end) for m in actor.mentions)
        assert all(b[0] >= a[1] for a, b in pairwise(spans)), actor
