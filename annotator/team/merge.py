"""Merging several analysts' project files into one team project.

Documents are matched by the hash of their normalised text; every annotation
keeps its annotator; speakers are matched by canonical name and type; an
annotation already in the output (same offsets, label, annotator, status,
attributes, speaker, gold or not) is not added again, so merging the same
project twice adds nothing.  The copying itself is SQL in
:mod:`annotator.store.merging`.  The output is written to a temporary file beside it and renamed
into place at the end: a merge killed half-way leaves the output absent (or,
when it existed, as it was).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from annotator.model import AnnotatorError, Theme
from annotator.store import Project
from annotator.team.taxonomy import taxonomy_differences

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
    report = MergeReport(out=str(out))
    seen_in: dict[str, set[Path]] = {}
    titles: dict[str, str] = {}
    try:
        target.save_themes(themes)
        for number, (path, source) in enumerate(sources, start=1):
            hashes = source.document_hashes()
            names = source.document_titles()
            for digest, doc_id in hashes.items():
                seen_in.setdefault(digest, set()).add(path)
                titles.setdefault(digest, names.get(doc_id, ""))
            participants = [(doc_id, name) for doc_id, found in sorted(_participants(source).items())
                            for name in sorted(found)]
            documents, annotations = target.merge_file(path, participants)
            report.documents_added += documents
            report.annotations_added += annotations
            if progress is not None:
                progress(number, len(sources), str(path))
        report.annotators = target.annotators()
        target.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        target.close()
    inputs = list(dict.fromkeys(path for path, _ in sources))
    for digest, found_in in seen_in.items():
        missing = [str(path) for path in inputs if path not in found_in]
        if missing:
            report.partial.append((titles[digest] or "untitled", missing))
    return report


def _participants(source: Project) -> dict[int, set[str]]:
    """Who took part in each document of a source project.

    Recorded participants (a merged project knows them), plus whoever made a
    decided annotation in it.  A project with exactly one known analyst counts
    them in all its documents (where they may have found nothing).
    """
    found = source.document_annotators()
    known = set(source.annotators())
    for doc_id, names in source.document_annotation_annotators().items():
        found.setdefault(doc_id, set()).update(names)
        known.update(names)
    if len(known) == 1:
        for doc_id in source.document_ids():
            found.setdefault(doc_id, set()).update(known)
    return found
