"""EventCoder: sentence -> PLOVER events (type, mode, ACLED sub-type, actors, counts, aux modes).

The learned heads (see `train`) give calibrated probabilities for the event type (with a quad-class head folded
in) and the ACLED sub-type; below the abstain threshold a sentence yields no event. The trigger is the lexicon
word of the chosen type nearest the root of the parse (a noun a light verb carries ranks with that verb); for the
sentence's first event, a cue that names no act of the main clause (a name, a background clause, a participle on a
noun, an adjunct of the main act, or another noun outside it when the main verb is of the same quad class) gives way
to the main verb when that is an event word. Actors, counts and aux modes are read around the trigger; the type
stays the classifier's, except when every cue of it was a name or a participle on a noun (evidence of no act:
"Amnesty", "U.N.-backed") and the lexicon gives the main verb exactly one type: then it is the verb's type
("Amnesty International said police detained 18 people" -> COERCE). A proper name in the main verb's own subject
is not re-typed away ("The International Monetary Fund approved a bailout" stays AID)."""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence, TypeVar

import numpy as np
from spacy.tokens import Doc, Token

from newsevents.coding.acled_rules import (crowd_actors, _ABDUCTION, _ACLED_TYPES, _STATE_FORCE_WORDS, _TAKING_VERBS, _CROWD_ACLED, _CROWD_WORDS, _FIXED_ACLED,
                                           _DEMAND_LEMMAS, _HARM_DONE, _kept_acled, _retyped_acled, acled_by_mode, attackers_pursued,
                                           acled_consistent_type, captives_are_combatants, captor_is_state,
                                           captured_kind, enemy_materiel, ground_taken_by_state, loot_not_people, place_captured,
                                           place_taken_beside, protesters_met_force, territory_side,
                                           crowd_clash, crowd_clash_noun, crowd_fought_force, crowd_fought_police, crowds_clashed, ground_assault,
                                           ground_assault_sub_type, ground_changed_hands, grave_harm, occupation_ended,
                                           occupiers_removal,
                                           symbols_burned_only, tyres_burned_only)
from newsevents.coding.actors import (NAMESAKES, article_country_focus, attacker_country, breaks_agreement,
                                      is_party_noun, load_tables, namesakes, roles, sentence_country, to_entities)
from newsevents.coding.aux import aux_modes
from newsevents.coding.clauses import (_APPEAL_VERBS, _FRAMING_HEADS, _LIGHT_VERBS, _asked_for, _background, _core_of,
                                       _has_subject, _in_adjunct_of, _light_object, _names_no_act, _names_subject_of,
                                       _participant, _weak_cue, contrast_clause, is_hedge, own_clause_tokens)
from newsevents.coding.detect import cached_word_search, is_candidate, trigger_spans
from newsevents.dates import dateline_day
from newsevents.coding.encoder import Cascade, default_cascade
from newsevents.coding.evidence import (is_crime_enforcement, lacks_evidence, names_heavy_weapon, people_seized,
                                        without_earlier_tail, without_flight)
from newsevents.coding.features import Embedder, featurize, load_wordllama
from newsevents.coding.frames import (_ACCEPT_VERBS, _CROWD_WEAPON, _FORCE_SECTORS, _POLICE_NOUNS, _PRESSURE_VERBS,
                                      crowd_subject, killed_by_hand, projectiles_at_force,
                                      _REPORTING, _TIME_NOUNS, _real_verb, _announced_pressure, _announced_with_unless,
                                      _casualty_toll, _coordinated_clauses, refused, abstained_reading, armed_deed,
                                      crowd_rally, rally_subject, deed_verb, demand_voiced, idiom_protest,
                                      answered_attacks, attack_subject_verb, background_attacks, branded_heads,
                                      caused_coercion, crowd_vandalism, person_taken, prior_attacks, relative_attacks,
                                      branded_party, branded_people, court_order, force_sent, foiled_plot,
                                      lone_prior_attack, unforced_protest,
                                      crowd_act, instanced_attacks, blamed_attacks, blame_over, pushed_back,
                                      crowd_disruption, dateline_end, dateline_subject, declares_emergency,
                                      fired_at_person, abduction_beside, entry_for_abduction, held_beside_seizure, reduced_relative_act,
                                      exchange_of_fire, tolled_attack_after,
                                      in_condition_of_announced_act, in_side_clause, in_statement_source,
                                      is_blocked_passage, is_diplomatic_protest, is_fired_at_target,
                                      is_lifted_restriction, is_nil_casualty, is_prepared_attack,
                                      is_protesters_violence, is_ruled_out, is_suppressed_protest, is_weapons_test,
                                      main_clause_attack, main_clause_coercion, own_crowd, police_force_used,
                                      police_response, projectile_downed, remention_cues, seizure_without_fight,
                                      protesters_gathered,
                                      refused_endorsement, coordinated_acts, named_as_wrong)
from newsevents.coding.lexicon import Lexicon, contexts_for, load_lexicon, mode_scores, without_riot_kit
from newsevents.coding.model import NONE, CoderModel, combine, load_model
from newsevents.coding.nonevents import (ban_described, described_as_accused, hyphen_chain, non_event_reason, protest_call_off_verb, struck_deal,
                                        term_verb)
from newsevents.coding.phrases import (closure_ordered, deadline_to_leave, expelled_party, labour_strike,
                                      labour_strike_story, military_strike, phrase_type, weapon_strike_story,
                                      deployment_purpose)
from newsevents.coding.readings import (_RIOTS, _SAYING, INQUIRIES, aid_handed, armed_aid, armed_backing,
                                        citizenship_stripped, fighting_erupted, arrest_denied, driven_out_party,
                                        designation_withheld, money_given,
                                        envoy_ordered_out, verb_of_described, guest_welcomed, in_talks,
                                        licence_revoked, official_dismissed, offensive_halted, own_reading, own_verb,
                                        party_designated, party_urged, reported_appeal, riot_kind, talks_told,
                                        raiders_freed,
                                        riot_with_toll, staff_dismissed, state_arrest_told, voted_against, vowed_force,
                                        vowed_help, vowed_protest, vowed_off, walked_out, without_others_kin)
from newsevents.coding.size import event_size, extract_size, without_dated_relatives
from newsevents.coding.story_guards import (_ATTACK_VERB_MIN, _MATERIAL_CONFLICT, flares_at_vessel,
                                            is_contraband_seizure, is_commemoration, is_disaster_report,
                                            is_disaster_story, is_drill_report,
                                            is_court_account, is_fiction_plot, is_figurative_fight, is_work_release,
                                            is_background_statement, is_civil_drill, is_coup_takeover,
                                            is_court_sentence, is_habitual_statement, is_lone_shooting,
                                            is_private_crime, is_private_quarrel, is_sport_report, is_sport_result,
                                            sea_force)
from newsevents.nlp import doc_text, doc_tokens, parse_depth
from newsevents.records import Article, Entity, Event, Sentence, Size, Trigger
from newsevents.taxonomy import acled_subtypes, cameo_root, event_scale, plover_types, quad_code


# sub-type -> mode implied when the lexicon finds none
# (round C35) fire as shooting ("opened fire on protesters", "exchanged fire", "live rounds"): a gun's fire, which
# the "primitive" cue "fire" (arson, "set fire") would otherwise read as a primitive weapon
_GUNFIRE_PHRASE = re.compile(r"(?i)\b(?:open(?:ed|s|ing)?|return(?:ed|s|ing)?|exchang(?:e|ed|es|ing)|"
                             r"trad(?:e|ed|es|ing)|live)[ -]fire\b|\blive (?:rounds|ammunition|bullets)\b")


def as_gunfire(text: str) -> str:
    """`text` with its phrases of shooting told as "gunfire" (the firearms cue), for mode cues."""
    return _GUNFIRE_PHRASE.sub("gunfire", text)


_EXCESSIVE_FORCE = "Excessive force against protesters"
_MODE_FROM_ACLED = {s.sub_event_type: s.plover_mode for s in acled_subtypes().values() if s.plover_mode}
# (round C8) deed readings that stand alone in their sentence (frames._other_deed: a reinstatement)
_SOLE_DEEDS = frozenset({"CONCEDE"})
_MAX_EVENTS_PER_SENTENCE = 2
_SECOND_EVENT_MIN = 0.35
_ACLED_NONE_MIN = 0.75
_CUE_BOOST = 4.0
_CUE_OVERRIDES = {
    "Chemical weapon": ("Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"),
    "Suicide bomb": ("Remote explosive/landmine/IED",),
    "Excessive force against protesters": ("Protest with intervention",),
}
# (round C18) a bomb named by its delivery from the air ("a glide bomb", "guided aerial bombs", "KAB bombs"): an air
# strike, where the sentence names no aircraft or raid (the lexicon's air cues)
_AIR_DROPPED = re.compile(r"(?i)\b(?:glide|gliding|guided|aerial|air-dropped|kab)\s+(?:aerial\s+)?bombs?\b")
_ALWAYS_ACLED = {"ASSAULT", "PROTEST"}
_AIR, _IED = "Air/drone strike", "Remote explosive/landmine/IED"
_EXCESSIVE = "Excessive force against protesters"
_REMENTION_CONFIDENCE = 0.5  # (a re-mention found by rule in a sentence the classifier gave no event)
_LOOTING = "Looting/property destruction"
_TERRITORY_TAKEN = ("Government regains territory", "Non-state actor overtakes territory")
_PROTEST_ACLED = ("Peaceful protest", "Protest with intervention", "Violent demonstration")
_SIZE_TYPES = ("ASSAULT", "COERCE", "PROTEST")  # the types that carry dead/injured/arrested counts


_COOP_TO_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
# statements and verbal acts: a coordinated verb of one of these types is an act of its own (round C9)
_VERBAL_TYPES = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "AGREE", "CONSULT"}
_DEMAND_MODALS = {"must", "should", "ought"}
_RESTRICTING = {"seal", "suspend", "block", "cut", "shut", "close", "ban", "restrict", "cordon", "barricade", "curb",
                "impose", "blockade"}
_STRATEGIC = "Strategic developments"
_KILL_VERBS = {"kill", "murder", "massacre", "behead", "slaughter", "slay"}
_THREAT_HEADS = {"threaten", "warn", "vow", "swear", "pledge"}
_THREAT_TYPES = {"ASSAULT", "PROTEST", "SANCTION", "COERCE", "MOBILIZE"}


_SETUP_VERBS = frozenset({"form", "set", "put", "throw", "erect", "mount", "establish", "place", "impose"})
_PUSHBACK_READINGS = frozenset({"COERCE", "MOBILIZE", "RETREAT", "ASSAULT", "AID"})


_CRAFT = frozenset({"tanker", "ship", "vessel", "boat", "freighter", "trawler", "dhow", "cargo", "aircraft", "plane",
                    "jet", "truck", "lorry", "consignment", "shipment", "carrier"})


def _craft_held(trigger: Token) -> bool:
    """(round C7b) "detained the Eagle S tanker": a vessel, aircraft or cargo held is a seizure, no arrest of
    persons (the object, or the passive subject, is a craft)."""
    held = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(held) and all(h.lemma_.lower() in _CRAFT for h in held)


_CITE_VERBS = frozenset({"cite", "invoke"})


def _cited_reason(tok: Token) -> bool:
    """The word lies in a participle clause giving the reason cited for the act ("..., citing a ban")."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "advcl" and cur.lemma_.lower() in _CITE_VERBS:
            return True
        cur = cur.head
    return False


def _is_pushback(trigger: Token) -> bool:
    """The trigger is the verb of people towed or pushed back over a border (`frames.pushed_back`)."""
    verb = pushed_back(trigger.doc)
    return verb is not None and verb.i == trigger.i


_MEET_VERBS = frozenset({"meet", "visit", "host"})


def _plain_meeting(trigger: Token) -> bool:
    """(round C23) A meeting verb that no negation, refusal or cancelling verb governs: no REJECT "meet" reading
    ("refused to meet", "will not meet", "called off a visit" stay refusals)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _MEET_VERBS or \
            any(c.dep_ == "neg" for c in trigger.children) or refused(trigger) or vowed_off(trigger):
        return False
    head = trigger.head if trigger.dep_ in ("xcomp", "ccomp") else trigger
    return head.i == trigger.i or head.lemma_.lower() not in _REFUSAL_VERBS | {"cancel", "postpone", "call"} and \
        not any(c.dep_ == "neg" for c in head.children)


def recode(event: str, trigger: Token, text: str, actors: tuple[Entity, ...],
           recipients: tuple[Entity, ...], lexicon: Lexicon | None = None) -> tuple[str, tuple[str, ...]] | None:
    """Manual type corrections that need the roles: (new type, modes), or None to keep the classifier's.
    `lexicon` is the coder's (default: the committed one)."""
    phrased = phrase_type(event, trigger)
    if phrased is not None:
        return phrased
    if event != "THREATEN" and vowed_force(trigger):
        # (round C23) "The army vowed to crush the rebels": force vowed is a threat, not a concession
        return "THREATEN", ("violence",)
    if event == "SANCTION" and offensive_halted(trigger):
        return "RETREAT", ("ceasefire",)  # (round C32) "the Wagner Group halted its advance on Moscow"
    if event not in ("PROTEST", "THREATEN") and (vowed := vowed_protest(trigger)) is not None:
        # (round C32) "vowed to go ahead with the march": a protest to come, not an AGREE or CONCEDE (a protest
        # threatened, "vowed to hold fresh protests if the results stand", stays the threat: CAMEO 133)
        return "PROTEST", (vowed,)
    if event in ("THREATEN", "ASSAULT") and vowed_help(trigger):
        # (round C23) "vowed to rebuild the schools destroyed in the fighting": a promise of aid
        return "AGREE", ()
    if event == "SUPPORT" and guest_welcomed(trigger):
        # (round C16) "welcomed the Algerian prime minister at Carthage Palace": hosting a visitor (CAMEO 043), not
        # praise; "welcomed the decision" stays SUPPORT
        return "CONSULT", ("visit",)
    if event in _PUSHBACK_READINGS - {"COERCE"} and _is_pushback(trigger):
        # (round C7b) "pushed the migrants back towards our waters": people forced back over a border (a pushback)
        return "COERCE", ("deport",)
    if event == "COERCE" and trigger.pos_ == "VERB" and trigger.lemma_.lower() in _KILL_VERBS:
        # (round C12) "17 inmates were killed in a riot at a prison": killing is force, not coercion
        return "ASSAULT", ()
    if event == "PROTEST" and is_diplomatic_protest(trigger, text, actors):
        return "ACCUSE", ("disapprove",)
    if event in ("THREATEN", "REQUEST", "COERCE", "REJECT", "ACCUSE") and (order := court_order(trigger)):
        return order
    if event == "ASSAULT" and is_protesters_violence(trigger):
        return "PROTEST", ("riot",)
    if event == "ASSAULT" and flares_at_vessel(trigger):
        return "COERCE", ("restrict",)  # (round C28) flares fired at a ship: harassment at sea, no attack
    if event in ("ASSAULT", "PROTEST", "COERCE") and struck_deal(trigger) is not None:
        return "AGREE", ()  # "struck a deal"
    if event == "PROTEST" and military_strike(trigger):
        return "ASSAULT", ()  # (round C36) "could strike Iranian nuclear sites": force, no labour strike
    if event in ("ASSAULT", "COERCE") and trigger.lemma_.lower() == "raid" and actors:
        # (round C37) who raids decides the act: gangs, bandits and armed groups raiding villages attack; the
        # state's police or troops told as possibly raiding ("could carry out more raids on the slums") search
        # and seize (a raid done is left to the classifier and the arrests told with it)
        if event == "COERCE" and all(a.sector in _RAIDERS for a in actors):
            return "ASSAULT", ()
        if event == "ASSAULT" and all(a.sector in ("COP", "MIL") for a in actors) and _raid_to_come(trigger):
            return "COERCE", ()
    if event == "ASSAULT" and is_weapons_test(text, actors, recipients):
        return "MOBILIZE", ("weapons",)
    if event == "MOBILIZE" and is_fired_at_target(text) and not is_prepared_attack(trigger) and \
            not is_drill_report(text):
        # (round C13) a target hit in a drill ("firing missiles at a decommissioned vessel during live-fire
        # drills") is the exercise's own, no strike: the exercise stays MOBILIZE (PLOVER manual)
        return "ASSAULT", ()
    if event == "PROTEST" and is_suppressed_protest(trigger) and not _CROWD_WEAPON.search(text):
        return "COERCE", ("restrict",)
    if event == "RETREAT" and is_lifted_restriction(trigger):
        return "CONCEDE", ()
    if event == "PROTEST" and is_blocked_passage(trigger) and actors and \
            all(a.sector in ("COP", "MIL") for a in actors):
        return "COERCE", ("restrict",)  # "Police blocked roads leading to the State House": forces restrict
    if event in ("SANCTION", "COERCE") and is_blocked_passage(trigger) and _civilian_blockers(trigger, actors):
        # (round C29) "Villagers blocked the road to the mine", "They blocked the road to parliament": people who
        # are no force, state or armed group blocking a road protest (a state's blockade stays its restriction)
        return "PROTEST", ("obstruct",)
    if event == "REJECT" and is_blocked_passage(trigger):
        if any(a.sector in _FORCE_SECTORS for a in actors):
            return "COERCE", ("restrict",)
        return "PROTEST", ("obstruct",)
    if event == "PROTEST" and actors:
        lx = lexicon or load_lexicon()
        if all(a.sector in _ARMED_SECTORS | {"CRM"} for a in actors) and is_type_word(lx, "ASSAULT", trigger, text):
            # "Al-Shabaab stormed a hotel": armed groups and armies attack, they do not protest; (round C30) nor do
            # gangs or bandits ("Gang members stormed the town and freed inmates from its prison")
            return "ASSAULT", ()
        if all(a.sector in ("COP", "MIL") for a in actors) and \
                is_type_word(lx, "COERCE", _governing_verb(trigger), text):
            # "Police raided a protest camp": the force acts on the protest (police who march over pay protest)
            return "COERCE", ()
    return None


_AIR_STRIKES = re.compile(r"\b(air ?strikes?|airstrikes?|air raids?|drone strikes?|warplanes?|fighter jets?)\b",
                          re.IGNORECASE)
_STRIKE_KINDS = {"missile", "rocket", "artillery", "mortar", "knife", "suicide", "ground", "naval", "general",
                 "hunger", "labour", "labor", "national", "nationwide", "teachers", "workers"}


def event_is_bare_strike(event: str, acled: str | None, trig: Token) -> bool:
    """An ASSAULT with the generic ACLED "Attack" on the bare noun "strike(s)", with no modifier naming another
    weapon or a labour strike (round C9)."""
    return event == "ASSAULT" and acled == "Attack" and trig.pos_ == "NOUN" and \
        trig.lemma_.lower() == "strike" and \
        not any(c.lower_ in _STRIKE_KINDS for c in trig.children if c.dep_ in ("compound", "amod", "nmod"))


def accusation_of(trig: Token) -> Token | None:
    """The accusing verb whose "of/for" content `trig` lies in ("accused the party of using thugs to intimidate
    voters" -> accused), or None. (The coder re-types only under a finite accusation with its own subject: "a
    report accusing the army of ..." keeps the classifier's reading.)"""
    cur, hops = trig, 0
    while cur.head.i != cur.i and hops < 6:
        if cur.dep_ == "prep" and cur.lower_ in ("of", "for"):
            # (the parser may hang "of ..." on the accused: "accused [the opposition of paying ...]")
            verb = cur.head if cur.head.dep_ not in ("dobj", "obj") else cur.head.head
            if verb.pos_ == "VERB" and verb.lemma_.lower() in ("accuse", "blame"):
                return verb
        cur, hops = cur.head, hops + 1
    return None


def described_party(trig: Token) -> bool:
    """A party noun ("raiders", "forces") that is only described by "be" or found doing nothing: "Eight of the
    raiders were among the dead", "security forces found the bodies of six men". It tells no act of force."""
    if trig.pos_ != "NOUN" or not is_party_noun(trig):
        return False
    cur, hops = trig, 0
    while cur.dep_ in ("pobj", "prep") and hops < 3:
        cur, hops = cur.head, hops + 1
    if cur.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = cur.head
    if verb.lemma_.lower() == "be":
        return True
    return verb.lemma_.lower() in ("find", "discover", "recover", "retrieve", "exhume") and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("body", "corpse", "remains") for c in verb.children)


def weapon_handled(first: Token, trig: Token, first_event: str, event: str) -> bool:
    """ "The bomb was detonated by remote control": the verb that says what was done with the first event's
    weapon or attack noun (its subject or object) tells the same attack, not a second act of another type."""
    return first_event == "ASSAULT" and event != "ASSAULT" and first.pos_ == "NOUN" and \
        first.head.i == trig.i and first.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")


def _governing_verb(tok: Token) -> Token:
    """The verb a noun trigger hangs from ("raided a protest camp" -> raided), or the token itself."""
    cur, hops = tok, 0
    while cur.pos_ != "VERB" and cur.head.i != cur.i and hops < 3:
        cur, hops = cur.head, hops + 1
    return cur if cur.pos_ == "VERB" else tok


_ARMED_SECTORS = {"REB", "MIL", "UAF", "PRM"}
# (round C37) non-state armed sides and gangs, whose raids are attacks
_RAIDERS = frozenset({"REB", "UAF", "PRM", "CRM", "INS"})
_MAY_DO = frozenset({"could", "may", "might", "will", "would", "'ll", "shall", "can"})


def _raid_to_come(trigger: Token) -> bool:
    """(round C37) The raid is only possible or to come: its verb ("raid", or the verb whose object the noun is:
    "carry out", "launch", "conduct") has a modal ("could carry out more raids", "may launch further raids")."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") else trigger
    return any(c.dep_ == "aux" and c.lower_ in _MAY_DO for c in verb.children)


def is_type_word(lexicon: Lexicon, event: str, tok: Token, text: str) -> bool:
    """`tok` is a word of `event` in the lexicon ("stormed" ASSAULT, "raided" COERCE); `text` is the parsed
    sentence, which `tok.idx` indexes."""
    rx = lexicon.trigger_res.get(event)
    return rx is not None and rx.match(text, tok.idx) is not None


_READY_WORDS = {"ready", "prepared", "willing"}


def _readied(trigger: Token) -> bool:
    """The trigger lies in the infinitive of "ready/prepared/willing to ..." ("ready to use its sanctions regime",
    "stands ready to impose sanctions"), up to four links away."""
    cur = trigger
    for _ in range(4):
        if cur.dep_ not in ("compound", "dobj", "pobj", "prep", "xcomp", "nmod", "amod") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in _READY_WORDS and cur.pos_ in ("ADJ", "VERB"):
            return True
    return False


_REFUSAL_VERBS = frozenset({"refuse", "reject", "veto", "decline", "oppose", "boycott"})
_WILL = frozenset({"will", "would", "'ll", "shall"})


def _own_modal_refusal(trigger: Token) -> bool:
    """(round C23) The trigger is a refusal verb carrying will/would itself, with no negation: "will refuse to sign",
    "would veto the package" (a refusal to come, unlike "will not lift the ban", which refuses now)."""
    kids = list(trigger.children)
    return trigger.lemma_.lower() in _REFUSAL_VERBS and any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids) and \
        not any(c.dep_ == "neg" for c in kids)


_PAST_MARKS = frozenset({"after", "since", "because"})


def _told_past_deed(trigger: Token) -> bool:
    """(round C34) "Israel warned it would strike Beirut ..., after an Israeli strike killed three people in Tyre":
    a simple past verb of its own "after"/"since"/"because" clause is a deed already done, even where the parse
    hangs the clause under the threatened act (whose will/would and threat verb are not its own); also the deed
    noun that is the subject of such a verb ("after an air strike killed four")."""
    verb = trigger.head if trigger.dep_ == "nsubj" and trigger.pos_ == "NOUN" else trigger
    return verb.tag_ == "VBD" and verb.dep_ == "advcl" and \
        any(c.dep_ == "mark" and c.lower_ in _PAST_MARKS for c in verb.children) and \
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


_UNTIL = frozenset({"until", "till"})
_PULLING_OUT = frozenset({"withdraw", "retreat", "pull"})
_PAST_AUX = frozenset({"did", "had", "was", "were"})


def done_not_until(trigger: Token) -> bool:
    """(round C36) "the armed forces did not arrive until Wednesday", "did not leave until police came": a past act
    negated only up to a time or an event happened then; no negation (a future "will not stop until ..." is a
    condition, left to the threat and refusal rules)."""
    verb = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.pos_ in ("NOUN", "PROPN") else trigger
    kids = list(verb.children)
    if verb.pos_ != "VERB" or not any(c.dep_ == "neg" for c in kids) or \
            not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in kids) or \
            any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "shall", "could", "may", "might", "can") for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _UNTIL and any(p.dep_ in ("pobj", "pcomp") for p in c.children) or
               c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _UNTIL for m in c.children)
               for c in kids)


def reconcile(event: str, trigger: Token, aux: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """Apply the PLOVER manual's "single category, not category + auxiliary" rules:
    future cooperation (CONSULT/SUPPORT/COOPERATE/AID + future) is AGREE, an announced future RETREAT is
    CONCEDE, and force or sanctions announced through threaten/warn/vow/swear are THREATEN."""
    if done_not_until(trigger):
        aux = tuple(a for a in aux if a != "negation")  # (round C36) "did not arrive until Wednesday": it did
        if event == "REJECT" and trigger.lemma_.lower() in _PULLING_OUT:
            event = "RETREAT"  # "did not withdraw from the town until Friday": no refusal, a withdrawal on Friday
    rest = tuple(a for a in aux if a not in ("future", "hypothetical"))
    if _told_past_deed(trigger):
        aux = rest
    if event == "REJECT" and _plain_meeting(trigger):
        # (round C23) "The transport minister would meet striking rail workers": a meeting refused by nobody is a
        # meeting (then, told ahead, cooperation to come as below)
        event = "CONSULT"
    if trigger.lemma_.lower() in _VOTE_VERBS and any(c.dep_ == "prep" and c.lower_ == "against"
                                                     for c in trigger.children):
        event = "REJECT"  # (round C23) "Hungary would vote against the package": a refusal, with its aux modes
    if event in ("AGREE", "THREATEN", "CONCEDE"):
        # these types already say the action lies ahead ("will meet", "would respond", "would release")
        event_aux = rest
    else:
        event_aux = aux
    if trigger.lemma_.lower() in _PRESSURE_VERBS and ("future" in aux or "hypothetical" in aux) and \
            _announced_pressure(trigger):
        # "said they would boycott all contact": a threat whatever type the classifier saw in the boycott
        return "THREATEN", rest
    if event != "THREATEN" and in_condition_of_announced_act(trigger):
        return "THREATEN", rest
    if (event in _THREAT_TYPES | {"REJECT"} or refused(trigger) or vowed_off(trigger)) and \
            _announced_with_unless(trigger):
        # "Kenya will close its border unless the rebels stop their attacks"; a refusal with a condition is one
        # too ("will not release the soldiers unless Israel releases ...")
        return "THREATEN", rest
    if event == "REJECT" and "negation" in aux and trigger.lemma_.lower() in _ACCEPT_VERBS:
        # "We do not accept the accusations": the refusal is the negated acceptance itself, no negated REJECT
        return "REJECT", tuple(a for a in aux if a != "negation")
    if event not in ("ASSAULT", "REJECT") and refused_endorsement(trigger):
        # "We cannot support a text that ignores the authorities": a refusal, whatever the classifier read
        return "REJECT", tuple(a for a in rest if a != "negation")
    if refused(trigger) or vowed_off(trigger) or (event not in ("ASSAULT", "REJECT") and is_ruled_out(trigger)):
        # "will not lift the ban", "declined to resign", "refused to end the strike", "lifting the sanctions is out
        # of the question": a refusal; (round C23) a refusal verb with its own will/would and no negation lies
        # ahead as told ("Brazil will refuse to sign the agreement")
        kept = aux if _own_modal_refusal(trigger) else rest
        return "REJECT", tuple(a for a in kept if a != "negation")
    if event == "REQUEST" and any(c.dep_ == "aux" and c.lower_ in _DEMAND_MODALS for c in trigger.children):
        # (round C12) "said the world must stop the flow of fuel": the modal is the demand the REQUEST codes, not
        # a hypothetical act
        return event, rest
    if "future" in aux and event in _COOP_TO_AGREE:
        return "AGREE", rest
    if "future" in aux and event == "RETREAT":
        return "CONCEDE", rest
    if event in _THREAT_TYPES and ("future" in aux or "hypothetical" in aux):
        if _announced_pressure(trigger):
            return "THREATEN", rest
        cur, hops = trigger, 0
        while cur.dep_ in ("xcomp", "ccomp", "advcl", "conj", "pobj", "pcomp", "prep") and hops < 3:
            cur, hops = cur.head, hops + 1
            if cur.lemma_.lower() in _THREAT_HEADS:
                return "THREATEN", rest
    if event in ("SANCTION", "COERCE") and _readied(trigger):
        # (round K7) "was ready to use its cyber sanctions regime against those responsible": a measure held out
        return "THREATEN", rest
    if event == "ASSAULT" and is_prepared_attack(trigger):
        # "the army prepared to resume shelling": forces readied, the attack not yet made (MOBILIZE)
        return "MOBILIZE", rest
    return event, event_aux


# a reaction verb whose object is the word the classifier's type came from: "rejected a request by X" is a
# refusal, "condemned the attack" an accusation (the object is what is reacted to, not the event)
_REACTION_VERBS = {"reject", "condemn", "denounce", "deplore", "deny", "refuse", "welcome", "praise", "criticize",
                   "criticise", "defy", "dismiss"}
_TARGET_PREPS = {"against", "on", "at", "targeting", "upon"}
_VOTE_VERBS = frozenset({"vote", "ballot"})


# (round K7) "called for an independent inquiry": readings' inquiry nouns less "inquest", which this test never read
_INQUIRY_NOUNS = INQUIRIES - {"inquest"}


def _civilian_blockers(trigger: Token, actors: Sequence[Entity]) -> bool:
    """The blocking verb's subject is told and names no force or authority, and no actor is a state, force or armed
    group."""
    return crowd_subject(trigger) and not any(a.sector in _FORCE_SECTORS or a.sector in _ARMED_SECTORS for a in actors)


def _envoy_title(tok: Token) -> bool:
    """(round C29) The "charge" of a diplomat's title "charge d'affaires": an envoy, no legal charge."""
    if tok.lower_ not in ("charge", "chargé") or tok.i + 1 >= len(tok.doc):
        return False
    return tok.doc[tok.i + 1].lower_.replace("’", "'").startswith("d'affaire")


def _is_sanction_word(tok: Token, lexicon: Lexicon) -> bool:
    """A SANCTION or COERCE lexicon noun ("sanctions", "embargo", "arrest", "ban"), or an inquiry asked for."""
    text = tok.doc.text
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _INQUIRY_NOUNS or any(
        (rx := lexicon.trigger_res.get(t)) is not None and rx.match(text, tok.idx) for t in ("SANCTION", "COERCE")))


def _appealed_act(trig: Token) -> Token | None:
    """The appeal verb when the trigger lies in the act it asks a party to do ("called on the UN to speed up the
    deployment of a force", "asked the army to send troops"): the event is the request (round C9)."""
    cur = trig
    for _ in range(5):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ == "xcomp" and cur.pos_ == "VERB":
            verb = cur.head
            if verb.lemma_.lower() in _APPEAL_VERBS and any(
                    c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on") for c in verb.children):
                return verb
            return None
        if cur.dep_ == "ccomp" and cur.pos_ == "VERB" and cur.tag_ in ("VB", "VBP") and \
                cur.lemma_.lower() in _HALT_VERBS and cur.head.lemma_.lower() in _DEMAND_THAT_VERBS and \
                trig.head.i == cur.i and trig.dep_ == "dobj" and \
                not any(c.dep_ in ("aux", "auxpass") for c in cur.children):
            # (round C11) "We demand that Russia stop the attacks": the attacks are what the demand would end
            return cur.head
        if cur.dep_ in ("ccomp", "advcl", "relcl", "conj"):
            return None
        cur = cur.head
    return None


# (round C36) "Human Rights Watch called on the Nigerian government to investigate the killings": the act a party
# is called on to do is what the call asks for (PLOVER REQUEST to that party), not a deed (an investigation, ACCUSE)
_CALLING_VERBS = frozenset({"call", "appeal", "plead"})


def _party_called_on(trig: Token) -> Token | None:
    """The calling verb when the verb trigger is the to-infinitive of "called/appealed on <party> to ...", else
    None."""
    verb = trig.head
    if trig.dep_ != "xcomp" or verb.i == trig.i or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in _CALLING_VERBS or \
            not any(a.dep_ == "aux" and a.lower_ == "to" for a in trig.children):
        return None
    on_party = any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(p.dep_ == "pobj" for p in c.children)
                   for c in verb.children)
    return verb if on_party else None


_SPEAKER_CROWDS = {"protester", "protestor", "demonstrator", "marcher", "striker", "activist"}
_SPEECH_VERBS = {"say", "tell", "add", "state", "declare", "write", "insist"}


def _speakers_demand(trig: Token) -> Token | None:
    """(round C11) "'We demand that Russia stop the attacks,' the protesters said": the crowd noun only names who
    spoke; what they did in the sentence is the demand they voiced (REQUEST on the demand verb)."""
    if trig.dep_ != "nsubj" or trig.lemma_.lower() not in _SPEAKER_CROWDS or \
            trig.head.lemma_.lower() not in _SPEECH_VERBS:
        return None
    return next((c for c in trig.head.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and
                 c.lemma_.lower() in _DEMAND_THAT_VERBS | {"call"}), None)


# (round C11) verbs that ask, in a that-clause, for an act to end, and the acts of ending
_DEMAND_THAT_VERBS = {"demand", "insist", "urge", "ask", "request", "appeal", "beg", "plead"}
_HALT_VERBS = {"stop", "halt", "end", "cease", "suspend", "call", "withdraw", "pull"}


def _joined_act(trig: Token, lexicon: Lexicon) -> tuple[Token, str] | None:
    """(round C12) "The United States joined Britain in attributing the attack to Russia": the act joined in (the
    gerund after "in"), when the lexicon gives it one type, is the event; joining is no act of its own."""
    if trig.lemma_.lower() != "join" or trig.pos_ != "VERB":
        return None
    text = trig.doc.text
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ == "in"):
        for act in (g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"):
            types = [t for t, rx in lexicon.trigger_res.items() if rx.match(text, act.idx)]
            if len(types) == 1:
                return act, types[0]
    return None


def _support_given(out: Sequence[Event], trigs: Sequence[Token]) -> int | None:
    """Index of a SUPPORT event on a noun ("in budget support", "as military support") that lies inside the phrase
    of an AID verb of the same sentence: the kind of aid given, no verbal endorsement."""
    aid = [t for e, t in zip(out, trigs) if e.event == "AID" and t.pos_ == "VERB"]
    for k, (e, t) in enumerate(zip(out, trigs)):
        if e.event == "SUPPORT" and t.pos_ == "NOUN" and any(t in a.subtree and t.head.pos_ == "ADP" for a in aid):
            return k
    return None


def governing_event(trig: Token, lexicon: Lexicon) -> tuple[Token, str] | None:
    """(better trigger, its PLOVER type) when the chosen trigger is only part of the event: the object of a reaction
    verb ("rejected [a request]" -> REJECT on "rejected"), the target of an attack noun ("attack against a military
    [base]" -> ASSAULT on "attack"), a party targeted by another act ("the crackdown on [protesters]" -> COERCE on
    "crackdown") or a measure asked for ("called for [sanctions]" -> REQUEST on "called"); None to keep the
    trigger."""
    joined = _joined_act(trig, lexicon)
    if joined is not None:
        return joined
    if trig.pos_ == "VERB" and (asker := _party_called_on(trig)) is not None:
        return asker, "REQUEST"
    if trig.pos_ == "VERB" and (sender := deployment_purpose(trig)) is not None:
        return sender, "MOBILIZE"  # (round C36) "were deployed to search the forest": the deployment
    if trig.pos_ not in ("NOUN", "PROPN"):
        return None
    head = trig.head
    if trig.dep_ == "dobj" and head.lemma_.lower() == "call" and named_as_wrong(trig, head):
        return head, "ACCUSE"  # (round C9) "called the veto 'a disgrace'": the judgment, not the veto again
    appeal = _appealed_act(trig)
    if appeal is not None:
        return appeal, "REQUEST"
    demand = _speakers_demand(trig)
    if demand is not None:
        return demand, "REQUEST"
    if trig.dep_ == "pobj" and head.lower_ == "against" and head.head.pos_ == "VERB" and \
            head.head.lemma_.lower() in _VOTE_VERBS:
        # (round C23) "France would vote against the deal": the vote against is the refusal (CAMEO 12), not the deal
        return head.head, "REJECT"
    if trig.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _REACTION_VERBS:
        cand = head
    elif trig.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB" and \
            head.head.lemma_.lower() in _APPEAL_VERBS and _is_sanction_word(trig, lexicon):
        # "called for sanctions against X", "pressed for the arrest of X": the demand, not the measure
        cand = head.head
    elif trig.dep_ == "pobj" and head.lower_ in _TARGET_PREPS and head.head.pos_ == "NOUN" and \
            head.head.i != head.i:
        cand = head.head
        rx = lexicon.trigger_res.get("ASSAULT")
        if rx is not None and rx.match(cand.doc.text, cand.idx):
            return cand, "ASSAULT"
        if not is_party_noun(trig):
            return None
        # a party noun is the target of the act that governs it: "the crackdown on protesters" is the crackdown
        # (COERCE), not a protest
    else:
        return None
    text = cand.doc.text
    types = [t for t, rx in lexicon.trigger_res.items() if rx.match(text, cand.idx)]
    return (cand, types[0]) if len(types) == 1 else None


# verbs that only look for, name or describe a party: "had not identified the attackers", "police are hunting
# for the gunmen" mention who did an attack, they are no attack (arresting them is COERCE, typed as such)
_LOOKUP_VERBS = {"identify", "name", "hunt", "search", "seek", "find", "trace", "track", "locate", "describe"}


def is_party_lookup(trig: Token) -> bool:
    """True when the trigger is a party noun ("attackers") that is only the object of a look-up verb."""
    if trig.pos_ != "NOUN" or not is_party_noun(trig):
        return False
    head = trig.head
    if trig.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif trig.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in _LOOKUP_VERBS


_T = TypeVar("_T")


def _once(fn: Callable[[], _T]) -> Callable[[], _T]:
    """`fn`, computed on the first call only (per-sentence values shared by the sentence's events)."""
    memo: list[_T] = []

    def get() -> _T:
        if not memo:
            memo.append(fn())
        return memo[0]
    return get


def _scoped_sizes(events: list[Event], trigs: list[Token], text: str,
                  sentence_size: Callable[[], Size] | None = None) -> list[Event]:
    """With several events in one sentence, each takes the counts of its own clause ("Police killed 3 militants
    and arrested 4 others": dead=3 for the attack, arrested=4 for the arrest); see `size.event_size`.
    `sentence_size` gives the sentence's counts when the caller has them already."""
    if len(events) < 2:
        return events
    out = []
    for k, ev in enumerate(events):
        if ev.event in _SIZE_TYPES:
            whole = sentence_size() if sentence_size is not None else None
            size = event_size(text, trigs[k], trigs[:k] + trigs[k + 1:], whole)
            # (round C18) as with one event: a dated "where/when" clause's toll is not this event's (a re-mention's)
            size = without_dated_relatives(size, trigs[k])
            ev = ev if size == ev.size else replace(ev, size=size)
        out.append(ev)
    return out


@dataclass(frozen=True)
class _Prediction:
    event: str
    confidence: float
    acled: str | None
    assault_acled: str | None = None  # the head's best violent sub-type, for a re-typing to ASSAULT
    # the ACLED head's (cue-boosted) probabilities, to choose again on the event's own clause
    acled_p: tuple[float, ...] = field(default=(), compare=False, repr=False)


# Military installations: a MOBILIZE cue as a deployment ("established a base"), a target when attacked
_INSTALLATIONS = frozenset({"base", "camp", "outpost", "garrison", "barracks", "checkpoint", "post", "position",
                            "headquarters"})


def _past_or_figurative_dropped(preds: list[_Prediction], text: str) -> list[_Prediction]:
    """(round C11) a commemoration of past violence (round C13: or a court's account of it) yields no
    material-conflict reading, and a fight against a
    disease or an idea, or force acted out in a drill, no ASSAULT (`story_guards`); the classifier, the deed
    reading and the toll rule all see the violence words inside the commemorated or figurative phrase."""
    if not preds:
        return preds
    if is_commemoration(text) or is_court_account(text) or is_civil_drill(text):
        preds = [q for q in preds if q.event not in _MATERIAL_CONFLICT]
    if is_figurative_fight(text) or is_drill_report(text):
        preds = [q for q in preds if q.event != "ASSAULT"]  # (drills: the deed reading bypassed the loop's guard)
    return preds


def _court_or_coup(preds: list[_Prediction], text: str) -> list[_Prediction]:
    """(round C15) A court's sentence is one SANCTION/convict event (the violence named is the crime judged); a coup
    taking power is one COERCE 'seize' (no ASSAULT unless harm is named), whatever the classifier read first."""
    if not preds:
        # the classifier may abstain on "overthrew the president in a coup"
        return [_Prediction("COERCE", 0.5, "Other")] if is_coup_takeover(text) else preds
    for kind, test in (("SANCTION", is_court_sentence), ("COERCE", is_coup_takeover)):
        if preds[0].event != kind and preds[0].event in _MATERIAL_CONFLICT and test(text):
            first = next((q for q in preds if q.event == kind), None) or \
                _Prediction(kind, preds[0].confidence, None if kind == "SANCTION" else "Other")
            rest = [q for q in preds if q.event != kind and q.event not in ("ASSAULT", "COERCE", "PROTEST")]
            return [first] + rest
    return preds


def _actor_names(event: Event) -> set[str]:
    return {a.entity_text for a in event.actor}


def _never_events(text: str) -> bool:
    """A sentence `predict` codes nothing for, whatever the classifier says: a sports result, a fiction plot, a
    work's release, a background statement."""
    return is_sport_result(text) or is_fiction_plot(text) or is_work_release(text) or is_background_statement(text)


def _quiet_kind(text: str) -> bool:
    """A sentence `predict` keeps from conflict events whatever the classifier says (a sports result, fiction, a
    background statement, a disaster, a private crime, a drill, contraband, a habit) or keeps from them after it (a
    commemoration: "A monument to the villagers killed in the 1994 massacre was unveiled"; a court's account, a
    civil drill, a figurative fight): no re-mention is coded in it."""
    return _never_events(text) or is_commemoration(text) or \
        is_court_account(text) or is_civil_drill(text) or is_figurative_fight(text) or \
        is_disaster_report(text) or is_private_crime(text) or \
        is_drill_report(text) or is_contraband_seizure(text) or is_habitual_statement(text)


def _clause_with_patient(verb: Token) -> str:
    """A relative or participle clause's words, a participle's noun first ("hostages seized in the attack"): the
    one it was done to names the deed (the hostages make it an abduction)."""
    words = "".join(t.text_with_ws for t in verb.subtree).strip()
    return f"{verb.head.text} {words}" if verb.dep_ == "acl" else words


def _way_of(noun: Token, verb: Token, attack: re.Pattern[str] | None) -> bool:
    """`noun` names how the act of `verb` was done ("killed in the massacre of June 5"), or is the subject of an
    attack verb (`attack`: its cue words), the same act ("The bombings on June 3, 2012, struck ..."; not "The
    assassination ... in 1995 shocked the country"): no act of its own."""
    if noun.dep_ == "pobj" and noun.head.head.i == verb.i:
        return True
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i and attack is not None and \
        attack.match(doc_text(verb.doc), verb.idx) is not None


def _in_clause_of(tok: Token, clause: Token) -> bool:
    """`tok` lies below `clause`, a relative or participle clause's verb or a noun (not a main verb, whose subtree
    is the whole sentence)."""
    if clause.i == tok.i or clause.dep_ not in ("relcl", "acl") and clause.pos_ != "NOUN":
        return False
    return clause.left_edge.i <= tok.i <= clause.right_edge.i and any(a.i == clause.i for a in tok.ancestors)


def _party_of(trigger: Trigger | None, event: Event) -> bool:
    """Whether the trigger's words lie inside one of the event's actor or recipient spans."""
    return trigger is not None and any(e.start <= trigger.start and trigger.end <= e.end for e in event.actor + event.recipient)


def _attacked_by(noun: Token, attack: re.Pattern[str], text: str) -> Token | None:
    """The attack verb whose object (or "on/against" object) `noun` is: "attacked a US base", "fired rockets at
    the base", "an assault on the camp" is not included (a noun trigger there is the ASSAULT already)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("on", "at", "against", "into"):
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return head if head.pos_ == "VERB" and attack.match(text, head.idx) else None


_AIR_WEAPONS = re.compile(r"(?i)\b(drones?|uavs?|jets?|warplanes?|aircraft|air ?strikes?|helicopters?|guided bombs?)\b")
_FIRED_WEAPONS = re.compile(r"(?i)\b(missiles?|rockets?|shells?|artillery|mortars?|projectiles?)\b")


def _without_abduction(ev: Event) -> Event:
    """The attack beside an abduction told apart: no abduct mode, no abduction sub-type."""
    if ev.acled_sub_event_type == _ABDUCTION:
        ev = replace(ev, acled_sub_event_type="Attack", acled_event_type=acled_subtypes()["Attack"].event_type)
    return replace(ev, mode=tuple(m for m in ev.mode if m != "abduct"))


# (round C23) verbs of killing a captive: the deed done to people already held ("executed three captured drivers")
_CAPTIVE_KILLING = _KILL_VERBS | {"execute", "shoot"}


def _captives_killed(ev: Event, trigger: Token) -> bool:
    """(round C23) "The kidnappers killed a hostage a week after abducting him": an abduction reading on a verb of
    killing with an object is the killing of people held before, an attack; the abduction is an earlier event."""
    return ev.event == "ASSAULT" and (ev.acled_sub_event_type == _ABDUCTION or "abduct" in ev.mode) and \
        trigger.pos_ == "VERB" and trigger.lemma_.lower() in _CAPTIVE_KILLING and \
        any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children)


def _taking_read_as_attack(ev: Event, trigger: Token, trigs: Sequence[Token]) -> bool:
    """(round C23) "..., while a tribal elder was kidnapped in Bannu", "abducted 23 farmers, two days after an attack
    on a base left nine soldiers dead": an event on a kidnapping verb read as an attack or a clash, when the sentence
    tells the harm as another event's, is the abduction its verb says (a killing or fighting in its own clause keeps
    its sub-type)."""
    if ev.event != "ASSAULT" or ev.acled_sub_event_type not in ("Attack", "Armed clash") or \
            trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _TAKING_VERBS:
        return False
    others = {t.i for o in trigs if o.i != trigger.i and o.i in {s.i for s in trigger.subtree} for t in o.subtree}
    if ev.acled_sub_event_type == "Armed clash" and not others:
        return False  # (the clash is the classifier's reading of this clause alone)
    return not _HARM_DONE.search("".join(t.text_with_ws for t in trigger.subtree if t.i not in others))


def _disappeared_with(ev: Event, trigger: Token) -> bool:
    """(round C33) "Houthi forces detained and disappeared several UN staff members": an arrest joined with a
    transitive "disappeared" (people made to vanish by their captors) is ACLED's forced disappearance."""
    if ev.event != "COERCE" or trigger.pos_ != "VERB":
        return False
    joined = list(trigger.conjuncts) + ([trigger.head] if trigger.dep_ == "conj" else [])
    return any(v.lemma_.lower() == "disappear" and v.pos_ == "VERB" and
               (any(c.dep_ == "dobj" for c in v.children) or not any(c.dep_ == "nsubj" for c in v.children))
               for v in joined)


def _as_forced_disappearance(ev: Event, text: str, lexicon: Lexicon) -> Event:
    """An arrest read as the forced disappearance it is: ASSAULT abduct, ACLED's abduction/forced disappearance,
    its parties and counts kept."""
    modes = ("abduct",)
    return replace(ev, event="ASSAULT", mode=modes, context=contexts_for(text, modes, lexicon),
                   quad_code=quad_code("ASSAULT"), event_scale=event_scale("ASSAULT", modes),
                   cameo_root=cameo_root("ASSAULT", modes), acled_sub_event_type=_ABDUCTION,
                   acled_event_type=acled_subtypes()[_ABDUCTION].event_type)


def _as_abduction(ev: Event) -> Event:
    """An abduction told beside an attack: ACLED's abduction, with the abduct mode first."""
    return replace(ev, acled_sub_event_type=_ABDUCTION, acled_event_type=acled_subtypes()[_ABDUCTION].event_type,
                   mode=("abduct",) + tuple(m for m in ev.mode if m != "abduct")[:1])


# verbs by which a speaker reports a deed told as a noun ("confirmed the bombing"): the speaker is no party to it
_CONFIRMING = frozenset({"confirm", "report", "announce", "acknowledge", "verify", "describe", "recount", "detail"})
_HIT_VERBS = frozenset({"hit", "strike", "slam", "pound", "destroy", "damage"})


def _weapon_hit(verb: Token) -> str:
    """(round C22) The ACLED sub-type of a weapon that hit, by the weapon its clause names."""
    clause = "".join(t.text_with_ws for t in verb.subtree)
    if _AIR_WEAPONS.search(clause):
        return "Air/drone strike"
    return "Shelling/artillery/missile attack" if _FIRED_WEAPONS.search(clause) else "Attack"


# (round C32) the words that carry back to a strike already told: "it", "they", "the strike(s)", "the raid"
_BACK_PRONOUNS = frozenset({"it", "they", "we"})
_BACK_ATTACKS = frozenset({"strike", "airstrike", "attack", "raid", "operation", "bombing", "bombardment", "shelling",
                           "assault"})
_NEW_DEED = re.compile(r"(?i)\b(?:also|again|another|separately|later|earlier|meanwhile|second|further)\b")


def _aim_restated(ev: Event, sentence: Sentence, doc: Doc) -> bool:
    """(round C32) An ASSAULT on "target" whose subject carries back to a strike the story already told ("The
    Israeli military said it had targeted a Hamas command centre", "The strike targeted al-Shabaab fighters, US
    Africa Command said"), with no toll of its own and no word of another deed ("also", "another", "later"): the
    attacker's account of what that strike aimed at, not a second strike."""
    if ev.event != "ASSAULT" or ev.trigger is None or ev.size.dead is not None or ev.size.injured is not None or \
            _NEW_DEED.search(sentence.text):
        return False
    span = doc.char_span(ev.trigger.start - sentence.start, ev.trigger.end - sentence.start)
    if span is None or len(span) != 1 or span[0].lemma_.lower() != "target" or span[0].pos_ != "VERB":
        return False
    subj = [c for c in span[0].children if c.dep_ == "nsubj"]
    if not subj:
        return False
    back = subj[0].lower_ in _BACK_PRONOUNS and span[0].dep_ == "ccomp" and span[0].head.lemma_.lower() in _SAYING
    return back or subj[0].lemma_.lower() in _BACK_ATTACKS and any(c.lower_ == "the" for c in subj[0].children)


# (round C32) weather a deed was done in spite of ("held a rally on Saturday despite heavy rain") is its circumstance,
# not a disaster the sentence reports
_DEFIED_WEATHER = re.compile(r"(?i)\b(?:despite|in spite of) (?:the )?(?:[\w-]+ ){0,3}?(?:rains?|rainfall|downpours?|"
                             r"storms?|snow|snowfall|heat|cold|weather|floods?|flooding|heatwave)\b")


_AIR_DEED = re.compile(r"(?i)\b(?:air ?strikes?|airstrikes?|air raids?|drone strikes?|air force (?:[\w-]+ )?"
                       r"(?:bombardments?|bombings?|strikes?|raids?|attacks?))$")
_NO_AIR = re.compile(r"(?i)\b(?:gunm[ae]n|roadside|landmines?|mines?|ied|improvised|suicide|planted|grenades?|"
                     r"ground (?:attack|assault|offensive)|stabb\w*|shot dead|artillery|mortars?|shell(?:s|ed|ing))\b")


def struck_from_the_air(trig: Token) -> bool:
    """(round C32) The attack's own clause (the trigger's subtree, or its head's when the trigger is a participle
    or complement: "carried out air raids ..., killing nine") names an air strike or air raid as the deed, and no
    other weapon (a roadside bomb, gunmen, artillery); an air strike in an "after"/"since" phrase is background."""
    top = trig.head if trig.dep_ in ("advcl", "xcomp", "conj", "acl") else trig
    skip = {t.i for t in top.subtree if t.dep_ == "prep" and t.lower_ in ("after", "since", "following", "before")
            for t in t.subtree}
    words = [t for t in top.subtree if t.i not in skip]
    clause = " ".join(t.text for t in words)
    if _NO_AIR.search(clause):
        return False
    for tok in words:
        if tok.pos_ != "NOUN" or tok.lower_ not in ("strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                                                     "bombardment", "bombardments", "bombing", "bombings", "attack",
                                                     "attacks"):
            continue
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod")]
        phrase = " ".join(t.text for t in sorted([*mods, *(g for m in mods for g in m.children
                                                            if g.dep_ in ("compound", "amod")), tok],
                                                 key=lambda t: t.i))
        if _AIR_DEED.search(phrase):
            return True
    return False


def _deed_beside_appeal(doc: Doc, rx: re.Pattern[str] | None, first: Token) -> Token | None:
    """(round C32) "Armed men abducted three aid workers ..., the UN said, calling on the kidnappers to free them":
    when the sentence's event was read from the appeal told beside the report (`reported_appeal`), the attack the
    report tells (the reporting verb's clause, with a victim) leads; else None."""
    if rx is None or getattr(reported_appeal(doc), "i", None) != first.i:
        return None
    text = doc_text(doc)
    return next((c for c in first.head.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ == "VERB" and
                 rx.match(text, c.idx) and any(g.dep_ in ("dobj", "nsubjpass") for g in c.children)), None)


def _as_crowd_control(ev: Event, text: str, lexicon: Lexicon) -> Event:
    """(round C32) A COERCE dispersal done with crowd-control means, read as the force it is: ASSAULT crowd-control,
    its parties, counts and ACLED sub-type kept."""
    modes = ("crowd-control",)
    return replace(ev, event="ASSAULT", mode=modes, context=contexts_for(text, modes, lexicon),
                   quad_code=quad_code("ASSAULT"), event_scale=event_scale("ASSAULT", modes),
                   cameo_root=cameo_root("ASSAULT", modes))


_DEAL_TYPES = frozenset({"AGREE", "SUPPORT"})


def _one_deal(event: str, trig: Token, out: Sequence[Event], trigs: Sequence[Token]) -> bool:
    """(round C32) "Kenya and Ethiopia signed an agreement to step up joint patrols": the classifier's AGREE on
    "agreement" and SUPPORT on "signed" (or the reverse) are one deal, not two events. True when `event` is AGREE or
    SUPPORT and an event already kept of either type has its trigger as the head or the object of this one."""
    if event not in _DEAL_TYPES:
        return False
    return any(e.event in _DEAL_TYPES and (t.head.i == trig.i and t.dep_ == "dobj" or
                                           trig.head.i == t.i and trig.dep_ == "dobj")
               for e, t in zip(out, trigs))


def _in_relative_clause(tok: Token, main: Token) -> bool:
    """`tok` lies in a relative clause on a noun of `main`'s own clause ("detained dozens of young people who
    marched on parliament"): what the people did before, not the sentence's act."""
    cur = tok
    for _ in range(12):
        if cur.dep_ == "relcl":
            return cur.head.i != main.i and any(a.i == main.i for a in cur.head.ancestors)
        if cur.i == main.i or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# (round C9b) verbs whose lexicon type depends on their object ("sent two warships" is no aid): they do not
# displace a type read from a background clause
_LOOSE_MAIN_VERBS = frozenset({"send", "give", "provide", "take", "make", "hold", "keep", "get", "put", "bring",
                               "offer", "leave", "move", "return", "lead", "set", "deploy", "dispatch"})


# (round C26) what a vote is against: a law, bill or other policy text is a change of policy refused (PLOVER REJECT
# `change`); the words of the text voted on ("the sanctions package", "the ceasefire deal") name no yielding or
# meeting refused by the voters
_POLICY_TEXTS = frozenset({"bill", "law", "amendment", "amendments", "budget", "reform", "reforms", "motion",
                           "resolution", "constitution", "code", "act", "legislation", "decree", "proposal", "plan",
                           "measure", "measures", "package", "treaty", "accord", "deal", "agreement", "policy"})


def _toll_passive(tok: Token) -> bool:
    """A passive verb of dying with no "by" phrase ("22 people were killed"), or "died" (round C28: "and 12
    fighters died"): a toll, not a deed with a doer."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in ("die", "perish"):
        return True
    return tok.pos_ == "VERB" and tok.lemma_.lower() in ("kill", "wound", "injure") and \
        any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)


def _deed_of_party(cue: Token) -> Token:
    """(round C26) "Hackers broke into the servers", "The opposition voted against the prime minister": a party
    noun is never the trigger; where the cue is a party noun that is the subject of a verb that is no event word,
    that verb (the party's deed) is."""
    # (a cue inside the subject's name, "Opposition senators voted", stands for that subject)
    noun = cue.head if cue.dep_ == "compound" and cue.head.pos_ in ("NOUN", "PROPN") else cue
    head = noun.head
    # (a plural agent noun of the cue's stem, "hackers", "rioters", names doers as a party noun does)
    doers = is_party_noun(cue) or cue.tag_ == "NNS" and cue.lower_.endswith(("ers", "ors", "ists"))
    # (a deed only feared or denied keeps the cue: "feared government forces could launch an offensive")
    told = _real_verb(head)
    if cue.pos_ == "NOUN" and noun.dep_ == "nsubj" and head.pos_ == "VERB" and told and \
            head.lemma_.lower() not in _REPORTING and doers:
        return head
    return cue


def _vote_modes(vote: Token) -> tuple[str, ...]:
    """The REJECT mode of a vote against: `change` for a policy text voted against, else none."""
    against = [g for c in vote.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children
               if g.dep_ == "pobj"]
    return ("change",) if any(g.lemma_.lower() in _POLICY_TEXTS or g.lower_ in _POLICY_TEXTS for g in against) else ()


def _hyphenated_trigger(offset: int, trig: Token) -> Trigger:
    """The trigger's span, widened to the whole hyphenated word it is part of ("staged a sit-in" is told by
    "sit-in", never by its last piece "in"); `offset` is the sentence's start in the article."""
    chain = hyphen_chain(trig, alpha=True)
    start, end = chain[0].idx, chain[-1].idx + len(chain[-1].text)
    return Trigger(offset + start, offset + end, doc_text(trig.doc)[start:end])


_FORCE_ON_CROWD_SUBS = frozenset({"Protest with intervention", _EXCESSIVE_FORCE, "Violent demonstration"})
_DISPERSING = frozenset({"disperse", "scatter", "break", "clear"})


def _dispersal_told_again(out: list[Event], trigs: list[Token]) -> int | None:
    """(round C35) The index of a COERCE told by a dispersing verb (or its object) in the purpose or time clause of
    the sentence's force on a crowd ("shot dead two protesters while dispersing a rally", "used tear gas to disperse
    protesters"): the same intervention, one event; else None."""
    force_at = next((k for k, e in enumerate(out) if e.event == "ASSAULT" and
                     e.acled_sub_event_type in _FORCE_ON_CROWD_SUBS), None)
    if force_at is None or len(out) < 2:
        return None
    force = _own_verb(trigs[force_at])
    for k, ev in enumerate(out):
        verb = _own_verb(trigs[k])
        if k != force_at and ev.event == "COERCE" and verb.lemma_.lower() in _DISPERSING and \
                verb.dep_ in ("advcl", "xcomp") and verb.head.i == force.i:
            return k
    return None


def _own_verb(trig: Token) -> Token:
    """The trigger when a verb, else the verb its noun hangs on ("used tear gas": "used"), else the trigger."""
    if trig.pos_ == "VERB":
        return trig
    return trig.head if trig.head.pos_ == "VERB" else trig


def _hyphen_head(trig: Token) -> Token:
    """(round C35) The verb a hyphenated word ends in, when the trigger is a piece before it that hangs on it
    ("Police baton-charged the protesters": "baton" modifies "charged", whose object is the protesters); else
    the trigger itself."""
    chain = hyphen_chain(trig, alpha=True)
    last = chain[-1]
    if len(chain) > 1 and trig.i != last.i and last.pos_ == "VERB" and trig.head.i == last.i and \
            last.dep_ not in ("amod", "compound", "acl"):
        return last  # (a participle describing its noun, "the strike-hit port", stays as it was: no act)
    return trig


def _fight_before_arrests(preds: list[_Prediction], doc: Doc, conf: float) -> list[_Prediction]:
    """(round C27) "Police arrested 40 people after supporters of two candidates clashed in Kananga": the crowds'
    fight told in the arrests' "after" clause is an event of its own (session 16: arrests after such a fight are
    their own Arrests event, the fight ACLED mob violence), added after the arrests."""
    clash = crowd_clash(doc)
    # (the small parser hangs the clause on "after" itself: "after [supporters ... clashed]")
    after = clash is not None and (
        clash.dep_ == "advcl" and any(c.lower_ == "after" for c in clash.children) or
        clash.dep_ == "acl" and clash.head.dep_ == "pobj" and clash.head.head.lower_ == "after")
    if clash is not None and after and _real_verb(clash):
        return preds + [_Prediction("ASSAULT", conf, "Mob violence")]
    # (round C28) the fight told by its noun: "a day after clashes between rival youth groups left six dead"
    noun = crowd_clash_noun(doc)
    told = noun is not None and (
        noun.dep_ == "pobj" and noun.head.lower_ == "after" or
        noun.dep_ == "nsubj" and noun.head.dep_ == "advcl" and any(c.lower_ == "after" for c in noun.head.children))
    return preds + [_Prediction("ASSAULT", conf, "Mob violence")] if told else preds


# (round C30) a force bursting into a place to make arrests ("Honduran police stormed a safe house in La Ceiba and
# arrested five suspected kidnappers"): the storming is the arrest's raid, one COERCE arrest (as "raided homes and
# arrested" is); a fight or a toll told keeps the attack
_RAID_VERBS = frozenset({"storm", "raid", "swoop", "burst", "break"})


def _arrest_after_raid(verb: Token, text: str) -> Token | None:
    """The arrest verb joined to a state force's storming verb, when the sentence tells no harm, else None."""
    if verb.lemma_.lower() not in _RAID_VERBS or _HARM_DONE.search(text):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not _STATE_FORCE_WORDS.search(" ".join(t.text for t in subj.subtree)):
        return None
    return next((c for c in verb.conjuncts if c.pos_ == "VERB" and c.lemma_.lower() in ("arrest", "detain", "nab",
                                                                                          "apprehend")), None)


# (round C37) the accused party's denial told as a tail of the sentence (", a charge Kigali denies", ", a claim
# Pristina rejects", ", which he denies")
_DENIED_TAIL = re.compile(r"(?i)(?:,\s+(?:a|an|the)\s+(?:charges?|claims?|allegations?|accusations?)|\b(?:charges?|"
                          r"accusations?|allegations?|claims?|treason|terrorism|murder|fraud|sedition|corruption),"
                          r"\s+which)\s+"
                          r"(?:[\w.'-]+\s+){1,4}?(?:has\s+|have\s+|had\s+)?(?:(?:strongly|repeatedly|vehemently|"
                          r"consistently|always)\s+)?(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|"
                          r"refut(?:es|ed))\b[^,;]*$")
_ACCUSING = re.compile(r"(?i)\b(accus\w*|blam\w*|charg\w*|alleg\w*)\b")


def _licence_ended(doc: Doc) -> bool:
    """(round C37) `licence_revoked` by a verb that ends the grant (revoke, cancel, withdraw ...), not suspends it."""
    verb = licence_revoked(doc)
    return verb is not None and verb.lemma_.lower() not in ("suspend",)


def denied_tail(text: str) -> int | None:
    """(round C37) Where a tail telling the accused party's denial begins, else None."""
    m = _DENIED_TAIL.search(text)
    return m.start() if m else None


def _put_first(event: str, preds: list[_Prediction], p_i: np.ndarray, labels: Sequence[str]) -> list[_Prediction]:
    """`event` read first by a rule (with the classifier's probability), its other readings dropped."""
    return [_Prediction(event, float(p_i[labels.index(event)]), None)] + [q for q in preds[1:] if q.event != event]


# (round C26) the types a coordinated clause adds on its verb alone: a crowd's protest or a state's arrest, whose verbs
# name the deed ("protested", "marched", "arrested"); other verbs are too loose ("three persons received injuries")
_CLAUSE_DEEDS = frozenset({"PROTEST", "COERCE"})


def warm_tables(lexicon: Lexicon) -> None:
    """Build the rules' per-process tables now instead of on the first article that needs them: the count patterns
    (`size`), the lexicon's trigger and cue indexes, the actor, city and office-holder tables and their name regexes
    (about 0.5 s of CPU). `Pipeline.warm` calls this before the workers are forked, so that they share the tables
    instead of each building its own. Every table is a cached pure function of the bundled data: coding reads the
    same tables, built earlier."""
    from newsevents.coding.actors.cities import big_cities
    from newsevents.coding.actors.people import _org_alias_re
    from newsevents.coding.actors.tables import _capital_re, load_tables
    from newsevents.coding.detect import lexicon_index
    from newsevents.coding.lexicon import _cue_index
    from newsevents.coding.office_holders import load_holders
    from newsevents.coding.size import _pattern_table

    bundled = load_lexicon()  # (the screen's; the coder's own is the same object unless a test passes another)
    for lex in (lexicon,) if lexicon is bundled else (lexicon, bundled):
        lexicon_index(lex)
        _cue_index(lex)
    _pattern_table()
    load_tables()
    big_cities()
    _capital_re()
    _org_alias_re()
    load_holders()


def story_day(article: Article) -> date | None:
    """The day a story's background is read against: its publication date, else the full date its dateline gives
    ("NAIROBI, June 27, 2031 -"), as `dates.resolve_event_date` does; a deed dated June 25, 2031 in that story is no
    history (K31 asked for this)."""
    return article.published or dateline_day(article.text)


class EventCoder:
    """Codes parsed sentences into events. Build with `EventCoder.load()`; the constructor does no I/O."""

    def __init__(self, model: CoderModel, embedder: Embedder | None, lexicon: Lexicon,
                 cascade: Cascade | None = None) -> None:
        self.model = model
        self.embedder = embedder
        self.lexicon = lexicon
        self.cascade = cascade  # (round E31) the fine-tuned encoder's opinion on close calls (encoder.py)

    def warm(self) -> None:
        """Build the tables the rules otherwise build on the first article that needs them (see `warm_tables`);
        (round P35) and open the encoder cascade's session, which each worker otherwise opened on its first close
        call (`Cascade.warm`)."""
        warm_tables(self.lexicon)
        if self.cascade is not None:
            self.cascade.warm()

    def _attack_behind_party(self, trig: Token, doc: Doc, text: str) -> Token | None:
        """An ASSAULT word of the main clause when a MOBILIZE prediction rests only on a party noun ("Serb forces
        were engaged in ethnic cleansing"): the noun names who acted, the attack word says what they did."""
        rx = self.lexicon.trigger_res.get("ASSAULT")
        mob = self.lexicon.trigger_res.get("MOBILIZE")
        if trig.pos_ != "NOUN" or rx is None or mob is None:
            return None
        # "A militia attacked a US base": the base is what was attacked, not a deployment
        target = _attacked_by(trig, rx, text) if trig.lemma_.lower() in _INSTALLATIONS else None
        if target is None and not is_party_noun(trig):
            return None
        # another MOBILIZE word that is no party noun ("deployed", "massed") keeps the mobilisation
        if any(mob.match(text, t.idx) and t.i != trig.i and not (t.pos_ == "NOUN" and is_party_noun(t))
               for t in doc_tokens(doc)):
            return None
        if target is not None:
            return target
        cand = self._trigger("ASSAULT", doc, text)
        if not rx.match(text, cand.idx) or _participant(cand) or _background(cand):
            return None
        return cand

    def _verb_of_subject(self, trig: Token, text: str) -> tuple[Token, str] | None:
        """(verb, type) when a COERCE or MOBILIZE word is only the subject of a protest or attack verb: "prisoners
        rioted" is a riot, "troops attacked the village" an attack; the noun names who acted."""
        if trig.pos_ != "NOUN" or trig.dep_ != "nsubj" or trig.head.pos_ != "VERB":
            return None
        verb = trig.head
        types = [t for t in ("PROTEST", "ASSAULT") if (rx := self.lexicon.trigger_res.get(t)) is not None
                 and rx.match(text, verb.idx)]
        return (verb, types[0]) if len(types) == 1 else None

    @classmethod
    def load(cls, model_dir: Path | None = None) -> EventCoder:
        """Load the trained artefact (default: the committed one) and WordLlama, once per process; the encoder
        cascade too where it is on (`encoder.default_cascade`)."""
        return cls(load_model(model_dir), load_wordllama(), load_lexicon(), default_cascade())

    # ------------------------------------------------------------------ classification
    def predict(self, texts: Sequence[str], docs: Sequence[Doc] | None = None) -> list[list[_Prediction]]:
        """Per text: up to two event predictions (best first), or [] when the coder abstains. `docs` are the
        spaCy parses of the texts (the syntax features need them; without them accuracy drops)."""
        if not texts:
            return []
        x = featurize(texts, self.embedder, docs)
        th = self.model.heads["type"]
        qh = self.model.heads.get("quad")
        pt = th.proba(x)
        p = combine(pt, th.labels, qh.proba(x) if qh else None, qh.labels if qh else (), self.model.quad_weight)
        if docs is not None:
            p = self._attack_verbs_kept(p, pt, th.labels, docs)
        ah = self.model.heads.get("acled")
        pa = ah.proba(x) if ah else None
        pa_heads = pa
        if self.cascade is not None:
            p, pa = self.cascade.apply(texts, p, th.labels, pa, ah.labels if ah else ())
        out: list[list[_Prediction]] = []
        for i in range(len(texts)):
            order = np.argsort(-p[i])
            preds: list[_Prediction] = []
            if _never_events(texts[i]):
                out.append(preds)
                continue
            for k in order[:_MAX_EVENTS_PER_SENTENCE]:
                label, conf = th.labels[int(k)], float(p[i, int(k)])
                if label == NONE:
                    break
                if label in _MATERIAL_CONFLICT and is_disaster_report(_DEFIED_WEATHER.sub(" ", texts[i])):
                    continue
                if label == "ASSAULT" and (is_private_crime(texts[i] if docs is None else
                                                            without_others_kin(docs[i], texts[i])) or
                                           is_drill_report(texts[i])):
                    continue
                if label in ("ASSAULT", "COERCE") and is_contraband_seizure(texts[i]):
                    continue
                if label == "COERCE" and is_private_crime(texts[i]) and \
                        (docs is None or state_arrest_told(docs[i]) is None):
                    # robbers taking goods is no COERCE 'seize' either; (round C15) nor is the police's arrest in an
                    # ordinary crime between private people (issue 3: crime reports carry no conflict event; ACLED
                    # leaves such arrests out), while arresting a named party (protesters, militants) stays;
                    # (round C30) so does a force's arrest told with its own place or day (`state_arrest_told`)
                    continue
                if label in ("ASSAULT", "PROTEST") and is_habitual_statement(texts[i]):
                    continue
                if label == "ACCUSE" and docs is not None and self._hedge_only(docs[i], texts[i]):
                    continue  # "protests against the alleged abuses": a reporter's hedge, no accusation
                if conf < (self.model.threshold if not preds else max(self.model.threshold, _SECOND_EVENT_MIN)):
                    break
                # (round E31) the encoder was trained on one sub-type per sentence, its main event's: a second
                # event of another type reads the heads' broader distribution ("massacred ... marched": the march)
                pa_src = pa if not preds or pa_heads is None or preds[0].event == label else pa_heads
                pa_i = self._cue_boost(texts[i], pa_src[i]) if pa_src is not None else None
                acled = self._acled(label, pa_i, texts[i])
                # MOBILIZE, COERCE and PROTEST may turn out to be attacks (named by their subject or main-clause
                # word, or done by an armed group)
                alt = self._acled("ASSAULT", pa_i, texts[i]) if label in ("MOBILIZE", "COERCE", "PROTEST") else None
                fixed = acled_consistent_type(label, acled, texts[i])
                if fixed is None and label == "PROTEST" and acled == "Violent demonstration" and docs is not None \
                        and crowds_clashed(docs[i]):
                    fixed = ("ASSAULT", "Mob violence")  # (round C25) "Youths clashed with taxi riders": no protest
                ap = tuple(float(v) for v in pa_src[i]) if pa_src is not None else ()
                preds.append(_Prediction(label, conf, acled, alt, ap) if fixed is None
                             else _Prediction(fixed[0], conf, fixed[1], acled_p=ap))
            deed = armed_deed(docs[i]) if docs is not None else None
            if deed is None and docs is not None and person_taken(docs[i]) is not None:
                deed = ("ASSAULT", _ABDUCTION)  # (round C21) "armed men took him from his office": an abduction
            if deed is None and docs is not None and (hands := ground_changed_hands(docs[i])) is not None:
                deed = ("ASSAULT", hands[1])  # (round C31) "The town of Bunia fell to M23 rebels"
            if deed is not None and deed[0] in th.labels:
                preds = self._with_deed(preds, deed, p[i, th.labels.index(deed[0])],
                                        self._cue_boost(texts[i], pa[i]) if pa is not None else None, texts[i])
            if preds and docs is not None:
                main_type = self._main_type_over_background(docs[i], texts[i], preds[0].event)
                if main_type is not None and main_type in th.labels:
                    # (round C9b, R8's items) "sent two warships to Guyana after Venezuela threatened to annex
                    # ...": the type read from a background clause gives way to the main verb's own
                    pa_m = self._cue_boost(texts[i], pa[i]) if pa is not None else None
                    preds = [_Prediction(main_type, float(p[i, th.labels.index(main_type)]),
                                         self._acled(main_type, pa_m, texts[i]))] + \
                        [q for q in preds if q.event != main_type][:_MAX_EVENTS_PER_SENTENCE - 1]
            if preds and preds[0].event not in ("PROTEST", "ASSAULT") and "PROTEST" in th.labels and \
                    docs is not None and self._riot_over_background(docs[i], texts[i], preds[0].event):
                # (round C37) "Angry villagers smashed the windows of a police post after a woman died in custody":
                # the crowd's wrecking is the main clause's deed; the other type's words tell only its cause
                preds = [_Prediction("PROTEST", float(p[i, th.labels.index("PROTEST")]), "Violent demonstration")] + \
                    [q for q in preds[1:] if q.event not in ("PROTEST", "ASSAULT", preds[0].event)]
            if any(q.event == "COERCE" for q in preds) and "ASSAULT" in th.labels and docs is not None and \
                    killed_by_hand(docs[i]) is not None:
                # (round C29) "the attackers had hacked the victims to death", read as a computer hacking or a cut:
                # people killed by blades or blows are force (the attack in place of the coercion)
                pa_k = self._cue_boost(texts[i], pa[i]) if pa is not None else None
                kept = [q for q in preds if q.event not in ("COERCE", "ASSAULT")]
                preds = [_Prediction("ASSAULT", max(q.confidence for q in preds),
                                     self._acled("ASSAULT", pa_k, texts[i]))] + kept[:_MAX_EVENTS_PER_SENTENCE - 1]
            if preds and preds[0].event in ("MOBILIZE", "AID", "RETREAT") and (sea := sea_force(texts[i])) is not None and \
                    sea[0] in th.labels:
                # (round C29) "Iranian patrol boats harassed a British tanker", read from the ships' nouns as a
                # deployment (or from "a rescue ship" as aid; round C30: or "harassed" as a handover): the ships'
                # force on another vessel or its crew is the deed
                preds = [_Prediction(sea[0], float(p[i, th.labels.index(sea[0])]), sea[1])] + \
                    [q for q in preds[1:] if q.event not in ("MOBILIZE", "AID", sea[0])]
            if preds and preds[0].event in ("ACCUSE", "REQUEST", "DISAPPROVE", "ASSAULT") and docs is not None:
                preds = self._rally_over_its_demand(preds, docs[i], texts[i])
            if preds and preds[0].event in ("COERCE", "ASSAULT") and docs is not None:
                preds = self._rally_of_the_wronged(preds, docs[i], texts[i])
            if preds and preds[0].event == "MOBILIZE" and docs is not None and crowd_rally(docs[i]) is not None:
                # (round C9b) "relatives gathered outside the police headquarters to demand ...": a crowd voicing a
                # demand protests; no force is mobilized
                preds = [_Prediction("PROTEST", preds[0].confidence, "Peaceful protest")]
            if preds and preds[0].event in ("MOBILIZE", "REQUEST") and docs is not None and \
                    idiom_protest(docs[i]) is not None:
                # (round C10) "students formed a human chain" (read as a formation), "nurses downed tools, demanding
                # allowances" (read as the demand): the protest idiom is the main deed, a demand rides along
                rest = [q for q in preds[1:] if q.event != "PROTEST"] if preds[0].event == "MOBILIZE" else preds
                preds = [_Prediction("PROTEST", preds[0].confidence, "Peaceful protest")] + \
                    rest[:_MAX_EVENTS_PER_SENTENCE - 1]
            if preds and preds[0].event == "RETREAT" and "ASSAULT" in th.labels and docs is not None and \
                    raiders_freed(docs[i]) is not None:
                # (round C30) "Gang members stormed the town and freed dozens of inmates from its jail": inmates freed
                # by raiders who stormed the place are their attack's deed, no release by the jailers
                preds = [_Prediction("ASSAULT", preds[0].confidence, self._acled(
                    "ASSAULT", self._cue_boost(texts[i], pa[i]) if pa is not None else None, texts[i]))] + \
                    [q for q in preds[1:] if q.event not in ("ASSAULT", "RETREAT")]
            if preds and preds[0].event == "RETREAT" and docs is not None and aid_handed(docs[i]) is not None:
                # "handed out blankets and tents to 300 displaced families": relief goods handed out to people
                # are aid, not a handover of ground (the classifier reads "handed")
                preds = [_Prediction("AID", preds[0].confidence, None)] + preds[1:]
            if preds and preds[0].event != "SANCTION" and "SANCTION" in th.labels and docs is not None and (
                    preds[0].event != "COERCE" and (citizenship_stripped(docs[i]) is not None or
                                                     licence_revoked(docs[i]) is not None) or
                    preds[0].event == "COERCE" and _licence_ended(docs[i]) or party_designated(docs[i]) is not None):
                # (round C37) a licence revoked for good is the sanction also where the head reads a coercion ("The
                # media regulator revoked the licence of an opposition television station"); a suspended one stays
                # the restriction the project's set codes (COERCE, ACLED Other); a party designated a terrorist or
                # unlawful body is a sanction whatever the head reads
                # (round C26) "Cuba stripped 21 exiled dissidents of their citizenship", read as a handover: people
                # cast out of the nationality, a relation cut
                preds = _put_first("SANCTION", preds, p[i], th.labels)
            elif preds and preds[0].event == "ACCUSE" and "SANCTION" in th.labels and docs is not None and \
                    envoy_ordered_out(docs[i]) is not None:
                # (round C28) "gave the ambassador 72 hours to leave Niamey, accusing him of spying", read only as
                # the accusation of the clause after it: the expulsion first, the accusation kept
                preds = [_Prediction("SANCTION", float(p[i, th.labels.index("SANCTION")]), None)] + \
                    preds[:_MAX_EVENTS_PER_SENTENCE - 1]
            if preds and docs is not None:
                preds = self._c38_readings(preds, docs[i], texts[i], p[i], th.labels)
            tail = denied_tail(texts[i]) if preds else None
            if tail is not None:
                # (round C37) "accused Algeria of harbouring the rebels, a charge Algiers denies": the accused
                # party's denial is no refusal of this sentence; the accusation before it leads when the head read
                # the denial
                if preds[0].event == "REJECT" and "ACCUSE" in th.labels and _ACCUSING.search(texts[i][:tail]):
                    preds = _put_first("ACCUSE", preds, p[i], th.labels)
                preds = [q for q in preds if q.event != "REJECT"]
            if preds and preds[0].event != "REJECT" and "REJECT" in th.labels and docs is not None and \
                    voted_against(docs[i]) is not None:
                # (round C25) "Lawmakers voted against the sanctions package": the vote is the deed, the text voted
                # on names no sanction of its own
                preds = [_Prediction("REJECT", float(p[i, th.labels.index("REJECT")]), None)] + \
                    [q for q in preds if q.event not in ("REJECT", "SANCTION")][:_MAX_EVENTS_PER_SENTENCE - 1]
            if preds and preds[0].event in ("ASSAULT", "REJECT", "COERCE") and "SANCTION" in th.labels and \
                    docs is not None and (staff_dismissed(docs[i]) is not None or official_dismissed(docs[i]) is not None):
                # (round C25) "the company fired 40 strike leaders": a dismissal read as a shot or as a refusal;
                # (round C30) also "the prime minister dismissed the interior minister"; (round C31) or read as a
                # coercion ("President Tinubu sacked the police inspector general")
                preds = _put_first("SANCTION", preds, p[i], th.labels)
            if preds and "SANCTION" in th.labels and docs is not None:
                preds = self._strike_of_the_dismissed(preds, docs[i], float(p[i, th.labels.index("SANCTION")]))
            if preds and preds[0].event in ("ASSAULT", "COERCE", "REJECT") and docs is not None:
                preds = self._help_to_armed(preds, docs[i], p[i], th.labels)
            talks = in_talks(docs[i]) if preds and preds[0].event != "CONSULT" and docs is not None else None
            if talks is not None and "CONSULT" in th.labels and \
                    self._cue_outside(preds[0].event, texts[i], {t.idx for t in talks.subtree
                                                                 if t.i > talks.i}) is False:
                # (round C26) "said it was in talks with Eritrea over Badme": a type read from no cue word outside
                # the talks' own phrase (REJECT on "was", AGREE from "the disarmament of herders" talked about)
                # gives way to the talks under way
                preds = _put_first("CONSULT", preds, p[i], th.labels)
            if preds and docs is not None and "REQUEST" in th.labels and \
                    all(q.event not in ("REQUEST", "DEMAND") for q in preds):
                preds = self._urged_first(preds, docs[i], float(p[i, th.labels.index("REQUEST")]))
            if len(preds) == 2 and {q.event for q in preds} == {"ASSAULT", "PROTEST"} and \
                    any(q.event == "PROTEST" and q.acled == "Violent demonstration" for q in preds) and \
                    crowd_fought_force(texts[i]):
                # (round C30) "Clashes between riot police and cocoa farmers left two people injured": one fight of
                # a crowd with the state's forces (ACLED violent demonstration), its toll no second attack
                preds = [q for q in preds if q.event == "PROTEST"]
            if preds and preds[0].event == "PROTEST" and "CONCEDE" in th.labels and docs is not None and \
                    protest_call_off_verb(docs[i]) is not None:
                # (round C31) "Protest leaders called off the planned march": the protest is not held; calling it off
                # yields (CONCEDE, as the training set codes "called off its strike")
                preds = [_Prediction("CONCEDE", preds[0].confidence, None)] + \
                    [q for q in preds[1:] if q.event not in ("PROTEST", "CONCEDE")]
            if preds and preds[0].event == "ASSAULT" and docs is not None and (
                    (preds[0].acled in ("Armed clash", "Mob violence") and crowd_fought_police(docs[i]) is not None)
                    or (preds[0].acled == "Looting/property destruction"
                        and (projectiles_at_force(docs[i]) is not None or crowd_vandalism(docs[i]) is not None))):
                # a crowd fighting the state's forces is a violent demonstration (as the noun shape above), no armed
                # side's clash and no fight of crowds: (round C31) "Fans clashed with police after the match"; (round
                # C33) "Youths threw stones at police and set fire to a police station", the burning one of its acts
                preds = [_Prediction("PROTEST", preds[0].confidence, "Violent demonstration")] + \
                    [q for q in preds[1:] if q.event not in ("PROTEST", "ASSAULT")]
            riot = riot_with_toll(docs[i]) if docs is not None else None
            if riot is not None:
                preds = self._riot_told(preds, riot, p[i], th.labels)
            if len(preds) == 1 and preds[0].event == "COERCE" and "ASSAULT" in th.labels and docs is not None:
                preds = _fight_before_arrests(preds, docs[i], float(p[i, th.labels.index("ASSAULT")]))
            if len(preds) == 1 and docs is not None:
                preds = self._joined_clause_event(preds, docs[i], texts[i], p[i], th.labels,
                                                  pa[i] if pa is not None else None)
            rule = abstained_reading(texts[i], docs[i] if docs is not None else None) if not preds else None
            if rule is None and not preds and docs is not None and attack_subject_verb(docs[i]) is not None and \
                    not is_disaster_report(texts[i]):
                rule = ("ASSAULT", None)
            if rule is None and not preds and docs is not None:
                # (round C16) a meal with a party, relief handed out, a yielding act refused (`readings`)
                rule = own_reading(docs[i])
            if rule is None and not preds and docs is not None and \
                    lone_prior_attack(docs[i], self.lexicon.trigger_res.get("ASSAULT")) is not None and \
                    not is_private_crime(texts[i]) and not is_disaster_report(texts[i]):
                # (round C38) "The ceasefire came after an attack on a UN convoy near Goma on Sunday": the earlier
                # deed named with its own target, doer or day is an event where the sentence's own act gave no
                # reading (frames.prior_attacks; round C37 added it only beside a reading)
                rule = ("ASSAULT", None)
            if rule is not None and rule[0] == "ASSAULT" and rule[1] is None:
                # (round C7b) an attack told with its toll, or an attack verb's subject: the ACLED head reads the
                # sub-type, as for the others
                rule = ("ASSAULT", self._acled("ASSAULT", self._cue_boost(texts[i], pa[i]) if pa is not None
                                               else None, texts[i]))
            if rule is not None and rule[0] in th.labels:
                preds.append(_Prediction(rule[0], float(p[i, th.labels.index(rule[0])]), rule[1]))
            out.append(_court_or_coup(_past_or_figurative_dropped(preds, texts[i]), texts[i]))
        return out

    def _c38_readings(self, preds: list[_Prediction], doc: Doc, text: str, p_i: np.ndarray,
                      labels: Sequence[str]) -> list[_Prediction]:
        """(round C38) Readings the sentence's own verb fixes over the head's: money given is AID (`money_given`);
        a withheld designation is no attack nor sanction (`designation_withheld`); people branded terrorists or
        traitors are accused (`branded_people`); a force sent after clashes is a deployment (`force_sent`)."""
        force = ("ASSAULT", "COERCE", "SANCTION", "PROTEST")
        giver = money_given(doc) if preds[0].event in force and "AID" in labels else None
        if giver is not None:
            # "announced 20 million pounds to tackle hunger in Somalia" (read as a hunger strike): the sum given is
            # the deed; a type with a cue outside the gift ("pledged $5m after rebels attacked ...") keeps its place
            inside = {t.idx for c in giver.children if c.dep_ in ("dobj", "advcl", "xcomp", "prep", "dative")
                      for t in c.subtree}
            if self._cue_outside(preds[0].event, text, inside) is not True:
                return [_Prediction("AID", float(p_i[labels.index("AID")]), None)] + \
                    [q for q in preds[1:] if q.event not in force and q.event != "AID"]
        withheld = designation_withheld(doc)
        if withheld is not None:
            # "The ministry did not designate the group a terrorist organisation" (read as an attack on "terrorist"):
            # nothing was done; a type with a cue outside the designation's own phrase keeps its place
            inside = {t.idx for t in withheld.subtree}
            return [q for q in preds if q.event not in ("ASSAULT", "SANCTION", "COERCE") or
                    self._cue_outside(q.event, text, inside) is True]
        if preds[0].event in ("COERCE", "ASSAULT", "SANCTION", "MOBILIZE") and "ACCUSE" in labels and \
                branded_people(doc) is not None and party_designated(doc) is None:
            # "The president declared the protesters terrorists" (read as a coercion): a branding, the accusation
            return [_Prediction("ACCUSE", float(p_i[labels.index("ACCUSE")]), None)] + \
                [q for q in preds[1:] if q.event not in ("COERCE", "ASSAULT", "SANCTION", "MOBILIZE", "ACCUSE")]
        sent = force_sent(doc) if preds[0].event == "ASSAULT" and "MOBILIZE" in labels and \
            all(q.event != "MOBILIZE" for q in preds) else None
        rx = self.lexicon.trigger_res.get("ASSAULT")
        if sent is not None and rx is not None and not rx.match(text, sent.idx):
            cues = [t for t in doc_tokens(doc) if rx.match(text, t.idx)]
            if cues and all(_background(t) for t in cues):
                # "Indian troops were sent to Manipur after ethnic clashes": the deployment is the main deed, the
                # clashes after which it came an event of their own beside it
                return [_Prediction("MOBILIZE", float(p_i[labels.index("MOBILIZE")]), None), preds[0]]
        return preds

    def _rally_over_its_demand(self, preds: list[_Prediction], doc: Doc, text: str) -> list[_Prediction]:
        """(round C25) "families gathered in front of the military court calling for the trial of the soldiers
        accused of the killings": the gathering is the protest; the accusation and the killings are what its demand
        is about, no event of their own (a cue of that type outside the demand keeps it)."""
        rally = crowd_rally(doc)
        demand = demand_voiced(rally) if rally is not None else None
        if demand is None:
            return preds
        inside = {t.idx for t in demand.subtree}
        told = [q for q in preds if q.event in ("ACCUSE", "REQUEST", "DISAPPROVE", "ASSAULT")]
        if any(self._cue_outside(q.event, text, inside) is not False for q in told):
            return preds
        return [_Prediction("PROTEST", preds[0].confidence, "Peaceful protest")] + \
            [q for q in preds if q not in told and q.event != "PROTEST"]

    def _rally_of_the_wronged(self, preds: list[_Prediction], doc: Doc, text: str) -> list[_Prediction]:
        """(round C27) "Families of the detained activists gathered outside the police headquarters demanding their
        release": the arrest (or abduction) named in the rallying crowd's own description was done before; the
        gathering is the news. A reading whose every cue lies in the crowd's phrase gives way to the protest."""
        rally = crowd_rally(doc)
        crowd = rally_subject(rally) if rally is not None else None
        if crowd is None:
            return preds
        inside = {t.idx for t in crowd.subtree}
        told = [q for q in preds if q.event in ("COERCE", "ASSAULT")]
        if any(self._cue_outside(q.event, text, inside) is not False for q in told):
            return preds
        return [_Prediction("PROTEST", preds[0].confidence, "Peaceful protest")] + \
            [q for q in preds if q not in told and q.event != "PROTEST"]

    def _joined_clause_event(self, preds: list[_Prediction], doc: Doc, text: str, p_i: np.ndarray,
                             labels: Sequence[str], pa_raw: np.ndarray | None) -> list[_Prediction]:
        """(round C26) "Police arrested three opposition leaders on Friday, and their supporters protested against
        the arrests on Saturday": two coordinated clauses, each with its own subject and a told verb that is a cue
        of one type only, tell two events; the classifier reads one type per sentence, so the other clause's type
        is added (in the order of the clauses) where it is a protest or an arrest."""
        root = next((t for t in doc_tokens(doc) if t.dep_ == "ROOT"), None)
        if root is not None and root.lemma_.lower() in _REPORTING:
            root = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if root is None or root.pos_ != "VERB":
            return preds
        clauses = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if len(clauses) < 2 or not all(any(c.dep_ == "nsubj" for c in v.children) for v in clauses):
            return preds
        told = []
        for verb in clauses:
            types = [t for t, rx in self.lexicon.trigger_res.items() if rx.match(text, verb.idx)]
            if not types and verb.lemma_.lower() in _LIGHT_VERBS | {"call"}:
                # ("the traders' association called a strike": a light verb's act is its object noun)
                acts = [o for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
                types = [t for t, rx in self.lexicon.trigger_res.items() for o in acts if rx.match(text, o.idx)]
                if any(labour_strike(o) for o in acts):
                    types = ["PROTEST"]  # (a strike called by a union is a work stoppage, no air strike)
            if set(types) == {"ACCUSE", "PROTEST"}:
                # ("protested": people protest in the street, a state or a ministry lodges a protest, PLOVER ACCUSE)
                crowd = any(c.dep_ == "nsubj" and c.tag_ == "NNS" for c in verb.children)
                types = ["PROTEST" if crowd else "ACCUSE"]
            told.append(types[0] if len(types) == 1 and _real_verb(verb) and verb.lemma_.lower() not in _REPORTING
                        else None)
        have = {q.event for q in preds}
        if preds[0].event not in told or not any(t is not None and t not in have and t in labels for t in told):
            return preds  # (the classifier's type must be one clause's own, the other clause's type new)
        new = next(t for t in told if t is not None and t not in have and t in labels)
        if new not in _CLAUSE_DEEDS:
            return preds
        verb = clauses[told.index(new)]
        # (its ACLED sub-type is read from its own clause: the arrests of the day before are no intervention)
        others = {t.i for v in clauses if v.i != verb.i for t in v.subtree} if verb.i == root.i else set()
        clause = "".join(t.text_with_ws for t in verb.subtree if t.i not in others)
        pa_i = self._cue_boost(text, pa_raw) if pa_raw is not None else None  # (only here: the rest returns early)
        added = _Prediction(new, float(p_i[labels.index(new)]), self._acled(new, pa_i, clause),
                            acled_p=tuple(float(v) for v in pa_i) if pa_i is not None else ())
        return [added, preds[0]] if told.index(new) < told.index(preds[0].event) else [preds[0], added]

    def _riot_told(self, preds: list[_Prediction], riot_word: Token, p_i: np.ndarray,
                   labels: Sequence[str]) -> list[_Prediction]:
        """(round C26) a riot told with its dead (`readings.riot_with_toll`) is read first where the classifier
        abstained or read another conflict (guards "regained control", a crowd-control "attack"); an arrest read
        first stays first, the riot that preceded it second ("arrested 30 inmates a day after a riot left 17
        dead")."""
        event, acled = riot_kind(riot_word.doc)
        if event not in labels or any(q.event == event and q.acled == acled for q in preds):
            return preds
        riot = _Prediction(event, float(p_i[labels.index(event)]), acled)
        if preds and preds[0].event == "COERCE" and self._arrest_beside(riot_word):
            return [preds[0], riot]
        if preds and preds[0].event not in _MATERIAL_CONFLICT:
            return preds
        return [riot] + [q for q in preds[1:] if q.event not in (event, preds[0].event)]

    def _arrest_beside(self, riot_word: Token) -> bool:
        """A COERCE cue outside the riot's phrase that tells an act: a verb, or a noun that is no modifier ("prison"
        in "a riot at the prison" or in "prison officials" arrests nobody)."""
        doc = riot_word.doc
        rx = self.lexicon.trigger_res.get("COERCE")
        phrase = {t.i for t in riot_word.subtree}
        return rx is not None and any(
            t.i not in phrase and rx.match(doc_text(doc), t.idx) and
            (t.pos_ == "VERB" or t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod", "nmod", "poss"))
            for t in doc_tokens(doc))

    def _strike_of_the_dismissed(self, preds: list[_Prediction], doc: Doc, conf: float) -> list[_Prediction]:
        """(round C26) "The company dismissed 60 workers who had joined the strike", "sacked 70 drivers who had taken
        part in the strike": the strike named in the dismissed staff's own phrase is why they were fired, told
        before; a reading whose every cue lies in that phrase (a protest, a "strike" read as an attack) goes, and
        the dismissal (SANCTION) leads."""
        verb = staff_dismissed(doc)
        if verb is None:
            return preds
        text = doc_text(doc)
        inside = {t.idx for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
        kept = [q for q in preds if q.event == "SANCTION" or self._cue_outside(q.event, text, inside) is not False]
        if len(kept) == len(preds):
            return preds
        sanction = [q for q in kept if q.event == "SANCTION"] or [_Prediction("SANCTION", conf, None)]
        return sanction + [q for q in kept if q.event != "SANCTION"][:_MAX_EVENTS_PER_SENTENCE - 1]

    def _urged_first(self, preds: list[_Prediction], doc: Doc, conf: float) -> list[_Prediction]:
        """(round C26) "said it had urged Kabul to act against militants after an attack killed seven soldiers",
        "urged Kampala to release the detained lawmakers": a party urged to act is the sentence's request when the
        urging is its main verb (or what a reporting verb reports). The act asked for is no event of its own; a
        reading with a cue outside it (the attack of an "after" clause) stays second."""
        verb = party_urged(doc)
        if verb is None or not (verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and
                                verb.head.lemma_.lower() in _REPORTING):
            return preds
        text = doc_text(doc)
        asked = {t.idx for c in verb.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree
                 if not _background(t)}
        rest = [q for q in preds if self._cue_outside(q.event, text, asked | {verb.idx}) is True]
        return [_Prediction("REQUEST", conf, None)] + rest[:_MAX_EVENTS_PER_SENTENCE - 1]

    def _cue_outside(self, event: str, text: str, inside: set[int]) -> bool | None:
        """Whether a trigger word of `event` stands in `text` outside the token offsets `inside`; None where the
        lexicon has no trigger words for `event`."""
        rx = self.lexicon.trigger_res.get(event)
        return None if rx is None else any(m.start() not in inside for m in rx.finditer(text))

    def _help_to_armed(self, preds: list[_Prediction], doc: Doc, p_i: np.ndarray,
                       labels: Sequence[str]) -> list[_Prediction]:
        """(round C25) "Rwanda denies backing M23", "denies arming rebel groups": help given to an armed group read
        as the group's attack, an arrest or the denial's refusal is the help (AID for arms or money, else SUPPORT).
        Another type keeps its place where a cue of its own lies outside the help ("denies backing the M23 rebels,
        who seized Rubaya last month")."""
        aid = armed_aid(doc)
        help_verb, event = (aid, "AID") if aid is not None else (armed_backing(doc), "SUPPORT")
        if help_verb is None or event not in labels:
            return preds
        text = doc_text(doc)
        told_beside = {t.idx for r in help_verb.subtree if r.dep_ == "relcl" for t in r.subtree}
        inside = {t.idx for t in help_verb.subtree} - told_beside

        def kept(q: _Prediction) -> bool:
            return q.event != event and (q.event not in ("ASSAULT", "COERCE", "REJECT") or
                                         q.event != "REJECT" and self._cue_outside(q.event, text, inside) is True)

        # (lead) the first reading stays ahead of the help when a cue of its own tells it outside the help ("they
        # support the Islamic State. On October 24, two persons were killed in bomb explosions", run together by
        # a missing space)
        first = preds[:1] if preds and preds[0].event in ("ASSAULT", "COERCE") and kept(preds[0]) else []
        return first + [_Prediction(event, float(p_i[labels.index(event)]), None)] + [q for q in preds[1:] if kept(q)]

    def _with_deed(self, preds: list[_Prediction], deed: tuple[str, str | None], conf: float,
                   pa_i: np.ndarray | None, text: str) -> list[_Prediction]:
        """(round L7) an armed party's deed read from its verb (`frames.armed_deed`) goes first unless the
        first prediction already has its type (and its ACLED sub-type, where it gives one); a disagreeing first
        prediction is dropped, a second one of another type stays. (The classifier read "pillaged" or "besieged"
        as MOBILIZE or a change to group.)"""
        event, acled = deed
        if preds and (preds[0].event == event and (acled is None or preds[0].acled == acled) or
                      (acled == _LOOTING and preds[0].acled == acled and preds[0].event in ("COERCE", "ASSAULT"))):
            return preds  # (looting may be COERCE seize or, burnt, ASSAULT destroy: both are kept)
        same = next((p for p in preds if p.event == event and (acled is None or p.acled == acled)), None)
        if same is None:
            # (round C9b: hostilities halted read as RETREAT keep the head's strategic sub-type, e.g. a change to
            # the group's activity)
            acled = acled if acled is not None or event not in _ALWAYS_ACLED | {"RETREAT"} else \
                self._acled(event, pa_i, text)
            same = _Prediction(event, float(conf), acled)
        # the first reading disagreed with the verb: it goes; a second one of another type stays (not beside a
        # reinstatement: the other readings come from the words telling how the staff were dismissed)
        rest = [p for p in preds[1:] if p.event != event] if event not in _SOLE_DEEDS else []
        return [same] + rest[:_MAX_EVENTS_PER_SENTENCE - 1]

    def _attack_verbs_kept(self, p: np.ndarray, pt: np.ndarray, labels: Sequence[str],
                           docs: Sequence[Doc]) -> np.ndarray:
        """The quad head (trained largely on CAMEO-coded statements) can outvote a confident type head on
        agentless attack passives ("Rockets were fired at the US embassy"): when the type head prefers ASSAULT
        and an ASSAULT verb of the lexicon is a verb of the sentence, its joint score is not let fall below
        the type head's own."""
        if "ASSAULT" not in labels or NONE not in labels:
            return p
        a, n = labels.index("ASSAULT"), labels.index(NONE)
        rx = self.lexicon.trigger_res["ASSAULT"]
        out = p
        for i, doc in enumerate(docs):
            if pt[i, a] < _ATTACK_VERB_MIN or pt[i].argmax() != a or p[i].argmax() != n:
                continue
            text = doc.text
            if any(t.pos_ == "VERB" and rx.match(text, t.idx) for t in doc_tokens(doc)):
                out = out.copy() if out is p else out
                out[i] = pt[i]
        return out

    def _hedge_only(self, doc: Doc, text: str) -> bool:
        """The sentence's only ACCUSE words are hedges on nouns ("the alleged violations") or the "charge" of an
        envoy's title (round C29: "gave the charge d'affaires 48 hours to leave")."""
        rx = self.lexicon.trigger_res.get("ACCUSE")
        if rx is None or not len(doc):
            return False
        found = [m.start() for m in rx.finditer(text)]
        if not found:
            return False
        starts = {t.idx: t for t in doc_tokens(doc)}
        return all((t := starts.get(i)) is not None and (is_hedge(t) or _envoy_title(t)) for i in found)

    def _cue_boost(self, text: str, pa: np.ndarray) -> np.ndarray:
        """Raise ACLED sub-types whose unambiguous cue words occur ("suicide bomber", "chlorine", "grenade")."""
        labels = self.model.heads["acled"].labels
        out = pa.copy()
        hits = {sub for sub, rx in self.lexicon.acled_cues.items() if sub in labels and cached_word_search(rx)(text)}
        dropped = _AIR in labels and _AIR_DROPPED.search(text) is not None
        if dropped:
            hits.add(_AIR)
        # the weapon that defines the more specific sub-type wins: "rockets loaded with chlorine" is a chemical
        # attack, "a suicide car bomb" a suicide bombing, so the generic cue (rockets, car bomb) is not raised
        hits -= {g for sub in hits for g in _CUE_OVERRIDES.get(sub, ())}
        for sub in hits:
            out[labels.index(sub)] *= _CUE_BOOST
        if dropped and _IED in labels:
            out[labels.index(_IED)] /= _CUE_BOOST  # ("bomb" is no planted device when it fell from the air)
        return out / out.sum()

    def _acled(self, event: str, pa: np.ndarray | None, text: str) -> str | None:
        allowed = _ACLED_TYPES.get(event)
        if pa is None or not allowed:
            return None
        ah = self.model.heads["acled"]
        if event == "ASSAULT" and _ABDUCTION in ah.labels and people_seized(text):
            return _ABDUCTION  # "gunmen seized 130 pupils": people taken by force (ACLED's definition), no place
        # violence and protest always have an ACLED category; for the rest "none" may win (routine politics)
        if event not in _ALWAYS_ACLED and NONE in ah.labels and pa[ah.labels.index(NONE)] >= _ACLED_NONE_MIN:
            return None
        best, best_p = None, 0.0
        for k in np.argsort(-pa):
            lab = ah.labels[int(k)]
            if lab == NONE:
                continue
            st = acled_subtypes().get(lab)
            if event == "ASSAULT" and lab == "Peaceful protest" and not _CROWD_WORDS.search(text):
                continue  # (round C9) "carried out near-daily strikes": air strikes, with no crowd in the sentence
            if st is not None and st.event_type in allowed and not lacks_evidence(lab, text, event):
                best, best_p = lab, float(pa[int(k)])
                break
        if best is not None and event not in _ALWAYS_ACLED and is_crime_enforcement(best, text):
            return None
        if event == "ASSAULT" and best_p < self.model.acled_threshold:
            # the head saw no violent sub-type it believes in (or only ones the sentence gives no evidence
            # for): the generic one, not a guess from the bottom of its ranking
            return "Attack"
        return best if best_p >= self.model.acled_threshold or event in _ALWAYS_ACLED else None

    # ------------------------------------------------------------------ event assembly
    def _trigger(self, event: str, doc: Doc, text: str, main_clause: bool = False) -> Token:
        """`text` is doc.text (the sentence), passed in because spaCy rebuilds it on every access. With
        `main_clause` (the sentence's first event) a cue that names no act of the main clause gives way to the
        main verb when that is an event word (a second event keeps its own cue word)."""
        return self._moved_trigger(event, doc, text, main_clause)[0]

    def _moved_trigger(self, event: str, doc: Doc, text: str, main_clause: bool = False) -> tuple[Token, bool]:
        """`_trigger`, and whether the type's only cue was a name or a participle on a noun ("Amnesty", "U.N.-
        backed") so that the trigger moved to the main verb: then the classifier read the type from a word that
        names no act, and the main verb's own type is the better one."""
        if main_clause and event in _PUSHBACK_READINGS:
            push = pushed_back(doc)
            if push is not None:
                # (round C7b) "towed a boat carrying 30 asylum seekers back into Libyan waters": the pushback is the
                # act, not the aid word in its object ('asylum'); `recode` makes it a COERCE deport
                return push, False
        rx = self.lexicon.trigger_res.get(event)
        cands: list[Token] = []
        if rx is not None:
            starts = doc.to_array("IDX").tolist()  # token start offsets, without building Token objects
            for m_start, m_end in trigger_spans(self.lexicon, event, text):
                lo = bisect_left(starts, m_start)
                hi = bisect_left(starts, max(m_end, m_start + 1))
                toks = [doc[k] for k in range(lo, hi)]
                # a multi-word cue ("will meet", "opened fire") -> its content verb, else its syntactic head
                # ("missile attack" -> attack: the modifier is deeper in the parse and loses to party nouns)
                verbs = [t for t in toks if t.pos_ == "VERB"]
                heads = [t for t in toks if not lo <= t.head.i < hi or t.head.i == t.i]
                # (a modal cue, "must"/"should", stands for the act it demands: "said the authorities must ensure
                # security" -> ensure)
                modal = [t.head for t in toks if t.pos_ == "AUX" and t.dep_ == "aux" and t.head.pos_ == "VERB"]
                cands.extend(verbs[:1] or modal[:1] or [t for t in (heads[:1] or toks[:1])
                                                        if t.pos_ in ("NOUN", "ADJ", "PROPN", "VERB")])
        cands = [t for t in cands if not _envoy_title(t)]  # (round C29) "charge d'affaires" names no charge
        own_cues = bool(cands)
        if event == "ASSAULT" and (hand := killed_by_hand(doc)) is not None and \
                all(_participant(t) or t.head.i == hand.i or t.head.dep_ == "prep" and t.head.head.i == hand.i
                    for t in cands):
            cands = [hand]  # (round C29) "the attackers had hacked the victims to death": the deed, not the party
        if event == "PROTEST" and main_clause and (wreck := crowd_vandalism(doc)) is not None and \
                all(t.dep_ == "amod" or _participant(t) for t in cands):
            cands = [wreck]  # (round C37) "Striking miners hurled dynamite ...": the riot's deed, not the crowd's word
        if cands and event == "COERCE" and main_clause and all(_cited_reason(t) for t in cands):
            # (round L7) "Security forces broke up a rally ..., citing a ban on gatherings": the ban is the reason
            # given, the police act is the event
            cands = self._police_acts(doc, text) or cands
        if not cands and event == "COERCE" and main_clause:
            cands = self._police_acts(doc, text)
        if not cands:
            # (round C8) a rule reading's own verb ("reinstated", "annexed") before any other event word
            own = deed_verb(doc, event) or own_verb(doc, event)
            cands = [own] if own is not None else []
        if not cands:
            # the classifier's type has no cue word here: take any event word, else the main verb; a
            # reporting verb ("said") is not the event, its complement is
            any_rx = self.lexicon.any_trigger
            cands = [t for t in doc_tokens(doc) if t.pos_ == "VERB" and any_rx.match(text, t.idx)
                     and t.lemma_.lower() not in _REPORTING]
            if main_clause and cands and all(_background(t) for t in cands):
                # (round C9) "imposed federal rule on the state after the chief minister resigned": an event word
                # of a background clause is another act; the main verb stands in for the classifier's type
                cands = []
            if not cands:
                root = next((t for t in doc_tokens(doc) if t.dep_ == "ROOT"), doc[0])
                if root.lemma_.lower() in _REPORTING:
                    root = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp")), root)
                cands = [root]

        # verbs express events more reliably than nouns ("troops", "artillery" name participants or weapons);
        # a word that names a party ("forces", "hackers") or sits inside a name ("Moro Islamic Liberation
        # Front") is a participant, and a clause hung on "following"/"after" is
        # background ("detained 18 people following a fire that killed 19"): all of these come last
        best = min(cands, key=lambda t: (_participant(t) or is_hedge(t) or is_nil_casualty(t), _background(t),
                                         0 if t.pos_ == "VERB" or _light_object(t) else 1, parse_depth(t),
                                         0 if t.pos_ == "VERB" else 1, t.i))
        if main_clause and event != "MOBILIZE" and not self.lexicon.any_trigger.match(text, best.head.idx):
            # (a deployment's own cue is the force: "troops remained on alert"; an event verb over the party noun is
            # left to the main-verb move below, which also re-types)
            best = _deed_of_party(best)
        if event in ("ASSAULT", "PROTEST") and best.lemma_.lower() in ("kill", "die", "dead", "death"):
            riot = riot_with_toll(doc)
            if riot is not None:
                return riot, False  # (round C26) "a riot at the prison left 17 inmates dead": the riot, not its toll
        if event == "ASSAULT" and main_clause and _toll_passive(best):
            fight = fighting_erupted(doc)
            if fight is not None:
                # (round C26) "Heavy fighting broke out between the army and a militia, and 22 people were killed":
                # the fight carries the event and its sides; the toll is what it cost
                return fight, False
        if not main_clause or (best.pos_ == "VERB" and not _weak_cue(best)):
            return best, False
        # the sentence's own act is its main verb, when that is an event word: a cue that names no act (a name, a
        # background clause of the same kind of act, a participle on a noun) or a noun in an adjunct or condition
        # of the main act ("Germany reinforced its commitment to X with a contribution of ...", "was arrested in
        # Rwanda for ... accusations") gives way to it; so does any other noun outside the main verb's subject and
        # object when the main verb is a word of the same kind of act (the same quad class: "a young inmate was
        # tortured to death by prison guards", COERCE read from "prison" -> "tortured"), unless the main verb
        # frames it as denied, feared, planned or remembered ("denied carrying out the airstrike": the aux mode is
        # read through it). The type stays the classifier's.
        if event == "PROTEST" and best.dep_ == "compound" and best.head.dep_ in ("nsubj", "nsubjpass"):
            # (round C27) "Protest leaders called for a nationwide shutdown": the word naming the subject's trade
            # is no deed; a cue outside the subject tells it
            subject = {t.i for t in best.head.subtree}
            other = [t for t in cands if t.i not in subject]
            best = min(other, key=lambda t: (parse_depth(t), t.i)) if other else best
        if event == "PROTEST" and (rally := crowd_rally(doc)) is not None and \
                (crowd := rally_subject(rally)) is not None and \
                (best.i in {t.i for t in crowd.subtree} or best.lemma_.lower() in _DEMAND_LEMMAS and best.i > rally.i):
            # (round C27) "Parents of the abducted schoolgirls gathered ... demanding action": the gathering is the
            # protest, not a word of the crowd's description nor its demand
            return rally, False
        if event in ("ASSAULT", "PROTEST") and best.lemma_.lower() in _RIOTS and \
                (riot := riot_with_toll(doc)) is not None and riot.i == best.i:
            # (round C27) "Soldiers patrolled the streets ..., a day after a riot in the market left 17 dead": the
            # riot told with its toll keeps its noun; a patrol is no riot
            return best, False
        main = self._main_event_verb(doc, text)
        if main is None or main.i == best.i or (_asked_for(best) and _is_sanction_word(best, self.lexicon)):
            return best, False
        same_kind = quad_code(event) in {quad_code(t) for t, rx in self.lexicon.trigger_res.items()
                                         if rx.match(text, main.idx)}
        if _background(best):
            # (a background act of another kind is what the type speaks of: "sent condolences following the
            # assault" keeps the assault; "detained 18 people following clashes that killed 19" is the detention)
            return (main if same_kind else best), False
        if _weak_cue(best):
            # (re-typed only when every cue of the type names no act; with no cue at all the evidence is unknown)
            # (nor when the cue is the name of the main verb's own subject: "The International Monetary Fund
            # approved a bailout" is the fund's aid, the verb a light one)
            return main, own_cues and all(_names_no_act(c) for c in cands if c.i != main.i) and \
                not _names_subject_of(best, main)
        if _in_adjunct_of(best, main) or \
                (same_kind and not _core_of(best, main) and main.lemma_.lower() not in _FRAMING_HEADS):
            return main, False
        return best, False

    def _other_cue(self, event: str, doc: Doc, text: str, skip: set[int]) -> Token | None:
        """The verb nearest the root that is a cue word of `event`, other than the tokens in `skip`, or None."""
        rx = self.lexicon.trigger_res.get(event)
        if rx is None:
            return None
        cands = [t for t in doc_tokens(doc) if t.pos_ == "VERB" and t.i not in skip and rx.match(text, t.idx)
                 and t.lemma_.lower() not in _REPORTING]
        return min(cands, key=lambda t: (parse_depth(t), t.i)) if cands else None

    def _police_acts(self, doc: Doc, text: str) -> list[Token]:
        """With no COERCE word (the sentence's first event): the acts of a police or army subject ("police
        officers cleared the chamber") rather than another type's word ("chanting"); the event words among them
        first ("the army discovered and destroyed a bomb factory": 'destroyed')."""
        acts = [t for t in doc_tokens(doc) if t.pos_ == "VERB" and t.lemma_.lower() not in _REPORTING and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _POLICE_NOUNS for c in t.children)]
        acts += [c for t in acts for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and c.lemma_.lower() not in _REPORTING]
        words = [t for t in acts if self.lexicon.any_trigger.match(text, t.idx)]
        return words or acts

    def _main_verb_type(self, pred: _Prediction, verb: Token, text: str) -> _Prediction:
        """The prediction re-typed to the main verb's type, when the lexicon gives that verb exactly one ("Amnesty
        said police detained 18 people": COERCE, not CONCEDE read from "Amnesty")."""
        types = [t for t, rx in self.lexicon.trigger_res.items() if rx.match(text, verb.idx)]
        if len(types) != 1 or types[0] == pred.event:
            return pred
        return _Prediction(types[0], pred.confidence, pred.assault_acled or _retyped_acled(types[0], pred.acled)
                           if types[0] == "ASSAULT" else _kept_acled(types[0], pred.acled))

    def _main_type_over_background(self, doc: Doc, text: str, event: str) -> str | None:
        """(round C9b) The type of the sentence's main verb when every cue of the classifier's type `event` lies
        in a background clause ("after Venezuela threatened ...", "despite appeals from the UN") and the main
        verb is a cue of one other type only; None otherwise."""
        main = self._main_event_verb(doc, text)
        rx = self.lexicon.trigger_res.get(event)
        if main is None or rx is None or _background(main) or any(c.dep_ == "neg" for c in main.children) or \
                main.lemma_.lower() in _LOOSE_MAIN_VERBS:
            return None
        cues = [t for t in doc_tokens(doc) if t.i != main.i and rx.match(text, t.idx)]
        # (round C35) "imposed visa restrictions on officials accused of undermining the election": the participle
        # describing a party is background too
        if not cues or not all(_background(t) or _in_relative_clause(t, main) or described_as_accused(t) is not None
                               for t in cues) or rx.match(text, main.idx):
            return None
        own = [typ for typ, r in self.lexicon.trigger_res.items() if r.match(text, main.idx)]
        return own[0] if len(own) == 1 else None

    def _riot_over_background(self, doc: Doc, text: str, event: str) -> bool:
        """(round C37) An unarmed crowd's wrecking (`crowd_vandalism`) is the sentence's main verb (its root or a
        verb joined to it) and every cue of the classifier's type `event` lies in a background clause."""
        wreck = crowd_vandalism(doc)
        rx = self.lexicon.trigger_res.get(event)
        if wreck is None or rx is None or \
                not (wreck.dep_ == "ROOT" or wreck.dep_ == "conj" and wreck.head.dep_ == "ROOT"):
            return False
        cues = [t for t in doc_tokens(doc) if rx.match(text, t.idx)]
        return bool(cues) and all(_background(t) for t in cues)

    def _main_event_verb(self, doc: Doc, text: str) -> Token | None:
        """The verb the sentence asserts (its root, or what a reporting root reports), when it is an event word."""
        root = next((t for t in doc_tokens(doc) if t.dep_ == "ROOT"), None)
        if root is None:
            return None
        if root.lemma_.lower() in _REPORTING:
            root = next((c for c in root.children if c.dep_ == "ccomp"), root)
        # (breaking a truce or ban is the sentence's act though no lexicon word: "Iranian-backed Houthis have
        # violated a UN-brokered ceasefire")
        if root.pos_ != "VERB" or root.lemma_.lower() in _REPORTING or \
                (self.lexicon.any_trigger.match(text, root.idx) is None and not breaks_agreement(root)):
            return None
        return root

    def _scoped_to_clauses(self, out: list[Event], trigs: list[Token], preds: list[_Prediction],
                           text: str) -> list[Event]:
        """In a sentence holding several events in coordinated clauses, an event whose ACLED sub-type rests on a
        weapon, act or crowd named only in another event's clause takes the sub-type (and modes) its own clause
        gives."""
        if len(out) < 2:
            return out
        fixed: list[Event] = []
        for k, (ev, trig) in enumerate(zip(out, trigs)):
            keep = own_clause_tokens(trig, [t for j, t in enumerate(trigs) if j != k])
            clause = None if keep is None else "".join(trig.doc[i].text_with_ws for i in sorted(keep)).strip()
            sub = ev.acled_sub_event_type
            if clause is None or sub is None or not lacks_evidence(sub, clause, ev.event) or \
                    lacks_evidence(sub, text, ev.event) or \
                    sub == _EXCESSIVE and protesters_met_force(ev.actor, ev.recipient, trig, text):
                # (round C21: the protesters the state's force met are named outside its clause: "Teachers, two of
                # whom were shot dead by police, marched")
                fixed.append(ev)
                continue
            ap = preds[k].acled_p
            new = self._acled(ev.event, self._cue_boost(clause, np.array(ap)), clause) \
                if ap and "acled" in self.model.heads else None
            if new is None and ev.event == "ASSAULT":
                new = "Attack"
            modes = self._modes(ev.event, clause, trig, new, keep)
            fixed.append(replace(
                ev, acled_sub_event_type=new, acled_event_type=acled_subtypes()[new].event_type if new else None,
                mode=modes, context=contexts_for(text, modes, self.lexicon), event_scale=event_scale(ev.event, modes),
                cameo_root=cameo_root(ev.event, modes)))
        return fixed

    def _span_acled(self, doc: Doc, keep: set[int], clause: str) -> str | None:
        """A violent sub-type read by the ACLED head from the clause alone, when the clause is the sentence's first
        tokens (the sentence's own probabilities speak of the side clause as well: "... as negotiators met")."""
        hi = next((i for i in range(len(doc)) if i not in keep), len(doc))
        if "acled" not in self.model.heads or hi == 0 or \
                any(i in keep and not doc[i].is_punct for i in range(hi, len(doc))):
            return None
        x = featurize([clause], self.embedder, [doc[0:hi].as_doc()])
        got = self._acled("ASSAULT", self._cue_boost(clause, self.model.heads["acled"].proba(x)[0]), clause)
        if got is None or acled_subtypes()[got].event_type in ("Protests", "Riots"):
            return None
        return got

    def _own_words_acled(self, doc: Doc, cue: Token) -> str:
        """(round C34) A violent sub-type the ACLED head reads from the cue's own phrase alone ("Wednesday's
        shelling, which killed nine people"), where the sentence's reading belongs to its other act; "Attack" when
        the head reads a crowd's or no violent one."""
        span = doc[cue.left_edge.i:cue.right_edge.i + 1]
        clause = span.text.strip()
        if "acled" not in self.model.heads or not clause:
            return "Attack"
        x = featurize([clause], self.embedder, [span.as_doc()])
        got = self._acled("ASSAULT", self._cue_boost(clause, self.model.heads["acled"].proba(x)[0]), clause)
        if got is None or acled_subtypes()[got].event_type in ("Protests", "Riots", _STRATEGIC):
            return "Attack"
        return got

    def _clause_acled_for(self, pred: _Prediction, verb: Token, text: str, clause: str | None = None) -> str:
        """A violent sub-type for an attack read from a background clause (`clause`, default the verb's subtree):
        the head's, on the clause's words."""
        clause = clause or "".join(t.text_with_ws for t in verb.subtree).strip() or text
        if pred.acled_p and "acled" in self.model.heads:
            got = self._acled("ASSAULT", self._cue_boost(clause, np.array(pred.acled_p)), clause)
            # (the clause's subject is who attacked: a crowd's sub-types belong to the main protest)
            if got is not None and acled_subtypes()[got].event_type not in ("Protests", "Riots"):
                return got
        return "Attack"

    def _modes(self, event: str, text: str, trigger: Token, acled: str | None,
               clause: set[int] | None = None) -> tuple[str, ...]:
        # modes come from the trigger's own phrase first, then the whole sentence (`clause`: the tokens of the
        # trigger's own clause, when other events of the sentence have theirs; `text` is then that clause)
        scope = " ".join(t.text for t in trigger.subtree if clause is None or t.i in clause)
        scope, text = without_riot_kit(scope), without_riot_kit(text)  # (round K7) "riot police" is no riot
        scope, text = without_flight(scope), without_flight(text)  # (round C22) "fled into the forest": no abduction
        # (round C9b) "raided the newsroom ..., a day after the channel aired footage of police beating students":
        # the earlier act's words give this one no mode
        scope, text = without_earlier_tail(scope), without_earlier_tail(text, trigger.idx)
        if event == "ASSAULT":
            scope, text = as_gunfire(scope), as_gunfire(text)  # (round C35) "opened fire": guns, no "fire" as a weapon
        if event == "REJECT" and trigger.lemma_.lower() in ("vote", "ballot"):
            return _vote_modes(trigger)
        if event == "COERCE" and (shut := closure_ordered(trigger)) is not None:
            return (shut,)  # (round C27) "ordered the closure of two newspapers": censorship
        if event == "COERCE" and flares_at_vessel(trigger):
            return ("restrict",)  # (round C28) flares fired at a ship: harassment, as `sea_force`
        if event == "SANCTION" and deadline_to_leave(trigger):
            return ("expel",)  # (round C28) an envoy given hours to leave is expelled, whatever the classifier's mode
        if event == "SANCTION" and (revoked := licence_revoked(trigger.doc)) is not None and revoked.i == trigger.i:
            # (round C27) "withdrew the licence of a TV channel": a grant ended ('discontinue'), no withdrawal of
            # the actor's own people ('withdraw')
            return ("discontinue",)
        sc = mode_scores(event, scope, self.lexicon) or mode_scores(event, text, self.lexicon)
        if event == "ASSAULT" and acled == "Suicide bomb":
            # "a suicide bomber" is a person, no aircraft
            sc = {m: n for m, n in sc.items() if m != "aerial"}
        if event == "ASSAULT" and acled in _MODE_FROM_ACLED and _MODE_FROM_ACLED[acled] not in sc:
            implied = _MODE_FROM_ACLED[acled]
            # (round C21: a protest sub-type's "demo" is no mode of an attack)
            if implied and acled not in ("Armed clash", "Mob violence") and implied in plover_types()[event].modes:
                return (implied,) + tuple(sorted(sc, key=lambda m: -sc[m]))[:1]
        if not sc and event == "PROTEST" and acled == "Violent demonstration":
            return ("riot",)  # (round C7b) "Some threw eggs and bottles at the parliament": no cue word, a riot
        if event == "COERCE" and "arrest" in sc and _craft_held(trigger):
            sc = {"seize": sc["arrest"], **{m: n for m, n in sc.items() if m != "arrest"}}
        if not sc and event == "COERCE" and _is_pushback(trigger):
            return ("deport",)  # (round C7b) people towed back over a border at sea: an expulsion
        # the mode the sub-type implies leads among equally frequent ones
        lead = _MODE_FROM_ACLED.get(acled or "") if event == "ASSAULT" else None
        return tuple(sorted(sc, key=lambda m: (-sc[m], m != lead, m)))[:2]

    def _event(self, article: Article, sentence: Sentence, doc: Doc, pred: _Prediction,
               fallback: Callable[[], str | None], sentence_size: Callable[[], Size], trigger: Token | None = None,
               found: Token | None = None, focus: str | None = None) -> tuple[Event, Token]:
        """The event and its trigger token; counts are the whole sentence's (`_events_for` scopes them).

        `fallback` gives the country for actors without one, `sentence_size` gives the sentence's counts (computed
        once per sentence), `trigger` an explicit trigger (a coordinated clause: no re-typing), `found` the
        result of `_trigger` for this prediction when the caller already has it, `focus` the article's country."""
        if trigger is None:
            trig = found if found is not None else self._trigger(pred.event, doc, sentence.text)
        else:
            trig = trigger
        if trigger is None and (pred.event in ("COERCE", "PROTEST") and (removal := occupiers_removal(trig)) or
                                pred.event in ("COERCE", "ASSAULT", "PROTEST") and (removal := occupation_ended(doc))):
            # (round C28) "Students occupied the library and security guards removed them by force": the removal;
            # (round C31) also where the protest's cue was the police's "riot" ("and riot police removed them")
            # (round C33) a crowd removed with lethal force or grave injury ("dispersed them with live fire, killing
            # two") is force against people, ASSAULT, as the manual's crowd-control mode reads it
            trig, pred = removal, _Prediction("ASSAULT" if grave_harm(sentence.text) else "COERCE", pred.confidence,
                                              "Protest with intervention")
        if trigger is None and ban_described(trig):
            trig = verb_of_described(trig) or trig  # (round C28) "cadres of a banned outfit extorted money"
        if trigger is None and (driver := driven_out_party(trig)) is not None:
            trig = driver  # (round C28) "drove al-Shabaab fighters out of the village": the driving, not the party
        trig = _hyphen_head(trig)  # (round C35) "baton-charged": the verb "charged", not its first piece "baton"
        better = governing_event(trig, self.lexicon) if trigger is None else None
        if better is not None and better[1] != pred.event:
            trig = better[0]
            pred = _Prediction(better[1], pred.confidence, _retyped_acled(better[1], pred.acled))
        elif better is not None:
            trig = better[0]
        plot = foiled_plot(trig) if trigger is None else None
        foiler = trig if plot is not None else None
        if plot is not None:
            # (round K7) "loyal troops foiled an attempted coup by mutinous soldiers": the event is the plotters'
            # attempt, told on its own noun (its "by" phrase gives the plotters), not the loyalists' foiling
            trig = plot
        if trigger is None and pred.event == "ACCUSE" and not is_type_word(self.lexicon, "ACCUSE", trig,
                                                                            sentence.text):
            branded = branded_party(doc) or branded_people(doc)
            trig = branded if branded is not None else trig  # "has said the defendants were traitors"
        if trigger is None and pred.event == "MOBILIZE":
            attack = self._attack_behind_party(trig, doc, sentence.text)
            if attack is not None:
                # the ACLED head's reading of the attack when it is a violent one, else the generic "Attack"
                trig, pred = attack, _Prediction("ASSAULT", pred.confidence,
                                                 _retyped_acled("ASSAULT", pred.assault_acled or pred.acled))
        if trigger is None and pred.event in ("COERCE", "MOBILIZE"):
            acted = self._verb_of_subject(trig, sentence.text)
            if acted is not None:
                acled = (pred.assault_acled or _retyped_acled("ASSAULT", pred.acled)) if acted[1] == "ASSAULT" \
                    else None
                trig, pred = acted[0], _Prediction(acted[1], pred.confidence, acled)
        if trigger is None and pred.event != "ASSAULT" and exchange_of_fire(trig):
            pred = _Prediction("ASSAULT", pred.confidence, "Armed clash", acled_p=pred.acled_p)
        if trigger is None and pred.event == "PROTEST":
            trig = crowd_act(trig)
        if trigger is None and pred.event == "CONSULT":
            crowd = crowd_disruption(trig)
            if crowd is not None:
                trig, pred = crowd, _Prediction("PROTEST", pred.confidence, None, acled_p=pred.acled_p)
        own_rx = self.lexicon.trigger_res.get(pred.event)
        if trigger is None and pred.event in ("COERCE", "ASSAULT", "MOBILIZE") and own_rx is not None and \
                own_rx.search(sentence.text) is None and \
                [t for t, rx in self.lexicon.trigger_res.items() if rx.match(sentence.text, trig.idx)] == ["PROTEST"]:
            # (round K7) "stopped eating ... to protest against his sentence": no word of the classifier's type in
            # the sentence, and the act it fell back on is a protest word only
            denied = unforced_protest(trig, self.lexicon.trigger_res.get("ASSAULT"))  # police force denied
            pred = _Prediction("PROTEST", pred.confidence,
                               pred.acled if pred.acled in _PROTEST_ACLED and not denied else None)
        reduced = reduced_relative_act(doc) if trigger is None and pred.event in ("COERCE", "ASSAULT") else None
        if reduced is not None and trig.i in (reduced[1].i, reduced[0].head.i):
            trig = reduced[0]  # (round C22) "Hackers linked to X launched cyber-attacks": the act is "launched"
        taken = person_taken(doc) if pred.event == "ASSAULT" else None
        if trigger is None and taken is not None and not _HARM_DONE.search(sentence.text):
            trig = taken  # (round C21) "An aid worker was taken by militants": the taking is the act
        if trigger is None and pred.event == "COERCE" and (no_arrest := arrest_denied(trig)) is not None:
            trig = no_arrest  # (round C28) "patrolled the area but made no arrests": the arrest, denied
        aux = aux_modes(trig, story_day(article))
        if foiler is not None and not any(c.dep_ == "neg" for c in foiler.children):
            aux = tuple(a for a in aux if a != "negation")  # the attempt was made; only its aim was foiled
        event, aux = reconcile(pred.event, trig, aux)
        if event != pred.event:
            pred = _Prediction(event, pred.confidence, _kept_acled(event, pred.acled))
        actor_heads, recip_heads = roles(trig)
        if pred.event == "ACCUSE" and trig.lemma_.lower() != "call" and (brands := branded_heads(trig)) and \
                not any(c.dep_ == "dobj" for c in trig.children):
            recip_heads = recip_heads or brands  # (round K7) "said the defendants were traitors"
        if foiler is not None:
            # (the foiling side is no party of the attempt it stopped)
            foilers = {t.i for c in foiler.children if c.dep_ in ("nsubj", "agent") for t in c.subtree}
            actor_heads = [h for h in actor_heads if h.i not in foilers]
            recip_heads = [h for h in recip_heads if h.i not in foilers]
        recip_heads = [h for h in recip_heads if not in_statement_source(h) and h.lemma_.lower() not in _TIME_NOUNS]
        if reduced is not None and trig.i == reduced[0].i and not actor_heads:
            actor_heads = [reduced[1]]  # (the parse hung the doer on the participle)
        held = held_beside_seizure(trig) if pred.event == "COERCE" else None
        if held is not None:
            recip_heads = [held]  # (round C22) "seized a boat carrying cocaine and arrested its crew": the crew
        if trig.pos_ == "NOUN" and trig.dep_ in ("dobj", "nsubjpass") and trig.head.lemma_.lower() in _CONFIRMING:
            # (round C22) "The governor confirmed the suicide bombing": who confirms a deed did not do it
            speakers = {t.i for c in trig.head.children if c.dep_ in ("nsubj", "agent") for t in c.subtree}
            actor_heads = [h for h in actor_heads if h.i not in speakers]
        cut = dateline_end(doc)
        if cut:
            # (round C7) "PARIS, Texas (AP) — A man was shot": the dateline's place is no party, however parsed
            actor_heads = [h for h in actor_heads if h.i >= cut]
            recip_heads = [h for h in recip_heads if h.i >= cut]
            lost = dateline_subject(doc) if not actor_heads else None
            if lost is not None and trig.dep_ == "ROOT":
                actor_heads = [lost]  # (round C22) "NIAMEY, Niger - Protesters hurled ...": the dateline took it
        # the fallback country is read only when there is a party to give it to (to_entities of no heads is ())
        fb = fallback() if actor_heads or recip_heads else None
        # (office-holders named without a title are looked up for the story's date; R12, session 9: a titled person
        # with no country word of his own takes the story's country)
        actors = to_entities(actor_heads, sentence.start, fb, on=article.published, story_country=focus)
        recips = to_entities(recip_heads, sentence.start, fb, on=article.published, story_country=focus)
        if fb is not None and actors and recips and \
                fb in {r.code for r in to_entities(recip_heads, sentence.start, None, on=article.published,
                                                   story_country=focus)
                       if r.sector == "GOV" and load_tables().countries.get(r.entity_text, ("", ""))[1] == "name"}:
            # "The government blamed India": the country named as the other side (by its name, not by a capital
            # or the place of the act) is not the unnamed actor's own;
            # it takes the article's country instead (or none when that is the same)
            actors = to_entities(actor_heads, sentence.start, focus if focus != fb else None, on=article.published,
                                 story_country=focus)
        if fb is not None and pred.event == "ASSAULT" and recips and attacker_country(doc, fb) and \
                fb in {r.code for r in recips} - {r.code for r in to_entities(
                    recip_heads, sentence.start, None, on=article.published, story_country=focus)}:
            # (round C8) "Russian missiles struck the city, and 64 people were wounded": victims of an attack whose
            # only country word names the attacker's side take the article's country, not the attacker's
            recips = to_entities(recip_heads, sentence.start, focus if focus != fb else None, on=article.published,
                                 story_country=focus)
        fixed = recode(pred.event, trig, sentence.text, actors, recips, self.lexicon)
        if fixed is None and pred.event == "ASSAULT" and labour_strike_story(trig, article.text):
            fixed = ("PROTEST", ("strike",))  # (round C12) the story's strike is a labour one
        unforced = fixed is None and pred.event == "ASSAULT" and trigger is None and \
            unforced_protest(trig, self.lexicon.trigger_res.get("ASSAULT")) and \
            is_type_word(self.lexicon, "PROTEST", trig, sentence.text)
        modes: tuple[str, ...]
        if unforced:
            # (round K7) "Police did not respond with force when the crowd marched": no force, a peaceful march
            pred, modes = _Prediction("PROTEST", pred.confidence, "Peaceful protest"), ("demo",)
        elif foiler is not None and pred.event == "COERCE":
            pred, modes = replace(pred, acled="Other"), ("seize",)  # (round K7) a coup attempt, not its arrests
        elif fixed is not None and fixed == ("ASSAULT", ("destroy",)):
            # "the trucks were set on fire": ACLED's destruction of property
            pred = _Prediction("ASSAULT", pred.confidence, "Looting/property destruction")
            modes = fixed[1]
        elif fixed is not None and fixed[0] == "ASSAULT":
            # a launch the classifier took for a test, but aimed at a target or doing harm: a strike; an armed
            # group's "protest" is an attack of the kind the ACLED head saw
            pred = _Prediction("ASSAULT", pred.confidence, "Shelling/artillery/missile attack"
                               if pred.event == "MOBILIZE" else pred.assault_acled or "Attack")
            if expelled_party(trig) is not None:
                # (round C12) a party driven out of a place: the other side took it; the state unless the state's
                # own forces were driven out
                state = any(r.sector in ("MIL", "GOV", "COP") for r in recips)
                pred = replace(pred, acled=_TERRITORY_TAKEN[1] if state else _TERRITORY_TAKEN[0])
                # (its modes from its own clause: "... but still carries out bombings" is another act)
                own = {t.i for t in trig.subtree} - {t.i for c in trig.children if c.dep_ == "conj"
                                                     for t in c.subtree}
                own_text = "".join(doc[i].text_with_ws for i in sorted(own)).strip()
                modes = self._modes(pred.event, own_text, trig, pred.acled, own)
            else:
                modes = self._modes(pred.event, sentence.text, trig, pred.acled)
        elif fixed is not None:
            # ACCUSE and MOBILIZE weapons tests carry no ACLED sub-type; a stopped demonstration keeps a protest one
            # as ACLED's "Protest with intervention", a blocked road is a "Peaceful protest"
            pred = _Prediction(fixed[0], pred.confidence, _FIXED_ACLED.get((fixed[0], pred.acled), None)
                               if fixed[0] != "CONCEDE" else _kept_acled("CONCEDE", pred.acled))
            if fixed[0] == "COERCE" and flares_at_vessel(trig):
                pred = replace(pred, acled="Other")  # (as `sea_force`: harassment at sea)
            if fixed == ("PROTEST", ("riot",)):
                pred = replace(pred, acled="Violent demonstration")  # protesters' own violence
            elif fixed == ("PROTEST", ("strike",)):
                # (round C11) a work stoppage read first as an attack: the toll that made it look violent is its
                # cause ("went on strike after a colleague was killed"), the stoppage itself is peaceful
                pred = replace(pred, acled="Peaceful protest")
            modes = fixed[1]
        else:
            modes = self._modes(pred.event, sentence.text, trig, pred.acled)
        if pred.event == "COERCE" and trig.lemma_.lower() in _RESTRICTING and (not modes or modes == ("arrest",)):
            # (round C12) "sealed the capital with containers", "internet services were suspended": a restriction
            modes = ("restrict",)
        if pred.event == "PROTEST" and "strike" not in modes and walked_out(doc) is not None:
            modes = ("strike",) + tuple(m for m in modes if m != "demo")[:1]  # (round C22) workers walked out
        if pred.event == "PROTEST" and "riot" in modes and symbols_burned_only(sentence.text):
            modes = tuple(m for m in modes if m != "riot")  # (round C30) an effigy burned is no riot
        if pred.event == "PROTEST" and pred.acled is None:
            # PROTEST always has an ACLED category (a re-typed riot or blockade gets it from its mode)
            pred = replace(pred, acled="Violent demonstration" if "riot" in modes or
                           tyres_burned_only(sentence.text) else "Peaceful protest")
        elif pred.event == "PROTEST" and pred.acled == "Peaceful protest" and tyres_burned_only(sentence.text):
            pred = replace(pred, acled="Violent demonstration")  # (round C33) tyres burned in the street
        elif pred.event == "PROTEST" and pred.acled == "Violent demonstration" and modes == ("strike",) and \
                labour_strike(trig):
            # (round C11) "staged a 24-hour strike after a colleague was killed": the toll is the strike's cause
            pred = replace(pred, acled="Peaceful protest")
        elif pred.event == "PROTEST" and "riot" in modes and pred.acled in ("Peaceful protest",
                                                                            "Protest with intervention"):
            # (round K7) ACLED: a demonstration whose crowd is violent is a violent demonstration, whether or not
            # the police intervene ("Police clashed with protesters")
            pred = replace(pred, acled="Violent demonstration")
        if pred.event == "PROTEST" and "future" not in aux and "historical" not in aux and \
                vowed_protest(trig) is not None:
            aux += ("future",)  # (round C32) the protest a vow tells ("vowed to go ahead with the march") is to come
        if pred.event == "SANCTION" and is_court_sentence(sentence.text) and not deadline_to_leave(trig):
            modes = ("convict",)  # (round C15) a court's sentence, however the verb was parsed
        elif pred.event == "COERCE" and is_coup_takeover(sentence.text):
            modes, pred = ("seize",), replace(pred, acled="Other")  # (round C15) the coup, not its arrests
        size = without_dated_relatives(sentence_size(), trig) if pred.event in _SIZE_TYPES else Size()
        acled = territory_side(pred.acled, doc, sentence.text, trig) if pred.acled else None
        settled = acled_by_mode(pred.event, modes, acled, actors, sentence.text, trig, recips)
        if pred.event == "ASSAULT" and settled == "Air/drone strike" and ground_assault(trig):
            # (round C31) "launched a ground attack on El Fasher after days of drone strikes": the ground attack is
            # the event; the aircraft of the background give it neither its sub-type nor its mode
            settled = ground_assault_sub_type(sentence.text)
            modes = tuple(m for m in modes if m not in ("aerial", "drone"))
        if settled == "Suicide bomb" and acled != settled:
            # (round C28) the bomber is a person on the ground: "bomber" gives no aircraft
            modes = ("suicide-attack",) + tuple(m for m in modes if m not in ("aerial", "suicide-attack"))[:1]
        if settled in ("Armed clash", "Air/drone strike") and "abduct" in modes and attackers_pursued(trig):
            modes = tuple(m for m in modes if m != "abduct")  # (round C27) "pursued the kidnappers": none taken
        if pred.event == "ASSAULT" and projectile_downed(trig):
            settled = "Disrupted weapons use"  # (round C19) drones or missiles brought down: an attack prevented
        elif pred.event == "ASSAULT" and settled == "Shelling/artillery/missile attack" and fired_at_person(doc) and \
                not names_heavy_weapon(sentence.text):
            # (round C22) "fired at Rakesh": a person fired on is shot, not shelled
            settled, modes = "Attack", tuple(m for m in modes if m != "heavy-weapons") or ("firearms",)
        elif pred.event == "ASSAULT" and settled == "Disrupted weapons use" and trig.lemma_.lower() in _HIT_VERBS and \
                any(c.dep_ == "dobj" for c in trig.children):
            settled = _weapon_hit(trig)  # (round C22) "while drones hit a substation": what hit was not stopped
        if pred.event == "ASSAULT" and "abduct" in modes and loot_not_people(trig, actors, sentence.text):
            # (round C9b) "Bandits seized 200 cattle", "gunmen seized their cargo": goods carried off, nobody taken
            pred, modes, settled = replace(pred, event="COERCE"), ("seize",), "Looting/property destruction"
        if unforced:
            settled = "Peaceful protest"  # (round K7) the police force is denied: no intervention
        if acled in _CROWD_ACLED and settled == "Attack":
            modes = tuple(m for m in modes if m != "riot")  # the crowd's mode went with the crowd's sub-type
        if acled in (_EXCESSIVE_FORCE, "Protest with intervention") and settled == "Violent demonstration" and \
                "crowd-control" in modes and crowd_actors(actors):
            # (round C35) the crowd's own violence ("A mob set fire to a police station"): no force used on a crowd
            modes = tuple(m for m in modes if m != "crowd-control") or ("riot",)
        if pred.event == "ASSAULT" and settled in ("Attack", "Remote explosive/landmine/IED") and \
                struck_from_the_air(trig):
            # (round C32) "Russian jets carried out air raids on villages in Idlib, killing nine civilians", "An air
            # force bombardment of a guerrilla camp killed several fighters": the deed's own clause names the strike
            settled = "Air/drone strike"
        if event_is_bare_strike(pred.event, settled, trig) and _AIR_STRIKES.search(article.text):
            # (round C9) "Israel has continued to carry out near-daily strikes" in a story of air strikes: the same
            # strikes, ACLED's air/drone strikes (the bare noun says no weapon of its own)
            settled, modes = "Air/drone strike", ("aerial",) + tuple(m for m in modes if m != "aerial")[:1]
        if pred.event == "COERCE" and "arrest" in modes and settled in _PROTEST_ACLED and \
                getattr(caused_coercion(doc, self.lexicon.trigger_res.get("COERCE")), "i", None) == trig.i:
            # (round C21) "Friday's arrest of the mayor prompted rallies": the arrest that set off the protest is an
            # arrest (ACLED "Arrests"), not the protest met with force
            settled = None if is_crime_enforcement("Arrests", sentence.text) else "Arrests"
        if pred.event == "COERCE" and "arrest" in modes and settled is None and actors and \
                all(a.sector in ("COP", "MIL") for a in actors) and not is_crime_enforcement("Arrests", sentence.text):
            # (round C30) "Soldiers stormed a hideout and arrested three suspected militants": the state's forces
            # detaining people is ACLED's "Arrests" when the head abstained and no ordinary-crime reason is told
            settled = "Arrests"
        if pred.event == "ASSAULT" and taken is not None and taken.i == trig.i and \
                settled in (None, "Attack", "Armed clash"):
            # (round C21) a person seized or taken by gunmen: an abduction
            settled, modes = _ABDUCTION, ("abduct",) + tuple(m for m in modes if m != "abduct")[:1]
        if settled in _TERRITORY_TAKEN and place_captured(trig):
            modes = tuple(m for m in modes if m != "abduct")  # (round C9) a place captured, nobody abducted
        acled = settled if not (pred.event == "COERCE" and modes == ("seize",) and pred.acled == "Other" and
                                is_coup_takeover(sentence.text)) else "Other"
        if (pred.event == "MOBILIZE" or pred.event in ("COERCE", "ASSAULT") and
                (not modes or set(modes) & {"arrest", "abduct"})) and ground_taken_by_state(trig):
            # (round C21) "which Israel captured from Syria in 1967": a state took ground, nobody was arrested
            pred, modes, acled = replace(pred, event="ASSAULT"), (), _TERRITORY_TAKEN[0]
        if pred.event in ("ASSAULT", "COERCE", "MOBILIZE"):
            pred, modes, acled = self._capture_settled(pred, modes, acled, trig, actors, sentence.text)
        start = sentence.start + trig.idx
        return Event(
            id="", event=pred.event, mode=modes, context=contexts_for(sentence.text, modes, self.lexicon),
            quad_code=quad_code(pred.event),
            event_scale=event_scale(pred.event, modes), cameo_root=cameo_root(pred.event, modes),
            acled_event_type=acled_subtypes()[acled].event_type if acled else None, acled_sub_event_type=acled,
            actor=actors, recipient=recips, trigger=_hyphenated_trigger(sentence.start, trig),
            event_loc=None, date=None, date_precision=None, aux=aux, size=size,
            event_text=sentence.text, sentence=sentence, confidence=round(pred.confidence, 4),
            article_id=article.id), trig

    @staticmethod
    def _capture_settled(pred: _Prediction, modes: tuple[str, ...], acled: str | None, trig: Token,
                         actors: tuple[Entity, ...], text: str) -> tuple[_Prediction, tuple[str, ...], str | None]:
        """(round C22) A capture read by what was taken (`captured_kind`): people caught by the state are an arrest
        (fighters an abduction, as the PLOVER manual says), by an armed group an abduction; an armed side's vehicles
        or arms seized are the fighting, with no abduct."""
        kind = captured_kind(trig)
        if kind == "people":
            state = captor_is_state(trig, actors)
            if state:
                arrests = None if is_crime_enforcement("Arrests", text) else "Arrests"
                if captives_are_combatants(trig):
                    # the PLOVER manual: "Combatants captured during conflict should be coded as ASSAULT 'abduct'
                    # rather than COERCE 'arrest'"; ACLED's sub-type for the state detaining them stays Arrests
                    return replace(pred, event="ASSAULT"), ("abduct",), arrests
                return replace(pred, event="COERCE"), ("arrest",), arrests
            if state is False:
                return replace(pred, event="ASSAULT"), ("abduct",), _ABDUCTION
        elif kind == "materiel" and ("abduct" in modes or acled in _TERRITORY_TAKEN + (_ABDUCTION,)) or \
                kind == "materiel" and pred.event == "COERCE" and enemy_materiel(trig) and \
                captor_is_state(trig, actors) is False:
            # (the state seizing arms is ACLED's disrupted weapons use, as before)
            kept = tuple(m for m in modes if m not in ("abduct", "arrest", "seize"))
            if not enemy_materiel(trig):
                return pred, kept or ("seize",), acled if acled != _ABDUCTION else None
            if place_taken_beside(trig):
                side = captor_is_state(trig, actors)
                taken = acled if acled in _TERRITORY_TAKEN else None
                if side is not None:
                    taken = _TERRITORY_TAKEN[0] if side else _TERRITORY_TAKEN[1]
                return replace(pred, event="ASSAULT"), kept, taken or "Armed clash"
            return replace(pred, event="ASSAULT"), kept, "Armed clash"
        return pred, modes, acled

    def _events_for(self, article: Article, sentence: Sentence, doc: Doc, preds: list[_Prediction],
                    focus: str | None) -> list[Event]:
        out: list[Event] = []
        trigs: list[Token] = []
        used: list[_Prediction] = []  # the prediction behind each event (its ACLED probabilities)
        if not preds:
            return out
        text = sentence.text
        # computed at most once per sentence, not once per event: the same for every event of the sentence
        fallback = _once(lambda: sentence_country(doc) or focus)
        sentence_size = _once(lambda: extract_size(text))
        silenced: set[int] = set()  # tokens whose cue word was read as a non-event
        first, moved = self._moved_trigger(preds[0].event, doc, text, main_clause=True)
        if moved and preds[0].event == "COERCE" and (arrest := _arrest_after_raid(first, text)) is not None:
            first, moved = arrest, False  # (round C30) "police stormed a safe house and arrested five suspects"
        # (round C8: a rule reading's own verb, "handed over 5,000 food baskets", keeps the reading's type)
        if moved and getattr(deed_verb(doc, preds[0].event) or own_verb(doc, preds[0].event), "i", None) != first.i:
            preds = [self._main_verb_type(preds[0], first, text)] + preds[1:]
        cause = self._attack_behind_arrest(preds[0], first, doc, text)
        if cause is not None:
            # (round C12) "Police arrested 47 students after clashes in which 60 people were injured": the arrest is
            # the main act (COERCE), the clashes it followed an attack of their own (added below)
            preds = [self._main_verb_type(preds[0], first, text)] + preds[1:]
        for k, pr in enumerate(preds):
            ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, focus=focus,
                                   found=first if k == 0 else None)
            if out and out[0].trigger == ev.trigger:
                continue  # a second type on the same word is the classifier hedging, not a second event
            if _one_deal(ev.event, trig, out, trigs):
                # (round C32) "signed an agreement": the signing and its agreement are one deal (PLOVER codes a
                # signed agreement SUPPORT, a promise to sign AGREE; the event kept first stands)
                continue
            if out and _party_of(ev.trigger, out[0]) and (trig.pos_ == "NOUN" and is_party_noun(trig) or
                                                          trig.dep_ == "amod"):
                # "The president visited troops on the front line": a party of the first event is no second event
                # (no MOBILIZE on 'troops'); (round C16) nor is a word describing it ("Striking dockworkers said
                # they would not end ...": no second event on 'Striking')
                continue
            if trigs and weapon_handled(trigs[0], trig, out[0].event, ev.event):
                continue
            accuser = accusation_of(trig)
            if accuser is not None and ev.event != "ACCUSE" and _has_subject(accuser):
                # "X accused Y of using thugs to intimidate voters": the alleged act is the accusation's content;
                # the event is the accusation (once)
                if any(o.trigger is not None and o.trigger.start == sentence.start + accuser.idx for o in out):
                    continue
                ev, trig = self._event(article, sentence, doc, _Prediction("ACCUSE", pr.confidence, None),
                                       fallback, sentence_size, trigger=accuser, focus=focus)
            if ev.event in ("COERCE", "MOBILIZE") and described_party(trig):
                continue  # "Eight of the raiders were among the dead": a party described, no act
            if trig.i in silenced or non_event_reason(ev.event, trig, doc, text, self.lexicon) is not None:
                # a non-event reading of the cue word ("released a video", "gave no toll": nonevents.py); another
                # type on the same word is no event either
                silenced.add(trig.i)
                # (lead, session 9) "sentenced him to 10 years in prison": the sentencing verb, not the prison
                alt = (term_verb(trig) or self._other_cue(pr.event, doc, text, silenced | {trig.i})) if k == 0 \
                    else None
                # (round C9) "The strike came a day after fighters said they had captured a headquarters": the
                # type's other cue verb, when the sentence has one that is no non-event reading, is the act; (round
                # C12b) the next one when that too is none ("foiled a coup attempt and arrested 12 officers")
                while alt is not None:
                    ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=alt,
                                           focus=focus)
                    if non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                        break
                    silenced.add(alt.i)
                    alt = self._other_cue(pr.event, doc, text, silenced)
                if alt is None:
                    continue
            if ev.event == "COERCE" and (declares_emergency(trig) or {"restrict", "curfew"} & set(ev.mode)) and \
                    is_disaster_story(article.text):
                # (round K7: also "Schools in coastal districts were closed" in a cyclone story: safety, no coercion)
                # an emergency declared over an earthquake or a flood answers the disaster, it coerces nobody
                # (the article names no violent agent, protest or arrest anywhere; the forces rescue)
                continue
            if ev.event == "ASSAULT" and (is_private_quarrel(article.text, text) or
                                          is_lone_shooting(article.text, text)):
                continue  # "A man opened fire outside a bar" in a story of an argument that turned deadly: crime
            if ev.event == "MOBILIZE" and is_disaster_story(article.text):
                continue  # "the army sent troops, boats and helicopters to the valley" of a flood: relief
            if trig.lemma_.lower() == "be" and (k > 0 or ev.event == "ASSAULT"):
                # no cue word of the type, so the main verb stood in: "The march was peaceful" is the copula
                # describing an event, not a (second) event; the classifier's first non-violent reading stays
                continue
            if ev.event == "ASSAULT" and is_party_lookup(trig):
                continue  # "had not identified the attackers": the attack is only mentioned through its authors
            if ev.event == "PROTEST" and weapon_strike_story(trig, article.text):
                continue  # (round C22) "The governor confirmed the strike" after a missile hit: no work stoppage
            if ev.event == "ACCUSE" and is_hedge(trig) and len(preds) > 1:
                # "protests against the alleged abuses": the reporter's hedge, nobody accuses anyone; kept when the
                # classifier has no other reading
                continue
            out.append(ev)
            trigs.append(trig)
            used.append(pr)
        if len(out) > 1 and out[0].event == "MOBILIZE" and trigs[0].pos_ == "NOUN" and is_party_noun(trigs[0]) and \
                any(_party_of(out[0].trigger, e) for e in out[1:]):
            # (round K7) 'Indian troops "responded strongly"': the party noun is the actor of the sentence's act, no
            # deployment of its own (the mirror of the check above, when the party noun came first)
            del out[0], trigs[0], used[0]
        if len(out) > 1 and out[0].event == "MOBILIZE" and trigs[0].lemma_.lower() in _SETUP_VERBS and \
                any(e.event == "COERCE" and t.dep_ == "dobj" and t.head.i == trigs[0].i
                    for e, t in zip(out[1:], trigs[1:])):
            # (round C7b) "Riot police formed a cordon in front of the building": the setting-up verb is the
            # cordon's own act (one COERCE restrict), no deployment beside it
            del out[0], trigs[0], used[0]
        branded = branded_party(doc) if not out else None
        if branded is not None:
            # (round K7) 'has said the defendants were "traitors" and that judges who acquitted them would be
            # complicit': when every other reading was a non-event, the branding is the sentence's accusation
            ev, trig = self._event(article, sentence, doc, _Prediction("ACCUSE", preds[0].confidence, None),
                                   fallback, sentence_size, trigger=branded, focus=focus)
            out.append(ev)
            trigs.append(trig)
            used.append(_Prediction("ACCUSE", preds[0].confidence, None))
        # "Japan lodged a protest ..., and South Korea's foreign ministry condemned the launch": a coordinated
        # clause with its own subject and a trigger of the same type is a second event by another actor.
        rx = self.lexicon.trigger_res.get(preds[0].event)
        for verb in _coordinated_clauses(first):
            if rx is None or _casualty_toll(verb, first) or \
                    not (rx.match(text, verb.idx) or preds[0].event == "PROTEST" and protesters_gathered(verb)):
                continue
            pr = preds[0]
            if pr.event == "ASSAULT" and pr.acled == "Disrupted weapons use" and not projectile_downed(verb):
                # (round C22) "shot down 12 drones ..., while a missile hit a warehouse": the hit is no interception
                sub = self._clause_acled_for(pr, verb, text)
                pr = replace(pr, acled=sub if sub != "Disrupted weapons use" else _weapon_hit(verb))
            ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=verb,
                                   focus=focus)
            crowd = own_crowd(verb)
            if crowd is not None:
                # (the gathering's own crowd, which the parse hid in a place phrase, not the first clause's actor)
                at = sentence.start + crowd.idx
                ev = replace(ev, actor=(Entity(crowd.text, at, at + len(crowd.text), None, "CVL"),))
            if all(o.trigger != ev.trigger for o in out) and \
                    non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                out.append(ev)
                trigs.append(trig)
                used.append(pr)
        taking = abduction_beside(trigs[0]) if out and out[0].event == "ASSAULT" else None
        if taking is not None and all(t.i != taking.i for t in trigs):
            # (round C22) "killed four and abducted 12 women": the abduction is an event of its own, the attack
            # keeps no abduct mode
            pr = _Prediction("ASSAULT", preds[0].confidence, _ABDUCTION)
            ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=taking, focus=focus)
            taken_ok = ev.event == "ASSAULT" and non_event_reason(ev.event, trig, doc, text, self.lexicon) is None
            if taken_ok and entry_for_abduction(trigs[0], taking):
                # (round C35) "stormed a school and abducted 40 pupils": the storming is the abduction's way in
                out[0], trigs[0], used[0] = _as_abduction(ev), trig, pr
            elif taken_ok:
                out[0] = _without_abduction(out[0])
                out.append(_as_abduction(ev))
                trigs.append(trig)
                used.append(pr)
        for verb in coordinated_acts(first):
            # (round C9) "thanked Russia and accused Britain of ...": a coordinated verb that is a word of exactly one
            # verbal type the sentence has no event of yet is that act, by the same speaker
            kinds = [t for t, rx in self.lexicon.trigger_res.items() if rx.match(text, verb.idx)]
            if len(kinds) != 1 or kinds[0] not in _VERBAL_TYPES or any(e.event == kinds[0] for e in out) or \
                    any(t.i == verb.i for t in trigs):
                continue
            pr = _Prediction(kinds[0], preds[0].confidence, None)
            ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=verb, focus=focus)
            # (a phrase may fix another type: "... and ordered the army to deploy" is a MOBILIZE, round K7)
            phrased = phrase_type(kinds[0], trig)
            if (ev.event == kinds[0] or phrased is not None and phrased[0] == ev.event and
                    all(e.event != ev.event or _actor_names(e) != _actor_names(ev) for e in out)) and \
                    non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                out.append(ev)
                trigs.append(trig)
                used.append(pr)
        for kind, finder in (("CONSULT", talks_told), ("REQUEST", reported_appeal)):
            # (round C32) talks told in an "after" phrase ("... said in a joint statement after talks in Nairobi
            # between their foreign ministers") are a meeting of their own; an appeal beside a report ("..., the army
            # said, calling on the rebels to release them") is the speaker's request
            found = finder(doc) if out and all(e.event != kind for e in out) else None
            if found is None or any(t.i == found.i for t in trigs):
                continue
            pr = _Prediction(kind, preds[0].confidence, None)
            ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=found, focus=focus)
            if ev.event == kind and non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                out.append(ev)
                trigs.append(trig)
                used.append(pr)
        if out and out[0].event == "COERCE" and all(e.event != "ASSAULT" for e in out):
            rx = self.lexicon.trigger_res.get("ASSAULT")
            for verb in _coordinated_clauses(trigs[0]):
                # (round C12) "14 people had been arrested and two soldiers were killed in an exchange of fire",
                # "94 people were arrested and 20 officers were injured": harm told in a clause of its own is an
                # attack beside the arrests (and its counts are its own)
                if rx is None or not rx.match(text, verb.idx) or not any(
                        c.dep_ in ("nsubjpass", "dobj") for c in verb.children) or any(t.i == verb.i for t in trigs) \
                        or _arrest_after_raid(verb, text) is not None:
                    continue  # (round C30: a force's storming that made the arrests is their raid)
                pr = _Prediction("ASSAULT", preds[0].confidence, None, acled_p=preds[0].acled_p)
                sub = self._clause_acled_for(pr, verb, text)
                pr = replace(pr, acled=sub if acled_subtypes()[sub].event_type != _STRATEGIC else "Attack")
                ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=verb,
                                       focus=focus)
                if ev.event == "ASSAULT" and non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                    out.append(ev)
                    trigs.append(trig)
                    used.append(pr)
                break
        if len(out) == 1 and out[0].event == "ASSAULT":
            self._contrasted_attack(article, sentence, doc, preds[0], (fallback, sentence_size, focus), out, trigs,
                                    used)
        if preds[0].event != "ASSAULT" and all(e.event != "ASSAULT" for e in out):
            lead = main_clause_attack(doc, self.lexicon.trigger_res.get("ASSAULT"), first) or \
                _deed_beside_appeal(doc, self.lexicon.trigger_res.get("ASSAULT"), first)
            if lead is not None and not (preds[0].event == "COERCE" and _arrest_after_raid(lead, text) is not None):
                pr = _Prediction("ASSAULT", preds[0].confidence, None, acled_p=preds[0].acled_p)
                keep = {t.i for t in doc_tokens(doc) if not in_side_clause(t)}
                main_text = "".join(doc[i].text_with_ws for i in sorted(keep)).strip()
                pr = replace(pr, acled=self._span_acled(doc, keep, main_text) or
                             self._clause_acled_for(pr, lead, text, main_text))
                ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=lead,
                                       focus=focus)
                modes = self._modes(ev.event, main_text, trig, ev.acled_sub_event_type, keep)
                ev = replace(ev, mode=modes, context=contexts_for(text, modes, self.lexicon),
                             event_scale=event_scale(ev.event, modes), cameo_root=cameo_root(ev.event, modes))
                if all(o.trigger != ev.trigger for o in out) and \
                        non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                    # (the main clause's act leads the sentence)
                    out.insert(0, ev)
                    trigs.insert(0, trig)
                    used.insert(0, pr)
        if out and out[0].event == "ASSAULT" and all(e.event != "COERCE" for e in out):
            coercion = main_clause_coercion(doc, self.lexicon.trigger_res.get("COERCE"), trigs[0])
            if coercion is not None:
                pr = _Prediction("COERCE", preds[0].confidence, None, acled_p=preds[0].acled_p)
                ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=coercion,
                                       focus=focus)
                if all(o.trigger != ev.trigger for o in out) and \
                        non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                    out.insert(0, ev)  # (the main clause's act leads the sentence)
                    trigs.insert(0, trig)
                    used.insert(0, pr)
        if any(e.event == "PROTEST" for e in out) and all(e.event != "COERCE" for e in out):
            arrest = caused_coercion(doc, self.lexicon.trigger_res.get("COERCE"))
            if arrest is not None and all(t.i != arrest.i for t in trigs):
                # (round C21) "The arrest of the opposition leader on Monday sparked protests": the arrest too
                self._add_own_attack(article, sentence, doc, preds[0], arrest, (fallback, sentence_size, focus),
                                     out, trigs, used, kind="COERCE")
        if preds[0].event != "ASSAULT" and all(e.event != "ASSAULT" for e in out):
            for verb in background_attacks(doc, self.lexicon.trigger_res.get("ASSAULT"),
                                           passive=preds[0].event != "PROTEST") or \
                    relative_attacks(doc, self.lexicon.trigger_res.get("ASSAULT")):
                pr = _Prediction("ASSAULT", preds[0].confidence, None, acled_p=preds[0].acled_p)
                sub = self._clause_acled_for(pr, verb, text)
                # (round C23) the arrest the main clause tells is no sub-type of the attack before it ("arrested
                # four suspects, a week after an attack on a church killed nine worshippers")
                pr = replace(pr, acled=sub if acled_subtypes()[sub].event_type != _STRATEGIC or
                             sub in _TERRITORY_TAKEN else "Attack")
                ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=verb,
                                       focus=focus)
                if all(o.trigger != ev.trigger for o in out) and \
                        non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                    out.append(ev)
                    trigs.append(trig)
                    used.append(pr)
        tolled = tolled_attack_after(doc, self.lexicon.trigger_res.get("ASSAULT")) if out else None
        if tolled is not None and all(t.i not in (tolled[0].i, tolled[1].i) for t in trigs):
            # (round C23) "abducted 14 passengers, a day after a gang attack on Mirebalais left 12 people dead": the
            # attack of the "after" phrase is its own event; its toll verb bounds its counts (`_scoped_sizes`)
            known = len(out)
            self._add_own_attack(article, sentence, doc, preds[0], tolled[0], (fallback, sentence_size, focus),
                                 out, trigs, used, told_by=tolled[1])
            if len(out) > known:
                ev = _without_abduction(out[-1])
                told = ev.acled_sub_event_type
                if told is None or acled_subtypes()[told].event_type in ("Protests", "Riots", _STRATEGIC):
                    # (the sentence's crowd or arrest is no part of the attack: "protesters blocked the road, a day
                    # after a militia attack on the town left 14 dead")
                    ev = replace(ev, acled_sub_event_type="Attack",
                                 acled_event_type=acled_subtypes()["Attack"].event_type)
                out[-1] = ev
                trigs[-1] = tolled[1]
        for noun in prior_attacks(doc, self.lexicon.trigger_res.get("ASSAULT"),
                                  strict=any(e.event == "ASSAULT" for e in out)):
            # (round C37) "The strikes followed a rocket attack on northern Israel on Thursday", "came after a
            # Houthi missile attack on a ship": the earlier deed, named with its own target, doer or day, is an
            # event of its own (the act that followed it keeps its own event or is the story's act named again)
            if labour_strike(noun) or is_private_crime(text) or \
                    any(t.i == noun.i or noun.head.i == t.i and noun.dep_ == "nsubj" for t in trigs) or \
                    (cause is not None and cause.i == noun.i):
                continue
            known = len(out)
            self._add_own_attack(article, sentence, doc, preds[0], noun, (fallback, sentence_size, focus),
                                 out, trigs, used)
            if len(out) > known:
                ev = _without_abduction(out[-1])
                told = ev.acled_sub_event_type
                if told is None or acled_subtypes()[told].event_type in ("Protests", "Riots", _STRATEGIC):
                    # (the sentence's arrest or curfew is no part of the deed before it: its own words' sub-type)
                    sub = self._own_words_acled(doc, noun)
                    ev = replace(ev, acled_sub_event_type=sub, acled_event_type=acled_subtypes()[sub].event_type)
                out[-1] = ev
        if cause is not None and all(t.i != cause.i for t in trigs):
            self._add_own_attack(article, sentence, doc, preds[0], cause, (fallback, sentence_size, focus),
                                 out, trigs, used)
        if any(e.event == "ACCUSE" for e in out) and all(e.event != "ASSAULT" for e in out):
            for noun in instanced_attacks(doc, self.lexicon.trigger_res.get("ASSAULT")):
                # (round C12) a dated attack given as an instance of what is alleged is an event told as fact
                rel = next(c for c in noun.subtree if c.dep_ == "relcl")
                self._add_own_attack(article, sentence, doc, preds[0], noun, (fallback, sentence_size, focus),
                                     out, trigs, used, told_by=rel)
        blame = blame_over(trigs[0]) if out and out[0].event == "ASSAULT" and \
            all(e.event != "ACCUSE" for e in out) else None
        if blame is not None and all(t.i != blame.i for t in trigs):
            # (round C34) "Local officials blamed the army for Tuesday's air strike ..., which killed 12 people": the
            # attack told and the blame laid on its author are two events (the blame leads the sentence)
            pr = _Prediction("ACCUSE", preds[0].confidence, None)
            ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=blame, focus=focus)
            if ev.event == "ACCUSE" and non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                out.insert(0, ev)
                trigs.insert(0, trig)
                used.insert(0, pr)
        if out and all(e.event != "ASSAULT" for e in out):
            for noun, rel in blamed_attacks(doc, self.lexicon.trigger_res.get("ASSAULT")):
                # (round C34) "blaming the army for Wednesday's shelling, which killed nine people": the attack blamed
                # on a party is told as done
                if any(t.i in (noun.i, rel.i) for t in trigs):
                    continue
                known = len(out)
                self._add_own_attack(article, sentence, doc, preds[0], noun, (fallback, sentence_size, focus),
                                     out, trigs, used, told_by=rel)
                if len(out) > known:
                    # (its toll verb bounds its counts, as for `tolled_attack_after`; the sentence's crowd is no
                    # part of it, so a crowd's sub-type is read again on the attack's own words)
                    trigs[-1] = rel
                    told = out[-1].acled_sub_event_type
                    if told is None or acled_subtypes()[told].event_type in ("Protests", "Riots", _STRATEGIC):
                        sub = self._own_words_acled(doc, noun)
                        out[-1] = replace(out[-1], acled_sub_event_type=sub,
                                          acled_event_type=acled_subtypes()[sub].event_type)
        if out:
            self._add_rementions(article, sentence, doc, preds[0], (fallback, sentence_size, focus), out, trigs, used,
                                 self._remention_cues(doc))
        given = _support_given(out, trigs)
        if given is not None:
            # (round C7c) "disbursed 1.5 billion euros in budget support": the noun names what the gift is for
            del out[given], trigs[given], used[given]
        dispersal = _dispersal_told_again(out, trigs)
        if dispersal is not None:
            # (round C35) "Police shot dead two protesters while dispersing a rally": the force on the crowd is the
            # dispersal, one intervention; the dispersing clause is no COERCE of its own
            del out[dispersal], trigs[dispersal], used[dispersal]
        protest = next((e for e in out if e.event == "PROTEST"), None)
        response = police_response(doc) if protest is not None and all(e.event != "ASSAULT" for e in out) else None
        if response is None and out and all(e.event != "ASSAULT" for e in out) and _CROWD_WORDS.search(text):
            # (round K7) "police used water cannon and pepper spray to push protesters back, and ... 14 people had
            # been detained": the crowd control beside the arrests
            response = police_force_used(doc)
            forced = next((k for k, t in enumerate(trigs) if response is not None and t.i != response.i and
                           t in response.subtree), None)
            if forced is not None:
                # (round C32) "Riot police used water cannon ... to disperse protesters who had gathered outside
                # parliament": the dispersal coded already is what the water cannon did, one intervention, not two;
                # a COERCE dispersal takes the force's reading (ASSAULT crowd-control, the PLOVER manual's mode)
                if out[forced].event == "COERCE":
                    out[forced] = _as_crowd_control(out[forced], text, self.lexicon)
                response = None
        reply: Event | None = None
        if response is not None and all(t.i != response.i for t in trigs):
            # (round C13) "protesters threw fireworks at riot police, who responded with tear gas": the police's
            # force is an attack of its own beside the protest; ACLED files it under the demonstration (a riot
            # stays a violent demonstration, other protests meet an intervention). It is added after the clause
            # scoping below, which would look for the crowd in the police's own clause.
            sub = "Violent demonstration" if protest is not None and \
                protest.acled_sub_event_type == "Violent demonstration" else "Protest with intervention"
            pr = _Prediction("ASSAULT", preds[0].confidence, None, acled_p=preds[0].acled_p)
            ev, trig = self._event(article, sentence, doc, pr, fallback, sentence_size, trigger=response,
                                   focus=focus)
            if ev.event == "ASSAULT":
                reply = replace(ev, acled_event_type=acled_subtypes()[sub].event_type, acled_sub_event_type=sub,
                                size=extract_size("".join(t.text_with_ws for t in trig.subtree)))
        answered = len(out)
        if out and out[0].event == "ASSAULT" and out[0].actor:
            self._answered_attack(article, sentence, doc, preds[0], (fallback, sentence_size, focus), out, trigs, used)
        out = [_without_abduction(ev) if _captives_killed(ev, trig) else
               _as_abduction(ev) if _taking_read_as_attack(ev, trig, trigs) else
               _as_forced_disappearance(ev, text, self.lexicon) if _disappeared_with(ev, trig) else ev
               for ev, trig in zip(out, trigs)]
        out = _scoped_sizes(self._scoped_to_clauses(out, trigs, used, text), trigs, text, sentence_size)
        # (the answered attack's counts are its own clause's only: the main attack's toll is not its toll)
        return out[:answered] + [replace(ev, size=extract_size("".join(t.text_with_ws for t in trig.subtree)))
                                 for ev, trig in zip(out[answered:], trigs[answered:])] + \
            ([reply] if reply is not None else [])

    def _add_own_attack(self, article: Article, sentence: Sentence, doc: Doc, pred: _Prediction, cue: Token,
                        ctx: tuple[Callable[[], str | None], Callable[[], Size], str | None],
                        out: list[Event], trigs: list[Token], used: list[_Prediction],
                        told_by: Token | None = None, kind: str = "ASSAULT") -> None:
        """An ASSAULT on `cue`, an attack noun or verb inside another act's phrase, with only the parties named in
        the cue's own phrase (the arresting force or the accuser is no party of it); appended in place. `told_by`:
        the verb whose tense and dates tell the attack ("that killed 30 people in 2023") for its aux modes. `kind`
        COERCE: an arrest noun likewise (round C21), ACLED's "Arrests" unless its reason is ordinary crime."""
        pr = _Prediction(kind, pred.confidence, None, acled_p=pred.acled_p)
        if kind == "ASSAULT":
            pr = replace(pr, acled=self._clause_acled_for(pr, cue, sentence.text))
        elif not is_crime_enforcement("Arrests", sentence.text):
            pr = replace(pr, acled="Arrests")
        ev, trig = self._event(article, sentence, doc, pr, ctx[0], ctx[1], trigger=cue, focus=ctx[2])
        lo = sentence.start + cue.left_edge.idx
        hi = sentence.start + cue.right_edge.idx + len(cue.right_edge.text)
        at = sentence.start + trig.idx  # (the cue noun is no party of its own act: "The arrest of X sparked ...")
        ev = replace(ev, actor=tuple(a for a in ev.actor if lo <= a.start and a.end <= hi and not
                                     a.start <= at < a.end),
                     recipient=tuple(r for r in ev.recipient if lo <= r.start and r.end <= hi))
        if told_by is not None and not ev.aux:
            told = aux_modes(told_by, story_day(article))
            if _told_past_deed(told_by):
                # (round C34) "..., after an air strike killed four": a deed done, not the threat's condition
                told = tuple(a for a in told if a not in ("future", "hypothetical"))
            ev = replace(ev, aux=told)
        if non_event_reason(ev.event, trig, doc, sentence.text, self.lexicon) is None:
            out.append(ev)
            trigs.append(trig)
            used.append(pr)

    def _contrasted_attack(self, article: Article, sentence: Sentence, doc: Doc, pred: _Prediction,
                           ctx: tuple[Callable[[], str | None], Callable[[], Size], str | None],
                           out: list[Event], trigs: list[Token], used: list[_Prediction]) -> None:
        """(round C23) "Three soldiers died in a roadside bombing in Kandahar, while a police officer was injured in a
        separate blast in Helmand": harm told in a ", while" clause with a subject of its own is a second attack
        (appended in place), with its own sub-type and counts."""
        rx = self.lexicon.trigger_res.get("ASSAULT")
        text = sentence.text
        # (the clause may hang on the verb that reports or finds the deed: "Police found two men shot dead in Lyari,
        # while a trader was shot at and injured")
        frame = trigs[0].head if trigs[0].dep_ in ("ccomp", "xcomp") else None
        for verb in _coordinated_clauses(trigs[0]) + (_coordinated_clauses(frame) if frame is not None else []):
            if rx is None or not contrast_clause(verb) or any(t.i == verb.i for t in trigs) or \
                    not rx.match(text, verb.idx):
                continue
            pr = _Prediction("ASSAULT", pred.confidence, None, acled_p=pred.acled_p)
            sub = self._clause_acled_for(pr, verb, text)
            pr = replace(pr, acled=sub if acled_subtypes()[sub].event_type != _STRATEGIC else "Attack")
            ev, trig = self._event(article, sentence, doc, pr, ctx[0], ctx[1], trigger=verb, focus=ctx[2])
            if ev.event == "ASSAULT" and all(o.trigger != ev.trigger for o in out) and \
                    non_event_reason(ev.event, trig, doc, text, self.lexicon) is None:
                out.append(_as_abduction(ev) if "abduct" in ev.mode else ev)  # ("while an elder was kidnapped")
                trigs.append(trig)
                used.append(pr)
            return

    def _add_rementions(self, article: Article, sentence: Sentence, doc: Doc, pred: _Prediction,
                        ctx: tuple[Callable[[], str | None], Callable[[], Size], str | None],
                        out: list[Event], trigs: list[Token], used: list[_Prediction],
                        cues: list[tuple[Token, str]]) -> None:
        """(round C18, issue 3) A dated re-mention of an earlier attack or seizure inside a sentence about something
        else ("The rebels, who captured Lashio in August 2024, said ...", "hostages seized in the attack of Oct. 7,
        2023", "The shoal, which China seized in 2012, lies ..."): an event of its own, flagged historical by
        aux.py (its date is the reference's), never today's event. A re-mention the classifier already read stays
        as it is. The type is the cue word's (ASSAULT before COERCE)."""
        if not cues or _quiet_kind(sentence.text):
            return
        attack = self.lexicon.trigger_res.get("ASSAULT")
        for cue, kind in cues:
            if "historical" not in aux_modes(cue, story_day(article)):
                continue
            if any(t.i == cue.i or _in_clause_of(cue, t) or _in_clause_of(t, cue) or _way_of(cue, t, attack)
                   for t in trigs):
                continue  # (a re-mention already coded, or a word of one: "who killed 18 soldiers in an ambush")
            if cue.pos_ == "NOUN":
                if kind == "ASSAULT":
                    self._add_own_attack(article, sentence, doc, pred, cue, ctx, out, trigs, used)
                continue
            if kind == "ASSAULT" and seizure_without_fight(cue):
                kind = "COERCE"  # (round C19) "which China seized in 2012": a seizure, no capture by force
            pr = _Prediction(kind, pred.confidence, None, acled_p=pred.acled_p)
            if kind == "ASSAULT":
                sub = self._clause_acled_for(pr, cue, sentence.text, _clause_with_patient(cue))
                # (a strategic development is no attack, unless it is ground taken: "seized by insurgents")
                pr = replace(pr, acled=sub if acled_subtypes()[sub].event_type != _STRATEGIC or
                             sub in _TERRITORY_TAKEN else "Attack")
            ev, trig = self._event(article, sentence, doc, pr, ctx[0], ctx[1], trigger=cue, focus=ctx[2])
            if ev.event == kind and non_event_reason(ev.event, trig, doc, sentence.text, self.lexicon) is None:
                out.append(ev)
                trigs.append(trig)
                used.append(pr)

    def _remention_cues(self, doc: Doc) -> list[tuple[Token, str]]:
        """`frames.remention_cues` of attack words, then of coercion words ("seized", "arrested"), with the type."""
        res = self.lexicon.trigger_res
        return remention_cues(doc, (("ASSAULT", res.get("ASSAULT")), ("COERCE", res.get("COERCE"))))

    def _rementions_alone(self, article: Article, sentence: Sentence, doc: Doc, focus: str | None) -> list[Event]:
        """The dated re-mentions of a sentence the classifier gave no event ("The shoal, which China seized in
        2012, lies about 220 kilometres west of Luzon")."""
        out: list[Event] = []
        cues = self._remention_cues(doc)
        if not cues:
            return out
        ctx = (_once(lambda: sentence_country(doc) or focus), _once(lambda: extract_size(sentence.text)), focus)
        self._add_rementions(article, sentence, doc, _Prediction("ASSAULT", _REMENTION_CONFIDENCE, None), ctx,
                             out, [], [], cues)
        return out

    def _attack_behind_arrest(self, pred: _Prediction, first: Token, doc: Doc, text: str) -> Token | None:
        """The attack word an ASSAULT reading rests on when the trigger moved to a main verb that is only an arrest
        word and every attack word lies in a background clause ("arrested 47 students after clashes ..."), else
        None. The attack's head noun or verb nearest the background preposition is returned."""
        rx = self.lexicon.trigger_res.get("ASSAULT")
        if pred.event != "ASSAULT" or rx is None or first.pos_ != "VERB" or rx.match(text, first.idx) or \
                [t for t, r in self.lexicon.trigger_res.items() if r.match(text, first.idx)] != ["COERCE"]:
            return None
        starts = {t.idx: t for t in doc_tokens(doc)}
        cues = [starts[m.start()] for m in rx.finditer(text) if m.start() in starts]
        if not cues or not all(_background(t) for t in cues):
            return None
        return min(cues, key=lambda t: (parse_depth(t), t.i))

    def _answered_attack(self, article: Article, sentence: Sentence, doc: Doc, pred: _Prediction,
                         ctx: tuple[Callable[[], str | None], Callable[[], Size], str | None],
                         out: list[Event], trigs: list[Token], used: list[_Prediction]) -> None:
        """(round C12) "Israeli air strikes killed four people, hours after rockets were fired from Lebanon towards
        northern Israel": the attack the main one answers, aimed at another party than the main attack's victims,
        is a second event (appended in place)."""
        for verb in answered_attacks(doc, self.lexicon.trigger_res.get("ASSAULT"), trigs[0]):
            if any(t.i == verb.i for t in trigs):
                continue  # (round C23: the toll verb of an attack noun already told, `tolled_attack_after`)
            pr = _Prediction("ASSAULT", pred.confidence, None, acled_p=pred.acled_p)
            pr = replace(pr, acled=self._clause_acled_for(pr, verb, sentence.text))
            ev, trig = self._event(article, sentence, doc, pr, ctx[0], ctx[1], trigger=verb, focus=ctx[2])
            # (the same parties on both sides tell one attack twice: "three were killed after gunmen opened fire")
            same = {a.entity_text for a in out[0].actor} & {a.entity_text for a in ev.actor} or \
                {r.entity_text for r in out[0].recipient} & {r.entity_text for r in ev.recipient}
            if ev.recipient and not same and all(o.trigger != ev.trigger for o in out) and \
                    non_event_reason(ev.event, trig, doc, sentence.text, self.lexicon) is None:
                out.append(ev)
                trigs.append(trig)
                used.append(pr)

    def code(self, article: Article, sentence: Sentence, doc: Doc) -> list[Event]:
        """Events in one sentence; `doc` is the spaCy parse of `sentence.text` alone."""
        return self.code_batch(article, [(sentence, doc)])

    def code_batch(self, article: Article, items: list[tuple[Sentence, Doc]],
                   add_entities: Callable[[list[Doc]], None] | None = None, screened: bool = False) -> list[Event]:
        """Events in several sentences of one article, embedding them in one call.

        The classifier needs only the parse; named entities matter only for the roles of sentences that hold
        an event, so `add_entities` (when given) is called on just those docs, before actors are read."""
        # only sentences that pass the screen are coded; `screened` says the caller already checked
        if not screened:
            items = [(s, d) for s, d in items if is_candidate(s.text)]
        if not items or is_sport_report(article.text):
            return []
        preds = self.predict([s.text for s, _ in items], [d for _, d in items])
        if add_entities is not None:
            add_entities([d for (_, d), pr in zip(items, preds) if pr])
        focus = article_country_focus(article.text) if any(preds) else None
        towns = namesakes(article.text)
        out: list[Event] = []
        for (sentence, doc), pr in zip(items, preds):
            if pr and len(doc):
                if towns:
                    doc.user_data[NAMESAKES] = towns  # ("PARIS, Texas": every "Paris" of the story is that town)
                evs = self._events_for(article, sentence, doc, pr, focus)
                if any(e.event == "ASSAULT" for e in out):
                    # (round C32) "The military said it had targeted a Hamas command centre" after the strike: the
                    # striker's account of the strike's aim, no second strike
                    evs = [e for e in evs if not _aim_restated(e, sentence, doc)]
                out.extend(evs)
            elif len(doc):
                out.extend(self._rementions_alone(article, sentence, doc, focus))
        return out
