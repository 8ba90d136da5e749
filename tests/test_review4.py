"""Review round 4: where and when, read as an analyst would (locations, dates, counts, re-mentions, arrests).

Each test holds sentences written for it; each failed before the rule it names was added."""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from newsevents.coding import merge_duplicates
from newsevents.coding.size import extract_size
from newsevents.dates import resolve_event_date
from newsevents.geo.locate import event_location
from newsevents.records import Article, Entity, Event, Location, Sentence, Size
from story_parts import Spec, dateline, place, run_story, sentence, trigger, where


# --- helpers --------------------------------------------------------------------------------------

_place, _sentence, _trig, _dateline, _where = place, sentence, trigger, dateline, where


# --- event location -------------------------------------------------------------------------------

def test_a_place_first_named_after_the_lead_does_not_locate_undated_follow_ups() -> None:
    text = ("SPRINGFIELD, Ill. — Dozens of protesters disrupted a council meeting here on Tuesday night. "
            "The mayor called a recess after twenty minutes. "
            "The vote followed months of debate over policing in Illinois. "
            "Two men who refused to leave were escorted out.")
    places = [_place(text, "SPRINGFIELD", "USA", 4), _place(text, "Ill.", "USA", 2, "ADM1"),
              _place(text, "Illinois", "USA", 2, "ADM1")]
    loc = _where(text, "Two men who refused to leave were escorted out.", "escorted", places, "SPRINGFIELD, Ill.")
    assert loc is not None and loc.extracted_place == "SPRINGFIELD"


def test_where_the_wounded_were_taken_is_not_where_it_happened() -> None:
    text = ("MILLERSBURG, Ohio — Two men were shot dead outside a gas station on Sunday night, and a woman was "
            "flown to a hospital in Akron. The gunman fled in a pickup truck.")
    places = [_place(text, "MILLERSBURG", "USA", 4), _place(text, "Akron", "USA", 4)]
    loc = _where(text, "The gunman fled in a pickup truck.", "fled", places, "MILLERSBURG, Ohio")
    assert loc is not None and loc.extracted_place == "MILLERSBURG"


def test_an_origin_phrase_is_not_the_location() -> None:
    text = ("AITKIN, Minn. — About 150 demonstrators from across northern Minnesota gathered at a pipeline site "
            "before dawn.")
    places = [_place(text, "AITKIN", "USA", 4), _place(text, "Minnesota", "USA", 2, "ADM1")]
    s = Sentence(0, 0, len(text), text)
    loc = event_location(Article("a", text), s, _trig(text, "gathered"), places, dateline=_dateline("AITKIN, Minn."))
    assert loc is not None and loc.extracted_place == "AITKIN"


def test_the_far_side_of_a_border_is_not_the_location() -> None:
    text = ("BAMAKO, Mali — Islamist fighters attacked an army camp in central Mali on Sunday. "
            "Air strikes killed dozens of the fighters as they fled toward the border with Burkina Faso.")
    places = [_place(text, "BAMAKO", "MLI", 4, "PPLC"), _place(text, "Mali", "MLI", 1, "PCLI", nth=1),
              _place(text, "Burkina Faso", "BFA", 1, "PCLI")]
    loc = _where(text, "Air strikes killed dozens of the fighters as they fled toward the border with Burkina Faso.",
                 "killed", places, "BAMAKO, Mali")
    assert loc is not None and loc.country_code == "MLI"


def test_a_compound_adjective_names_no_location() -> None:
    text = ("SRINAGAR, India — Militants ambushed an army patrol in Kupwara on Tuesday. "
            "Police officials blamed the Pakistan-based group.")
    places = [_place(text, "SRINAGAR", "IND", 4), _place(text, "India", "IND", 1, "PCLI"),
              _place(text, "Kupwara", "IND", 3, "ADM2"), _place(text, "Pakistan", "PAK", 1, "PCLI")]
    loc = _where(text, "Police officials blamed the Pakistan-based group.", "blamed", places, "SRINAGAR, India")
    assert loc is not None and loc.country_code == "IND"


def test_the_end_of_a_road_and_its_apposition_are_not_the_location() -> None:
    text = ("PESHAWAR, Pakistan — A suicide bomber struck a police checkpoint in Bannu on Tuesday. "
            "The blast hit the checkpoint on the road to Miranshah, the main town of North Waziristan.")
    places = [_place(text, "PESHAWAR", "PAK", 4), _place(text, "Pakistan", "PAK", 1, "PCLI"),
              _place(text, "Bannu", "PAK", 4), _place(text, "North Waziristan", "PAK", 3, "RGN")]
    loc = _where(text, "The blast hit the checkpoint on the road to Miranshah, the main town of North Waziristan.",
                 "hit", places, "PESHAWAR, Pakistan")
    assert loc is not None and loc.extracted_place == "Bannu"


def test_what_attacks_are_aimed_at_does_not_locate_the_story() -> None:
    text = ("DUBAI — The Houthis, whose attacks are aimed at Israel, fired missiles at a ship in the Red Sea on "
            "Monday. The group released a video on Sunday.")
    places = [_place(text, "DUBAI", "ARE", 4), _place(text, "Israel", "ISR", 1, "PCLI"),
              _place(text, "Red Sea", "", 1, "SEA")]
    loc = _where(text, "The group released a video on Sunday.", "released", places, "DUBAI")
    assert loc is not None and loc.extracted_place == "Red Sea"


# --- the pipeline: fakes that code given words and locate with the real rules ---------------------------

_Spec, _run = Spec, run_story


def _screened(text: str) -> None:
    """The fakes only see sentences the lexical screen keeps: the test sentences must pass it."""
    from newsevents.coding.detect import is_candidate
    from newsevents.segment import split_sentences

    assert all(is_candidate(s.text) for s in split_sentences(text)[1:]), text


def test_a_verbal_event_is_not_located_at_the_country_it_addresses() -> None:
    text = ("BEIRUT — An Israeli air strike killed two people in southern Lebanon on Tuesday. "
            "President Joseph Aoun urged the United States and France, which oversee the truce, to act.")
    _screened(text)
    specs = [_Spec("killed", "ASSAULT", 4),
             _Spec("urged", "REQUEST", 3, actor=(("President Joseph Aoun", "LBN", "GOV"),),
                   recipient=(("United States", "USA", "GOV"), ("France", "FRA", "GOV")))]
    names = [("BEIRUT", "LBN", 4, "PPLC"), ("Lebanon", "LBN", 1, "PCLI"), ("United States", "USA", 1, "PCLI"),
             ("France", "FRA", 1, "PCLI"), ("Israel", "ISR", 1, "PCLI")]
    evs = _run(text, specs, names, "BEIRUT", date(2026, 2, 11))
    req = next(e for e in evs if e.event == "REQUEST")
    assert req.event_loc is not None and req.event_loc.country_code == "LBN"


def test_a_place_the_sentence_puts_a_statement_in_still_locates_it() -> None:
    text = ("SEOUL — North Korea fired a missile into the sea on Sunday. "
            "In Seoul, the foreign ministry condemned the launch as a provocation.")
    _screened(text)
    specs = [_Spec("fired", "ASSAULT", 4),
             _Spec("condemned", "ACCUSE", 3, actor=(("foreign ministry", None, "GOV"),), recipient=(("Seoul", "KOR", None),))]
    names = [("SEOUL", "KOR", 4, "PPLC"), ("Seoul", "KOR", 4, "PPLC")]
    evs = _run(text, specs, names, "SEOUL", date(2024, 1, 15))
    acc = next(e for e in evs if e.event == "ACCUSE")
    assert acc.event_loc is not None and acc.event_loc.extracted_place == "Seoul"


def test_an_agentless_arrest_takes_the_force_of_the_previous_sentence() -> None:
    text = ("NAIROBI, Kenya — Police fired tear gas at demonstrators in Nairobi on Tuesday. "
            "At least 30 people were arrested, the interior ministry said.")
    _screened(text)
    specs = [_Spec("fired", "ASSAULT", 4, actor=(("Police", "KEN", "COP"),)),
             _Spec("arrested", "COERCE", 4, mode=("arrest",), actor=(("interior ministry", None, "GOV"),))]
    names = [("NAIROBI", "KEN", 4, "PPLC"), ("Nairobi", "KEN", 4, "PPLC")]
    evs = _run(text, specs, names, "NAIROBI, Kenya", date(2026, 11, 20))
    arrest = next(e for e in evs if e.event == "COERCE")
    assert [(a.entity_text, a.code, a.sector) for a in arrest.actor] == [("Police", "KEN", "COP")]


def test_an_arrest_with_its_own_agent_keeps_it() -> None:
    text = ("NAIROBI, Kenya — Police fired tear gas at demonstrators in Nairobi on Tuesday. "
            "Soldiers arrested 30 people at a roadblock.")
    specs = [_Spec("fired", "ASSAULT", 4, actor=(("Police", "KEN", "COP"),)),
             _Spec("arrested", "COERCE", 4, mode=("arrest",), actor=(("Soldiers", "KEN", "MIL"),))]
    evs = _run(text, specs, [("NAIROBI", "KEN", 4, "PPLC")], "NAIROBI, Kenya", date(2026, 11, 20))
    arrest = next(e for e in evs if e.event == "COERCE")
    assert [a.entity_text for a in arrest.actor] == ["Soldiers"]


def test_an_undated_statement_takes_the_day_the_story_last_named() -> None:
    text = ("HARARE — Voters went to the polls in a runoff on Sunday. "
            "Results announced on Monday gave the president 52 percent, officials said. "
            "The opposition accused the electoral commission of fraud.")
    _screened(text)
    specs = [_Spec("polls", "PROTEST", 4), _Spec("accused", "ACCUSE", 3)]
    evs = _run(text, specs, [("HARARE", "ZWE", 4, "PPLC")], "HARARE", date(2026, 11, 20))
    acc = next(e for e in evs if e.event == "ACCUSE")
    assert acc.date == "2026-11-16"  # Monday, not the runoff's Sunday


def test_an_undated_statement_is_not_dated_by_an_announced_future_day() -> None:
    text = ("SPRINGFIELD — Protesters disrupted a council vote on Tuesday. "
            "The group said it would hold a march on Saturday. "
            "The mayor defended the decision to clear the chamber.")
    specs = [_Spec("disrupted", "PROTEST", 4), _Spec("defended", "SUPPORT", 1)]
    evs = _run(text, specs, [("SPRINGFIELD", "USA", 4, "PPL")], "SPRINGFIELD", date(2026, 6, 10))
    sup = next(e for e in evs if e.event == "SUPPORT")
    assert sup.date == "2026-06-09"


def test_a_border_crossed_is_no_territory_context() -> None:
    text = ("SRINAGAR — Militants ambushed a patrol on Tuesday. "
            "Police blamed a group that sends fighters across the border.")
    specs = [_Spec("blamed", "ACCUSE", 3, context=("territory",))]
    evs = _run(text, specs, [("SRINAGAR", "IND", 4, "PPL")], "SRINAGAR", date(2026, 5, 6))
    assert evs[0].context == ()
    text2 = ("SRINAGAR — Militants ambushed a patrol on Tuesday. "
             "Police blamed a group that seeks to annex the disputed territory across the border.")
    evs2 = _run(text2, specs, [("SRINAGAR", "IND", 4, "PPL")], "SRINAGAR", date(2026, 5, 6))
    assert evs2[0].context == ("territory",)


# --- dates ----------------------------------------------------------------------------------------

def _date(text: str, sent: str, published: date, trig: str | None = None) -> Any:
    s = _sentence(text, sent)
    return resolve_event_date(text, s, _trig(text, trig, s.start) if trig else None, published)


def test_a_superlatives_since_compares_and_does_not_date() -> None:
    text = ("Gunmen stormed a hotel on Friday. The attack on the hotel was the deadliest in the capital since "
            "March.")
    when = _date(text, "The attack on the hotel was the deadliest in the capital since March.", date(2026, 8, 31))
    assert when.start is None  # no date of its own: the pipeline gives it the lead's
    ongoing = "Protests have continued since March."
    assert _date(ongoing, ongoing, date(2026, 8, 31)).date == "2026-03-01"


def test_days_after_an_earlier_dated_event() -> None:
    text = ("The bombings on April 21, 2019, struck three churches. "
            "Days after the attacks, police killed several suspects in a shootout.")
    when = _date(text, "Days after the attacks, police killed several suspects in a shootout.", date(2026, 11, 24))
    assert when.date == "2019-04-24" and when.precision == "week" and when.historical


def test_hours_after_counts_from_the_event_day_not_the_report_day() -> None:
    text = ("A bomber struck a checkpoint on Tuesday. The minister condemned the bombing and said on Wednesday "
            "that talks would follow. Hours after the bombing, troops raided a hideout.")
    when = _date(text, "Hours after the bombing, troops raided a hideout.", date(2026, 3, 18), "raided")
    assert when.date == "2026-03-17"


# --- counts ---------------------------------------------------------------------------------------

def test_a_toll_whose_phrase_names_the_event_and_place() -> None:
    assert extract_size("The death toll from Friday's attack on a hotel in Mogadishu rose to 21 on Sunday.").dead == 21
    assert extract_size("The death toll from the attack rose to 21.").dead == 21
    assert extract_size("The toll from the floods in 2019 was high.").dead is None


# --- re-mentions ----------------------------------------------------------------------------------

def _event(text: str, seq: int, sent: str, trig: str, actor: tuple[str, str, str] | None,
           loc: Location | None, when: str = "2026-04-14", dead: int | None = None) -> Event:
    s = _sentence(text, sent, seq)
    t = _trig(text, trig, s.start)
    act = (Entity(actor[0], s.start, s.start + len(actor[0]), actor[1], actor[2]),) if actor else ()
    return Event(id="", event="ASSAULT", mode=(), context=(), quad_code=4, event_scale=-9.0, cameo_root="18",
                 acled_event_type=None, acled_sub_event_type=None, actor=act, recipient=(), trigger=t,
                 event_loc=loc, date=when, date_precision="day", aux=(), size=Size(dead, None, None),
                 event_text=s.text, sentence=s, confidence=0.9)


def _loc(name: str, gid: int, cc: str = "COL", res: int = 4) -> Location:
    return Location(name, name, gid, 0.0, 0.0, None, cc, "PPL", res, 0, 1)


def test_a_definite_re_mention_joins_the_event_it_names() -> None:
    text = ("Dissident fighters attacked a police station in Suarez on Tuesday, killing two officers. "
            "The attack began shortly after midnight, the police commander said.")
    first = _event(text, 0, text[:text.index(" The attack")], "attacked", ("Dissident fighters", "COL", "REB"),
                   _loc("Suarez", 1), dead=2)
    again = _event(text, 1, text[text.index("The attack"):], "attack", ("the police commander", "COL", "COP"),
                   _loc("Cauca", 2, res=2))
    out = merge_duplicates([first, again])
    assert len(out) == 1 and out[0].size.dead == 2 and out[0].trigger == first.trigger


def test_a_separate_or_indefinite_attack_stays_apart() -> None:
    text = ("Dissident fighters attacked a police station in Suarez on Tuesday. "
            "In a separate attack, a bomb wounded three soldiers in Jamundi. "
            "An attack on a bus killed four people.")
    first = _event(text, 0, text[:text.index(" In a separate")], "attacked", ("Dissident fighters", "COL", "REB"),
                   _loc("Suarez", 1))
    sep_words = "In a separate attack, a bomb wounded three soldiers in Jamundi."
    separate = _event(text, 1, sep_words, "attack", ("the army", "COL", "MIL"), _loc("Jamundi", 3))
    bus = _event(text, 2, "An attack on a bus killed four people.", "attack", ("gunmen", "COL", "MIL"), _loc("Cali", 4))
    assert len(merge_duplicates([first, separate, bus])) == 3
    # another day is another attack
    later = dataclasses.replace(_event(text, 1, sep_words, "attack", ("the army", "COL", "MIL"), _loc("Jamundi", 3)),
                                date="2026-04-13")
    assert len(merge_duplicates([first, later])) == 2


def test_a_where_clause_is_set_in_the_place_it_describes() -> None:
    text = ("AMMAN, Jordan — Israeli forces raided a camp near Tulkarm on Tuesday. "
            "In Jordan, where the government warned that violence in the West Bank threatens stability, "
            "the Foreign Ministry condemned the raid.")
    places = [_place(text, "AMMAN", "JOR", 4, "PPLC"), _place(text, "Jordan", "JOR", 1, "PCLI"),
              _place(text, "Tulkarm", "PSE", 4), _place(text, "Jordan", "JOR", 1, "PCLI", nth=1),
              _place(text, "West Bank", "PSE", 2, "RGN")]
    sent = text[text.index("In Jordan"):]
    loc = _where(text, sent, "warned", places, "AMMAN, Jordan")
    assert loc is not None and loc.country_code == "JOR"


def test_wounded_who_died_are_not_counted_injured() -> None:
    size = extract_size("The toll rose to 21 after three wounded people died in hospital.")
    assert size.dead == 21 and size.injured is None
    assert extract_size("Three wounded people were taken to hospital.").injured == 3


def test_later_that_year_takes_the_year_told_before() -> None:
    text = ("Anti-Muslim riots broke out in May 2019 in the North Western Province. "
            "The unrest helped bring a new president to power later that year.")
    when = _date(text, "The unrest helped bring a new president to power later that year.", date(2026, 11, 24))
    assert when.date == "2019-01-01" and when.precision == "year" and when.historical
    text2 = "Talks collapsed in 2021. The two sides signed a truce the following year."
    assert _date(text2, "The two sides signed a truce the following year.", date(2026, 11, 24)).date == "2022-01-01"


def test_a_place_followed_by_its_date_is_not_a_modifier() -> None:
    text = ("POPAYAN, Colombia — Rebels attacked a police station in Suarez on Tuesday. "
            "The defense minister travelled to Popayan on Tuesday afternoon for a security meeting.")
    places = [_place(text, "POPAYAN", "COL", 4), _place(text, "Suarez", "COL", 4),
              _place(text, "Popayan", "COL", 4)]
    loc = _where(text, "The defense minister travelled to Popayan on Tuesday afternoon for a security meeting.",
                 "meeting", places, "POPAYAN, Colombia")
    assert loc is not None and loc.extracted_place == "Popayan"


def test_without_a_dateline_a_later_place_still_locates_the_story() -> None:
    text = ("Gunmen killed five villagers on Sunday, officials said. Residents fled into the bush. "
            "The attack took place in the village of Kadaba in Zamfara state.")
    places = [_place(text, "Kadaba", "NGA", 4), _place(text, "Zamfara", "NGA", 2, "ADM1")]
    s = Sentence(0, 0, text.index(" Residents"), text[:text.index(" Residents")])
    loc = event_location(Article("a", text), s, _trig(text, "killed"), places, dateline=lambda t: None)
    assert loc is not None and loc.extracted_place == "Kadaba"


def test_arrests_told_twice_are_counted_once() -> None:
    text = ("CONAKRY, Guinea — At least 12 people were killed and 40 arrested as security forces broke up "
            "protests in Conakry on Monday. The government said 40 people had been arrested for looting.")
    _screened(text)
    evs = _run(text, [_Spec("killed", "ASSAULT", 4), _Spec("had been arrested", "COERCE", 4, mode=("arrest",))],
               [("CONAKRY", "GIN", 4, "PPLC"), ("Conakry", "GIN", 4, "PPLC")], "CONAKRY, Guinea", date(2026, 7, 22))
    assert sum(e.size.arrested or 0 for e in evs) == 40
    assert next(e for e in evs if e.event == "COERCE").size.arrested == 40


def test_a_visit_or_a_cut_is_still_located_at_its_recipient() -> None:
    text = ("GOMA — Rebels advanced on the town of Sake on Wednesday. "
            "Officials said that if the town fell, Goma, a city of two million, could be cut off from supplies.")
    _screened(text)
    specs = [_Spec("advanced", "ASSAULT", 4), _Spec("cut off", "SANCTION", 3, recipient=(("Goma", "COD", None),))]
    names = [("GOMA", "COD", 4, "PPL"), ("Sake", "COD", 4, "PPL"), ("Goma", "COD", 4, "PPL")]
    evs = _run(text, specs, names, "GOMA", date(2024, 2, 8))
    cut = next(e for e in evs if e.event == "SANCTION")
    assert cut.event_loc is not None and cut.event_loc.extracted_place == "Goma"


def test_a_definite_event_noun_as_subject_is_a_re_mention() -> None:
    text = ("Fighters attacked the town of Geneina on Sunday. "
            "The attack killed at least 40 people.")
    first = _event(text, 0, "Fighters attacked the town of Geneina on Sunday.", "attacked", ("Fighters", "SDN", "REB"),
                   _loc("Geneina", 7, "SDN"))
    again = _event(text, 1, "The attack killed at least 40 people.", "killed", ("The attack", "SDN", "UAF"),
                   _loc("Geneina", 7, "SDN"), dead=40)
    out = merge_duplicates([first, again])
    assert len(out) == 1 and out[0].size.dead == 40
    other = _event(text, 1, "The attack killed at least 40 people.", "killed", None, _loc("Geneina", 7, "SDN"))
    text2 = "Fighters attacked the town of Geneina on Sunday. Another attack killed 40 people."
    other = dataclasses.replace(other, sentence=_sentence(text2, "Another attack killed 40 people.", 1),
                                trigger=_trig(text2, "killed"))
    assert len(merge_duplicates([first, dataclasses.replace(other, actor=(Entity("x", 0, 1, "SDN", "MIL"),))])) == 2


def test_an_advance_toward_a_town_is_located_there() -> None:
    text = "KYIV, Ukraine — Russian forces advanced toward Pokrovsk on Tuesday, the military said."
    places = [_place(text, "KYIV", "UKR", 4), _place(text, "Ukraine", "UKR", 1, "PCLI"),
              _place(text, "Pokrovsk", "UKR", 4)]
    s = Sentence(0, 0, len(text), text)
    loc = event_location(Article("a", text), s, _trig(text, "advanced"), places, dateline=_dateline("KYIV, Ukraine"))
    assert loc is not None and loc.extracted_place == "Pokrovsk"


def test_the_account_of_an_attack_joins_the_report_of_its_toll() -> None:
    text = ("The death toll from Friday's attack on a hotel in Mogadishu rose to 21, the health ministry said. "
            "Al-Shabaab fighters stormed the hotel on Friday evening.")
    s1 = text[:text.index(" Al-Shabaab")]
    toll = _event(text, 0, s1, "death", ("the health ministry", "SOM", "GOV"), _loc("Mogadishu", 9, "SOM"),
                  when="2026-08-28", dead=21)
    toll = dataclasses.replace(toll, actor=(Entity("the health ministry", s1.index("the health"),
                                                   s1.index("the health") + 19, "SOM", "GOV"),))
    account = _event(text, 1, "Al-Shabaab fighters stormed the hotel on Friday evening.", "stormed",
                     ("Al-Shabaab fighters", "SOM", "REB"), _loc("Mogadishu", 9, "SOM"), when="2026-08-28")
    out = merge_duplicates([toll, account])
    assert len(out) == 1 and out[0].size.dead == 21
    # a report that names no attack ("The death toll rose to 21") keeps the two apart when their parties clash
    plain = dataclasses.replace(toll, sentence=Sentence(0, 0, 31, "The death toll rose to 21 today."))
    assert len(merge_duplicates([plain, account])) == 2


def test_a_toll_report_takes_one_account_at_its_place() -> None:
    text = ("The death toll from Friday's attack on a hotel in Mogadishu rose to 21, officials said. "
            "Gunmen stormed the hotel on Friday evening. Gunmen also killed three people in Baidoa on Friday.")
    s1 = text[:text.index(" Gunmen stormed")]
    toll = _event(text, 0, s1, "death", None, _loc("Mogadishu", 9, "SOM"), when="2026-08-28", dead=21)
    toll = dataclasses.replace(toll, actor=(Entity("officials", 0, 1, "SOM", "GOV"),))
    account = _event(text, 1, "Gunmen stormed the hotel on Friday evening.", "stormed", ("Gunmen", "SOM", "UAF"),
                     _loc("Mogadishu", 9, "SOM"), when="2026-08-28")
    elsewhere = _event(text, 2, "Gunmen also killed three people in Baidoa on Friday.", "killed",
                       ("Gunmen", "SOM", "UAF"), _loc("Baidoa", 10, "SOM"), when="2026-08-28", dead=3)
    out = merge_duplicates([toll, account, elsewhere])
    assert len(out) == 2 and out[0].size.dead == 21 and out[1].size.dead == 3
