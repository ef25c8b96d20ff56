"""The sample project, and comparisons that know spans only by their place and label."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from annotator import services
from annotator.model import ACCEPTED, REJECTED, AnnotatedDocument
from annotator.store import Project


# Written for this check (not a published article): the bundled samples have one emoji and no
# combining mark or flag, which are where UTF-16, code points and grapheme clusters part ways.
# Saved with CRLF line breaks, as Windows editors do.
UNICODE_ARTICLE = (
    "Ла\u0301вров и Ван И обсудили 🤝 двустороннюю повестку\r\n"
    "\r\n"
    "Министры иностранных дел России 🇷🇺 и Китая 🇨🇳 провели переговоры в Пекине.\r\n"
    "«Наши страны 👍 продолжат координацию в ШОС и БРИКС», – заявил Сергей Ла\u0301вров журналистам.\r\n"
    "Ван И отметил, что сотрудничество в энергетике остаётся приоритетом 🎉 для обеих сторон.\r\n"
)


def sample_project(path: Path) -> Project:
    """resources/samples/ and UNICODE_ARTICLE imported into a fresh project, with a deterministic
    mix of statuses, so that a status that lands on the wrong span shows."""
    project = services.open_project(path)
    services.import_samples(project)
    article = path.with_name("unicode-article.txt")
    article.write_bytes(UNICODE_ARTICLE.encode("utf-8"))
    services.import_paths(project, [article], workers=1)
    for doc_id in project.document_ids():
        for number, span in enumerate(project.spans(doc_id)):
            if number % 3 == 0:
                span.status = ACCEPTED
            elif number % 5 == 1:
                span.status = REJECTED
            else:
                continue
            project.update_span(span)
        for number, tag in enumerate(project.tags(doc_id)):
            if number % 2 == 0:
                tag.status = ACCEPTED
                project.update_tag(tag)
        for number, rel in enumerate(project.relations(doc_id)):
            if number % 2 == 1:
                rel.status = ACCEPTED
                project.update_relation(rel)
    return project


def span_view(bundle: AnnotatedDocument, span_id: Any) -> tuple[Any, ...] | None:
    span = bundle.span(span_id)
    if span is None:
        return None
    entity = bundle.entity(span.entity_id)
    text = bundle.document.text
    return (span.start, span.end, span.label, text[span.start:span.end], span.status, span.origin,
            span.annotator, span.attrs.get("kind"), entity.name if entity else None)


def signature(bundle: AnnotatedDocument) -> dict[str, Counter[Any]]:
    """Spans with status, origin, annotator, kind and speaker; relations and tags by their spans."""
    return {
        "spans": Counter(span_view(bundle, s.id) for s in bundle.spans),
        "relations": Counter((span_view(bundle, r.source_id), r.kind, span_view(bundle, r.target_id), r.status,
                              r.origin, r.annotator) for r in bundle.relations),
        "tags": Counter((t.theme_id, span_view(bundle, t.span_id), t.status, t.origin, t.annotator)
                        for t in bundle.tags),
    }


def compare_bundles(expected: list[AnnotatedDocument], found: list[AnnotatedDocument]) -> tuple[dict[str, int], list[str]]:
    """Counts compared and the differences (at most a few per document), documents matched by text."""
    by_text = {b.document.text: b for b in found}
    counts = Counter[str]()
    problems: list[str] = []
    for bundle in expected:
        title = bundle.document.title[:40]
        other = by_text.get(bundle.document.text)
        if other is None:
            problems.append(f"{title}: document missing")
            continue
        counts["documents"] += 1
        if (other.document.status, other.document.title) != (bundle.document.status, bundle.document.title):
            problems.append(f"{title}: document status/title {other.document.status!r} != {bundle.document.status!r}")
        mine, theirs = signature(bundle), signature(other)
        for part in ("spans", "relations", "tags"):
            counts[part] += sum(mine[part].values())
            missing, extra = mine[part] - theirs[part], theirs[part] - mine[part]
            for item in list(missing)[:3]:
                problems.append(f"{title}: {part[:-1]} lost or changed: {item}")
            for item in list(extra)[:3]:
                problems.append(f"{title}: {part[:-1]} not in the original: {item}")
    if len(found) != len(expected):
        problems.append(f"{len(found)} documents came back, {len(expected)} went out")
    return dict(counts), problems


def import_into_fresh_project(path: Path, source: Path, format_name: str) -> list[AnnotatedDocument]:
    with services.open_project(path) as project:
        report = services.import_annotated(project, source, format_name=format_name)
        if not report.ok:
            raise RuntimeError("; ".join(report.lines()))
        return list(project.iter_annotated())
