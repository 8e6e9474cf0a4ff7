"""Session 48's speed-ups of the actors stage give what the code they replace gave: a firm's
share code and a name in what "the company" says found with no pattern compiled per name, a
word in capitals looked up among the words the text writes in lower case, a title's words cut
from the tokens' text. The texts are written for this test; the code replaced is kept here to
compare with."""

from __future__ import annotations

import re

from dateline.actors.corrections import _capitalised_common_word, _lower_words
from dateline.actors.finder import SHARE_CODE_AFTER, _bounded, _share_code_after
from dateline.actors.knowledge import knowledge
from dateline.actors.known import shipped_known
from dateline.language import load_nlp
from dateline.text.doctext import tokens_text

WIRE = (
    "Kestrel Holdings Inc <KEST.N> said it agreed to buy Lumen Petroleum Ltd <LPL.L> for 40 "
    "mln dlrs. Kestrel Holdings also said its unit Kestrel Holdings Canada <KHC.TO> would "
    "sell shares. A.Kestrel <AKS> and Kestrel<KS.T>, not.Lumen <NL>, traded. Ölwerke Süd AG "
    "<OWS.F> and Kestrel Holdings (KEST) gained; Kestrel   Holdings <KH.PA> too. "
    "Kestrel Holdings Inc Group Ltd Extra <KX> and _Kestrel <UK> did not."
)
NAMES = [
    "Kestrel Holdings",
    "Kestrel Holdings Inc",
    "Kestrel",
    "Lumen Petroleum",
    "Lumen",
    "Ölwerke Süd",
    "Ölwerke Süd AG",
    "Holdings",
    "A.Kestrel",
    "Kestrel Holdings Canada",
    "K",
    "Kestrel Holdings Inc Group",
    "Kestrel.",
    "Nobody",
    "<KEST.N>",
    "Kestrel Holdings Inc <KEST.N>",
]
SAYING = (
    "The company said shareholders of Kestrel's unit, the U.S. arm of Lumen Corp., and "
    "Kestrel_Two were unhappy; Lumen-Corp and Ölwerke Süd's management (Kestrel) agreed. "
    "1.5 percent of U.S. Steel, and ... Kestrel"
)
CORES = [
    "Kestrel",
    "Lumen",
    "Lumen Corp",
    "Lumen Corp.",
    "U.S.",
    "U.S",
    "Kestrel_Two",
    "Kestrel_",
    "Ölwerke Süd",
    "Süd",
    "agreed.",
    "...",
    "1.5",
    "ent",
    "Steel, and",
    "Nobody",
]


def test_share_code_after_is_the_search_it_replaces() -> None:
    for name in NAMES:
        for text in (WIRE, WIRE.replace("<", " <"), name + " <AB.N>", "x" + name + " <AB>"):
            old = re.search(r"(?<![\w.])" + re.escape(name) + SHARE_CODE_AFTER, text)
            new = _share_code_after(name, text)
            if old is None:
                assert new is None, (name, text)
                continue
            assert new is not None, (name, text)
            assert new.groups() == old.groups(), (name, text)
            assert new.end() == old.end(), (name, text)
            assert new.start() == old.start() + len(name), (name, text)


def test_bounded_is_the_search_it_replaces() -> None:
    for core in CORES:
        for text in (SAYING, core, " " + core + " ", "x" + core, core + "x", "_" + core, ""):
            old = re.search(rf"\b{re.escape(core)}\b", text) is not None
            assert _bounded(core, text) is old, (core, text)


CAPITALS = (
    "OPEC said it WOULD cut output. The WHO and the UN met in GENEVA; MANY said NOTHING "
    "would change, but nothing did. Kestrel told him to QUIT and he did not quit. "
    "The US-BASED firm and NATO's us-based partner said AGAIN and again."
)


def test_capitalised_common_word_with_the_lower_forms_kept() -> None:
    nlp = load_nlp()
    kb, known = knowledge(), shipped_known()
    doc = nlp(CAPITALS)
    tokens = list(doc)
    written_lower: set[str] = set()
    assert _lower_words(tokens, written_lower) == _lower_words(doc)
    assert written_lower == {t.lower_ for t in doc if t.is_lower}
    spans = [*doc.ents, *(doc[i : i + 1] for i in range(len(doc)))]
    verdicts = set()
    for span in spans:
        old = _capitalised_common_word(span, kb, known)
        assert _capitalised_common_word(span, kb, known, written_lower) is old, span.text
        verdicts.add(old)
    assert verdicts == {True, False}  # (the text holds both kinds)


WRAPPED = (
    "The Deputy Secretary of State for\nEastern Affairs, Rear Adm. Tove Aas, and the U.S.\n"
    "Ambassador to Norway said  the director-general of the Kestrel Port Authority would go."
)


def test_title_words_cut_from_the_tokens_text() -> None:
    # ``titles`` reads a phrase's ``Span.text`` as the cut of the tokens' text from the first
    # word's offset to the last word's end (wrapped lines, double spaces, hyphens)
    nlp = load_nlp()
    doc = nlp(WRAPPED)
    text, tokens = tokens_text(doc), list(doc)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 4) + 1):
            last = tokens[end - 1]
            assert text[tokens[start].idx : last.idx + len(last)] == doc[start:end].text
