"""The import writes a group of files with one executemany per table (Project.store_files).

Pinned to the file-by-file path it replaces (each file in its own savepoint,
``store_rows``): the same rows, ids, duplicates and messages, on Cyrillic,
emoji and CRLF text; a file that does not fit still fails alone.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from annotator import services
from annotator.services import importing
from annotator.services.preparing import PreparedFile, prepared_from_bundles
from annotator.model import QUOTE, SPEAKER, AnnotatedDocument, Document, Entity, Relation, Span, ThemeTag

ARTICLES = {
    "01-emoji.txt": "Переговоры в Пекине 🤝\n\nСергей Лавров заявил: «Мы готовы к диалогу 🇷🇺 с партнёрами».\n"
                    "Министр отметил, что «повестка остаётся насыщенной».\n",
    "02-crlf.txt": "Брифинг МИД\r\n\r\nМария Захарова подчеркнула: «Санкции не помогут».\r\n"
                   "Об этом заявила официальный представитель МИД России.\r\n",
    "03-copy-of-emoji.txt": "Переговоры в Пекине 🤝\r\n\r\nСергей Лавров заявил: «Мы готовы к диалогу 🇷🇺 с партнёрами».\r\n"
                            "Министр отметил, что «повестка остаётся насыщенной».\r\n",
    "04-several.csv": "title,text\n"
                      "Саммит,\"Дмитрий Песков сообщил, что визит президента состоится в июне.\"\n"
                      "Повтор,\"Дмитрий Песков сообщил, что визит президента состоится в июне.\"\n"
                      "Энергетика,\"«Поставки газа продолжатся», – отметил Алексей Оверчук. 😀\"\n",
    "05-cp1251.txt": "Торговля\n\nКасым-Жомарт Токаев заявил, что товарооборот вырос.\n",
}


def write_articles(folder: Path) -> Path:
    folder.mkdir()
    for name, text in ARTICLES.items():
        encoding = "cp1251" if "cp1251" in name else "utf-8"
        (folder / name).write_bytes(text.encode(encoding))
    return folder


def dump(project) -> dict[str, list[tuple]]:
    """Every row the import writes, without the time of day it was written."""
    tables = {
        "documents": "SELECT id, title, date, source, url, status, origin_path, meta, text, text_hash, length, memo"
                     " FROM documents ORDER BY id",
        "spans": 'SELECT id, doc_id, start, "end", label, attrs, origin, status, annotator, entity_id, comment'
                 " FROM spans ORDER BY id",
        "relations": "SELECT id, doc_id, kind, source_id, target_id, origin, status, annotator FROM relations ORDER BY id",
        "theme_tags": "SELECT id, doc_id, theme_id, span_id, origin, status, annotator FROM theme_tags ORDER BY id",
        "entities": "SELECT id, name, type, aliases, roles FROM entities ORDER BY id",
        "themes": "SELECT * FROM themes ORDER BY id",
        "sequences": "SELECT name, seq FROM sqlite_sequence ORDER BY name",
        "search": "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'лавров OR песков OR санкции' ORDER BY rowid",
    }
    return {name: [tuple(row) for row in project.db.execute(sql).fetchall()] for name, sql in tables.items()}


def file_by_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importing, "_store_batched", lambda project, group: None)


def count_batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    batched: list[int] = []
    real = importing._store_batched

    def spy(project, group):
        outcomes = real(project, group)
        batched.append(len(group) if outcomes is not None else 0)
        return outcomes

    monkeypatch.setattr(importing, "_store_batched", spy)
    return batched


def import_twice(project, folder: Path) -> list[list[str]]:
    """Import the folder, then once more (everything a duplicate the second time)."""
    return [services.import_paths(project, [folder], workers=1).lines() for _ in range(2)]


def test_a_batched_group_writes_what_the_file_by_file_path_writes(tmp_path: Path, monkeypatch) -> None:
    folder = write_articles(tmp_path / "articles")
    batched_project = services.open_project(tmp_path / "batched.annotator")
    batches = count_batches(monkeypatch)
    batched_lines = import_twice(batched_project, folder)
    assert batches and all(batches), "the batched path was not taken"
    monkeypatch.undo()
    file_by_file(monkeypatch)
    single_project = services.open_project(tmp_path / "single.annotator")
    single_lines = import_twice(single_project, folder)

    assert batched_lines == single_lines
    assert dump(batched_project) == dump(single_project)
    rows = dump(batched_project)
    assert len(rows["documents"]) == 5  # 03 repeats 01 (CRLF and all), the csv repeats its first row
    assert rows["spans"] and rows["relations"] and rows["theme_tags"]
    assert any("🤝" in row[8] and "\r" not in row[8] for row in rows["documents"])
    assert "duplicate skipped" in "\n".join(batched_lines[0])
    batched_project.close()
    single_project.close()


def annotated(title: str, text: str, *, broken: bool = False) -> AnnotatedDocument:
    quote = text.index("«") + 1
    speaker = text.index("Лавров")
    return AnnotatedDocument(
        document=Document(text=text, title=title),
        spans=[Span(id=1, start=quote, end=text.index("»"), label=QUOTE, attrs={"kind": "direct"}),
               Span(id=2, start=speaker, end=speaker + len("Лавров"), label=SPEAKER, entity_id=5)],
        relations=[Relation(source_id=1, target_id=9 if broken else 2)],
        entities=[Entity(id=5, name="Сергей Лавров")],
        tags=[ThemeTag(theme_id="new-theme-😀", span_id=1), ThemeTag(theme_id="bilateral")],
    )


def group(broken_second: bool) -> list[PreparedFile]:
    texts = ["Лавров заявил: «Диалог 🤝 продолжится».", "Лавров отметил:\n«Повестка насыщенная».",
             "Лавров добавил: «Встреча состоится»."]
    prepared = [prepared_from_bundles(f"/in/{n}.txt", [annotated(f"Статья {n}", text, broken=broken_second and n == 1)])
                for n, text in enumerate(texts)]
    prepared.insert(1, PreparedFile("/in/unreadable.txt", error="/in/unreadable.txt: the file is empty"))
    return prepared


@pytest.mark.parametrize("broken_second", [False, True])
def test_a_file_that_does_not_fit_fails_alone_with_its_own_message(tmp_path: Path, monkeypatch, broken_second) -> None:
    results = {}
    for name in ("batched", "single"):
        if name == "single":
            file_by_file(monkeypatch)
        project = services.open_project(tmp_path / f"{name}.annotator")
        report = importing.ImportReport()
        with project.atomic():
            outcomes = importing._store_group(project, group(broken_second), report, left=0)
        results[name] = ([dataclasses.asdict(outcome) for outcome in outcomes], dump(project))
        project.close()

    assert results["batched"] == results["single"]
    outcomes, rows = results["batched"]
    assert outcomes[1]["failure"] == "/in/unreadable.txt: the file is empty"
    if broken_second:
        assert "refers to span 9" in outcomes[2]["failure"] and outcomes[2]["stored"] == 0
        assert len(rows["documents"]) == 2 and {row[0] for row in rows["documents"]} == {1, 2}
    else:
        assert [outcome["stored"] for outcome in outcomes] == [1, 0, 1, 1]
    assert ("new-theme-😀",) == tuple(row[0] for row in rows["themes"] if row[0].startswith("new"))


def test_a_refused_batch_leaves_nothing_behind(project) -> None:
    good = prepared_from_bundles("/in/a.txt", [annotated("A", "Лавров заявил: «Да».")])
    bad = prepared_from_bundles("/in/b.txt", [annotated("B", "Лавров сказал: «Нет».", broken=True)])
    before = dump(project)
    with project.atomic():
        assert project.store_files([good.rows, bad.rows]) is None
    assert dump(project) == before
    assert project.entities() == []


def test_batched_ids_pass_every_id_ever_given(project) -> None:
    first = prepared_from_bundles("/in/a.txt", [annotated("A", "Лавров заявил: «Да».")])
    with project.atomic():
        [[doc_id]] = project.store_files([first.rows])
    old = project.annotated(doc_id)
    project.delete_document(doc_id)
    second = prepared_from_bundles("/in/b.txt", [annotated("B", "Лавров сказал: «Нет».")])
    with project.atomic():
        [[new_id]] = project.store_files([second.rows])

    new = project.annotated(new_id)
    assert new_id > doc_id
    assert min(s.id for s in new.spans) > max(s.id for s in old.spans)
    assert min(r.id for r in new.relations) > max(r.id for r in old.relations)
    assert min(t.id for t in new.tags) > max(t.id for t in old.tags)


def test_rows_encode_attrs_and_meta_as_json_dumps_does_and_survive_pickling() -> None:
    import json
    import pickle

    from annotator.store.rows import build_rows

    text = "Заголовок 🤝\r\nМария Захарова: «Ответ будет»."
    bundle = annotated("Заголовок 🤝", text.replace("Мария Захарова", "Сергей Лавров"))
    bundle.spans[0].attrs = {"kind": "direct", "note": "кавычки «ёлочки» 😀\r\n\"", "weight": [1, 2.5, None, True]}
    bundle.document.meta = {"источник": "ТАСС 🇷🇺", "line": "a\r\nb"}
    bundle.entities[0].aliases = ["Лавров"]
    rows = build_rows(bundle)

    assert rows.spans[0][4] == json.dumps(bundle.spans[0].attrs, ensure_ascii=False)
    assert rows.spans[1][4] == "{}"
    assert rows.document[6] == json.dumps(bundle.document.meta, ensure_ascii=False)
    prepared = PreparedFile("/in/a.txt", [rows], timings={"read": 0.5}, part="lines 1–2", last_part=False)
    again = pickle.loads(pickle.dumps(prepared))
    assert again == prepared and again.rows[0].entities == bundle.entities


@pytest.mark.parametrize(("raw", "title", "date", "source"), [
    ("МОСКВА, 27 ноября. /ТАСС/. Лавров 🤝 заявил: «Да».\r\nВторая строка.\r\n",
     "МОСКВА, 27 ноября. /ТАСС/. Лавров 🤝 заявил: «Да».", "2026-11-27", "ТАСС"),
    ("\ufeffЗаголовок 😀\r\rИсточник: БелТА\r27.11.2025\rТекст.", "Заголовок 😀", "2025-11-27", "БелТА"),
    ("Одна строка без даты 🇷🇺", "one-line", "", ""),
    ("Заголовок\n" + "\n" * 40 + "МИНСК, 5 мар - РИА Новости. Текст\n2024-03-05\nещё",
     "Заголовок", "2026-03-05", "РИА Новости"),  # "5 мар" in the file's year comes first
    ("Заголовок\n" + "\n \n" * 40 + "Источник : Интерфакс", "Заголовок", "", "Интерфакс"),
])
def test_a_txt_file_keeps_its_title_date_and_source(tmp_path: Path, raw, title, date, source) -> None:
    import os

    from annotator.formats.articles import read_articles

    path = tmp_path / "one-line.txt"
    path.write_bytes(raw.encode("utf-8"))
    stamp = 1_795_000_000  # 2026-11-18, the file's own date
    os.utime(path, (stamp, stamp))
    [bundle] = read_articles(path)

    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    assert bundle.document.text == text
    assert (bundle.document.title, bundle.document.source) == (title, source)
    assert bundle.document.date == (date or "2026-11-18")
