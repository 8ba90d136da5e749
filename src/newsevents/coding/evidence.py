"""Evidence that an ACLED sub-event type defined by its weapon or act is really meant.

Suicide bombings, chemical weapons, grenades, sexual violence and disrupted weapons use are defined by a
weapon or act that news always names ("a suicide bomber", "chlorine", "a grenade", "raped", "defused a
bomb"). The classifier can still give them to sentences that only share the setting ("the Taliban denied
involvement in the killing" -> suicide bomb; "police seized 40 kg of heroin" -> disrupted weapons use), so
the coder passes over such a sub-type when the sentence names nothing of the kind. The patterns are broad
on purpose: they only have to rule out sentences with no such word at all."""
from __future__ import annotations

import re

_EVIDENCE: dict[str, re.Pattern[str]] = {sub: re.compile(p, re.IGNORECASE) for sub, p in {
    # a bomber driving a vehicle bomb into the target is a suicide attack even when "suicide" is not written
    "Suicide bomb": r"suicide|\bblew\s+(?:him|her|them)sel(?:f|ves)\s+up|self-detonat|explosives?[- ](?:vest|belt)"
                    r"|martyrdom|(?:drove|rammed|crashed|steered)\b.{0,60}(?:explosive|bomb)"
                    r"|(?:explosives?|bomb)-(?:laden|packed|filled|rigged)"
                    r"|(?:packed|loaded|laden|filled)\s+with\s+explosives",
    "Chemical weapon": r"chemical|chlorine|sarin|nerve\s+agent|mustard|toxic|poison|phosgene|\bvx\b|\bgas\b|irritant",
    "Grenade": r"grenade",
    "Air/drone strike": r"\bair|drone|\buavs?\b|\bjets?\b|warplane|aircraft|\bplanes?\b|helicopter|gunship|\bbomb"
                        r"|sorties?|aerial|\bstrikes?\b|\bstruck\b|missile|rocket|shell",
    "Sexual violence": r"\brap(?:e|ed|es|ing|ist)|sexual|molest|gang-rap",
    "Disrupted weapons use": r"weapon|explosive|\bbomb|\bieds?\b|ammunition|\barms\b|\bmines?\b|landmine|grenade"
                             r"|rocket|missile|drone|device|detonat|defus|munition|\bguns?\b|rifle|firearm"
                             r"|\bplot|intercept|shot\s+down|cache|\bshells?\b|mortar",
}.items()}


def lacks_evidence(sub_event_type: str, text: str) -> bool:
    """True when `sub_event_type` is defined by a weapon or act and `text` names none of the kind."""
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
