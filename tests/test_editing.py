"""annotator.editing: typed edit operations and their undo data, against a real project file."""

from __future__ import annotations

import pytest

from annotator import editing
from annotator.model import QUOTE, SPEAKER, SUGGESTED, AnnotatorError, Document, Entity, Relation, Span, Theme, ThemeTag

TEXT = "Глава МИД Сергей Лавров заявил: «Мы открыты к диалогу». Пресс-секретарь Кремля промолчал."


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (TEXT.index("Лавров") + 2, TEXT.index("Лавров") + 4, "Лавров"),  # inside one word
        (TEXT.index("Сергей") - 1, TEXT.index("Лавров") + 3, "Сергей Лавров"),  # blank at the start
        (TEXT.index("Пресс") + 2, TEXT.index("Кремля") + 1, "Пресс-секретарь Кремля"),  # hyphenated word
        (TEXT.index("«"), TEXT.index("»") + 1, "«Мы открыты к диалогу»"),  # punctuation kept
        (3, 3, ""),
    ],
)
def test_snap_to_words(start, end, expected):
    snapped = editing.snap_to_words(TEXT, start, end)
    assert TEXT[snapped[0]:snapped[1]] == expected


def test_word_boundaries_move_by_whole_words():
    end = TEXT.index("Сергей") + len("Сергей")
    assert TEXT[:editing.word_boundaries_near(TEXT, end, +1, "end")].endswith("Сергей Лавров")
    assert TEXT[:editing.word_boundaries_near(TEXT, end, -1, "end")].endswith("Глава МИД")
    start = TEXT.index("Лавров")
    assert editing.word_boundaries_near(TEXT, start, -1, "start") == TEXT.index("Сергей")
    assert editing.word_boundaries_near(TEXT, start, +1, "start") == TEXT.index("заявил")


@pytest.fixture
def doc_id(project):
    return project.add_document(Document(text=TEXT, title="t"))


def test_create_delete_restore_keeps_relations_and_tags(project, doc_id):
    quote = editing.create_span(project, doc_id=doc_id, start=33, end=53, label=QUOTE, annotator="a")
    speaker = editing.create_span(project, doc_id=doc_id, start=10, end=23, label=SPEAKER, annotator="a")
    editing.link_quote(project, quote.id, speaker.id, "a")
    editing.tag(project, doc_id=doc_id, theme_id="bilateral", span_id=quote.id, annotator="a")
    assert quote.attrs == {"kind": "direct"}
    deleted = editing.delete_span(project, quote.id)
    assert [s.id for s in project.spans(doc_id)] == [speaker.id]
    assert project.relations(doc_id) == [] and project.tags(doc_id) == []
    id_of: dict[int, int] = {}
    restored = editing.restore_span(project, deleted, id_of)
    assert id_of == {quote.id: restored.id}
    assert [(r.source_id, r.target_id) for r in project.relations(doc_id)] == [(restored.id, speaker.id)]
    assert [(t.theme_id, t.span_id) for t in project.tags(doc_id)] == [("bilateral", restored.id)]


def test_status_bounds_kind_and_their_undo(project, doc_id):
    span = project.add_span(Span(start=33, end=53, label=QUOTE, status=SUGGESTED, origin="auto:1", doc_id=doc_id))
    before, after = editing.set_status(project, span.id, "accepted", "ann")
    assert project.span(span.id).status == "accepted" and project.span(span.id).annotator == "ann"
    editing.restore_span_fields(project, before)
    assert project.span(span.id).status == SUGGESTED
    editing.set_span_bounds(project, span.id, 33, 40)
    assert (project.span(span.id).start, project.span(span.id).end) == (33, 40)
    with pytest.raises(AnnotatorError):
        editing.set_span_bounds(project, span.id, 40, 40)
    editing.set_quote_kind(project, span.id, "indirect")
    assert project.span(span.id).attrs["kind"] == "indirect"
    with pytest.raises(AnnotatorError):
        editing.set_quote_kind(project, span.id, "sideways")


def test_accept_all_is_one_change_and_undoes(project, doc_id):
    a = project.add_span(Span(start=33, end=53, label=QUOTE, status=SUGGESTED, origin="auto:1", doc_id=doc_id))
    b = project.add_span(Span(start=10, end=23, label=SPEAKER, status=SUGGESTED, origin="auto:1", doc_id=doc_id))
    project.add_relation(Relation(source_id=a.id, target_id=b.id, status=SUGGESTED, origin="auto:1", doc_id=doc_id))
    project.add_tag(ThemeTag(theme_id="energy", status=SUGGESTED, origin="auto:1", doc_id=doc_id))
    change = editing.accept_all(project, doc_id, "ann")
    assert {s.status for s in project.spans(doc_id)} == {"accepted"}
    assert {r.status for r in project.relations(doc_id)} == {"accepted"}
    assert {t.status for t in project.tags(doc_id)} == {"accepted"}
    editing.undo_bulk(project, change, {})
    assert {s.status for s in project.spans(doc_id)} == {SUGGESTED}
    assert {t.status for t in project.tags(doc_id)} == {SUGGESTED}


def test_link_replaces_the_previous_speaker_and_unlink_restores_it(project, doc_id):
    quote = editing.create_span(project, doc_id=doc_id, start=33, end=53, label=QUOTE, annotator="a")
    one = editing.create_span(project, doc_id=doc_id, start=10, end=23, label=SPEAKER, annotator="a")
    two = editing.create_span(project, doc_id=doc_id, start=56, end=78, label=SPEAKER, annotator="a")
    editing.link_quote(project, quote.id, one.id, "a")
    change = editing.link_quote(project, quote.id, two.id, "a")
    assert [r.target_id for r in project.relations(doc_id)] == [two.id]
    editing.unlink(project, change, {})
    assert [r.target_id for r in project.relations(doc_id)] == [one.id]
    with pytest.raises(AnnotatorError):
        editing.link_quote(project, one.id, quote.id, "a")


def test_entities_rename_alias_merge_and_unmerge(project, doc_id):
    keep = project.add_entity(Entity(name="Сергей Лавров"))
    drop = project.add_entity(Entity(name="Лавров"))
    mention = project.add_span(Span(start=17, end=23, label=SPEAKER, entity_id=drop.id, doc_id=doc_id))
    before, after = editing.rename_entity(project, keep.id, "Сергей Викторович Лавров")
    assert project.entity(keep.id).name == "Сергей Викторович Лавров"
    assert "Сергей Лавров" in project.entity(keep.id).aliases
    editing.restore_entity(project, before)
    assert project.entity(keep.id).name == "Сергей Лавров"
    editing.add_alias(project, keep.id, "глава МИД")
    assert "глава МИД" in project.entity(keep.id).aliases
    change = editing.merge_entities(project, keep.id, drop.id, [mention.id])
    assert project.span(mention.id).entity_id == keep.id
    recreated = editing.unmerge_entities(project, change, {})
    assert project.span(mention.id).entity_id == recreated
    assert project.entity(recreated).name == "Лавров"
    assert "Лавров" not in project.entity(keep.id).aliases


def test_tag_untag_and_delete_a_used_theme(project, doc_id):
    span = editing.create_span(project, doc_id=doc_id, start=33, end=53, label=QUOTE, annotator="a")
    project.save_theme(Theme(id="child", name_ru="Дочерняя", name_en="Child", parent="energy"))
    on_span = editing.tag(project, doc_id=doc_id, theme_id="energy", span_id=span.id, annotator="a")
    editing.tag(project, doc_id=doc_id, theme_id="energy", span_id=None, annotator="a")
    assert len(project.tags(doc_id)) == 2
    deleted = editing.delete_theme(project, "energy", [doc_id])
    assert project.tags(doc_id) == []
    assert project.theme("child").parent is None
    editing.restore_theme(project, deleted, {})
    assert project.theme("child").parent == "energy"
    assert {(t.theme_id, t.span_id) for t in project.tags(doc_id)} == {("energy", span.id), ("energy", None)}
    removed = editing.untag(project, [t for t in project.tags(doc_id) if t.span_id][0].id, doc_id)
    assert removed.theme_id == on_span.theme_id and len(project.tags(doc_id)) == 1


def test_mark_done_returns_the_previous_status(project, doc_id):
    assert editing.mark_done(project, doc_id) == "new"
    assert project.document(doc_id).status == "done"
    assert editing.mark_done(project, doc_id, done=False) == "done"
    assert project.document(doc_id).status == "in_progress"


def test_accepting_a_quote_accepts_its_suggested_link(project, doc_id):
    quote = project.add_span(Span(start=33, end=53, label=QUOTE, status=SUGGESTED, origin="auto:1", doc_id=doc_id))
    speaker = project.add_span(Span(start=10, end=23, label=SPEAKER, status=SUGGESTED, origin="auto:1", doc_id=doc_id))
    project.add_relation(Relation(source_id=quote.id, target_id=speaker.id, status=SUGGESTED, origin="auto:1",
                                  doc_id=doc_id))
    change = editing.decide(project, quote.id, "accepted", "ann")
    assert [r.status for r in project.relations(doc_id)] == ["accepted"]
    assert project.span(speaker.id).status == SUGGESTED  # the mention is decided on its own
    editing.undo_bulk(project, change, {})
    assert [r.status for r in project.relations(doc_id)] == [SUGGESTED]
    assert project.span(quote.id).status == SUGGESTED
