"""No double counting inside an article: repeated mentions of the same event merge into one.

Two events merge when they have the same PLOVER type, the same actor and recipient code sets (empty sets are
compatible with anything) with no clash of sectors within a code (SOM REB and SOM MIL are two sides), compatible
locations (same geonameid or country, or one unknown) and compatible dates
(equal or one unknown), and neither is negated/hypothetical while the other is not. A one-sided attack (strike,
shelling, bombing, abduction) by a party and one on it never merge, unless either is a clash. The merged event
keeps the first mention's offsets, trigger and sentence, the larger counts, the union of actors/recipients and the
highest confidence; the more informative location and date win. (round K31) A toll report told after its deed ("The
death toll from the attack rose to 21 on Saturday") joins it and keeps the deed's day; `updated_tolls` raises a
deed's counts from the toll updates that are no event of their own ("The death toll rose to 19")."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date as Day

from newsevents.coding.size import extract_size, parse_number
from newsevents.dates import later_before
from newsevents.geo.polygons import haversine_km
from newsevents.records import WATER_FEATURES, Entity, Event, Location, Sentence, Size

_MODAL = {"negation", "hypothetical", "future"}
# a past event told as background ("Police say 6,252 suspects were killed between 2016 and 2022") is never the
# story's own event, whatever its type and parties
_TIMING = _MODAL | {"historical"}


def _codes(ents: tuple[Entity, ...]) -> frozenset[str]:
    return frozenset(e.code for e in ents if e.code)


def _compatible_sets(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or a == b


def _loc_ok(a: Event, b: Event) -> bool:
    la, lb = a.event_loc, b.event_loc
    if la is None or lb is None:
        return True
    if la.geonameid is not None and la.geonameid == lb.geonameid:
        return True
    if _same_point(la, lb):
        return True
    if la.country_code and lb.country_code and la.country_code != lb.country_code:
        return False
    # same country: compatible only when one is the country itself (coarser) or both unresolved below country
    return (la.resolution or 0) <= 1 or (lb.resolution or 0) <= 1 or la.extracted_place.lower() == lb.extracted_place.lower()


# A city district the gazetteer seats on its city's point is the city's place: "Mogadishu's Hodan district" (an
# ADM2 on Mogadishu's point) and a later "in Mogadishu" are one scene. Only a division against a town, never two
# towns or two divisions (several districts may share their province's borrowed point).
_SAME_POINT_KM = 1.0


def _same_point(la: Location, lb: Location) -> bool:
    if la.lat is None or la.lon is None or lb.lat is None or lb.lon is None or la.country_code != lb.country_code:
        return False
    kinds = {(loc.feature_code or "")[:3] for loc in (la, lb)}
    if kinds != {"ADM", "PPL"} or (la.resolution or 0) <= 1 or (lb.resolution or 0) <= 1:
        return False
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) < _SAME_POINT_KM


def compatible_locations(a: Event, b: Event) -> bool:
    """Same place, or one of them known only to its country (or not at all)."""
    return _loc_ok(a, b)


def _sectors(ents: tuple[Entity, ...]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for e in ents:
        if e.code and e.sector:
            out.setdefault(e.code, set()).add(e.sector)
    return {k: frozenset(v) for k, v in out.items()}


# unidentified gunmen (UAF) may be any non-state armed group a later sentence names: "Armed gangs (CRM) set fire to
# homes ... Gunmen from the Viv Ansanm gang coalition stormed the neighbourhoods" are one side; the state's forces
# are another
_UNIDENTIFIED_ARMED = frozenset({"UAF", "UNK"})
_NONSTATE_ARMED = frozenset({"REB", "CRM", "PRM"}) | _UNIDENTIFIED_ARMED


def _widened(sectors: frozenset[str]) -> frozenset[str]:
    return sectors | _NONSTATE_ARMED if sectors & _UNIDENTIFIED_ARMED else sectors


def _compatible_sectors(a: tuple[Entity, ...], b: tuple[Entity, ...]) -> bool:
    """In a civil conflict every party has the same country: "Al-Shabaab militants" (SOM REB) and "Somali troops"
    (SOM MIL) are different sides, so their acts are different events. Unidentified gunmen clash with no
    non-state armed group."""
    sa, sb = _sectors(a), _sectors(b)
    return all(_widened(sa[c]) & _widened(sb[c]) for c in sa.keys() & sb.keys())


# types whose modes are different acts, not different weapons or phases of one act (an attack's firearms and
# explosives, a protest's march turning into a riot are one event)
_DISTINCT_MODES = frozenset({"COERCE"})


# an assault that disperses a crowd (tear gas, rubber bullets, batons) is never an air strike, a bombardment or
# a hostage-taking: "Police fired tear gas to disperse relatives outside the prison" is not "guards had been taken
# hostage by inmates", "a photographer was hit by a tear gas canister" is not "the strike" read as an air strike
CROWD_CONTROL = "crowd-control"
_NOT_CROWD_CONTROL = frozenset({"aerial", "drone", "heavy-weapons", "abduct"})


def _compatible_modes(a: Event, b: Event) -> bool:
    """Two coercive acts with different modes are two acts: a curfew (COERCE restrict) is no arrest (COERCE
    arrest), shops closed are no detentions. Dispersing a crowd and an air strike, a shelling or an abduction are
    two assaults. A mode unknown on one side clashes with nothing."""
    if not a.mode or not b.mode:
        return True
    ma, mb = set(a.mode), set(b.mode)
    if a.event == "ASSAULT" and ("abduct" in ma) != ("abduct" in mb):
        return False  # (round C21) an abduction and a strike or a clash are two acts
    if a.event == "ASSAULT" and not ma & mb:
        for x, y in ((ma, mb), (mb, ma)):
            if CROWD_CONTROL in x and y & _NOT_CROWD_CONTROL:
                return False
    if a.event not in _DISTINCT_MODES:
        return True
    return bool(ma & mb)


# "more than 6,000 civilians have been killed by security forces since the coup", "has detained 300 people so
# far this year": a running tally of many deeds, never one of the story's events nor a re-mention of one
_PERFECT_BEFORE = re.compile(r"(?i)\b(?:have|has)\s+(?:been\s+|also\s+|now\s+)*$")
# ("Iran has seized several tankers in the Gulf in recent years", "has detained 300 people over the past year")
_TALLY_SPAN = re.compile(r"(?i)\bsince\b|\bso\s+far\b|\bto\s+date\b|\bin\s+recent\s+(?:years|months|weeks|decades)\b"
                         r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|\w+\s+)?"
                         r"(?:years?|months|decades?)\b")
# "More than 4,000 people were killed in Lebanon during more than a year of hostilities", "killed over two years of
# war", "in three months of fighting": a toll summed over a span of weeks or more is a tally of many deeds, whatever
# the tense
_SPAN_OF = re.compile(
    r"(?i)^[^.;]{0,60}?\b(?:during|over|in|throughout|across)\s+(?:the\s+)?(?:(?:more|less|fewer)\s+than\s+|nearly\s+"
    r"|almost\s+|about\s+|some\s+|over\s+|past\s+|last\s+)*(?:an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|several|many|\d+)\s+(?:weeks?|months?|years?|decades?)\s+of\b")


# (round C9b, K8's stories) "The insurgency, which began in October 2017, has killed more than 6,000 people": a
# whole conflict's toll, whatever span is named
_CONFLICT_TOLL = re.compile(r"(?i)\b(?:insurgency|insurgencies|war|conflict|violence|fighting|uprising|rebellion|"
                            r"insurrection|unrest|crisis|civil\s+war)\b[^.;]{0,90}?\b(?:has|have)\s+(?:now\s+|so\s+far\s+"
                            r"|already\s+)?$")


def is_running_tally(ev: Event) -> bool:
    if ev.trigger is None:
        return False
    at, end = ev.trigger.start - ev.sentence.start, ev.trigger.end - ev.sentence.start
    if _CONFLICT_TOLL.search(ev.sentence.text[:at]) is not None:
        return True
    if _SPAN_OF.search(ev.sentence.text[end:]) is not None:
        return True
    return _PERFECT_BEFORE.search(ev.sentence.text[max(0, at - 30):at]) is not None and \
        _TALLY_SPAN.search(ev.sentence.text, end) is not None


# verbal acts are told by who said them: "Governor Dauda Lawal ... ordered the closure of all boarding schools" and
# "President Bola Tinubu ordered the security services to ..." are two requests, though both are NGA GOV
_VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
_NOT_NAME = frozenset({"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her"})


def _names(ents: tuple[Entity, ...]) -> frozenset[str]:
    """The capitalised words of the parties' names, cut to five letters so that a country and its people or
    possessive are one name ("Rwanda", "Rwandan", "Congo's")."""
    return frozenset(w[:5] for e in ents for w in re.findall(r"\b[A-Z][\w-]*", e.entity_text)
                     if w not in _NOT_NAME)


def _words(ents: tuple[Entity, ...]) -> frozenset[str]:
    """The parties' words, lower-cased and cut to five letters ("Kenya", "Kenyan"), without determiners."""
    return frozenset(w.lower()[:5] for e in ents for w in re.findall(r"[\w-]+", e.entity_text)
                     if w not in _NOT_NAME and w.lower() not in _FUNCTION_WORDS)


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "its", "their", "his", "her", "for", "in", "on"})


def _other_speakers(a: Event, b: Event) -> bool:
    """Two verbal acts whose actors are both named and share no name are said by different people. So are two
    told in different sentences by parties that share no word and no sector ("The Law Society of Kenya ... called
    for an investigation" and "The opposition leader ... urged Ruto to withdraw the bill"); "the president" may
    still be "Ruto" (both GOV)."""
    if a.event not in _VERBAL_TYPES:
        return False
    na, nb = _names(a.actor), _names(b.actor)
    if na and nb and not na & nb:
        return True
    if a.sentence.sequence == b.sentence.sequence or not a.actor or not b.actor:
        return False
    return not _words(a.actor) & _words(b.actor) and _sectors_of(a.actor) != _sectors_of(b.actor)


# An attack by X is not an attack on X: "rockets were fired from Lebanon towards northern Israel" (on ISR) and
# "Israel has continued to carry out near-daily strikes" (by ISR) are two attacks, though an empty actor set is
# compatible with any. Kept to one-sided acts, named by sub-type or mode (a strike, a shelling, an abduction,
# a bombing); in a clash each side is doer and victim ("Troops clashed with rebels" and "Two soldiers were killed
# in the fighting" are one battle).
_ONE_SIDED_SUBTYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb",
                                 "Remote explosive/landmine/IED", "Grenade", "Abduction/forced disappearance"})
_ONE_SIDED_MODES = frozenset({"aerial", "drone", "heavy-weapons", "abduct", "suicide-attack"})
_RECIPROCAL_SUBTYPES = frozenset({"Armed clash", "Mob violence"})
_CLASH_TRIGGER = re.compile(r"(?i)clash|fight|fought|battle|exchange|skirmish|shoot-?out|firefight|gunfight|combat")
# a state's government, army and police are one side ("Israel" doing the strikes, "Israeli soldiers" hit)
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})


def _one_sided(ev: Event) -> bool:
    return ev.acled_sub_event_type in _ONE_SIDED_SUBTYPES or bool(set(ev.mode) & _ONE_SIDED_MODES)


def _reciprocal(ev: Event) -> bool:
    return ev.acled_sub_event_type in _RECIPROCAL_SUBTYPES or \
        (ev.trigger is not None and _CLASH_TRIGGER.search(ev.trigger.text) is not None)


def _side(sector: str | None) -> frozenset[str]:
    if sector is None:
        return frozenset()
    return _STATE_SECTORS if sector in _STATE_SECTORS else _widened(frozenset({sector}))


def _may_be_one_party(x: Entity, y: Entity) -> bool:
    """Same code, and sectors that agree (the state's sectors are one side) or one of them unknown."""
    if x.code is None or x.code != y.code:
        return False
    sx, sy = _side(x.sector), _side(y.sector)
    return not sx or not sy or bool(sx & sy)


def _by_and_on(a: Event, b: Event) -> bool:
    """One event's doer may be the other's victim, a party neither event has on both sides, and the acts are
    one-sided: an attack by X and an attack on X, two events."""
    if a.event != "ASSAULT" or _reciprocal(a) or _reciprocal(b) or not (_one_sided(a) or _one_sided(b)):
        return False
    both = (_codes(a.actor) & _codes(a.recipient)) | (_codes(b.actor) & _codes(b.recipient))
    return any(_may_be_one_party(x, y) and x.code not in both
               for doer, victim in ((a.actor, b.recipient), (b.actor, a.recipient)) for x in doer for y in victim)


def _force_on_its_users(a: Event, b: Event) -> bool:
    """(round K7) Police crowd control and harm done to police ("police used water cannon ..." and "Two police
    officers were hurt"): the crowd's force on the police is another act than the police's on the crowd."""
    def police_side(ev: Event) -> bool:
        return "crowd-control" in ev.mode or ev.acled_sub_event_type in _CROWD_SUBTYPES and bool(ev.actor) and \
            all(x.sector in ("COP", "MIL") for x in ev.actor)

    def hurt_forces(ev: Event) -> bool:
        return bool(ev.recipient) and all(r.sector in ("COP", "MIL") for r in ev.recipient) and not police_side(ev)
    return a.event == b.event == "ASSAULT" and ((police_side(a) and hurt_forces(b)) or
                                                (police_side(b) and hurt_forces(a)))


_CROWD_SUBTYPES = frozenset({"Protest with intervention", "Excessive force against protesters",
                             "Violent demonstration"})


def _strike_and_clash(a: Event, b: Event) -> bool:
    """(round C19) An air strike and a ground clash are two events ("Jihadist fighters killed 20 soldiers in an attack
    on a military post ... The army said it had neutralised dozens of assailants in air strikes"): ACLED codes the
    strike apart, and the merged clash took the strike's aerial mode. A clash that names no coded party of its own
    ("the refinery was a legitimate military target") is a re-reading of the strike and merges as before."""
    kinds = {a.acled_sub_event_type, b.acled_sub_event_type}
    clash = a if a.acled_sub_event_type == "Armed clash" else b
    return kinds == {"Air/drone strike", "Armed clash"} and bool(_codes(clash.actor))


_HITS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"})


def _downed_and_hit(a: Event, b: Event) -> bool:
    """(round C22) Weapons brought down and a weapon that hit, told in one sentence ("Air defences shot down 12 drones
    over Kyiv, while a missile hit a warehouse in Odesa"): the interception and the strike are two acts, at their
    own places and on their own targets (ACLED codes the disrupted use apart from the strike); so are an abduction
    and another attack that one sentence tells on two verbs."""
    kinds = {a.acled_sub_event_type, b.acled_sub_event_type}
    apart = a.sentence.sequence == b.sentence.sequence and a.trigger != b.trigger
    if apart and "Abduction/forced disappearance" in kinds and len(kinds) == 2:
        return True  # "killed six residents and abducted 23 women": the coder told the abduction apart
    if "Disrupted weapons use" in kinds and bool(kinds & _HITS):
        # (session 20) also across sentences: "Ukraine's air force said it had shot down 45 of 60 drones launched by
        # Russia. Ukraine said its drones hit an oil refinery in Russia's Samara region." are two acts
        return apart or a.sentence.sequence != b.sentence.sequence
    return False


_CONTRASTED = re.compile(r",\s+(?:while|whereas)\s")


def _contrasted_clauses(a: Event, b: Event) -> bool:
    """(round C23) Two events one sentence tells on two triggers with ", while" between them ("Two men were shot dead
    in Lyari, while a trader was shot at and injured in Orangi"): the coder told them apart as two acts."""
    if a.sentence.sequence != b.sentence.sequence or a.trigger is None or b.trigger is None or a.trigger == b.trigger:
        return False
    lo, hi = sorted((a.trigger, b.trigger), key=lambda t: t.start)
    start = a.sentence.start
    return _CONTRASTED.search(a.sentence.text[lo.end - start:hi.start - start]) is not None


def _toll_of_clash(a: Event, b: Event) -> bool:
    """(lead, session 18) A fight with both sides named and a toll told in its sentence with no doer ("Heavy fighting
    broke out between soldiers and jihadists ..., and at least nine soldiers were killed"): the dead of a fight may
    be of either side, so the toll is matched against both sides, and it is the same event."""
    if a.sentence.sequence != b.sentence.sequence or a.event != "ASSAULT" or b.event != "ASSAULT":
        return False
    clash, toll = (a, b) if a.actor else (b, a)
    if toll.actor or not toll.recipient or not clash.actor or not clash.recipient or not _reciprocal(clash):
        return False
    sides = clash.actor + clash.recipient
    return _same_side(sides, toll.recipient)


# sub-types that name no particular act: an attack or a clash may be any of the specific acts told beside it
_GENERIC_SUBTYPES = frozenset({"Attack", "Armed clash"})
# bombs of any kind: a definite "the explosion", "the blast" told after one names it, whatever kind its own words read
_EXPLOSIVES = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})


def _other_act_on_others(a: Event, b: Event) -> bool:
    """(round K29) Two specific acts of different kinds on different targets ("air defences shot down 40 drones" and
    "its drones hit an oil refinery"; "drones struck a vehicle" and "police detained 20 suspected militants"): ACLED
    codes each apart, whatever else the two mentions share (day, place, parties left uncoded)."""
    sa, sb = a.acled_sub_event_type, b.acled_sub_event_type
    if not sa or not sb or sa == sb or sa in _GENERIC_SUBTYPES or sb in _GENERIC_SUBTYPES:
        return False
    if {sa, sb} <= _EXPLOSIVES and (is_remention(a) or is_remention(b)):
        # (round K32) "A suicide car bomb exploded at a checkpoint ... 'The explosion destroyed two vehicles'"
        return False
    if _doers_again_on_the_same_kind(a, b) or _doers_again_on_the_same_kind(b, a):
        return False
    return bool(a.recipient) and bool(b.recipient) and not any(_names_party(x, b.recipient) for x in a.recipient)


def _doers_again_on_the_same_kind(a: Event, b: Event) -> bool:
    """(round K32) "Gunmen kidnapped 30 students from a school ... The kidnappers stormed the school at night": the
    doers named again as known ones ("the kidnappers") acting on the same kind of party (the school, the students)
    tell the act again, whatever sub-type each sentence's words read; "The gunmen also shot two policemen" is
    another act."""
    return any(_definite_doers(b, x) for x in b.actor) and bool(_sectors_of(a.recipient) & _sectors_of(b.recipient))


# (round K30) the state's forces by branch, as ACLED names them apart ("Police Forces of X", "Military Forces of X");
# the more specific name first ("border police" is the border guard, not the police). "Security forces", "the
# military", "authorities" name no branch.
_FORCE_BRANCHES = (("border", re.compile(r"(?i)\bborder\s+(?:guards?|police|forces?|troops)\b")),
                   ("coast", re.compile(r"(?i)\bcoast\s*guards?(?:sm[ae]n)?\b")),
                   ("gendarmerie", re.compile(r"(?i)\bgendarm")),
                   ("navy", re.compile(r"(?i)\b(?:navy|naval|sailors|marines)\b")),
                   ("police", re.compile(r"(?i)\b(?:police|policem[ae]n|policewom[ae]n|cops?)\b")),
                   ("army", re.compile(r"(?i)\b(?:army|troops|soldiers)\b")))


def _force_branches(ents: tuple[Entity, ...]) -> frozenset[str] | None:
    """The branches of the state's forces the parties are, or None when one of them names none."""
    out = set()
    for e in ents:
        branch = next((name for name, pattern in _FORCE_BRANCHES if pattern.search(e.entity_text)), None)
        if branch is None:
            return None
        out.add(branch)
    return frozenset(out) or None


def _other_forces(a: Event, b: Event) -> bool:
    """(round K30) Two mentions whose doers are different branches of the state's forces ("The coast guard fired
    water cannon at two fishing boats ... Police fired warning shots at a boat that tried to flee"): two acts, as
    ACLED codes each force as its own actor."""
    x, y = _force_branches(a.actor), _force_branches(b.actor)
    return x is not None and y is not None and not x & y


def same_event(a: Event, b: Event) -> bool:
    if a.event != b.event:
        return False
    if _force_on_its_users(a, b) or _other_act_on_others(a, b) or _other_forces(a, b):
        return False
    if is_running_tally(a) != is_running_tally(b) or _other_speakers(a, b):
        return False
    if (set(a.aux) & _TIMING) != (set(b.aux) & _TIMING):
        return False
    if not _compatible_modes(a, b) or _by_and_on(a, b) or _strike_and_clash(a, b) or _downed_and_hit(a, b) or \
            _contrasted_clauses(a, b):
        return False
    # the same number of people arrested on the same day is one round of arrests, whoever the parse made its
    # agent ("police said they had arrested 86 people" ... "Police spokesman Williams Aya said 86 suspects had
    # been arrested": the spokesman is no second arresting party)
    counted = _same_arrests(a, b)
    # (round K35) the crowd a second dispersal names as known ("to break up the crowd") is the crowd told first
    parties = (counted or _same_side(a.actor, b.actor)) and \
        (_same_side(a.recipient, b.recipient) or _crowd_policed_again(a, b))
    if not (parties or _toll_of_clash(a, b) or _fight_told_from_the_other_side(a, b)):
        return False
    if a.date and b.date and a.date != b.date:
        return False
    return _loc_ok(a, b)


def _fight_told_from_the_other_side(a: Event, b: Event) -> bool:
    """(session 20) A fight is coded as a dyad, side A -> side B (round R29), so the other side's deed in the same
    battle reads B -> A: "Sudan's army and the RSF fought heavy street battles in El Fasher" and "the RSF said it had
    captured several army vehicles" are one Armed clash. The sides must match crosswise."""
    if a.event != "ASSAULT" or "Armed clash" not in (a.acled_sub_event_type, b.acled_sub_event_type) or \
            not (a.actor and a.recipient and b.actor and b.recipient):
        return False
    return _same_side(a.actor, b.recipient) and _same_side(a.recipient, b.actor)


def _same_side(x: tuple[Entity, ...], y: tuple[Entity, ...]) -> bool:
    """Two mentions' parties may be one side: no two different countries, and per country a sector in common."""
    return _compatible_sets(_codes(x), _codes(y)) and _compatible_sectors(x, y)


def _same_arrests(a: Event, b: Event) -> bool:
    """Two arrest events of one day stating the same number (two or more) of people arrested."""
    return a.event == b.event == "COERCE" and "arrest" in a.mode and "arrest" in b.mode and \
        a.size.arrested is not None and a.size.arrested >= 2 and a.size.arrested == b.size.arrested and \
        a.date is not None and a.date == b.date


def _max(x: int | None, y: int | None) -> int | None:
    return y if x is None else x if y is None else max(x, y)


def larger_size(a: Size, b: Size) -> Size:
    """Each count the larger of the two tellings' (a count one of them lacks is the other's)."""
    return Size(_max(a.dead, b.dead), _max(a.injured, b.injured), _max(a.arrested, b.arrested))


def _min(x: int | None, y: int | None) -> int | None:
    return y if x is None else x if y is None else min(x, y)


# (round K37) the source a sentence's count is attributed to: ", local officials said", "The army said 25 people had
# been killed", "according to a monitoring group"
_SOURCE_SAID = re.compile(
    r"(?:^|[,;]\s*|\.\s+)(?P<src>(?:[A-Z\w'\u2019.-]+\s+){0,5}?[\w'\u2019.-]+)"
    r"\s+(?:said|says|reported|told\s+[\w.-]+)\b"
    r"|\baccording\s+to\s+(?P<src2>[^,;.]{2,60})")
_SOURCE_FILLER = frozenset({"the", "a", "an", "local", "other", "its", "their", "in", "a", "statement", "later",
                            "also", "had", "have", "has", "officially", "on", "of"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "who", "which"})


def _source_words(ev: Event) -> frozenset[str]:
    """The words of the source the event's sentence is attributed to (empty where none, or a pronoun)."""
    m = _SOURCE_SAID.search(ev.sentence.text)
    if m is None:
        return frozenset()
    words = frozenset(w.lower().rstrip("'\u2019s") for w in (m.group("src") or m.group("src2")).split())
    words = words - _SOURCE_FILLER
    return frozenset() if not words or words & _PRONOUNS else words


def rival_tellings(a: Event, b: Event) -> bool:
    """Two tellings of one deed whose death tolls are figures of two sources side by side ("Jihadists killed 40
    civilians, local officials said. The army said 25 people had been killed"): neither told as a toll that moved."""
    if a.size.dead is None or b.size.dead is None or a.size.dead == b.size.dead:
        return False
    if _TOLL_MOVED.search(a.sentence.text) or _TOLL_MOVED.search(b.sentence.text):
        return False
    sa, sb = _source_words(a), _source_words(b)
    return bool(sa and sb and not sa & sb)


def told_size(a: Size, b: Size, rival: bool) -> Size:
    """The counts of two tellings of one deed: each the larger (a later telling counts more of the victims), except
    the dead of two rival sources, the lower (the most conservative figure, as ACLED codes)."""
    larger = larger_size(a, b)
    return replace(larger, dead=_min(a.dead, b.dead)) if rival else larger


def _union(a: tuple[Entity, ...], b: tuple[Entity, ...]) -> tuple[Entity, ...]:
    seen = {(e.code, e.sector, e.identifier_text) for e in a}
    extra = tuple(e for e in b if (e.code, e.sector, e.identifier_text) not in seen and e.code is not None
                  and not any(x.code == e.code for x in a))
    return a + extra


def _names_party(ent: Entity, parties: tuple[Entity, ...]) -> bool:
    """The entity may be one of the parties: one code and side, or a word in common ("Taliban fighters", "the
    Taliban")."""
    return any(_may_be_one_party(ent, p) for p in parties) or bool(_words((ent,)) & _words(parties))


def _merged_parties(a: Event, b: Event) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """(round C23) The union of both mentions' parties, where a later mention's recipient is never the first
    one's actor (nor its actor the first one's recipient): "Militants opened fire on a police patrol" and "confirmed
    the exchange of fire between the police and the militants" keep the militants as the doer only."""
    actor = _union(a.actor, tuple(e for e in b.actor if not _names_party(e, a.recipient)))
    recipient = _union(a.recipient, tuple(e for e in b.recipient if not _names_party(e, a.actor)))
    return actor, recipient


def _merge(a: Event, b: Event) -> Event:
    def better_loc() -> object:
        if a.event_loc is None:
            return b.event_loc
        if b.event_loc is None:
            return a.event_loc
        # a place the sentence itself names outranks one taken from elsewhere in the story ("two people were
        # killed in the strikes" located at the story's sea, after "struck radar sites near Ras Isa")
        own_a, own_b = _named_in_sentence(a), _named_in_sentence(b)
        if own_a != own_b:
            return a.event_loc if own_a else b.event_loc
        # an attack at sea stays at the named sea: a coastal town another mention names ("60 nautical miles west of
        # the port of Hodeidah") is a reference point, not where it happened
        water_a, water_b = a.event_loc.feature_code in WATER_FEATURES, b.event_loc.feature_code in WATER_FEATURES
        if water_a != water_b:
            return a.event_loc if water_a else b.event_loc
        return b.event_loc if (b.event_loc.resolution or 0) > (a.event_loc.resolution or 0) else a.event_loc

    date, prec = (a.date, a.date_precision) if a.date else (b.date, b.date_precision)
    if a.event == b.event == "PROTEST" and "riot" in b.mode and "riot" not in a.mode:
        # (round C7b) a march where "some threw eggs and bottles at the parliament": the protest turned violent is
        # one violent demonstration (ACLED), its modes keep the riot
        a = replace(a, mode=("riot",) + a.mode[:1], acled_sub_event_type="Violent demonstration",
                    acled_event_type="Riots")
    actor, recipient = _merged_parties(a, b)
    return replace(
        a, mode=a.mode or b.mode, context=tuple(dict.fromkeys(a.context + b.context)),
        actor=actor, recipient=recipient,
        event_loc=better_loc(),  # type: ignore[arg-type]
        date=date, date_precision=prec,
        size=told_size(a.size, b.size, rival_tellings(a, b)),
        acled_sub_event_type=a.acled_sub_event_type or b.acled_sub_event_type,
        acled_event_type=a.acled_event_type or b.acled_event_type,
        aux=tuple(dict.fromkeys(a.aux + b.aux)) if set(a.aux) == set(b.aux) else a.aux,
        confidence=max(a.confidence, b.confidence),
    )


def _named_in_sentence(ev: Event) -> bool:
    """The event's place is written in its own sentence (not taken from the story's lead or dateline)."""
    loc = ev.event_loc
    if loc is None:
        return False
    return bool(loc.extracted_place) and loc.extracted_place.lower() in ev.sentence.text.lower()


# A definite event noun refers back to an event the story already told: "The attack took place near ...",
# "The assault on the camp began at dawn", "the shooting lasted three hours". Its parties, as the parse reads
# them, are often the reporters ("..., the police commander said"), so it is matched on type, day and country.
# (round C24: so are agreements, "The deal was reached at talks in Kabul" after "X and Y agreed to ...")
_EVENT_NOUN = re.compile(
    r"(?:attacks?|assault|bombings?|blast|explosion|shooting|raid|ambush|strikes?|airstrikes?|siege|killings?|"
    r"massacre|clashes|fighting|shelling|protests?|demonstrations?|march|rally|arrests?|detentions?|abduction|"
    r"kidnapping|curfew|deal|agreement|accord|pact|truce|ceasefire|cease-fire|"
    # (round K33) "The battle lasted several hours", "The gunfight ended at dawn", "The assassination sparked protests"
    r"clash|battles?|gunfights?|firefights?|shoot-?outs?|skirmish(?:es)?|bombardments?|assassination|incursion|"
    r"demolitions?|riots?|crackdown|raids|ambushes|blasts|explosions|shootings)", re.IGNORECASE)
# up to two words between the determiner and the noun, none of which sets this event apart from one told before
_UNCONTRASTED = (r"(?:(?!(?:another|separate|second|third|new|earlier|previous|latest|other|last|next|first|same)\b)"
                 r"[\w-]+\s+)")
# (round K35) the deed named by its day: "Friday's attack", and with the part of the day, "Wednesday night's attack",
# "Sunday morning's raid", "last night's shelling" (one occasion, as the bare day's)
_DAY_OWNER = r"(?:[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?|last\s+night)(?:'s|\u2019s)"
_DEFINITE_BEFORE = re.compile(
    r"(?i)(?:^|[^\w'])(?:the|this|that|these|those|" + _DAY_OWNER + r")\s+" + _UNCONTRASTED + r"{0,2}$")


# ... or is the subject of the trigger verb: "The attack killed at least 40 people", "The blast also wounded 12"
_DEFINITE_SUBJECT = re.compile(
    r"(?i)(?:^|[^\w'])(?:the|this|that|" + _DAY_OWNER + r")\s+" + _UNCONTRASTED + r"{0,2}?"
    + _EVENT_NOUN.pattern + r"\s+(?:also\s+|had\s+|has\s+|have\s+|was\s+|were\s+|had\s+been\s+|has\s+been\s+)?$"
    # (round K35) the deed named by its day may carry its place or target: "Monday's attack in Funtua killed 18
    # worshippers", "Tuesday's bombing of the market wounded 30"
    r"|(?:^|[^\w'])" + _DAY_OWNER + r"\s+" + _UNCONTRASTED + r"{0,2}?" + _EVENT_NOUN.pattern
    + r"\s+(?:in|at|near|outside|on|of)\s+(?:[\w'\u2019.-]+\s+){1,5}?(?:also\s+|had\s+|has\s+|was\s+|were\s+)?$")


# "The attackers, riding motorcycles, stormed the school": a definite name for the doers of a deed already told
_DOERS = re.compile(r"(?i)(?:(?:the|these|those)\s+)?(?:same\s+)?(?:attackers|assailants|gunmen|raiders|kidnappers|"
                    r"abductors|bombers|hijackers)")
_DEFINITE_END = re.compile(r"(?i)(?:^|[^\w'])(?:the|these|those)\s+(?:same\s+)?$")


def _definite_doers(ev: Event, ent: Entity) -> bool:
    if not _DOERS.fullmatch(ent.entity_text.strip()):
        return False
    if ent.entity_text.strip().lower().startswith(("the ", "these ", "those ")):
        return True
    before = ev.sentence.text[:max(0, ent.start - ev.sentence.start)]
    return _DEFINITE_END.search(before[-20:]) is not None


# "The four wounded were taken to Miami Valley Hospital", "the 17 victims were buried on Monday": victims counted
# with a definite article are those of an event already told
_VICTIM_NOUN = re.compile(r"(?i)wounded|injured|dead|victims|casualties")
_DEFINITE_COUNT_BEFORE = re.compile(
    r"(?i)(?:^|[^\w'])(?:the|all\s+the|all|these|those)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)\s+$")


def is_remention(ev: Event) -> bool:
    """The event is named by a definite event noun ("the attack", "Friday's bombing"), as its trigger or as the
    subject of its trigger verb, not by an indefinite or contrasted one ("an attack", "a separate attack",
    "another bombing"); or its doers are named as known ones ("the attackers"); or its victims are counted as
    known ones ("the four wounded")."""
    if ev.trigger is None:
        return False
    if any(_definite_doers(ev, a) for a in ev.actor):
        return True
    before = ev.sentence.text[:max(0, ev.trigger.start - ev.sentence.start)]
    if _VICTIM_NOUN.fullmatch(ev.trigger.text) and _DEFINITE_COUNT_BEFORE.search(before[-30:]):
        return True
    if _EVENT_NOUN.fullmatch(ev.trigger.text):
        return _DEFINITE_BEFORE.search(before[-60:]) is not None
    after = ev.sentence.text[max(0, ev.trigger.end - ev.sentence.start):]
    return _DEFINITE_SUBJECT.search(before[-80:]) is not None or _IN_DEFINITE.match(after) is not None or \
        (_KNOWN_VICTIM.search(before[-30:]) is not None and _AGAIN.match(after) is None)


# (round K33) A meeting told again: "Taliban officials and U.S. envoys met in Doha on Monday ... The talks in Doha
# were the first since ...", "Macron met Tebboune in Algiers ... Macron's visit to Algiers was his first since 2022",
# "During the meeting, the two leaders discussed gas supplies". A definite (or a party's possessive) meeting noun, or
# an act told "during/at the meeting", names the meeting already told, not another one ("a second round of talks",
# "the next meeting" are contrasted and stay apart).
_MEETING_NOUN = (r"(?:talks|meeting|meetings|summit|visit|negotiations|discussions|consultations|session|"
                 r"encounter|trip)")
_POSSESSOR_BEFORE = re.compile(r"(?:^|[^\w'])[A-Z][\w.-]*(?:'s|\u2019s)\s+" + _UNCONTRASTED + r"{0,2}$")
_DURING_MEETING = re.compile(r"(?i)\b(?:during|at|in\s+the\s+course\s+of)\s+(?:the|this|that|their|those)\s+"
                             + _UNCONTRASTED + r"{0,2}?" + _MEETING_NOUN + r"\b")


def is_meeting_retold(ev: Event) -> bool:
    """A CONSULT named by a definite or possessed meeting noun ("the talks", "Macron's visit"), or told as done
    during a meeting already named ("During the meeting, the two leaders discussed ...")."""
    if ev.event != "CONSULT" or ev.trigger is None:
        return False
    before = ev.sentence.text[:max(0, ev.trigger.start - ev.sentence.start)]
    if re.fullmatch(_MEETING_NOUN, ev.trigger.text, re.IGNORECASE):
        return _DEFINITE_BEFORE.search(before[-60:]) is not None or \
            _POSSESSOR_BEFORE.search(before[-60:]) is not None
    return _DURING_MEETING.search(before) is not None


def _venue(ent: Entity, ev: Event) -> bool:
    """The party is the meeting's place read as its government ("The talks in Doha": Doha, QAT GOV)."""
    loc = ev.event_loc
    return loc is not None and bool(loc.extracted_place) and ent.entity_text.strip().lower() == \
        loc.extracted_place.lower()


# (round K33) "The attack was the deadliest since the 2024 massacre in Mafa, where gunmen killed 40 people": what
# follows a comparison's "since / than" tells the occasion compared with; its toll and place are not the deed's
_COMPARED = re.compile(r"(?i)\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|fiercest|most\s+[\w-]+|first|"
                       r"latest|(?:more|less|fewer)\s+[\w-]+)\b[^.;]{0,40}?\b(?:since|than)\b")


# (round K36) "Friday's strikes followed a rocket attack on northern Israel on Thursday", "Tuesday's raids came after a
# drone attack on the Golan Heights": what the re-mention is told as following is another deed; its place, counts and
# parties are that deed's
_FOLLOWING = re.compile(r"(?i)\b(?:followed|came\s+(?:(?:a|one|two|three|\w+)\s+(?:days?|hours?|weeks?)\s+)?"
                        r"(?:after|in\s+(?:response|retaliation)\s+(?:to|for))|(?:were|was)\s+in\s+(?:response|"
                        r"retaliation)\s+(?:to|for))\s")


def _without_compared(ev: Event) -> Event:
    """The re-mention without the counts, place and parties of the occasion its sentence compares it with, or of the
    deed it tells it as following."""
    text = ev.sentence.text
    at = max(0, (ev.trigger.end if ev.trigger else 0) - ev.sentence.start)
    cuts = [m.end() for m in (_COMPARED.search(text, at), _FOLLOWING.search(text, at)) if m is not None]
    if not cuts:
        return ev
    cut = min(cuts)
    size = extract_size(text[:cut])
    loc = ev.event_loc
    if loc is not None and loc.start - ev.sentence.start >= cut:
        loc = None
    keep = ev.sentence.start + cut
    return replace(ev, size=size, event_loc=loc, actor=tuple(a for a in ev.actor if a.start < keep),
                   recipient=tuple(r for r in ev.recipient if r.start < keep))


def _without_venue(ev: Event) -> Event:
    """The re-mention without the venue read as a party: the meeting told keeps its own parties."""
    return replace(ev, actor=tuple(e for e in ev.actor if not _venue(e, ev)),
                   recipient=tuple(e for e in ev.recipient if not _venue(e, ev)))


def _meeting_parties_agree(ev: Event, kept: Event) -> bool:
    """The re-mention names no party outside the meeting told: its parties' countries (the venue aside) are none,
    or one of them took part in `kept`."""
    codes = _codes(tuple(e for e in ev.actor + ev.recipient if not _venue(e, ev)))
    return not codes or bool(codes & (_codes(kept.actor) | _codes(kept.recipient)))


# (round K32) "Suspected jihadists attacked an army base near Damboa on Sunday ... Islamic State West Africa Province
# said its fighters had attacked the base, killing 20 soldiers": the same material act on the target already told,
# named by "the" ("the base"), on the same day and place is that act told again (by its author here), not a second
# one; a contrasted telling ("another strike hit the school", "attacked the base again") is another act
_CONTRAST = re.compile(r"(?i)\b(?:another|second|third|separate|separately|again|anew|fresh|new|later|also|earlier|then"
                       r"|afterwards|next)\b")
# a party telling its own deed ("ISWAP said its fighters had attacked the base, killing 20 soldiers"): its toll is its
# boast, the deed keeps the toll told first
_SELF_ACCOUNT = re.compile(r"(?i)\b(?:said|says|claimed|claims|announced|boasted)\b[^.;]{0,30}?\b(?:its|their|our)\s+"
                           r"(?:own\s+)?(?:fighters|militants|members|men|forces|mujahideen|units|soldiers|troops|"
                           r"brigades?|cells?)\b")


# (round K38) "The group claimed it had killed 60 soldiers", "... claimed that they had killed 47", "claims to have
# killed 32": a claim by the doer that it did the deed, the trigger right after the claim; its toll is a boast too
# (also with where it was claimed between: "claimed, in a statement on its Amaq news agency, that it had killed 22")
_CLAIMS_OWN_DEED = re.compile(r"(?i)\b(?:claim(?:ed|s|ing)|boast(?:ed|s|ing))(?:\s*,[^,.;]{1,80},)?\s+"
                              r"(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|video|post|message|audio)\s+)?"
                              r"(?:(?:that\s+)?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+|would\s+have\s+)?|to\s+have\s+)"
                              r"(?:\w+ly\s+)?$")


def claimants_boast(ev: Event, deed: Event) -> bool:
    """(round K38) Whether `ev` is the deed's own doer telling `deed` again with its own toll, which is a boast: the
    deed keeps the toll told first (ACLED codes the conservative figure, not a claimant's). Its own fighters' account
    ("said its fighters had attacked the base") or a claim of the deed's act ("The group claimed it had killed 60
    soldiers"), by a speaker not of the other side: "The army claimed it had killed 30 militants" tells the army's
    own victims (session 25: another side's account adds a side's dead the first toll did not count)."""
    text = ev.sentence.text
    if _SELF_ACCOUNT.search(text) is not None:
        return True
    if ev.trigger is None or _CLAIMS_OWN_DEED.search(text, 0, max(0, ev.trigger.start - ev.sentence.start)) is None:
        return False
    speaker = {a.sector for a in ev.actor if a.sector}
    doers = {a.sector for a in deed.actor if a.sector}
    # (a state's own forces, `_STATE_SECTORS`, claiming a kill tell it from the other side)
    return not (speaker & _STATE_SECTORS and doers and not speaker & doers)


def _definite_target_again(ev: Event, kept: Event) -> bool:
    if ev.trigger is None or ev.event in _VERBAL_TYPES or _CONTRAST.search(ev.sentence.text) is not None:
        return False  # (a verbal act is told by who said it: two parties voting against "the motion" are two acts)
    text = ev.sentence.text
    for r in ev.recipient:
        at = r.start - ev.sentence.start
        definite = r.entity_text.lower().startswith("the ") or \
            _DEFINITE_END.search(text[max(0, at - 12):max(0, at)]) is not None
        if definite and at > ev.trigger.start - ev.sentence.start and _words((r,)) & _words(kept.recipient):
            return True
    return False


# ... or its victim is a pronoun for one already named: "The Liberian-flagged tanker was 70 nautical miles west of
# Hodeidah when it was hit" (not "it was hit again": a repeat is another attack)
_KNOWN_VICTIM = re.compile(r"(?i)\b(?:when|as|after|before|where)\s+(?:it|they|he|she)\s+(?:was|were|had\s+been"
                           r"|has\s+been|have\s+been)\s+$")
_AGAIN = re.compile(r"(?i)\s+(?:\w+\s+){0,2}?(?:again|anew|a\s+second\s+time|twice)\b")


# ... or the victims were hurt "in" it: "two people were killed and five wounded in the strikes", "two civilians
# were also injured in the attack when a drone fell on a house"
# (round K28) also "during the attack on the base", and "in the same battle" (the other side's account of a deed told)
_IN_DEFINITE = re.compile(r"(?i)(?:\s+(?:and|or|\w+|\d+|,)){0,4}?\s+(?:in|during)\s+(?:(?:the|this|that|these|those)\s+"
                          + _UNCONTRASTED + r"{0,2}?" + _EVENT_NOUN.pattern + r"|the\s+same\s+(?:[\w-]+\s+)?(?:"
                          + _EVENT_NOUN.pattern + r"|battle|fight|engagement|operation|offensive|incident|clash))\b")


# "The death toll from Friday's attack rose to 21": a casualty report about an attack the story then tells
# ("Gunmen stormed the hotel on Friday ..."); the account joins the report
_TOLL_OF = re.compile(
    r"(?i)\btoll\s+(?:from|of|in)\s+(?:the|this|that|an?|" + _DAY_OWNER + r")\s+(?:[\w-]+\s+){0,2}?"
    + _EVENT_NOUN.pattern + r"\b")


def is_toll_report(ev: Event) -> bool:
    return ev.trigger is not None and ev.trigger.text.lower() in ("death", "deaths", "toll", "dead") and \
        _TOLL_OF.search(ev.sentence.text) is not None


def _toll_report_for(ev: Event, out: list[Event], told: set[int]) -> int | None:
    """The toll report `ev` is the first account of: the latest event of its type and modality at a compatible
    place. A report is dated by its update ("The death toll from a missile strike rose to 19 on Saturday"); the
    deed came before it ("Russia fired two missiles at the city on Friday"), never after."""
    k = next((k for k in range(len(out) - 1, -1, -1) if out[k].event == ev.event and set(out[k].aux) == set(ev.aux)
              and same_day_and_country(replace(ev, date=None), out[k]) and not _cause_and_effect(ev, out[k])), None)
    if k is None or k in told or not is_toll_report(out[k]) or not _loc_ok(ev, out[k]):
        return None
    report = out[k]
    return k if not (ev.date and report.date and ev.date > report.date) else None


# (round K31) "Gunmen stormed a hotel in Mogadishu on Friday, killing 12 people. The death toll from the attack rose to
# 21 on Saturday": a toll report told after its deed names it by a definite noun ("the attack", "Friday's bombing",
# not "an attack": that may be another one)
_DEFINITE_TOLL_OF = re.compile(
    r"(?i)\btoll\s+(?:from|of|in)\s+(?:the|this|that|these|those|" + _DAY_OWNER + r")\s+(?:[\w-]+\s+){0,2}?"
    + _EVENT_NOUN.pattern + r"\b")
_TOLL_REACH = 4  # sentences back from a toll report to the deed it updates


# (round K33) "Officials later said the number of dead had climbed to 14", "On Sunday, officials said the death toll
# from the bombing had risen to 100, with more than 300 wounded": a toll update the coder read as an event of its own
# (on "dead", "wounded") is the update `updated_tolls` reads in a sentence with no event: it raises the counts of the
# deed it goes on with and adds no event
_CASUALTY_TRIGGERS = frozenset({"dead", "death", "deaths", "toll", "killed", "wounded", "injured", "died",
                                "fatalities", "casualties", "injuries"})


def _toll_update_count(text: str) -> Size | None:
    """The counts a toll update sentence tells, or None when it is no update of one deed's toll."""
    numbered = _NUMBER_OF_DEAD.search(text)
    if (_TOLL_UPDATE.search(text) is None and numbered is None) or _DISASTER_TOLL.search(text) is not None or \
            _TALLY.search(text) is not None:
        return None
    size = extract_size(text)
    if numbered is not None:  # the number of dead told is the total ("Another five bodies were recovered, bringing ...")
        size = replace(size, dead=_max(size.dead, parse_number(numbered.group(1) or numbered.group(2))))
    return size if size.dead is not None or size.injured is not None else None


def _deed_for_toll_update(ev: Event, out: list[Event], last: list[int]) -> int | None:
    """The deed a toll update coded as an event goes on with: the latest kept attack (or event with a death toll)
    told in the sentences just before (`_TOLL_UPDATE_REACH`), neither of them negated, ahead or supposed, in the same
    country, on or before the update's day."""
    if ev.trigger is None or ev.trigger.text.lower() not in _CASUALTY_TRIGGERS or _MODAL & set(ev.aux) or \
            _toll_update_count(ev.sentence.text) is None:
        return None
    k = next((k for k in range(len(out) - 1, -1, -1) if out[k].event == "ASSAULT" or out[k].size.dead is not None),
             None)
    if k is None or _MODAL & set(out[k].aux) or "disasters" in out[k].context or \
            not 0 < ev.sentence.sequence - last[k] <= _TOLL_UPDATE_REACH:
        return None
    kept = out[k]
    if not same_day_and_country(replace(ev, date=None), kept):
        return None
    return k if not (ev.date and kept.date and ev.date < kept.date) else None


def _raised_by_update(deed: Event, update: Event) -> Event:
    """The deed with the update's higher counts; its day, place, parties and trigger stand."""
    size = _toll_update_count(update.sentence.text) or update.size
    return replace(deed, size=Size(_max(deed.size.dead, size.dead), _max(deed.size.injured, size.injured),
                                   deed.size.arrested))


def _deed_for_toll(ev: Event, out: list[Event], last: list[int]) -> int | None:
    """The deed a toll report told after it updates: the latest kept event of its type and modality, told in the
    sentences just before (`_TOLL_REACH`), in the same country at a compatible place, on or before the report's day
    (a toll is updated after the deed, never before). The report adds no event of its own: counting it would count
    the deed twice."""
    if not is_toll_report(ev) or _DEFINITE_TOLL_OF.search(ev.sentence.text) is None or \
            _TALLY.search(ev.sentence.text) is not None:
        return None
    k = next((k for k in range(len(out) - 1, -1, -1) if out[k].event == ev.event), None)
    if k is None or set(out[k].aux) != set(ev.aux) or is_toll_report(out[k]) or \
            not 0 < ev.sentence.sequence - last[k] <= _TOLL_REACH:
        return None
    kept = out[k]
    if not same_day_and_country(replace(ev, date=None), kept) or not _loc_ok(ev, kept):
        return None
    return k if not (ev.date and kept.date and ev.date < kept.date) else None



# (round K33) "Police arrested 45 people after clashes in Dhaka on Thursday. The number of those detained has since
# risen to 112": a later count of the people held updates the round of arrests told before it, as a toll update
# updates its deed; it is no second arrest (dated by the update's day) and the arrests keep their own day
_COUNT_RISE = (r"(?:has\s+|had\s+|have\s+)?(?:now\s+|later\s+|since\s+)?(?:rose|risen|rises|climbed|climbs|increased|"
               r"jumped|reached|grew|grown|swelled|swollen|stands\s+at|stood\s+at)\s+(?:to\s+)?(?:at\s+least\s+|more\s+than"
               r"\s+|over\s+|nearly\s+|almost\s+|some\s+)?")
_HELD_WORD = r"(?:arrested|detained|held|in\s+custody|taken\s+into\s+custody|rounded\s+up|picked\s+up)"
_COUNT = r"(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b"
_ARREST_COUNT_UPDATE = re.compile(
    r"(?i)\bnumber\s+of\s+(?:(?:arrests|detentions|detainees)|(?:[\w-]+\s+){0,2}?" + _HELD_WORD + r")\b"
    r"[^.;]{0,60}?\b" + _COUNT_RISE + _COUNT
    + r"|\b(?:bringing|raising|taking|pushing)\s+(?:the\s+)?(?:total\s+)?number\s+of\s+(?:(?:arrests|detentions|detainees)"
    r"|(?:[\w-]+\s+){0,2}?" + _HELD_WORD + r")\s+to\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+)?" + _COUNT
    + r"|\b(?:arrests|detentions)\s+" + _COUNT_RISE + _COUNT)


# a count over a year, a war or a campaign of arrests is a tally of many rounds ("arrests since the crackdown began have
# reached 2,000"); "the total number detained had reached 70 by Tuesday" is still the update of the round told
_ARREST_TALLY = re.compile(r"(?i)\bthis\s+(?:year|month)\b|\bsince\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning|outbreak)"
                           r"|the\s+[\w-]+\s+(?:began|started)|(?:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December)\b)|\b(?:war|conflict|insurgency|campaign|crackdown|"
                           r"so\s+far\s+this)\b")


def arrest_count_update(text: str) -> int | None:
    """The number of people held a sentence updates a round of arrests to, or None ("The number of those detained
    has since risen to 112" -> 112). A count of a year or a campaign ("arrests this year have risen to 900") is a
    running tally of many rounds, no update."""
    m = _ARREST_COUNT_UPDATE.search(text)
    if m is None or _ARREST_TALLY.search(text) is not None:
        return None
    word = next(g for g in m.groups() if g is not None)
    n = parse_number(word)
    return n if n is not None and n >= 2 else None


def _arrests_for_update(ev: Event, out: list[Event], last: list[int]) -> int | None:
    """The round of arrests an arrest-count update (`ev`, a COERCE event coded on "detained" / "arrests") goes on
    with: the latest kept arrest event, told in the sentences just before (`_TOLL_REACH`), not negated or ahead, in
    the same country, on or before the update's day."""
    if ev.event != "COERCE" or arrest_count_update(ev.sentence.text) is None:
        return None
    k = next((k for k in range(len(out) - 1, -1, -1) if out[k].event == "COERCE" and "arrest" in out[k].mode), None)
    if k is None or _MODAL & set(out[k].aux) or set(out[k].aux) != set(ev.aux) or \
            not 0 < ev.sentence.sequence - last[k] <= _TOLL_REACH:
        return None
    kept = out[k]
    if not same_day_and_country(replace(ev, date=None), kept):
        return None
    return k if not (ev.date and kept.date and ev.date < kept.date) else None


def _deed_corrected(ev: Event, out: list[Event], last: list[int]) -> int | None:
    """(round K35) The deed a correction coded as an event corrects ("Police said on Wednesday that 24 activists, not
    30, had been detained"): the latest kept round of arrests for a corrected number held, the latest kept attack
    for a corrected toll, told in the sentences just before (`_TOLL_REACH`), neither negated, ahead or supposed, in
    the same country, on or before the correction's day. The correction is that deed told again, no new one."""
    revised = revised_count(ev.sentence.text)
    if revised is None or _MODAL & set(ev.aux) or _DISASTER_TOLL.search(ev.sentence.text) is not None:
        return None
    if revised[0] == "arrested":
        if ev.event != "COERCE" or "arrest" not in ev.mode:
            return None
        k = next((k for k in range(len(out) - 1, -1, -1) if out[k].event == "COERCE" and "arrest" in out[k].mode),
                 None)
    else:
        if ev.event != "ASSAULT" and (ev.trigger is None or ev.trigger.text.lower() not in _CASUALTY_TRIGGERS):
            return None
        k = next((k for k in range(len(out) - 1, -1, -1) if out[k].event == "ASSAULT"), None)
    if k is None or _MODAL & set(out[k].aux) or not 0 < ev.sentence.sequence - last[k] <= _TOLL_REACH:
        return None
    kept = out[k]
    if not same_day_and_country(replace(ev, date=None), kept):
        return None
    return k if not (ev.date and kept.date and ev.date < kept.date) else None


def _corrected_by(deed: Event, correction: Event) -> Event:
    """The deed keeps its day, place and type; the corrected count replaces its own."""
    field, n = revised_count(correction.sentence.text) or ("dead", None)
    merged = replace(_merge(deed, correction), event=deed.event, mode=deed.mode,
                     acled_event_type=deed.acled_event_type, acled_sub_event_type=deed.acled_sub_event_type)
    return replace(merged, size=replace(merged.size, **{field: n}), event_loc=deed.event_loc or correction.event_loc,
                   date=deed.date or correction.date,
                   date_precision=deed.date_precision if deed.date else correction.date_precision)


def _updated_by_count(arrests: Event, update: Event) -> Event:
    """The arrests keep their day and place; the number held is the larger count."""
    n = arrest_count_update(update.sentence.text)
    merged = _merge(arrests, update)
    size = replace(merged.size, arrested=_max(arrests.size.arrested, n))
    return replace(merged, size=size, event_loc=arrests.event_loc or update.event_loc, date=arrests.date or
                   update.date, date_precision=arrests.date_precision if arrests.date else update.date_precision)


# (round K32) "Al-Shabaab claimed the bombing, saying it had targeted soldiers", "The Pakistani Taliban claimed
# responsibility, saying its fighters had killed many policemen": what a claimant says it did in the claimed deed is
# that deed told again by its author, no second deed. The claim names the deed by a definite noun (or claims
# "responsibility" for the attack the story just told) and the retold act stands in the clause after the claim.
_CLAIMED = re.compile(
    r"(?i)\bclaim(?:ed|s)\s+(?:(?:responsibility|credit)\b(?:\s+for\s+(?:the|this|that|these|those|its|their|"
    + _DAY_OWNER + r")\s+" + _UNCONTRASTED + r"{0,2}?" + _EVENT_NOUN.pattern + r"\b)?|"
    r"(?:the|this|that|these|those|" + _DAY_OWNER + r")\s+" + _UNCONTRASTED + r"{0,2}?"
    r"(?:" + _EVENT_NOUN.pattern + r"|ambush|suicide\s+bombing|car\s+bombing)\b)")
_SAYING = re.compile(r"(?i),?\s*(?:saying|adding|and\s+said|said|claiming|boasting)\b")
_CLAIM_REACH = 3  # sentences back from a claim to the deed it claims
_OWN_DAY = re.compile(r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last\s+(?:night|week|month)|"
                      r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b")


def _deed_claimed(ev: Event, out: list[Event], last: list[int]) -> int | None:
    """The deed a claim of responsibility retells in its "saying ..." clause: the latest kept event of its type,
    told in the sentences just before (`_CLAIM_REACH`), neither of them negated, supposed or past, in the same
    country."""
    if ev.trigger is None or _TIMING & set(ev.aux):
        return None
    text, at = ev.sentence.text, ev.trigger.start - ev.sentence.start
    claim = _CLAIMED.search(text, 0, max(0, at))
    if claim is not None and _SAYING.search(text, claim.end(), at) is None:
        claim = None
    # (round K38) or the claim retells the act itself: "Islamic State claimed, in a statement, that it had killed 22
    # soldiers" after the army's telling of the storming that killed eight
    own = _CLAIMS_OWN_DEED.search(text, 0, max(0, at)) if claim is None else None
    if claim is None and own is None:
        return None
    k = next((k for k in range(len(out) - 1, -1, -1) if out[k].event == ev.event), None)
    if k is None or _TIMING & set(out[k].aux) or not 0 < ev.sentence.sequence - last[k] <= _CLAIM_REACH:
        return None
    kept = out[k]
    if claim is None:
        if own is None or not claimants_boast(ev, kept) or _CONTRAST.search(text) is not None:
            return None  # (a state force's claim tells its own victims; "also claimed ... another" is another act)
        claim = own
    if not _loc_ok(ev, kept):
        return None  # "..., saying its fighters had also attacked a base in Baidoa": another deed, elsewhere
    if ev.date and kept.date and ev.date != kept.date and _OWN_DAY.search(text, claim.end()) is not None:
        return None  # "..., saying it had killed 20 soldiers in Bannu on Sunday": a deed of another day
    country, kept_country = _country(ev), _country(kept)
    return k if country is None or kept_country is None or country == kept_country else None


# (round K37) "An Israeli airstrike on a house in Khan Younis killed seven people on Sunday, the health ministry said.
# The Israeli military said it had struck a Hamas commander in Khan Younis": the doer's own account of the deed the
# other side told first, the same kind of act the same day at the same named place, is that deed told from the other
# side (ACLED codes one strike), though each side names another target. The deed keeps its day, place and counts.
_DOERS_ACCOUNT = re.compile(
    r"(?i)\b(?:said|says|stated|announced|confirmed|acknowledged)\s+(?:that\s+)?(?:it|they|(?:its|their)\s+(?:own\s+)?"
    r"(?:[\w-]+\s+)?(?:forces|troops|soldiers|jets|aircraft|warplanes|planes|drones|fighters|militants|men|units|"
    r"navy|army|artillery|air\s+force))\s+(?:had\s+|has\s+|have\s+)?(?:(?!(?:also|again|later|then)\b)\w+ly\s+)?$")


def _deed_told_by_doer(ev: Event, out: list[Event], last: list[int]) -> int | None:
    """The deed the doer's own account retells (see `_DOERS_ACCOUNT`): the latest kept event of the account's type
    and sub-type (or a generic one) in the sentences just before (`_CLAIM_REACH`), by a party of the speaker's code,
    on the same day at the same resolved place, neither of them negated, supposed or past, the account marking no
    other act."""
    if ev.trigger is None or _TIMING & set(ev.aux) or ev.event != "ASSAULT" or not ev.actor:
        return None
    text, at = ev.sentence.text, ev.trigger.start - ev.sentence.start
    if _DOERS_ACCOUNT.search(text, 0, max(0, at)) is None or _CONTRAST.search(text) is not None:
        return None
    k = next((k for k in range(len(out) - 1, -1, -1) if out[k].event == ev.event), None)
    if k is None or _TIMING & set(out[k].aux) or not 0 < ev.sentence.sequence - last[k] <= _CLAIM_REACH:
        return None
    kept = out[k]
    la, lb = kept.event_loc, ev.event_loc
    if la is None or lb is None or la.geonameid is None or la.geonameid != lb.geonameid or \
            not _named_in_sentence(kept) or not _named_in_sentence(ev):
        return None
    subs = {kept.acled_sub_event_type, ev.acled_sub_event_type} - _GENERIC_SUBTYPES - {None}
    if not kept.date or kept.date != ev.date or len(subs) > 1:
        return None  # (a generic "Attack" is any kind: "Moscow said it had hit a command post")
    return k if _codes(ev.actor) and _codes(ev.actor) <= _codes(kept.actor) else None


# (round K33) "Jihadists ambushed an army patrol on Thursday ... On Friday, the Islamic State in the Sahel said its
# fighters had killed 25 soldiers in the ambush": an account in the past perfect under a reporting verb that names the
# deed told ("in the ambush", "the attack") takes the report's day, but tells the deed, not a second one of that day
_ACCOUNT_BEFORE = re.compile(r"(?i)\b(?:said|says|claimed|claims|announced|stated|reported|boasted)\b"
                             # (round K34) the report's medium ("said in a statement on Friday that ...")
                             r"(?:\s+in\s+an?\s+(?:statement|video|post|message|communiqu\S*)\b"
                             r"(?:\s+(?:posted|issued|released|published)(?:\s+online)?)?)?"
                             # the report's own day ("said on Friday that ...") is no day of the deed's
                             r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)?"
                             r"(?P<clause>[^.;]{0,80}?)(?:\bhad\s+(?:\w+ly\s+)?(?:been\s+)?"
                             # (round K34) "said its fighters had carried out the ambush", "said they carried out the
                             # strike": the deed noun after a verb of doing is the trigger, the deed told again
                             r"|\b(?:(?:had|has|have)\s+)?(?:carried\s+out|staged|conducted|mounted|executed|"
                             r"perpetrated)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?)$")
_ACCOUNT_DAYS = 7  # a report comes within a week of the deed it gives an account of


def _deed_of_account(ev: Event, out: list[Event], last: list[int]) -> int | None:
    """The deed a reported past-perfect re-mention dated by its report's later day tells: the latest kept event of
    its type in the sentences just before (`_CLAIM_REACH`), neither of them negated, supposed or past, done on or
    up to a week before the report's day, in the same country at a compatible place; no day of the deed's own is
    written in the reported clause ("said it had killed 20 soldiers in the ambush on Sunday" is Sunday's)."""
    if ev.trigger is None or _TIMING & set(ev.aux) or not ev.date or not is_remention(ev):
        return None
    text, at = ev.sentence.text, ev.trigger.start - ev.sentence.start
    cue = _ACCOUNT_BEFORE.search(text, 0, max(0, at))
    if cue is None or _OWN_DAY.search(text, cue.start("clause")) is not None:
        return None
    k = next((k for k in range(len(out) - 1, -1, -1) if out[k].event == ev.event), None)
    if k is None or _TIMING & set(out[k].aux) or not 0 < ev.sentence.sequence - last[k] <= _CLAIM_REACH:
        return None
    kept = out[k]
    if not kept.date or not 0 < _days_between(kept.date, ev.date) <= _ACCOUNT_DAYS or not _loc_ok(ev, kept) or \
            _cause_and_effect(ev, kept) or _other_act_on_others(ev, kept):
        return None
    country, kept_country = _country(ev), _country(kept)
    return k if country is None or kept_country is None or country == kept_country else None


def _days_between(first: str, then: str) -> int:
    """Days from the ISO date `first` to `then` (negative when `then` is earlier; 0 for a malformed date)."""
    try:
        return (Day.fromisoformat(then) - Day.fromisoformat(first)).days
    except ValueError:
        return 0


def _retold_by_claimant(deed: Event, claim: Event) -> Event:
    """The deed keeps its own day, place and counts (a claimant's toll is its own boast); the claimant becomes a
    party of it."""
    merged = _merge(deed, claim)
    return replace(merged, event_loc=deed.event_loc or claim.event_loc, date=deed.date or claim.date,
                   date_precision=deed.date_precision or claim.date_precision, size=deed.size)


def _claimed_again(deed: Event, claim: Event) -> Event:
    """(round K38) The deed told again in its doer's claim (`claimants_boast`): as `_retold_by_claimant`, but a count
    the deed was told without is the claim's, the only figure there is ("Gunmen attacked the base. The group claimed
    it had killed 20 soldiers")."""
    kept = _retold_by_claimant(deed, claim)
    told, boast = deed.size, claim.size
    size = replace(told, **{f: getattr(boast, f) for f in ("dead", "injured", "arrested")
                            if getattr(told, f) is None and getattr(boast, f) is not None})
    return replace(kept, size=size)


def _updated_by_toll(deed: Event, report: Event) -> Event:
    """The deed keeps its own day and place; its counts become the report's where those are higher (the later
    toll includes the first)."""
    merged = _merge(deed, report)
    return replace(merged, event_loc=deed.event_loc or report.event_loc, date=deed.date,
                   date_precision=deed.date_precision) if deed.date else merged


def _told_by_account(report: Event, account: Event) -> Event:
    """The report joined by its account takes the account's day: the day of the deed, not of the toll's update."""
    merged = _merge(report, account)
    return replace(merged, date=account.date, date_precision=account.date_precision) if account.date else merged


def _country(ev: Event) -> str | None:
    return ev.event_loc.country_code if ev.event_loc is not None else None


_ADMIN1 = 2  # Location.resolution of an admin-1 area (state, province, region)


def _resolution(ev: Event) -> int:
    return (ev.event_loc.resolution or 0) if ev.event_loc is not None else 0


def _province(ev: Event) -> str | None:
    loc = ev.event_loc
    return loc.province if loc is not None and (loc.resolution or 0) >= 2 else None


def same_day_and_country(a: Event, b: Event) -> bool:
    """No clash of date, location country or admin-1 area between two events (an unknown one clashes with
    nothing). Two states of one country are two theatres: "Gunmen kidnapped 30 people in Kaduna state, and
    extremists attacked a base in Borno state" tells two events, and "The kidnappers rode into Kasarami" (Kaduna)
    names the first."""
    if a.date and b.date and a.date != b.date:
        return False
    ca, cb = _country(a), _country(b)
    if ca is not None and cb is not None and ca != cb:
        return False
    # only where one of them is placed at the area itself (the writer named the state): two towns read in two
    # states are too often one town misread ("the Saddiqabad post, near the town of Lakki Marwat")
    pa, pb = _province(a), _province(b)
    named = _resolution(a) == _ADMIN1 or _resolution(b) == _ADMIN1
    return not named or pa is None or pb is None or pa == pb


def _refers_to(ev: Event, kept: Event) -> bool:
    """`ev`, a re-mention, can name `kept`: same type, day, country and modality."""
    return ev.event == kept.event and set(ev.aux) == set(kept.aux) and \
        (same_day_and_country(ev, kept) or _pact_retold(ev, kept) or _placed_from_story(ev, kept)) \
        and not _cause_and_effect(ev, kept) and is_running_tally(ev) == is_running_tally(kept) \
        and (not _other_act_on_others(ev, kept) or _named_by_its_day(ev))


# (round K36) "Saturday's strike killed seven residents, the governor said on Sunday" after "A Russian missile hit an
# apartment block in Dnipro on Saturday": the deed named by its day is the one deed of that day told before, though
# the account names its victims (residents) where the first told the building hit, and calls the missile a strike
_DAY_NAMED_BEFORE = re.compile(r"(?:^|[^\w'])" + _DAY_OWNER + r"\s+(?:[\w'\u2019-]+\s+){0,8}$")


def _named_by_its_day(ev: Event) -> bool:
    if ev.trigger is None or not is_remention(ev):
        return False
    before = ev.sentence.text[:max(0, ev.trigger.start - ev.sentence.start)]
    return _DAY_NAMED_BEFORE.search(before[-90:]) is not None


def _placed_from_story(ev: Event, kept: Event) -> bool:
    """(round K29) A re-mention whose sentence names no place ("The jihadists said they had killed nine soldiers
    during the attack on the base") took its place from the story, not from the deed it names: only its day and
    country are compared (the deed told first may be placed at the dateline's town, the re-mention at a state)."""
    if ev.event_loc is None or _named_in_sentence(ev) or (ev.date and kept.date and ev.date != kept.date):
        return False
    ca, cb = _country(ev), _country(kept)
    return ca is None or cb is None or ca == cb


def _pact_retold(ev: Event, kept: Event) -> bool:
    """(round C24) "Pakistan and Afghanistan agreed to reopen the Torkham crossing. The deal was reached at talks
    in Kabul": an agreement between sides has no one place (where it was struck, what it is about); its
    re-mention on the same day, naming no other party, names it whatever country its place is in."""
    if ev.event != "AGREE" or (ev.date and kept.date and ev.date != kept.date):
        return False
    return not ev.actor or bool(_codes(ev.actor) & (_codes(kept.actor) | _codes(kept.recipient)))


# "Six resistance fighters were killed.", "More than 60 people were wounded and taken to the Saudi Hospital":
# a bare passive casualty sentence, with no agent, place or date of its own, goes on telling the event of the
# sentence before. Its victims may be either side, so parties are not compared.
# The predicate may place the victims among the event's toll ("Eight of the raiders were among the dead"), name
# the event by a definite noun ("... were killed in the exchange of fire") and carry its source ("..., it said").
_AMONG = r"among\s+the\s+(?:dead|killed|wounded|injured|victims|casualties)"
_IN_THE_EVENT = (r"(?:\s+in\s+the\s+(?:exchange\s+of\s+fire|clash(?:es)?|fighting|attack|assault|raid|ambush"
                 r"|gunfight|firefight|shootout|blast|explosion|violence|raid))?")
_SOURCE_TAIL = (r"(?:\s*(?:,\s*[\"\u201d]|[\"\u201d]?\s*,)\s*"
                r"(?:according\s+to\s+[^,.;]{1,60}|(?:[\w'\u2019.-]+\s+){0,5}?"
                r"(?:said|says|added|reported)(?:\s+by\s+telephone)?))?")
_CASUALTY_FOLLOWUP = re.compile(
    r"(?:[\w'\u2019-]+\s+){1,6}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?"
    r"(?:(?:killed|wounded|injured|hurt)(?:\s+and\s+(?:taken|rushed|flown|airlifted|evacuated)\s+to\s+[^.;]*"
    r"|\s+and\s+(?:[\w'\u2019-]+\s+){0,3}(?:were|was)\s+(?:missing|unaccounted\s+for))?"
    + _IN_THE_EVENT + r"|" + _AMONG + r")" + _SOURCE_TAIL + r"\s*\.?\s*")
_AMONG_RE = re.compile(r"(?i)\b" + _AMONG)
_FOLLOWUP_REACH = 2  # sentences back that a follow-up may reach


def is_casualty_followup(ev: Event) -> bool:
    return ev.trigger is not None and _CASUALTY_FOLLOWUP.fullmatch(ev.sentence.text.strip()) is not None


def _continues(ev: Event, kept: Event, last_told: int) -> bool:
    """`ev` follows `kept` closely: at most `_FOLLOWUP_REACH` sentences after the last sentence that told it."""
    back = ev.sentence.sequence - last_told
    return 0 < back <= _FOLLOWUP_REACH and ev.event == kept.event and set(ev.aux) == set(kept.aux)


# "In a separate incident, ...", "Separately, ...", "Elsewhere, ...": the writer says this is another event
_SEPARATE = re.compile(
    r"(?i)^\W*(?:in\s+(?:a|another)\s+(?:separate|unrelated|different|second)\b|in\s+another\s+(?:incident|attack|case"
    r"|development|operation|raid)\b|separately\b|elsewhere\b|meanwhile\b"
    # "Russia, meanwhile, launched 120 drones at Ukraine": the aside after the subject turns to another event
    r"|[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3},\s+(?:meanwhile|separately|elsewhere),)")


def _after_disaster(ev: Event, out: list[Event], last: list[int]) -> bool:
    """The events told just before a bare casualty sentence are about a disaster (context "disasters") and none
    is an attack it could go on with: the casualties are the disaster's, no event of their own."""
    near = [k for k in range(len(out)) if 0 < ev.sentence.sequence - last[k] <= _FOLLOWUP_REACH]
    return bool(near) and all(out[k].event != ev.event for k in near) and \
        any("disasters" in out[k].context for k in near)


def is_separate(ev: Event) -> bool:
    return _SEPARATE.match(ev.sentence.text) is not None


# "The man whose arrest sparked the protest remains in custody": the sentence tells an act as the cause of an
# event (the protest), so that act came before it ...
_CAUSE_OF = re.compile(
    r"(?i)\b(?:sparked|triggered|prompted|provoked|ignited|set\s+off|led\s+to|caused)\s+(?:the|this|that|these|"
    r"those)\s+(?:[\w-]+\s+){0,2}?(" + _EVENT_NOUN.pattern + r"|riots?|unrest|violence|outrage|anger)\b")
# ... and an act told as following that event ("arrested 11 people after a protest outside the jail") is another act
_AFTER_EVENT = r"(?i)\b(?:after|following|during|at\s+the\s+end\s+of)\s+(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,2}?"


def _noun_stem(word: str) -> str:
    w = word.lower()
    return w[:-2] if w.endswith("es") and w[:-2].endswith(("ch", "sh", "ss")) else w.rstrip("s")


# "The protests erupted in September 2022 after the death in custody of Mahsa Amini, a woman arrested by the
# morality police. Hundreds of people were killed and thousands arrested in the crackdown that followed": the
# sentence names its act as what came after the sentence before
_FOLLOWED_ON = re.compile(r"(?i)\b(?:that|which)\s+(?:followed|ensued)\b|\bthe\s+ensuing\b")


# (round K25) "Gunmen attacked a cattle market ... The army said its aircraft later struck the attackers' positions":
# a deed told as coming "later" than what was told before it is another act, whatever the dates. Not a victim's
# death or the finding of a deed ("one of the wounded later died", "the bodies were later found"): those go on
# telling the deed itself.
_GOES_ON = re.compile(r"(?i)\b(?:died|dies|succumbed|succumbs|found|discovered|recovered)\b")


def _told_later(first: Event, then: Event) -> bool:
    """`then` is told after `first` as a deed that came "later"."""
    if then.trigger is None or first.trigger is None:
        return False
    if (then.sentence.sequence, then.trigger.start) <= (first.sentence.sequence, first.trigger.start):
        return False
    s, t0 = then.sentence.text, then.trigger.start - then.sentence.start
    m = later_before(s, t0)
    # ("Later, he succumbed to his wounds": the trigger may be the noun after the verb)
    # ((round K27) a span may come after the trigger: "three of the wounded died in the days that followed")
    return m is not None and _GOES_ON.search(s, min(m.start(), t0), t0 + len(then.trigger.text)) is None


# One crowd policed once (round K37 keeps it in one place: the vocabulary, the predicates and the folds that
# `_cause_and_effect` and the pipeline's `_with_intervention` read). ACLED codes a crowd met with force once per day
# and place: the dispersal told again, the force used "later" on the crowd already told and the force that broke up
# a riot are that one intervention, unless the force killed.
#
# The verbs that disperse a crowd, by lemma, with the particle a verb needs to disperse ("broke up the rally";
# "broke into homes" is no dispersal): (forms, particle or None). The coder's C35 rule reads lemmas.
DISPERSAL_VERBS: dict[str, tuple[str, str | None]] = {
    "disperse": (r"disperse[ds]?|dispersing", None),
    "scatter": (r"scatter(?:ed|s|ing)?", None),
    "clear": (r"clear(?:ed|s|ing)?", None),
    "break": (r"break(?:s|ing)?|broke", "up"),
    "drive": (r"drive[sn]?|driving|drove", "back"),
    "push": (r"push(?:ed|es|ing)?", "back"),
}
_DISPERSING = "|".join("(?:" + forms + ")" + (r"\s+" + particle if particle else "")
                       for forms, particle in DISPERSAL_VERBS.values())
# (round K35) "Police fired tear gas to disperse thousands of workers ... Officers later fired in the air to disperse
# them": a dispersal of a crowd already told (a pronoun or a definite crowd noun)
_DISPERSE_KNOWN = re.compile(
    r"(?i)\b(?:" + _DISPERSING + r")\s+(?:them|the\s+(?:remaining\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:crowds?|protesters|demonstrators|marchers|workers|students|supporters|rally|protest|gathering|mob|"
    r"strikers|youths|residents))\b")
INTERVENTION = ("Protest with intervention", "Excessive force against protesters")
RIOT = "Violent demonstration"


def dispersal_verb(word: str, after: str) -> bool:
    """`word` (a trigger) is a dispersing verb, followed (`after`: the text right after it) by the particle the verb
    needs ("broke up"); "broke into the offices" is no dispersal."""
    for forms, particle in DISPERSAL_VERBS.values():
        if re.fullmatch(forms, word, re.I):
            return particle is None or re.match(r"\s+" + particle + r"\b", after, re.I) is not None
    return False


def _timed(ev: Event) -> bool:
    return bool(set(ev.aux) & _TIMING)


def crowd_force(ev: Event) -> bool:
    """A force's crowd control (mode crowd-control, or coded as force on protesters), told as done."""
    return ev.event == "ASSAULT" and (CROWD_CONTROL in ev.mode or ev.acled_sub_event_type in INTERVENTION) and \
        not _timed(ev)


def polices_crowd(ev: Event) -> bool:
    """Crowd control that killed no one ("Security forces fired in the air to disperse the mob")."""
    return crowd_force(ev) and not ev.size.dead


def one_scene(a: Event, b: Event) -> bool:
    """The same dated day, country and place."""
    return same_day_and_country(a, b) and compatible_locations(a, b) and a.date is not None and a.date == b.date


def _crowd_policed_again(first: Event, then: Event) -> bool:
    """(round K35) Force used "later" or "then" to disperse a crowd already told, the same day, goes on with the
    one intervention on that crowd, not another act."""
    return crowd_force(first) and polices_crowd(then) and one_scene(first, then) and \
        _DISPERSE_KNOWN.search(then.sentence.text) is not None


def _rioters_deed(ev: Event) -> bool:
    """An act of the riot itself that the coder told apart from the riot ("Rioters burned cars"): an assault coded as
    a violent demonstration, by no state force."""
    return ev.event == "ASSAULT" and ev.acled_sub_event_type == RIOT and not _timed(ev) and \
        not any(a.sector in _ORDER_FORCES for a in ev.actor)


# (round K36) forces acting for the state or a town's order: their crowd control is the policing of a riot
_ORDER_FORCES = frozenset({"COP", "MIL", "SPY", "GOV", "JUD"})


def _riot_policed_once(events: list[Event]) -> list[Event]:
    """(round K36) ACLED codes a riot and the force that broke it up as one "Violent demonstration": "Rioters burned
    cars in Kibera on Tuesday. Security forces fired in the air to disperse the mob" is one event, the riot (a
    PROTEST coded as a violent demonstration) of that day and place. Crowd control that killed no one, and the
    rioters' own deeds the coder told apart, fold into it (their counts kept). Killings by the forces stay their own
    event, as does crowd control on another day or at another place."""
    protests = [i for i, ev in enumerate(events)
                if ev.event == "PROTEST" and ev.acled_sub_event_type == RIOT and not _timed(ev)]
    # where the coder told the riot only by the rioters' deeds ("Rioters killed two policemen and burned a police
    # station"), the first such deed stands for it
    riots = protests or [i for i, ev in enumerate(events) if _rioters_deed(ev)][:1]
    if not riots:
        return events
    out = list(events)
    dropped: set[int] = set()
    for j, ev in enumerate(events):
        if j in riots or not ((polices_crowd(ev) and not _rioters_deed(ev)) or (_rioters_deed(ev) and protests)):
            continue
        k = next((i for i in riots if one_scene(events[i], ev)), None)
        if k is None:
            continue
        out[k] = replace(out[k], size=larger_size(out[k].size, ev.size))
        dropped.add(j)
    return [ev for j, ev in enumerate(out) if j not in dropped]


def _dispersal_told_once(events: list[Event]) -> list[Event]:
    """(round K36) A dispersal coded as COERCE (no arrests) on the day and at the place of crowd control already told
    ("Police fired tear gas to disperse supporters ... Police then used batons to disperse them") goes on with that one
    intervention."""
    force = [ev for ev in events if polices_crowd(ev) or
             (ev.event == "PROTEST" and ev.acled_sub_event_type in INTERVENTION + (RIOT,) and not _timed(ev))]
    if not force:
        return events

    def folded(ev: Event) -> bool:
        if ev.event != "COERCE" or ev.trigger is None or _timed(ev) or "arrest" in ev.mode or ev.size.arrested:
            return False
        if not dispersal_verb(ev.trigger.text, ev.sentence.text[ev.trigger.end - ev.sentence.start:]):
            return False
        return any(f.sentence.sequence <= ev.sentence.sequence and one_scene(f, ev) for f in force)

    return [ev for ev in events if not folded(ev)]


def policed_once(events: list[Event]) -> list[Event]:
    """The story's crowds policed once: a dispersal told again goes on with the force already told, and a riot's
    policing with the riot."""
    return _riot_policed_once(_dispersal_told_once(events))


# (round K30) "The night before, the raiders had burned two villages", "A day earlier, ...", "The previous evening,
# ...": a clause opened by a time before the deed told before it tells another, earlier deed
_EARLIER_OPENS = re.compile(
    r"(?i)\s*(?:on\s+)?(?:the\s+(?:day|night|evening|morning)\s+before|the\s+(?:previous|preceding)\s+(?:day|night|"
    r"evening|morning)|(?:a|one|two|three|four|five|six|\d)\s+(?:days?|weeks?)\s+(?:earlier|before)"
    r"|earlier\s+that\s+(?:day|morning|afternoon|evening|night))\s*,")


def _told_earlier(first: Event, then: Event) -> bool:
    """`then` is told after `first`, in a clause opened by a time before it."""
    if then.trigger is None or first.trigger is None or then.sentence.sequence <= first.sentence.sequence:
        return False
    m = _EARLIER_OPENS.match(then.sentence.text)
    return m is not None and m.end() <= then.trigger.start - then.sentence.start


def _cause_and_effect(a: Event, b: Event) -> bool:
    """One of the two sentences tells its act as the cause of an event the other tells its act as following:
    the cause came first, so the acts are two. So does a sentence telling its act as following the sentence just
    before it ("in the crackdown that followed"), or as coming later than an act told before it."""
    for first, then in ((a, b), (b, a)):
        if then.sentence.sequence == first.sentence.sequence + 1 and _FOLLOWED_ON.search(then.sentence.text):
            return True
        if (_told_later(first, then) and not _crowd_policed_again(first, then)) or _told_earlier(first, then):
            return True
    for cause, effect in ((a, b), (b, a)):
        for m in _CAUSE_OF.finditer(cause.sentence.text):
            noun = _noun_stem(m.group(1))
            if re.search(_AFTER_EVENT + re.escape(noun) + r"(?:e?s)?\b", effect.sentence.text):
                return True
    return False


# "Russia fired two missiles at the city on Friday afternoon" ... "Overnight, Russia launched 112 drones at
# Ukraine": two parts of one day that do not meet tell two attacks, though type, parties, day and country agree.
# Evening and night are one part ("late on Sunday evening" and "Sunday night" are often one attack); "overnight"
# reaches into the morning. A part of the day after "by/until/since/through" dates a report or a duration ("By
# Saturday morning the toll had risen", "worked through the night"), not the deed.
_DAY_PART_OF = {"dawn": "morning", "daybreak": "morning", "morning": "morning", "noon": "afternoon",
                "midday": "afternoon", "afternoon": "afternoon", "evening": "night", "dusk": "night",
                "night": "night", "midnight": "night", "tonight": "night"}
_DAY_PART = re.compile(
    r"(?i)\b(?:(by|until|till|since|through|throughout|all)\s+)?"
    r"(?:(?:this|last|early|late|on|at|in\s+the|(?:early|late)\s+on|yesterday|tomorrow|[A-Z][a-z]+day(?:'s|\u2019s)?)\s+)"
    r"(?:[A-Z][a-z]+day(?:'s|\u2019s)?\s+)?(dawn|daybreak|morning|noon|midday|afternoon|evening|dusk|night|midnight)\b"
    r"|\b(?:(by|until|till|since|through|throughout|all)\s+)?(overnight|tonight)\b")
# "Police said on Tuesday night that ...": the part of the day the report was made
_SAID_BEFORE = re.compile(r"(?i)\b(?:said|says|told(?:\s+[\w.-]+){0,3}|announced|reported|confirmed|added|stated)"
                          r"\s*$")


# (round K29) "early on Wednesday" is its early hours (morning), "late on Tuesday" its night, when no part is named
_EARLY_LATE_DAY = re.compile(r"(?i)\b(?:(by|until|till|since|through)\s+)?(early|late)\s+(?:on\s+)?[A-Z][a-z]+day\b"
                             r"(?!['\u2019]s|\s+(?:dawn|daybreak|morning|noon|midday|afternoon|evening|dusk|night))")


def day_parts(ev: Event) -> frozenset[str]:
    """The parts of the day the event's sentence dates a deed in: morning, afternoon, night. A toll report is
    dated by its update ("rose to 19 on Saturday morning"), so it names none of its deed's."""
    if is_toll_report(ev):
        return frozenset()
    out: set[str] = set()
    for m in _DAY_PART.finditer(ev.sentence.text):
        if m.group(1) or m.group(3) or _SAID_BEFORE.search(ev.sentence.text[:m.start()]):
            continue
        word = (m.group(2) or m.group(4)).lower()
        out.update(("night", "morning") if word == "overnight" else (_DAY_PART_OF[word],))
    for m in _EARLY_LATE_DAY.finditer(ev.sentence.text):
        if not m.group(1) and not _SAID_BEFORE.search(ev.sentence.text[:m.start()]):
            out.add("morning" if m.group(2).lower() == "early" else "night")
    return frozenset(out)


def _other_time_of_day(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and not a & b


def _sectors_of(ents: tuple[Entity, ...]) -> frozenset[str]:
    return frozenset(e.sector for e in ents if e.sector)


def _followed(kept: Event, ev: Event) -> Event:
    """The follow-up adds its victims to the event it continues, whose place and date stand. Victims of
    another side ("Two soldiers were wounded" after "soldiers killed six gunmen") add to the counts."""
    merged = _merge(kept, ev)
    a, b = _sectors_of(kept.recipient), _sectors_of(ev.recipient)
    # "among the dead" counts victims already in the toll
    if a and b and not a & b and _AMONG_RE.search(ev.sentence.text) is None:
        def add(x: int | None, y: int | None) -> int | None:
            return y if x is None else x if y is None else x + y
        merged = replace(merged, size=Size(add(kept.size.dead, ev.size.dead), add(kept.size.injured, ev.size.injured),
                                           add(kept.size.arrested, ev.size.arrested)))
    return replace(merged, event_loc=kept.event_loc, date=kept.date, date_precision=kept.date_precision)


def _polices_later_crowd(kept: Event, ev: Event, out: list[Event]) -> bool:
    """`ev` disperses a crowd (mode crowd-control) that a protest told after `kept` gathered: "Clashes killed six
    people. ... Thousands of protesters marched in Imphal. Police fired tear gas to disperse a crowd ...". The
    policing belongs to that protest, not to the earlier violence `kept` tells."""
    if CROWD_CONTROL not in ev.mode or CROWD_CONTROL in kept.mode:
        return False
    return any(o.event == "PROTEST" and kept.sentence.sequence < o.sentence.sequence <= ev.sentence.sequence
               for o in out)


# (round K36) "The Pakistani Taliban denied responsibility for the attack", "denied any involvement in the bombing":
# the deed named by a definite noun under a denial of a part in it is the deed already told, not a second one undone
_DENIED_PART = re.compile(
    r"(?i)\b(?:denied|denies|deny|denying|disclaimed|disowned|rejected|rejects)\s+(?:any\s+|all\s+|having\s+(?:any\s+|a\s+)?)?"
    r"(?:responsibility|involvement|role|part|hand|links?)\s+(?:for|in|with|to)\s+(?:the|this|that|these|those|"
    + _DAY_OWNER + r")\s+" + _UNCONTRASTED + r"{0,2}$")


def _deed_denied(ev: Event, out: list[Event]) -> int | None:
    """(round K36) The kept deed a denial of a part in it names: the denier's negated copy of an attack the story told
    ("A suicide bomber killed 9 people ... The Pakistani Taliban denied responsibility for the attack") goes with that
    attack and adds nothing (the attack stays as told, un-negated; docs/coding.md, "denied responsibility"). Where no
    such deed was told, the denied attack stays an event with its negation."""
    if ev.trigger is None or "negation" not in ev.aux or not _EVENT_NOUN.fullmatch(ev.trigger.text):
        return None
    before = ev.sentence.text[:max(0, ev.trigger.start - ev.sentence.start)]
    if _DENIED_PART.search(before[-90:]) is None:
        return None
    return next((k for k in range(len(out) - 1, -1, -1)
                 if out[k].event == ev.event and not set(out[k].aux) & _TIMING and same_day_and_country(ev, out[k])
                 and out[k].sentence.sequence < ev.sentence.sequence), None)


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per real-world event in an article; order of first mention is kept. A re-mention by a
    definite event noun joins the latest earlier event it can name; an account of an attack joins an earlier
    report of its toll ("the death toll from Friday's attack")."""
    out: list[Event] = []
    last: list[int] = []  # per kept event, the last sentence that told it
    parts: list[frozenset[str]] = []  # per kept event, the parts of the day its sentences date it in
    told: set[int] = set()  # toll reports that already took their account
    turned = -1  # the last sentence the writer marked as telling another event ("Separately, ...")

    def joined(k: int, merged: Event) -> None:
        out[k] = merged
        last[k] = max(last[k], ev.sentence.sequence)
        parts[k] = parts[k] | day_parts(ev)

    for ev in events:
        denied = _deed_denied(ev, out)
        if denied is not None:
            joined(denied, out[denied])  # the denial names the deed told; it changes nothing of it
            continue
        prev = next((k for k in range(len(out) - 1, -1, -1) if _continues(ev, out[k], last[k]) and
                     not _force_on_its_users(out[k], ev)), None) if is_casualty_followup(ev) else None
        if prev is not None:
            joined(prev, _followed(out[prev], ev))
            continue
        if is_casualty_followup(ev) and _after_disaster(ev, out, last):
            continue  # "At least 41 people were injured and 17 were missing." after the flood that hurt them
        deed = None if is_separate(ev) else _deed_for_toll(ev, out, last)
        if deed is not None and not last[deed] < turned <= ev.sentence.sequence:
            joined(deed, _updated_by_toll(out[deed], ev))
            continue
        updated = None if is_separate(ev) else _deed_for_toll_update(ev, out, last)
        if updated is not None and not last[updated] < turned <= ev.sentence.sequence:
            joined(updated, _raised_by_update(out[updated], ev))
            continue
        told_of = None if is_separate(ev) else _deed_of_account(ev, out, last)
        if told_of is not None and not last[told_of] < turned <= ev.sentence.sequence:
            # a group's own account keeps the toll told first (its count is its boast); another side's account adds
            # the victims of a side the first toll did not count ("the army said troops had killed 30 militants in
            # the attack" after "killing 15 soldiers")
            self_told = claimants_boast(ev, out[told_of])
            joined(told_of, _retold_by_claimant(out[told_of], ev) if self_told else _followed(out[told_of], ev))
            continue
        corrected = None if is_separate(ev) else _deed_corrected(ev, out, last)
        if corrected is not None and not last[corrected] < turned <= ev.sentence.sequence:
            joined(corrected, _corrected_by(out[corrected], ev))
            continue
        counted = None if is_separate(ev) else _arrests_for_update(ev, out, last)
        if counted is not None and not last[counted] < turned <= ev.sentence.sequence:
            joined(counted, _updated_by_count(out[counted], ev))
            continue
        by_doer = None if is_separate(ev) else _deed_told_by_doer(ev, out, last)
        if by_doer is not None and not last[by_doer] < turned <= ev.sentence.sequence:
            joined(by_doer, _retold_by_claimant(out[by_doer], ev))
            continue
        claimed = None if is_separate(ev) else _deed_claimed(ev, out, last)
        if claimed is not None and not last[claimed] < turned <= ev.sentence.sequence:
            # (round K38) a claim of the act itself ("claimed it had killed 22") gives the deed a count it lacked
            own = _CLAIMED.search(ev.sentence.text) is None
            joined(claimed, (_claimed_again if own else _retold_by_claimant)(out[claimed], ev))
            continue
        # a sentence the writer marks as another event joins nothing told before it, and the sentences after it
        # go on with that event: they join nothing told before the mark unless they name it again ("the attack")
        separate = is_separate(ev)
        if separate:
            turned = max(turned, ev.sentence.sequence)
        # (round K33) an event told in the sentence that last told a kept one is tried with that one first: "Troops
        # retook the base hours later after heavy fighting, killing 20 militants" - the fighting is the retaking's,
        # not the overrunning's told the sentence before
        for k in sorted(range(len(out)), key=lambda j: (last[j] != ev.sentence.sequence, j)):
            kept = out[k]
            if separate and kept.sentence.sequence < ev.sentence.sequence:
                continue
            if last[k] < turned <= ev.sentence.sequence and not separate:
                continue
            same_trigger = (kept.trigger is not None and ev.trigger is not None and kept.trigger == ev.trigger
                            and kept.event == ev.event)
            if same_trigger or (same_event(kept, ev) and not _cause_and_effect(kept, ev)
                                and not _other_time_of_day(parts[k], day_parts(ev))
                                and not _polices_later_crowd(kept, ev, out)):
                # (round K38) the doer's claim of the deed keeps the toll told first ("The group claimed it had
                # killed 60 soldiers" after the commander's 17)
                joined(k, _claimed_again(kept, ev) if claimants_boast(ev, kept) else _merge(kept, ev))
                break
        else:
            back = None if separate else \
                next((k for k in range(len(out) - 1, -1, -1)
                      if _refers_to(_without_compared(ev) if is_remention(ev) else ev, out[k])), None)
            report = None if separate else _toll_report_for(ev, out, told)
            if back is not None and is_remention(ev):
                joined(back, _merge(out[back], _without_compared(ev)))
            elif back is not None and is_meeting_retold(ev) and _meeting_parties_agree(ev, out[back]):
                joined(back, _merge(out[back], _without_venue(ev)))
            elif back is not None and _definite_target_again(ev, out[back]):
                self_told = claimants_boast(ev, out[back])
                joined(back, _retold_by_claimant(out[back], ev) if self_told else _merge(out[back], ev))
            elif report is not None:
                # only the first account after the report, at the same place ("in a separate attack ..." is not)
                joined(report, _told_by_account(out[report], ev))
                told.add(report)
            else:
                out.append(ev)
                last.append(ev.sentence.sequence)
                parts.append(day_parts(ev))
    return out


# (round K31) "The death toll rose to 19 on Wednesday after five of the wounded died in hospital", "..., raising the
# death toll to 17": a sentence that only updates the toll of the deed told before it is no event of its own (the coder
# codes none); it updates that deed's counts. A toll of a disaster ("the toll from the floods") updates no attack.
_TOLL_UPDATE = re.compile(
    r"(?i)\b(?:death\s+)?toll\b(?:\s+(?!(?:and|but|while)\b)[\w'\u2019,-]+){0,12}?\s+(?:has\s+|had\s+)?"
    r"(?:now\s+|later\s+|since\s+)?(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|surged"
    r"|stands\s+at|stood\s+at)\b"
    r"|\b(?:bringing|raising|taking|pushing|lifting)\s+the\s+(?:death\s+)?toll\s+to\b")
# "the overall death toll since the war began had risen to 60,000": a running tally of a war, not the deed's toll
_TALLY = re.compile(r"(?i)\b(?:overall|total|cumulative|combined|running)\b"
                    r"|\bsince\s+(?!(?:rose|risen|climbed|increased|jumped|reached|surged)\b)|\bso\s+far\b"
                    r"|\bthis\s+(?:year|month)\b|\b(?:war|conflict|insurgency|offensive|campaign)\b")
# "The number of people killed in the attack rose to 21": a count of the dead by another name
_NUMBER_OF_DEAD = re.compile(
    r"(?i)\bnumber\s+of\s+(?:(?:the\s+)?dead|deaths|fatalities|(?:people|those|civilians|victims|soldiers|"
    r"police(?:men)?|officers|protesters|worshippers|passengers)\s+killed)\b[^.;]{0,80}?\b(?:has\s+|had\s+)?"
    r"(?:now\s+|later\s+|since\s+)?(?:rose|risen|climbed|increased|jumped|reached)\s+to\s+(?:at\s+least\s+)?"
    r"(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b"
    # (round K33) "..., bringing the number of dead to 22"
    r"|\b(?:bringing|raising|taking|pushing)\s+the\s+(?:total\s+)?number\s+of\s+(?:(?:the\s+)?dead|deaths|fatalities|"
    r"(?:people|those|civilians|victims)\s+killed)\s+to\s+(?:at\s+least\s+)?(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b")
_DISASTER_TOLL = re.compile(
    r"(?i)\btoll\s+(?:from|of|in)\s+(?:the|this|that|[\w'\u2019-]+)\s+(?:[\w-]+\s+){0,2}?(?:floods?|flooding|quake|"
    r"earthquake|storm|cyclone|typhoon|hurricane|landslides?|mudslides?|fire|blaze|crash|collapse|outbreak|epidemic|"
    r"heatwave|heat|disaster|eruption|tsunami|accident|stampede)\b")
_TOLL_UPDATE_REACH = 5  # sentences from the deed's first sentence to the toll update


def _toll_update_target(events: Sequence[Event], sentence: Sentence, own: bool = False) -> int | None:
    """The deed a toll update sentence goes on with: the latest attack (or event with a death toll) told before it
    (`own`: or in it), within reach, if it happened (not negated, not ahead, not supposed); other events told between
    (a statement, an arrest) do not stand between them."""
    before = [k for k, ev in enumerate(events) if (ev.sentence.sequence < sentence.sequence or
                                                   own and ev.sentence.sequence == sentence.sequence) and
              (ev.event == "ASSAULT" or ev.size.dead is not None)]
    if not before:
        return None
    k = max(before, key=lambda j: events[j].sentence.sequence)
    ev = events[k]
    if sentence.sequence - ev.sentence.sequence > _TOLL_UPDATE_REACH or _MODAL & set(ev.aux) or \
            "disasters" in ev.context:
        return None
    return k


# (round K35) "The toll was later revised down to 12", "The health ministry lowered the death toll to 7", "Police
# later said 8, not 10, were arrested": a count corrected after the deed replaces the count told first, lower or not
# (a correction is no new toll that adds to the first; `updated_tolls` otherwise keeps the larger count)
_REVISE_VERB = r"(?:revised|revises|revise|lowered|lowers|cut|cuts|reduced|reduces|corrected|corrects|adjusted|adjusts)"
_COUNTED_NOUN = (r"(?:(?:death\s+|casualty\s+)?toll|number\s+of\s+(?:the\s+)?(?P<n_kind>dead|deaths|fatalities|injured|"
                 r"wounded|injuries|arrests|detentions|detainees|(?:people|those|civilians|victims|soldiers|protesters|"
                 r"suspects|demonstrators)\s+(?:killed|injured|wounded|arrested|detained|held)))")
_REVISED_NUMBER = r"(?:at\s+least\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b"
_COUNT_REVISED = re.compile(
    # "the toll was (later) revised down to 12", "the number of people arrested was corrected to 38"
    r"(?i)\b" + _COUNTED_NOUN + r"(?:\s+(?!(?:and|but|while)\b)[\w'\u2019,-]+){0,10}?\s+(?:was|has\s+been|had\s+been|were)"
    r"\s+(?:later\s+|since\s+|now\s+|officially\s+)*" + _REVISE_VERB + r"\s+(?:(?:down|up)(?:wards?)?\s+)?to\s+"
    + _REVISED_NUMBER
    # "lowered the death toll to 7", "revised the number of dead down to 18", "revised down the toll to 12"
    + r"|\b" + _REVISE_VERB + r"\s+(?:(?:down|up)(?:wards?)?\s+)?(?:the|its|their|an?\s+(?:earlier|initial))\s+"
    r"(?:(?:official|earlier|initial|previous|reported)\s+)?" + _COUNTED_NOUN.replace("n_kind", "n_kind2")
    + r"(?:\s+(?!(?:and|but|while)\b)[\w'\u2019,-]+){0,8}?\s+(?:(?:down|up)(?:wards?)?\s+)?to\s+"
    + _REVISED_NUMBER.replace("<n>", "<n2>"))
# "8, not 10, were arrested", "24 people, not 30, had been detained": the number told in place of the first
_NOT_THE_FIRST = re.compile(
    r"(?i)\b(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)(?:\s+(?:people|persons|protesters|demonstrators|suspects|civilians|"
    r"soldiers|men|women|students|activists|villagers|worshippers|policemen|officers))?\s*,\s*not\s+(?:\d[\d,]*|"
    r"[a-z]+(?:-[a-z]+)?)\s*,\s*(?:had\s+been|have\s+been|were|had|have|died|was)\s*(?P<verb>[a-z]*)")
# "Officials later corrected the toll, saying four soldiers had been killed": the count told in the saying clause
_REVISED_SAYING = re.compile(r"(?i)\b" + _REVISE_VERB + r"\s+(?:the|its|their)\s+(?:death\s+|casualty\s+)?"
                             r"(?:toll|count|figures?)\s*,\s*(?:saying|adding)\b")
_OTHER_DEED = re.compile(r"(?i)\b(?:earlier|previous|another|separate|other|last|second|first)\s+(?:[\w-]+\s+)?"
                         r"(?:" + _EVENT_NOUN.pattern + r"|year|month|week)\b")
_REVISION_TALLY = re.compile(r"(?i)\bthis\s+(?:year|month)\b|\bso\s+far\b|\bsince\s+(?:the\s+)?(?:(?:19|20)\d\d|start|"
                             r"beginning|outbreak)\b|\b(?:war|conflict|insurgency|campaign)\b")
_HELD_KIND = re.compile(r"(?i)arrest|detain|detention|held|custody")
_HURT_KIND = re.compile(r"(?i)injur|wound")


def revised_count(text: str) -> tuple[str, int] | None:
    """The count a sentence corrects and its corrected number ("dead", "injured" or "arrested"), or None: "The toll
    was later revised down to 12" -> ("dead", 12), "Police later said 8, not 10, were arrested" -> ("arrested", 8)."""
    if _REVISION_TALLY.search(text) is not None:
        return None  # "lowered the number of people killed on the roads this year to 12": a tally, no deed's count
    m = _COUNT_REVISED.search(text)
    if m is not None and _OTHER_DEED.search(m.group(0)) is not None:
        return None  # "cut the toll of the earlier attack in Katsina to 12": another deed's count
    if m is not None:
        kind, word = m.group("n_kind") or m.group("n_kind2") or "", m.group("n") or m.group("n2")
    elif (said := _REVISED_SAYING.search(text)) is not None:
        told = extract_size(text[said.end():])
        counts = [(f, c) for f, c in (("dead", told.dead), ("injured", told.injured), ("arrested", told.arrested))
                  if c is not None]
        return counts[0] if len(counts) == 1 else None
    else:
        m = _NOT_THE_FIRST.search(text)
        if m is None:
            return None
        kind, word = m.group("verb") or "killed", m.group("n")
    n = parse_number(word)
    if n is None or re.fullmatch(r"(?:19|20)\d\d", word):
        return None  # ("was arrested in 2019, not 2020, ..." names a year, no count)
    field = "arrested" if _HELD_KIND.search(kind) else "injured" if _HURT_KIND.search(kind) else "dead"
    return field, n


def _revise_count(events: list[Event], sentence: Sentence) -> bool:
    """(round K35) A sentence correcting a count sets it on the deed it goes on with: the arrests on the latest
    round of arrests, a toll on the latest attack, told within reach and not negated, ahead or supposed."""
    revised = revised_count(sentence.text)
    if revised is None or _DISASTER_TOLL.search(sentence.text) is not None:
        return False
    field, n = revised
    if field == "arrested":
        before = [k for k, ev in enumerate(events) if ev.sentence.sequence < sentence.sequence and
                  ev.event == "COERCE" and "arrest" in ev.mode]
        k = max(before, key=lambda j: events[j].sentence.sequence) if before else None
        if k is not None and (sentence.sequence - events[k].sentence.sequence > _TOLL_UPDATE_REACH
                              or _MODAL & set(events[k].aux)):
            k = None
    else:
        k = _toll_update_target(events, sentence)
    if k is None:
        return False
    events[k] = replace(events[k], size=replace(events[k].size, **{field: n}))
    return True


def _raise_arrests(events: list[Event], sentence: Sentence) -> None:
    """(round K33) A sentence that is no event of its own and only updates the number held ("The number of those
    detained has since risen to 112") raises the count of the latest round of arrests told just before it."""
    n = arrest_count_update(sentence.text)
    if n is None:
        return
    before = [k for k, ev in enumerate(events) if ev.sentence.sequence < sentence.sequence and
              ev.event == "COERCE" and "arrest" in ev.mode]
    if not before:
        return
    k = max(before, key=lambda j: events[j].sentence.sequence)
    ev = events[k]
    if sentence.sequence - ev.sentence.sequence > _TOLL_UPDATE_REACH or _MODAL & set(ev.aux):
        return
    events[k] = replace(ev, size=replace(ev.size, arrested=_max(ev.size.arrested, n)))


# (round K37) Rival sources. ACLED codes the most conservative of the figures sources give side by side: "at least 12
# killed, officials said. A monitoring group put the toll at 20" is 12; "30 killed, residents said, while police gave
# a toll of 18" is 18. A toll that moved over time is no rival figure: "The death toll rose to 19" raises it
# (`updated_tolls`), "the toll was later revised down to 12" replaces it (`revised_count`).
_ROUGHLY = r"(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?"
_TOLL_NOUN = (r"(?:(?:death|casualty)\s+)?(?:toll|count)|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|"
              r"(?:people|civilians|victims)\s+killed)")
_RIVAL_TOLL = re.compile(
    # "A monitoring group put the toll at 20", "police gave a toll of 18", "estimated the number of dead at 30"
    r"(?i)\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|gave|gives|giving|cited|cites)"
    r"\s+(?:the|its|their|a|an)\s+(?:own\s+)?(?:(?:higher|lower|different|separate|far\s+higher|much\s+higher)\s+)?"
    r"(?:" + _TOLL_NOUN + r")\s+(?:at|of)\s+" + _ROUGHLY + r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b"
    # "Police said the toll was 11", "the group said the death toll stood at 20"
    r"|\b(?:said|says|reported|told\s+[\w.-]+(?:\s+[\w.-]+)?)\s+(?:that\s+)?(?:the|its)\s+(?:own\s+)?"
    r"(?:" + _TOLL_NOUN + r")\s+(?:was|is|stood\s+at|stands\s+at|at)\s+" + _ROUGHLY
    + r"(?P<n2>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b")
# a toll that moved over time, or one another deed's: no rival figure
_TOLL_MOVED = re.compile(r"(?i)\b(?:rose|risen|rises|climbed|increased|jumped|later|now|since|updated|new|latest|"
                         r"revised|lowered|corrected|final|eventually)\b")


def rival_toll(text: str) -> int | None:
    """The death toll a sentence gives as another source's figure, told side by side with the first (no update, no
    correction, no tally), or None: "A local monitoring group put the toll at 20" -> 20."""
    m = _RIVAL_TOLL.search(text)
    if m is None or _TOLL_MOVED.search(text) or _TALLY.search(text) or _DISASTER_TOLL.search(text) or \
            _OTHER_DEED.search(text):
        return None
    word = m.group("n") or m.group("n2")
    n = parse_number(word)
    return None if n is None or re.fullmatch(r"(?:19|20)\d\d", word) else n


def _rival_toll_taken(events: list[Event], sentence: Sentence, own: bool) -> bool:
    """A rival source's toll lowers the toll of the deed it speaks of (the latest attack told before it, or in its
    own sentence), never raises it: the most conservative figure stands."""
    n = rival_toll(sentence.text)
    if n is None:
        return False
    k = _toll_update_target(events, sentence, own)
    if k is None:
        return False
    ev = events[k]
    events[k] = replace(ev, size=replace(ev.size, dead=n if ev.size.dead is None else min(ev.size.dead, n)))
    return True


def updated_tolls(events: list[Event], sentences: Sequence[Sentence]) -> list[Event]:
    """The article's events (after `merge_duplicates`) with the counts of the toll updates told after them: a
    sentence that tells a higher toll ("The death toll rose to 19") and is no event of its own raises the counts
    of the deed it goes on with; counts never go down (a later toll includes the first), except to a correction
    ("revised down to 12") or to a rival source's lower figure (round K37: "police gave a toll of 18")."""
    own = {ev.sentence.sequence for ev in events}
    out = list(events)
    for sentence in sentences:
        if _SEPARATE.match(sentence.text) is None and \
                _rival_toll_taken(out, sentence, sentence.sequence in own):
            continue
        if sentence.sequence not in own and _SEPARATE.match(sentence.text) is None and _revise_count(out, sentence):
            continue
        if sentence.sequence not in own and _SEPARATE.match(sentence.text) is None:
            _raise_arrests(out, sentence)
        numbered = _NUMBER_OF_DEAD.search(sentence.text)
        if sentence.sequence in own or (_TOLL_UPDATE.search(sentence.text) is None and numbered is None) or \
                _DISASTER_TOLL.search(sentence.text) is not None or _SEPARATE.match(sentence.text) is not None or \
                _TALLY.search(sentence.text) is not None:
            continue
        k = _toll_update_target(out, sentence)
        if k is None:
            continue
        size = extract_size(sentence.text)
        if numbered is not None:  # (round K33) the number of dead told is the total, whatever else is counted
            size = replace(size, dead=_max(size.dead, parse_number(numbered.group(1) or numbered.group(2))))
        if size.dead is None and size.injured is None:
            continue
        ev = out[k]
        out[k] = replace(ev, size=Size(_max(ev.size.dead, size.dead), _max(ev.size.injured, size.injured),
                                       ev.size.arrested))
    return out
