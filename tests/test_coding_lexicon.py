"""The trigger lexicon data file is consistent with the taxonomy."""
from __future__ import annotations

from newsevents.coding.lexicon import contexts_for, load_lexicon, mode_scores, type_hits
from newsevents.taxonomy import PLOVER_TYPES, acled_subtypes, contexts, plover_types


def test_lexicon_covers_taxonomy_names() -> None:
    lx = load_lexicon()
    assert set(lx.types) == set(PLOVER_TYPES)
    for ev, modes in lx.mode_res.items():
        assert set(modes) <= set(plover_types()[ev].modes), ev
    assert set(lx.acled_cues) <= set(acled_subtypes())
    assert set(lx.context_res) <= set(contexts())
    assert {c for cs in lx.contexts_by_mode.values() for c in cs} <= set(contexts())


def test_hits_modes_and_contexts() -> None:
    text = "Police arrested 12 protesters after clashes."
    hits = type_hits(text)
    assert "COERCE" in hits and hits["COERCE"][0][0] == 7
    assert mode_scores("COERCE", text) == {"arrest": 1}
    assert "cardiac" not in text and "COERCE" not in type_hits("He suffered a cardiac arrest.")
    assert contexts_for("Hackers hit the election commission.", ("cyber",)) == ("election", "cyber")


def test_trigger_stems_skip_non_conflict_senses() -> None:
    """Business, sport and music senses of conflict words are no triggers (BBC quiet-story false positives)."""
    quiet = ["the need to develop and execute strategies", "the real madrid striker", "the chemical brothers",
             "domestic demand has picked up again", "let them search for information", "shares in bombardier",
             "the firm has caught more than 60 million copies of the virus"]
    for text in quiet:
        assert not {"ASSAULT", "COERCE", "PROTEST"} & set(type_hits(text)), text
    loud = {"rebels executed two hostages": "ASSAULT", "a chemical attack on the town": "ASSAULT",
            "workers went on strike": "PROTEST", "police searched the house": "COERCE",
            "police caught the suspects": "COERCE", "he was picked up by police": "COERCE",
            "jets bombarded the town": "ASSAULT"}
    for text, typ in loud.items():
        assert typ in type_hits(text), text
