"""What a reader accepts as "who said what": speech told from stance, contents that say
something, page furniture left out, pronouns no actor was found for marked unresolved. The
sentences are written for these tests."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline import Corpus
from dateline.cli import app
from tests.corpus_articles import write_jsonl
from tests.stages import attributions_of

runner = CliRunner()


def _one(text: str, fragment: str):
    found, _ = attributions_of(text)
    matching = [a for a in found if fragment in a.content.text]
    assert matching, [a.content.text for a in found]
    return min(matching, key=lambda a: len(a.content.text))


# -- speech and stance ---------------------------------------------------------------------------


def test_a_verb_of_saying_reports_speech():
    report = _one("Ana Ruiz told reporters that the border would reopen next week.", "border")
    assert report.mode == "speech"


def test_beliefs_hopes_and_support_are_stances():
    for text, fragment in (
        ("Ana Ruiz believes that the border will reopen next week.", "border"),
        ("The farmers' union hopes to sell more grain to Kenya this year.", "grain"),
        ("The teachers' union backs the new schedule for primary schools.", "schedule"),
        ("Mayor Tom Hale decided to close the old bridge for repairs.", "bridge"),
    ):
        assert _one(text, fragment).mode == "stance", text


def test_a_quotation_is_speech_whatever_verb_is_near_it():
    quote = _one("“We will rebuild the school,” Ana Ruiz said, hoping for quick funds.", "rebuild")
    assert quote.kind == "direct" and quote.mode == "speech"


def test_a_statement_noun_is_speech_and_a_feeling_noun_a_stance():
    said = _one("Ruiz issued a statement that the talks had failed in Oslo.", "talks had failed")
    felt = _one("Ruiz shared the feeling that the talks had failed in Oslo.", "talks had failed")
    assert (said.mode, felt.mode) == ("speech", "stance")


def _store(tmp_path, text: str) -> Corpus:
    source = write_jsonl(tmp_path / "one.jsonl", [{"id": "m", "date": "2026-03-02", "text": text}])
    corpus = Corpus(tmp_path / "m.db")
    corpus.ingest([source], workers=1)
    return corpus


MIXED = (
    "Foreign Minister Anna Berg said on Monday that the talks in Geneva would resume. "
    "Berg hopes that the prisoners will be home by the spring."
)


def test_the_quotes_command_shows_speech_unless_asked_for_stances(tmp_path):
    corpus = _store(tmp_path, MIXED)
    db = ["--db", str(corpus.path), "--json"]
    shown = json.loads(runner.invoke(app, ["quotes", *db]).output)
    assert shown and {r["mode"] for r in shown} == {"speech"}
    stances = json.loads(runner.invoke(app, ["quotes", *db, "--mode", "stance"]).output)
    assert any("prisoners" in r["content"] for r in stances)
    everything = json.loads(runner.invoke(app, ["quotes", *db, "--mode", "all"]).output)
    assert len(everything) == len(shown) + len(stances)
    refused = runner.invoke(app, ["quotes", *db, "--mode", "beliefs"])
    assert refused.exit_code == 2 and "--mode" in refused.output


def test_the_audit_sheet_draws_speech_unless_asked(tmp_path):
    corpus = _store(tmp_path, MIXED)
    sheet = tmp_path / "sheet.csv"
    args = ["audit", "quotes", str(corpus.path), "--out", str(sheet), "--sample", "10"]
    assert runner.invoke(app, args).exit_code == 0
    text = sheet.read_text(encoding="utf-8-sig")
    assert "Geneva" in text and "prisoners" not in text
    assert runner.invoke(app, [*args, "--mode", "all"]).exit_code == 0
    assert "prisoners" in sheet.read_text(encoding="utf-8-sig")


# -- unresolved speakers --------------------------------------------------------------------------


def test_a_pronoun_no_actor_is_found_for_is_unresolved_and_listed_under_no_name(tmp_path):
    text = "We will not accept the new tariffs on steel, it said in a statement."
    report = _one(text, "tariffs")
    assert report.speaker is None and report.unresolved
    corpus = _store(tmp_path, text)
    assert not [r for r in corpus.quotes() if "tariffs" in r["content"]]  # not by default
    (row,) = [r for r in corpus.quotes(mode="unresolved") if "tariffs" in r["content"]]
    assert row["speaker"] is None


def test_a_resolved_pronoun_is_not_unresolved():
    quote = _one("Ana Ruiz left the hall. “It is over,” she said.", "It is over")
    assert quote.speaker == "ana-ruiz" and not quote.unresolved


# -- contents a reader accepts --------------------------------------------------------------------


def _contents(text: str) -> list[str]:
    found, _ = attributions_of(text)
    return [a.content.text for a in found]


def test_tokenized_quote_marks_are_read_as_quote_marks():
    text = (
        "Sebelius said antivirals help against the virus . \n\n"
        "`` We expect to see more cases and sadly more deaths , '' she said . \n\n"
        "Richard Besser , an official of the agency , said the picture is changing ."
    )
    quote = _one(text, "We expect")
    assert quote.kind == "direct" and quote.content.text.startswith("We expect")
    assert quote.content.text.rstrip(" ,").endswith("more deaths")
    assert not [c for c in _contents(text) if c.strip(" .") in ("she said", "she said .")]


def test_the_attribution_line_alone_is_no_content():
    # a stray mark leaves the cue line as a "quotation" of its own
    text = 'The plan was approved on Friday.\n" said UN spokesman Farhan Haq ."'
    assert not [c for c in _contents(text) if "spokesman" in c]


def test_a_content_of_function_words_is_dropped():
    found, _ = attributions_of("Ana Ruiz said it was. The board agreed with that.")
    assert not [a for a in found if a.content.text.strip(" .") in ("it was", "that")]


def test_a_short_quotation_answer_stays():
    quote = _one("“No,” Ana Ruiz said when reporters asked whether she would resign.", "No")
    assert quote.kind == "direct" and quote.speaker == "ana-ruiz"


def test_a_passive_is_no_cue():
    text = "Tom Hale was admitted to a hospital in Leeds. The bill is expected to pass."
    found, _ = attributions_of(text)
    # "is expected to pass" is what is expected with no one named (round 26): a stance with
    # no source, never speech; "was admitted" reports nothing
    assert [(a.content.text, a.mode, a.source) for a in found] == [
        ("The bill is expected to pass", "stance", None)
    ]


def test_a_passive_with_a_clause_still_reports():
    report = _one("It was announced on Monday that the border would reopen next week.", "border")
    assert report.kind == "indirect"


# -- page furniture -------------------------------------------------------------------------------


def test_a_related_headline_naming_its_speaker_last_is_no_quote():
    text = (
        "Flood waters rose again in the north on Tuesday, officials said.\n\n"
        "RELIEF FUNDS WILL ARRIVE WITHIN DAYS, SAYS PRESIDENT MOREAU\n\n"
        "Rescue teams reached two villages cut off since the weekend, the ministry said."
    )
    assert not [c for c in _contents(text) if "RELIEF" in c]
    assert any("Rescue teams" in c for c in _contents(text))


def test_a_headline_like_line_is_no_quote_but_the_title_is():
    text = (
        "Moreau says relief funds will arrive within days\n\n"
        "Flood waters rose again in the north on Tuesday, officials said.\n\n"
        "Aid groups fear the worst for the coast, ministry says\n\n"
        "Rescue teams reached two villages cut off since the weekend."
    )
    contents = _contents(text)
    assert any("relief funds" in c for c in contents)
    assert not [c for c in contents if "Aid groups" in c or "the worst" in c]


def test_related_and_share_lines_are_no_quotes():
    text = (
        "Flood waters rose again in the north on Tuesday, officials said.\n\n"
        "Related: Moreau said relief funds would arrive within days\n\n"
        "Rescue teams reached two villages cut off since the weekend."
    )
    assert not [c for c in _contents(text) if "relief funds" in c]


def test_an_attribution_line_says_nothing_but_a_quotation_may_be_short():
    from dateline.attribution.accepted import says_something
    from dateline.attribution.context import Context, Draft
    from dateline.language import parse
    from tests.stages import actors_of, article

    text = "Prices fell in May. \n\nhe said . \n\nThat would be you? \n\nsaid spokesman Tom Hale ."
    doc = parse(text)
    ctx = Context(doc, article(text), actors_of(text), ())

    def quoted(words: str) -> bool:
        start = text.index(words)
        return says_something(ctx, Draft("direct", (start, start + len(words)), quote=object()))

    assert not quoted("he said .")
    assert not quoted("said spokesman Tom Hale .")
    assert quoted("That would be you?")
    assert quoted("Prices fell in May.")


def test_speech_only_planned_or_refused_is_a_stance():
    planned = _one("The drivers' union plans to demand higher wages from the city.", "wages")
    refused = _one(
        "A company spokesman declined to comment on the size of the new contract.", "contract"
    )
    assert (planned.mode, refused.mode) == ("stance", "stance")
    vowed = _one("Ana Ruiz vowed to tell the court that the contract was forged.", "forged")
    assert vowed.mode == "speech"


def test_a_quotation_is_not_continued_across_another_speakers_paragraph():
    text = (
        "Prime Minister Tom Hale says the public has given generously to the flood appeal, "
        "more than anyone in government had dared to hope for in the first week.\n"
        "“We will make sure every pound reaches the families who lost their homes,” he says.\n"
        "A spokeswoman for the relief agency, Mira Osei, rejects criticism that the aid "
        "operation is too slow in reaching the villages of the northern valley.\n"
        "“Lorries can only travel so fast on roads that the water has half washed away."
    )
    found, _ = attributions_of(text)
    assert not [a for a in found if "Lorries" in a.content.text and a.speaker == "tom-hale"]


# -- round 7: who is shown, and what they said ----------------------------------------------------


UNSOURCED = (
    "Foreign Minister Anna Berg said on Monday that the talks in Geneva would resume. "
    "It is estimated that forty thousand families left the valley in the spring."
)


def test_what_no_one_is_named_for_is_unresolved_and_not_shown_by_default(tmp_path):
    estimate = _one(UNSOURCED, "forty thousand")
    assert estimate.mode == "speech" and estimate.unresolved and estimate.speaker is None
    corpus = _store(tmp_path, UNSOURCED)
    db = ["--db", str(corpus.path), "--json"]
    shown = json.loads(runner.invoke(app, ["quotes", *db]).output)
    assert [r for r in shown if "Geneva" in r["content"]]
    assert not [r for r in shown if "forty thousand" in r["content"]]
    hidden = json.loads(runner.invoke(app, ["quotes", *db, "--mode", "unresolved"]).output)
    assert [r["content"] for r in hidden if "forty thousand" in r["content"]]
    everything = json.loads(runner.invoke(app, ["quotes", *db, "--mode", "all"]).output)
    assert len(everything) == len(shown) + len(hidden)


def test_the_audit_sheet_leaves_unresolved_speech_out_unless_asked(tmp_path):
    corpus = _store(tmp_path, UNSOURCED)
    sheet = tmp_path / "sheet.csv"
    args = ["audit", "quotes", str(corpus.path), "--out", str(sheet), "--sample", "10"]
    assert runner.invoke(app, args).exit_code == 0
    assert "forty thousand" not in sheet.read_text(encoding="utf-8-sig")
    assert runner.invoke(app, [*args, "--mode", "unresolved"]).exit_code == 0
    assert "forty thousand" in sheet.read_text(encoding="utf-8-sig")


def test_a_relative_pronoun_speaks_for_the_named_person_it_follows():
    report = _one(
        "The dam was opposed by Senator Ana Ruiz, who said the valley would flood within a year.",
        "valley would flood",
    )
    assert report.speaker == "ana-ruiz" and not report.unresolved
    assert report.source is not None and report.source.text == "who"


def test_a_country_that_only_describes_the_speaker_is_not_the_speaker():
    described = _one(
        "British researchers said the old vaccine gives little protection against the new strain.",
        "vaccine",
    )
    assert described.speaker is None and not described.unresolved
    charity = _one(
        "The Kenya-based charity Mercy Aid urged donors to cancel the debts of the coastal towns.",
        "debts",
    )
    assert charity.speaker == "mercy-aid"
    named = _one("Britain said the old vaccine gives little protection.", "vaccine")
    assert named.speaker == "united-kingdom"


def test_a_tokenized_quotation_inside_a_clause_is_no_direct_quotation():
    # quoted words inside a clause no cue governs are no quotation (not the mayor's, nor a
    # continuation of the mayor's quotation before)
    text = (
        "Officials reassured residents that the storm was `` manageable '' , while the mayor "
        "said the shelters were full .\n\n"
        "`` We have opened four more halls , '' the mayor said .\n\n"
        "The next two days will be `` decisive '' for the harvest in the valley ."
    )
    contents = [c.strip(" ,`'") for c in _contents(text)]
    assert "We have opened four more halls" in contents
    assert not [c for c in contents if c in ("manageable", "decisive")]


def test_a_relative_clause_report_leaves_out_the_cue_and_its_speaker():
    # since round 11 a report whose verb lost its subject to the relative word ("was a
    # national disaster") is not kept at all; none may hold the cue or the relative word
    for text in (
        "Thousands may have died in the flood, which the minister said was a national disaster.",
        "Thousands may have died in the flood, which the minister said was “a national disaster”.",
    ):
        found, _ = attributions_of(text)
        for report in found:
            assert "said" not in report.content.text and "which" not in report.content.text, text


def test_according_to_reports_the_words_on_either_side_and_not_itself():
    after = _one("The mill will close in May, according to its owners.", "mill")
    assert after.content.text == "The mill will close in May"
    inside = _one("The mill, according to its owners, will close in May.", "mill")
    assert [p.text for p in inside.content_parts] == ["The mill", "will close in May"]


def test_a_headline_naming_a_topic_or_a_pair_is_no_labelled_line():
    text = (
        "Ruiz and Hale: a rivalry that shaped the valley\n\n"
        "Mill closure: workers fear for their pensions this winter\n\n"
        "The mill will close in May, its owners said on Friday."
    )
    contents = _contents(text)
    assert not [c for c in contents if "rivalry" in c or "pensions" in c]
    assert any("close in May" in c for c in contents)


def test_the_one_called_or_asked_is_no_speaker():
    called = _one('The new mayor has been called "the Lion of the Port" for his speeches.', "Lion")
    assert called.source is None and called.speaker is None and called.unresolved
    asked = _one("When asked whether the dam would hold, Ana Ruiz said it would.", "dam would")
    assert asked.source is None and asked.unresolved


def test_where_or_when_something_was_revealed_is_not_what_was_revealed():
    contents = _contents("Papers revealed at a hearing on Monday show that the dam leaked.")
    assert not [c for c in contents if c.startswith("a hearing")]


def test_an_actor_that_only_describes_the_speaker_is_not_the_speaker():
    text = (
        "The Green Party chose its candidate on Sunday.\n\n"
        "“It will be a hard race,” said a longtime Green Party organiser from the north."
    )
    quote = _one(text, "hard race")
    assert quote.speaker is None and not quote.unresolved
    assert quote.source is not None and "organiser" in quote.source.text
    # a person's office speaks for the person but is not the person (issue 17's blind
    # judges want the office, described): the source phrase is the speaker's name
    possessed = _one("Mr. Hale's office said the dam would hold.", "dam")
    assert possessed.speaker is None and not possessed.unresolved
    assert possessed.source is not None and possessed.source.text == "Mr. Hale's office"


def test_a_report_stops_before_another_speakers_report_and_what_was_done_after():
    text = (
        "The union leader demanded that the mayor “come down here,” and the bishop urged "
        "the council to act."
    )
    demand = _one(text, "come down here")
    assert "bishop" not in demand.content.text
    apology = _one(
        "Ana Ruiz demanded an apology from the paper before attending the memorial in Leeds.",
        "apology",
    )
    assert "memorial" not in apology.content.text


def test_a_comment_stamp_is_no_labelled_speaker():
    text = (
        "The debate ran late on Saturday.\n\n"
        "ReplyJane Roe 5pts February 6, 2016 8:50PM Hale: It Was All The Paper's Fault"
    )
    assert not [c for c in _contents(text) if "Fault" in c]


def test_a_pronoun_after_another_described_speaker_is_not_given_the_earlier_name():
    before = "Prime Minister Tom Hale met the board of the mill on Friday.\n"
    described = (
        "A mill spokesman admitted there had been pressure on the firm, and said a cut was "
        "an option.\n"
    )
    quote = "“No decision has been made, we are looking at options,” he said."
    doubted = _one(before + described + quote, "No decision")
    assert doubted.speaker is None and doubted.unresolved
    trusted = _one(before + quote, "No decision")
    assert trusted.speaker == "tom-hale"


def test_what_someone_spoke_of_is_a_stance_not_words_said():
    for text, fragment in (
        ("“The law left out the state firms,” Ana Ruiz said, referring to the big mills.", "mills"),
        ("Tom Hale spoke about the harvest in the north on Monday.", "harvest"),
        ("Tom Hale commented on the plan for the new bridge, saying nothing more.", "plan"),
    ):
        assert _one(text, fragment).mode == "stance", text
    assert _one("The union called for a recount of the votes.", "recount").mode == "speech"


def test_two_quoted_phrases_in_one_report_are_one_content_not_repeated():
    text = (
        "But even the cautious Ruiz , the official in charge of the repair , called the static "
        "kill a `` fairly big '' event and a `` very real step . ''"
    )
    found, _ = attributions_of(text)
    (report,) = [a for a in found if "static kill" in a.content.text]
    assert len(report.content_parts) < 2
