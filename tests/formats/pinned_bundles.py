"""Bundles whose exports are pinned byte for byte (tests/formats/pinned/, test_pinned_exports.py).

The pinned files were written by the exports as they were before the speed
work of round 3 (razdel's own sentenize, a per-token scan for CoNLL labels,
native records copied per document for Label Studio and REFI-QDA), so the
faster code must reproduce the old output exactly.  Texts are ours:
Cyrillic, emoji (one with a skin-tone modifier), CRLF and LF line breaks,
abbreviations, initials, numbers, hyphenated words, quotes and dashes.
"""

from __future__ import annotations

import random

from annotator.model import AnnotatedDocument, Document, Entity, Relation, Span, ThemeTag

TEXTS = [
    "«Мы готовы к диалогу на равноправной основе», — заявил С.В. Лавров журналистам.\r\n"
    "Пресс-секретарь Кремля Дмитрий Песков отметил: «Контакты не планируются» 🤝🏻.\r\n"
    "В 2024 г. товарооборот вырос на 1,5 %, т.е. до 3.2 млрд долл. США.\r\n",
    "По словам М. Захаровой, Москва следит за ситуацией 👀. «Это важный шаг», — добавила она.\n\n"
    "Касым-Жомарт Токаев: «Интеграционные объединения играют ключевую роль!» Переговоры продолжатся.\n"
    "1-й раунд... 2-й раунд?! :-) Итоги — в пятницу.",
    "Заголовок без точки\n  \n\tМинистр добавил, что переговоры в Ташкенте продолжатся (на след. неделе).",
]
LABELS = ["SPEAKER", "QUOTE", "CUE"]


def pinned_bundles() -> list[AnnotatedDocument]:
    rng = random.Random(2026)
    bundles = []
    for number in range(12):
        text = TEXTS[number % len(TEXTS)]
        spans = []
        for span_id in range(1, rng.randint(2, 9)):
            start = rng.randint(0, len(text) - 1)
            end = min(len(text), start + rng.choice([0, 1, 4, 12, 40, 120]))
            spans.append(Span(start, end, rng.choice(LABELS), attrs=rng.choice([{}, {"kind": "direct"}, {"kind": "indirect", "n": 2}]),
                              annotator=rng.choice(["", "anna", "борис"]), status=rng.choice(["accepted", "suggested"]),
                              origin=rng.choice(["manual", "auto:1.0"]), entity_id=rng.choice([None, 1, 2]), id=span_id,
                              created=rng.choice(["", "2024-05-01T10:00:00Z", "вчера"])))
        spans.append(Span(spans[0].start, spans[0].end, spans[0].label, id=len(spans) + 1))  # a duplicate
        ids = [span.id for span in spans]
        relations = [Relation(rng.choice(ids), rng.choice(ids), annotator="anna", id=k + 1) for k in range(rng.randint(0, 3))]
        tags = [ThemeTag(rng.choice(["bilateral", "security", "своя_тема"]), span_id=rng.choice(ids + [None]),
                         annotator="anna", id=k + 1) for k in range(rng.randint(0, 4))]
        entities = [Entity(name="Сергей Лавров", id=1), Entity(name="Мария Захарова", id=2)]
        document = Document(text=text, title=rng.choice(["", "Заголовок & <Лавров>"]), date="2024-05-01",
                            source="ТАСС", id=number + 1)
        bundles.append(AnnotatedDocument(document, spans, relations, entities, tags))
    return bundles
