"""A team template: the project's taxonomy and documents without annotations.

Every analyst starts from a copy of the same file, so a later merge matches
documents and themes exactly.  Pending automatic suggestions can be kept, so
that everyone starts from the same suggestions too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from annotator.model import AnnotatorError
from annotator.store import Project


@dataclass
class TemplateReport:
    out: str
    documents: int
    themes: int
    suggestions: int

    def lines(self) -> list[str]:
        return [
            f"wrote template {self.out}: {self.documents} document(s), {self.themes} theme(s), "
            f"{self.suggestions} pending suggestion(s), no annotations"
        ]


def make_template(source: Project, *, out: Path, keep_suggestions: bool = False) -> TemplateReport:
    """Write ``out`` as a copy of ``source`` with every annotation removed."""
    out = Path(out)
    if out.exists():
        raise AnnotatorError(f"{out}: already exists; a template is never written over a file")
    if out.resolve() == Path(source.path).resolve():
        raise AnnotatorError(f"{out}: the template cannot replace its own project")
    temporary = out.with_name(f".{out.name}.template-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    try:
        source.backup(temporary)
        with Project.open(temporary, create=False) as template:
            template.clear_annotations(keep_suggestions=keep_suggestions)
            template.vacuum()
            report = TemplateReport(
                out=str(out),
                documents=template.document_count(),
                themes=len(template.themes()),
                suggestions=sum(len(b.spans) + len(b.relations) + len(b.tags) for b in template.iter_annotated()),
            )
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return report
