"""The batched import writes many rows per INSERT statement (bulk.insert_values).

Pinned to the file-by-file path (``store_rows``, which still inserts with
``executemany``, one statement run per row): an analysed import of Cyrillic,
emoji and CRLF articles stores the same rows, column for column, timestamps
included; statements of every length the chunking makes (128 rows, then
powers of two) are exercised; a row that breaks a constraint still sends the
group file by file, where that file alone fails.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator import services
from annotator.model import QUOTE, AnnotatedDocument, Document, Span
from annotator.services import importing
from annotator.services.preparing import prepared_from_bundles
from annotator.store import bulk

STAMP = "2026-11-28T00:00:00+00:00"

PARAGRAPHS = [
    "Сергей Лавров заявил: «Мы готовы к диалогу 🇷🇺 с партнёрами по ШОС».",
    "Мария Захарова подчеркнула, что санкции не помогут решить вопросы безопасности 🤝.",
    "«Поставки газа продолжатся», – отметил вице-премьер Алексей Оверчук.",
    "Дмитрий Песков сообщил журналистам, что визит президента состоится в июне 😀.",
    "Касым-Жомарт Токаев заявил: «Товарооборот между нашими странами вырос на треть».",
]


def write_corpus(folder: Path, files: int) -> Path:
    """Articles built from the paragraphs, every third with CRLF line ends."""
    folder.mkdir()
    for number in range(files):
        lines = [f"Переговоры № {number} 🤝", ""] + [
            PARAGRAPHS[(number + shift) % len(PARAGRAPHS)] for shift in range(1 + number % 4)
        ]
        newline = "\r\n" if number % 3 == 0 else "\n"
        (folder / f"{number:03d}.txt").write_bytes(newline.join(lines).encode("utf-8"))
    return folder


def every_row(project) -> dict[str, list[tuple]]:
    tables = ["documents", "spans", "relations", "theme_tags", "entities", "themes", "sqlite_sequence"]
    rows = {table: [tuple(row) for row in project.db.execute(f"SELECT * FROM {table} ORDER BY 1")] for table in tables}
    rows["search"] = [tuple(row) for row in project.db.execute(
        "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'лавров OR газа OR товарооборот' ORDER BY rowid"
    )]
    return rows


def freeze_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import annotator.store.entities as entities

    monkeypatch.setattr(bulk, "now_iso", lambda: STAMP)
    monkeypatch.setattr(entities, "now_iso", lambda: STAMP)


def test_an_analysed_import_stores_the_rows_executemany_stores(tmp_path: Path, monkeypatch) -> None:
    folder = write_corpus(tmp_path / "articles", 60)
    freeze_time(monkeypatch)
    statements: list[int] = []
    real_insert_values = bulk.insert_values

    def counting(conn, insert, values, width):
        before = conn.total_changes
        real_insert_values(conn, insert, values, width)
        statements.append(conn.total_changes - before)

    monkeypatch.setattr(bulk, "insert_values", counting)
    batched = services.open_project(tmp_path / "batched.annotator")
    batched_lines = services.import_paths(batched, [folder], workers=1).lines()
    monkeypatch.setattr(importing, "_store_batched", lambda project, group: None)
    single = services.open_project(tmp_path / "single.annotator")
    single_lines = services.import_paths(single, [folder], workers=1).lines()

    assert batched_lines == single_lines
    assert every_row(batched) == every_row(single)
    rows = every_row(batched)
    assert len(rows["spans"]) > bulk.ROWS_PER_STATEMENT, "a full statement and a remainder were not both written"
    assert rows["relations"] and rows["theme_tags"] and rows["entities"]
    assert all("\r" not in row[8] for row in rows["documents"]) and any("🇷🇺" in row[8] for row in rows["documents"])
    assert {row[10] for row in rows["spans"]} == {STAMP}
    # every row went in through insert_values: the batched path was taken for every file
    assert sum(statements) == sum(len(rows[table]) for table in ("documents", "spans", "relations", "theme_tags"))
    batched.close()
    single.close()


@pytest.mark.parametrize("count", [0, 1, 2, 3, 127, 128, 129, 300])
@pytest.mark.parametrize("variable_limit", [999, 20, 7])
def test_insert_values_writes_what_executemany_writes(count: int, variable_limit: int) -> None:
    rows = [(n, f"цитата {n} 🤝\r\n", None if n % 3 else n * 0.5) for n in range(1, count + 1)]
    tables = []
    for fill in ("executemany", "insert_values"):
        conn = sqlite3.connect(":memory:")
        conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, variable_limit)
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT, weight REAL)")
        insert = "INSERT INTO t (id, text, weight) VALUES (?, ?, ?)"
        if fill == "executemany":
            conn.executemany(insert, rows)
        else:
            bulk.insert_values(conn, insert, [value for row in rows for value in row], 3)
        tables.append((conn.execute("SELECT * FROM t ORDER BY id").fetchall(),
                       conn.execute("SELECT * FROM sqlite_sequence").fetchall()))
    assert tables[0] == tables[1]
    assert len(tables[1][0]) == count


def test_a_row_that_breaks_a_constraint_fails_its_file_alone(tmp_path: Path) -> None:
    text = "Лавров заявил: «Диалог 🤝 продолжится»."
    quote = Span(start=text.index("«") + 1, end=text.index("»"), label=QUOTE, status="suggested")
    good = [prepared_from_bundles(f"/in/{n}.txt", [AnnotatedDocument(Document(text=f"{n}: {text}"), spans=[quote])])
            for n in range(3)]
    bad_span = Span(start=1, end=5, label=QUOTE, status="maybe")  # not a status the schema allows
    bad = prepared_from_bundles("/in/bad.txt", [AnnotatedDocument(Document(text="Плохой файл\r"), spans=[bad_span])])
    project = services.open_project(tmp_path / "p.annotator")
    with project.atomic():
        assert project.store_files([prepared.rows for prepared in [*good, bad]]) is None
    report = importing.ImportReport()
    with project.atomic():
        outcomes = importing._store_group(project, [good[0], bad, *good[1:]], report, left=0)

    assert [outcome.stored for outcome in outcomes] == [1, 0, 1, 1]
    assert outcomes[1].failure.startswith("/in/bad.txt: ") and "CHECK constraint failed" in outcomes[1].failure
    assert project.db.execute("SELECT count(*) FROM spans").fetchone()[0] == 3
    project.close()
