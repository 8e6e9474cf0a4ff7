"""A page's stamp of the day and hour glued between a headline and the lead ("... Thursday
29 April 2010 09.28 BST ..."): a content stays on its cue's side of the stamp, and a source
that holds the stamp starts after it."""

from tests.stages import attributions_of, by_cue


def test_a_content_before_the_stamp_stops_at_it():
    found, _ = attributions_of(
        "River flood : towns failing to keep levees in repair , say engineers Reports that "
        "checks were skipped on 14 dams come as the water keeps rising Monday 3 May 2021 "
        "10.15 BST Crews are stacking sandbags along the east bank of the river ."
    )
    say = by_cue(found, "say")
    assert "BST" not in say.content.text
    assert "Crews" not in say.content.text


def test_a_content_after_the_stamp_starts_after_it():
    found, _ = attributions_of(
        "Mill closure to cost 300 jobs Owners blame falling prices Tuesday 4 May 2021 "
        "08.06 GMT The owners of the Hale paper mill said it would close in June ."
    )
    said = by_cue(found, "said")
    assert said.content.text == "it would close in June"


def test_a_source_that_holds_the_stamp_starts_after_it():
    found, _ = attributions_of(
        "Dam repairs stall as funds run dry Wednesday 5 May 2021 22.12 BST Engineers are "
        "weighing a plan to drain the upper lake first ."
    )
    weighing = [a for a in found if a.source is not None and "Engineers" in a.source.text]
    assert weighing
    assert all(not a.source.text.startswith(("May", "2021", "Wednesday")) for a in weighing)


def test_a_date_in_the_text_is_no_stamp():
    found, _ = attributions_of(
        "The mayor said the bridge shut on Monday 3 May 2021 and would reopen within weeks ."
    )
    said = by_cue(found, "said")
    assert said.content.text.endswith("would reopen within weeks")
