"""The party an object stands for: directed objects, weapons fired, things handed back or taken, purposes,
deployments, reactions to another party's act, demands and agreements broken."""
from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.actors.tables import ActorTables, city_first_words, _PASS_SUBJ, _PRONOUNS, _SUBJ, load_tables
from newsevents.coding.actors.spans import (_ATTACK_NOUNS, _DIRECTED_PREPS, _GOAL_PREPS, _NOT_ENTITY_ENTS,
                                            _PARTY_ENTS, _elided_counted, _is_counted, _is_party_head, fight_side,
                                            held_by_party,
                                            _is_place_noun, _is_sum, _is_temporal, _lookup_ngrams, _names_entity,
                                            _names_party_word, _np_span, _party_in, _prep_objects, _quantified)
from newsevents.coding.actors.normalise import KIN, _is_concrete
from newsevents.coding.actors.spans import deed_owner


# breaking an agreement, ban or truce ("violated the ceasefire", "breached UN sanctions"): the violator is the
# actor and the agreement, or whoever imposed it, the other side (as the CAMEO actor-span annotation marks it)
_VIOLATE_VERBS = {"violate", "breach", "flout", "defy", "break", "contravene", "infringe"}
_AGREEMENTS = {"ceasefire", "cease-fire", "truce", "armistice", "agreement", "accord", "deal", "pact", "treaty",
               "ban", "embargo", "sanction", "resolution", "moratorium", "curfew", "blockade", "law", "order",
               "protocol", "understanding", "arrangement", "commitment", "promise", "pledge"}


def breaks_agreement(verb: Token) -> bool:
    """A verb that breaks an agreement, ban or truce named as its object ("violated a UN-brokered ceasefire")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _VIOLATE_VERBS and \
        any(c.dep_ in ("dobj", "obj") and _is_agreement(c) for c in verb.children)


def _is_agreement(tok: Token) -> bool:
    return tok.lemma_.lower() in _AGREEMENTS or tok.lower_ in _AGREEMENTS


def accused_thing(tok: Token, verb: Token) -> bool:
    """(session 17, R26) What is accused "of" a deed is the accusation's target, as a party is ("The Commission
    accused the legislation of attacking civil society")."""
    return verb.lemma_.lower() == "accuse" and tok.dep_ in ("dobj", "obj") and tok.head.i == verb.i and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in list(tok.children) + list(verb.children))


def _violated(obj: Token, verb: Token, tb: ActorTables) -> Token | None:
    """The other side of breaking an agreement: the party that imposed or brokered it ("a ban by the UN"), else
    the agreement itself when a party's ("South Sudan's ceasefire", "a UN-brokered truce"); None for a bare one."""
    if not (verb.lemma_.lower() in _VIOLATE_VERBS and _is_agreement(obj) and obj.head.i == verb.i):
        return None
    author = next((p for p in _prep_objects(obj, {"by", "from"}) if _names_entity(p, tb)), None)
    if author is not None:
        return author
    return obj if _named_possessor(obj, tb) or _names_entity(obj, tb) else None


def _directed_party(obj: Token, verb: Token, tb: ActorTables) -> Token:
    """The recipient for an object phrase: the party a thing is directed at ("held talks with X", "lifted
    restrictions on X", "UN sanctions against Iran were lifted", "gave 625 rifles to X", "a ceasefire in
    Idlib"), else the phrase itself."""
    obj = _quantified(obj)
    if deed_owner(obj, tb).i != obj.i:
        # (session 24, R33) a party's own proposal, call or decision is aimed at by naming it ("rejected a Ukrainian
        # proposal for a truce": the Ukrainian proposal, coded by its owner; not the truce it is for)
        return obj
    if fight_side(obj) or accused_thing(obj, verb):
        # (session 17) "clashed with hawkers in Tamale": the hawkers, not the town; "accused the budget of neglecting
        # farmers": the budget, not the deed it is accused of
        return obj
    payer = _sum_payer(obj, tb)
    if payer is not None:
        return payer
    if _elided_counted(obj) is not None:
        return obj  # "... and 41 were injured in Nairobi": the 41 people, not the town
    crowd = _crowd_of_gathering(obj, tb) or _people_carried(obj, tb)
    if crowd is not None:
        return crowd
    burned = _burned_thing(verb)
    if burned is not None and (obj.lower_ == "fire" or obj.i == burned.i):
        return burned
    broken = _violated(obj, verb, tb)
    if broken is not None:
        return broken
    occasion = _occasion_target(obj, verb)
    if occasion is not None:
        return occasion
    if _fired_weapon(obj, verb):
        # the weapon fired is never the other side: where it is aimed is ("fired rockets at Israel"), a sea it
        # lands in is not ("fired two missiles into the sea")
        aim = _party_in(obj, tb, preps=_AIM_PREPS) or _party_in(verb, tb, skip=obj, preps=_AIM_PREPS)
        if aim is not None and _heading_for(aim, verb, tb):
            aim = None  # (session 21, R30) "at a supply boat heading to Second Thomas Shoal": the boat, not the shoal
        if aim is None:
            # (round A12) whoever it is fired at, named as a party or not ("fired rubber bullets at pensioners")
            # (round R8: a single thing too, "fired a ballistic missile at a commercial ship", not the air or a
            # scene it is fired into)
            aim = next((p for p in _prep_objects(verb, _AT_PREPS) + _prep_objects(obj, _AT_PREPS)
                        if p.pos_ == "NOUN" and p.tag_ in ("NNS", "NNPS", "NN") and not _is_temporal(p) and
                        not _is_water(p) and not _is_place_noun(p) and p.lemma_.lower() not in _VAGUE_THINGS and
                        p.lemma_.lower() not in _NO_AIM), None)
        if aim is None:
            # ("fired shells at targets in Jericho": the place of a target that names nothing itself)
            vague = [p for p in _prep_objects(verb, _AIM_PREPS) + _prep_objects(obj, _AIM_PREPS)
                     if p.lemma_.lower() in _VAGUE_THINGS]
            aim = next((x for x in (_party_in(v, tb) for v in vague) if x is not None), None)
        return aim if aim is not None and not _is_water(aim) else obj
    # (not another party it is related to: "met his Turkish counterpart in Sochi")
    # (round A12: not people an act is done to: "detained its leaders at the toll plaza" holds the leaders)
    own = _is_party_head(obj, tb) and obj.lemma_.lower() not in _RELATED_PARTIES and \
        verb.lemma_.lower() not in _DONE_TO_PEOPLE and \
        any(c.dep_ == "poss" and c.lower_ in _POSS_PRONOUNS for c in obj.children)
    if (verb.lemma_.lower() in _DEPLOY_VERBS and obj.pos_ != "PROPN") or own:
        # the forces a party sends or pulls out are its own: the other side is where they go or leave
        # ("withdraw its troops from Abyei", "sent 200 troops in Syria", "mobilized troops for a war against Iraq",
        # "offered its troops to Lebanon's president")
        dest = _party_in(obj, tb, preps=_DEST_PREPS) or _party_in(verb, tb, skip=obj, preps=_DEST_PREPS) or \
            _purpose_party(verb, tb)  # ("offered to send troops to help the Philippine army")
        if dest is not None:
            return dest
    if verb.lemma_.lower() in _HANDOVER or (_hands_over(verb) and _is_party_head(obj, tb)):
        # "extradited X to the US": the state a person is handed to (CAMEO/PLOVER code the two governments);
        # (round R8) so is "handed over 50 children to the Iraqi authorities", "turned the suspects over to police"
        dest = _party_in(verb, tb, skip=obj, preps={"to", "into"}) or _party_in(obj, tb, preps={"to", "into"})
        if dest is not None:
            return dest
    if verb.lemma_.lower() in _GIVE_BACK and (not _is_party_head(obj, tb) or _kind_of_thing(obj)):
        # "returned a stolen painting to the Art Loss Register": the thing handed back is no side, whom it goes
        # to is (also when the parser hangs "to X" inside the thing's own phrase); with no "to", the party it was
        # taken from ("will return weapons they seized from the army")
        dest = _handed_to(verb, obj, tb) or _taken_from(obj, tb)
        if dest is not None:
            return dest
    holder = licence_holder(obj)
    if holder is not None:
        return holder
    if _is_party_head(obj, tb) or _person_by_the_act(obj, verb):
        return obj
    author = _author_of_act(obj, verb, tb)
    if author is not None:
        return author
    if (_is_concrete(obj) or _struck_thing(obj, verb)) and obj.lemma_.lower() not in _VAGUE_THINGS and \
            (_quantifier_of(obj) or obj).dep_ in {"dobj", "obj"} | _PASS_SUBJ:  # (not a venue: "rioted at a jail")
        # a real object is what the act is done to; a place it is in or at is where, not whom ("seized a tanker in
        # the Strait of Hormuz", "blocked roads in Dhaka"): the object stays, unless it is sent to a party
        # ("delivered equipment to the army"); roles() keeps a bare one only for acts that hit or take it
        # ("demolished the home of a Palestinian man": its owner; "donated a shipment of ventilators to assist X":
        # the party its purpose names)
        owner = next((p for p in _prep_objects(obj, {"of"}) if p.pos_ != "PRON" and _is_party_head(p, tb) and
                      not _is_place_noun(p) and not _is_country_name(p, tb)), None) or _controller(obj, tb)
        victims = _struck_victims(verb) if _is_place_noun(obj) and _struck_thing(obj, verb) and \
            not held_by_party(obj) else []
        if victims:
            # (session 21, R30) "Russian forces shelled the city of Kherson, killing two civilians": whom the strike
            # killed, not the town (a town is never a party)
            return victims[0]
        # ("confiscated weapons from armed groups": the party a thing is taken from)
        taken = _party_in(verb, tb, skip=obj, preps={"from"}) if verb.lemma_.lower() in _TAKE_VERBS else None
        taken = taken if taken is not None and _is_party_head(taken, tb) and not _is_place_noun(taken) else None
        # (round R15) the party a place is taken from comes before the place's own name ("recaptured the town of
        # Tal Tamr from Islamic State militants": the militants, not Tal Tamr)
        # ("the town of X" names the town, it does not own it)
        owner = None if taken is not None and _is_place_noun(obj) and owner in _prep_objects(obj, {"of"}) else owner
        inner = owner or _party_in(obj, tb, preps=_DIRECTED_PREPS) or \
            _party_in(verb, tb, skip=obj, preps=_GOAL_PREPS - {"at"}) or taken or _purpose_party(verb, tb)
        if inner is not None and inner is not owner and inner is not taken and _struck_thing(obj, verb) and \
                (_town_not_party(inner, tb) or _route_end(inner)):
            # (round R15) a thing hit on its way to a town stays the target ("ambushed a military convoy on the
            # road to Bahir Dar", "attacked a bus on the highway to Kano"): the town is where it was going
            inner = None
        if inner is not None and inner is not owner and _heading_for(inner, verb, tb):
            inner = None  # (session 21, R30) "blocked a supply boat sailing toward X Shoal": the boat, not the shoal
        return inner if inner is not None and not _is_water(inner) else obj
    if verb.lemma_.lower() in _JUDGING and _named_possessor(obj, tb):
        # (round R18) a judged act is judged on its owner, not on whom it is for ("criticised China's support for
        # Russia", "condemned Hungary's decision to grant asylum to X": China, Hungary)
        return obj
    # a party the thing is pointed at comes first ("talks in Moscow with X" -> X), then one the verb sends it to
    # ("returned six Iraqi artifacts to the government of Iraq", "provided training to AMISOM")
    inner = _party_in(obj, tb, preps=_DIRECTED_PREPS) or _foreground_party(verb, tb, obj, _GOAL_PREPS)
    if inner is not None:
        return inner
    if not _names_entity(obj, tb):
        # a sum or a bare thing given for a purpose goes to the party the purpose names ("donated a shipment of
        # ventilators to assist Ethiopia", "provided 6 million euros to support refugees")
        inner = _purpose_party(verb, tb)
        if inner is not None:
            return inner
    # a thing tied to a party stays ("attacked an army base in Kandahar", "Trump's decision"; "pounded Taliban
    # hideouts with artillery"); so does a counted group ("several suspects in the attack on X")
    if _is_sum(obj):
        return obj  # no party named for the money: dropped as a bare thing
    if (_is_counted(obj) and obj.ent_type_ not in _NOT_ENTITY_ENTS) or _named_possessor(obj, tb) or \
            _names_entity(obj, tb):
        return obj
    if obj.lemma_.lower() in _VAGUE_THINGS and any(c.dep_ == "poss" and c.lower_ in ("their", "its", "his", "her")
                                                   for c in obj.children):
        # (round A9) "shelled their positions in Masisi territory": whose positions (roles() reads the owner), not
        # the place they are in
        return obj
    if _party_marked_spot(obj, tb):
        # (session 22, R31) "bombed Kurdish militant positions in northern Iraq", "struck Houthi targets in Yemen":
        # the positions of the party named on them (CAMEO annotators mark the whole phrase), not the place
        return obj
    victims = _struck_victims(verb) if obj.lemma_.lower() in _HIT_SPOTS and _struck_thing(obj, verb) else []
    if victims:
        # (session 20, R29) "Pakistani jets struck targets in Afghanistan's Khost province, killing nine civilians":
        # the people the strike killed are whom it hit, not the province (with no victims told, the place named
        # stands for what was hit, as CAMEO annotates "struck a target in the Gaza Strip's border regions")
        return victims[0]
    # a bare thing is read as done with, in or to a place or party ("signed an agreement with X", "a ceasefire in
    # Idlib", "declared a state of siege in Pando")
    # (a party the act demands something of comes before the place it happens in: "burned tyres in the streets of
    # X demanding the resignation of the prime minister")
    # (round R8: not a party of a background phrase, "declared a state of emergency in the Amhara region after
    # clashes with Fano militias": the clashes' side is no side of the declaration)
    inner = _foreground_party(verb, tb, obj, _DIRECTED_PREPS) or next(iter(_demand_target(verb, tb)), None) or \
        _party_in(obj, tb) or _party_in(verb, tb, skip=obj)
    if inner is None and obj.lemma_.lower() in _ATTACK_NOUNS:
        # "launched an assault on the last ISIS bastion": the target of an attack noun, named or not
        inner = next((p for p in _prep_objects(obj, _TARGET_PREPS) if not _is_temporal(p) and
                      p.lower_ not in ("alert", "behalf", "basis")), None)
    return inner if inner is not None else obj


# (session 22, R31) gatherings a crowd holds ("a march by nurses", "a sit-in of teachers")
_GATHERING_ACTS = frozenset({"march", "protest", "rally", "demonstration", "sit-in", "vigil", "procession",
                             "gathering", "picket", "strike", "walkout", "occupation", "blockade"})


def _crowd_of_gathering(obj: Token, tb: ActorTables) -> Token | None:
    """(session 22, R31) The people holding a gathering that is acted on ("A peaceful march by nurses in Lagos was
    dispersed by police", "banned a rally of opposition supporters"): they are whom it is done to, not the town."""
    if obj.lemma_.lower() not in _GATHERING_ACTS and obj.lower_ not in _GATHERING_ACTS:
        return None
    return next((p for p in _prep_objects(obj, {"by", "of"}) if p.pos_ != "PRON" and _is_party_head(p, tb) and
                 not _is_place_noun(p) and not _is_temporal(p)), None)


# (session 22, R31) vehicles that carry people, and the verbs that say so
_VEHICLES = frozenset({"convoy", "bus", "minibus", "vehicle", "car", "truck", "lorry", "van", "boat", "ship", "vessel",
                       "train", "plane", "aircraft", "helicopter", "ferry", "motorcade"})
_CARRYING = frozenset({"carry", "transport", "ferry", "take", "bring"})


def _people_carried(obj: Token, tb: ActorTables) -> Token | None:
    """(session 22, R31) The people a vehicle hit or stopped was carrying ("ambushed a convoy carrying World Food
    Programme staff", "opened fire on a bus carrying pilgrims"): they are whom the act is done to; a load of goods
    ("a boat carrying weapons") leaves the vehicle as it is."""
    if obj.lemma_.lower() not in _VEHICLES:
        return None
    return next((o for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in _CARRYING
                 for o in c.children if o.dep_ in ("dobj", "obj") and o.pos_ != "PRON" and
                 (_is_party_head(o, tb) or _names_entity(o, tb))),
                None)


def _party_marked_spot(obj: Token, tb: ActorTables) -> bool:
    """(session 22, R31) A spot an attack hits ("positions", "targets") that a modifier marks as some party's
    ("Kurdish militant positions", "Taliban targets", "military targets"): it stands for that party."""
    return obj.lemma_.lower() in _HIT_SPOTS and \
        any(c.dep_ in ("amod", "compound", "nmod") and _names_party_word(c, tb) for c in obj.lefts)


# (round R18) verbs that judge a party's act: the act's owner is the one judged
_JUDGING = {"criticise", "criticize", "condemn", "denounce", "deplore", "decry", "slam", "blast", "praise", "hail",
            "welcome", "applaud", "commend", "laud", "thank", "reject", "rebuff", "dismiss", "oppose", "question",
            "protest", "back", "support", "endorse", "fault", "lambast", "lambaste", "castigate", "assail"}


# (round R8) prepositions of a background phrase: what happened before or around the act
_BACKGROUND_PREPS = {"after", "before", "following", "since", "amid", "despite", "during", "ahead"}


def _foreground_party(verb: Token, tb: ActorTables, skip: Token, preps: set[str]) -> Token | None:
    """(round R8) `_party_in` under `verb`, but not a party of a background phrase ("declared a state of siege in
    two provinces after attacks on police": the police are no side of the declaration)."""
    found = _party_in(verb, tb, skip=skip, preps=preps)
    return None if found is not None and _in_background(found, verb) else found


def _in_background(tok: Token, verb: Token) -> bool:
    """(round R8) `tok` lies in a background phrase of `verb` ("after clashes with X", "amid talks with Y")."""
    cur = tok
    while cur.head.i != cur.i and cur.i != verb.i:
        if cur.dep_ == "prep" and cur.head.i == verb.i and cur.lower_ in _BACKGROUND_PREPS:
            return True
        cur = cur.head
    return False


# objects that say only "something" or the hold on it ("struck a target in X", "seized control of X"): the
# place or party named with them is what is hit
_VAGUE_THINGS = {"target", "objective", "site", "location", "control", "thing", "something", "position"}
# (session 20, R29) vague things that are still what an attack hits (not "control" of a place seized)
_HIT_SPOTS = frozenset({"target", "objective", "site", "location", "position"})
# (round R8) what a weapon is fired at or on that is no target ("fired a flare at night", "at random")
_NO_AIM = {"air", "sky", "scene", "direction", "random", "distance", "range", "night", "dawn", "dusk", "sight",
           "will", "close", "point", "once", "least", "first", "last", "time", "end"}
_WATER = {"sea", "ocean", "gulf", "strait", "straits", "bay", "channel", "river", "lake", "waters"}
# weapons, and the verbs that fire them: the weapon is the means, never the recipient
_WEAPONS = {"missile", "rocket", "shell", "mortar", "bomb", "grenade", "projectile", "bullet", "round", "torpedo",
            "munition", "munitions", "warhead", "explosive", "explosives", "ied", "mine", "landmine", "drone", "salvo",
            "barrage", "volley", "artillery", "ammunition", "flare", "shot", "shots", "weapon",
            "cannon"}  # (session 21, R30: "fired water cannon at a boat")
_FIRE_VERBS = {"fire", "launch", "lob", "drop", "hurl", "throw", "shoot", "test-fire", "unleash", "rain", "detonate",
               "explode", "plant"}
_AT_PREPS = {"at", "on", "upon", "against"}
_AIM_PREPS = {"at", "on", "into", "toward", "towards", "against", "upon", "over", "across", "to"}


# (session 21, R30) verbs of a thing on its way somewhere ("a boat heading to X", "a ship bound for Y")
_ON_THE_WAY = frozenset({"head", "sail", "travel", "go", "bind", "steam", "move", "bring", "carry", "ferry", "fly",
                         "transport", "deliver", "make"})


def _heading_for(tok: Token, verb: Token, tb: ActorTables) -> bool:
    """(session 21, R30) `tok` is the place a thing acted on was going to ("fired water cannon at a supply vessel
    heading to Second Thomas Shoal"), under a participle of the thing: where, not what was hit. A country or a
    party it was going to stays ("a tanker bound for Syria", "a truck carrying weapons to the rebels")."""
    if _is_country_name(tok, tb) or tok.text in tb.orgs or \
            not (tok.pos_ == "PROPN" or _town_not_party(tok, tb) or tok.lemma_.lower() in _SEA_PLACES):
        return False
    cur = tok
    while cur.head.i != cur.i and cur.i != verb.i:
        if cur.dep_ == "acl" and cur.lemma_.lower() in _ON_THE_WAY and cur.head.i != verb.i:
            return True
        cur = cur.head
    return False


# (session 21, R30) places at sea a vessel heads for
_SEA_PLACES = frozenset({"shoal", "reef", "island", "islands", "atoll", "port", "harbour", "harbor", "coast"})


def _is_water(tok: Token) -> bool:
    """A sea, strait or river ("the Red Sea", "into the sea"): where things happen, never a party."""
    return tok.lemma_.lower() in _WATER or tok.lower_ in _WATER


def _fired_weapon(tok: Token, verb: Token) -> bool:
    """A weapon as the object (or passive subject) of a verb that fires it ("fired two missiles", "rockets were
    launched"), not one that is hit or taken ("shot down a drone")."""
    if verb.lemma_.lower() not in _FIRE_VERBS or tok.head.i != verb.i or \
            (tok.lemma_.lower() not in _WEAPONS and tok.lower_ not in _WEAPONS):
        return False
    return not any(c.dep_ == "prt" and c.lower_ in ("down", "up") for c in verb.children)


# (round R22) the fire and weapons a verb uses ("opened fire", "launched mortars"), and the attacks it can be part of
_FORCE_MEANS_WORDS = _WEAPONS | {"fire", "gunfire", "shots", "salvos", "tear", "teargas"}
_OCCASION_PREPS = {"in", "during"}
_OCCASION_NOUNS = _ATTACK_NOUNS | {"ambush", "attempt", "bid"}


def _occasion_target(obj: Token, verb: Token) -> Token | None:
    """(round R22) The target of the attack that fire or a weapon was used in, when the verb aims it at nothing
    itself: "opened fire in an attack on the governor's convoy in Zamfara" -> the convoy, not the town that the
    parser hangs under it; "launched mortars during an assault on a peacekeeping base" -> the base. An aim of its
    own comes first ("fired at police in an attack on the town")."""
    if obj.lemma_.lower() not in _FORCE_MEANS_WORDS and obj.lower_ not in _FORCE_MEANS_WORDS:
        return None
    if obj.head.i != verb.i or _prep_objects(verb, _AIM_PREPS) or _prep_objects(obj, _AIM_PREPS):
        return None
    for occasion in _prep_objects(verb, _OCCASION_PREPS):
        if occasion.lemma_.lower() in _OCCASION_NOUNS:
            target = next((p for p in _prep_objects(occasion, _TARGET_PREPS) if not _is_temporal(p)), None)
            if target is not None:
                return target
    return None


# verbs that answer another party's act: their target is the party that acted ("welcomed the visit by X",
# "rejected a request from X", "condemned the attack by X on Y")
_RESPONSE_VERBS = {"welcome", "praise", "hail", "applaud", "commend", "condemn", "denounce", "criticise",
                   "criticize", "slam", "decry", "deplore", "reject", "dismiss", "refuse", "spurn", "accept",
                   "protest", "oppose", "support", "back", "endorse", "approve", "deny", "turn", "ignore", "answer"}


# (session 16) a ban on an act is aimed at whoever does it: "banned a march planned by opposition supporters"
_BANNING_VERBS = {"ban", "prohibit", "forbid", "outlaw", "bar"}


def _author_of_act(obj: Token, verb: Token, tb: ActorTables) -> Token | None:
    """The party whose act the object names, for a verb answering it: "by"/"from" X on the act noun or on a
    participle of it ("the offer made by X")."""
    if verb.lemma_.lower() not in _RESPONSE_VERBS | _BANNING_VERBS or obj.pos_ != "NOUN":
        return None
    # (the parser also hangs "by X" on the act the object is about: "spurned offers for peace talks by X")
    acts = [obj] + [p for p in _prep_objects(obj, {"for", "of"}) if p.pos_ == "NOUN"]
    preps = [c for a in acts for c in a.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")]
    preps += [g for c in obj.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"]
    found = [p for c in preps for p in c.children if p.dep_ == "pobj" and not _is_temporal(p)]
    return next((p for p in found if _names_entity(p, tb) and p.lower_ not in _PRONOUNS), None)


# parties named by their relation to another: never the other's own forces
_RELATED_PARTIES = {"counterpart", "ally", "partner", "neighbour", "neighbor", "rival", "opponent", "enemy",
                    "adversary", "host", "guest", "colleague"} | KIN  # (session 26, R37: "phoned her cousin")
# verbs that hand a thing back to its owner: the "to" phrase is the other side
_GIVE_BACK = {"return", "restore", "hand"}


def _handed_to(verb: Token, obj: Token, tb: ActorTables) -> Token | None:
    """The object of the verb's own "to" phrase, else of the first "to" after the handed thing anywhere in the
    verb's phrase (not a date or a number: "from 1989 to 2001"); for a thing that names no party, the party or
    place inside it ("to the cathedral museum in Toledo")."""
    # (not in a coordinated clause of its own: "returned the keys and drove to Paris")
    other = {x.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for x in c.subtree}
    for t in list(verb.children) + list(verb.subtree):
        if t.i > obj.i and t.dep_ == "prep" and t.lower_ == "to" and t.i not in other:
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None and not _is_temporal(pobj) and not pobj.like_num:
                pobj = _quantified(pobj)
                if _names_entity(pobj, tb) or pobj.ent_type_ in _PARTY_ENTS:
                    return pobj
                return _party_in(pobj, tb) or pobj
    return None


def _kind_of_thing(tok: Token) -> bool:
    """A proper noun with an indefinite article names a kind of thing, not a party ("a Hebrew Bible", "a
    Picasso"): a name of a party takes none."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


# verbs of taking a thing from its holder ("weapons they seized from the army", "artefacts looted from X")
_TAKEN_FROM = {"seize", "take", "steal", "loot", "capture", "confiscate", "grab", "remove", "plunder", "smuggle"}


def _taken_from(obj: Token, tb: ActorTables) -> Token | None:
    """The party a thing was taken from, named in the thing's own relative clause or participle."""
    for c in obj.children:
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _TAKEN_FROM:
            found = _party_in(c, tb, preps={"from"})
            if found is not None and _names_entity(found, tb):
                return found
    return None


_HANDOVER = {"extradite", "extradition", "repatriate", "repatriation"}


def _hands_over(verb: Token) -> bool:
    """(round R8) "hand over", "turn over": a transfer into another party's hands."""
    return verb.lemma_.lower() in ("hand", "turn") and \
        any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
_DEPLOY_VERBS = {"send", "deploy", "dispatch", "station", "mobilize", "mobilise", "withdraw", "pull", "strengthen",
                 "reinforce", "redeploy", "contribute", "commit", "move", "evacuate", "post"}
_DEPLOY_NOUNS = {"withdrawal", "deployment", "redeployment", "pullout", "dispatch", "mobilization",
                 "mobilisation"}
_DEST_PREPS = {"to", "into", "in", "from", "against", "toward", "towards", "for", "at", "out"}


# verbs of trying or helping: their own infinitive is the act meant ("to try to prevent X", "to help rebuild X")
_ATTEMPT_VERBS = {"try", "seek", "attempt", "aim", "help", "work", "strive"}


def _attempted(verb: Token) -> Token:
    for _ in range(3):
        nxt = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if verb.lemma_.lower() not in _ATTEMPT_VERBS or nxt is None:
            break
        verb = nxt
    return verb


def _clause_party(obj: Token, tb: ActorTables) -> Token | None:
    """A party that the object's relative clause names as its own object ("projects which benefit refugees")."""
    for c in obj.children:
        if c.dep_ == "relcl" and c.pos_ == "VERB":
            found = next((o for o in c.children if o.dep_ in ("dobj", "obj") and o.pos_ != "PRON" and
                          _is_party_head(o, tb) and not _is_place_noun(o)), None)
            if found is not None:
                return found
    return None


def _purpose_party(verb: Token, tb: ActorTables) -> Token | None:
    """The party or place named as object of the verb's purpose infinitive ("... to assist Ethiopia")."""
    # (the parser also hangs the purpose on the thing sent: "send troops/dobj to distribute/relcl supplies")
    sent = [g for o in verb.children if o.dep_ in ("dobj", "obj") for g in o.children if g.dep_ in ("acl", "relcl")]
    purposes = [c for c in list(verb.children) + sent
                if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.pos_ == "VERB" and c.i > verb.i and
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # (round R7) a purpose's coordinated verb, also where the parser hangs it on the main verb: "provided funds
    # to stem and ultimately end the outbreak in X"
    purposes += [x for p in purposes for x in p.children if x.dep_ == "conj" and x.pos_ == "VERB"] + \
        [x for x in verb.children if x.dep_ == "conj" and x.pos_ == "VERB" and any(p.i < x.i for p in purposes) and
         not any(g.dep_ in ("nsubj", "nsubjpass") for g in x.children)]
    for c in purposes:
        c = _attempted(c)  # ("a mediation effort to try to prevent a confrontation between X and Y")
        for o in c.children:
            if o.dep_ in ("dobj", "obj") and _is_party_or_place(o, tb):
                return o
        # ("send troops to distribute supplies in Somalia": the named place the purpose is carried out in)
        place = next((p for p in _place_of(c, ("in", "into")) if p.pos_ == "PROPN"), None)
        if place is not None:
            return place
        # ("mobilising funds to support peace building in Colombia", "to address the needs of people in
        # Yemen": the party or named place inside the purpose's object)
        # ("... between Turkey and Syria"; "to support projects which benefit Palestinian refugees": the
        # party the object's own clause names)
        inner = next((x for o in c.children if o.dep_ in ("dobj", "obj")
                      for x in [_party_in(o, tb, preps={"in", "of", "for", "between"}) or _clause_party(o, tb)]
                      if x is not None and (x.pos_ == "PROPN" or
                                            (_is_party_head(x, tb) and x.pos_ != "PRON" and
                                             not _is_place_noun(x)))), None)
        if inner is not None:
            return inner
    return None


def _named_possessor(obj: Token, tb: ActorTables) -> bool:
    return any(c.dep_ == "poss" and c.lower_ not in _POSS_PRONOUNS and _names_entity(c, tb) for c in obj.children)


_POSS_PRONOUNS = {"its", "their", "his", "her", "our", "my", "your"}
_TARGET_PREPS = {"on", "against", "upon"}


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in _PASS_SUBJ or c.dep_ == "auxpass" for c in tok.children)


_MODALS = {"must", "should", "ought"}
_SPEECH = {"say", "tell", "insist", "state", "argue", "declare", "stress", "urge", "demand", "warn", "add", "write",
           "believe", "think", "announce"}


def _demand_frame(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """"Russia says Israel must end attacks", "Paet said the EU must be ready to mediate": a demand made by the
    speaker (actor) of the party that must act (recipient)."""
    cur = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cur.children):
            # ("EU says military intervention in Venezuela must be avoided": a passive demand names no addressee)
            subj = [c for c in cur.children if c.dep_ in _SUBJ | _PASS_SUBJ]
            # ("the resolution reaffirms that all parties must uphold ...": a restated demand is one too)
            if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in _SPEECH | _REAFFIRM or not subj:
                return None
            speaker = [c for c in cur.head.children if c.dep_ in _SUBJ]
            return (speaker, subj) if speaker else None
        # ("said the government must ensure security and provide amenities to X": a second demanded act)
        conj = cur.dep_ == "conj" and not any(c.dep_ in _SUBJ | _PASS_SUBJ for c in cur.children)
        if (cur.dep_ not in ("xcomp", "acomp") and not conj) or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _carries_roles(head: Token, modifier: Token) -> bool:
    """Whether the noun a trigger modifies is the event phrase ("cyber attacks", "a mediation effort"), not a
    party ("opposition members") nor a named body ("the United Nations peacekeeping mission")."""
    if head.pos_ != "NOUN" or head.i < modifier.i or _is_party_head(head, load_tables()):
        return False
    return not any(c.i < modifier.i and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
                   for c in head.lefts)


# verbs of physical attack: what they hit is their target even when it names no party ("the convoy was attacked")
_STRIKE_VERBS = {"attack", "bomb", "shell", "strike", "storm", "raid", "ambush", "torch", "burn", "loot", "target",
                 "hit", "destroy", "damage", "ransack", "vandalise", "vandalize", "besiege", "overrun"}


_ROUTE_NOUNS = {"road", "highway", "route", "motorway", "expressway", "way", "journey", "trip", "corridor"}


def _route_end(tok: Token) -> bool:
    """(round R15) The end of a route ("the road to Bahir Dar"), a name the tagger may take for a person."""
    # (the word before the preposition, whatever the parser hangs "to X" on: "on the highway to Kano")
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("to", "toward", "towards") and prep.i > 0 and \
        prep.doc[prep.i - 1].lemma_.lower() in _ROUTE_NOUNS


def _town_not_party(tok: Token, tb: ActorTables) -> bool:
    """(round R15) A town or region's name, or a place noun: not a country, an organisation or a kind of party."""
    if _is_country_name(tok, tb) or tok.text in tb.orgs:
        return False
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or _is_place_noun(tok)


# verbs of taking by force: what they take is their target too ("seized a foreign tanker")
_TAKE_VERBS = {"seize", "capture", "hijack", "commandeer", "board", "impound", "confiscate", "intercept", "sink",
               "occupy", "overrun", "kidnap", "abduct",
               # (round R15) taking back: "retook the town of Adan Yabaal from al-Shabaab fighters"
               "retake", "recapture", "regain", "wrest", "reclaim", "retook"}  # (the parser's lemma of "retook")


def _sum_payer(obj: Token, tb: ActorTables) -> Token | None:
    """(round R8) The party the parser hung inside a sum object that it pays or gets: "fined Apple 1.8 billion
    euros" (Apple is the sum's modifier, before its number), "fined the company 2 million dollars"."""
    if not (_is_sum(obj) or obj.ent_type_ == "MONEY"):
        return None
    first_num = min((t.i for t in obj.subtree if t.like_num or t.ent_type_ == "MONEY"), default=obj.i)
    return next((c for c in obj.children if c.dep_ in ("nmod", "compound", "npadvmod") and c.i < first_num and
                 ((c.pos_ == "PROPN" and _names_entity(c, tb)) or (c.pos_ == "NOUN" and _is_party_head(c, tb)))),
                None)


def _struck_thing(tok: Token, trigger: Token) -> bool:
    """The thing an attack verb hits or a seizure takes: its object or passive subject; (round R8) also what an
    attack noun is made on ("the drone attack on an oil refinery")."""
    burned = _burned_thing(trigger)
    if burned is not None and tok.i == burned.i:
        return True
    if trigger.pos_ == "NOUN":
        return _attacked_thing(trigger, tok)
    occasion = tok.head.head if tok.dep_ == "pobj" else None
    if occasion is not None and occasion.dep_ == "pobj" and occasion.head.lower_ in _OCCASION_PREPS and \
            occasion.head.head.i == trigger.i:
        # (round R22) what the attack that a verb's fire was part of hit ("opened fire in an attack on a customs
        # post")
        return _attacked_thing(occasion, tok)
    if tok.dep_ == "pobj" and tok.head.lower_ in _AT_PREPS and trigger.lemma_.lower() in _FIRE_VERBS and \
            (tok.head.head.i == trigger.i or _fired_weapon(tok.head.head, trigger)):
        # (round R8) what a weapon is fired at ("fired a missile at a commercial ship")
        return tok.lemma_.lower() not in _NO_AIM and not _is_water(tok) and not _is_temporal(tok)
    tok = _quantifier_of(tok) or tok  # (session 20, R29) "burned down dozens of homes": the homes it picks
    return trigger.lemma_.lower() in _STRIKE_VERBS | _TAKE_VERBS and tok.head.i == trigger.i and \
        tok.dep_ in {"dobj", "obj"} | _PASS_SUBJ and not _is_sum(tok)


# (session 20, R29) what a strike does to people in its result clause ("..., killing nine civilians")
_HARMING = frozenset({"kill", "wound", "injure", "hurt", "maim"})


def _struck_victims(verb: Token) -> list[Token]:
    """The people a strike's result clause ("killing/wounding X") harms."""
    return [o for c in verb.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in _HARMING
            for o in c.children if o.dep_ in ("dobj", "obj") and o.pos_ in ("NOUN", "PROPN")]


def _quantifier_of(tok: Token) -> Token | None:
    """(session 20, R29) The quantifier that picks `tok` ("dozens" of "dozens of homes"), standing in its place."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.i and \
            _quantified(tok.head.head).i == tok.i:
        return tok.head.head
    return None


# (round R8) nouns of a physical attack, whose "on X" is the target even when X is a thing, as CAMEO annotates; a bare
# "strike" only with a weapon word (a labour strike "against the reform" hits no thing)
_STRIKE_NOUNS = {"attack", "assault", "airstrike", "raid", "bombardment", "bombing", "shelling", "onslaught",
                 "ambush"}  # (round R22: an ambush too)
_STRIKE_MODS = {"air", "drone", "missile", "rocket", "artillery", "aerial", "military", "naval"}
_ABSTRACT_TARGETS = {"democracy", "freedom", "sovereignty", "rights", "right", "dignity", "humanity", "peace",
                     "civilisation", "civilization", "values", "principle", "principles", "press", "truth", "law"}


def _attacked_thing(noun: Token, obj: Token) -> bool:
    """(round R8) The thing a physical attack noun is made "on/against/upon" ("an attack on a military base", "the
    strike on an oil depot"): not a date, nor an abstraction ("an attack on democracy")."""
    lemma = noun.lemma_.lower()
    physical = lemma in _STRIKE_NOUNS or \
        (lemma == "strike" and any(c.dep_ in ("compound", "amod") and c.lower_ in _STRIKE_MODS for c in noun.children))
    return physical and obj.dep_ == "pobj" and obj.head.lower_ in ("on", "against", "upon") and \
        obj.head.head.i == noun.i and obj.pos_ == "NOUN" and not _is_temporal(obj) and \
        obj.lemma_.lower() not in _ABSTRACT_TARGETS


# (holding by force or rule; a company that operates a refinery is no side of an attack on it)
_HOLDING = {"control", "hold", "run", "occupy", "administer", "govern"}


def _controller(obj: Token, tb: ActorTables) -> Token | None:
    """(round A12) The party that holds a thing hit or taken: "attacked a wing controlled by a rival faction" is
    aimed at the faction, "seized a base held by the rebels" at the rebels."""
    return next((p for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in _HOLDING
                 for a in c.children if a.dep_ == "agent" for p in a.children
                 if p.dep_ == "pobj" and p.pos_ != "PRON" and _is_party_head(p, tb) and not _is_place_noun(p)), None)


# acts done to the people who are their object: custody, punishment and harm
# (session 18, R27) acts done only to people: their object is a person, whatever the noun ("detained a popular radio
# host in Niamey" holds the host, not the town)
_ONLY_TO_PEOPLE = frozenset({"arrest", "detain", "jail", "imprison", "apprehend", "abduct", "kidnap", "execute",
                             "torture", "deport", "behead", "lynch", "kill", "murder", "assassinate"})

# (session 19, R28) what only a person or a body holds: "the licence of X" names its holder, whatever the noun
_LICENCES = frozenset({"licence", "license", "permit", "accreditation", "registration", "concession", "charter",
                       "franchise", "mandate"})


def licence_holder(obj: Token) -> Token | None:
    """(session 19, R28) "suspended the licence of a private television station in Niamey", "revoked the operating
    permit of a mining company": the holder the licence is of is acted on, not the town it is in (a station or a
    firm is no sector noun, so the owner-of-a-thing path went on to the place)."""
    if obj.lemma_.lower() not in _LICENCES and obj.lower_ not in _LICENCES:
        return None
    return next((p for p in _prep_objects(obj, {"of"}) if p.pos_ in ("NOUN", "PROPN") and not _is_temporal(p) and
                 not _is_place_noun(p)), None)


def _person_by_the_act(obj: Token, verb: Token) -> bool:
    return verb.lemma_.lower() in _ONLY_TO_PEOPLE and obj.dep_ in ("dobj", "obj") and obj.pos_ == "NOUN" and \
        obj.head.i == verb.i and not _is_place_noun(obj) and not _is_temporal(obj)


_DONE_TO_PEOPLE = {"arrest", "detain", "jail", "imprison", "apprehend", "abduct", "kidnap", "kill", "shoot", "wound",
                   "injure", "beat", "execute", "hang", "sentence", "convict", "charge", "deport", "expel", "torture",
                   "attack", "assault", "disperse"}


# parts of a building: what burns is the building ("set fire to the entrance of the town hall")
_BUILDING_PARTS = {"entrance", "gate", "gates", "door", "doors", "wall", "walls", "roof", "facade", "front", "part",
                   "floor", "wing", "lobby", "courtyard", "office", "offices"}


def _burned_thing(verb: Token) -> Token | None:
    """(round A12) What "set fire to X" or "set X on fire" burns: X, its target, where the object "fire" names
    nothing ("In the city of Nantes, protesters set fire to the town hall": the town hall, not the city)."""
    if verb.lemma_.lower() != "set":
        return None
    fire = next((o for o in verb.children if o.dep_ in ("dobj", "obj") and o.lower_ == "fire"), None)
    if fire is not None:
        found = next(iter(_prep_objects(verb, {"to"}) + _prep_objects(fire, {"to"})), None)
    elif any(p.lower_ == "fire" for p in _prep_objects(verb, {"on", "ablaze"})):
        found = next((o for o in verb.children if o.dep_ in ("dobj", "obj")), None)
    else:
        return None
    if found is not None and found.lower_ in _BUILDING_PARTS:
        found = next(iter(_prep_objects(found, {"of"})), found)
    # (only a building, vehicle or party: tyres burned in the street are a protest's means, not its target)
    return found if found is not None and (_is_concrete(found) or _is_party_head(found, load_tables())) else None


# participles that state what an act demands or decries ("blocked roads demanding the resignation of X")
_DEMANDING = {"demand", "call", "urge", "seek", "protest", "denounce", "condemn", "oppose", "decry", "accuse",
              "criticise", "criticize", "press", "chant"}


def _demand_target(trigger: Token, tb: ActorTables) -> list[Token]:
    """The party an act's demand is aimed at, for an act with no other side of its own: the party named by the
    object of a "demanding/calling for/denouncing" participle on its verb ("Protesters blocked roads in Dhaka
    demanding the resignation of the government" -> the government; "went on strike calling for the release of
    X" -> X). The town it happens in is where, not whom."""
    verb = trigger
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for c in verb.children:
        # ("demanding X", "to protest against X")
        purpose = c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        if c.dep_ not in ("advcl", "xcomp", "acl", "conj") or (c.tag_ != "VBG" and not purpose) or \
                c.lemma_.lower() not in _DEMANDING or any(g.dep_ in _SUBJ for g in c.children):
            continue
        objs = [o for o in c.children if o.dep_ in ("dobj", "obj")] + _prep_objects(c, {"for", "against", "on"})
        for o in objs:
            if _is_quoted(o):
                continue  # (round A12) a slogan chanted is no party: chanting "Freedom, freedom"
            # (the party, or a thing tied to one: "against EU trade deals")
            if (_is_party_head(o, tb) or _names_entity(o, tb)) and o.pos_ != "PRON" and not _is_place_noun(o):
                return [o]
            inner = _party_in(o, tb, preps={"of", "by", "from", "against", "on", "to", "for"})
            if inner is not None and inner.pos_ != "PRON" and not _is_place_noun(inner):
                return [inner]
    return []


_QUOTES = {'"', "“", "”", "'", "‘"}


def _is_quoted(tok: Token) -> bool:
    """A phrase that opens right after a quotation mark: words said or chanted, not a party named."""
    first = tok.left_edge.i
    return tok.doc[first].text in _QUOTES or (first > 0 and tok.doc[first - 1].text in _QUOTES)


_REAFFIRM = {"reaffirm", "reiterate", "repeat", "emphasise", "emphasize", "underline", "stress", "recall", "note"}


def _part_of(tok: Token) -> Token:
    """The place a part of it is named by ("in parts of the city of Ahmedabad" -> city), else tok."""
    if tok.lemma_.lower() not in ("part", "parts", "outskirts"):
        return tok
    inner = next((p for p in _prep_objects(tok, {"of"})), None)
    return tok if inner is None else inner


def _is_country_name(tok: Token, tb: ActorTables) -> bool:
    """A country named by the token or by the proper name it heads ("the Democratic Republic of Congo"), which
    the default pipeline (no NER) cannot tag as GPE."""
    if tok.text in tb.countries:
        return True
    if tok.pos_ != "PROPN":
        return False
    i, j = _np_span(tok)
    city = city_first_words(list(tok.doc[i:j]))  # (session 21, R30) "Benin City" names no country
    return _lookup_ngrams([t.text if t.i not in city else "" for t in tok.doc[i:j]], tb.countries,
                          tb.max_words) is not None


def _place_of(verb: Token, preps: tuple[str, ...] = ("in", "at", "from", "to", "into")) -> list[Token]:
    """A named place the act happens in, for an act with no party on its other side ("resigned ... in Peru",
    "surrendered in the Democratic Republic of Congo", "arrived in Mali")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in [_part_of(p) for p in c.children]:
                # ("a curfew in parts of Kashmir", "in the town")
                if p.dep_ == "pobj" and not _is_temporal(p) and \
                        (_quantified(p).ent_type_ in ("GPE", "LOC", "FAC") or _is_place_noun(p) or
                         _is_country_name(p, load_tables())):
                    return [p]
    return []


def _is_party_or_place(tok: Token, tb: ActorTables) -> bool:
    """A named party or place ("the UN", "Colombia"), or a party reached through a preposition ("to the
    Philippine army"); not a thing made or done ("set up a new company") nor a party's own forces ("its
    troops")."""
    if any(c.dep_ == "poss" and c.lower_ in _POSS_PRONOUNS for c in tok.children):
        return False
    if tok.ent_type_ in ("GPE", "LOC", "NORP") or tok.pos_ == "PROPN":
        return True
    return tok.dep_ == "pobj" and tok.pos_ != "PRON" and (_names_entity(tok, tb) or _is_place_noun(tok))
