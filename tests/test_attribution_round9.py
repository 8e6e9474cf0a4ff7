"""Attribution round 9: errors of the development sheets a reader would reject — a question put
to the speaker shown as their words, the writer's asides after a report, a source's acronym or
the writer's own clause after "according to X", the paper quoting someone shown as the speaker,
the object of another verb as the speaker of a participle, and the object of mentioning,
expressing or threatening shown as words said. The sentences are written for these tests."""

from __future__ import annotations

from tests.stages import attributions_of


def _speech(text: str):
    """What the default view shows: speech with someone to show as its speaker."""
    found, _ = attributions_of(text)
    return [a for a in found if a.mode == "speech" and not a.unresolved]


def _contents(text: str) -> list[str]:
    return [a.content.text for a in _speech(text)]


def test_a_question_put_to_the_speaker_is_not_their_words():
    text = (
        "Asked what qualities he wants in the party's nominee, Harlan Voss said, "
        '"They have to be able to win."\n'
        "When asked about the strike, the transport minister said the talks would go on.\n"
    )
    contents = _contents(text)
    assert not any("qualities" in c or "strike" in c for c in contents), contents
    assert any("able to win" in c for c in contents), contents
    assert "the talks would go on" in contents, contents
    # the question is kept with no one to show as its speaker, as "When asked whether ..."
    found, _ = attributions_of(text)
    asked = [a for a in found if "qualities" in a.content.text]
    assert all(a.source is None and a.unresolved for a in asked), asked


def test_a_claim_the_writer_names_after_the_report_is_no_part_of_it():
    text = (
        "Olga Marsh alleges that she was dismissed for reporting the fraud, a claim that the "
        "firm firmly denies.\n"
    )
    found = _speech(text)
    assert [a.content.text for a in found] == ["that she was dismissed for reporting the fraud"]
    assert found[0].speaker == "olga-marsh"


def test_a_relative_clause_the_writer_hedges_is_no_part_of_the_report():
    text = (
        "The board said that no decision had been taken about the cuts, which reportedly "
        "include the closure of two plants.\n"
    )
    assert _contents(text) == ["that no decision had been taken about the cuts"]


def test_a_relative_clause_of_the_speaker_stays_in_the_report():
    text = "The mayor said that the bridge, which opened in May, would close for repairs.\n"
    assert _contents(text) == ["that the bridge, which opened in May, would close for repairs"]


def test_the_writer_s_clause_after_according_to_is_not_the_source_s():
    text = (
        "At least 300 homes were flooded, according to the regional council, but the water "
        "is now falling.\n"
    )
    assert _contents(text) == ["At least 300 homes were flooded"]


def test_a_source_s_acronym_after_according_to_is_not_content():
    for acronym in ("-LRB- RCS -RRB- .", "(RCS)."):
        text = (
            f"About 2,000 people sleep in tents, according to the Red Crescent Society {acronym}\n"
        )
        assert _contents(text) == ["About 2,000 people sleep in tents"], acronym


def test_according_to_in_the_middle_still_takes_both_halves():
    text = "The new dam, according to the engineers, will hold back the spring floods.\n"
    found = _speech(text)
    assert len(found) == 1
    assert [part.text for part in found[0].content_parts] == [
        "The new dam",
        "will hold back the spring floods",
    ]


def test_the_one_quoted_as_saying_speaks_not_the_paper():
    text = '"Prices will have to rise," the Ledger quoted Otto Brandt as saying on Monday.\n'
    found = _speech(text)
    assert len(found) == 1
    assert found[0].speaker == "otto-brandt", found[0]


def test_the_object_of_another_verb_is_not_the_speaker_of_a_participle():
    # the parser misreads the sentence (the subject as its root noun): better no speaker than
    # the object of "defended" or of "calling"
    text = (
        'Trump defended eminent domain, calling the seizure of private land an "absolute '
        'necessity" for building roads and bridges.\n'
    )
    for found in attributions_of(text)[0]:
        source = found.source.text if found.source is not None else ""
        assert "domain" not in source and "seizure" not in source, found


def test_what_was_mentioned_expressed_or_threatened_is_not_what_was_said():
    text = (
        "Senator Hale rarely mentioned his rival by name.\n"
        "Fans around the world expressed their sympathy with the club.\n"
        "Early storms could threaten the harbour works.\n"
    )
    assert _contents(text) == []
    # with a clause they still report words
    said = "Senator Hale mentioned that the vote had been moved to Friday.\n"
    assert _contents(said) == ["that the vote had been moved to Friday"]
