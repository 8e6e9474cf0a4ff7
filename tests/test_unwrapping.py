"""Wire copy wrapped at a fixed width is parsed with its wrapped lines joined; every stage and
every record still sees the article's own text and offsets."""

import datetime as dt

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, POS, SENT_START, TAG

from dateline.language import load_nlp, parse
from dateline.model import Article
from dateline.pipeline import read
from dateline.text.doctext import doc_text
from dateline.text.paragraphs import hard_wrapped, unwrapped

# a story of our own, wrapped at 72 columns, paragraphs indented as on the wire
STORY = (
    "Troops loyal to the military council of Valdoria stormed the offices of\n"
    "the opposition newspaper Morgenpost on Saturday and detained its editor,\n"
    "colleagues of the journalist said.\n"
    "    The council's spokesman, Colonel Anders Vikstrom, said the editor had\n"
    "been arrested for printing secrets and that Defence Minister Tomas\n"
    "Lindqvist Ferreira had ordered the raid himself on Friday evening.\n"
    "    Kestria condemned the arrest and urged the council to free the editor\n"
    "at once, its foreign ministry said in a statement issued in the capital.\n"
)


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def test_only_the_breaks_that_wrap_a_line_are_joined_one_character_for_one():
    joined = unwrapped(STORY)
    assert len(joined) == len(STORY)
    assert "offices of the opposition" in joined and "Tomas Lindqvist" in joined
    assert joined.count("\n    ") == 2  # the indented paragraphs keep their breaks
    assert [i for i, c in enumerate(STORY) if c != joined[i]] == [
        i for i, c in enumerate(STORY) if c == "\n" and joined[i] == " "
    ]


def test_a_short_line_keeps_its_break_and_so_do_texts_of_a_sentence_a_line():
    table = (
        "FRONTIER MILLS SAYS QUARTER PROFIT ROSE\n"
        "Frontier Mills Inc said net profit in the first quarter rose to 4.1 mln\n"
        "dlrs from 3.2 mln dlrs a year earlier on higher sales of flour abroad.\n"
        "    Shr 41 cts vs 32 cts\n"
    )
    joined = unwrapped(table)
    assert joined.startswith("FRONTIER MILLS SAYS QUARTER PROFIT ROSE\nFrontier")  # a headline
    assert "4.1 mln dlrs" in joined
    lines = (
        "Can the leak be stopped?\n"
        "Engineers have tried three ways so far.\n"
        "None of them has worked.\n"
        "Watch the latest pictures from the sea floor here.\n"
    )
    assert hard_wrapped(lines) and unwrapped(lines) == lines


def test_a_subject_after_a_line_break_is_the_subject_of_its_verb():
    doc = parse(STORY)
    colleagues = _token(doc, "colleagues")
    assert (colleagues.dep_, colleagues.head.text) == ("nsubj", "said")
    editor = _token(doc, "editor")
    assert (editor.dep_, editor.head.text) == ("dobj", "detained")


def test_a_name_cut_at_a_line_end_is_one_name():
    doc = parse(STORY)
    assert ("Tomas Lindqvist Ferreira", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    reading = read(Article(id="raid", text=STORY, published=dt.date(2026, 3, 2)))
    names = [a.name for a in reading.actors]
    assert "Tomas Lindqvist Ferreira" in names and "Tomas" not in names
    speakers = [a.source.text for a in reading.attributions if a.source and a.cue.text == "said"]
    assert "colleagues of the journalist" in speakers


def test_the_stages_and_the_records_keep_the_article_text_and_its_offsets():
    doc = parse(STORY)
    assert doc_text(doc) == STORY and [t.idx for t in doc] == [
        STORY.index(t.text, t.idx) for t in doc
    ]
    reading = read(Article(id="raid", text=STORY, published=dt.date(2026, 3, 2)))
    spans = [s for a in reading.attributions for s in (a.content, a.source, a.cue) if s]
    spans += [m for a in reading.actors for m in a.mentions] + list(reading.timexes)
    spans += [e.evidence for e in reading.events]
    assert spans and all(STORY[s.start : s.end] == s.text for s in spans)
    assert any("\n" in s.text for s in spans)  # the stored text is the article's, lines and all


def test_text_that_is_not_hard_wrapped_is_parsed_exactly_as_before():
    nlp = load_nlp()
    web = STORY.replace("\n    ", "\n\n").replace(",\n", ", ").replace("of\n", "of ")
    web = web.replace("had\n", "had ").replace("Tomas\n", "Tomas ").replace("editor\n", "editor ")
    assert not hard_wrapped(web)
    doc = nlp(web)
    plain = nlp.tokenizer.tokenizer(web)  # spaCy's own tokenizer, then the same components
    for _, component in nlp.pipeline:
        plain = component(plain)
    attrs = [IDX, POS, TAG, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START, LEMMA]
    assert doc.text == web and (doc.to_array(attrs) == plain.to_array(attrs)).all()
