"""Where a content stops: the writer's comparison after it ("..., as have other Republicans",
"..., even as he has ..."), a "with" phrase of what else went on and the day after an object
announced, the speaker's own next deed conjoined to the reported clause, and a quotation a
colon opens that its own cue follows ("...: “...,” said X")."""

from tests.stages import attributions_of, by_cue


def test_a_comparison_with_what_others_did_is_the_writers():
    found, _ = attributions_of(
        "Governor Ana Ruiz said Monday she, too, wants a federal inquiry, as have other senior "
        "Republicans including Senator Tom Hale of Ohio."
    )
    assert by_cue(found).content.text == "she, too, wants a federal inquiry"


def test_a_comparison_after_its_subject_is_the_writers_too():
    found, _ = attributions_of("The mayor said the bridge would reopen, as the governor did.")
    assert by_cue(found).content.text == "the bridge would reopen"
    found, _ = attributions_of("The mayor said the bridge would reopen, as did the governor.")
    assert by_cue(found).content.text == "the bridge would reopen"


def test_what_the_speaker_did_meanwhile_after_even_as_is_the_writers():
    found, _ = attributions_of(
        "Mr. Hale has long said that he will back the party's pick, even as he has taken "
        "regular shots at Mr. Stone's remarks."
    )
    assert by_cue(found).content.text == "that he will back the party's pick"


def test_an_as_clause_with_a_verb_of_its_own_stays():
    found, _ = attributions_of("The mayor said the bridge would reopen as the river fell.")
    assert by_cue(found).content.text == "the bridge would reopen as the river fell"
    found, _ = attributions_of(
        "The mayor said the town had done all it could, as she had promised it would."
    )
    assert by_cue(found).content.text.endswith("as she had promised it would")


def test_a_with_phrase_of_what_else_went_on_and_the_day_are_not_what_was_announced():
    found, _ = attributions_of(
        "Officials in Lower Saxony announced tighter checks at the airport on Friday, with the "
        "state's police chief criticising his colleagues."
    )
    announced = by_cue(found, "announced")
    assert announced.content.text == "tighter checks at the airport"


def test_a_with_phrase_inside_what_was_said_stays():
    found, _ = attributions_of("Ana Ruiz said the plant would close, with the loss of 300 jobs.")
    assert by_cue(found).content.text == "the plant would close, with the loss of 300 jobs"


def test_the_speakers_next_deed_built_as_the_cue_is_not_what_was_said():
    found, _ = attributions_of(
        "Tom Hale has assured me he is going to keep it short and has invited two guests: "
        "Ana Ruiz and Bob Stone."
    )
    assert by_cue(found, "assured").content.text == "he is going to keep it short"


def test_a_second_verb_built_as_the_reported_clause_stays():
    found, _ = attributions_of("Tom Hale has said the mill has lost money and has cut jobs.")
    assert by_cue(found).content.text == "the mill has lost money and has cut jobs"
    found, _ = attributions_of("Ana Ruiz said the mill would close and would lay off 300 workers.")
    assert by_cue(found).content.text == "the mill would close and would lay off 300 workers"


def test_a_quotation_after_a_colon_is_the_one_its_own_cue_names():
    text = (
        "Earlier studies of the fuel tax warned of lost jobs, and economists say savings are "
        "hard to find: “In trucks, at least in the next few years, it is very hard to switch,” "
        "said Anna Berg, a fellow at the Maple Institute."
    )
    found, _ = attributions_of(text)
    quoted = [a for a in found if "In trucks" in a.content.text]
    assert len(quoted) == 1
    assert quoted[0].kind == "direct"
    assert quoted[0].speaker == "anna-berg"
    assert not any("Earlier studies" in a.content.text for a in found)


def test_a_tokenised_quotation_after_a_colon_is_the_one_its_own_cue_names():
    text = (
        "Earlier studies of the fuel tax warned of lost jobs , and analysts say gains in fuel "
        "are hard to come by : `` In trucks , at least in the next few years , it 's very "
        "difficult to change from one fuel to another , '' said Anna Berg , a fellow at the "
        "Maple Institute ."
    )
    found, _ = attributions_of(text)
    quoted = [a for a in found if "In trucks" in a.content.text]
    assert len(quoted) == 1
    assert quoted[0].speaker == "anna-berg"
    assert quoted[0].kind == "direct"
    assert not any("Earlier studies" in a.content.text for a in found)


def test_a_speaker_who_puts_it_before_a_colon_has_the_quotation_alone():
    found, _ = attributions_of('Ana Ruiz put it simply: "We will not give up," she said.')
    quoted = by_cue(found)
    assert quoted.content.text.startswith("We will not give up")
    assert quoted.speaker == "ana-ruiz"


def test_a_quotation_a_cue_introduces_with_a_colon_stays_its_own():
    found, _ = attributions_of('The mayor told reporters: "We will rebuild." Then he left.')
    told = by_cue(found, "told")
    assert told.content.text.startswith("We will rebuild")


def test_a_pronoun_after_the_quotation_keeps_the_name_before_the_colon():
    found, _ = attributions_of(
        "Two other stars spoke as they took their prizes. In her speech, Lena Moss called for "
        "courage and patience: “Build the town and when you have built it, build it again,” "
        "she said."
    )
    quoted = [a for a in found if "Build the town" in a.content.text]
    assert quoted and all(a.speaker == "lena-moss" for a in quoted)


def test_quoted_words_inside_a_paraphrase_after_saying_stay_part_of_it():
    # the parser hangs the quoted apposition on "work", across the verb: the content must
    # still run to the end of the clause, not stop at the opening mark
    found, _ = attributions_of(
        "Mr Hale agreed , saying the town 's share in the project came to 40 % and the work had "
        "been handed to Stone Ltd , `` a very well-known and trusted local firm '' which was "
        "using tools made in the region ."
    )
    saying = [a for a in found if "town 's share" in a.content.text]
    assert len(saying) == 1
    assert saying[0].content.text.endswith("tools made in the region")
    assert not any(a.content.text == "a very well-known and trusted local firm" for a in found)
