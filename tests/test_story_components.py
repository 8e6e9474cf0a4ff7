"""Story filing splits into components (what `dateline spark` relies on): mentions the merge
rule allows together share a component key, so filing each component apart, in the global order,
gives the stories of filing everything at once."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.stories.merge import StoryIndex
from tests.test_story_merge import KREMLIN, MACRON, PUTIN, RUSSIA, TRUMP, UKRAINE, mention

ACTORS = [TRUMP, PUTIN, MACRON, RUSSIA, KREMLIN, UKRAINE, None]
DATES = ["2025-07-03", "2025-07-04", "2025-07-10", "2025-W27", "2025-07", "2025", None]
WORDS = ["talks", "phone call", "ceasefire", "sanctions", "Geneva", "border", "prisoners"]


@st.composite
def mentions(draw: st.DrawFn) -> list:
    found = []
    for number in range(draw(st.integers(2, 14))):
        date = draw(st.sampled_from(DATES))
        found.append(
            mention(
                f"A{draw(st.integers(1, 6))}",
                " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))),
                type=draw(st.sampled_from(["CONSULT", "ACCUSE", "THREATEN", "AID"])),
                date=date,
                basis="published" if date is None else "timex",
                source=draw(st.sampled_from(ACTORS)),
                target=draw(st.sampled_from(ACTORS)),
                published=dt.date(2025, 7, draw(st.integers(1, 20))),
                event_id=f"E{number + 1}",
            )
        )
    return found


def _components(found: list, index: StoryIndex) -> list[list]:
    """The mentions grouped by shared component keys, each group in filing order."""
    label = list(range(len(found)))

    def root(i: int) -> int:
        while label[i] != i:
            i = label[i]
        return i

    owner: dict[tuple, int] = {}
    for i, m in enumerate(found):
        for key in index.component_keys(m):
            if key in owner:
                label[root(i)] = root(owner[key])
            else:
                owner[key] = i
    groups: dict[int, list] = {}
    for i, m in enumerate(found):
        groups.setdefault(root(i), []).append(m)
    return list(groups.values())


@settings(max_examples=150, deadline=None)
@given(mentions())
def test_mentions_the_rule_allows_together_share_a_component_key(found):
    index = StoryIndex()
    for m in found:
        for other in found:
            if index.compatible(m, other) is not None:
                assert index.component_keys(m) & index.component_keys(other)


@settings(max_examples=150, deadline=None)
@given(mentions())
def test_filing_components_apart_gives_the_stories_of_filing_all_at_once(found):
    whole = StoryIndex()
    whole.add(found)
    apart = []
    for group in _components(found, StoryIndex()):
        index = StoryIndex()
        index.add(group)
        apart += index.stories()
    assert sorted(apart, key=lambda s: s.id) == sorted(whole.stories(), key=lambda s: s.id)


def test_a_mention_dated_by_its_year_shares_no_key_with_another_year():
    index = StoryIndex()
    in_1987 = mention("A1", "talks", date="1987", published=dt.date(1987, 6, 1))
    in_1988 = mention("A2", "talks", date="1988-06-01", published=dt.date(1988, 6, 2))
    assert index.component_keys(in_1987)
    assert not index.component_keys(in_1987) & index.component_keys(in_1988)
