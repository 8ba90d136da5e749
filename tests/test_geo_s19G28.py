"""Resolution and data, session 19 (round G28, issue 4): a dateline city read abroad is its namesake in the country the
lede opens with ("SAN JOSE (Reuters) - Costa Rica's police"); the items of a list of areas followed by "<level words>
of <country>" are that country's areas ("the Coast, Nyanza and Western provinces of Kenya"); a people's word after a
comma ("Cordoba, Colombian officials said") is no title that hides a qualifier, so the mention reads as a bare one;
curated rows (districts of Mogadishu, Khartoum/Omdurman, Kabul, Aleppo, Sanaa, Port-au-Prince and Karachi; Kasindi,
Pale, Boulkessi, Nasir, Villa Tunari; the Oregon District, Orange Mound, Little Haiti, Overtown); a town written
before "the <area> capital" is its namesake in that area ("Liberia, the Guanacaste capital"). Invented names on a
small in-memory gazetteer; real places on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALIAS, KIND_DEMONYM, GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import Resolver
from newsevents.records import Place

from geo_spans import gold_article

RECORDS = [
    # a big city in one country, a smaller namesake (a real city) and a hamlet namesake in two others
    GazRecord(1, 1, "Usania", 39.0, -98.0, "USA", "PCLI", 330_000_000, resolution=1),
    GazRecord(2, 2, "San Ramos", 37.34, -121.89, "USA", "PPL", 1_000_000, "Califa", 3, resolution=4),
    GazRecord(3, 3, "Califa", 37.0, -120.0, "USA", "ADM1", 39_000_000, "Califa", 3, resolution=2),
    GazRecord(10, 10, "Costaria", 10.0, -84.0, "CRI", "PCLI", 5_000_000, resolution=1),
    GazRecord(11, 11, "San Ramos", 9.93, -84.08, "CRI", "PPL", 335_000, "Centro", 12, resolution=4),
    GazRecord(12, 12, "Puerto Limo", 9.99, -83.03, "CRI", "PPL", 60_000, "Centro", 12, resolution=4),
    GazRecord(20, 20, "Panamia", 8.5, -80.0, "PAN", "PCLI", 4_000_000, resolution=1),
    GazRecord(21, 21, "San Ramos", 8.0, -80.5, "PAN", "PPL", 2_000, "Oeste", 22, resolution=4),
    # a capital with a big namesake abroad
    GazRecord(30, 30, "Britannia", 54.0, -2.0, "GBR", "PCLI", 66_000_000, resolution=1),
    GazRecord(31, 31, "Londra", 51.51, -0.13, "GBR", "PPLC", 8_900_000, resolution=4),
    GazRecord(32, 32, "Canadia", 60.0, -95.0, "CAN", "PCLI", 38_000_000, resolution=1),
    GazRecord(33, 33, "Londra", 42.98, -81.25, "CAN", "PPL", 400_000, resolution=4),
    # areas of one name in two or three countries: the bigger ones abroad
    GazRecord(40, 40, "Kenyana", 0.5, 38.0, "KEN", "PCLI", 50_000_000, resolution=1),
    GazRecord(41, 41, "Coastal Province", -3.0, 39.5, "KEN", "RGN", 5_000_000, resolution=2),
    GazRecord(42, 42, "Nyanzia Province", -0.5, 34.6, "KEN", "RGN", 5_000_000, resolution=2),
    GazRecord(43, 43, "Kakamaga", 0.31, 34.67, "KEN", "ADM1", 2_000_000, "Kakamaga", 43, resolution=2),
    GazRecord(50, 50, "Tanzania", -6.0, 35.0, "TZA", "PCLI", 60_000_000, resolution=1),
    GazRecord(51, 51, "Coastal", -7.12, 39.0, "TZA", "ADM1", 800_000, "Coastal", 51, resolution=2),
    GazRecord(60, 60, "Ugandia", 2.0, 33.0, "UGA", "PCLI", 45_000_000, resolution=1),
    GazRecord(61, 61, "Westerly", 0.43, 30.9, "UGA", "ADM1", 2_200_000, "Westerly", 61, resolution=2),
    # a big city abroad and a department of the same name in the story's country
    GazRecord(70, 70, "Argentia", -34.0, -64.0, "ARG", "PCLI", 45_000_000, resolution=1),
    GazRecord(71, 71, "Cordova", -31.41, -64.19, "ARG", "PPL", 2_100_000, "Cordova", 72, resolution=4),
    GazRecord(72, 72, "Cordova", -32.47, -63.56, "ARG", "ADM1", 3_700_000, "Cordova", 72, resolution=2),
    GazRecord(80, 80, "Colombiana", 4.0, -73.0, "COL", "PCLI", 50_000_000, resolution=1),
    GazRecord(81, 81, "Cordova", 8.58, -75.66, "COL", "ADM1", 1_180_000, "Cordova", 81, resolution=2),
    GazRecord(82, 82, "Antiochia", 7.0, -75.5, "COL", "ADM1", 6_400_000, "Antiochia", 82, resolution=2),
    # a country known by the name of its island, and a department's seat of that name elsewhere
    GazRecord(90, 90, "Trinidado and Tobagia", 11.0, -61.0, "TTO", "PCLI", 1_400_000, resolution=1),
    GazRecord(91, 91, "Bolivana", -17.0, -65.0, "BOL", "PCLI", 12_000_000, resolution=1),
    GazRecord(92, 92, "Benia", -12.9, -66.07, "BOL", "ADM1", 300_000, "Benia", 92, resolution=2),
    GazRecord(93, 93, "Trinidado", -14.83, -64.9, "BOL", "PPL", 84_000, "Benia", 92, resolution=4),
    GazRecord(94, 94, "Pandia", -11.3, -67.0, "BOL", "ADM1", 100_000, "Pandia", 94, resolution=2),
]
NAMES = {90: [("Trinidado", KIND_ALIAS)], 10: [("Costarican", KIND_DEMONYM)], 43: [("Westerly Province", KIND_ALIAS)],
         42: [("Nyanzia", KIND_ALIAS)], 80: [("Colombianan", KIND_DEMONYM)], 32: [("Canadian", KIND_DEMONYM)]}


def _gold(text: str, *names: str) -> list[Place]:
    gp = GeoParser(InMemoryGazetteer(RECORDS, NAMES), weights=WEIGHTS)
    return gp.places(gold_article(text, *names), [], [], set())


def _country(text: str, names: tuple[str, ...], name: str) -> str | None:
    return _gold(text, *names)[names.index(name)].country_code


# -- a dateline city is its namesake in the country the lede opens with -----------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("SAN RAMOS (Reuters) - Costaria's police said they seized cocaine.", ("SAN RAMOS", "Costaria")),
    ("SAN RAMOS (Reuters) - Costarican police seized two tonnes of cocaine.", ("SAN RAMOS",)),
    ("SAN RAMOS - Costaria's president said on Monday he would resign.", ("SAN RAMOS", "Costaria")),
    ("SAN RAMOS \u2014 The Costarican government declared an emergency.", ("SAN RAMOS",)),
])
def test_a_dateline_city_is_its_namesake_in_the_ledes_country(text: str, names: tuple[str, ...]) -> None:
    assert _country(text, names, "SAN RAMOS") == "CRI"


@pytest.mark.parametrize(("text", "names", "country"), [
    # the lede names no country, or the pick's own
    ("SAN RAMOS (Reuters) - Shares rose on Monday.", ("SAN RAMOS",), "USA"),
    ("SAN RAMOS (Reuters) - Usania's biggest bank said it would cut jobs.", ("SAN RAMOS", "Usania"), "USA"),
    # the namesake in the lede's country is a hamlet beside the pick
    ("SAN RAMOS (Reuters) - Panamia's canal authority said traffic fell.", ("SAN RAMOS", "Panamia"), "USA"),
    # a capital is never moved
    ("LONDRA (Reuters) - Canadia's central bank held rates.", ("LONDRA", "Canadia"), "GBR"),
    ("LONDRA (Reuters) - Canadian police arrested two men.", ("LONDRA",), "GBR"),
    # the dateline written with its area
    ("SAN RAMOS, Califa (Reuters) - Costaria's coffee exports fell.", ("SAN RAMOS", "Califa", "Costaria"), "USA"),
])
def test_a_dateline_city_keeps_its_reading(text: str, names: tuple[str, ...], country: str) -> None:
    assert _country(text, names, names[0]) == country


# -- a list of areas followed by "<level words> of <country>" ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Floods hit the Coastal, Nyanzia and Westerly provinces of Kenyana, the Red Cross said.",
    "Floods hit Coastal, Nyanzia and Westerly provinces of the Kenyana.",
    "Floods hit the Coastal and Westerly provinces of Kenyana.",
])
def test_listed_areas_are_the_areas_of_the_country_after_the_list(text: str) -> None:
    names = ("Coastal", "Nyanzia", "Westerly", "Kenyana") if "Nyanzia" in text else ("Coastal", "Westerly", "Kenyana")
    places = _gold(text, *names)
    assert [p.country_code for p in places] == ["KEN"] * len(names)
    westerly = places[names.index("Westerly")]
    assert westerly.lat is not None and abs(westerly.lat - 0.31) < 0.01


@pytest.mark.parametrize(("text", "names", "country"), [
    # no country after the level word, another country, or a country with no area of the name
    ("Floods hit the Coastal and Westerly provinces, the Red Cross said.", ("Coastal", "Westerly"), "TZA"),
    ("Floods hit the Coastal and Westerly regions of Ugandia.", ("Coastal", "Westerly", "Ugandia"), "TZA"),
    ("Floods hit the Coastal and Westerly provinces of Britannia.", ("Coastal", "Westerly", "Britannia"), "TZA"),
    # a level word with no "of <country>" ("provinces" then a verb)
    ("The Coastal and Westerly provinces of the east voted.", ("Coastal", "Westerly"), "TZA"),
])
def test_listed_areas_keep_their_readings_without_a_country_that_has_them(text: str, names: tuple[str, ...],
                                                                           country: str) -> None:
    assert _country(text, names, "Coastal") == country


# -- a people's word after a comma is no title hiding a qualifier -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police reinforced patrols in nearby Cordova, Colombianan officials said, after clashes in Antiochia.",
    "Troops were sent to Cordova, Colombianan officials said on Monday, after fighting in Antiochia.",
])
def test_a_peoples_word_after_the_comma_lets_the_story_country_decide(text: str) -> None:
    assert _country(text, ("Cordova", "Antiochia"), "Cordova") == "COL"


@pytest.mark.parametrize(("text", "titled"), [
    ("Police reinforced patrols in nearby Cordova, Colombianan officials said.", False),
    ("Troops were sent to Cordova, Canadian lawmakers said.", False),
    # an area that could qualify the name still belongs to the title ("In Washington, Texas Gov. Abbott said")
    ("In Cordova, Antiochia officials said the roads were open.", True),
    ("In Cordova, Antiochia Governor Ruiz said the roads were open.", True),
])
def test_only_an_area_after_the_comma_makes_a_title(text: str, titled: bool) -> None:
    resolver = Resolver(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS)
    start = text.index("Cordova")
    assert resolver.slots(text, [(start, start + len("Cordova"))])[0].titled is titled


def test_a_big_city_abroad_stays_when_the_story_names_no_other_country() -> None:
    assert _country("Fans in Cordova, Argentia officials said, celebrated.", ("Cordova", "Argentia"),
                    "Cordova") == "ARG"


# -- a town named before "the <area> capital" --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ranchers protested in Trinidado, the Benia capital, on Monday.",
    "Ranchers protested in Trinidado, the Benia departmental capital.",
    "Ranchers protested in Trinidado, the Benia seat, on Monday.",
])
def test_a_town_before_the_area_capital_is_the_towns_namesake_in_that_area(text: str) -> None:
    place = _gold(text, "Trinidado", "Benia")[0]
    assert place.country_code == "BOL" and place.lat is not None and abs(place.lat + 14.83) < 0.01


@pytest.mark.parametrize("text", [
    # no title after the area, or an area with no namesake in it
    "Ranchers from Trinidado, the Benia farmers' union said, protested.",
    "Ranchers protested in Trinidado, the Pandia capital, on Monday.",
])
def test_a_town_keeps_its_reading_without_a_title_of_an_area_that_holds_it(text: str) -> None:
    area = "Benia" if "Benia" in text else "Pandia"
    assert _gold(text, "Trinidado", area)[0].country_code == "TTO"


# -- the built gazetteer (slow) ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


# (text, gold spans, the span checked, lat, lon): the reading must lie within 0.6 degrees
REAL_GOLD = [
    ("SAN JOSE (Reuters) - Costa Rica's police said they had seized two tonnes of cocaine at the port of Limon.",
     ("SAN JOSE", "Costa Rica", "Limon"), "SAN JOSE", 9.93, -84.08),
    ("SAN JOSE (Reuters) - Costa Rican police seized a boat carrying cocaine.", ("SAN JOSE",), "SAN JOSE", 9.93,
     -84.08),
    ("LEON (Reuters) - Nicaragua's police arrested a dozen students after a march.", ("LEON", "Nicaragua"), "LEON",
     12.43, -86.88),
    ("Rebels who had crossed from Uganda attacked the village of Kasindi, killing eight people.",
     ("Uganda", "Kasindi"), "Kasindi", 0.03, 29.71),
    ("Gunmen fired mortars into Mogadishu's Wadajir district and a shell fell in Dharkenley.",
     ("Mogadishu", "Wadajir", "Dharkenley"), "Wadajir", 2.01, 45.30),
    ("A car bomb exploded near a market in Hamar Weyne, police in Mogadishu said.", ("Hamar Weyne", "Mogadishu"),
     "Hamar Weyne", 2.03, 45.34),
    ("Shells hit Khartoum's Kalakla district and Karari, in Omdurman, volunteers said.",
     ("Khartoum", "Kalakla", "Karari", "Omdurman"), "Karari", 15.70, 32.45),
    ("A suicide bomber struck in Kabul's Dasht-e-Barchi area, police said.", ("Kabul", "Dasht-e-Barchi"),
     "Dasht-e-Barchi", 34.49, 69.10),
    ("Kurdish fighters withdrew from Sheikh Maqsoud, a district of Aleppo.", ("Sheikh Maqsoud", "Aleppo"),
     "Sheikh Maqsoud", 36.23, 37.15),
    ("KARACHI - Gang members fought police in Lyari and Orangi Town.", ("KARACHI", "Lyari", "Orangi Town"), "Lyari",
     24.86, 66.99),
    ("Gangs clashed with police in Port-au-Prince's Bel Air and Solino neighbourhoods.",
     ("Port-au-Prince", "Bel Air", "Solino"), "Bel Air", 18.55, -72.34),
    ("Floods hit the Coast, Nyanza and Western provinces of Kenya, the Red Cross said.",
     ("Coast", "Nyanza", "Western", "Kenya"), "Western", 0.31, 34.67),
    ("Floods hit the Coast, Nyanza and Western provinces of Kenya, the Red Cross said.",
     ("Coast", "Nyanza", "Western", "Kenya"), "Coast", -3.0, 39.5),
    ("Police reinforced patrols in nearby Cordoba, Colombian officials said, after clashes in Antioquia.",
     ("Cordoba", "Antioquia"), "Cordoba", 8.58, -75.66),
    ("MANDALAY - Junta troops burned houses in Pale township, in Sagaing region, residents said.",
     ("MANDALAY", "Pale", "Sagaing"), "Pale", 21.85, 94.77),
    ("Jihadists attacked a military camp in Boulkessi, near the border with Burkina Faso, the Malian army said.",
     ("Boulkessi", "Burkina Faso"), "Boulkessi", 15.0, -1.8),
    ("JUBA - Fighting spread to Nasir, in Upper Nile state, the UN said.", ("JUBA", "Nasir", "Upper Nile"), "Nasir",
     8.60, 33.07),
    ("LA PAZ - Coca growers clashed with police near Villa Tunari; in Trinidad, the Beni capital, ranchers protested.",
     ("LA PAZ", "Villa Tunari", "Trinidad", "Beni"), "Villa Tunari", -16.97, -65.42),
    ("Protesters blocked roads in Liberia, the Guanacaste capital, on Monday.", ("Liberia", "Guanacaste"), "Liberia",
     10.63, -85.44),
    ("DAYTON, Ohio - A gunman opened fire in the Oregon District, killing nine people.",
     ("DAYTON", "Ohio", "Oregon District"), "Oregon District", 39.76, -84.18),
    ("MEMPHIS - Police said a man was shot in Orange Mound on Sunday night.", ("MEMPHIS", "Orange Mound"),
     "Orange Mound", 35.12, -89.98),
    ("MIAMI - Residents of Little Haiti and Overtown rallied against rising rents.",
     ("MIAMI", "Little Haiti", "Overtown"), "Overtown", 25.79, -80.20),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_GOLD)
def test_real_gazetteer_g28_gold_spans(real: GeoParser, text: str, names: tuple[str, ...], name: str, lat: float,
                                       lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.6 and abs(p.lon - lon) < 0.6, (
        p.resolved_place, p.lat, p.lon)


# Readings that must stay
REAL_KEEP = [
    ("LONDON (Reuters) - Canada's central bank held interest rates on Wednesday.", ("LONDON", "Canada"), "LONDON",
     51.51, -0.13),
    ("SYDNEY (Reuters) - Canada's biggest pension fund bought a stake in a toll road.", ("SYDNEY", "Canada"),
     "SYDNEY", -33.87, 151.21),
    ("SAN JOSE, Calif. (Reuters) - Costa Rica's coffee exports fell, the importer said.",
     ("SAN JOSE", "Calif.", "Costa Rica"), "SAN JOSE", 37.34, -121.89),
    ("ADF rebels killed 12 people near Beni, the army said.", ("Beni",), "Beni", 0.49, 29.47),
    ("Bosnian Serb leaders met in Pale, near Sarajevo.", ("Pale", "Sarajevo"), "Pale", 43.82, 18.57),
    ("A wildfire burned homes in Bel Air, near Beverly Hills, Los Angeles firefighters said.",
     ("Bel Air", "Beverly Hills"), "Bel Air", 34.08, -118.45),
    ("Elections were held in Western Province on Saturday.", ("Western Province",), "Western Province", 6.84, 79.98),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_KEEP)
def test_real_gazetteer_g28_readings_stay(real: GeoParser, text: str, names: tuple[str, ...], name: str,
                                         lat: float, lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.6 and abs(p.lon - lon) < 0.6, (
        p.resolved_place, p.lat, p.lon)
