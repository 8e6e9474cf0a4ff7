"""The cue lexicon: the words that mark a statement, belief, intention or stance, read from
``cues.toml`` (the stage has no word lists of its own)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from dateline.text.doctext import Verdicts


@dataclass(frozen=True)
class Cues:
    verbs: frozenset[str]
    quote_only_verbs: frozenset[str]
    source_phrases: tuple[str, ...]
    determined_source_phrases: frozenset[str]
    manner_nouns: frozenset[str]  # "according to plan": how, not who
    norm_nouns: frozenset[str]  # "proceed according to the law": a rule followed, no one said
    sorting_verbs: frozenset[str]  # "classified according to its shape": by, no one said
    statement_nouns: frozenset[str]
    document_nouns: frozenset[str]  # writings whose author speaks through them
    disowning_verbs: frozenset[str]  # "denied the claim that ...": the claim is another's
    anonymity_verbs: frozenset[str]  # "asked not to be named": no words said
    anonymity_nouns: frozenset[str]  # "requested anonymity"
    intention_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    question_verbs: frozenset[str]
    passive_evidential_verbs: frozenset[str]  # "is expected to ...": no one named
    naming_verbs: frozenset[str]
    attitude_adjectives: frozenset[str]
    prepositional_verbs: dict[str, frozenset[str]]
    prepositional_nouns: dict[str, frozenset[str]]  # "attacks on", "support for": stances
    evidential_verbs: dict[str, frozenset[str]]
    speech_verbs: frozenset[str]  # the cue verbs and nouns of speech; the others are stance
    speech_nouns: frozenset[str]
    object_stance_verbs: frozenset[str]  # speech verbs whose noun-phrase object is a stance
    evidence_verbs: frozenset[str]  # verbs of speech only when someone, not something, speaks
    evidence_nouns: frozenset[str]  # the things that "show" or "reveal" with them
    figurative_verbs: frozenset[str]  # "losses threaten to ...": with a force, no one's words
    forces: frozenset[str]  # the things that threaten or promise with them
    plan_nouns: frozenset[str]  # "the plan called for ...": what a plan holds, no one's words
    mute_nouns: frozenset[str]  # "massive protests called for ...": events, no one who speaks
    weighing_verbs: frozenset[str]  # "is considering asking ...": speech planned
    denial_verbs: frozenset[str]  # "denied that she told ...": speech said not to be made
    falsity_adverbs: frozenset[str]  # "falsely claimed that he said ..."
    imagining_verbs: frozenset[str]  # "imagine a boss telling you ...": a made-up scene
    role_nouns: frozenset[str]  # "her job is asking ...": a task described
    perception_verbs: frozenset[str]  # "observed the plume moving": a sight, not words
    cue_lemmas: frozenset[str]  # every verb of the lexicon, and "be" of the attitudes

    @cached_property
    def reported_lemmas(self) -> frozenset[str]:
        """Every lemma (in lower case) a word must have to be a cue of ``reported``'s loop:
        a statement or stance noun, "be" of the attitudes, a verb of any list it asks. A word
        with another lemma is passed over before a ``Token`` is made for it."""
        return frozenset(
            {
                "be",
                *self.statement_nouns,
                *self.prepositional_nouns,
                *self.passive_evidential_verbs,
                *self.evidential_verbs,
                *self.verbs,
                *self.intention_verbs,
                *self.stance_verbs,
                *self.prepositional_verbs,
                *self.naming_verbs,
            }
        )

    def reported_lemma(self, lemma: str) -> bool:
        """Whether ``lemma`` (in any case) is one of ``reported_lemmas``."""
        return lemma.lower() in self.reported_lemmas

    @cached_property
    def reported_verdicts(self) -> Verdicts:
        """``reported_lemma``'s verdicts by the lemma's key, kept from document to document
        (``doctext.indices_where``)."""
        return Verdicts()

    def cue_verb_lemma(self, lemma: str) -> bool:
        """Whether ``lemma`` (in any case) is a cue verb's (``syntax.is_cue_verb`` asks it)."""
        return lemma.lower() in self.verbs

    @cached_property
    def folding_verbs(self) -> frozenset[str]:
        """The cue verbs of a report a report of it may fold (``assembly.fold_chains``): the
        verbs less the verbs of intention ("plans to ..." is no one's words), worked out once,
        not for each document."""
        return self.verbs - self.intention_verbs

    @cached_property
    def source_phrase_starts(self) -> frozenset[str]:
        """The first word of every source phrase ("according" of "according to")."""
        return frozenset(phrase.split()[0] for phrase in self.source_phrases)


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    with resources.files("dateline.attribution").joinpath("cues.toml").open("rb") as handle:
        data = tomllib.load(handle)
    lists = ("verbs", "intention_verbs", "stance_verbs", "naming_verbs", "question_verbs")
    cue_lemmas = {lemma for name in lists for lemma in data[name]}
    cue_lemmas |= {"be", *data["prepositional_verbs"], *data["evidential_verbs"]}
    return Cues(
        verbs=frozenset(data["verbs"]),
        quote_only_verbs=frozenset(data["quote_only_verbs"]),
        source_phrases=tuple(data["source_phrases"]),
        determined_source_phrases=frozenset(data["determined_source_phrases"]),
        manner_nouns=frozenset(data["manner_nouns"]),
        norm_nouns=frozenset(data["norm_nouns"]),
        sorting_verbs=frozenset(data["sorting_verbs"]),
        statement_nouns=frozenset(data["statement_nouns"]),
        document_nouns=frozenset(data["document_nouns"]),
        disowning_verbs=frozenset(data["disowning_verbs"]),
        anonymity_verbs=frozenset(data["anonymity_verbs"]),
        anonymity_nouns=frozenset(data["anonymity_nouns"]),
        intention_verbs=frozenset(data["intention_verbs"]),
        stance_verbs=frozenset(data["stance_verbs"]),
        question_verbs=frozenset(data["question_verbs"]),
        passive_evidential_verbs=frozenset(data["passive_evidential_verbs"]),
        naming_verbs=frozenset(data["naming_verbs"]),
        attitude_adjectives=frozenset(data["attitude_adjectives"]),
        prepositional_verbs={
            verb: frozenset(preps) for verb, preps in data["prepositional_verbs"].items()
        },
        prepositional_nouns={
            noun: frozenset(preps) for noun, preps in data["prepositional_nouns"].items()
        },
        evidential_verbs={
            verb: frozenset(complements) for verb, complements in data["evidential_verbs"].items()
        },
        speech_verbs=frozenset(data["modes"]["speech_verbs"]),
        speech_nouns=frozenset(data["modes"]["speech_nouns"]),
        object_stance_verbs=frozenset(data["modes"]["object_stance_verbs"]),
        evidence_verbs=frozenset(data["modes"]["evidence_verbs"]),
        evidence_nouns=frozenset(data["modes"]["evidence_nouns"]),
        figurative_verbs=frozenset(data["modes"]["figurative_verbs"]),
        forces=frozenset(data["modes"]["forces"]),
        plan_nouns=frozenset(data["modes"]["plan_nouns"]),
        mute_nouns=frozenset(data["modes"]["mute_nouns"]),
        weighing_verbs=frozenset(data["modes"]["weighing_verbs"]),
        denial_verbs=frozenset(data["modes"]["denial_verbs"]),
        falsity_adverbs=frozenset(data["modes"]["falsity_adverbs"]),
        imagining_verbs=frozenset(data["modes"]["imagining_verbs"]),
        role_nouns=frozenset(data["modes"]["role_nouns"]),
        perception_verbs=frozenset(data["modes"]["perception_verbs"]),
        cue_lemmas=frozenset(cue_lemmas),
    )
