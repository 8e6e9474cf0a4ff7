"""Only actors, and of the right kind (issue 21, session 59). A paper's dateline that gives the
place's region ends with a plain hyphen too ("DRAVNO, Kestria - "); a caption's agency alone
opens the story's first line when the page lost the line break ("AP Kestrel Oil has ...");
a photo desk's terms of use ("TV OUT ; MANDATORY CREDIT") are the caption's, not a body;
a name the text puts before "rig" or "tanker" is the vessel's in every mention ("the
Ocean Sparrow sank"), no person's; a place-like name right after a body's noun ("polling
center Tolvana") is that body, no state; and a headline's shouted common word ("CRISIS IS
OVER: ...") no organisation. Each with a look-alike that must not change. Sentences written
for dateline; the places, firms, vessels and people are invented."""

import datetime as dt

from dateline.actors import find_actors
from dateline.language import parse
from dateline.model import Actor, Article
from dateline.text.credits import caption_credits
from dateline.text.wirelines import wire_dateline


def actors(text: str) -> tuple[Actor, ...]:
    article = Article(id="t", text=text, published=dt.date(2010, 6, 10), source="x")
    return find_actors(parse(text), article).actors


def names(text: str) -> set[str]:
    return {a.name for a in actors(text)}


def dateline_of(text: str) -> str | None:
    span = wire_dateline(text)
    return None if span is None else text[span[0] : span[1]]


def credits_of(text: str) -> list[str]:
    return [text[start:end] for start, end in caption_credits(text)]


# -- a paper's dateline with a plain hyphen ---------------------------------------------------


def test_a_dateline_with_its_region_may_end_with_a_hyphen():
    text = "Vote count favours the opposition.\n\nDRAVNO, Kestria - Allies of the leader said."
    assert dateline_of(text) == "DRAVNO, Kestria - "
    assert dateline_of("BRENTHAM, N.H. - The campaign office was busy.") == "BRENTHAM, N.H. - "


def test_a_headline_in_capitals_with_a_hyphen_is_no_dateline():
    # guards: names in capitals after the comma, and no comma at all
    assert dateline_of("MARSH, LARKIN - A TALE OF TWO RIVALS\n\nThe race tightened.") is None
    assert dateline_of("MARKETS FALL - TRADERS WORRY\n\nShares fell on Monday.") is None


def test_the_place_of_a_hyphen_dateline_is_no_organisation():
    text = (
        "Landslide for the opposition in Kestria.\n\n"
        "MORVANO, Kestria - Allies of Elena Varga on Monday predicted a sweeping victory in "
        "Kestria's elections - a landslide based on early counts."
    )
    assert "MORVANO" not in names(text)


# -- a caption's agency glued to the story's first line ---------------------------------------


def test_an_agency_opening_a_line_before_a_capital_is_a_credit():
    text = "A boat moves through the slick on Tuesday .\nAP Kestrel Oil has promised to pay."
    assert credits_of(text) == ["AP"]


def test_the_agency_named_in_a_sentence_is_no_credit():
    # guards: the agency as a sentence's subject, in a line or opening one before a verb
    assert credits_of("Officials told the AP on Monday .\nAP reported the figure first .") == []


def test_a_firm_after_a_captions_agency_is_the_firm():
    text = (
        "June 2 : A boat moves through the slick near the coast .\n"
        "AP Kestrel Oil has launched a new attempt to seal the leaking well , "
        "but the company 's chief said it would take days to know whether it worked .\n"
        "Kestrel Oil shares fell on Friday ."
    )
    found = names(text)
    assert "AP Kestrel Oil" not in found
    assert "Associated Press" not in found
    assert "Kestrel Oil" in found


# -- a photo desk's terms of use --------------------------------------------------------------


def test_a_photo_desks_terms_of_use_are_a_credit():
    text = "(AP Photo) TV OUT ; ONLINE OUT ; MANDATORY CREDIT : HERALD PRESS OUT Kestrel says"
    assert credits_of(text) == ["TV OUT ; ONLINE OUT ; MANDATORY CREDIT : HERALD PRESS OUT"]
    # a guard: a headline in capitals that runs out of something
    assert credits_of("KESTREL RUNS OUT OF CASH - UNLIKELY") == []


def test_mandatory_credit_is_no_organisation():
    text = (
        "Crews return to the well . -LRB- AP Photo -RRB- TV OUT ; MAGS OUT ; MANDATORY "
        "CREDIT : DAILY PRESS OUT The company says its ships are going back ."
    )
    found = names(text)
    assert "CREDIT" not in found
    assert "DAILY PRESS" not in found


# -- a vessel's name --------------------------------------------------------------------------


def test_a_name_the_text_calls_a_rig_is_no_person_anywhere():
    text = (
        "Oil leaks into the bay.\n"
        "The Ocean Sparrow burned for two days before it sank on Friday.\n"
        "Inspectors found no faults on the Ocean Sparrow rig in March, officials of the "
        "company said."
    )
    assert all(a.kind != "person" or "Sparrow" not in a.name for a in actors(text))


def test_a_person_beside_a_rig_stays_a_person():
    # a guard: a man named near the rig's noun, never right before it
    text = (
        "Oil leaks into the bay.\n"
        "Tony Marsh said on Friday that the leak would be stopped.\n"
        "Inspectors found no faults on the rig in March, Marsh said."
    )
    assert "Tony Marsh" in names(text)


def test_a_name_before_a_trades_rig_is_no_person():
    text = (
        "Oil leaks into the bay.\n"
        "Since Ocean Sparrow exploded last month the firm has lost billions .\n"
        "The Ocean Sparrow drilling rig sank two days after the blast ."
    )
    assert all(a.kind != "person" or "Sparrow" not in a.name for a in actors(text))


# -- a body the text names by its noun ---------------------------------------------------------


def test_a_name_after_a_polling_centers_noun_is_no_country():
    text = (
        "Half of 1,000 voters surveyed said they believe the government exaggerated the risk "
        "of the flu , and are now less worried . \nThe research by online polling center "
        "Tolvana found two-thirds of respondents thought the government had coped well with "
        "the outbreak , while more than half thought the hospitals were ready ."
    )
    kinds = {a.kind for a in actors(text) if a.name == "Tolvana"}
    assert kinds == {"organisation"}


def test_an_unknown_state_that_acts_stays_a_country():
    # a guard: the same name with no body's noun before it
    text = (
        "Tolvana closed its border with Valdoria on Monday, and Tolvana's army moved north, "
        "officials said."
    )
    assert any(a.name == "Tolvana" and a.kind == "country" for a in actors(text))


# -- a headline's shouted word ----------------------------------------------------------------


def test_a_common_word_shouted_in_a_headline_is_no_organisation():
    text = (
        "CRISIS IS OVER: Senate Leaders Agree Budget Deal.\n\n"
        "So the budget talks ended on Friday, after the Senate leaders met for six hours."
    )
    assert "CRISIS" not in names(text)


def test_an_abbreviation_shouted_in_a_headline_stays():
    # a guard: "PBS" is no word of the list, and the story names it again
    text = (
        "FIX IS IN: PBS Moderators Ignore Senator's Scandals.\n\n"
        "On the same day PBS said the debate drew record viewers, the moderators asked no "
        "question about it."
    )
    assert "PBS" in names(text)


# -- a square's name; a known firm the model left unlabelled -----------------------------------


def test_half_of_a_squares_name_is_no_country():
    text = (
        "Protesters climbed onto the roof of the company 's headquarters in St James 's Square "
        ", near the park .\nPolice were called to reports of protesters on a building in "
        "St James 's Square at dawn ."
    )
    assert all(a.kind != "country" for a in actors(text))


def test_a_known_firm_the_model_left_unlabelled_is_the_firm():
    text = "Rio Tinto also enters the index while BHP Billiton has moved out ."
    assert any(a.name == "Rio Tinto" and a.kind == "organisation" for a in actors(text))


def test_an_unlabelled_unknown_name_that_acts_stays_a_person():
    # a guard: a name no knowledge holds
    text = "Marta Quell told reporters on Monday that the mine would reopen ."
    assert any(a.name == "Marta Quell" and a.kind == "person" for a in actors(text))
