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
_PROTEST_WORDS = (r"protest|demonstrat|\brall(?:y|ies|ied|ying)|march|crowd|sit-?in|\bstrik|picket|activist"
                  r"|gather|\bmobs?\b|riot|boycott|vigil|students|workers|supporters|youths|residents|villagers"
                  r"|\bunions?\b|hunger|blockad|barricad|blocked|opposition")

_EVIDENCE: dict[str, re.Pattern[str]] = {sub: re.compile(p, re.IGNORECASE) for sub, p in {
    # a bomber driving a vehicle bomb into the target is a suicide attack even when "suicide" is not written
    "Suicide bomb": r"suicide|\bblew\s+(?:him|her|them)sel(?:f|ves)\s+up|self-detonat|explosives?[- ](?:vest|belt)"
                    r"|martyrdom|(?:drove|rammed|crashed|steered)\b.{0,60}(?:explosive|bomb)"
                    r"|(?:explosives?|bomb)-(?:laden|packed|filled|rigged)"
                    r"|(?:packed|loaded|laden|filled)\s+with\s+explosives",
    "Chemical weapon": r"chemical|chlorine|sarin|nerve\s+agent|mustard|toxic|poison|phosgene|\bvx\b|\bgas\b|irritant",
    "Grenade": r"grenade",
    "Shelling/artillery/missile attack": r"\bshell|artillery|mortar|rocket|missile|howitzer|(?<!water )cannon"
                                         r"|launcher|projectile|bombard|barrage|katyusha|\bgrads?\b|\btanks?\b"
                                         r"|salvo|heavy\s+weapon|\bfired\s+(?:on|at|into|towards)\b",
    "Air/drone strike": r"\bair|drone|\buavs?\b|\bjets?\b|warplane|aircraft|\bplanes?\b|helicopter|gunship|\bbomb"
                        r"|sorties?|aerial|\bstrikes?\b|\bstruck\b|missile|rocket|shell",
    "Sexual violence": r"\brap(?:e|ed|es|ing|ist)|sexual|molest|gang-rap",
    "Remote explosive/landmine/IED": r"\bieds?\b|improvised|explosi|\bbomb|landmine|\bmines?\b|device|detonat"
                                     r"|blast|booby|roadside|\bblew\s+up|\bblown\s+up",
    "Abduction/forced disappearance": r"abduct|kidnap|hostage|captiv|captur|disappear|missing|hijack|snatch"
                                      r"|\bseiz|\btook\b|\btaken\b|\bheld\b|detain|whereabouts|ransom",
    "Peaceful protest": _PROTEST_WORDS,
    "Protest with intervention": _PROTEST_WORDS,
    "Excessive force against protesters": _PROTEST_WORDS,
    "Violent demonstration": _PROTEST_WORDS + r"|riot|mob\b|looters?|vandal|torched|stones?|rocks",
    "Looting/property destruction": r"loot|ransack|torch|burn|fire|ablaze|arson|vandal|destr|demolish|pillag"
                                    r"|plunder|damag|smash|raz(?:e|ed|ing)\b|bulldoz|wreck|sack|stole|steal|seiz"
                                    r"|cattle|livestock",
    "Mob violence": _PROTEST_WORDS + r"|lynch|vigilant|angry|enraged|irate|rioters|\bgroup\s+of|locals|clash",
    "Disrupted weapons use": r"weapon|explosive|\bbomb|\bieds?\b|ammunition|\barms\b|\bmines?\b|landmine|grenade"
                             r"|rocket|missile|drone|device|detonat|defus|munition|\bguns?\b|rifle|firearm"
                             r"|\bplot|intercept|shot\s+down|cache|\bshells?\b|mortar",
}.items()}


_PROTEST_SUB_TYPES = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                                "Violent demonstration"})


def lacks_evidence(sub_event_type: str, text: str, event: str | None = None) -> bool:
    """True when `sub_event_type` is defined by a weapon, act or crowd and `text` names none of the kind. A
    PROTEST event is its own evidence of a crowd ("teachers downed tools")."""
    if event == "PROTEST" and sub_event_type in _PROTEST_SUB_TYPES:
        return False
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
