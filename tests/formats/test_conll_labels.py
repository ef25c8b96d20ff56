"""CoNLL's fast labelling (runs of tokens per span, whole-document tokenising) against the plain rule.

The reference below is the export's documented rule written the slow, obvious
way on razdel itself: razdel's sentences per line, razdel's tokens per
sentence, and for each token a scan of every span, best first.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from razdel import sentenize
from razdel import tokenize as razdel_tokenize

from annotator.formats.conll import tagged_sentences
from annotator.model import QUOTE, SPEAKER, Span

LABELS = (SPEAKER, QUOTE, "CUE")


def reference(text: str, spans: list[Span], labels: tuple[str, ...]) -> tuple[list[list[tuple[str, str]]], set[int]]:
    rank = {label: number for number, label in enumerate(labels)} | {SPEAKER: -1}
    ordered = sorted(spans, key=lambda s: (rank[s.label], s.start, -(s.end - s.start)))
    sentences, used = [], set()
    for line in re.finditer(r"[^\n]+", text):
        for sentence in sentenize(line.group()):
            offset = line.start() + sentence.start
            rows, previous = [], None
            for token in razdel_tokenize(sentence.text):
                start, stop = offset + token.start, offset + token.stop
                winner = next((s for s in ordered if s.start < stop and start < s.end), None)
                if winner is None:
                    rows.append((token.text, "O"))
                else:
                    rows.append((token.text, f"{'I' if winner is previous else 'B'}-{winner.label}"))
                    used.add(id(winner))
                previous = winner
            if rows:
                sentences.append(rows)
    return sentences, used


PIECES = [
    "«Мы готовы к диалогу», — заявил С.В. Лавров.", " Пресс-секретарь", " Песков", " отметил:", " 🤝🏻", " 👍",
    "\r\n", "\n", "\n\n", " т.е.", " в 2024 г.", " 1,5 %", " Ура!!!", " :-)", " «Это важный шаг»", ",", ".", " — ",
]


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = "".join(draw(st.lists(st.sampled_from(PIECES), max_size=12)))
    offsets = st.integers(0, len(text))
    spans = [Span(start, max(start, end), label, id=number)
             for number, (start, end, label) in enumerate(draw(st.lists(
                 st.tuples(offsets, offsets, st.sampled_from(LABELS)), max_size=8)), start=1)]
    if spans and draw(st.booleans()):
        spans.append(Span(spans[0].start, spans[0].end, spans[0].label, id=99))  # same offsets and label
    return text, spans


@settings(max_examples=300, deadline=None)
@given(documents(), st.sampled_from([(SPEAKER, QUOTE), (QUOTE, "CUE", SPEAKER), ("CUE",)]))
def test_labels_and_used_spans_follow_the_plain_rule(document: tuple[str, list[Span]], labels: tuple[str, ...]) -> None:
    text, spans = document
    spans = [span for span in spans if span.label in labels]
    used: set[int] = set()
    assert list(tagged_sentences(text, spans, labels, used)) == reference(text, spans, labels)[0]
    assert used == reference(text, spans, labels)[1]


def test_a_span_across_a_sentence_break_opens_again_and_speaker_beats_quote() -> None:
    text = "«Мы готовы. Пресс-секретарь Песков согласен», — сказал он.\r\nДалее 🤝🏻 текст."
    quote = Span(1, text.index("»"), QUOTE)
    speaker = Span(text.index("Песков"), text.index("Песков") + 6, SPEAKER)
    emoji = Span(text.index("🤝"), text.index("🤝") + 1, QUOTE)  # half of a two-code-point token
    sentences = list(tagged_sentences(text, [quote, speaker, emoji], (SPEAKER, QUOTE)))
    assert sentences == reference(text, [quote, speaker, emoji], (SPEAKER, QUOTE))[0]
    assert sentences[0][1:3] == [("Мы", "B-QUOTE"), ("готовы", "I-QUOTE")]
    assert sentences[1][:4] == [("Пресс-секретарь", "B-QUOTE"), ("Песков", "B-SPEAKER"),
                                ("согласен", "B-QUOTE"), ("»", "O")]
    assert ("🤝🏻", "B-QUOTE") in sentences[-1]
