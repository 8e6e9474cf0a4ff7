"""The singular "authority" is a body only where the text names one ("the port authority
said", "the health authority confirmed"): "the authority to act", the authority someone has,
lacks or is given, "the governor's authority", "the authority of the state" are powers, and
"an authority on water law" is an expert (session 51). They give no government record."""

from tests.stages import actors_of


def _authorities(text: str) -> list[str]:
    return [a.name for a in actors_of(text).actors if a.name.lower().endswith("authority")]


def test_the_authority_to_act_is_a_power():
    text = "The contract gives the harbour commissioner the authority to end the lease."
    assert _authorities(text) == []


def test_the_authority_someone_is_given_is_a_power():
    text = (
        "Giving nurses the authority to prescribe the drug would ease the strain, the report said."
    )
    assert _authorities(text) == []


def test_the_authority_of_a_body_is_a_power():
    text = "Within a month the authority of the regency reached every port in Norland."
    assert _authorities(text) == []


def test_a_port_authority_is_a_body():
    # guard: a field's word before "authority" names a body
    text = "The port authority said on Tuesday that a strike would close the docks."
    assert _authorities(text) == ["port authority"]


def test_a_states_veterinary_authority_is_a_body():
    # guard: a possessive state with an adjective of the field is a body, not a power
    text = "Norland's veterinary authority said on Friday that the flu in pigs was mild."
    assert len(_authorities(text)) == 1
