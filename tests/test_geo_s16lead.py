"""Lead, session 16: a French compound name written with its particle phrase spaced.

"Petite-Rivière-de-l'Artibonite" (GeoNames) is written "Petite-Riviere de l'Artibonite" in wire copy: the hyphen stays
inside the compound and the particle phrase after it is spaced. The automaton took only "Petite-Riviere" (no such
place), so both events of a Haitian story sat at country level. Names are invented where the real gazetteer is not
needed."""
from __future__ import annotations

import pytest

from newsevents.geo.recognize import NameAutomaton, _particles_spaced

pytest.importorskip("ahocorasick")


@pytest.mark.parametrize("name, spaced", [
    ("Petite-Rivière-de-l'Artibonite", "Petite-Rivière de l'Artibonite"),
    ("Saint-Louis-du-Nord", "Saint-Louis du Nord"),
    ("Boulogne-sur-Mer", "Boulogne sur Mer"),
    ("Port-au-Prince", "Port au Prince"),
])
def test_the_particle_phrase_is_spaced(name: str, spaced: str) -> None:
    assert _particles_spaced(name) == spaced


@pytest.mark.parametrize("name", ["Saint-Marc", "Les Cayes", "de-Gaulle", "", "-de-", "Anse-à-Galets"])
def test_names_without_an_inner_particle_stay_as_they_are(name: str) -> None:  # guard, odd input included
    assert _particles_spaced(name) == name


def test_the_automaton_finds_the_spaced_form() -> None:
    text = "Gang members attacked the town of Grande-Riviere de la Tortuga overnight."
    auto = NameAutomaton([("Grande-Rivière-de-la-Tortuga", 2)])
    s = text.index("Grande")
    assert auto.matches(text, 0, len(text)) == [(s, s + len("Grande-Riviere de la Tortuga"), 2)]


def test_the_spaced_form_needs_the_whole_name() -> None:  # guard: the compound alone is no match
    text = "Gang members attacked Grande-Riviere overnight."
    assert NameAutomaton([("Grande-Rivière-de-la-Tortuga", 2)]).matches(text, 0, len(text)) == []
