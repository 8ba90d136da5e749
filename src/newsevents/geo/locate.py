"""Event location: where an event happened, from the places of its sentence, the dateline, or the
story's focus.

Without the parse at hand, clauses are approximated from the words between the trigger and a place:
a relative pronoun, a conjunction or ", <verb>ing" starts another clause ("warned Israel ... for a
strike that destroyed the consulate in Damascus": Damascus is where the strike was, not the warning)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TypeGuard

from newsevents.geo.names import fold
from newsevents.geo.recognize import WILD_COUNTRY, names_capital_by_office
from newsevents.geo.resolve import area_holds, haversine_km
from newsevents.records import WATER_FEATURES, Article, Location, Place, Sentence, Trigger

# "in X", "near X", "off the coast of X", "the port of X": the place an event happened ("set off from Peshawar" is
# where a march started, not "off X").
_LOCATIVE = re.compile(
    r"(?i)\b(?:in|near|at|outside|around|across|inside|throughout|off(?!\s+(?:from|to)\b)|into|along|over|towards?|"
    r"(?:port|city|town|village|capital|province|region|state|districts?|neighbou?rhoods?|coast|outskirts|suburbs?|"
    # "kidnapped two oil workers in the eastern department of Arauca", "in the northeastern county of Mandera": the
    # admin area the deed is put in, whatever the country calls it (lower case only: "the Department of State")
    r"(?-i:departments?|count(?:y|ies)|governorates?|oblasts?|prefectures?|regency|regencies|municipality|"
    r"municipalities|parish|cantons?|emirates?|territory|commune|township|division|subdivision|"
    r"(?:upa)?zila|tehsil|taluka|woreda|sub-county)|"
    # "beheaded 11 people in villages of the Macomia district"
    r"villages|towns|hamlets|communities|"
    r"areas?|parts?|"
    r"sector|zone|"
    r"heart|centre|center|edge|banks?|"
    # "reached the shore of Lesbos", "on the island of Lampedusa", "in the waters of the Aegean"
    r"shores?|beach(?:es)?|island|islands|waters|"
    # "ambushed a patrol in the mountains of Northern Samar", "in the forested hills of Kunar"
    r"(?-i:" + WILD_COUNTRY + r")|"
    r"(?:north|south|east|west)(?:ern)?(?:-?(?:east|west)(?:ern)?)?)\s+of"
    # "condemned the attacks in a statement from Islamabad": where a statement was issued
    r"|(?:statement|remarks|speech|address|message)\s+from"
    # "blocked highways leading to Sucre": the roads into a town are at the town (unlike "the road to X", an end)
    r"|(?:roads?|highways?|routes?|streets?|approaches)\s+leading\s+(?:in)?to"
    # "ambushed a bus on the road between Mandera and Lafey": a road between two towns is at the first named
    r"|(?:roads?|highways?|routes?|motorways?|railway|stretch|section)\s+(?:between|linking|connecting)"
    # "Fighting spread to Minova": where the event reached
    r"|spread(?:s|ing)?\s+(?:in)?to"
    # "special forces landed on the Kinburn Spit": where a landing party came ashore
    r"|(?:land(?:ed|s|ing)?|touched\s+down|came\s+ashore)\s+on)"
    r"\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}"
    # "from a school in Kuriga, Kaduna state", "in Gomal village, Tank": the parent named in apposition is located too
    # (after a name: "in the area, Pakistan's army said" is a speaker after a comma)
    r"(?:(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?:village|town|city|district|area|camp|county|province|region|state))?"
    r",\s+)?$")
_CLAUSE_BREAK = re.compile(
    r"(?i)\b(?:that|which|who|whom|whose|where|when|while|after|before|because|although|since|until|"
    r"said|says|according)\b|;|\u2014|--|,\s+(?!(?:including|excluding|during)\b)\w+ing\b|\(")
# (", including five soldiers, in the province of Arauca": a preposition, not a participle opening a clause)


# A name directly followed by a lower-case word ("European Union flags", "Israel struck") modifies or
# governs that word; without a locative it names a party or a thing, not where the event happened.
_NEXT_LOWER = re.compile(r"[ \t]+[a-z]")


# ... unless the lower-case word starts a date: "travelled to Popayán on Tuesday" names where, not a party
_NEXT_DATE = re.compile(r"[ \t]+(?:(?:on|early|late|last|this)\s+|in\s+(?:early\s+|late\s+|mid-)?(?=[A-Z\d]))"
                        r"(?:\d{4}\b|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                        r"Sunday|January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
                        # "expected to visit Cairo next week", "arrived in Doha later this month"
                        r"|[ \t]+(?:(?:later|earlier)\s+)?(?:next|this|last|coming)\s+(?:week|weekend|month|year)\b"
                        r"|[ \t]+(?:today|tomorrow|yesterday|overnight)\b")


# ... or is the rest of the place's own name: "hit Ukraine's Dnipropetrovsk region", "Zamfara state", "the
# Belgorod and Kursk regions"
_NEXT_ADMIN = re.compile(r"[ \t]+(?:region|province|state|oblast|district|governorate|department|county|"
                         r"prefecture|municipality|township|division)s?\b")


# ... or opens an organisation's name: "Supporters of the Bangladesh Nationalist Party clashed with police outside the
# court" (the party is named, not where the clash was)
_NAME_HEAD = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}?[ \t]+(?:Party|Front|Movement|League|Congress|Alliance|"
                        r"Council|Forces|Army|Union|Association|Federation|Commission|Authority|Airways|Airlines)\b")
# ... or a state's command, mission or office: "the U.S. Africa Command said", "the U.S. Embassy", "Pakistan's Foreign
# Office" tell who speaks of a deed, not where it was (a statement of that office is still made at home)
_OFFICE_HEAD = re.compile(r"(?:['\u2019]s)?(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}?[ \t]+(?:Command|Embassy|Consulate|"
                          r"High\s+Commission|Office|Ministry|Department|Agency|Navy|Air\s+Force|Coast\s+Guard|Bureau|"
                          r"Service)\b")


def _attributive(text: str, p: Place, stated: bool = True) -> bool:
    return (bool(_NEXT_LOWER.match(text, p.end)) and not _NEXT_DATE.match(text, p.end)
            and not _NEXT_ADMIN.match(text, p.end)) or _NAME_HEAD.match(text, p.end) is not None \
        or (not stated and _OFFICE_HEAD.match(text, p.end) is not None)


# A launch happens where it is launched from: "test-fired a missile from the Pyongyang area".
_FROM = re.compile(r"(?i)\bfrom\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$")
_LAUNCH = re.compile(r"(?i)\b(?:fir(?:e|ed|es|ing)|launch\w*|test\w*)\b")


# "air attacks on Ukraine", "a strike against Iran": the target of an attack word is where it happened
_ATTACK_WORD = re.compile(r"(?i)\b(?:attack\w*|strik\w*|struck|raid\w*|bomb\w*|shell\w*|assault\w*|offensive"
                          r"|invasion|invad\w*|incursion\w*|air\s*strikes?|airstrikes?|barrage|missiles?|rockets?|drones?)\b")
_TARGET = re.compile(r"(?i)\b(?:on|against|targeting)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$")
# "launched air strikes on Maungdaw", "carried out a raid on X": an attack noun between the trigger and the place
_NOUN_TARGET = re.compile(r"(?i)\b(?:attacks?|strikes?|airstrikes?|raids?|assaults?|offensive|bombardment|shelling"
                          r"|bombing)\s+(?:on|against|targeting)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$")
# Verbs of fighting over a place whose direct object is where it happened: "raided Gwoza in Borno state",
# "captured the village of Ocheretyne", "hit Port Sudan", "stormed Kabkabiya", "shelled the Zamzam camp near X".
# ("pounded Kherson", "bombarded Aleppo", "claimed the capture of Selydove", "the siege of Mariupol": the same with
# more verbs, and the nouns of taking a place with "of" before their object)
_TAKE_VERB = re.compile(r"(?i)(?:attack(?:ed|s)?|raid(?:ed|s)?|shell(?:ed|s)?|bomb(?:ed|s)?|struck|strikes?|hits?"
                        r"|pound(?:ed|s)?|bombard(?:ed|s)?|hammer(?:ed|s)?|siege|fall"
                        r"|storm(?:ed|s)?|seiz(?:ed|es?)|captur(?:ed|es?)|recaptur(?:ed|es?)|retook|retak(?:en|es?)"
                        r"|overr[au]n|overruns?|besieg(?:ed|es?)|enter(?:ed|s)?|reach(?:ed|es)?|fled|flees?"
                        r"|occup(?:ied|ies|y)|surround(?:ed|s)?|encircl(?:ed|es?)|liberat(?:ed|es?)|took|takes?|taken)")
# The gap between such a verb and its object place: "the", "control of", a type word ("the border town of"), up to
# two lower-case words that are no prepositions ("the besieged", "the strategic"; "attacked officials from X" is
# left to the other rules)
_OBJECT_GAP = re.compile(r"\s+(?:control\s+of\s+|of\s+)?(?:the\s+|an?\s+)?"
                         # ("struck Lebanon's Bekaa Valley", "shelled Syria's Idlib province": the owner's area)
                         r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['\u2019]s\s+)?"
                         r"(?:(?!(?:in|on|at|from|to|with|of|for|by|into|near|and|or)\b)[a-z][\w'-]*\s+){0,2}?"
                         r"(?:(?:town|village|city|camp|base|district|port|hub|settlement|neighbou?rhood|suburb|"
                         r"commune|county|area|region|province)\s+of\s+(?:the\s+)?)?")


# ("strike U.S. warships": a name before a noun modifies it; a preposition, a conjunction, an adverb or a participle
# after the object leaves it a place: "hit Port Sudan for a third day", "seized the islands from Vietnam")
_MODIFIED_NOUN = re.compile(r"[ \t]+(?!(?:on|in|at|from|for|to|and|or|but|with|after|before|during|near|of|as|by|"
                            r"since|until|while|where|when|which|that|who|early|late|last|this|overnight|again|"
                            r"twice|once|itself|themselves|there|amid|despite|following|under|without)\b)"
                            r"(?![a-z]+(?:ing|ed|ly)\b)[a-z]")
# ("hit Ukraine's Dnipropetrovsk region": the owner of the object, not the object)
_OWNER_AFTER = re.compile(r"['\u2019]s?\s")
# ("hit China with tariffs", "took Russia to court": the object is a party there)
_PARTY_OBJECT_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:with|to)\b")


def _object_of(text: str, p: Place, trigger: Trigger | None) -> bool:
    """The place is the direct object of a verb of fighting over places (see `_TAKE_VERB`); a type word after it is
    the rest of its name ("attacked Ukraine's Dnipropetrovsk region")."""
    return (trigger is not None and 0 <= p.start - trigger.end <= 40 and _TAKE_VERB.fullmatch(trigger.text) is not None
            and _OBJECT_GAP.fullmatch(text, trigger.end, p.start) is not None
            and _PARTY_OBJECT_AFTER.match(text, p.end) is None and (p.resolution or 0) >= 2
            and (not _MODIFIED_NOUN.match(text, p.end) or _NEXT_ADMIN.match(text, p.end) is not None)
            and not _OWNER_AFTER.match(text, p.end))


# "near the border crossing with Syria", "along the frontier with Iran": the far side of a border
_BORDER_WITH = (r"\b(?:borders?|frontiers?|boundary)(?:\s+(?:crossings?|posts?|areas?|regions?|points?|lines?|"
                r"fences?))?\s+with\s+")
_FAR_SIDE = re.compile(r"(?i)" + _BORDER_WITH + r"(?:the\s+)?$")

# Places a phrase names as somewhere else than where the event is: an origin ("members from across northern
# Minnesota"), where the wounded were taken ("flown to a hospital in Akron"), the far side of a border ("fled
# toward the border with Burkina Faso"), the end of a road ("on the road to Miranshah, the main town of North
# Waziristan"), what a deed is aimed at ("attacks aimed at Israel").
_AWAY = re.compile(
    r"(?i)(?:\bfrom\s+(?:across|around|throughout|all\s+over|other\s+parts\s+of|neighbou?ring)\s+"
    r"|\bfrom\s+(?:[\w'-]+\s+){0,2}?(?:villages|towns|cities|areas|regions|parts|districts|provinces|states)\s+"
    r"(?:in|of|across|around)\s+"
    r"|\bto\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,2}?(?:hospitals?|clinics?|morgue|medical\s+cent(?:er|re))\s+"
    r"(?:in|at|near|outside)\s+"
    r"|" + _BORDER_WITH +
    # "The protesters, many of them from Black Mountain and Weaverville, were demanding": where people come from
    r"|\b(?:them|people|residents|members|men|women|youths|protesters|demonstrators|supporters|workers|"
    r"labou?rers|families|villagers|farmers|students|pilgrims|migrants|volunteers)\s+from\s+"
    r"(?:(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}(?:,\s+|,?\s+(?:and|or)\s+))*"
    # "42-year-old Darnell Hughes of Fairview", "John Smith, 34, of Reno": where a person lives
    r"|(?:\d+-year-old\s+(?:(?-i:[A-Z])[\w.'-]*\s+){1,3}|(?-i:[A-Z])[\w'-]+,\s+\d{1,3},\s+)of\s+"
    r"|\b(?:road|highway|(?<!en\s)route|motorway)\s+(?:to|from)\s+(?:[A-Z][\w'-]*\s+){0,2}?"
    r"(?:[A-Z][\w'-]*,\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,3}?(?:of|in)\s+)?"
    r"|\b(?:aimed|directed)\s+at\s+"
    # "Gunmen who crossed over from Mali killed four soldiers", "fighters coming from Afghanistan": where a party came
    # over from is its origin, never where its deed was
    r"|\b(?:cross(?:ed|es|ing)?|came|com(?:e|es|ing)|infiltrat(?:ed|es|ing)|slipp(?:ed|ing)|sneak(?:ed|ing)|"
    r"strayed)\s+(?:(?:over|across|back|in)\s+)?(?:the\s+(?:border|frontier)\s+)?from\s+(?:neighbou?ring\s+)?"
    # "violating a ceasefire brokered by Washington", "rebels backed by Rwanda": who brokered, backed or paid for
    # something is a party to it, not where anything happened; so is every mediator of a list ("a truce brokered by
    # Saudi Arabia and the United States", "talks under the auspices of Qatar and Egypt"; a host is a venue: "talks
    # hosted by Kazakhstan")
    r"|\b(?:(?:brokered|mediated|sponsored|backed|negotiated|funded|financed|armed|facilitated|guaranteed)\s+"
    r"(?:jointly\s+)?by|(?:with|under)\s+(?:the\s+)?(?:mediation|auspices)\s+of)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3}(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?)*"
    # "condemned the strikes and called on the United States and France to press Israel": whom an appeal is
    # addressed to, not where anything happened
    r"|\b(?:call(?:ed|s|ing)?\s+on|appeal(?:ed|s|ing)?\s+to|urg(?:ed|es|ing))\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3}(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?)*)"
    r"(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+)?$")
# "Pakistan-based Jaish-e-Mohammed", "a Greek-owned tanker": the name describes a party or a thing
# ("a UAE-mediated swap", "a Qatar-brokered truce": the mediator, see `_AWAY`)
_COMPOUND_ADJ = re.compile(r"-(?:based|flagged|owned|registered|backed|led|born|made|linked|allied|aligned|"
                           r"funded|sponsored|controlled|run|held|mediated|brokered)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked again for every event of the article: (text, place) decides it
def _elsewhere(text: str, p: Place) -> bool:
    """The place is named as an origin, destination, far side or target rather than where anything happened, or
    as part of a compound adjective describing a party."""
    return bool(_AWAY.search(text, max(0, p.start - 80), p.start) or _COMPOUND_ADJ.match(text, p.end))


# "Families of the hostages still held in Gaza protested outside the office in Jerusalem": a place in a participle
# before the trigger tells where a party is, not where the event is; a place after the trigger says that
_PARTY_PARTICIPLE = re.compile(
    r"(?i)\b(?:held|detained|jailed|imprisoned|trapped|stranded|based|living|born|stationed|deployed|displaced)"
    r"\s+(?:\w+\s+)?in\s+(?:the\s+)?$")


def _describes_party(text: str, p: Place, trigger: Trigger | None) -> bool:
    return trigger is not None and p.end <= trigger.start and \
        _PARTY_PARTICIPLE.search(text, max(0, p.start - 40), p.start) is not None


# "NIAMEY - Jihadists based in Mali killed 12 soldiers": the country an acting party is based in is its home, not
# where its deed was (groups raid across borders; the story's own place says more). Only for the doer: "US troops
# based in Syria came under attack" and "Troops based in Syria were attacked" were hit where they are based.
_BASE_BEFORE = re.compile(r"(?i)\b(?:based|headquartered)\s+in\s+(?:the\s+)?$")
_DOER_GAP = re.compile(r"(?i)(?:\s*,)?\s+(?:(?:have|has|had|reportedly|allegedly|also|then|later|again|on\s+[A-Z][a-z]+)"
                       r"\s+){0,3}(?:(?:launched|carried\s+out|staged|mounted|claimed)\s+(?:an?|the)\s+(?:[\w-]+\s+)?)?")


# (the doer's verb, for a sentence told before: "... based in Malia killed 12 soldiers. Troops later arrested three")
_DOER_VERB = re.compile(r"(?:[a-z]+ed|struck|shot|hit|seized|took|blew|overran|fought|stole)\b")


# "BAGHDAD - US forces based in Syria killed an Islamic State leader": ground forces garrisoned abroad act where they
# are garrisoned (a deployment, unlike a group's hideout across a border); aircraft and drones are left out, they
# strike far from their base
_GARRISON_BEFORE = re.compile(r"(?i)\b(?:forces|troops|soldiers|marines|commandos|peacekeepers|contingents?|garrisons?|"
                              r"battalions?|brigades?|units)\s+(?:based|stationed|deployed)\s+in\s+(?:the\s+)?$")


def _doer_base(text: str, p: Place, trigger: Trigger | None) -> bool:
    return trigger is not None and p.resolution == 1 and p.end <= trigger.start \
        and _BASE_BEFORE.search(text, max(0, p.start - 30), p.start) is not None \
        and _GARRISON_BEFORE.search(text, max(0, p.start - 50), p.start) is None \
        and _DOER_GAP.fullmatch(text, p.end, trigger.start) is not None


def _based_doer(text: str, p: Place) -> bool:
    """`p` is the country an acting party is based in, whatever the trigger (see `_doer_base`)."""
    if p.resolution != 1 or _BASE_BEFORE.search(text, max(0, p.start - 30), p.start) is None \
            or _GARRISON_BEFORE.search(text, max(0, p.start - 50), p.start) is not None:
        return False
    gap = _DOER_GAP.match(text, p.end)
    return gap is not None and _DOER_VERB.match(text, gap.end()) is not None


# "... during a raid in the Jenin refugee camp, the Palestinian Health Ministry in Ramallah said": after the
# trigger, a place in the attribution tells where the source is, not where the event happened; so does one in
# what a party said about it (", saying they acted in support of Palestinians in Gaza")
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|reported|confirmed|announced|added)\b")
_SOURCE_BEFORE = re.compile(r"(?:,\s+|\baccording\s+to\s+)(?:the\s+|an?\s+)?(?:[\w.'\u2019-]+\s+){0,5}?(?:in|from)\s+$")
_ACCORDING_BEFORE = re.compile(r"(?i)\baccording\s+to\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,5}?(?:in|from)\s+$")
_SPEECH_BREAK = re.compile(r",\s+(?:saying|claiming|adding|arguing|insisting|alleging)\b")
# ("... were killed, a military officer told The Associated Press by phone from Baidoa": where a source speaks from)
_TOLD_FROM = re.compile(r"(?i)\b(?:told|said|says|speaking|spoke|reached)\s+(?:[\w.'\u2019-]+\s+){0,5}?from\s+"
                        r"(?:the\s+)?$")


# "shot down 41 of 58 drones launched overnight from Russia's Kursk and Bryansk regions and from occupied Crimea":
# after a trigger other than the launch, where what it met was launched from is an origin, not the event's place
# ("shot down 10 drones launched by Ukraine": who launched them is their origin too)
_LAUNCHED_FROM = re.compile(r"\b(?:launched|fired)\b[^.;:]{0,60}?\b(?:from|by)\s+(?:(?:the|occupied|annexed|and|from|"
                            r"[A-Z][\w'\u2019-]*|regions?|areas?|provinces?|oblasts?)\s+)*$")


# "Thailand deported 40 Uyghurs to China", "Malaysia expelled 200 Myanmar nationals to Yangon", "people fled to
# Chad": where people are sent back or flee to is a destination; the deed is done where they are sent from
# (deployments, "sent troops to X", and evacuations, which stay in the area, are not among these verbs)
_SEND_AWAY = re.compile(r"(?i)(?:deport|expel|extradit|repatriat|return|fled|flee)\w*")
# (goods airlifted or flown "to Dilling" are delivered there: not a destination in this sense)
_TO_DESTINATION = re.compile(r"\s+(?:[^.;:,]{0,60}?\s+)?(?:back\s+|home\s+)?to\s+(?:the\s+)?"
                             # ("returning to Pakistan, Bangladesh or Nigeria": every member of the list)
                             r"(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}(?:,\s+|,?\s+(?:and|or)\s+))*"
                             r"(?:(?:port|city|town|capital|village|island|region|province)\s+of\s+(?:the\s+)?)?"
                             r"(?:(?:north|south|east|west|central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+)?$")


# ("residents have begun returning to Omdurman": people going home arrive there; only "returned 300 migrants to X",
# with an object, sends someone away)
_RETURN_HOME = re.compile(r"(?i)return\w*(?=\s+(?:back\s+|home\s+)?to\b)")


# "a convoy bound for Timbuktu was ambushed near Niono", "trucks heading towards Kandahar were seized in Ghazni": where
# the people or goods were going is not where they were stopped or attacked
_MOVEMENT_GOAL = re.compile(r"(?i)\b(?:(?:bound|headed|destined)\s+(?:for|to|towards?)|(?:heading|travell?ing|driving|"
                            r"sailing|flying|moving|marching|returning|en\s+route|on\s+(?:its|their|his|her|the)\s+way)"
                            r"\s+(?:back\s+)?(?:to|for|towards?|into)"
                            r"|carrying\s+(?:[\w'-]+\s+){1,4}?(?:to|for|into))\s+(?:the\s+)?"
                            r"(?:(?:north|south|east|west|central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+)?$")


def _movement_goal(text: str, p: Place, trigger: Trigger | None) -> bool:
    """The place is where something was going, named in a phrase apart from the trigger (not the trigger's own
    movement: "marched towards the capital" is a march there)."""
    m = _MOVEMENT_GOAL.search(text, max(0, p.start - 60), p.start)
    return m is not None and (trigger is None or not (m.start() <= trigger.start < p.start))


def _destination(text: str, p: Place, trigger: Trigger | None) -> bool:
    return trigger is not None and p.start >= trigger.end and p.start - trigger.end <= 80 \
        and _SEND_AWAY.fullmatch(trigger.text) is not None and _TO_DESTINATION.fullmatch(text, trigger.end, p.start) \
        is not None and not _CLAUSE_BREAK.search(text, trigger.end, p.start) \
        and _RETURN_HOME.match(text, trigger.start) is None


def _launched_from(text: str, p: Place, trigger: Trigger | None) -> bool:
    if trigger is None or p.start < trigger.end:
        return False
    if _LAUNCH.search(trigger.text):
        return _downed_after_launch(text, p, trigger)
    return _LAUNCHED_FROM.search(text, max(trigger.end, p.start - 120), p.start) is not None


# "Russia fired 40 drones from Kursk and Primorsko-Akhtarsk, and air defences downed 30 over Odesa and Mykolaiv": the
# weapons of a strike on another country are placed where they came down, as the shoot-down is; the launch site stays
# the place of a launch told alone (a test, a drill: "test-fired a missile from the Pyongyang area")
_DOWNED_OVER = re.compile(r"(?i)\b(?:shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed)\b[^.;]{0,80}?"
                          r"\bover\s+(?:the\s+)?(?-i:[A-Z])")
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+(?:(?:the|occupied|annexed|and|[A-Z][\w'\u2019-]*|regions?|areas?|"
                          r"provinces?|oblasts?)\s+)*$")


def _downed_after_launch(text: str, p: Place, trigger: Trigger) -> bool:
    return _FROM_BEFORE.search(text, max(trigger.end, p.start - 80), p.start) is not None \
        and _DOWNED_OVER.search(text, p.end, _sentence_end(text, p.end)) is not None


def _source_or_speech(text: str, p: Place, trigger: Trigger | None) -> bool:
    if trigger is None or p.start < trigger.end:
        return False
    return _attribution(text, p, trigger) or _SPEECH_BREAK.search(text, trigger.end, p.start) is not None


def _attribution(text: str, p: Place, trigger: Trigger) -> bool:
    """`p`, after the trigger, is where the deed's source is ("..., a police spokesman in Maiduguri said")."""
    lo = max(trigger.end, p.start - 60)
    return (_SAID_AFTER.match(text, p.end) is not None and _SOURCE_BEFORE.search(text, lo, p.start) is not None) \
        or _ACCORDING_BEFORE.search(text, lo, p.start) is not None or _TOLD_FROM.search(text, lo, p.start) is not None


# "imposed asset freezes on ... companies in China": a sanction is decided where its authors sit; the places of
# its targets, named after "on/against" in its clause, are not where it happened
_SANCTION_WORD = re.compile(r"(?i)(?:sanction\w*|freez\w*|froze|frozen|bans?|banned|blacklist\w*|embargo\w*|"
                            r"designat\w*|listing|suspend\w*|suspension|revok\w*|revocation|warrants?|indict\w*)")
# "The International Criminal Court issued an arrest warrant for a militia leader over crimes in Darfur": a warrant or
# an indictment is issued where the court sits
_ISSUED_WARRANT = re.compile(r"(?i)\s+(?:an?\s+|the\s+)?(?:international\s+|new\s+)?(?:arrest\s+)?"
                             r"(?:warrants?|indictments?)\b")
_SANCTION_TARGET = re.compile(r"(?i)\b(?:on|against|targeting)\b")
# ... the place must belong to a target noun ("companies in China and the United Arab Emirates"); "sanctions
# against 16 people on the same day in Washington" names where they were announced
_TARGET_IN = re.compile(
    r"(?i)\b(?:companies|firms|entities|individuals|banks|businesses|people|persons|officials|groups|vessels|"
    r"tankers|ships|suppliers|traders|networks|organi[sz]ations)\s+(?:based\s+|registered\s+|located\s+)?"
    r"(?:in|from)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?)*$")


# "imposed sanctions on two RSF commanders over atrocities in El Fasher", "sanctioned settler leaders for violence in
# the West Bank", "officials it accuses of deporting children from Kherson", "a network that supplied missiles used in
# attacks in the Red Sea": the reason for a sanction tells the targets' deeds, done elsewhere and earlier; where the
# sanction was decided is its authors' seat (the dateline, or no place at all)
# ("banned rallies for a week in Dhaka": a span of time is no reason)
_SANCTION_REASON = re.compile(r"(?i)\b(?:over|because\s+of|citing|cited|accus\w*|responsible|involved|linked|tied|"
                              r"connected|used|behind|blam\w*|suspected|role|complicit\w*|participat\w*|"
                              r"in\s+connection\s+with|in\s+response\s+to|"
                              r"for(?!\s+(?:a|an|one|two|three|four|five|six|seven|ten|\d+|several|the\s+next|another|"
                              r"up\s+to|at\s+least)\s+(?:[\w-]+\s+)?(?:hours?|days?|nights?|weeks?|months?|years?)\b))\b")
# (a speech verb after the reason names where the sanction was announced: "..., the ministry said in Kyiv")
_SANCTION_VENUE = re.compile(r"(?i)\b(?:said|says|announced|told|stated|statement|news\s+conference)\b")


def _sanction_target(text: str, p: Place, trigger: Trigger | None) -> bool:
    # (a trigger of several words, "imposed sanctions" or "froze the assets", is a sanction by any of its words)
    if trigger is None or p.start < trigger.end \
            or not (any(_SANCTION_WORD.fullmatch(w) for w in trigger.text.split())
                    or _ISSUED_WARRANT.match(text, trigger.end) is not None):
        return False
    if _SANCTION_TARGET.search(text, trigger.end, p.start) is not None \
            and _TARGET_IN.search(text, max(trigger.end, p.start - 80), p.start) is not None:
        return True
    reason = _SANCTION_REASON.search(text, trigger.end, p.start)
    return reason is not None and _SANCTION_VENUE.search(text, reason.end(), p.start) is None


# "A source in Ukraine's SBU security service told Reuters its drones had hit the refinery": a country written as the
# owner of the body that speaks, before the speech verb that frames the trigger, is the speaker's own country, not
# where the reported deed happened ("North Korea's military fired a missile", with no speech verb, keeps it)
_OWNED_BODY = re.compile(
    r"['\u2019]s\s+(?:(?:[A-Z][\w.&-]*|[a-z][\w-]*)\s+){0,3}?"
    r"(?i:military|army|navy|air\s+force|(?:armed\s+)?forces|government|ministry|security\s+services?|"
    r"intelligence|police|parliament|embassy|mission|junta|regime|cabinet|presidency|agency|service|guards?|"
    r"party|command|corps|spokes(?:man|woman|person)|officials?|authorities|media)\b")
_SPEECH_VERB = re.compile(r"(?i)\b(?:said|says|told|tells|reported|reports|claimed|claims|announced|announces|"
                          r"confirmed|confirms|stated|added|wrote|posted)\b")


def _speech_frame(text: str, sentence: Sentence, trigger: Trigger) -> tuple[int, int]:
    """(end of the speaking body's span, end of the frame): a speech verb before the trigger ("Chad's foreign
    ministry said it would ...") closes the speaker's span; without one the trigger does."""
    said = _SPEECH_VERB.search(text, sentence.start, trigger.start)
    return (said.start(), said.end()) if said is not None else (trigger.start, trigger.end)


def _speaker_owner(text: str, p: Place, trigger: Trigger | None) -> bool:
    if trigger is None or p.end > trigger.start or (p.resolution or 0) != 1:
        return False
    m = _OWNED_BODY.match(text, p.end)
    return m is not None and m.end() <= trigger.start \
        and _SPEECH_VERB.search(text, m.end(), trigger.start) is not None


# "Ukraine and Russia exchanged 150 prisoners, Kyiv said", "North Korea fired two missiles, according to Seoul",
# "Moscow said Ukrainian drones struck an oil depot": a capital that speaks stands for its government, not for
# where the deed it reports happened; the deed is known only to the speaker's country (ACLED's country level)
_SPEAKER_BEFORE = re.compile(r"(?:,\s+|\baccording\s+to\s+)$")
_ACCORDING_NEXT = re.compile(r"(?i)\baccording\s+to\s+$")
_SPEAKER_AFTER = re.compile(r"\s+(?:(?:also|later|earlier|previously|has|had|have)\s+)?(?:said|says|told|tells|"
                            r"reported|reports|claimed|claims|confirmed|confirms|announced|announces|stated|added)\b")
# ("Kyiv said Russian missiles hit the capital overnight": the capital speaks of itself, and is the scene)
_CITY_ITSELF = re.compile(r"(?i)\bthe\s+(?:capital|city)\b")
# ("Washington said it had suspended a joint exercise": the capital tells of its own decision, taken at home)
_OWN_DEED = re.compile(r"(?i)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?(?:it|its)\b")
_SENTENCE_OPEN = re.compile(r"[\s\"'\u201c\u2018]*(?:(?:But|And|Meanwhile|Separately|Earlier|Later),?\s+)?$")
# "police told the Jakarta Post", "the Kathmandu Post reported": a city naming an outlet is where the paper is
# printed, nothing of the deed it reports
_OUTLET_HEAD = re.compile(r"[ \t]+(?:Post|Times|Tribune|Herald|Independent|Journal|Gazette|Chronicle|Observer|"
                          r"Telegraph|Courier|Dispatch|Inquirer|Daily|Morning\s+Post|Star-Tribune)\b")


def _speaking_capital(text: str, sentence: Sentence, p: Place, trigger: Trigger | None, stated: bool) -> bool:
    """`p` is a capital written as the speaker of what the sentence reports (after the deed: ", Kyiv said",
    "according to Kyiv"; before it, opening the sentence: "Moscow said Ukrainian drones ..."); never when the
    event is the capital's own word ("Kyiv said it would retaliate" is said in Kyiv)."""
    if trigger is None or p.feature_code != "PPLC" or not sentence.start <= p.start < sentence.end:
        return False
    if _CITY_ITSELF.search(text, trigger.end, sentence.end) is not None:
        return False
    # ("Moscow's defence ministry said": the capital owns the speaking body)
    body = _OWNED_BODY.match(text, p.end)
    end = body.end() if body is not None else p.end
    if p.start >= trigger.end:
        if _ACCORDING_NEXT.search(text, max(trigger.end, p.start - 15), p.start) is not None:
            return True
        return _SPEAKER_BEFORE.search(text, max(trigger.end, p.start - 15), p.start) is not None \
            and _SPEAKER_AFTER.match(text, end) is not None
    said = _SPEAKER_AFTER.match(text, end)
    return not stated and end <= trigger.start and _SENTENCE_OPEN.fullmatch(text, sentence.start, p.start) \
        is not None and said is not None and _SPEECH_VERB.search(text, end, trigger.start) is not None \
        and _OWN_DEED.match(text, said.end()) is None


# (a source: "told the Jakarta Post", "according to China Daily", "the Kathmandu Post reported"; the paper's own
# office, "the envelope was opened at the Midland Daily News offices", is a scene)
_OUTLET_BEFORE = re.compile(r"(?i)\b(?:told|to|by|cited|citing|quoting|quoted|in)\s+(?:the\s+)?$")
_OUTLET_TAIL = re.compile(r"(?:[ \t]+[A-Z][\w'-]*){0,2}")


def _outlet(text: str, sentence: Sentence, p: Place) -> bool:
    """`p` names an outlet cited as the source of the event's sentence."""
    head = _OUTLET_HEAD.match(text, p.end)
    if head is None or not sentence.start <= p.start < sentence.end:
        return False
    tail = _OUTLET_TAIL.match(text, head.end())
    return _OUTLET_BEFORE.search(text, max(sentence.start, p.start - 20), p.start) is not None \
        or (tail is not None and _SPEAKER_AFTER.match(text, tail.end()) is not None)


def _speaker_or_outlet(text: str, sentence: Sentence, trigger: Trigger | None, places: Sequence[Place],
                       stated: bool) -> tuple[list[Place], list[Place]]:
    """(the places left, the speaking capitals): each outlet's city and each speaking capital left out."""
    speakers = [p for p in places if _speaking_capital(text, sentence, p, trigger, stated)]
    return [p for p in places if p not in speakers and not _outlet(text, sentence, p)], speakers


# "UNITED NATIONS - The Security Council extended the mission in South Sudan": a place that qualifies the standing
# state of affairs a verb acts on (a mission, a war, a crisis) is its topic, not where the act happened; deeds of
# fighting ("ended the siege in X" aside) keep their own rules
# ("expressed concern about the situation in northern Myanmar", "said it was alarmed by the fighting in X": what a
# word of concern is about)
_TOPIC_OBJECT = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:about|over|at|on)\s+(?:the|its|their|a|an)\s+"
                           r"(?:[\w'-]+\s+){0,3}?(?:missions?|war|conflict|crisis|situation|peace\s+process)\s+in\s+"
                           r"(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$"
                           r"|\s+(?:[\w'-]+\s+){0,3}?(?:concern(?:ed|s)?|worr(?:y|ied|ies)|alarm(?:ed)?|dismay(?:ed)?)\s+"
                           r"(?:about|over|at|by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,3}?(?:in|across)\s+"
                           r"(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$"
                           r"|\s+(?:the|its|their|a|an)\s+(?:[\w'-]+\s+){0,3}?(?:missions?|war|conflict|crisis|"
                           r"situation|peace\s+process)\s+in\s+(?:the\s+)?$")


def _after_trigger(trigger: Trigger | None, p: Place, reach: int) -> TypeGuard[Trigger]:
    """The place follows the trigger within `reach` characters."""
    return trigger is not None and p.start > trigger.end and p.start - trigger.end <= reach


def _topic_object(text: str, p: Place, trigger: Trigger | None) -> bool:
    return _after_trigger(trigger, p, 60) \
        and _TAKE_VERB.fullmatch(trigger.text) is None and _ATTACK_WORD.fullmatch(trigger.text) is None \
        and _TOPIC_OBJECT.fullmatch(text, trigger.end, p.start) is not None


# "said it was in touch with Balochistan authorities", "in contact with Kabul", "in talks with Chad": the other party of
# talks or contacts, not where anything happened ("in touch with" is no "in X")
_TALK_PARTY = re.compile(r"(?i)\b(?:(?:in|into|kept|keep|keeping|stay(?:ed|s|ing)?)\s+(?:close\s+|constant\s+|"
                         r"regular\s+|direct\s+)?(?:touch|contact)|talks|consultations?|contacts?|"
                         r"coordinat(?:ing|ed|es|e|ion)|cooperat(?:ing|ed|es|e|ion)|liais(?:ing|ed|es|e|on))\s+with\s+"
                         # ("in contact with Afghan authorities in Kabul": the party's seat)
                         r"(?:the\s+)?(?:(?:[\w-]+\s+)?(?:authorities|officials|government|leaders|counterparts)\s+"
                         r"(?:in|of)\s+)?$")


# "in talks with Eritrea over the border town of Badme", "opened talks with Somalia over the maritime zone off Kismayo":
# what talks are about is their topic, not where they are held ("talks with Chad over security in N'Djamena" may say
# where: a place after a locative word is left to the other rules)
_TALK_TOPIC = re.compile(r"(?i)\b(?:talks|negotiations|negotiating|consultations?|dialogue|contacts)\s+with\s+"
                         r"[^.;:()]{1,60}?\s(?:over|about|on|regarding)\s+(?:the\s+)?"
                         r"(?:(?!(?:in|at|near|inside|outside|into|to|from)\b)[\w'-]+\s+){0,5}$")


def _talk_party(text: str, p: Place) -> bool:
    return _TALK_PARTY.search(text, max(0, p.start - 60), p.start) is not None \
        or _TALK_TOPIC.search(text, max(0, p.start - 140), p.start) is not None


# "India condemned an attack on a Hindu temple in Chittagong", "the United States condemned the shelling of the Zamzam
# camp in North Darfur": the places of what a statement judges are its topic; the statement is made where its speaker
# is (a venue is not judged: "condemned the attack in a statement from Islamabad", "in a speech in Kano")
# ("welcomed the delegation in Nairobi" is a host's deed there, and mourners gather somewhere: neither is judged)
# (the stems of censure, shared by the judging and the grievance words below)
_CENSURE = r"condemn|denounc|deplor|criticis|criticiz|decr[iy]|slam|lament|regrett?"
_JUDGE_WORD = re.compile(rf"(?i)(?:{_CENSURE}|prais|hail|applaud)\w*")
_JUDGED_OBJECT = re.compile(r"\s+(?:the|an?|this|that|these|those|its|their|his|her|[A-Z][\w-]*['\u2019]s)\s+"
                            r"[^.;:\n]{0,100}?$")
# (the nouns of an occasion a word is said at, shared by the venue tests below)
_VENUE_NOUNS = r"statements?|speech|remarks|address|message|interview|conference|visit|trip|meeting|briefing|session|" \
    r"summit|rally"
_VENUE_WORD = re.compile(rf"(?i)\b(?:{_VENUE_NOUNS}|speaking|post|posting)\b")


# "criticised Venezuela on Tuesday over the arrest of an opposition leader in Caracas", "summoned India's envoy over the
# killing of an activist in Surrey", "accused Russia of attacking a convoy near Kharkiv": what a party is judged,
# summoned, warned or accused over is the topic too; the word is said where its speaker is (the deed, when it is
# coded, keeps its own place)
_GRIEVANCE_WORD = re.compile(rf"(?i)(?:{_CENSURE}|rebuk|censur|chastis|chastiz|lambast|blast|castigat|reprimand|assail|"
                             r"berat|summon|lodg|protest|warn|accus|blam)\w*")
# (a protest is a word only when it is made to a party: "protested to Japan over ..."; people protesting over a
# killing protest where they are)
_PROTEST_TO = re.compile(r"(?i)protest\w*\s+(?:formally\s+|strongly\s+)?(?:to|with)\s")
_GRIEVANCE_OBJECT = re.compile(r"[^.;:\n]{0,80}?\s(?:over|for|about|regarding|of)\s+"
                               # (a time or a channel is no topic: "over the weekend", "over the phone")
                               r"(?!(?:the\s+)?(?:(?:past|last|next|coming|previous)\s+)?(?:weekend|phone|telephone|"
                               r"(?:few\s+|several\s+|two\s+|three\s+)?(?:days?|weeks?|months?|years?|hours?)|"
                               r"years|decades)\b)"
                               r"(?:the|an?|its|their|his|her|this|that|these|those|what|alleged|[A-Z][\w-]*['\u2019]s|"
                               r"[a-z]+ing)\s+[^.;:\n]{0,100}?$")
# "condemned the attack in a statement from Islamabad", "during a visit to Kano": a venue is where the word was said
# ("over a visit by lawmakers to the shrine in Tokyo" is what is judged)
# ("over an attack on a police post in X": only a post written in is a venue, "in a post on X")
_VENUE_PHRASE = re.compile(rf"(?i)\b(?:(?:in|during|at|on|via|from|through)\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
                           rf"(?:[\w-]+\s+){{0,2}}?(?:{_VENUE_NOUNS})|in\s+(?:a|an|the|his|her|its|their)\s+"
                           r"(?:[\w-]+\s+){0,2}?posts?|speaking)\b")


def _judged_object(text: str, p: Place, trigger: Trigger | None) -> bool:
    if not _after_trigger(trigger, p, 190) or _CLAUSE_BREAK.search(text, trigger.end, p.start):
        return False
    if p.start - trigger.end <= 110 and _JUDGE_WORD.fullmatch(trigger.text) is not None \
            and _JUDGED_OBJECT.fullmatch(text, trigger.end, p.start) is not None \
            and not _VENUE_WORD.search(text, trigger.end, p.start):
        return True
    return _GRIEVANCE_WORD.fullmatch(trigger.text) is not None \
        and (not trigger.text.lower().startswith("protest") or _PROTEST_TO.match(text, trigger.start) is not None) \
        and _GRIEVANCE_OBJECT.fullmatch(text, trigger.end, p.start) is not None \
        and not _VENUE_PHRASE.search(text, trigger.end, p.start)


# "rejected a proposal for talks in Geneva", "welcomed a plan for peace talks in Istanbul": the venue of proposed talks
# is the topic of the response; the response is made where its speaker is
_PROPOSED_VENUE = re.compile(r"(?i)\s+(?:the|its|their|his|her|a|an|any)\s+(?:[\w'-]+\s+){0,3}?(?:plan|proposal|call|"
                             r"offer|invitation|bid|push|initiative|request|idea|suggestion|demand)s?\s+(?:for|to|of)"
                             r"\s+(?:(?:hold|host|convene|resume)\s+)?(?:[\w'-]+\s+){0,3}?(?:talks|negotiations|"
                             r"dialogue|summit|meeting|conference|elections?|vote|referendum)\s+"
                             r"(?:(?:to\s+be\s+)?held\s+)?in\s+(?:the\s+)?$")


def _proposed_venue(text: str, p: Place, trigger: Trigger | None) -> bool:
    return _after_trigger(trigger, p, 100) \
        and _PROPOSED_VENUE.fullmatch(text, trigger.end, p.start) is not None


# "Congo's government accused Rwanda of backing the rebels and recalled its ambassador from Kigali": a place after a
# second verb joined by "and" belongs to that deed; a statement is not made there (deeds of force share their
# place: "killed three and wounded five in Kano")
_SECOND_VERB = re.compile(r"(?:,\s*|\s+)and\s+(?:then\s+|later\s+|also\s+|has\s+|have\s+|had\s+)?"
                          r"(?:[a-z]+ed|withdrew|sent|took|made|held|met|left|cut|broke|froze|shut|drew|gave|"
                          r"told|threw|sought|kept|put|set)\s")


def _second_deed(text: str, p: Place, trigger: Trigger | None, stated: bool) -> bool:
    # (a verb of saying reports the deeds after it: "police said gunmen stormed and looted a bank in X" is their own
    # business)
    return stated and trigger is not None and p.start > trigger.end \
        and _SPEECH_VERB.fullmatch(trigger.text) is None \
        and _SECOND_VERB.search(text, trigger.end, p.start) is not None


# "The ministers called on both sides to allow aid into Darfur", "urged donors to send vaccines to Goma": what a speaker
# asks others to do is the topic of the request, not where it was made; so is what a speaker warns others against
# doing ("warned Japan against sending warships near the Senkaku Islands"). The asked deed may name its own places on
# the way ("urged China to withdraw its vessels from Whitsun Reef in the Spratly Islands").
_REQUEST_WORD = re.compile(r"(?i)(?:urg|call|ask|appeal|press|demand|implor|warn)\w*")
_ASKED_DEED = re.compile(r"\b(?:to|against)\s+(?:[\w'-]+\s+){1,8}?(?:in|into|to|at|near|from|across|off|around)\s+"
                         r"(?:the\s+)?(?:[\w'-]+\s+){0,2}$")


def _asked_deed(text: str, p: Place, trigger: Trigger | None) -> bool:
    return _after_trigger(trigger, p, 120) \
        and _REQUEST_WORD.fullmatch(trigger.text) is not None \
        and _ASKED_DEED.search(text, trigger.end, p.start) is not None \
        and not _CLAUSE_BREAK.search(text, trigger.end, p.start)


# "vetoed a resolution that demanded a ceasefire in Sudan and the protection of civilians in El Fasher": the places
# of what a text demands are its topic, not where it was voted on or drafted
_DEMANDED = re.compile(r"(?i)\b(?:resolution|draft|text|bill|motion|proposal|declaration|petition)s?\b[^.;\"]{0,100}?"
                       r"\b(?:demand|call|urg|condemn|seek|sought|propos|requir)\w*\b[^.;]{0,160}$")


# "hanged four men convicted of spying for Israel", "jailed for fighting for Russia": the country a party served,
# not where the event happened
_BENEFICIARY = re.compile(r"(?i)\b(?:spy(?:ing)?|spied|spies|work(?:ing|ed)?|fight(?:ing)?|fought|collaborat(?:ing|ed)|"
                          r"mercenar(?:y|ies))\s+for\s+(?:the\s+)?$")


# "sanctions on Russia over its war in Ukraine", "protesters in London over the war in Gaza": the war a deed is
# about is its cause, not where the deed happened
_CAUSE_TOPIC = re.compile(r"(?i)\b(?:over|about|because\s+of)\s+(?:the|its|their|his|her|[A-Z][\w-]*['\u2019]s?)\s+"
                          r"(?:[\w'-]+\s+){0,2}?(?:war|invasion|conflict|occupation|offensive|annexation)\s+"
                          r"(?:in|of|on|against)\s+(?:the\s+)?$")


# "gathered outside Parliament House, holding banners accusing Indonesian forces of abuses in Papua": what a
# banner or placard says is its topic, not where the people holding it are
_SLOGAN = re.compile(r"(?i)\b(?:banners?|placards?|signs?|posters?|slogans?)\s+(?:that\s+)?(?:read(?:ing)?|said|saying|"
                     r"accus\w+|call\w*|demand\w*|denounc\w+|condemn\w+|urg\w+|protest\w*)\b[^.;:]{0,100}$")


def _beneficiary(text: str, p: Place) -> bool:
    return _BENEFICIARY.search(text, max(0, p.start - 30), p.start) is not None or \
        _CAUSE_TOPIC.search(text, max(0, p.start - 60), p.start) is not None or \
        _SLOGAN.search(text, max(0, p.start - 140), p.start) is not None


@lru_cache(maxsize=4096)  # asked again for every event of the article: (text, place) decides it
def _demanded(text: str, p: Place) -> bool:
    start = next((s for s, e in reversed(_sentence_spans(text)) if s <= p.start), 0)
    return _DEMANDED.search(text, max(start, p.start - 260), p.start) is not None


def _within(p: Place, area: Place) -> bool:
    """`p` is a more specific place inside `area`, a country or a province."""
    if (p.resolution or 0) <= (area.resolution or 0) or p.country_code != area.country_code:
        return False
    # (an area holds the areas cut out of it later: Baalbek, filed under Baalbek-Hermel, lies in "the Bekaa")
    return area.resolution == 1 or (area.resolution == 2
                                    and area_holds(area.country_code, area.province, p.province))


_RELATIVE = re.compile(r"(?i)\b(?:who|whom|whose|which)\b")


# "detained protesters who tried to enter the court building in Kragujevac": what the object was trying to do when
# the event happened is where it happened (unlike "struck militants who had fired rockets at X", an earlier deed)
_ATTEMPT = re.compile(r"(?i)(?:who|which)\s+(?:had\s+)?(?:tried|attempted|sought|(?:were|was)\s+trying)\s+to\b")


def _in_relative(text: str, p: Place, trigger: Trigger | None) -> bool:
    if trigger is None or p.start < trigger.end:
        return False
    m = _RELATIVE.search(text, trigger.end, p.start)
    return m is not None and not (_ATTEMPT.match(text, m.start()) and _RELATIVE.search(text, m.end(), p.start) is None
                                  and _CLAUSE_BREAK.search(text, m.end(), p.start) is None)


# "President Ruto visited Mai Mahiu", "Barrot, visiting Beirut, met Salam": a visit's object is where the visitor is
_VISIT = re.compile(r"(?i)\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)\s+(?:the\s+)?"
                    r"(?:(?:city|town|village|region|province|capital|port|site|scene)\s+of\s+(?:the\s+)?)?$")


# "its Okpo shipyard on Geoje island", "on the Kinmen islands": "on" locates an island
_ON = re.compile(r"(?i)\bon\s+(?:the\s+)?$")
_ISLAND_AFTER = re.compile(r"\s+(?:island|islands|isle|atoll)\b", re.IGNORECASE)


def _on_island(text: str, p: Place) -> bool:
    return _ON.search(text, max(0, p.start - 8), p.start) is not None and (
        _ISLAND_AFTER.match(text, p.end) is not None or (p.feature_code or "").startswith("ISL"))


# "Insurgents entered Mocimboa da Praia in northern Mozambique and seized the port": a trigger joined by "and" to an
# earlier verb of taking or entering a place shares that verb's object as its place
_JOINED_VERB = re.compile(r"\s+and\s+(?:then\s+|later\s+|briefly\s+)?$")
_WORD = re.compile(r"[A-Za-z]+")


def _first_verb_object(text: str, p: Place, sentence: Sentence, trigger: Trigger | None) -> bool:
    if trigger is None or p.end > trigger.start or _JOINED_VERB.search(text, p.end, trigger.start) is None \
            or _CLAUSE_BREAK.search(text, p.end, trigger.start):
        return False
    return any(_TAKE_VERB.fullmatch(m.group(0)) and _object_of(text, p, Trigger(m.start(), m.end(), m.group(0)))
               for m in _WORD.finditer(text, max(sentence.start, p.start - 40), p.start))


# "Sucre, the constitutional capital of Bolivia", "Kabwe, a town in central Zambia": the area in an apposition after
# a place is that place's parent; its "capital of"/"in" locates nothing of the event
_APPOSED_PARENT = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,3}?(?:capital|city|town|village|port|seat|hub)\s+"
                             r"(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?"
                             r"(?:-?(?:east|west)(?:ern)?)?\s+)?$")


def _apposed_parent(text: str, p: Place, places: Sequence[Place]) -> bool:
    return any(q.end <= p.start and _APPOSED_PARENT.fullmatch(text, q.end, p.start) and _within(q, p)
               for q in places if q is not p)


# "kidnapped 12 passengers on the Abuja-Kaduna highway", "along the Maiduguri-Damboa road": a road named by the towns it
# joins is at the first of them (a road named "to X" ends there: see `_destination`)
_ROAD_BEFORE = re.compile(r"(?i)\b(?:on|along|off|near|at)\s+the\s+(?:(?-i:[a-z]+)\s+)?$")
_ROAD_AFTER = re.compile(r"-[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?i:highway|road|expressway|motorway|freeway|route|"
                         r"railway|rail\s+line|pipeline|corridor)\b")


def _on_road(text: str, p: Place) -> bool:
    return _ROAD_AFTER.match(text, p.end) is not None and _ROAD_BEFORE.search(text, max(0, p.start - 30),
                                                                             p.start) is not None


def _locative(text: str, p: Place, sentence: Sentence, trigger: Trigger | None = None) -> bool:
    if _LOCATIVE.search(text, max(sentence.start, p.start - 40), p.start) \
            or _VISIT.search(text, max(sentence.start, p.start - 40), p.start) or _on_island(text, p) \
            or _on_road(text, p):
        return True
    if trigger is not None and 0 <= p.start - trigger.end <= 40 and _ATTACK_WORD.fullmatch(trigger.text) \
            and _TARGET.search(text, trigger.end, p.start):
        return True
    if trigger is not None and 0 <= p.start - trigger.end <= 40 and _NOUN_TARGET.search(text, trigger.end, p.start):
        return True
    if _object_of(text, p, trigger) or _first_verb_object(text, p, sentence, trigger):
        return True
    return bool(trigger is not None and _LAUNCH.search(trigger.text)
                and _FROM.search(text, max(sentence.start, p.start - 40), p.start))


def _same_clause(text: str, p: Place, trigger: Trigger | None) -> bool:
    return _same_clause_span(text, p.start, p.end, trigger)


# "detained Qandil, who was premier under Mursi, at his home in Alexandria", "attacked the convoy, which was carrying
# aid, near Kauda": a relative clause set off by two commas describes the object; the locative right after the closing
# comma goes on with the deed's own clause
_ENCLOSED_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;()\u2014]{1,100},"
                                r"(?=\s+(?:at|in|near|outside|inside|off|on)\s)")
# "clashed with guerrillas who had crossed from Colombia near Guasdualito": a relative clause telling only where a
# party came over from leaves the locative after it to the deed (the crossing was there too); the origin itself is
# still not where the deed was
_CROSSED_RELATIVE = re.compile(r"\s+(?:who|that)\s+(?:had\s+|have\s+)?(?:crossed|come|came|fled|slipped|infiltrated|"
                               r"sneaked|strayed)\s+(?:(?:over|across|back)\s+)?(?:the\s+border\s+)?"
                               r"(?:(?:from|into|in)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,3}){1,2}"
                               r"(?=(?:near|at|outside|around|close\s+to)\s)")

# "Troops killed a commander who led the massacre in Gwoza during a raid near Dikwa": the relative clause tells of the
# party's past deed; the raid or operation after it is the occasion of the trigger's own deed (troops kill and capture
# in their raids), so its place is the deed's, also after a comma ("jihadists who had attacked Niono, in a raid near
# Dogofry"). ("killed the commander who led the attack in Baga near Monguno" names no such occasion: "near Monguno"
# says where Baga is, and the killing's place stays unsaid.)
_OPERATION_RELATIVE = re.compile(r"\s+(?:who|that|which)\s+[^,;()\u2014]{1,100}?,?\s+"
                                 r"(?=(?:during|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:raids?|operations?|sweeps?|"
                                 r"ambush|clash|gunfight|shootout|swoop|crackdown|offensive)\s+(?:on|near|at|in|outside|"
                                 r"around|close\s+to)\s)")

# "arrested a man who had shot a polio worker in Bannu at a checkpoint in Kohat": the relative clause's deed has its
# own place already; a second site with its own town after it ("at a checkpoint in", "in a house near") is the main
# deed's, as one deed is not in two towns
_PLACED_RELATIVE = re.compile(r"\s+(?:who|that|which)\s+[^,;()\u2014]{1,100}?\s(?:in|at)\s+(?:the\s+)?"
                              r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+"
                              r"(?=(?:at|in)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:in|near|outside)\s)")


# "ABUJA - Troops killed 25 Boko Haram fighters who attacked a base in Borno state": the object's own attack, told in
# the simple past right after it, is the fight in which the trigger's deed happened (troops kill or repel attackers
# as they attack), so its place is the deed's. An earlier deed ("who had attacked", "who led the attack in Baga")
# stays the party's description.
_SCENE_RELATIVE = re.compile(r"\s+(?:who|that)\s+(?:(?:allegedly|reportedly|had\s+)?(?:tried|attempted)\s+to\s+(?:attack|"
                             r"raid|storm|ambush|overrun|invade)|attacked|raided|stormed|ambushed|overran|invaded|"
                             r"(?:were|was)\s+(?:attacking|raiding|storming|ambushing)"
                             # "arrested 12 protesters who blocked a road in Arlington": a protest's own act, which the
                             # police met as it went on
                             r"|blocked|occupied|barricaded|marched|rallied|gathered|protested|demonstrated|picketed|"
                             r"(?:were|was)\s+(?:blocking|occupying|marching|rallying|gathering|protesting|"
                             r"demonstrating|picketing))\s+[^,;()\u2014]{1,80}?\s"
                             r"(?=(?:in|near|at|outside|around|on\s+the\s+outskirts\s+of)\s)")



# Deeds done to attackers in the fight itself ("killed", "repelled", "captured"); a later deed of another setting
# ("sentenced two men who attacked a church in Kaduna": in court) is not placed at the attack
_SCENE_DEED = re.compile(r"(?i)(?:kill|shot|shoot|gunned|repel|repuls|neutrali[sz]|eliminat|captur|arrest|apprehend|"
                         r"nab|wound|injur|fought|fight|clash|engag|overpower|foil|thwart|intercept|beat|drove|"
                         r"push|chas|detain|dispers|remov|evict)\w*")


def _scene_relative(text: str, lo: int, hi: int, trigger: Trigger) -> re.Match[str] | None:
    """The object's attack before the place at `hi` (see `_SCENE_RELATIVE`), unless a second site with its own town
    follows the clause's place ("who attacked a bus in Gwoza at a hideout near Dikwa"): that site is the deed's."""
    if not _SCENE_DEED.fullmatch(trigger.text):
        return None
    m = _SCENE_RELATIVE.search(text, lo, hi)
    return m if m is not None and _PLACED_RELATIVE.match(text, m.start()) is None else None


def _same_clause_span(text: str, start: int, end: int, trigger: Trigger | None) -> bool:
    if trigger is None:
        return True
    lo, hi = (trigger.end, start) if start >= trigger.end else (end, trigger.start)
    if start >= trigger.end:
        aside = _ENCLOSED_RELATIVE.search(text, lo, hi) or _CROSSED_RELATIVE.search(text, lo, hi) \
            or _OPERATION_RELATIVE.search(text, lo, hi) or _PLACED_RELATIVE.search(text, lo, hi) \
            or _scene_relative(text, lo, hi, trigger)
        if aside is not None:
            return not _CLAUSE_BREAK.search(text, lo, aside.start()) and not _CLAUSE_BREAK.search(text, aside.end(), hi)
    return not _CLAUSE_BREAK.search(text, lo, max(lo, hi))


_WHEN = re.compile(r"(?i)\bwhen\b")
_AFTER = re.compile(r"(?i)\bafter\b")


def _when_clause(text: str, p: Place, trigger: Trigger | None, said: bool = False) -> bool:
    """"A soldier was killed on Tuesday when forces opened fire on positions near the village of Sotk": a
    when-clause right after the trigger tells how the event happened, so its places are the event's.
    "Gunmen kidnapped two engineers on Sunday after residents surrounded a patrol near the town of El Plateado": an
    after-clause right after a deed done on the spot (no word, no attack launched from afar) tells what led to it
    there; its places are the deed's when its own clause names none (the caller asks only then)."""
    if trigger is None or p.start < trigger.end:
        return False
    breaks = list(_CLAUSE_BREAK.finditer(text, trigger.end, p.start))
    if len(breaks) != 1:
        return False
    if _WHEN.fullmatch(breaks[0].group(0)) is not None:
        return breaks[0].start() - trigger.end <= 30
    return _AFTER.fullmatch(breaks[0].group(0)) is not None and breaks[0].start() - trigger.end <= 60 \
        and not said and _ATTACK_WORD.fullmatch(trigger.text) is None and _LAUNCH.search(trigger.text) is None


# ", killing four people in the city of Dnipro": the clause telling what an attack did, where its toll fell
_TOLL_CLAUSE = re.compile(r",\s+(?:(?:also|further)\s+)?(?:killing|wounding|injuring|leaving|damaging|destroying|"
                          r"hitting|setting|sparking|starting|causing|cutting|knocking)\b")


def _toll_place(text: str, sentence: Sentence, trigger: Trigger | None, in_sent: Sequence[Place]) -> Place | None:
    """"Russia launched 80 drones at Ukraine overnight, killing four people in the city of Dnipro", "Israeli jets
    struck Lebanon, killing three in Tyre": an attack told against a country or province lands where its toll fell,
    a place its result clause locates inside every area the attack's own clause names."""
    if trigger is None or not (_ATTACK_WORD.fullmatch(trigger.text) or _TAKE_VERB.fullmatch(trigger.text)
                               or _LAUNCH.fullmatch(trigger.text)):
        return None  # ("blocked highways across Colombia, leaving vehicles stranded near Bucaramanga": not a toll)
    toll = _TOLL_CLAUSE.search(text, trigger.end, sentence.end)
    if toll is None:
        return None
    # "Gunmen attacked a bus carrying pilgrims who were returning from Najaf, killing six people near Samarra": a
    # relative clause on the object does not cut the toll from the attack (any other clause does)
    breaks = list(_CLAUSE_BREAK.finditer(text, trigger.end, toll.start()))
    if breaks and (not all(_RELATIVE.fullmatch(b.group()) for b in breaks) or _said_before(text, toll.start())):
        return None
    # (not the attacker: "Russia launched ..." names a party)
    # (nor where the victims came from: "bombed a monastery sheltering villagers displaced from Sagaing, killing 18
    # people in Mandalay region")
    areas = [p for p in in_sent if p.end <= toll.start() and _same_clause(text, p, trigger)
             and (p.start >= trigger.end or not _attributive(text, p))
             and not _FROM.search(text, max(0, p.start - 40), p.start)]
    # (an attack spread "across Ukraine" stays over the whole area)
    if any((p.resolution or 0) > 2 or _SPREAD.search(text, max(0, p.start - 50), p.start) for p in areas):
        return None
    # an attack told with no place of its own lands where the toll clause puts it, like one told against an area
    # ("... killed a man who lived in Mosul, wounding ...": a place in the relative clause leaves the toll's place open)
    if not areas and any(trigger.end <= p.start < toll.start() and _locative(text, p, sentence) for p in in_sent):
        return None
    # (the toll clause's own places, up to the next clause)
    stop = _CLAUSE_BREAK.search(text, toll.end(), sentence.end)
    hi = stop.start() if stop is not None else sentence.end
    inside = [p for p in in_sent if toll.end() <= p.start < hi and _locative(text, p, sentence)
              and all(_within(p, a) for a in areas)]
    return _specific_then_close(inside, trigger) if inside else None


def _said_before(text: str, at: int) -> bool:
    """A reporting verb ends the words just before `at` ("..., police said, killing" is no toll of the deed)."""
    return _SAID_AFTER.search(text, max(0, at - 30), at) is not None


def _specific_then_close(places: Sequence[Place], trigger: Trigger | None) -> Place:
    def key(p: Place) -> tuple[float, int]:
        res = 0.5 if p.feature_code in WATER_FEATURES else float(p.resolution or 1)
        gap = 0 if trigger is None else (p.start - trigger.end if p.start >= trigger.end
                                         else trigger.start - p.end)
        return (res, -abs(gap))
    return max(places, key=key)


# Actions a country's forces carry out on their own ground or waters unless the text says otherwise:
# a missile launch, a weapons test, military drills.
_SELF_VERB = re.compile(r"(?i)\b(?:launch\w*|(?:test-)?fir(?:e|ed|es|ing)|test\w*|conduct\w*|h[eo]ld\w*|"
                        r"stag(?:e|ed|es|ing)|carr(?:y|ied|ies)|detonat\w*|drills?|exercises?)\b")
_SELF_OBJECT = re.compile(r"(?i)\b(?:missiles?|rockets?|ballistic|ICBMs?|satellites?|projectiles?|nuclear|"
                          r"warheads?|drills?|exercises?|maneuvers?|manoeuvres?|war\s*games?)\b")
_CAPS = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}")


# "fired two missiles at the city": an aimed action lands on a target named by a common noun (the place was named
# before), so it is not located in the firing country
_AIMED_AT = re.compile(r"(?i)\b(?:at|on|against|into|towards?)\s+(?:the|a|an|its|their|this|that)\s+"
                       r"(?:[\w'-]+\s+){0,2}?(?:city|town|village|capital|port|region|province|district|area|"
                       r"base|airport|building|neighbou?rhood|country|territory|frontline|front)\b")


_JOINT = re.compile(r"(?i)\b(?:joint|combined|bilateral|trilateral|multinational)\b")


def _actor_country(text: str, sentence: Sentence, trigger: Trigger | None, in_sent: Sequence[Place],
                   demonym: Callable[[str], str | None] | None) -> Location | None:
    """The country whose forces carry out a self-located action ("North Korea test-fired a missile",
    "Iranian forces held drills"), named before the trigger in its clause, as a country-level location."""
    window = min(sentence.end, trigger.end + 50) if trigger is not None else 0
    downing = trigger is not None and _downing(text, trigger, window)
    if (trigger is None or not (downing or (_SELF_VERB.search(trigger.text)
                                            and _SELF_OBJECT.search(text, trigger.start, window)))
            or _AIMED_AT.search(text, trigger.end, window)):
        return None  # "launched an offensive", "fired on protesters" happen elsewhere
    if _JOINT.search(text, trigger.start, window):
        return None  # "Philippine and Japanese forces hold joint exercises": no one country's ground
    # (a shoot-down's defender may be the speaker: "Ukraine's air force said it shot down 40 drones")
    before = [p for p in in_sent if p.end <= trigger.start and (downing or _same_clause(text, p, trigger))]
    countries = [p for p in before if p.resolution == 1 and (p.feature_code or "").startswith("PCL")]
    lo = sentence.start if downing else max(sentence.start, _clause_start(text, sentence.start, trigger.start))
    named = [(m, demonym(m.group(0))) for m in _CAPS.finditer(text, lo, trigger.start)] if demonym is not None else []
    # (two countries acting together stage it on neither's ground that the text shows)
    if len({p.country_code for p in countries} | {cc for _, cc in named if cc is not None}) > 1:
        return None
    if countries:
        return Location.from_place(countries[-1])
    for m, cc in reversed(named):
        if cc is not None:
            return Location(m.group(0), None, None, None, None, None, cc, "PCLI", 1, m.start(), m.end())
    return None


# "Russian air defences shot down 10 drones launched by Ukraine", "Ukraine's air force said it shot down 40 Russian
# drones": a shoot-down with no place of its own is over the defender's ground, the country its air defences or forces
# belong to (named before the trigger), not the country that launched what came down
_DOWN_VERB = re.compile(r"(?i)shot|downed|intercept(?:ed|s)?|destroyed|neutrali[sz]ed")
_DOWN_AFTER = re.compile(r"(?i)\s+(?:down\s+)?(?:[\w,'-]+\s+){0,5}?(?:drones?|UAVs?|missiles?|rockets?|jets?|"
                         r"aircraft|warplanes?|helicopters?|projectiles?)\b")
_DEFENDER = re.compile(r"(?i)\b(?:air[\s-]+defen[cs]es?|air\s+force|anti-aircraft|military|army|forces|navy|"
                       r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)\b")


def _downing(text: str, trigger: Trigger, window: int) -> bool:
    """The trigger downs or intercepts aircraft, drones or missiles, by forces the sentence names before it."""
    return _DOWN_VERB.fullmatch(trigger.text) is not None and _DOWN_AFTER.match(text, trigger.end, window) is not None \
        and _DEFENDER.search(text, max(0, trigger.start - 120), trigger.start) is not None \
        and (trigger.text.lower() != "shot" or _SHOT_DOWN.match(text, trigger.end) is not None)


# ("the army shot dead five militants carrying rockets" is no shoot-down)
_SHOT_DOWN = re.compile(r"\s+down\b")


_CAP_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# "near the Syrian border", "along the Afghan frontier" (not "across the Afghan border": that is the far side itself)
_PEOPLES_BORDER = re.compile(r"(?i)\b(?:near|along|on|at|by|close\s+to)\s+the\s+(?-i:([A-Z][a-z]+))\s+"
                             r"(?:border|frontier)\b")


def _near_side(text: str, sentence: Sentence, trigger: Trigger | None, places: Sequence[Place],
               at_dateline: Sequence[Place], demonym: Callable[[str], str | None] | None,
               country_place: Callable[[str], Place | None] | None) -> Location | None:
    """"Soldiers arrested three men near the border crossing with Syria, the Lebanese army said": a deed whose clause
    names only the far side of a border happened on the near side, in the country of the forces or speaker the
    sentence names by a people's word, else of the dateline; a town's dateline there is kept (wire copy files from
    near the border), a capital's says only the country (resolution 1)."""
    if country_place is None:
        return None
    beyond = {p.country_code for p in places if sentence.start <= p.start < sentence.end and p.country_code
              and _FAR_SIDE.search(text, max(sentence.start, p.start - 50), p.start) and _same_clause(text, p, trigger)}
    if demonym is not None:
        # "near the Syrian border": the far side named by its people's word
        beyond |= {cc for m in _PEOPLES_BORDER.finditer(text, sentence.start, sentence.end)
                   if (cc := demonym(m.group(1))) is not None
                   and _same_clause_span(text, m.start(1), m.end(1), trigger)}
    if not beyond:
        return None
    peoples = [cc for m in _CAP_WORD.finditer(text, sentence.start, sentence.end)
               for cc in ([demonym(m.group(0))] if demonym is not None else []) if cc is not None and cc not in beyond]
    home = [p for p in at_dateline if p.country_code and p.country_code not in beyond]
    cc = peoples[0] if peoples else (home[0].country_code if home else None)
    if cc is None:
        return None
    town = [p for p in home if p.country_code == cc and p.feature_code != "PPLC" and (p.resolution or 0) >= 3]
    if town:
        return Location.from_place(town[0])
    country = country_place(cc)
    return Location.from_place(country) if country is not None else None


# "Russia attacked Ukraine with 90 drones overnight", "launched 75 drones against Ukraine", "struck Ukraine's energy
# grid": an attack told against a whole country, with no place of its own, landed in that country; the dateline city is
# only where the reporter files from. The country is the verb's object, or the end of an aimed phrase after the weapon
_COUNTRY_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")
_COUNTRY_AIM_GAP = re.compile(r"\s+(?:[\w,'-]+\s+){0,6}?(?:at|on|against|into|targeting)\s+(?:the\s+)?")
# ("hit China with tariffs" is no attack; "with 90 drones" tells the weapon)
_WEAPON_WITH = re.compile(r"\s+with\s+(?:[\w,'-]+\s+){0,4}?(?:drones?|missiles?|rockets?|artillery|shells|bombs?|jets|"
                          r"warplanes|aircraft|munitions|air\s*strikes?|strikes)\b")
# ("attacked Ukraine's president" names a person; "struck Ukraine's energy grid" a thing in the country)
_OWNED_THING = re.compile(r"['\u2019]s\s+(?!(?:president|leader|leadership|prime|premier|minister|government|"
                          r"ambassador|envoy|foreign|policy|policies|stance|position|decision|claims?|record|team|"
                          r"delegation|officials?|spokes\w+)\b)[a-z]")
_COUNTRY_OBJECT_END = re.compile(r"\s*(?:[.,;:]|$)|\s+(?:overnight|again|early|late|on|in|for|from|over|during|after|"
                                 r"before|since|as|and|last|this|shortly)\b")


def _attacked_country(text: str, sentence: Sentence, trigger: Trigger | None,
                      in_sent: Sequence[Place]) -> Place | None:
    """The country an attack is told against when the clause names no place in it (see `_COUNTRY_OBJECT_GAP`)."""
    if trigger is None or not (_ATTACK_WORD.fullmatch(trigger.text) or _TAKE_VERB.fullmatch(trigger.text)
                               or _LAUNCH.fullmatch(trigger.text)):
        return None
    for p in in_sent:
        if not (p.resolution == 1 and (p.feature_code or "").startswith("PCL") and _after_trigger(trigger, p, 80)
                and _same_clause(text, p, trigger)):
            continue
        aimed = _COUNTRY_AIM_GAP.fullmatch(text, trigger.end, p.start) is not None
        direct = not _LAUNCH.fullmatch(trigger.text) and _COUNTRY_OBJECT_GAP.fullmatch(text, trigger.end, p.start) \
            is not None
        if (aimed or direct) and (_WEAPON_WITH.match(text, p.end) or _OWNED_THING.match(text, p.end)
                                  or _COUNTRY_OBJECT_END.match(text, p.end)):
            return p
    return None


# "drones to attack Ukrainian cities", "fired rockets at Israeli towns": the country of the places an attack is aimed
# at, named by its demonym, is where it landed (not the attacker's country nor the dateline)
_DEMONYM_TARGET = re.compile(
    r"\s+(?:(?:on|at|against|into)\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?([A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:cities|towns|villages|territory|soil|positions|ports|regions|areas|infrastructure|targets|homes|"
    r"communities|airspace|border\s+(?:villages|towns|posts|areas))\b")


def _demonym_target(text: str, sentence: Sentence, trigger: Trigger | None,
                    demonym: Callable[[str], str | None] | None,
                    country_place: Callable[[str], Place | None] | None) -> Location | None:
    if trigger is None or demonym is None or not (_ATTACK_WORD.fullmatch(trigger.text)
                                                  or _TAKE_VERB.fullmatch(trigger.text)):
        return None
    m = _DEMONYM_TARGET.match(text, trigger.end, min(sentence.end, trigger.end + 60))
    cc = demonym(m.group(1)) if m is not None else None
    if m is None or cc is None:
        return None
    cp = country_place(cc) if country_place is not None else None
    if cp is not None:
        return replace(Location.from_place(cp), extracted_place=m.group(1), start=m.start(1), end=m.end(1))
    return Location(m.group(1), None, None, None, None, None, cc, "PCLI", 1, m.start(1), m.end(1))


# "DUBAI - Iran on Tuesday hanged two men": what a state does to people in its custody (hangings, sentences,
# arrests) it does at home; a dateline abroad is only where the reporter is
_HOME_DEED = re.compile(
    r"\s+(?:(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
    r"|(?:last|this)\s+week\s+|overnight\s+)?(?:has\s+|have\s+|had\s+)?"
    r"(?:hang(?:ed|s)|execut(?:ed|es)|sentenc(?:ed|es)|convict(?:ed|s)|jail(?:ed|s)|imprison(?:ed|s)|arrest(?:ed|s)|"
    r"detain(?:ed|s)|ban(?:ned|s)|outlaw(?:ed|s))\b")
_STATE_BODY = re.compile(r"([A-Z][a-z]+)\s+(?:authorities|courts?|judiciary|police|officials|government|"
                         r"security\s+forces)(?=\s)")


def _home_country(text: str, sentence: Sentence, in_sent: Sequence[Place], at_dateline: Sequence[Place],
                  demonym: Callable[[str], str | None] | None,
                  country_place: Callable[[str], Place | None] | None) -> Location | None:
    """The country that the dateline's sentence names as doing a deed at home, when the dateline is abroad."""
    abroad = {p.country_code for p in at_dateline}
    for p in in_sent:
        if p.resolution == 1 and (p.feature_code or "").startswith("PCL") and p.country_code not in abroad \
                and _HOME_DEED.match(text, p.end):
            return Location.from_place(p)
    if demonym is None:
        return None
    for m in _STATE_BODY.finditer(text, sentence.start, sentence.end):
        cc = demonym(m.group(1))
        if cc is not None and cc not in abroad and _HOME_DEED.match(text, m.end()):
            cp = country_place(cc) if country_place is not None else None
            if cp is not None:
                return replace(Location.from_place(cp), extracted_place=m.group(1), start=m.start(1),
                               end=m.end(1))
            return Location(m.group(1), None, None, None, None, None, cc, "PCLI", 1, m.start(1), m.end(1))
    return None


# Verbal and diplomatic acts a state does from home (not deeds done where they land: strikes, raids, seizures)
_STATE_ACT = re.compile(r"(?i)(?:announc|accus|condemn|den(?:y|ied|ies)|reject|warn|urg|demand|expel|recall|summon|"
                        r"protest|threaten|vow|pledg|declar|respond|retaliat|suspend|revok|sever|cut|summon)\w*|"
                        r"said|says|called|calls|ordered|orders")
# ... written right after the country that does it ("Algeria announced", "Algeria on Sunday expelled", "Algeria has
# also recalled")
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|have|had|also|then|later|formally|officially|swiftly|on\s+[A-Z][a-z]+day)"
                          r"\s+){0,3}")


def _acting_country(text: str, in_sent: Sequence[Place], trigger: Trigger | None) -> Place | None:
    if trigger is None or _STATE_ACT.fullmatch(trigger.text) is None:
        return None
    return next((p for p in in_sent if p.resolution == 1 and (p.feature_code or "").startswith("PCL")
                 and p.end <= trigger.start and _SUBJECT_GAP.fullmatch(text, p.end, trigger.start)), None)


# Words that trigger statements and diplomatic acts: they are made where the speaker is, which a story's dateline
# tells better than the place of the deed the story leads with
_VERBAL_TRIGGER = re.compile(
    r"(?i)(?:said|says|say|told|tells|statement|remarks|comments?|announc\w*|accus\w*|condemn\w*|den(?:y|ied|ies)"
    r"|denial|reject\w*|warn\w*|urg\w*|demand\w*|call(?:ed|s|ing)?|appeal\w*|criticis\w*|criticiz\w*|prais\w*"
    r"|welcom\w*|threat\w*|vow\w*|pledg\w*|promis\w*|declar\w*|summon\w*|recall\w*|stood"
    r"|order(?:ed|s)?|insist\w*|blam\w*|thank\w*|offer\w*|apolog\w*|dismiss\w*|deplor\w*|rebuk\w*"
    r"|ask(?:ed|s)?|lodg(?:ed|es?|ing)"
    r"|protest(?:ed)?\s+to)")


# "Anutin said Thailand would not give up an inch", "Sikorski said the diplomats must leave": what a speaker says
# someone will or must do is a statement, made where the speaker is
_SAID_MODAL = re.compile(r"(?i)\b(?:said|says|told\s+[\w-]+|warned|added|insisted|vowed|announced)\b[^.;:]{0,80}?"
                         r"\b(?:would|will|could|must|should|was\s+ready\s+to|is\s+ready\s+to)\s+"
                         r"(?:not\s+|never\s+|also\s+|soon\s+)?$")


# ("Relatives gathered outside the prison, demanding information": a participle after a comma tells how a deed was
# done, it is no statement of its own)
_COMMA_BEFORE = re.compile(r",\s*$")


def _verbal(trigger: Trigger | None, text: str = "", sentence: Sentence | None = None) -> bool:
    if trigger is None:
        return False
    if _VERBAL_TRIGGER.fullmatch(trigger.text) is not None:
        return not (trigger.text.endswith("ing") and _COMMA_BEFORE.search(text, max(0, trigger.start - 3),
                                                                          trigger.start) is not None)
    return sentence is not None and _SAID_MODAL.search(text, sentence.start, trigger.start) is not None


# "The Thai army said in a statement issued in Bangkok that Cambodian troops had opened fire": the place of the
# frame that reports a deed is where the speaker is; the deed itself is somewhere else
_FRAME_BEFORE = re.compile(r"(?i)\b(?:said|says|told|announced|stated|reported|claimed|statement|conference|"
                           r"briefing)\b[^.;]{0,60}$")
_THAT = re.compile(r"(?i)\bthat\b")


_THAT_AFTER = re.compile(r"(?i)\s+(?:on\s+[A-Z][a-z]+\s+)?that\b")


def _frame_venue_that(text: str, lo: int, p: Place) -> bool:
    """"said in a statement issued in Bangkok that ...": the place of a reporting frame, right before what it
    reports ("the ministry in Warsaw", a seat with no "that", is left to the other rules)."""
    return _THAT_AFTER.match(text, p.end) is not None \
        and _FRAME_BEFORE.search(text, max(lo, p.start - 80), p.start) is not None


def _framing_venue(text: str, sentence: Sentence, p: Place, trigger: Trigger | None) -> bool:
    return trigger is not None and not _verbal(trigger, text, sentence) and p.end <= trigger.start \
        and _THAT.search(text, p.end, trigger.start) is not None \
        and _FRAME_BEFORE.search(text, max(sentence.start, p.start - 80), p.start) is not None


def _foreign_speaker(text: str, sentence: Sentence, trigger: Trigger | None, in_sent: Sequence[Place],
                     at_dateline: Sequence[Place], demonym: Callable[[str], str | None] | None,
                     subject: Sequence[Place] = ()) -> bool:
    """A country other than the dateline's is named before the trigger ("Iranian officials have threatened",
    "Oman urged restraint", "Israel's defence minister threatened"): the speaker is not where the reporter is."""
    if trigger is None:
        return False
    # (only the subject: "Zelenskiy said ... that Russia wanted ... and called on allies" is a Ukrainian's word)
    hi = _speech_frame(text, sentence, trigger)[0]
    home = {p.country_code for p in at_dateline}
    named = {p.country_code for p in in_sent if p.resolution == 1 and p.end <= hi}
    if demonym is not None:
        named |= {demonym(m.group(0)) for m in _CAPS.finditer(text, sentence.start, hi)}
    return bool(named - home - {None}) or _other_area_speaker(text, sentence, hi, at_dateline, subject) \
        or _LOCAL_OFFICE.search(text, sentence.start, hi) is not None


# "KANO - ... kidnapped students in Zamfara state ... Governor Dauda Lawal condemned the kidnapping": a local office
# speaks where its area is, which the lead tells better than a dateline in the country
_LOCAL_OFFICE = re.compile(r"(?i)\b(?:governor|mayor|local\s+(?:officials?|authorities|council)|police\s+chief|"
                           r"district\s+(?:chief|commissioner|officials?)|village\s+(?:head|chief|elders?)|"
                           r"(?:county|provincial|regional|municipal)\s+(?:officials?|authorities|government|chief))\b")


_WORD_CAP = re.compile(r"[A-Z][\w'-]*")


def _demonyms(text: str, lo: int, hi: int, demonym: Callable[[str], str | None] | None) -> set[str | None]:
    """Countries named by demonym between `lo` and `hi`: a run of capitalised words ("South Korean") and each of its
    words ("The Latvian prime minister")."""
    if demonym is None:
        return set()
    found = {demonym(m.group(0)) for m in _CAPS.finditer(text, lo, hi)}
    return found | {demonym(m.group(0)) for m in _WORD_CAP.finditer(text, lo, hi)}


def _lead_at_home(text: str, resolved: Sequence[Place], at_dateline: Sequence[Place]) -> bool:
    """"KYIV - Russian drones struck an energy plant near Lviv ... The air force said Russia had fired 30 missiles":
    when the lead's deed is in the dateline's country, a foreign country's firing is told for where it landed there,
    not as a launch on its own ground ("SEOUL - North Korea fired a missile off its east coast" keeps North Korea)."""
    if not at_dateline:
        return False
    lead = _lead_place(text, [p for p in resolved if p not in at_dateline and p.start < _lead_end(text)],
                       frozenset(p.country_code for p in at_dateline))
    return lead is not None and lead.country_code in {p.country_code for p in at_dateline}


def _owner_after_statement(text: str, sentence: Sentence, p: Place, trigger: Trigger | None) -> bool:
    """"would not tolerate Iran's direct support", "condemned Russia's strikes": a country owning what a statement is
    about is its topic, not where it was made (a located "in Iran's capital" stays a place)."""
    return trigger is not None and p.start >= trigger.end and p.resolution == 1 \
        and _OWNER_AFTER.match(text, p.end) is not None and not _locative(text, p, sentence, trigger) \
        and _verbal(trigger, text, sentence)


def _subject_places(sentence: Sentence, trigger: Trigger | None, places: Sequence[Place]) -> list[Place]:
    """Resolved places of the sentence before its trigger (the owner of a speaking body included: "Mizoram's chief
    minister said" names Mizoram as the speaker's, which the location rules otherwise leave out)."""
    if trigger is None:
        return []
    return [p for p in places if p.lat is not None and sentence.start <= p.start and p.end <= trigger.start]


def _other_area_speaker(text: str, sentence: Sentence, hi: int, at_dateline: Sequence[Place],
                        subject: Sequence[Place]) -> bool:
    """"KANO - ... The Zamfara state governor condemned the attack": a speaker named by a first-level area other
    than the dateline's (same country) speaks for that area, not from the dateline."""
    areas = {p.province for p in at_dateline if p.province is not None}
    return bool(areas) and any(p.end <= hi and (p.resolution or 0) >= 2 and p.province is not None
                               and p.province not in areas and p.country_code in {q.country_code for q in at_dateline}
                               for p in subject)


def _home_speaker(text: str, sentence: Sentence, trigger: Trigger | None, at_dateline: Sequence[Place],
                  subject: Sequence[Place], demonym: Callable[[str], str | None] | None) -> bool:
    """"AIZAWL - ... fled fighting in Myanmar's Chin state ... Mizoram's chief minister said", "SEOUL - North Korea
    fired ... South Korean President Lee ordered the military": a speaker named only by the dateline's country (or
    its area) speaks at home, wherever the lead's deed was."""
    if trigger is None or not at_dateline:
        return False
    hi = _speech_frame(text, sentence, trigger)[0]
    named = {p.country_code for p in subject if p.end <= hi} | _demonyms(text, sentence.start, hi, demonym)
    named.discard(None)
    home = {p.country_code for p in at_dateline}
    return bool(named) and named <= home and not _other_area_speaker(text, sentence, hi, at_dateline, subject)


_WHERE_AFTER = re.compile(r",?\s+where\b")
# "will travel on to Colombo on Tuesday, where he is expected to discuss trade", "fled to Gambella, where aid workers
# handed out food": a where-clause (after a date phrase too) is set at the place it hangs from, whatever the preposition
# before that place; the trigger must be inside the clause (no comma or clause break between "where" and it)
_WHERE_DATED = re.compile(r"(?:[ \t]+(?:on|early|late|last|this|next|later|earlier)\s+[\w.]+"
                          r"(?:\s+(?:week|month|year))?)?"
                          r",\s+where\b")
_WHERE_BODY = re.compile(r"[^,;:.()\u2014]*")


def _where_setting(text: str, p: Place, trigger: Trigger | None) -> bool:
    if trigger is None or p.end > trigger.start:
        return False
    m = _WHERE_DATED.match(text, p.end)
    return m is not None and _WHERE_BODY.fullmatch(text, m.end(), trigger.start) is not None \
        and not _CLAUSE_BREAK.search(text, m.end(), trigger.start)


def _clause_start(text: str, lo: int, hi: int) -> int:
    breaks = list(_CLAUSE_BREAK.finditer(text, lo, hi))
    return breaks[-1].end() if breaks else lo


# "in Nineveh, north of Baghdad", "in Balad, 80 km north of the capital Baghdad": the compass phrase after a
# located place gives a reference point for it, not a second, more specific place of the event.
_REFERENCE_AFTER = re.compile(
    r",\s+(?:(?:about|some|around|roughly|nearly|almost)\s+)?"
    r"(?:(?P<n>\d[\d,.]*)\s*(?P<unit>km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?:(?:capital|city|town)\s+(?:of\s+)?)?$")
_REFERENCE_NEXT = re.compile(_REFERENCE_AFTER.pattern.removesuffix("$"))
# A reading of the located place farther from its reference point than the written distance (times 1.5, plus this)
# contradicts the text: "the village of X, 25 km east of Damboa" read as a namesake of part of its name 130 km away
ANCHOR_SLACK_KM = 40.0
# (the event placed at the reference point is only near it: a level between the town and its province)
ANCHOR_RESOLUTION = 3


def _anchor_limit_km(m: re.Match[str]) -> float | None:
    """How far the phrase lets the place lie from its reference point (None: no distance written, "north of Y"
    is said of places hundreds of km away)."""
    n = m.group("n")
    try:
        dist = float(n.replace(",", "")) if n is not None else None
    except ValueError:
        return None
    return None if dist is None else dist * (1.609 if m.group("unit") == "miles" else 1.0) * 1.5 + ANCHOR_SLACK_KM


def _anchor_of(text: str, q: Place, located: Sequence[Place]) -> Place | None:
    """The reference point written right after `q` ("q, 30 km north of Y"), when the reading of `q` does not fit it:
    `q` (a name the gazetteer lacks) put at Y itself, or read under another name (part of the name, a namesake)
    farther from Y than the written distance allows. A place read under its own name keeps its reading."""
    for p in located:
        m = _REFERENCE_AFTER.fullmatch(text, q.end, p.start) if p is not q and p.start >= q.end else None
        if m is None or p.lat is None or p.lon is None or q.lat is None or q.lon is None:
            continue
        if q.geonameid is not None and q.geonameid == p.geonameid:
            return p
        limit = _anchor_limit_km(m)
        if limit is not None and fold(q.text).lower() != fold(q.resolved_place or "").lower() \
                and haversine_km(q.lat, q.lon, p.lat, p.lon) > limit:
            return p
    return None


# "killed three farmers in a village 20 km south of Katsina": the town is only the reference point of the event
_NEAR_ANCHOR = re.compile(r"(?i)(?:\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?)|(?:a\s+)?(?:few|several)\s+"
                          r"(?:km|kilomet(?:re|er)s|miles))\s+(?:to\s+the\s+)?"
                          r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?"
                          r"(?:(?:capital|city|town)\s+(?:of\s+)?)?$")


def _approximate(text: str, loc: Location) -> Location:
    """A town the event is placed at only by a distance from it gets the approximate level."""
    if (loc.resolution or 0) > ANCHOR_RESOLUTION and _NEAR_ANCHOR.search(text, max(0, loc.start - 50), loc.start):
        return replace(loc, resolution=ANCHOR_RESOLUTION)
    return loc


def _anchored(text: str, kept: Sequence[Place], located: Sequence[Place]) -> list[Place]:
    """Each kept place whose reading does not fit its reference point (among `located`) replaced by that point, given
    the span of the place the text names and an approximate level."""
    out: list[Place] = []
    for q in kept:
        p = _anchor_of(text, q, located)
        if p is None:
            out.append(q)
        else:
            out.append(replace(p, text=q.text, start=q.start, end=q.end,
                               resolution=min(p.resolution or ANCHOR_RESOLUTION, ANCHOR_RESOLUTION)))
    return out


def _named_for_themselves(text: str, located: Sequence[Place]) -> list[Place]:
    """The places left when those named only as a reference point or as the whole a later part belongs to are
    dropped (all of them when nothing is left)."""
    kept = [p for p in located if not _reference_point(text, p, located)
            and not _qualifier(text, p, located)] or list(located)
    return _anchored(text, kept, located) if len(kept) < len(located) else kept


def _reference_point(text: str, p: Place, located: Sequence[Place]) -> bool:
    return any(q.end <= p.start and _REFERENCE_AFTER.fullmatch(text, q.end, p.start) for q in located if q is not p)


# "in the Port-au-Prince suburb of Kenscoff", "the Kabul district of Shakar Dara": the first name only says which
# city the named part belongs to; the part is where the event happened
_PART_OF = re.compile(r"\s+(?:suburbs?|districts?|neighbou?rhoods?|quarters?|townships?|communes?|municipality|"
                      r"villages?|towns?|areas?|outskirts)\s+of\s+(?:the\s+)?")


def _qualifier(text: str, p: Place, located: Sequence[Place]) -> bool:
    """`p` names the whole that a following, at least as specific place is part of ("the Bannu district of Khyber
    Pakhtunkhwa" reads the other way round: there the part comes first)."""
    return any(q.start >= p.end and (q.resolution or 0) >= (p.resolution or 0)
               and _PART_OF.fullmatch(text, p.end, q.start) for q in located if q is not p)


# "from a school in Jangebe, also in Zamfara", "in Kuriga, Kaduna state": the admin area or country written after
# a town is its parent; a reading of the town outside that parent (an unknown name placed by the story's
# dateline) contradicts the text, and the parent is the surer place
_PARENT_AFTER = re.compile(r",\s+(?:also\s+|both\s+)?(?:in\s+)?(?:the\s+)?|\s+in\s+(?:the\s+)?")


def _parent_of(q: Place) -> bool:
    if q.resolution == 1 and (q.feature_code or "").startswith("PCL"):
        return True
    return q.resolution == 2 and q.feature_code == "ADM1" and q.province is not None


def _contradicted(text: str, p: Place, places: Sequence[Place]) -> bool:
    """A town whose reading lies outside the admin area or country the text writes right after it. (A village read
    as a province through part of its name, "the village of Kwara Daji in Zamfara state" as Kwara state, is such a
    town too.)"""
    if (p.resolution or 0) < 3 and not (p.resolution == 2 and _read_in_part(p)):
        return False
    for q in places:
        if q.start >= p.end and _parent_of(q) and _PARENT_AFTER.fullmatch(text, p.end, q.start) \
                and (q.country_code != p.country_code
                     or (q.resolution == 2 and p.province is not None and p.province != q.province)):
            return True
        # "a hideout in the forests of Manika in Latehar District": a town written "in" a town or district of another
        # country was read as a namesake abroad
        # (also "clashed with gangs in the Cota 905 neighbourhood of Caracas": a part of a city abroad)
        if q.start >= p.end and (q.resolution or 0) >= 2 and q.country_code and p.country_code \
                and q.country_code != p.country_code and (_IN_AFTER.fullmatch(text, p.end, q.start)
                                                          or _NAMED_PART_OF.fullmatch(text, p.end, q.start)):
            return True
        # "near the Kishanpur forest in Lakhimpur Kheri district": a forest or range written in a district of its own
        # country, read as a namesake town far outside that district (Kishanpur, 258 km off)
        if q.start >= p.end and q.resolution == 3 and q.country_code == p.country_code \
                and _WILD_IN.fullmatch(text, p.end, q.start) and None not in (p.lat, p.lon, q.lat, q.lon) \
                and haversine_km(p.lat or 0.0, p.lon or 0.0, q.lat or 0.0, q.lon or 0.0) > FEATURE_DISTRICT_KM:
            return True
        # "rallied outside the Capitol in Salem": a building or quarter written in a town, read as a namesake far from
        # that town (the Capitol in Washington, 3,700 km away), is a place of the town
        if q.start >= p.end and (p.resolution or 0) >= 5 and q.resolution == 4 \
                and _IN_AFTER.fullmatch(text, p.end, q.start) and None not in (p.lat, p.lon, q.lat, q.lon) \
                and haversine_km(p.lat or 0.0, p.lon or 0.0, q.lat or 0.0, q.lon or 0.0) > FEATURE_DISTRICT_KM:
            return True
    return False


_WILD_IN = re.compile(r"\s+(?:" + WILD_COUNTRY + r")(?:\s+area)?\s+(?:of|in)\s+(?:the\s+)?")
# a district's point lies this close to any part of it (the largest districts are some 200 km across)
FEATURE_DISTRICT_KM = 120.0


_IN_AFTER = re.compile(r"\s+in\s+(?:the\s+)?")
_NAMED_PART_OF = re.compile(r"(?:\s+[\w'-]+){0,2}?" + _PART_OF.pattern)


def _read_in_part(p: Place) -> bool:
    """The name is longer than the name it was read as and starts with it ("Kwara Daji" read as Kwara)."""
    name, read = fold(p.text).lower(), fold(p.resolved_place or "").lower()
    return bool(read) and len(name) > len(read) + 1 and name.startswith(read + " ")


# "Orsted, which cut jobs after cancelling projects in the United States, signed a deal at the fair": a place in
# a relative clause set off by commas before the trigger tells of the party, not of the event
_REL_OPEN = re.compile(r",\s+(?:which|who|whose|whom)\b")


def _in_relative_before(text: str, sentence: Sentence, p: Place, trigger: Trigger | None) -> bool:
    if trigger is None or p.end > trigger.start:
        return False
    return _inside_relative(text, sentence.start, p) and "," in text[p.end:trigger.start]


_LIST_GLUE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
LIST_MIN = 3


def _list_around(text: str, best: Place, places: Sequence[Place]) -> list[Place]:
    """The places written as one list with `best` ("Imphal West, Imphal East, Bishnupur, Thoubal and Jiribam")."""
    ordered = sorted(set(places), key=lambda p: p.start)
    i = ordered.index(best)
    lo = hi = i
    while lo > 0 and _LIST_GLUE.fullmatch(text, ordered[lo - 1].end, ordered[lo].start):
        lo -= 1
    while hi + 1 < len(ordered) and _LIST_GLUE.fullmatch(text, ordered[hi].end, ordered[hi + 1].start):
        hi += 1
    return ordered[lo:hi + 1]


def _pick(text: str, cands: Sequence[Place], trigger: Trigger | None, in_sent: Sequence[Place],
          places: Sequence[Place]) -> Location:
    """The most specific, closest candidate; but an event spread over a list of three or more places of one
    admin-1 area ("The curfew covers Imphal West, Imphal East, Bishnupur, Thoubal and Jiribam districts") is in
    that area, when the story names it, rather than in the first of them. The list is read among all the
    sentence's places: "in" or a comma attaches only to one of its members. A list across areas keeps its most
    specific member (a country-wide reading was measured to merge such events into others of the country)."""
    best = _specific_then_close(cands, trigger)
    group = _list_around(text, best, [p for p in in_sent if p.lat is not None] + [best])
    provinces = {p.province for p in group}
    if len({p.geonameid or p.text for p in group}) < LIST_MIN or len(provinces) != 1 or None in provinces:
        return Location.from_place(best)
    area = next((q for q in places if q.resolution == 2 and q.province in provinces
                 and q.country_code == best.country_code and q.lat is not None), None)
    return Location.from_place(area if area is not None else best)


# "lodged a protest through its embassy in Beijing": the channel a message goes through is not where the act is
_CHANNEL_BEFORE = re.compile(r"(?i)\b(?:through|via)\s+(?:its|their|the|his|her)\s+(?:own\s+)?"
                             r"(?:embass(?:y|ies)|high\s+commission|consulate|mission|ambassador|envoy)\s+in\s+(?:the\s+)?$")


def _channel(text: str, p: Place) -> bool:
    return _CHANNEL_BEFORE.search(text, max(0, p.start - 60), p.start) is not None


# Bodies that speak from a known seat, named for their government or secretariat ("The Kremlin said", "The
# European Commission condemned"): their statements are made there, not where the reporter or the deed is.
# Seats from general knowledge (helper W14, session 9); field missions ("the EU mission in Armenia") are left out.
_SEATED_BODIES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"Kremlin"), "Moscow", "RUS"),
    (re.compile(r"White\s+House|(?:U\.?S\.?\s+)?State\s+Department|Pentagon"), "Washington", "USA"),
    (re.compile(r"Elys[e\u00e9]e(?:\s+Palace)?|Quai\s+d'Orsay"), "Paris", "FRA"),
    (re.compile(r"Downing\s+Street"), "London", "GBR"),
    (re.compile(r"European\s+(?:Union|Commission|Council)|EU|NATO"), "Brussels", "BEL"),
    (re.compile(r"African\s+Union(?:\s+Commission)?|AU\s+Commission"), "Addis Ababa", "ETH"),
    (re.compile(r"ECOWAS|Economic\s+Community\s+of\s+West\s+African\s+States"), "Abuja", "NGA"),
    (re.compile(r"CARICOM|Caribbean\s+Community"), "Georgetown", "GUY"),
    (re.compile(r"Arab\s+League"), "Cairo", "EGY"),
    (re.compile(r"ASEAN"), "Jakarta", "IDN"),
    (re.compile(r"(?:U\.?N\.?|United\s+Nations)\s+(?:Security\s+Council|General\s+Assembly|"
                r"[Ss]ecretary[-\s][Gg]eneral)"),
     "New York", "USA"),
)
# ... heading the subject ("The Kremlin", "EU foreign policy chief Kaja Kallas", "The European Commission's
# spokesperson"); a place, "in"/"for" or a comma after it names a mission or office elsewhere
_BODY_HEAD = re.compile(r"\s*(?:The\s+|the\s+)?")
_BODY_REST = re.compile(r"(?:['\u2019]s)?(?:\s+(?!(?:in|for|at|on|mission|missions|envoy|delegation|office|forces?|"
                        r"troops|monitors?|observers?)\b)[\w.'-]+){0,5}\s*")


_APPOSITION = re.compile(r",\s+[^,;.\"()]{1,100},")


# ("The Commission said in Strasbourg", "told reporters in Geneva": a venue right after the speech verb)
_VENUE_AFTER = re.compile(r"\s+(?:(?:on\s+[A-Z][a-z]+|reporters|journalists|a\s+news\s+conference|a\s+statement|"
                          r"parliament|lawmakers)\s+)?(?:in|at)\s+(?:the\s+)?"
                          # ("said at its headquarters in Naqoura", "told the council by video link from Tripoli")
                          r"|\s+at\s+(?:its|the|their|his|her)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:headquarters|offices?|"
                          r"residence|base)\s+in\s+"
                          r"|\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?by\s+video(?:\s+link|\s+call)?\s+from\s+")


# "Italy's interior minister said in Rome that arrivals on Lampedusa had fallen and praised Libya's cooperation", "said
# in New Delhi that the visit opened a new chapter": a statement told after a venue written right after its speech verb
# was made at that venue; the places inside what was said are its topic
def _speech_venue(text: str, sentence: Sentence, trigger: Trigger | None, in_sent: Sequence[Place],
                  located: Sequence[Place]) -> Place | None:
    if trigger is None:
        return None
    # (with no speech verb before the trigger the frame is the trigger itself, and no place lies inside it)
    hi, frame_end = _speech_frame(text, sentence, trigger)
    venue = next((p for p in in_sent if frame_end <= p.start and p.end <= trigger.start
                  and _VENUE_AFTER.fullmatch(text, frame_end, p.start)), None)
    if venue is None or any(q.end <= hi for q in located):
        return None
    return venue


def _speaker_seat(text: str, sentence: Sentence, trigger: Trigger | None, places: Sequence[Place],
                  located: Sequence[Place], seat_place: Callable[[str, str], Place | None] | None) -> Place | None:
    """"Washington urged the warring parties to return to talks in Jeddah", "The Kremlin said Moscow would block
    it": a statement by a capital standing for its government, or by a body with a known seat, is made at that seat;
    the places after the trigger are what it is about. A venue before the trigger ("said in Geneva") wins."""
    if trigger is None:
        return None
    hi, frame_end = _speech_frame(text, sentence, trigger)
    if any(p.end <= trigger.start or _VENUE_AFTER.fullmatch(text, frame_end, p.start)
           or _VENUE_AFTER.fullmatch(text, trigger.end, p.start) for p in located):
        return None
    for p in places:
        if p.lat is not None and p.feature_code == "PPLC" and _BODY_HEAD.fullmatch(text, sentence.start, p.start) \
                and _SUBJECT_GAP.fullmatch(text, p.end, hi):
            return p
    head = _BODY_HEAD.match(text, sentence.start)
    start = head.end() if head is not None else sentence.start
    for body, city, cc in _SEATED_BODIES:
        m = body.match(text, start, hi)
        if m is None or re.match(r"\w", text[m.end():m.end() + 1]):
            continue
        # ("ECOWAS, the regional bloc, condemned", "The African Union, which suspended Mali, urged": an apposition
        # between the body and its verb says what the body is, not where it speaks; a seat clause in it does)
        appo = _APPOSITION.match(text, m.end(), hi)
        rest = appo.end() if appo is not None else m.end()
        if not _BODY_REST.fullmatch(text, rest, hi):
            continue
        if appo is not None:
            told = next((q for q in places if q.lat is not None and m.end() <= q.start < rest
                         and _SEAT_RELATIVE.search(text, max(m.end(), q.start - 60), q.start)), None)
            if told is not None:
                return told
        if any(rest <= q.start < hi for q in places):
            return None
        named = next((q for q in places if q.lat is not None and q.country_code == cc and q.text == city), None)
        return named or (seat_place(city, cc) if seat_place is not None else None)
    return None


# "Washington said it had suspended a joint exercise with Georgia's army": a government telling of its own decision
# (to suspend, cut, freeze, ban, expel) took it where it sits, not where the decision bites
_DECISION = re.compile(r"(?i)(?:suspend|halt|freez|froze|cut|impos|expel|ban|sanction|revok|recall|sever|withdr[ae]w|"
                       r"deport|extradit)\w*")
_SAID_IT = re.compile(r"\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?(?:it|they)\s+(?:(?:had|has|have|would|will|was|were|is|are|"
                      r"also|now|then|temporarily|immediately)\s+){0,3}")


# "Kenyan President William Ruto spoke to Kiir by telephone", "held a video call with Macron": each side of a call
# speaks from where it is, so the call is placed like a statement of its subject, not at the story's scene
_CALL = re.compile(r"(?i)\b(?:(?:tele)?phon(?:e|ed|es|ing)|video[\s-]?(?:calls?|links?|conferences?)|"
                   r"videoconferences?)\b")


# ("he said by telephone", "told Reuters by phone": a source interviewed by a reporter is no call between parties)
_INTERVIEW = re.compile(r"(?i)\b(?:said|says|told(?:\s+[A-Z][\w-]*){0,2}|added|wrote)\s+(?:by|over\s+the|on\s+the)\s+$")


def _in_call(text: str, sentence: Sentence, trigger: Trigger | None) -> bool:
    if trigger is None:
        return False
    call = _CALL.search(text, max(sentence.start, trigger.start - 60), min(sentence.end, trigger.end + 60))
    return call is not None and _INTERVIEW.search(text, max(sentence.start, call.start() - 40), call.start()) is None


def _own_decision(text: str, sentence: Sentence, trigger: Trigger | None) -> bool:
    if trigger is None or _DECISION.fullmatch(trigger.text) is None:
        return False
    said = _SPEECH_VERB.search(text, sentence.start, trigger.start)
    return said is not None and _SAID_IT.fullmatch(text, said.end(), trigger.start) is not None


# "in Kalapata village in Turkana county": the parent written after the name and the word for its kind
_AREA_AFTER = re.compile(r"(?:\s+(?:village|town|hamlet|settlement|locality|area))?(?:" + _PARENT_AFTER.pattern + ")")


def _seated_unknown(text: str, p: Place, places: Sequence[Place]) -> bool:
    """"GOMA - M23 rebels captured the town of Nyabiondo in North Kivu province": a name the gazetteer lacks was read
    as a place the story names otherwise (the dateline, in the area written after it); the area written right after
    the name is where it is, and says all that is known ("in Ituri province", "in Borno state", "in Turkana
    county"). Only this mention is dropped: the dateline keeps its reading."""
    if (p.resolution or 0) < 3 or p.geonameid is None or not _AREA_AFTER.match(text, p.end) or _read_in_part(p):
        return False  # (most places: nothing like "in X province" follows)
    name = fold(p.text).lower()
    if SequenceMatcher(None, name, fold(p.resolved_place or "").lower()).ratio() >= SAME_NAME_RATIO:
        return False
    if not any(q.geonameid == p.geonameid and q.start != p.start and fold(q.text).lower() != name for q in places):
        return False
    return any(q.start >= p.end and q.country_code == p.country_code and _AREA_AFTER.fullmatch(text, p.end, q.start)
               and (_parent_of(q) or (q.resolution in (2, 3) and not (q.feature_code or "PPL").startswith("PPL")))
               for q in places)


_PARTY_OF = re.compile(r"\b[Pp]arty[ \t]+of[ \t]+(?:the[ \t]+)?$")


@lru_cache(maxsize=256)  # the same for every event of the story: read once
def _open_places(text: str, places: tuple[Place, ...]) -> tuple[int, ...]:
    """Indices of the story's resolved places that an event may be placed at whatever its sentence: not those
    named as somewhere else, outside the area written after them, demanded, worked for, or a channel."""
    # (a reading the text contradicts is wrong wherever the story uses it: "a hideout in Barwaiya forests of Manika in
    # Latehar District" seats Barwaiya at the Manika abroad too)
    wrong = {p.geonameid for p in places if p.geonameid is not None and _contradicted(text, p, places)}
    # ("intercepted seven members of the Communist party of Nepal" near Bahraich: a country naming a party is no place
    # of a deed; kept when the story names no other place)
    party = {k for k, p in enumerate(places) if _PARTY_OF.search(text, max(0, p.start - 20), p.start)}
    party = party if len(party) < len(places) else set()
    return tuple(k for k, p in enumerate(places) if p.lat is not None and not _elsewhere(text, p) and k not in party
                 and not _contradicted(text, p, places) and (p.geonameid is None or p.geonameid not in wrong)
                 and not _seated_unknown(text, p, places)
                 and not _demanded(text, p) and not _beneficiary(text, p)
                 and not _channel(text, p))


def event_location(article: Article, sentence: Sentence, trigger: Trigger | None, places: Sequence[Place],
                   dateline: Callable[[str], tuple[int, int] | None] | None = None,
                   country_place: Callable[[str], Place | None] | None = None,
                   demonym: Callable[[str], str | None] | None = None,
                   seat_place: Callable[[str, str], Place | None] | None = None, *,
                   verbal: bool | None = None, hub: Callable[[Place | Location], bool] | None = None
                   ) -> Location | None:
    """Where the event happened (see `_event_location`); a village the gazetteer lacks is never put at the capital
    (`_unknown_village`). A capital that speaks for its government ("..., Kyiv said") and an outlet's city ("told
    the Jakarta Post") are no place of the deed; when nothing else places it, the deed is in the speaker's country
    (`_speaking_capital`)."""
    said = _verbal(trigger, article.text, sentence) if verbal is None else verbal
    kept, speakers = _speaker_or_outlet(article.text, sentence, trigger, places, said)
    loc = _event_location(article, sentence, trigger, kept, dateline, country_place, demonym, seat_place,
                          verbal=verbal, hub=hub)
    if loc is not None:
        return _unknown_village(article.text, loc, places, country_place)
    # ("Gunmen killed 12 villagers, a police spokesman in Maiduguri said": nothing else tells where; the deed is
    # known to be in the source's country, not at the source's town)
    sources = speakers or [p for p in kept if trigger is not None and sentence.start <= p.start < sentence.end
                           and p.start >= trigger.end and _attribution(article.text, p, trigger)]
    source = next((p for p in sources if p.country_code), None)
    country = country_place(source.country_code) if source is not None and source.country_code \
        and country_place is not None else None
    if source is None or country is None:
        return None
    return replace(Location.from_place(country), extracted_place=source.text, start=source.start, end=source.end)


# "X area in Old Dhaka", "X, a suburb of Kabul", "X near Kabul": the capital written right after the unknown name
# places it there
_CAPITAL_NEXT = re.compile(r"(?i)(?:\s+(?:area|neighbou?rhood|locality|quarter|colony|market|suburb|district))?,?\s+"
                           r"(?:(?:a|an|the)\s+(?:[\w'-]+\s+)?(?:suburb|neighbou?rhood|district|area|part)\s+of"
                           r"|in|of|near|outside|on\s+the\s+outskirts\s+of)\s")
CAPITAL_NEXT_CHARS = 45

# A name and the place it was read as are the same name written another way when they are this alike ("Kiev" and
# "Kyiv", "Makhmur" and "Mexmur"); below it the reading is a seat the resolver gave a name it lacks
SAME_NAME_RATIO = 0.5


# "killing 18 people in Mandalay region's Singu township": the place owning a name written right before it
_OWNER_BEFORE = re.compile(r"(?:[ \t]+(?:state|province|region|county|district|governorate|oblast))?['\u2019]s[ \t]+$")


def _owned_unknown(text: str, loc: Location, places: Sequence[Place]) -> Place | None:
    """The admin area written as the owner of a name the gazetteer lacks ("Mandalay region's Singu township"), when
    the name's reading (a guess: the story's focus or a nearby city) lies outside that area."""
    if loc.geonameid is None or not loc.extracted_place or (loc.resolution or 0) < 3:
        return None
    for p in places:
        if p.end < loc.start and p.resolution in (2, 3) and p.country_code == loc.country_code \
                and _OWNER_BEFORE.fullmatch(text, p.end, loc.start) and p.province is not None \
                and loc.province != p.province and p.geonameid != loc.geonameid:
            return p
    return None


def _unknown_village(text: str, loc: Location, places: Sequence[Place],
                     country_place: Callable[[str], Place | None] | None) -> Location:
    """"BAMAKO - Gunmen killed 20 people in Diallassagou": a name the gazetteer lacks is read at the story's focus, here
    the capital the story is filed from; the capital is no better guess for a village than any other town of the
    country, so the event is placed in the country (resolution 1), keeping the village as the extracted place. A
    village written with its area ("in Y region") already takes the area; one placed by a distance from the capital
    ("30 km north of Bamako") keeps it; one placed by a distance from a town the gazetteer lacks too ("40 km south of
    Debre Markos") is placed in the country. A name written as an area's own ("Mandalay region's Singu township") and
    read outside that area, at whatever city, is placed in the area."""
    owner = _owned_unknown(text, loc, places)
    if owner is not None:
        return replace(Location.from_place(owner), extracted_place=loc.extracted_place, start=loc.start, end=loc.end)
    if loc.feature_code != "PPLC" or loc.geonameid is None or not loc.extracted_place or not loc.country_code \
            or country_place is None or _NEAR_ANCHOR.search(text, max(0, loc.start - 50), loc.start) \
            or names_capital_by_office(loc.extracted_place):  # ("in the capital": the reading is the capital itself)
        return loc
    ref = _REFERENCE_NEXT.match(text, loc.end)
    if ref is not None and any(p.start == ref.end() and p.geonameid == loc.geonameid for p in places):
        return loc
    if _CAPITAL_NEXT.match(text, loc.end) and any(
            p.geonameid == loc.geonameid and 0 < p.start - loc.end <= CAPITAL_NEXT_CHARS for p in places):
        return loc  # (lead) "in Baghanbari Swarighat area in Old Dhaka": the text itself puts the place in the capital
    name = fold(loc.extracted_place).lower()
    if SequenceMatcher(None, name, fold(loc.resolved_place or "").lower()).ratio() >= SAME_NAME_RATIO:
        return loc
    # (the capital must be named in the story in its own right: then the reading is the story's, not the name's)
    if not any(p.geonameid == loc.geonameid and p.start != loc.start and fold(p.text).lower() != name
               for p in places):
        return loc
    country = country_place(loc.country_code)
    if country is None:
        return loc
    return replace(Location.from_place(country), extracted_place=loc.extracted_place, start=loc.start, end=loc.end)


def _event_location(article: Article, sentence: Sentence, trigger: Trigger | None, places: Sequence[Place],
                    dateline: Callable[[str], tuple[int, int] | None] | None = None,
                    country_place: Callable[[str], Place | None] | None = None,
                    demonym: Callable[[str], str | None] | None = None,
                    seat_place: Callable[[str, str], Place | None] | None = None, *,
                    verbal: bool | None = None, hub: Callable[[Place | Location], bool] | None = None
                    ) -> Location | None:
    """The most specific place attached by a locative preposition in the trigger's clause (the area a list of
    three or more places shares; the lead's narrower place for an area in the lead); else, for a
    self-located action (a launch, a test, drills) by a country other than the dateline's, that
    country; else, in the dateline's sentence, a country doing a deed at home (a hanging, an arrest); else the
    dateline when it opens this sentence; else the most specific place of the trigger's clause; else a
    locative place elsewhere in the sentence; else the place of an earlier sentence of the same paragraph
    when it narrows down what the story gives; else where the story's lead puts its main event; else the
    dateline; else the story's focus.

    A statement whose speaker is a capital used for its government ("Washington urged") or a body with a known seat
    ("The Kremlin said", "The European Commission condemned") is at that seat, unless a venue is named before
    the trigger.

    `demonym` maps a word such as "Iranian" to its country's alpha-3 code (or None); `seat_place` maps a city name
    and its country's alpha-3 code to the gazetteer's place (or None). `verbal` says whether the event is a
    statement (the coded type knows it better than the trigger word); None reads it from the trigger word. `hub` says
    whether a dateline city that is not the capital is a big city wire reporters file from ("LAGOS", "KARACHI"): a
    raid on a village told from there happened somewhere in the country (see `_rural_site_country`)."""
    text = article.text
    said = _verbal(trigger, text, sentence) if verbal is None else verbal
    resolved = [p for p in (places[k] for k in _open_places(text, tuple(places)))
                if not (sentence.start <= p.start < sentence.end and (_source_or_speech(text, p, trigger)
                                                                      or _proposed_venue(text, p, trigger)
                                                                      or _second_deed(text, p, trigger, said)
                                                                      or _launched_from(text, p, trigger)
                                                                      or _destination(text, p, trigger)
                                                                      or _sanction_target(text, p, trigger)
                                                                      or _speaker_owner(text, p, trigger)
                                                                      or _topic_object(text, p, trigger)
                                                                      or _talk_party(text, p)
                                                                      or (said and _judged_object(text, p, trigger))
                                                                      or _asked_deed(text, p, trigger)
                                                                      or _owner_after_statement(text, sentence, p,
                                                                                                trigger)
                                                                      or _in_relative_before(text, sentence, p,
                                                                                             trigger)
                                                                      or _doer_base(text, p, trigger)))]
    span = dateline(text) if dateline is not None else None
    at_dateline = [p for p in resolved if span is not None and p.start < span[1] and span[0] < p.end]
    in_sent = [p for p in resolved if p.start >= sentence.start and p.end <= sentence.end
               and p not in at_dateline]
    clause = [p for p in in_sent if _same_clause(text, p, trigger)]
    located = [p for p in clause if _locative(text, p, sentence, trigger)
               and not _apposed_parent(text, p, resolved)] or [
        p for p in in_sent if _when_clause(text, p, trigger, said) and _locative(text, p, sentence, trigger)]
    located = _named_for_themselves(text, located)
    # (a destination locates nothing when the clause names where the deed happened)
    located = [p for p in located if not _movement_goal(text, p, trigger)] or located
    # (a road's first town says less than the place the deed is put at on it: "on the Dhaka-Aricha highway near Savar")
    located = [p for p in located if not _on_road(text, p)] or located
    # (an owner says less than what it owns: "in Lamu county's Mpeketoni area" happened in Mpeketoni)
    located = [p for p in located if not any(q.start > p.end and _OWNER_BEFORE.fullmatch(text, p.end, q.start)
                                             for q in located)] or located
    kept = [p for p in located if not _describes_party(text, p, trigger)]
    located = kept if any(trigger is not None and p.start >= trigger.end for p in kept) else located
    # "advanced toward Pokrovsk and captured the village of Ocheretyne", "shelled the Zamzam camp near El Fasher": the
    # object of a verb of fighting over a place is where it happened, unless a more specific place is attached too
    objects = [p for p in located if _object_of(text, p, trigger)]
    if objects and max(p.resolution or 0 for p in objects) >= max(p.resolution or 0 for p in located):
        located = objects
    stated = said or _in_call(text, sentence, trigger)
    venue = _speech_venue(text, sentence, trigger, in_sent, located) if stated else None
    if venue is not None:
        return Location.from_place(venue)
    seated = _speaker_seat(text, sentence, trigger, places, located, seat_place) \
        if stated or _own_decision(text, sentence, trigger) else None
    if seated is not None:
        return Location.from_place(seated)
    sea = _sea_of_reference(text, sentence, located, resolved)
    if sea is not None:
        return Location.from_place(sea)
    there = None if located else _there(text, sentence, trigger, in_sent, resolved, at_dateline)
    if there is not None:
        return Location.from_place(there)
    toll = None if stated else _toll_place(text, sentence, trigger, in_sent)
    if toll is not None:
        return Location.from_place(toll)
    if located:
        return _approximate(text, _narrowed_by_lead(text, sentence, _pick(text, located, trigger, in_sent, resolved),
                                                    resolved, at_dateline))
    # (a statement about the border is made where its speaker is)
    near = None if stated else _near_side(text, sentence, trigger, places, at_dateline, demonym, country_place)
    if near is not None:
        return near
    attacked = None if stated else _attacked_country(text, sentence, trigger, in_sent)
    if attacked is not None:
        return Location.from_place(attacked)
    # (the story's own place wins when it lies in that country: "did not attack Congolese positions" near Sake)
    target = _demonym_target(text, sentence, trigger, demonym, country_place)
    if target is not None:
        story = _story_place(text, trigger, resolved, at_dateline, in_sent, country_place)
        prior = _paragraph_place(text, sentence, [p for p in resolved if p not in at_dateline])
        same = [loc for loc in (Location.from_place(prior) if prior is not None else None, story)
                if loc is not None and loc.country_code == target.country_code]
        return same[0] if same else target
    # "SEOUL - North Korea fired a missile": the reporter is in Seoul, the launch was in North Korea.
    # The dateline is kept when it is in the actor's own country (nothing more specific is known).
    actor = _actor_country(text, sentence, trigger, in_sent, demonym)
    if actor is not None and not any(p.country_code == actor.country_code for p in at_dateline) \
            and not _lead_at_home(text, resolved, at_dateline):
        if actor.lat is None and country_place is not None and actor.country_code:
            cp = country_place(actor.country_code)
            if cp is not None:
                actor = replace(Location.from_place(cp), extracted_place=actor.extracted_place,
                                start=actor.start, end=actor.end)
        return actor
    dl_here = [p for p in at_dateline if sentence.start <= p.start < sentence.end]
    # "MUMBAI - Authorities imposed a curfew in the town of Jalgaon ... after clashes left 23 people injured": the
    # dateline is where the reporter is; a place the sentence locates before the trigger, even in another clause,
    # says where the story's events are
    before = [p for p in in_sent if trigger is not None and p.end <= trigger.start
              and _locative(text, p, sentence) and not _describes_party(text, p, trigger)]
    if dl_here and before:
        return Location.from_place(_specific_then_close(before, trigger))
    # "NAIROBI - Burundi's government accused Rwanda ...": a third country's word told in the dateline's own sentence
    # is given at home, as it is in any later sentence
    abroad = _speaker_after_dateline(text, sentence, trigger, places, at_dateline, demonym, country_place, span) \
        if dl_here and stated else None
    if abroad is not None:
        return Location.from_place(abroad)
    home = _home_country(text, sentence, in_sent, dl_here, demonym, country_place) if dl_here else None
    if home is not None:
        return home
    taken_up = _deed_taken_up(text, sentence, dl_here, resolved) if dl_here and not stated else None
    if taken_up is not None:
        return Location.from_place(taken_up)
    rural = _rural_site_country(text, sentence, trigger, stated, dl_here, in_sent, resolved, country_place, hub)
    if rural is not None:
        return rural
    if dl_here:
        return Location.from_place(max(dl_here, key=lambda p: p.resolution or 0))
    plain = [p for p in clause if not _attributive(text, p, stated)]
    # "Russian missiles hit Ukraine('s Dnipropetrovsk region), killing three people in the city of Kryvyi Rih": a
    # bare country or province says less than a place the sentence locates inside it
    inside = [p for p in in_sent if _locative(text, p, sentence) and all(_within(p, q) for q in plain)]
    if plain and inside:
        return Location.from_place(_specific_then_close(inside, trigger))
    # "BANGKOK - Thailand's foreign ministry summoned the Cambodian ambassador": a country acting by word, named as the
    # party and not as a place, acts in its capital; a dateline in that country says more than the whole country
    home_dl = [p for p in at_dateline if plain and (_verbal(trigger) if verbal is None else verbal) and all(
        q.resolution == 1 and q.country_code == p.country_code and trigger is not None and q.end <= trigger.start
        and not _locative(text, q, sentence) for q in plain)]
    if home_dl:
        return Location.from_place(max(home_dl, key=lambda p: p.resolution or 0))
    if plain:
        return _pick(text, plain, trigger, in_sent, resolved)
    # "In Jordan, where the government has warned that violence in the West Bank ...": the trigger's clause
    # hangs from the place it describes; places inside what is said are the topic, not the setting
    setting = [p for p in in_sent if trigger is not None and p.end <= trigger.start and _WHERE_AFTER.match(text, p.end)
               and _locative(text, p, sentence)] or [p for p in in_sent if _where_setting(text, p, trigger)]
    if setting:
        return Location.from_place(setting[-1])
    # "Algeria announced the expulsions after French prosecutors charged an employee of the consulate in Creteil": a
    # country that is the subject of a verbal or diplomatic act did it at home; a place of another clause is another
    # event's
    # "struck militants who had fired rockets at southern Israel": a relative clause after the trigger tells
    # of its parties, not of where the event happened
    elsewhere = [p for p in in_sent if _locative(text, p, sentence) and not _in_relative(text, p, trigger)
                 and not _framing_venue(text, sentence, p, trigger)]
    subject = _acting_country(text, in_sent, trigger)
    if subject is not None and elsewhere and all(p.country_code != subject.country_code for p in elsewhere):
        return Location.from_place(subject)
    sea = _sea_of_reference(text, sentence, elsewhere, resolved)
    if sea is not None:
        return Location.from_place(sea)
    if elsewhere:
        return Location.from_place(_specific_then_close(elsewhere, trigger))
    town_body = _town_body(text, sentence, trigger, in_sent)
    if town_body is not None:
        return Location.from_place(town_body)
    said_by = _subject_places(sentence, trigger, places)
    seat = _seat_in_relative(text, sentence, trigger, said_by) if stated else None
    if seat is not None:
        return Location.from_place(seat)
    speaker = _speaker_country(text, sentence, trigger, places, at_dateline, demonym, country_place) \
        if stated else None
    # a national decision by a national office, or an agency's statement, with no place of its own is made where the
    # story's reporter is (the dateline in that country), not at the field place of an earlier sentence
    # (a national office of a story abroad is not the dateline's: "NAIROBI - ... in Kampala ... the president declared"
    # keeps the lead's country; an agency has no country and speaks where the reporter is)
    national = _national_decision(text, sentence, trigger)
    agency = stated and _agency_speaker(text, sentence, trigger)
    at_home = (national or agency) and not _foreign_speaker(text, sentence, trigger, in_sent, at_dateline, demonym,
                                                           said_by)
    fallback = _story_place(text, trigger, resolved, at_dateline, in_sent, country_place,
                            at_home or (stated and not _foreign_speaker(text, sentence, trigger, in_sent, at_dateline,
                                                                        demonym, said_by)),
                            (at_home and agency) or ((stated or at_home)
                                                     and _home_speaker(text, sentence, trigger, at_dateline, said_by,
                                                                       demonym)))
    if at_home and fallback is not None and any(fallback.start == p.start for p in at_dateline):
        return fallback
    if at_home and national and fallback is not None and fallback.country_code is not None:
        return _capital_or_country(fallback, resolved, country_place)
    seat = _provincial_seat(text, sentence, trigger, resolved, at_dateline, fallback)
    if seat is not None:
        return Location.from_place(seat)
    # "... captured a battalion headquarters near Kyaukphyu. The group said it had taken 100 soldiers prisoner.": a
    # sentence that locates nothing goes on with its paragraph, when the paragraph's place narrows down what the
    # story would give (same country, at least as specific): a paragraph about another country (the Koran burning
    # in Stockholm before "Iraq expelled the Swedish ambassador") or a wider area does not speak for it
    prior = _paragraph_place(text, sentence, [p for p in resolved if p not in at_dateline])
    if prior is not None and (fallback is None or _narrows(prior, fallback)
                              or (not stated and _scene_opener(text, prior)
                                  and not _names_other_country(text, sentence, trigger, said_by, prior, demonym))):
        fallback = Location.from_place(prior)
    # a third country's word is given at home, not at the scene abroad the story gives ("France condemned")
    if speaker is not None and (fallback is None or fallback.country_code != speaker.country_code):
        return Location.from_place(speaker)
    # "Burkina Faso's junta, led by ..., has expelled French troops": a national decision of a country's government is
    # taken at home (the dateline when it is there), not at the field place of the paragraph or the lead
    decider = _speaker_country(text, sentence, trigger, places, (), demonym, country_place) \
        if not stated and trigger is not None and _DECISION.fullmatch(trigger.text) else None
    if decider is not None:
        home_dl = [p for p in at_dateline if p.country_code == decider.country_code]
        return Location.from_place(max(home_dl, key=lambda p: p.resolution or 0) if home_dl else decider)
    # (the lead's rural deed goes on in the story's later deeds: "The attackers also stole 300 cattle")
    if not stated and fallback is not None and not any((p.resolution or 0) > 1 for p in in_sent) \
            and any(fallback.start == p.start and p.feature_code == "PPLC" for p in at_dateline):
        return _rural_lead_country(text, fallback, resolved, country_place) or fallback
    # (a big city's bureau: only for another deed of violence, "The attackers also burned homes")
    if not stated and fallback is not None and hub is not None and trigger is not None \
            and _violent(trigger) and not any((p.resolution or 0) > 1 for p in in_sent) \
            and any(fallback.start == p.start for p in at_dateline) and hub(fallback):
        return _rural_lead_country(text, fallback, resolved, country_place, True) or fallback
    return fallback


# "Sudan's army and the RSF agreed to a truce brokered by Saudi Arabia and the United States": a deal between parties
# of one country, with no venue written and only its mediators' places (which are no venue, see `_AWAY`), is that
# country's (ACLED codes the parties' country at country level); a deed between two countries' parties ("Ukraine and
# Russia exchanged prisoners") or a party named by no country gets no place this way
_DEAL_WORD = re.compile(r"(?i)(?:agree\w*|sign(?:ed|s|ing)?|truce|ceasefire|cease-fire|deal|accord|pact|"
                        r"exchang\w*|swap\w*|releas\w*|free[ds]?|freeing)")
_OWNER_WORD = re.compile(r"([A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,2})['\u2019]s\b")


def parties_country(text: str, sentence: Sentence, trigger: Trigger | None,
                    country_of: Callable[[str], str | None]) -> tuple[str, int, int] | None:
    """The one country owning the parties of a deal ("Sudan's army and the RSF agreed", "Sudanese and rebel
    negotiators signed"), read from the words before the trigger, with the span of its first word; `country_of`
    maps a country's name or its demonym to its alpha-3 code. None when the trigger is no deal, or the parties
    name no country or two."""
    if trigger is None or _DEAL_WORD.fullmatch(trigger.text) is None:
        return None
    lo, hi = sentence.start, trigger.start
    found: dict[str, tuple[int, int]] = {}
    for m in [*_OWNER_WORD.finditer(text, lo, hi), *_WORD_CAP.finditer(text, lo, hi)]:
        code = country_of(m.group(1) if m.re is _OWNER_WORD else m.group(0))
        if code is not None:
            found.setdefault(code, m.span(1) if m.re is _OWNER_WORD else m.span())
    if len(found) != 1:
        return None
    code, (start, end) = next(iter(found.items()))
    return code, start, end


# "JUBA - Gunmen raided a cattle camp", "BANGUI - Rebels attacked a village overnight": a deed at a rural site with no
# place named, told from the capital, happened somewhere in the country; the capital is where the reporter files from,
# not the scene, so the event is placed at country level (ACLED geo-precision 3: only the larger area is known). A
# local dateline ("BENI - ... attacked a village") is kept: the village is near the town (precision 2).
_RURAL_WORDS = (r"villages?|villagers|hamlets?|(?:cattle|herders'|herding|nomads'?|pastoralists')\s+camps?|farms?|"
                r"farmers|herders|settlements?|(?:farming|rural|remote|herding|fishing|pastoral(?:ist)?|agrarian)\s+"
                r"communit(?:y|ies)|(?:their\s+)?fields|gold\s+mines?")
_RURAL_SITE = re.compile(r"(?i)\s+(?:(?:on|at|in)\s+)?(?:(?:a|an|the|two|three|four|several|\d+)\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:" + _RURAL_WORDS + r"|(?:displacement|displaced|refugee|IDP|mining)"
                         r"\s+camps?|checkpoints?|(?:border|army|military|police)\s+"
                         r"posts?|outposts?|mines|roads?|highways?|weekly\s+markets?|convoys?)\b")
RURAL_SITE_CHARS = 60
# "killed five police reservists in an attack on a remote village", "shot dead five labourers at a remote village",
# "killed 11 farmers working in their fields": the site told after the deed's object, by the attack it was killed in
# or by what the victims were doing there
_RURAL_ATTACK_ON = re.compile(r"(?i)\s+(?:[\w'-]+\s+){0,4}?(?:(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                              r"(?:attacks?|raids?|ambush|assault)\s+on|at|in|near)\s+(?:an?\s+|the\s+|their\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:" + _RURAL_WORDS + r")\b"
                              r"|\s+(?:[\w'-]+\s+){0,3}?(?:working|tending|grazing)\s+(?:[\w'-]+\s+){0,2}?"
                              r"(?:in|on|at)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?"
                              r"(?:fields|farms?|pastures?|land)\b")
RURAL_ATTACK_CHARS = 110
# A big city that is not the capital ("LAGOS", "KARACHI", "MUMBAI") is where a wire bureau files from too; there only
# sites that cannot lie in the city count (not a checkpoint, a road or a market), and only for deeds of violence
_RURAL_ONLY = re.compile(r"(?i)\s+(?:(?:on|at|in)\s+)?(?:(?:a|an|the|two|three|four|several|\d+)\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:" + _RURAL_WORDS + r")\b")
_RURAL_DEED = re.compile(r"(?i)\b(?:attack|raid|storm|ambush|kill|burn|torch|loot|abduct|kidnap|shell|bomb|shot|behead|"
                         r"massacr|slaughter|hack|gun)\w*")


# "killed 15 fighters in a raid on their hideouts in the Sambisa forest", "ambushed a patrol in the mountains",
# "attacked a base along the Juba river": a deed in the wild (a forest, the bush, mountains, a river bank) with no
# place the gazetteer knows is no more in the capital or the bureau's city than a village is; the wild site may be
# told anywhere in the deed's clause, after its object and the raid it was killed in
_WILD_SITE = re.compile(r"(?i)\b(?:in|into|inside|near|through|across|along|at|on)\s+(?:the\s+|an?\s+|their\s+)?"
                        r"(?:[\w'-]+\s+){0,2}?(?:" + WILD_COUNTRY + r"|bush|bushland|savann?ah?|mountain\s+range|"
                        r"(?:river|lake)\s*(?:banks?|shores?)|river|lake|national\s+parks?|game\s+reserves?|"
                        r"(?:wildlife|nature|forest)\s+(?:reserves?|sanctuar(?:y|ies))|conservanc(?:y|ies))\b")


def _wild_site(text: str, at: int, end: int) -> bool:
    return _WILD_SITE.search(text, at, min(end, at + RURAL_ATTACK_CHARS)) is not None


# "BOGOTA - ELN rebels kidnapped two oil workers on Tuesday, the army said. The kidnapping took place in the eastern
# department of Arauca": the lead's next sentence that takes up the deed and says where it happened places the deed
# told in the dateline's sentence with no place of its own (the dateline is where the reporter files from)
_DEED_TAKEN_UP = re.compile(r"(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|raids?|ambush|assault|kidnapping|"
                            r"abduction|shooting|blast|explosion|bombing|killings?|massacre|clash(?:es)?|fighting|"
                            r"strikes?|air\s+strikes?|airstrikes?|incident|violence|robbery|arrests?|protests?)\s+"
                            r"(?:(?:had|has|reportedly|also)\s+)?(?:took\s+place|happened|occurred|was\s+carried\s+out|"
                            r"unfolded|erupted|broke\s+out|hit|struck)\b")


def _deed_taken_up(text: str, sentence: Sentence, dl_here: Sequence[Place], resolved: Sequence[Place]
                   ) -> Place | None:
    home = {p.country_code for p in dl_here}
    spans = [(a, b) for a, b in _sentence_spans(text) if a >= sentence.end and a < _lead_end(text)
             and _DEED_TAKEN_UP.match(text, a)]
    taken = [p for p in resolved if p.country_code in home and (p.resolution or 0) > 1
             and any(a <= p.start < b for a, b in spans)
             and _LOCATIVE.search(text, max(0, p.start - 40), p.start) is not None]
    return _specific_then_close(taken, None) if taken else None


def _violent(trigger: Trigger) -> bool:
    words = trigger.text.split()
    return bool(words) and _RURAL_DEED.fullmatch(words[0]) is not None


def _rural_site(text: str, at: int, end: int, city: bool) -> bool:
    """A rural site is told right after the deed word ending at `at` (or after its object and the attack it was
    killed in); `city`: the dateline is a big city, not the capital (see `_RURAL_ONLY`)."""
    site = _RURAL_ONLY if city else _RURAL_SITE
    return bool(site.match(text[at:min(end, at + RURAL_SITE_CHARS)])
                or _RURAL_ATTACK_ON.match(text[at:min(end, at + RURAL_ATTACK_CHARS)])
                or _wild_site(text, at, end))


def _rural_site_country(text: str, sentence: Sentence, trigger: Trigger | None, stated: bool,
                        dl_here: Sequence[Place], in_sent: Sequence[Place], resolved: Sequence[Place],
                        country_place: Callable[[str], Place | None] | None,
                        hub: Callable[[Place | Location], bool] | None = None) -> Location | None:
    if trigger is None or stated or not dl_here or any((p.resolution or 0) > 1 for p in in_sent):
        return None
    city = max(dl_here, key=lambda p: p.resolution or 0)
    bureau = city.feature_code != "PPLC" and hub is not None and hub(city)
    if bureau and not _violent(trigger):
        return None
    if not _rural_site(text, trigger.end, sentence.end, bureau):
        return None
    return _country_of(text, city, resolved, country_place, bureau)


def _country_of(text: str, capital: Place | Location, resolved: Sequence[Place],
                country_place: Callable[[str], Place | None] | None, bureau: bool = False) -> Location | None:
    """The capital's (or a `bureau` city's) whole country, for a deed known only to be somewhere in it; a place of
    that country the story's lead locates says more ("... stormed a displacement camp. The camp lies near El
    Fasher")."""
    if country_place is None or (capital.feature_code != "PPLC" and not bureau) or not capital.country_code:
        return None
    # (only a sentence of the lead that takes up the site or the deed: "President Kiir later held talks in Wau" is
    # another event's place)
    lead = [p for p in resolved if p.start != capital.start and p.start < _lead_end(text)
            and p.country_code == capital.country_code and (p.resolution or 0) > 1
            and (_LOCATIVE.search(text, max(0, p.start - 40), p.start) is not None
                 or _BETWEEN_BEFORE.search(text, max(0, p.start - 30), p.start) is not None)
            and any(a <= p.start < b and _SITE_TAKEN_UP.match(text, a) for a, b in _sentence_spans(text))]
    if lead:
        return Location.from_place(_specific_then_close(lead, None))
    country = country_place(capital.country_code)
    return Location.from_place(country) if country is not None and country.lat is not None else None


# "The convoy was travelling between Nioro and Kayes when it came under fire": a site taken up between two towns is at
# the first, as on a road between them
_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+(?:the\s+)?(?:(?:towns?|cities|villages?)\s+of\s+)?$")
# "The camp lies near El Fasher", "The attack happened in Pibor county": a later sentence of the lead that takes up the
# site or the deed says where it was
_SITE_TAKEN_UP = re.compile(r"(?:The|That|This)\s+(?:[\w-]+\s+)?(?:villages?|hamlets?|camps?|farms?|settlements?|"
                            r"checkpoints?|posts?|outposts?|mines?|roads?|highways?|markets?|convoys?|attacks?|raids?|"
                            r"ambush|assault|killings?|massacre|violence|incident)\b")


def _rural_lead_country(text: str, capital: Location, resolved: Sequence[Place],
                        country_place: Callable[[str], Place | None] | None, bureau: bool = False) -> Location | None:
    """The capital's (or a `bureau` city's) country when the story's first sentence tells a deed at a rural site and
    names no place but the dateline (see `_rural_site_country`)."""
    spans = _sentence_spans(text)
    first = next(((a, b) for a, b in spans if a <= capital.start < b), None)
    if first is None or any(first[0] <= p.start < first[1] and p.start != capital.start and (p.resolution or 0) > 1
                            for p in resolved):
        return None
    if not any(_rural_site(text, m.end(), first[1], bureau) for m in _RURAL_DEED.finditer(text, first[0], first[1])):
        return None
    return _country_of(text, capital, resolved, country_place, bureau)


# "Prime Minister Oli resigned", "President Noboa declared a state of emergency", "the government dissolved parliament":
# a decision that binds the whole country, taken by a national office; it is taken in the capital, wherever the
# protests that led to it were
_NATIONAL_ACT = re.compile(r"(?i)resign\w*|quit(?:s|ting)?|dissolv\w*|declar\w*|announc\w*|appoint\w*|nominat\w*|"
                           r"sack\w*|dismiss\w*|reshuffl\w*|decree\w*|proclaim\w*|proclamation|impos\w*|suspend\w*|"
                           r"sign(?:s|ed|ing)?|approv\w*|veto\w*|pardon\w*|promulgat\w*|postpon\w*|cancel\w*|"
                           r"call(?:s|ed)?|order(?:s|ed)?|extend\w*|lift\w*|step(?:s|ped)|stood|curfew|emergency|"
                           r"mourning|resignation|dissolution|election\w*")
_NATIONAL_OFFICE = re.compile(r"\b(?:President|[Pp]rime\s+[Mm]inister|Premier|Chancellor|King|Queen|Emir|Sultan|"
                              r"[Gg]overnment|[Cc]abinet|[Pp]arliament|Congress|National\s+Assembly|[Jj]unta|"
                              r"[Pp]residency|[Mm]inist(?:er|ry)|[Mm]ilitary\s+(?:government|council|ruler)s?|"
                              r"[Hh]ead\s+of\s+state)\b")
# (offices of a part of the country decide there: "the state government", "Borno's chief minister")
_SUBNATIONAL = re.compile(r"(?i)\b(?:chief\s+minister|state\s+(?:government|governor|assembly|parliament|cabinet)|"
                          r"(?:provincial|regional|county|municipal|local|city|district)\s+\w*\s*(?:government|"
                          r"assembly|parliament|council|cabinet|minister|authorities)|governor|mayor)\b")


def _national_decision(text: str, sentence: Sentence, trigger: Trigger | None) -> bool:
    if trigger is None or _NATIONAL_ACT.fullmatch(trigger.text) is None:
        return False
    # (the whole subject, not its last clause: "WHO" and "President X, who took office in May," hold a relative word)
    hi = _speech_frame(text, sentence, trigger)[0]
    return _NATIONAL_OFFICE.search(text, sentence.start, hi) is not None \
        and _SUBNATIONAL.search(text, sentence.start, hi) is None


# ("The provincial government announced compensation", "Punjab's chief minister imposed a ban": a province's own office)
_PROVINCIAL_OFFICE = re.compile(r"\b(?i:chief\s+minister|premier|governor|(?:state|provincial|regional)\s+"
                                r"(?:government|governor|assembly|cabinet|authorities|administration|minister))\b|"
                                r"\b[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?(?:['\u2019]s)?\s+(?:government|"
                                r"cabinet|administration|authorities)\b")


def _provincial_seat(text: str, sentence: Sentence, trigger: Trigger | None, resolved: Sequence[Place],
                     at_dateline: Sequence[Place], fallback: Location | None) -> Place | None:
    """"PESHAWAR - Militants attacked a checkpoint near Bannu ... The provincial government announced compensation": a
    decision of a province's own office with no place of its own is taken at the province's seat; when the story is
    filed from that province (in practice from its capital) the decision is at the dateline, not at the field town of
    an earlier sentence. The province is the one the subject names, else the field's: it must be the
    dateline's (the Punjab government's decision in a PESHAWAR story stays where the story puts it)."""
    if trigger is None or (_NATIONAL_ACT.fullmatch(trigger.text) is None and _DECISION.fullmatch(trigger.text) is None):
        return None
    # (the packaged data marks few provincial capitals, so a dateline town in that province stands for its seat: wire
    # reporters file from the seat far more often than from another town of the province)
    seats = [p for p in at_dateline if (p.resolution or 0) >= 3 and p.province]
    if not seats:
        return None
    hi = _speech_frame(text, sentence, trigger)[0]
    office = _PROVINCIAL_OFFICE.search(text, sentence.start, hi)
    if office is None or (office.group(0)[:1].isupper() and _NATIONAL_OFFICE.search(office.group(0))
                          and not any(office.start() <= p.start < office.end() for p in resolved)):
        return None
    subject = [p for p in resolved if sentence.start <= p.start < hi]
    if any(p.resolution == 1 for p in subject):
        return None  # "Uganda's government": a national office
    # (a province the subject names, by its name or its admin-1 name; else the province of the story's field place)
    named = [p for p in subject if p.resolution == 2]
    wanted = {named[0].resolved_place, named[0].province} if named else {fallback.province if fallback else None}
    return next((q for q in seats if q.province in wanted - {None}), None)


# "UNICEF said", "The World Food Programme warned", "the UN refugee agency said": an international agency or aid
# group speaks through its office where the reporter is, not from the field town of an earlier sentence
_AGENCY = re.compile(r"\b(?:UNICEF|UNHCR|UNRWA|OCHA|OHCHR|UNFPA|UNDP|UNESCO|UNOCHA|WFP|WHO|IOM|ICRC|IFRC|FAO|MSF|"
                     r"World\s+(?:Health\s+Organi[sz]ation|Food\s+Programme|Bank)|International\s+(?:Organi[sz]ation\s+"
                     r"for\s+Migration|Committee\s+of\s+the\s+Red\s+Cross|Rescue\s+Committee)|Red\s+(?:Cross|Crescent)|"
                     r"(?:U\.?N\.?|United\s+Nations)(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,3}?(?:agency|office|mission|"
                     r"programme|fund|envoy|coordinator|spokes(?:man|woman|person))|"
                     r"Doctors\s+Without\s+Borders|M[\u00e9e]decins\s+Sans\s+Fronti[\u00e8e]res|Save\s+the\s+Children|"
                     r"Oxfam|Amnesty\s+International|Human\s+Rights\s+Watch|Norwegian\s+Refugee\s+Council)\b")


def _agency_speaker(text: str, sentence: Sentence, trigger: Trigger | None) -> bool:
    if trigger is None:
        return False
    return _AGENCY.search(text, sentence.start, _speech_frame(text, sentence, trigger)[0]) is not None


def _capital_or_country(fallback: Location, resolved: Sequence[Place],
                        country_place: Callable[[str], Place | None] | None) -> Location:
    """A national decision the dateline does not place is at its country's capital when the story names it, else at
    the country (the field town of an earlier sentence would say more than is known)."""
    capital = next((p for p in resolved if p.feature_code == "PPLC" and p.country_code == fallback.country_code), None)
    if capital is not None:
        return Location.from_place(capital)
    if fallback.feature_code == "PPLC" or (fallback.resolution or 0) <= 1:
        return fallback
    cp = country_place(fallback.country_code) if country_place is not None and fallback.country_code else None
    return Location.from_place(cp) if cp is not None else fallback


# "France condemned the violence", "Tanzania's foreign ministry said", "Qatar, which has hosted the talks, urged": a
# country opening the sentence as the speaker (itself or a body of its own, not an envoy or mission abroad)
_COUNTRY_BODY = re.compile(r"['\u2019]s(?:\s+(?!(?:in|at|for|on|to|mission|missions|envoys?|embass(?:y|ies)|ambassadors?|"
                           r"delegations?|consulates?|office|troops|forces|soldiers|navy|army|military)\b)"
                           r"[\w.'-]+){1,4}")


# where the story's first sentence starts after its dateline: "NAIROBI, Kenya (Reuters) - "
_LEAD_OPEN = re.compile(r"[^.\n]{0,40}?(?:[ \t][-\u2013\u2014]{1,2}|:)[ \t]+")


def _speaker_after_dateline(text: str, sentence: Sentence, trigger: Trigger | None, places: Sequence[Place],
                            at_dateline: Sequence[Place], demonym: Callable[[str], str | None] | None,
                            country_place: Callable[[str], Place | None] | None,
                            span: tuple[int, int] | None) -> Place | None:
    """`_speaker_country` for the sentence that opens with the dateline: its subject starts after the dateline."""
    body = _LEAD_OPEN.match(text, span[1]) if span is not None else None
    if body is None or trigger is None or body.end() >= trigger.start:
        return None
    return _speaker_country(text, replace(sentence, start=body.end()), trigger, places, at_dateline, demonym,
                            country_place)


def _speaker_country(text: str, sentence: Sentence, trigger: Trigger | None, places: Sequence[Place],
                     at_dateline: Sequence[Place], demonym: Callable[[str], str | None] | None = None,
                     country_place: Callable[[str], Place | None] | None = None) -> Place | None:
    """The country (not the dateline's) heading the subject of a statement, when the subject is that country itself
    or a body of its own ("The Uruguayan government offered"); None otherwise."""
    if trigger is None:
        return None
    hi = _speech_frame(text, sentence, trigger)[0]
    head = _BODY_HEAD.match(text, sentence.start)
    start = head.end() if head is not None else sentence.start
    p = next((q for q in places if q.start == start and q.lat is not None and q.resolution == 1
              and (q.feature_code or "").startswith("PCL")), None)
    own: re.Match[str] | None = None
    if p is None and demonym is not None and country_place is not None:
        word = _WORD_CAP.match(text, start, hi)
        cc = demonym(word.group(0)) if word is not None else None
        own = _DEMONYM_BODY.match(text, word.end(), hi) if word is not None and cc else None
        # (a state's own body only: "Danish developer Orsted ... signed at the fair" is a company's deed)
        own = own if own is not None and _STATE_WORD.search(own.group(0)) else None
        found = country_place(cc) if own is not None and cc else None
        p = found if found is not None and found.lat is not None else None
    if p is None or p.country_code in {q.country_code for q in at_dateline} \
            or _GATHERING.search(text, sentence.start, sentence.end):
        return None
    named_end = own.start() if own is not None else p.end
    own = own or _COUNTRY_BODY.match(text, p.end, hi)
    i = own.end() if own is not None else p.end
    appo = _APPOSITION.match(text, i, hi)
    i = appo.end() if appo is not None else i
    # ("Qatar, which has hosted the talks": the country is the subject of a deed told in its relative clause)
    rel = _OWN_RELATIVE.match(text, i, hi)
    if not _SUBJECT_GAP.fullmatch(text, rel.end() if rel is not None else i, hi) \
            and not _joined_predicate(text, i, hi):
        return None
    # ("Ukraine's foreign minister, who spoke by video link from Kyiv, thanked": a place of its own in the apposition)
    inner = [q for q in places if q.lat is not None and named_end <= q.start < i and q.country_code == p.country_code
             and (q.resolution or 0) > 1]
    return max(inner, key=lambda q: q.resolution or 0) if inner else p


# ("France welcomed the decision and urged both countries to talk", "Kenyan President William Ruto spoke to Kiir by
# telephone and urged him to return to talks": the second of two verbs joined by "and" has the first one's speaker)
_JOINED_PREDICATE = re.compile(r"\s+[a-z][\w'-]*(?:\s+[\w.'-]+){0,12}?\s+and\s+(?:then\s+|also\s+|later\s+)?")


def _joined_predicate(text: str, lo: int, hi: int) -> bool:
    return _JOINED_PREDICATE.fullmatch(text, lo, hi) is not None and not _CLAUSE_BREAK.search(text, lo, hi)


# ("Tshisekedi told the summit that ...", "signed an agreement at the fair": a speaker at a gathering is where it is
# held, which the dateline or the lead tells)
_GATHERING = re.compile(r"(?i)\b(?:told|address(?:ed|es|ing)?|at|to|attend(?:ed|s|ing)?|join(?:ed|s|ing)?)\s+(?:the|a|an|"
                        r"this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|conference|talks|forum|assembly|"
                        r"session|fair|gathering|congress|ceremony)\b")


# ("The Uruguayan government", "Uruguayan President Yamandu Orsi": a body of the country a demonym names)
_DEMONYM_BODY = re.compile(r"(?:\s+(?!(?:mission|missions|envoys?|embass(?:y|ies)|ambassadors?|delegations?|consulates?|"
                           r"troops|forces|soldiers|navy|army|military|in|at|for|on)\b)[\w.'-]+){1,4}")
_STATE_WORD = re.compile(r"(?i)\b(?:government|ministry|minister|president|presidency|prime|premier|chancellor|"
                         r"king|officials|authorities|cabinet|parliament|leaders?|junta)\b")
_OWN_RELATIVE = re.compile(r",\s+(?:which|who)(?=\s)")


# "In Goma, thousands fled the camps ... The World Food Programme said it had suspended food distributions": a
# paragraph that opens by setting its scene ("In X,") holds its deeds there, in whatever country the lead was
_SCENE_OPEN = re.compile(r"(?:In|At|Near|Outside)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,2}")


def _names_other_country(text: str, sentence: Sentence, trigger: Trigger | None, said_by: Sequence[Place],
                         p: Place, demonym: Callable[[str], str | None] | None) -> bool:
    """("In Muzaffarabad, hundreds marched ... The Indian army said a soldier was killed": the sentence names
    another country's party, so the scene of the paragraph is not its place)"""
    hi = trigger.start if trigger is not None else sentence.end
    named = {q.country_code for q in said_by} | _demonyms(text, sentence.start, hi, demonym)
    return bool(named - {None, p.country_code})


def _scene_opener(text: str, p: Place) -> bool:
    line = text.rfind("\n", 0, p.start) + 1
    return _SCENE_OPEN.fullmatch(text, line, p.start) is not None and text.startswith(",", p.end)


# "the army-led government, which is based in Port Sudan, rejected the plan": a speaker's seat told in a relative
# clause about the subject is where it speaks from
_SEAT_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:is|are|was|were|has\s+been)\s+(?:now\s+)?"
                            r"(?:based|headquartered|seated)\s+in\s+(?:the\s+)?$"
                            r"|,\s+(?:which|who)\s+(?:has|have|had)\s+(?:its|their)\s+(?:headquarters|seat|secretariat)"
                            r"\s+in\s+(?:the\s+)?$"
                            # ("The Democratic Alliance, which runs Cape Town, accused": a party speaks where it governs)
                            r"|,\s+(?:which|who)\s+(?:now\s+)?(?:runs|governs|rules)\s+(?:the\s+)?$"
                            r"|,\s+whose\s+(?:capital|seat|headquarters|base)\s+(?:is|are|was)\s+(?:in\s+)?(?:the\s+)?$")


def _seat_in_relative(text: str, sentence: Sentence, trigger: Trigger | None,
                      subject: Sequence[Place]) -> Place | None:
    if trigger is None:
        return None
    return next((p for p in subject if _SEAT_RELATIVE.search(text, max(sentence.start, p.start - 60), p.start)
                 and re.fullmatch(r"(?:\s+(?:municipality|city|province|state|region|district|county))?,\s+"
                                  r"(?:[a-z]+\s+){0,2}", text[p.end:trigger.start]) is not None), None)


# "sent troops to Argelia, in southern Cauca, after guerrillas seized soldiers there": "there" in the trigger's
# clause points back to the place written last before it (the most specific of its phrase); an existential
# "there were", "from there" (an origin) and "there" before the trigger do not
_THERE = re.compile(r"(?i)(?<!from\s)\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|must|"
                    r"seems?|seemed|appears?|appeared|remains?|remained|being|been|be)\b)")


_PHRASE_GLUE = re.compile(r",?\s+(?:(?:also|both)\s+)?(?:in\s+)?(?:the\s+)?"
                          r"(?:(?:north|south|east|west|central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+)?|,\s*")


def _there(text: str, sentence: Sentence, trigger: Trigger | None, in_sent: Sequence[Place],
           resolved: Sequence[Place], at_dateline: Sequence[Place]) -> Place | None:
    if trigger is None:
        return None
    m = _THERE.search(text, trigger.end, sentence.end)
    if m is None or m.start() - trigger.end > 60 or _CLAUSE_BREAK.search(text, trigger.end, m.start()):
        return None
    before = sorted((p for p in in_sent if p.end <= m.start()), key=lambda p: p.start)
    if before:
        # the phrase of the place written last: it and the places glued to it ("Argelia, in southern Cauca")
        phrase = [before[-1]]
        for p in reversed(before[:-1]):
            if not _PHRASE_GLUE.fullmatch(text, p.end, phrase[-1].start):
                break
            phrase.append(p)
        return max(phrase, key=lambda p: (p.resolution or 0, -p.start))
    return _paragraph_place(text, sentence, [p for p in resolved if p not in at_dateline])


def _narrowed_by_lead(text: str, sentence: Sentence, loc: Location, resolved: Sequence[Place],
                      at_dateline: Sequence[Place]) -> Location:
    """"ELN fighters attacked a base in the province of Norte de Santander ... The attack on the base in the rural
    area of Tibu ...": an event of the lead located at an admin area takes the place inside it that the lead's
    next sentence gives (as the lead fallback does for the story's other sentences)."""
    if (loc.resolution or 0) > 2 or loc.feature_code in WATER_FEATURES or sentence.start >= _lead_end(text):
        return loc
    # (only the lead's later sentences can narrow it down: "... in northwest Nigeria's Sokoto state ... dragged from a
    # police station in the town of Wurno")
    # (a later sentence telling an earlier deed is another deed's place: "... in Jonglei state. The night before,
    # gunmen ambushed a truck near Bor")
    lead = _lead_place(text, [p for p in resolved if p not in at_dateline
                              and sentence.end <= p.start < _lead_end(text) and not _told_earlier(text, p)],
                       frozenset(p.country_code for p in at_dateline))
    if lead is None or (lead.resolution or 0) <= (loc.resolution or 0) \
            or lead.country_code != loc.country_code \
            or (loc.resolution == 2 and (loc.province is None or lead.province != loc.province)) \
            or any(lead.geonameid == p.geonameid for p in at_dateline) \
            or _SPREAD.search(text, max(0, loc.start - 50), loc.start) \
            or _MANY_PLACES.search(text, sentence.start, sentence.end) \
            or len(_list_around(text, lead, [p for p in resolved if p.lat is not None] + [lead])) >= LIST_MIN:
        # not a name the gazetteer lacks, put at the dateline city; not a part of an area the event spans (nor one
        # item of the list it covers: "a curfew in five districts ... Imphal West, Imphal East, ... and Jiribam")
        return loc
    return Location.from_place(lead)


# "imposed a curfew in five districts", "protests in several cities": an event spread over many places of the area
_MANY_PLACES = re.compile(r"(?i)\b(?:in|across|over)\s+(?:all\s+|the\s+)?(?:\d+|two|three|four|five|six|seven|eight|"
                          r"nine|ten|several|many|dozens\s+of|scores\s+of|multiple|various)\s+(?:[a-z-]+\s+)?"
                          r"(?:districts|provinces|regions|states|towns|cities|villages|areas|counties|municipalities|"
                          r"communities|localities|governorates|oblasts)\b")
_SPREAD = re.compile(r"(?i)\b(?:across|throughout|all\s+over|around)\s+(?:the\s+|much\s+of\s+(?:the\s+)?)?"
                     r"(?:[\w'-]+\s+){0,3}$")


def _narrows(p: Place, story: Location) -> bool:
    if p.country_code is None or (story.country_code is not None and p.country_code != story.country_code):
        return False
    res = 0.5 if story.feature_code in WATER_FEATURES else float(story.resolution or 1)
    return (p.resolution or 0) >= res


def _story_place(text: str, trigger: Trigger | None, resolved: Sequence[Place], at_dateline: Sequence[Place],
                 in_sent: Sequence[Place], country_place: Callable[[str], Place | None] | None,
                 verbal: bool = False, home_speaker: bool = False) -> Location | None:
    """Where the story puts an event its own sentence does not locate: the lead's place, else the dateline, else
    a place of the sentence, else the story's focus. A statement or diplomatic act (`verbal`) takes the dateline
    over a lead place in the dateline's country or at sea: "WARSAW - Poland ordered the closure of Russia's consulate
    in Gdansk ... Sikorski said", "MANILA - ... water cannon near Scarborough Shoal ... the ministry summoned the
    Chinese ambassador" were said in the capital, not at the consulate or the shoal."""
    # with a dateline to fall back on, only the lead's own places speak for the story; without one, the first
    # located place anywhere is the best clue there is
    lead = _lead_place(text, [p for p in resolved if p not in at_dateline
                              and (not at_dateline or p.start < _lead_end(text))],
                       frozenset(p.country_code for p in at_dateline))
    # (a speaker named by the dateline's country speaks at home even when the lead is abroad: `home_speaker`)
    if lead is not None and verbal and at_dateline and (
            home_speaker or lead.country_code is None or lead.feature_code in WATER_FEATURES
            or lead.country_code in {p.country_code for p in at_dateline}):
        return Location.from_place(max(at_dateline, key=lambda p: p.resolution or 0))
    if lead is not None:
        # (a provincial dateline city is not taken for a country-level lead: "GOMA - ... near Beni" is 300 km away)
        return Location.from_place(lead)
    if at_dateline:
        return Location.from_place(max(at_dateline, key=lambda p: p.resolution or 0))
    if in_sent:
        return Location.from_place(_specific_then_close(in_sent, trigger))
    return _focus(resolved, country_place)


LEAD_WINDOW = 200
LEAD_SENTENCES = 2


@lru_cache(maxsize=8)
def _lead_end(text: str) -> int:
    """Where the story's lead (its first two sentences) ends: in a datelined story a place first named further
    down ("policing in Illinois' capital") is no clue to where the story's events happened."""
    spans = _sentence_spans(text)  # (the split the sentence ends use: one split per story)
    return spans[min(len(spans), LEAD_SENTENCES) - 1][1] if spans else len(text)


def _lead_place(text: str, places: Sequence[Place], home: frozenset[str | None] = frozenset()) -> Place | None:
    """Where the story's first located event happened: the most specific place attached by "in/near/
    at..." around the first such mention ("... in the Red Sea, 60 miles west of the port of Hodeidah").

    `home`: the countries of the dateline's places (see below)."""
    whole = Sentence(0, 0, len(text), text)
    located = sorted((p for p in places if _locative(text, p, whole) and not _based_doer(text, p)),
                     key=lambda p: p.start)
    if not located:
        return None
    first = located[0]
    # in the first one's sentence, only places of its clause: "... across the Gaza Strip overnight, officials
    # said, as negotiators met in Cairo" puts the lead's event in Gaza; Cairo is another event's place. A later
    # sentence of the lead may still narrow it down ("The attack happened in the city of Irapuato").
    end = _sentence_end(text, first.end)
    # A later sentence narrows it only inside its country or the dateline's: "ATHENS - ... left it adrift off the
    # island of Lesbos ... The Turkish coast guard said it had rescued the group near Ayvacik" keeps Lesbos (the other
    # side's account); "WARSAW - ... a missile fired at western Ukraine ... the ministry in Warsaw" narrows to Warsaw.
    # (where a later sentence's speaker sits narrows nothing: "BANGKOK - ... exchanged fire near the Preah Vihear
    # temple ... The Thai army said in a statement issued in Bangkok that ...")
    lead = [p for p in located if p.start <= first.start + LEAD_WINDOW
            and ((p.start >= end and (first.country_code is None or p.country_code in {first.country_code, *home})
              and not _frame_venue_that(text, end, p) and not _told_earlier(text, p))
                 or (p.start < end and not _CLAUSE_BREAK.search(text, first.end, max(first.end, p.start))))]
    return _specific_then_close([p for p in lead if not _qualifier(text, p, lead)] or lead, None)


# "The night before, gunmen had ambushed a truck near Bor", "A day earlier, ...", "Hours earlier, ...": a sentence
# opened by a time before the deed told before it tells another, earlier deed (coding keeps the two apart too)
_EARLIER_OPENS = re.compile(
    r"(?i)\s*(?:on\s+)?(?:the\s+(?:day|night|evening|morning|afternoon|week)\s+before|the\s+(?:previous|preceding)\s+"
    r"(?:day|night|evening|morning|afternoon|week)|(?:a|one|two|three|four|five|six|several|\d+)\s+(?:hours?|days?|"
    r"weeks?)\s+(?:earlier|before)|(?:hours|days|weeks)\s+earlier|earlier\s+(?:that|the\s+same)\s+(?:day|morning|"
    r"afternoon|evening|night|week)|last\s+(?:week|month))\s*,")


def _told_earlier(text: str, p: Place) -> bool:
    """`p` is in a later sentence that opens with a time before the deed told before it, or that turns to another
    deed ("Separately, ...", "In a separate attack, ...")."""
    span = next(((a, b) for a, b in _sentence_spans(text) if a <= p.start < b), None)
    if span is None or span[0] == 0:
        return False
    m = _EARLIER_OPENS.match(text, span[0]) or _NEW_TOPIC.match(text, span[0])
    return m is not None and m.end() <= p.start


@lru_cache(maxsize=8)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    from newsevents.segment import split_sentences

    return tuple((s.start, s.end) for s in split_sentences(text))


def _sentence_ends(text: str) -> tuple[int, ...]:
    return tuple(e for _, e in _sentence_spans(text))


# Places that say where a party sits or speaks, not where anything happened: "the military government in
# Ouagadougou did not comment", "the U.S. ambassador in Manila", "told a news conference in Quezon City"
_SEAT_OR_VENUE = re.compile(
    r"(?i)(?:\b(?:government|ministry|authorities|embassy|ambassador|envoy|consulate|officials|junta|regime|"
    r"parliament|court|headquarters|spokes(?:man|woman|person))\s+(?:based\s+)?(?:in|at)\s+"
    r"|\b(?:told|said|says|speaking|spoke|addressing)\s+(?:[\w'-]+\s+){0,4}?(?:in|at|from)\s+)(?:the\s+)?$")
# "about 70 nautical miles west of the port of Hodeidah": a point at sea measured from the coast
_SEA_REFERENCE = re.compile(r"(?i)\bnautical\s+miles?\s+(?:\(?[\w\s]*\)?\s+)?(?:[\w-]+\s+)?of\s+(?:the\s+)?"
                            r"(?:(?:port|city|town|coast)\s+(?:city\s+)?of\s+(?:the\s+)?)?$")


def _sea_of_reference(text: str, sentence: Sentence, located: Sequence[Place],
                      story: Sequence[Place]) -> Place | None:
    """"The tanker was about 70 nautical miles west of the port of Hodeidah when it was hit": a point measured at
    sea from the coast is in the sea the story names (the nearest mention before, else the first after)."""
    if not located or not all(_SEA_REFERENCE.search(text, max(sentence.start, p.start - 60), p.start)
                              for p in located):
        return None
    seas = [p for p in story if p.feature_code in WATER_FEATURES]
    before = [p for p in seas if p.start < sentence.start]
    return before[-1] if before else (seas[0] if seas else None)


def _inside_relative(text: str, start: int, p: Place) -> bool:
    """"... accuse Rwanda of backing the M23, which seized the border town of Bunagana in 2022": a place in a
    relative clause set off by a comma is background to the sentence."""
    opens = list(_REL_OPEN.finditer(text, start, p.start))
    return bool(opens) and "," not in text[opens[-1].end():p.start]


# "Knoxville police said two people were wounded in a shooting": a town's own police or authorities act and speak in
# that town; with nothing else located, it is the event's place and its paragraph's
_TOWN_BODY = re.compile(r"[ \t]+(?:police|authorities|officials|firefighters|fire\s+department|city\s+council)\b")


def _town_body(text: str, sentence: Sentence, trigger: Trigger | None, in_sent: Sequence[Place]) -> Place | None:
    hi = trigger.start if trigger is not None else sentence.end
    return next((p for p in in_sent if p.end <= hi and (p.resolution or 0) >= 3 and _TOWN_BODY.match(text, p.end)),
                None)


# ("Separately, Knoxville police said two people were wounded ...": a sentence opening a new topic is not the
# continuation of the sentences before it)
_NEW_TOPIC = re.compile(r"(?:Separately|Elsewhere|In\s+(?:a\s+)?(?:separate|other|unrelated)\s+\w+)\b")


def _paragraph_place(text: str, sentence: Sentence, places: Sequence[Place]) -> Place | None:
    """The place of the nearest earlier sentence of the same paragraph that locates something ("in/near X"),
    leaving out where a source speaks from ("the ministry in Ramallah said")."""
    if _NEW_TOPIC.match(text, sentence.start):
        return None
    before = [(s, e) for s, e in _sentence_spans(text) if e <= sentence.start]
    hi = sentence.start
    for s, e in reversed(before):
        if "\n" in text[e:hi]:
            return None
        prev = Sentence(0, s, e, text[s:e])
        located = [p for p in places if s <= p.start < e and (_locative(text, p, prev) or (
                       (p.resolution or 0) >= 3 and _TOWN_BODY.match(text, p.end)))
                   and not _SAID_AFTER.match(text, p.end) and not _elsewhere(text, p)
                   and not _SEAT_OR_VENUE.search(text, max(s, p.start - 60), p.start)
                   and not _SEA_REFERENCE.search(text, max(s, p.start - 60), p.start)
                   and not _inside_relative(text, s, p) and not _based_doer(text, p)]
        located = _named_for_themselves(text, located)
        if located:
            return _specific_then_close(located, None)
        if _NEW_TOPIC.match(text, s):
            return None
        hi = s
    return None


def _sentence_end(text: str, pos: int) -> int:
    return next((e for e in _sentence_ends(text) if pos < e), len(text))


def _focus(resolved: Sequence[Place], country_place: Callable[[str], Place | None] | None) -> Location | None:
    """The story's focus: its most mentioned specific place in its most mentioned country."""
    if not resolved:
        return None
    countries = Counter(p.country_code for p in resolved if p.country_code)
    if not countries:
        return Location.from_place(resolved[0])
    top_country = countries.most_common(1)[0][0]
    in_country = [p for p in resolved if p.country_code == top_country]
    specific = Counter(p.geonameid or p.text for p in in_country if (p.resolution or 0) >= 2)
    if specific:
        key, n = specific.most_common(1)[0]
        if n >= 2:
            return Location.from_place(next(p for p in in_country if (p.geonameid or p.text) == key))
    whole = [p for p in in_country if (p.resolution or 0) == 1]
    if whole:
        return Location.from_place(whole[0])
    if country_place is not None:
        cp = country_place(top_country)
        if cp is not None:
            return Location.from_place(cp)
    return Location.from_place(in_country[0])
