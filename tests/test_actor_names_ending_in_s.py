"""An "'s" the model left at the end of a name is a possessive, cut off ("Kestrel's analysts"
-> Kestrel), unless a verb follows it: then it is the name's own ("Moody's cut the rating",
"Macy's said")."""

from tests.stages import corrected_entities


def test_an_s_before_a_verb_is_part_of_the_name():
    text = "Its shares fell after Moody's cut the company's credit rating."
    kept, _ = corrected_entities(text, [("Moody's", "ORG")])
    assert [e.text for e in kept] == ["Moody's"]


def test_a_possessive_s_is_cut():
    # guard: "'s" before a noun
    text = "Its shares fell after Kestrel's analysts cut the rating."
    kept, _ = corrected_entities(text, [("Kestrel's", "ORG")])
    assert [e.text for e in kept] == ["Kestrel"]
