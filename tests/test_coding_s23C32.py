"""Coder round C32 (session 23): one intervention where police force disperses a crowd; a protest vowed is a protest to
come (no AGREE or CONCEDE); "signed an agreement" is one deal; talks told in an "after" phrase are a meeting; an
appeal told as a participle of the reporting verb is the speaker's request; sanctions laid on a group are no change
to its activity; a striker's later account of what its strike "targeted" is no second strike; an occupation ended
"before" police removed the occupiers is a protest met with force; a crowd that "resorted to throwing stones" riots;
weather defied ("despite heavy rain") is no disaster; arrests of people told in the midst of a protest break it up;
a raid told only by goods stolen or burned is looting; an ambush on troops is a clash; an attack whose own clause
names an air strike is an air strike; the screen passes ground "regained" or "handed" over. Sentences written for
these tests (none is an item of the round's own set); each rule has a guard and odd or empty input."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence
from newsevents.records import Article, Sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c32s23", ner=False)


def _story(nlp: Any, coder: Any, sentences: list[str]) -> list[Any]:
    """The events of a story of several sentences, coded together as the pipeline does (code_batch)."""
    text = " ".join(sentences)
    items = []
    start = 0
    for k, s in enumerate(sentences):
        with nlp.select_pipes(disable=["ner"]):
            doc = nlp(s)
        items.append((Sentence(k, start, start + len(s), s), doc))
        start += len(s) + 1
    return list(coder.code_batch(Article(id="c32story", text=text), items))


def _doc(nlp: Any, text: str) -> Any:
    with nlp.select_pipes(disable=["ner"]):
        return nlp(text)


def _types(evs: list[Any]) -> list[str]:
    return [e.event for e in evs]


# --- force that disperses a crowd is one intervention ----------------------------------------------------------------

def test_water_cannon_to_disperse_a_gathered_crowd_is_one_event(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police used water cannon and tear gas to disperse students who had gathered outside "
                            "the education ministry in Santiago, and 20 people were detained.")
    assert len(evs) == 1, evs
    assert evs[0].acled_sub_event_type == "Protest with intervention", evs


def test_water_cannon_beside_arrests_still_added(nlp: Any, coder: Any) -> None:
    # guard (round K7): force told in a clause of its own beside the arrests is still the crowd control
    evs = _code(nlp, coder, "Police used water cannon and pepper spray to push protesters back, and 14 people had "
                            "been detained, the ministry said.")
    assert any(e.event == "ASSAULT" for e in evs), evs


# --- a protest vowed --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, mode", [
    ("The nurses' union vowed to press ahead with the strike on Monday despite the court ruling.", "strike"),
    ("Opposition leaders vowed to go ahead with the rally in Harare.", "demo"),
    ("Students pledged to keep protesting until the fees are cut.", "demo"),
])
def test_a_vowed_protest_is_a_protest_to_come(nlp: Any, coder: Any, text: str, mode: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "PROTEST", evs
    assert mode in evs[0].mode and "future" in evs[0].aux, evs
    assert not {"AGREE", "CONCEDE"} & set(_types(evs)), evs


def test_vowed_protest_unit(nlp: Any) -> None:
    from newsevents.coding.readings import vowed_protest
    vow = next(t for t in _doc(nlp, "The union vowed to continue the strike.") if t.lower_ == "vowed")
    assert vowed_protest(vow) == "strike"
    # guards: a vow of help, a vow not to march, a vow of force, a word that is no vow, an empty text
    for text in ("The governor vowed to rebuild the market.", "The union vowed not to strike.",
                 "The army vowed to crush the rebels.", "Farmers marched on Monday."):
        doc = _doc(nlp, text)
        assert all(vowed_protest(t) is None for t in doc), text
    assert all(vowed_protest(t) is None for t in _doc(nlp, ""))


# --- a deal signed --------------------------------------------------------------------------------------------------

def test_an_agreement_signed_is_one_deal(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Uganda and Tanzania signed an agreement on Friday to build a new oil pipeline along "
                            "their border to boost trade, the two governments said.")
    deals = [e for e in evs if e.event in ("AGREE", "SUPPORT")]
    assert len(deals) == 1, evs


# --- talks told in an "after" phrase ----------------------------------------------------------------------------------

def test_talks_told_after_are_a_meeting(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The two countries reopened the border crossing on Monday after talks in Doha between "
                            "their defence ministers.")
    assert "CONSULT" in _types(evs), evs


def test_talks_told_unit(nlp: Any) -> None:
    from newsevents.coding.readings import talks_told
    assert talks_told(_doc(nlp, "The truce was announced following a meeting between President Ruto and "
                                "Raila Odinga.")) is not None
    # guards: talks only planned, talks with nobody named, talks that broke down, no talks, an empty text
    assert talks_told(_doc(nlp, "The ministers will meet for talks next week.")) is None
    assert talks_told(_doc(nlp, "The ceasefire was agreed after long talks.")) is None
    assert talks_told(_doc(nlp, "Fighting resumed after talks between the sides broke down.")) is None
    assert talks_told(_doc(nlp, "Rebels attacked the town.")) is None
    assert talks_told(_doc(nlp, "")) is None


# --- an appeal told as a participle of the reporting verb -----------------------------------------------------------

def test_appeal_beside_a_report_is_the_speakers_request(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Armed men abducted three aid workers in Ituri province on Monday, the UN said on "
                            "Tuesday, calling on the kidnappers to free them unharmed.")
    assert _types(evs)[:1] == ["ASSAULT"], evs
    assert "REQUEST" in _types(evs), evs


def test_reported_appeal_unit(nlp: Any) -> None:
    from newsevents.coding.readings import reported_appeal
    assert reported_appeal(_doc(nlp, "Police arrested six students, the union said, demanding their release.")) \
        is not None
    # guards: a branding ("calling it"), a participle of no reporting verb, a negated appeal, an empty text
    assert reported_appeal(_doc(nlp, "Gunmen killed five villagers, police said, calling it a cowardly attack.")) \
        is None
    assert reported_appeal(_doc(nlp, "The ministry condemned the attack, urging calm.")) is None
    assert reported_appeal(_doc(nlp, "")) is None


# --- sanctions on a group --------------------------------------------------------------------------------------------

def test_sanctions_on_armed_group_have_no_acled_change(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The United States on Monday imposed sanctions on two commanders of Sudan's paramilitary "
                            "Rapid Support Forces over killings in Darfur, the Treasury said.")
    sanctions = [e for e in evs if e.event == "SANCTION"]
    assert sanctions, evs
    assert all(e.acled_sub_event_type != "Change to group/activity" for e in sanctions), evs


# --- a strike's aim told afterwards ----------------------------------------------------------------------------------

def test_aim_told_after_a_strike_is_no_second_strike(nlp: Any, coder: Any) -> None:
    evs = _story(nlp, coder, ["Israeli aircraft struck a house in Deir al-Balah on Sunday, killing five people.",
                              "The military said it had targeted an Islamic Jihad commander."])
    assert [e.event for e in evs].count("ASSAULT") == 1, evs


@pytest.mark.parametrize("second", [
    "Later on Sunday, it also targeted a car in Rafah.",  # a word of another deed
    "Drones targeted a car in Rafah, killing two men.",  # its own toll and its own striker
])
def test_another_targeting_stays_its_own_strike(nlp: Any, coder: Any, second: str) -> None:
    evs = _story(nlp, coder, ["Israeli aircraft struck a house in Deir al-Balah on Sunday, killing five people.",
                              second])
    assert [e.event for e in evs].count("ASSAULT") == 2, evs


def test_aim_alone_stays_an_event(nlp: Any, coder: Any) -> None:
    # guard: with no strike told before it, the targeting is the story's strike
    evs = _story(nlp, coder, ["The military said it had targeted an Islamic Jihad commander in Gaza City."])
    assert "ASSAULT" in _types(evs), evs


# --- an occupation ended "before" police removed them ----------------------------------------------------------------

def test_occupation_ended_before_police_removed_them(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Workers occupied the headquarters of the state oil firm in Lagos before police "
                            "evicted them.")
    assert any(e.acled_sub_event_type == "Protest with intervention" for e in evs), evs


def test_occupation_cue_unit() -> None:
    from newsevents.coding.detect import is_candidate
    assert is_candidate("Farmers occupied the ministry in Paris before police removed them.")
    assert is_candidate("Activists occupied the square when soldiers cleared them.")
    # guard: an occupation with no removal is not this cue
    assert not is_candidate("Farmers occupied the ministry in Paris.")


# --- a crowd that resorted to throwing stones ------------------------------------------------------------------------

def test_crowd_resorting_to_stones_riots(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Demonstrators resorted to throwing stones at riot police in Conakry on Monday.")
    assert any(e.event == "PROTEST" and e.acled_sub_event_type == "Violent demonstration" for e in evs), evs


def test_resorting_crowd_unit(nlp: Any) -> None:
    from newsevents.coding.frames import projectiles_thrown
    assert projectiles_thrown(_doc(nlp, "Youths began throwing stones at the police station.")) is not None
    assert projectiles_thrown(_doc(nlp, "Youths threw rocks during the demonstration.")) is not None
    # guards: a subject that is no crowd, a crowd that did not resort to it, a throw with no target, empty text
    assert projectiles_thrown(_doc(nlp, "The farmer resorted to throwing stones at the dogs.")) is None
    assert projectiles_thrown(_doc(nlp, "Youths did not resort to throwing stones at police.")) is None
    assert projectiles_thrown(_doc(nlp, "Youths resorted to throwing stones.")) is None
    assert projectiles_thrown(_doc(nlp, "")) is None


# --- weather defied --------------------------------------------------------------------------------------------------

def test_a_rally_despite_rain_is_a_protest(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Thousands of teachers marched in Bogota on Thursday despite heavy rain.")
    assert "PROTEST" in _types(evs), evs


def test_floods_stay_a_disaster(nlp: Any, coder: Any) -> None:
    # guard: the disaster itself, with "despite" elsewhere, is still no conflict event
    evs = _code(nlp, coder, "Floods killed 14 people in Bihar despite warnings from the weather office.")
    assert not {"ASSAULT", "PROTEST", "COERCE"} & set(_types(evs)), evs


# --- arrested in the midst of a protest -----------------------------------------------------------------------------

def test_arrested_while_protesting_unit(nlp: Any) -> None:
    from newsevents.coding.acled_rules import arrested_while_protesting

    def arrest(text: str) -> Any:
        return next(t for t in _doc(nlp, text) if t.lemma_ in ("arrest", "detain"))
    assert arrested_while_protesting(arrest("Police arrested lawyers who were marching to the supreme court."))
    assert arrested_while_protesting(arrest("Police detained activists protesting outside the embassy."))
    # guards: an earlier protest of theirs, people doing something else
    assert not arrested_while_protesting(arrest("Police arrested two men who had marched last week."))
    assert not arrested_while_protesting(arrest("Police arrested men who were carrying guns."))


# --- a raid told only by the goods it took -------------------------------------------------------------------------

def test_raid_stealing_and_burning_is_looting(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Bandits raided the village of Gidan Bawa, stealing livestock and burning houses.")
    assert any(e.acled_sub_event_type == "Looting/property destruction" for e in evs), evs


def test_property_only_raid_unit(nlp: Any) -> None:
    from newsevents.coding.acled_rules import property_only_raid

    def verb(text: str, lemma: str) -> Any:
        return next(t for t in _doc(nlp, text) if t.lemma_ == lemma)
    assert property_only_raid(verb("Militants stormed a school in Tillaberi on Monday, looting the stores and "
                                   "burning the classrooms.", "storm"))
    # guards: people killed as well, an attack (people set upon), a raid with no goods taken
    assert not property_only_raid(verb("Gunmen raided a farm, stealing cattle and killing two herders.", "raid"))
    assert not property_only_raid(verb("Gunmen attacked a farm, stealing cattle.", "attack"))
    assert not property_only_raid(verb("Police raided a house in Kano.", "raid"))


# --- an ambush on troops -------------------------------------------------------------------------------------------

def test_ambush_on_troops_is_a_clash(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Jihadists ambushed an army patrol near Djibo, killing seven soldiers.")
    assert any(e.acled_sub_event_type == "Armed clash" for e in evs), evs


def test_troops_ambushed_unit(nlp: Any) -> None:
    from newsevents.coding.acled_rules import troops_ambushed

    def verb(text: str) -> Any:
        return next(t for t in _doc(nlp, text) if t.lemma_ == "ambush")
    assert troops_ambushed(verb("Insurgents ambushed a convoy of soldiers near Kunduz."))
    # guards: civilians ambushed, soldiers only named in a clause on the object, police
    assert not troops_ambushed(verb("Gunmen ambushed a bus of traders near Gao."))
    assert not troops_ambushed(verb("Militants ambushed a bus carrying soldiers' families."))
    assert not troops_ambushed(verb("Gunmen ambushed a police patrol in Kogi."))


# --- an air strike named in the deed's own clause ---------------------------------------------------------------------

def test_air_raid_with_toll_is_an_air_strike(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Syrian government jets carried out air raids on villages in Hama province, killing "
                            "at least six civilians.")
    assert any(e.acled_sub_event_type == "Air/drone strike" for e in evs), evs


def test_struck_from_the_air_unit(nlp: Any) -> None:
    from newsevents.coding.coder import struck_from_the_air

    def verb(text: str, word: str) -> Any:
        return next(t for t in _doc(nlp, text) if t.text == word)
    assert struck_from_the_air(verb("A Nigerian air force bombardment of a militant camp killed 20 fighters.",
                                    "killed"))
    # guards: gunmen in a village once hit from the air, a roadside bomb, no strike at all
    assert not struck_from_the_air(verb("Gunmen killed five villagers in a village hit by air strikes last week.",
                                        "killed"))
    assert not struck_from_the_air(verb("A roadside bomb killed four soldiers after an air strike.", "killed"))
    assert not struck_from_the_air(verb("Gunmen killed five villagers.", "killed"))


# --- the screen ------------------------------------------------------------------------------------------------------

def test_ground_regained_or_handed_passes_the_screen() -> None:
    from newsevents.coding.detect import is_candidate
    assert is_candidate("The army regained control of Kidal on Sunday.")
    assert is_candidate("Rebels handed the town of Rutshuru to the regional force.")
    # guard: a handing of something else is not this cue
    assert not is_candidate("He handed his notes to a friend.")


# --- later additions of the round -------------------------------------------------------------------------------------

def test_means_turned_on_a_crowd_is_an_intervention(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Water cannon were turned on striking dockworkers in Busan, their union said.")
    assert any(e.acled_sub_event_type == "Protest with intervention" for e in evs), evs


def test_means_turned_on_crowd_unit(nlp: Any) -> None:
    from newsevents.coding.frames import means_turned_on_crowd
    assert means_turned_on_crowd(_doc(nlp, "Tear gas was used against the marchers in Lima.")) is not None
    # guards: bare "force", a negated use, no means at all, an empty text
    assert means_turned_on_crowd(_doc(nlp, "Force was used against the marchers.")) is None
    assert means_turned_on_crowd(_doc(nlp, "Tear gas was not used against the marchers.")) is None
    assert means_turned_on_crowd(_doc(nlp, "The marchers were turned back.")) is None
    assert means_turned_on_crowd(_doc(nlp, "")) is None


def test_tear_gas_at_a_gathered_crowd_is_an_intervention(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police fired tear gas at hundreds of opposition supporters who had gathered outside "
                            "the electoral commission in Lusaka.")
    assert any(e.acled_sub_event_type == "Protest with intervention" for e in evs), evs


def test_a_protest_said_to_go_ahead_is_to_come(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The transport union said it would go ahead with Thursday's strike despite the "
                            "court ruling.")
    assert evs and evs[0].event == "PROTEST" and "future" in evs[0].aux, evs


def test_a_protest_threatened_stays_a_threat(nlp: Any) -> None:
    # guard: a threat the classifier read is left to it (CAMEO 133, threaten with protest)
    from newsevents.coding.coder import recode
    doc = _doc(nlp, "The opposition vowed to hold fresh protests if the results were not annulled.")
    vow = next(t for t in doc if t.lower_ == "vowed")
    assert recode("THREATEN", vow, doc.text, (), ()) is None or recode("THREATEN", vow, doc.text, (), ())[0] != \
        "PROTEST"
    assert recode("AGREE", vow, doc.text, (), ()) == ("PROTEST", ("demo",))


def test_an_offensive_halted_is_a_retreat(nlp: Any) -> None:
    from newsevents.coding.coder import recode
    from newsevents.coding.readings import offensive_halted

    def verb(text: str) -> Any:
        return next(t for t in _doc(nlp, text) if t.lemma_ in ("halt", "suspend", "stop"))
    trig = verb("The militia halted its advance on the capital on Saturday.")
    assert offensive_halted(trig)
    assert recode("SANCTION", trig, "", (), ()) == ("RETREAT", ("ceasefire",))
    # guards: talks or deliveries halted, an offensive not its own, a negated halt
    assert not offensive_halted(verb("The government suspended talks with the rebels."))
    assert not offensive_halted(verb("Russia halted gas deliveries to Poland."))
    assert not offensive_halted(verb("The court halted the army's offensive."))
    assert not offensive_halted(verb("The rebels did not halt their advance."))


def test_a_source_asking_anonymity_makes_no_request(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Five soldiers were killed in the ambush, a military officer told reporters, asking "
                            "not to be named.")
    assert "REQUEST" not in _types(evs), evs
