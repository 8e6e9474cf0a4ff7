"""Loading the language data (vocabulary.toml, rules.toml) and compiling it into matchers.

The engine knows no English: every word and pattern comes from the resource files. This module
turns them into one regular expression per rule, and maps matched words back to their meaning.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dateline.timex.starts import RuleStarts

_REFERENCE = re.compile(r"\{([a-z_]+)(?::([0-9]+))?\}")
# text may break lines or use non-breaking spaces where a pattern writes one space
_SPACE = r"[\s\u00a0]+"
# a match must start and end at word edges: "Mayor" is not "May"; a hashtag ("#Friday",
# "#Christmas") names a topic, not a time
WORD_EDGE_BEFORE = r"(?<![\w'’#])"
WORD_EDGE_AFTER = r"(?![\w])"
# the full stop of a short abbreviation (Dec., hrs.), unless the sentence ends there (end of
# text, an ellipsis, a capital letter next)
_OWN_FULL_STOP = r"\.(?!\.|\s+[A-Z]|\s*$)"
# the group of a pattern that is the expression when the rest of the match only gives context
EXTENT = "extent"


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    type: str
    value: str
    mod: str | None
    regex: re.Pattern[str]
    # group name -> vocabulary or placeholder name it stands for
    slots: dict[str, str]


@dataclass(frozen=True, slots=True)
class TimexGrammar:
    rules: tuple[Rule, ...]
    # vocabulary name -> normalised written form -> meaning
    vocabularies: dict[str, dict[str, Any]]
    case_sensitive: frozenset[str]
    # each rule's pattern, tried only where its match may begin
    starts: RuleStarts

    def meaning(self, vocabulary: str, written: str) -> Any:
        """The meaning of ``written`` in ``vocabulary``, or None if it is not listed there."""
        table = self.vocabularies.get(vocabulary)
        if table is None:
            return None
        return table.get(normalise_word(written, vocabulary in self.case_sensitive))


def normalise_word(written: str, case_sensitive: bool) -> str:
    word = " ".join(written.split()).rstrip(".")
    return word if case_sensitive else word.lower()


def _spaces_to_regex(pattern: str) -> str:
    """Turn each space outside a character class into 'one or more spaces'."""
    out: list[str] = []
    in_class = False
    escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "]":
            in_class = False
            out.append(char)
        elif char == " " and not in_class:
            out.append(_SPACE)
        else:
            out.append(char)
    return "".join(out)


def _word_alternation(words: list[str], case_sensitive: bool) -> str:
    """A regex matching any of ``words``, longest words first. A trailing '.' marks an
    abbreviation: with its full stop or right after a number it matches in any case ("Hrs.",
    "2.5 HRS"), otherwise only as written ("hrs"): "a recent SEC filing" names no unit. A full
    stop that ends the sentence ("in 30 mins. Then", "Dec...") is the sentence's, not the
    abbreviation's."""
    alternatives = []
    for word in sorted(words, key=len, reverse=True):
        core = word.rstrip(".")
        piece = _SPACE.join(re.escape(part) for part in core.split(" "))
        if word.endswith("."):
            # B.C. keeps its last full stop as a.m. does: its others show it is written out
            stop = r"\." if "." in core else _OWN_FULL_STOP
            piece = rf"{piece}{stop}|(?-i:{piece})|(?:(?<=[0-9])|(?<=[0-9]\s)){piece}"
        alternatives.append(piece)
    body = "|".join(alternatives)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _expand(
    pattern: str,
    vocabularies: dict[str, dict[str, Any]],
    placeholders: dict[str, str],
    case_sensitive: frozenset[str],
    slots: dict[str, str] | None,
) -> str:
    """Replace {name} by its regex; as a named group when ``slots`` collects the group names."""

    def replace(match: re.Match[str]) -> str:
        name, number = match.group(1), match.group(2)
        if name in vocabularies:
            inner = _word_alternation(list(vocabularies[name]), name in case_sensitive)
        elif name in placeholders:
            expanded = _expand(placeholders[name], vocabularies, {}, case_sensitive, None)
            inner = f"(?:{expanded})"
        else:
            raise ValueError(f"unknown vocabulary or placeholder {{{name}}} in {pattern!r}")
        if slots is None:
            return inner
        group = f"{name}_{number}" if number else name
        slots[group] = name
        return f"(?P<{group}>{inner})"

    return _REFERENCE.sub(replace, _spaces_to_regex(pattern) if slots is not None else pattern)


def _check_template(rule_name: str, template: str, slots: dict[str, str]) -> None:
    """Fail at load time when a value template names words its pattern does not capture."""
    for field in re.findall(r"\{([^{}]+)\}", template):
        call = re.fullmatch(r"[a-z_]+\((.*)\)", field)
        names = call.group(1).split(",") if call else [field.partition(":")[0]]
        for name in (n.strip().lstrip("-") for n in names):
            if name and name[0].islower() and name not in slots:
                raise ValueError(f"rule {rule_name!r}: {{{name}}} is not in its pattern")


def _read(filename: str) -> dict[str, Any]:
    return tomllib.loads(
        resources.files("dateline.timex")
        .joinpath("resources")
        .joinpath(filename)
        .read_text("utf-8")
    )


@lru_cache(maxsize=1)
def load_grammar() -> TimexGrammar:
    vocabulary_file = _read("vocabulary.toml")
    case_sensitive = frozenset(vocabulary_file.pop("case_sensitive")["tables"])
    vocabularies = vocabulary_file
    rule_file = _read("rules.toml")
    placeholders = rule_file["placeholders"]
    rules = []
    for entry in rule_file["rule"]:
        slots: dict[str, str] = {}
        body = _expand(entry["pattern"], vocabularies, placeholders, case_sensitive, slots)
        regex = re.compile(f"{WORD_EDGE_BEFORE}(?:{body}){WORD_EDGE_AFTER}", re.IGNORECASE)
        _check_template(entry["name"], entry["value"], slots)
        rules.append(
            Rule(
                name=entry["name"],
                type=entry["type"],
                value=entry["value"],
                mod=entry.get("mod"),
                regex=regex,
                slots=slots,
            )
        )
    lookups = {
        name: {
            normalise_word(written, name in case_sensitive): meaning
            for written, meaning in table.items()
        }
        for name, table in vocabularies.items()
    }
    return TimexGrammar(
        rules=tuple(rules),
        vocabularies=lookups,
        case_sensitive=case_sensitive,
        starts=RuleStarts([rule.regex for rule in rules], WORD_EDGE_BEFORE),
    )
