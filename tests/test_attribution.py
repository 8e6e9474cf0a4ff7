from tests.stages import attributions_of


def by_content(attributions, fragment):
    """The attribution whose content is closest to ``fragment`` among those containing it."""
    return min(
        (a for a in attributions if fragment in a.content.text), key=lambda a: len(a.content.text)
    )


def test_direct_quote_with_the_cue_after_it():
    found, _ = attributions_of("“We will not back down,” Foreign Minister Ana Ruiz said on Monday.")
    quote = by_content(found, "We will not back down")
    assert quote.kind == "direct" and quote.speaker == "ana-ruiz" and quote.cue.text == "said"


def test_partial_quote_inside_a_clause():
    found, _ = attributions_of("Senator Paul Ode claimed the vote was “a total sham” on Tuesday.")
    quote = by_content(found, "a total sham")
    assert quote.kind == "partial" and quote.speaker == "paul-ode"


def test_reported_speech_has_the_clause_as_content():
    found, _ = attributions_of("Ana Ruiz told reporters that the border would reopen next week.")
    report = by_content(found, "the border would reopen")
    assert report.kind == "indirect" and report.speaker == "ana-ruiz" and report.cue.text == "told"


def test_according_to_names_the_source():
    found, _ = attributions_of("According to Ana Ruiz, the talks collapsed after an hour.")
    report = by_content(found, "the talks collapsed")
    assert report.kind == "according_to" and report.speaker == "ana-ruiz"


def test_a_report_of_a_report_keeps_the_chain():
    found, actors = attributions_of(
        "Russian state media reported that the Kremlin said the issue was not discussed."
    )
    report = by_content(found, "the issue was not discussed")
    assert report.speaker == "kremlin"
    assert [actors.get(v).name for v in report.via] == ["Russian state media"]
    assert len(found) == 1


def test_a_quote_without_a_cue_continues_the_speaker_next_to_it():
    found, _ = attributions_of("“The talks went well,” Ana Ruiz said. “We meet again next week.”")
    assert by_content(found, "We meet again").speaker == "ana-ruiz"


def test_a_pronoun_speaker_resolves_to_the_person():
    found, _ = attributions_of("Ana Ruiz left the hall. “It is over,” she said.")
    assert by_content(found, "It is over").speaker == "ana-ruiz"


def test_a_negated_cue_is_no_attribution():
    found, _ = attributions_of("Ana Ruiz did not say that the talks had failed.")
    assert found == ()


def test_odd_quote_marks_do_not_lose_the_rest_of_the_article():
    found, _ = attributions_of(
        "“An opening mark that never closes.\n\nAna Ruiz told reporters that the talks resumed."
    )
    assert by_content(found, "the talks resumed").speaker == "ana-ruiz"
