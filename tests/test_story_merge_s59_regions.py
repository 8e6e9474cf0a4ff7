"""Session 59: a state or province is a government of its own (invented records, no parsing).
Two bodies of one country matched by their country alone, so "Ohio" was "Oregon" and "the
United States": two states' suits of one company on one day, or a state's and the nation's,
became one story. A person is still compared by country (a state's unnamed attorney general)."""

from functools import partial

from dateline.model import Actor
from dateline.stories.merge import StoryIndex, actor_match
from tests.test_story_merge import mention as merge_mention

OHIO = Actor(id="ohio", name="Ohio", kind="government", country="USA", sector="GOV")
OHIO_AGAIN = Actor(id="ohio-2", name="Ohio", kind="government", country="USA", sector="GOV")
OREGON = Actor(id="oregon", name="Oregon", kind="government", country="USA", sector="GOV")
NATION = Actor(id="usa", name="United States", kind="country", country="USA")
JUSTICE = Actor(
    id="justice", name="Justice Department", kind="government", country="USA", sector="GOV"
)
PROSECUTOR = Actor(
    id="prosecutor", name="Dana Whitlock", kind="person", country="USA", sector="GOV"
)
MILLER = Actor(id="miller", name="Brightwater Mills", kind="organisation", country="USA")

suit = partial(merge_mention, type="ACCUSE", target=MILLER, date="2031-03-04")


def stories_of(*mentions: object) -> int:
    index = StoryIndex()
    for one in mentions:
        index.add([one])
    return len(index)


def test_two_states_are_two_governments():
    assert actor_match(OHIO, OREGON) is False
    assert (
        stories_of(
            suit(
                "a", "Ohio sued Brightwater Mills on Tuesday over the poisoned river.", source=OHIO
            ),
            suit(
                "b", "Oregon sued Brightwater Mills on Tuesday over the river spill.", source=OREGON
            ),
        )
        == 2
    )


def test_a_state_is_not_its_nation():
    assert actor_match(OHIO, NATION) is False
    assert actor_match(JUSTICE, OHIO) is False
    assert (
        stories_of(
            suit(
                "a", "Ohio sued Brightwater Mills on Tuesday over the poisoned river.", source=OHIO
            ),
            suit("b", "The United States sued Brightwater Mills over the river.", source=NATION),
        )
        == 2
    )


def test_two_reports_of_one_states_suit_still_merge():
    assert actor_match(OHIO, OHIO_AGAIN) is True
    assert (
        stories_of(
            suit(
                "a", "Ohio sued Brightwater Mills on Tuesday over the poisoned river.", source=OHIO
            ),
            suit(
                "b",
                "Ohio has filed suit against Brightwater Mills over the river.",
                source=OHIO_AGAIN,
            ),
        )
        == 1
    )


def test_an_official_is_still_compared_by_country():
    # the text may name the state's attorney general without the state
    assert actor_match(OHIO, PROSECUTOR) is True
    assert (
        stories_of(
            suit(
                "a", "Ohio sued Brightwater Mills on Tuesday over the poisoned river.", source=OHIO
            ),
            suit(
                "b",
                "Attorney general Dana Whitlock sued Brightwater Mills over the poisoned river.",
                source=PROSECUTOR,
            ),
        )
        == 1
    )


def test_a_nation_and_its_ministry_still_match():
    assert actor_match(NATION, JUSTICE) is True
