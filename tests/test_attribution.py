import pytest

from dateline.attribution.cues import load_cues
from dateline.attribution.reported import according_to
from dateline.attribution.syntax import subject
from dateline.language import parse
from dateline.text.quotemarks import quote_of_token
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


def test_a_quote_interrupted_by_its_cue_is_one_attribution_in_two_parts():
    found, _ = attributions_of("“The talks went well,” Ana Ruiz said. “We meet again next week.”")
    assert len(found) == 1
    quote = found[0]
    assert [p.text for p in quote.content_parts] == [
        "The talks went well,",
        "We meet again next week.",
    ]
    assert quote.source.text == "Ana Ruiz" and quote.cue.text == "said"


def test_a_colon_introduces_the_quote_in_the_next_paragraph():
    found, _ = attributions_of("Ana Ruiz continued:\n\n“The border stays closed until May.”")
    quote = by_content(found, "The border stays closed")
    assert quote.speaker == "ana-ruiz" and quote.cue.text == "continued"


def test_doubled_apostrophes_are_quote_marks():
    found, _ = attributions_of("''We are ready,'' Ana Ruiz said. ''The vote is Tuesday.''")
    assert len(found) == 1 and found[0].kind == "direct" and found[0].speaker == "ana-ruiz"


@pytest.mark.parametrize("space", [" ", "\xa0"])
def test_a_quote_signed_after_a_dash_has_that_source(space):
    found, _ = attributions_of(
        f"“The debate changed my mind.” ―{space}Jane Roe\n\nMore comments follow."
    )
    assert by_content(found, "changed my mind").source.text == "Jane Roe"


def test_a_scare_quote_without_a_cue_is_no_attribution():
    found, _ = attributions_of("The bill includes a “poison pill” for the budget.")
    assert found == ()


def test_reported_speech_keeps_the_complementizer_and_the_whole_clause():
    found, _ = attributions_of(
        "The clinic was closed on Friday, but the patients were moved, a spokesman said."
    )
    report = by_content(found, "the patients were moved")
    assert report.content.text == "The clinic was closed on Friday, but the patients were moved"
    assert report.source.text == "a spokesman"
    found, _ = attributions_of("Ana Ruiz said that the border would reopen.")
    assert by_content(found, "the border").content.text == "that the border would reopen"


def test_a_cue_in_parentheses_has_the_sentence_around_it_as_content():
    found, _ = attributions_of("The plan, Ana Ruiz argued, is a chimera.")
    report = by_content(found, "chimera")
    assert [p.text for p in report.content_parts] == ["The plan", "is a chimera"]


def test_stance_and_intention_verbs_report_their_object():
    found, _ = attributions_of("The union endorsed Ana Ruiz. Paul Ode plans to visit Lima.")
    assert by_content(found, "Ana Ruiz").cue.text == "endorsed"
    assert by_content(found, "to visit Lima").source.text == "Paul Ode"


def test_a_stance_inside_a_report_does_not_fold_into_it():
    found, _ = attributions_of("Farmers say they support the new tariff.")
    report = by_content(found, "they support the new tariff")
    assert report.source.text == "Farmers" and report.via == ()


def test_a_statement_noun_with_its_own_clause_is_a_cue():
    found, _ = attributions_of("Paul Ode repeated his claim that the count was rigged.")
    report = by_content(found, "the count was rigged")
    assert report.cue.text == "claim" and report.content.text == "that the count was rigged"
    assert report.source.text == "his" and report.speaker == "paul-ode"


def test_a_line_that_names_its_speaker_before_a_colon():
    found, _ = attributions_of("Ana Ruiz: The border will reopen next week.\n\nMore follows.")
    report = by_content(found, "The border will reopen")
    assert report.source.text == "Ana Ruiz" and report.cue.text == ":"


def test_the_subject_of_a_cue_governed_by_another_verb():
    found, _ = attributions_of("Ana Ruiz responded by saying that the deal was dead.")
    assert by_content(found, "the deal was dead").source.text == "Ana Ruiz"


def test_a_quote_governed_by_a_verb_outside_the_lexicon_takes_its_subject():
    found, _ = attributions_of("Paul Ode shot back, “We are not leaving.” The hall emptied.")
    assert by_content(found, "We are not leaving").source.text == "Paul Ode"


def test_a_quotation_with_no_speaker_or_cue_anywhere_is_no_attribution():
    found, _ = attributions_of("“Make America Great Again.”\n\nThe slogan was everywhere.")
    assert found == ()


def test_a_cue_the_parser_split_into_the_next_sentence_still_attributes_the_quote():
    from dateline.actors import find_actors
    from dateline.attribution import find_attributions
    from dateline.language import load_nlp
    from tests.stages import article

    text = "“Sometimes we diplomats need our fix!” Ana Ruiz said to People."
    nlp = load_nlp()
    doc = nlp.make_doc(text)
    for token in doc:  # the sentence split the parser makes on longer texts
        token.is_sent_start = token.i == 0 or doc[token.i - 1].text == "”"
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert len(list(doc.sents)) == 2
    record = article(text)
    found = find_attributions(doc, record, find_actors(doc, record))
    quote = by_content(found, "need our fix")
    assert quote.kind == "direct" and quote.speaker == "ana-ruiz" and quote.cue.text == "said"


def test_a_quoted_title_outside_the_cue_complement_attributes_nothing():
    found, _ = attributions_of("On “Face the Nation,” Ana Ruiz said the border would reopen.")
    assert [a.content.text for a in found] == ["the border would reopen"]


def test_a_quoted_title_after_the_cue_is_not_joined_to_the_quotation():
    found, _ = attributions_of(
        "“We will win,” Paul Ode said during an interview for the “Off Message” podcast."
    )
    assert [a.content.text for a in found] == ["We will win,"]


def test_a_verb_with_a_content_preposition():
    found, _ = attributions_of("Paul Ode called for a recount of the ballots.")
    report = by_content(found, "a recount")
    assert report.content.text == "a recount of the ballots" and report.speaker == "paul-ode"


def test_the_content_of_a_stance_stops_before_an_adverbial_clause():
    found, _ = attributions_of("Paul Ode criticized the plan because it was too costly.")
    assert by_content(found, "the plan").content.text == "the plan"


def test_a_quote_after_a_paragraph_ending_in_a_closing_mark_is_no_partial_quote():
    # the paragraph before ends in NYT's closing '' mark: not a word running into the quote
    found, _ = attributions_of(
        "The revival list includes ''Prison Break'' and ''Gilmore Girls.''\n\n"
        "''We now live in a world where TV shows never die,'' said Ana Ruiz, a producer."
    )
    quote = by_content(found, "We now live in a world")
    assert quote.kind == "direct" and quote.speaker == "ana-ruiz"


def test_a_not_inside_the_quotation_does_not_negate_its_cue():
    found, _ = attributions_of("“Absolutely not,” Ana Ruiz said of the plan.")
    quote = by_content(found, "Absolutely not")
    assert quote.speaker == "ana-ruiz" and quote.cue.text == "said"


def test_a_relative_or_question_word_object_is_no_clause_before_the_cue():
    found, _ = attributions_of(
        "Ana Ruiz said that the talks had stalled, something that Paul Ode mocked."
    )
    report = by_content(found, "the talks had stalled")
    assert report.speaker == "ana-ruiz"
    assert not any(a.cue is not None and a.cue.text == "mocked" for a in found)


def test_seem_and_appear_report_an_impression_without_a_source():
    found, _ = attributions_of("Ana Ruiz appeared to accept the offer on Monday.")
    impression = by_content(found, "to accept the offer")
    assert impression.cue.text == "appeared" and impression.source is None
    assert [p.text for p in impression.content_parts] == [
        "Ana Ruiz",
        "to accept the offer on Monday",
    ]
    # an expletive "it" is no part of the content
    found, _ = attributions_of("It seems that the talks have stalled.")
    impression = by_content(found, "the talks have stalled")
    assert impression.content.text == "that the talks have stalled"
    # "appeared on television" is no impression
    found, _ = attributions_of("Ana Ruiz appeared on television on Monday.")
    assert not found


def test_a_verb_of_naming_reports_the_object_with_its_name():
    found, _ = attributions_of("Paul Ode called the new tariffs a disaster for farmers.")
    report = by_content(found, "the new tariffs")
    assert report.content.text == "the new tariffs a disaster for farmers"
    assert report.speaker == "paul-ode"
    found, _ = attributions_of("Ana Ruiz described the deal as a betrayal.")
    report = by_content(found, "the deal")
    assert report.content.text == "the deal as a betrayal" and report.speaker == "ana-ruiz"


def test_an_attitude_adjective_after_be_reports_its_complement():
    found, _ = attributions_of("Ana Ruiz is confident that the bill will pass.")
    attitude = by_content(found, "the bill will pass")
    assert attitude.speaker == "ana-ruiz" and attitude.cue.text == "is"
    found, _ = attributions_of("Paul Ode was angry about the new tariffs.")
    assert by_content(found, "the new tariffs").speaker == "paul-ode"
    # an expletive "it" is no source
    found, _ = attributions_of("It was unclear whether the talks would resume.")
    assert by_content(found, "the talks would resume").source is None
    # an adjective of no attitude reports nothing
    found, _ = attributions_of("Ana Ruiz was tired after the long flight to Madrid.")
    assert not found


def test_ask_someone_to_do_something_reports_the_request():
    found, _ = attributions_of("Ana Ruiz asked Paul Ode to send the documents.")
    request = by_content(found, "to send the documents")
    assert request.speaker == "ana-ruiz"
    assert request.content.text == "Paul Ode to send the documents"


def test_seeing_something_as_something_is_a_view():
    found, _ = attributions_of("Many voters saw Paul Ode as a credible candidate.")
    view = by_content(found, "a credible candidate")
    assert view.content.text == "Paul Ode as a credible candidate"
    assert view.source.text == "Many voters"


def _parsed(words, heads, deps, ents):
    """A parse written out by hand, for rules about parses the model gives only sometimes."""
    from spacy.tokens import Doc

    from dateline.language import load_nlp

    return Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, ents=list(ents))


def test_of_two_subjects_the_one_nearer_the_cue_is_the_speaker():
    # "In Berea, OH, Gov. Ruiz said": the parser made the state a second subject of "said"
    doc = _parsed(
        ["In", "Berea", ",", "OH", ",", "Gov.", "Ruiz", "said", "."],
        [7, 0, 7, 7, 7, 6, 7, 7, 7],
        ["prep", "pobj", "punct", "nsubj", "punct", "compound", "nsubj", "ROOT", "punct"],
        ents=["O", "B-GPE", "O", "B-GPE", "O", "O", "B-PERSON", "O", "O"],
    )
    assert subject(doc[7]).text == "Ruiz"


def test_a_date_the_parser_made_a_subject_is_no_speaker():
    doc = _parsed(
        ["Wednesday", "said", "the", "official", "."],
        [1, 1, 3, 1, 1],
        ["nsubj", "ROOT", "det", "dobj", "punct"],
        ents=["B-DATE", "O", "O", "O", "O"],
    )
    assert subject(doc[1]) is None


SOURCES = {
    # a participle describing a statement: whoever gave the statement
    "statement giver": (
        "Her campaign sent out a text message to supporters saying: “We won tonight.”",
        "We won tonight",
        "Her campaign",
    ),
    # a name the parser hung on a date, past commas before the cue
    "name before the cue": (
        "In a briefing on March 4, Col. Tom Hale, an army spokesman in Kabul, said, “There is "
        "no way around that.”",
        "no way around",
        "Col. Tom Hale, an army spokesman in Kabul",
    ),
    "noun phrase after the cue": (
        "“She had never seen such a video,” said retired surgeon Tom Hale, asked about it.",
        "such a video",
        "retired surgeon Tom Hale",
    ),
    # a relative clause after a description is an aside, a past participle is part of it
    "relative clause cut": (
        "“It was a tough place,” said one former campaign staffer, who left on good terms.",
        "tough place",
        "one former campaign staffer",
    ),
    # an apposition the parser hung on a noun of the phrase opening the sentence
    "apposition after an opening phrase": (
        "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “Ana "
        "Ruiz believes that cooperation is essential.”",
        "cooperation is essential",
        "her senior policy adviser, Jake Sullivan",
    ),
    "an age is no date": (
        "“Donald is, and always has been, an amazing leader,” said the 46-year-old.",
        "amazing leader",
        "the 46-year-old",
    ),
    "a name after a dash before the colon": (
        "VOTERS CARE MORE ABOUT INSPIRATION - Ana Ruiz and Tom Hale: “We found that the "
        "leadership strengths matter most.”",
        "leadership strengths",
        "Ana Ruiz and Tom Hale",
    ),
    # the parser made the name a compound of the cue verb
    "a name before the cue": (
        "“Go back to Univision,” Trump barked and a security guard escorted Ramos out.",
        "Go back",
        "Trump",
    ),
    # a title in quote marks inside the source is part of it
    "a quoted title in the source": (
        "“The unions have a stranglehold on the Democrats,” said Steven Brill, author of "
        "“America’s Bitter Pill,” a history of the Obamacare debate.",
        "stranglehold",
        "Steven Brill, author of “America’s Bitter Pill,” a history of the Obamacare debate",
    ),
    "past participle kept": (
        "“It is a way to take part,” says a source involved in the group's creation.",
        "a way to take part",
        "a source involved in the group's creation",
    ),
}


@pytest.mark.parametrize(("text", "said", "source"), SOURCES.values(), ids=SOURCES.keys())
def test_the_source_of_a_quotation(text, said, source):
    found, _ = attributions_of(text)
    assert by_content(found, said).source.text == source


def test_a_quotation_running_on_past_its_closing_mark_takes_the_clause():
    found, _ = attributions_of(
        "“They like her plans, but they are not ready yet” to back her, Tom Hale said."
    )
    quote = by_content(found, "ready yet")
    assert quote.kind == "partial" and quote.content.text.endswith("to back her")


def test_a_short_capitalised_quotation_is_a_title_not_a_statement():
    found, _ = attributions_of("Ana Ruiz, a columnist, wrote her memoir, “The Long Road Home.”")
    assert found == ()


def test_a_cue_inside_the_next_clause_belongs_to_that_clause():
    found, _ = attributions_of(
        "“Everyone knows the name,” he said. “If you see it, you know what you get.” That is "
        "why, he added, viewers meet endless sequels."
    )
    quote = by_content(found, "If you see it")
    assert quote.cue.text == "said" and len(quote.content_parts) == 2


def test_a_quotation_after_a_statement_and_a_comma_is_that_statement():
    found, _ = attributions_of(
        "After the attack, Ana Ruiz issued a statement, “Last night, our nation was attacked.”"
    )
    assert by_content(found, "our nation was attacked").speaker == "ana-ruiz"


def test_a_quotation_after_a_no_break_space_inside_a_clause_is_partial():
    found, _ = attributions_of(
        "Ana Ruiz stated that the team had been\xa0“extremely careless with the files.”"
    )
    assert by_content(found, "extremely careless").kind == "partial"


def test_a_paragraph_of_quotation_without_a_cue_goes_on_with_the_one_before():
    found, _ = attributions_of(
        "Ana Ruiz told reporters: “The talks went well.”\n\n“We meet again next week.”"
    )
    quote = by_content(found, "We meet again")
    assert "The talks went well" in quote.content.text and len(quote.content_parts) == 2


def test_a_short_capitalised_quotation_with_its_cue_right_after_it_is_a_statement():
    found, _ = attributions_of("Asked who would win the game, he paused. “Denver,” he answered.")
    assert by_content(found, "Denver").cue.text == "answered"


def test_a_quotation_the_report_leads_into_is_part_of_the_report():
    found, _ = attributions_of(
        "Tom Hale said that he and his wife, Ana, “have regularly talked with him for years.”"
    )
    report = by_content(found, "regularly talked")
    assert report.kind == "partial" and "he and his wife" in report.content.text


def test_words_the_parser_ran_on_after_a_quotation_do_not_make_it_partial():
    found, _ = attributions_of("“No,” replied Tom Hale, President of CNN Worldwide, said simply.")
    quote = by_content(found, "No")
    assert quote.kind == "direct" and quote.content.text == "No,"


def test_a_chanted_quotation_is_the_crowd_s():
    found, _ = attributions_of("“Lock her up!” the crowd chanted.")
    quote = by_content(found, "Lock her up")
    assert quote.cue.text == "chanted" and quote.source.text == "the crowd"


def test_a_name_inside_a_relative_clause_before_the_cue_is_not_the_source():
    found, _ = attributions_of(
        '"Over and over, on core Republican issues, Trump says different things to different '
        'audiences,"Katie Packer, who is chairman of Our Principles Pac said in a statement.'
    )
    assert "who is chairman" in by_content(found, "different audiences").source.text


def test_a_cue_in_the_next_paragraph_does_not_attribute_a_quotation():
    # the parser's sentence runs on over the line break into the next paragraph
    found, _ = attributions_of(
        "“Why are you still endorsing him?” Obama asked Republican politicians. “What does this "
        "say about your party that this is your standard-bearer?”\nSeveral Republican leaders, "
        "including Sens. John McCain and Kelly Ayotte, denounced the remarks."
    )
    quote = by_content(found, "What does this say")
    assert quote.cue.text == "asked" and len(quote.content_parts) == 2


def test_in_wire_copy_wrapped_at_a_fixed_width_a_line_break_is_no_paragraph():
    found, _ = attributions_of(
        "Sales rose 10 pct in the quarter, the company said in a statement\n"
        "on Tuesday, and output was expected to climb further this year.\n"
        '"We expect further growth in the second half of the year," he\n'
        "said. Analysts said the forecast was cautious."
    )
    assert by_content(found, "We expect further growth").cue.text == "said"


def test_a_paragraph_of_quotation_goes_on_with_a_quotation_in_the_paragraph_before():
    found, _ = attributions_of(
        "“We like a lot of the candidates,” Ana Ruiz said during the interview in Macau, ahead "
        "of the opening of his new hotel.\n\n“It’s changing every day. The poll was up.”"
    )
    quote = by_content(found, "changing every day")
    assert quote.speaker == "ana-ruiz" and len(quote.content_parts) == 2


@pytest.mark.parametrize(
    ("text", "said", "source", "cue"),
    [
        (
            "Officials met on Friday.\n\n“If she wants to be the next president, Ana Ruiz should "
            "act like one, and come to Louisiana,” the editorial read.\n\nThe paper said more.",
            "act like one",
            "the editorial",
            "read",
        ),
        (
            "Getty Images.\n\n“What if Donald Trump had elocution lessons?” the 43-year-old asked "
            "in the video’s description.\nDespite the accent, it is unlikely to help.",
            "elocution lessons",
            "the 43-year-old",
            "asked",
        ),
    ],
)
def test_a_speaker_and_cue_after_a_quotation_read_without_the_parse(text, said, source, cue):
    # the tagger takes "read" for a noun, the parser splits the question from its cue
    quote = by_content(attributions_of(text)[0], said)
    assert quote.source.text == source and quote.cue.text == cue


@pytest.mark.parametrize(
    "text",
    [
        "“The plan failed, according to Ana Ruiz, because of the cost,” Tom Hale said.",
        "Prices of the bonds rose by five percent per year.",
    ],
)
def test_no_according_to_source_inside_a_quotation_or_in_a_date(text):
    doc = parse(text)
    assert according_to(doc[:], load_cues(), quote_of_token(doc)) == []


def test_a_quotation_wrapped_over_two_lines_of_wire_copy_keeps_its_second_half_and_speaker():
    text = (
        "NORLAND WILL NOT DEVALUE, MINISTER SAYS\n"
        "    OSTBY, March 3 - Norland's finance ministry said on Tuesday\n"
        'it would not devalue the crown. "We have no plans to change the\n'
        'exchange rate, and the markets know that very well," Finance\n'
        "Minister Erik Dahl told reporters after a cabinet meeting.\n"
        "    Dahl said the central bank held ample reserves to defend the\n"
        "currency against speculators.\n"
    )
    found, _ = attributions_of(text)
    quote = by_content(found, "We have no plans")
    assert quote.kind == "direct"
    assert quote.content.text.endswith("the markets know that very well,")
    assert quote.speaker == "erik-dahl" and quote.cue.text == "told"
