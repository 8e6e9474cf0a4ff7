"""What a reader accepts as an attribution at all: a content that says something (not a lone
"." nor the attribution line "he said ." that a misread quote mark left as the words said),
and words of the article itself, not of its page furniture (related-article headlines,
"Related:" and share lines, bylines, all-caps banners)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LOWER, POS
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from dateline.actors.finder import PEOPLE_NOUNS
from dateline.actors.knowledge import knowledge
from dateline.attribution.context import Context, Draft
from dateline.attribution.syntax import ANY_SUBJECT_DEPS, ANY_SUBJECT_KEYS
from dateline.text.doctext import attribute_keys, expanded_span, head_indices, span_text

# parts of speech that carry content; a content of pronouns, auxiliaries and particles says
# nothing ("it is", "that")
_CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV", "INTJ")
# a report this short needs a word of these (a quotation may be "No" or "Absolutely not")
_SHORT = 3
_FULL_POS = ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
# the same as the document's arrays hold them
_CONTENT_POS_KEYS = frozenset(get_string_id(p) for p in _CONTENT_POS)
_FULL_POS_KEYS = frozenset(get_string_id(p) for p in _FULL_POS)
_LINE_WORDS = 8
# lines that belong to the page around an article, not to what it reports
_FURNITURE = re.compile(
    r"(related|read more|see also|more on this|share this|share on|photograph|photo|caption"
    r"|image|watch|video|listen|editor'?s note|correction|clarification)\b\s*:"
    r"|(share|tweet|email|print)(\s*[|/·]\s*\w+)+\s*$"
    # a copyright line: "© 2026 Coast Daily", "Copyright 2026 ..."
    r"|(©|\(c\)\s*\d{4}|copyright\s+(©\s*|\(c\)\s*)?\d{4})",
    re.IGNORECASE,
)
# and one that says "... All rights reserved." anywhere in it
_RIGHTS_RESERVED = re.compile(r"\ball rights reserved\b", re.IGNORECASE)
# a player's label anywhere in a caption line ("X: 'the only deaths ...' Link to this audio")
_MEDIA_LINK = re.compile(r"\blink to this (audio|video|interactive|gallery)\b", re.IGNORECASE)
_BYLINE = re.compile(r"by\s+(\w[\w.'-]*\s*){1,4}$", re.IGNORECASE)
# a headline naming its speaker at the end: "Spill response 'pretty effective', BP says",
# "NO TSUNAMI THREAT, SAYS AGENCY"
_SAYS_AT_END = re.compile(r"(,\s*says\b|\bsays?(\s+[\w.'-]+){0,4})\s*$", re.IGNORECASE)
_HEADLINE_WORDS = 20
# a teaser of another story cut off mid-sentence, and the next one after it ("... to make
# safety reco ... Federal judge outlines ..."): a list of teasers run together in one line
_TEASER_CUT = re.compile(r"\w(?: \.\.\.| …) (?=[A-Z])")
_TEASER_CUTS = 3
# a cut no sentence ends on: after a small word ("settlement between BP and ...") or inside
# a word ("the epicenter of the wo ..."); sentences joined by "..." end on whole words
_CUT_MID_SENTENCE = re.compile(
    r"(?:\b(?:and|or|the|a|an|of|to|in|for|with|by|that|on|at|from)|\b[a-z]{1,2})"
    r"(?: \.\.\.| …) (?=[A-Z])"
)
# the heading of a list of other stories ("Most Popular Stories", "Related coverage", "You may
# also like"), whose items may carry a one-sentence blurb under the headline
_OTHER_STORIES_WORDS = (
    r"(most (popular|read|viewed|shared|emailed|commented)|related|more (stories|news|from|on"
    r"|headlines)|top (stories|news|headlines)|trending|recommended|you (may|might) (also )?like"
    r"|read (more|next)|latest (news|stories|headlines)|editor'?s picks|popular)"
)
_OTHER_STORIES = re.compile(_OTHER_STORIES_WORDS + r"\b", re.IGNORECASE)
# ... or of a story's highlights ("Story highlights", "Key points")
_LIST_HEADING = re.compile(
    r"(" + _OTHER_STORIES_WORDS + r"|(story )?highlights|key points)\b", re.IGNORECASE
)
_HEADING_WORDS = 6
# a blurb is short, and a list of other stories is not long: an article paragraph further on
# than this from such a heading is the article's again
_BLURB_WORDS = 30
_BLURB_LINES = 12
_LIST_ITEM = re.compile(r"[-•*–]\s")
_SENTENCE_END = (".", "!", "?", ":", "”", '"', "'", "…", ";")
# a heading may end in a colon ("Related:"), not as a sentence does ("Popular anger grew.")
_STATEMENT_END = (".", "!", "?", "”", '"', "…")


def accepts(ctx: Context, found: Draft) -> bool:
    return (
        says_something(ctx, found)
        and not _without_subject(ctx, found)
        and not in_furniture(ctx, found)
        and not _cue_in_heading_case(ctx, found)
        and not _across_bar(ctx, found)
        and not _refused_for_its_cue(ctx, found)
        and not _note_on_this_article(found)
        and not _list_of_stories(ctx, found)
        and not _market_as_source(found)
        and not _words_on_display(ctx, found)
        and not _estimate_of_no_one(found)
        and not _only_seeming(found)
        and not _under_empty_it(found)
        and not _said_only_if(ctx, found)
    )


def _market_as_source(found: Draft) -> bool:
    """ "Wall Street speculated the bid may rise", "financial markets understood that ...",
    "the market feared ...": the writer's reading of the market's mood, no one's words.
    People of a market ("market sources", "bond dealers", "market analysts") are headed by
    the people, and stay."""
    source = found.source
    # (the words read first: the parse only for a source that names a market or a street)
    if source is None or not _MARKET_WORDS.search(span_text(source)):
        return False
    root = source.root
    lemma = root.lemma_.lower()
    if lemma == "street":
        return any(c.dep_ == "compound" and c.lower_ == "wall" for c in root.children)
    return lemma in ("market", "marketplace") and not any(c.dep_ == "poss" for c in root.children)


_MARKET_WORDS = re.compile(r"(?i:market)|Street")


# things words are painted or printed on for all to read: a slogan on one is no one's speech
_DISPLAYS = frozenset(
    {
        "sign", "signboard", "placard", "banner", "billboard", "sticker", "shirt", "t-shirt",
        "sweatshirt", "hat", "graffiti", "plaque",
    }
)  # fmt: skip


def _words_on_display(ctx: Context, found: Draft) -> bool:
    """Words a sign, a banner or a shirt carries ("protesters put up signs saying: “...”", "a
    woman held a placard reading ...", "A sign nearby said: “...”", "a shirt that read ..."):
    a slogan shown, not anyone's speech; the one who holds or wears it did not say it. The
    cue is a participle hung on the thing, or the thing (or the "that" standing for it) is
    the source. A statement or a letter "saying ..." is someone's words, and stays, and so do
    signs that "suggest" or "show" (evidence: "the signs suggest the public is calm")."""
    cue = found.cue
    if not isinstance(cue, Token) or cue.lemma_.lower() in ctx.kb.evidence_verbs:
        return False
    if cue.dep_ == "acl" and _display(cue.head):
        return True
    source = found.source
    if source is None:
        return False
    root = source.root
    if root.lower_ in ("that", "which") and root.head.dep_ == "relcl":
        root = root.head.head  # "a shirt that read ...": the shirt
    return _display(root)


def _display(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _DISPLAYS


def _estimate_of_no_one(found: Draft) -> bool:
    """ "according to some estimates", "according to current estimates": a figure no one is
    said to have given. An estimate with its owner ("according to UN estimates", "the
    agency's estimate", "government projections", "estimates by the bureau") is the owner's,
    and stays. ("New estimates say ...", "the latest estimates suggest ..." are read as
    evidence, a stance, by ``modes``: only "according to" makes such a figure speech.)"""
    source = found.source
    if found.kind != "according_to":
        return False
    # (the words read first: the parse only for a source that names an estimate)
    if source is None or not _ESTIMATE_WORDS.search(span_text(source)):
        return False
    root = source.root
    if root.lemma_.lower() not in _ESTIMATES:
        return False
    return not any(
        c.dep_ in ("poss", "compound", "nmod", "acl", "relcl")
        or (c.dep_ == "amod" and (c.pos_ == "PROPN" or c.lower_ in _OFFICIAL))
        or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
        or (c.dep_ == "prep" and c.lower_ == "of" and any(g.ent_type_ for g in c.children))
        for c in root.children
    )


def _only_seeming(found: Draft) -> bool:
    """ "seemed to suggest that ...", "appears to think ...": the writer's reading of what
    someone meant, not what they said or hold. A quotation they "seemed to say" stays: the
    words are theirs; and so does one who "appeared on a show to argue ..." (there "appear"
    is to be seen somewhere)."""
    cue = found.cue
    if found.kind == "direct" or not isinstance(cue, Token) or cue.dep_ != "xcomp":
        return False
    verb = cue.head
    return verb.lemma_.lower() in ("seem", "appear") and not any(
        c.dep_ in ("prep", "npadvmod") and verb.i < c.i < cue.i for c in verb.children
    )


def _under_empty_it(found: Draft) -> bool:
    """ "It is important to note that ...", "it's hard to see why ...", "it is too early to
    say how ...", "it seems fair to say ...", "It amazes me to see how ...", "it helps to
    recall ...": the infinitive is the sentence's real subject and the "it" before the verb
    stands in for it, so no one is the source; the writer weighs a saying or a thought of
    anyone's. The verb is a linking one with its complement, or one of feeling with the one
    who feels as its object. An "it" that names something able to act ("It is ready to
    announce ...", "it was due to release ...", "It declined to say ...") stays."""
    cue, source = found.cue, found.source
    if not isinstance(cue, Token) or source is None or source.root.lower_ != "it":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    verb, head = source.root.head, cue.head
    lemma = verb.lemma_.lower()
    if lemma in _FEELING or lemma in _FEELING_NO_OBJECT:
        felt = lemma in _FEELING_NO_OBJECT or any(c.dep_ == "dobj" for c in verb.children)
        return head == verb and felt
    linking = lemma in _LINKING or verb.lower_ in ("’s", "'s")
    # the infinitive hangs on the verb or on its complement ("important", "a mistake")
    on_complement = head.head == verb and head.dep_ in ("acomp", "attr", "oprd")
    return linking and (head == verb or on_complement) and head.lemma_.lower() not in _READINESS


# verbs that link an empty "it" to what is said of the infinitive ("it is hard to say", "it
# seems fair to say"; "’s" as the parser leaves it after a curly apostrophe's "it")
_LINKING = frozenset({"be", "seem", "appear", "become", "remain", "sound", "prove"})
# verbs of feeling whose object feels what the infinitive does ("it amazes me to see"), and
# those that need no object ("it helps to recall", "it pays to remember")
_FEELING = frozenset(
    {
        "amaze", "astonish", "astound", "surprise", "shock", "stun", "sadden", "pain",
        "bother", "trouble", "worry", "please", "delight", "frustrate", "upset", "disturb",
        "anger", "scare", "frighten", "embarrass", "annoy", "baffle", "puzzle", "bewilder",
        "irk", "gall", "grieve", "distress", "thrill", "kill",
    }
)  # fmt: skip
_FEELING_NO_OBJECT = frozenset({"help", "pay", "hurt"})


# adjectives whose subject is the one who acts in the infinitive: "it is ready to announce"
_READINESS = frozenset(
    {
        "able", "unable", "ready", "willing", "unwilling", "due", "set", "likely", "unlikely",
        "sure", "certain", "eager", "reluctant", "prepared", "poised", "keen", "about",
        "going", "free", "quick", "slow", "expected", "happy",
    }
)  # fmt: skip


_ESTIMATE_WORDS = re.compile(r"(?i:estimate|projection|calculation)")
_ESTIMATES = frozenset({"estimate", "projection", "calculation"})
# an estimate of those in office, or of the state's: "official estimates", "federal estimates"
_OFFICIAL = frozenset({"official", "government", "governmental", "federal", "state", "national"})
# what opens a clause that does not assert: a condition or a question ("if anyone were to
# say the harbour is safe", "whether he would announce a bid")
_UNASSERTED_MARKS = frozenset({"if", "unless", "whether"})
_UNASSERTED_WORD = re.compile(r"\b(?i:if|unless|whether)\b")
_MARK_REACH = 400
# no one in particular
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody", "one", "you", "people", "nobody"})


def _said_only_if(ctx: Context, found: Draft) -> bool:
    """A verb of saying put in the mouth of anyone at all by a clause of condition: "if
    anyone says the harbour is safe, ...", or of one who only would speak ("if the mayor were
    to say ..."): words imagined, no one's statement. "If the vote fails, she said, ..." says,
    and stays; so does one named who would speak if ("if the council pledged to ...",
    "whether the judges would rule that ...": plans PolNeAR counts), and any stance."""
    cue = found.cue
    # (a document with no word a mark takes (its LOWER array, looked up once a document) has
    # no such clause: most documents, and no window of text is searched in them)
    if not ctx.words_in(LOWER, _UNASSERTED_MARKS):
        return False
    if not isinstance(cue, Token) or cue.lemma_.lower() not in ctx.kb.speech_verbs:
        return False
    # (the words before the cue read first: a mark comes before its verb, within a sentence)
    if not _UNASSERTED_WORD.search(ctx.text, max(0, cue.idx - _MARK_REACH), cue.idx):
        return False
    clause = cue.head if cue.dep_ == "xcomp" else cue
    if not any(c.dep_ == "mark" and c.lower_ in _UNASSERTED_MARKS for c in clause.children):
        return False
    # only words put in anyone's mouth ("if anyone says", "were one to claim", "if you were to
    # say"): one named who would speak if ("if the council announces a vote") is a plan PolNeAR
    # counts
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (clause is not cue and clause.lemma_ == "be") or any(
        s.lower_ in _ANYONE for s in subjects
    )


# what a box of other stories is headed by: "Most popular stories in the past 24 hours,
# according to <a counter of readers>", "The most read articles this week"
_STORY_LIST = re.compile(
    r"(the )?(most (popular|read|viewed|shared|emailed|commented)|top|trending|latest)"
    r"( [\w'-]+){0,2} (stories|articles|posts|headlines|videos)\b",
    re.IGNORECASE,
)


def _list_of_stories(ctx: Context, found: Draft) -> bool:
    """A content that is the heading of a box of the site's other stories: what a service
    counted readers of, no one's statement."""
    start, end = found.content
    return _STORY_LIST.match(ctx.text, start, end) is not None


def _refused_for_its_cue(ctx: Context, found: Draft) -> bool:
    """A rule of the cue verb's own refuses the draft (``_CUE_RULES``): each rule is about one
    verb or a few, and the lemma is read once, not by each of them."""
    cue = found.cue
    if not isinstance(cue, Token):
        return False
    return any(rule(ctx, found) for rule in _CUE_RULES.get(cue.lemma_.lower(), ()))


# the article itself as a source: "This story has been updated to note that ...", "An earlier
# version of this article said ...", a correction's "An earlier version said ...": the writer's
# note on the text, no one's statement ("the report" or "this report" stays: most often
# someone's report the article tells of; "an earlier version of the bill" is no whole source)
_THIS_ARTICLE = re.compile(
    r"(an?|the) (earlier|previous|prior|original) version( of (this|the) (story|article|post))?"
    r"|this (story|article|post|piece)",
    re.IGNORECASE,
)


def _note_on_this_article(found: Draft) -> bool:
    source = found.source
    # (``span_text`` cuts the text: ``Span.text`` makes a Token per word)
    return source is not None and _THIS_ARTICLE.fullmatch(span_text(source).strip()) is not None


# what a firm or a bank charges: money, not an accusation
_PRICES = frozenset(
    {
        "interest", "fee", "price", "rate", "expense", "cost", "tax", "premium", "rent",
        "commission", "tariff", "toll", "levy", "duty", "fare", "penalty", "dollar", "cent",
    }
)  # fmt: skip


def _price_charged(ctx: Context, found: Draft) -> bool:
    """ "started charging interest expenses against income", "charges higher fees": a price
    asked, not a charge laid (that one says "charged that ..." or "charged him with ...")."""
    cue = found.cue
    if not isinstance(cue, Token) or cue.lemma_.lower() != "charge" or found.quote is not None:
        return False
    words = ctx.doc.char_span(*found.content, alignment_mode="expand")
    if words is None:
        return False
    root = words.root
    return (
        root.dep_ == "dobj"
        and root.head.i == cue.i
        and (root.lemma_.lower() in _PRICES or root.tag_ == "$" or root.like_num)
    )


# the bodies of the law that lay charges ("Prosecutors charged him with fraud"); anyone else
# who "charged X with Y" accuses in words ("Critics charged the agency with protecting its turf")
_LAW_BODIES = frozenset(
    {
        "prosecutor", "prosecution", "police", "policeman", "authority", "attorney", "jury",
        "court", "judge", "magistrate", "indictment", "investigator", "sheriff", "officer",
    }
)  # fmt: skip


def _charge_laid(ctx: Context, found: Draft) -> bool:
    """ "Prosecutors charged the driver with manslaughter": a charge laid by the law, an act,
    not a statement (one that says "charged that ..." stays, and so do quoted words)."""
    cue, source = found.cue, found.source
    if not isinstance(cue, Token) or cue.lemma_.lower() != "charge" or found.kind != "indirect":
        return False
    if source is None or source.root.lemma_.lower() not in _LAW_BODIES:
        return False
    words = ctx.doc.char_span(*found.content, alignment_mode="expand")
    if words is None or words.root.dep_ != "dobj" or words.root.head.i != cue.i:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in cue.children) or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in words.root.children
    )


def _confirmed_in_office(ctx: Context, found: Draft) -> bool:
    """ "The Senate confirmed Jane Doe 65-31", "confirmed him as ambassador": a vote on a
    person, not a statement. What "confirmed" holds is a person's name (or "him", "her") with
    no clause of its own."""
    cue = found.cue
    if not isinstance(cue, Token) or cue.lemma_.lower() != "confirm" or found.kind != "indirect":
        return False
    words = ctx.doc.char_span(*found.content, alignment_mode="expand")
    if words is None:
        return False
    root = words.root
    # (a name the parser may tag a body's: "confirmed Sebelius 65-31")
    person = root.ent_type_ == "PERSON" or root.pos_ == "PROPN" or root.lower_ in ("him", "her")
    return (
        person
        and root.dep_ == "dobj"
        and root.head.i == cue.i
        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ccomp", "relcl") for t in words)
    )


def _called_out(ctx: Context, found: Draft) -> bool:
    """ "calling him out for his reliance on rehearsed lines", "called off the talks": a
    phrasal verb, not "called X Y"; what follows is no one's words."""
    cue = found.cue
    return (
        isinstance(cue, Token)
        and cue.lemma_.lower() == "call"
        and any(c.dep_ == "prt" and c.lower_ in ("out", "off", "up") for c in cue.children)
    )


def _only_the_one_asked(ctx: Context, found: Draft) -> bool:
    """ "asked the former senator during a radio chat": the content is only the one asked
    (what was asked follows elsewhere or not at all), no words of anyone's."""
    cue = found.cue
    if not isinstance(cue, Token) or cue.lemma_.lower() != "ask" or found.kind != "indirect":
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > cue.i for c in cue.children):
        return False
    words = expanded_span(ctx.doc, *found.content)
    if words is None:
        return False
    root = words.root
    return (
        root.dep_ in ("dobj", "dative")
        and root.head.i == cue.i
        and (
            root.ent_type_ in ("PERSON", "ORG", "NORP")
            or root.pos_ in ("PROPN", "PRON")
            or root.lemma_.lower() in knowledge().role_group
        )
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def _only_the_one_questioned(ctx: Context, found: Draft) -> bool:
    """ "after questioning the nurse on what the man had eaten": the one questioned, and what
    about, is no one's words ("questioned the wisdom of the plan" doubts, and stays)."""
    object_words = _cue_object(ctx, found, "question")
    if object_words is None:
        return False
    root = object_words.root
    actor = ctx.actors.get(ctx.actors.at(root))
    return (
        root.ent_type_ == "PERSON"
        or root.pos_ == "PRON"
        or root.lemma_.lower() in PEOPLE_NOUNS
        or root.lemma_.lower() in knowledge().role_group
        or (actor is not None and actor.kind == "person")
    )


def _cue_object(ctx: Context, found: Draft, lemma: str) -> Span | None:
    """The content of an indirect draft whose cue has this lemma, when the content is the
    cue's direct object ("questioned the nurse", "voiced their opinions"), else None."""
    cue = found.cue
    if not isinstance(cue, Token) or cue.lemma_.lower() != lemma or found.kind != "indirect":
        return None
    words = expanded_span(ctx.doc, *found.content)
    if words is None or words.root.dep_ != "dobj" or words.root.head.i != cue.i:
        return None
    return words


# what a challenge in words is about, or dares the one challenged to ("challenged her on the
# plan", "challenged him to a debate"); "for" names what a contest is for ("for the seat")
_CHALLENGE_TOPICS = frozenset({"on", "over", "about", "to", "with"})


def _contest(ctx: Context, found: Draft) -> bool:
    """ "to challenge the mayor in the primary", "challenging her for the nomination": a
    contest with someone, not words. A challenge about something or to something ("challenged
    the mayor on the tolls", "challenged him to a debate", "challenged the figures") stays."""
    words = _cue_object(ctx, found, "challenge")
    if words is None:
        return False
    root, cue = words.root, found.cue
    actor = ctx.actors.get(ctx.actors.at(root))
    one = (
        root.ent_type_ in ("PERSON", "ORG", "NORP")
        or root.pos_ in ("PROPN", "PRON")
        or (actor is not None and actor.kind == "person")
    )
    topics = [
        c
        for t in (cue, root)
        for c in t.children
        if (c.dep_ == "prep" and c.lower_ in _CHALLENGE_TOPICS) or c.dep_ in ("xcomp", "ccomp")
    ]
    return one and not topics


# nouns that say only that words were had, not what they held ("voiced qualified support"
# tells a stance, and stays)
_KINDS_OF_WORDS = frozenset(
    {"opinion", "view", "thought", "feeling", "concern", "grievance", "complaint"}
)
# what words are about: "voiced concerns about the levy" says what the concerns were over
_TOPIC_PREPOSITIONS = frozenset({"about", "over", "on", "for", "against", "regarding", "at", "of"})


def _voiced_only_their_kind(ctx: Context, found: Draft) -> bool:
    """ "marched to voice their opinions in the streets", "voiced her concerns during a call":
    which kind of words, not the words nor what they were about. A content with a clause of
    its own ("voiced concern that the bridge would close", "voiced a wish to run") or a topic
    ("voiced doubts about the levy") stays."""
    words = _cue_object(ctx, found, "voice")
    if words is None:
        return False
    root = words.root
    return (
        root.lemma_.lower() in _KINDS_OF_WORDS
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
        and not any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPOSITIONS for c in root.children)
    )


# verbs that take the one addressed as their object before an infinitive ("urged them to
# leave"): with no object, a headline's passive ("Passengers urged to come forward")
_ADDRESSING = frozenset(
    {"urge", "tell", "order", "advise", "instruct", "encourage", "remind", "invite", "warn"}
)


def _headline_passive(ctx: Context, found: Draft) -> bool:
    """A headline's passive with its "are" left out ("PASSENGERS URGED TO COME FORWARD",
    "Residents told to boil water"): the subject is the one urged or told, not who spoke.
    The verb has no object, its form is the past participle's, and an infinitive follows."""
    cue = found.cue
    if not isinstance(cue, Token) or cue.lemma_.lower() not in _ADDRESSING:
        return False
    if cue.tag_ not in ("VBN", "VBD") or any(
        c.dep_ in ("dobj", "dative", "aux", "auxpass", "ccomp") for c in cue.children
    ):
        return False
    after = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    return (
        after is not None
        and after.lower_ == "to"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in cue.children)
    )


# things that "call for" or "say" what is planned or likely, with no one stating it: "the
# forecast called for snow", "the recipe calls for two eggs", "the schedule calls for talks"
_VOICELESS = frozenset({"forecast", "outlook", "recipe", "schedule", "timetable", "itinerary"})


def _voiceless(ctx: Context, found: Draft) -> bool:
    """A weather forecast, a recipe or a timetable that "calls for" something: what is
    expected or planned, not anyone's statement. Whose forecast it is ("the bank's forecast",
    "the OPEC outlook", "the forecast prepared by the commission") makes it the owner's, and
    stays."""
    source, cue = found.source, found.cue
    if source is None or not isinstance(cue, Token) or cue.lemma_.lower() != "call":
        return False
    root = source.root
    return (
        root.lemma_.lower() in _VOICELESS
        and not any(
            c.dep_ == "poss" or (c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON", "GPE"))
            for c in root.children
        )
        and not any(t.lower_ in ("by", "from") for t in root.subtree)
    )


def _headline_before_colon(ctx: Context, found: Draft) -> bool:
    """A teaser's headline glued to its story's first sentence by a colon ("Girl finds
    wallet, police say : A girl of nine handed ..."): what follows the colon is the writer's
    opening, not what the headline's speaker said. The cue's own clause, the headline, comes
    before it and its speaker; "Asked about the vote, she said : ..." reports no clause before
    the cue and stays."""
    cue = found.cue
    if not isinstance(cue, Token) or found.kind != "indirect":
        return False
    colon = _next_word(cue)
    if colon is None or colon.text != ":" or found.content[0] < colon.idx:
        return False
    return any(
        c.dep_ == "ccomp" and c.i < cue.i and c.left_edge.i == cue.sent.start for c in cue.children
    )


def _next_word(token: Token) -> Token | None:
    doc, i = token.doc, token.i + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


# what one is denied as a thing withheld, not as a claim ("denied the request", "denied them
# entry", "denied a permit"); a claim denied is a report, a rumour, a charge ...
_WITHHELD = frozenset(
    {
        "entry", "access", "permission", "request", "application", "visa", "bail", "parole",
        "admission", "status", "licence", "license", "permit", "hearing", "opportunity",
        "asylum", "right", "benefit", "passage", "appeal", "motion", "petition", "invitation",
        "membership", "funding", "coverage", "treatment", "credential", "recognition",
        "approval", "landing", "path",
    }
)  # fmt: skip


def _withheld_not_denied(ctx: Context, found: Draft) -> bool:
    """ "The court denied the request", "denied the family a hearing", "denying entry to
    travellers", "deny licences to foreign banks": something refused, an act, not a claim
    denied. A clause denied ("denied that ...") or a claim ("denied the reports", "denied
    any wrongdoing") stays."""
    cue = found.cue
    if not isinstance(cue, Token) or found.kind == "direct":
        return False
    children = list(cue.children)
    # a refusal that only could or would be made ("the port could deny them landing rights")
    # is a stance PolNeAR counts (its dev split marks one), and stays
    if any(c.dep_ in ("ccomp", "aux") and (c.dep_ == "ccomp" or c.tag_ == "MD") for c in children):
        return False
    objects = [c for c in children if c.dep_ in ("dobj", "dative")]
    if not objects:
        return False
    thing = objects[-1]
    return (
        thing.lemma_.lower() in _WITHHELD
        or len(objects) > 1
        or any(c.dep_ == "prep" and c.lower_ == "to" for t in (cue, thing) for c in t.children)
    ) and thing.lemma_.lower() not in _CLAIMS


# what is denied as said: a claim of someone's ("denied the reports to the press")
_CLAIMS = frozenset(
    {
        "report", "rumour", "rumor", "charge", "allegation", "claim", "suggestion", "story",
        "accusation", "notion", "assertion", "statement", "speculation", "assessment",
    }
)  # fmt: skip


# the rules of one cue verb each, by the verb's lemma (``_refused_for_its_cue``)
_CUE_RULES: dict[str, tuple[Callable[[Context, Draft], bool], ...]] = {
    "say": (_headline_before_colon,),
    "call": (_voiceless, _called_out),
    "ask": (_only_the_one_asked,),
    "question": (_only_the_one_questioned,),
    "voice": (_voiced_only_their_kind,),
    "challenge": (_contest,),
    "confirm": (_confirmed_in_office,),
    "charge": (_price_charged, _charge_laid),
    "deny": (_withheld_not_denied,),
    **{verb: (_headline_passive,) for verb in _ADDRESSING},
}


def _across_bar(ctx: Context, found: Draft) -> bool:
    """A report whose content runs across a page's "|" separator, or whose cue lies on the
    other side of one from its content or its speaker ("X questioned about Y Article | CITY
    - Investigators grilled X ... and demanded ..."): a headline glued to the story's first
    line, whose words the cue does not govern."""
    cue = found.cue
    if found.kind != "indirect" or not isinstance(cue, Token):
        return False
    start, end = found.content
    cue_at = cue.idx
    edges = [start if start > cue_at else end]
    source = found.source
    if source is not None:
        edges.append(source.start_char if source.start_char > cue_at else source.end_char)
    # (the bar itself sought first, over all the stretches at once: most texts have none)
    if ctx.text.find("|", min(start, cue_at, *edges), max(end, cue_at, *edges)) == -1:
        return False
    return bool(_BAR.search(ctx.text, start, end)) or any(
        _BAR.search(ctx.text, min(cue_at, e), max(cue_at, e)) for e in edges
    )


# a page's separator, not a wire dateline's bar before its day ("HOUSTON | Fri Sep 3 , 2010")
_BAR = re.compile(r"\|(?!\s*(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)")


# tags of a verb that needs a subject of its own: "was", "says", "had started"
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _without_subject(ctx: Context, found: Draft) -> bool:
    """A clause reported inside a relative clause whose finite verb has lost its subject to
    the noun the relative clause describes: the charges "he says were fabricated", the flood,
    "which he said was vast". Such a content says less than was said."""
    cue = found.cue
    if found.quote is not None or found.kind != "indirect" or not isinstance(cue, Token):
        return False
    if cue.dep_ != "relcl" and not _reduced_relative(cue):
        return False
    words = expanded_span(ctx.doc, *found.content)
    if words is None:
        return False
    root = words.root
    finite = root.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in root.children
    )
    return (
        root.pos_ in ("VERB", "AUX")
        and finite
        and not any(c.dep_ in ANY_SUBJECT_DEPS and c.i >= words.start for c in root.children)
    )


def _reduced_relative(cue: Token) -> bool:
    """A cue right after its subject, itself right after a noun, with no "that" or comma
    between ("charges he says were ..."): a relative clause the parser read as a clause."""
    # (the word before, by index from the arrays: a Token only for a subject of the cue)
    doc, i = cue.doc, cue.i
    if (
        i == 0
        or attribute_keys(doc, DEP)[i - 1] not in ANY_SUBJECT_KEYS
        or head_indices(doc)[i - 1] != i
    ):
        return False
    subject = doc[i - 1]
    # the noun before the subject's whole phrase: in "the oil spill commission says" the
    # "spill" before "commission" is the subject's own word
    first = subject.left_edge.i
    before = cue.doc[first - 1] if first > 0 else None
    return before is not None and before.pos_ in ("NOUN", "PROPN")


def says_something(ctx: Context, found: Draft) -> bool:
    """The content has a word of its own beyond its cue and source, and is not an attribution
    line ("he said .", "said UN spokesman Farhan Haq ."). A quotation may be all pronouns
    and particles ("That would be you?"), but not figures alone with no cue; a report of two
    or three words needs a noun, verb, adjective or number ("it is", "that" say nothing)."""
    doc = ctx.doc
    tokens = expanded_span(doc, *found.content)
    if tokens is None:
        return False
    own = _positions(found.cue) | _positions(found.source)
    # (by index, from the document's arrays: a Token only for the words of a short line)
    punct, space = attribute_keys(doc, IS_PUNCT), attribute_keys(doc, IS_SPACE)
    words = [
        i for i in range(tokens.start, tokens.end) if not (punct[i] or space[i]) and i not in own
    ]
    if not words:
        return False
    # (a line is at most ``_LINE_WORDS`` words: a longer content is none)
    if len(words) <= _LINE_WORDS and _attribution_line(ctx, [doc[i] for i in words]):
        return False
    if found.quote is not None:
        # a quotation with no cue and no word of letters names a number or a code ("the
        # number for the appeal: “90999” was ...") and says nothing; “Forty,” she said, speaks
        return found.cue is not None or any(_lettered(doc[i]) for i in words)
    pos = attribute_keys(doc, POS)
    if len(words) <= _SHORT and not any(pos[i] in _FULL_POS_KEYS for i in words):
        return False
    return any(pos[i] in _CONTENT_POS_KEYS for i in words)


def _lettered(token: Token) -> bool:
    return any(c.isalpha() for c in token.text)


def _attribution_line(ctx: Context, words: list[Token]) -> bool:
    """A few words that are only a verb of saying with who said it, to whom and when: "he
    said", "said UN spokesman Farhan Haq", "she told reporters on Monday"."""
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() != "be"]
    if len(words) > _LINE_WORDS or len(verbs) != 1:
        return False
    verb = verbs[0]
    # a line reports: "said", "says"; a quotation may be "You tell me", "Thank you", "Call it"
    if verb.lemma_.lower() not in ctx.kb.speech_verbs or verb.tag_ not in ("VBD", "VBZ"):
        return False
    allowed = {verb.i}
    for child in verb.children:
        # "told reporters", "told him": an addressee of one word ("added 255,000 jobs" is more)
        addressee = child.dep_ in ("dobj", "dative") and child.n_lefts + child.n_rights == 0
        if child.dep_ == "nsubj" or addressee:
            allowed.update(t.i for t in child.subtree)
        elif child.dep_ in ("npadvmod", "prep") and all(
            t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("prep", "det") for t in child.subtree
        ):
            allowed.update(t.i for t in child.subtree)  # "on Monday", "yesterday"
        elif child.dep_ == "aux":
            allowed.add(child.i)
    # "said UN spokesman Farhan Haq": the words after a verb that opens the content
    if verb.i == words[0].i:
        allowed.update(t.i for t in words if t.pos_ in ("PROPN", "NOUN", "DET", "ADJ"))
    return all(t.i in allowed for t in words)


def in_furniture(ctx: Context, found: Draft) -> bool:
    """The content lies in the readers' comments under the article, or in a line of page
    furniture that stands alone as its paragraph: a
    "Related:" or share line, a byline, an all-caps banner, a short headline-like line with
    no sentence end that names its speaker last ("..., SAYS OBAMA"), or teasers of other
    stories run together, each cut off ("... the board 's efforts to make safety reco ...
    Judge sets trial date ..."). The first line, the article's own title, is read as
    usual."""
    if ctx.comments_from is not None and _last_start(found) >= ctx.comments_from:
        return True  # readers' comments under the article, or a comment's stamp ("X wrote:")
    paragraph = ctx.paragraph_around(*found.content)
    # the rest depends on the paragraph alone: judged once per paragraph of the document
    verdict = ctx.furniture_lines.get(paragraph)
    if verdict is None:
        verdict = ctx.furniture_lines[paragraph] = _furniture_line(ctx, *paragraph)
    return verdict


def _furniture_line(ctx: Context, start: int, end: int) -> bool:
    """The paragraph ``text[start:end]`` is a line of page furniture (``in_furniture``)."""
    text = ctx.text
    if not start or text[:start].isspace():  # (``isspace`` stops at the first other letter)
        return False
    words = text[start:end].split()
    line = " ".join(words)
    # (each pattern that searches the whole line runs only on a line holding words it needs:
    # "all r" of "all rights reserved", " to th" of "link to this", with no letter a
    # case-blind pattern matches elsewhere; a case-blind search of a long line costs about 20
    # µs, the lower-case copy and the look-up about 2)
    lowered = line.lower()
    if (
        _FURNITURE.match(line)
        or ("all r" in lowered and _RIGHTS_RESERVED.search(line))
        or _BYLINE.fullmatch(line)
        or (" to th" in lowered and _MEDIA_LINK.search(line))
    ):
        return True
    if not ctx.wrapped and _under_list_heading(text, start, line):
        return True
    if (
        (" ..." in line or " …" in line)
        and len(_TEASER_CUT.findall(line)) >= _TEASER_CUTS
        and _CUT_MID_SENTENCE.search(line)
    ):
        return True
    if len(words) >= 3 and _mostly_capitals(line):
        return True
    if (" - " in line or " – " in line) and _running_heading(line):
        return True
    return (
        len(words) <= _HEADLINE_WORDS
        and not line.endswith(_SENTENCE_END)
        and _SAYS_AT_END.search(line) is not None
    )


def _cue_in_heading_case(ctx: Context, found: Draft) -> bool:
    """A cue written as a heading writes its words, in a line below the article's title: in
    capitals in a text that is not ("MOVING SHOP—“...” by ...:", "PLEASE NOTE: ...", "EVEN
    HIS BOSS THINKS ..."), a kicker or a notice; or capitalised inside its sentence before a
    content whose words are capitalised too ("Rubio Says Abandoning Reform Was A Sign Of
    Leadership"), the headline of a live page's entry, a video or a linked story. A heading
    sums up a story in the editor's words; the report itself, if any, is in the story."""
    cue = found.cue
    if cue is None:
        return False
    first = cue if isinstance(cue, Token) else cue[0]
    word = first.text
    if word.islower() or not word[:1].isupper():  # (nearly every cue: read no further)
        return False
    content = ctx.text[slice(*found.content)]
    capitals = sum(c.isalpha() for c in word) >= 2 and word.isupper()
    if capitals and not _mostly_capitals(content):
        return True  # a kicker or a notice before words in running text, wherever it is
    start = ctx.paragraph_around(first.idx, first.idx + len(word))[0]
    if not start or ctx.text[:start].isspace():
        return False  # the article's own title is read as usual
    return capitals or (not first.is_sent_start and _capitalised_words(content))


# the small words a headline may leave in lower case ("Sign of Leadership", "Bump for")
_SMALL_WORD_LEN = 3
_HEADLINE_MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _capitalised_words(content: str) -> bool:
    """Every word of ``content`` longer than a small word is capitalised, and it has a few."""
    words = [w for w in _WORD.findall(content) if len(w) > _SMALL_WORD_LEN]
    return len(words) >= _HEADLINE_MIN_WORDS and all(w[:1].isupper() for w in words)


# a clock time as a live page stamps its entries: "8:30 am ET", "14:05 GMT"
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|ET|EST|EDT|CT|PT|GMT|BST|UTC)(?!\w)", re.I)
_HEADING_PARTS = 3
_HEADING_PART_WORDS = 10


def _running_heading(line: str) -> bool:
    """A live page's running heading: short parts between dashes, one with a clock time
    ("Live coverage - Bridge vote 9:15 am ET - Mayor addresses council - Engineer speaks at
    ..."). A wire's dateline before its dash has one part of the kind and then the story."""
    parts = re.split(r"\s[-–]\s", line)
    return (
        len(parts) >= _HEADING_PARTS
        and all(len(part.split()) <= _HEADING_PART_WORDS for part in parts)
        and _CLOCK.search(line) is not None
    )


# the bytes of an ASCII text that are no letter, and those that are no capital
_NOT_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_NOT_CAPITALS = bytes(b for b in range(128) if not chr(b).isupper())


def _mostly_capitals(line: str) -> bool:
    """At least four letters in five of ``line`` are capitals (a banner), and it has one."""
    if line.isascii():  # counted by ``bytes.translate``: a letter is A-Z or a-z
        data = line.encode("ascii")
        letters = len(data.translate(None, _NOT_LETTERS))
        capitals = len(data.translate(None, _NOT_CAPITALS))
    else:  # (counted by ``map``: a loop in Python over every character costs more)
        letters = sum(map(str.isalpha, line))
        capitals = sum(map(str.isupper, filter(str.isalpha, line))) if letters else 0
    return bool(letters) and capitals >= 0.8 * letters


def _last_start(found: Draft) -> int:
    """Where the later of the content and the cue begins: a content before the comment's
    stamp whose cue is the stamp's "wrote" belongs to the comments too."""
    cue = found.cue
    if cue is None:
        return found.content[0]
    cue_start = cue.idx if isinstance(cue, Token) else cue.start_char
    return max(found.content[0], cue_start)


def _under_list_heading(text: str, start: int, line: str) -> bool:
    """A line of a list of other stories or of highlights: a list item or a headline (no
    sentence end), in a run of such lines under a heading such as "Most Popular" or "Story
    highlights"; or a short blurb a few lines under a heading of other stories ("Related
    stories"), whose linked headlines the HTML reader may have dropped. A list in the article
    itself has a sentence before it ("She said the measures were:")."""
    return _in_list(text, start, line) or _in_blurbs(text, start, line)


def _in_list(text: str, start: int, line: str) -> bool:
    if not _list_line(line):
        return False
    lines = text[:start].splitlines()  # only for the rare line that may be a list's
    while _list_line(line):
        if not lines:
            return False
        line = " ".join(lines.pop().split())
        if not line:
            continue
        if len(line.split()) <= _HEADING_WORDS and _LIST_HEADING.match(line):
            return True
    return False


def _in_blurbs(text: str, start: int, line: str) -> bool:
    if len(line.split()) > _BLURB_WORDS:
        return False
    # (the lines read from the nearest up, each made one line of words only when reached: a
    # long paragraph above, as most are, ends the search)
    for line_above in reversed(_lines_before(text, start, _BLURB_LINES)):
        parts = line_above.split()
        if not parts:
            continue
        earlier, words = " ".join(parts), len(parts)
        if (
            words <= _HEADING_WORDS
            and _OTHER_STORIES.match(earlier)
            and not earlier.endswith(_STATEMENT_END)
        ):
            return True
        if words > _BLURB_WORDS:
            return False
    return False


def _lines_before(text: str, start: int, count: int) -> list[str]:
    """The last ``count`` lines of ``text[:start]``, read from a window that holds them (a
    page with thousands of comments has thousands of candidates; splitting the whole text
    before each one made reading it quadratic)."""
    cut = start
    for _ in range(count + 1):  # the break ending the last line, then one before each line
        cut = text.rfind("\n", 0, cut)
        if cut < 0:
            return text[:start].splitlines()[-count:]
    return text[cut + 1 : start].splitlines()[-count:]


def _list_line(line: str) -> bool:
    return bool(_LIST_ITEM.match(line)) or (
        0 < len(line.split()) <= _HEADLINE_WORDS and not line.endswith(_SENTENCE_END)
    )


def _positions(part: Token | Span | None) -> set[int]:
    if part is None:
        return set()
    if isinstance(part, Token):
        return {part.i}
    return set(range(part.start, part.end))
