"""Grouping that agrees: pronouns by sex and with no closer candidate, descriptions by state
and organisation, titles read from the article's own words, and a person's country from what
the article says of them rather than from the country the article is mostly about."""

from dateline.actors.corrections import _owner_and_person
from dateline.language import parse
from tests.stages import actor_named, actors_of, grouped_under


def span_actor(table, text: str, phrase: str) -> str | None:
    doc = parse(text)
    start = text.index(phrase)
    actor = table.get(table.in_span(doc.char_span(start, start + len(phrase))))
    return actor.name if actor else None


def test_she_does_not_join_a_man_known_by_his_first_name():
    text = "Robert Hale spoke to the council on Tuesday. She said the plan was already late."
    table = actors_of(text)
    assert grouped_under(table, text, "She") is None
    assert actor_named(table, "Robert Hale").mentions[-1].text == "Robert Hale"


def test_he_joins_no_one_when_another_man_is_named_closer():
    text = (
        "Paul Averill opened the hearing on Monday. "
        "Averill then questioned Tom Reyes about the contract, and he said the terms were fair."
    )
    table = actors_of(text)
    assert grouped_under(table, text, "he") is None  # Averill or Reyes: the text does not say


def test_he_still_joins_the_subject_when_no_one_else_is_near():
    text = (
        "Paul Averill opened the hearing on Monday with a short speech. "
        "He said the committee would vote in May."
    )
    table = actors_of(text)
    assert grouped_under(table, text, "He") == "Paul Averill"


def test_a_description_naming_a_state_joins_the_senator_of_that_state():
    text = (
        "Florida Sen. Ruth Ibarra opened the debate on the water bill. "
        "Texas Sen. Mark Dalton replied at length. "
        "The Florida senator said the bill would pass."
    )
    table = actors_of(text)
    assert span_actor(table, text, "The Florida senator") == "Ruth Ibarra"


def test_a_party_and_state_tag_gives_a_us_legislator_the_united_states():
    text = (
        "Rep. Dana Whitcomb (D-N.Y.) met officials in Berlin on Monday. Germany said Germany "
        "and its neighbours would decide. Germany wants a deal, Germany's minister said."
    )
    table = actors_of(text)
    whitcomb = actor_named(table, "Dana Whitcomb")
    assert (whitcomb.country, whitcomb.country_basis) == ("USA", "text")


def test_a_party_word_before_a_title_gives_the_country_not_the_article_guess():
    text = (
        "Republican presidential candidate Mark Dalton visited Mexico on Friday. Mexico and "
        "Mexico's president said Mexico would not pay. Dalton spoke in Mexico City."
    )
    dalton = actor_named(actors_of(text), "Mark Dalton")
    assert (dalton.country, dalton.country_basis) == ("USA", "text")


def test_a_nationality_in_apposition_gives_the_persons_country():
    text = (
        "Ivan Sorokin, a Russian national, was detained at the airport in Texas on Sunday. "
        "The United States said the United States would charge him."
    )
    sorokin = actor_named(actors_of(text), "Ivan Sorokin")
    assert (sorokin.country, sorokin.country_basis) == ("RUS", "text")


def test_a_role_before_a_comma_titles_the_name_after_it():
    text = "Peru's foreign minister, Elena Quispe, said on Friday that the talks would resume."
    table = actors_of(text)
    quispe = actor_named(table, "Elena Quispe")
    assert (quispe.role, quispe.country) == ("foreign minister", "PER")
    assert span_actor(table, text, "Peru's foreign minister") == "Elena Quispe"


def test_the_words_of_a_title_stand_for_the_person_titled():
    text = "Army chief Idris Kamara ousted the elected government in a coup on Sunday."
    table = actors_of(text)
    assert span_actor(table, text, "Army chief Idris Kamara") == "Idris Kamara"


def test_an_outlet_and_its_reporter_taken_for_one_organisation_are_split():
    doc = parse("Kestrel News’ Maria Ortega asked the minister about the budget.")
    whole = doc[0:5]
    owner, person = _owner_and_person(whole)
    assert (owner.text, owner.label_) == ("Kestrel News", "ORG")
    assert (person.text, person.label_) == ("Maria Ortega", "PERSON")
    assert _owner_and_person(doc[0:2]) is None  # no possessive: nothing to split


def test_a_party_description_joins_only_the_candidate_of_that_party():
    text = (
        "Democratic presidential candidate Laura Bennett met voters in Ohio on Monday. "
        "Republican presidential candidate Mark Dalton held a rally in Iowa. "
        "The Democratic nominee said the economy was her first concern."
    )
    table = actors_of(text)
    assert span_actor(table, text, "The Democratic nominee") == "Laura Bennett"
    bennett = actor_named(table, "Laura Bennett")
    assert (bennett.role, bennett.country) == ("presidential candidate", "USA")


def test_a_party_description_joins_no_one_of_unknown_party():
    text = "Mark Dalton, a candidate, spoke on Monday. The Republican nominee said little."
    table = actors_of(text)
    assert span_actor(table, text, "The Republican nominee") is None


def test_namesakes_with_other_middle_initials_stay_apart():
    text = (
        "Harold J. Brennan founded the firm in 1970. His grandson Harold K. Brennan runs it "
        "today, and Harold K. Brennan said the firm would grow."
    )
    table = actors_of(text)
    elder = [a for a in table.actors if a.mentions[0].text == "Harold J. Brennan"]
    assert len(elder) == 1 and len(elder[0].mentions) == 1


def test_a_pronoun_inside_a_quotation_is_not_given_to_the_speaker():
    text = '"He will win easily," said Kevin Dale, a strategist. Dale spoke on Monday.'
    table = actors_of(text)
    assert grouped_under(table, text, "He") is None
    assert [m.text for m in actor_named(table, "Kevin Dale").mentions] == ["Kevin Dale", "Dale"]


def test_every_editor_of_a_byline_is_left_out():
    text = "(Reporting by Tom Berg; Editing by Anna Holt and Peter Lind) The firm cut jobs."
    names = {a.name for a in actors_of(text).actors}
    assert not names & {"Tom Berg", "Anna Holt", "Peter Lind"}


def test_a_written_out_bracket_ends_a_name():
    text = "The World Food Programme -LRB- WFP -RRB- said on Monday it would send food."
    table = actors_of(text)
    assert "World Food Programme" in {a.name for a in table.actors}
    assert not any("LRB" in a.name for a in table.actors)


def test_a_relief_agency_is_no_news_agency():
    text = (
        "Mark Fried, spokesman for the Canadian relief agency, said aid was late. The Canadian"
        " news agency said so."
    )
    sectors = {a.name: a.sector for a in actors_of(text).actors}
    assert sectors["Canadian relief agency"] is None and sectors["Canadian news agency"] == "MED"


def test_the_company_is_the_company_named_just_before():
    text = "Shares of Kestrel Motors fell on Monday. The recall caught the company off guard."
    table = actors_of(text)
    assert span_actor(table, text, "the company") == "Kestrel Motors"
    assert "company" not in {a.name for a in table.actors}


def test_a_single_role_or_title_word_is_no_group():
    text = (
        "Ana Holt stepped down last week as Kestrel News's chief executive. "
        "Aid worker Tomas Lind was among the dead."
    )
    kinds = {a.name: a.kind for a in actors_of(text).actors}
    assert "chief executive" not in kinds and "Aid worker" not in kinds
    assert kinds["Tomas Lind"] == "person"


def test_the_user_name_of_a_reader_comment_is_no_actor():
    text = "At 12:24 on 30 Apr 2009, rainyday77 wrote: The reporting was overblown."
    names = {a.name for a in actors_of(text).actors}
    assert "rainyday77" not in names


def test_a_group_placed_in_a_country_takes_that_country():
    text = "The authorities in Peru have buried 400 bodies, a spokesman said."
    authorities = actor_named(actors_of(text), "authorities")
    assert (authorities.kind, authorities.country) == ("government", "PER")


def test_a_government_unnamed_takes_the_country_the_article_is_about_as_a_guess():
    text = "Haiti was hit again. The government said Haiti needs help, and Haiti's mayors agreed."
    government = actor_named(actors_of(text), "government")
    assert (government.country, government.country_basis) == ("HTI", "article")


def test_a_state_before_a_title_makes_the_person_american():
    text = "Florida Gov. Dana Ruiz toured the coast. Mexico and Mexico's navy helped Mexico."
    ruiz = actor_named(actors_of(text), "Dana Ruiz")
    assert (ruiz.country, ruiz.country_basis) == ("USA", "text")


def test_the_oil_company_is_the_company_named_before_but_not_a_foreign_one():
    text = "Kestrel Petroleum cut its dividend. Critics said the oil company had no choice."
    assert span_actor(actors_of(text), text, "the oil company") == "Kestrel Petroleum"
    other = "Kestrel Petroleum cut its dividend. The Chinese company did not."
    assert span_actor(actors_of(other), other, "The Chinese company") != "Kestrel Petroleum"


def test_the_last_word_of_a_title_is_no_organisation():
    text = "The former Secretary of State spoke in Ohio. Clinton, a former secretary of State, won."
    assert "State" not in {a.name for a in actors_of(text).actors}


def test_a_lower_case_role_noun_before_a_name_makes_it_a_person():
    # the small model reads the name as an organisation; the role noun before it says otherwise
    text = "The bloc eased the ban, according to EU spokesperson Anneke de Vries."
    table = actors_of(text)
    assert actor_named(table, "Anneke de Vries").kind == "person"
