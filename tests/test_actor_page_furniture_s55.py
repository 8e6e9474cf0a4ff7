"""A page's signature, or a street, is no actor (issue 21, session 55): the outlet a byline
names after its writer ("By Ana Ruiz, Business reporter, Norport Radio News"), and a picture's
credit glued to the story's next words ("Photograph: Ana Ruiz/AP Health officials said"), whose
words after the credit are the story's own. Nor is a street or a square the model took for a
person's name ("Dunmore Square", "Wall Street"). Sentences written for dateline."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.text.credits import caption_credits
from tests.stages import article


def records(text: str) -> dict[str, tuple[str, list[str]]]:
    found = find_actors(parse(text), article(text, dt.date(2026, 3, 2))).actors
    return {a.name: (a.kind, [m.text for m in a.mentions]) for a in found}


def test_the_outlet_of_a_byline_is_no_actor():
    found = records(
        "By Ana Ruiz Business reporter , Norport Radio News The mayor of Dunmore has said the "
        "plan will cost jobs."
    )
    assert not any("Norport" in name for name in found)


def test_an_outlet_the_story_quotes_keeps_its_record():
    # a guard: the outlet a reporter speaks for is named in the story itself
    found = records("Ana Ruiz of Norport Radio News said the plan would cost jobs.")
    assert found["Norport Radio News"][0] == "organisation"


def test_a_sentence_opening_on_by_is_no_byline():
    # a guard: "By July 2026" opens a sentence, and the firm after it acts in the story
    assert "KestrelCorp" in records("By July 2026 , KestrelCorp had sold the rig .")


def test_a_credit_is_cut_from_the_name_the_story_goes_on_with():
    found = records(
        "Boats gathered near the rig . Photograph : Omar Vance\\/AFP\\/Getty Images KestrelCorp "
        "could suspend its dividend , the company said ."
    )
    assert "KestrelCorp" in found
    assert not any("Vance" in name or "Images" in name for name in found)


def test_a_group_after_a_credit_is_the_story_s():
    found = records(
        "Divers searched the bay . Photograph : Lin Hale\\/EPA US officials recorded a jump "
        "in the number of dead birds ."
    )
    assert not any("Hale" in name for name in found)
    assert "US officials" in found


def test_an_institution_after_a_credit_is_the_state_s():
    found = records(
        "The well was capped . Photograph : Ana Ruiz\\/Getty Images White House claims that "
        "the leak is over were met with doubt ."
    )
    assert found["White House"][0] == "government"


def test_caption_credits_span_the_photographer_and_agencies():
    text = (
        "Photograph: Omar Vance/Reuters Engineers warned. "
        "Photo : Ho\\/AFP\\/Getty Images KestrelCorp"
    )
    assert [text[a:b] for a, b in caption_credits(text)] == [
        "Omar Vance/Reuters",
        "Ho\\/AFP\\/Getty Images",
    ]
    assert caption_credits("Photograph: Kestrel Features Shares fell.") == []


def test_a_square_is_no_person():
    found = records("Crowds filled Dunmore Square on Sunday. Dunmore Square was quiet by night.")
    assert "Dunmore Square" not in found


def test_a_trade_named_by_its_street_is_no_person():
    found = records("But Wall Street, instead of spreading wealth, delivered a slump.")
    assert found.get("Wall Street", ("none",))[0] != "person"
