"""Stage order and the runner: Article batches in, Results out, one error policy.

A bad article becomes a Result with `error` set; the batch goes on."""
from __future__ import annotations

import dataclasses
import datetime
import functools
import inspect
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol

from newsevents.coding.actors.normalise import FOREIGNERS, occupiers_state
from newsevents.coding.actors.tables import load_tables
from newsevents.coding.merge import INTERVENTION, compatible_locations, policed_once, same_day_and_country, \
    updated_tolls
from newsevents.coding.size import extract_size
from newsevents.dates import PRONOUNLESS_RELATIVE, after_span, called_act_day, cause_clause, following_span, \
    told_as_cause
from newsevents.nlp import forget_tokens
from newsevents.records import Article, Event, Place, Result, Sentence, Trigger, Location, stable_id

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 5_000_000
NER_SCOPES = ("all", "events", "none")  # which parsed sentences get spaCy's named entities
# (round P33) parsed by `Pipeline.warm` before the workers fork: common words only, no article's
_WARM_TEXT = "Police arrested 12 protesters in the capital on Monday, officials said."


class Coder(Protocol):
    def code_batch(self, article: Article, items: list[tuple[Sentence, Any]],
                   add_entities: Callable[[list[Any]], None] | None = None, screened: bool = False) -> list[Event]: ...


class GeoParserLike(Protocol):
    def places(self, article: Article, sentences: list[Sentence], ents: list[tuple[int, int, str]],
               parsed: set[int]) -> list[Place]: ...

    def event_location(self, article: Article, sentence: Sentence, trigger: Trigger | None,
                       places: list[Place], *, verbal: bool | None = None) -> Location | None: ...


def _check_article(article: Article) -> str | None:
    """Why an article cannot be coded, or None."""
    if len(article.text) > MAX_TEXT_CHARS:
        return "text longer than 5 MB; split the record into stories"
    if "\x00" in article.text:
        return "text contains NUL bytes (binary data?); pass plain text"
    return None


class Pipeline:
    """Runs segment -> detect -> nlp -> geo -> code -> location -> dates -> merge over batches."""

    def __init__(self, nlp: Any, coder: Coder, geoparser: GeoParserLike, *, batch_size: int = 64,
                 ner: str = "none") -> None:
        if ner not in NER_SCOPES:
            raise ValueError(f"ner must be one of {', '.join(NER_SCOPES)}, not {ner!r}")
        self.nlp = nlp
        self.coder = coder
        self.geoparser = geoparser
        # (round K13) a coded statement type tells event location that the event is a statement ("asked him to
        # halt the strikes": 'asked' is no statement word there); other types leave it to the trigger word (None),
        # as "said ... the government would suspend talks" is still a statement. A geoparser whose event_location
        # takes no `verbal` keyword is called as before.
        self._tells_verbal = "verbal" in inspect.signature(geoparser.event_location).parameters
        self.batch_size = batch_size
        has_ner = "ner" in nlp.pipe_names
        self.ner_scope = ner if has_ner else "none"
        # "events" parses without NER and runs it later on the sentences that need it; "none" never runs it
        # (toponyms then come from the gazetteer alone, actors from the parse and the actor tables).
        self._ner = nlp.get_pipe("ner") if has_ner and self.ner_scope == "events" else None
        self._deferred = ["ner"] if has_ner and self.ner_scope != "all" else []

    def _event_location(self, art: Article, ev: Event, places: list[Place]) -> Location | None:
        if self._tells_verbal:
            return self.geoparser.event_location(art, ev.sentence, ev.trigger, _places_for(ev, places),
                                                 verbal=True if ev.event in _VERBAL else None)
        return self.geoparser.event_location(art, ev.sentence, ev.trigger, _places_for(ev, places))

    def _add_entities(self, docs: list[Any]) -> None:
        """Run the deferred NER on the docs that lack it (in place; marks them in `user_data`)."""
        if self._ner is None:
            return
        todo = [d for d in docs if not d.user_data.get("ner")]
        for d in self._ner.pipe(todo, batch_size=64):
            d.user_data["ner"] = True

    def warm(self) -> None:
        """Build what the stages would build on the first article (see `LocalEngine`: forked workers share it):
        the gazetteer's name automaton and the coder's rule tables; (round P33) the date patterns' screens and
        dateparser's tables (`dates.warm`), and what spaCy's pipeline sets up on its first text (the lemmatizer's
        word sets, the BLAS thread limiter): each worker built those again on its first articles."""
        from newsevents import dates

        for stage in (self.geoparser, self.coder):
            warm = getattr(stage, "warm", None)
            if callable(warm):
                warm()
        dates.warm()
        if callable(getattr(self.nlp, "pipe", None)):
            for doc in self.nlp.pipe([_WARM_TEXT], disable=self._deferred):
                forget_tokens(doc)

    def after_fork(self) -> None:
        """In a forked worker: reopen what must not be shared with the parent (the gazetteer's connection)."""
        reopen = getattr(self.geoparser, "after_fork", None)
        if callable(reopen):
            reopen()

    def run_one(self, article: Article) -> Result:
        return next(iter(self.run([article])))

    def run(self, articles: Iterable[Article]) -> Iterator[Result]:
        batch: list[Article] = []
        for art in articles:
            batch.append(art)
            if len(batch) >= self.batch_size:
                yield from self.run_batch(batch)
                batch = []
        if batch:
            yield from self.run_batch(batch)

    def run_batch(self, articles: Sequence[Article]) -> list[Result]:
        """One Result per article. A text holding several stories one after another (a wire dump) is
        coded story by story, so each story keeps its own lead, dateline and focus; offsets stay
        indices into the article's text."""
        parts = [_story_parts(a) for a in articles]
        flat = [p for ps in parts for p, _ in ps]
        coded = iter(self._run_parts(flat))
        return [_join_parts(art, [(next(coded), off) for _, off in ps]) for art, ps in zip(articles, parts)]

    def _run_parts(self, articles: Sequence[Article]) -> list[Result]:
        from newsevents.coding.detect import is_candidate
        from newsevents.segment import find_dateline, split_sentences

        prepared: list[tuple[Article, list[Sentence], list[Sentence], set[int]] | Result] = []
        texts: list[str] = []
        for art in articles:
            if not art.text.strip():
                # Nothing to code is not a failure: no events, no places (readers reject empty files).
                prepared.append(Result(article=art))
                continue
            problem = _check_article(art)
            if problem:
                prepared.append(Result(article=art, error=problem))
                continue
            sents = split_sentences(art.text)
            # The first sentence is always parsed: it carries the dateline and the story's focus.
            screened = {s.sequence for s in sents if is_candidate(s.text)}
            # With NER on, the first sentence is parsed even without an event word: its entities carry the
            # dateline and the story's focus. Without NER its parse would serve nothing.
            cand = [s for s in sents if s.sequence in screened or (s.sequence == 0 and self.ner_scope != "none")]
            prepared.append((art, sents, cand, screened))
            dateline = find_dateline(art.text)
            texts.extend(_parse_text(s, dateline) for s in cand)
        # NER is half of spaCy's cost: unless the scope is "all", parse without it here; with "events"
        # `_add_entities` runs it later on the sentences that hold an event (and the first).
        docs = iter(self.nlp.pipe(texts, batch_size=128, disable=self._deferred))
        results: list[Result] = []
        for item in prepared:
            if isinstance(item, Result):
                results.append(item)
                continue
            art, sents, cand, screened = item
            parsed_docs = [(s, next(docs)) for s in cand]
            if self.ner_scope == "all":
                for _, d in parsed_docs:
                    d.user_data["ner"] = True
            try:
                results.append(self._code_article(art, sents, parsed_docs, screened))
            except Exception as exc:  # the runner's one error policy: record and go on
                log.exception("article %s failed", art.id)
                results.append(Result(article=art, error=f"internal error ({type(exc).__name__}: {exc}); "
                                                         "please report it with this record"))
            for _, d in parsed_docs:
                forget_tokens(d)  # (the docs are freed at once, not at the next full garbage collection)
        return results

    def _code_article(self, art: Article, sents: list[Sentence], parsed_docs: list[tuple[Sentence, Any]],
                      screened: set[int]) -> Result:
        from newsevents.coding import merge_duplicates
        from newsevents.dates import resolve_event_date, unknown_day

        coded = self.coder.code_batch(art, [(s, d) for s, d in parsed_docs if s.sequence in screened],
                                      add_entities=self._add_entities, screened=True)
        # The first sentence carries the dateline and the story's focus: it always gets entities.
        self._add_entities([d for s, d in parsed_docs if s.sequence == 0])
        ents: list[tuple[int, int, str]] = []
        parsed: set[int] = set()
        for s, doc in parsed_docs:
            if doc.user_data.get("ner"):
                parsed.add(s.sequence)
                ents.extend((s.start + e.start_char, s.start + e.end_char, e.label_) for e in doc.ents)
        places = self.geoparser.places(art, sents, ents, parsed)
        guessed = _guessed_spans(parsed_docs)
        headline = _title_date(art) if coded else None
        home = _dateline_country(art.text, places) if coded else None
        lead = (_lead_date(art, sents, headline) or headline) if coded else None
        events: list[Event] = []
        report_dated: set[int] = set()  # indices in `events` of deeds dated only by their report's day
        retold: set[int] = set()  # indices in `events` of deeds retold under a later report's day (round K22)
        unknown: dict[int, str] = {}  # indices in `events` of events with an own day no publication date resolves
        for ev in coded:
            ev = _without_cause_counts(ev)
            loc = self._event_location(art, ev, places)
            when = resolve_event_date(art.text, ev.sentence, ev.trigger, art.published)
            if when.start is None and _past_supposition(ev):
                # "A UN report said up to 1,400 people may have been killed during that crackdown": a supposed past
                # deed still goes on with the background paragraph it belongs to
                when = _background_date(art, sents, ev) or when
            if when.start is None and set(ev.aux) <= _UNDATED_OK and not _perfect_stance(ev):
                # An undated sentence goes on telling the lead's story: it takes the lead's date. An undated
                # statement follows the day the story last named ("Results came on Monday. The party accused
                # ..."): statements are dated by when they were made, not by the event they speak of.
                # A sentence inside a background paragraph goes on with its past ("In March 2025, BLA fighters
                # hijacked a train ... The army said it freed the hostages after a day-long operation").
                said = _statement_date(art, sents, ev) if ev.event in _SPEECH_ACTS else None
                said = said if said is None or _dates_statement(art.text, said, ev) else None
                # An undated deed right after a sentence that dates its day goes on with that day ("... killed
                # four civilians in a village on Sunday evening. Gunmen opened fire on three houses ...").
                when = _since_then(art, sents, ev) or _background_date(art, sents, ev) or \
                    (said if said is not None and not _told_elsewhere(ev, loc, sents, places)
                     and not _reaction_before(art, sents, ev, said, lead) else None) \
                    or _continued_date(art, sents, ev) or \
                    (_lead_for(lead, ev, art.text) if not _grounds_dated_after(ev, lead, coded) else None) or when
                when = _after_told_span(ev, when, art.published)
            elif when.start is None and headline is not None and _headline_ahead(headline, ev, art.published):
                # (round K16) "Opposition march called for Sunday" over "Opposition parties said they would march":
                # the headline's coming day is that of the lead's undated event still to come
                when = headline
            if ev.event == "PROTEST" and (when.start is None or not ev.sentence.start <= when.start < ev.sentence.end):
                # (round K27) "Protest leaders called for a nationwide shutdown on Thursday": the called act's day
                when = called_act_day(ev.sentence, ev.trigger, _published_day(art.published)) or when
            if headline is not None and _headline_tells_deed(art, ev, when, headline):
                when = headline
            # (round K37) "The strikes came in response to rockets fired at Sderot": the cause's day is not its own
            when = told_as_cause(ev.sentence, ev.trigger, when)
            aux = ev.aux
            if when.historical and "historical" not in aux:
                aux = aux + ("historical",)
            if _dated_ahead(ev, when, art.published):
                aux = aux + ("future",)
            dated = dataclasses.replace(ev, event_loc=loc, date=when.date, date_precision=when.precision, aux=aux)
            # countries and sectors the sentence alone could not give: the event's date, places and article
            dated = _with_dated_holders(dated, art.published)
            dated = _with_place_country(dated, places, guessed.get(ev.sentence.sequence, frozenset()), home)
            dated = _without_stray_country(dated, places)
            if _dated_by_report(art.text, ev, when):
                report_dated.add(len(events))
            if _retold_on_report_day(art.text, ev, when):
                retold.add(len(events))
            if unknown_day(when):
                unknown[len(events)] = _unknown_key(art.text, when)
            events.append(_without_passing_border(_with_introduced(dated, art.text)))
        events = _with_deed_day(events, report_dated)
        events = _with_retold_day(events, retold)
        events = _with_arresting_force(events)
        events = [dataclasses.replace(ev, date=unknown[i]) if i in unknown else ev for i, ev in enumerate(events)]
        merged = _without_unknown_days(merge_duplicates([_trimmed(ev) for ev in events]))
        # A bare toll update ("The death toll rose to 19") raises the counts of the deed it goes on with.
        merged = updated_tolls(merged, sents)
        merged = _arrests_counted_once(_with_intervention(merged))
        final = [dataclasses.replace(ev, id=_event_id(art, ev), article_id=art.id) for ev in merged]
        return Result(article=art, events=tuple(final), places=tuple(places), sentences=tuple(sents))


_COUNTS = ("dead", "injured", "arrested")


def _without_cause_counts(ev: Event) -> Event:
    """(round K37) "Troops shelled militant hideouts on Wednesday in response to an attack on a checkpoint that killed
    six soldiers": the six dead are the cause's, not the shelling's. A count told only inside the clause of a causal
    phrase after the trigger ("in response to", "in retaliation for") leaves the deed before it; a count the
    sentence tells outside it stays (", killing 20 militants" after the clause is the deed's own)."""
    if ev.trigger is None or all(getattr(ev.size, f) is None for f in _COUNTS):
        return ev
    s, t1 = ev.sentence.text, ev.trigger.end - ev.sentence.start
    span = cause_clause(s, t1)
    if span is None:
        return ev
    inside, outside = extract_size(s[span[0]:span[1]]), extract_size(s[:span[0]] + s[span[1]:])
    cut = {f: None for f in _COUNTS if getattr(ev.size, f) is not None and getattr(outside, f) is None
           and getattr(inside, f) == getattr(ev.size, f)}
    return dataclasses.replace(ev, size=dataclasses.replace(ev.size, **cut)) if cut else ev


# Verbal events happen where the speaker is: a country named as the recipient is addressed or accused, not
# visited ("Aoun urged the United States and France ...", "police blamed the Pakistan-based group"); the
# speaker's own country still locates it ("Pakistan's Foreign Office rejected ..."). A meeting or visit (CONSULT)
# does take place at its recipient ("visited China"), and a cut or sanction (SANCTION) falls on it.
_VERBAL = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Speech acts: the event is the saying itself, so it is dated by when it was said.
_SPEECH_ACTS = frozenset({"SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})


def _places_for(ev: Event, places: list[Place]) -> list[Place]:
    """The places that may locate `ev`: for a verbal event, not those inside the span of one of its
    recipients."""
    if ev.event not in _VERBAL:
        return places
    spans = [(e.start, e.end) for e in ev.recipient]
    text = ev.sentence.text
    # a place the sentence puts the event in ("In Seoul, the ministry condemned ...") stays, even when the parse
    # took it for the recipient; so does the place a visit goes to ("said he would visit Quetta on Thursday")
    return [p for p in places if not any(s <= p.start and p.end <= e for s, e in spans)
            or _AT_PLACE.search(text, 0, max(0, p.start - ev.sentence.start))
            or _VISITED.search(text, 0, max(0, p.start - ev.sentence.start))]


_AT_PLACE = re.compile(r"(?i)\b(?:in|at|near|inside|outside)\s+(?:the\s+)?$")
# the verb of a visit or journey right before the place: the visit happens there
_VISITED = re.compile(r"(?i)\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|own|ying)"
                      r"|go(?:es|ing)?|went|head(?:s|ed|ing)?)\s+to|arriv(?:e|es|ed|ing)\s+(?:in|at))"
                      r"\s+(?:the\s+)?(?:(?:city|town|province|region|capital)\s+of\s+)?$")


# A border named as something crossed or as a landmark ("sent fighters across the border", "near the border
# with Mali", "cross-border raids") says where, not that territory is at stake; the territory context needs
# another cue ("disputed territory", "annexed", "occupied", "border dispute").
_PASSING_BORDER = re.compile(
    r"(?i)\b(?:(?:across|over|through|near|toward|towards|close\s+to)\s+(?:the\s+|a\s+)?(?:\w+\s+)?border"
    r"(?:\s+with\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?s?|cross-border|border\s+crossings?)")
_TERRITORY_CUE = re.compile(r"(?i)\b(?:territor|border|annex|occupied)")


def _without_passing_border(ev: Event) -> Event:
    """The event without the territory context when its sentence's only territory cue is a border crossed or
    used as a landmark."""
    if "territory" not in ev.context or _TERRITORY_CUE.search(_PASSING_BORDER.sub(" ", ev.sentence.text)):
        return ev
    return dataclasses.replace(ev, context=tuple(c for c in ev.context if c != "territory"))


def _arrests_counted_once(events: list[Event]) -> list[Event]:
    """"12 killed, dozens wounded and 40 arrested as forces broke up protests" ... "It said 40 people had been
    arrested": the same 40 arrests, told once as an arrest event of their own. The other event's arrest count is
    dropped, so that adding up `size.arrested` over the story counts them once."""
    arrests = [ev for ev in events if ev.event == "COERCE" and "arrest" in ev.mode and ev.size.arrested]

    def fix(ev: Event) -> Event:
        if ev in arrests or not ev.size.arrested:
            return ev
        for a in arrests:
            if a.size.arrested == ev.size.arrested and same_day_and_country(a, ev) and set(a.aux) == set(ev.aux):
                return dataclasses.replace(ev, size=dataclasses.replace(ev.size, arrested=None))
        return ev

    return [fix(ev) for ev in events]


_FORCES = frozenset({"COP", "MIL"})


def _with_arresting_force(events: list[Event]) -> list[Event]:
    """An arrest told without its agent ("At least 30 people were arrested") after a sentence in which police
    or troops acted ("Police fired tear gas at the marchers") was made by that force: the arrest takes the
    force as its actor, also when the parse gave it the party that reported it ("..., the ministry said").
    Only the same or the previous sentence is read, and only police or military actors."""
    out: list[Event] = []
    for ev in events:
        if ev.event == "COERCE" and "arrest" in ev.mode and all(_reporter(a, ev.sentence) for a in ev.actor):
            force = _nearby_force(ev, out)
            if force:
                ev = dataclasses.replace(ev, actor=force)
        out.append(ev)
    return out


# "..., the interior ministry said": the party that tells of the arrest, not the one that made it
_REPORTS = re.compile(r"\s+(?:said|says|told|reported|announced|added|confirmed|stated)\b")


def _reporter(ent: Any, sentence: Sentence) -> bool:
    """An actor that is only the subject of the sentence's reporting verb."""
    return bool(_REPORTS.match(sentence.text, ent.end - sentence.start)) and ent.sector not in _FORCES


def _nearby_force(ev: Event, earlier: list[Event]) -> tuple[Any, ...]:
    seq = ev.sentence.sequence
    for back in (0, 1):
        for other in reversed(earlier):
            if other.sentence.sequence == seq - back and set(other.aux) == set(ev.aux):
                force = tuple(a for a in other.actor if a.sector in _FORCES)
                if force:
                    return force
    return ()


def _with_intervention(events: list[Event]) -> list[Event]:
    """ACLED codes a demonstration that forces broke up as one "Protest with intervention" (or "Excessive force
    against protesters") event: a peaceful-protest event of the story takes the sub-type of the intervention
    reported for the same day and place ("marched on parliament ... police fired tear gas"); a demonstration in
    another town ("Demonstrations were also held in Mombasa") is another event."""
    events = policed_once(events)  # (rounds K36, K37: merge's one fold of a crowd policed once)
    found = [ev for ev in events if ev.acled_sub_event_type in INTERVENTION and not _modal(ev)]
    if not found:
        return events

    def fix(ev: Event) -> Event:
        if ev.event != "PROTEST" or ev.acled_sub_event_type != "Peaceful protest" or _modal(ev):
            return ev
        for iv in found:
            if same_day_and_country(ev, iv) and compatible_locations(ev, iv) and _same_crowd(ev, iv):
                return dataclasses.replace(ev, acled_sub_event_type=iv.acled_sub_event_type)
        return ev

    return [fix(ev) for ev in events]


# those a force turns on when it breaks up a strike: the strikers themselves
_STRIKERS = re.compile(r"(?i)\b(?:strik\w*|workers?|unions?|unionists?|employees|staff|dockers|dockworkers|miners"
                       r"|drivers|teachers|nurses|doctors|pickets?)\b")


def _same_crowd(protest: Event, iv: Event) -> bool:
    """A strike (a stoppage, not a gathering) took no intervention that fell on another crowd: "a 24-hour general
    strike on Wednesday ... In the afternoon, police fired rubber bullets at pensioners outside Congress" is a
    strike and a separate protest broken up. Police firing at "striking workers" did break up the strike."""
    if "strike" not in protest.mode:
        return True
    return any(_STRIKERS.search(r.entity_text) for r in iv.recipient) or (
        iv.trigger is not None and _STRIKERS.search(iv.sentence.text) is not None)


def _modal(ev: Event) -> bool:
    return bool(set(ev.aux) & {"negation", "hypothetical", "future", "historical"})


def _guessed_spans(parsed_docs: Iterable[tuple[Sentence, Any]]) -> dict[int, frozenset[tuple[int, int]]]:
    """Per sentence, the (sentence-relative) spans of entities whose code the coder only guessed from the
    sentence's or article's first country."""
    from newsevents.coding.actors import FALLBACK_SPANS

    return {s.sequence: frozenset(d.user_data.get(FALLBACK_SPANS, ())) for s, d in parsed_docs}


def _dateline_country(text: str, places: Sequence[Place]) -> str | None:
    """The country of the story's dateline place as the article resolved it ("NIAMEY -" -> NER), or None."""
    from newsevents.segment import find_dateline

    dateline = find_dateline(text)
    if dateline is None:
        return None
    return next((p.country_code for p in places if dateline.start <= p.start < dateline.end and p.country_code),
                None)


def _with_place_country(ev: Event, places: Sequence[Place] = (),
                        guessed: frozenset[tuple[int, int]] = frozenset(), home: str | None = None) -> Event:
    """Actors and recipients that are places ("Abyei", "Pando") take the country of that place as the
    article resolved it; actors known only by their sector ("Police", "troops") take the country of the
    place named in their sentence as the event's location ("Police arrested 12 protesters in Nairobi":
    Kenyan police), unless the party was not there (`_was_there`). A party whose code was only guessed
    (`guessed`: sentence-relative spans) takes the country of the place in its own phrase ("a school in Kharkiv"),
    and a guessed recipient of an attack that got its attacker's country takes the event location's ("Russian
    forces shelled a school near the front, officials in Kharkiv said")."""
    if places:
        ev = _with_parties(ev, lambda e, _: _place_entity_country(e, places))
    if guessed:
        ev = _reguessed(ev, places, guessed, home)
    loc = ev.event_loc
    if loc is None or loc.country_code is None or not (ev.sentence.start <= loc.start < ev.sentence.end):
        return ev

    if loc.resolution == 1 and (any(_holds(p, loc) for p in ev.actor + ev.recipient) or _modifies_name(ev, loc)):
        # (round K11) a country word inside a party's own name ("met the commander of the coalition, U.S.
        # Lieutenant General Kevin Leahy") tells where that party is from, not where the event was ("The city
        # of Lafayette ... shared the cost with the state": a town named in its party still places the event)
        return ev
    if _beyond_border(ev.sentence, loc.start):
        return ev  # (round K22) "near the border crossing with Syria": the far side is nobody's own place here
    code = loc.country_code
    if ev.event in _MEETINGS and any(p.code == code and not _guessed(ev, p, guessed) for p in ev.actor + ev.recipient):
        # (round K26) "The minister meets his Afghan counterpart in Kabul": the host is of the meeting's place, the
        # one who came to meet him is not known to be
        return ev
    return _with_parties(ev, lambda e, recipient: dataclasses.replace(e, code=_occupier(ev.sentence, e, code))
                         if e.code is None and e.sector and _was_there(ev, e, recipient)
                         and not _crossed_over(ev.sentence, e) else e)


# the words before a party that opens its sentence: none, a dateline's dash ("RAMALLAH - Settlers ...") or a quote
_OPENS_SENTENCE = re.compile(r"(?:^|[-\u2013\u2014:(\"\u201c])\s*$")


def _occupier(sentence: Sentence, ent: Any, code: str) -> str:
    """(round K38) The country a party named by common nouns alone takes from the place it is at: the place's, but
    for settlers, or the occupier's forces ("soldiers", "troops"), in a territory another state occupies, that
    state's (actors/normalise `_settlers_state`, table settlers.tsv: "Settlers attacked the village of Turmus Ayya in
    the West Bank" are Israel's people, not the territory's, as ACLED's "Settlers (Israel)"). A party with a name of
    its own (a capitalised word past the sentence's first) keeps the place's."""
    tables = load_tables()
    if code not in tables.settler_states:
        return code
    words = ent.entity_text.split()
    opens = _OPENS_SENTENCE.search(sentence.text, 0, max(0, ent.start - sentence.start)) is not None
    named = words[1:] if opens else words
    if not words or any(w[:1].isupper() for w in named):
        return code
    return occupiers_state(words[-1].lower(), ent.sector, code, tables) or code


def _without_stray_country(ev: Event, places: Sequence[Place]) -> Event:
    """(round K26) A party named by common nouns alone ("its troops") whose country is that of the big city the
    coder's table reads a place name of its sentence as, where the article resolved that place in another country
    ("captured a commander ... in Antioquia": Antakya, Turkey, in the table; Colombia's department in the story):
    the article's reading, made with the story's other places, is the better one, and the party takes its country."""
    from newsevents.coding.actors.cities import big_cities

    here = [p for p in places if p.country_code and ev.sentence.start <= p.start < ev.sentence.end]
    if not here:
        return ev
    parties = ev.actor + ev.recipient

    def fix(ent: Any, _: bool) -> Any:
        if ent.code is None or ent.identifier_text is not None or _CAPITALISED.search(ent.entity_text) or \
                any(o.code == ent.code for o in parties if o is not ent):
            return ent
        read = next((p.country_code for p in here if p.country_code != ent.code and
                     any(cc == ent.code for _, cc in big_cities().get(p.text, ()))), None)
        return dataclasses.replace(ent, code=read) if read is not None else ent

    return _with_parties(ev, fix)


_CAPITALISED = re.compile(r"\b[A-Z]")


# events that bring two sides together at a place one of them may have travelled to
_MEETINGS = frozenset({"CONSULT", "AGREE"})


def _guessed(ev: Event, ent: Any, guessed: frozenset[tuple[int, int]]) -> bool:
    """Whether the coder only guessed the country of party `ent` (`guessed`: sentence-relative spans)."""
    return (ent.start - ev.sentence.start, ent.end - ev.sentence.start) in guessed


# a capitalised word right after a country word, which is then a modifier ("U.S. Lieutenant General", "French
# President"); a day or month after it ("arrived in Iraq Sunday") is not
_NAME_AFTER = re.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                         r"April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]")
_LOCATIVE_BEFORE = re.compile(r"(?i)\b(?:in|at|to|from|into|across|inside|near|of|over|off)\s+(?:the\s+)?$")


def _modifies_name(ev: Event, loc: Any) -> bool:
    """(round K11) The country word of the event location is the modifier of a title or name ("met the commander of
    the coalition, U.S. Lieutenant General Kevin Leahy"), not a place the event is said to be at."""
    s = ev.sentence
    i, j = loc.start - s.start, loc.end - s.start
    if not (0 <= i < j <= len(s.text)):
        return False
    return _NAME_AFTER.match(s.text, j) is not None and _LOCATIVE_BEFORE.search(s.text, max(0, i - 12), i) is None


def _holds(ent: Any, loc: Any) -> bool:
    """Whether the words of party `ent` (its span may still carry the blanked dateline's spaces) hold `loc`."""
    start = ent.start + len(ent.entity_text) - len(ent.entity_text.lstrip())
    return start <= loc.start and loc.end <= ent.end


# a party named by the country it stands for or is backed by: "a pro-Russian hacker group", "Iran-backed militias"
# (round K11) and written out: "groups linked to Russia", "militias backed by Iran", "fighters loyal to Haftar"
_PROXY = re.compile(r"\b(?:pro|anti)-[A-Z]|\b[A-Z][\w.]*-(?:backed|linked|aligned|allied|sponsored|funded|affiliated)\b"
                    r"|\b(?:linked|tied|loyal|allied|aligned)\s+(?:to|with)\s+[A-Z]|\b(?:backed|funded|sponsored)\s+by\s+[A-Z]")


def _was_there(ev: Event, ent: Any, recipient: bool) -> bool:
    """(round K8) Whether the party `ent` of `ev` can be taken to be at the event's location, so that the place's
    country is its own. The place of a cyber attack is its target's, not the attackers'. A proxy ("pro-Russian
    hackers") is often foreign to the place it is spoken of: in a verbal event, whose place is the speaker's
    ("Denmark blamed a pro-Russian hacker group"), or a cyber one, it takes no country from it. Proxies fighting
    where they are ("pro-Russian separatists shelled Donetsk") and the other parties of verbal events ("the board
    approved raises for county nurses") keep the place's country. Refugees and migrants are at the place but
    seldom of it ("the coast guard rescued 86 migrants off Crete"): they take no country from it."""
    # (round K11) the coder may put "cyber" in an attack's context only ("A ransomware attack disrupted ...
    # hospitals"); an arrest in a cyber story ("police arrested two hackers in Bucharest") is still where it is
    cyber = "cyber" in ev.mode or ("cyber" in ev.context and ev.event == "ASSAULT")
    if cyber and not recipient:
        return False
    if ent.sector == "REF" or _FOREIGN_BLOC.match(ent.entity_text):
        return False
    if ent.sector != "GOV" and _CALLED_FOREIGN.search(ent.entity_text):
        # (lead, session 23) people called foreign are from elsewhere ("police detained three foreign journalists in
        # Addis Ababa"), as the coder reads them (actors/normalise.py `_foreign_people`): no country from the place
        return False
    return not (_PROXY.search(_party_phrase(ev, ent)) and (ev.event in _VERBAL or cyber))


# (round K11) states named by a region or as outsiders ("Western governments", "foreign powers", "Gulf states") are
# not of the place where they are spoken of ("Zakharova accused Western governments of interfering in Georgia's
# election")
_FOREIGN_BLOC = re.compile(r"(?i)(?:the\s+)?(?:western|foreign|arab|european|african|asian|gulf|nordic|baltic|"
                           r"regional|neighbou?ring|outside)\s+(?:[\w-]+\s+)?(?:governments|powers|countries|states"
                           r"|nations|capitals|allies|donors)\b")


# a party's own words calling it foreign, the words the coder reads (actors/normalise `_foreign_people`); a foreign
# minister or ministry (GOV) is his own state's
_CALLED_FOREIGN = re.compile(r"(?i)\b(?:foreign|" + "|".join(sorted(FOREIGNERS)) + r")\b")


def _party_phrase(ev: Event, ent: Any) -> str:
    """The party's words, with a proxy tie written right after them ("groups linked to Russia, which denied ...")."""
    rest = ev.sentence.text[max(0, ent.end - ev.sentence.start):]
    tie = _TIED_AFTER.match(rest)
    return ent.entity_text + (tie.group(0) if tie else "")


_TIED_AFTER = re.compile(r"\s+(?:(?:linked|tied|loyal|allied|aligned)\s+(?:to|with)|(?:backed|funded|sponsored)\s+by)"
                         r"\s+(?:the\s+)?[A-Z][\w-]*")


def _with_parties(ev: Event, fix: Callable[[Any, bool], Any]) -> Event:
    """`ev` with `fix(entity, is_recipient)` applied to each of its actors and recipients (`ev` itself when `fix`
    returned every party as it was: most parties need no fix, and an Event has no derived fields to rebuild)."""
    actor = tuple(fix(a, False) for a in ev.actor)
    recipient = tuple(fix(r, True) for r in ev.recipient)
    if all(x is y for x, y in zip(actor + recipient, ev.actor + ev.recipient)):
        return ev
    return dataclasses.replace(ev, actor=actor, recipient=recipient)


# the words between a party and the place of its own phrase: "a school in Kharkiv", "a camp near the town of X"
_OWN_PLACE_GAP = re.compile(r"\s*(?:in|near|at|outside|inside|of|off|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$",
                            re.IGNORECASE)


def _own_place_country(ent: Any, sentence: Sentence, places: Sequence[Place]) -> str | None:
    """The country of the first resolved place that ends the phrase of `ent` or follows it through a
    preposition ("refugee camp in Jenin", "the hospital in the northern city of Kharkiv")."""
    for p in sorted(places, key=lambda p: p.start):
        if p.country_code is None or not (sentence.start <= p.start < sentence.end) or p.start < ent.start:
            continue
        if p.end == ent.end and p.start > ent.start:
            return p.country_code  # the place ends the party's phrase ("the camp in Jenin")
        gap = sentence.text[ent.end - sentence.start:p.start - sentence.start]
        if p.start >= ent.end and len(gap) <= 60 and _OWN_PLACE_GAP.fullmatch(gap) and not _FAR_SIDE.search(gap):
            return p.country_code
    return None


# (round K22) "arrested three men near the border crossing with Syria": the place after "border with" is the far
# side of the border, not the party's own ("the border between Chad and Sudan" names both sides)
# (round K28) crossing words before the far side of a crossing: "who crossed from", "crossing the border from",
# "infiltrated from", "sneaked in from across the border in" ("came from" alone tells no crossing)
_CROSSING = (r"(?:(?:had\s+)?(?:cross(?:ed|es|ing)?|infiltrat(?:ed|es|ing)|slipp(?:ed|ing)|sneak(?:ed|ing))"
             r"(?:\s+(?:in|over|into\s+\w+))?(?:\s+the\s+border)?\s+from|(?:(?:came|com(?:e|es|ing)|\w+(?:ed|ing))\s+"
             r"(?:in\s+)?)?from\s+across\s+the\s+border)")
_FAR_SIDE = re.compile(r"(?i)(?:\b(?:border|frontier|boundary)(?:\s+(?:crossing|post|area|region|point|line))?\s+"
                       r"(?:with|between)|\b" + _CROSSING + r"(?:\s+in)?(?:\s+neighbou?ring)?)\s+(?:the\s+)?$")
# (round K28) the words right after a party that say it crossed into the event's country from elsewhere ("Gunmen who
# crossed from Mali", "fighters crossing from Afghanistan"): the party is foreign to the place, yet not known to be of
# the far side either
_CROSSED_AFTER = re.compile(r"(?i),?\s+(?:(?:who|which|that)\s+)?" + _CROSSING + r"\b")
# (round K22) an embassy, consulate or high commission is the sending state's, not its city's ("Turkey condemned the
# attack on its embassy in Kabul": Turkish); "its embassy" is its speaker's when the event has one actor country
_MISSION = re.compile(r"(?i)\b(?:embass(?:y|ies)|consulates?|high\s+commissions?|legations?)\b")
_ITS = re.compile(r"(?i)(?:its|their)\s")


_ATTACKS = frozenset({"ASSAULT"})


def _beyond_border(sentence: Sentence, start: int) -> bool:
    """Whether the place at article offset `start` is named as the far side of a border ("the border with Syria")."""
    at = start - sentence.start
    return _FAR_SIDE.search(sentence.text, max(0, at - 50), at) is not None


def _crossed_over(sentence: Sentence, ent: Any) -> bool:
    """(round K28) Whether the words right after party `ent` say it crossed in from elsewhere ("Gunmen who crossed
    from Mali")."""
    return _CROSSED_AFTER.match(sentence.text, max(0, ent.end - sentence.start)) is not None


def _far_side_countries(sentence: Sentence, places: Sequence[Place]) -> frozenset[str]:
    """The countries of the sentence's places named as the far side of a border ("the border with Syria")."""
    return frozenset(p.country_code for p in places if p.country_code and sentence.start <= p.start < sentence.end
                     and _beyond_border(sentence, p.start))


def _reguessed(ev: Event, places: Sequence[Place], guessed: frozenset[tuple[int, int]],
               home: str | None = None) -> Event:
    loc = ev.event_loc
    # (round K28) a place named as the far side of a border or crossing is nobody's "here"
    if loc is not None and ev.sentence.start <= loc.start < ev.sentence.end and _beyond_border(ev.sentence, loc.start):
        loc = None
    here = loc.country_code if loc is not None and ev.sentence.start <= loc.start < ev.sentence.end else None
    actor_codes = {a.code for a in ev.actor if a.code}
    # an attack with no named attacker: its victims are of the place it hit them, also when an earlier sentence
    # named that place ("... a strike hit their car on the road between Nabatieh and Kfar Roummane. Seven people
    # were wounded.")
    struck = loc.country_code if loc is not None and not ev.actor and ev.event in _ATTACKS else None
    far_side = _far_side_countries(ev.sentence, places)
    # the countries the people acted on are named with ("three Nigerian traffickers"): in wire style a nationality
    # so given marks them as foreigners where the story is filed; the home state's own bodies go unqualified
    held = {p.code for p in ev.recipient if p.code and not _guessed(ev, p, guessed)}

    def fix(ent: Any, recipient: bool) -> Any:
        if not _guessed(ev, ent, guessed):
            return ent
        if _MISSION.search(ent.entity_text):
            owner = next(iter(actor_codes)) if len(actor_codes) == 1 and _ITS.match(ent.entity_text) else None
            return dataclasses.replace(ent, code=owner) if recipient and owner else ent
        if _crossed_over(ev.sentence, ent):
            return dataclasses.replace(ent, code=None)  # (round K28) it came from elsewhere: of neither side known
        code = _own_place_country(ent, ev.sentence, places)
        if code is None and recipient and ent.code in actor_codes and here is not None and \
                ev.event in _ATTACKS:
            # the first country of the sentence is mostly the attacker's ("Russian forces shelled a school");
            # only for attacks: a government's own opposition or protesters are mostly of its country
            code = here
        if code is None and recipient and struck is not None:
            code = struck
        if code is None and ent.code is not None and ent.code in far_side:
            # the guess came from the far side of a border; (round K28) the story's own country is the better guess
            return dataclasses.replace(ent, code=home if home not in far_side else None)
        if code is None and not recipient and home is not None and ent.code in held and ent.code not in (home, here):
            # (round K26) "NIAMEY - The defence ministry said it had arrested three Nigerian traffickers": the
            # guess came from the people it acted on; the place of the act, or else the dateline, says whose
            # ministry it is
            code = here or home
        if code is None and ent.code is not None:
            # (round K38) a guessed territory is no settler's or occupying soldier's country ("RAMALLAH - Settlers
            # attacked the village ..., Palestinian officials said": Israel's settlers, as the coder reads them)
            occupier = _occupier(ev.sentence, ent, ent.code)
            return dataclasses.replace(ent, code=occupier) if occupier != ent.code else ent
        return dataclasses.replace(ent, code=_occupier(ev.sentence, ent, code)) if code is not None else ent

    return _with_parties(ev, fix)


def _with_dated_holders(ev: Event, published: datetime.date | None) -> Event:
    """The coder looked office-holders named without a title up for the story's date; an event dated
    otherwise ("Biden said in 2023 ...") takes the holder of its own date, where the table has one."""
    from newsevents.coding.actors import named_holder

    if ev.date is None or published is None:
        return ev
    try:
        day = datetime.date.fromisoformat(ev.date)
    except ValueError:
        return ev
    if day == published:
        return ev

    def fix(ent: Any) -> Any:
        then, now = named_holder(ent.entity_text, day), named_holder(ent.entity_text, published)
        if then is None or then == now:
            return ent
        if ent.code is not None and (now is None or ent.code != now.code):
            return ent  # the phrase named its own country ("Russian President Putin")
        return dataclasses.replace(ent, code=then.code, sector=then.sector)

    return _with_parties(ev, lambda e, _: fix(e))


def _with_introduced(ev: Event, text: str) -> Event:
    """A person named without a title and not in the office-holder table ("Kobakhidze accused ...") takes
    the country and sector the article introduced him with earlier ("Georgian Prime Minister Irakli
    Kobakhidze")."""
    from newsevents.coding.actors import introduced_as

    def fix(ent: Any) -> Any:
        if ent.code is not None:
            return ent
        found = introduced_as(ent.entity_text, text, ent.start)
        if found is None:
            return ent
        return dataclasses.replace(ent, code=found[0], sector=ent.sector or found[1])

    return _with_parties(ev, lambda e, _: fix(e))


def _place_entity_country(ent: Any, places: Sequence[Place]) -> Any:
    """An entity without a code whose text is a resolved place of the article (the same span, or the
    same name elsewhere in it) takes that place's country."""
    if ent.code is not None:
        return ent
    name = _place_key(ent.entity_text)
    same_span = [p for p in places if (p.start, p.end) == (ent.start, ent.end)]
    match = same_span or [p for p in places if name and _place_key(p.text) == name]
    codes = {p.country_code for p in match if p.country_code}
    # Readings in two countries ("Georgia" the state and the country in one story): no guess.
    return dataclasses.replace(ent, code=codes.pop()) if len(codes) == 1 else ent


def _place_key(text: str) -> str:
    """"the Abyei" and "Abyei" name the same place."""
    t = " ".join(text.split()).casefold()
    return t[4:] if t.startswith("the ") else t


def _trim(ent: Any) -> Any:
    """An entity span without surrounding whitespace (a blanked dateline can leave some)."""
    text = ent.entity_text
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    if not lead and not trail:
        return ent
    return dataclasses.replace(ent, entity_text=text.strip(), start=ent.start + lead, end=ent.end - trail)


def _trimmed(ev: Event) -> Event:
    return dataclasses.replace(ev, actor=tuple(_trim(a) for a in ev.actor),
                               recipient=tuple(_trim(r) for r in ev.recipient))


def _parse_text(sent: Sentence, dateline: Any) -> str:
    """The sentence as the parser sees it: a dateline ("SEOUL, South Korea (AP) —") is blanked out, same
    length so offsets hold, because parsed as part of the clause it becomes a subject or an object."""
    text = sent.text.replace("\n", " ")  # a hard-wrapped sentence spans lines
    if dateline is None or not (sent.start <= dateline.start < sent.end) or dateline.body <= sent.start:
        return text
    cut = min(dateline.body, sent.end) - sent.start
    return " " * cut + text[cut:]


def _story_parts(art: Article) -> list[tuple[Article, int]]:
    """The stories of an article's text with their offsets; the article itself when it holds one
    (or when gold toponym spans must be resolved exactly as given)."""
    if art.toponyms is not None or not art.text.strip() or _check_article(art):
        return [(art, 0)]
    from newsevents.ingest import split_stories

    stories = split_stories(art.text, "auto", art.published)
    if len(stories) <= 1:
        return [(art, 0)]
    return [(dataclasses.replace(art, text=st.text, published=st.published or art.published), st.offset)
            for st in stories]


def _join_parts(art: Article, parts: list[tuple[Result, int]]) -> Result:
    """Put the stories' results back together in the article's offsets."""
    if len(parts) == 1 and parts[0][1] == 0 and parts[0][0].article is art:
        return parts[0][0]
    errors = [r.error for r, _ in parts if r.error is not None]
    if errors:
        return Result(article=art, error=errors[0])
    events: list[Event] = []
    places: list[Place] = []
    sents: list[Sentence] = []
    for res, off in parts:
        seq = len(sents)
        events.extend(e.shifted(off, seq) for e in res.events)
        places.extend(p.shifted(off) for p in res.places)
        sents.extend(s.shifted(off, seq) for s in res.sentences)
    return Result(article=art, events=tuple(events), places=tuple(places), sentences=tuple(sents))


def _after_told_span(ev: Event, when: Any, published: Any) -> Any:
    """(round K27) A deed told "in the days that followed" the deed before it, dated by another sentence's day: the
    span starts the day after it ("Gunmen attacked a police post on Saturday. The army said its troops had killed 11
    attackers in the days that followed")."""
    if ev.trigger is None or when.start is None or ev.sentence.start <= when.start < ev.sentence.end:
        return when
    t0 = ev.trigger.start - ev.sentence.start
    m = following_span(ev.sentence.text, t0, t0 + len(ev.trigger.text))
    return when if m is None else after_span(when, m, _published_day(published), ev.sentence.start)


def _dated_by_report(text: str, ev: Event, when: Any) -> bool:
    """`ev` (a deed, not the saying) took its day from the report around it ("A mob beat a man to death ...,
    police said on Tuesday"): the day the police spoke, the deed's own day may be earlier."""
    if ev.trigger is None or when.start is None or when.precision != "day" or ev.event in _SPEECH_ACTS:
        return False
    if ev.sentence.start <= when.start and when.end is not None and when.end <= ev.trigger.start:
        # "The government on Wednesday suspended talks after an attack on a base killed four soldiers": the day
        # is the main clause's; the deed it followed may be earlier
        return _AFTER_CLAUSE.search(text[when.end:ev.trigger.start]) is not None
    if not ev.trigger.end <= when.start < ev.sentence.end:
        return False
    return _REPORTED_ON.search(text[max(ev.trigger.end, when.start - 60):when.start]) is not None


_AFTER_CLAUSE = re.compile(r"(?i)\b(?:after|following)\b(?![^;:]*[;:])")


# (round K22) "Gunmen attacked an army base on Saturday ... Survivors of the attack on the base said on Tuesday that
# the gunmen arrived on motorbikes", "The gunmen set fire to the barracks during the attack on the base, survivors said
# on Tuesday": a later sentence that names the deed told before with a definite article and is dated only by its
# report tells that deed again; it takes the deed's day, not the report's. A deed with its own day ("On Tuesday, troops
# killed six militants linked to the attack") is a new one.
_RETOLD_DEED = re.compile(r"(?i)\bthe\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|raids?|ambush|assault|killings?|massacre"
                          r"|shooting|shelling|strikes?|clash(?:es)?|abduction|kidnapping)\b")
# (round K25) a claim of the deed is a report of it too ("The raid on Mandiakuy was claimed on Thursday by ...")
_SAID_ON = re.compile(r"(?i)\b(?:said|says|told\s+[\w ]{1,30}?|claimed(?:\s+responsibility(?:\s+for\s+[\w ]{1,40}?)?)?"
                      r"|confirmed|announced|reported)\s+(?:(?:on|late|early)\s+)?$")


def _retold_on_report_day(text: str, ev: Event, when: Any) -> bool:
    if ev.trigger is None or when.start is None or ev.event in _SPEECH_ACTS or ev.sentence.sequence == 0:
        return False
    if not (ev.sentence.start <= when.start < ev.sentence.end):
        return False
    return _SAID_ON.search(text, max(ev.sentence.start, when.start - 40), when.start) is not None and \
        _RETOLD_DEED.search(text, ev.sentence.start, ev.sentence.end) is not None


def _with_retold_day(events: list[Event], retold: set[int]) -> list[Event]:
    """A retold deed (`_retold_on_report_day`) takes the day of the last deed of its kind told before it, when that
    day lies in the week before the report's."""
    out = list(events)
    for i in sorted(retold):
        ev = events[i]
        if ev.date is None or ev.date_precision != "day":
            continue
        said = datetime.date.fromisoformat(ev.date)
        told = [o for o in events[:i] if o.event == ev.event and o.sentence.sequence < ev.sentence.sequence
                and o.date_precision == "day" and o.date and "historical" not in o.aux
                and 0 < (said - datetime.date.fromisoformat(o.date)).days <= _DEED_DAY_REACH]
        if told:
            out[i] = dataclasses.replace(ev, date=told[-1].date)
    return out


_DEED_DAY_REACH = 7  # days: the deed a report tells happened in the days before it


# (round K21) "The previous day, RSF fighters had shelled a camp", "two days earlier": a day counted back from the
# sentence before tells an earlier deed than that sentence's, never the same one
_COUNTED_BACK = re.compile(r"(?i)\b(?:the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
                           r"|the\s+day\s+before|(?:a|one|two|three|four|five|six|\d)\s+days?\s+(?:earlier|before))\b")


# (round K22) "... killed when an airstrike hit a wedding party, the ministry said on Wednesday. The strike took place
# on Monday evening.": a next sentence that only says when the deed took place tells its day, whatever event the
# coder reads in it
_TELLS_DEED_DAY = re.compile(r"(?i)\s*(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:attack|(?:air|drone)?strike|bombing|raid"
                             r"|shelling|shooting|ambush|assault|blast|explosion|killings?|massacre|clash(?:es)?|fighting)"
                             r"\s+(?:took\s+place|happened|occurred|was\s+carried\s+out)\b")


def _with_deed_day(events: list[Event], report_dated: set[int]) -> list[Event]:
    """A deed dated by its report takes the earlier day the next sentence gives the same kind of deed ("A mob beat
    a man to death ..., police said on Tuesday. The victim ... was dragged from a police station on Monday
    afternoon"): it tells the deed's own day, and one lynching must not be counted on two days."""
    out = list(events)
    for i in sorted(report_dated):
        ev = events[i]
        if ev.date is None:
            continue
        said = datetime.date.fromisoformat(ev.date)
        told = [o for j, o in enumerate(events) if j not in report_dated
                and (o.event == ev.event or _TELLS_DEED_DAY.match(o.sentence.text))
                and o.sentence.sequence == ev.sentence.sequence + 1 and o.date_precision == "day" and o.date
                and "historical" not in o.aux and not _COUNTED_BACK.search(o.sentence.text)
                and 0 < (said - datetime.date.fromisoformat(o.date)).days <= _DEED_DAY_REACH]
        if told:
            out[i] = dataclasses.replace(ev, date=told[0].date)
    return out


def _lead_date(art: Article, sents: list[Sentence], headline: Any = None) -> Any:
    """The date written in the story's lead (first two sentences), if it is not historical. Without a publication
    date, a lead dated by a day that cannot be resolved ("on Thursday") keeps that unknown day: the sentences that
    go on with it take no date from a later sentence's explicit year. (round K23) When the first sentence has none,
    a past day the headline gives comes before the second sentence's ("Gunmen kill seven villagers on Sunday" over
    "Gunmen killed seven people in a village ... The army said on Monday it was hunting the attackers"): the
    headline tells the lead's deed; the next sentence may tell a report or a background day."""
    from newsevents.dates import resolve_event_date, unknown_day

    published = _published_day(art.published)
    for s in sents[:2]:
        if s.sequence > 0 and headline is not None and headline.date is not None and \
                (published is None or headline.date <= published.isoformat()):
            return headline
        when = resolve_event_date(art.text, s, None, art.published)
        if (when.start is not None and when.date is not None and not when.historical) or unknown_day(when):
            return when
    return None


# (round K16) a headline's "X to strike on Tuesday": the infinitive after the headline's subject is its future
_HEADLINE_FUTURE = re.compile(r"^\W*(?:[\w'\u2019.-]+\s+){1,4}?to\s+(?=[a-z])")


# a headline's day that bounds a span or names another event ("locks out workers until Monday", "ahead of next week's
# vote", "after Tuesday clashes") is not the day of the headline's deed
_NOT_HEADLINE_DAY = re.compile(r"(?i)\b(?:until|till|by|from|since|before|after|ahead\s+of|through|to|of|starting)\s+$")


def _title_date(art: Article) -> Any:
    """(round K16) The day the headline gives ("Gunmen kill seven farmers near Tabora on Sunday") for a story whose lead
    names none: the headline tells the lead's event. Only a title with one date expression (two name two events,
    "Talks to resume on Friday after Tuesday clashes"), which dates the headline's verb (not a span's end, not a
    possessive's noun). Its offsets are -1: the day is written in no sentence."""
    from newsevents.dates import find_date_expressions, resolve_event_date

    title = " ".join((art.title or "").split())
    exprs = find_date_expressions(title, art.published) if title and art.published is not None else []
    if len(exprs) != 1 or _NOT_HEADLINE_DAY.search(title, 0, exprs[0].start) or \
            re.search(r"['\u2019]s\b", title[exprs[0].start:exprs[0].end]):
        return None
    head = _HEADLINE_FUTURE.match(title)
    if head is not None:
        title = title[:head.end()].removesuffix("to ") + "will " + title[head.end():]
    when = resolve_event_date(title, Sentence(0, 0, len(title), title), None, art.published)
    if when.start is None or when.date is None or when.historical:
        return None
    return dataclasses.replace(when, start=-1, end=-1)


def _headline_tells_deed(art: Article, ev: Event, when: Any, headline: Any) -> bool:
    """(round K21) "Gunmen kill 12 villagers in Zamfara on Sunday" over "Gunmen killed 12 villagers ..., police said on
    Monday": the lead's deed, dated only by its report, takes the earlier day the headline gives it (the headline
    names the deed's verb; the days before a report, as `_with_deed_day` reads them)."""
    if ev.sentence.sequence != 0 or ev.trigger is None or headline.date is None or when.date is None or \
            not 0 < (datetime.date.fromisoformat(when.date) - datetime.date.fromisoformat(headline.date)).days \
            <= _DEED_DAY_REACH or not _dated_by_report(art.text, ev, when):
        return False
    return _stem(ev.trigger.text) in {_stem(w) for w in re.findall(r"[A-Za-z]+", art.title or "")}


def _headline_ahead(headline: Any, ev: Event, published: Any) -> bool:
    """(round K16) The headline's day is ahead of publication and `ev`, told in the story's lead (first two
    sentences), is still to come."""
    day = _published_day(published)
    return headline is not None and day is not None and "future" in ev.aux and ev.sentence.sequence < 2 and \
        headline.date > day.isoformat()


def _lead_for(lead: Any, ev: Event, text: str = "") -> Any:
    """(round K13) The lead's date for an event its own words left undated, unless that date is written in the
    event's own sentence: the trigger's reading set it aside there (a deadline "gave the rebels until Sunday", a
    coming day the past deed does not reach: "the talks on Nov. 3 were cancelled"), the sentence's day is not its.
    (round K21) Nor for a statement the lead's day does not date (see `_dates_statement`)."""
    if lead is not None and lead.start is not None and ev.sentence.start <= lead.start < ev.sentence.end:
        return None
    if text and lead is not None and ev.event in _SPEECH_ACTS and not _dates_statement(text, lead, ev):
        return None
    return lead


# (round K29) an act done over an earlier deed the sentence names: "arrested a politician suspected of ordering the
# killing of a journalist", "charged two men over the attack"
_GROUNDS = re.compile(
    r"(?i)\b(?:over|for|in\s+connection\s+with|(?:suspected|accused)\s+of(?:\s+(?:ordering|carrying\s+out|planning|"
    r"involvement\s+in))?|charged\s+(?:with|over)|blamed\s+for|linked\s+to)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:killing|murder|assassination|attack|bombing|shooting|kidnapping|abduction|massacre|ambush|raid|lynching|"
    r"beating|death)s?\b")


def _grounds_dated_after(ev: Event, lead: Any, coded: Sequence[Event]) -> bool:
    """(round K29) "Police said they had arrested a local politician suspected of ordering the killing of a journalist.
    The journalist was shot dead on Friday.": the lead's day, written in a later sentence that tells only acts of
    another kind, dates the deed the undated act was done over, not that act."""
    if lead is None or lead.start is None or ev.trigger is None or lead.start < ev.sentence.end:
        return False
    after = ev.sentence.text[ev.trigger.end - ev.sentence.start:]
    if _GROUNDS.search(after) is None:
        return False
    there = [o.event for o in coded if o.sentence.start <= lead.start < o.sentence.end]
    return bool(there) and ev.event not in there


# (round K21) a deed of the night before publication ("launched 40 drones at Kyiv overnight"): the morning's story
_LAST_NIGHT = re.compile(r"(?i)\b(?:overnight|last\s+night)\b")
_SPAN_START = re.compile(r"(?i)\b(?:ever\s+)?since\s+$")


def _dates_statement(text: str, when: Any, ev: Event) -> bool:
    """(round K21) Whether the day of an earlier sentence (`when`) dates the undated statement `ev` that follows it:
    not when that day is the night before publication ("Russia launched 35 drones at Zaporizhzhia overnight ... The
    governor condemned the attack"): the deed is the night's, the reactions are the morning's, the story's day
    (publication). A deed's own day otherwise dates what is said of it ("bandits killed six villagers on Sunday. The
    governor condemned the killings")."""
    if when.start is None or when.end is None or when.date is None or when.start < 0:
        return True  # no day, or a headline's (offsets -1)
    # nor the start of a span still going on ("Students have occupied the campus since Sunday. The minister accused
    # them ..."): what is said of it is said now
    return _LAST_NIGHT.search(text, when.start, when.end) is None and \
        _SPAN_START.search(text, max(0, when.start - 12), when.start) is None


_UNKNOWN = "?"  # marks, during merging only, the date of an event whose own day no publication date resolves
# words of a relative day that do not change which day it is ("late on Tuesday", "Tuesday's")
_DAY_FILLER = re.compile(r"(?i)\b(?:late|early|on|into|the|morning|afternoon|evening|night|overnight)\b|['\u2019]s\b|\W")


def _unknown_key(text: str, when: Any) -> str:
    """The stand-in date of an event dated by an unresolved relative day, the same for the same day written
    ("on Tuesday", "late on Tuesday"): during merging, it joins the events of that day and the undated ones, never
    an event with a date of its own ("Chile was shaken in 2019 by weeks of protests")."""
    return _UNKNOWN + _DAY_FILLER.sub("", text[when.start:when.end]).lower()


def _without_unknown_days(events: list[Event]) -> list[Event]:
    """The merged events with the stand-ins of `_unknown_key` taken out again: such an event has no date."""
    return [dataclasses.replace(ev, date=None, date_precision=None) if ev.date and ev.date.startswith(_UNKNOWN)
            else ev for ev in events]


def _statement_date(art: Article, sents: list[Sentence], ev: Event) -> Any:
    """The day written in the sentence before `ev`'s, when it is a current one (neither historical nor ahead
    of publication: "will march on Saturday" dates no statement). A coarser date ("at least 420 people so far
    this year") spans many days: it dates no statement."""
    from newsevents.dates import resolve_event_date

    seq = ev.sentence.sequence
    if seq < 1 or seq - 1 >= len(sents):
        return None
    when = resolve_event_date(art.text, sents[seq - 1], None, art.published)
    if when.start is None or when.date is None or when.historical or when.precision != "day":
        return None
    if _EARLIER_CLAUSE.search(art.text[sents[seq - 1].start:when.start]):
        return None  # (round K8) the day of an earlier step ("the 84 people it had picked up on Sunday")
    published = _published_day(art.published)
    return when if published is None or when.date <= published.isoformat() else None


# an event denied ("No one was seriously hurt") is still dated by the story it belongs to
_UNDATED_OK = frozenset({"negation"})


def _continued_date(art: Article, sents: list[Sentence], ev: Event) -> Any:
    """The current day written in the sentence just before `ev`'s, in the same paragraph, for a deed (not a
    statement, which `_statement_date` dates) that is no re-mention: a definite "the attack" names an event the
    story may have dated elsewhere, and merging finds it."""
    from newsevents.coding.merge import is_remention
    from newsevents.dates import resolve_event_date

    seq = ev.sentence.sequence
    if ev.event in _SPEECH_ACTS or is_remention(ev) or seq < 1 or seq - 1 >= len(sents):
        return None
    before = sents[seq - 1]
    if "\n" in art.text[before.end:ev.sentence.start]:
        return None  # a new paragraph may come back to the story
    when = resolve_event_date(art.text, before, None, art.published)
    if when.start is None or when.date is None or when.historical or when.precision != "day":
        return None
    lead_in = art.text[before.start:when.start]
    if _REPORTED_ON.search(lead_in[-60:]) or _EARLIER_CLAUSE.search(lead_in):
        return None
    published = _published_day(art.published)
    return when if published is None or when.date <= published.isoformat() else None


# a day that dates only an earlier step told in a clause of its own ("removed tents that students had set up on
# Monday") is not the day of the sentence's deed
_EARLIER_CLAUSE = re.compile(r"(?i)\b(?:that|which|who|whom|where|after|since)\b[^,.;]*\bhad\b[^,.;]*$"
                             # (round K8) a relative clause without its pronoun: "with the 84 people it had picked
                             # up on Sunday"
                             r"|\b" + PRONOUNLESS_RELATIVE + r"had\s+\w+[^,.;]*$")


# "Sanchez welcomed the release": a reaction to an event the story told, named by a definite noun
_REACTION = re.compile(r"(?i)(?:welcomed|condemned|denounced|praised|hailed|criticised|criticized|deplored|"
                       r"applauded|mourned|regretted)\s+(?:the|this|that|these|those|[A-Z][a-z]+day(?:'s|\u2019s))\s")


# the day dates a report in the sentence before ("The ELN said in a statement on Sunday that it would ...")
_REPORTED_ON = re.compile(r"(?i)\b(?:said|says|announced|stated|declared|statement|told\s+[\w ]{1,30}?)"
                          r"(?:\s+(?:in|on|late|early)\s+[\w ]{0,20}?)?\s*$"
                          # (round K23) "said in a statement read on state television on Monday evening"
                          r"|\b(?:statement|communiqu[e\u00e9]|message|video)\s+(?:read|broadcast|aired|published"
                          r"|posted|issued|released|carried)\s+(?:on|by|in|via)\s+[\w ]{1,30}?\s+(?:on|late|early)\s*$")


def _stem(word: str) -> str:
    return word.lower()[:4]  # "killings" and "killed", "agreement" and "agreed"


def _reacts_to_untold(sentence: Sentence, before: Sentence) -> bool:
    """`sentence` reacts to a named event ("condemned the kidnapping", "said the measures were illegal") that the
    sentence `before` does not tell (no word of it shares the noun's stem: "kidnapped", "killings" for "killed")."""
    told = {_stem(w) for w in re.findall(r"[A-Za-z]+", before.text)}
    for m in [*_REACTION.finditer(sentence.text), *_STATED_OF.finditer(sentence.text)]:
        noun = _REACTED_NOUN.match(sentence.text, m.end())
        if noun is not None and _stem(noun.group(1)) not in told:
            return True
    return False


# a statement about a named thing is a reaction to it too ("Russia's foreign ministry said the measures were
# illegal"): after "Fico said on Tuesday that he had received assurances" it speaks of what that does not tell
_STATED_OF = re.compile(r"(?i)\b(?:said|says)\s+(?:that\s+)?(?:the|this|these|those)\s")


# the noun of a reaction's object: "the kidnapping", "the Zamfara kidnapping", "Friday's attack on the hotel"
_REACTED_NOUN = re.compile(r"(?:[A-Z][\w-]*\s+)?([a-z][a-z-]+)\b")


# (round K18) "Boluarte, who took office in December 2022, has refused to step down": a stance told in the present
# perfect holds up to the story's day (publication); the day a sentence before names is not the day it was taken
_STANCE_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:(?:not|never|also|repeatedly|long|consistently|now|already"
                             r"|so\s+far)\s+)*$")


def _perfect_stance(ev: Event) -> bool:
    return ev.event in _SPEECH_ACTS and _just_before(ev, _STANCE_PERFECT)


def _past_supposition(ev: Event) -> bool:
    """A supposed past deed: "may have been killed", "could have died" (a modal perfect before the trigger)."""
    return set(ev.aux) == {"hypothetical"} and _just_before(ev, _MODAL_PERFECT)


def _just_before(ev: Event, rx: re.Pattern[str]) -> bool:
    """`rx` (anchored at its end) matches the 40 characters of the sentence right before the trigger."""
    if ev.trigger is None:
        return False
    before = ev.sentence.text[:ev.trigger.start - ev.sentence.start]
    return rx.search(before[-40:]) is not None


_MODAL_PERFECT_IN = re.compile(r"(?i)\b(?:may|might|could|must)\s+(?:well\s+|also\s+)?have\b")
_MODAL_PERFECT = re.compile(_MODAL_PERFECT_IN.pattern + r"\s+(?:been\s+)?$")  # (right before the trigger)
# types that already say the act lies ahead (see coder.reconcile): no future mode of their own
_AHEAD_TYPES = frozenset({"AGREE", "THREATEN", "CONCEDE"})


def _published_day(published: Any) -> Any:
    """The day of an article's publication time (a date stays as it is; None stays None)."""
    return published.date() if isinstance(published, datetime.datetime) else published


def _dated_ahead(ev: Event, when: Any, published: Any) -> bool:
    """The event's own date lies after publication ("before disarmament talks begin next month"): it has not
    happened yet."""
    if published is None or when.start is None or when.date is None or ev.event in _AHEAD_TYPES or \
            {"future", "hypothetical", "negation", "historical"} & set(ev.aux):
        return False
    day = _published_day(published)
    return when.date > day.isoformat()


def _reaction_before(art: Article, sents: list[Sentence], ev: Event, said: Any, lead: Any) -> bool:
    """A reaction to a told event ("... welcomed the release") comes no earlier than the story's lead day when the
    sentence before dates only a report ("The ELN said in a statement on Sunday that it would release ..."): that
    is an earlier step's day, not the reaction's. A deed dated there ("bandits killed six villagers on Sunday. The
    governor condemned the killings") may well be what it reacts to."""
    if ev.trigger is None or lead is None or lead.date is None or said.date is None or said.date >= lead.date:
        return False
    # an earlier day that dates another deed ("In a separate incident, bandits killed 12 villagers on Monday.
    # The governor condemned the kidnapping and ordered schools closed.") is no day of a sentence reacting to what
    # that sentence does not tell: neither the reaction's nor that of the acts said with it
    told = next((s for s in sents if s.start <= said.start < s.end), None)
    if told is not None and _reacts_to_untold(ev.sentence, told):
        return True
    if _REACTION.match(ev.sentence.text, ev.trigger.start - ev.sentence.start) is None:
        return False
    before = art.text[max(0, said.start - 60):said.start]
    return _REPORTED_ON.search(before) is not None


_OPENER_REACH = 12  # characters before a scene-setting date ("In March 2025, ...", "Last year, ...")
_PRESENT = re.compile(r"\b(?:is|are|am|remains?|has|have)\b", re.IGNORECASE)


def _background_date(art: Article, sents: list[Sentence], ev: Event) -> Any:
    """The historical date of the sentence just before `ev`'s in the same paragraph, if it has one."""
    from newsevents.dates import resolve_event_date

    seq = ev.sentence.sequence
    if seq < 1 or seq - 1 >= len(sents):
        return None
    before = sents[seq - 1]
    back = _POINTS_BACK.search(ev.sentence.text) is not None
    if "\n" in art.text[before.end:ev.sentence.start] and not back:
        return None  # a new paragraph may come back to the story (unless it names the event before: "that offensive")
    if _PRESENT.search(_MODAL_PERFECT_IN.sub(" ", ev.sentence.text)):
        return None  # "He is being held in The Hague": the story's present, not its past ("may have been" is past)
    when = resolve_event_date(art.text, before, None, art.published)
    if back and when.start is not None and not when.historical:
        when = _since_when(art, when)
    if when.start is None or when.date is None or not when.historical:
        return None
    # only a date that opens the sentence sets a scene ("In March 2025, BLA fighters hijacked ..."); one inside it
    # ("Souab was arrested in April 2025 after ...") is an aside the next sentence need not go on with, unless
    # the sentence points back at that event ("in the crackdown that followed", "after that offensive")
    scene = _SCENE_START.match(before.text) is not None or _FOUGHT_WAR.search(before.text) is not None or \
        _RELATIONS_SOURED.match(before.text) is not None
    return when if when.start - before.start <= _OPENER_REACH or back or scene else None


# (round K11) "... since he shut down parliament in July 2021. Dozens of opponents have been jailed since then."
_SINCE_THEN = re.compile(r"(?i)\b(?:ever\s+)?since\s+(?:then|that\s+time)\b")


def _since_then(art: Article, sents: list[Sentence], ev: Event) -> Any:
    """An undated sentence that goes on "since then" tells a span that began at the past date of the sentence just
    before it, in the same paragraph: dated by that start and ongoing (not historical), as "since July 2021" is."""
    from newsevents.dates import EventDate, resolve_event_date

    seq = ev.sentence.sequence
    if not _SINCE_THEN.search(ev.sentence.text) or seq < 1 or seq - 1 >= len(sents):
        return None
    before = sents[seq - 1]
    if "\n" in art.text[before.end:ev.sentence.start]:
        return None
    when = resolve_event_date(art.text, before, None, art.published)
    if when.start is None or when.date is None or not when.historical:
        return None
    return EventDate(when.date, when.precision, when.start, when.end, False)


def _since_when(art: Article, when: Any) -> Any:
    """"has seen intense fighting since January 2025, when the ELN launched an offensive": the since-date is an
    ongoing span, but the when-clause after it dates a deed at that time, which "after that offensive" names."""
    from newsevents.dates import EventDate, _is_historical

    if when.end is None or when.date is None or _WHEN_AFTER.match(art.text, when.end) is None:
        return when
    day = datetime.date.fromisoformat(when.date)
    published = _published_day(art.published)
    past = _is_historical(day, when.precision, published)
    return EventDate(when.date, when.precision, when.start, when.end, past) if past else when


_WHEN_AFTER = re.compile(r",\s+when\b")


# "The conflict erupted in August 2023 after ...": a sentence telling when the background conflict began sets the
# scene the next sentence goes on with ("Fano fighters briefly seized Bahir Dar and Lalibela ...")
_SCENE_START = re.compile(r"(?i)\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:conflict|war|fighting|violence|crisis"
                          r"|unrest|protests|insurgency|uprising|rebellion|clashes|offensive|revolt)\s+"
                          r"(?:first\s+)?(?:erupted|began|started|broke\s+out|flared|escalated)\b")


# (round K8) "Relations between the neighbours were strained in 2013, when Jakarta recalled its ambassador ...": a
# sentence telling when two parties' relations broke down sets the scene the next one goes on with ("Indonesia
# suspended military cooperation for several months after the revelations")
_RELATIONS_SOURED = re.compile(r"(?i)\W*(?:diplomatic\s+)?(?:relations|ties)\s+(?:between\s+[^,.;]{1,60}?\s+)?"
                               r"(?:were\s+|was\s+|had\s+|became\s+)?(?:badly\s+|severely\s+|sharply\s+)?"
                               r"(?:strained|soured|deteriorated|frozen|broke\s+down|plunged|ruptured|severed)\b")


# "The neighbours ... fought a brief conflict in May 2025 after ...": a past war told as the background the next
# sentence goes on with ("India launched missile strikes ..., and Pakistan retaliated ...")
_FOUGHT_WAR = re.compile(r"(?i)\bfought\s+(?:a|an|two|three|their|several)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:war|wars|conflict|conflicts|border\s+war)\b")


# "the crackdown that followed", "the ensuing violence", "during that crackdown", "after that offensive": the
# sentence names the event the sentence before told
_POINTS_BACK = re.compile(r"(?i)\b(?:that|which)\s+(?:followed|ensued)\b|\b(?:the\s+)?ensuing\b"
                          r"|\b(?:during|after|in|following|since)\s+(?:that|those)\s+(?!is\b|was\b)[a-z]+")


def _told_elsewhere(ev: Event, loc: Any, sents: list[Sentence], places: Sequence[Place]) -> bool:
    """The sentence before a statement tells of another place than the one the statement names: "In neighbouring
    Kaduna state, bandits attacked a village on Sunday. President Tinubu condemned the Zamfara kidnapping." The
    statement speaks of the Zamfara story, so that sentence's day does not date it."""
    seq = ev.sentence.sequence
    if loc is None or loc.geonameid is None or not 0 < seq <= len(sents):
        return False
    own = ev.sentence
    if not any(own.start <= p.start < own.end and p.geonameid == loc.geonameid for p in places):
        return False  # the statement names no place: it may well go on with the story before it
    before = sents[seq - 1]
    # the first place the sentence names is its setting ("In North Kordofan, RSF fighters attacked ...")
    there = min((p for p in places if before.start <= p.start < before.end and p.geonameid is not None),
                key=lambda p: p.start, default=None)
    return there is not None and (there.country_code, there.province) != (loc.country_code, loc.province)


def _event_id(art: Article, ev: Event) -> str:
    trig = ev.trigger.start if ev.trigger else ev.sentence.start
    return stable_id(art.content_hash, ev.sentence.sequence, trig, ev.event)


def prepare() -> None:
    """Build shared derived artefacts (the gazetteer) once, in the parent, before workers start:
    worker processes then only open them."""
    import multiprocessing as mp

    from newsevents.geo.build import default_path, ensure_built

    if default_path().is_file():
        return
    # Build in a child process: the build's memory (several hundred MB) is returned to the system
    # instead of staying in the long-lived parent.
    proc = mp.get_context("fork").Process(target=ensure_built, name="gazetteer-build")
    proc.start()
    proc.join()
    ensure_built()  # a no-op when the child succeeded; otherwise builds here and raises its error


def build_pipeline(batch_size: int = 64, ner: str = "none") -> Pipeline:
    """Load every model once and wire the stages (no caching: see `default_pipeline`)."""
    from newsevents.coding import EventCoder
    from newsevents.geo import GeoParser
    from newsevents.geo.gazetteer import Gazetteer
    from newsevents.nlp import load_nlp

    return Pipeline(load_nlp(), EventCoder.load(), GeoParser(Gazetteer.default()), batch_size=batch_size,
                    ner=ner)


@functools.lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The process-wide pipeline for the Python API (`newsevents.extract`)."""
    return build_pipeline()
