"""Attribution round 8: what a reader of real pages should not be shown as speech — readers'
comments under an article, lists of other stories and highlights, editor's notes — and
speech fields a reader would reject (a time stamp in a speaker's name, a date in a content, a
tokenizer's bracket as a speaker, the object of a criticism as what was said). The pages and
sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from dateline.attribution.assembly import bare
from dateline.ingest.html import read_html
from dateline.language import parse
from dateline.text.comments import comments_start
from tests.stages import attributions_of


def _speech(text: str):
    found, _ = attributions_of(text)
    return [a for a in found if a.mode == "speech"]


def _contents(text: str) -> list[str]:
    return [a.content.text for a in _speech(text)]


# -- readers' comments ---------------------------------------------------------------------------

ARTICLE = (
    "Flood defences on the river Arn will be raised by a metre, the regional council said "
    "on Tuesday.\n"
    "“The work starts in May and ends before the autumn storms,” said Ines Moreau, who chairs "
    "the council's works committee.\n"
)


def test_a_comment_section_note_ends_what_the_article_says():
    text = (
        ARTICLE + "Views expressed in the comments do not represent those of the Courier.\n"
        "The council said the same thing ten years ago and nothing was built.\n"
    )
    contents = _contents(text)
    assert any("work starts in May" in c for c in contents), contents
    assert not any("ten years ago" in c for c in contents), contents


def test_a_comment_stamp_ends_what_the_article_says():
    text = (
        ARTICLE + "At 10:12 am on 3 Mar 2026 , riverfan wrote : The mayor said the dykes "
        "would hold , and they did not .\n"
        "At 11:40 am on 3 Mar 2026 , kestrel wrote : My neighbour told me the pumps failed .\n"
    )
    contents = _contents(text)
    assert any("work starts in May" in c for c in contents), contents
    assert not any("dykes" in c or "pumps" in c for c in contents), contents


def test_an_article_without_comments_has_no_comment_section():
    assert comments_start(ARTICLE) is None
    assert comments_start("At 9:30 the minister said the vote would wait.") is None


# -- lists of other stories, highlights, editor's notes ----------------------------------------

PAGE = """<html><head><title>Dam inspection ordered after flood</title>
<meta property="article:published_time" content="2026-03-02T09:00:00Z"></head>
<body><div id="main"><div class="story">
<h1>Dam inspection ordered after flood</h1>
<p>The regional water authority ordered an inspection of the Kerrow dam on Monday after a
week of heavy rain flooded three villages downstream.</p>
<p>"We cannot rule out a weakness in the spillway," said Tomas Weber, the authority's chief
engineer, adding that the work would take about a month.</p>
<p>The authority said it would publish the inspection report in April.</p>
<p><b>Story highlights</b></p>
<ul><li>Inspection of Kerrow dam ordered</li>
<li>Engineer says a weakness cannot be ruled out</li></ul>
<p><b>Most Popular Stories</b></p>
<ul>
<li>Mayor says bus fares will fall next year</li>
<li>Police say a stolen tractor was found in a lake</li>
<li>Minister: "We will build the new bridge by the summer"</li>
</ul>
<p>Editor's note: An earlier version of this story said the engineer had retired. He has
not.</p>
</div></div></body></html>
"""


def test_lists_of_other_stories_highlights_and_notes_are_no_speech(tmp_path: Path):
    path = tmp_path / "dam.html"
    path.write_text(PAGE, encoding="utf-8")
    text = read_html(path).text
    contents = _contents(text)
    assert any("weakness in the spillway" in c for c in contents), contents
    assert any("inspection report in April" in c for c in contents), contents
    for furniture in ("bus fares", "tractor", "new bridge", "cannot be ruled out", "retired"):
        assert not any(furniture in c for c in contents), (furniture, contents)


def test_a_list_in_the_article_itself_still_reports():
    text = (
        "The health minister set out three measures on Friday.\n"
        "She said the measures were:\n"
        "- clinics in every district would open on Sundays\n"
        "- nurses would be paid for overtime\n"
        "The opposition said the plan came too late for the winter.\n"
    )
    contents = _contents(text)
    assert any("too late for the winter" in c for c in contents), contents


# -- fields a reader rejects ---------------------------------------------------------------------


def test_a_live_blog_time_stamp_is_no_part_of_the_speaker():
    text = (
        "Rescue teams reached the valley overnight.\n"
        "1117 Maria Lopez tweets : `` The night shelter on Rue Nord is full , send blankets . ''\n"
    )
    quote = next(a for a in _speech(text) if "shelter" in a.content.text)
    assert quote.source is not None and quote.source.text == "Maria Lopez"
    assert quote.cue is not None and quote.cue.text == "tweets"


def test_the_day_a_quotation_was_said_is_no_part_of_it():
    text = "Senator Ana Ruiz said Tuesday that “the only way to win is to knock on every door.”"
    quote = next(a for a in _speech(text) if "every door" in a.content.text)
    assert not quote.content.text.startswith("Tuesday"), quote.content.text


def test_what_was_criticised_or_discussed_is_a_stance_not_words_said():
    found, _ = attributions_of(
        "Mayor Tom Hale slammed the greed of the big landlords. "
        "Ana Ruiz was discussing her housing plan when the lights went out."
    )
    for fragment in ("greed", "housing plan"):
        report = next(a for a in found if fragment in a.content.text)
        assert report.mode == "stance", fragment


def test_a_criticism_in_a_clause_or_quotation_is_still_speech():
    for text, fragment in (
        ("Ana Ruiz criticized the landlords, saying that rents had doubled.", "rents"),
        ("Ana Ruiz pointed out that rents had doubled since 2020.", "rents"),
    ):
        found, _ = attributions_of(text)
        report = next(a for a in found if fragment in a.content.text)
        assert report.mode == "speech", text


def test_a_tokenizers_bracket_names_no_one():
    doc = parse("The firm paid $ 40m -LRB- # 30m -RRB- in fines .")
    bracket = next(t.i for t in doc if t.text == "-RRB-")
    assert bare(doc[bracket : bracket + 1])
    assert not bare(doc[0:2])


def test_a_report_stops_before_another_speakers_contrasted_report():
    found, _ = attributions_of(
        "One agency says Brazil has the most cases, while another says Peru does."
    )
    first = next(a for a in found if "Brazil" in a.content.text)
    assert "Peru" not in first.content.text, first.content.text
    found, _ = attributions_of("Ana Ruiz said the talks failed while the minister was abroad.")
    assert any("while the minister was abroad" in a.content.text for a in found)


def test_an_organisation_that_only_describes_its_member_is_not_the_speaker():
    found, _ = attributions_of("The pressure was unusual, the company's investigator said.")
    report = next(a for a in found if "pressure" in a.content.text)
    assert report.speaker is None and not report.unresolved
    assert report.source is not None and report.source.text == "the company's investigator"
    found, _ = attributions_of("The ministry's statement said the border would reopen.")
    report = next(a for a in found if "border" in a.content.text)
    assert report.speaker is not None


def test_a_tokenized_quotation_runs_over_its_lines_to_the_closing_mark():
    # one sentence a line, some lines long: each line is a paragraph of its own
    text = (
        "Mr Lane mends nets in a harbour that has seen better days and worse days , and he "
        "has seen them all , he says . \n"
        "`` And that 's the worst part , because the sea is our life here and always has been "
        "for all of us . \n"
        "When you are not out there , you do not know what to do , '' he says . \n"
        "`` Nobody came . \n"
        "The boats rot here . \n"
    )
    quote = next(a for a in _speech(text) if "not out there" in a.content.text)
    assert quote.kind == "direct" and "the worst part" in quote.content.text
    assert not any(
        "boats rot" in a.content.text and "Nobody" in a.content.text for a in _speech(text)
    )


def test_a_live_blog_time_stamp_is_no_part_of_what_was_said():
    text = (
        "Aid flights resumed at dawn .\n"
        "1828 Between 40 and 60 aid workers are still missing , a spokeswoman for the agency "
        "tells reporters .\n"
    )
    report = next(a for a in _speech(text) if "aid workers" in a.content.text)
    assert report.content.text.startswith("Between"), report.content.text


def test_a_number_opening_a_report_is_kept():
    text = "Aid flights resumed at dawn .\n1500 families are still without water , officials said ."
    report = next(a for a in _speech(text) if "families" in a.content.text)
    assert report.content.text.startswith("1500"), report.content.text
