"""The project file: pragmas, documents, annotations, speakers, themes, suggestions, search."""

from __future__ import annotations

import pytest

from annotator import services
from annotator.model import (
    ACCEPTED,
    CUE,
    DOC_DONE,
    ORGANIZATION,
    PERSON,
    QUOTE,
    REJECTED,
    SAID_BY,
    SPEAKER,
    SUGGESTED,
    AnnotatedDocument,
    AnnotatorError,
    Document,
    Entity,
    Relation,
    Span,
    Theme,
    ThemeTag,
)
from annotator.store import SCHEMA_VERSION, DuplicateDocumentError, Project

BRIEFING = (
    "Официальный представитель МИД России Мария Захарова заявила: "
    "«Мы рассчитываем на конструктивный диалог». "
    "По её словам, двусторонняя повестка остаётся насыщенной."
)
SPEAKER_BOUNDS = (BRIEFING.index("Мария Захарова"), BRIEFING.index("Мария Захарова") + len("Мария Захарова"))
QUOTE_BOUNDS = (BRIEFING.index("Мы рассчитываем"), BRIEFING.index("»."))
CUE_BOUNDS = (BRIEFING.index("заявила"), BRIEFING.index("заявила") + len("заявила"))


def add_briefing(project: Project, **fields: str) -> int:
    return project.add_document(Document(text=BRIEFING, title="Брифинг Марии Захаровой", **fields))


def count(project: Project, table: str) -> int:
    return project.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# -- the file ---------------------------------------------------------------------


def test_a_new_project_is_created_in_wal_mode_with_foreign_keys_on(project_path) -> None:
    project = Project.open(project_path)
    try:
        assert project_path.exists()
        assert project.schema_version == SCHEMA_VERSION
        assert project.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert project.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert project.integrity_check() == "ok"
        assert project.setting("created")
    finally:
        project.close()


def test_a_project_keeps_its_content_between_sessions(project_path) -> None:
    with services.open_project(project_path) as project:
        doc_id = add_briefing(project, source="МИД России")
        project.add_span(Span(*QUOTE_BOUNDS, QUOTE, doc_id=doc_id, annotator="anna"))
    with Project.open(project_path, create=False) as reopened:
        assert reopened.document(doc_id).source == "МИД России"
        assert [(s.start, s.end, s.label) for s in reopened.spans(doc_id)] == [(*QUOTE_BOUNDS, QUOTE)]
        assert reopened.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_opening_a_missing_project_without_create_is_refused(tmp_path) -> None:
    with pytest.raises(AnnotatorError, match="absent.annotator"):
        Project.open(tmp_path / "absent.annotator", create=False)
    assert not (tmp_path / "absent.annotator").exists()


def test_a_new_project_gets_the_default_taxonomy(project) -> None:
    ids = {theme.id for theme in project.themes()}
    assert len(ids) >= 10
    children = [theme for theme in project.themes() if theme.parent is not None]
    assert children, "integration associations have children (EAEU, CSTO …)"


# -- documents ---------------------------------------------------------------------


def test_documents_are_stored_listed_updated_and_deleted(project) -> None:
    doc_id = add_briefing(project, date="2024-03-14", source="МИД России", url="https://example.org/b")
    stored = project.document(doc_id)
    assert (stored.text, stored.title, stored.date, stored.status) == (
        BRIEFING, "Брифинг Марии Захаровой", "2024-03-14", "new")
    project.set_document_status(doc_id, DOC_DONE)
    project.update_document_meta(doc_id, title="Брифинг 14 марта")
    [summary] = project.document_summaries()
    assert (summary.title, summary.status, summary.length) == ("Брифинг 14 марта", DOC_DONE, len(BRIEFING))
    assert project.status_counts()[DOC_DONE] == 1
    project.delete_document(doc_id)
    assert project.document_count() == 0
    with pytest.raises(AnnotatorError, match=f"no document {doc_id}"):
        project.document(doc_id)


def test_document_text_and_unknown_fields_cannot_be_changed(project) -> None:
    doc_id = add_briefing(project)
    with pytest.raises(AnnotatorError):
        project.update_document_meta(doc_id, text="Другой текст")
    with pytest.raises(AnnotatorError):
        project.set_document_status(doc_id, "archived")
    assert project.document(doc_id).text == BRIEFING


def test_the_same_text_with_other_whitespace_is_a_duplicate(project) -> None:
    first = add_briefing(project)
    with pytest.raises(DuplicateDocumentError) as raised:
        project.add_document(Document(text=BRIEFING.replace(" ", "  ") + "\n"))
    assert raised.value.existing_id == first
    assert project.document_count() == 1


def test_document_list_counts_live_quotes_and_tags(project) -> None:
    doc_id = add_briefing(project)
    project.add_span(Span(*QUOTE_BOUNDS, QUOTE, doc_id=doc_id))
    project.add_span(Span(0, 11, QUOTE, doc_id=doc_id, status=REJECTED))
    project.add_tag(ThemeTag(theme_id=project.themes()[0].id, doc_id=doc_id))
    [summary] = project.document_summaries()
    assert (summary.quote_count, summary.tag_count) == (1, 1)


# -- spans, relations, tags ------------------------------------------------------------


def annotate_briefing(project: Project) -> tuple[int, Span, Span, Relation, ThemeTag, ThemeTag]:
    doc_id = add_briefing(project)
    speaker = project.add_span(Span(*SPEAKER_BOUNDS, SPEAKER, doc_id=doc_id, annotator="anna"))
    quote = project.add_span(
        Span(*QUOTE_BOUNDS, QUOTE, attrs={"kind": "direct"}, doc_id=doc_id, annotator="anna"))
    relation = project.add_relation(Relation(quote.id, speaker.id, doc_id=doc_id, annotator="anna"))
    theme_id = project.themes()[0].id
    quote_tag = project.add_tag(ThemeTag(theme_id=theme_id, span_id=quote.id, doc_id=doc_id))
    doc_tag = project.add_tag(ThemeTag(theme_id=theme_id, doc_id=doc_id))
    return doc_id, speaker, quote, relation, quote_tag, doc_tag


def test_spans_relations_and_tags_are_stored_and_read_back(project) -> None:
    doc_id, speaker, quote, relation, quote_tag, doc_tag = annotate_briefing(project)
    spans = project.spans(doc_id)
    assert [(s.label, BRIEFING[s.start : s.end]) for s in spans] == [
        (SPEAKER, "Мария Захарова"),
        (QUOTE, "Мы рассчитываем на конструктивный диалог"),
    ]
    assert project.span(quote.id).attrs == {"kind": "direct"}
    assert project.span(quote.id).created and project.span(quote.id).annotator == "anna"
    [stored] = project.relations(doc_id)
    assert (stored.source_id, stored.target_id, stored.kind) == (quote.id, speaker.id, SAID_BY)
    assert {(t.span_id, t.theme_id) for t in project.tags(doc_id)} == {
        (quote.id, quote_tag.theme_id), (None, doc_tag.theme_id)}


def test_a_span_edit_is_written_back(project) -> None:
    doc_id, _, quote, *_ = annotate_briefing(project)
    quote.status = REJECTED
    quote.end -= len(" диалог") - 1
    project.update_span(quote)
    assert project.span(quote.id).status == REJECTED
    assert project.span(quote.id).end == quote.end


def test_deleting_a_span_deletes_its_relations_and_span_tags_but_not_document_tags(project) -> None:
    doc_id, speaker, quote, relation, quote_tag, doc_tag = annotate_briefing(project)
    project.delete_span(quote.id)
    assert project.relations(doc_id) == []
    assert [t.id for t in project.tags(doc_id)] == [doc_tag.id]
    assert [s.id for s in project.spans(doc_id)] == [speaker.id]


def test_deleting_a_document_deletes_all_its_annotations(project) -> None:
    doc_id, *_ = annotate_briefing(project)
    project.delete_document(doc_id)
    assert [count(project, t) for t in ("spans", "relations", "theme_tags")] == [0, 0, 0]
    assert project.integrity_check() == "ok"


@pytest.mark.parametrize(
    ("start", "end"),
    [(-1, 5), (0, len(BRIEFING) + 1), (10, 10), (12, 11), (len(BRIEFING), len(BRIEFING) + 3)],
)
def test_a_span_outside_the_text_or_empty_is_refused(project, start: int, end: int) -> None:
    doc_id = add_briefing(project)
    with pytest.raises(AnnotatorError, match="outside the document"):
        project.add_span(Span(start, end, QUOTE, doc_id=doc_id))
    assert project.spans(doc_id) == []


def test_moving_a_span_past_the_end_of_the_text_is_refused(project) -> None:
    doc_id, _, quote, *_ = annotate_briefing(project)
    moved = Span(**{**quote.__dict__, "end": len(BRIEFING) + 1})
    with pytest.raises(AnnotatorError):
        project.update_span(moved)
    assert project.span(quote.id).end == QUOTE_BOUNDS[1]


def test_a_span_on_a_missing_document_is_refused(project) -> None:
    with pytest.raises(AnnotatorError, match="no document 999"):
        project.add_span(Span(0, 3, QUOTE, doc_id=999))


def test_the_full_span_text_is_a_valid_span(project) -> None:
    doc_id = add_briefing(project)
    project.add_span(Span(0, len(BRIEFING), "SENTENCE", doc_id=doc_id))
    assert project.spans(doc_id)[0].end == len(BRIEFING)


# -- speakers -----------------------------------------------------------------------


def test_a_speaker_is_one_entity_per_name_and_type_and_collects_aliases(project) -> None:
    first = project.add_entity(Entity("Мария Захарова", PERSON, aliases=["Захарова"], roles=["официальный представитель МИД"]))
    again = project.add_entity(Entity("Мария Захарова", PERSON, aliases=["М. Захарова"]))
    ministry = project.add_entity(Entity("МИД России", ORGANIZATION))
    same_name_other_type = project.add_entity(Entity("МИД России", PERSON))
    assert again.id == first.id
    assert ministry.id != same_name_other_type.id
    stored = project.entity(first.id)
    assert stored.aliases == ["Захарова", "М. Захарова"]
    assert stored.roles == ["официальный представитель МИД"]
    assert project.find_entity("Мария Захарова", PERSON) == first.id


def test_a_speaker_needs_a_name_and_a_known_type(project) -> None:
    with pytest.raises(AnnotatorError):
        project.add_entity(Entity("   ", PERSON))
    with pytest.raises(AnnotatorError):
        project.add_entity(Entity("Сергей Лавров", "country"))
    assert project.entities() == []


def test_renaming_a_speaker_onto_another_is_refused(project) -> None:
    lavrov = project.add_entity(Entity("Сергей Лавров"))
    project.add_entity(Entity("Сергей Викторович Лавров"))
    lavrov.name = "Сергей Викторович Лавров"
    with pytest.raises(AnnotatorError, match="merge"):
        project.update_entity(lavrov)


def test_merging_speakers_moves_mentions_and_keeps_the_dropped_name_as_an_alias(project) -> None:
    doc_id = add_briefing(project)
    keep = project.add_entity(Entity("Мария Захарова", aliases=["Захарова"]))
    drop = project.add_entity(Entity("Мария Владимировна Захарова", roles=["дипломат"]))
    mention = project.add_span(Span(*SPEAKER_BOUNDS, SPEAKER, doc_id=doc_id, entity_id=drop.id))
    merged = project.merge_entities(keep.id, drop.id)
    assert project.span(mention.id).entity_id == keep.id
    assert set(merged.aliases) == {"Захарова", "Мария Владимировна Захарова"}
    assert project.entity(keep.id).roles == ["дипломат"]
    assert [e.id for e in project.entities()] == [keep.id]
    with pytest.raises(AnnotatorError):
        project.merge_entities(keep.id, keep.id)


def test_unused_speakers_can_be_cleaned_up_and_deleting_one_unlinks_its_mentions(project) -> None:
    doc_id = add_briefing(project)
    used = project.add_entity(Entity("Мария Захарова"))
    project.add_entity(Entity("Дмитрий Песков"))
    project.add_span(Span(*SPEAKER_BOUNDS, SPEAKER, doc_id=doc_id, entity_id=used.id))
    assert project.delete_unused_entities() == 1
    assert [e.name for e in project.entities()] == ["Мария Захарова"]
    assert project.entity_mention_counts() == {used.id: 1}


# -- themes ---------------------------------------------------------------------------


def test_deleting_a_theme_moves_its_children_up_and_removes_its_tags(project) -> None:
    project.save_themes([
        Theme("eurasia", "Евразийская интеграция", "Eurasian integration"),
        Theme("eaeu-customs", "Таможенное регулирование ЕАЭС", "EAEU customs", parent="eurasia"),
        Theme("eaeu-energy", "Общий энергорынок ЕАЭС", "EAEU energy market", parent="eurasia"),
    ])
    project.save_theme(Theme("eaeu-gas", "Газовый рынок", "Gas market", parent="eaeu-energy"))
    doc_id, _, quote, *_ = annotate_briefing(project)
    project.add_tag(ThemeTag(theme_id="eaeu-energy", doc_id=doc_id))
    project.add_tag(ThemeTag(theme_id="eaeu-energy", span_id=quote.id, doc_id=doc_id))
    project.add_tag(ThemeTag(theme_id="eaeu-gas", doc_id=doc_id))
    assert project.theme_usage("eurasia") == 3

    project.delete_theme("eaeu-energy")

    assert project.theme("eaeu-gas").parent == "eurasia"
    assert "eaeu-energy" not in {t.id for t in project.themes()}
    assert {t.theme_id for t in project.tags(doc_id)} >= {"eaeu-gas"}
    assert "eaeu-energy" not in {t.theme_id for t in project.tags(doc_id)}
    assert project.integrity_check() == "ok"


def test_a_theme_cannot_be_placed_under_itself_or_its_descendants(project) -> None:
    project.save_themes([
        Theme("security", "Безопасность", "Security"),
        Theme("arms", "Контроль над вооружениями", "Arms control", parent="security"),
    ])
    with pytest.raises(AnnotatorError):
        project.save_theme(Theme("security", "Безопасность", "Security", parent="arms"))
    with pytest.raises(AnnotatorError):
        project.save_theme(Theme("arms", "Контроль", "Arms", parent="arms"))
    assert project.theme("security").parent is None


# -- suggestions -----------------------------------------------------------------------

AUTO = "auto:test-1"


def suggestions(doc: Document) -> AnnotatedDocument:
    """What the analysis engine would suggest for BRIEFING."""
    return AnnotatedDocument(
        document=doc,
        spans=[
            Span(*SPEAKER_BOUNDS, SPEAKER, id=1, origin=AUTO, status=SUGGESTED, entity_id=7),
            Span(*QUOTE_BOUNDS, QUOTE, id=2, origin=AUTO, status=SUGGESTED, attrs={"kind": "direct"}),
            Span(*CUE_BOUNDS, CUE, id=3, origin=AUTO, status=SUGGESTED),
        ],
        relations=[Relation(2, 1, origin=AUTO, status=SUGGESTED)],
        entities=[Entity("Мария Захарова", id=7)],
        tags=[
            ThemeTag("bilateral", origin=AUTO, status=SUGGESTED),
            ThemeTag("bilateral", span_id=2, origin=AUTO, status=SUGGESTED),
        ],
    )


@pytest.fixture
def suggested(project):
    project.save_theme(Theme("bilateral", "Двусторонняя повестка", "Bilateral agenda"))
    doc_id = add_briefing(project)
    project.replace_suggestions(doc_id, suggestions(project.document(doc_id)))
    return project, doc_id


def annotation_rows(project: Project, doc_id: int) -> tuple[list, list, list]:
    spans = sorted((s.start, s.end, s.label, s.status, s.origin) for s in project.spans(doc_id))
    by_id = {s.id: (s.start, s.end, s.label) for s in project.spans(doc_id)}
    relations = sorted((by_id[r.source_id], by_id[r.target_id], r.status) for r in project.relations(doc_id))
    tags = sorted(
        ((t.theme_id, by_id.get(t.span_id), t.status) for t in project.tags(doc_id)), key=repr)
    return spans, relations, tags


def test_re_running_the_analysis_never_duplicates_suggestions(suggested) -> None:
    project, doc_id = suggested
    first = annotation_rows(project, doc_id)
    assert len(first[0]) == 3 and len(first[1]) == 1 and len(first[2]) == 2
    for _ in range(3):
        project.replace_suggestions(doc_id, suggestions(project.document(doc_id)))
    assert annotation_rows(project, doc_id) == first
    assert count(project, "entities") == 1


def test_re_running_the_analysis_leaves_the_analysts_decisions_alone(suggested) -> None:
    project, doc_id = suggested
    by_label = {s.label: s for s in project.spans(doc_id)}
    accepted, rejected = by_label[SPEAKER], by_label[CUE]
    accepted.status = ACCEPTED
    rejected.status = REJECTED
    project.update_span(accepted)
    project.update_span(rejected)
    manual_quote = by_label[QUOTE]
    project.delete_span(manual_quote.id)
    manual = project.add_span(Span(*QUOTE_BOUNDS, QUOTE, doc_id=doc_id, annotator="anna"))

    written = project.replace_suggestions(doc_id, suggestions(project.document(doc_id)))

    spans = {s.id: s for s in project.spans(doc_id)}
    assert spans[accepted.id].status == ACCEPTED
    assert spans[rejected.id].status == REJECTED, "a rejected suggestion is not re-suggested"
    assert spans[manual.id].origin == "manual"
    assert len(spans) == 3, "no suggestion duplicates a span the analyst already decided on"
    # Every suggested span is taken by a decided one, so no span is new. What is
    # new is suggested only: the document tag, and the link and span tag that
    # attach to the analyst's own quote and speaker without changing them.
    assert written == 3
    [link] = project.relations(doc_id)
    assert (link.source_id, link.target_id, link.status) == (manual.id, accepted.id, SUGGESTED)
    assert sorted((t.span_id or 0, t.status) for t in project.tags(doc_id)) == sorted(
        [(0, SUGGESTED), (manual.id, SUGGESTED)]
    )
    assert project.integrity_check() == "ok"


def test_only_automatic_suggestions_can_replace_suggestions(project) -> None:
    doc_id = add_briefing(project)
    bundle = suggestions(project.document(doc_id))
    bundle.spans[0].origin = "manual"
    with pytest.raises(AnnotatorError):
        project.replace_suggestions(doc_id, bundle)
    assert project.spans(doc_id) == []


def test_an_accepted_link_or_span_tag_on_a_suggested_quote_survives_re_analysis(suggested) -> None:
    project, doc_id = suggested
    [relation] = project.relations(doc_id)
    relation.status = ACCEPTED
    project.update_relation(relation)
    span_tag = next(t for t in project.tags(doc_id) if t.span_id is not None)
    span_tag.status = ACCEPTED
    project.update_tag(span_tag)

    project.replace_suggestions(doc_id, suggestions(project.document(doc_id)))

    assert [r.status for r in project.relations(doc_id)] == [ACCEPTED]
    assert ACCEPTED in [t.status for t in project.tags(doc_id) if t.span_id is not None]


def test_a_suggested_quote_stays_linked_to_its_accepted_speaker_after_re_analysis(suggested) -> None:
    project, doc_id = suggested
    speaker = next(s for s in project.spans(doc_id) if s.label == SPEAKER)
    speaker.status = ACCEPTED
    project.update_span(speaker)

    project.replace_suggestions(doc_id, suggestions(project.document(doc_id)))

    quote = next(s for s in project.spans(doc_id) if s.label == QUOTE)
    assert [(r.source_id, r.target_id) for r in project.relations(doc_id)] == [(quote.id, speaker.id)]


# -- integrity and search ---------------------------------------------------------------

AGENDA = (
    "Министры обсудили ситуацию на повестке дня Совета Безопасности ООН. "
    "Ещё одной темой стало объединённое заявление о сотрудничестве."
)
ENERGY = "Стороны договорились о поставках газа и развитии атомной энергетики."


@pytest.fixture
def searchable(project):
    agenda = project.add_document(Document(text=AGENDA, title="Переговоры в Нью-Йорке"))
    energy = project.add_document(Document(text=ENERGY, title="Энергетический диалог"))
    return project, agenda, energy


@pytest.mark.parametrize("query", ["повестка", "повесткой", "Повестку", "совет безопасности", "советом"])
def test_search_finds_every_inflected_form(searchable, query: str) -> None:
    project, agenda, energy = searchable
    assert [doc_id for doc_id, _ in services.search_documents(project, query)] == [agenda]


@pytest.mark.parametrize("query", ["еще", "ещё", "объединенный", "объединённое"])
def test_search_folds_yo_into_ye(searchable, query: str) -> None:
    project, agenda, energy = searchable
    assert [doc_id for doc_id, _ in services.search_documents(project, query)] == [agenda]


def test_search_needs_every_word_and_looks_in_titles(searchable) -> None:
    project, agenda, energy = searchable
    assert services.search_documents(project, "повестка газ") == []
    assert [d for d, _ in services.search_documents(project, "энергетический")] == [energy]
    assert [d for d, _ in services.search_documents(project, "газ энергетика")] == [energy]


def test_search_snippet_marks_the_match(searchable) -> None:
    project, agenda, _ = searchable
    [(doc_id, snippet)] = services.search_documents(project, "повестка")
    assert "[повестке]" in snippet


@pytest.mark.parametrize("query", ['"повестка', "повестка*", "AND", "NOT газ", "-газ", "(", "газ OR", ""])
def test_search_treats_operators_and_punctuation_as_plain_words(searchable, query: str) -> None:
    project, *_ = searchable
    services.search_documents(project, query)  # no FTS syntax error reaches the user


def test_search_forgets_deleted_documents_and_edited_titles(searchable) -> None:
    project, agenda, energy = searchable
    project.delete_document(agenda)
    assert services.search_documents(project, "повестка") == []
    project.update_document_meta(energy, title="Атомный форум")
    assert services.search_documents(project, "энергетический") == []
    assert [d for d, _ in services.search_documents(project, "форум")] == [energy]
    assert project.integrity_check() == "ok"
