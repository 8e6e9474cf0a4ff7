"""A noun and the verb it is made of ("crackdown" / "crack down") tell
one act, so the events lexicon gives them one PLOVER mode: the story merge keeps apart two
mentions whose modes differ (a restriction is no arrest), so a noun without the verb's mode
would keep two reports of one crackdown in two stories."""

from __future__ import annotations

from dateline.event_lexicon import load_lexicon

# nouns left without their verb's mode, on purpose: "a walkout" is a labour strike (PLOVER
# PROTEST strike), "walked out" of talks a boycott; "the massacre" is the word reports use for a
# killing that others tell as shot, shelled or bombed, so it stays the general word of ASSAULT
# (no mode), which a story merges with any of those modes
OTHER_ACT = {"walkout", "massacre"}


def _squashed(key: str) -> str:
    return key.replace(" ", "").replace("-", "")


def test_a_noun_made_of_a_verb_of_its_type_has_the_verbs_mode():
    # ("a grant" is aid, "granted" an agreement: a noun of another type is another act)
    lexicon = load_lexicon()
    verbs = {_squashed(key): (key, trigger) for key, trigger in lexicon.verbs.items()}
    differing = []
    for key, trigger in lexicon.nouns.items():
        squashed = _squashed(key)
        if squashed in OTHER_ACT or squashed not in verbs:
            continue
        verb_key, verb = verbs[squashed]
        if verb.type == trigger.type and verb.mode != trigger.mode:
            differing.append((key, trigger.type, trigger.mode, verb_key, verb.type, verb.mode))
    assert differing == []


def test_the_crackdown_is_the_restriction_cracked_down():
    lexicon = load_lexicon()
    assert lexicon.nouns["crackdown"].mode == lexicon.verbs["crack down"].mode == "restrict"
