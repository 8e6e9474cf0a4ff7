"""The actor-identity evaluation: its matching rules and its annotation files."""

import pytest

from dateline.evaluation.actors import (
    SAMPLES,
    Item,
    Outcome,
    identity_matches,
    load_sample,
    normal_name,
    plv_sentences,
    summary_line,
)
from dateline.model import Actor
from tests.shared_data import require_shared


def actor(name, kind="person", country=None, sector=None) -> Actor:
    return Actor(id="a", name=name, kind=kind, country=country, sector=sector)


def test_names_compare_without_case_article_and_punctuation():
    assert normal_name("The U.N.") == normal_name("UN")
    assert normal_name("Abdel Fattah al-Sisi") == normal_name("abdel fattah al sisi")


def test_identity_matches_any_listed_name_or_a_collective_by_country_and_sector():
    assert identity_matches(actor("Salva Kiir"), "Salva Kiir Mayardit|Salva Kiir")
    assert not identity_matches(actor("Ivanka Trump"), "Donald Trump")
    police = actor("German police", kind="group", country="DEU", sector="COP")
    assert identity_matches(police, "@DEU COP")
    assert not identity_matches(actor("Berlin police", "group", "DEU", "GOV"), "@DEU COP")
    assert not identity_matches(actor("Hans Weber", country="DEU", sector="COP"), "@DEU COP")
    assert not identity_matches(None, "Donald Trump")


def test_the_summary_reports_held_out_first_and_leaves_out_unspecific_items():
    def outcome(sample, identity, ok):
        item = Item(sample, "plv", "train:1", 0, 1, identity, None)
        return Outcome(item, "x", "name", None, ok, ok)

    outcomes = [
        outcome("held-out", "A", True),
        outcome("held-out", "B", False),
        outcome("dev", "C", True),
        outcome("dev", "-", False),
    ]
    line = summary_line(outcomes)
    assert line.startswith("SUMMARY identity_accuracy=0.500 country_accuracy=0.500 n=2 ")
    assert "dev_identity_accuracy=1.000" in line and "unspecific_excluded=1" in line
    assert line.endswith("country_without_guess=0.500 dev_country_without_guess=1.000")


def test_a_malformed_annotation_line_is_an_error_naming_it(tmp_path):
    path = tmp_path / "sample.tsv"
    path.write_text("# comment\ncorpus\tdoc\tstart\tend\tidentity\tcountry\nplv\t1\t0\n")
    with pytest.raises(ValueError, match="line 3"):
        load_sample(path, "dev")


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_every_annotation_points_at_a_span_of_the_shared_data(sample):
    data = require_shared("data")
    items = load_sample(SAMPLES[sample], sample)
    assert len(items) >= 50
    sentences = plv_sentences(data / "events" / "plv", {i.doc for i in items if i.corpus == "plv"})
    for item in items:
        if item.corpus == "polnear":
            split, name = item.doc.split("/", 1)
            path = data / "quotes" / "polnear" / "data" / split / "text" / f"{name}.txt"
            text = path.read_text(encoding="utf-8")
        else:
            text = sentences[item.doc]
        assert 0 <= item.start < item.end <= len(text), item
        assert item.country is None or len(item.country) == 3


def test_the_held_out_sample_names_150_actors_and_shares_no_span_with_the_dev_sample():
    held_out = load_sample(SAMPLES["held-out"], "held-out")
    dev = load_sample(SAMPLES["dev"], "dev")
    assert sum(item.identity != "-" for item in held_out) >= 150
    key = lambda i: (i.corpus, i.doc, i.start, i.end)  # noqa: E731
    assert not {key(i) for i in held_out} & {key(i) for i in dev}
    assert len({key(i) for i in held_out}) == len(held_out)
