"""`roles`: actors and recipients of a trigger from the parse (subjects, passive agents, objects, nominal
triggers, meetings and joint acts, timing clauses, reported speech)."""
from __future__ import annotations

from spacy.tokens import Token

from newsevents.coding.actors.cities import big_cities
from newsevents.coding.actors.tables import ActorTables, _OBJ, _PASS_SUBJ, _PRONOUNS, _SUBJ, load_tables
from newsevents.coding.actors.spans import (CLASH_VERBS, FIGHT_NOUNS, _ATTACK_NOUNS, _DIRECTED_PREPS, _GOAL_PREPS,
                                            _INSTRUMENTS, _LOCATIVE_PREPS, _NOT_ENTITY_ENTS, _SIDE_OBJ_PREPS,
                                            _conjuncts, _is_act_noun, _is_counted, _is_party_head, _is_place_noun,
                                            _is_sum, _is_temporal, _names_entity, _names_party_word, _np_span,
                                            _party_in, _prep_objects, _quantified, _verb_with_subject, fight_side,
                                            fight_only_happens, first_side_word, is_fight_word, news_source, side_apart,
                                            of_phrase_other_side, held_by_party,
                                            clash_pair, others_listed, subject_joined_to_object)
from newsevents.coding.actors.normalise import (FIGHT_OFF_VERBS, _REPORTING, _STATE_FIRE, _is_anaphoric_generic,
                                                _is_bare_thing, _is_concrete, _is_locative, _modifier_lemmas,
                                                PRIVATE_PERSONS, _resolve_pronoun, normalise)
from newsevents.coding.actors.objects import (_DEPLOY_NOUNS, _DEPLOY_VERBS, _DEST_PREPS, _FIRE_VERBS, _HANDOVER,
                                              _STRIKE_VERBS, _TAKE_VERBS,
                                              _MODALS, _WEAPONS, _POSS_PRONOUNS, _REAFFIRM, _SPEECH, _carries_roles, _demand_frame,
                                              _demand_target, _directed_party, _fired_weapon, _is_agreement,
                                              _is_country_name, _is_party_or_place, _is_passive, _place_of,
                                              _person_by_the_act, _purpose_party, _struck_thing, accused_thing,
                                              licence_holder,
                                              breaks_agreement)


def roles(trigger: Token) -> tuple[list[Token], list[Token]]:
    """Head tokens of the actor(s) and recipient(s) of the event expressed by `trigger`."""
    a, r = _roles(trigger)
    tb = load_tables()
    # (session 18, R27) the paper a report cites is no party ("..., reports Daily Excelsior")
    a = [x for x in a if not _news_source(x, trigger)]
    r = [x for x in r if not _news_source(x, trigger)]
    # (session 24, R33) a home or property hit stands for its owners ("the homes of two Palestinians")
    r = [_property_owner(x, tb) for x in r]
    if _undergoer_clause(trigger):
        a, r = [], a + r
    # (session 23, R32: a means with its user named stands for the user, "killed by an explosive device planted by
    # suspected militants": the militants)
    a = [p for x in a if not _cause_of_harm(x)
         for p in (_weapon_users(x, tb) if _means_agent(x) else _act_parties(x, tb))]
    # (session 23, R32) a town that "fell to" a party is no doer of the fighting told with it ("Bunia fell to M23
    # rebels after two days of fighting": M23)
    a = [p for x in a for p in _fallen_to(x, tb)]
    # (session 26, R37) "The blast, which police blamed on Boko Haram, killed four people", misparsed with the
    # blamers as the act's subject: the party blamed did it
    a = [p for x in a for p in (_misread_blamers(x, tb) or [x])]
    a = [_owner_of_means(x, tb) for x in a]
    # (session 25, R35) an act told with no doer whose reporters blame a party was done by that party, as ACLED and
    # CAMEO coders take it (the attribution stays in the text): "killed 23 civilians, medics said, blaming the
    # Rapid Support Forces"
    a = a or _blamed_party(trigger, tb)
    if not a:
        # (session 26, R37) "Under a deal brokered by Turkey, Russia and Ukraine agreed to ...": the parties the
        # parser put in the mediator's list agree with each other; the mediator is no party to the deal
        a = _parties_after_broker(trigger, tb)
        r = list(a) or r  # (each party is the other's side, as for "X and Y agreed to ...")
    a = [_reporting_possessor(x, tb) or x for x in a]
    sides = _both_sides(a, tb)
    # ("the two sides", each other's recipient in the parse, stand for the parties named before them)
    said_sides = {x.i for x in a} if sides else set()
    a = sides or a
    # (round A9) "The X region has seen intense fighting since January, when the ELN launched an offensive": a
    # place that sees or suffers an act is where it happens; the party of its timing clause acts
    a = [p for x in a for p in ((_timing_clause_subjects(x.head) if _witnessing_place(x) else [x]))]
    if trigger.lemma_.lower() in _AGREEING:
        # (round A9) what is agreed is no party to it ("A truce agreed in May ... did not cover ...", misparsed
        # with "agreed" as the main verb)
        a = [x for x in a if not _is_agreement(x)]
    # (the mission first: "extend their peacekeeping mission in X" is about X, not about the actor's own thing)
    r = [x for x in (_owner_of_thing(_mission_host(y, tb), a, tb) for y in r)
         if x is not None and (not _is_bare_thing(x, tb) or _struck_thing(x, trigger) or fight_side(x) or
                               accused_thing(x, trigger) or _person_by_the_act(x, trigger) or
                               _licence_held(x) or _craft_stopped(x, trigger)) and
         not _fired_weapon(x, x.head) and not _means_used(x)]
    # (session 23, R32) an act is no party: one named with its doer stands for the doer ("demanded an investigation
    # into the killing of protesters by security forces": the security forces)
    r = [p for x in r for p in _act_author(x, tb)]
    r = [_misread_that_subject(x, tb) for x in r]
    # (the two sides act with each other unless another party is named)
    r = [x for x in r if x.i not in said_sides] or list(sides)
    # (session 23, R32) a threat with no other side of its own is aimed at whoever must act to avert it ("threatened
    # to block highways unless the government scrapped the tax": the government); what the threatened act would hit
    # comes first, as CAMEO annotators mark it ("threatened to shell Haifa if Israel hits Beirut": Haifa)
    r = r or _threat_condition_parties(trigger, tb) or _restated_demand(trigger, tb)
    # (session 24, R33) ... or the party of a "that" clause the parser read as a noun phrase, when it names no
    # object ("demanded that Belarus free/amod Roman Protasevich/ccomp")
    r = r or [m for c in trigger.children if c.dep_ == "ccomp" for m in [_misread_that_subject(c, tb)] if m.i != c.i]
    r = r or _purpose_goal(trigger, tb) or _controller_object(trigger, tb) or _demand_target(trigger, tb) or \
        _force_on_crowd(trigger, tb) or _pressing_party(trigger, tb) or _post_left(trigger, tb) or \
        _announced_recipients(trigger) or _refuge_place(trigger) or _settled_with(trigger, tb)
    means = _force_means(trigger)
    if means is not None:
        # (lead, session 21) force used on people ("Police used tear gas to disperse protesters in Kampala", "fired
        # tear gas in Lusaka"): the town or building it is used in is where, never whom; the crowd its purpose names
        # is whom
        # (session 22, R31: with the town dropped, whom it was aimed at, "fired tear gas at medical interns
        # protesting in Nairobi")
        r = [x for x in r if not _used_in(x)] or _crowd_of_purpose(means, tb) or _force_on_crowd(trigger, tb)
    if _is_riot(trigger):
        # (session 18, R27) the prison or town a riot broke out in is where, not whom ("a riot at the X prison")
        r = [x for x in r if not (_is_locative(x) and x.head.head.i in {trigger.i} | {y.i for y in a})]
    if _gathering(trigger) or _took_to_streets(trigger):
        # (round R24) the town a protest is held in is where, never whom ("protested outside the city hall in Lima
        # against fuel prices"); the seat of a body it is held at stays ("rallied outside the US embassy")
        r = [x for x in r if not _protest_town(x, tb)]
    if trigger.lemma_.lower() in _ARMED_ACTS:
        # (session 21, R30) a town is never a party: "shelled the city of Kadugli", "stormed the town of Kalehe",
        # "fired rockets at the town of Metula" hit whoever is there, whom the sentence does not name
        r = [x for x in r if not _settlement(x)]
    if not r or all(_is_given_sum(x) for x in r):
        # (session 24, R33) aid given as a sum, with no party it goes to, goes to the place its purpose names
        # ("Germany gave 352 million euros to promote investment in Ethiopia": Ethiopia)
        r = _aided_place(trigger, tb) or r
    if not r:
        # (session 24, R33) a warning or appeal told as a participle of a verb aimed at a party is aimed at it too
        # ("issued an ultimatum to Brexit negotiators, warning that MEPs will not ratify ...": the negotiators)
        r = _spoken_to_by_head(trigger, tb)
    if not r:
        # (session 22, R31) an act with no other side of its own harms whom its result clause names ("Gunmen
        # opened fire in a market in Kano, killing six people": the six people; the market is where)
        r = _result_casualties(trigger, tb) or _harmed_by_doers_clause(a, trigger, tb)
    if not r and (_on_strike(trigger) or _is_work_stoppage(trigger)):
        # (session 23, R32) a strike with no other side named is aimed at the strikers' workplace ("Workers at the
        # Volkswagen plant went on strike over pay": the plant, standing for its owner)
        r = _workplace_of(a)
    if not r:
        # (session 25, R35) a second act of the same subject with no other side of its own is aimed at the party of
        # the first ("The U.S. announced a suspension of aid to Guatemala and threatened to withdraw trade
        # preferences": Guatemala)
        r = _shared_recipients(trigger, tb)
    return a, r


_GOING = frozenset({"go", "come", "travel", "arrive", "return", "head", "walk", "drive", "fly", "move", "rush",
                    "run", "enter", "leave", "visit"})


def _shared_recipients(trigger: Token, tb: ActorTables) -> list[Token]:
    """(session 25, R35) The party recipients of the verb a subjectless conjoined verb shares its subject with, or
    []; places and things the first act is done in or to are not carried over."""
    if trigger.dep_ != "conj" or trigger.pos_ != "VERB" or trigger.head.pos_ != "VERB" or trigger.head.i > trigger.i:
        return []
    if any(c.dep_ in _SUBJ | _PASS_SUBJ | _OBJ | {"prep", "agent", "ccomp"} for c in trigger.children):
        return []  # (a second act with an object or phrase of its own is told whole: "and asked for funds")
    if trigger.head.lemma_.lower() in _GOING:
        return []  # (where one goes is no party: "went to the school and asked staff to ...")
    # (a town is no party: "Troops entered Gao and opened fire" names no one fired at)
    return [x for x in roles(trigger.head)[1] if x.pos_ != "PRON" and not _is_locative(x) and
            not _settlement(x) and (_is_country_name(x, tb) or
                                    (_is_party_head(x, tb) and not big_cities().get(x.text))) and
            not _is_bare_thing(x, tb)]


# (session 25, R35) what a speaker calls its own side: "his country", "its fighters"
_OWN_SIDE_NOUNS = frozenset({"country", "nation", "government", "state"})
_OWN_MEN = frozenset({"man", "men", "member", "members", "cadre", "cadres", "unit", "units"})
_STATE_BODY_SECTORS = frozenset({"MIL", "COP", "GOV", "SPY"})


def _reporting_possessor(tok: Token, tb: ActorTables) -> Token | None:
    """(session 25, R35) The party that reports what "its/their" own men or "his country" did, standing for them as
    actor: "Al-Shabaab said its fighters had carried out the attack" -> Al-Shabaab, "The Houthis said their forces
    targeted a ship" -> the Houthis, "Putin said his country will not lift the ban" -> Putin. A state's own forces
    stay its forces ("Russia said its forces shot down ...": MIL, not the government; "The Kenyan army said its
    soldiers ..."); None when the possessor is not the subject of a reporting verb above the act."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _POSS_PRONOUNS), None)
    # (only a party's own armed men or officials act for it: "his family" or "its customers" are others)
    lemma = tok.lemma_.lower()
    if poss is None or not (tb.sector_nouns.get(lemma) in _DOER_SECTORS or lemma in _OWN_SIDE_NOUNS | _OWN_MEN):
        return None
    res = _resolve_pronoun(poss)
    if res is None or res.i >= tok.i or res.dep_ not in _SUBJ or res.head.lemma_.lower() not in _REPORTING | {"claim"}:
        return None
    if res.head.i not in {t.i for t in tok.ancestors}:
        return None  # (the report must tell the act: "X said ..., while its troops ..." in another clause is not)
    if lemma not in _OWN_SIDE_NOUNS and (_is_country_name(res, tb) or
                                         tb.sector_nouns.get(res.lemma_.lower()) in _STATE_BODY_SECTORS):
        return None  # (the state's men stay its men: "The Kenyan army said its soldiers had killed ...")
    return res


_BLAMING = frozenset({"blame", "accuse"})
_CARRYING_CLAUSES = frozenset({"ccomp", "conj", "advcl", "xcomp", "parataxis"})


def _blamed_party(trigger: Token, tb: ActorTables) -> list[Token]:
    """(session 25, R35) The party a report of a doerless act blames: a "blaming X" / "accusing X" participle on
    the reporting verb or on the act itself ("A car bomb killed seven soldiers, officials said, blaming
    al-Shabaab"), or "blamed on X" said of the act ("an attack police blamed on Boko Haram"). Only a party: "blaming
    the weather" names none."""
    hosts = [trigger]
    cur = trigger
    while cur.dep_ in _CARRYING_CLAUSES and cur.head.i != cur.i and len(hosts) < 4:
        cur = cur.head
        hosts.append(cur)
    for host in hosts:
        for c in host.children:
            if c.dep_ not in ("advcl", "xcomp", "conj", "relcl", "acl") or c.lemma_.lower() not in _BLAMING:
                continue
            if any(g.dep_ in _SUBJ for g in c.children) and c.dep_ != "relcl":
                continue  # a blame with a subject of its own is its own act ("and officials blamed X")
            named = [o for o in c.children if o.dep_ in ("dobj", "obj")] if c.tag_ == "VBG" else []
            named = named or _prep_objects(c, {"on"})
            parties = [p for o in named[:1] for p in _conjuncts(o) if p.pos_ != "PRON" and _names_entity(p, tb)]
            if parties:
                return parties
    # ("The attack, which killed 11 villagers, was blamed on the ADF": the act the clause tells is blamed)
    act = trigger.head if trigger.dep_ == "relcl" and _is_act_noun(trigger.head) else None
    if act is not None and act.dep_ in _PASS_SUBJ and act.head.lemma_.lower() == "blame":
        return [p for o in _prep_objects(act.head, {"on"})[:1] for p in _conjuncts(o)
                if p.pos_ != "PRON" and _names_entity(p, tb)]
    return []


_RELATIVE_PRONOUNS = frozenset({"which", "that"})


def _misread_blamers(subj: Token, tb: ActorTables) -> list[Token]:
    """(session 26, R37) The party blamed, when the parser read "The blast, which police blamed on Boko Haram,
    killed ..." with the blamers ("police") as a second subject of the act, their "blamed on X" hung on them, and
    the relative pronoun as the act's other subject: the act was blamed on X, who is its doer (session 25
    convention). Only with that relative pronoun beside them and a party blamed."""
    if subj.dep_ not in _SUBJ or not any(c.dep_ in _SUBJ and c.lower_ in _RELATIVE_PRONOUNS and c.i < subj.i
                                         for c in subj.head.children):
        return []
    for c in subj.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _BLAMING and c.i > subj.i:
            return [p for o in _prep_objects(c, {"on"})[:1] for p in _conjuncts(o)
                    if p.pos_ != "PRON" and _names_entity(p, tb)]
    return []


_BROKERING = frozenset({"broker", "mediate", "facilitate", "sponsor", "negotiate"})


def _parties_after_broker(trigger: Token, tb: ActorTables) -> list[Token]:
    """(session 26, R37) The parties of a subjectless agreeing verb that the parser read into the "by" list of a
    fronted "Under a deal brokered by Turkey, Russia and Ukraine agreed ...": the conjuncts after the comma that
    ends the mediator's name. Only before the verb, only for agreeing and signing."""
    if trigger.lemma_.lower() not in _AGREEING | _SIGN or trigger.pos_ != "VERB" or \
            any(c.dep_ in _SUBJ | _PASS_SUBJ for c in trigger.children):
        return []
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.i > trigger.i:
            continue
        for t in prep.subtree:
            if t.dep_ != "pobj" or t.head.dep_ != "agent" or t.head.head.lemma_.lower() not in _BROKERING:
                continue
            conj = _conjuncts(t)[1:]
            first = next((k for k, c in enumerate(conj) if c.i > 0 and c.doc[c.i - 1].text == ","), None)
            if first is None:
                return []
            parties = [c for c in conj[first:] if c.pos_ == "PROPN" and _names_entity(c, tb)]
            return parties if len(parties) >= 2 else []
    return []


# (session 23, R32) places of work that stand for the employer of the people at them
_WORKPLACES = frozenset({"plant", "factory", "mine", "company", "firm", "port", "refinery", "airline", "airport",
                         "railway", "warehouse", "mill", "bank", "hospital", "corporation", "carmaker",
                         "automaker", "shipyard", "smelter", "oilfield", "depot", "utility"})


def _workplace_of(strikers: list[Token]) -> list[Token]:
    """(session 23, R32) The workplace or employer named in the strikers' own phrase ("workers at the Volkswagen
    plant", "employees of Samsung"), or []."""
    orgs = load_tables().orgs  # (a named employer, not a town: "dockworkers at Mombasa" is where)
    return [p for a in strikers for c in a.children if c.dep_ == "prep" and c.lower_ in ("at", "of")
            for p in c.children if p.dep_ == "pobj" and
            (p.lemma_.lower() in _WORKPLACES or (p.pos_ == "PROPN" and c.lower_ == "at" and p.text in orgs))][:1]


# (session 22, R31) craft and convoys a force stops or turns back: they stand for whoever sails or drives them
_CRAFT = frozenset({"boat", "ship", "vessel", "convoy", "flotilla", "trawler", "tanker", "freighter", "ferry", "barge",
                    "dhow", "yacht", "mission", "aircraft", "plane", "truck", "lorry", "caravan"})
_STOPPING_CRAFT = frozenset({"block", "blockade", "intercept", "stop", "halt", "obstruct", "harass", "chase", "ram", "turn",
                       "shadow", "tail", "board", "tow", "expel", "repel", "divert", "detain", "seize"})


def _craft_stopped(tok: Token, trigger: Token) -> bool:
    """(session 22, R31) "blocked a resupply boat sailing toward the shoal", "intercepted an aid flotilla": the boat or
    convoy a force stops is its recipient, named after a party or not."""
    return tok.lemma_.lower() in _CRAFT and tok.head.i == trigger.i and \
        tok.dep_ in {"dobj", "obj"} | _PASS_SUBJ and trigger.lemma_.lower() in _STOPPING_CRAFT


def _result_casualties(trigger: Token, tb: ActorTables) -> list[Token]:
    """(session 22, R31) The people the act's result clause harms ("..., killing six people"), also when the parser
    hung that clause on a report inside the sentence ("A bomb exploded near a checkpoint, police said, killing a
    constable")."""
    verbs = [trigger] + [c for c in trigger.children if c.dep_ in ("parataxis", "ccomp") and
                         c.lemma_.lower() in _REPORTING]
    return [x for v in verbs for x in _harmed_in_result(v) if _is_party_head(x, tb) and x.pos_ != "PRON"][:1]


# (session 24, R33) verbs and nouns of giving aid or money
_AID_WORDS = frozenset({"give", "provide", "pledge", "donate", "allocate", "contribute", "grant", "earmark", "disburse",
                        "aid", "assistance", "funding", "fund", "grant", "loan", "donation", "package"})


def _aided_place(trigger: Token, tb: ActorTables) -> list[Token]:
    """(session 24, R33) The country or big city named "in" the purpose of aid given with no party to receive it
    ("gave 352 million euros to promote investment in Ethiopia", "provided $340 million for assistance in northern
    Iraq"), or [].
    (session 26, R37) Also a purpose hung elsewhere in the aid's clause ("announced a sixfold increase in funding
    to fight the Ebola epidemic in West Africa", "made available ambulances and medical supplies to fight ..."), a
    rescue that "saved 130 lives in Haiti", and a world region ("West Africa", "the Sahel"): the place the aid
    is for is its recipient, as CAMEO annotators mark it; a region is no country and gets none."""
    if trigger.lemma_.lower() not in _AID_WORDS | _AID_NOUNS:
        return []
    holders = [trigger] + [o for o in trigger.children if o.dep_ in ("dobj", "obj")]
    purposes = [c for h in holders for c in h.children if _purpose_clause(c)]
    clause = _governing_verb(trigger)
    if clause is not None and clause.lemma_.lower() in _AID_WORDS | _GIVING_CLAUSES:
        # (the purpose may hang on the verb or a word of its object phrase: "an increase in funding to fight ...")
        purposes += [c for c in clause.subtree if _purpose_clause(c) and c.i not in {p.i for p in purposes} and
                     not any(g.dep_ in _SUBJ | _PASS_SUBJ and g.lower_ not in _RELATIVE_PRONOUNS
                             for g in c.children)]
    for c in purposes:
        helped = [o for o in c.children if o.dep_ in ("dobj", "obj") and c.lemma_.lower() in _AIDING and
                  o.pos_ == "NOUN" and _is_party_head(_quantified(o), tb)]
        if helped:
            return [_quantified(o) for o in helped]  # ("to help victims of the floods in Pakistan": the victims)
        for t in c.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "in" and not _is_temporal(t) and _aid_place_name(t, tb):
                return [t]
    return []


def _aid_place_name(t: Token, tb: ActorTables) -> bool:
    """A country, big city or other named place (a region, "West Africa", "Tigray"; the pipeline mostly parses with
    no named entities, so a proper name the model did not call a person, body or group counts)."""
    if _is_country_name(t, tb) or t.ent_type_ in ("GPE", "LOC") or big_cities().get(t.text):
        return True
    if t.pos_ != "PROPN" or t.ent_type_ or not t.text[:1].isupper():
        return False
    i, j = _np_span(t)
    return normalise(t.doc[i:j], tb) == (None, None, None)  # (no body the tables know: "in UNICEF" is no place)


# (session 26, R37) aid and rescue nouns a purpose may follow ("relief supplies to fight ...", "a rescue effort
# that saved 130 lives in Haiti")
_AID_NOUNS = frozenset({"supply", "supplies", "relief", "help", "rescue", "shipment", "donation"})
# verbs whose clause gives or announces the aid its object names ("announced a sixfold increase in funding to fight
# ...", "made available ambulances and medical supplies to fight ..."); not one that takes it ("money taken from
# the fund to buy assets in the US")
_GIVING_CLAUSES = frozenset({"announce", "make", "send", "deploy", "approve", "offer", "release", "unveil", "commit",
                             "deliver", "add", "provide", "extend", "dispatch", "ship", "fly"})
# verbs of a clause that tells what aid did for people ("an effort that saved 130 lives in Haiti")
_AIDING = frozenset({"save", "help", "assist", "feed", "benefit", "reach", "treat", "shelter"})


def _helped_by_aid(trigger: Token, tb: ActorTables) -> tuple[list[Token], list[Token]] | None:
    """(session 26, R37) Aid that is the subject of a verb of helping: the people it helps or reaches are its
    recipients, its giver its actor ("Australian aid also supported 2 million Pakistani girls", "U.S. food aid
    reached 40,000 displaced people")."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in _SUBJ or trigger.lemma_.lower() not in _AID_WORDS | _AID_NOUNS or \
            trigger.head.lemma_.lower() not in _AIDING | {"support"}:
        return None
    # (the parser makes "supported 2 million girls going to school" a clause whose subject the girls are)
    helped = [o for o in trigger.head.children if o.dep_ in ("dobj", "obj") and _is_party_head(_quantified(o), tb)] or \
        [s for c in trigger.head.children if c.dep_ == "ccomp" and c.tag_ == "VBG" for s in c.children
         if s.dep_ in _SUBJ and s.pos_ == "NOUN" and _is_party_head(_quantified(s), tb)]
    return (_nominal_actors(trigger), [_quantified(o) for o in helped]) if helped else None


def _purpose_clause(c: Token) -> bool:
    """A clause telling what aid is for: a to-infinitive ("to fight Ebola"), a "for" phrase, "aimed at ...", or a
    relative clause of helping ("that saved 130 lives")."""
    if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
        return True
    if c.dep_ == "relcl" and c.lemma_.lower() in _AIDING:
        return True
    if c.dep_ == "acl" and c.lemma_.lower() in {"aim", "intend", "design", "target", "earmark", "mean"}:
        return True
    return c.dep_ == "prep" and c.lower_ == "for"


def _governing_verb(tok: Token) -> Token | None:
    """The verb whose clause a word is in (itself, for a verb)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


# (session 24, R33) speech acts a participle may add to a verb that already has whom it is aimed at
_SPOKEN_PARTICIPLES = frozenset({"warn", "threaten", "urge", "demand", "call", "ask", "accuse", "tell", "press",
                                 "appeal", "insist", "caution"})


def _spoken_to_by_head(trigger: Token, tb: ActorTables) -> list[Token]:
    """(session 24, R33) For a speech participle with no other side of its own ("..., warning that ..."), the
    party the verb it hangs on is aimed at, when that verb shares its subject; else []."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "advcl" or trigger.lemma_.lower() not in _SPOKEN_PARTICIPLES or \
            trigger.head.pos_ != "VERB" or any(c.dep_ in _SUBJ for c in trigger.children):
        return []
    return [x for x in _roles(trigger.head)[1] if (_is_party_head(x, tb) or _names_entity(x, tb)) and
            x.pos_ != "PRON" and not _is_place_noun(x) and not _is_bare_thing(x, tb) and x.i < trigger.i][:2]


def _harmed_by_doers_clause(actors: list[Token], trigger: Token, tb: ActorTables) -> list[Token]:
    """(session 24, R33) For an attack with no other side of its own (the town it hit is no party), the people a
    "who" clause on its doers says they harmed ("The village was attacked by suspected Fulani herdsmen, who killed
    17 people": the 17 people), or []."""
    if trigger.lemma_.lower() not in _ARMED_ACTS | _HARM_ACTS:
        return []
    return [o for a in actors for c in a.children if c.dep_ == "relcl" and c.lemma_.lower() in _HARM_ACTS and
            any(w.dep_ in _SUBJ and w.lower_ in ("who", "which", "that") for w in c.children)
            for o in c.children if o.dep_ in ("dobj", "obj") and _is_party_head(o, tb) and o.pos_ != "PRON"][:1]


# (session 21, R30) acts of armed force whose object may be a whole town
# (a town taken is what is taken, as CAMEO annotators mark it: "Rebels captured the town of Kalehe")
_ARMED_ACTS = frozenset(_STRIKE_VERBS | _FIRE_VERBS | {"shell", "pound", "bombard", "besiege"}) - {"overrun"}
# (session 21, R30) places people live in, named as the town ("the town of X") or bare ("the city")
_SETTLEMENTS = frozenset({"city", "town", "village", "township", "hamlet"})


def _settlement(tok: Token) -> bool:
    """(session 21, R30) A town as an act's object: "the city of Kadugli" (the place noun or its name) or a bare
    "the town"; not a country or region, and not a place noun with a party of its own ("the town's police")."""
    if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i == tok.head.i - 1:
        tok = tok.head.head  # ("the city of Kadugli": its name)
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _SETTLEMENTS and not held_by_party(tok) and \
        all(p.pos_ == "PROPN" for p in _prep_objects(tok, {"of"}))


# (session 21, R30) ways and open places a crowd takes to ("took to the streets of Mombasa")
_PUBLIC_WAYS = frozenset({"street", "road", "square"})


def _took_to_streets(trigger: Token) -> bool:
    """(session 21, R30) "Protesters took to the streets of Mombasa": a protest told by where the crowd went."""
    return trigger.lemma_.lower() == "take" and \
        any(p.lemma_.lower() in _PUBLIC_WAYS for p in _prep_objects(trigger, {"to"}))


def _licence_held(tok: Token) -> bool:
    """(session 19, R28) the holder of a licence acted on ("revoked the licence of an independent radio station")."""
    holder = licence_holder(tok.head.head) if tok.dep_ == "pobj" else None
    return holder is not None and holder.i == tok.i


def _news_source(tok: Token, trigger: Token) -> bool:
    return news_source(tok) and tok.head.i != trigger.i


def _gathering(trigger: Token) -> bool:
    """(round R24) A protest, or a demand made at one: the gathering verb, or a participle or purpose clause on it
    ("gathered outside the court in Tbilisi demanding his release", "rallied in Minsk to demand ...")."""
    if trigger.lemma_.lower() in _PROTEST_VERBS or _is_work_stoppage(trigger) or _on_strike(trigger):
        return True
    return trigger.dep_ in ("advcl", "xcomp", "conj") and trigger.head.lemma_.lower() in _PROTEST_VERBS


def _on_strike(trigger: Token) -> bool:
    """(session 19, R28) "Nurses went on strike in Lilongwe": a strike people go or stay on is theirs, held where
    they work, so its town is where, never whom (an air strike is never "gone on")."""
    return trigger.lemma_.lower() == "strike" and trigger.dep_ == "pobj" and trigger.head.lower_ == "on" and \
        trigger.head.head.lemma_.lower() in ("go", "be", "remain", "stay", "continue")


def _protest_town(tok: Token, tb: ActorTables) -> bool:
    """(round R24) A town, region or country named as where something happens ("in Lima", "near Ludhiana", "through
    the streets of Oruro"): no body named in the organisations table ("outside the Kremlin" is its seat)."""
    place = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (_is_place_noun(tok.head.head) or
                                                           tok.head.head.lemma_.lower() in _PUBLIC_WAYS):
        place = tok.head.head  # ("the streets of Oruro": the streets are where)
    # (session 21, R30) "took to the streets of Mombasa": the streets a crowd goes to are where it is
    to_ways = place.dep_ == "pobj" and place.head.lower_ == "to" and place.lemma_.lower() in _PUBLIC_WAYS
    if not (_is_locative(place) or to_ways) or tok.text in tb.orgs:
        return False
    if _is_place_noun(tok) or _is_country_name(tok, tb) or _is_capital_city(tok, tb):
        return True
    i, j = _np_span(tok)
    return tok.pos_ == "PROPN" and normalise(tok.doc[i:j], tb) == (None, None, None)


_SIDE_WORDS = {"side", "sides", "leader", "leaders", "country", "countries", "government", "governments", "man", "men",
               "nation", "nations", "minister", "ministers", "president", "presidents", "party", "parties", "state",
               "states", "delegation", "delegations"}


def _both_sides(actors: list[Token], tb: ActorTables) -> list[Token]:
    """(round R18) "X held talks with Y, and the two sides agreed to ...", "... and both leaders signed a deal": the
    two parties of the clause this one is coordinated with (none unless it names exactly two). A named place taken
    in that clause is no side; whom it was taken from is ("China seized the Paracel Islands from South Vietnam ...,
    and the two countries fought a border war": China and South Vietnam)."""
    if len(actors) != 1:
        return []
    tok = actors[0]
    if tok.lemma_.lower() not in _SIDE_WORDS or tok.dep_ not in _SUBJ or \
            not any((c.dep_ == "det" and c.lower_ == "both") or (c.dep_ == "nummod" and c.lower_ == "two")
                    for c in tok.children):
        return []
    if tok.head.dep_ == "ccomp" and tok.head.head.i < tok.i:
        # (session 24, R33) "Kenya and Uganda said the two countries would reopen the border": the two who say it
        speakers = [p for s in tok.head.head.children if s.dep_ in _SUBJ and s.i < tok.i for p in _conjuncts(s)]
        return speakers if len(speakers) == 2 and all(_is_party_head(p, tb) for p in speakers) else []
    if tok.head.dep_ != "conj":
        return []
    first = tok.head.head
    if first.i >= tok.i or first.pos_ not in ("VERB", "AUX"):
        return []
    a, r = roles(first)
    found = {p.i: p for p in a + r if p.i < tok.i}
    for p in list(found.values()):
        if _taken_place(p, first, tb):
            del found[p.i]
            taken = _party_in(first, tb, skip=p, preps={"from"})
            if taken is not None and taken.i < tok.i:
                found[taken.i] = taken
    return sorted(found.values(), key=lambda t: t.i) if len(found) == 2 else []


# Head words of named places that are taken, never parties ("the Paracel Islands", "the Golan Heights")
_TAKEN_PLACE_HEADS = {"island", "islands", "isles", "shoal", "reef", "reefs", "atoll", "peninsula", "heights", "strip",
                      "bank", "valley", "plateau", "hills", "mountains", "pass"}


def _taken_place(tok: Token, verb: Token, tb: ActorTables) -> bool:
    """A place that is the object of the clause's verb ("seized the Paracel Islands", "captured the town"), not a
    country (read without NER, as the default pipeline parses)."""
    return tok.dep_ == "dobj" and tok.head.i == verb.i and not _is_country_name(tok, tb) and \
        (tok.lower_ in _TAKEN_PLACE_HEADS or _is_place_noun(tok))


# (session 19, R28) people named by their tie to others ("their classmates protested against the arrests"): people
# who act for themselves, not things that act for their owner
_FELLOWS = frozenset({"classmate", "schoolmate", "colleague", "comrade", "friend", "neighbour", "neighbor", "relative",
                      "kinsman", "kin", "fellow", "peer", "co-worker", "coworker", "teammate", "follower", "parent",
                      "sibling", "brother", "sister", "son", "daughter", "wife", "husband", "widow", "family"})


def _owner_of_means(tok: Token, tb: ActorTables) -> Token:
    """(round R18) A thing that acts for its owner stands for the owner the sentence names ("The World Food
    Programme said its trucks had reached the town, delivering food": the WFP delivers); a party stays ("its
    soldiers")."""
    if tok.pos_ != "NOUN" or _is_party_head(tok, tb) or _is_act_noun(tok) or tok.lemma_.lower() in _FELLOWS:
        return tok
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    owner = _resolve_pronoun(poss) if poss is not None else None
    return owner if owner is not None and owner.i < tok.i and _is_party_head(owner, tb) else tok


# Round C6 (whole-story review 6)
_HARM_PARTICIPLES = {"kill", "shoot", "wound", "injure", "hurt", "stab", "beat", "hack", "behead", "torture",
                     "maim", "burn", "strangle", "execute"}
_STATE_FOUND = {"find", "leave", "discover"}


# (session 24, R33) harm verbs as the parser may misread them after "armed with <weapons>" (as a noun or a clause on
# the weapon), and the words that complete them before their object ("shot dead", "hacked to death")
_MISREAD_HARM = frozenset({"shot", "killed", "hacked", "stabbed", "gunned", "beat", "beaten", "abducted",
                           "kidnapped", "attacked", "murdered", "massacred", "slaughtered", "executed", "beheaded",
                           "burned", "burnt", "torched", "raided", "ambushed", "stormed", "wounded", "injured"})
_HARM_COMPLETIONS = frozenset({"dead", "down", "to", "death"})
_BEARING = frozenset({"arm", "wield", "carry", "brandish", "tote", "bear"})
_HAND_WEAPONS = frozenset({"gun", "rifle", "pistol", "firearm", "machete", "knife", "axe", "sword", "spear", "cutlass",
                           "club", "bow", "arrow", "dagger", "ak-47", "kalashnikov", "shotgun", "weapon"})


def _armed_with_misread(trigger: Token, tb: ActorTables) -> tuple[list[Token], list[Token]] | None:
    """(session 24, R33) "Gang members armed with automatic rifles shot dead at least 20 people", "Militiamen
    wielding machetes hacked to death 12 people": the parser may read the harm verb as a word of the weapon phrase
    ("rifles shot" as a noun, or "hacked" as a clause on "machetes"), which leaves the act with neither side. The armed party does the act and the phrase right after
    the verb (and its "dead", "to death") is whom it harms; None when the trigger is no such misread verb."""
    if trigger.lower_ not in _MISREAD_HARM or trigger.i == 0:
        return None
    cur, armed = trigger, None
    for _ in range(4):  # up through the weapon phrase: rifles <- with <- armed
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in _BEARING and cur.dep_ == "acl" and cur.i < trigger.i:
            armed = cur
            break
    if armed is None or not _is_party_head(armed.head, tb):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in armed.children) and \
            not any(c.dep_ in ("dobj", "obj") and (_is_weapon_word(c) or c.lemma_.lower() in _HAND_WEAPONS)
                    for c in armed.children):
        return None  # ("armed with rifles", "wielding machetes"; not "carrying food")
    first = trigger.i + 1
    while first < len(trigger.doc) and trigger.doc[first].lower_ in _HARM_COMPLETIONS:
        first += 1
    # (the harmed phrase starts right after the verb: its head is the party word whose phrase begins there)
    harmed = [t for t in trigger.doc[first:first + 6] if t.left_edge.i == first and t.pos_ in ("NOUN", "PROPN") and
              _is_party_head(t, tb)][:1]
    return _conjuncts(armed.head), harmed


# (session 24, R33) participles that describe a party's side ("allied militias"), which the parser may read as verbs
_ALLIED_WORDS = frozenset({"allied", "aligned", "affiliated", "associated"})


def _verb_hung_on_subject(verb: Token, tb: ActorTables) -> bool:
    """(session 24, R33) A verb with no subject of its own that the parser made a conjunct of the party noun
    before it, which heads the sentence or is a subject ("Unknown gunmen on a motorcycle shot and killed ...")."""
    head = verb.head
    return verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and \
        head.i < verb.i and head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("ROOT", "nsubj") and \
        _is_party_head(head, tb) and not any(c.dep_ in _SUBJ | _PASS_SUBJ for c in verb.children)


def _undergoer_clause(trigger: Token) -> bool:
    """A harm participle without an auxiliary in a small clause: "was found shot dead", "left one man dead and
    23 people injured". Its subject (or the subject of find/leave) is who suffered the act, never who did it."""
    if trigger.tag_ != "VBN" or trigger.lemma_.lower() not in _HARM_PARTICIPLES or \
            any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return False
    head = trigger.head
    if head.i == trigger.i or head.lemma_.lower() not in _STATE_FOUND:
        return False
    return trigger.dep_ in ("xcomp", "oprd", "ccomp") or \
        (trigger.dep_ == "conj" and any(c.dep_ == "nsubj" for c in trigger.children))


_MEANS = {"control", "timer", "phone", "telephone", "mobile", "means", "remote", "detonator", "device"}


def _means_agent(tok: Token) -> bool:
    """ "detonated by remote control": a means in the passive "by" phrase, no agent."""
    return tok.lemma_.lower() in _MEANS and tok.dep_ == "pobj" and tok.head.dep_ == "agent"


# (round A12) what people die or suffer of is no party: "most of them by asphyxiation"
_HARM_CAUSES = {"asphyxiation", "suffocation", "asphyxia", "smoke", "inhalation", "starvation", "hunger", "thirst",
                "disease", "illness", "exposure", "dehydration", "hypothermia", "heatstroke", "stampede", "crush",
                "burns", "drowning"}


def _cause_of_harm(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _HARM_CAUSES and \
        not any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in tok.children)


_REFUGE = {"refuge", "asylum", "shelter", "sanctuary", "protection"}


def _refuge_place(trigger: Token) -> list[Token]:
    """Where refuge is sought when the participle names no place: where its verb takes the seekers ("arrived in
    Kyrgyzstan seeking refuge", "fled to Chad seeking asylum")."""
    if trigger.lemma_.lower() != "seek" or trigger.dep_ not in ("advcl", "xcomp", "conj") or \
            not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _REFUGE for c in trigger.children):
        return []
    return _place_of(trigger.head, ("in", "to", "into", "at"))


_ANNOUNCING = {"announce", "declare", "confirm", "unveil", "proclaim"}


def _announced_recipients(trigger: Token) -> list[Token]:
    """An announcement with no side of its own is aimed where the act it announces is ("announced that the
    government will extend the curfew in Jamaica" -> Jamaica)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _ANNOUNCING:
        return []
    comp = next((c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
    if comp is None:
        return []
    tb = load_tables()
    if any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children):
        # (round R7) "declared a state of emergency in X to begin at midnight": the parser makes the measure
        # declared the subject of its start; the measure is the object, aimed at its place
        measure = [_directed_party(c, trigger, tb) for c in comp.children
                   if c.dep_ in _SUBJ and c.pos_ == "NOUN" and not _is_party_head(c, tb)]
        return [m for m in measure if _is_party_or_place(m, tb)][:1]
    return roles(comp)[1]


_STOPPING = {"end", "halt", "suspend", "stop", "cancel", "abandon", "drop", "lift", "call", "postpone"}
_SETTLING = {"reach", "sign", "strike", "conclude", "seal", "secure", "negotiate"}


def _settled_with(trigger: Token, tb: ActorTables) -> list[Token]:
    """(round R7) An act stopped "after reaching an agreement with X" or "following a deal with X" is X's
    concession won ("truck drivers called off their strike after reaching agreement with the government")."""
    # (the act stopped may be the trigger: "suspended their strike following a deal with X")
    verb = trigger.head if trigger.dep_ in ("dobj", "obj") and trigger.pos_ == "NOUN" else trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STOPPING or \
            (verb.lemma_.lower() == "call" and not any(c.dep_ == "prt" and c.lower_ == "off"
                                                      for c in verb.children)):
        return []
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ("after", "following"):
            continue
        deals = [o for g in c.children if g.dep_ == "pcomp" and g.lemma_.lower() in _SETTLING
                 for o in g.children if o.dep_ in ("dobj", "obj")] + \
            [o for o in c.children if o.dep_ in ("pobj", "dobj")]
        found = [p for d in deals if _is_agreement(d) for p in _prep_objects(d, {"with"})
                 if p.pos_ != "PRON" and (_is_party_head(p, tb) or _names_entity(p, tb))]
        if found:
            return found[:1]
    return []


_LEAVING_POST = {"resign", "quit", "step", "retire"}


def _post_left(trigger: Token, tb: ActorTables) -> list[Token]:
    """The body whose post is left: "resigned as president of the Soviet Union" -> the Soviet Union, "stepped
    down as head of the football federation" -> the federation."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _LEAVING_POST:
        return []
    for post in _prep_objects(trigger, {"as", "from"}):
        found = [p for p in _prep_objects(post, {"of"}) if p.pos_ != "PRON" and
                 (_is_party_head(p, tb) or _names_entity(p, tb) or _is_country_name(p, tb))]
        if found:
            return found[:1]
    return []


_REFUSING = {"decline", "refuse", "resist", "defy", "reject"}


def _pressing_party(trigger: Token, tb: ActorTables) -> list[Token]:
    """Whose demand a refusal turns down when no object names it: "declined to resign despite X's request",
    "refused to step down under pressure from X"."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _REFUSING:
        return []
    verbs = [trigger] + [c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for v in verbs:
        for p in _prep_objects(v, {"despite", "under", "in"}):
            # ("despite X's request", "under pressure from X", "in defiance of X's call")
            owner = [c for c in p.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            found = owner + [x for x in _prep_objects(p, {"from", "by", "of"}) if x.pos_ != "PRON" and
                             (_is_party_head(x, tb) or _names_entity(x, tb) or _others_in_party(x, tb))]
            if found:
                return found[:1]
    return []


_OTHERS = {"others", "some", "many", "most", "several", "members", "colleagues", "allies"}


def _others_in_party(tok: Token, tb: ActorTables) -> bool:
    """(round R7) Unnamed people of a named or party body ("others in his party", "some within the coalition",
    "members of the ruling party"): a party, though the head word alone names none."""
    if tok.lower_ not in _OTHERS:
        return False
    preps = {"in", "of", "within", "from"}
    # (the parser may hang the body on the noun before: "pressure from others / in his party")
    found = _prep_objects(tok, preps) + \
        ([y for y in _prep_objects(tok.head.head, preps) if y.i > tok.i] if tok.dep_ == "pobj" else [])
    return any(_is_party_head(x, tb) or _names_entity(x, tb) for x in found)


# force used on a crowd with no object party: the verbs and what they use ("fired tear gas", "used batons",
# "opened fire", "turned water cannon on")
_FORCE_USE_VERBS = {"fire", "open", "use", "lob", "throw", "spray", "deploy", "shoot", "hurl", "unleash", "turn"}
_FORCE_MEANS = {"gas", "teargas", "tear-gas", "cannon", "cannons", "baton", "batons", "truncheon", "club", "bullet",
                "round", "pellet", "grenade", "fire", "shot", "force", "ammunition", "stick", "whip", "rubber"}


def _force_on_crowd(trigger: Token, tb: ActorTables) -> list[Token]:
    """Whom force with no object party is used on: the party acting in the "as/when/after" clause that times it
    ("Police fired tear gas as hundreds of protesters gathered" -> protesters)."""
    verb = trigger.head if trigger.dep_ in ("dobj", "obj", "conj") and trigger.head.pos_ == "VERB" else trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FORCE_USE_VERBS:
        return []
    means = [x for c in verb.children if c.dep_ in ("dobj", "obj") for x in _conjuncts(c)]
    if not any(_is_force_means(m) for m in means):
        return []
    aimed = _people_aimed_at(verb, means, tb)
    if aimed:
        return aimed
    for c in _timing_clauses(verb):
        subj = [_quantified(s) for s in c.children if s.dep_ in _SUBJ and s.lower_ not in _PRONOUNS]
        subj = [s for s in subj if _is_party_head(s, tb) or _names_entity(s, tb)]
        if subj:
            return subj
    # (round R7) the parser may read "as hundreds of people staged a protest" as "as" + object, with the crowd's
    # verb hung loose after it
    loose = [c for c in verb.children if c.dep_ in ("dep", "advcl", "conj") and c.pos_ == "VERB" and
             not any(g.dep_ in _SUBJ for g in c.children)]
    crowd = [_quantified(p) for p in _prep_objects(verb, {"as"}) if any(c.i > p.i for c in loose)]
    return [p for p in crowd if p.pos_ != "PRON" and (_is_party_head(p, tb) or _names_entity(p, tb))][:1]


_AIMED_AT = frozenset({"at", "on", "upon", "into", "against"})


def _people_aimed_at(verb: Token, means: list[Token], tb: ActorTables) -> list[Token]:
    """(session 22, R31) The people force is aimed at, named by a kind the sector table lacks ("fired tear gas at
    medical interns protesting unpaid wages"): a plural noun that does something itself, not a place or a time."""
    found = [p for h in [verb] + means for p in _prep_objects(h, set(_AIMED_AT))]
    return [p for p in found if p.tag_ in ("NNS", "NNPS") and not _is_place_noun(p) and not _is_temporal(p) and
            any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in p.children)][:1]


def _is_force_means(tok: Token) -> bool:
    """A means of force ("tear gas", "water cannon", "rubber bullets") by its lemma or its word."""
    return tok.lemma_.lower() in _FORCE_MEANS or tok.lower_ in _FORCE_MEANS


def _force_means(trigger: Token) -> Token | None:
    """The means of force an event of using force is told by: the trigger itself ("tear gas", object of "used" or
    "fired") or the trigger verb's object, else None."""
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in _FORCE_USE_VERBS:
        return next((c for c in trigger.children if c.dep_ in ("dobj", "obj") and _is_force_means(c)), None)
    if trigger.dep_ in ("dobj", "obj") and trigger.head.pos_ == "VERB" and \
            trigger.head.lemma_.lower() in _FORCE_USE_VERBS and _is_force_means(trigger):
        return trigger
    return None


def _used_in(tok: Token) -> bool:
    """The object of a preposition of being in a place ("in Kampala", "outside parliament"); not of aiming ("at
    demonstrators", "on the crowd"), whose object is whom the force was used on."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _IN_PLACE_PREPS


_IN_PLACE_PREPS = frozenset({"in", "inside", "near", "outside", "across", "around", "throughout"})


def _crowd_of_purpose(means: Token, tb: ActorTables) -> list[Token]:
    """The party a force's means (as `_force_means` finds it) is used "to" act on: the object of the purpose
    infinitive of the verb that uses or fires it ("used water cannon to disperse protesters" -> protesters)."""
    purposes = [c for c in means.head.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    found = [_quantified(o) for c in purposes for o in c.children if o.dep_ in _OBJ and o.pos_ != "PRON"]
    return [p for p in found if _is_party_head(p, tb) or _names_entity(p, tb)][:1]


def _relative_act(tok: Token, tb: ActorTables) -> Token | None:
    """The act noun a relative "that/which" subject stands for ("an attack ... that killed 17"), or None."""
    if tok.lower_ not in ("that", "which") or tok.dep_ not in _SUBJ or tok.head.dep_ != "relcl":
        return None
    return tok.head.head if _is_act_noun(tok.head.head) else _target_of_harming_act(tok.head, tb)


def _target_of_harming_act(relcl: Token, tb: ActorTables) -> Token | None:
    """(round R24) "a rebel attack on a military base in Arauca that killed two soldiers": a harming relative clause
    the parser hung on the attack's target or on the place it is in (a base or a town kills no one) is the
    attack's; the attack noun, or None."""
    if relcl.lemma_.lower() not in _HARM_PARTICIPLES | _STATE_FOUND:
        return None
    cur = relcl.head
    for _ in range(3):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep" or \
                (_is_party_noun(cur, tb) and not _is_concrete(cur)):
            return None  # ("an attack on soldiers who/that ...": people may do what the clause says)
        cur = cur.head.head
        if _is_act_noun(cur) and cur.lemma_.lower() in _SCENE_ACTS:
            return cur
    return None


def _act_parties(tok: Token, tb: ActorTables) -> list[Token]:
    """An actor phrase that names an act or weapon stands for the party that carries it out, as PLOVER actors are
    entities: the act's possessor, its nationality or name modifier ("An Israeli air strike" -> Israeli, "Syrian
    government shelling" -> Syrian government), its "by" agent ("a bombing by the Islamic State", "missiles
    fired by the Israeli military", "a Taliban-claimed car bomb"); none when it names no party ("The attack on
    Oct. 7 killed ...")."""
    act = _relative_act(tok, tb)
    if act is not None:
        # "ISIS carried out an attack ... that killed 17": the relative pronoun is the act; its party acts
        # (the subject of the verb that carries the act out; not "following a fire that killed 19")
        carried = [c for c in act.head.children if c.dep_ in _SUBJ] if act.dep_ in ("dobj", "obj") else []
        return _act_parties(act, tb) or carried
    users = _weapon_users(tok, tb)
    if users:
        return users
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _ANYONES_CRAFT and tok.dep_ in _SUBJ:
        # (round A9) a drone with no party word on it names no party ("a drone fell on a house near the base":
        # armed groups fly them as well as states); "Russian drones" keep their phrase (MIL of the state), and
        # jets, warplanes and helicopters stay the state's air force
        # (an owner says whose: "the service's drones", "its drones")
        return [tok] if any(c.dep_ == "poss" for c in tok.children) or \
            any(_names_party_word(t, tb) for c in tok.lefts for t in c.subtree if t.dep_ != "case") or \
            _prep_objects(tok, {"by", "from"}) or \
            any(g.dep_ == "agent" for c in tok.children if c.dep_ == "acl" for g in c.children) else []
    if not _is_act_noun(tok):
        return [tok]
    # (a weapon word alone names no party: "A drone strike on a vehicle killed ...")
    # (a modifier with a party word in it: "US/compound Predator/compound attacks", "Sri/compound Lankan navy raid")
    # (session 17: not a weapon's own name, "an Improvised Explosive Device (IED) explosion")
    mods = [c for c in tok.lefts if c.dep_ in ("poss", "amod", "compound", "nmod") and not _scene_name(c, tb) and
            not _is_weapon_word(c) and
            any(t.lower_ not in _POSS_PRONOUNS and t.dep_ != "case" and _names_party_word(t, tb) and
                t.lemma_.lower() not in _INSTRUMENTS for t in c.subtree)]
    # ("Taliban-claimed car bomb": the name on a participle)
    mods += [g for c in tok.lefts if c.dep_ == "amod" and c.pos_ == "VERB" for g in c.children
             if g.dep_ in ("npadvmod", "compound", "nmod") and g.pos_ == "PROPN"]
    # ("gunfire from militants": a party it comes from, not a place)
    agents = _prep_objects(tok, {"by"}) + \
        [p for p in _prep_objects(tok, {"from"}) if p.pos_ == "NOUN" and _is_party_head(p, tb)] + \
        [p for c in tok.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"
         for p in g.children if p.dep_ == "pobj"]
    # (round R8) "The attack , which was claimed by the Islamic State , targeted ...": a relative clause that
    # owns the act to its author
    agents += [p for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in _OWNING_VERBS
               for g in c.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]
    # (session 25, R35) ... or blames it on a party ("The attack, which the government blamed on the ADF, killed
    # ...": the ADF; the attribution stays in the text)
    agents += [p for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() == "blame"
               for p in _prep_objects(c, {"on"})]
    named = [p for p in agents if _names_entity(p, tb)] or mods
    if not named and tok.dep_ in _SUBJ and _reported_clause(tok.head) and _own_strike_reported(tok, tok.head.head):
        # ("The military said air strikes had killed dozens of bandits": a state's forces reporting strikes of
        # the kind they deliver report their own, round A9)
        named = [c for c in tok.head.head.children if c.dep_ in _SUBJ]
    return sorted(named, key=lambda t: t.i)[:1]


def _weapon_users(tok: Token, tb: ActorTables) -> list[Token]:
    """(round R23) A weapon is never the actor when its user is named: "Drones launched by the RSF struck the
    airport", "mortar rounds fired by M23 rebels killed ...", "a grenade thrown by an attacker wounded ...": the
    "by" agent of the participle on the weapon acts. The parser sometimes makes that participle the main verb
    ("Shells fired/ROOT from Donetsk by Russian forces damaged ..."): its own agent is then the user."""
    if not _is_weapon(tok):
        return []
    # ("The bomb, which was planted by suspected jihadists, killed ...": a passive relative clause as well)
    verbs = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" or
             c.dep_ == "relcl" and any(a.dep_ == "auxpass" for a in c.children)]
    if tok.dep_ in _SUBJ and tok.head.tag_ in ("VBN", "VBD") and \
            not any(c.dep_ in ("auxpass", "aux") for c in tok.head.children):
        verbs.append(tok.head)
    users = [p for v in verbs for g in v.children if g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ == "by"
             for p in g.children if p.dep_ == "pobj"]
    return [p for p in users if _names_entity(p, tb)][:1]


def _is_weapon(tok: Token) -> bool:
    """A weapon word ("missiles", "mortar rounds", "an explosive device")."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in _WEAPONS or tok.lower_ in _WEAPONS or
                                              tok.lemma_.lower() == "device")


def _harmed_party_roles(trigger: Token, tb: ActorTables) -> tuple[list[Token], list[Token]] | None:
    """(round R23) "Relatives of the soldiers killed in the rebel attack on the base in Arauca ...", "civilians
    wounded by shrapnel": a harm participle after a party is done to that party; its doer is the "by" agent or
    the party of the act it happened in (the place of the act's target is neither)."""
    head = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or trigger.lemma_.lower() not in _HARM_PARTICIPLES or \
            head.pos_ not in ("NOUN", "PROPN") or not _is_party_head(head, tb):
        return None
    doers = [p for g in trigger.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"] or \
        [a for p in _prep_objects(trigger, {"in", "during"}) if _is_act_noun(p) for a in _act_parties(p, tb)]
    return doers, [head]


def _fired_weapon_clause(trigger: Token) -> Token | None:
    """(round R23) "Artillery shells fired/acl by the army landed on a school": a participle that fires a weapon,
    the weapon being the subject of the verb that says what it hit; that verb carries the event."""
    head = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or not _is_weapon(head) or head.dep_ not in _SUBJ or \
            head.head.pos_ != "VERB" or not any(c.dep_ == "agent" for c in trigger.children):
        return None
    return head.head


_ANYONES_CRAFT = {"drone", "uav", "quadcopter"}
# (round R8) verbs by which an act is owned to its author ("which was claimed / carried out by X")
_OWNING_VERBS = {"claim", "carry", "launch", "stage", "perpetrate", "conduct", "commit", "mount", "orchestrate",
                 "plan"}
_UNANSWERED = {"unanswered", "unpunished", "unavenged"}


def _unanswered_roles(trigger: Token, tb: ActorTables) -> tuple[list[Token], list[Token]] | None:
    """(round A9) "Putin said Ukraine's attacks would not go unanswered": a threat of retaliation by the speaker,
    aimed at the party of the act (Ukraine), which the parse makes the subject. None when the phrase is not so."""
    verb = trigger.head if trigger.lower_ in _UNANSWERED and trigger.dep_ == "acomp" else trigger
    if verb.lemma_.lower() not in ("go", "remain") or \
            not any(c.dep_ == "acomp" and c.lower_ in _UNANSWERED for c in verb.children):
        return None
    act = [c for c in verb.children if c.dep_ in _SUBJ]
    whom = [p for a in act for p in (_act_parties(a, tb) if _is_act_noun(a) else [a])]
    speaker = _ancestor_subjects(verb) if _reported_clause(verb) else []
    return speaker, whom


_WITNESSING = {"see", "witness", "experience", "suffer", "endure", "record", "register"}


def _witnessing_place(tok: Token) -> bool:
    return _is_place_noun(tok) and tok.dep_ in _SUBJ and tok.head.lemma_.lower() in _WITNESSING


# acts done to a person, named by the person's possessive ("their release", "his extradition")
_FREEING = {"release", "freedom", "return", "extradition", "deportation", "arrest", "detention", "execution",
            "transfer", "repatriation", "rescue"}
_AGREEING = {"agree", "sign", "reach", "broker", "seal", "conclude", "negotiate", "ink"}


def _controller_object(verb: Token, tb: ActorTables) -> list[Token]:
    """An act the actor makes another party do, with no other side of its own, is aimed at that party ("ordered
    all newspapers to suspend publication", "pressed the unions to cancel the strike")."""
    if verb.pos_ != "VERB" or verb.dep_ != "xcomp" or verb.head.pos_ != "VERB":
        return []
    return [o for o in verb.head.children if o.dep_ in ("dobj", "obj") and o.i < verb.i and _is_party_head(o, tb)
            and o.pos_ != "PRON"][:1]


_PROLONG = {"extend", "expand", "renew", "prolong", "strengthen", "reinforce", "join", "enlarge"}
_MISSION_HEADS = {"force", "mission", "operation", "contingent"}
_MISSION_MARKS = {"peacekeeping", "peace", "security", "stabilization", "stabilisation", "monitoring",
                  "observer", "assistance"}


def _mission_host(tok: Token, tb: ActorTables) -> Token:
    """A peace or security mission that troops are contributed to, or whose extension is agreed, stands for the
    country it serves ("contribute troops to the NATO-led security force in Afghanistan", "agreed to an expansion
    of the peacekeeping force in Cyprus"); not when it is the target itself ("attacked the force")."""
    # ("extend their peacekeeping mission in X": the object of prolonging it, too)
    kept = (tok.dep_ == "pobj" and tok.head.lower_ in ("to", "of")) or \
        (tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _PROLONG)
    if tok.lemma_.lower() not in _MISSION_HEADS or not kept or \
            not any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _MISSION_MARKS for c in tok.lefts):
        return tok
    place = next((p for p in _prep_objects(tok, {"in"}) if not _is_temporal(p)), None)
    return place if place is not None and _is_party_or_place(place, tb) else tok


def _purpose_goal(verb: Token, tb: ActorTables) -> list[Token]:
    """An act of purpose with no other side of its own is done for the party or place its carrier goes or sends
    to ("sent experts to Saudi Arabia to investigate the attacks", "arrived in Nepal to help", "lent $1 billion
    to Indonesia to aid its recovery")."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "xcomp") or verb.head.pos_ != "VERB" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    # ("dispatching a team to Detroit to investigate": the parser hangs the "to" on the object sent)
    # (not a real object it acts on: "blocked the roads into Nairobi to protest")
    if verb.head.lemma_.lower() in _PROTEST_VERBS:
        return []  # (round R24) "rallied in Minsk to demand his release": the town a protest is in is no goal
    sent = [o for o in verb.head.children if o.dep_ in ("dobj", "obj") and not _is_concrete(o)]
    found = [_directed_party(p, verb.head, tb) for w in [verb.head] + sent
             for p in _prep_objects(w, {"to", "into", "in"})]
    return [p for p in found if _is_party_or_place(p, tb)][:1]


def _owner_of_thing(tok: Token, actors: list[Token], tb: ActorTables) -> Token | None:
    """A thing of a party named by a pronoun stands for that party ("freezing their assets" -> them, "in return
    for its reopening of a probe" -> North Korea), unless the party is the actor itself ("opened its borders")."""
    # (also "the country's recovery": a generic owner that refers back)
    poss = next((c for c in tok.children if c.dep_ == "poss" and
                 (c.lower_ in _POSS_PRONOUNS or _is_anaphoric_generic(c))), None)
    if poss is None or tok.pos_ != "NOUN" or _is_party_head(tok, tb):
        return tok
    owner = _resolve_pronoun(poss)
    if owner is None and poss.lower_ in ("their", "his", "her") and tok.lemma_.lower() in _FREEING:
        return None  # (round A9) "It called for their immediate release": whose, another sentence says
    if owner is None or owner.i >= poss.i:
        return tok
    own = {t.i for a in actors for c in _conjuncts(a) for t in c.subtree}
    # ("The State Department said it was ready to support its implementation": "it" is the actor, so "its" is
    # the actor's own thing, round A9)
    own |= {i for a in actors if a.lower_ in _PRONOUNS for r in [_resolve_pronoun(a)] if r is not None
            for i in range(r.left_edge.i, r.i + 1)}
    if poss.lower_ not in _POSS_PRONOUNS:
        # "the country's recovery" -> the country meant; "the country's Supreme Court building" names its own party
        i, j = _np_span(tok)
        named = any(t.pos_ == "PROPN" for t in tok.doc[i:j] if t.i not in {x.i for x in poss.subtree})
        return tok if named or owner.i in own else owner
    return None if owner.i in own else owner


# verdicts a court or body pronounces on a party ("found X guilty of ...")
_VERDICTS = {"guilty", "innocent", "liable", "responsible", "culpable"}
_PRONOUNCING = {"find", "declare", "pronounce", "rule", "adjudge", "hold"}


def _verdict_roles(trigger: Token) -> tuple[list[Token], list[Token]] | None:
    """"A court found X guilty": the court acts on X, not X (the parser makes X the subject of "guilty")."""
    verb = trigger.head
    if trigger.pos_ != "ADJ" or trigger.lemma_.lower() not in _VERDICTS or \
            trigger.dep_ not in ("ccomp", "oprd", "xcomp") or verb.lemma_.lower() not in _PRONOUNCING:
        return None
    judged = [c for c in trigger.children if c.dep_ in _SUBJ] + [c for c in verb.children if c.dep_ in _OBJ]
    judges = [c for c in verb.children if c.dep_ in _SUBJ]
    if not judged or not judges:
        return None
    return judges, judged[:1]


def _among_those(trigger: Token, tb: ActorTables) -> tuple[list[Token], list[Token]] | None:
    """(session 25, R35) "Three journalists were among those arrested by police": the people said to be among those
    the act was done to are its recipients, not its actors; the actor is the participle's "by" agent, else the
    party of its timing clause or of the act it happened in ("among those killed in the attack by Boko Haram")."""
    head = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or head.lower_ not in ("those", "ones") or \
            head.dep_ != "pobj" or head.head.lower_ != "among" or head.head.head.lemma_.lower() != "be":
        return None
    subj = [c for c in head.head.head.children if c.dep_ in _SUBJ and c.pos_ != "PRON"]
    if not subj:
        return None
    actors = [p for a in trigger.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"] or \
        _timing_clause_subjects(trigger) or \
        [p for x in _prep_objects(trigger, {"in"}) if _is_act_noun(x) for p in _act_parties(x, tb) if p.i != x.i]
    return actors, _conjuncts(subj[0])


def _roles(trigger: Token) -> tuple[list[Token], list[Token]]:
    tb = load_tables()
    among = _among_those(trigger, tb)
    if among is not None:
        return among
    verdict = _verdict_roles(trigger)
    if verdict is not None:
        return verdict
    answered = _unanswered_roles(trigger, tb)
    if answered is not None:
        return answered
    sent = _sent_party_roles(trigger, tb)
    if sent is not None:
        return sent
    hit_verb = _fired_weapon_clause(trigger)
    if hit_verb is not None:
        return _roles(hit_verb)
    harmed = _harmed_party_roles(trigger, tb)
    if harmed is not None:
        return harmed
    armed = _armed_with_misread(trigger, tb)
    if armed is not None:
        return armed
    if _verb_hung_on_subject(trigger, tb):
        # (session 24, R33) "Unknown gunmen on a motorcycle shot/NOUN and killed a police officer": the parser,
        # reading the first verb as a noun, hung the second on the subject; that subject does it
        return _conjuncts(trigger.head), _active_recipients(trigger, tb)
    hung = _sides_on_fight_verb(trigger)
    if hung is not None:
        return hung
    hands = _changed_hands(trigger, tb)
    if hands is not None:
        return hands
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in _SUBJ and trigger.head.pos_ in ("VERB", "AUX") \
            and trigger.head.i != trigger.i and (_is_party_noun(trigger, tb) or _launches_attack(trigger.head)):
        # a trigger that is the subject names the actor, not the event ("Iraqi troops launched an assault on X",
        # "government forces continued their attacks on X"): the event is its verb
        return _roles(trigger.head)
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "obj") and trigger.head.pos_ == "VERB" and \
            _is_party_noun(trigger, tb) and trigger.head.lemma_.lower() not in _SENT_OUT | _DEPLOY_VERBS and \
            not any(c.dep_ in ("acl", "relcl", "amod") and c.pos_ == "VERB" for c in trigger.children):
        # (session 17, R26) ... and so does one that is the object ("The army drove al-Shabaab fighters out of the
        # village"): the side acted on, whose verb is the event
        return _roles(trigger.head)
    counted = _counted_object(trigger)
    if counted is not None and _is_party_noun(trigger, tb) and \
            counted.head.lemma_.lower() not in _SENT_OUT | _DEPLOY_VERBS:
        # (session 23, R32) ... also when a count picks it ("used water cannon to disperse thousands of
        # demonstrators outside parliament": the demonstrators, not the parliament)
        return _roles(counted.head)
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.head.pos_ == "VERB" and \
            _verb_carries_the_act(trigger):
        return _roles(trigger.head.head)
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "as" and \
            trigger.head.head.dep_ in ("dobj", "obj") and trigger.head.head.head.pos_ == "VERB":
        # (session 25, R35) ... also when the parser hung "as" on the object ("held civilians as/prep(civilians)
        # human shields in Raqqa": the civilians, not the town)
        return _roles(trigger.head.head.head)
    drawn = _drawn_from(trigger, tb)
    if drawn is not None:
        return drawn
    repelled = _repelled(trigger, tb)
    if repelled is not None:
        return repelled
    if trigger.dep_ == "oprd" and trigger.pos_ in ("NOUN", "ADJ") and trigger.head.lemma_.lower() in _HOLD_AS:
        # (round A12) "guards who had been taken hostage by inmates", "held captive": the verb carries the roles
        return _roles(trigger.head)
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") and breaks_agreement(trigger.head) and \
            _is_agreement(trigger):
        # the ban or truce broken is not the act: breaking it is ("North Korea violated a ban by the UN": North
        # Korea acts, not the UN); coordinated parties breaking their own agreement stay each other's side
        actors, recips = _roles(trigger.head)
        return actors, _mutual(trigger, actors, recips)
    if trigger.pos_ in ("NOUN", "PROPN", "ADJ") and trigger.dep_ in ("compound", "amod") and \
            _carries_roles(trigger.head, trigger):
        # a modifier names the event, its phrase carries the roles: "launched cyber attacks on X", "a mediation
        # effort between X and Y"
        return _roles(trigger.head)
    if trigger.dep_ == "amod" and trigger.head.i > trigger.i and _is_party_head(trigger.head, tb) and \
            trigger.head.pos_ != "PRON" and (trigger.pos_ == "VERB" or _resultative(trigger)):
        # a participle or adjective naming the act on the party it modifies ("the jailed opposition leader",
        # "U.S.-backed fighters", "let free activists"): that party is the recipient; the actor is the participle's
        # own modifier ("U.S."-backed) or, for an object, the subject of its verb
        head = trigger.head
        own = [c for c in trigger.children if c.dep_ in ("npadvmod", "compound") and c.pos_ == "PROPN"]
        # (round R8: also an object the parser made the verb's conjunct, "sacked his prime minister and suspended
        # parliament")
        object_like = head.dep_ in ("dobj", "obj") or (head.dep_ == "conj" and head.head.pos_ == "VERB")
        return own or (_ancestor_subjects(head) if object_like else []), [head]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "obj") and trigger.head.pos_ == "VERB" and \
            trigger.head.lemma_.lower() in _LIGHT_JOINT and _names_joint_act(trigger):
        # a meeting or joint act named by the object of a light verb is the verb's act, so the reciprocal and
        # joint-party rules below apply ("X held talks with Y", "X and Y began a joint exercise")
        return _roles(trigger.head)
    helped = _helped_by_aid(trigger, tb)
    if helped is not None:
        return helped
    if trigger.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in _SUBJ for c in trigger.children):
        # (a noun with a subject is a verb the tagger missed: "EU and UN hand/NOUN over supplies to X")
        actors = _nominal_actors(trigger)
        # ("Turkey and Syria are violating the ceasefire agreement": a joint act of coordinated parties)
        recips = _mutual(trigger, actors, _nominal_recipients(trigger, tb))
        if _is_state_visit(trigger) and actors and recips and all(_is_party_head(x, tb) for x in actors + recips):
            # (round R7) "X will make a state visit to Y": a meeting, reciprocal as "X met Y" is
            both = actors + [r for r in recips if r.i not in {a.i for a in actors}]
            return both, list(both)
        return actors, recips
    demand = _demand_frame(trigger)
    if demand is not None:
        return demand
    actors, recips = _verbal_roles(trigger, tb)
    recips = _mutual(trigger, actors, recips)
    if len(actors) == 1 and _is_meeting(trigger):
        # (session 22, R31) "The foreign ministers of India and China met": each state's minister meets the other,
        # as "X and Y met" (one party for both would keep only the first country)
        states = _states_of_plural(actors[0], tb)
        if states:
            recips = [r for r in recips if r.i != actors[0].i]
            actors = states
    if actors and _is_meeting(trigger) and (len(actors) > 1 or _is_coordinated(actors[0])):
        # the town parties that are all named meet in is where, not a participant ("X and Y held talks in Oman")
        recips = [r for r in recips if not _is_locative(r)] or list(actors)
    elif actors and _is_meeting(trigger):
        # ... and so it is for one party ("negotiators met in Cairo": Cairo is no side of the talks)
        recips = [r for r in recips if not _is_locative(r)]
    # (round A12: not with a pronoun actor the sentence does not resolve, "They met President X": whoever "they"
    # are, X is not one of them)
    if actors and recips and all(_is_party_head(r, tb) for r in recips) and \
            not any(a.lower_ in _PRONOUNS and _resolve_pronoun(a) is None for a in actors) and \
            (_is_meeting(trigger) or (trigger.lemma_.lower() in _SIGN and all(_is_partner(r) for r in recips))):
        # a meeting, or a joint act with a partner, is reciprocal: PLOVER lists every participant as actor; like
        # the coordinated joint acts below, each side is also the other's recipient ("X met Y", "X held talks with
        # Y", "X signed an agreement with Y")
        both = actors + [r for r in recips if r.i not in {a.i for a in actors}]
        return both, list(both)
    return actors, recips


def _changed_hands(verb: Token, tb: ActorTables) -> tuple[list[Token], list[Token]] | None:
    """(session 23, R32) A place told as fallen or lost to a party ("Bunia fell to M23 rebels", "The army lost the
    town to the rebels"): the party after "to" took it and is the actor; the loser named as subject of "lost" is the
    recipient, and so is a fallen subject that is a party or a state ("the garrison", "Afghanistan"), never a town
    (a town is no party)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in ("fall", "lose"):
        return None
    takers = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
              if g.dep_ == "pobj" for t in _conjuncts(g) if _is_party_head(t, tb) and not _is_temporal(t)]
    subjects = [s for c in verb.children if c.dep_ in _SUBJ for s in _conjuncts(c)]
    if not takers or not subjects:
        return None
    if lemma == "lose":
        ground = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not ground or not all(_is_place_noun(g) or g.pos_ == "PROPN" or g.lemma_.lower() in ("control", "ground")
                                 for g in ground):
            return None  # ("lost his seat to a rival": no place)
        return takers, [s for s in subjects if _is_party_head(s, tb)]
    if not all(_is_place_noun(s) or s.pos_ == "PROPN" or _settlement(s) for s in subjects):
        return None  # ("support fell to 20 percent")
    return takers, [s for s in subjects if _is_country_name(s, tb) or
                    (s.pos_ == "NOUN" and _is_party_noun(s, tb) and not _is_place_noun(s))]


def _fallen_to(tok: Token, tb: ActorTables) -> list[Token]:
    """(session 23, R32) For the subject of "fell to" (a place), the party it fell to; else the token itself."""
    if tok.dep_ not in _SUBJ or tok.head.lemma_.lower() != "fall":
        return [tok]
    hands = _changed_hands(tok.head, tb)
    return hands[0] if hands is not None else [tok]


# (session 23, R32) speech acts a verb's object may name ("renewed its demand for ...")
_SPEECH_NOUNS = frozenset({"demand", "call", "appeal", "request", "plea", "ultimatum", "warning", "threat",
                           "accusation", "charge", "condemnation", "criticism", "protest"})


def _restated_demand(trigger: Token, tb: ActorTables) -> list[Token]:
    """(session 23, R32) Whom a speech act named by the verb's object is aimed at, when the verb has no other side
    of its own ("The opposition renewed its demand for the president's resignation": the president's resignation,
    the party's act)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _RESTATING:
        return []  # (not a reaction to another's demand: "ignored requests to cancel the festival")
    return [p for o in trigger.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _SPEECH_NOUNS
            for p in _nominal_recipients(o, tb) if not _is_temporal(p) and not _is_bare_thing(p, tb)][:2]


# (session 23, R32) verbs that make, restate or press one's own speech act
_RESTATING = frozenset({"renew", "repeat", "reiterate", "restate", "issue", "make", "voice", "lodge", "deliver",
                        "step", "intensify", "press", "file", "submit", "level", "escalate", "reaffirm"})


# (session 23, R32) verbs of threatening, and the conjunctions that set a threat's condition
_THREATS = frozenset({"threaten", "warn"})
_CONDITIONS = frozenset({"unless", "if"})


def _threat_condition_parties(trigger: Token, tb: ActorTables) -> list[Token]:
    """(session 23, R32) The parties that are the subject of a threat's "unless"/"if" clause, on the threat verb or
    on the act it threatens ("threatened to strike if the authorities did not cut fuel prices"), or []."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _THREATS:
        return []
    holders = [trigger] + [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]
    clauses = [c for h in holders for c in h.children if c.dep_ == "advcl" and
               any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)]
    # (a party, not a thing the parser tags as a name: "If El Niño were to develop, ...")
    return [p for c in clauses for s in c.children if s.dep_ in _SUBJ for p in _conjuncts(s)
            if _is_party_head(p, tb) and p.pos_ != "PRON" and any(normalise(p.doc[slice(*_np_span(p))], tb))]


# (session 23, R32) wrongs a party is blamed for, named with their doer ("abuses by security forces")
_WRONGS = frozenset({"violation", "abuse", "crime", "atrocity", "excess", "misconduct", "brutality", "harassment",
                     "crackdown", "repression", "persecution", "interference", "aggression", "provocation"})


def _act_author(tok: Token, tb: ActorTables) -> list[Token]:
    """(session 23, R32) For an act noun with a "by" party ("the killing of protesters by security forces", "a
    hunger strike against human rights violations by the police"), that party; else the token itself."""
    if tok.pos_ != "NOUN" or not (_is_act_noun(tok) or tok.lemma_.lower() in _WRONGS):
        return [tok]
    agents = [p for p in _prep_objects(tok, {"by"}) if _is_party_head(p, tb) and not _is_weapon_word(p)]
    return agents or [tok]


# (session 24, R33) people's own places and goods, which an act on them falls on their owners through
_PROPERTY = frozenset({"home", "house", "residence", "property", "shop", "farm", "land", "office", "offices",
                       "business", "livestock", "cattle", "crop", "crops"})


_OWNERS = frozenset({"politician", "family", "families", "man", "woman", "person", "resident", "businessman"})


def _property_owner(tok: Token, tb: ActorTables) -> Token:
    """(session 24, R33) The party whose home or property an act hits ("demolished the homes of two Palestinians",
    "raided the offices of the newspaper"): the owners, whom PLOVER codes as the recipient. Else the token."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _PROPERTY:
        return tok
    owner = next((p for p in _prep_objects(tok, {"of", "belonging"})
                  if (_is_party_head(p, tb) or p.lemma_.lower() in _OWNERS) and p.pos_ != "PRON" and
                  not _is_place_noun(p)), None)
    return tok if owner is None else owner


# (session 24, R33) verbs a demanded act is told with, which the tagger may read as a modifier of their object
# ("demanded that Belarus free/amod Roman Protasevich")
_DEMANDED_ACTS = frozenset({"free", "release", "end", "stop", "halt", "lift", "drop", "return", "withdraw", "hand",
                            "pay", "reinstate", "reopen", "restore"})


def _misread_that_subject(tok: Token, tb: ActorTables) -> Token:
    """(session 24, R33) "The EU demanded that Belarus free Roman Protasevich": the parser may make the "that"
    clause one noun phrase ("Belarus free Roman Protasevich", the verb as a modifier); the party before the verb
    is the one asked, as in the clause read right. Else the token."""
    if tok.dep_ not in ("dobj", "obj", "ccomp") or tok.pos_ not in ("NOUN", "PROPN") or \
            not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return tok
    verb = next((c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.lower_ in _DEMANDED_ACTS), None)
    if verb is None:
        return tok
    before = [c for c in tok.lefts if c.i < verb.i and c.dep_ in ("compound", "nmod", "amod") and
              c.pos_ in ("PROPN", "NOUN") and _is_party_head(c, tb)]
    return before[-1] if before else tok


def _counted_object(trigger: Token) -> Token | None:
    """(session 23, R32) The quantifier object of a verb that picks the noun `trigger` ("dispersed thousands of
    demonstrators" -> thousands), or None."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return None
    count = trigger.head.head
    if count.dep_ not in ("dobj", "obj") or count.head.pos_ != "VERB" or _quantified(count).i != trigger.i or \
            not (count.lower_ in _CROWD_COUNTS or count.like_num):
        return None  # ("puts the number of attackers at 300": no act on the attackers)
    return count


# (session 23, R32) words that count a crowd ("thousands of demonstrators")
_CROWD_COUNTS = frozenset({"dozens", "hundreds", "thousands", "tens", "scores", "millions", "several", "many", "some"})


# verbs that make a party what their predicate names ("taken hostage", "held captive")
# verbs that bring a sent party to a place ("peacekeepers arrived in X")
_ARRIVING = {"arrive", "land", "deploy", "redeploy", "head", "return", "move", "go"}
_BOUND = {"bound", "destined", "headed", "heading", "deployed", "sent", "dispatched", "assigned"}


def _sent_party_roles(trigger: Token, tb: ActorTables) -> tuple[list[Token], list[Token]] | None:
    """(round R7) A trigger that names the party sent (the coder's "peacekeepers", "peacekeeping troops"): that
    party acts, and the place its own participle or its verb takes it to is the other side ("Egyptian
    peacekeepers bound for Mali", "the first contingent of Rwandan peacekeeping troops arrives in Bangui")."""
    party = trigger if _is_party_noun(trigger, tb) else None
    if party is None and trigger.dep_ in ("compound", "amod") and _is_party_noun(trigger.head, tb):
        party = trigger.head
    if party is None or party.pos_ != "NOUN":
        return None
    dest = [p for c in party.children if c.dep_ == "acl" and c.lower_ in _BOUND
            for p in _prep_objects(c, {"for", "to", "into", "in"}) if _is_party_or_place(p, tb)]
    # ("Hundreds of X", "the first contingent of X": the count or unit is the subject)
    top = party.head.head if party.dep_ == "pobj" and party.head.lower_ == "of" else party
    if not dest and top.dep_ in _SUBJ and top.head.lemma_.lower() in _ARRIVING:
        dest = [p for p in _place_of(top.head, ("in", "to", "into", "at")) if _is_party_or_place(p, tb)]
    return ([party], dest[:1]) if dest else None


def _means_used(tok: Token) -> bool:
    """(round R7) A weapon an act is done with is its means, not its target ("Pakistan retaliated with artillery
    and drones", "pounded the town with rockets")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and \
        (tok.lemma_.lower() in _WEAPONS | _INSTRUMENTS or tok.lower_ in _WEAPONS | _INSTRUMENTS)


_HOLD_AS = {"take", "hold", "keep"}
# (round R8) custody a party is placed, put or kept under
_HELD_UNDER = {"arrest", "detention", "custody", "guard"}
# (round R8) verbs by which an act earns another party's response ("drew condemnation from X")
_DRAW_VERBS = {"draw", "attract", "earn", "provoke", "prompt", "elicit", "receive", "face", "incur"}


def _verb_carries_the_act(trigger: Token) -> bool:
    """The noun `trigger`, the object of a preposition under a verb, names the verb's act, so the verb carries its
    roles: what a party is used or held as ("used civilians as human shields", "held the sailors as hostages");
    (round R8) the means of a contact, or the custody a party is put under ("spoke by phone with X", "was placed
    under house arrest by security forces")."""
    prep, lemma = trigger.head.lower_, trigger.lemma_.lower()
    if prep == "as":
        return any(c.dep_ in ("dobj", "obj") for c in trigger.head.head.children)
    return (prep in ("by", "via", "over") and lemma in _MEANS_OF_CONTACT) or (prep == "under" and lemma in _HELD_UNDER)


def _drawn_from(trigger: Token, tb: ActorTables) -> tuple[list[Token], list[Token]] | None:
    """(round R8) A response that a party or its act draws "from" others ("Tehran's support for Hezbollah has
    drawn sanctions from Washington", "Iran faces sanctions from the EU"): those others act, and the party whose
    act draws it (the possessor of a subject that is no party, else the subject) is the recipient."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("dobj", "obj") or \
            trigger.head.lemma_.lower() not in _DRAW_VERBS:
        return None
    verb = trigger.head
    givers = [x for p in _prep_objects(trigger, {"from"}) + _prep_objects(verb, {"from"}) for x in _conjuncts(p)]
    subj = next((c for c in _verb_with_subject(verb).children if c.dep_ in _SUBJ), None)
    if not givers or subj is None or subj.pos_ == "PRON":
        return None
    owner = [c for c in subj.children if c.dep_ == "poss" and c.lower_ not in _POSS_PRONOUNS]
    # ("Iran's foreign minister faces criticism": a party subject is itself the recipient)
    return givers, (owner if owner and not _is_party_head(subj, tb) else [subj])
# (round R8) means of a contact ("by phone", "via video link")
_MEANS_OF_CONTACT = {"phone", "telephone", "video", "videolink", "link", "videoconference", "call", "letter", "email"}


# verbs that only hold, start or stage the act their object names
_LIGHT_JOINT = {"hold", "have", "conduct", "begin", "start", "open", "resume", "stage", "perform", "launch"}


def _names_joint_act(noun: Token) -> bool:
    """A meeting noun, or an act marked joint ("talks", "a joint military exercise")."""
    return noun.lemma_.lower() in _MEETING or noun.lower_ in _MEETING or \
        any(a.dep_ == "amod" and a.lower_ in ("joint", "bilateral", "mutual") for a in noun.children)


def _resultative(adj: Token) -> bool:
    """An adjective right after the verb, before its object: the act's result ("let free activists", "set loose
    the prisoners"), not a kind of party ("humanitarian workers")."""
    obj = adj.head
    return adj.pos_ == "ADJ" and obj.dep_ in ("dobj", "obj") and adj.i == obj.head.i + 1


def _launches_attack(verb: Token) -> bool:
    """A verb whose object is an attack ("hackers launched cyber attacks on X"): its subject is the attacker,
    whatever the word, and the attack carries the target."""
    return any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _ATTACK_NOUNS for o in verb.children)


def _nominal_actors(trigger: Token) -> list[Token]:
    """Who of an event noun: its possessor or name modifier ("Israel's attack", "Russian shelling"), its "by"
    agent, else the subject of the governing verb ("militants launched an attack", "X is responsible for mass
    killings", "the army intensified its bombardment")."""
    # (a date is no owner: "will attend Saturday's meeting")
    # ("pledged his country's support": the speaker's own country speaks through the speaker, the subject)
    tb = load_tables()
    actors = [c for c in trigger.children if not _is_temporal(c) and not _speakers_own(c) and
              ((c.dep_ == "poss" and c.lower_ not in _POSS_PRONOUNS) or
               (c.dep_ in ("amod", "compound") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper() and
                not _plain_first_word(c))) and not _scene_name(c, tb)]
    actors.extend(_prep_objects(trigger, {"by"}))
    if _is_weapon_word(trigger) and trigger.dep_ in ("dobj", "obj") and trigger.head.lemma_.lower() in _MADE_SAFE:
        # (session 22, R31) "Police defused a second bomb": who makes a weapon safe or finds it never used it; its
        # planter does, when named ("a bomb planted by militants")
        return actors or _weapon_users(trigger, tb)
    if not actors and trigger.dep_ in _PASS_SUBJ and trigger.head.lemma_.lower() in _CAUSING:
        # (session 22, R31) "the blast was caused by an explosive device planted by militants": the weapon's user,
        # or a party that caused it ("caused by a suicide bomber")
        means = [p for g in trigger.head.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]
        actors = [u for m in means for u in _weapon_users(m, tb)] or \
            [m for m in means if _is_party_head(m, tb) and not _is_weapon_word(m) and m.pos_ != "PRON"]
    if not actors and trigger.dep_ in _PASS_SUBJ and trigger.head.lemma_.lower() in _OWNING_VERBS:
        # (round R22) "the Quetta bombing was carried out by a suicide bomber": the agent of the verb that owns it
        actors = [p for g in trigger.head.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]
    if not actors and is_fight_word(trigger):
        # (round R18) "clashes between police and farmers": the sides named fight, not whoever reports them
        sides = _gathered_parties(trigger)
        actors = [sides] if sides.i != trigger.i else []
    if _is_riot(trigger):
        # (session 18, R27) "a day after a riot at the prison left 17 inmates dead, officials said": the rioters
        # named in the riot's own phrase ("a riot by inmates", "student riots"), else nobody; never the subject of
        # the clause that tells it or reports it
        return actors or [c for c in trigger.lefts if c.dep_ in ("amod", "compound") and
                          (c.is_lower or c.is_sent_start) and _is_party_noun(c, tb)]
    if not actors and trigger.dep_ == "pobj" and trigger.head.lower_ in _BACKGROUND_PREPS and \
            trigger.lemma_.lower() in _SCENE_ACTS and trigger.lemma_.lower() not in _FIGHTS:
        # (round R24) "Talks stalled weeks after a militant attack on an army camp": an attack the sentence tells
        # as the time or cause of another act is not done by that act's subject; its own doer word, else none (the
        # sides of a fight may be: "Troops recovered rifles after a firefight")
        return _doer_word(trigger, tb)
    if not actors and trigger.dep_ == "pobj" and trigger.head.lower_ == "in" and \
            trigger.head.head.lemma_.lower() in _INVOLVED:
        # (session 26, R37) "Britain says the Russian government was involved in the nerve agent poisoning": the
        # party involved did it (as a party blamed does, session 25), not the one who says so
        actors = [c for c in trigger.head.head.children if c.dep_ in _SUBJ | _PASS_SUBJ and c.pos_ != "PRON"]
    return actors or _ancestor_subjects(trigger) or _doer_word(trigger, tb)


_INVOLVED = frozenset({"involve", "involved", "implicate", "implicated"})


# (session 22, R31) verbs of making a weapon safe or finding it: their subject is no user of it
_MADE_SAFE = frozenset({"defuse", "disarm", "dismantle", "neutralise", "neutralize", "find", "discover", "recover",
                        "seize", "detect", "remove", "locate", "uncover", "confiscate"})
# (session 22, R31) verbs that say what caused a blast ("the blast was caused by an IED")
_CAUSING = frozenset({"cause", "trigger"})


# (session 18, R27) nouns of a riot, whose doers only the riot's own phrase names
_RIOTS = frozenset({"riot", "riots", "rioting", "mutiny", "unrest", "disturbance", "disturbances"})


def _is_riot(trigger: Token) -> bool:
    return trigger.lemma_.lower() in _RIOTS or trigger.lower_ in _RIOTS
# (round R24) prepositions that tell an act as the time or cause of the clause's own ("after a rebel attack")
_BACKGROUND_PREPS = frozenset({"after", "following", "before", "since", "amid", "despite"})


def _doer_word(trigger: Token, tb: ActorTables) -> list[Token]:
    """(round R23) "The rebel attack on the army base in Arauca killed ...", "an insurgent assault on the outpost": a
    lower-case word for an armed or state party on an attack noun that no clause gives a doer is its doer (a
    place inside the target phrase never is); "a drone attack", "a school shooting" name a weapon or a scene, and
    "launched a military operation" keeps its subject."""
    if trigger.lemma_.lower() not in _SCENE_ACTS:
        return []
    return [c for c in trigger.lefts if c.dep_ in ("amod", "compound") and c.is_lower and
            tb.sector_nouns.get(c.lemma_.lower()) in _DOER_SECTORS and c.lemma_.lower() not in _WEAPONS]


# (round R23) sectors of a party word that does an attack ("a rebel raid", "a police crackdown", "army shelling")
_DOER_SECTORS = frozenset({"MIL", "COP", "REB", "PRM", "UAF", "CRM", "GOV", "SPY", "INS"})
# (round R22) attack nouns that a place's name can mark ("the Arauca attack", "the Uvalde shooting")
_SCENE_ACTS = _ATTACK_NOUNS | {"ambush", "bombing", "shooting", "massacre", "killing", "killings", "blast",
                               "explosion", "kidnapping", "abduction", "raid", "siege", "attacks"}


def _scene_name(mod: Token, tb: ActorTables) -> bool:
    """(round R22) A proper-name compound on an attack noun that names where it happened, not who did it: a
    capital or big city ("the Quetta bombing", "the Moscow attack"), or a name that no table knows as a party
    ("the Arauca attack last month", "the Pahalgam attack"). A country, people, party or group named there is the
    doer ("the Israel strike", "the Hamas attack", "the Fano attack")."""
    head = mod.head
    if mod.dep_ != "compound" or mod.pos_ != "PROPN" or head.lemma_.lower() not in _SCENE_ACTS:
        return False
    words = [t for t in mod.subtree if t.dep_ == "compound" or t.i == mod.i]
    name = " ".join(t.text for t in words)
    near = mod.doc[max(mod.i - 1, 0):mod.i + 2]
    if name in tb.orgs or name in tb.peoples or name in tb.body_sectors or mod.text in tb.orgs or \
            mod.text in tb.peoples or any(t.text in ("-", "‐", "–") for t in near):
        return False  # (a hyphenated name is a group's: "an al-Shabaab attack")
    known = tb.countries.get(name)
    if known is not None:
        return known[1] == "capital"
    if big_cities().get(name):
        return True
    code, sector = normalise(mod.doc[words[0].i:mod.i + 1], tb)[:2]
    return code is None and sector is None


def _plain_first_word(tok: Token) -> bool:
    """(round R18) An adjective capitalised only because it starts the sentence ("Heavy fighting between X and Y"),
    unlike a party word there ("Russian shelling")."""
    if not tok.is_sent_start or tok.pos_ != "ADJ":
        return False
    code, sector = normalise(tok.doc[tok.i:tok.i + 1], load_tables())[:2]
    return code is None and sector is None


def _speakers_own(tok: Token) -> bool:
    """A possessor that is a person's own country or government ("his country's", "her government's")."""
    return tok.dep_ == "poss" and tok.lemma_.lower() in ("country", "government", "nation", "people") and \
        any(g.dep_ == "poss" and g.lower_ in ("his", "her", "their", "our", "my") for g in tok.children)


# (session 16) verbs of quitting a place
_LEAVING = frozenset({"leave", "quit", "exit", "vacate", "evacuate", "abandon"})


def _place_quit(noun: Token, tb: ActorTables) -> list[Token]:
    """(session 16) "troops began leaving Afghanistan for the initial withdrawal", "... leaving Mali as part of
    the withdrawal": the place or party the leaving verb the noun's phrase hangs on quits is where the forces
    withdraw from (a few prepositional steps up, no further)."""
    cur = noun
    for _ in range(4):
        if cur.dep_ not in ("pobj", "prep", "advmod") or cur.head.i == cur.i:
            return []
        cur = cur.head
        if cur.pos_ == "VERB":
            break
    if cur.lemma_.lower() not in _LEAVING:
        return []
    return [o for o in cur.children if o.dep_ in ("dobj", "obj") and _is_party_or_place(o, tb)]


def _nominal_recipients(trigger: Token, tb: ActorTables) -> list[Token]:
    """Whom of an event noun, from the most to the least direct cue."""
    if trigger.lemma_.lower() in _HANDOVER:
        # "the extradition of X to Panama": the state X is handed to
        found = [p for p in _prep_objects(trigger, {"to", "into"}) if _is_party_or_place(p, tb)]
        if found:
            return found
    if trigger.lemma_.lower() in _DEPLOY_NOUNS:
        # "its withdrawal of troops from Iraq": where the forces go or leave, not the forces
        found = [p for p in _prep_objects(trigger, _DEST_PREPS) if _is_party_or_place(p, tb)]
        if found:
            return found
    # ("the shipment of water to the Haitian people": a thing the noun is of is no party)
    found = [origin or p
             for p in _prep_objects(trigger, {"on", "against", "of", "at", "upon", "with", "to", "for", "into"})
             for origin in [_goods_origin(p, tb)]
             if not _is_bare_thing(p, tb) or _struck_thing(p, trigger) or origin is not None]
    found = _aimed_first(found) or _given_to_high(trigger, tb) or _aimed_by_participle(trigger)
    if not found:
        # "the ban imposed on the LTTE": the party a participle of the noun directs it at
        inner = _party_in(trigger, tb, preps=_GOAL_PREPS)
        found = [inner] if inner is not None else []
    if not found and trigger.dep_ in ("dobj", "obj") and trigger.head.pos_ == "VERB":
        # "gave Putin a warning", "sent Kim a letter": the light verb's indirect object
        found = [c for c in trigger.head.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    if not found:
        # "appeals to release X", "a request to visit X": the object of the infinitive the noun governs
        found = [_directed_party(o, c, tb) for c in trigger.children
                 if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB" and
                 any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                 for o in c.children if o.dep_ in _OBJ and o.pos_ != "ADP"]
    base = trigger
    while base.dep_ == "conj" and base.head.i != base.i and base.head.pos_ in ("NOUN", "PROPN"):
        base = base.head  # "launched air and artillery strikes on X": the coordination's head is the object
    base = _sum_given_as(base)
    if not found and base.i != trigger.i:
        found = _prep_objects(base, {"on", "against", "at", "upon", "with", "to", "into"})
    if not found and base.dep_ in ("dobj", "attr") and base.head.pos_ == "VERB":
        # light verb + event noun: "issued a warning to X", "launched attacks against X"; also on the name the
        # parser splits off the act ("launched an operation , Operation Zarb , against militants")
        names = [c for c in base.head.children if c.dep_ in ("npadvmod", "appos") and c.pos_ == "PROPN"] + \
            [c for c in base.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        found = _aimed_first([_goods_origin(p, tb) or p for v in [base.head] + names
                              for p in _prep_objects(v, {"on", "against", "at", "upon", "with", "to", "into"})])
    if not found and trigger.lemma_.lower() in _DEPLOY_NOUNS:
        found = _place_quit(base, tb)
    if not found and trigger.lemma_.lower() in _DRILLS:
        # (round R8) "staged drills around Taiwan", "naval exercises off the coast of X": whom a show of force is
        # held around is its other side
        found = [p for w in [trigger, base.head] for p in _prep_objects(w, {"around", "near", "off"})
                 if _is_party_or_place(p, tb)][:1]
    if not found:
        found = _prep_objects(trigger, {"between"})  # "mediation between India and Pakistan"
    if not found:
        # "began a hunger strike in protest against laws imposed by the government": what the act protests
        found = _protested(trigger, tb) or \
            (_protested(base.head, tb) if base.dep_ in ("dobj", "obj") and base.head.pos_ == "VERB" else [])
    if not found:
        # "humanitarian assistance in Iraq", "troops remained on alert in Paris"
        found = _place_of(trigger) or _place_of(base.head.head if base.dep_ == "pobj" else base)
    if not found and base.dep_ in ("dobj", "obj", "nsubj") and base.head.pos_ == "VERB":
        # "imposed a curfew in New York City": the light verb's place; "peacekeepers arrived in South Sudan": the
        # place the subject's verb takes them to
        found = _place_of(base.head, ("in", "at", "into", "to"))
    if not found and trigger.lemma_.lower() in _AREA_RESTRICTIONS:
        # (session 24, R33) ... also a big city the tables know when the parse names no place ("imposed a curfew
        # in Srinagar", without NER): a curfew or blockade falls on the place it covers
        found = _restricted_city(trigger)
    if not found and base.dep_ in ("dobj", "obj") and base.head.pos_ == "VERB":
        # "imposed sanctions in relation to Guinea Bissau", "mobilising funds to support peace in Colombia": a
        # party further down the light verb's other phrases, else the party its purpose names
        inner = _party_in(base.head, tb, skip=base, preps=_DIRECTED_PREPS) or _purpose_party(base.head, tb)
        found = [inner] if inner is not None else []
    return found


# (session 24, R33) restrictions laid on an area, whose other side is the place they cover
_AREA_RESTRICTIONS = frozenset({"curfew", "blockade", "lockdown", "siege", "cordon", "shutdown"})


def _restricted_city(noun: Token) -> list[Token]:
    """(session 24, R33) The big city an area restriction is laid "in", "on" or "around", on the noun or on the
    verb that lays it ("imposed a curfew in Srinagar"), read from the city table when no NER tags it."""
    holders = [noun] + ([noun.head] if noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.pos_ == "VERB"
                        else [])
    for p in (p for h in holders for p in _prep_objects(h, {"in", "on", "around", "across"})):
        i, j = _np_span(p)
        if p.pos_ == "PROPN" and big_cities().get(noun.doc[i:j].text):
            return [p]
    return []


_AIMING = frozenset({"target", "aim", "direct"})


def _aimed_by_participle(noun: Token) -> list[Token]:
    """(round R23) "launched airstrikes targeting rebel positions", "strikes that targeted Hamas commanders", "an
    offensive aimed at the militants": what the act's own participle or relative clause aims it at."""
    return [o for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _AIMING
            for o in [x for x in c.children if x.dep_ in _OBJ and x.pos_ != "ADP" and x.lower_ not in _PRONOUNS] +
            _prep_objects(c, {"at", "against", "on", "toward", "towards"})]


# (round R21) things given, sent or sold to a party
_GIVEN_NOUNS = frozenset({"aid", "assistance", "shipment", "delivery", "supply", "supplies", "loan", "funding",
                          "donation", "sale", "sales", "export", "exports", "relief", "grant", "credit", "help"})


def _given_to_high(trigger: Token, tb: ActorTables) -> list[Token]:
    """(round R21) The party a thing given goes to when the parser hangs its "to" phrase on the verb above the
    phrase the noun is in ("eased restrictions on food assistance to North Korea", "gave priority to the shipment
    of fuel to the people of Gaza"): the first "to" phrase after the noun on the nouns and the verb it hangs from."""
    if trigger.lemma_.lower() not in _GIVEN_NOUNS and trigger.lower_ not in _GIVEN_NOUNS:
        return []
    path: list[Token] = []
    cur = trigger
    while len(path) < 4 and cur.pos_ not in ("VERB", "AUX"):
        if cur.dep_ == "pobj" and cur.head.dep_ in ("prep", "dative"):
            cur = cur.head.head
        elif cur.dep_ in ("dobj", "obj") and path:
            cur = cur.head  # ("eased restrictions on ...": up to the verb whose object holds the noun)
        else:
            break
        path.append(cur)
    found = [p for h in path for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and
             c.i > trigger.i for p in c.children if p.dep_ == "pobj" and _is_party_or_place(p, tb)]
    return found[:1]


# (round R8) verbs of fending off an attack, and the attacks fended off
_REPEL_VERBS = {"repel", "repulse", "foil", "thwart", "withstand", "survive", "fend", "beat", "fight", "resist"}
_FENDED = _ATTACK_NOUNS | {"ambush", "incursion", "advance", "attempt", "plot"}


def _repelled(trigger: Token, tb: ActorTables) -> tuple[list[Token], list[Token]] | None:
    """(round R8, story review K8) An attack that its target fends off ("the president survived an assassination
    attempt", "the police foiled an attack"): the attack's own author acts (none if unnamed), and whoever fends it
    off, the verb's subject, is the target, unless the attack names one ("foiled an attack on a church").
    (round R24) An armed party or a state that fights an attack off ("its troops had repelled a Ukrainian attack",
    "beat back a Russian offensive") is a side of the clash it fights: it acts, the attack's author is its other
    side (none if unnamed), whatever the attack was aimed at."""
    act = trigger.head if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN" else trigger
    if trigger.lemma_.lower() in FIGHT_OFF_VERBS:
        # (the fighting verb as the trigger: its attack object carries the roles)
        act = next((o for o in trigger.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _FENDED), act)
    if act.dep_ not in ("dobj", "obj") or act.head.lemma_.lower() not in _REPEL_VERBS or \
            act.lemma_.lower() not in _FENDED:
        return None
    subj = [c for c in _verb_with_subject(act.head).children if c.dep_ in _SUBJ]
    # (fighting an attack off, as against surviving or foiling one)
    fights = bool(subj) and act.head.lemma_.lower() in FIGHT_OFF_VERBS and _armed_side(subj[0], tb)
    if not fights and (not subj or any(p for p in _prep_objects(act, _TARGET_ON)) or act.i != trigger.i and
                       trigger.head.i != act.i):
        return None
    # (round R15: and a name modifier, "repelled 37 Russian assaults", as _nominal_actors reads one)
    authors = [c for c in act.children if (c.dep_ == "poss" and c.lower_ not in _POSS_PRONOUNS) or
               (c.dep_ in ("amod", "compound") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper())] + \
        _prep_objects(act, {"by", "from"}) + _doer_word(act, tb)
    authors = [a for a in authors if _names_entity(a, tb) or _is_party_head(a, tb)]
    return (subj[:1], authors) if fights else (authors, subj[:1])


# (round R24) force words with no sector of their own ("Ukrainian units", "the garrison")
_FORCE_WORDS = frozenset({"unit", "garrison", "detachment", "battalion", "brigade", "regiment", "defender"})


def _armed_side(subj: Token, tb: ActorTables) -> bool:
    """(round R24) An armed force, an armed group or a state as the one fighting an attack off (a pronoun by what it
    stands for: "The rebels said they had repelled ..."); not a person who survives one."""
    if subj.lower_ in _PRONOUNS:
        subj = _resolve_pronoun(subj) or subj
    if subj.pos_ not in ("NOUN", "PROPN"):
        return False
    i, j = _np_span(subj)
    code, sector, _ = normalise(subj.doc[i:j], tb)
    # (an armed doer's sector, not an official's: "the governor survived ...")
    return sector in _DOER_SECTORS - {"GOV"} or subj.lemma_.lower() in _FORCE_WORDS or \
        (code is not None and _is_country_name(subj, tb))


_TARGET_ON = {"on", "against", "upon"}
# (round R8) traded goods: a measure on them is aimed at the party they come from
_GOODS = {"import", "imports", "export", "exports", "goods", "product", "products", "shipment", "shipments",
          "good", "commodity", "commodities"}


def _goods_origin(tok: Token, tb: ActorTables) -> Token | None:
    """(round R8) The party traded goods come from ("tariffs of 25% on steel imports from Mexico", "a ban on
    seafood imports from Japan"): the measure is aimed at it, not at the goods."""
    if tok.lemma_.lower() not in _GOODS and tok.lower_ not in _GOODS:
        return None
    return next((p for p in _prep_objects(tok, {"from"}) if _is_party_or_place(p, tb)), None)


_SUM_WORDS = {"million", "billion", "thousand", "trillion", "bn", "mn", "m"}


def _is_given_sum(tok: Token) -> bool:
    """A sum of money as a verb's object ("20 million euros", "$ 50 million", "€ 95 million")."""
    return _is_sum(tok) or tok.ent_type_ == "MONEY" or \
        (tok.lower_ in _SUM_WORDS and any(_is_sum(c) for c in tok.children))


def _sum_given_as(noun: Token) -> Token:
    """(round R7) The sum an aid noun measures ("allocated €95 million in humanitarian support to ...", "pledged
    $50 million in aid to Yemen"): the sum is the light verb's object and carries the roles; else the noun."""
    sum_ = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and sum_.dep_ in ("dobj", "obj") and \
            sum_.head.pos_ == "VERB" and _is_given_sum(sum_):
        return sum_
    return noun


_PROTEST_NOUNS = {"protest", "defiance", "retaliation"}


def _protested(verb: Token, tb: ActorTables) -> list[Token]:
    """What an act is done "in protest against/at/over" (or "in retaliation for"): the party whose act that is
    ("laws imposed by the government"), else the thing itself ("new taxes")."""
    for p in _prep_objects(verb, {"in"}):
        if p.lemma_.lower() not in _PROTEST_NOUNS:
            continue
        for x in _prep_objects(p, {"against", "at", "over", "of", "for", "to", "with"}):
            if _is_temporal(x):
                continue
            if _names_entity(x, tb):
                return [x]
            agents = [a for c in x.children if c.dep_ == "acl" for g in c.children
                      if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by")
                      for a in g.children if a.dep_ == "pobj"]
            agents += _prep_objects(x, {"by"})
            return [a for a in agents if _names_entity(a, tb)][:1] or [x]
    return []


def _aimed_first(found: list[Token]) -> list[Token]:
    """Objects of "on/against/upon" when there are any ("held a protest at Delhi University against the siege of
    X": the target, not the venue)."""
    return [p for p in found if p.head.lower_ in ("on", "against", "upon")] or found


def _verbal_roles(verb: Token, tb: ActorTables) -> tuple[list[Token], list[Token]]:
    """Who and whom of a verb (or predicate adjective): subject and object, passive agent and subject."""
    carrier = _verb_with_subject(verb)
    if _is_passive(verb) or _passive_conjunct(verb):
        actors = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] or \
            _shared_agent(verb)
        recips = [_directed_party(c, verb, tb) for c in verb.children if c.dep_ in _PASS_SUBJ]
        if not recips and verb.dep_ == "conj" and carrier.i != verb.i:
            # "Eighteen fishermen, held captive in Libya, have been freed by Libya forces": the subject of the
            # clause the passive is coordinated with
            recips = [c for c in carrier.children if c.dep_ in _SUBJ | _PASS_SUBJ]
        sent = [c for c in verb.children if c.dep_ in _PASS_SUBJ]
        if not actors and not any(c.dep_ == "agent" for c in verb.children) and \
                verb.lemma_.lower() in _SENT_OUT and sent and _sent_forces(sent, tb):
            # (round A12) "Additional companies of the Provincial Armed Constabulary were deployed": forces sent
            # with no sender named are the ones that mobilise
            # (session 26, R37: read on the subject itself, not on the place it is sent to, which the deploying
            # verb's object rule gives: "Troops were deployed to Kasese" -> the troops; "Tactical teams and local
            # vigilantes had been deployed" -> both)
            return [_quantified(c) for c in sent], []
        if not actors and not any(c.dep_ == "agent" for c in verb.children):
            # "23 civilians were killed as government forces launched air strikes": the party acting in the
            # clause that times the passive; else ("X was arrested in Niger") the authorities of the place
            # ("three civilians were killed in an Israeli airstrike": the party the act names)
            actors = _timing_clause_subjects(verb) or \
                [a for v in _passive_conjuncts(verb) for p in _prep_objects(v, {"in", "during"}) if _is_act_noun(p)
                 for a in _act_parties(p, tb)] or _weapon_layer(verb, tb) or \
                [p for p in _place_of(verb, ("in",)) if (p.ent_type_ == "GPE" or _is_country_name(p, tb)) and
                 not _is_capital_city(p, tb) and verb.lemma_.lower() not in _HARM_PARTICIPLES] or \
                _reporting_authority(verb, tb) or _later_doer(verb, recips, tb)
        return actors, recips
    if verb.lemma_.lower() in _DEATH_VERBS:
        # "a prisoner died as a result of torture": who dies is the victim; the actor is only named as "at the
        # hands of X"
        hands = [p for h in _prep_objects(verb, {"at"}) if h.lower_ == "hands" for p in _prep_objects(h, {"of"})]
        # (round R23) "Nine soldiers died in the rebel attack on the base": the party the act they died in names,
        # as for "were killed in an Israeli airstrike"
        hands = hands or [a for p in _prep_objects(verb, {"in", "during"}) if _is_act_noun(p)
                          for a in _act_parties(p, tb)]
        return hands, [c for c in carrier.children if c.dep_ in _SUBJ]
    return _active_actors(verb, carrier, tb), _active_recipients(verb, tb)


def _passive_conjuncts(verb: Token) -> list[Token]:
    """The passive and the passives coordinated with it, which share a phrase the parser hung on the last ("A
    constable was killed and two others were injured in a militants' attack": the attack killed him too)."""
    return [verb] + [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" and _is_passive(c)]


_PLANTING = frozenset({"plant", "lay", "place", "hide", "bury", "fix", "leave", "set", "install"})


def _weapon_layer(verb: Token, tb: ActorTables) -> list[Token]:
    """(session 17, R26) "were killed when they stepped on a landmine planted by insurgents": a weapon's user named
    in its "by" phrase is the actor (session 14 convention), also in the clause that times the passive."""
    if not any(t.dep_ == "agent" and t.head.lemma_.lower() in _PLANTING for t in verb.sent):
        return []  # (the cheap test first: no weapon "planted by" anyone in the sentence)
    for clause in _passive_conjuncts(verb) + _timing_clauses(verb):
        for t in clause.subtree:
            if t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.dep_ == "acl" and \
                    t.head.head.lemma_.lower() in _PLANTING and _is_weapon_word(t.head.head.head) and \
                    _is_party_head(t, tb) and t.pos_ != "PRON":
                return [t]
    return []


def _is_weapon_word(tok: Token) -> bool:
    return _is_weapon(tok) or tok.lemma_.lower() in {"landmine", "ied", "mine", "bomb", "explosive", "device"}


# (session 17, R26) acts of harm a later clause tells the doer of
_HARM_ACTS = frozenset(_HARM_PARTICIPLES | {"attack", "ambush", "murder", "abduct", "kidnap", "lynch", "assault",
                                           "target", "gun", "slit", "bludgeon"})
# light verbs that set an ambush or an attack ("had laid an ambush", "carried out the attack")
_SET_ATTACK = frozenset({"lay", "set", "launch", "mount", "stage", "spring"})
_SET_ACTS = frozenset({"ambush", "attack", "assault", "trap"})
# verbs that name the doer of an act as their object ("police blamed militants for the attack")
_BLAMING = frozenset({"blame", "hold", "accuse", "suspect"})
_LATER_DOER_VERBS = _HARM_ACTS | _SET_ATTACK | _BLAMING


def _later_doer(verb: Token, victims: list[Token], tb: ActorTables) -> list[Token]:
    """(session 17, R26) A passive act of harm whose doer a later clause of the sentence names: "Two forest guards
    were hacked to death; police said Maoists had killed them" (the killers of "them", the victims), "Two
    constables were shot dead; the Maoists had laid an ambush near the camp", "A volunteer was killed, and police
    blamed militants for the attack". Only a party that is no pronoun, and only after the passive."""
    if verb.lemma_.lower() not in _HARM_ACTS or not victims:
        return []
    # ("A teacher was killed and three students were injured; ... had attacked them": all the harmed)
    harmed = victims + [s for c in verb.children if c.dep_ == "conj" for s in c.children if s.dep_ in _PASS_SUBJ]
    plural = len(harmed) > 1 or any(v.tag_ in ("NNS", "NNPS") or _is_counted(v) or
                                    any(c.dep_ == "conj" for c in v.children) for v in harmed)
    for v2 in verb.doc[verb.i + 1:verb.sent.end]:
        lemma = v2.lemma_.lower()
        if lemma not in _LATER_DOER_VERBS or v2.pos_ != "VERB" or (v2.head.i == verb.i and v2.dep_ != "conj") or \
                _is_passive(v2):
            continue
        objs = [c for c in v2.children if c.dep_ in ("dobj", "obj")]
        # (the harmed themselves are no doer: "Three soldiers were killed ... The soldiers were carrying out ...")
        subj = [c for c in v2.children if c.dep_ in _SUBJ and c.pos_ in ("NOUN", "PROPN") and
                _is_party_head(c, tb) and c.lemma_.lower() not in {v.lemma_.lower() for v in harmed}]
        if lemma in _BLAMING and any(p.dep_ == "pobj" and p.head.lower_ in ("for", "of") and
                                     (p.lemma_.lower() in _ATTACK_NOUNS | _HARM_NOUNS | {"killing", "murder"} or
                                      _is_act_noun(p)) for p in v2.subtree):
            found = [o for o in objs if o.pos_ in ("NOUN", "PROPN") and _is_party_head(o, tb)]
        elif not subj:
            continue
        elif lemma in _HARM_ACTS:
            them = {"them"} if plural else {"him", "her"}
            found = subj if any(o.lower_ in them for o in objs) else []
        elif lemma in _SET_ATTACK:
            found = subj if any(o.lemma_.lower() in _SET_ACTS for o in objs) else []
        else:
            found = []
        if found:
            return found
    return []


def _shared_agent(verb: Token) -> list[Token]:
    """(session 16) The "by" phrase of a participle coordinated with a passive verb is the verb's too: "was shot at
    and wounded by gunmen" (gunmen shot); not a participle with a subject of its own."""
    return [p for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" and
            not any(g.dep_ in _SUBJ | _PASS_SUBJ for g in c.children)
            for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def _passive_conjunct(verb: Token) -> bool:
    """(round R8) A participle coordinated with a passive verb shares its auxiliary: "Lissu was arrested in April
    and charged with treason", "were detained and later released": whoever was arrested is charged, not the
    one charging."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ == "VERB" and _is_passive(verb.head) and \
        not any(c.dep_ in _SUBJ | _PASS_SUBJ | {"aux", "auxpass"} for c in verb.children)


_SENT_OUT = {"deploy", "station", "dispatch", "mobilize", "mobilise", "rush", "redeploy", "send"}
_FORCE_SECTORS = {"MIL", "COP", "PRM", "SPY"}


def _is_force(tok: Token, tb: ActorTables) -> bool:
    """A state's or a paramilitary force ("troops", "companies of the Provincial Armed Constabulary")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    i, j = _np_span(tok)
    return normalise(tok.doc[i:j], tb)[1] in _FORCE_SECTORS


# (session 26, R37) men sent as a body, which the sector table need not know as armed ("tactical teams",
# "reinforcements", "rescue squads")
_SENT_BODIES = frozenset({"team", "unit", "squad", "reinforcement", "personnel", "contingent", "detachment",
                          "battalion", "brigade", "company", "patrol", "commando", "ranger", "vigilante", "marshal"})


def _sent_forces(sent: list[Token], tb: ActorTables) -> bool:
    """(session 26, R37) Passive subjects of a sending verb that are men sent, not a thing or a place ("Troops were
    deployed", "Tactical teams and local vigilantes had been deployed"): every conjunct a party or a body of men,
    one of them armed or a body; a country "sent" something is no force."""
    heads = [c for s in sent for c in _conjuncts(_quantified(s))]
    def body(t: Token) -> bool:
        return t.pos_ == "NOUN" and t.lemma_.lower() in _SENT_BODIES
    return all(body(t) or (_is_party_head(t, tb) and t.pos_ != "PRON" and not _is_country_name(t, tb) and
                           t.ent_type_ not in ("GPE", "LOC", "FAC")) for t in heads) and \
        any(body(t) or _is_force(t, tb) for t in heads)


_DEATH_VERBS = {"die", "perish", "succumb", "drown"}
_CUSTODY_VERBS = {"arrest", "detain", "jail", "imprison", "hold", "apprehend", "nab", "deport", "expel", "fine",
                  "charge", "sentence", "convict", "disperse"}
_STATE_SECTORS = {"GOV", "COP", "MIL", "JUD"}


def _reporting_authority(verb: Token, tb: ActorTables) -> list[Token]:
    """"The interior ministry said 63 people were detained": an arrest with no named agent, reported by a state
    authority, was made by that authority (only acts of custody: a ministry reporting deaths did not kill)."""
    if verb.lemma_.lower() not in _CUSTODY_VERBS or verb.dep_ not in ("ccomp", "conj"):
        return []
    head = verb.head if verb.dep_ == "ccomp" else verb.head.head if verb.head.dep_ == "ccomp" else None
    if head is None or head.lemma_.lower() not in _SPEECH:
        return []
    subj = next((c for c in head.children if c.dep_ in _SUBJ), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return []
    i, j = _np_span(subj)
    return [subj] if normalise(subj.doc[i:j], tb)[1] in _STATE_SECTORS else []


_GATHERINGS = {"summit", "conference", "negotiation", "dialogue", "meeting", "talk", "talks", "discussion",
               "consultation"}


# (round R18) fights named by their sides ("fighting between the army and the RSF", "clashes between police and
# farmers"): the sides fight, each against the other
_FIGHTS = FIGHT_NOUNS


def _sides_on_fight_verb(trigger: Token) -> tuple[list[Token], list[Token]] | None:
    """(session 18, R27) "Heavy fighting broke out between the army and a militia", "Clashes erupted between police
    and traders": a fight that is the subject of a verb of happening, whose "between" phrase the parser hung on that
    verb (or a fight the tagger read as a gerund); the first side named acts, the others are acted on.

    (session 20, R29) Every shape of a fight reads so: the noun's own phrase ("Clashes between riot police and
    farmers left ...") and coordinated subjects of a fight verb with no other side named ("Soldiers and separatist
    fighters clashed"). PLOVER codes two-sided violence with Side A as actor and Side B as recipient (ACLED's
    actor 1 and actor 2); the sentence's order is the only side order it gives."""
    pair = next((c for c in trigger.children if clash_pair(c)), None)
    if pair is not None:
        return _side_a_and_b(pair, [])
    if not is_fight_word(trigger):
        return None
    own = [p for p in _prep_objects(trigger, {"between", "among"}) if p.pos_ in ("NOUN", "PROPN") and side_apart(p)]
    # (session 19, R28) "Fighting/ROOT flared/acl between two rival clans": the phrase on the fight's own verb
    own = own or [p for c in trigger.children if c.dep_ == "acl" and c.pos_ == "VERB"
                  for p in _prep_objects(c, {"between", "among"}) if p.pos_ in ("NOUN", "PROPN") and side_apart(p)]
    if not own and (trigger.dep_ not in _SUBJ or not fight_only_happens(trigger)):
        return None  # ("clashes between X and Y killed ...": the noun's own rules read it)
    sides = own or [p for p in _prep_objects(trigger.head, {"between", "among"})
                    if p.pos_ in ("NOUN", "PROPN") and not _is_temporal(p)]
    return _side_a_and_b(sides[0], sides[1:]) if sides else None


def _side_a_and_b(first: Token, more: list[Token]) -> tuple[list[Token], list[Token]]:
    """The first side named acts; the rest of the phrase, its conjuncts and any further sides are acted on."""
    word = first_side_word(first)
    if word is not None:
        return [word], [first] + more
    inner = of_phrase_other_side(first)  # (session 21, R30) "between supporters of X and opposition activists"
    if inner is not None:
        return [first], [inner] + more
    return [first], [c for c in first.conjuncts if c.i != first.i] + more


def _gathered_parties(subj: Token) -> Token:
    """The parties of a meeting or a fight that is the subject ("the summit between the EU and Turkey failed to
    reach agreement", "talks between X and Y collapsed", "fighting between X and Y killed 40 people"): they act,
    not the meeting or the fight."""
    words = _GATHERINGS | _FIGHTS
    if subj.lemma_.lower() not in words and subj.lower_ not in words:
        return subj
    return next((p for p in _prep_objects(subj, {"between", "among"}) if p.pos_ in ("NOUN", "PROPN")), subj)


def _fight_verb_sides(subj: Token, verb: Token) -> list[Token]:
    """(session 19, R28) "Fierce fighting erupted between the army and Mai-Mai fighters, killing/advcl eleven
    people": the act a fight does is done by all its sides, also when the parser hung its "between" phrase on the
    verb of happening (as "fighting between X and Y killed 12 people")."""
    if clash_pair(subj) and verb.i != subj.head.i:
        sides = [subj]  # (session 20, R29) "Soldiers and rebels clashed, killing five": both sides kill
    elif not is_fight_word(subj):
        return []
    else:
        # (session 20, R29) the noun's own phrase too ("fighting between X and Y killed 12"): its sides are apart
        sides = [p for p in _prep_objects(subj, {"between", "among"}) if p.pos_ in ("NOUN", "PROPN")]
        if not sides and verb.i == subj.head.i:
            return []
        sides = sides or [p for p in _prep_objects(subj.head, {"between", "among"}) if p.pos_ in ("NOUN", "PROPN")
                          and not _is_temporal(p)]
    out: list[Token] = []
    for side in sides:
        word = first_side_word(side)
        inner = of_phrase_other_side(side) if word is None else None
        out += ([word] if word is not None else []) + [side] + [c for c in side.conjuncts if c.i > side.i] + \
            ([inner] if inner is not None else [])
    return out


# (round R18) acts of speech a speaker goes on to do after a report
_SPEAKERS_ACTS = {"accuse", "urge", "call", "warn", "demand", "vow", "pledge", "promise", "appeal", "deny", "condemn",
                  "criticise", "criticize", "blame", "reject", "insist", "threaten"}


def _speakers_own_act(verb: Token, carrier: Token) -> list[Token]:
    """(round R18) "X said police had detained 31 people and accused radical groups of ...", "Beijing said its
    coast guard had expelled the vessel ... and urged Manila to ...": a speech act coordinated with a reported
    past-perfect clause is the speaker's own; the parser hung it on the report."""
    if verb.dep_ != "conj" or verb.head.i != carrier.i or carrier.dep_ != "ccomp" or \
            verb.lemma_.lower() not in _SPEAKERS_ACTS or any(c.dep_ in _SUBJ | {"aux"} for c in verb.children) or \
            not any(c.dep_ == "aux" and c.lower_ == "had" for c in carrier.children) or \
            carrier.head.lemma_.lower() not in _REPORTING:
        return []
    return [c for c in carrier.head.children if c.dep_ in _SUBJ]


def _active_actors(verb: Token, carrier: Token, tb: ActorTables) -> list[Token]:
    said = _said_object(verb)
    if said is not None:
        return said
    speaker = _speakers_own_act(verb, carrier)
    if speaker:
        return speaker
    own = subject_joined_to_object(verb, tb) or _venue_participle_subjects(carrier, tb) or _fragment_subject(carrier)
    if own:
        return own
    actors = [p for c in carrier.children if c.dep_ in _SUBJ for p in _fight_verb_sides(c, verb)] or \
        [_gathered_parties(c) for c in carrier.children if c.dep_ in _SUBJ]
    if actors and carrier.i != verb.i and carrier.dep_ == "ccomp" and carrier.head.lemma_.lower() in _REPORTING and \
            verb.lemma_.lower() in _AGENTS_ONLY and all(_is_bare_thing(a, tb) for a in actors):
        # (round A12) "Lecornu said the reform was necessary and ruled out withdrawing it, but offered to meet union
        # leaders": a thing cannot offer; the parser hung the speaker's own verbs on the clause he reported
        actors = [c for c in carrier.head.children if c.dep_ in _SUBJ] or actors
    if not actors:
        # the parser sometimes hangs the subject on the auxiliary ("X and Y have/aux opposed ...")
        actors = [g for c in carrier.children if c.dep_ == "aux" for g in c.children if g.dep_ in _SUBJ]
    if not actors and carrier.i != verb.i:
        actors = [c for c in carrier.children if c.dep_ in _PASS_SUBJ]
    if not actors and carrier.dep_ == "acl" and ((carrier.tag_ in ("VBD", "VBG") and _is_party_head(carrier.head, tb))
                                                 or _misparsed_main_verb(carrier) or _fight_on_its_side(carrier, tb)):
        # "The Iraqi air force carried out strikes, killing ...": a finite verb the parser hung on its subject
        actors = [carrier.head]
    return actors or _ancestor_subjects(verb)


# (session 17, R26) what only people do while gathered: demand, chant, denounce
_CROWD_DEMANDS = frozenset({"demand", "call", "chant", "protest", "denounce", "condemn", "shout", "urge", "seek",
                            "press", "accuse", "decry", "criticise", "criticize", "carry", "wave", "sing"})


def _venue_participle_subjects(verb: Token, tb: ActorTables) -> list[Token]:
    """(session 17, R26) "Relatives of the missing sailors gathered outside the navy headquarters demanding/acl
    information": the parser hung the crowd's participle on the place they gathered at; a building or a place
    demands nothing, so the gathering verb's subject does."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _CROWD_DEMANDS or \
            any(c.dep_ in _SUBJ for c in verb.children):
        return []
    cur, prep = verb.head, None
    if cur.pos_ not in ("NOUN", "PROPN"):
        return []
    for _ in range(6):  # ("outside the court", "in front of the governor's office")
        if cur.dep_ not in ("pobj", "prep") or cur.head.i == cur.i:
            break
        cur = cur.head
        prep = cur if cur.dep_ == "prep" else prep
    if prep is None or prep.lower_ not in _VENUE_PREPS or cur.pos_ != "VERB" or \
            cur.lemma_.lower() not in _PROTEST_VERBS:
        return []
    return [c for c in cur.children if c.dep_ in _SUBJ]


def _fragment_subject(verb: Token) -> list[Token]:
    """(session 17, R26) "Families of missing migrants rallied/acl in Dakar": with no verb at the root, the parser
    hung the main verb on the last noun of the subject's "of" phrase. A verb that cannot be a reduced passive (a
    gathering or a fight, or one with an object of its own) there is the root noun's."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or \
            any(c.dep_ in _SUBJ | _PASS_SUBJ | {"auxpass", "agent"} for c in verb.children):
        return []
    if verb.lemma_.lower() not in _PROTEST_VERBS | CLASH_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
        return []
    of = verb.head.head
    root = of.head
    if verb.head.dep_ != "pobj" or of.lower_ != "of" or root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
        return []
    return [root]


_VENUE_PREPS = frozenset({"outside", "at", "in", "near", "before", "opposite", "around", "on", "to", "into",
                          "through", "inside", "by"})


def _fight_on_its_side(verb: Token, tb: ActorTables) -> bool:
    """(session 17, R26) "Police arrested 60 people after youths clashed/acl with residents": a fight verb with its
    other side named has no passive reading, so the party the parser hung it on is the side that fights."""
    if verb.lemma_.lower() not in CLASH_VERBS or verb.tag_ not in ("VBD", "VBN") or \
            not _is_party_head(verb.head, tb) or verb.head.pos_ == "PRON" or \
            any(c.dep_ in _SUBJ | _PASS_SUBJ | {"auxpass", "agent", "dobj"} for c in verb.children):
        return False
    return any(fight_side(p) or _is_party_head(p, tb) for p in _prep_objects(verb, {"with", "against"}))


# acts only a party can do ("offered", "ruled out", "vowed"), unlike what a plan or a law can ("would help")
_AGENTS_ONLY = {"offer", "rule", "refuse", "reject", "promise", "pledge", "vow", "propose", "decline", "threaten",
                "urge", "demand", "insist", "deny", "accuse", "warn", "invite", "announce", "apologise", "apologize"}


def _said_object(verb: Token) -> list[Token] | None:
    """(round A9) "X said debris from a downed drone had damaged ...": "say" takes no object, so a noun the parser
    hung on it as one is the subject of the reported clause that lacks one, not the speaker's; None when the
    parse is not so."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAY_NO_OBJECT or \
            any(c.dep_ in _SUBJ | _PASS_SUBJ for c in verb.children):
        return None
    said = [c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i and
            c.pos_ in ("NOUN", "PROPN")]
    return [x for x in said if x.lemma_.lower() not in _REMAINS] if said else None


_SAY_NO_OBJECT = {"say", "add", "claim", "state"}
# what is left of a weapon: it names no party ("debris from a downed drone damaged the refinery")
_REMAINS = {"debris", "shrapnel", "fragment", "wreckage", "remains"}


def _misparsed_main_verb(verb: Token) -> bool:
    """A past verb the parser hung as a modifier on a noun that it made the root of the sentence ("A U.S. report
    called/acl for sanctions", "The Iraqi air force carried/acl out strikes"): the sentence's main verb, whose
    subject is that noun."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT" and head.i < verb.i and \
        head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in _SUBJ | _PASS_SUBJ | {"auxpass"} for c in verb.children)


def _object_made_speaker(verb: Token) -> list[Token]:
    """(round R24) "A U.S. airstrike struck al-Shabaab fighters near Jilib, the U.S. Africa Command said": the parser
    made the object of the reported verb the subject of "said" and hung the real speaker on it as an apposition;
    the phrase right after the verb is its object."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _REPORTING or verb.i > verb.head.i or \
            not any(c.dep_ in _SUBJ for c in verb.children):
        return []
    speaker = [c for c in verb.head.children if c.dep_ in _SUBJ and verb.i < c.i < verb.head.i and
               c.left_edge.i == verb.i + 1 and c.pos_ in ("NOUN", "PROPN")]
    return [s for s in speaker if any(a.dep_ == "appos" and a.i > s.i and a.left_edge.i > 0 and
                                      s.doc[a.left_edge.i - 1].text == "," for a in s.subtree)]


def _active_recipients(verb: Token, tb: ActorTables) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in _OBJ and c.pos_ != "ADP"] or _object_made_speaker(verb)
    # a second direct object is an apposition the parser split off ("received the UAE Ambassador to
    # Bahrain, Abdulridha Khori"; "meet his counterpart Italian President Mattarella")
    recips = [_directed_party(o, verb, tb) for o in _one_direct_object(objs, tb)]
    if recips:
        # a name the parser hung on the verb as its conjunct is a second object ("outlawed the ANC and the
        # recently formed PAC")
        # (round R7: also a kind of party after an apposition, "detained the leader of X , Ali Hassan , and three
        # other activists")
        # (round R15: after a party object, any person word, or a counted share of one: "arrested the mayor, Jorge
        # Ruiz, and two of his aides", "detained the party's spokesman, Omar Bah, and five other members")
        people = _is_party_head(objs[0], tb) and objs[0].pos_ != "PRON"
        recips += [c for c in verb.children if c.dep_ == "conj" and c.i > objs[0].i and
                   (c.pos_ == "PROPN" or (c.pos_ == "NOUN" and (_is_party_noun(c, tb) or
                                                              (people and _is_party_head(c, tb)))) or
                    (people and c.pos_ == "NUM" and any(_is_party_head(p, tb) for p in _prep_objects(c, {"of"})))) and
                   not any(g.dep_ in _SUBJ | _OBJ for g in c.children)]
        # (session 24, R33) ... and a party the parser read with "allied" as a second verb ("accused federal forces
        # and allied/conj Amhara militias/dobj of ethnic cleansing")
        recips += [o for c in verb.children if c.dep_ == "conj" and c.lower_ in _ALLIED_WORDS and c.i > objs[0].i and
                   not any(g.dep_ in _SUBJ for g in c.children)
                   for o in c.children if o.dep_ in ("dobj", "obj") and _is_party_head(o, tb)]
        # (round R24) ... also when the parser hung them inside the object's "of" phrase ("detained the head of
        # rights group X, Y, and other rights activists")
        recips += [t for t in objs[0].subtree if others_listed(t) and _is_party_head(t, tb) and
                   t.i not in {r.i for r in recips}]
    if not recips:
        # "contributed to the normalization of the situation in Mali": a thing's party or place
        recips = [_directed_party(p, verb, tb) for p in _prep_objects(verb, _SIDE_OBJ_PREPS)]
    if not recips and verb.lemma_.lower() in _PLEA_VERBS:
        # (session 24, R33) "called on Friday for Britain to stay in the single market": the subject of the "for ...
        # to" clause is the one asked
        recips = [s for c in verb.children if c.dep_ == "advcl" and
                  any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) and
                  any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                  for s in c.children if s.dep_ in _SUBJ and s.pos_ != "PRON" and _is_party_head(s, tb)][:1]
    if not recips and verb.lemma_.lower() in _PLEA_VERBS:
        # "called for sanctions against X", "appealed for the release of X": the party the thing asked for is
        # aimed at
        recips = [_directed_party(p, verb, tb) for p in _prep_objects(verb, {"for"})]
    return recips or _free_relative_author(verb, tb) or _borrowed_objects(verb, tb) or \
        _complement_objects(verb, tb) or _addressees(verb) or \
        _demand_target(verb, tb) or _protest_venue(verb, tb) or _protest_purpose(verb, tb) or \
        _harmed_in_result(verb) or \
        _place_of(verb, _place_preps(verb)) or _deep_place(verb, tb)


def _protest_purpose(verb: Token, tb: ActorTables) -> list[Token]:
    """(round R8) What a gathering is held "to protest against" ("rallied in Belgrade to protest against a mining
    project backed by the EU"): the party behind it, else the thing; not the town it is held in."""
    if verb.lemma_.lower() not in _PROTEST_VERBS:
        return []
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _PROTEST_VERBS and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            for x in _prep_objects(c, {"against", "over"}):
                if _is_temporal(x):
                    continue
                agents = [a for g in x.children if g.dep_ == "acl" for b in g.children if b.dep_ == "agent"
                          for a in b.children if a.dep_ == "pobj" and _names_entity(a, tb)]
                return [x] if _names_entity(x, tb) else (agents[:1] or [x])
    return []


def _harmed_in_result(verb: Token) -> list[Token]:
    """(round R8) The people an act with no object of its own harms in its result clause ("A car bomb exploded
    near a checkpoint , killing at least nine people"): they are its other side, not the place."""
    return [o for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and
            c.lemma_.lower() in _HARM_PARTICIPLES for o in c.children if o.dep_ in ("dobj", "obj")][:1]


_NAMING = {"call", "describe", "term", "label", "brand", "dub"}


def _free_relative_author(verb: Token, tb: ActorTables) -> list[Token]:
    """(round R7) The party whose words or act "what" stands for: "agreed with what the government had proposed",
    "rejected what Washington proposed" give its subject; "condemned what it called an attack by X" gives the
    act's author, not the speaker who named it."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")] + \
        [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    for v in clauses:
        # ("what X were proposing to do": the object of the infinitive after it)
        done = [v] + [x for x in v.children if x.dep_ == "xcomp"]
        if v.pos_ not in ("VERB", "AUX") or not any(w.lower_ == "what" and w.dep_ in ("dobj", "obj") and
                                                    w.i < v.i for d in done for w in d.children):
            continue
        if v.lemma_.lower() in _NAMING:
            named = [o for o in v.children if o.dep_ in ("oprd", "dobj", "obj") and o.lower_ != "what"]
            return [a for o in named for a in _act_parties(o, tb) if a.i != o.i][:1]
        return [s for s in v.children if s.dep_ in _SUBJ and s.pos_ != "PRON" and
                (_is_party_head(s, tb) or _names_entity(s, tb))][:1]
    return []


def _place_preps(verb: Token) -> tuple[str, ...]:
    """Prepositions of the place an act with no other side is done in: not where a weapon is fired from ("a
    missile fired from Yemen": the launch site is the firing side's)."""
    if verb.lemma_.lower() in _FIRE_VERBS:
        return ("in", "at", "into", "to")
    return ("in", "at", "from", "to", "into")


_PROTEST_VERBS = {"rally", "protest", "demonstrate", "march", "gather", "picket", "assemble", "chant", "camp"}


def _protest_venue(verb: Token, tb: ActorTables) -> list[Token]:
    """The party whose seat a protest is held at ("rallied outside the US embassy", "demonstrated in front of the
    parliament"): the protest is aimed at it, not at the town around it."""
    if verb.lemma_.lower() not in _PROTEST_VERBS:
        return []
    found = _prep_objects(verb, {"outside", "at", "near", "before"})
    # "in front of X"
    found += [p for f in _prep_objects(verb, {"in"}) if f.lower_ == "front" for p in _prep_objects(f, {"of"})]
    return [p for p in found if p.pos_ != "PRON" and _names_entity(p, tb)][:1]


def _addressees(verb: Token) -> list[Token]:
    """The party a demand is made of: the subject of a "must/should" clause the verb reports ("reaffirms that all
    parties must uphold ...", "insisted that Israel should halt ...")."""
    if verb.lemma_.lower() not in _SPEECH | _REAFFIRM:
        return []  # ("agreed that their countries should cooperate": what is agreed, not a demand)
    for c in verb.children:
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in _MODALS for a in c.children):
            return [s for s in c.children if s.dep_ in _SUBJ | _PASS_SUBJ and s.pos_ in ("NOUN", "PROPN")][:1]
    return []


_PLEA_VERBS = {"call", "appeal", "push", "press", "lobby", "plead", "campaign", "clamour", "clamor", "petition"}


def _deep_place(verb: Token, tb: ActorTables) -> list[Token]:
    """A country or named place further down the act's own phrases ("resigned after unrest sparked by disputed
    elections in Kyrgyzstan")."""
    p = _party_in(verb, tb, preps=_LOCATIVE_PREPS - {"from"} if verb.lemma_.lower() in _FIRE_VERBS else _LOCATIVE_PREPS)
    return [p] if p is not None and (p.ent_type_ in ("GPE", "LOC") or _is_country_name(p, tb)) else []


def _is_capital_city(tok: Token, tb: ActorTables) -> bool:
    """ "was arrested in Manila": a capital named as where an act happened is a city, not its government (a
    country, "was arrested in Niger", stands for its authorities; a capital does so only as a party: "Beijing
    said")."""
    hit = tb.countries.get(tok.text)
    return hit is not None and hit[1] == "capital"


# joint actions: when several coordinated parties agree, meet or clash with no one else named, each is the
# other's counterpart (PLOVER codes "X and Y agreed" as X -> Y and Y -> X; CAMEO annotators mark the pair as
# both source and target)
_MUTUAL = {"agree", "agreement", "meet", "meeting", "talk", "talks", "negotiate", "negotiation", "sign", "deal",
           "accord", "pact", "treaty", "ceasefire", "truce", "cooperate", "cooperation", "clash", "fight",
           "reconcile", "discuss", "consult", "partnership", "alliance", "exchange"}


_MEETING = {"meet", "talk", "talks", "meeting", "discussion", "discussions", "discuss", "negotiate", "negotiation",
            "consult", "consultation"}


# signing with a partner is a joint act ("agreeing with" or "clashing with" someone need not be)
_SIGN = {"sign", "ink", "conclude"}


def _is_partner(tok: Token) -> bool:
    """A party joined "with" the actor ("signed an agreement with China", "clashed with rebels")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "with"


def _states_of_plural(tok: Token, tb: ActorTables) -> list[Token]:
    """(session 22, R31) The countries a plural party is "of" when they are coordinated names ("the foreign
    ministers of India and China", "leaders of Armenia and Azerbaijan"), else []."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return []
    for p in _prep_objects(tok, {"of"}):
        names = _conjuncts(p)
        if len(names) > 1 and all(tb.countries.get(n.text, ("", ""))[1] == "name" for n in names):
            return names
    if any(_both_states_owner(c) for c in tok.children if c.dep_ == "poss"):
        # (session 24, R33) "Armenia and Azerbaijan said their foreign ministers met", "Tensions between Rwanda and
        # Congo ... as the two governments' envoys met": the states named together before them
        for n in reversed(list(tok.doc[:tok.i])):
            names = _conjuncts(n) if any(c.dep_ == "conj" for c in n.children) else []
            if len(names) > 1 and all(tb.countries.get(x.text, ("", ""))[1] == "name" for x in names):
                return names
    return []


# (session 24, R33) owners that stand for two or more states named before ("their", "the two governments'")
_STATE_WORDS = frozenset({"government", "country", "nation", "state", "side"})


def _both_states_owner(poss: Token) -> bool:
    """A possessive that stands for several parties: "their", or a plural state word counted as two or both ("the
    two governments'", "both countries'")."""
    if poss.lower_ == "their":
        return True
    return poss.lemma_.lower() in _STATE_WORDS and poss.tag_ == "NNS" and \
        any(c.lower_ in ("two", "both", "three") for c in poss.children)


def _is_meeting(trigger: Token) -> bool:
    """A meeting of its parties: "met", "held talks/discussions with"."""
    words = [trigger]
    if trigger.lemma_.lower() in ("hold", "have", "conduct", "begin", "start", "open", "resume", "attend"):
        words += [c for c in trigger.children if c.dep_ in ("dobj", "obj")]  # not "refused talks with X"
    if trigger.lemma_.lower() == "host":
        # (round R7) "hosted X for talks", "will host X as part of a state visit": hosting is the meeting
        # (the parser may hang "for talks" on the guest: "hosted the president for talks")
        words += [f for w in [trigger] + [o for o in trigger.children if o.dep_ in ("dobj", "obj")]
                  for f in _prep_objects(w, {"for"})] + \
            [v for p in _prep_objects(trigger, {"as"}) if p.lower_ == "part" for v in _prep_objects(p, {"of"})
             if _is_state_visit(v)]
    return any(w.lemma_.lower() in _MEETING or w.lower_ in _MEETING or _is_state_visit(w) for w in words)


def _is_state_visit(noun: Token) -> bool:
    """(round R7) A state or official visit: a meeting of the visitor and the host."""
    return noun.lemma_.lower() == "visit" and noun.pos_ == "NOUN" and \
        any(c.dep_ in ("amod", "compound") and c.lower_ in ("state", "official") for c in noun.children)


_SIDE_PREPS = {"with", "to", "against", "toward", "towards"}


def _is_joint(trigger: Token) -> bool:
    """A joint act: the trigger, the act it announces or its object names one ("failed to reach agreement")."""
    comps = [c for c in trigger.children if c.dep_ == "xcomp"]
    words = [trigger] + comps + [o for w in comps for o in w.children if o.dep_ in ("dobj", "obj")]
    # ("began a joint military exercise")
    words += [o for o in trigger.children if o.dep_ in ("dobj", "obj") and
              any(a.dep_ == "amod" and a.lower_ in ("joint", "bilateral", "mutual") for a in o.children)]
    # ("X and Y restored diplomatic ties": relations are between the parties that have them)
    words += [o for o in trigger.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _RELATIONS]
    # ("the war game was staged by X and Y": an exercise that several parties stage is staged together)
    words += [o for o in trigger.children if o.dep_ in _PASS_SUBJ and o.lemma_.lower() in _DRILLS]
    if trigger.dep_ in ("dobj", "obj") and trigger.head.lemma_.lower() in _SWAP_VERBS:
        return True  # (round R19) the object of "X and Y exchanged/traded fire" as trigger: a swap is joint
    return any(w.lemma_.lower() in _MUTUAL | _DRILLS | _RELATIONS or w.lower_ in _MUTUAL or
               any(a.dep_ == "amod" and a.lower_ in ("joint", "bilateral", "mutual") for a in w.children)
               for w in words)


def _is_coordinated(tok: Token) -> bool:
    """Several parties: "X and Y", or coordinated modifiers of one head ("Nigerian and British armed forces")."""
    # (a modifier with a bare "and" is one too: the parser often hangs the second one on the head, "UK/nmod
    # and EU/compound negotiators")
    # ("the armies of Brazil and Argentina": a plural party of coordinated names)
    of_names = tok.tag_ in ("NNS", "NNPS") and any(len(_conjuncts(p)) > 1 for p in _prep_objects(tok, {"of"}))
    return len(_conjuncts(tok)) > 1 or of_names or _both_sides_phrase(tok) or \
        any(c.dep_ in ("amod", "compound", "nmod", "poss") and any(g.dep_ in ("conj", "cc") for g in c.children)
            for c in tok.lefts)


def _both_sides_phrase(tok: Token) -> bool:
    """(round R23) "the two sides", "both countries", "both armies": two parties named as one phrase, which a joint
    or reciprocal act has as each other's other side ("The two sides exchanged fire", "Both armies agreed to ...")."""
    return tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in _SIDE_WORDS | _SIDE_FORCES and \
        any(c.lower_ in ("both", "two") and c.dep_ in ("det", "nummod", "predet", "amod") for c in tok.lefts)


_SIDE_FORCES = frozenset({"army", "force", "military", "navy"})
_RELATIONS = {"relation", "relations", "tie", "ties"}
# military exercises: joint acts of the parties that hold them together
_DRILLS = {"exercise", "drill", "game", "games", "manoeuvre", "maneuver", "manoeuvres", "maneuvers", "wargame"}


def _mutual(trigger: Token, actors: list[Token], recips: list[Token]) -> list[Token]:
    """Coordinated parties of a joint act are each other's recipients unless a party is named as the other side
    ("X and Y signed an agreement" -> X, Y; "X and Y held talks with Z" -> Z)."""
    if len(actors) == 1 and (_is_coordinated(actors[0]) or actors[0].tag_ in ("NNS", "NNPS")) and \
            _each_other(trigger):
        return list(actors)  # (round R19) "X and Y blamed each other", "both sides accused each other of ..."
    if len(actors) != 1 or not _is_coordinated(actors[0]) or not _is_joint(trigger):
        return recips
    tb = load_tables()
    if any(_is_other_side(r, tb) for r in recips):
        return recips
    return list(actors)


def _each_other(trigger: Token) -> bool:
    """The trigger's object, or the object of its preposition, is "each other" or "one another"."""
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "obj", "dative")] + \
        [o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in o.lefts) for o in objs)


def _is_other_side(tok: Token, tb: ActorTables) -> bool:
    """A recipient that names a party as such (an object, or "with"/"to"/"against" X), not a thing agreed on or
    a place it happens in ("agreed to a ceasefire in X")."""
    if not _is_party_head(tok, tb):
        return False
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _SWAP_VERBS:
        return False  # what is swapped ("will exchange ambassadors", "swapped prisoners")
    return tok.dep_ != "pobj" or tok.head.lower_ in _SIDE_PREPS or _drilled_around(tok)


def _drilled_around(tok: Token) -> bool:
    """(round R8) The party a show of force is held around ("staged drills around Taiwan"): the other side, not
    a place the drill is merely in."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("around", "near", "off"):
        return False
    held = tok.head.head
    return held.lemma_.lower() in _DRILLS or \
        any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _DRILLS for o in held.children)


_SWAP_VERBS = {"exchange", "swap", "trade"}


# verbs whose infinitive complement carries the act aimed at the recipient ("threatened to shell X")
# (only threats: after "offered to send troops to X" or "declined to resign under pressure from X" the
# complement's object is what is given or refused, not the party)
_COMPLEMENT_HEADS = {"threaten", "vow", "swear"}


_TIMING_MARKS = {"as", "when", "after", "while"}


def _timing_clause_subjects(verb: Token) -> list[Token]:
    """Subjects that name a party in an "as/when/after" clause under a passive ("... were killed when ISIL
    launched an attack")."""
    tb = load_tables()
    for c in _timing_clauses(verb):
        subj = [s for s in c.children if s.dep_ in _SUBJ and s.lower_ not in _PRONOUNS and _names_entity(s, tb)]
        # (session 17, R26) a passive timing clause names its doer by "by": "were killed when their car was attacked
        # by unidentified gunmen"
        subj = subj or [p for a in c.children if a.dep_ == "agent" for p in a.children
                        if p.dep_ == "pobj" and p.lower_ not in _PRONOUNS and _names_entity(p, tb)]
        if subj:
            return subj
    return []


def _timing_clauses(verb: Token) -> list[Token]:
    """The "as/when/after" clauses that time a verb: its own first, then those of the verbs it is coordinated with
    ("two were killed and two others wounded when militants ambushed a patrol": the parser hangs the clause on the
    last conjunct, also on a gapped one, "nine were killed, dozens injured and 30 detained as police broke up ..."),
    or of its time phrase ("were killed on Sunday night when a gunman opened fire": hung on "night")."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    found = [c for c in top.subtree if ((c.dep_ in ("advcl", "relcl") and
             any(m.dep_ in ("mark", "advmod") and m.lower_ in _TIMING_MARKS for m in c.children) and
             (c.dep_ == "advcl" or (c.head.dep_ == "pobj" and _is_temporal(c.head)))) or _misread_timing(c)) and
             _coordinated_under(c, top)]
    return sorted(found, key=lambda c: (c.head.i != verb.i, abs(c.i - verb.i)))


def _misread_timing(clause: Token) -> bool:
    """(session 24, R33) A "when" clause the parser made the complement of a harm passive ("Five people were killed
    when suspected al-Shabaab militants stormed a hotel": killed/ROOT -> stormed/ccomp): a harm verb takes no
    complement clause, so it times the act."""
    # (the "when" may hang on the clause's first word: when/advmod -> suspected/amod)
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _HARM_PARTICIPLES and \
        clause.head.tag_ == "VBN" and clause.left_edge.lower_ in ("when", "as")


# links that keep a clause part of the same coordinated statement: conjuncts, gapped participles ("dozens/npadvmod
# injured/acl"), a time phrase ("on/prep Sunday night/pobj")
_COORDINATION_LINKS = {"conj", "appos", "npadvmod", "acl", "nsubjpass", "prep", "pobj"}


def _contrasted_passive(verb: Token) -> bool:
    """(session 17, R26) A passive joined by "while" that tells the same act's other harmed ("was shot dead while
    another was injured"): coordinated, as "and" would be."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and _is_passive(verb) and \
        any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in verb.children)


def _coordinated_under(clause: Token, top: Token) -> bool:
    """Whether `clause` hangs on `top` only through coordination, gapping or a time phrase."""
    cur = clause.head
    for _ in range(8):
        if cur.i == top.i:
            return True
        if _contrasted_passive(cur):
            cur = cur.head  # (session 17) "A man was shot dead while another was injured when gunmen fired ..."
            continue
        if cur.dep_ not in _COORDINATION_LINKS or (cur.dep_ == "acl" and cur.tag_ != "VBN") or \
                (cur.dep_ == "prep" and cur.lower_ not in ("on", "at", "in", "during")):
            return False
        cur = cur.head
    return False


_HELPING = {"help", "assist"}


# (round R15) verbs of refusing an act: whom the act would be done to is the other side of the refusal
_REFUSING = {"refuse", "decline"}


def _complement_objects(verb: Token, tb: ActorTables) -> list[Token]:
    """The recipient of an intention verb is the object of the act it announces: "threatened to shell
    Haifa", "vowed to attack U.S. troops". Other verbs and adjectives lend the act's party or place, not a
    thing ("is willing to withdraw its troops from Abyei", but not "agreed to set up a centre")."""
    threat = verb.lemma_.lower() in _COMPLEMENT_HEADS
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            # (round R8: the indirect object first, "agreed to lend Sri Lanka $3 billion")
            objs = [o for o in c.children if o.dep_ == "dative" and o.pos_ != "ADP"] or \
                _one_direct_object([o for o in c.children if o.dep_ in ("dobj", "obj")], tb)
            # (the object the parser made the subject of a bare participle: "helped establish a government
            # improving the lives of ...")
            found = [_directed_party(o, c, tb) for o in objs] if objs else \
                (_prep_objects(c, _SIDE_OBJ_PREPS) or _causative_object(c))
            if threat:
                return found
            # ("denied supporting the M23 rebels": a party named by its modifier, too)
            # (round R7: any party helped, "helped rebuild the Malian army", "helped train local police")
            # (round R15: the party a refusal turns away, "refused to receive the new Serbian ambassador")
            # (session 16: the party a denied act is done to, "denies arming the rebels", as "denies backing M23")
            # (session 25, R35: and a party's own thing a refusal turns away, as "rejected Kosovo's independence"
            # is: "refused to recognise Kosovo's independence")
            return [r for r in found if _is_party_or_place(r, tb) or
                    (r.pos_ == "NOUN" and _is_party_head(r, tb) and
                     (verb.lemma_.lower() in _HELPING | _REFUSING | _DISCLAIMING or
                      any(c.pos_ == "PROPN" for c in r.lefts))) or
                    (verb.lemma_.lower() in _REFUSING and
                     any(p.dep_ == "poss" and p.lower_ not in _POSS_PRONOUNS and _names_entity(p, tb)
                         for p in r.children))]
    return []


def _is_party_noun(tok: Token, tb: ActorTables) -> bool:
    """A head noun that names a kind of party ("troops", "prosecutors"), not an event ("protests")."""
    return bool(tb.sector_nouns.get(tok.lemma_.lower()) or tb.sector_nouns.get(tok.lower_))


def is_party_noun(tok: Token) -> bool:
    """`_is_party_noun` with the packaged tables (for trigger choice in the coder); (session 26, R37) not the private
    persons the sector table has listed since round R37, which the coder's rules never took for parties."""
    return _is_party_noun(tok, load_tables()) and tok.lemma_.lower() not in PRIVATE_PERSONS and \
        tok.lower_ not in PRIVATE_PERSONS


def _one_direct_object(objs: list[Token], tb: ActorTables) -> list[Token]:
    """Of several direct objects keep one, the first that names a party (else the first that is no number)."""
    dobjs = [o for o in objs if o.dep_ == "dobj"]
    if len(dobjs) < 2:
        return objs
    real = [o for o in dobjs if not o.like_num] or dobjs
    # (session 24, R33) a demonym the tagger split off as an object of its own before the noun it modifies
    # ("accused Azerbaijani/dobj troops/dobj of firing"): the noun, whose phrase takes the demonym in
    split = [o for o in real if o.i + 1 < len(o.doc) and o.doc[o.i + 1].dep_ == "dobj" and
             o.doc[o.i + 1].pos_ == "NOUN" and tb.countries.get(o.text, ("", ""))[1] == "demonym"]
    real = [o for o in real if o not in split] or real
    keep = next((o for o in real if o.pos_ == "PROPN" or tb.sector_nouns.get(o.lemma_.lower())), real[0])
    return [o for o in objs if o.dep_ != "dobj" or o.i == keep.i]


def _borrowed_objects(verb: Token, tb: ActorTables) -> list[Token]:
    """The object a verb without its own shares with a neighbour: a coordinated verb ("rejects and condemns
    X"), or the verb it is the infinitive complement of ("called Erdogan to apologize", "urged him to stop")."""
    for c in verb.children:
        # (round R7: not across "but": "agreed to free the hostages but demanded talks with X")
        if c.dep_ == "conj" and c.pos_ == "VERB" and \
                not any(b.dep_ == "cc" and b.lower_ in ("but", "yet") and verb.i < b.i < c.i for b in verb.children):
            objs = [o for o in c.children if o.dep_ in ("dobj", "obj")]
            if objs:
                return [_directed_party(o, c, tb) for o in objs]
    if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB" and \
            (verb.dep_ == "xcomp" or any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)):
        # ("summoned the envoy to complain": a purpose infinitive shares the object too, but not a counted
        # group the head verb sends: "sent seven experts to Saudi Arabia to investigate")
        # (nor a sum: "earmarked 1.5 million euros to help Haiti")
        helped = _causative_object(verb)
        return helped or [o for o in verb.head.children if o.dep_ in ("dobj", "obj") and o.i < verb.i and
                          not (_is_counted(o) and (verb.dep_ != "xcomp" or not _is_party_head(o, tb)))
                          and o.ent_type_ not in _NOT_ENTITY_ENTS]
    return _causative_object(verb)


def _causative_object(verb: Token) -> list[Token]:
    """"help Haiti cope with ...", "demanded that Hamas renounce ...": the party made or asked to act is the
    subject of the complement clause."""
    causative = verb.lemma_.lower() in _CAUSATIVE
    # (any verb's "complement" that is a bare participle is its object with a modifier the parser misread:
    # "will not accept any refugees fleeing the violence")
    found = [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") and
             (causative or (c.tag_ in ("VBG", "VBN") and not any(a.dep_ in ("aux", "mark") for a in c.children)))
             for g in c.children if g.dep_ in _SUBJ and g.lower_ not in _PRONOUNS]
    return found or (_subjunctive_party(verb) if causative else [])


def _subjunctive_party(verb: Token) -> list[Token]:
    """(session 23, R32) The party of a "that" clause whose bare verb the tagger read as a noun and hung the
    subject on as a modifier ("demanded that the military return to barracks", "demanded that the army hand power
    to civilians"): the last party word before that noun."""
    tb = load_tables()
    for c in verb.children:
        if c.dep_ != "ccomp" or c.pos_ != "NOUN" or not any(m.dep_ == "mark" and m.lower_ == "that"
                                                            for m in c.children):
            continue
        words = [t for t in c.subtree if t.i < c.i and t.dep_ in ("amod", "compound", "nmod") and
                 (_is_party_noun(t, tb) or t.pos_ == "PROPN")]
        if words:
            return [words[-1]]
    return []


# verbs whose complement clause names the party made or asked to act ("help Haiti cope", "demanded that the US
# cancel plans")
_CAUSATIVE = {"help", "assist", "allow", "enable", "let", "force", "compel", "urge", "ask", "encourage", "order",
              "push", "press", "pressure", "demand", "require", "insist", "request", "want"}


# nouns whose owner does what their infinitive says ("Algeria's decision to give"; not "X's invitation to visit")
_OWN_RESOLVE = {"decision", "plan", "move", "bid", "attempt", "effort", "refusal", "threat", "pledge", "promise",
                "offer", "intention", "readiness", "willingness", "failure", "determination", "vow", "choice"}


# (round R8) texts that say what their author says ("a resolution demanding", "a statement condemning")
_DOCUMENTS = {"resolution", "statement", "letter", "declaration", "communique", "communiqué", "motion", "decree",
              "petition", "message", "note", "report", "proclamation", "appeal"}


def _document_says(clause: Token) -> bool:
    """(round R8) A participle that says what a document says ("adopted a resolution demanding a ceasefire"): its
    author is whoever issues the document, the subject of the verb above."""
    return clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.head.lemma_.lower() in _DOCUMENTS


def _aimed_thing(participle: Token) -> bool:
    """(round R23) "Militants planted explosives targeting a railway line", "Police launched a manhunt targeting the
    gang leaders", "The army launched an operation killing 20 militants": a present participle of aim or harm on a
    thing the verb's subject sends out or carries out; whoever did that aims it (unlike "men carrying weapons",
    whose participle is the men's own act, or "denies a defeat warning")."""
    return participle.dep_ == "acl" and participle.tag_ == "VBG" and participle.head.dep_ in ("dobj", "obj") and \
        participle.lemma_.lower() in _AIMING | _HARM_PARTICIPLES and participle.head.pos_ == "NOUN" and \
        not _is_party_head(participle.head, load_tables())


def _ancestor_subjects(tok: Token, max_hops: int = 4) -> list[Token]:
    """Subjects of the nearest ancestor that has one ("Finland is ready to contribute" -> Finland)."""
    cur = tok
    for _ in range(max_hops):
        if cur.head.i == cur.i:
            break
        if _misparsed_main_verb(cur):
            return [cur.head]  # ("A U.S. report called/acl for sanctions against X")
        if cur.dep_ == "acl" and cur.head.lemma_.lower() in _OWN_RESOLVE and \
                any(a.lower_ == "to" for a in cur.children if a.dep_ == "aux"):
            owner = [c for c in cur.head.children if c.dep_ == "poss" and c.lower_ not in _POSS_PRONOUNS and
                     _names_entity(c, load_tables())]
            if owner:
                return owner  # (round A12) "Algeria's decision to give the officials 48 hours": the decider acts
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN") and \
                not any(a.lower_ == "to" for a in cur.children if a.dep_ == "aux") and not _document_says(cur) and \
                not _aimed_thing(cur):
            # (an infinitive, "accepted an invitation to meet X", keeps climbing to the subject)
            break  # "the attack that killed 5": the relative clause's subject is handled by the parser's nsubj
        if _reported_clause(cur) and ((_is_act_noun(tok) and not _is_work_stoppage(tok)) or _is_force_use(tok) or
                                      tok.lemma_.lower() in _HARM_NOUNS) and not _own_strike_reported(tok, cur.head):
            # "the attack killed 5, the ministry said": whoever reports an act of force is its source, not a party
            # (a stance is the speaker's own: "US officials said lifting the sanctions is out of the question")
            break
        if cur.head.lemma_.lower() in _SAY_NO_OBJECT and cur.dep_ == "prep" and \
                (_is_act_noun(tok) or tok.lemma_.lower() in _INSTRUMENTS) and not _own_strike_reported(tok, cur.head):
            # (round A9) "X said debris from a downed drone had damaged ...", the drone's phrase misparsed onto
            # "said": the speaker is the source of the report, not the weapon's party
            break
        if _told_about(tok, cur):
            break  # (round R22) "The Army has not divulged the details of the attack": who tells of it is no doer
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and \
                any(c.dep_ in _SUBJ | _PASS_SUBJ for c in cur.children):
            # (round A12) a clause with a subject of its own is no part of the clause it is coordinated with: "a
            # heavy police presence was visible, but no fresh violence was reported"
            break
        cur = cur.head
        if _disclaimed(cur):
            return []  # "Hezbollah said it was not responsible for the rocket fire": who denies it is no doer
        # (a span of time is no subject: "... 48 hours to leave the country was unjustified", misparsed)
        subj = [c for c in cur.children if c.dep_ in _SUBJ and not (c.i <= tok.i <= c.right_edge.i) and
                not _is_temporal(c)]
        if subj:
            return subj
    return []


# (round R22) what is told or found out about an act, and the verbs that look into an act itself
_ACCOUNT_NOUNS = frozenset({"detail", "details", "information", "footage", "image", "picture", "photo", "video",
                            "account", "investigation", "inquiry", "enquiry", "probe", "circumstances"})
_LOOKING_INTO = frozenset({"investigate", "probe", "divulge", "describe", "document", "film", "photograph",
                           "examine", "study"})


def _told_about(tok: Token, cur: Token) -> bool:
    """(round R22) The act noun `tok` climbs, at `cur`, through what is told or found out about it ("details of the
    attack", "an inquiry into the killing") or reaches a verb that looks into it ("are investigating the attack"):
    that verb's subject reports or probes the act, and is no party to it."""
    if not (_is_act_noun(tok) or tok.lemma_.lower() in _ATTACK_NOUNS):
        return False
    if cur.i != tok.i and cur.pos_ == "NOUN" and cur.lemma_.lower() in _ACCOUNT_NOUNS:
        return True
    if cur.dep_ == "prep" and cur.lower_ in ("into", "about", "of", "on") and \
            any(c.dep_ in _OBJ and c.lemma_.lower() in _ACCOUNT_NOUNS for c in cur.head.children):
        return True  # ("opened an inquiry into the shelling", the parser hanging "into" on the verb)
    return cur.dep_ in _OBJ and cur.head.lemma_.lower() in _LOOKING_INTO


def _is_force_use(tok: Token) -> bool:
    """"The use of rubber bullets/tear gas/force against protesters": an act of force named by "use", or the means
    so used (round A9)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "use" and \
            _is_force_means(tok):
        return True
    return tok.lemma_.lower() == "use" and any(p.lemma_.lower() in _FORCE_MEANS | {"force", "violence", "weapon"} or
                                               p.lower_ in _FORCE_MEANS for p in _prep_objects(tok, {"of"}))


_DISCLAIMING = {"deny", "disclaim", "reject", "disown"}


def _disclaimed(tok: Token) -> bool:
    """Responsibility for an act denied ("X said it was not responsible for the attack", "X denied
    responsibility for the blast", round A9): the act happened, but not by X."""
    if tok.lemma_.lower() not in ("responsible", "responsibility"):
        return False
    negated = any(c.dep_ == "neg" for c in tok.children) or \
        (tok.dep_ in ("acomp", "attr") and any(c.dep_ == "neg" for c in tok.head.children))
    return negated or (tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _DISCLAIMING)


# what force leaves behind ("the death toll rose to 21, the health ministry said")
_HARM_NOUNS = {"death", "toll", "casualty", "fatality", "injury"}


# kinds of strike that stop work, not strike a target ("a general strike", "a hunger strike")
_STOPPAGE_MODIFIERS = {"general", "hunger", "labour", "labor", "national", "nationwide", "worker", "workers",
                       "teacher", "teachers", "doctor", "doctors", "transport", "wildcat", "sit-down", "indefinite",
                       "warning", "one-day", "24-hour", "48-hour"}


def _is_work_stoppage(tok: Token) -> bool:
    return tok.lemma_.lower() == "strike" and bool(_modifier_lemmas(tok) & _STOPPAGE_MODIFIERS)


def _own_strike_reported(act: Token, verb: Token) -> bool:
    """A state's armed forces reporting fire or strikes of the kind they deliver report their own ("Malian armed
    forces said a drone strike neutralised ..."): they stay its actor."""
    if act.lemma_.lower() not in _STATE_FIRE and act.lower_ not in _STATE_FIRE:
        return False
    tb = load_tables()
    for s in verb.children:
        if s.dep_ in _SUBJ and s.pos_ in ("NOUN", "PROPN"):
            i, j = _np_span(s)
            if normalise(s.doc[i:j], tb)[1] == "MIL":
                return True
    return False


def _reported_clause(tok: Token) -> bool:
    """A clause that is the complement of a reporting verb: "the death toll from the attack rose to 21, the health
    ministry said", "residents said the shooting lasted three hours". (A conjunct is not: it shares the subject
    of the clause it is coordinated with, "soldiers looted homes and robbed residents during a search
    operation, survivors said".)"""
    return tok.dep_ in ("ccomp", "parataxis") and tok.pos_ in ("VERB", "AUX") and \
        tok.head.lemma_.lower() in _REPORTING
