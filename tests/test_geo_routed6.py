"""Rules from the session-5 story reviews' routed geo items (issue 4), each on names and situations of its own."""
from __future__ import annotations

from geo_spans import gold_article
from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ABBREV, KIND_ALIAS, GazRecord, InMemoryGazetteer
from newsevents.geo.locate import event_location
from newsevents.records import Article, Sentence
from newsevents.segment import split_sentences
from story_parts import dateline, place, sentence, trigger


def test_a_place_located_before_the_trigger_beats_the_opening_dateline() -> None:
    # the reporter is in Lagos; the closures and the floods are in Ilorin, even though "after" opens a clause
    text = ("LAGOS (Wire) - Officials closed schools in the town of Ilorin in Kwara state on Monday after floods "
            "left 12 people injured, police said.")
    sent = Sentence(0, 0, len(text), text)
    places = [place(text, "LAGOS", "NGA", 4), place(text, "Ilorin", "NGA", 4), place(text, "Kwara", "NGA", 2)]
    loc = event_location(Article("a", text), sent, trigger(text, "injured"), places, dateline=dateline("LAGOS"))
    assert loc is not None and loc.extracted_place == "Ilorin"


def test_the_dateline_stays_when_the_sentence_locates_nothing_before_the_trigger() -> None:
    text = "LAGOS (Wire) - The governor said on Monday that floods had hit Ilorin."
    sent = Sentence(0, 0, len(text), text)
    places = [place(text, "LAGOS", "NGA", 4), place(text, "Ilorin", "NGA", 4)]
    loc = event_location(Article("a", text), sent, trigger(text, "said"), places, dateline=dateline("LAGOS"))
    assert loc is not None and loc.extracted_place == "LAGOS"


def test_including_does_not_open_a_clause() -> None:
    text = ("CARACAS (Wire) - Rebels released nine captives, including two nurses, in the western state of Zulia "
            "on Monday, officials said.")
    sent = Sentence(0, 0, len(text), text)
    places = [place(text, "CARACAS", "VEN", 4), place(text, "Zulia", "VEN", 2, "ADM1")]
    loc = event_location(Article("a", text), sent, trigger(text, "released"), places, dateline=dateline("CARACAS"))
    assert loc is not None and loc.extracted_place == "Zulia"


def test_missiles_fired_at_a_city_named_before_are_not_located_in_the_firing_country() -> None:
    text = ("LVIV (Wire) - A missile strike on the western city of Ternopil killed five people on Sunday. "
            "Russia fired three cruise missiles at the town overnight, hitting a school.")
    sent = sentence(text, "Russia fired three cruise missiles at the town overnight, hitting a school.")
    places = [place(text, "LVIV", "UKR", 4), place(text, "Ternopil", "UKR", 4),
              place(text, "Russia", "RUS", 1, "PCLI")]
    loc = event_location(Article("a", text), sent, trigger(text, "fired"), places, dateline=dateline("LVIV"))
    assert loc is not None and loc.extracted_place == "Ternopil"


def test_missiles_fired_into_the_sea_stay_with_the_firing_country() -> None:
    text = "ISTANBUL (Wire) - Talks resumed. Iran fired two missiles into the sea during drills on Tuesday."
    sent = sentence(text, "Iran fired two missiles into the sea during drills on Tuesday.")
    places = [place(text, "ISTANBUL", "TUR", 4), place(text, "Iran", "IRN", 1, "PCLI")]
    loc = event_location(Article("a", text), sent, trigger(text, "fired"), places, dateline=dateline("ISTANBUL"))
    assert loc is not None and loc.country_code == "IRN"


def test_a_place_followed_by_in_and_a_date_is_where_not_a_modifier() -> None:
    text = "ADDIS ABABA (Wire) - Talks opened on Monday. The president visited Nairobi in March 2024 for a summit."
    sent = sentence(text, "The president visited Nairobi in March 2024 for a summit.")
    places = [place(text, "ADDIS ABABA", "ETH", 4), place(text, "Nairobi", "KEN", 4)]
    loc = event_location(Article("a", text), sent, trigger(text, "visited"), places,
                         dateline=dateline("ADDIS ABABA"))
    assert loc is not None and loc.extracted_place == "Nairobi"


# -- reading ----------------------------------------------------------------------------------------------

_RECORDS = [
    GazRecord(1, 1, "Albion", 54.0, -2.0, "GBR", "PCLI", 60_000_000, resolution=1),
    GazRecord(2, 2, "Westshire", 51.1, -1.3, "GBR", "ADM2", 1_000_000, "England", 9, resolution=3),
    GazRecord(3, 3, "Eastshire", 52.1, -2.7, "GBR", "ADM2", 190_000, "England", 9, resolution=3),
    # the only Dunmere the gazetteer holds lies in Eastshire
    GazRecord(4, 4, "Dunmere", 52.0, -2.8, "GBR", "PPL", 0, "England", 9, "Eastshire", resolution=4),
    GazRecord(5, None, "Pacific Ocean", 0.0, -160.0, None, "OCN", 50_000_000, resolution=1),
    GazRecord(6, 6, "Lyria", 20.0, 80.0, "LYR", "PCLI", 9_000_000, resolution=1),
    GazRecord(7, 7, "Brookmoor County", 53.0, -1.0, "GBR", "ADM2", 600_000, "England", 9, resolution=3),
    GazRecord(8, 8, "Brookmoor", 53.0, -1.0, "GBR", "PPL", 400_000, "England", 9, "Brookmoor County", resolution=4),
]
_NAMES = {5: [("Pacific", KIND_ALIAS)], 7: [("Brookmoor", KIND_ALIAS)]}


def _parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(_RECORDS, _NAMES), weights=WEIGHTS)


def test_a_town_filed_under_another_county_of_its_country_gives_way_to_the_county_written_after_it() -> None:
    text = "The autumn meeting moves to Dunmere, Westshire, on Sunday."
    got = [p.resolved_place for p in _parser().places(gold_article(text, "Dunmere", "Westshire"), [], [], set())]
    assert got == ["Westshire", "Westshire"]


def test_a_town_written_with_its_own_county_keeps_its_reading() -> None:
    text = "The autumn meeting moves to Dunmere, Eastshire, on Sunday."
    got = [p.resolved_place for p in _parser().places(gold_article(text, "Dunmere", "Eastshire"), [], [], set())]
    assert got == ["Dunmere", "Eastshire"]


def test_a_county_that_is_also_a_town_of_the_same_country_opens_a_list() -> None:
    text = "Schools stay shut in Dunmere, Brookmoor and many villages."
    got = [p.resolved_place for p in _parser().places(gold_article(text, "Dunmere", "Brookmoor"), [], [], set())]
    assert got == ["Dunmere", "Brookmoor"]


def _found(text: str) -> list[str]:
    return [p.text for p in _parser().places(Article("a", text), split_sentences(text), [], set())]


def test_a_name_after_a_combining_form_is_no_place() -> None:
    assert "Pacific" not in _found("Lyria backed a free and open Indo-Pacific at the summit on Monday.")
    assert "Pacific" in _found("Lyria sent two ships across the Pacific on Monday.")


# -- curated data ---------------------------------------------------------------------------------------------

def test_news_spellings_of_syrian_towns_are_aliases_of_their_geonames_towns() -> None:
    from importlib import resources

    rows = [line.split("\t") for line in resources.files("newsevents.data").joinpath("geo", "city_aliases.tsv")
            .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    aliases = {int(r[0]): r[2].split("|") for r in rows}
    assert "Deir el-Zour" in aliases[170794] and "Maaret al-Numan" in aliases[167611]


def test_the_places_of_a_sanctions_targets_are_not_where_it_was_decided() -> None:
    text = ("BERLIN (Wire) - The bloc agreed new measures at a meeting in Hamburg. The measures impose asset freezes "
            "on 12 officials and on two banks in Lyria, diplomats said.")
    sent = sentence(text, "The measures impose asset freezes on 12 officials and on two banks in Lyria, diplomats said.")
    places = [place(text, "BERLIN", "DEU", 4), place(text, "Hamburg", "DEU", 4), place(text, "Lyria", "LYR", 1, "PCLI")]
    loc = event_location(Article("a", text), sent, trigger(text, "freezes"), places, dateline=dateline("BERLIN"))
    assert loc is not None and loc.extracted_place == "Hamburg"


def test_a_sanction_imposed_in_a_named_place_is_located_there() -> None:
    text = "BERLIN (Wire) - Talks ended. Ministers meeting in Hamburg imposed sanctions on Lyria on Monday."
    sent = sentence(text, "Ministers meeting in Hamburg imposed sanctions on Lyria on Monday.")
    places = [place(text, "BERLIN", "DEU", 4), place(text, "Hamburg", "DEU", 4), place(text, "Lyria", "LYR", 1, "PCLI")]
    loc = event_location(Article("a", text), sent, trigger(text, "sanctions"), places, dateline=dateline("BERLIN"))
    assert loc is not None and loc.extracted_place == "Hamburg"


def test_a_sanction_announced_in_a_place_after_its_targets_is_located_there() -> None:
    text = "BERLIN (Wire) - Talks ended. Lyria announced sanctions against 12 officials on Monday in Hamburg."
    sent = sentence(text, "Lyria announced sanctions against 12 officials on Monday in Hamburg.")
    places = [place(text, "BERLIN", "DEU", 4), place(text, "Lyria", "LYR", 1, "PCLI"), place(text, "Hamburg", "DEU", 4)]
    loc = event_location(Article("a", text), sent, trigger(text, "sanctions"), places, dateline=dateline("BERLIN"))
    assert loc is not None and loc.extracted_place == "Hamburg"


_LOCAL = [
    GazRecord(1, 1, "United States", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
    GazRecord(2, 2, "Carolina", 35.5, -80.0, "USA", "ADM1", 10_000_000, "Carolina", 2, resolution=2),
    GazRecord(3, 3, "Brent County", 35.58, -82.45, "USA", "ADM2", 270_000, "Carolina", 2, resolution=3),
    GazRecord(4, 4, "Dunmere", 35.6, -82.55, "USA", "PPL", 94_000, "Carolina", 2, "Brent County", resolution=4),
    GazRecord(5, 5, "Fairby", 35.51, -82.4, "USA", "PPL", 3_000, "Carolina", 2, "Brent County", resolution=4),
]


def test_a_street_goes_to_the_city_heading_its_own_sentence_added_after_the_first_reading() -> None:
    # the Dunmere of "The Dunmere Police Department" is read by a later step (a town of the county the story
    # names); the street must not stay with Fairby, named a sentence earlier
    text = ("DUNMERE, Car. (AP) - Hundreds of people marched through downtown Dunmere on Friday to protest the arrest "
            "of a local activist, Brent County officials said. A second march is planned in Fairby next week, "
            "organizers said. The Dunmere Police Department said it would close part of Mill Street to traffic "
            "during the rally.")
    parser = GeoParser(InMemoryGazetteer(_LOCAL, {2: [("Car.", KIND_ABBREV)]}), weights=WEIGHTS)
    got = {p.text: (p.resolved_place, p.resolution)
           for p in parser.places(Article("a", text), split_sentences(text), [], set())}
    assert got["Mill Street"] == ("Dunmere", 5) and got["Fairby"] == ("Fairby", 4)


_AREA = [
    GazRecord(1, 1, "United States", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
    GazRecord(2, 2, "Westmark", 44.0, -120.5, "USA", "ADM1", 4_000_000, "Westmark", 2, resolution=2),
    GazRecord(3, 3, "Lindale", 44.05, -123.0, "USA", "PPL", 60_000, "Westmark", 2, resolution=4),
    GazRecord(4, 4, "Corvale", 44.9, -123.0, "USA", "PPL", 170_000, "Westmark", 2, resolution=4),
    GazRecord(5, 5, "Southmark", 28.0, -81.0, "USA", "ADM1", 20_000_000, "Southmark", 5, resolution=2),
    GazRecord(6, 6, "Portway", 26.6, -81.75, "USA", "PPL", 8_000, "Southmark", 5, resolution=4),
]


def _area_read(text: str, *names: str) -> list[str | None]:
    parser = GeoParser(InMemoryGazetteer(_AREA, {}), weights=WEIGHTS)
    return [p.resolved_place for p in parser.places(gold_article(text, *names), [], [], set())]


def test_the_x_area_is_no_small_town_in_a_state_the_story_is_not_about() -> None:
    text = ("LINDALE, Westmark - Council members in Lindale voted to clear the camp, and officials in Corvale "
            "said the state would help. Business owners from the Portway area urged them to act.")
    assert "Portway" not in _area_read(text, "LINDALE", "Westmark", "Lindale", "Corvale", "Portway")


def test_the_x_area_in_the_storys_own_state_or_with_its_state_keeps_the_town() -> None:
    text = ("LINDALE, Westmark - Council members in Lindale voted to clear the camp, and officials in Corvale "
            "said the state would help. Business owners from the Portway, Southmark area urged them to act.")
    assert "Portway" in _area_read(text, "LINDALE", "Westmark", "Lindale", "Corvale", "Portway", "Southmark")
    text = "Storms hit Southmark on Monday. Officials in the Portway area said roads were closed."
    assert "Portway" in _area_read(text, "Southmark", "Portway")
