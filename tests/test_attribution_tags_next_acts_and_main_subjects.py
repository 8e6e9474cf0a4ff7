"""Round 33 (session 43): where a content stops when the writer's source tag, the speaker's
next deed or next cue follows it ("..., AFP news agency reports"; "vowed to keep X and
praised Y"; "say X and have attempted Y"; "said X, complained about Y"); whom "he" stands
for when another person is named only in an aside of the main clause; who wrote "the tweet".
Sentences written for these tests."""

from __future__ import annotations

from dateline.actors import ActorTable
from tests.stages import actor_named, attributions_of, by_cue


def _ending(actors: ActorTable, name: str) -> str:
    """The id of the actor whose name ends with ``name`` (a title may open it)."""
    return next(a.id for a in actors.actors if a.name.endswith(name))


def test_the_writers_source_tag_at_the_end_is_no_content() -> None:
    found, _ = attributions_of(
        "UN aid chief Ona Berg says the port at Jacmel is open and food will arrive soon, "
        "AFP news agency reports."
    )
    report = by_cue(found, "says")
    assert report.content.text == "the port at Jacmel is open and food will arrive soon"


def test_a_correspondents_tag_is_cut_too() -> None:
    found, _ = attributions_of("Mr Vance said the talks had failed, the BBC's Jo Hale reports.")
    assert by_cue(found, "said").content.text == "the talks had failed"


def test_a_clause_ending_in_a_noun_and_said_stays_whole() -> None:
    # no comma before the last words: they are the speaker's ("the reports she said")
    found, _ = attributions_of("The minister said the council had read the report.")
    assert by_cue(found).content.text == "the council had read the report"
    # a verb before the cue word: a clause of what was said, not a tag
    found, _ = attributions_of("Ruiz said the plan would work, and nobody else says so.")
    assert "nobody" not in by_cue(found).content.text


def test_a_finite_verb_after_a_promise_is_the_speakers_next_deed() -> None:
    found, _ = attributions_of(
        "Presumptive Republican presidential nominee Lina Moss has vowed to keep abortion "
        "legal and celebrated the ruling Monday."
    )
    assert by_cue(found, "vowed").content.text == "to keep abortion legal"
    found, _ = attributions_of(
        "The union promised to end the strike and returned to work on Friday."
    )
    assert by_cue(found, "promised").content.text == "to end the strike"


def test_two_infinitives_promised_stay_one_content() -> None:
    found, _ = attributions_of("The mayor promised to cut taxes and raise pay.")
    assert by_cue(found, "promised").content.text == "to cut taxes and raise pay"


def test_a_verb_agreeing_with_the_speakers_is_their_deed() -> None:
    found, _ = attributions_of(
        "The boy's Ohio relatives say he will have a better life here and have attempted to "
        "portray his father as a pawn of the regime."
    )
    assert by_cue(found, "say").content.text == "he will have a better life here"
    found, _ = attributions_of(
        "The minister says the banks have enough cash and has asked them to lend more."
    )
    assert by_cue(found, "says").content.text == "the banks have enough cash"


def test_a_verb_agreeing_with_the_clause_stays_in_it() -> None:
    found, _ = attributions_of("She said the workers have gone home and the plant is closed.")
    assert by_cue(found).content.text == "the workers have gone home and the plant is closed"
    found, _ = attributions_of("Officials said the pump has failed and has leaked oil.")
    assert by_cue(found).content.text == "the pump has failed and has leaked oil"


def test_the_speakers_next_cue_after_a_comma_ends_the_content() -> None:
    found, _ = attributions_of(
        "But opponents said the school might be a target for vandals, complained about its "
        "tax status, and wondered why the city had not acted."
    )
    assert by_cue(found).content.text == "the school might be a target for vandals"


def test_he_goes_on_with_the_main_subject_not_the_person_in_an_aside() -> None:
    found, actors = attributions_of(
        'The plan began with Mark Dunn, who claimed in May that farmers "cannot sell '
        'abroad". Dunn, later alleging - again falsely - that Governor Paul Reyes wanted to '
        'admit 9,000 traders, said he would close the market, which he claims is "mostly '
        'foreign" and perhaps part of a plot. (On Monday he said he would "strongly '
        'consider" closing the port.)'
    )
    dunn = actor_named(actors, "Mark Dunn").id
    assert by_cue(found, "claims").speaker == dunn
    said = [a for a in found if a.cue is not None and a.cue.text == "said"]
    assert [a.speaker for a in said] == [dunn, dunn]


def test_a_person_named_in_what_was_said_keeps_the_pronoun() -> None:
    # "Ruiz" is in the content, no aside: "she" may be Ruiz, and is not given to Reyes
    found, actors = attributions_of(
        "Governor Ana Ruiz met Paul Reyes on Monday. Reyes said Ruiz told him she would resign."
    )
    told = by_cue(found, "told")
    assert told.speaker == _ending(actors, "Ana Ruiz")


def test_the_tweet_speaks_for_who_wrote_it() -> None:
    found, actors = attributions_of(
        'Mayor Ana Ruiz wrote on Twitter on Monday that the bridge was safe. "We will '
        'rebuild it in a year," the tweet said.'
    )
    assert by_cue(found).speaker == _ending(actors, "Ana Ruiz")
    found, actors = attributions_of(
        "Senator Paul Reyes tweeted a photo of the flooded road on Sunday night. The tweet "
        "said crews were on the way."
    )
    assert by_cue(found).speaker == _ending(actors, "Paul Reyes")


def test_a_tweet_of_no_one_named_stays_unnamed() -> None:
    found, _ = attributions_of(
        "The storm hit the coast on Monday. The tweet said crews were on the way."
    )
    assert by_cue(found).speaker is None


def test_the_union_and_the_agency_are_the_body_named_before() -> None:
    found, actors = attributions_of(
        "The Independent Federation of Shipyard Welders said a judge ordered Kestrel Lines to "
        "deal with the union. The union said the order also bars the company from the docks."
    )
    union = by_cue(found[1:])
    assert union.source is not None and union.source.text == "The union"
    assert union.speaker == _ending(actors, "Federation of Shipyard Welders")
    found, actors = attributions_of(
        "Standard and Poor's Corp said it downgraded the debt of Halden Corp. The agency said "
        "new management would face losses."
    )
    agency = next(a for a in found if a.source is not None and a.source.text == "The agency")
    assert agency.speaker is not None and agency.speaker == found[0].speaker


def test_a_union_of_no_kind_named_before_stays_unnamed() -> None:
    found, _ = attributions_of(
        "Kestrel Lines cut 300 jobs on Monday. The union said the cuts were unlawful."
    )
    assert by_cue(found).speaker is None


def test_another_person_set_beside_the_speaker_is_no_content() -> None:
    found, _ = attributions_of(
        'Archbishop of Dorn Paul Mbeki said he had "nothing to say to make sense of this '
        'horror", while another clergyman, Canon Mark Fell, preferred to respond "not with '
        'clever argument but with prayer".'
    )
    assert by_cue(found).content.text == 'he had "nothing to say to make sense of this horror"'


def test_a_contrast_of_things_stays_in_what_was_said() -> None:
    found, _ = attributions_of(
        "The mayor said the first plant would close, while another plant, Halden Works, "
        "would stay open."
    )
    assert by_cue(found).content.text.endswith("Halden Works, would stay open")


def test_a_copula_whose_subject_the_parser_lost_stays_in_what_was_said() -> None:
    found, _ = attributions_of(
        "1345 The BBC 's Jo Hale in Geneva says : The first 48 hours following a flood are "
        "crucial to saving lives but with roads blocked and nearly all communication lines "
        "down it is extremely difficult to assess the situation ."
    )
    assert by_cue(found, "says").content.text.endswith("difficult to assess the situation")


def test_a_description_named_in_apposition_keeps_its_pronoun() -> None:
    found, actors = attributions_of(
        "Halden Oil chief executive Tom Brand visited the coast. `` In a perfect world , it 's "
        "possible to stop the well by July , '' said the head of Halden Oil 's coast unit , "
        "managing director Ed Hale , in an interview . He added that this `` perfect case '' "
        "is `` unlikely . ''"
    )
    assert by_cue(found, "added").speaker == _ending(actors, "Ed Hale")
