"""Evidence that an ACLED sub-event type defined by its weapon, act or crowd is really meant.

Suicide bombings, chemical weapons, grenades, sexual violence and disrupted weapons use are defined by a
weapon or act that news always names ("a suicide bomber", "chlorine", "a grenade", "raped", "defused a
bomb"). The classifier can still give them to sentences that only share the setting ("the Taliban denied
involvement in the killing" -> suicide bomb; "police seized 40 kg of heroin" -> disrupted weapons use), so
the coder passes over such a sub-type when the sentence names nothing of the kind. The patterns are broad
on purpose: they only have to rule out sentences with no such word at all."""
from __future__ import annotations

import re

# protests are recognisable by their crowd: water cannon fired at a boat is no protest with intervention
# (the month "March" is no march: "arrested in March 2025")
_PROTEST_WORDS = (r"protest|demonstrat|\brall(?:y|ies|ied|ying)|(?-i:march)|\bMarch(?:ed|es|ing|ers?)\b|crowd"
                  r"|sit-?in|\bstrik|picket|activist"
                  r"|gather|\bmobs?\b|riot|boycott|vigil|students|workers|supporters|youths|residents|villagers"
                  r"|\bunions?\b|hunger|blockad|barricad|blocked|opposition")

# a change of control over a place ("captured the town", "seized control of", "overran the base", "fell to")
_CONTROL_WORDS = (r"captur|\bseiz|\bsiez|overr[au]n|\b(?:took|taken|take|takes|taking)\s+(?:over|control|back)"
                  r"|\b(?:took|taken|take|takes|taking)\s+the\s+(?:\S+\s+){0,2}(?:city|town|village|capital|district"
                  r"|province|base|camp|port|airport|area|region|territory)"
                  r"|\bcontrol\s+(?:of|over)\b|\bin\s+control\b|\bunder\s+\S+\s+control\b|\bcontrolled\b"
                  r"|\bfell\b|\bfall(?:en|s)?\s+(?:to|into|under)|\bretak|\bretook|recaptur|reclaim|\bregain|liberat"
                  r"|\bfreed\b|\bcleared\b|\bdr(?:ove|iven|ive)\s+(?:\S+\s+){0,3}out"
                  r"|\bpushed\s+(?:\S+\s+){0,3}(?:out|back)"
                  r"|\bexpel|\brecover|\bousted|\bdislodg|\bconquer|\boccup|\bannex|\bhoist"
                  r"|\braised\s+(?:their|its|the)\s+flag"
                  r"|\bentered\s+the\s+(?:town|city)|\bwithdr[ae]w|\bpulled\s+out|\babandon|\bhanded\s+over"
                  r"|\bstronghold|\bheld\s+by")

# a violent demonstration is named by its violence, not by its crowd ("filled the chamber" is peaceful)
# (round C8: barricades and blockades are no violence of their own; burning ones name the fire)
_VIOLENCE_WORDS = (r"riot|clash|violen|\bston(?:e|es|ed|ing)\b|\brocks?\b|pelt|hurl|\bthr(?:ew|ow|own|owing)\b"
                   r"|molotov|petrol\s+bomb|firebomb|\bburn|\btorch|\bfire\b|\bfires\b|ablaze|arson|\bset\s+fire"
                   r"|loot|vandal|smash|damag|destr|ransack|wreck|\bbeat|attack|assault|injur|wound|\bhurt|\bkill"
                   r"|\bdead\b|\bdied\b|scuffl|brawl|fought|fight|skirmish|stormed|\bstorm\b"
                   r"|broke\s+(?:into|through|down)|\bforced\s+(?:their|its)\s+way"
                   r"|\bmob\b|rampag|tear\s*gas|water\s+cannon|rubber\s+bullet|\bshot\b|\bgunfire"
                   r"|\barrest|\bdetain|\bdispers|\bcharged\b|\bbaton|\bdumped\b|\bsmear|\bsprayed\b|\begg"
                   r"|\bbrick|\bbottles?\b|\bhostage|\bseiz|\boccup|\bdefac|\btoppl|spray-?paint|graffiti|\bangry"
                   r"|\benraged|\bunrest|\bchaos|\bturmoil|\buprising")

# firing at people is shooting ("the three men fired at the officers"); firing at a place may be shelling
# (people fired on are shot, not shelled: "fired on striking dockers", "fired at a man")
_FIRED_AT_NO_PERSON = (r"\bfired\s+(?:on|at|into|towards)\b(?!\s+(?:the\s+|a\s+)?(?:(?:group|crowd)\s+of\s+)?(?:\w+\s+)?(?:officers|police|policemen"
                       r"|soldiers|troops|protesters|demonstrators|crowds?|people|him|her|them|us|agents|guards|men"
                       r"|civilians|villagers|residents|workers|dockers|miners|strikers|students|farmers|herders"
                       r"|fishermen|worshippers|pilgrims|passengers|motorists|drivers|journalists|children|women"
                       r"|mourners|marchers|youths?|man|woman|boys?|girls?|suspects?)\b)")

_HEAVY_WEAPONS = (r"\bshell|artillery|mortar|rocket|missile|howitzer|(?<!water )cannon|launcher|projectile|bombard"
                  r"|barrage|katyusha|\bgrads?\b|\btanks?\b|salvo|heavy\s+weapon")
_HEAVY_WEAPON = re.compile(_HEAVY_WEAPONS, re.IGNORECASE)


def names_heavy_weapon(text: str) -> bool:
    """(round C22) The text names a shell, rocket, missile or other heavy weapon (not just something fired at)."""
    return _HEAVY_WEAPON.search(text) is not None


_EVIDENCE: dict[str, re.Pattern[str]] = {sub: re.compile(p, re.IGNORECASE) for sub, p in {
    # a bomber driving a vehicle bomb into the target is a suicide attack even when "suicide" is not written
    "Suicide bomb": r"suicide|\bblew\s+(?:him|her|them)sel(?:f|ves)\s+up|self-detonat|explosives?[- ](?:vest|belt)"
                    r"|martyrdom|(?:drove|rammed|crashed|steered)\b.{0,60}(?:explosive|bomb)"
                    r"|(?:explosives?|bomb)-(?:laden|packed|filled|rigged)"
                    r"|(?:packed|loaded|laden|filled)\s+with\s+explosives",
    # gas as a fuel or resource ("its gas and mineral resources", "a gas pipeline") is no weapon; nor is tear gas,
    # crowd control (ACLED: force against a crowd is "Protest with intervention" or "Excessive force")
    "Chemical weapon": r"chemical|chlorine|sarin|nerve\s+agent|mustard|toxic|poison|phosgene|\bvx\b|irritant"
                       r"|(?<!natural )(?<!tear )(?<!tear-)\bgas\b(?!\s+(?:and\s+(?:oil|mineral|coal)|fields?|pipelines?|reserves|resources"
                       r"|supplies|supply|prices?|exports?|imports?|stations?|plants?|compan(?:y|ies)|deposits"
                       r"|cylinders?|leak|deals?|production))",
    "Grenade": r"grenade",
    "Shelling/artillery/missile attack": _HEAVY_WEAPONS + "|" + _FIRED_AT_NO_PERSON,
    # (shots "into the air" are warning shots from the ground; round C23: an airport or an airline is a place or a
    # firm, no aircraft)
    "Air/drone strike": r"(?<!into the )(?<!in the )\bair(?!ports?\b|lines?\b|fields?\b|space\b)|drone|\buavs?\b|\bjets?\b|warplane|aircraft|\bplanes?\b|helicopter|gunship|\bbomb"
                        r"|sorties?|aerial|\bstrikes?\b|\bstruck\b|missile|rocket|shell",
    "Sexual violence": r"\brap(?:e|ed|es|ing|ist)|sexual|molest|gang-rap",
    "Remote explosive/landmine/IED": r"\bieds?\b|improvised|explosi|\bbomb|landmine|\bmines?\b|device|detonat"
                                     r"|blast|booby|roadside|\bblew\s+up|\bblown\s+up",
    "Abduction/forced disappearance": r"abduct|kidnap|hostage|captiv|captur|disappear|missing|hijack|snatch"
                                      r"|\bseiz|\btook\b|\btaken\b|\bheld\b|detain|whereabouts|ransom",
    "Peaceful protest": _PROTEST_WORDS,
    "Protest with intervention": _PROTEST_WORDS,
    "Excessive force against protesters": _PROTEST_WORDS,
    "Violent demonstration": _VIOLENCE_WORDS,
    "Looting/property destruction": r"loot|ransack|torch|burn|fire|ablaze|arson|vandal|destr|demolish|pillag"
                                    r"|plunder|damag|smash|raz(?:e|ed|ing)\b|bulldoz|wreck|sack|stole|steal|seiz"
                                    r"|cattle|livestock",
    # control of a place changing hands: storming or raiding a building is an attack, not a takeover ("stormed
    # the hotel"), and a place named as a setting ("near the village of X") takes nothing
    "Non-state actor overtakes territory": _CONTROL_WORDS,
    "Government regains territory": _CONTROL_WORDS,
    # a place changing hands without a fight still changes hands: sanctions on a commander ("imposed sanctions on
    # RSF leader ... after determining that his forces had committed genocide") take no territory
    "Non-violent transfer of territory": _CONTROL_WORDS + r"|\bleft\b|\bleav(?:e|es|ing)\b|\bvacat"
                                         r"|\bhand(?:s|ed|ing)?\b|\bhandover|\btransfer|\bmoved\s+in|\bentered\b"
                                         r"|\bevacuat|\bretreat"
                                         r"|\bredeploy|\bced(?:e|ed|es|ing)\b|\bunopposed",
    "Mob violence": _PROTEST_WORDS + r"|lynch|vigilant|angry|enraged|irate|rioters|\bgroup\s+of|locals|clash",
    # (round C35) a base or headquarters set up is named by its base, camp or post, or by the setting up ("the armed
    # forces did not arrive until Wednesday", "besieged the city", "deployed on operations" establish nothing)
    "Headquarters or base established": r"\bbases?\b|headquart|\bhqs?\b|\bcamps?\b|encamp|outposts?|garrison"
                                        r"|command\s+(?:centre|center|post)s?|barracks|\bforts?\b|fortif|\bposts?\b"
                                        r"|\bpositions?\b|checkpoints?|stronghold|foothold|\bpresence\b"
                                        r"|\bset(?:s|ting)?\s+up\b|establish|install|station(?:ed|s)?\b|settled"
                                        r"|dug\s+in|trenches",
    "Disrupted weapons use": r"weapon|explosive|\bbomb|\bieds?\b|ammunition|\barms\b|\bmines?\b|landmine|grenade"
                             r"|rocket|missile|drone|device|detonat|defus|munition|\bguns?\b|rifle|firearm"
                             r"|\bplot|intercept|shot\s+down|cache|\bshells?\b|mortar",
}.items()}


_PROTEST_SUB_TYPES = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                                "Violent demonstration"})


# people seized are abducted, not a place taken ("gunmen seized more than 130 pupils from a school")
_PEOPLE_SEIZED = re.compile(
    r"\bseiz\w*\s+(?:(?:more|fewer|at|least|than|about|around|over|nearly|almost|some|up|to|dozens|scores"
    r"|hundreds|of|the|a|an|\d[\d,]*|\w+teen|\w+ty|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+){0,5}(?:pupils|students|schoolchildren|schoolgirls|schoolboys|children|girls|boys|people|villagers"
    r"|passengers|women|worshippers|hostages|workers|farmers|civilians|residents|travell?ers|tourists|journalists"
    r"|nurses|teachers|aid workers)\b",
    re.IGNORECASE)
# people set free afterwards ("they were freed two weeks later") are no town liberated
_PEOPLE_FREED = re.compile(r"\b(?:they|who|he|she|all|most|many|some|captives|hostages)\s+(?:were|was|have been"
                           r"|has been|had been)\s+(?:\w+\s+)?freed\b", re.IGNORECASE)
# power seized in a coup is no place taken ("where military juntas seized power in 2022", "tried to take power")
_POWER_SEIZED = re.compile(r"\b(?:seiz\w*|siez\w*|t(?:ook|aken?|akes|aking)|grab\w*)\s+(?:state\s+)?power\b",
                           re.IGNORECASE)
# a trailing clause dating the sentence's act by an earlier or later one ("..., a day after X", "..., weeks before X")
_EARLIER_TAIL = re.compile(r"(?i),\s+(?:(?:a|an|one|two|three|four|five|six|seven|\d+|several|just|only|barely|some)"
                           r"\s+)?(?:hours?|days?|weeks?|months?)\s+(?:after|before)\b[^;]*$")


# (round C22) a party slipping away into cover is a flight, not an enforced disappearance ("the gunmen disappeared
# into the forest", "fled into the hills", "melted into the crowd", "vanished across the border"): the words of
# such a phrase are no abduction cue for the mode or the ACLED sub-type
_FLIGHT = re.compile(r"\b(?:disappear(?:ed|s|ing)?|vanish(?:ed|es|ing)?|melt(?:ed|s|ing)?(?:\s+away)?|fled"
                     r"|flee(?:s|ing)?|escap(?:ed|es|ing)|slipp(?:ed|ing)(?:\s+away)?|retreat(?:ed|ing|s)?"
                     r"|withdr[ae]w(?:n)?)"
                     r"\s+(?:back\s+)?(?:into|in\s+to|across|through|to\s+(?:the|their|its)|towards?)\b"
                     r"(?:\s+(?:the|a|an|their|its|his|nearby|thick|dense|surrounding|neighbouring|neighboring"
                     r"|\w+ing)\b)*"
                     r"(?:\s+[\w-]+){0,2}", re.IGNORECASE)


def without_flight(text: str) -> str:
    """`text` with its flight phrases ("disappeared into the forest") blanked out."""
    return _FLIGHT.sub(" ", text) if _FLIGHT.search(text) else text


def without_earlier_tail(text: str, at: int = 0) -> str:
    """`text` less a trailing "..., a day after X" clause that starts after offset `at` (the trigger's)."""
    m = _EARLIER_TAIL.search(text)
    return text[:m.start()] if m is not None and m.start() > at else text


_TERRITORY_SUB_TYPES = frozenset({"Non-state actor overtakes territory", "Government regains territory",
                                  "Non-violent transfer of territory"})


def people_seized(text: str) -> bool:
    """The sentence tells of people seized ("gunmen seized more than 130 pupils"): an abduction's cue."""
    return _PEOPLE_SEIZED.search(text) is not None


# (round K7) ACLED's "Excessive force against protesters" is lethal force or force that causes serious injury;
# police clashing with or dispersing a crowd without it is a violent demonstration or a protest with intervention
_SERIOUS_HARM = re.compile(r"\b(?:kill\w*|dead|death|died|dying|fatal\w*|shot|shoot\w*|live\s+(?:ammunition|rounds"
                           r"|fire|bullets)|gunfire|bullets?|fired?\s+(?:live\s+\w+\s+)?(?:on|at|into)"
                           r"|open(?:ed)?\s+fire|lost\s+(?:an|his|her|their)\s+eyes?|critical\w*|serious\w*"
                           r"|maim\w*|beaten\s+(?:to\s+death|unconscious|severely)|massacr\w*|wounded|injur\w*)\b",
                           re.IGNORECASE)
_EXCESSIVE = "Excessive force against protesters"


def serious_harm(text: str) -> bool:
    """The text tells lethal force or serious injury (ACLED's mark of excessive force against protesters)."""
    return _SERIOUS_HARM.search(text) is not None


# (round C29) a crowd that went home of itself ("marched to the governor's office and dispersed peacefully"): no
# intervention, unless force on it is also told
_SELF_DISPERSAL = re.compile(r"\b(?:dispersed|broke up|ended|left|went home)\s+(?:peacefully|quietly|calmly|"
                             r"voluntarily|without (?:any )?incident|on (?:their|its) own|of (?:their|its) own accord)\b",
                             re.IGNORECASE)
_FORCE_ON_CROWD = re.compile(r"\b(?:tear\s*gas|teargas|water\s*cannons?|batons?|bullets?|arrest\w*|detain\w*|fired|"
                             r"shot|beat(?:en|ing)?|forcibl\w*|baton-charg\w*|clash\w*|(?:dispersed|broken up|broke up) "
                             r"by)\b", re.IGNORECASE)


def lacks_evidence(sub_event_type: str, text: str, event: str | None = None) -> bool:
    """True when `sub_event_type` is defined by a weapon, act or crowd and `text` names none of the kind. A
    PROTEST event is its own evidence of a crowd ("teachers downed tools"); excessive force needs serious harm."""
    if sub_event_type == _EXCESSIVE and _SERIOUS_HARM.search(text) is None:
        return True
    if sub_event_type == "Protest with intervention" and _SELF_DISPERSAL.search(text) and \
            not _FORCE_ON_CROWD.search(text):
        return True
    if event == "ASSAULT" and sub_event_type == "Headquarters or base established":
        return True  # (round L7) "mortared a military base": a base attacked is no base established

    if event == "PROTEST" and sub_event_type in _PROTEST_SUB_TYPES and sub_event_type != "Violent demonstration":
        return False
    if event != "PROTEST" and sub_event_type in _PROTEST_SUB_TYPES:
        # (round C9b, K8's stories) "raided the newsroom ..., a day after the channel aired footage of police
        # beating student protesters": the crowd of an earlier event is no evidence for this one
        text = without_earlier_tail(text)  # (round C11: one reading of the tail, shared with the coder)
    if sub_event_type == "Abduction/forced disappearance":
        text = without_flight(text)
    if sub_event_type in _TERRITORY_SUB_TYPES:
        text = _POWER_SEIZED.sub(" ", _PEOPLE_FREED.sub(" ", _PEOPLE_SEIZED.sub(" ", text)))
    rx = _EVIDENCE.get(sub_event_type)
    return rx is not None and rx.search(text) is None


# Arrests, seizures and raids for ordinary or organised crime (drugs, smuggling, trafficking, fraud,
# corruption, cybercrime) are police work, not political events: ACLED files them outside its
# taxonomy ("Organized crime", ACLED_unseen_event_types), so they keep their PLOVER type and no ACLED sub-type.
_CRIME_REASON = re.compile(
    r"\b(?:drugs?|narcotics?|heroin|cocaine|methamphetamine|meth\b|cannabis|marijuana|hashish|opium|fentanyl"
    r"|smuggl\w*|contraband|traffick\w*|counterfeit\w*|fraud\w*|corrupt\w*|brib\w*|embezzl\w*|money[- ]launder\w*"
    r"|tax evasion|cybercrim\w*|scam\w*|theft|stolen|burglar\w*)",
    re.IGNORECASE)
_POLITICAL_REASON = re.compile(
    r"\b(?:weapons?|explosives?|bombs?|ammunition|arms|militants?|insurgents?|rebels?|terror\w*|jihadist\w*"
    r"|protest\w*|opposition|activists?|journalists?|dissidents?|sedition|treason|coup|separatis\w*)\b",
    re.IGNORECASE)
_CRIME_SUBTYPES = frozenset({"Arrests", "Disrupted weapons use", "Other"})


def is_crime_enforcement(sub_event_type: str, text: str) -> bool:
    """An arrest/seizure sub-type whose sentence gives an ordinary-crime reason and no political one."""
    return (sub_event_type in _CRIME_SUBTYPES and _CRIME_REASON.search(text) is not None
            and _POLITICAL_REASON.search(text) is None)
