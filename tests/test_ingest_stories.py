"""Story splitting: the three modes on a realistic wire dump, and the individual boundary cues."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.ingest import SPLIT_MODES, Story, split_stories

FIX = Path(__file__).parent / "fixtures" / "ingest"
WIRE = (FIX / "wire_dump.txt").read_text(encoding="utf-8")


def _check_slices(text: str, stories: list[Story]) -> None:
    for s in stories:
        assert text[s.offset:s.offset + len(s.text)] == s.text
        assert s.text == s.text.strip()


def test_modes_listed() -> None:
    assert SPLIT_MODES == ("auto", "blank", "none")
    with pytest.raises(ValueError, match="unknown split mode"):
        split_stories("x", "paragraphs")


def test_auto_finds_the_four_stories_of_a_wire_dump() -> None:
    stories = split_stories(WIRE, "auto", published=date(2024, 3, 12))
    _check_slices(WIRE, stories)
    assert [s.title for s in stories] == [
        "Israeli strikes kill five in southern Lebanon",
        "Philippine coast guard accuses China of water cannon attack",
        "Farmers block highways as fuel protest spreads",
        "Sudan's RSF shells El Fasher market, 12 dead",
    ]
    assert [s.text.count("\n\n") + 1 for s in stories] == [3, 3, 3, 2]  # paragraphs stay with their story
    assert stories[0].text.startswith("BEIRUT, March 11 (Reuters) - ")
    assert stories[0].text.endswith("did not comment on casualties.")  # "(Reporting by ...)" trimmed
    assert stories[2].text.startswith("Thousands of farmers")  # the story without a dateline
    assert stories[3].text.endswith("running out.")  # END marker trimmed
    assert [s.published for s in stories] == [date(2024, 3, 11), None, date(2024, 3, 12), date(2024, 3, 3)]


def test_blank_mode_makes_every_block_a_story_and_attaches_headlines() -> None:
    stories = split_stories(WIRE, "blank")
    _check_slices(WIRE, stories)
    assert len(stories) == 11
    assert stories[0].title == "Israeli strikes kill five in southern Lebanon"
    assert stories[1].title is None and stories[1].text.startswith("The strikes hit homes")


def test_none_mode_keeps_one_story_with_its_headline() -> None:
    stories = split_stories(WIRE, "none")
    assert len(stories) == 1
    assert stories[0].title == "Israeli strikes kill five in southern Lebanon"
    assert stories[0].text.endswith("running out.")
    assert "Farmers block highways" in stories[0].text


def test_single_story_with_header_block_stays_one_story() -> None:
    text = ("Title: Talks collapse\nPublished: 2024-03-12\nSource: Wire\nURL: https://x.example/t\n\n"
            "Negotiators left Geneva on Monday without a deal, diplomats said.\n\n"
            "A new round could start next month, according to one envoy who asked not to be named.\n\n"
            "The United Nations urged both sides to return to the table.\n")
    (s,) = split_stories(text, "auto")
    assert (s.title, s.published, s.source, s.url) == ("Talks collapse", date(2024, 3, 12), "Wire",
                                                        "https://x.example/t")
    assert s.text.startswith("Negotiators") and s.text.endswith("table.")
    assert s.offset == text.index("Negotiators")


def test_separator_lines_and_form_feeds_split() -> None:
    body = "Police arrested {n} people after a protest in the capital on Saturday, officials said."
    for sep in ("---", "===", "***", "###", "* * *", "\f"):
        text = body.format(n=3) + f"\n{sep}\n" + body.format(n=4) + "\n\n" + "More details followed later."
        stories = split_stories(text, "auto")
        assert [s.text[:22] for s in stories] == ["Police arrested 3 peop", "Police arrested 4 peop"], sep
        assert stories[1].text.endswith("later.")


def test_repeated_header_blocks_split() -> None:
    text = ("Title: One\nDate: March 1, 2024\n\nFirst story body that is long enough to be a paragraph.\n\n"
            "Title: Two\nDate: 2 March 2024\n\nSecond story body, also long enough to count as body text.\n")
    a, b = split_stories(text, "auto")
    assert (a.title, a.published, b.title, b.published) == ("One", date(2024, 3, 1), "Two", date(2024, 3, 2))


@pytest.mark.parametrize("dateline", ["BEIRUT (Reuters) —", "MANILA, Philippines (AP) —", "WASHINGTON —",
                                      "Kabul (AFP) -", "GAZA CITY, March 3 (Reuters) -",
                                      "EL FASHER, Sudan, June 12, 2024 (Newswire) —"])
def test_datelines_start_stories(dateline: str) -> None:
    text = ("LONDON (Reuters) - The first story has a body paragraph that runs on for a while.\n\n"
            "It continues in a second paragraph, which has no cue at all.\n\n"
            f"{dateline} The second story begins here, with its own dateline and its own facts.\n")
    stories = split_stories(text, "auto")
    assert len(stories) == 2
    assert stories[0].text.endswith("no cue at all.")
    assert stories[1].text.startswith(dateline)


def test_photo_captions_before_a_dateline_do_not_split() -> None:
    text = ("Fans cheer in the stands during the final, Friday, March 30, 2018. (AP Photo/Ron Schwane)\n\n"
            "COLUMBUS, Ohio (AP) — So how do they top that? The two semifinal games went to the last shot.\n")
    assert len(split_stories(text, "auto")) == 1


def test_end_markers_split_and_are_trimmed() -> None:
    for marker in ("END", "-30-", "(Reporting by Jane Doe; Editing by John Roe)", "Copyright 2024 Example News"):
        text = (f"The first story is long enough to count as a body paragraph of news text.\n{marker}\n\n"
                "the second story starts in lower case so that no other cue applies to it here.\n")
        a, b = split_stories(text, "auto")
        assert a.text.endswith("news text."), marker
        assert b.text.startswith("the second story"), marker


def test_continuation_paragraphs_stay_with_their_story() -> None:
    text = ("HARARE (Reuters) - Zimbabwe's central bank raised its key rate on Monday, the bank said.\n\n"
            "\"We will do what it takes,\" the governor told reporters.\n\n"
            "Inflation rose to 55 percent in February, official data showed.\n\n"
            "Analysts said more increases were likely this year.\n")
    assert len(split_stories(text, "auto")) == 1


def test_lone_short_line_inside_a_story_is_not_a_headline() -> None:
    text = ("Officials listed three demands at the meeting in the capital on Friday morning:\n\n"
            "Higher wages\n\n"
            "Safer working conditions and an end to the curfew in the northern districts.\n")
    assert len(split_stories(text, "auto")) == 1


def test_double_blank_gaps_split_when_paragraphs_use_single_gaps() -> None:
    para = "police said on Monday that the investigation into the shooting was continuing."
    text = f"{para}\n\n{para}\n\n\n{para}\n\n{para}\n"
    assert len(split_stories(text, "auto")) == 2
    assert len(split_stories(text.replace("\n\n\n", "\n\n"), "auto")) == 1


def test_dateline_month_day_takes_year_from_published() -> None:
    text = "KHARTOUM, Sudan, Dec. 30 (AP) — Fighting resumed in the capital, residents said.\n"
    assert split_stories(text, "auto", published=date(2024, 1, 2))[0].published == date(2023, 12, 30)
    assert split_stories(text, "auto")[0].published is None


def test_date_line_and_byline_are_metadata() -> None:
    text = ("Quake strikes off Japan coast\nBy Kiyoshi Takenaka\nMarch 12, 2024\n\n"
            "A magnitude 6.1 earthquake struck off the coast of northern Japan on Tuesday, the agency said.\n")
    (s,) = split_stories(text, "auto")
    assert (s.title, s.published) == ("Quake strikes off Japan coast", date(2024, 3, 12))
    assert s.text.startswith("A magnitude")


def test_blank_and_marker_only_input_has_no_stories() -> None:
    assert split_stories("  \n\n\t\n", "auto") == []
    assert split_stories("---\nEND\n", "auto") == []


def test_crlf_free_offsets_on_unicode_text() -> None:
    text = "Title: Ünïcode\n\n«Quote» — the army said troops entered Saint-Étienne-du-Rouvray overnight.\n"
    (s,) = split_stories(text, "none")
    _check_slices(text, [s])
