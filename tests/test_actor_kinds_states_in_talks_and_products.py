"""Issue 21, session 42 (second round, kinds): a country that is a side of talks is its
government. The audit table makes a capital after "with" ("talks with Washington") its
government and issue 21 a place used as an actor its government; so a country that holds
talks, negotiates or discusses, or with whom (or between whom) talks or negotiations are held,
is a government record, while "talks on Haiti", "aid to Haiti" or "floods hit Mexico" stay the
country. Sentences written for dateline."""

from tests.stages import actors_of


def _kinds(text: str, name: str) -> list[str]:
    return sorted(a.kind for a in actors_of(text).actors if a.name == name)


def test_the_country_talks_are_held_with_is_its_government():
    assert _kinds("Trade talks with Japan broke down after a week.", "Japan") == ["government"]
    text = "The envoy flew to Lima for negotiations with Chile over the fishing rights."
    assert _kinds(text, "Chile") == ["government"]


def test_both_sides_of_talks_between_two_countries_are_governments():
    text = "The ministry said negotiations between Chile and Peru would resume next week."
    assert _kinds(text, "Chile") == ["government"]
    assert _kinds(text, "Peru") == ["government"]


def test_with_on_the_verb_that_holds_the_talks():
    text = "Donors held talks with Haiti on Monday about the rebuilding."
    assert _kinds(text, "Haiti") == ["government"]
    text = "Officials said the United States had talked with Mexico about the border."
    assert _kinds(text, "Mexico") == ["government"]


def test_a_country_owning_or_holding_talks_is_its_government():
    text = "Japan's talks with the United States ended without a deal on rice."
    assert _kinds(text, "Japan") == ["government"]
    assert _kinds(text, "United States") == ["government"]
    assert _kinds("Brazil has had talks with its creditors.", "Brazil") == ["government"]
    assert _kinds("Brazil discussed the debt with its bankers.", "Brazil") == ["government"]


def test_a_country_in_talks_or_with_months_of_them_is_its_government():
    text = "Officials said the United States and China had months of talks before the accord."
    assert _kinds(text, "China") == ["government"]
    text = "Mexico is in the final stages of discussions with its creditor banks."
    assert _kinds(text, "Mexico") == ["government"]
    text = "Haiti is in ruins, and Brazil is in the final stages of a recovery."
    assert _kinds(text, "Haiti") == ["country"]
    assert _kinds(text, "Brazil") == ["country"]


def test_talks_about_a_country_aid_to_it_and_floods_in_it_keep_the_country():  # guard
    text = "The minister said talks on Haiti would open in Geneva."
    assert _kinds(text, "Haiti") == ["country"]
    text = "Aid to Haiti arrived on Monday, and floods hit Mexico."
    assert _kinds(text, "Haiti") == ["country"]
    # session 47: "floods hit Mexico" names where the floods struck, no party, as "Mexico
    # was hit by floods" has since session 46 (the object of a disaster's striking verb)
    assert _kinds(text, "Mexico") == []


def test_a_meeting_or_visit_with_a_country_is_not_talks():  # guard
    text = "The minister's visit to Peru was cut short by the floods."
    assert "government" not in _kinds(text, "Peru")


# --- products named like firms ---------------------------------------------------------------


def _names(text: str) -> list[str]:
    return [a.name for a in actors_of(text).actors]


def test_a_drug_the_text_says_is_a_drug_is_no_actor():
    text = (
        "Doctors found the strain resistant to Kestrofen, the main antiviral flu drug, and "
        "officials at Roche said Kestrofen still worked in most patients."
    )
    assert "Kestrofen" not in _names(text)
    assert "Roche" in _names(text)


def test_a_product_made_by_a_firm_or_named_after_its_noun_is_no_actor():
    later = " Kestrofen would only be given to the sick, the minister said."
    text = "The illness has so far been treatable with Kestrofen, made by Roche." + later
    assert "Kestrofen" not in _names(text)
    text = "Samples were resistant to Roche AG's Kestrofen, a pill that treats it." + later
    assert "Kestrofen" not in _names(text)
    text = "Schools handed out the drug Kestrofen on Monday." + later
    assert "Kestrofen" not in _names(text)


def test_a_firm_said_to_make_drugs_stays_a_body():  # guard
    text = "Novartis, a Swiss drug company, said it would give vaccines to poor countries."
    assert "Novartis" in _names(text)
    text = "Officials said the vaccine GlaxoSmithKline makes would be ready in July."
    assert "GlaxoSmithKline" in _names(text)
