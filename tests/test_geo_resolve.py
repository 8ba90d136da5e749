from __future__ import annotations

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS, tiny_gazetteer
from newsevents.geo.resolve import Resolver, candidates, find_qualifiers, focus_place, haversine_km
from newsevents.records import Article, Span
from geo_spans import gold_article as _gold


def _parser() -> GeoParser:
    return GeoParser(tiny_gazetteer(), weights=WEIGHTS)


def test_haversine() -> None:
    assert abs(haversine_km(0, 0, 0, 1) - 111.2) < 0.5


def test_paris_defaults_to_france() -> None:
    art = _gold("Protesters gathered in Paris on Sunday.", "Paris")
    [p] = _parser().places(art, [], [], set())
    assert p.country_code == "FRA" and p.resolution == 4 and p.province == "Île-de-France"


def test_admin_qualifier_wins_over_population() -> None:
    art = _gold("A storm hit Paris, Texas, and Alexandria, La., overnight.", "Paris", "Alexandria")
    places = _parser().places(art, [], [], set())
    assert [p.country_code for p in places] == ["USA", "USA"]
    assert places[1].province == "Louisiana"


def test_country_focus_of_story() -> None:
    text = "Officials in Louisiana said the flood reached Alexandria and spread across Louisiana."
    art = _gold(text, "Louisiana", "Alexandria", "Louisiana")
    places = _parser().places(art, [], [], set())
    assert places[1].province == "Louisiana"


def test_unresolvable_span_keeps_its_slot_and_others_resolve() -> None:
    text = "Fighting in Xqzzyville and Sanaa continued."
    art = _gold(text, "Xqzzyville", "Sanaa")
    places = _parser().places(art, [], [], set())
    assert len(places) == 2
    assert places[1].country_code == "YEM"
    # a span with no candidate at all is placed in the story's focus place when one exists
    assert places[0].lat is not None and places[0].text == "Xqzzyville"


def test_unresolvable_alone_has_no_coordinates() -> None:
    art = _gold("Nothing happened in Xqzzyville.", "Xqzzyville")
    [p] = _parser().places(art, [], [], set())
    assert p.lat is None and p.lon is None and p.text == "Xqzzyville"


def test_demonym_span_resolves_to_country() -> None:
    art = _gold("Egyptian officials met in Alexandria.", "Egyptian", "Alexandria")
    places = _parser().places(art, [], [], set())
    assert places[0].country_code == "EGY" and places[0].resolution == 1
    assert places[1].country_code == "EGY"


def test_candidates_variants() -> None:
    g = tiny_gazetteer()
    assert candidates(g, "Texas's")[0][0].name == "Texas"
    hits, variant = candidates(g, "Texas State University")
    assert variant and hits[0].name == "Texas"
    assert candidates(g, "Gaza Strip")[0][0].feature == "RGN"
    assert candidates(g, "")[0] == []


def test_find_qualifiers() -> None:
    g = tiny_gazetteer()
    text = "Alexandria, La., was flooded"
    assert [q.name for q in find_qualifiers(g, text, len("Alexandria"))] == ["Louisiana"]
    assert find_qualifiers(g, "Paris is nice", 5) == []


def test_focus_place_prefers_most_mentioned_city() -> None:
    g = tiny_gazetteer()
    sanaa = g.lookup("Sanaa")[0]
    yemen = g.lookup("Yemen")[0]
    assert focus_place([yemen, sanaa, sanaa]) == sanaa
    assert focus_place([yemen]) == yemen
    assert focus_place([]) is None


def test_resolver_is_deterministic() -> None:
    r = Resolver(tiny_gazetteer(), WEIGHTS)
    text = "Paris and Alexandria"
    a = r.resolve(text, [(0, 5), (10, 20)])
    b = r.resolve(text, [(0, 5), (10, 20)])
    assert a == b


def test_city_preferred_over_homonymous_admin_area() -> None:
    from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer, KIND_ALIAS
    recs = [GazRecord(1, 1, "Lvivska oblast", 49.8, 24.0, "UKR", "ADM1", 2_500_000, "Lvivska oblast", 1,
                      resolution=2),
            GazRecord(2, 2, "Lviv", 49.84, 24.02, "UKR", "PPL", 717_000, "Lvivska oblast", 1, resolution=4)]
    g = InMemoryGazetteer(recs, {1: [("Lviv", KIND_ALIAS)]})
    weights = dict(WEIGHTS, logpop_admin=10.0)  # make the oblast win on score
    r = Resolver(g, weights)
    assert r.resolve("Missiles hit Lviv.", [(13, 17)])[0].name == "Lviv"  # type: ignore[union-attr]
    text = "Missiles hit Lviv province."
    assert r.resolve(text, [(13, 26)])[0].name == "Lvivska oblast"  # type: ignore[union-attr]


def test_odd_gold_spans_never_crash() -> None:
    text = "Rain in Paris."
    spans = (Span(8, 13), Span(50, 60), Span(5, 5), Span(9, 8))
    places = _parser().places(Article("odd", text, toponyms=spans), [], [], set())
    assert len(places) == 4 and places[0].country_code == "FRA"
    assert [(p.start, p.end) for p in places] == [(8, 13), (50, 60), (5, 5), (9, 8)]


def test_curated_region_beats_small_town_of_that_name() -> None:
    from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
    g = InMemoryGazetteer([GazRecord(1, None, "Middle East", 33.1, 35.9, None, "RGN", 50_000_000, resolution=1),
                           GazRecord(2, 9, "Middle East", 39.3, -76.6, "USA", "PPL", 5_000, resolution=4)])
    hits, _ = candidates(g, "Middle East")
    assert [r.feature for r in hits] == ["RGN"]


def test_facility_resolves_to_the_place_written_after_it() -> None:
    text = "He studied at Paris Medical University in Sanaa last year."
    art = _gold(text, "Paris Medical University", "Sanaa")
    places = _parser().places(art, [], [], set())
    assert [p.country_code for p in places] == ["YEM", "YEM"]


def test_unknown_place_gets_the_admin_area_written_after_it() -> None:
    text = "CAMP XQZZY, La. - Troops arrived."
    art = _gold(text, "CAMP XQZZY")
    [p] = _parser().places(art, [], [], set())
    assert p.resolved_place == "Louisiana"


def test_list_of_cities_is_not_a_qualifier() -> None:
    text = "Offices in Sanaa, Texas and Paris closed."
    art = _gold(text, "Sanaa", "Texas", "Paris")
    places = _parser().places(art, [], [], set())
    assert places[0].country_code == "YEM"


def test_a_demonym_types_the_country_of_an_unknown_village() -> None:
    """"the Egyptian village of Zuweid" (not in the gazetteer) is in Egypt, not in the nearest named city."""
    r = Resolver(tiny_gazetteer(), WEIGHTS)
    for text, want in (("Sirens sounded in Tel Aviv. A rocket hit the Egyptian village of Zuweid on Monday.", "EGY"),
                       # without the demonym the nearest named city is the best guess
                       ("Sirens sounded in Tel Aviv. A rocket hit the village of Zuweid on Monday.", "ISR")):
        spans = [(text.index("Tel Aviv"), text.index("Tel Aviv") + 8),
                 (text.index("Zuweid"), text.index("Zuweid") + 6)]
        got = r.resolve(text, spans, fallback_for=frozenset({1}))
        assert got[1] is not None and got[1].country == want
