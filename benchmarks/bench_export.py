"""Export benchmark: 100,000 annotations in every format (DESIGN.md: ≤ 2 s for JSONL, CSV, brat).

Bundles are generated in memory (2,000 Russian news-like documents × 50
annotations: 25 spans, 15 relations, 10 theme tags), so only the export is
timed (best of three runs; the file system's speed varies a lot with the
machine's load, so brat's row also reports bare ``os.write`` of the same
files in the same run).  The other formats are reported against the same
2 s figure.

    python -m benchmarks.bench_export [--quick]

``run(quick=True)`` uses 200 documents (10,000 annotations) and scales the
target down by the same factor.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from annotator.formats import format_module
from annotator.formats.filters import ExportFilter, apply_filter
from annotator.model import AnnotatedDocument, Document, Entity, Relation, Span, Theme, ThemeTag

DOCUMENTS = 2_000
TARGET_SECONDS = 2.0
DESIGN_TARGETS = ("jsonl", "csv", "brat")
FORMATS = ("jsonl", "csv", "brat", "conll", "doccano", "labelstudio", "qdpx")

_SENTENCES = [
    "«Мы готовы к диалогу на равноправной основе», — заявил Сергей Лавров журналистам.",
    "Министр добавил, что переговоры в Ташкенте продолжатся на следующей неделе.",
    "Пресс-секретарь Кремля Дмитрий Песков отметил: «Контакты на высшем уровне не планируются».",
    "По словам Марии Захаровой, Москва внимательно следит за развитием ситуации в регионе.",
    "«Интеграционные объединения играют ключевую роль», — подчеркнул президент Казахстана.",
]
_SPEAKERS = ["Сергей Лавров", "Дмитрий Песков", "Мария Захарова", "Касым-Жомарт Токаев"]
_THEMES = [
    Theme(id="bilateral", name_ru="Двусторонняя повестка", name_en="Bilateral agenda"),
    Theme(id="integration", name_ru="Интеграционные объединения", name_en="Integration associations"),
    Theme(id="security", name_ru="Безопасность", name_en="Security", parent="bilateral"),
]


def make_bundle(doc_id: int, rng: random.Random) -> AnnotatedDocument:
    sentences = [rng.choice(_SENTENCES) for _ in range(25)]
    text = "\n".join(sentences)
    entities = [Entity(name=name, id=number) for number, name in enumerate(_SPEAKERS, start=1)]
    spans: list[Span] = []
    position = 0
    for number, sentence in enumerate(sentences):
        if number % 2 == 0:
            spans.append(Span(position + 1, position + 40, "QUOTE", attrs={"kind": "direct"},
                              annotator="anna", status="accepted", id=len(spans) + 1))
        else:
            spans.append(Span(position, position + 8, "SPEAKER", annotator="anna", status="suggested",
                              origin="auto:1.0", entity_id=rng.randint(1, len(entities)), id=len(spans) + 1))
        position += len(sentence) + 1
    quotes = [s.id for s in spans if s.label == "QUOTE" and s.id is not None]
    speakers = [s.id for s in spans if s.label == "SPEAKER" and s.id is not None]
    relations = [Relation(quotes[i % len(quotes)], speakers[i % len(speakers)], annotator="anna",
                          id=i + 1) for i in range(15)]
    tags = [ThemeTag(rng.choice(_THEMES).id, span_id=quotes[i] if i < 8 else None, annotator="anna",
                     id=i + 1) for i in range(10)]
    doc = Document(text=text, title=f"Статья {doc_id}", date="2024-05-01", source="ТАСС", id=doc_id,
                   status="done")
    return AnnotatedDocument(doc, spans, relations, entities, tags)


def make_bundles(count: int) -> list[AnnotatedDocument]:
    rng = random.Random(5)
    return [make_bundle(doc_id, rng) for doc_id in range(1, count + 1)]


def _time_export(name: str, bundles: list[AnnotatedDocument], folder: Path, repeats: int) -> tuple[float, int]:
    """Best of ``repeats`` runs (each into a fresh path), as timeit reports."""
    module = format_module(name)
    best, written = float("inf"), 0
    for attempt in range(repeats):
        out = folder / (f"{name}-{attempt}" if name == "brat" else f"export-{attempt}.{name}")
        start = time.perf_counter()
        written = module.export(bundles, out, themes=_THEMES, options={})
        best = min(best, time.perf_counter() - start)
    return best, written


def _bare_files_seconds(bundles: list[AnnotatedDocument], folder: Path) -> float:
    """Writing the same number of files (text twice per document) with bare os calls.

    brat's time is mostly creating thousands of small files, which varies a
    lot with the file system and the machine's load; this puts it in context.
    """
    folder.mkdir()
    start = time.perf_counter()
    for bundle in bundles:
        data = bundle.document.text.encode("utf-8")
        for suffix in (".txt", ".ann"):
            fd = os.open(folder / f"{bundle.document.id}{suffix}", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
            os.write(fd, data)
            os.close(fd)
    return time.perf_counter() - start


def run(quick: bool = False) -> list[dict[str, Any]]:
    documents = DOCUMENTS // 10 if quick else DOCUMENTS
    bundles = make_bundles(documents)
    annotations = sum(len(b.spans) + len(b.relations) + len(b.tags) for b in bundles)
    target = TARGET_SECONDS * documents / DOCUMENTS
    repeats = 1 if quick else 3
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in FORMATS:
            seconds, written = _time_export(name, bundles, Path(tmp), repeats)
            note = (f"{documents:,} documents, {annotations:,} annotations; export returned {written:,}; "
                    f"best of {repeats}")
            if name == "brat":
                bare = _bare_files_seconds(bundles, Path(tmp) / "bare")
                note += f"; bare os writes of the same {2 * documents:,} files took {bare:.3f} s in this run"
            if name not in DESIGN_TARGETS:
                note += "; no DESIGN.md target, reported against the JSONL/CSV/brat figure"
            rows.append({"workload": f"export {annotations:,} annotations as {name}",
                         "measured": round(seconds, 3), "target": round(target, 3),
                         "ok": seconds <= target, "notes": note})
        for label, flt in (("accepted + theme", ExportFilter(statuses={"accepted"}, themes={"bilateral"})),
                           ("default: rejected left out, every export runs it", ExportFilter())):
            start = time.perf_counter()
            kept = list(apply_filter(bundles, flt, _THEMES))
            seconds = time.perf_counter() - start
            rows.append({"workload": f"filter {annotations:,} annotations ({label})",
                         "measured": round(seconds, 3), "target": round(target, 3), "ok": seconds <= target,
                         "notes": f"{len(kept):,} documents kept"})
    return rows


def main(argv: list[str]) -> int:
    rows = run(quick="--quick" in argv)
    width = max(len(row["workload"]) for row in rows)
    for row in rows:
        mark = "ok  " if row["ok"] else "SLOW"
        print(f"{mark} {row['workload']:<{width}}  {row['measured']:>7.3f} s  (target {row['target']} s)  "
              f"{row['notes']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
