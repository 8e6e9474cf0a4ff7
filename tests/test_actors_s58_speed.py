"""Session 58's speed-ups of the actors stage change no reading: the pronoun pass and the
surname-as-modifier pass walk only the words spelt as a pronoun or as a surname (found in the
document's lower-case forms, ``TokenIndex.strings(LOWER)``), and the unlabelled-name pass
skips the noun chunks that hold no proper noun. These tests hold the screens' premise (a
word's lower-case form in the arrays is its text lower-cased) and what each pass still finds.
The texts are written for this test."""

from __future__ import annotations

from spacy.attrs import LOWER

from dateline.actors import find_actors
from dateline.actors.finder import ActorTable
from dateline.actors.tokenindex import TokenIndex
from dateline.language import load_nlp
from dateline.model import Article

PRONOUNS = (
    "Marta Quillon, the mayor of Dunmore, said on Monday the bridge would reopen. She added "
    "that the council had voted for it."
)
SURNAME = (
    "Senator Ilse Varmark spoke in Oslo on Monday. Critics of the Varmark plan said it would "
    "cost too much."
)
UNLABELLED = "Peder Holm told reporters on Tuesday that the plant would close next year."
NO_ONE = "Wheat prices rose 3 pct in Chicago on Tuesday as dry weather cut the harvest outlook."


def _table(text: str) -> ActorTable:
    doc = load_nlp()(text)
    return find_actors(doc, Article(id="s58", text=text, published="2026-02-03"))


def test_lower_case_forms_are_the_words_lower_cased() -> None:
    for text in (PRONOUNS, SURNAME, UNLABELLED, NO_ONE, "ÉLAN Über İstanbul ΣΟΦΙΑ Straße"):
        doc = load_nlp()(text)
        lowers = TokenIndex(doc).strings(LOWER)
        assert lowers == [t.text.lower() for t in doc] == [t.lower_ for t in doc]


def test_a_pronoun_still_takes_its_antecedent() -> None:
    table = _table(PRONOUNS)
    mayor = next(a for a in table.actors if a.name == "Marta Quillon")
    she = PRONOUNS.index("She added")
    assert any(m.start == she for m in mayor.mentions)


def test_a_surname_as_modifier_is_still_the_person() -> None:
    table = _table(SURNAME)
    senator = next(a for a in table.actors if a.name == "Ilse Varmark")
    plan = SURNAME.index("Varmark plan")
    assert any(m.start == plan for m in senator.mentions)


def test_a_name_the_model_missed_is_still_found_and_common_nouns_are_not() -> None:
    names = {a.name for a in _table(UNLABELLED).actors}
    assert "Peder Holm" in names
    assert not {a.name for a in _table(NO_ONE).actors} & {"Wheat", "Traders", "Chicago Tuesday"}
