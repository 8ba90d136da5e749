"""A small keyword-based stand-in for EventCoder, for tests of the pipeline (no trained artefact, no WordLlama).

It codes a sentence with the PLOVER type whose trigger words occur most often (ties: conflict types first),
uses the same actor, count and aux-mode rules as the real coder, and never emits ACLED sub-types it cannot
infer from the mode."""
from __future__ import annotations

from collections.abc import Callable

from pathlib import Path

from spacy.tokens import Doc, Token

from newsevents.coding.actors import article_country_focus, roles, sentence_country, to_entities
from newsevents.coding.aux import aux_modes
from newsevents.coding.lexicon import Lexicon, load_lexicon, mode_scores, type_hits
from newsevents.coding.size import extract_size
from newsevents.nlp import parse_depth
from newsevents.records import Article, Event, Sentence, Size, Trigger
from newsevents.taxonomy import cameo_root, event_scale, quad_code

_PRIORITY = ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "SANCTION", "ACCUSE", "REJECT", "REQUEST",
             "RETREAT", "AID", "COOPERATE", "CONCEDE", "SUPPORT", "CONSULT", "AGREE")
_ACLED_BY_MODE = {("COERCE", "arrest"): ("Strategic developments", "Arrests"),
                  ("PROTEST", "demo"): ("Protests", "Peaceful protest"),
                  ("PROTEST", "riot"): ("Riots", "Violent demonstration"),
                  ("ASSAULT", "aerial"): ("Explosions/Remote violence", "Air/drone strike"),
                  ("ASSAULT", "explosives"): ("Explosions/Remote violence", "Remote explosive/landmine/IED")}


class KeywordEventCoder:
    """Same interface as `EventCoder` (load / code / code_batch); deterministic keyword rules."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    @classmethod
    def load(cls, model_dir: Path | None = None) -> KeywordEventCoder:
        return cls(load_lexicon())

    def _type(self, doc: Doc) -> str | None:
        """The type whose trigger word sits highest in the parse (verbs first); ties -> more hits, priority."""
        hits = type_hits(doc.text, self.lexicon)
        if not hits:
            return None

        def rank(ty: str) -> tuple[int, int, int, int]:
            starts = {s for s, _ in hits[ty]}
            toks = [t for t in doc if t.idx in starts]
            best = min(((0 if t.pos_ == "VERB" else 1, parse_depth(t)) for t in toks), default=(2, 99))
            return best[0], best[1], -len(hits[ty]), _PRIORITY.index(ty)

        return min(hits, key=rank)

    def code(self, article: Article, sentence: Sentence, doc: Doc) -> list[Event]:
        return self.code_batch(article, [(sentence, doc)])

    def code_batch(self, article: Article, items: list[tuple[Sentence, Doc]],
                   add_entities: Callable[[list[Doc]], None] | None = None, screened: bool = False) -> list[Event]:
        if add_entities is not None:
            add_entities([d for _, d in items])
        out: list[Event] = []
        focus = article_country_focus(article.text)
        for sentence, doc in items:
            ev = self._type(doc) if len(doc) else None
            if ev is None or not len(doc):
                continue
            rx = self.lexicon.trigger_res[ev]
            starts = {m.start() for m in rx.finditer(doc.text)}
            trig = next((t for t in doc if t.idx in starts), doc[0])
            sc = mode_scores(ev, sentence.text, self.lexicon)
            modes = tuple(sorted(sc, key=lambda m: (-sc[m], m)))[:1]
            acled = _ACLED_BY_MODE.get((ev, modes[0])) if modes else None
            a_heads, r_heads = roles(trig)
            fb = sentence_country(doc) or focus
            start = sentence.start + trig.idx
            out.append(Event(
                id="", event=ev, mode=modes, context=(), quad_code=quad_code(ev), event_scale=event_scale(ev, modes),
                cameo_root=cameo_root(ev, modes), acled_event_type=acled[0] if acled else None,
                acled_sub_event_type=acled[1] if acled else None,
                actor=to_entities(a_heads, sentence.start, fb), recipient=to_entities(r_heads, sentence.start, fb),
                trigger=Trigger(start, start + len(trig.text), trig.text), event_loc=None, date=None,
                date_precision=None, aux=aux_modes(trig, article.published),
                size=extract_size(sentence.text) if ev in ("ASSAULT", "COERCE", "PROTEST") else Size(),
                event_text=sentence.text, sentence=sentence, confidence=0.5, article_id=article.id))
        return out
