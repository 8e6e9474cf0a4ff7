"""Issue 21, session 42 (second helper): only actors, one each, of the right kind.

A firm named after "an analyst at" is a body even when the model labelled it a person; a name
right after an age is a person's; "the firm's Swede" is a person, not the country; headline
words ending in a plural noun, a blog's author line, an event's name and "their GP" are no
actors; a "he" in a clause that opens its sentence means the main clause's subject, and a
"they" no group was found for goes on meaning the same unnamed people. Sentences written for
dateline (Kestria, Valdoria and the people and firms named are invented)."""

from dateline.actors import find_actors
from tests.stages import actor_named, actors_of, article, parse


def _kind(text: str, name: str) -> str:
    return actor_named(actors_of(text), name).kind


def _names(text: str) -> list[str]:
    return [a.name for a in actors_of(text).actors]


def _mentions(text: str, name: str) -> list[str]:
    return [m.text for m in actor_named(actors_of(text), name).mentions]


# --- kinds -----------------------------------------------------------------------------------


def test_the_employer_after_an_analyst_at_is_a_body():
    text = (
        '"It will not come near that figure," Alex Moreau, oil analyst at Raymond James in '
        "Oslo said."
    )
    assert _kind(text, "Raymond James") == "organisation"
    assert _kind(text, "Alex Moreau") == "person"


def test_every_mention_of_an_employer_is_the_body():
    text = (
        '"It will not come near that figure," Alex Moreau, oil analyst at Raymond James in '
        'Oslo said. "Nobody will buy it," Raymond James said in a note on Monday.'
    )
    assert _kind(text, "Raymond James") == "organisation"


def test_a_person_working_at_a_person_named_body_keeps_being_a_person():
    text = '"Prices have peaked," said Venus Williams, an analyst at Brenner Capital.'
    assert _kind(text, "Venus Williams") == "person"
    assert _kind(text, "Brenner Capital") == "organisation"


def test_a_name_after_an_age_is_a_person():
    text = (
        '"It is worse than they admit," said 35-year-old Lidia Quiroga as she queued at a clinic.'
    )
    assert _kind(text, "Lidia Quiroga") == "person"


def test_a_firms_swede_is_a_person_not_the_country():
    text = "Kestria Air's Swede stays silent as the chief executive fights on."
    assert "Sweden" not in _names(text)


def test_a_swede_after_the_is_still_no_country():
    text = "The Swede stays silent as the chief executive fights on."
    assert "Sweden" not in _names(text)


def test_a_country_owning_a_plan_is_still_an_actor():
    text = "Sweden's plan to cut emissions drew criticism from industry."
    assert "Sweden" in _names(text)


# --- not actors ------------------------------------------------------------------------------


def test_headline_words_ending_in_a_plural_are_no_person():
    text = (
        "Oil Spills, and Nature Suffers Sign up for free e-mail news alerts from the network. "
        "The spill reached the marsh on Monday."
    )
    assert "Oil Spills" not in _names(text)


def test_a_person_whose_surname_ends_in_s_is_still_one():
    text = "Maria Evans told reporters the mill would reopen in May."
    assert _kind(text, "Maria Evans") == "person"


def _names_unlabelled(text: str) -> list[str]:
    """The actors' names when the model labels no entity (names found by the parse alone)."""
    doc = parse(text)
    doc.ents = ()
    return [a.name for a in find_actors(doc, article(text)).actors]


def test_a_blogs_author_line_is_no_actor():
    text = (
        "Ewan Walsh | 09:53 AM , Thursday , 21 May 2009 I 've been reporting for the paper "
        "since 1984 and for the past few years , I 've been its health correspondent for the "
        "network ."
    )
    assert "Ewan Walsh" not in _names_unlabelled(text)


def test_a_name_the_model_missed_acting_is_still_found():
    text = "Tomas Brandt told the paper the mill would reopen in May ."
    assert "Tomas Brandt" in _names_unlabelled(text)


def test_an_events_name_is_no_actor():
    text = (
        "Lord Okafor and the firm's vice president Peter Mather were at an event to promote "
        "the Paris 2024 Cultural Weekend, which takes place in July."
    )
    names = _names(text)
    assert not any("Weekend" in n for n in names)
    assert "Peter Mather" in names


def test_a_summits_name_is_no_actor():
    text = "Delegates at the Geneva Trade Summit said prices would fall."
    names = _names(text)
    assert not any("Trade Summit" in n for n in names)


def test_an_acronym_after_a_possessive_pronoun_is_no_body():
    text = "Pupils with a fever should call their GP or the Health Protection Agency."
    names = _names(text)
    assert "GP" not in names
    assert "Health Protection Agency" in names


def test_a_known_body_after_a_possessive_pronoun_stays():
    text = "The firm said its UN contacts had warned it, and the UN later agreed."
    assert len(actor_named(actors_of(text), "United Nations").mentions) == 2


# --- grouping --------------------------------------------------------------------------------


def test_a_he_in_an_opening_clause_means_the_main_subject():
    text = (
        "Mayor Paul Odum met Governor Tom Brehm last week. As he has done before, Brehm on "
        "Friday played down talk of a deal with Odum."
    )
    assert "he" not in _mentions(text, "Paul Odum")
    assert "he" in _mentions(text, "Tom Brehm")


def test_a_he_in_an_opening_clause_naming_the_subject_is_not_the_subject():
    text = (
        "Mayor Paul Odum spoke first on Monday. When he met Brehm, Brehm was late for the "
        "talks on the mill."
    )
    assert "he" not in _mentions(text, "Brehm")


def test_they_of_unnamed_researchers_is_not_the_group_they_studied():
    text = (
        "They examined the experience of American workers after Valdoria flooded world "
        "markets. The promised adjustment, they concluded, never happened."
    )
    assert _mentions(text, "American workers") == ["American workers"]


def test_they_after_the_group_as_subject_is_the_group():
    text = (
        "American workers lost their jobs after the mills closed. They demanded help from Congress."
    )
    assert "They" in _mentions(text, "American workers")


def test_a_she_opening_a_while_clause_means_the_name_after_it():
    text = (
        "Ana Ruiz spoke first on Monday. While she was a federal prosecutor, Lena Brehm "
        "never charged the bank."
    )
    assert "she" in _mentions(text, "Lena Brehm")
    assert "she" not in _mentions(text, "Ana Ruiz")


def test_a_he_inside_a_clause_of_the_opening_clause_is_left_alone():
    text = (
        "Senator Tom Odum spoke on Monday. And while the campaign welcomed the causes that he "
        "has pushed, Brehm made it clear that more was needed."
    )
    assert "he" not in _mentions(text, "Brehm")


def test_they_of_a_group_named_in_the_same_sentence_is_the_group():
    text = (
        "Organisers met on Sunday. They handed out printed slates to American workers as they "
        "arrived at the plant."
    )
    assert "they" in _mentions(text, "American workers")


def test_a_firm_of_brothers_is_a_body():
    text = "Harmon Brothers made the advertisement for the campaign, the firm said."
    assert _kind(text, "Harmon Brothers") == "organisation"


def test_a_surname_like_a_plural_noun_is_still_a_persons():
    text = (
        "Republican pollster Whit Ayres -- author of a report on the party's defeat -- said "
        "the party must widen its appeal."
    )
    assert "Whit Ayres" in _names(text)


def test_a_club_after_its_age_stays_a_body():
    text = (
        "Workers swarmed over the 44-year-old Kestrel Bay Country Club, which said it would expand."
    )
    assert "Kestrel Bay Country Club" not in [
        a.name for a in actors_of(text).actors if a.kind == "person"
    ]


def test_a_country_negotiating_is_its_government():
    text = "Officials said Argentina is trying to negotiate new credit lines with its banks."
    assert _kind(text, "Argentina") == "government"


def test_a_known_surname_in_a_blogs_author_line_is_no_actor():
    text = (
        "The health correspondent Ewan Walsh said the outbreak was slowing . Walsh | 14:07 PM "
        ", Monday , 1 June 2009 One of the leading flu experts has predicted a second wave ."
    )
    table = actors_of(text)
    walsh = [a for a in table.actors if a.name == "Ewan Walsh"]
    assert all(m.text != "Walsh" for a in walsh for m in a.mentions)
