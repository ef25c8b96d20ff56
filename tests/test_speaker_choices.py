"""Which speakers K and S offer: people, not mentions, nearest first."""

from __future__ import annotations

from annotator.model import QUOTE, REJECTED, SPEAKER, Span
from annotator.review import ALL, QUOTES, SPEAKERS, THEMES, next_kind, review_targets
from annotator.speaker_choices import article_speakers, matches, project_speakers


def _mentions(text: str, word: str, entity_id: int | None, first_id: int) -> list[Span]:
    spans, start = [], text.find(word)
    while start >= 0:
        spans.append(Span(id=first_id + len(spans), start=start, end=start + len(word), label=SPEAKER,
                          entity_id=entity_id))
        start = text.find(word, start + 1)
    return spans


def test_twenty_mentions_of_one_person_are_one_row_with_the_nearest_mention() -> None:
    text = " ".join(["Лавров отметил важность диалога."] * 22) + " Захарова добавила: «Мы готовы»."
    lavrov = _mentions(text, "Лавров", 1, 1)
    zakharova = _mentions(text, "Захарова", 2, 100)
    quote_start = text.index("Мы готовы")
    choices = article_speakers([*lavrov, *zakharova], {1: "Сергей Лавров", 2: "Мария Захарова"}, text,
                               near=(quote_start, quote_start + 9))
    assert [(c.name, c.mentions) for c in choices] == [("Мария Захарова", 1), ("Сергей Лавров", 22)]
    assert choices[1].mention_id == lavrov[-1].id  # the Lavrov mention nearest the quote


def test_unnamed_mentions_group_by_text_and_rejected_ones_are_not_offered() -> None:
    text = "Министр заявил. Министр добавил. Посол промолчал."
    spans = _mentions(text, "Министр", None, 1) + _mentions(text, "Посол", None, 10)
    spans[-1].status = REJECTED
    choices = article_speakers(spans, {}, text, near=(0, 1))
    assert [(c.name, c.entity_id, c.mentions) for c in choices] == [("Министр", None, 2)]


def test_project_speakers_exclude_those_already_offered_and_typing_filters() -> None:
    text = "Лавров заявил."
    here = article_speakers(_mentions(text, "Лавров", 1, 1), {1: "Сергей Лавров"}, text, near=(0, 6))
    others = project_speakers({1: "Сергей Лавров", 2: "Мария Захарова", 3: "Дмитрий Песков"}, here)
    assert [c.name for c in others] == ["Дмитрий Песков", "Мария Захарова"]
    assert [c.name for c in others if matches(c, "зах")] == ["Мария Захарова"]
    assert matches(here[0], "") and matches(here[0], "лав") and not matches(here[0], "песков")


def test_review_targets_by_kind() -> None:
    from annotator.model import SUGGESTED, ThemeTag

    quote = Span(id=1, start=10, end=20, label=QUOTE, status=SUGGESTED)
    speaker = Span(id=2, start=0, end=5, label=SPEAKER, status=SUGGESTED)
    decided = Span(id=3, start=30, end=40, label=QUOTE, status="accepted")
    tags = [ThemeTag(theme_id="energy", span_id=3, status=SUGGESTED), ThemeTag(theme_id="sco", status=SUGGESTED)]
    spans = [quote, speaker, decided]
    assert [s.id for s in review_targets(spans, tags, ALL)] == [2, 1]
    assert [s.id for s in review_targets(spans, tags, QUOTES)] == [1]
    assert [s.id for s in review_targets(spans, tags, SPEAKERS)] == [2]
    assert [s.id for s in review_targets(spans, tags, THEMES)] == [3]
    assert [next_kind(k) for k in (ALL, QUOTES, SPEAKERS, THEMES, "bogus")] == [QUOTES, SPEAKERS, THEMES, ALL, ALL]
