"""The words a learned event typer sees: lexical and dependency features of a coded relation.

Features are strings (a sparse bag): the rule coder's choice and its trigger, the lemmas on the
dependency path between source and target, the verbs governing that path, negation and modal
words, the argument roles, and the sentence's content lemmas. They need only the parse and the
lexicon, so the same features serve PLV sentences and article clauses.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.event_lexicon import Lexicon
from dateline.events.relation import (
    Coded,
    ancestors_and_self,
    argument_head,
    choose_trigger,
    dependency_path,
)
from dateline.events.triggers import frame_of, recode, trigger_of

_CONTENT = {"VERB", "NOUN", "ADJ", "ADV"}


def _role(head: Token | None) -> str:
    if head is None:
        return "none"
    if head.dep_ == "pobj":
        return f"pobj:{head.head.lower_}"
    return head.dep_


def relation_features(
    sentence: Span,
    source: Span | None,
    target: Span | None,
    lexicon: Lexicon,
    trigger: Token | None = None,
) -> list[str]:
    """The features of the relation from ``source`` to ``target``; ``trigger``, when the caller
    already knows which word is the event (an article's coder does), replaces the rule choice."""
    coded = choose_trigger(sentence, source, target, lexicon)
    if trigger is not None and (found := trigger_of(trigger, lexicon)) is not None:
        coded = Coded(recode(found, frame_of(trigger, lexicon), lexicon), trigger)
    features = ["bias"]
    if coded is not None:
        token = coded.token
        features += [
            f"rule={coded.trigger.type}",
            f"trig={token.lemma_.lower()}",
            f"trig_type={trigger_of(token, lexicon).type}",  # before intent/refusal recoding
            f"frame={frame_of(token, lexicon)}",
            f"trig_dep={token.dep_}",
        ]
        features += [
            f"trig_obj={c.lemma_.lower()}" for c in token.children if c.dep_ in ("dobj", "prep")
        ]
        features += [f"trig_gov={g.lemma_.lower()}" for g in ancestors_and_self(token)[1:3]]
    else:
        features.append("rule=NONE")
    source_head, target_head = argument_head(source), argument_head(target)
    features += [f"src_role={_role(source_head)}", f"tgt_role={_role(target_head)}"]
    inside = {t.i for arg in (source, target) if arg is not None for t in arg}
    heads = [h for h in (source_head, target_head) if h is not None]
    if heads:
        path, common = dependency_path(heads[0], heads[-1])
        features.append(f"lca={common.lemma_.lower()}")
        for token in path:
            if token.i in inside:
                continue
            features.append(f"path={token.lemma_.lower()}")
            if (found := trigger_of(token, lexicon)) is not None:
                features.append(f"path_type={found.type}")
        for token in ancestors_and_self(common)[1:4]:
            features.append(f"above={token.lemma_.lower()}")
    for token in sentence:
        if token.i in inside:
            continue
        if token.dep_ == "neg":
            features.append("neg")
        elif token.tag_ == "MD":
            features.append(f"modal={token.lower_}")
        elif token.pos_ in _CONTENT and not token.is_stop:
            features.append(f"w={token.lemma_.lower()}")
    return features
