"""Session 48 (actors): wire copy names a firm in full once, with its legal form ("Kestrel
Petroleum Ltd", "Harrow Power Corp", "TRX Corp"), and then by the words before it ("Kestrel
Petroleum", "Harrow", "TRX"). The short name is the same firm, not a second organisation, a
person the model saw in two capitalised words, or a state of no code. A name whose remaining
words place it ("Kestrel Canada Ltd") is a unit of another country, and two firms of the same
opening words leave the short name alone. And a name ending in a legal form ("Orlan
Insurance Co of America", "Lumen AG") is a business. The names and figures are invented."""

from tests.stages import actors_of


def _records(text: str) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in actors_of(text).actors}


def test_a_firms_name_without_its_legal_form_is_the_firm():
    # fails before: "Brindlewood Petroleum" was a second organisation
    text = (
        "Brindlewood Petroleum Ltd said it agreed to sell its refinery. Brindlewood Petroleum "
        "said the sale would close in June."
    )
    records = _records(text)
    assert records["Brindlewood Petroleum Ltd"] == [
        "Brindlewood Petroleum Ltd",
        "Brindlewood Petroleum",
    ]
    assert "Brindlewood Petroleum" not in records


def test_a_firms_short_name_of_two_words_is_no_person():
    # fails before: "Quillon Mohawk" was a person
    text = (
        "Quillon Mohawk Power Corp said it filed a rate request with state regulators. "
        "Quillon Mohawk said the increase was needed to pay for a new plant."
    )
    records = _records(text)
    assert "Quillon Mohawk" in records["Quillon Mohawk Power Corp"]
    assert "Quillon Mohawk" not in records


def test_a_firms_acronym_is_the_firm_and_no_person():
    # fails before: "TRX" alone was a person
    text = (
        "TRX Corp said it raised its stake in Pendle Mills Inc to 9 pct. TRX said it may seek "
        "control of Pendle Mills."
    )
    records = _records(text)
    assert records["TRX Corp"] == ["TRX Corp", "TRX"]
    assert records["Pendle Mills Inc"] == ["Pendle Mills Inc", "Pendle Mills"]


def test_a_firm_with_its_country_after_the_legal_form_takes_its_short_name():
    # fails before: "Orlan" was an organisation of its own, and the firm of no sector
    text = "Orlan Insurance Co of America said it would buy a rival. Orlan said the price was fair."
    actors = {a.name: a for a in actors_of(text).actors}
    firm = actors["Orlan Insurance Co of America"]
    assert [m.text for m in firm.mentions] == ["Orlan Insurance Co of America", "Orlan"]
    assert firm.sector == "BUS"


def test_a_name_ending_in_a_legal_form_is_a_business():
    # fails before: no sector
    text = "Lumen AG said on Tuesday it would cut 300 jobs at its plant."
    actors = {a.name: a for a in actors_of(text).actors}
    assert actors["Lumen AG"].sector == "BUS"


def test_a_units_country_keeps_the_parent_apart():
    # guard: "Kestrel Canada Ltd" is a unit; the two-word parent named after it is not it
    text = (
        "Kestrel Canada Ltd said its sales rose 8 pct. Kestrel Holdings said it was pleased "
        "with the unit's results."
    )
    records = _records(text)
    assert "Kestrel Holdings" not in records.get("Kestrel Canada Ltd", [])


def test_two_firms_as_near_leave_a_short_name_of_two_words_alone():
    # guard: "Marrow Mills" may be either firm
    text = (
        "Marrow Mills Oil Corp and Marrow Mills Gas Co said they would merge. Marrow Mills "
        "said the deal would close by June."
    )
    records = _records(text)
    assert "Marrow Mills" not in records.get("Marrow Mills Oil Corp", [])
    assert "Marrow Mills" not in records.get("Marrow Mills Gas Co", [])


def test_the_short_name_goes_to_the_firm_it_leaves_fewest_words_of():
    # fails before: a second organisation
    text = (
        "Caspian Leisure Inc said its unit Caspian Leisure Finance Corp sold notes. Caspian "
        "Leisure said the proceeds would repay debt."
    )
    records = _records(text)
    assert "Caspian Leisure" in records["Caspian Leisure Inc"]


def test_a_firm_named_after_the_short_name_does_not_take_it_back():
    # guard: only a firm named before gives its short name
    text = (
        "Halvard Brenning said on Monday he would step down. Halvard Brenning Industries Inc "
        "said its founder would stay on the board."
    )
    records = _records(text)
    assert "Halvard Brenning" in records


# "the company" and the firms around it: once the short names and legal forms above make more
# firms candidates, the subject of the clause "the company" is an object or owner in is never
# the company it acts on (it would say "itself", "its"), nor is a firm named only in passing
# as the other side of what the story's firm does ("sales to X", "a meeting with X").


def _holder(text: str, word: str = "the company") -> str | None:
    return next(
        (a.name for a in actors_of(text).actors if word in [m.text for m in a.mentions]), None
    )


def test_the_subject_of_the_clause_is_not_the_company_it_acts_on():
    # fails before: the lender releasing cash "to the company" was the company
    text = (
        "Kelver Resources Inc said its lender agreed to new terms. On February 1, Fenwick "
        "Bancorp Inc released to the company all cash flow from its wells."
    )
    assert _holder(text) == "Kelver Resources Inc"


def test_a_firm_named_in_passing_does_not_take_the_company():
    # fails before: the buyer named in passing ("sales ... to Brenton Corp") took "the company"
    text = (
        "Harlow Mills Inc said it will sell its textile unit. Harlow Mills said the note was "
        "for sales of yarn to Brenton Corp during the company's 1986 fiscal year."
    )
    assert _holder(text) == "Harlow Mills Inc"


def test_a_target_met_with_does_not_take_the_company_of_the_bidders_letter():
    # fails before: the target named last took "the company"
    text = (
        "Danforth Group Inc said it would buy the retailer. Danforth said it urges a meeting "
        "with Ellery Stores Corp officials. The letter said the company has not heard from "
        "Ellery Stores."
    )
    assert _holder(text) == "Danforth Group Inc"


def test_a_spokesman_for_a_firm_names_the_company_he_speaks_for():
    # fails before (short name, legal form); and a guard: "a spokesman for X" is no passing
    # mention
    text = (
        "Pillar Foods Co said it expects a gain. A spokesman for Pillar said the company is "
        "aiming to book it in May."
    )
    assert _holder(text) == "Pillar Foods Co"


def test_the_firm_that_did_not_win_the_company_is_not_it():
    # guard: the subject of "win" is not what it did not win
    text = (
        "Tessaly Corp, a chemicals concern, tried to buy the larger Marden Corp two years ago. "
        "While Tessaly did not win the company, it made a gain on its shares."
    )
    assert _holder(text) == "Marden Corp"


def test_the_asker_is_not_the_firm_it_asks_to_bid_for():
    # fails before: the bidder, asking the target's board "to make a bid for the firm"
    text = (
        "Moody's may lower the rating of Lumen Co's paper pending a possible takeover by "
        "Ravel Group Inc. Ravel has asked Lumen's board for permission to make a bid for "
        "the firm."
    )
    assert _holder(text, "the firm") == "Lumen Co"


def test_the_company_described_in_the_sentence_before_is_that_firm():
    # guard: the firm just described as the subject keeps "the company"
    text = (
        "Orrin Tire Co agreed to sell the plant to Valmont AG. Valmont is Europe's second "
        "largest tyre maker. Last year, the company had sales of 2.6 billion dlrs."
    )
    assert _holder(text) == "Valmont AG"
