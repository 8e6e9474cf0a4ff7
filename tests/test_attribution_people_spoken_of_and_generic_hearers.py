"""Who speaks and to whom: the one spoken about after a name set after its cue ("said Hale of
his late brother") is no part of the source; a son named as his father is with "Jr." is not
the father; what "people will tell you" is common knowledge, not speech; and a verb built as
the reported clause's verb is, though the parser joined it to the cue, goes on with what was
said."""

from tests.stages import attributions_of, by_cue


def test_the_one_spoken_of_is_no_part_of_the_source():
    found, _ = attributions_of(
        "“She will be missed,” said Mayor Ann Cole of Senator Ruth Baines, who died on Sunday."
    )
    said = by_cue(found)
    assert said.source.text == "Mayor Ann Cole"
    assert said.speaker == "ann-cole"


def test_a_relative_spoken_of_is_no_part_of_the_source():
    found, _ = attributions_of("“He never gave up,” said Hart of his late brother, Paul Hart.")
    assert by_cue(found).source.text == "Hart"


def test_the_speakers_own_place_or_body_stays_in_the_source():
    found, _ = attributions_of("“We will appeal,” said Ana Ruiz of the Brookings Institution.")
    assert by_cue(found).source.text == "Ana Ruiz of the Brookings Institution"
    found, _ = attributions_of("“It is a fine plan,” said Tom Hale of Leeds.")
    assert by_cue(found).source.text == "Tom Hale of Leeds"


def test_a_son_with_his_fathers_name_is_not_the_father():
    found, _ = attributions_of(
        "Governor Neil Hart and his son spoke at the fair. Neil Hart Jr. said the campaign "
        "would go on."
    )
    said = by_cue(found)
    assert said.source.text == "Neil Hart Jr."
    assert said.speaker is None
    assert not said.unresolved


def test_a_son_the_text_names_only_with_his_suffix_keeps_his_actor():
    found, _ = attributions_of(
        "Neil Hart Jr. runs the family firm. Neil Hart Jr. said the firm would expand."
    )
    assert by_cue(found).speaker == "neil-hart"


def test_the_father_keeps_his_actor():
    found, _ = attributions_of("Neil Hart spoke on Monday. Neil Hart said the firm would expand.")
    assert by_cue(found).speaker == "neil-hart"


def test_what_people_will_tell_you_is_no_speech():
    found, _ = attributions_of("Most people here will tell you the mayor is honest.")
    assert all(a.mode == "stance" for a in found)
    found, _ = attributions_of("As any farmer will tell you, the drought is not over.")
    assert all(a.mode == "stance" for a in found)


def test_speech_announced_to_someone_stays_speech():
    found, _ = attributions_of("The mayor will tell reporters on Monday that the bridge is safe.")
    assert by_cue(found, "tell").mode == "speech"


def test_a_second_verb_in_the_clauses_form_goes_on_with_what_was_said():
    found, _ = attributions_of("The utility says the mill lost money last year and cut 300 jobs.")
    assert by_cue(found, "says").content.text == "the mill lost money last year and cut 300 jobs"


def test_a_second_verb_in_the_cues_form_is_the_speakers_next_deed():
    found, _ = attributions_of(
        "The mayor said the bridge was safe and added that inspectors had found no cracks."
    )
    assert by_cue(found).content.text == "the bridge was safe"


def test_a_numbered_name_after_the_speakers_is_no_generation_of_his():
    found, _ = attributions_of(
        "Tom Hale spoke to reporters. “We are careful,” said Tom Hale, a safety adviser on the "
        "Ocean Driller II, which is drilling a relief well."
    )
    assert by_cue(found).speaker == "tom-hale"
