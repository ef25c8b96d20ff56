"""Team benchmark: merge and agreement for 20 analysts × 500 documents × 50 annotations.

Each analyst's project is made from one template (500 generated Russian
news-like documents) with 50 annotations per document: 12 quotes, 12 speaker
mentions, 12 quote→speaker relations, 4 document theme tags and 10 quote
theme tags; about one quote in five differs between analysts (shifted bounds,
another kind or another speaker) so that the agreement figures are not
trivial.  Building the inputs is not timed; timed are ``annotator merge`` of
the 20 files into a new team project (target ≤ 10 s) and the agreement over
the merged project (target ≤ 5 s), each run once.

    python -m benchmarks.bench_team [--quick]
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from annotator.model import AnnotatedDocument, Document, Entity, Relation, Span, ThemeTag
from annotator.services import open_project
from annotator.store import Project
from annotator.team.agreement import compute_agreement
from annotator.team.merge import merge_projects

ANALYSTS, DOCUMENTS = 20, 500
MERGE_TARGET, AGREEMENT_TARGET = 10.0, 5.0
_SENTENCE = "«Мы готовы к диалогу на равноправной основе», — заявил {name} журналистам в пятницу."
_SPEAKERS = ["Сергей Лавров", "Дмитрий Песков", "Мария Захарова", "Касым-Жомарт Токаев"]
_THEMES = ["bilateral", "integration", "security", "economy", "energy", "sco"]
QUOTES = 12


def _text(doc: int) -> str:
    return f"Документ {doc}.\n" + "\n".join(
        _SENTENCE.format(name=_SPEAKERS[(doc + line) % len(_SPEAKERS)]) for line in range(QUOTES + 1))


def _annotations(doc_id: int, text: str, who: str, rng: random.Random) -> AnnotatedDocument:
    bundle = AnnotatedDocument(Document(text=text, id=doc_id))
    bundle.entities = [Entity(name=name, id=n) for n, name in enumerate(_SPEAKERS, start=1)]
    lines = text.split("\n")
    offset = len(lines[0]) + 1
    for line_no, line in enumerate(lines[1:QUOTES + 1]):
        quote_start = offset + 1
        quote_end = offset + line.index("»")
        name_start = offset + line.index("заявил ") + len("заявил ")
        name = line[name_start - offset:].split(" журналистам")[0]
        differs = rng.random() < 0.2
        if differs and rng.random() < 0.5:
            quote_end -= rng.randint(1, 8)
        kind = "indirect" if differs and rng.random() < 0.3 else "direct"
        entity = _SPEAKERS.index(name) + 1
        if differs and rng.random() < 0.3:
            entity = rng.randint(1, len(_SPEAKERS))
        quote_id, speaker_id = 2 * line_no + 1, 2 * line_no + 2
        bundle.spans.append(Span(quote_start, quote_end, "QUOTE", attrs={"kind": kind}, annotator=who, id=quote_id))
        bundle.spans.append(Span(name_start, name_start + len(name), "SPEAKER", annotator=who, entity_id=entity,
                                 id=speaker_id))
        bundle.relations.append(Relation(quote_id, speaker_id, annotator=who))
        if line_no < 10:
            bundle.tags.append(ThemeTag(theme_id=rng.choice(_THEMES), span_id=quote_id, annotator=who))
        offset += len(line) + 1
    for theme in rng.sample(_THEMES, 4):
        bundle.tags.append(ThemeTag(theme_id=theme, annotator=who))
    return bundle


def build_inputs(folder: Path, analysts: int, documents: int) -> list[Path]:
    template = folder / "template.annotator"
    with open_project(template) as project:
        with project.atomic():
            for doc in range(documents):
                project.add_document(Document(text=_text(doc), title=f"Документ {doc}"))
    paths = []
    for number in range(analysts):
        who = f"analyst{number:02d}"
        path = folder / f"{who}.annotator"
        shutil.copy(template, path)
        rng = random.Random(number)
        with Project.open(path, create=False) as project, project.atomic():
            for doc_id in project.document_ids():
                text = project.document(doc_id).text
                project.add_annotations(doc_id, _annotations(doc_id, text, who, rng))
        paths.append(path)
    return paths


def run(quick: bool = False) -> list[dict]:
    analysts, documents = (4, 50) if quick else (ANALYSTS, DOCUMENTS)
    scale = (analysts * documents) / (ANALYSTS * DOCUMENTS)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        inputs = build_inputs(folder, analysts, documents)
        built = time.perf_counter() - started
        out = folder / "team.annotator"
        started, cpu = time.perf_counter(), time.process_time()
        report = merge_projects(inputs, out=out)
        merge_seconds, merge_cpu = time.perf_counter() - started, time.process_time() - cpu
        with Project.open(out, create=False) as team:
            started, cpu = time.perf_counter(), time.process_time()
            agreement = compute_agreement(team)
            agreement_seconds, agreement_cpu = time.perf_counter() - started, time.process_time() - cpu
        size = out.stat().st_size / 1e6
    workload = f"{analysts} analysts × {documents} documents × 50 annotations"
    return [
        {"workload": f"merge, {workload} ({report.annotations_added:,} annotations)",
         "measured": f"{merge_seconds:.2f} s", "target": f"≤ {MERGE_TARGET * scale:g} s",
         "ok": merge_seconds <= MERGE_TARGET * scale,
         "notes": f"CPU {merge_cpu:.2f} s; into a new file ({size:.0f} MB); building the inputs took {built:.0f} s, not counted"},
        {"workload": f"agreement over the merged project ({len(agreement.pairs)} pairs)",
         "measured": f"{agreement_seconds:.2f} s", "target": f"≤ {AGREEMENT_TARGET * scale:g} s",
         "ok": agreement_seconds <= AGREEMENT_TARGET * scale,
         "notes": f"CPU {agreement_cpu:.2f} s; span F1 exact {agreement.total_f1(True):.3f}, overlap "
                  f"{agreement.total_f1(False):.3f}; reading the project included"},
    ]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
