"""Merging several analysts' project files into one team project.

Documents are matched by the hash of their normalised text; every annotation
keeps its annotator; speakers are matched by canonical name and type; an
annotation already in the output (same offsets, label, annotator, status,
speaker …) is not added again, so merging the same project twice adds
nothing.  The output is written to a temporary file beside it and renamed
into place at the end: a merge killed half-way leaves the output absent (or,
when it existed, as it was).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from annotator.model import AnnotatedDocument, AnnotatorError, Theme
from annotator.store import Project
from annotator.team.keys import DocumentKeys, SpanKey, relation_key, span_key, tag_key
from annotator.team.taxonomy import taxonomy_differences
from annotator.text import text_hash

ProgressFn = Callable[[int, int, str], None]


@dataclass
class MergeReport:
    out: str
    documents_added: int = 0
    annotations_added: int = 0
    annotators: list[str] = field(default_factory=list)
    # (document title, the input files that lack it)
    partial: list[tuple[str, list[str]]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"merged into {self.out}: {self.documents_added} new document(s), "
            f"{self.annotations_added} new annotation(s); annotators: {', '.join(self.annotators) or 'none'}"
        ]
        out += [f"only in some projects: {title!r} is missing from {', '.join(files)}" for title, files in self.partial]
        return out


def merge_projects(
    inputs: list[Path], *, out: Path, taxonomy_from: Path | None = None, progress: ProgressFn | None = None
) -> MergeReport:
    """Merge ``inputs`` into ``out`` (into a copy of it, when it exists)."""
    if not inputs:
        raise AnnotatorError("nothing to merge: name at least one project file")
    out = Path(out)
    sources = _open_sources(inputs)
    try:
        themes = _reference_taxonomy(sources, out, taxonomy_from)
        temporary = out.with_name(f".{out.name}.merging-{os.getpid()}")
        temporary.unlink(missing_ok=True)
        try:
            report = _merge_into(temporary, sources, out, themes, progress)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        os.replace(temporary, out)
        return report
    finally:
        for _, project in sources:
            project.close()


def _open_sources(inputs: list[Path]) -> list[tuple[Path, Project]]:
    sources: list[tuple[Path, Project]] = []
    try:
        for path in map(Path, inputs):
            if not path.is_file():
                raise AnnotatorError(f"{path}: no such project file")
            sources.append((path, Project.open(path, create=False)))
    except BaseException:
        for _, project in sources:
            project.close()
        raise
    return sources


def _reference_taxonomy(sources: list[tuple[Path, Project]], out: Path, taxonomy_from: Path | None) -> list[Theme]:
    """The taxonomy the output keeps; a difference without --taxonomy-from is refused."""
    if taxonomy_from is not None:
        if not Path(taxonomy_from).is_file():
            raise AnnotatorError(f"{taxonomy_from}: no such project file (given to --taxonomy-from)")
        with Project.open(taxonomy_from, create=False) as chosen:
            return chosen.themes()
    named = list(sources)
    if out.is_file():
        existing = Project.open(out, create=False)
        named.insert(0, (out, existing))
    reference_path, reference = named[0]
    themes = reference.themes()
    try:
        for path, project in named[1:]:
            differences = taxonomy_differences(themes, project.themes())
            if differences:
                shown = "; ".join(differences[:5]) + (" …" if len(differences) > 5 else "")
                raise AnnotatorError(
                    f"{path}: its theme taxonomy differs from that of {reference_path} ({shown}); "
                    "nothing was merged. Name the project whose taxonomy to keep with --taxonomy-from."
                )
    finally:
        if out.is_file():
            named[0][1].close()
    return themes


def _merge_into(
    temporary: Path, sources: list[tuple[Path, Project]], out: Path, themes: list[Theme], progress: ProgressFn | None
) -> MergeReport:
    if out.is_file():
        with Project.open(out, create=False) as existing:
            existing.backup(temporary)
    target = Project.open(temporary)
    try:
        target.save_themes(themes)
        merger = _Merger(target)
        total = sum(source.document_count() for _, source in sources)
        for path, source in sources:
            merger.add_project(path, source, progress, total)
        report = merger.report(out, [path for path, _ in sources])
        target.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        target.close()
    return report


class _Merger:
    def __init__(self, target: Project) -> None:
        self.target = target
        self.doc_ids = target.document_hashes()
        self.keys: dict[int, DocumentKeys] = {}
        self.seen_in: dict[str, set[Path]] = {}
        self.titles: dict[str, str] = {}
        self.documents_added = 0
        self.annotations_added = 0
        self.done = 0

    def add_project(self, path: Path, source: Project, progress: ProgressFn | None, total: int) -> None:
        participants = _participants(source)
        with self.target.atomic():
            pairs: list[tuple[int, str]] = []
            for bundle in source.iter_annotated():
                digest = text_hash(bundle.document.text)
                self.seen_in.setdefault(digest, set()).add(path)
                self.titles.setdefault(digest, bundle.document.title)
                doc_id = self._add_document(digest, bundle)
                names = participants.get(bundle.document.id or 0, set())
                pairs += [(doc_id, name) for name in sorted(names)]
                self.done += 1
                if progress is not None:
                    progress(self.done, total, bundle.document.title)
            self.target.add_document_annotators(pairs)

    def _add_document(self, digest: str, bundle: AnnotatedDocument) -> int:
        doc_id = self.doc_ids.get(digest)
        if doc_id is None:
            document = replace(bundle.document, id=None)
            doc_id = self.target.add_document(document)
            self.doc_ids[digest] = doc_id
            self.keys[doc_id] = DocumentKeys(AnnotatedDocument(document))
            self.documents_added += 1
        elif doc_id not in self.keys:
            self.keys[doc_id] = DocumentKeys(self.target.annotated(doc_id))
        self._add_annotations(doc_id, bundle)
        return doc_id

    def _add_annotations(self, doc_id: int, bundle: AnnotatedDocument) -> None:
        keys = self.keys[doc_id]
        keys_by_id: dict[int | None, SpanKey] = {}
        known: dict[int | None, int] = {}
        canonical: dict[SpanKey, int | None] = {}  # two identical spans in one source become one
        new_spans = []
        for span in bundle.spans:
            key = keys_by_id[span.id] = span_key(bundle, span)
            if key in keys.span_ids:
                known[span.id] = keys.span_ids[key]
            elif key not in canonical:
                canonical[key] = span.id
                new_spans.append(span)

        def same(span_id: int | None) -> Any:
            key = keys_by_id.get(span_id)
            return canonical.get(key, span_id) if key is not None else span_id

        relations = [r for r in bundle.relations if relation_key(r, keys_by_id) not in keys.relations]
        tags = [t for t in bundle.tags if tag_key(t, keys_by_id) not in keys.tags]
        if len(new_spans) + len(known) < len(bundle.spans):
            relations = [replace(r, source_id=same(r.source_id), target_id=same(r.target_id)) for r in relations]
            tags = [replace(t, span_id=same(t.span_id)) for t in tags]
        dropped = [m for m in bundle.dropped if (m.item, m.adjudicator) not in keys.dropped]
        fresh = AnnotatedDocument(bundle.document, new_spans, relations, bundle.entities, tags, dropped)
        stored = self.target.add_annotations(doc_id, fresh, known)
        for span in new_spans:
            keys.span_ids[keys_by_id[span.id]] = stored[span.id]
        keys.relations.update(relation_key(r, keys_by_id) for r in bundle.relations)
        keys.tags.update(tag_key(t, keys_by_id) for t in bundle.tags)
        keys.dropped.update((m.item, m.adjudicator) for m in dropped)
        self.annotations_added += len(new_spans) + len(relations) + len(tags)

    def report(self, out: Path, inputs: list[Path]) -> MergeReport:
        partial = []
        for digest, found_in in self.seen_in.items():
            missing = [str(path) for path in dict.fromkeys(inputs) if path not in found_in]
            if missing:
                partial.append((self.titles[digest] or "untitled", missing))
        return MergeReport(
            out=str(out),
            documents_added=self.documents_added,
            annotations_added=self.annotations_added,
            annotators=self.target.annotators(),
            partial=partial,
        )


def _participants(source: Project) -> dict[int, set[str]]:
    """Who took part in each document of a source project.

    Recorded participants (a merged project knows them), plus whoever made a
    decided annotation in it.  A project with exactly one known analyst counts
    them in all its documents (where they may have found nothing).
    """
    found = source.document_annotators()
    known = set(source.annotators())
    for doc_id, names in source.annotation_annotators().items():
        found.setdefault(doc_id, set()).update(names)
        known.update(names)
    if len(known) == 1:
        for doc_id in source.document_ids():
            found.setdefault(doc_id, set()).update(known)
    return found
