from __future__ import annotations

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS, tiny_gazetteer
from newsevents.geo.locate import event_location
from newsevents.records import Article, Place, Sentence, Trigger


def _place(text: str, name: str, cc: str, res: int, feature: str = "PPL", lat: float = 1.0,
           start: int | None = None) -> Place:
    i = text.index(name) if start is None else start
    return Place(i, i + len(name), name, name, None, lat, 1.0, cc, feature, None, res)


def test_prefers_prepositional_attachment_in_sentence() -> None:
    text = "Yemeni officials from Sanaa said an airstrike in Hodeidah killed five."
    sent = Sentence(0, 0, len(text), text)
    trig = Trigger(text.index("airstrike"), text.index("airstrike") + 9, "airstrike")
    places = [_place(text, "Sanaa", "YEM", 4), _place(text, "Hodeidah", "YEM", 4)]
    loc = GeoParser(tiny_gazetteer(), weights=WEIGHTS).event_location(Article("a", text), sent, trig, places)
    assert loc is not None and loc.extracted_place == "Hodeidah" and loc.resolution == 4


def test_more_specific_place_wins() -> None:
    text = "Clashes broke out in Yemen near Sanaa."
    sent = Sentence(0, 0, len(text), text)
    places = [_place(text, "Yemen", "YEM", 1, "PCLI"), _place(text, "Sanaa", "YEM", 4)]
    loc = GeoParser(tiny_gazetteer(), weights=WEIGHTS).event_location(Article("a", text), sent, None, places)
    assert loc is not None and loc.extracted_place == "Sanaa"


def test_sea_event() -> None:
    text = "Houthi forces attacked a ship in the Red Sea."
    sent = Sentence(0, 0, len(text), text)
    places = [_place(text, "Red Sea", "", 1, "SEA")]
    loc = GeoParser(tiny_gazetteer(), weights=WEIGHTS).event_location(Article("a", text), sent, None, places)
    assert loc is not None and loc.feature_code == "SEA"


def test_falls_back_to_dateline_then_focus() -> None:
    text = "SANAA, Yemen (Reuters) - Talks went on. Rebels seized the port, officials said."
    s2 = text.index("Rebels")
    sent = Sentence(1, s2, len(text), text[s2:])
    places = [_place(text, "SANAA", "YEM", 4, start=0), _place(text, "Yemen", "YEM", 1, "PCLI")]
    gp = GeoParser(tiny_gazetteer(), weights=WEIGHTS)
    loc = gp.event_location(Article("a", text), sent, None, places)
    assert loc is not None and loc.extracted_place == "SANAA"
    plain = "Talks went on. Rebels seized the port in the end. Yemen was calm."
    s2 = plain.index("Rebels")
    sent = Sentence(1, s2, plain.index(" Yemen"), plain[s2:plain.index(" Yemen")])
    loc = gp.event_location(Article("b", plain), sent, None, [_place(plain, "Yemen", "YEM", 1, "PCLI")])
    assert loc is not None and loc.country_code == "YEM"


def test_no_places_no_location() -> None:
    text = "Nothing to see."
    sent = Sentence(0, 0, len(text), text)
    assert GeoParser(tiny_gazetteer(), weights=WEIGHTS).event_location(Article("a", text), sent, None, []) is None


def test_unresolved_places_are_ignored() -> None:
    text = "Fighting in Xqzzyville."
    sent = Sentence(0, 0, len(text), text)
    p = Place(12, 22, "Xqzzyville")
    assert GeoParser(tiny_gazetteer(), weights=WEIGHTS).event_location(Article("a", text), sent, None, [p]) is None


def _gp() -> GeoParser:
    return GeoParser(tiny_gazetteer(), weights=WEIGHTS)


def _trig(text: str, word: str) -> Trigger:
    i = text.index(word)
    return Trigger(i, i + len(word), word)


def test_place_in_another_clause_is_not_the_location() -> None:
    text = ("SANAA (Newswire) - Yemen's minister warned Israel that a strike which hit Gaza would be answered.")
    sent = Sentence(0, 0, len(text), text)
    places = [_place(text, "SANAA", "YEM", 4), _place(text, "Gaza", "PSE", 4)]
    loc = _gp().event_location(Article("a", text), sent, _trig(text, "warned"), places)
    assert loc is not None and loc.extracted_place == "SANAA"  # the dateline, not the strike's Gaza


def test_specific_island_beats_island_group() -> None:
    text = "Gunmen robbed fishermen near Thitu Island in the disputed Spratly Islands."
    sent = Sentence(0, 0, len(text), text)
    places = [_place(text, "Thitu Island", "PHL", 4), _place(text, "Spratly Islands", "", 3, "ISLS")]
    loc = _gp().event_location(Article("a", text), sent, _trig(text, "robbed"), places)
    assert loc is not None and loc.extracted_place == "Thitu Island"


def test_follow_up_sentence_takes_the_lead_place() -> None:
    text = ("BEIRUT (Newswire) - An air strike hit a building in the town of Nabatieh. "
            "Two of the dead were children.")
    s2 = text.index("Two")
    sent = Sentence(1, s2, len(text), text[s2:])
    places = [_place(text, "BEIRUT", "LBN", 4), _place(text, "Nabatieh", "LBN", 4)]
    loc = _gp().event_location(Article("a", text), sent, _trig(text, "dead"), places)
    assert loc is not None and loc.extracted_place == "Nabatieh"


def test_a_launch_is_located_where_it_was_launched_from() -> None:
    from newsevents.records import Article, Place, Sentence, Trigger

    text = "SEOUL (AP) — North Korea test-fired a missile from the Pyongyang area into the sea on Sunday."
    sent = Sentence(0, 0, len(text), text)
    i = text.find("Pyongyang")
    places = [Place(0, 5, "SEOUL", "Seoul", 1835848, 37.57, 126.98, "KOR", "PPLC"),
              Place(i, i + 9, "Pyongyang", "Pyongyang", 1871859, 39.03, 125.75, "PRK", "PPLC")]
    j = text.find("test-fired")
    loc = event_location(Article("a", text), sent, Trigger(j, j + 10, "test-fired"), places,
                         dateline=lambda t: (0, 5))
    assert loc is not None and loc.country_code == "PRK"


def test_the_target_of_an_attack_word_is_where_it_happened() -> None:
    text = "SANAA - Officials in Sanaa demanded an end to air strikes on Hodeidah."
    sent = Sentence(0, 0, len(text), text)
    trig = Trigger(text.index("strikes"), text.index("strikes") + 7, "strikes")
    places = [_place(text, "SANAA", "YEM", 4, start=0),
              _place(text, "Sanaa", "YEM", 4, start=text.index("in Sanaa") + 3), _place(text, "Hodeidah", "YEM", 4)]
    loc = GeoParser(tiny_gazetteer(), weights=WEIGHTS).event_location(Article("a", text), sent, trig, places)
    assert loc is not None and loc.extracted_place == "Hodeidah"
    # sanctions "on" a country are no attack: the target is not a location
    text2 = "Officials in Sanaa welcomed sanctions on Hodeidah."
    trig2 = Trigger(text2.index("sanctions"), text2.index("sanctions") + 9, "sanctions")
    places2 = [_place(text2, "Sanaa", "YEM", 4), _place(text2, "Hodeidah", "YEM", 4)]
    sent2 = Sentence(0, 0, len(text2), text2)
    loc2 = GeoParser(tiny_gazetteer(), weights=WEIGHTS).event_location(Article("a", text2), sent2, trig2, places2)
    assert loc2 is not None and loc2.extracted_place == "Sanaa"


def test_a_weapon_trigger_aimed_at_a_place() -> None:
    text = "The incident occurred during a large missile and drone attack on Hodeidah early on Sunday."
    sent = Sentence(0, 0, len(text), text)
    trig = Trigger(text.index("missile"), text.index("missile") + 7, "missile")
    places = [_place(text, "Hodeidah", "YEM", 4)]
    art = Article("a", "SANAA - Talks went on.\n\n" + text)
    shift = len("SANAA - Talks went on.\n\n")
    sent = Sentence(1, shift, shift + len(text), text)
    trig = Trigger(trig.start + shift, trig.end + shift, "missile")
    places = [_place(art.text, "SANAA", "YEM", 4, start=0), _place(art.text, "Hodeidah", "YEM", 4)]
    loc = GeoParser(tiny_gazetteer(), weights=WEIGHTS).event_location(art, sent, trig, places)
    assert loc is not None and loc.extracted_place == "Hodeidah"


def test_a_place_inside_an_area_of_phrase_beats_the_dateline() -> None:
    # "in a forested area of Kashmir's Kupwara district", "in the eastern part of Kharkiv": where it happened,
    # not the bureau of the opening dateline
    for text, name, cc in (
            ("SRINAGAR, India - Militants ambushed an army patrol in a forested area of Kashmir's Kupwara district.",
             "Kupwara", "IND"),
            ("KYIV, Ukraine - Drones struck an apartment block in the eastern part of Kharkiv.", "Kharkiv", "UKR")):
        sent = Sentence(0, 0, len(text), text)
        trig_word = "ambushed" if "ambushed" in text else "struck"
        trig = Trigger(text.index(trig_word), text.index(trig_word) + len(trig_word), trig_word)
        city = text.split(",")[0]
        places = [_place(text, city, cc, 4), _place(text, name, cc, 4)]
        loc = event_location(Article("a", text), sent, trig, places, dateline=lambda t, c=city: (0, len(c)))
        assert loc is not None and loc.extracted_place == name
