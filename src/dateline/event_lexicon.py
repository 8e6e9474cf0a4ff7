"""Loading the PLOVER trigger lexicon (``events/lexicon.toml``) into look-up tables.

The file is the event coder's knowledge: a user reads it to see what dateline codes, and can
pass a file of their own in the same format (``load_lexicon(path)``). A malformed file is
rejected with the entry at fault named, never half-loaded. The module stands beside the stages,
not in ``events``, because the actor stage reads it too (a country modifying an event noun is
a party of that event) and the event stage reads actors.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from dateline.errors import DatelineError

QUAD_CLASSES = (
    "verbal-cooperation",
    "material-cooperation",
    "verbal-conflict",
    "material-conflict",
)
_NOT_TYPES = {
    "aim_preps",
    "target_preps",
    "frames",
    "contexts",
    "modality",
    "places",
    "participants",
    "senses",
    "credibility",
}


class LexiconError(DatelineError, ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    mode: str | None
    # why this type: the lexicon entry, then any rule that changed it (the event's provenance)
    decided_by: str = field(default="", compare=False)
    # the words of its lexicon entry ("open fire": an object "fire" is part of the trigger)
    words: tuple[str, ...] = field(default=(), compare=False)

    def changed(self, event_type: str, mode: str | None, rule: str) -> Trigger:
        """This trigger re-typed by ``rule``, its provenance extended."""
        return replace(self, type=event_type, mode=mode, decided_by=f"{self.decided_by}; {rule}")


@dataclass(frozen=True)
class Sense:
    """Trigger words whose event reading needs a cue ("attacked" with no weapon or casualty in
    its sentence is criticism, not force); see ``[senses]`` in ``lexicon.toml``."""

    name: str
    type: str
    scope: str  # "sentence", "clause" or "children"
    triggers: frozenset[str]
    cues: frozenset[str]
    verbal: frozenset[str] = frozenset()
    otherwise: str | None = None
    actor_kinds: frozenset[str] = frozenset()  # a party of these kinds needs no cue
    # words that say a verbal trigger was spoken, even by a party of those kinds
    spoken: frozenset[str] = frozenset()
    # scope "children": a preposition's objects that leave it no cue (a view shared)
    views: frozenset[str] = frozenset()
    # scope "phrase": the noun's head words (its verb, or the preposition it is the object of)
    # that also give the reading, besides the cues among its own dependents
    carriers: frozenset[str] = frozenset()
    # a sense that re-types: with a cue the trigger becomes this "TYPE/mode" ("went on strike":
    # a walkout, no assault); without one the trigger is left as it is
    becomes: str | None = None


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Trigger]  # "lemma" or "lemma word" -> trigger
    nouns: dict[str, Trigger]  # "lemma" or "modifier lemma" / "lemma prep" -> trigger
    target_preps: frozenset[str]
    quad_class: dict[str, str]  # PLOVER type -> one of QUAD_CLASSES
    intent_frames: frozenset[str]  # "agree to ...", "pledge to ...": intention
    refusal_frames: frozenset[str]  # "refuse to ...", "fail to ...": refusal
    cooperative_classes: frozenset[str]  # classes an intention turns into AGREE
    light_verbs: frozenset[str]  # verbs whose event noun object is the event ("launch")
    contexts: dict[str, str]  # cue word or phrase -> PLOVER context
    modality: dict[str, frozenset[str]]  # "future", "hypothetical", "condition", ... -> cues
    place_preps: frozenset[str]
    anchor_preps: frozenset[str]
    aim_preps: frozenset[str] = frozenset()  # "fired at": a target when nothing else is
    span_preps: frozenset[str] = frozenset()  # "since March": a span's start, no event's date
    instrument_preps: frozenset[str] = frozenset()  # "killed in/by/during an army airstrike"
    principal_nouns: frozenset[str] = frozenset()  # "at X's request": done for X, not to X
    people: frozenset[str] = frozenset()  # head nouns of phrases that name participants
    places: frozenset[str] = frozenset()  # head nouns of places force can be aimed at
    ties: frozenset[str] = frozenset()  # agreements, relations, aid: targets as good as actors
    actor_targets: frozenset[str] = frozenset()  # types whose target must be a participant
    actor_sources: frozenset[str] = frozenset()  # types whose source must be a participant
    target_required: frozenset[str] = frozenset()  # types that are events only with a target
    audiences: frozenset[str] = frozenset()  # "spoke to reporters": spoken to, not consulted
    goals: frozenset[str] = frozenset()  # "meeting our targets": a goal met, no one consulted
    audience_types: frozenset[str] = frozenset()
    counterpart_types: frozenset[str] = frozenset()  # targets that must be someone met
    event_heads: frozenset[str] = frozenset()  # "the bombing campaign": still the bombing
    mutual_types: frozenset[str] = frozenset()  # types two conjoined parties do together
    mutual_entries: frozenset[str] = frozenset()  # entries of other types done so too
    one_sided: frozenset[str] = frozenset()  # words of a mutual type one party does alone
    # verbs that head an entry only with their event word ("go on strike", "walk off the
    # job"): no act alone, so the actor stage does not take them for one (``act_verbs``)
    carrier_verbs: frozenset[str] = frozenset()
    transitive: frozenset[str] = frozenset()  # verbs that are an event only with an object
    naming: frozenset[str] = frozenset()  # "called the plan reckless": a judgement, no call
    anonymity: frozenset[str] = frozenset()  # "asked not to be named": no request
    question_verbs: frozenset[str] = frozenset()  # "asked why ...": a question, no request
    statement_verbs: frozenset[str] = frozenset()  # "admitted that ...": an opinion, no event
    receiving_verbs: frozenset[str] = frozenset()  # "has the backing of": done to the subject
    question_words: frozenset[str] = frozenset()
    speech_complements: frozenset[str] = frozenset()  # "refused to comment": no rejection
    warnings: frozenset[str] = frozenset()  # a threat only with `threat_objects` or own action
    threat_objects: frozenset[str] = frozenset()
    senses: tuple[Sense, ...] = ()
    # ``credibility``: who counts as a political actor, and which events need less of one
    political_kinds: frozenset[str] = frozenset()  # actor kinds that are political as such
    political_sectors: frozenset[str] = frozenset()  # sectors of political and social actors
    political_name_words: frozenset[str] = frozenset()  # "the House": political without a sector
    people_target_types: frozenset[str] = frozenset()  # done to anyone ("killed five people")
    # the types an event may be emitted with no agent named ("were arrested"; ``trust``)
    unnamed_agent_types: frozenset[str] = frozenset()
    # people who act for a state, so that "Russian troops" are Russia's doing (``trust``)
    state_agents: frozenset[str] = frozenset()
    targetless_types: frozenset[str] = frozenset()  # aimed at no one by nature ("a protest")
    complement_types: frozenset[str] = frozenset()  # "refused to release": aimed at no one
    disasters: frozenset[str] = frozenset()  # an agentless killing in a disaster is its toll
    # what a mobilization moves: "sent troops", "deployed warships" (``trust``)
    forces: frozenset[str] = frozenset()
    # the sectors whose visits are official ones, not travel (``trust``)
    official_sectors: frozenset[str] = frozenset()
    # words of public opinion: support or approval in a poll is no act of support (``trust``)
    opinion_words: frozenset[str] = frozenset()
    opinion_types: frozenset[str] = frozenset()
    # the press: one who speaks to an outlet gives an interview, no consultation (``trust``)
    press_sectors: frozenset[str] = frozenset()
    press_words: frozenset[str] = frozenset()
    # what a party decides, says or does: "condemned a court decision" is aimed at the court
    party_acts: frozenset[str] = frozenset()
    # "a legal battle", "a price war": another contest, no force (``trust``)
    contest_modifiers: frozenset[str] = frozenset()
    # where words are the weapons: "clashed with the senator at the hearing" (``trust``)
    contest_words: frozenset[str] = frozenset()
    contest_settings: frozenset[str] = frozenset()
    # a game's words: a win in a match is no force, unless someone is hurt (``trust``)
    sport_words: frozenset[str] = frozenset()
    # what one "gives" that is no aid: a term, an interview, the impression (``trust``)
    not_aid: frozenset[str] = frozenset()
    harm_words: frozenset[str] = frozenset()
    # the chiefs of firms and teams, whose removal is their own affair (``trust``)
    private_sectors: frozenset[str] = frozenset()
    private_roles: frozenset[str] = frozenset()
    # "apparently arrested", "officials suspect that police beat him": not stated (``trust``)
    hedges: frozenset[str] = frozenset()
    beliefs: frozenset[str] = frozenset()
    # "police pushed the protesters back": a body moved, no request or rejection (``trust``)
    bodily_verbs: frozenset[str] = frozenset()
    # a firm's or a state's dealings: "the takeover of Unocal" names an act, not people
    dealings: frozenset[str] = frozenset()
    # a suspension or a ban against a disease: no sanction (``trust``; types or "TYPE/mode")
    health_measures: frozenset[str] = frozenset()
    diseases: frozenset[str] = frozenset()
    bodily_directions: frozenset[str] = frozenset()
    # whom a protest addresses though its clause names no one (``trust.addressed``)
    protest_people: frozenset[str] = frozenset()
    approach_verbs: frozenset[str] = frozenset()
    defiance_verbs: frozenset[str] = frozenset()
    prohibitions: frozenset[str] = frozenset()
    political_changes: frozenset[str] = frozenset()
    # what a coercion imposes or tightens, done to no one named ("a state of emergency")
    measures: frozenset[str] = frozenset()
    captors: frozenset[str] = frozenset()
    # "talks are more important than ever", "unconfirmed reports": not stated (``trust.scenario``)
    judged_needed: frozenset[str] = frozenset()
    unconfirmed: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(self.quad_class)

    def cues(self, name: str) -> frozenset[str]:
        """The modality cue words of one kind ("future", "hypothetical", ...)."""
        return self.modality.get(name, frozenset())

    @cached_property
    def verb_heads(self) -> frozenset[str]:
        """The first word of every verb entry: a verb whose lemma begins none triggers nothing."""
        return frozenset(entry.split(" ", 1)[0] for entry in self.verbs)

    @cached_property
    def act_verbs(self) -> frozenset[str]:
        """The verbs that are an act of some entry by themselves or with their object: every
        entry's first word but the carriers ("went on strike" makes no "go" an act)."""
        return self.verb_heads - self.carrier_verbs

    @cached_property
    def verbal_words(self) -> frozenset[str]:
        """Every trigger word that also names words ("attacked", "hit"), of any sense."""
        return frozenset(w for sense in self.senses for w in sense.verbal)

    @cached_property
    def context_openers(self) -> frozenset[str]:
        """What can stand before a space in a context's cue: the first word of a two-word cue
        (cut at every space, so that no cue is missed whatever its words hold)."""
        return frozenset(cue[:i] for cue in self.contexts for i, c in enumerate(cue) if c == " ")

    @cached_property
    def trigger_words(self) -> frozenset[str]:
        """Every word a trigger's lemma can be: a verb entry's first, a noun entry's first or
        last."""
        return self.verb_heads | self.noun_ends

    @cached_property
    def noun_ends(self) -> frozenset[str]:
        """The first and last word of every noun entry: a noun heads an entry ("exchange of
        fire") or ends a compound one ("peace talks"); one that does neither triggers nothing."""
        return frozenset(
            word for entry in self.nouns for word in (entry.split()[0], entry.split()[-1])
        )


def _entries(words: list, event_type: str, where: str, part: str) -> dict[str, Trigger]:
    table = {}
    for word in words:
        if not isinstance(word, str) or not word.strip():
            raise LexiconError(f"{where}: entry {word!r} is not a word")
        key, _, mode = word.partition("/")
        key = " ".join(key.lower().split())
        entry = f"lexicon {event_type} {part} {key!r}"
        table[key] = Trigger(event_type, mode.strip() or None, entry, tuple(key.split()))
    return table


def _merge(into: dict[str, Trigger], new: dict[str, Trigger], where: str) -> None:
    for key, trigger in new.items():
        old = into.get(key)
        if old is not None and old.type != trigger.type:
            raise LexiconError(f"{where}: {key!r} is already listed under {old.type}")
        into[key] = trigger


def _words(section: dict, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in section.get(key, []))


def _senses(data: dict, types: dict[str, str], origin: str) -> tuple[Sense, ...]:
    senses = []
    for name, section in data.items():
        where = f"{origin} [senses.{name}]"
        if section.get("type") not in types:
            raise LexiconError(f"{where}: type {section.get('type')!r} is not a type of the file")
        if section.get("scope", "sentence") not in ("sentence", "clause", "children", "phrase"):
            raise LexiconError(
                f"{where}: scope must be 'sentence', 'clause', 'children' or 'phrase'"
            )
        becomes = section.get("becomes")
        if becomes is not None and becomes.split("/")[0] not in types:
            raise LexiconError(f"{where}: becomes {becomes!r} is not a type of the file")
        otherwise = section.get("otherwise")
        if otherwise is not None and otherwise not in types:
            raise LexiconError(f"{where}: otherwise {otherwise!r} is not a type of the file")
        senses.append(
            Sense(
                name=name,
                type=section["type"],
                scope=section.get("scope", "sentence"),
                triggers=_words(section, "triggers"),
                cues=_words(section, "cues"),
                verbal=_words(section, "verbal"),
                otherwise=otherwise,
                actor_kinds=_words(section, "actor_kinds"),
                spoken=_words(section, "spoken"),
                views=_words(section, "views"),
                carriers=_words(section, "carriers"),
                becomes=becomes,
            )
        )
    return tuple(senses)


def parse_lexicon(data: dict, origin: str = "lexicon") -> Lexicon:
    verbs: dict[str, Trigger] = {}
    nouns: dict[str, Trigger] = {}
    quad: dict[str, str] = {}
    for event_type, section in data.items():
        if event_type in _NOT_TYPES:
            continue
        where = f"{origin} [{event_type}]"
        if not isinstance(section, dict):
            raise LexiconError(f"{where}: expected a table of verbs and nouns")
        event_class = section.get("class")
        if event_class not in QUAD_CLASSES:
            raise LexiconError(f"{where}: class {event_class!r} is not one of {QUAD_CLASSES}")
        quad[event_type] = event_class
        for part, table in (("verbs", verbs), ("nouns", nouns)):
            entries = _entries(section.get(part, []), event_type, where, part)
            _merge(table, entries, f"{where} {part}")
    frames = data.get("frames", {})
    participants = data.get("participants", {})
    credibility = data.get("credibility", {})
    contexts = {
        " ".join(cue.lower().split()): context
        for context, cues in data.get("contexts", {}).items()
        for cue in cues
    }
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        target_preps=frozenset(data.get("target_preps", [])),
        quad_class=quad,
        intent_frames=frozenset(frames.get("intent", [])),
        refusal_frames=frozenset(frames.get("refusal", [])),
        cooperative_classes=frozenset(frames.get("cooperative_classes", [])),
        light_verbs=frozenset(frames.get("light", [])),
        carrier_verbs=frozenset(frames.get("carrier", [])),
        contexts=contexts,
        modality={
            name: frozenset(w.lower() for w in words)
            for name, words in data.get("modality", {}).items()
        },
        place_preps=frozenset(data.get("places", {}).get("place_preps", [])),
        anchor_preps=frozenset(data.get("places", {}).get("anchor_preps", [])),
        aim_preps=frozenset(data.get("aim_preps", [])),
        span_preps=frozenset(data.get("places", {}).get("span_preps", [])),
        instrument_preps=frozenset(data.get("places", {}).get("instrument_preps", [])),
        principal_nouns=_words(data.get("places", {}), "principal_nouns"),
        people=_words(participants, "people"),
        places=_words(participants, "places"),
        ties=_words(participants, "ties"),
        actor_targets=frozenset(participants.get("actor_targets", [])),
        actor_sources=frozenset(participants.get("actor_sources", [])),
        target_required=frozenset(participants.get("target_required", [])),
        audiences=_words(participants, "audiences"),
        goals=_words(participants, "goals"),
        audience_types=frozenset(participants.get("audience_types", [])),
        counterpart_types=frozenset(participants.get("counterpart_types", [])),
        event_heads=_words(participants, "event_heads"),
        mutual_types=frozenset(participants.get("mutual_types", [])),
        mutual_entries=_words(participants, "mutual_entries"),
        one_sided=_words(participants, "one_sided"),
        transitive=_words(participants, "transitive"),
        naming=_words(participants, "naming"),
        anonymity=_words(participants, "anonymity"),
        question_verbs=_words(participants, "question_verbs"),
        statement_verbs=_words(participants, "statement_verbs"),
        receiving_verbs=_words(participants, "receiving_verbs"),
        question_words=_words(participants, "question_words"),
        speech_complements=_words(participants, "speech_complements"),
        warnings=_words(participants, "warnings"),
        threat_objects=_words(participants, "threat_objects"),
        senses=_senses(data.get("senses", {}), quad, origin),
        political_kinds=_words(credibility, "political_kinds"),
        political_sectors=frozenset(credibility.get("political_sectors", [])),
        political_name_words=_words(credibility, "political_name_words"),
        people_target_types=frozenset(credibility.get("people_target_types", [])),
        unnamed_agent_types=frozenset(credibility.get("unnamed_agent_types", [])),
        state_agents=frozenset(credibility.get("state_agents", [])),
        targetless_types=frozenset(credibility.get("targetless_types", [])),
        complement_types=frozenset(credibility.get("complement_types", [])),
        disasters=_words(credibility, "disasters"),
        forces=_words(credibility, "forces"),
        official_sectors=frozenset(credibility.get("official_sectors", [])),
        opinion_words=_words(credibility, "opinion_words"),
        opinion_types=frozenset(credibility.get("opinion_types", [])),
        press_sectors=frozenset(credibility.get("press_sectors", [])),
        press_words=_words(credibility, "press_words"),
        party_acts=_words(credibility, "party_acts"),
        contest_modifiers=_words(credibility, "contest_modifiers"),
        contest_words=_words(credibility, "contest_words"),
        contest_settings=_words(credibility, "contest_settings"),
        sport_words=_words(credibility, "sport_words"),
        not_aid=_words(credibility, "not_aid"),
        harm_words=_words(credibility, "harm_words"),
        private_sectors=frozenset(credibility.get("private_sectors", [])),
        private_roles=_words(credibility, "private_roles"),
        hedges=_words(credibility, "hedges"),
        beliefs=_words(credibility, "beliefs"),
        bodily_verbs=_words(credibility, "bodily_verbs"),
        dealings=_words(credibility, "dealings"),
        health_measures=frozenset(credibility.get("health_measures", [])),
        diseases=_words(credibility, "diseases"),
        bodily_directions=_words(credibility, "bodily_directions"),
        protest_people=_words(credibility, "protest_people"),
        approach_verbs=_words(credibility, "approach_verbs"),
        defiance_verbs=_words(credibility, "defiance_verbs"),
        prohibitions=_words(credibility, "prohibitions"),
        political_changes=_words(credibility, "political_changes"),
        measures=_words(credibility, "measures"),
        captors=_words(credibility, "captors"),
        judged_needed=_words(credibility, "judged_needed"),
        unconfirmed=_words(credibility, "unconfirmed"),
        report_nouns=_words(credibility, "report_nouns"),
    )


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> Lexicon:
    """The shipped lexicon, or a user's file in the same format."""
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise LexiconError(f"{path}: cannot read ({error.strerror})") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise LexiconError(f"{path}: not valid TOML ({error})") from None
        return parse_lexicon(data, str(path))
    source = resources.files("dateline.events").joinpath("lexicon.toml")
    with source.open("rb") as handle:
        return parse_lexicon(tomllib.load(handle), "lexicon.toml")
