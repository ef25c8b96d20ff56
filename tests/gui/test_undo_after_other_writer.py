"""After an undo, an edit of a span made meanwhile by another process lands on that span.

The workbench maps the id of a span it deleted to the id its undo re-created
it under.  Had the deleted id gone to a span imported meanwhile by another
process, an edit of that new span would have followed the map to the
restored one.  With ids never reused (m005_ids_never_reused) it cannot.
"""

from __future__ import annotations

from annotator.model import ACCEPTED, SPEAKER, SUGGESTED, AnnotatedDocument, Document, Span
from annotator.store import Project

OTHER = "Пресс-секретарь Дмитрий Песков сообщил журналистам о графике президента."


def test_an_edit_after_undo_reaches_the_span_another_process_added(window, gui_project_path) -> None:
    session = window.session
    # The document holding the project's highest span id: its id is the one a reuse would give.
    span_ids = {doc: [s.id for s in window.project.spans(doc)] for doc in window.project.document_ids()}
    first_doc = max(span_ids, key=lambda doc: max(span_ids[doc], default=0))
    session.load(first_doc)
    highest = max(session.spans)
    deleted = session.spans[highest]
    assert session.delete_span(highest)

    with Project.open(gui_project_path, create=False) as other:  # an import in another process
        start = OTHER.index("Дмитрий Песков")
        span = Span(id=1, start=start, end=start + len("Дмитрий Песков"), label=SPEAKER, status=SUGGESTED)
        new_doc = other.add_document(Document(text=OTHER, title="Песков"),
                                     annotations=AnnotatedDocument(Document(text=OTHER), spans=[span]))
        [imported] = other.spans(new_doc)

    session.undo()  # the deleted span comes back under a new id
    session.load(new_doc)
    assert session.set_status(imported.id, ACCEPTED)

    with Project.open(gui_project_path, create=False) as project:
        assert project.span(imported.id).status == ACCEPTED, "the edit reached the span it was made on"
        [restored] = [s for s in project.spans(first_doc)
                      if (s.start, s.end, s.label) == (deleted.start, deleted.end, deleted.label)]
        assert restored.status == deleted.status, "the restored span was not touched"
