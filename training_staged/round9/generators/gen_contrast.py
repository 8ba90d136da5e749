"""Round 9 contrast snippets: one scene (place, date, state force, armed group, civilians, protesters) told with
the decisive detail changed (victim kind, property only, taken away, air-launched, lethal vs crowd-control force).
Writes src/newsevents/data/training/round9_acled_contrast.jsonl."""
import json
import random
import sys

R = random.Random(9)
A, P, C = "ASSAULT", "PROTEST", "COERCE"

# place, region, state force, armed group (short name), air arm, civilians, protester group + grievance,
# property, mob/communal detail
SCENES = [
    ("Ituango", "Antioquia", "soldiers", "FARC dissidents", "the Colombian air force", "Nasa farmers",
     ("coca growers", "forced crop eradication"), "a health post", ("villagers", "stealing a motorbike")),
    ("Teocaltiche", "Jalisco", "National Guard troops", "cartel gunmen", "military helicopters", "lime pickers",
     ("lime growers", "extortion by cartels"), "a packing plant", ("residents", "kidnapping a child")),
    ("Juquila", "Oaxaca", "state police", "members of a criminal group", "army helicopters", "Nahua villagers",
     ("teacher-training students", "the disappearance of classmates"), "the town hall", ("a crowd", "robbing a church")),
    ("Tocache", "San Martin", "police officers", "Shining Path remnants", "Peruvian air force aircraft",
     ("coca farmers"), ("coca farmers", "a crop-substitution plan"), "a police post", ("ronderos", "cattle theft")),
    ("Andahuaylas", "Apurimac", "riot police", "an armed band", "police helicopters", "Aymara traders",
     ("Aymara residents", "the removal of the president"), "a customs office", ("market traders", "pickpocketing")),
    ("Esmeraldas", "Esmeraldas", "soldiers", "Los Lobos gang members", "air force planes", "fishermen",
     ("fishermen", "an oil spill"), "a fishing cooperative", ("residents", "extortion")),
    ("Gonaives", "Artibonite", "Haitian police", "gang members", "police drones", "street vendors",
     ("residents", "rising insecurity"), "a clinic", ("a crowd", "belonging to a gang")),
    ("La Ceiba", "Atlantida", "military police", "MS-13 members", "air force aircraft", "bus drivers",
     ("bus drivers", "gang extortion"), "a bus depot", ("neighbours", "being an extortionist")),
    ("Nebaj", "Quiche", "soldiers", "an armed group", "army aircraft", "Ixil farmers",
     ("Ixil communities", "a hydroelectric dam"), "a community radio station", ("villagers", "stealing crops")),
    ("Sao Goncalo", "Rio de Janeiro state", "military police", "militia members", "police helicopters", "residents",
     ("residents", "police killings"), "a bus", ("residents", "child abduction")),
    ("Lamitan", "Basilan", "Philippine marines", "BIFF fighters", "Philippine air force planes", "Moro farmers",
     ("farmers", "land grabbing"), "a school building", ("villagers", "theft")),
    ("Malaybalay", "Bukidnon", "army troops", "New People's Army guerrillas", "air force helicopters",
     "coconut farmers", ("peasants", "militarisation"), "a telecom tower", ("villagers", "witchcraft")),
    ("Pattani", "Pattani province", "Thai rangers", "BRN insurgents", "army drones", "rubber tappers",
     ("Malay Muslim students", "the detention of a cleric"), "a railway station", ("villagers", "spying")),
    ("Nduga", "Highland Papua", "Indonesian troops", "West Papua National Liberation Army fighters",
     "military aircraft", "Papuan villagers", ("Papuan students", "a new province"), "a school", ("a crowd", "arson")),
    ("Hakha", "Chin state", "junta soldiers", "Chin National Army fighters", "junta jets", "Chin villagers",
     ("residents", "conscription"), "a church", ("villagers", "informing for the junta")),
    ("Taungoo", "Bago region", "junta troops", "People's Defence Force fighters", "junta aircraft", "rice farmers",
     ("students", "military rule"), "a rice mill", ("villagers", "informing")),
    ("Sukma", "Chhattisgarh", "CRPF personnel", "Maoist insurgents", "security force drones", "tribal villagers",
     ("Adivasi villagers", "a new security camp"), "a road-building site", ("villagers", "witchcraft")),
    ("Bandarban", "Bandarban district", "Bangladeshi soldiers", "KNF fighters", "army drones",
     "Bawm villagers", ("Indigenous students", "land acquisition"), "a bank branch", ("settlers", "land encroachment")),
    ("Turbat", "Balochistan", "Frontier Corps soldiers", "BLA militants", "military drones", "labourers",
     ("relatives of missing persons", "enforced disappearances"), "a telecom tower", ("a crowd", "blasphemy")),
    ("Khorog", "Gorno-Badakhshan", "Tajik security forces", "local armed men", "government helicopters",
     "Pamiri residents", ("Pamiri residents", "the death of a local figure"), "a government building",
     ("residents", "disrespect to elders")),
    ("Batken", "Batken region", "Kyrgyz border guards", "Tajik border troops", "military drones", "villagers",
     ("villagers", "water sharing"), "a border post", ("villagers", "water theft")),
    ("Zvecan", "northern Kosovo", "Kosovo police", "armed Serb men", None, "Serb residents",
     ("Serb residents", "newly installed mayors"), "a municipal building", ("youths", "insulting a flag")),
    ("Derry", "Northern Ireland", "police officers", "New IRA members", None, "residents",
     ("republican supporters", "internment anniversary bans"), "a police station", ("youths", "sectarian insults")),
    ("Ajaccio", "Corsica", "gendarmes", "FLNC militants", None, "holiday-home owners",
     ("nationalist students", "the death of a prisoner"), "a holiday villa", ("youths", "a brawl")),
    ("Mount Hagen", "Western Highlands", "police mobile squads", "tribal fighters", "police helicopters",
     "villagers", ("supporters of a losing candidate", "the vote count"), "a polling centre",
     ("clansmen", "sorcery")),
    ("Honiara", "Guadalcanal", "police officers", "armed men", None, "shop workers",
     ("protesters from Malaita", "the central government"), "a shop", ("a crowd", "a car accident")),
    ("Bamenda", "Northwest region", "Cameroonian soldiers", "Ambazonian separatist fighters", "army helicopters",
     "farmers", ("lawyers", "the use of French in courts"), "a school", ("villagers", "witchcraft")),
    ("Paoua", "Ouham-Pende", "Central African soldiers", "3R rebels", "Russian-flown helicopters", "herders",
     ("traders", "illegal taxes"), "a market", ("traders", "theft")),
    ("Cibitoke", "Cibitoke province", "Burundian police", "Imbonerakure members", None,
     "opposition supporters", ("opposition supporters", "the arrest of their leader"), "a party office",
     ("villagers", "witchcraft")),
    ("Nekemte", "East Wollega", "Ethiopian federal forces", "Oromo Liberation Army fighters", "army drones",
     "farmers", ("university students", "the killing of a singer"), "a government office",
     ("residents", "cattle raiding")),
]
DATES = ["3 January", "17 January", "9 February", "26 February", "4 March", "21 March", "8 April", "30 April",
         "12 May", "27 May", "6 June", "19 June", "2 July", "23 July", "11 August", "29 August", "5 September",
         "18 September", "1 October", "24 October", "7 November", "20 November", "2 December", "15 December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUM = ["two", "three", "four", "five", "six", "seven", "nine", "eleven"]
SRC = ["local officials said", "residents said", "a rights group said", "police said", "the army said",
       "a local monitor reported", "hospital staff said"]


def cap(s: str | None) -> str:
    if s is None:
        return ""
    return s[0].upper() + s[1:]


def variants(sc: tuple) -> list[tuple[str, str, str | None, str]]:
    town, reg, force, armed, air, civ, (prot, griev), prop, (mob, accus) = sc
    d, day, n, n2, src = R.choice(DATES), R.choice(DAYS), R.choice(NUM), R.choice(NUM), R.choice(SRC)
    v: list[tuple[str, str, str | None, str]] = [
        # Attack: armed actor against unarmed civilians
        (R.choice([f"On {d}, {armed} shot dead {n} {civ} in {town}, {reg}.",
                   f"{cap(armed)} killed {n} {civ} in a raid on a village near {town} on {day}, {src}.",
                   f"In {town} on {d}, {n} {civ} were shot dead by {armed} as they returned from the fields.",
                   f"{cap(armed)} kill {n} {civ} near {town}"]), A, "firearms", "Attack"),
        # Attack with arson where people are harmed (not property only)
        (R.choice([f"On {d}, {armed} set fire to houses in a village near {town} and shot {n} residents who tried to flee.",
                   f"{cap(armed)} torched homes and killed {n} {civ} in a village outside {town} on {day}."]),
         A, "firearms", "Attack"),
        # Looting/property destruction: property only
        (R.choice([f"On {d}, {armed} set fire to {prop} in {town}; no casualties were reported.",
                   f"{cap(armed)} burned down {prop} in {town} overnight after residents had fled, {src}.",
                   f"In {town}, {reg}, {prop} was torched by {armed} on {d}; nobody was hurt.",
                   f"{cap(prop)} in {town} was burned to the ground by {armed} on {day}."]), A, "destroy",
         "Looting/property destruction"),
        (R.choice([f"On {d}, {force} looted shops and carried off livestock in a village near {town}.",
                   f"{cap(armed)} looted shops and a warehouse in {town} and carried off food and fuel on {day}, {src}."]), C, "seize",
         "Looting/property destruction"),
        # Abduction: the person is taken away
        (R.choice([f"On {d}, {armed} abducted {n} {civ} from their homes near {town} and took them to an unknown location.",
                   f"{cap(n)} {civ} were kidnapped by {armed} on the road outside {town} on {day}, {src}.",
                   f"In {town} on {d}, {armed} seized a local councillor from his house; his whereabouts remain unknown.",
                   R.choice([f"A teacher was taken from a school in {town} by {armed} on {d} and has not been seen since.", f"{cap(armed)} snatched a village chief near {town} on {day} and are holding him at an unknown location, {src}.", f"On {d}, {n} aid workers travelling near {town} were abducted by {armed}."])]),
         A, "abduct", "Abduction/forced disappearance"),
        # Armed clash: two armed sides
        (R.choice([f"On {d}, {armed} clashed with {force} near {town}, {reg}; {n} fighters were killed.",
                   f"{cap(force)} and {armed} exchanged fire for several hours in {town} on {day}, {src}.",
                   f"In {town} on {d}, {armed} ambushed a patrol of {force}, killing {n} of them.",
                   f"{cap(armed)} attacked a base of {force} in {town} on {day} and were repelled after a gunfight."]),
         A, "firearms", "Armed clash"),
        # Air/drone strike: air-launched, even against a base
        (R.choice([f"On {d}, a drone operated by {armed} dropped explosives on a base of {force} in {town}, wounding {n}.",
                   f"{cap(air)} bombed positions of {armed} near {town} on {day}, {src}.",
                   f"In {town} on {d}, an air strike by {air} hit a house, killing {n} {civ}.",
                   f"{cap(armed)} used an armed drone to strike an outpost of {force} in {town} on {d}."]),
         A, R.choice(["aerial", "drone"]), "Air/drone strike"),
        # Shelling: ground-launched
        (R.choice([f"On {d}, {armed} fired mortar rounds at a base of {force} in {town}.",
                   f"{cap(armed)} lobbed mortar shells into {town} on {day}, damaging several houses, {src}.",
                   f"In {town} on {d}, rockets fired from the hills by {armed} hit a market, wounding {n} people."]),
         A, "heavy-weapons", "Shelling/artillery/missile attack"),
        # Peaceful protest
        (R.choice([f"On {d}, hundreds of {prot} marched peacefully through {town} to protest against {griev}.",
                   f"{cap(prot)} held a sit-in outside the governor's office in {town} on {day} over {griev}.",
                   f"In {town}, {reg}, {prot} rallied on {d} against {griev}; the protest ended without incident.",
                   f"{cap(prot)} stage peaceful march in {town} over {griev}"]), P, "demo", "Peaceful protest"),
        # Protest with intervention: crowd-control weapons, no deaths
        (R.choice([f"On {d}, {force} fired tear gas to disperse {prot} protesting against {griev} in {town}.",
                   f"{cap(prot)} marching against {griev} in {town} were dispersed by {force} with tear gas and rubber bullets on {day}.",
                   f"In {town} on {d}, {force} used water cannon and batons to break up a rally of {prot} over {griev}."]),
         A, "crowd-control", "Protest with intervention"),
        (R.choice([f"On {d}, {force} arrested {n} {prot} who had gathered in {town} to protest against {griev}.",
                   f"{cap(force)} detained {n} demonstrators at a rally of {prot} against {griev} in {town} on {day}."]),
         C, "arrest", "Protest with intervention"),
        # Excessive force: lethal or grievous force on protesters
        (R.choice([f"On {d}, {force} opened fire on {prot} protesting against {griev} in {town}, killing {n}.",
                   f"{cap(n)} {prot} were shot dead when {force} fired live rounds at a protest over {griev} in {town} on {day}.",
                   f"In {town} on {d}, {force} fired on a march of {prot} against {griev}, killing one and wounding {n2}.",
                   f"{cap(force)} beat {prot} protesting against {griev} in {town} on {day}, leaving {n} with fractured skulls."]),
         A, R.choice(["firearms"]), "Excessive force against protesters"),
        # Violent demonstration: the protesters use violence / destroy property
        (R.choice([f"On {d}, {prot} protesting against {griev} threw stones at {force} and set fire to {prop} in {town}.",
                   f"{cap(prot)} angry over {griev} ransacked {prop} in {town} on {day} and burned tyres on the main road.",
                   f"In {town} on {d}, a protest by {prot} over {griev} turned violent as demonstrators smashed windows and torched vehicles."]),
         P, "riot", "Violent demonstration"),
        # Mob violence: disorganised crowd attacks individuals
        (R.choice([f"On {d}, {mob} in {town} beat a man to death after accusing him of {accus}.",
                   f"A man accused of {accus} was lynched by {mob} in a village near {town} on {day}, {src}.",
                   f"In {town} on {d}, {mob} attacked {n} people accused of {accus} with sticks and machetes, injuring them."]),
         A, "beat", "Mob violence"),
        # IED
        (R.choice([f"On {d}, a roadside bomb planted by {armed} hit a vehicle of {force} near {town}, killing {n}.",
                   f"A landmine exploded under a motorbike on a track outside {town} on {day}, killing {n} {civ}.",
                   f"In {town} on {d}, a bomb hidden in a parked car went off outside a base of {force}."]),
         A, "explosives", "Remote explosive/landmine/IED"),
        # Arrests (not at a protest)
        (R.choice([f"On {d}, {force} arrested a local leader of {prot} at his home in {town} on charges of incitement.",
                   f"{cap(force)} detained {n} people suspected of collaborating with {armed} in a raid in {town} on {day}."]),
         C, "arrest", "Arrests"),
    ]
    if air is None:
        v = [x for x in v if x[3] not in ("Air/drone strike", "Shelling/artillery/missile attack")]
    R.shuffle(v)
    return v[: R.choice([12, 13, 14, 15, 16])]


def main(path: str) -> None:
    seen: set[str] = set()
    out = []
    for sc in SCENES:
        for text, ev, mode, acled in variants(sc):
            if text in seen:
                continue
            seen.add(text)
            out.append({"text": text, "event": ev, "mode": mode, "acled": acled, "quad": 4, "aux": []})
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out))


if __name__ == "__main__":
    main(sys.argv[1])
