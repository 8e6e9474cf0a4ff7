"""A party "dismissed as" something is judged (issue 15): "dismissed the governor as an
ineffective leader" is criticism (ACCUSE), not the rejection of a proposal; a claim dismissed
as baseless stays a rejection. Sentences written for these tests; the first fails on the code
before, the guard (marked) passes on both."""

import datetime as dt
from functools import partial

from tests.stages import coded_events

PUBLISHED = dt.date(2026, 6, 15)


_coded = partial(coded_events, published=PUBLISHED)


def test_a_governor_dismissed_as_ineffective_is_criticised() -> None:
    text = (
        "On Tuesday, Senator Lena Marsk dismissed Governor Tom Brannigan as an ineffective leader."
    )
    assert _coded(text) == [("ACCUSE", "lena-marsk", "tom-brannigan", "dismissed")]


def test_claims_dismissed_as_baseless_stay_rejected() -> None:  # guard
    text = "Kestria's foreign ministry on Tuesday dismissed Veldmark's claims as baseless."
    assert [c[0] for c in _coded(text)] == ["REJECT"]
