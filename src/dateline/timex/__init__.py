"""TIMEX3 temporal tagging: find time expressions and resolve them to calendar values.

``tag(text, anchor)`` works on plain text; ``find_timexes(doc, article)`` is the pipeline stage;
importing this package registers the spaCy component ``"dateline_timex"`` (sets
``doc._.timexes``, anchored to ``doc._.dct``). The English knowledge lives in ``resources/``
(vocabulary.toml, rules.toml); docs/timex.md describes both.
"""

from dateline.timex.pipeline import find_timexes, timex_component
from dateline.timex.tagger import tag

__all__ = ["find_timexes", "tag", "timex_component"]
