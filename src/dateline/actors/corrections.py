"""Corrections of the small spaCy model's entity labels where the context makes them clear.

The small model labels by surface form, and news defeats it in a few recurring ways: a platform
named like a place ("Truth Social" as GPE), a person after a title labelled as an organisation
("President Trump" as ORG), a country labelled as a person, a capitalised word in a quotation
taken for a name, a company ending in "Inc" taken for a person, a town taken for a person or
an organisation ("Chelmsford", "Reading West"), a name glued to the next word ("Meghan cry"), an
outlet and its reporter taken for one organisation ("Fox News’ Bret Baier").
Some entities are no actor at all and are dropped: e-mail addresses, web addresses, @handles, the
user names of reader comments, the reporters and editors of a byline, and the place and agency
of a wire dateline ("CAIRO (Reuters) - "). Each correction is
logged by kind so that its rate can be measured (``dateline eval actors --corrections``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from dateline.actors.gazetteer import LARGE_TOWN, region_code, town
from dateline.actors.knowledge import Knowledge
from dateline.actors.known import KnownActors
from dateline.language import common_noun
from dateline.text.doctext import (
    attribute_keys,
    doc_text,
    indices_in,
    sentence,
    sentence_bounds,
    sentence_starts,
    span_text,
)
from dateline.text.furniture import reading_end
from dateline.text.stamps import MONTH_NAMES

PLACE_LABELS = ("GPE", "LOC", "NORP", "FAC")
# words before a name that make it a place ("in Chelmsford")
# (not "to", "of", "for": "according to Gallup", "a poll for Gallup")
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "across"}
# ... and for a name the model already labelled a place: "through" too ("marched through X")
PLACE_LABEL_PREPOSITIONS = PLACE_PREPOSITIONS | {"through"}
# nouns of a settlement whose name follows "of" ("the village of X", "the port of Y")
SETTLEMENT_NOUNS = {"village", "town", "city", "port", "hamlet", "township", "suburb"}
# the reporter of a wire story: "Reporting by ...", "Editing by ..."
BYLINE_WORDS = {"reporting", "editing", "writing", "additional", "compiled"}
# the maker of a picture: "Photograph: Ana Ruiz for the Guardian", "Photo by Ana Ruiz"
CREDIT_WORDS = {"photograph", "photo", "photos", "picture", "pictures", "image", "illustration"}
# last words of names of things and events, which cannot act or speak ("the Affordable Care Act",
# "the World Cup", "Tropical Storm Ana"), and words of diseases anywhere in a name
THING_HEADS = {
    "act", "amendment", "treaty", "accord", "bill", "law", "award", "prize", "cup",
    "championship", "olympics", "festival", "storm", "hurricane", "typhoon", "cyclone", "index",
    "spill", "flu", "influenza", "virus", "vaccine", "pandemic",
    "package", "current",  # "the Lower Marine Riser Package" (a cap), "the Loop Current"
    "photograph",  # "operated by BP Photograph:" of a caption's credit
}  # fmt: skip
# the last word of a body's name that "of" and a place may close ("the Federal Reserve Bank
# of New York", "the Supreme Court of Ohio")
PLACE_BODY_HEADS = {
    "bank", "commission", "council", "court", "university", "institute", "academy",
    "assembly", "parliament", "ministry", "department", "board", "authority", "agency",
    "chamber", "federation", "association", "college", "museum",
}  # fmt: skip
# a day's name as a dateline writes it ("Thu Jun 3, 2010"), which the model may take for a name
WEEKDAY_WORDS = {
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
    "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
}  # fmt: skip
# words a storm's name follows ("Tropical storm Colin", "Hurricane Alex", "Typhoon Haima"):
# the name is the storm's
STORM_WORDS = {"storm", "hurricane", "typhoon", "cyclone"}
# "Tropical Depression Bonnie": the word after "tropical" that names a storm's stage
STORM_STAGES = STORM_WORDS | {"depression"}
# nouns of a ship or a rig right before its name ("the battleship Bismarck", "the tanker
# Exxon Valdez"): the name is the thing's ("carrier" is also an airline's word)
VESSEL_NOUNS = {
    "battleship", "ship", "tanker", "vessel", "freighter", "cruiser", "destroyer", "frigate",
    "submarine", "yacht", "liner", "ferry", "trawler", "rig", "supertanker", "warship",
    "drillship",
}  # fmt: skip
DISEASE = re.compile(r"\b(?:flu|influenza|h\dn\d|virus|ebola|zika|covid-19)\b")
# diseases named alone ("Malaria" labelled ORG); inside a longer name they may be an
# organisation's purpose ("the Global Fund to Fight AIDS, Tuberculosis and Malaria")
DISEASE_WORDS = {"malaria", "cholera", "measles", "tuberculosis", "polio", "dengue", "typhoid"}
# time zones closing a timestamp that the model runs into the name after it
TIME_ZONES = {"BST", "GMT", "UTC", "CET", "CEST", "ET", "EST", "EDT", "PT", "PST", "PDT"}
# first words of the names of documents and rules ("Terms of Service", "Code of Conduct",
# "Bill of Rights", "Declaration of Independence"): a thing, not a body, before "of"
THING_OPENERS = {
    "terms", "conditions", "code", "bill", "declaration", "rules", "articles", "statute",
    "charter", "convention", "protocol", "constitution",
}  # fmt: skip
# last words of the names of stretches of land or sea, which the model may label ORG
LANDFORM_HEADS = {
    "seaboard", "coast", "coastline", "shore", "shoreline", "peninsula", "basin", "delta",
    "valley", "plain", "plains", "mountains", "strait", "straits", "sea", "ocean",
    "gulf", "desert", "highlands", "lowlands", "canyon", "archipelago", "isthmus", "seashore",
    "keys", "islands", "reef",
}  # fmt: skip
# common words a letter follows to name an item of a series ("Exhibit A", "Plan B")
LETTERED_THINGS = {
    "exhibit", "plan", "type", "group", "class", "category", "option", "phase", "vitamin",
    "hepatitis", "section", "grade", "level", "step", "part", "appendix", "figure", "table",
    "zone", "block", "tier", "schedule", "gate", "terminal", "building", "unit", "ward",
}  # fmt: skip
# weather words the model labels as a name when capitalised ("Snow", "Sleet"); one alone is
# the weather, unless the document names someone of that surname ("Jon Snow")
WEATHER_WORDS = {
    "snow", "sleet", "hail", "rain", "drizzle", "fog", "frost", "blizzard", "flurries",
    "showers", "storms", "wind", "winds", "humidity",
}  # fmt: skip
# picture agencies and papers that close a credit after a dash or slash ("(Ana Ruiz - AP)",
# "(Jo Lee/Reuters)"): the name before them took the picture
CREDIT_AGENCIES = {
    "ap", "afp", "reuters", "getty", "images", "epa", "bloomberg", "pa", "xinhua", "corbis",
    "shutterstock", "rex", "features", "photo", "photos", "press", "associated", "staff",
}  # fmt: skip
# sites a line of page furniture points to ("X is on Twitter")
SOCIAL_SITES = {"twitter", "facebook", "instagram", "youtube", "tiktok", "linkedin"}
# titles of a minister whose field the text may write before them in capitals ("Agriculture
# Minister X", "Commerce Secretary X"); a commissioner's may be a body's ("the Alabama
# Securities Commissioner" is of the Alabama Securities Commission)
OFFICE_TITLES = {"minister", "secretary"}
# the sectors of head words that make a name before such a title a body ("Treasury Secretary")
STATE_SECTORS_OF_HEADS = {"GOV", "LEG", "MIL", "COP", "JUD", "IGO"}
# nouns of people known by their work, which before a name ("trial lawyer X") or after it in
# apposition ("X, Professor of Law at Y") make it a person's name whatever the model labelled it
WORK_NOUNS = {
    "lawyer", "attorney", "professor", "analyst", "economist", "researcher", "scientist",
    "reporter", "correspondent", "columnist", "historian", "consultant", "strategist",
    "pollster", "engineer", "physician", "doctor", "biologist", "geologist", "chemist",
    "oceanographer", "toxicologist", "lecturer", "architect", "banker", "investor", "trader",
}  # fmt: skip
# brackets as some corpora write them after tokenising ("-LRB-"): never part of a name
BRACKET_TOKENS = {"-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"}
# the longest syllable of an East Asian given name written with a hyphen ("In-yong",
# "Chien-shien"), and words that follow a hyphen and a name without being one ("Seoul-based")
SYLLABLE = 5
HYPHEN_WORDS = {
    "based", "born", "led", "run", "owned", "backed", "made", "style", "era", "bred", "area",
    "wide", "free", "like", "type", "class", "only", "over", "up", "down", "in", "out",
}  # fmt: skip
# last words of a body's name that give it no sector ("the Kestrel Organisation")
BODY_HEADS = {"organization", "organisation"}
# a surname written with its particle and an apostrophe ("d'Estaing", "d'Alema", "D'Amato")
NAME_WITH_PARTICLE = re.compile(r"[dD]['’][A-Z][a-z]+")
# wire copy sets a company's name or its ticker in angle brackets ("<Kestrel Holdings Ltd>",
# "Kestrel Corp <KEST.N>"): the brackets are no part of a name
ANGLE_BRACKETS = {"<", ">"}
# a ticker in angle brackets: capitals and digits, a market's code after a full stop
# ("<KEST.N>", "<KST>", "<BRKN.S>")
TICKER = re.compile(r"[A-Z0-9&]{1,8}(?:\.[A-Z]{1,3})?")
# a share's code with its exchange in round brackets after a company's name: "Kestrel
# Electric Corp (KESE.T)"
TICKER_WITH_EXCHANGE = re.compile(r"[A-Z0-9&]{1,8}\.[A-Z]{1,3}")
# an aggregator's list of related links, each with its age: "X closes in - 30 mins ago"
LINK_AGE = re.compile(r"\b\d+ (?:min|mins|minutes|hr|hrs|hours|days?) ago\b")
# a page's note on sponsors' content ("We make Partner Zones available for sponsors' content")
SPONSOR_NOTE = re.compile(
    r"(?i)\bsponsor(?:s|ed|ship)?\b['’]?.{0,40}\bcontent\b|\bcontent\b.{0,40}\bsponsor"
)
# a page's notice of its rights or its data's licence ("Content Copyright 2010 Kestrel Media,
# Inc.", "All rights reserved", "Market data provided by X", "Quotes delayed at least 15
# minutes", "... without the prior written permission of X"): page furniture
LICENCE_NOTE = re.compile(
    r"(?i)\bcopyright\s+(?:©\s*)?(?:19|20)\d\d\b|©\s*(?:19|20)\d\d|\ball\s+rights\s+reserved\b"
    r"|\bdata\s+(?:is\s+|are\s+)?(?:provided|supplied|powered|licensed)\s+by\b"
    r"|\bquotes?\s+(?:are\s+)?delayed\b|\bprior\s+written\s+permission\b"
)
# "Picture credit: X walks past ...": a caption, page furniture
CAPTION_OPENING = re.compile(r"(?i)\s*(?:picture|photo|image|video)\s+credits?\s*:")
# words no person's name holds: a "person" with one is a body ("International Aero Engine")
BODY_NAME_WORDS = {
    "international", "aero", "aerospace", "engine", "engines", "motors", "airlines", "airways",
    "petroleum", "technologies", "pharmaceuticals", "securities", "communications",
    "electronics", "chemicals", "industries", "holdings", "bancorp", "brothers", "partners",
    "associates", "aid", "relief",
}  # fmt: skip
# plural common nouns that end no person's name ("Oil Companies focus on cash flow"): a
# generic group written with capitals, no actor
PLURAL_COMMON_HEADS = {
    "companies", "firms", "corporations", "zones", "officials", "authorities", "industries",
    "markets", "investors", "producers", "makers", "exporters", "importers",
}  # fmt: skip
# nouns a name is said to be in "X is Thailand's third largest bank": a body, not a person
SAID_BODY_NOUNS = {
    "bank", "company", "firm", "group", "insurer", "lender", "carrier", "airline", "maker",
    "producer", "manufacturer", "broker", "brokerage", "conglomerate", "consortium", "utility",
    "retailer", "exporter", "importer", "refiner", "shipper", "operator", "supplier",
}  # fmt: skip
# what a product named like a firm is said to be ("Tamiflu, an antiviral drug", "the drug
# Relenza", "Kestrofen, a pill that ...", "the chemical dispersant Kestrasol"): a thing, no
# actor
PRODUCT_NOUNS = {
    "drug", "pill", "tablet", "medicine", "medication", "vaccine", "antiviral", "antibiotic",
    "painkiller", "inhaler", "device", "smartphone", "handset", "gadget", "implant",
    "dispersant", "pesticide", "herbicide", "insecticide", "fungicide", "solvent",
}  # fmt: skip
# what a name the model took for a person is said to be ("his blog, Quiet Dissent", "the podcast
# Open Line"): a publication, no one
MEDIUM_NOUNS = {"blog", "website", "podcast", "newsletter", "column"}
# participles of a product's making ("Tamiflu, made by Roche")
MAKING_PARTICIPLES = {"made", "manufactured", "produced", "developed", "marketed", "sold"}
# last words of the names of events, which neither act nor speak ("the Harvest Weekend", "the
# Kestria Trade Fair", "the Hope for Kestria telethon"); only in a name of two words or more
EVENT_HEADS = {
    "weekend", "fair", "expo", "exhibition", "telethon", "concert", "gala",
    "carnival", "parade", "jubilee", "summit", "show",
}  # fmt: skip
# people whose employer follows "at" ("an oil analyst at Halvorsen Partners in Oslo"): the name
# after is a firm or a body, not a person, whatever the model labelled it
EMPLOYEE_NOUNS = WORK_NOUNS | {"fellow", "strategist", "specialist", "expert"}
# heads of the names of places people go to, stay or speak at ("the Santa Lucia Hospital",
# "the University of Kestria"): named as where something happens, the body does nothing
VENUE_HEADS = {
    "hospital", "clinic", "university", "college", "school", "stadium", "arena", "hotel",
    "church", "cathedral", "mosque", "synagogue", "temple", "airport", "museum", "library",
}  # fmt: skip
# prepositions of a place where something happens ("treated at", "spoke at", "held in")
VENUE_PREPOSITIONS = {"at", "in", "inside", "outside", "near"}
# verbs of going somewhere ("taken to the X Hospital", "went to"), and of visiting it
GOING_VERBS = {
    "go", "come", "take", "rush", "bring", "fly", "airlift", "transfer", "return", "move",
    "drive", "walk", "admit", "carry", "travel", "head", "evacuate", "send",
}  # fmt: skip
VISITING_VERBS = {"visit", "enter", "tour"}
# verbs of working somewhere ("teaches at Washington University", "based at the University of
# Sydney"): the body is the person's employer, not a venue
WORKING_VERBS = {"teach", "work", "study", "serve", "research", "lecture", "base", "employ"}
# possessive pronouns before a capitalised acronym of a common noun ("contact their GP", "your
# ATM"): a kind of person or thing, no body's name
POSSESSIVE_PRONOUNS = {"my", "your", "his", "her", "its", "our", "their"}
# a dash with a space on each side, which no name holds ("Wilkes-Barre" has none)
SPACED_DASH = re.compile(r" (?:-{1,2}|\u2013|\u2014) ")
MONTH_WORD = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
# a clock time opening an entity, as live pages and wires stamp their entries ("10:42",
# "9.31", "a.m.", "PM"): never part of the name after it
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?")
# a month named as the stamps name it, capitalised, whole or cut short ("Nov.", "March"):
# not ``MONTH_WORD``, whose lower-case prefixes also take "market" or "mayor"
_MONTH_NAME = re.compile(rf"(?:{MONTH_NAMES})\.?")
MERIDIEM = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"}
# tags of a word that opens or ends no person's name: a verb of a headline ("Following",
# "Slams" when tagged so), an adverb, a determiner or a conjunction ("Neither Cruz"); not a
# preposition: after "Along", "Near" the rest is mostly a place ("Along Bayou X")
GLUED_TAGS = {"VBG", "VBZ", "VBD", "RB", "DT", "CC", "PDT", "WDT", "WRB"}
# prepositions a title-case headline capitalises (tagged as proper nouns there): a closed
# class, never a word of a person's name
HEADLINE_PREPOSITIONS = {
    "about", "across", "after", "against", "amid", "at", "for", "from", "in", "into", "on",
    "over", "to", "with", "without",
}  # fmt: skip
# words of a rank before a title's abbreviation ("Rear Adm.", "Vice Adm.", "Lieutenant Col.")
RANK_WORDS = {"rear", "vice", "deputy", "lieutenant", "lt", "lt.", "first", "chief"}
# a firm's legal form, no name by itself ("and Co" after a firm's name)
LEGAL_FORMS = {"co", "inc", "ltd", "plc", "corp", "llc", "ag", "nv", "gmbh", "bhd"}
# common nouns that describe a firm before its name ("Oil company BP", "Energy giant X")
FIRM_DESCRIPTIONS = {"company", "firm", "giant", "major", "conglomerate", "group", "maker"}
# particles that open a surname ("Alain Le Roy", "Ursula von der Leyen"), capitalised or not
NAME_PARTICLES = {
    "Le", "La", "De", "Du", "Des", "Van", "Von", "Der", "Den", "Da", "Di", "Del", "Della",
    "Dos", "Das", "le", "la", "de", "du", "van", "von", "der", "den", "da", "di", "del",
}  # fmt: skip


def trim_entity(ent: Span, kb: Knowledge) -> Span | None:
    """Drop honorifics, possessive endings and punctuation at the edges of an entity."""
    start, end = ent.start, ent.end
    doc = ent.doc
    label = ent.label_  # (each reading looks the label up)
    person = label == "PERSON"
    # the words an entity opens with that are no part of it come off first: "ET -RRB- Maria
    # Delgado" (a live page's time stamp) is Maria Delgado, not the "ET" a cut at the bracket
    # would leave
    start = after_date_stamp(doc, start, end)  # "Jul 23 , 2010 21:29 UTC The Obama ..."
    while start < end and _leading_noise(doc[start], person, end - start > 1, kb):
        start += 1
    if (
        label == "ORG"
        and end - start > 2
        and doc[start].lower_ in ("a", "an")
        and (doc[end - 1].lower_ in kb.org_heads or doc[end - 1].lower_ in BODY_HEADS)
        and doc[start + 1].is_title
    ):
        start += 1  # "at an International Cocoa Organisation council meeting": the body's
    # "World Food Programme -LRB- WFP": the name ends where a written-out bracket opens
    if "-L" in span_text(ent):  # cheap test first: the scan makes a token object per word
        end = next((t.i for t in doc[start + 1 : end] if t.text in BRACKET_TOKENS), end)
    if "<" in span_text(ent):  # "Kestrel Corp <KEST.N> officials": the name ends at a ticker
        end = next((t.i for t in doc[start + 1 : end] if t.text == "<"), end)
    if end - start > 2 and (size := _demonym_before_name(doc, start, end, person, kb)):
        start += size  # "New Zealander Bruce Judge", "Frenchman Jean Morel": the nationality
        label = "PERSON"  # is the person's (read from the word before the name), not the name
    if person and end - start > 2 and _common_noun_before_name(doc, start, end, kb):
        start += 1  # "Billionaire Donald Trump": what the person is, not a word of the name
    if SPACED_DASH.search(span_text(ent)):  # "The Washington Post - conducted at", "ROME - X"
        cut = start
        start, end = _across_dash(doc, start, end)
        if start > cut and end - start in (2, 3) and doc[start].lower_ in kb.first_names:
            label = "PERSON"  # "CLEVELAND - Ana Ruiz" labelled ORG as a whole: the person
    if person and end - start > 1:  # "Trump Across Iowa", a headline's words after the name
        end = next((i for i in range(start + 1, end) if _headline_preposition(doc[i])), end)
    if (
        end - start > 3
        and doc[end - 1].like_num
        and doc[end - 2].text in ("-", "–")
        and doc[end - 3].like_num
        and doc[end - 4].is_alpha
    ):
        end -= 3  # "Bolton Wanderers 2-0": a game's score after the name
    if "Re" in span_text(ent):  # (cheap test first: the scan makes a token object per word)
        # "Germany Reply \n Lena Park": a reader comment's last word, the page's button under
        # it and the next comment's signature run together; the name ends before the button
        end = next((t.i for t in doc[start + 1 : end] if _comment_action(doc, t.i)), end)
        if end < ent.end and label == "ORG" and kb.is_place(span_text(doc[start:end]).lower()):
            label = "GPE"
    while end > start and (
        _trailing_noise(doc[end - 1])
        or (person and end - start > 1 and _glued_after(doc[end - 1], kb))  # "Romero Obviously"
    ):
        end -= 1
    if (
        label == "ORG"
        and end - start > 2
        and doc[end - 1].text == "."
        and doc[end - 2].text + "." in kb.title_abbreviations
    ):
        end -= 2  # "Coast Guard Adm ." at a sentence's end: the title's word and its stop
    if (
        label == "ORG"
        and end - start > 1
        and end < len(doc)
        and doc[end - 1].lower_ in RANK_WORDS
        and doc[end].text in kb.title_abbreviations
    ):
        end -= 1  # "the Coast Guard Rear" before "Adm.": the rank is the title's
    if label == "ORG" and end - start > 1 and doc[end - 1].text in kb.title_abbreviations:
        end -= 1  # "the Coast Guard Adm." (the admiral's name follows): the body
        while end - start > 1 and doc[end - 1].lower_ in RANK_WORDS:
            end -= 1  # "Coast Guard Rear Adm.", "Navy Vice Adm."
        if end - start > 1 and doc[start].lower_ in ("retired", "former"):
            start += 1  # "Retired Coast Guard Adm. X": the body is the Coast Guard
    if label == "ORG" and end - start > 2 and (body := _employer_after_field(doc, start, end)):
        start = body  # "Professor of Religion at Swarthmore College": the field is no body's
    if label == "ORG" and end - start > 2:
        # "Oil company BP", "Energy giant Kestrel": a common noun that describes the firm
        # before its name is no word of it
        start = next(
            (
                t.i + 1
                for t in doc[start + 1 : end - 1]
                if t.is_lower
                and t.lower_ in FIRM_DESCRIPTIONS
                and all(n.is_title or n.is_upper for n in doc[t.i + 1 : end])
            ),
            start,
        )
    if start >= end:
        return None
    if (start, end) == (ent.start, ent.end) and ent.kb_id == 0 and ent.id == 0:
        return ent  # nothing came off (a new Span would make two Tokens)
    return Span(doc, start, end, label=label)


def _employer_after_field(doc: Doc, start: int, end: int) -> int | None:
    """Where the body starts in an entity that runs a post's field into its employer:
    "professor of [Religion at Swarthmore College]", "lecturer in [Law at Kent University]"."""
    if start < 2 or doc[start - 1].lower_ not in ("of", "in"):
        return None
    if doc[start - 2].lemma_.lower() not in EMPLOYEE_NOUNS:
        return None
    at = next((t.i for t in doc[start + 1 : end - 1] if t.lower_ == "at"), None)
    return None if at is None else at + 1


def outlet_description(token: Token) -> bool:
    """ "newspaper", "news agency" in lower case after a name (an "Agency" in capitals is the
    name's own word)."""
    if not token.is_lower or token.lower_ not in OUTLET_DESCRIPTIONS:
        return False
    return token.lower_ != "agency" or (token.i > 0 and token.doc[token.i - 1].lower_ == "news")


def outlet_name(doc: Doc, start: int, end: int, kb: Knowledge) -> tuple[int, int]:
    """ "the Sun newspaper", "the state-run Al-Ahram newspaper", "the Kestria Times news
    agency": a paper's or an agency's name without the words that describe it — the common
    noun after it and the lower-case words before it. Left whole when no word of a name is
    left ("a British newspaper", "the New York-based newspaper", "the United Arab Emirates
    newspaper": no name)."""
    cut = end - 1
    if cut > start and doc[cut].lower_ == "agency" and doc[cut - 1].lower_ == "news":
        cut -= 1
    first = start  # (whole words: "al-Ahram" keeps its lower-case "al")
    while first < cut and not any(c.isupper() for c in doc[first].text):
        first += 1
    while first > start and not doc[first - 1].whitespace_:
        first -= 1  # "al-Ahram": the lower-case part of the word the name opens with
    name_words = [
        t
        for t in doc[first:cut]
        if (t.pos_ == "PROPN" or (t.is_upper and len(t) > 1))
        and t.ent_type_ not in ("NORP", "GPE", "LOC")
    ]
    if not name_words or kb.is_place(span_text(doc[first:cut]).lower().removeprefix("the ")):
        return start, end
    if doc[cut - 1].tag_ == "POS" or POSSESSIVE_END.search(doc[cut - 1].text):
        return start, end  # "Opec's news agency": the owner's name, not the agency's
    return first, cut


def after_date_stamp(doc: Doc, start: int, end: int) -> int:
    """Where the name starts after a live page's date stamp the model ran into it ("Jul 23 ,
    2010 21:29 UTC The Obama administration"): a month, day, year and commas up to a clock
    time and its zone; nothing comes off unless a clock time is among them."""
    i, clock = start, False
    while i < end - 1:
        token = doc[i]
        if CLOCK.fullmatch(token.lower_) or (clock and token.text in TIME_ZONES):
            clock = True
        elif not (MONTH_WORD.fullmatch(token.lower_) or token.like_num or token.text == ","):
            break
        i += 1
    return i if clock and doc[i].text[:1].isupper() else start


def _common_noun_before_name(doc: Doc, start: int, end: int, kb: Knowledge) -> bool:
    """ "Billionaire Donald Trump", "Rapper Wyclef Jean", "Fireman Ana Ruiz": a noun for what
    someone does or is, capitalised only as a sentence's or line's first word, that the model
    took into the full name after it. The name after it must be a full one that opens with a
    given name or that the text writes elsewhere without the noun. A given name that is also
    a noun ("Hope Hicks", "Hunter Biden") opens a name of two words and is left; a role word
    ("Judge") is read as the person's title elsewhere."""
    word, given = doc[start], doc[start + 1]
    lowered = word.lower_
    if not (word.is_title and given.is_title and word.whitespace_) or lowered in kb.first_names:
        return False  # ("Jean-Max Bellerive": one given name)
    before = doc[start - 1] if start else None
    opening = (
        before is None
        or bool(word.is_sent_start)
        or before.is_space
        or before.is_punct
        or before.like_num  # a live page's entry stamp, "1136 Rapper Wyclef Jean"
    )
    if not opening or lowered in kb.role_group or not _agent_noun(lowered):
        return False
    rest = span_text(Span(doc, start + 1, end))
    text = doc_text(doc)
    return given.lower_ in kb.first_names or text.count(rest) > text.count(f"{word.text} {rest}")


# endings of nouns for what someone does or is ("rapper", "billionaire", "volunteer",
# "economist"), and of compounds of "man" ("fireman"): the nouns a description opens a
# sentence with before a name; names the word list holds as nouns ("Herman", "Ho", "Lloyd")
# end otherwise or in "man" after no noun
AGENT_ENDINGS = ("er", "or", "ist", "ian", "aire", "eer", "ant", "ent")
MAN_ENDINGS = ("man", "woman")


def _agent_noun(word: str) -> bool:
    if not common_noun(word):
        return False
    if word.endswith(AGENT_ENDINGS):
        return True
    base = next((word.removesuffix(end) for end in MAN_ENDINGS if word.endswith(end)), "")
    return len(base) > 2 and common_noun(base)


def _demonym_before_name(doc: Doc, start: int, end: int, person: bool, kb: Knowledge) -> int:
    """The number of words of a nationality an entity opens with before a person's name of
    two words or more ("New Zealander Bruce Judge", "Briton Tom Hale"); a name labelled a body
    only when a given name follows ("Frenchman Jean Morel", not "American Airlines Group")."""
    for size in (2, 1):
        if end - start - size < 2:
            continue
        first = doc[start + size]
        if (
            not doc[start + size - 1].text.endswith("s")  # "Britons", "Americans": no one
            and first.is_title
            and (person or first.lower_ in kb.first_names)
            # (the words' text last: a ``Span`` made by hand, a slice of the document costs
            # more than twice as much)
            and span_text(Span(doc, start, start + size)).lower() in kb.demonyms
        ):
            return size
    return 0


def _across_dash(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The name of an entity the model ran across a spaced dash: the words before it when
    words in lower case, a number or a month follow the dash ("The Washington Post - conducted
    last week", "the Tax Policy Center - half of it", "Daily Ledger - Oct. 3"); the words after
    it when a dateline's place in capitals or a town stands before it ("CLEVELAND - Ana Ruiz",
    "Brownsville - Texas Southmost College"). Two capitalised names either side ("Kingson -
    Deacon", "Exxon - Mobil") are left as the model read them."""
    for i in range(start + 1, end - 1):
        dash = doc[i]
        if SPACED_DASH.fullmatch(f" {dash.text} ") is None or not doc[i - 1].whitespace_:
            continue
        after = doc[i + 1]
        if after.is_lower or after.like_num or MONTH_WORD.fullmatch(after.lower_):
            return start, i
        before = doc[start:i]
        opening = start == 0 or doc[start - 1].is_space or bool(doc[start].is_sent_start)
        if (opening and all(t.is_upper or not t.is_alpha for t in before)) or town(
            span_text(before)
        ):
            return i + 1, end
        break
    return start, end


def _leading_noise(token: Token, person: bool, more: bool, kb: Knowledge) -> bool:
    """A word an entity opens with that is no part of the name (``more``: words follow it)."""
    text = token.text
    return (
        text in kb.honorifics
        or token.is_punct
        or token.is_quote  # "`` British Petroleum"
        or (more and text in TIME_ZONES)  # "18.00 BST Barack Obama"
        or text in BRACKET_TOKENS
        or text in ANGLE_BRACKETS
        or (more and _clock(token))  # "10:42 a.m. ET Maria Delgado"
        or (person and more and _glued_word(token, kb))
        # "Lt Gen Ken Keen": a rank is the person's title, read from the words before the name
        # (also before a bare surname: "Adm Allen" is Allen, whom the rank titles)
        or (person and more and (text in kb.title_abbreviations or _opening_adverb(token, kb)))
    )


def _clock(token: Token) -> bool:
    """ "10:42", or the "a.m."/"PM" after one ("AM Best" is a name)."""
    if CLOCK.fullmatch(token.lower_):
        return True
    return (
        token.lower_ in MERIDIEM
        and token.i > 0
        and CLOCK.fullmatch(token.doc[token.i - 1].lower_.rstrip(".")) is not None
    )


def _glued_word(token: Token, kb: Knowledge) -> bool:
    """A capitalised word the model ran into the person's name after it that is no given
    name: a headline's verb or a function word ("Following Obama", "Neither Cruz"), or a
    role word ("Spokeswoman Sheila Williams": the role is read from the words before the
    name, as for "spokeswoman Sheila Williams")."""
    lowered = token.lower_
    if not token.is_title or lowered in kb.first_names:
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is None or not nxt.text[:1].isupper():
        return False  # the name must follow it
    # a monarch's title stays: it is how the name is used ("King Edward VIII", "Prince William
    # Sound"), and "Sultan" is also a given name
    return (
        token.tag_ in GLUED_TAGS
        or kb.role_group.get(lowered) not in (None, "monarch")
        or opening_gerund(token)
    )


def opening_gerund(token: Token) -> bool:
    """ "Defying Smith, the council met": a capitalised verb in -ing opening the sentence or a
    headline before a name, which the model tags as a proper noun and runs into the name. A
    given name in -ing ("Sterling", "Irving") is in the list of given names and stays."""
    lowered = token.lower_
    if not lowered.endswith("ing") or len(lowered) < 6 or not token.is_alpha:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return bool(token.is_sent_start) or before is None or before.is_punct or before.is_space


def _headline_preposition(token: Token) -> bool:
    """ "Across" of "Trump Across Iowa": a capitalised preposition inside a person's name is a
    title-case headline's word (not a particle: "Ursula Von der Leyen")."""
    return (
        token.is_title
        and token.text not in NAME_PARTICLES
        and (token.tag_ == "IN" or token.lower_ in HEADLINE_PREPOSITIONS)
    )


def _glued_after(token: Token, kb: Knowledge) -> bool:
    """A capitalised adverb, verb or function word a person's name ends in ("Romero
    Obviously", "Nature Suffers"): no surname."""
    return (
        token.is_title
        and token.tag_ in GLUED_TAGS
        and token.text not in NAME_PARTICLES
        and token.lower_ not in kb.first_names
    )


def _in_angle_brackets(ent: Span) -> bool:
    """ "<Kestrel Holdings Ltd>", "<KEST.N>": a name set in angle brackets, as wire copy marks
    a company or its ticker."""
    doc = ent.doc
    return (
        ent.start > 0
        and ent.end < len(doc)
        and doc[ent.start - 1].text == "<"
        and doc[ent.end].text == ">"
    )


def _ticker(ent: Span) -> bool:
    """ "<KEST.N>", or "<KST>" right after a company's name: a share's code, no actor."""
    text = span_text(ent)
    if TICKER.fullmatch(text) is None:
        return False
    before = ent.doc[ent.start - 2] if ent.start > 1 else None
    return "." in text or (before is not None and before.pos_ == "PROPN")


def _ticker_in_round_brackets(ent: Span) -> bool:
    """ "Kestrel Electric Corp (KESE.T) will trim output": a share's code with its exchange,
    all that a round bracket holds; no actor."""
    doc = ent.doc
    return (
        ent.start > 0
        and ent.end < len(doc)
        and doc[ent.start - 1].text in ("(", "-LRB-")
        and doc[ent.end].text in (")", "-RRB-")
        and TICKER_WITH_EXCHANGE.fullmatch(span_text(ent)) is not None
    )


def venue(ent: Span, known: KnownActors) -> bool:
    """ "She went to the Santa Lucia Hospital", "he spoke at the University of Kestria", "they
    visited Kestria Cathedral": a body whose name is a place's (``VENUE_HEADS``), named only as
    where someone goes, stays or speaks; no actor there. Not its people ("doctors at the
    hospital", "a professor at Kestria University": a noun governs the preposition), nor a
    body that acts ("the hospital said"), nor a body known for more than a place."""
    if ent.label_ not in ("ORG", "FAC") or not any(t.lower_ in VENUE_HEADS for t in ent):
        return False
    if known.organisation(span_text(ent).lower().removeprefix("the ")) is not None:
        return False
    root = ent.root
    head = root.head
    if root.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() in VISITING_VERBS
    if root.dep_ != "pobj" or head.dep_ != "prep":
        return False
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in WORKING_VERBS:
        return False  # "doctors at the hospital", "a professor at", "teaches at the university"
    if head.lower_ in VENUE_PREPOSITIONS:
        return True
    return head.lower_ in ("to", "into") and verb.lemma_.lower() in GOING_VERBS


def _ticker_cut_in_round_brackets(ent: Span) -> bool:
    """ "Kestrel Financial -LRB- KFL . L -RRB-": a share's code whose exchange the tokeniser (or
    a line break) cut from it; the code, a full stop, one to three capitals and the closing
    bracket. No actor."""
    doc = ent.doc
    text = span_text(ent)
    if ent.start == 0 or doc[ent.start - 1].text not in ("(", "-LRB-"):
        return False
    if not (text.isupper() and TICKER.fullmatch(text)):
        return False
    rest = [t for t in doc[ent.end : ent.end + 6] if not t.is_space]
    return (
        len(rest) >= 3
        and rest[0].text == "."
        and re.fullmatch(r"[A-Z]{1,3}", rest[1].text) is not None
        and rest[2].text in (")", "-RRB-")
    )


def page_furniture(ent: Span) -> bool:
    """A name in a line of an aggregator's related links ("... closes in on Florida coast -
    30 mins ago National Post ..."), in a page's note on sponsors' content, in its notice of
    rights or of a data licence ("Market data provided by X"), or in a caption's credit line
    ("Picture credit: X walks past ..."): no actor of the story."""
    doc = ent.doc
    kept = _furniture_verdicts  # (kept for the document asked last, by sentence: its entities
    if kept[0] is not doc:  # each ask; with the document's sentence starts)
        kept[0], kept[1], kept[2] = doc, {}, sentence_starts(doc)
    verdicts, starts = kept[1], kept[2]
    if starts is None or not 0 <= ent.start < len(doc):
        bounds = sentence_bounds(ent)  # (no ``Span`` made)
    else:  # (``sentence_bounds`` of the starts read once for the document)
        k = bisect_right(starts, ent.start)
        bounds = (starts[k - 1] if k else 0, starts[k] if k < len(starts) else len(doc))
    verdict = verdicts.get(bounds)
    if verdict is None:
        sent = sentence(ent)
        text = doc_text(doc)[sent.start_char : sent.end_char]
        verdict = verdicts[bounds] = _furniture_sentence(text)
    return verdict


_furniture_verdicts: list = [None, {}, None]  # (``page_furniture``: a document, its
# verdicts, its sentence starts)


@lru_cache(maxsize=4096)
def _furniture_sentence(text: str) -> bool:
    """Whether a sentence is a line of related links, a note on sponsors, a notice of rights or
    of a data licence, or a caption's credit (kept per sentence text: a sentence holds several
    entities, each asking). The first two patterns run only on a sentence holding a word they
    need (" ago"; "sponsor" in any case: the only
    letter of it another letter matches regardless of case is the "s" of the long s, which
    ``casefold`` turns into one)."""
    return (
        (" ago" in text and LINK_AGE.search(text) is not None)
        or ("sponsor" in text.casefold() and SPONSOR_NOTE.search(text) is not None)
        or CAPTION_OPENING.match(text) is not None
        or LICENCE_NOTE.search(text) is not None
    )


def body_named_like_person(ent: Span) -> bool:
    """ "International Aero Engine" labelled a person: a word of a firm's or body's name that
    no person's name holds."""
    return len(ent) > 1 and any(t.lower_ in BODY_NAME_WORDS and t.is_title for t in ent)


# last words of football and other clubs' names ("Leeds United", "Bolton Wanderers"): a club,
# never a person or a place
TEAM_WORDS = {"united", "wanderers", "rovers", "athletic", "albion", "hotspur", "fc", "afc"}


def _team_name(ent: Span) -> bool:
    """ "Kestrel United", "Bolton Wanderers FC": capitalised words ending in a club's word."""
    words = [t for t in ent if t.is_alpha]
    return (
        len(words) > 1
        and words[-1].lower_ in TEAM_WORDS
        and all(t.text[:1].isupper() for t in words)
    )


def _known_acronym_first(ent: Span, known: KnownActors) -> bool:
    """ "NHS Wiltshire", "BBC Scotland" labelled a person: a name opened by the acronym of a
    known body is that body's branch; no person's name opens with one."""
    first = ent[0]
    return (
        len(ent) > 1
        and len(first.text) >= 2
        and first.is_upper
        and first.is_alpha
        and known.organisation(first.text.lower()) is not None
    )


def generic_plural(ent: Span) -> bool:
    """ "Oil Companies focus on cash flow": capitalised words ending in a plural common noun,
    labelled a person; a generic group, no one in particular."""
    return len(ent) > 1 and ent[-1].lower_ in PLURAL_COMMON_HEADS


def common_noun_phrase(ent: Span, kb: Knowledge) -> bool:
    """ "Oil Spills, and Nature Suffers": a headline's words labelled a person, the last a
    plural noun the text also writes in lower case; no one. A person's name opens with a
    given name, and a surname ("Whit Ayres", "Gennifer Flowers") is no common noun of the
    text."""
    last = ent[-1].lower_
    return (
        len(ent) > 1
        and ent[-1].tag_ in ("NNS", "NNPS")
        and last.endswith("s")
        and ent[0].lower_ not in kb.first_names
        and last not in kb.demonyms  # "Young Americans", "Hill Democrats": people of a side
        and last.removesuffix("s") not in kb.party_words
        and last not in kb.group_nouns
        and last not in kb.role_group
        and not body_named_like_person(ent)
        and _written_lower(ent.doc, last)
    )


def _written_lower(doc: Doc, plural: str) -> bool:
    """Whether the text also writes a plural noun, or its singular, in lower case ("an oil
    spill" beside "Oil Spills"): a common noun, not a surname ("Ayres", "Flowers")."""
    forms = {plural, plural[:-1], plural[:-2] if plural.endswith("es") else plural}
    return any(t.is_lower and t.lower_ in forms for t in doc)


def _employer(ent: Span) -> bool:
    """ "Alex Morris, oil analyst at Raymond James in Houston": the name after a worker's noun
    and "at" is the employer."""
    start = ent.start
    if start < 2 or ent.doc[start - 1].lower_ != "at":
        return False
    before = ent.doc[start - 2]
    return before.is_lower and before.lemma_.lower() in EMPLOYEE_NOUNS


def _after_age(ent: Span, kb: Knowledge) -> bool:
    """ "said 35-year-old Lidia Diaz": a name of two or three words right after an age is a
    person's (not "the 44-year-old Boca West Country Club", with a body's word)."""
    doc = ent.doc
    start = ent.start
    if len(ent) > 3 or any(t.lower_ in kb.org_heads or not t.is_title for t in ent):
        return False
    if start < 3 or doc[start - 1].lower_ != "old" or doc[start - 2].text != "-":
        return False
    return doc[start - 3].lower_ in ("year", "years")


def _acronym_after_possessive(ent: Span, known: KnownActors) -> bool:
    """ "contact their GP": a capitalised acronym after a possessive pronoun names a kind of
    person or thing (a body is "the X", not "their X"), unless it is a known body's."""
    return (
        len(ent) == 1
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ in POSSESSIVE_PRONOUNS
        and ACRONYM.fullmatch(ent.text) is not None
        and known.organisation(ent.text.lower()) is None
    )


def _said_to_be_a_product(ent: Span, known: KnownActors) -> bool:
    """ "Tamiflu, an antiviral drug", "Tamiflu, the main antiviral flu drug", "Tamiflu, made
    by Roche", "the drug Relenza": a name the text says is a drug or device (``PRODUCT_NOUNS``)
    by a phrase apposed to it, a participle of its making, or the noun right before it; not a
    known body's name ("the vaccine GlaxoSmithKline makes")."""
    if known.organisation(span_text(ent).lower()) is not None:
        return False
    doc = ent.doc
    after = ent.end
    if after + 2 < len(doc) and doc[after].text == ",":
        first = doc[after + 1]
        if first.lower_ in MAKING_PARTICIPLES and doc[after + 2].lower_ == "by":
            return True
        if first.lower_ in ("a", "an", "the"):
            head = _apposed_head(doc, after + 2, after + 8)
            return head is not None and head.lemma_.lower() in PRODUCT_NOUNS
    before = doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.lemma_.lower() in PRODUCT_NOUNS
        and _tagged_noun(before)
        and not (after < len(doc) and doc[after].tag_.startswith("VB"))
    )


def _tagged_noun(token: Token) -> bool:
    """A noun, or a word in small letters the model tagged a proper noun: before a name it
    reads as part of it ("the rival flu drug Relenza", "drug" tagged NNP), but no name is
    written in small letters."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)


def named_as_medium(ent: Span) -> bool:
    """ "wrote on his blog, Quiet Dissent", "the podcast Open Line", "Quiet Dissent, a blog
    about ...": a name labelled a person that the noun before it, or a phrase apposed to it,
    calls a blog, a website, a podcast or the like (``MEDIUM_NOUNS``) names that, not a
    person. Not a name that acts right after the noun ("on the blog Ana Ruiz writes": the
    parse runs the blog's name into its writer's), nor one before a noun ("the Ana Ruiz
    blog" is hers)."""
    doc = ent.doc
    start, end = ent.start, ent.end
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text == "," and start > 1:
        # "his blog, Quiet Dissent, says": only a name set off by commas or in apposition to
        # the noun ("on the website, Ana Ruiz noted" names the writer)
        set_off = end < len(doc) and doc[end].text == ","
        apposed = ent.root.dep_ == "appos" and ent.root.head.i == start - 2
        before = doc[start - 2] if set_off or apposed else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in MEDIUM_NOUNS:
        return ent.root.dep_ != "nsubj" or before.i == start - 2
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an"):
        head = _apposed_head(doc, end + 2, end + 7)
        return head is not None and head.lemma_.lower() in MEDIUM_NOUNS
    return False


def _apposed_head(doc: Doc, start: int, stop: int) -> Token | None:
    """The last word of the run of adjectives, nouns and adverbs from ``start`` (before
    ``stop``): the head of a phrase apposed to a name after its article ("Tamiflu, an antiviral
    drug" - drug)."""
    head = None
    for token in doc[start:stop]:
        if token.pos_ not in ("ADJ", "NOUN", "ADV", "PROPN") or token.is_punct:
            break
        head = token
    return head


_STORM_KEYS = frozenset(get_string_id(word) for word in STORM_STAGES)  # (as LOWER keys)
# (with "well", which the parse reads as an adverb after a name: "the Macondo well")
_VESSEL_KEYS = frozenset(get_string_id(word) for word in (*VESSEL_NOUNS, "well"))


def storm_or_vessel_name(ent: Span, known: KnownActors) -> str | None:
    """The name of a storm or of a ship or rig the entity gives, which is no actor in any of
    its mentions: the words after a storm's word inside it or right before it ("Tropical Storm
    Bonnie", "Tropical Depression Bonnie", "Hurricane Alex" → "Bonnie", "Alex"), or a name
    right before a vessel's noun ("the Ocean Meridian rig", "BP Deepwater Horizon rig" →
    "Deepwater Horizon", its capitalised words that are no known body's name). Not a known
    body's name ("the Transocean rig": its owner)."""
    doc = ent.doc
    # (what every way to a name needs, read from the arrays: a storm's word in the entity or
    # right before it, or a vessel's noun or "well" right after it; most entities have none)
    lowers = attribute_keys(doc, LOWER)
    if not (ent.end < len(doc) and lowers[ent.end] in _VESSEL_KEYS) and not any(
        lowers[i] in _STORM_KEYS for i in range(max(ent.start - 1, 0), ent.end)
    ):
        return None
    words = [t for t in ent if t.lower_ != "the"]
    if not words:
        return None
    for k, token in enumerate(words[:-1]):
        opening = token.lower_ in STORM_WORDS and k == 0  # "Hurricane Alex"
        if opening or (token.lower_ in STORM_STAGES and k and words[k - 1].lower_ == "tropical"):
            return " ".join(t.text for t in words[k + 1 :])
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in STORM_STAGES and len(ent) <= 2:
        return span_text(ent)
    after = doc[ent.end] if ent.end < len(doc) else None
    # "the Macondo well": the parse reads "well" after a name as an adverb; after "the" and a
    # name it is the noun
    well = (
        after is not None
        and after.lower_ == "well"
        and ent.start > 0
        and (ent[0].lower_ == "the" or doc[ent.start - 1].lower_ == "the")
    )
    if after is None or not (well or (after.lower_ in VESSEL_NOUNS and after.pos_ == "NOUN")):
        return None
    start = ent.start
    while (  # "BP Deepwater [Horizon] rig": the name's capitalised words the model left out
        start > 0
        and doc[start - 1].is_title
        and doc[start - 1].pos_ == "PROPN"
        and known.organisation(doc[start - 1].lower_) is None
    ):
        start -= 1
    name = [t for t in doc[start : ent.end] if t.lower_ != "the"]
    while name and known.organisation(name[0].lower_) is not None:
        name = name[1:]  # "BP Deepwater Horizon": the owner first
    text = " ".join(t.text for t in name)
    if (
        not name
        or not all(t.is_title or t.is_digit for t in name)
        or known.organisation(text.lower()) is not None
        or any(t.lower_ in LEGAL_FORMS or t.lower_ in BODY_NAME_WORDS for t in name)
    ):
        return None
    if len(name) == 1 and start == ent.start and after.lower_ != "well":
        # "the Kestrel rig": a one-word name may be its owner's (a well goes by one word
        # that is no owner's: "the Macondo well")
        return None
    return text


def _among_things(text: str, things: set[str]) -> bool:
    """A storm's or vessel's name, or its last two words or more ("Halvorsen Sea Lark rig" ...
    "Sea Lark")."""
    return text in things or (" " in text and any(name.endswith(" " + text) for name in things))


def _capitalised_common_word(
    ent: Span, kb: Knowledge, known: KnownActors, written_lower: set[str] | None = None
) -> bool:
    """ "When there REALLY is a problem": one word in capitals for emphasis, a common word
    (one of spaCy's stop words), no acronym of a known body or a place ("WHO", "US").
    ``written_lower``: the lower-case forms of the document's words written in lower case
    (``_lower_words``' second set), if the caller has them; else the document is scanned."""
    text = span_text(ent)
    lowered = text.lower()
    return (
        len(ent) == 1
        and len(text) > 2
        and text.isupper()
        # a stop word, or a word the text also writes in lower case ("told him to QUIT ...
        # he did not quit")
        and (
            lowered in STOP_WORDS
            or (
                lowered in written_lower
                if written_lower is not None
                else any(t.lower_ == lowered and t.is_lower for t in ent.doc)
            )
        )
        and known.organisation(lowered) is None
        and not kb.is_place(lowered)
    )


# common nouns a country's name modifies in wire copy's capitals ("the U.S. Economy", "the
# U.S. Dollar", "U.S. Industry"): a thing, or a whole sector, no body
COUNTRY_THING_NOUNS = {"economy", "dollar", "currency", "industry", "market", "markets"}


def _country_and_common_noun(ent: Span, kb: Knowledge) -> bool:
    """ "the U.S. Economy", "U.S. Industry" labelled an organisation: a country's name and a
    common noun of ``COUNTRY_THING_NOUNS``, capitalised as a headline would."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 2 or words[-1].lower_ not in COUNTRY_THING_NOUNS:
        return False
    place = " ".join(t.text for t in words[:-1]).lower()
    return kb.is_place(place) or kb.is_place(place.replace(".", ""))


def _honorific_first(ent: Span, kb: Knowledge) -> bool:
    """ "the Rev Bobby Liddle" labelled an organisation: a name opened by an honorific ("Rev",
    "Dr", "Sir") is a person's."""
    words = [t for t in ent if t.lower_ != "the"]
    return (
        len(words) >= 2
        and words[0].text in kb.honorifics
        and all(t.is_title and t.pos_ == "PROPN" for t in words[1:])
        and words[-1].lower_ not in kb.org_heads
    )


def _title_after_name(ent: Span, previous: Span | None, kb: Knowledge) -> bool:
    """ "Kurt Halden, Worldwide Treasurer of Kestrel Trust, said": capitalised words ending in a
    role word, set off by a comma right after a person's name, are the person's title (the
    finder reads it as the role), not a second person; no given name among them."""
    doc = ent.doc
    return (
        previous is not None
        and previous.label_ == "PERSON"
        and len(ent) <= 3
        and ent.start >= 2
        and doc[ent.start - 1].text == ","
        and previous.end == ent.start - 1
        and ent[-1].lower_ in kb.role_group
        and not any(t.lower_ in kb.first_names or t.text in kb.honorifics for t in ent)
    )


def _says_of_self_as_person(ent: Span, kb: Knowledge) -> bool:
    """ "Minutes after the results, Pacek said he was really disappointed": a lone capitalised
    word (no body's word) that says what "he" or "she" then does is a person; a body says
    "it" or "we"."""
    if len(ent) != 1 or not ent[0].is_title or ent[0].lower_ in kb.org_heads:
        return False
    root = ent.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    if not any(
        clause.dep_ == "ccomp"
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she") for c in clause.children
        )
        for clause in verb.children
    ):
        return False
    # not when a person is named shortly before: "Kestrel said he would stay" of the chairman
    # named in the sentence before is the firm speaking of him
    doc = ent.doc
    sentence = ent.sent
    since = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return not any(e.label_ == "PERSON" and since <= e.start < ent.start for e in doc.ents)


def _said_to_be_a_body(ent: Span) -> bool:
    """ "Krung Thai is Thailand's third largest bank": a name the text says is a bank, firm,
    airline ... (the subject of "be" with such a noun as its attribute)."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() in SAID_BODY_NOUNS for c in root.head.children)


def _comment_action(doc: Doc, i: int) -> bool:
    """ "Reply" or "Recommend" closing a line: the button a page prints under each reader
    comment, which the extracted text runs on after the comment's last word."""
    token = doc[i]
    if token.text not in COMMENT_ACTIONS:
        return False
    if i + 1 == len(doc):
        return True
    # (the article's text, not the tokens': a wrapped text's line breaks are unwrapped in them)
    return "\n" in doc_text(doc)[token.idx + len(token.text) : doc[i + 1].idx + 1]


def _trailing_noise(token: Token) -> bool:
    """A word an entity ends in that is no part of the name: "'s", punctuation, a bracket."""
    return (
        # "Moody's said", "Macy's cut": an "'s" before a verb is no possessive but the name's
        (token.tag_ == "POS" and not _verb_after(token))
        or (token.is_punct and token.text != ".")
        or token.is_quote
        or token.text in BRACKET_TOKENS
        or token.text in ANGLE_BRACKETS
        or token.is_space  # "FNSEA \n(...": the line break before a bracket
    )


def _verb_after(token: Token) -> bool:
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")


def _opening_adverb(token: Token, kb: Knowledge) -> bool:
    """ "Luckily" of "Luckily Edgar recovered": an adverb opening the sentence, capitalised
    only by its place, that the model ran into the name after it (not a given name such as
    "Kelly" or "Emily")."""
    lowered = token.lower_
    return (
        token.is_sent_start
        and lowered.endswith("ly")
        and len(lowered) > 5
        and lowered not in kb.first_names
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].is_title
    )


def _name_tail(ent: Span, kb: Knowledge | None = None) -> int:
    """Where a person's name the model cut short really ends: after a surname written with
    its particle ("Giscard d'Estaing", "Massimo d'Alema"), and after a given name of two parts
    joined by a hyphen that follows a surname ("Chung In-yong", "Wang Chao-ming": the second
    part in lower case, so "Ruiz Al-Amin" is not read so)."""
    doc, end = ent.doc, ent.end
    if not ent[-1].text[:1].isupper():
        return end
    # the rest may stand after a line break the copy wraps the name at ("Chung\nIn-yong")
    at = end + 1 if end < len(doc) and doc[end].is_space and "\n" in doc[end].text else end
    apart = at > end or bool(ent[-1].whitespace_)
    if at < len(doc) and NAME_WITH_PARTICLE.fullmatch(doc[at].text) and apart:
        return at + 1
    if (
        at + 2 < len(doc)
        and doc[at].is_title
        and len(doc[at]) <= SYLLABLE
        and not doc[at].whitespace_
        and apart
        and _syllable_after_hyphen(doc, at + 1)
    ):
        return at + 3  # "Chung" + "In-yong"
    if len(ent) > 1 and len(ent[-1]) <= SYLLABLE and _syllable_after_hyphen(doc, end):
        return end + 2  # "Park Dong" + "-sik"
    if kb is not None and (at > end or bool(ent[-1].whitespace_)) and _surname_left(doc, at, kb):
        return at + 1  # "Leon Febres" + "Cordero said", "Sir Geoffrey" + "\nHowe backed"
    return end


def _surname_left(doc: Doc, i: int, kb: Knowledge) -> bool:
    """A capitalised word right after a person's name that the model left out of every entity,
    with no capitalised word after it: the name's last part ("Leon Febres Cordero said"). Not a
    word of a title, a body, a group, a place, a day or a month ("Reagan Administration
    officials", "Baker Monday")."""
    if i >= len(doc) or i + 1 >= len(doc):
        return False
    word, after = doc[i], doc[i + 1]
    lowered = word.lower_
    return (
        word.tag_ == "NNP"
        and word.is_title
        and word.is_alpha
        and len(word) > 2
        and word.ent_iob_ == "O"
        and not word.is_sent_start
        and not (after.is_title and after.pos_ == "PROPN")
        and after.text not in ("-", "&")
        and lowered not in kb.role_group
        and lowered not in kb.group_nouns
        and lowered not in kb.org_heads
        and lowered not in WEEKDAY_WORDS
        and MONTH_WORD.fullmatch(lowered) is None
        and word.text not in kb.honorifics
        and not kb.is_place(lowered)
    )


def _cut_at_and(ent: Span, after: Span) -> bool:
    """ "the NSW Trades and" + "Labour Council", "Mathis and" + "Associates Inc": a body's
    name the model cut after its "and" (no name ends in one), the rest labelled right after."""
    return (
        ent.label_ == "ORG"
        and after.label_ == "ORG"
        and len(ent) > 1
        and ent[-1].lower_ in ("and", "&")
        and after.start == ent.end
    )


def _body_of_place(ent: Span, after: Span) -> bool:
    """ "the Federal Reserve Bank" + "of" + "New York", "the Central Bank" + "of Kenya": a
    body's name ending in a kind of body, then "of" and a place, is one name (not a body of
    no place and a place)."""
    doc = ent.doc
    return (
        ent.label_ == "ORG"
        and after.label_ == "GPE"
        and after.start == ent.end + 1
        and doc[ent.end].lower_ == "of"
        and ent[-1].is_title
        and ent[-1].lower_ in PLACE_BODY_HEADS
        and after[-1].is_title
    )


def _persons_run_together(ent: Span, after: Span) -> bool:
    """ "Zine El" + "Abidine Ben Ali": two persons' names with nothing between them, not even
    a comma, are one name the model cut in two."""
    return (
        ent.label_ == "PERSON"
        and after.label_ == "PERSON"
        and after.start == ent.end
        and bool(ent[-1].whitespace_)
        and "\n" not in ent[-1].whitespace_
        and ent[-1].is_alpha
        and ent[-1].is_title
        and after[0].is_title
    )


def _syllable_after_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen at ``i`` glued to a short word in lower case after it: the second syllable of
    an East Asian given name ("-yong", "-ming"), not a word such as "-based" or "-led"."""
    return (
        i + 1 < len(doc)
        and doc[i].text == "-"
        and not doc[i].whitespace_
        and doc[i + 1].is_lower
        and doc[i + 1].is_alpha
        and len(doc[i + 1]) <= SYLLABLE
        and doc[i + 1].lower_ not in HYPHEN_WORDS
    )


def _particle_before(ent: Span, after: Span) -> bool:
    """ "Alain Le" + "Roy": a person's name ending in a surname particle, with the next
    entity, a person's name, right after it, is one name the model cut in two."""
    return (
        ent.label_ == "PERSON"
        and after.label_ == "PERSON"
        and after.start == ent.end
        and len(ent) > 1
        and ent[-1].text in NAME_PARTICLES
    )


def _credit_of(ent: Span, credits: tuple[range, ...]) -> range | None:
    """The picture's credit (tokens) a name starts in, if any."""
    return next((credit for credit in credits if ent.start in credit), None)


def _credit_in_brackets(ent: Span) -> bool:
    """ "(Harvard Business Review Press)" after a book's title, "(Jo Ruiz) NEWARK, N.J.", "LONDON
    (Reuters) BP ...": a name that is all a bracket holds, right after a quotation's close or
    at the start of a line, or right before a wire dateline in capitals, credits a picture,
    a book or a story; it acts in nothing ("the ministry (MOH) said" keeps its words around)."""
    doc = ent.doc
    if ent.start == 0 or ent.end >= len(doc):
        return False
    if doc[ent.start - 1].text not in ("(", "-LRB-"):
        return False  # (either kind opens with a bracket: tested once)
    if _agency_credit(ent):
        return True
    if doc[ent.start - 1].text not in ("(", "-LRB-") or doc[ent.end].text not in (")", "-RRB-"):
        return False
    opening = ent.start - 1
    before = doc[opening - 1] if opening > 0 else None
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    return (
        _agency_alone_at_end(ent, after)
        or before is None
        or before.is_quote
        or (before.is_upper and before.is_alpha and len(before) > 1)
        or doc[opening].is_sent_start
        or (after is not None and after.is_upper and after.is_alpha and len(after) > 1)
    )


def _agency_alone_at_end(ent: Span, after: Token | None) -> bool:
    """ "... still finding heavy oil (AP).": a bracket holding a picture agency's name alone
    that closes a sentence credits the picture or video the sentence captions (an agency
    named in brackets after its name, "the Associated Press (AP) reported", goes on)."""
    return all(t.lower_ in CREDIT_AGENCIES for t in ent) and (
        after is None or after.text in (".", "\n") or after.is_space or after.is_sent_start
    )


def _agency_credit(ent: Span) -> bool:
    """ "(Ana Ruiz - AP)", "(Jo Lee/Reuters)": a bracket that holds a name, a dash or slash and
    a picture agency credits a picture, wherever it stands (the model may run the agency into
    the name)."""
    doc = ent.doc
    if doc[ent.start - 1].text not in ("(", "-LRB-"):
        return False
    end = ent.end
    while end < len(doc) and doc[end].text not in (")", "-RRB-") and end - ent.end < 5:
        end += 1
    if end >= len(doc) or doc[end].text not in (")", "-RRB-"):
        return False
    inside = list(doc[ent.start : end])
    cut = next((k for k, t in enumerate(inside) if t.text in ("-", "/", "--")), None)
    if cut is None or cut == 0 or cut == len(inside) - 1:
        return False
    return all(t.lower_ in CREDIT_AGENCIES for t in inside[cut + 1 :])


def _social_plug(ent: Span) -> bool:
    """ "Fox Forum is on Twitter": a line of page furniture that points to a site's or
    section's account, no act of the name (a "Follow X on Twitter" line is a byline)."""
    # a person "is on Twitter" in the news too; a site's or section's plug is a body's name
    if ent.label_ == "PERSON":
        return False  # (tested before the root and its head are made: a Token each)
    root = ent.root
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.lemma_.lower() != "be":
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "on"
        and any(t.lower_ in SOCIAL_SITES for t in prep.children if t.dep_ == "pobj")
        for prep in verb.children
    )


_UN_PREFIX = re.compile(r"(?i)u\.?n\.?-(\w+)")  # (compiled once: asked of every entity)


def _negated_demonym(ent: Span, kb: Knowledge) -> bool:
    """ "UN-AMERICAN", "un-British": the prefix *un-* before a nationality, shouted or not, is
    a word, not the United Nations."""
    doc, text = ent.doc, span_text(ent)  # (``Span.text`` makes a Token per word)
    match = _UN_PREFIX.fullmatch(text)
    if match is not None:
        return match.group(1).lower() in kb.demonyms
    return (
        text.upper().replace(".", "") == "UN"
        and ent.end + 1 < len(doc)
        and doc[ent.end].text == "-"
        and not doc[ent.end - 1].whitespace_
        and not doc[ent.end].whitespace_
        and doc[ent.end + 1].lower_ in kb.demonyms
    )


def _figurative_name(ent: Span) -> bool:
    """ "He is not Ted Kennedy", "she claims to be the new Roosevelt", "too Einstein": a name
    said of someone else (the predicate of a linking verb whose subject is a pronoun or a
    person, negated or with a determiner before the name) or used as an adjective describes
    that someone, and is no mention of its bearer."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("too", "so", "very", "more", "less"):
        return True
    root = ent.root
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_.lower() not in ("be", "become", "seem"):
        return False
    while verb.dep_ == "xcomp" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head  # "claims to be the new Roosevelt": the subject of "claims"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.pos_ == "PRON" or subject.ent_type_ == "PERSON"):
        return False
    negated = any(c.dep_ == "neg" for c in root.head.children)
    determined = any(c.dep_ in ("det", "amod") for c in root.children)
    return negated or determined


def _address(ent: Span) -> bool:
    """An e-mail or web address or a social-media handle: a way to reach someone, not an actor."""
    text = span_text(ent)  # cheap test first: each test below needs one of these
    if "@" not in text and "www." not in text and "/" not in text:
        return False
    return any(
        t.like_email
        or t.text.startswith(("@", "www."))
        or "://" in t.text
        or (t.like_url and "/" in t.text)
        for t in ent
    )  # a bare domain ("Moveon.org") may be how an outlet or group is named: kept


def _agency_tag(ent: Span) -> bool:
    """ "May 19 (Reuters) - ": a wire agency's tag opening a story, after a date or a place
    the dateline finder did not take for a town."""
    doc = ent.doc
    return (
        ent.start > 0
        and ent.end + 1 < len(doc)
        and doc[ent.start - 1].text in ("(", "-LRB-")
        and doc[ent.end].text in (")", "-RRB-")
        and doc[ent.end + 1].text in ("-", "--", "—", "–")
    )


def _comment_handle(ent: Span) -> bool:
    """ "At 12:24 on 30 Apr, beggarmanjoe wrote:": the user name of a reader comment."""
    doc = ent.doc
    if len(ent) != 1 or ent.start == 0 or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "wrote":
        return False
    word = ent.text
    looks_made_up = (
        word.islower()
        or any(c.isdigit() or c == "_" for c in word)
        or any(c.isupper() for c in word[1:])
        # "At 13:57 on 30 Apr, Quillfeather wrote:": a comment's time stamp before the name
        or (doc[ent.start - 1].text == "," and doc[ent.sent.start].lower_ == "at")
    )
    return (
        len(ent) == 1
        and looks_made_up
        and ent.end + 1 < len(doc)
        and doc[ent.end].lower_ == "wrote"
        and doc[ent.end + 1].text == ":"
    )


def _part_of_title(ent: Span, kb: Knowledge) -> bool:
    """ "State" of "Secretary of State": the last word of a role, not an organisation."""
    doc = ent.doc
    return (
        len(ent) == 1
        and ent.start >= 2
        and doc[ent.start - 1].lower_ == "of"
        and f"{doc[ent.start - 2].lower_} of {ent.text.lower()}" in kb.role_group
    )


def _portfolio_of_title(ent: Span, kb: Knowledge, known: KnownActors) -> bool:
    """ "Agriculture" of "Agriculture Minister X", "Mining and Energy" of "Indonesia's Mining
    and Energy Minister X": the field of an office written before its title, which names no
    body the knowledge knows and ends in no state body's head word ("Treasury Secretary X",
    "the Foreign Office Minister": a body)."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in OFFICE_TITLES:
        return False
    if not (doc[ent.end].is_title or doc[ent.end].is_upper):
        return False  # "the Agriculture minister" in lower case: the model's own reading stays
    if kb.org_heads.get(ent[-1].lower_) in STATE_SECTORS_OF_HEADS:
        return False
    return not known.organisation(span_text(ent).lower().removeprefix("the "))


def _byline(ent: Span, previous: Span | None = None, contributors: bool = False) -> bool:
    """ "By Ana Ruiz" opening a line, "Reporting by Ana Ruiz": the reporter, not an actor; and
    "… and Peter Lind" after such a name (``previous``: the entity before this one); the
    contributors of a wire report (``contributors``: the text has such a line)."""
    doc = ent.doc
    if contributors and CONTRIBUTORS.search(ent.sent.text):  # "X in Houston contributed ..."
        return True
    if ent.start > 1 and doc[ent.start - 1].lower_ == "and":  # "Editing by A and B"
        return (
            previous is not None
            and previous.end == ent.start - 1
            and _byline(previous, contributors=contributors)
        )
    if ent.start > 0 and doc[ent.start - 1].text == "Follow" and doc[ent.start - 1].is_sent_start:
        return True  # "Follow Ana Ruiz on Twitter": the page's pointer to its writer
    if ent.end < len(doc) and doc[ent.end].text == "|":
        return True  # "Ana Ruiz | 08:17 UK time": a blog's author line
    if ent.start == 0 or doc[ent.start - 1].lower_ not in ("by", ":"):
        return False
    by = doc[ent.start - 1]
    if by.i > 0 and doc[by.i - 1].text == "Posted":
        # "Posted by Ana Ruiz, on June 1": a comment's or a blog post's author line (a list of
        # them runs on as one sentence: "... 10:40 AM Posted by Max Carter")
        return True
    if by.text == ":":  # "Photograph: Ana Ruiz"
        return by.i > 0 and doc[by.i - 1].lower_ in CREDIT_WORDS
    # a capital "By" inside a line opens a byline too ("* Stocks fall By Ana Ruiz"); before
    # a possessive it begins a clause ("By Ana Ruiz's own account"), wherever it stands
    owned = ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s")
    return (by.text == "By" and not owned) or (
        by.i > 0 and (doc[by.i - 1].lower_ in BYLINE_WORDS or doc[by.i - 1].lower_ in CREDIT_WORDS)
    )


# the words of a byline's writer and title before the outlet ("By Ana Ruiz, Business reporter,
# BBC News"): names, nouns, adjectives and commas, no verb, pronoun or preposition
_BYLINE_PARTS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "PUNCT"})


def _writers_outlet(ent: Span) -> bool:
    """ "By Ana Ruiz, Business reporter, BBC News", "By Ana Ruiz BBC News": the outlet a
    byline opening a line names after its writer and the writer's title is the page's
    signature, not an actor of the story (an outlet the story says did or said something
    is named elsewhere)."""
    doc = ent.doc
    at = ent.start - 1
    while at >= 0 and ent.start - at <= 8:
        token = doc[at]
        if token.text == "By":
            writer = doc[at + 1] if at + 1 < ent.start else None
            opens = at == 0 or token.is_sent_start or "\n" in doc[at - 1].text_with_ws
            return opens and writer is not None and writer.pos_ == "PROPN"
        if (
            token.pos_ not in _BYLINE_PARTS
            or token.text in ("|", ":", "(", ")")
            or token.ent_type_ in ("DATE", "TIME", "CARDINAL")
        ):
            return False
        at -= 1
    return False


def _agency_credit_line(ent: Span, contributors: bool) -> bool:
    """ "The Associated Press contributed to this report.", a line of only "AP": the agency
    credited with the report, not an actor of the story (an acronym alone only when it is
    the whole line, so a headline's "NATO agrees" stays)."""
    if contributors and CONTRIBUTORS.search(ent.sent.text):
        return True
    if len(ent) != 1 or not ent.text.isupper():
        return False
    doc = ent.doc
    word = ent.text.lower()
    if all(t.is_space or t.is_punct or t.lower_ == word for t in doc[ent.end :]):
        return True  # "... he said. REUTER": a wire's sign-off, the last word of the text
    sent = ent.sent
    return all(t.i == ent.start or t.is_space or t.is_punct for t in sent) and "\n" in sent.text


def _alone(ent: Span) -> bool:
    """A name that is the whole sentence ("Ana Ruiz."), or only followed by where the writer
    lives ("Ana Ruiz, Pasadena, CA, USA"): a signature or credit line under a comment or
    photo, not someone acting in the story."""
    doc = ent.doc
    if not ent[0].is_sent_start:
        return False
    i = ent.end  # only punctuation and names until the next sentence (a few tokens, no scan)
    while i < len(doc) and not doc[i].is_sent_start:
        if not (doc[i].is_punct or doc[i].ent_type_):
            return False
        i += 1
    return True


def author_note(doc: Doc, ents: tuple[Span, ...]) -> range | None:
    """The characters of a line about the writer in the text's second half ("Ana Ruiz is a
    columnist for the Daily Courier and the author of ..."): a line that opens with a name of
    two words or more the text names nowhere else, and says the person is a columnist, an
    author, an editor or one of a paper's contributors. The person and the bodies the line
    names are the page's note on its writer, no actors of the story. None when there is none."""
    text = doc_text(doc)
    end = reading_end(text) or len(text)
    for ent in ents:
        if ent.start_char < AUTHOR_NOTE_FROM * end or ent.start_char >= end:
            continue
        if ent.label_ not in ("PERSON", "ORG") or len(ent) < 2:
            continue
        line_start = text.rfind("\n", 0, ent.start_char) + 1
        if text[line_start : ent.start_char].strip():
            continue  # the line does not open with the name
        line_end = text.find("\n", ent.end_char)
        line_end = end if line_end == -1 else min(line_end, end)
        surname = ent[-1].text
        named_elsewhere = surname in text[:line_start] or surname in text[ent.end_char : end]
        if not named_elsewhere and AUTHOR_NOTE.search(text[ent.end_char : line_end]):
            return range(line_start, line_end)
    return None


def _name_of_organisation(ent: Span, kb: Knowledge) -> Span | None:
    """ "the Yele Haiti foundation": a name of two or more words before an organisation word
    is that organisation's name, not a person."""
    doc = ent.doc
    if len(ent) < 2 or ent.end >= len(doc):
        return None
    head = doc[ent.end]
    if ent.root.dep_ != "compound" or ent.root.head.i != head.i or head.lower_ not in kb.org_heads:
        return None
    return Span(doc, ent.start, ent.end + 1, label="ORG")


# the common nouns news writes after a paper's or agency's name ("the Sun newspaper", "the
# Kestria Times news agency"): no word of the name
OUTLET_DESCRIPTIONS = {"newspaper", "paper", "daily", "weekly", "tabloid", "magazine", "agency"}
# what people do with words and firms seldom do ("Annie Lowrey notes", "writes X"): a name
# labelled an organisation that does so, opening with a given name, is a person's
WRITERS_VERBS = {"write", "note", "argue", "describe", "recall", "tweet", "blog", "muse"}
# a possessive ending a token of its own word ("Opec's", "Opec"s" as wire copy writes it)
POSSESSIVE_END = re.compile(r"[\"'’]s$")
# the buttons a page prints under each reader comment
COMMENT_ACTIONS = {"Reply", "Recommend"}
# the line naming the reporters who helped with a story: "X contributed to this report", "X
# contributed reporting from Boston", "X and Y contributed additional reporting"
CONTRIBUTORS = re.compile(
    r"\bcontributed\s+(?:additional\s+)?(?:reporting|research"
    r"|to\s+(?:this|the)\s+(?:report|story|article))\b"
)
# time zones of a time stamp ("2200 GMT"), which the small model takes for organisations
TIME_ZONES = {"GMT", "UTC", "BST", "CET", "EST", "EDT", "CST", "PST", "PDT", "ET"}
# what a line about the writer says of them: "X is a columnist for Y", "X, a professor, is a
# member of Y's Board of Contributors", "X is the author of ..."
AUTHOR_NOTE = re.compile(
    r"\b(?:is|was|writes)\b.*\b(?:columnist|contributors?|author|writer|editor|commentator"
    r"|blogger)s?\b"
)
AUTHOR_NOTE_FROM = 0.5  # a note on the writer closes the text: only its second half is read


def _thing(ent: Span) -> bool:
    """A law, prize, storm or disease named like an organisation or a person, or a capitalised
    phrase opening with "a" or "another" ("a Metal Valve"): a name does not start so."""
    if ent.label_ not in ("ORG", "PERSON", "NORP", "GPE"):
        return False
    text = span_text(ent)
    lowered = text.lower()
    # (the edge words read once each: each reading makes a Token and looks its form up)
    first, last = ent[0].lower_, ent[-1].lower_
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return (
        last in THING_HEADS
        or (len(ent) > 1 and last in EVENT_HEADS)
        or before in VESSEL_NOUNS
        or before in STORM_WORDS
        or (len(ent) > 1 and first in STORM_WORDS)  # "Storm Bonnie"
        or first in ("a", "an", "another")
        or _document_name(lowered)
        or DISEASE.search(lowered) is not None
        or lowered in DISEASE_WORDS
        or text in TIME_ZONES
        or lettered_thing(ent)
        or day_and_month(ent)
        or _party_convention(ent)
        or lowered.removeprefix("the ") == "state of the union"  # the president's address
        or _headline_as_name(ent)
        # "Merrill Lynch and Co", "Aubrey G. Lanston and Co Inc.": a legal form alone
        or all(t.lower_.rstrip(".") in LEGAL_FORMS or t.text == "." for t in ent)
    )


# a party's word before "Convention" names the party's gathering ("the Republican Convention",
# "the Democratic National Convention"): an event, no body
CONVENTION_PARTY_WORDS = {"republican", "democratic", "democrat", "gop", "libertarian"}
HEADLINE_VERB_TAGS = {"VBZ", "VBP", "VBD"}
HEADLINE_QUESTION_WORDS = {"why", "how", "what", "when", "where", "who"}


def _party_convention(ent: Span) -> bool:
    """ "Only days before the Republican Convention": a party's convention, an event."""
    return (
        len(ent) > 1
        and ent[-1].lower_ == "convention"
        and any(t.lower_ in CONVENTION_PARTY_WORDS for t in ent[:-1])
    )


def _headline_as_name(ent: Span) -> bool:
    """A title-case headline the model took for one name ("Mill Workers Explain Why The Union
    Failed Them"): five words or more, all capitalised, with a verb of its own and a question
    word or a second verb inside; no body's name reads so."""
    if len(ent) < 5:
        return False  # (fewer tokens, fewer words: no Token made for each)
    words = [t for t in ent if t.is_alpha]
    if len(words) < 5 or not all(t.text[:1].isupper() for t in words):
        return False
    verbs = [t for t in words[1:] if t.tag_ in HEADLINE_VERB_TAGS]
    question = any(t.lower_ in HEADLINE_QUESTION_WORDS for t in words[1:])
    return bool(verbs) and (question or len(verbs) > 1)


def day_and_month(ent: Span) -> bool:
    """ "Thu Jun 3" of a dateline: a weekday's name and a month's are a date, no one."""
    return (
        len(ent) >= 2
        and ent[0].lower_.rstrip(".") in WEEKDAY_WORDS
        and MONTH_WORD.fullmatch(ent[1].lower_) is not None
    )


def lettered_thing(ent: Span) -> bool:
    """ "Exhibit A", "Plan B", "Type A", "Phase C": a common word of a series and a letter name
    an item, no one (a person's initial comes first: "Malcolm X" keeps his)."""
    return (
        len(ent) == 2
        and len(ent[-1].text) == 1
        and ent[-1].text.isupper()
        and ent[0].lower_ in LETTERED_THINGS
    )


def _document_name(lowered: str) -> bool:
    """ "the Terms of Service", "Code of Conduct", "Terms and Conditions": a document or rule."""
    words = lowered.removeprefix("the ").split()
    return (len(words) > 2 and words[0] in THING_OPENERS and words[1] == "of") or words[:3] == [
        "terms",
        "and",
        "conditions",
    ]


def _name_only(ent: Span) -> Span | None:
    """ "Meghan cry", "the Donald Trump-led": the name without the words glued around it."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and (doc[end - 1].is_lower or doc[end - 1].text in ("-", "'")):
        if _given_name_part(doc, end - 1):
            break  # "Ban Ki-moon", "Lo Wing-lok": the name's own lower-case part
        end -= 1
    if start == end or (start, end) == (ent.start, ent.end):
        return None
    return Span(doc, start, end, label=ent.label_)


def _given_name_part(doc: Doc, i: int) -> bool:
    """ "moon" of "Ki-moon": a proper noun glued by a hyphen to a capitalised word (the
    participle of "Trump-led" is no name)."""
    return (
        i >= 2
        # (or a syllable the tagger took for another word: "sik" of "Dong-sik")
        and (doc[i].tag_ == "NNP" or _syllable_after_hyphen(doc, i - 1))
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].text[:1].isupper()
    )


def _town_here(
    ent: Span, kb: Knowledge, surnames: set[str], places: frozenset[str] = frozenset()
) -> bool:
    """A state, province or town the NER model took for a person or organisation: a large town,
    any town after a place preposition or "the village of", or a town the text names as a place
    elsewhere (``places``: "the refinery at Grangemouth ... Grangemouth", "occupied Vladivostok
    ... Vladivostok fell": one name, one sense), unless a person of the article bears the name
    or a "person" is the subject of a verb."""
    text = span_text(ent)
    if not text[:1].isupper():
        return False
    if region_code(text, kb, ent.doc) is not None:
        return True
    found = town(text)
    if found is None or text.lower() in surnames:
        return False
    if text in places:
        return True
    if ent.label_ == "PERSON" and ent.root.dep_ == "nsubj":
        return False  # "dos Santos says": a person speaking, not the Brazilian port
    doc = ent.doc
    after_preposition = _after_place_word(ent, PLACE_PREPOSITIONS) or (
        ent.start > 1
        and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lower_ in SETTLEMENT_NOUNS  # "the village of Dien Bien Phu"
    )
    return after_preposition or found.population >= LARGE_TOWN


def _after_place_word(ent: Span, words: set[str]) -> bool:
    """Whether a name follows one of ``words`` (place prepositions) and is no possessor ("in
    Chelmsford"; not "in Gallup's poll")."""
    doc = ent.doc
    return (
        ent.start > 0
        and doc[ent.start - 1].lower_ in words
        and not (ent.end < len(doc) and doc[ent.end].tag_ == "POS")
    )


def _described_as_person(ent: Span, kb: Knowledge) -> bool:
    """ "Nikki Haley, a former UN ambassador": a short proper name with a role in apposition
    (after it, or before it)."""
    return (
        len(ent) in (2, 3)
        and all(t.pos_ == "PROPN" and t.is_title for t in ent)
        and ent[-1].lower_ not in kb.org_heads
        and (
            any(c.dep_ == "appos" and c.lemma_.lower() in kb.role_group for c in ent.root.children)
            or (  # "Peru's foreign minister, Elena Quispe": the name after the role
                ent.root.dep_ == "appos"
                and ent.root.head.i < ent.start
                and ent.root.head.lemma_.lower() in kb.role_group
            )
            or _role_after_comma(ent, kb)
        )
    )


def _writer_by_given_name(ent: Span, kb: Knowledge) -> bool:
    """ "Annie Lowrey notes a study", "..., writes Nick Caistor.", "said Brett O'Donnell, chief
    strategist": a name labelled an organisation that opens with a given name, no word of a
    body's in it, and that writes, notes or argues as people do, or has a role after a comma
    (the parse may tag a surname a common noun, so ``_described_as_person`` passes it over).
    A firm named after its founder ("an analyst with Edward Jones", "Thomas Cook said")
    neither writes nor notes."""
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
        return False
    if ent[0].lower_ not in kb.first_names:
        return False
    if any(
        t.lower_ in kb.org_heads or t.lower_ in BODY_NAME_WORDS or t.lower_ in LEGAL_FORMS
        for t in words
    ):
        return False
    root = ent.root
    verb = root.head
    writes = root.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in WRITERS_VERBS
    return writes or _role_after_comma(ent, kb)


def _role_after_comma(ent: Span, kb: Knowledge) -> bool:
    """ "Keiji Fukuda, acting WHO director general for health security, said": a role noun
    ends the words between the comma after the name and the next comma or preposition, which
    the parse may not hang on the name as an appositive."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    words = []
    for token in doc[ent.end + 1 : min(ent.end + 9, len(doc))]:
        if token.is_punct or token.pos_ in ("ADP", "AUX") or token.tag_ in ("VBD", "VBZ"):
            break  # (the parse may take "acting" or "director" for a verb: only tense stops)
        words.append(token)
    if not words:
        return False
    last = words[-1]
    if last.lemma_.lower() in kb.role_group and last.is_lower:
        return True
    # "X, Professor of Law at Y": a work noun, also capitalised before its "of" or "at"
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return last.lower_ in WORK_NOUNS and (
        last.is_lower or (after is not None and after.lower_ in ("of", "at"))
    )


def _owner_and_person(ent: Span) -> tuple[Span, Span] | None:
    """ "Fox News’ Bret Baier" taken as one organisation: the outlet, and the person after its
    possessive ending (a name of two or three capitalised words)."""
    doc = ent.doc
    if "'" not in (text := span_text(ent)) and "’" not in text:
        return None
    for token in ent[1:-2]:
        if token.tag_ == "POS" or token.text in ("’", "'"):
            person = doc[token.i + 1 : ent.end]
            if 2 <= len(person) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in person):
                owner = Span(doc, ent.start, token.i, label="ORG")
                return owner, Span(doc, person.start, person.end, label="PERSON")
    return None


def _person_owning_thing(ent: Span, surnames: set[str], kb: Knowledge) -> Span | None:
    """ "Bachmann’s 2012", "Christie’s Nov.", "Cruz’s Iowa" taken as one name: a person's
    possessive before a year, a month or a place (the model ran the owner on into the thing
    owned, "Cruz’s Iowa strategy"); the name is the owner's alone. Only an owner the text names
    as a person in full elsewhere (``surnames``), so no firm's "Hallmark’s 2012"."""
    doc = ent.doc
    if "'" not in (text := span_text(ent)) and "’" not in text:
        return None
    possessive = next((t for t in ent[1:-1] if t.tag_ == "POS" or t.text in ("’s", "'s")), None)
    if possessive is None:
        return None
    owner, owned = doc[ent.start : possessive.i], doc[possessive.i + 1 : ent.end]
    if owner[-1].lower_ not in surnames or not all(t.is_title for t in owner):
        return None
    dated = all(t.like_num or _MONTH_NAME.fullmatch(t.text) for t in owned)
    place = span_text(owned)
    placed = kb.is_place(place.lower()) or region_code(place, kb, doc) is not None
    return Span(doc, owner.start, owner.end, label="PERSON") if dated or placed else None


def _reporter_of_outlet(
    ent: Span, previous: Span | None, kb: Knowledge, known: KnownActors
) -> bool:
    """ "The BBC's Ana Ruiz" with the name labelled ORG: a short proper name right after a
    news outlet's possessive ending is its reporter."""
    doc = ent.doc
    if previous is None or previous.end != ent.start - 1 or doc[previous.end].tag_ != "POS":
        return False
    outlet = known.organisation(previous.text.lower().removeprefix("the "))
    sector = outlet.sector if outlet is not None else kb.org_heads.get(previous[-1].lower_)
    return (
        sector == "MED"
        and len(ent) in (2, 3)
        and all(t.pos_ == "PROPN" and t.is_title for t in ent)
        and ent[-1].lower_ not in kb.org_heads
    )


def _body_above_after_place(ent: Span, kb: Knowledge, known: KnownActors) -> Span | None:
    """The known international body ("World Health Organization") after a country's name
    the model ran into it ("Mexico World Health Organization"): no country has a body of
    the UN's own name, so the country is the end of the words before."""
    for cut in range(1, min(3, len(ent) - 1) + 1):
        if kb.country_names.get(span_text(ent[:cut]).lower()) is None:
            continue
        rest = ent[cut:]
        body = known.organisation(rest.text.lower().removeprefix("the "))
        if body is not None and body.sector == "IGO":
            return Span(ent.doc, rest.start, rest.end, label="ORG")
    return None


def _name_before_and(ent: Span, kb: Knowledge, known: KnownActors) -> Span | None:
    """ "the Energy and [Natural Resources Committee]": capitalised words and "and" between
    "the" and a body's name, which the model cut off: one name ("the BP and Shell Oil
    Company" would name a known body before the "and": two)."""
    doc = ent.doc
    if ent[-1].lower_ not in kb.org_heads or ent.start < 3 or doc[ent.start - 1].lower_ != "and":
        return None
    start = ent.start - 1
    while start > 0 and ent.start - 1 - start < 3:
        before = doc[start - 1]
        if not before.is_title or before.ent_type_ not in ("", "ORG") or before.is_sent_start:
            break
        start -= 1
    words = doc[start : ent.start - 1]
    if not len(words) or start == 0 or doc[start - 1].lower_ != "the":
        return None
    if known.organisation(words.text.lower()) or kb.is_place(words.text.lower()):
        return None
    return Span(doc, start, ent.end, label="ORG")


NUMBER_WORDS = {"seven", "eight", "twenty", "five", "four", "six", "ten", "three", "two"}


def _group_of_number(ent: Span) -> Span | None:
    """ "a [Group] of 20 meeting", "the [Group] of Seven": the model cut the forum's name
    before its "of"; the whole name ("Group of 20")."""
    doc = ent.doc
    end = ent.end
    if ent[-1].text != "Group" or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    number = doc[end + 1]
    if not (number.is_digit or (number.is_title and number.lower_ in NUMBER_WORDS)):
        return None
    return Span(doc, ent.start, end + 2, label="ORG")


# prepositions that go on with a body's field or place inside its name ("Agency for
# International Development", "Commission on Civil Rights", "Army of the Republic of Vietnam")
NAME_PREPOSITIONS = {"for", "on", "of"}
# small words inside such a name
NAME_JOINERS = {"the", "of", "and", "&"}
# bodies named "on" their subject, which may be a place ("the Select Committee on Benghazi")
FIELD_HEADS = {"committee", "subcommittee", "commission"}


def _body_name_cut_at_preposition(ent: Span, kb: Knowledge, known: KnownActors) -> Span | None:
    """ "the US [Agency] for International Development", "the U.S. [Commission] on Civil
    Rights": a body's name the model cut before the preposition that goes on with its field
    or place; the whole name. Only after a body's head word written with a capital (not an
    outlet's, "the Post on Trump", nor a firm's, "Kestrel Corp of Denver"), and only where
    capitalised words follow that end the phrase (not "the Council of Allied forces", "on
    Monday", "of General X", "for Haiti's people"). A known body's name is whole already
    ("the American Civil Liberties Union of Ohio" is its branch)."""
    doc = ent.doc
    head = ent[-1]
    if not head.is_title or kb.org_heads.get(head.lower_, "MED") in ("MED", "BUS"):
        return None  # (nor a firm's: "Kestrel Pipeline Corp of Denver" is where it is)
    if known.organisation(span_text(ent).lower().removeprefix("the ")) is not None:
        return None
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in NAME_PREPOSITIONS:
        return None
    end = ent.end + 1
    while end < len(doc) and _name_word(doc[end]):
        end += 1
    while end > ent.end + 1 and doc[end - 1].lower_ in NAME_JOINERS:
        end -= 1  # "the Agency for Trade and": the "and" opens the next phrase
    if end == ent.end + 1 or (end < len(doc) and _glued(doc[end - 1], doc[end])):
        return None  # (a word glued to the next one: "the All-Russian ...", cut at "All")
    if (
        doc[ent.end].lower_ == "on"
        and head.lower_ not in FIELD_HEADS
        and all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in doc[ent.end + 1 : end])
    ):
        return None  # "Hofstra University on Long Island": where it is, not its name
    if end < len(doc) and (doc[end].pos_ in ("NOUN", "PROPN", "ADJ") or doc[end].tag_ == "POS"):
        return None  # the phrase goes on past the capitals ("of Allied forces", "Haiti's")
    return Span(doc, ent.start, end, label="ORG")


def _glued(token: Token, after: Token) -> bool:
    """Whether a word runs on into the next with no space, by a letter or a hyphen."""
    return not token.whitespace_ and (after.is_alpha or after.text == "-")


def _name_word(token: Token) -> bool:
    """A word that may go on a body's name after its preposition: a capitalised word of no
    date, time or person, or a small joining word; not a new sentence's."""
    if token.is_sent_start:
        return False
    if token.lower_ in NAME_JOINERS:
        return True
    return (
        token.is_title
        and token.is_alpha
        and token.pos_ == "PROPN"
        and token.ent_type_ not in ("DATE", "TIME", "PERSON")
        and token.lower_ not in WEEKDAY_WORDS
    )


def _firm_name_cut(ent: Span, known: KnownActors) -> Span | None:
    """ "Standard and [Poor's Corp]", "Peninsular and [Oriental Steam Navigation Co Plc]", "bid
    for Purolator [Courier Corp]": a firm's name ending in its legal form, whose first words
    (one or two capitalised words the model labelled nothing, and an "and" between) it cut
    off; the whole name. Not a known body's name before the "and" ("Exxon and Mobil Corp"
    are two firms), nor a sentence's first word."""
    doc = ent.doc
    if ent[-1].lower_.rstrip(".") not in LEGAL_FORMS or ent.start < 2:
        return None
    start = ent.start
    joined = doc[start - 1].lower_ in ("and", "&")
    if joined:
        start -= 1

    def bare_word(token: Token) -> bool:
        return (
            token.is_title
            and token.pos_ == "PROPN"
            and token.ent_type_ == ""
            and (joined or not token.is_sent_start)  # "Standard and Poor's Corp said"
            and known.organisation(token.lower_) is None
        )

    first = start
    while first > 0 and start - first < 2 and bare_word(doc[first - 1]):
        first -= 1
    if first == start:
        return None
    return Span(doc, first, ent.end, label="ORG")


def _common_word_opening(
    ent: Span, lower_words: set[str], kb: Knowledge, known: KnownActors
) -> bool:
    """ "Cement began flowing": one capitalised word opening a sentence, labelled a name,
    that the same text also writes in lower case is a common word, not a name. Not a word
    for a body or its people ("Police said", "Congress"), nor a known organisation's name."""
    if len(ent) != 1 or ent.label_ not in ("ORG", "PERSON", "NORP", "GPE"):
        return False
    token = ent[0]
    lowered = token.lower_
    return (
        token.is_sent_start is True
        and token.head.lemma_.lower() not in SPEECH_VERBS  # "Shell said": a body speaking
        and token.is_title
        and lowered in lower_words
        and lowered not in kb.group_nouns
        and lowered not in kb.org_heads
        and lowered not in kb.role_group
        and not kb.is_place(lowered)
        and known.organisation(lowered) is None
    )


SPEECH_VERBS = {"say", "tell", "announce", "state", "add", "report", "confirm", "deny"}
ACRONYM = re.compile(r"[A-Z]{2,6}")
_OPENING_BRACKETS = frozenset({"(", "-LRB-"})


def _acronyms_of_things(doc: Doc, known: KnownActors) -> set[str]:
    """Acronyms the text defines by words in lower case ("its emergency disconnect system
    (EDS)", "the blowout preventer -LRB- BOP -RRB-"): names of things, not bodies, which are
    written with capitals ("the Environmental Protection Agency (EPA)")."""
    found = set()
    # only the words right after an opening bracket (found in the document's arrays: a loop
    # over every word would make a ``Token`` for each)
    opened = indices_in(doc, ORTH, _OPENING_BRACKETS)
    for token in (doc[i + 1] for i in opened if 2 <= i + 1 < len(doc) - 1):
        if not ACRONYM.fullmatch(token.text) or doc[token.i - 1].text not in ("(", "-LRB-"):
            continue
        if doc[token.i + 1].text not in (")", "-RRB-") or known.organisation(token.lower_):
            continue
        words: list[str] = []
        for before in reversed(doc[max(0, token.i - 7) : token.i - 1]):
            if before.text == "-":
                continue
            if not (before.is_alpha and before.is_lower):
                break
            words.insert(0, before.text)
            if _spells(token.text.lower(), words):
                found.add(token.text)
                break
    return found


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether an acronym begins with the first word's initial and takes its letters, in
    order, from the words ("bop" from "blowout preventer")."""
    if len(words) < 2 or acronym[0] != words[0][0]:
        return False
    letters = iter("".join(words))
    return all(letter in letters for letter in acronym) and all(w[0] in acronym for w in words)


def flat_text(text: str) -> str:
    """``text`` with each run of white space one space: a name the text wraps at a line's
    end ("the United\nStates") is the name on one line."""
    return " ".join(text.split()) if "\n" in text or "  " in text else text


# the labels a name bears: every rule after the trim that relabels, joins or splits an entity
# reads one of these (but the angle brackets' company, "<Kestrel Holdings>"); an entity of
# another label ("last week", "$3 million", "40 percent", "the World Cup") stays what it is
NAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"))


def _of_no_actor(ent: Span, label: str, kb: Knowledge, media: set[str]) -> bool:
    """Whether a trimmed entity is of no name's label and can give no actor, so the rules
    after the trim need not read it (most of a news text's entities are dates and amounts).
    No rule after the trim makes such an entity a name but the angle brackets; the finder
    reads one only as an institution ("the White House") or a people's word taken for a
    surname ("French says"), and the unlabelled names' pass reads the text of what the rules
    logged as a blog: an entity whose words are one of these goes through every rule."""
    if label in NAME_LABELS:
        return False
    text = span_text(ent)
    lowered = flat_text(text).lower().removeprefix("the ")  # (as the finder reads its names)
    return (
        lowered not in kb.institutions
        and lowered not in kb.demonyms
        and text not in media
        and not _in_angle_brackets(ent)
    )


def _relabel(ent: Span, label: str) -> Span:
    return Span(ent.doc, ent.start, ent.end, label=label)


def _after_title(ent: Span, kb: Knowledge) -> bool:
    """Directly after "Mr.", "President", "Sen." and the like, or a role noun written in lower
    case ("EU spokesperson Anneke de Vries", "foreign minister X")."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return (
        before.text in kb.honorifics
        or before.text in kb.title_abbreviations
        or ((before.is_title or before.tag_ == "NN") and before.lower_ in kb.role_group)
        or (before.is_lower and before.lower_ in WORK_NOUNS)  # "trial lawyer X"
    )


def _lower_words(tokens: Doc | list[Token], written_lower: set[str] | None = None) -> set[str]:
    """The words the text writes in lower case, less those it also capitalises inside a
    sentence (names, whatever else it writes in lower case). One loop over the document's
    tokens (a word in lower case is never in title case): a loop over the document itself
    makes a ``Token`` per word, so a caller that keeps them passes its own. A set given as
    ``written_lower`` gets the lower-case form of every word written in lower case, alphabetic
    or not (``_capitalised_common_word`` asks it of every word in capitals)."""
    lower, titled = set(), set()
    for t in tokens:
        if t.is_lower:
            if written_lower is not None:
                written_lower.add(t.lower_)
            if t.is_alpha:
                lower.add(t.text)
        elif t.is_title and not t.is_sent_start:
            titled.add(t.lower_)
    return lower - titled


# the article opening an Arabic surname ("al-Assad", "el-Sisi"), dropped when it stands alone
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|an|ar)-(?=\w)", re.IGNORECASE)


def _arabic_named(ent: Span) -> bool:
    """A person's name opened by a lower-case Arabic article ("al-Maliki said"): a name
    though its first letter is small."""
    text = span_text(ent)
    found = ARABIC_ARTICLE.match(text)
    return found is not None and text[found.end() : found.end() + 1].isupper()


def correct_entities(
    doc: Doc,
    kb: Knowledge,
    known: KnownActors,
    log: list[tuple[str, str]],
    dateline: range = range(0),
    ents: tuple[Span, ...] | None = None,
    tokens: list[Token] | None = None,
    credits: tuple[range, ...] = (),
) -> list[Span]:
    """The document's entities, trimmed and with clear mislabels corrected (logged in ``log``);
    none from the tokens of the story's ``dateline`` ("CAIRO (Reuters) - ") or of a picture's
    ``credits`` ("Photograph: Ana Ruiz/AP", ``text.credits``). ``ents``: the
    document's ``ents`` if the caller has read them (spaCy builds them anew at each reading);
    ``tokens``: the document's tokens if the caller keeps them (``list(doc)``)."""
    entities = []
    ents = doc.ents if ents is None else ents
    # (each reading of ``label_`` looks the label up: the entities' are read once here)
    labelled = list(zip(ents, [e.label_ for e in ents], strict=True))
    persons = [e for e, label in labelled if label == "PERSON"]
    surnames = {e[-1].lower_ for e in persons if len(e) > 1}
    # the same, read past a possessive ending the model kept ("Michele Bachmann’s")
    full_name_ends = {
        next(t.lower_ for t in reversed(e) if t.tag_ != "POS") for e in persons if len(e) > 1
    }
    contributors = CONTRIBUTORS.search(doc_text(doc)) is not None
    writer_note = author_note(doc, ents)
    joined: set[int] = set()  # entities run into the one before them ("Alain Le" + "Roy")
    thing_acronyms = _acronyms_of_things(doc, known)
    written_lower: set[str] = set()  # (every word written in lower case: see _lower_words)
    lower_words = _lower_words(doc if tokens is None else tokens, written_lower)
    # names the text says are a bank, a firm ...: every mention of them is the body's
    bodies = {span_text(e) for e in persons if _said_to_be_a_body(e) or _employer(e)}
    # "Deak International said ... , Deak said": a lone word that opens the name of a body the
    # text names, and no person's name, is the body's short name
    # (not a pair's first, "Khizer & Moses"; not a place, "Hampshire Fire and Rescue")
    firsts = {
        e[0].text
        for e, label in labelled
        if label == "ORG"
        and len(e) > 1
        and e[0].is_title
        and e[1].lower_ not in ("&", "and")
        and e[1].tag_ != "POS"  # "Kolchak's White Army": the man's army
    }
    bodies |= {
        text
        for e in persons
        if len(e) == 1
        and (text := span_text(e)) in firsts
        and text.lower() not in surnames
        and text not in kb.honorifics
        and not kb.is_place(text.lower())
        and town(text) is None
        and region_code(text, kb, doc) is None
    }
    # names the text says are a drug or device: no mention of them is an actor
    products = {
        span_text(e)
        for e, label in labelled
        if label in ("ORG", "PERSON", "PRODUCT", "GPE", "NORP") and _said_to_be_a_product(e, known)
    }
    # names the text says are a blog, a site or a programme, which the model took for people
    media = {
        span_text(e)
        for e in persons
        if not known.organisation(span_text(e).lower()) and named_as_medium(e)
    }
    # names of storms and vessels ("Tropical Storm Bonnie", "the Ocean Meridian rig"): none of
    # their mentions is an actor ("Bonnie could reach the coast")
    things = {
        name
        for e, label in labelled
        if label in ("ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC")
        and (name := storm_or_vessel_name(e, known))
    }
    # towns the model labelled places: a mention of the same name it took for a person or
    # body is the town too ("the refinery at Grangemouth ... Grangemouth")
    # (one the model labelled a place where the text says so too: after a place preposition,
    # or a large town; not "Dome was halted", a firm the model took for a place)
    towns_as_places = frozenset(
        name
        for e, label in labelled
        if label in ("GPE", "LOC", "FAC")
        and (found := town(name := span_text(e))) is not None
        and (found.population >= LARGE_TOWN or _after_place_word(e, PLACE_LABEL_PREPOSITIONS))
    )
    # given names of people the text names in full ("We got Otis Goodson ... Otis has got"):
    # the name alone labelled an organisation is the person's
    given_names = {
        e[0].text
        for e in persons
        if len(e) > 1 and e[0].is_title and e[0].text not in kb.honorifics
    }
    for n, raw in enumerate(ents):
        if n in joined:
            continue
        if n + 1 < len(ents) and (
            _particle_before(raw, ents[n + 1]) or _persons_run_together(raw, ents[n + 1])
        ):
            log.append(("name_particle", raw.text))
            raw = Span(doc, raw.start, ents[n + 1].end, label="PERSON")
            joined.add(n + 1)
        elif n + 1 < len(ents) and _cut_at_and(raw, ents[n + 1]):
            log.append(("name_cut_at_and", raw.text))  # "the NSW Trades and" + "Labour
            raw = Span(doc, raw.start, ents[n + 1].end, label="ORG")  # Council": one name
            joined.add(n + 1)
        elif n + 1 < len(ents) and _body_of_place(raw, ents[n + 1]):
            log.append(("body_of_place", raw.text))  # "the Federal Reserve Bank" + "of New
            raw = Span(doc, raw.start, ents[n + 1].end, label="ORG")  # York": one name
            joined.add(n + 1)
        ent = trim_entity(raw, kb)
        if ent is None:
            continue
        label = ent.label_  # (read again after each new span: a reading costs a lookup)
        if (
            label == "ORG"
            and len(ent) > 1
            and outlet_description(ent[-1])
            and not known.organisation(span_text(ent).lower())  # "MENA news agency" is known
            and (name := outlet_name(doc, ent.start, ent.end, kb)) != (ent.start, ent.end)
        ):
            log.append(("outlet_description", ent.text))  # "the Sun newspaper": the Sun
            ent = Span(doc, *name, label="ORG")
        if label == "PERSON" and (tail := _name_tail(ent, kb)) > ent.end:
            # "Valery Giscard" + "d'Estaing", "Chung" + "In-yong": the rest of the name
            log.append(("name_tail", ent.text))
            ent = Span(doc, ent.start, tail, label="PERSON")
        if label == "ORG" and (whole := _group_of_number(ent)) is not None:
            log.append(("group_of_number", ent.text))  # "a [Group] of 20 meeting"
            ent = whole
            label = ent.label_
            entities = [e for e in entities if not whole.start <= e.start < whole.end]
        if label == "ORG" and (whole := _body_name_cut_at_preposition(ent, kb, known)):
            log.append(("name_cut_at_preposition", ent.text))  # "the US [Agency] for
            ent = whole  # International Development": one body's name
            label = ent.label_
            joined.update(m for m in range(n + 1, len(ents)) if ents[m].start < whole.end)
        if label in ("ORG", "PERSON") and (whole := _firm_name_cut(ent, known)):
            log.append(("firm_name_cut", ent.text))  # "Standard and [Poor's Corp]"
            ent = whole
            label = ent.label_
        if label == "ORG" and (whole := _name_before_and(ent, kb, known)) is not None:
            log.append(("name_before_and", ent.text))  # "the Energy and Natural Resources
            ent = whole  # Committee": one body's name, not its second half
            label = ent.label_
            entities = [e for e in entities if not whole.start <= e.start < whole.end]
        if dateline and dateline.start <= ent.start and ent.end <= dateline.stop:
            log.append(("wire_dateline", ent.text))
            continue
        if dateline and ent.start < dateline.stop < ent.end:
            # the model ran the agency on into the first words ("Reuters -RRB- - Police")
            log.append(("wire_dateline", ent.text))
            ent = Span(doc, dateline.stop, ent.end, label=label)
        if _agency_tag(ent):
            log.append(("wire_dateline", ent.text))
            continue
        if (credit := _credit_of(ent, credits)) is not None:
            log.append(("caption_credit", ent.text))
            if credit.stop >= ent.end:
                continue  # the photographer or the agency
            ent = Span(doc, credit.stop, ent.end, label=label)  # "Ruiz/AP [Health officials]"
        if _of_no_actor(ent, label, kb, media):
            continue  # "last week", "$3 million": no actor comes of it (nor a log entry)
        if _address(ent) or _comment_handle(ent):
            log.append(("address", ent.text))
            continue
        if _social_plug(ent) or page_furniture(ent):
            log.append(("furniture", ent.text))
            continue
        if writer_note is not None and ent.start_char in writer_note:
            log.append(("author_note", ent.text))  # "X is a columnist for the Daily Courier"
            continue
        if _ticker_in_round_brackets(ent) or _ticker_cut_in_round_brackets(ent):
            log.append(("ticker", ent.text))  # "(KESE.T)": a share's code
            continue
        if span_text(ent).removeprefix("the ") in thing_acronyms:
            log.append(("thing", ent.text))  # "the blowout preventer (BOP)", then "the BOP"
            continue
        if _common_word_opening(ent, lower_words, kb, known):
            log.append(("common_word", ent.text))  # "Cement began flowing at 1:30 p.m."
            continue
        if _thing(ent) or _negated_demonym(ent, kb):
            log.append(("thing", ent.text))
            continue
        if span_text(ent) in products:
            log.append(("product", ent.text))  # "Tamiflu, an antiviral drug ... Tamiflu"
            continue
        if span_text(ent) in media:
            log.append(("medium", ent.text))  # "his blog, Quiet Dissent ... Quiet Dissent"
            continue
        if _among_things(span_text(ent).removeprefix("the "), things) or (
            label != "PERSON" and storm_or_vessel_name(ent, known)
        ):
            log.append(("thing", ent.text))  # "Tropical Storm Bonnie" ... "Bonnie"
            continue
        if label == "ORG" and _country_and_common_noun(ent, kb):
            log.append(("thing", ent.text))  # "the U.S. Economy", "U.S. Industry"
            continue
        if venue(ent, known):
            log.append(("venue", ent.text))  # "She went to the Santa Lucia Hospital"
            continue
        if label in ("ORG", "PERSON") and _capitalised_common_word(ent, kb, known, written_lower):
            log.append(("common_word", ent.text))  # "When there REALLY is a problem"
            continue
        if label == "ORG" and _acronym_after_possessive(ent, known):
            log.append(("common_acronym", ent.text))  # "call their GP"
            continue
        if _in_angle_brackets(ent):
            if _ticker(ent):
                log.append(("ticker", ent.text))  # "<KEST.N>", "<KST>": a share's code
                continue
            if label != "ORG":  # "<Kestrel Holdings>": wire copy's mark of a company
                log.append(("company_in_angle_brackets", ent.text))
                ent = Span(doc, ent.start, ent.end, label="ORG")
                label = "ORG"
        # an acronym in capitals is a body's ("ICE agents said")
        weather = not span_text(ent).isupper() and span_text(ent).lower() in WEATHER_WORDS
        if len(ent) == 1 and weather and ent.text.lower() not in surnames:
            log.append(("weather", ent.text))
            continue
        if _credit_in_brackets(ent):
            log.append(("credit", ent.text))
            continue
        if label == "PERSON" and _figurative_name(ent):
            log.append(("figurative_name", ent.text))
            continue
        if _part_of_title(ent, kb):
            log.append(("part_of_title", ent.text))
            continue
        if label == "ORG" and _portfolio_of_title(ent, kb, known):
            # "Agriculture Minister X", "Belgian Foreign Trade Minister X": the office's
            # field, no body (the person's title reads a country it opens with)
            log.append(("portfolio_of_title", ent.text))
            continue
        previous = ents[n - 1] if n else None
        if label == "PERSON" and (_byline(ent, previous, contributors) or _alone(ent)):
            log.append(("byline", ent.text))
            continue
        if label == "PERSON" and _title_after_name(ent, previous, kb):
            log.append(("title_as_name", ent.text))
            continue
        if label == "ORG" and (_agency_credit_line(ent, contributors) or _writers_outlet(ent)):
            log.append(("byline", ent.text))
            continue
        if label == "ORG" and (parts := _owner_and_person(ent)):
            log.append(("owner_and_person", ent.text))
            entities.append(parts[0])
            ent = parts[1]
            label = ent.label_
        if label in ("ORG", "PERSON", "FAC") and (
            owner := _person_owning_thing(ent, full_name_ends, kb)
        ):
            log.append(("owner_of_thing", ent.text))  # "Bachmann’s 2012 campaign": Bachmann
            ent = owner
            label = ent.label_
        if label == "ORG" and (body := _body_above_after_place(ent, kb, known)):
            # "... after travel to Mexico World Health Organization experts will meet": a
            # country's name run from the line before into a body above countries
            log.append(("place_glued_to_name", ent.text))
            ent = body
            label = ent.label_
        if label == "PERSON" and span_text(ent)[:1].isupper() and (name := _name_only(ent)):
            log.append(("name_glued_to_word", ent.text))
            ent = name
            label = ent.label_
        lowered = span_text(ent).lower().removeprefix("the ")
        is_place = kb.is_place(lowered) or lowered in kb.institutions
        if label in (*PLACE_LABELS, "PERSON") and not is_place and known.organisation(lowered):
            log.append(("known_organisation", ent.text))
            ent = _relabel(ent, "ORG")
        elif label == "PERSON" and lowered in kb.institutions:
            log.append(("institution", ent.text))  # "White House claims ...": no one's name
            ent = _relabel(ent, "ORG")
        elif (
            label == "ORG"
            and len(ent) > 1
            and ent[-1].lower_ in LANDFORM_HEADS
            and not known.organisation(lowered)
        ):
            # "the U.S. Eastern Seaboard", "the Arabian Peninsula": a stretch of land or sea
            # (not a person: "Dinah Shore")
            log.append(("landform", ent.text))
            ent = _relabel(ent, "LOC")
        elif label in ("GPE", "LOC") and not is_place and ent[-1].lower_ in kb.org_heads:
            log.append(("place_as_organisation", ent.text))
            ent = _relabel(ent, "ORG")
        elif label == "PERSON" and is_place:
            log.append(("person_as_place", ent.text))
            ent = _relabel(ent, "ORG" if lowered in kb.institutions else "GPE")
        elif (
            label in ("PERSON", "ORG")
            and not is_place
            and not known.organisation(lowered)
            and _town_here(ent, kb, surnames, towns_as_places)
        ):
            log.append(("town_as_name", ent.text))
            ent = _relabel(ent, "GPE")
        elif label == "ORG" and not is_place and _honorific_first(ent, kb):
            log.append(("honorific_name", ent.text))  # "the Rev Bobby Liddle"
            start = ent.start + (ent[0].lower_ == "the")
            ent = Span(doc, start, ent.end, label="PERSON")
        elif (
            label == "ORG"
            and not is_place
            and not known.organisation(lowered)
            and _says_of_self_as_person(ent, kb)
        ):
            log.append(("speaker_as_person", ent.text))  # "Pacek said he was disappointed"
            ent = _relabel(ent, "PERSON")
        elif (
            label == "ORG"
            and len(ent) == 1
            and ent.text in given_names
            and not is_place
            and not known.organisation(lowered)
        ):
            log.append(("given_name", ent.text))  # "Otis Goodson ... Otis has got"
            ent = _relabel(ent, "PERSON")
        elif label == "ORG" and _reporter_of_outlet(ent, previous, kb, known):
            log.append(("reporter_of_outlet", ent.text))
            ent = _relabel(ent, "PERSON")
        elif label in ("ORG", "GPE") and not is_place and _described_as_person(ent, kb):
            log.append(("described_person", ent.text))
            ent = _relabel(ent, "PERSON")
        elif (
            label == "ORG"
            and not is_place
            and not known.organisation(lowered)
            and _writer_by_given_name(ent, kb)
        ):
            log.append(("writer_as_person", ent.text))  # "Annie Lowrey notes", "writes X"
            ent = _relabel(ent, "PERSON")
        elif label == "PERSON" and len(ent) > 1 and ent[-1].lower_ in kb.org_heads:
            log.append(("organisation_as_person", ent.text))
            ent = _relabel(ent, "ORG")
        elif label in ("ORG", "GPE", "NORP") and not is_place and _after_age(ent, kb):
            log.append(("person_after_age", ent.text))  # "said 35-year-old Lidia Diaz"
            ent = _relabel(ent, "PERSON")
        elif label == "PERSON" and (generic_plural(ent) or common_noun_phrase(ent, kb)):
            log.append(("generic_plural", ent.text))
            continue
        elif label in ("PERSON", "GPE", "NORP") and _team_name(ent):
            log.append(("team", ent.text))  # "Leeds United", "Bolton Wanderers": a club
            ent = _relabel(ent, "ORG")
        elif label == "PERSON" and (
            span_text(ent) in bodies
            or body_named_like_person(ent)
            or _known_acronym_first(ent, known)
        ):
            log.append(("organisation_as_person", ent.text))
            ent = _relabel(ent, "ORG")
        elif label == "PERSON" and (named := _name_of_organisation(ent, kb)):
            log.append(("person_naming_organisation", ent.text))
            ent = named
        elif label == "PERSON" and not span_text(ent)[:1].isupper() and not _arabic_named(ent):
            log.append(("lowercase_person", ent.text))
            continue
        elif label == "ORG" and span_text(ent).islower():  # "kung-fu": names are capitalised
            log.append(("lowercase_organisation", ent.text))
            continue
        elif (
            label in ("ORG", "GPE", "NORP")
            and not is_place
            and len(ent) <= 3
            and all(t.pos_ == "PROPN" for t in ent)
            and _after_title(ent, kb)
        ):
            log.append(("titled_name", ent.text))
            ent = _relabel(ent, "PERSON")
        entities.append(ent)
    return entities
