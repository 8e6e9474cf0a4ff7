"""International bodies and their people of no member state's country (session 42, second
round, issue 21): a body above states the knowledge names (GATT, the regional development
banks), a part of one named after it ("the IMF Interim Committee", "the UN's Office for ...")
or with a demonym in its own name ("the Organization of American States"), a post of one in a
country ("the head of the UN mission in Freedonia") and a force of one serving there. Sentences
written for dateline; invented names."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from dateline.actors import find_actors
from tests.stages import actor_named, article, parse


def actors_on(text: str, published: dt.date = dt.date(2010, 1, 20)):
    return find_actors(parse(text), article(text, published))


WIRE = (
    "Japan's exports rose, the minister said. GATT said on Tuesday it would study Japan's "
    "complaint. The IMF Interim Committee will meet in "
    "Washington next week, Japanese officials said. The Inter-American Development Bank "
    "approved a loan to Peru, and the Asian Development Bank said it would lend more."
)


def test_gatt_is_of_no_country():
    gatt = actor_named(actors_on(WIRE, dt.date(1987, 4, 1)), "GATT")
    assert (gatt.country, gatt.sector) == (None, "IGO")


def test_a_committee_named_after_an_international_body_is_of_none():
    committee = actor_named(actors_on(WIRE, dt.date(1987, 4, 1)), "IMF Interim Committee")
    assert (committee.country, committee.sector) == (None, "IGO")


def test_a_regional_development_bank_is_of_no_country():
    # "American" in its name is no nationality
    bank = actor_named(actors_on(WIRE, dt.date(1987, 4, 1)), "Inter-American Development Bank")
    assert (bank.country, bank.sector) == (None, "IGO")


def test_a_committee_of_a_state_keeps_the_state():
    # guard: a state's committee named after the state, not after an international body
    text = (
        "Japan's exports rose in March. The Japan Fair Trade Committee said on Tuesday that "
        "it would study the rise. Japanese officials agreed."
    )
    committee = next(a for a in actors_on(text).actors if "Fair Trade" in a.name)
    assert committee.sector != "IGO"


HAITI = (
    "Haiti's government said the search was over. Haiti needs aid, Haitian officials said. "
    "Haiti's president spoke on Monday. The UN stabilisation force in Haiti said 100 of its "
    "staff were missing. Marta Olsen speaks for the UN's Office for the Coordination of "
    "Humanitarian Affairs. Karl Ostrom, the director of sustainable development at the "
    "Organisation of American States, said Haiti needed a building code."
)


def test_a_force_of_the_un_is_not_of_the_country_it_serves_in():
    force = actor_named(actors_on(HAITI), "UN stabilisation force")
    assert (force.country, force.sector) == (None, "IGO")


def test_a_body_the_un_owns_is_of_no_country():
    office = actor_named(actors_on(HAITI), "Office for the Coordination of Humanitarian Affairs")
    assert (office.country, office.sector) == (None, "IGO")


def test_a_demonym_in_an_international_bodys_name_is_no_nationality():
    assert actor_named(actors_on(HAITI), "Karl Ostrom").country is None


def test_the_staff_of_a_un_mission_are_not_of_the_country_of_the_mission():
    text = (
        "Haiti's government said the search was over. Haiti needs aid, Haitian officials "
        "said. The chief of staff of the UN mission in Haiti, David Miller, said the search "
        "went on."
    )
    people = [a for a in actors_on(text).actors if a.kind == "person"]
    assert people and all(a.country != "HTI" for a in people)


def test_a_nationality_before_a_un_post_stays_the_persons():
    # guard: the post is of no country, the nationality before it is the person's
    text = (
        "Haiti's government said the search was over. Haiti needs aid, Haitian officials "
        "said. Brazilian General Rui Costa, a former head of UN peacekeepers in Haiti, said "
        "coordination was vital."
    )
    assert actor_named(actors_on(text), "Rui Costa").country == "BRA"


def test_a_state_office_before_a_regional_post_stays_the_persons():
    # guard: "the new chairman of Caricom, Dominica Prime Minister X" is of Dominica
    text = (
        "Haiti needs aid, Haitian officials said. The new chairman of Caricom, Dominica Prime "
        "Minister Luc Ambrose, called the quake gut-wrenching."
    )
    assert actor_named(actors_on(text), "Luc Ambrose").country == "DMA"


def test_a_spokesman_of_a_ministry_in_a_country_keeps_the_country():
    # guard: only an international body's post is of no country
    text = (
        "Peru's exports rose in March. The spokesman of the trade ministry in Peru, David "
        "Miller, said the rise would last."
    )
    assert actor_named(actors_on(text), "David Miller").country == "PER"


def test_two_bodies_named_as_one_are_no_part_of_the_first():
    # guard: "the World Bank and IMF" is no body of the World Bank's own
    text = (
        "Brazil's finance minister is in Washington to attend the meetings of the World Bank "
        "and IMF, Brazilian officials said. Brazil's debt rose."
    )
    assert all(" and " not in a.name or a.sector != "IGO" for a in actors_on(text).actors)


def test_a_title_named_after_an_international_body_is_no_body():
    # guard: "the United Nations Special Envoy" is an office, not a part of the UN
    text = (
        "Haiti needs aid, Haitian officials said. The United Nations Special Envoy said on "
        "Monday that Haiti would need years of help. Haiti's president agreed."
    )
    assert all(
        a.sector != "IGO" for a in actors_on(text).actors if a.name.endswith("Special Envoy")
    )


def test_an_agency_of_the_un_named_by_its_acronym_is_of_no_country():
    text = (
        "Haiti needs aid, Haitian officials said. Haiti's farms were hit, and the FAO has "
        "warned that farmers must be given seed before the spring planting. Haiti's president "
        "agreed."
    )
    fao = actor_named(actors_on(text), "Food and Agriculture Organization")
    assert (fao.country, fao.sector) == (None, "IGO")


def test_an_officer_titled_with_an_acronym_the_parser_takes_for_a_pronoun():
    # "WHO Director X": of the WHO, so of no country (not the story's guessed one)
    text = (
        "Haiti needs aid, Haitian officials said. Haiti's president spoke on Monday. \"There is "
        "little capacity to help patients,\" WHO Director Dr Mirta Lopez said. Haiti's "
        "hospitals are full."
    )
    assert actor_named(actors_on(text), "Mirta Lopez").country is None


def test_a_un_bodys_country_does_not_depend_on_the_string_hashing() -> None:
    # the guess for a body above countries once joined a set of the name's words, so "United
    # Nations" was found or not by the order Python's string hashing gave them: the same
    # article read in another process (an ingest worker, a Spark executor) differed
    script = (
        "from tests.stages import actors_of\n"
        "text = ('Japan asked the United Nations Conference on Trade and Development on "
        "Monday to study farm subsidies. Japan\\'s trade minister said Japan would lower its "
        "tariffs, and a spokesman for the United Nations Conference on Trade and Development "
        "said the talks in Tokyo would go on.')\n"
        "print([a.country for a in actors_of(text).actors if 'Conference' in a.name])\n"
    )
    root = Path(__file__).resolve().parents[1]
    path = f"{root / 'src'}{os.pathsep}{root}"
    for seed in ("0", "1", "2"):
        env = os.environ | {"PYTHONHASHSEED": seed, "PYTHONPATH": path}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, cwd=root, capture_output=True, text=True,
            check=True,
        )  # fmt: skip
        assert done.stdout.strip().splitlines()[-1] == "[None]", seed
