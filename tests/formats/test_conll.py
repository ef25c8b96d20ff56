"""CoNLL-2003 BIO export, read back with seqeval and conllu."""

from __future__ import annotations

import pytest
from formats_samples import THEMES, lavrov_bundle, plain_bundle

from annotator.formats import conll
from annotator.formats.filters import ExportFilter, apply_filter
from annotator.model import AnnotatedDocument, Document, Span


def read_blocks(path):
    """Sentences as lists of (token, label); -DOCSTART- lines become None."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line:
            if current:
                sentences.append(current)
            current = []
        elif line.startswith("-DOCSTART-"):
            sentences.append(None)
        else:
            columns = line.split(" ")
            current.append((columns[0], columns[-1]))
    return sentences


def export(tmp_path, bundles, **options):
    out = tmp_path / "out.conll"
    count = conll.export(bundles, out, themes=THEMES, options=options)
    return count, out


def test_layout_docstart_and_labels(tmp_path):
    # Through the default export filter, as every export runs.
    count, out = export(tmp_path, apply_filter([lavrov_bundle(), plain_bundle()], ExportFilter(), THEMES))
    text = out.read_text(encoding="utf-8")
    assert text.startswith("-DOCSTART- -X- -X- O\n\n")
    assert text.count("-DOCSTART-") == 2
    sentences = [s for s in read_blocks(out) if s is not None]
    first = sentences[0]
    assert ("Мы", "B-QUOTE") in first and ("диалогу", "I-QUOTE") in first
    assert ("Сергей", "B-SPEAKER") in first and ("Лавров", "I-SPEAKER") in first
    assert ("заявил", "O") in first  # CUE is not exported by default
    # The rejected quote is left out.
    assert all(label == "O" for _, label in sentences[2])
    # Spans that labelled tokens: 2 quotes + 2 speakers, then 1 + 1 (not the rejected quote or the CUE).
    assert count == 6


def test_seqeval_reads_back_the_entities(tmp_path):
    seqeval = pytest.importorskip("seqeval.metrics.sequence_labeling")
    _, out = export(tmp_path, apply_filter([lavrov_bundle()], ExportFilter(), THEMES))
    sentences = [s for s in read_blocks(out) if s is not None]
    tokens = [token for sentence in sentences for token, _ in sentence]
    entities = []
    offset = 0
    for sentence in sentences:
        labels = [label for _, label in sentence]
        for label, start, end in seqeval.get_entities(labels):
            entities.append((label, " ".join(tokens[offset + start: offset + end + 1])))
        offset += len(sentence)
    assert entities == [
        ("QUOTE", "Мы готовы к диалогу"),
        ("SPEAKER", "Сергей Лавров"),
        ("SPEAKER", "Министр"),
        ("QUOTE", "переговоры продолжатся 👍 в Ташкенте ."),
    ]


def test_conllu_reads_it_with_named_fields(tmp_path):
    conllu = pytest.importorskip("conllu")
    _, out = export(tmp_path, [plain_bundle()])
    data = out.read_text(encoding="utf-8").replace("-DOCSTART- -X- -X- O\n\n", "")
    # conllu splits columns on tabs (or runs of spaces when given field names).
    data = "\n".join(line.replace(" ", "\t") for line in data.split("\n"))
    sentences = conllu.parse(data, fields=["form", "pos", "chunk", "ner"])
    words = [(token["form"], token["ner"]) for token in sentences[0]]
    assert words[0] == ("Песков", "B-SPEAKER")
    assert ("Кремль", "B-QUOTE") in words and ("ситуацией", "I-QUOTE") in words


def test_speaker_inside_a_quote_wins_and_the_quote_reopens(tmp_path):
    text = "«Я, Лавров, уверен в успехе», сказал он."
    quote = Span(1, 27, "QUOTE", id=1)
    speaker = Span(4, 10, "SPEAKER", id=2)
    bundle = AnnotatedDocument(Document(text=text), [quote, speaker])
    _, out = export(tmp_path, [bundle])
    (sentence,) = [s for s in read_blocks(out) if s is not None]
    assert sentence[:7] == [
        ("«", "O"), ("Я", "B-QUOTE"), (",", "I-QUOTE"), ("Лавров", "B-SPEAKER"),
        (",", "B-QUOTE"),  # the quote reopens after the speaker
        ("уверен", "I-QUOTE"), ("в", "I-QUOTE"),
    ]


def test_two_column_option_and_extra_labels(tmp_path):
    _, out = export(tmp_path, [lavrov_bundle()], columns=2, labels=["SPEAKER", "QUOTE", "CUE"])
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[0] == "-DOCSTART- O"
    assert "заявил B-CUE" in lines
    assert "шаг I-QUOTE" in lines


def test_a_quote_continuing_into_the_next_sentence_reopens_with_b(tmp_path):
    text = "Он сказал: «Мы готовы. Мы ждём». Всё."
    quote = Span(12, 30, "QUOTE", id=1)
    _, out = export(tmp_path, [AnnotatedDocument(Document(text=text), [quote])])
    sentences = [s for s in read_blocks(out) if s is not None]
    starts = [label for sentence in sentences for _, label in sentence[:2] if label != "O"]
    assert all(label.startswith("B-") for label in starts[:1])
    assert any(("Мы", "B-QUOTE") == pair for pair in sentences[1])


def test_a_title_and_the_first_paragraph_are_separate_sentence_blocks(tmp_path):
    # No full stop ends the title: razdel alone would join it to the paragraph.
    text = ("Лавров провёл переговоры с главой МИД Казахстана\n"
            "Стороны обсудили двустороннюю повестку. «Мы довольны итогами», — сказал министр.\r\n"
            "Визит продолжится завтра")
    quote = Span(*(lambda s: (s, s + len("Мы довольны итогами")))(text.index("Мы довольны")), "QUOTE", id=1)
    _, out = export(tmp_path, [AnnotatedDocument(Document(text=text), [quote])])
    sentences = [[token for token, _ in s] for s in read_blocks(out) if s is not None]
    assert sentences[0] == ["Лавров", "провёл", "переговоры", "с", "главой", "МИД", "Казахстана"]
    assert sentences[1][:2] == ["Стороны", "обсудили"] and sentences[1][-1] == "."
    assert sentences[2][:2] == ["«", "Мы"]
    assert sentences[-1] == ["Визит", "продолжится", "завтра"]
