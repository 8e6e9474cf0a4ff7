"""Issue 21, session 41: a country that holds a view, sticks to a stance, or gives pressure,
criticism or a proposal is its government; a people's name saying what a state says is that
state; a capital one is kept *from* is a place. Lines of related links, sponsor notes and
caption credits hold no actors; a share's code in round brackets is none; a name the text says
is a bank, or one with a word no person's name holds, is a body; capitalised generic plurals
are no one. Sentences written for dateline (Kestria, Valdoria and their people are invented)."""

from tests.stages import actor_named, actors_of, corrected_entities


def _kind(text: str, name: str) -> str:
    return actor_named(actors_of(text), name).kind


def _names(text: str) -> list[str]:
    return [a.name for a in actors_of(text).actors]


# --- states by their stance ------------------------------------------------------------------


def test_a_country_expecting_to_act_is_its_government():
    text = "A spokeswoman said the United States expects to conclude a security pact very soon."
    assert _kind(text, "United States") == "government"


def test_a_country_feeling_cheated_is_its_government():
    text = "Ministers met as the United States and Europe feel they have been misled by Tokyo."
    assert _kind(text, "United States") == "government"


def test_a_country_sticking_to_its_position_is_its_government():
    text = "As long as Brazil sticks to its hardline position, no deal on quotas is possible."
    assert _kind(text, "Brazil") == "government"


def test_pressure_from_a_country_is_its_government():
    text = "The ruling party outlined new tariffs under mounting pressure from the United States."
    assert _kind(text, "United States") == "government"


def test_a_countrys_criticism_is_its_government():
    assert _kind("The oil firm faces US criticism over the leak.", "United States") == "government"


def test_cooperation_with_a_country_is_with_its_government():
    text = "Havana said it was open to cooperation with the United States on the slick."
    assert _kind(text, "United States") == "government"


def test_a_country_the_parser_made_an_object_of_told_is_the_clause_subject():
    text = "He told Reuters Brazil was not planning to modify the stance it held before the talks."
    assert _kind(text, "Brazil") == "government"


def test_a_people_saying_what_a_state_says_is_the_state():
    text = "Tokyo imposed conditions on the bid that the British say are unfair to their firms."
    britain = actor_named(actors_of(text), "United Kingdom")
    assert (britain.kind, britain.sector) == ("government", "GOV")


def test_a_country_feeling_a_blow_stays_the_land():
    # guard: "feel" with a thing as its object is what the land suffers
    assert _kind("Haiti feels the impact of the storm.", "Haiti") == "country"


def test_a_policy_named_by_a_country_is_about_it():
    # guard: "Israel policy" is a policy on Israel, not Israel's
    text = "She did not limit her attacks to Israel policy, the campaign said."
    assert "Israel" not in [a.name for a in actors_of(text).actors if a.kind == "government"]


def test_the_people_of_a_country_protesting_stay_its_people():
    # guard: a people's deed is no state's
    table = actors_of("The Valdorians protested in the capital for a third day.")
    assert all(a.kind != "government" for a in table.actors)


def test_firms_kept_from_a_capital_are_kept_from_a_place():
    text = "The prime minister threatened to bar Kestrian banks from London after the ruling."
    assert "London" not in _names(text)


def test_word_from_a_capital_is_from_its_government():
    # guard: what is heard from a capital comes from its government
    text = "The minister said he had heard from Moscow on Monday about the proposal."
    assert _kind(text, "Moscow") == "government"


# --- page furniture and names of bodies --------------------------------------------------------


def test_related_links_with_their_age_hold_no_actors():
    text = (
        "Oil reaches the Kestrian coast - 30 mins ago Harbour Post BP tries again to curb "
        "the leak - 37 mins ago Science Weekly BP shares fall - 3 hrs ago Valdoria Times"
    )
    assert _names(text) == []


def test_a_sponsor_note_holds_no_actors():
    assert _names("We make Partner Zones available for sponsors' own content.") == []


def test_a_caption_credit_holds_no_actors():
    text = (
        "Picture credit: BP chief Tony Hayward walks past at the House Energy and Commerce "
        "Committee on Capitol Hill."
    )
    assert "House Energy and Commerce Committee" not in _names(text)


def test_a_ticker_in_round_brackets_is_no_actor():
    text = "- Kestrel Electric Corp (KESE.T) will trim output of chips by about 10 pct."
    kept, log = corrected_entities(text, [("Kestrel Electric Corp", "ORG"), ("KESE.T", "PERSON")])
    assert [e.text for e in kept] == ["Kestrel Electric Corp"]
    assert ("ticker", "KESE.T") in log


def test_a_name_the_text_says_is_a_bank_is_a_body():
    text = (
        "Some Sayam branches will merge with their Lanna Thep counterparts, and others will run "
        "under Lanna Thep's name. Lanna Thep is Kestria's third largest bank."
    )
    assert actor_named(actors_of(text), "Lanna Thep").kind == "organisation"


def test_a_name_with_a_word_no_person_bears_is_a_body():
    text = "International Aero Turbine includes the world's other leading engine makers."
    kept, _ = corrected_entities(text, [("International Aero Turbine", "PERSON")])
    assert [e.label_ for e in kept] == ["ORG"]


def test_capitalised_generic_plurals_are_no_one():
    text = "Since Oil Companies focus principally on cash flow, I looked at their cash flow."
    assert _names(text) == []


def test_a_person_named_like_a_town_crier_stays_a_person():
    # guard: a person's name is not taken for a body or a generic plural
    table = actors_of("Ana Ruiz, a Kestrian trade official, said the talks would resume.")
    assert actor_named(table, "Ana Ruiz").kind == "person"


# --- the side a group's own words give ----------------------------------------------------------


def test_party_officials_are_the_partys():
    text = "In Australia the opposition leader sacked his deputy, party officials said."
    group = actor_named(actors_of(text), "party officials")
    assert group.sector == "PTY"


def test_pro_government_demonstrators_are_no_opposition():
    text = "In Thailand, thousands of pro-government demonstrators marched on Friday."
    assert actor_named(actors_of(text), "pro-government demonstrators").sector == "CVL"


def test_representatives_of_writers_are_no_government():
    text = "In Canada, the network made its final offer to representatives of 900 writers."
    assert all(a.sector != "GOV" for a in actors_of(text).actors if a.name == "representatives")


def test_representatives_of_governments_stay_the_governments():
    # guard: a state's representatives are its officials
    text = "In Canada, representatives of the two governments met on Monday."
    assert actor_named(actors_of(text), "representatives").sector == "GOV"


def test_anti_government_protesters_stay_the_opposition():
    # guard
    text = "In Thailand, anti-government protesters marched on Friday."
    assert actor_named(actors_of(text), "anti-government protesters").sector == "OPP"


def test_a_labour_government_stays_the_government():
    # guard: the party's name before "government" makes no union of it
    text = "In Australia, the Labor government said it would send aid."
    assert actor_named(actors_of(text), "Labor government").sector != "LAB"


# --- a group noun inside a hyphened word -------------------------------------------------------


def test_a_group_noun_inside_a_hyphened_adjective_is_no_group():
    text = "In the US, the press-shy geologist met a media-savvy chief on Friday."
    assert actors_of(text).actors == ()


def test_a_ferry_press_ganged_into_service_is_no_press():
    text = "In the US, fishermen sailed off a state ferry press-ganged into service."
    assert "press" not in _names(text)


def test_a_group_that_leads_by_a_hyphen_still_acts():
    # guard: "police-led" names the police as the doers
    assert "police" in _names("In the US, police-led raids hit the town on Friday.")


def test_where_a_country_stands_is_no_stance_of_its_state():
    # guard: "position in the shadow of" is the land's situation, not what its state holds
    text = "Its foreign policy is moulded by Finland's sensitive position in the shadow of Russia."
    assert _kind(text, "Finland") == "country"


def test_a_countrys_position_on_a_question_is_its_governments():
    text = "Bankers criticised Brazil's position on the debt at the talks."
    assert _kind(text, "Brazil") == "government"
