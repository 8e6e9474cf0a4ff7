"""Session 47 (events, targets): the party acted upon when the text names it through a body or
a building of it — the owner of a body named only by what it is ("called on the authorities
of Kestria", "marched against Vesk's government"), the body at whose building a protest
stands ("police officers protested outside the Interior Ministry"), the employer a strike is
"against" ("went on strike against the state oil company"), and the protesters forces are sent
out to disperse ("called out the army to disperse the protesters"; session 48 left a protest
itself, "to quell the protests", open). Guards: a court's building, a
body named by its own name, a cause protested and a deployment for anything else keep what
they had. Every sentence is written for these tests (names of people and firms invented;
real countries where the actor stage needs a state it knows)."""

import datetime as dt

from tests.stages import event_parties

PUBLISHED = dt.date(2019, 5, 10)


def _parties(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return event_parties(text, trigger, PUBLISHED)


# the owner of a body named only by what it is


def test_a_call_on_the_authorities_of_a_country_names_the_country():
    text = "The United Nations called on the authorities of Egypt to free the detained reporters."
    assert _parties(text, "called") == [("United Nations", "Egypt")]


def test_a_call_on_the_government_of_a_country_names_the_country():
    text = "The European Union urged the government of Kenya to respect the vote."
    assert _parties(text, "urged") == [("European Union", "Kenya")]


def test_a_march_against_a_rulers_government_is_against_the_ruler():
    text = "Protesters marched through Harare against Robert Mugabe's government."
    assert _parties(text, "marched") == [("Protesters", "Robert Mugabe")]


def test_a_government_with_a_name_of_its_own_keeps_it():
    # guard: "the Egyptian government" says whose it is already
    text = "German Chancellor Angela Merkel urged the Egyptian government to hold free elections."
    assert _parties(text, "urged") == [("Angela Merkel", "Egyptian government")]


def test_a_material_act_on_a_countrys_government_keeps_its_actor():
    # guard: a sanction needs an actor acted on; the country is no actor here
    text = "Britain imposed sanctions on the government of Kenya."
    ((_, target),) = _parties(text, "imposed")
    assert target == "government"


# the body at whose building a protest stands


def test_police_protesting_outside_their_ministry_address_the_ministry():
    text = "Police officers protested outside the Interior Ministry in Cairo on Monday over pay."
    ((_, target),) = _parties(text, "protested")
    assert target == "Interior Ministry"


def test_a_protest_in_front_of_a_commission_addresses_it():
    text = "Opposition supporters protested in front of the Electoral Commission in Nairobi."
    ((_, target),) = _parties(text, "protested")
    assert target == "Electoral Commission"


def test_a_protest_at_a_firms_headquarters_addresses_the_firm():
    text = "Activists demonstrated outside the headquarters of Exxon Mobil in Texas."
    ((_, target),) = _parties(text, "demonstrated")
    assert target is not None and "Exxon" in target


def test_a_protest_outside_a_court_is_not_against_the_court():
    # guard: supporters outside a court back a party to the case
    text = "Supporters of the opposition leader protested outside the Supreme Court in Nairobi."
    assert all(target is None or "Court" not in target for _, target in _parties(text, "protested"))


def test_a_protest_against_a_ruler_outside_parliament_stays_against_the_ruler():
    # guard: the party the protest names comes before the building it stands at
    text = "Protesters rallied outside parliament against President Marko Dren."
    assert _parties(text, "rallied") == [("Protesters", "Marko Dren")]


# the employer a strike is against


def test_a_strike_against_the_state_company_is_against_the_company():
    text = "Workers went on strike against the state oil company over pay."
    assert _parties(text, "went") == [("Workers", "the state oil company")]


def test_a_protest_against_fees_has_no_target():
    # guard: a cause protested is no party
    text = "Students protested against the new fees."
    assert _parties(text, "protested") == [("Students", None)]


# the protest forces are sent out to quell


def test_an_army_called_out_to_quell_protests_leaves_the_protest_open():
    # session 48: the protest is an act, no party (the blind sheets judged "the protests" as
    # the target wrong); those in it, when named, are the target (next test)
    text = "The government called out the army to quell the protests."
    assert _parties(text, "called") == [("government", None)]


def test_an_army_called_out_to_disperse_protesters_acts_on_them():
    text = "The government called out the army to disperse the protesters."
    assert _parties(text, "called") == [("government", "the protesters")]


def test_a_deployment_to_help_victims_is_left_as_it_was():
    # guard: forces sent to help are no party acted on by the deployment
    text = "The government deployed the army to help the flood victims in the north."
    assert all(target != "the flood victims" for _, target in _parties(text, "deployed"))


# the addressee's body as the object when the target was another phrase; the thing asked


def test_a_call_on_a_countrys_military_rulers_names_the_country():
    # the actor stage makes an actor of "an elected government"; the ones urged are the rulers
    text = "The African Union urged Sudan's military rulers to hand power to an elected government."
    assert _parties(text, "urged") == [("African Union", "Sudan")]


def test_an_elected_government_demanded_is_no_party():
    text = "The African Union demanded an elected civilian government in Sudan."
    assert _parties(text, "demanded") == [("African Union", None)]


def test_the_elected_government_that_exists_stays_the_one_urged():
    # guard: "the elected government" exists and is asked
    text = "Angela Merkel urged the elected government to resign."
    assert _parties(text, "urged") == [("Angela Merkel", "elected government")]


# the people acted on, not the owner of the venue


def test_a_protester_stopped_at_a_candidates_rally_is_the_target():
    text = "Secret Service stops protester at Hillary Clinton rally."
    assert _parties(text, "stops") == [("Secret Service", "protester")]


def test_a_thing_seized_at_a_home_gives_no_target_from_the_home():
    # guard: weapons are no one; the home's owner is not the one acted on either
    text = "Police seized weapons at the home of Ivo Brenn."
    assert all(target != "Ivo Brenn" for _, target in _parties(text, "seized"))
