"""Importing articles: every file type, every encoding, folders, duplicates and bad files.

Each file is imported whole or not at all; a bad file is reported by name and
reason and the others go on.
"""

from __future__ import annotations

import codecs
import json
import random
import socket
from pathlib import Path

import pytest

from annotator import services
from annotator.formats import articles
from annotator.formats.articles import read_articles
from annotator.model import AnnotatorError

TITLE = "Лавров провёл переговоры с министром иностранных дел Казахстана"
BODY = (
    "Министр иностранных дел России Сергей Лавров провёл в Москве переговоры с главой МИД "
    "Казахстана. Стороны обсудили двустороннюю повестку, подготовку визита на высшем уровне "
    "и взаимодействие в рамках ЕАЭС, ОДКБ и ШОС.\n"
    "«Наши страны связывают отношения стратегического партнёрства и союзничества», — "
    "подчеркнул Лавров на пресс-конференции по итогам встречи.\n"
    "По его словам, товарооборот между государствами в прошлом году вырос, а энергетическое "
    "сотрудничество остаётся одним из приоритетов."
)
ARTICLE = f"{TITLE}\n{BODY}\n"
BRIEFING = (
    "Брифинг официального представителя МИД России\n"
    "Отвечая на вопрос журналиста, официальный представитель МИД Мария Захарова заявила, что "
    "Москва рассчитывает на продолжение диалога по линии СНГ.\n"
)


def import_files(project, *paths: Path) -> services.ImportReport:
    return services.import_paths(project, list(paths), analyze=False)


def stored_texts(project) -> list[str]:
    return [project.document(doc_id).text for doc_id in project.document_ids()]


def failure_for(report: services.ImportReport, path: Path) -> str:
    [reason] = [why for failed, why in report.failures if failed == str(path)]
    return reason


# -- plain text in every encoding --------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda s: s.encode("utf-8"), id="utf-8"),
        pytest.param(lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda s: s.encode("cp1251"), id="cp1251"),
        # KOI8-R has neither guillemets nor the em dash.
        pytest.param(lambda s: s.encode("koi8-r"), id="koi8-r"),
        pytest.param(lambda s: s.encode("utf-16"), id="utf-16-bom"),
        pytest.param(lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), id="utf-16-be-bom"),
    ],
)
def test_a_text_file_in_any_supported_encoding_is_decoded_to_the_original_russian(
    project, tmp_path: Path, encode
) -> None:
    article = ARTICLE.replace("«", '"').replace("»", '"').replace("—", "-")
    path = tmp_path / "lavrov.txt"
    path.write_bytes(encode(article))
    report = import_files(project, path)
    assert report.ok and report.document_count == 1
    [doc_id] = project.document_ids()
    doc = project.document(doc_id)
    assert doc.text == article
    assert doc.title == TITLE
    assert doc.origin_path == str(path)


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r"])
def test_a_short_single_byte_briefing_is_still_decoded_correctly(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "briefing.txt"
    path.write_bytes(BRIEFING.encode(codec))
    [bundle] = read_articles(path)
    assert bundle.document.text == BRIEFING


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[:-1], id="cut-mid-letter"),
        pytest.param(lambda data: data.replace("визита".encode(), "визита".encode() + b"\xe9", 1), id="stray-byte"),
    ],
)
def test_utf8_with_one_damaged_byte_is_not_imported_as_mojibake(tmp_path: Path, damage) -> None:
    text = "Министр иностранных дел России провёл переговоры.\nСтороны обсудили подготовку визита"
    path = tmp_path / "damaged.txt"
    path.write_bytes(damage(text.encode("utf-8")))
    try:
        [bundle] = read_articles(path)
    except AnnotatorError as exc:
        assert "damaged.txt" in str(exc)
    else:
        assert bundle.document.text.startswith("Министр иностранных дел России провёл переговоры.")


def test_windows_line_breaks_and_decomposed_letters_are_normalised(project, tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    raw = ARTICLE.replace("\n", "\r\n").replace("ё", "е\u0308")
    path.write_bytes(raw.encode("utf-8"))
    import_files(project, path)
    [text] = stored_texts(project)
    assert "\r" not in text
    assert text == ARTICLE


@pytest.mark.parametrize(
    ("content", "name", "title"),
    [
        (ARTICLE, "lavrov.txt", TITLE),
        ("\n\n  " + ARTICLE, "leading-blank-lines.txt", TITLE),
        ("Одна строка без заголовка: стороны подписали меморандум.", "one-line.txt", "one-line"),
        ("Очень длинная первая строка " * 20 + "\nВторая строка.", "long-first-line.txt", "long-first-line"),
    ],
)
def test_the_title_is_the_first_line_or_else_the_file_name(tmp_path: Path, content: str, name: str, title: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [bundle] = read_articles(path)
    assert bundle.document.title == title


def test_text_is_stored_untrimmed_so_offsets_match_the_file(project, tmp_path: Path) -> None:
    path = tmp_path / "spaces.md"
    path.write_text("  Заявление МИД\n\n\tТекст заявления.  \n", encoding="utf-8")
    import_files(project, path)
    assert stored_texts(project) == ["  Заявление МИД\n\n\tТекст заявления.  \n"]


# -- .docx --------------------------------------------------------------------------


def make_docx(path: Path, paragraphs: list[str], **properties: object) -> Path:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    for name, value in properties.items():
        setattr(document.core_properties, name, value)
    document.save(str(path))
    return path


def test_a_docx_article_keeps_its_paragraphs_and_core_properties(project, tmp_path: Path) -> None:
    from datetime import datetime

    paragraphs = ["", TITLE, *BODY.split("\n")]
    path = make_docx(
        tmp_path / "interview.docx",
        paragraphs,
        title="Интервью министра",
        author="Пресс-служба МИД",
        created=datetime(2024, 5, 14, 9, 30),
    )
    report = import_files(project, path)
    assert report.ok
    doc = project.document(project.document_ids()[0])
    assert doc.text == f"{TITLE}\n{BODY}"
    assert (doc.title, doc.date, doc.source) == ("Интервью министра", "2024-05-14", "Пресс-служба МИД")


def test_a_docx_without_a_title_property_is_titled_by_its_first_paragraph(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "statement.docx", [TITLE, BODY], title="")
    [bundle] = read_articles(path)
    assert bundle.document.title == TITLE


def test_a_broken_docx_is_reported_by_name(project, tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip archive" * 10)
    report = import_files(project, path)
    assert "broken.docx" in failure_for(report, path)
    assert project.document_count() == 0


# -- .html ----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="ru"><head>
<meta charset="utf-8">
<title>Новости | Сайт агентства</title>
<meta property="og:title" content="Лавров и Токаев обсудили союзническое взаимодействие">
<meta property="og:site_name" content="Агентство дипломатических новостей">
<meta property="article:published_time" content="2024-06-03T12:40:00+03:00">
<link rel="canonical" href="https://example.org/news/2024/06/03/lavrov-tokaev">
<link rel="stylesheet" href="http://cdn.example.org/site.css">
<style>p { color: red; } .секрет { display: none }</style>
<script>document.write("СКРИПТ-ТЕКСТ"); fetch("http://tracker.example.org/pixel");</script>
</head><body>
<header><nav><a href="/">Главная</a> <a href="/world">В мире</a></nav></header>
<aside>Реклама: купите билеты</aside>
<article>
  <h1>Лавров и Токаев обсудили союзническое взаимодействие</h1>
  <img src="http://images.example.org/photo.jpg" alt="Фото с переговоров">
  <p>Президент Казахстана принял в Астане министра иностранных дел России.</p>
  <p>«Мы высоко ценим&nbsp;уровень нашего диалога», —&nbsp;сказал<br>глава государства.</p>
  <script>var hidden = "ЕЩЁ-ОДИН-СКРИПТ";</script>
  <iframe src="http://video.example.org/embed/1"></iframe>
  <ul><li>Стороны обсудили работу ЕАЭС.</li><li>Отдельно затронута тема ОДКБ.</li></ul>
</article>
<footer>© Агентство, все права защищены</footer>
</body></html>
"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the importer tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_a_saved_web_page_yields_the_article_text_and_metadata_only(project, tmp_path: Path, no_network) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    report = import_files(project, path)
    assert report.ok
    doc = project.document(project.document_ids()[0])
    assert doc.text.split("\n") == [
        "Лавров и Токаев обсудили союзническое взаимодействие",
        "Президент Казахстана принял в Астане министра иностранных дел России.",
        "«Мы высоко ценим уровень нашего диалога», — сказал",
        "глава государства.",
        "Стороны обсудили работу ЕАЭС.",
        "Отдельно затронута тема ОДКБ.",
    ]
    assert (doc.title, doc.date, doc.source, doc.url) == (
        "Лавров и Токаев обсудили союзническое взаимодействие",
        "2024-06-03",
        "Агентство дипломатических новостей",
        "https://example.org/news/2024/06/03/lavrov-tokaev",
    )
    for unwanted in ("СКРИПТ", "color", "Главная", "Реклама", "права защищены", "http://"):
        assert unwanted not in doc.text


def test_a_cp1251_web_page_is_decoded(tmp_path: Path, no_network) -> None:
    path = tmp_path / "old-site.htm"
    path.write_bytes(
        ("<html><head><title>Брифинг</title></head><body><p>" + BRIEFING + "</p></body></html>").encode("cp1251")
    )
    [bundle] = read_articles(path)
    assert "официальный представитель МИД Мария Захарова" in bundle.document.text
    assert bundle.document.title == "Брифинг"


def test_the_lead_paragraph_in_the_articles_own_header_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "lead.html"
    path.write_text(
        "<html><body><header><nav>Главная</nav></header><article>"
        "<header><h1>Визит в Пекин</h1><p>Лидеры двух стран провели переговоры в узком составе.</p></header>"
        "<p>Стороны подписали совместное заявление.</p></article></body></html>",
        encoding="utf-8",
    )
    [bundle] = read_articles(path)
    assert "Лидеры двух стран провели переговоры в узком составе." in bundle.document.text
    assert "Главная" not in bundle.document.text


def test_a_web_page_without_article_text_is_reported(project, tmp_path: Path) -> None:
    path = tmp_path / "empty-page.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body><nav>Меню</nav></body></html>")
    report = import_files(project, path)
    assert "no article text" in failure_for(report, path)


# -- .csv -----------------------------------------------------------------------------


def write(path: Path, content: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(content.encode(encoding))
    return path


COMMA_CSV = (
    "title,date,source,url,text\n"
    "Визит в Ташкент,2024-05-14,Агентство,https://example.org/1,"
    "\"Министр заявил, что переговоры прошли конструктивно.\"\n"
    "Брифинг МИД,2024-05-15,Агентство,https://example.org/2,"
    "\"Представитель МИД отметила: \"\"Мы открыты к диалогу\"\".\nВторой абзац ответа.\"\n"
)
SEMICOLON_CSV = (
    "Text;Title;Date\n"
    "\"Президент подчеркнул, что ШОС остаётся важной площадкой; декларация согласована.\";Саммит ШОС;2024-07-04\n"
    "Лидеры обсудили гуманитарное сотрудничество в СНГ;Саммит СНГ;2024-10-08\n"
)


def test_a_comma_separated_file_gives_one_article_a_row_with_metadata(project, tmp_path: Path) -> None:
    path = write(tmp_path / "news.csv", COMMA_CSV)
    report = import_files(project, path)
    assert report.ok and report.document_count == 2
    docs = [project.document(i) for i in project.document_ids()]
    assert [(d.title, d.date, d.source, d.url) for d in docs] == [
        ("Визит в Ташкент", "2024-05-14", "Агентство", "https://example.org/1"),
        ("Брифинг МИД", "2024-05-15", "Агентство", "https://example.org/2"),
    ]
    assert docs[1].text == "Представитель МИД отметила: \"Мы открыты к диалогу\".\nВторой абзац ответа."


def test_a_semicolon_separated_cp1251_file_with_a_capitalised_header(project, tmp_path: Path) -> None:
    path = write(tmp_path / "summits.csv", SEMICOLON_CSV.replace("\n", "\r\n"), "cp1251")
    report = import_files(project, path)
    assert report.ok and report.document_count == 2
    docs = [project.document(i) for i in project.document_ids()]
    assert [d.title for d in docs] == ["Саммит ШОС", "Саммит СНГ"]
    assert docs[0].text == "Президент подчеркнул, что ШОС остаётся важной площадкой; декларация согласована."


def test_an_excel_csv_with_a_bom_semicolons_and_windows_line_breaks(tmp_path: Path) -> None:
    content = "\ufeffтекст;title\r\n\"Первая строка\r\nвторая строка\";Заявление\r\n"
    path = tmp_path / "excel.csv"
    path.write_bytes(content.encode("utf-8"))
    [bundle] = read_articles(path)
    assert (bundle.document.text, bundle.document.title) == ("Первая строка\nвторая строка", "Заявление")


def test_a_csv_with_only_a_text_column_and_blank_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "texts.csv", 'text\n"Стороны подписали меморандум."\n\n"Визит отложен, сообщили в МИД."\n')
    assert [b.document.text for b in read_articles(path)] == [
        "Стороны подписали меморандум.",
        "Визит отложен, сообщили в МИД.",
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("title,text\nВизит,Текст о визите\nБрифинг,Текст,лишняя ячейка\n", "line 3"),
        ("title,text\nВизит,Текст о визите\nБрифинг,\n", "line 3"),
        ("title,text\nВизит,Текст о визите\nБрифинг,\"   \"\n", "line 3"),
        ("title,date\nВизит,2024-05-14\n", "line 1"),
        ("title,text\nВизит\n", "line 2"),
    ],
    ids=["too-many-cells", "empty-text", "blank-text", "no-text-column", "too-few-cells"],
)
def test_a_malformed_csv_names_file_and_line_and_imports_nothing(project, tmp_path: Path, content: str, expected: str) -> None:
    bad = write(tmp_path / "bad.csv", content)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    report = import_files(project, bad, good)
    reason = failure_for(report, bad)
    assert str(bad) in reason and expected in reason
    assert stored_texts(project) == [ARTICLE], "nothing from the bad file, the good file imported"


def test_a_csv_cell_holding_a_long_press_conference_transcript_is_imported(tmp_path: Path) -> None:
    exchange = "Вопрос: Как вы оцениваете итоги года? Ответ: Мы последовательно развивали отношения с партнёрами. "
    transcript = exchange * 1600  # about 157,000 characters, as a year-end press conference
    path = write(tmp_path / "transcripts.csv", f'title,text\nСтенограмма пресс-конференции,"{transcript}"\n')
    [bundle] = read_articles(path)
    assert bundle.document.text == transcript


def test_a_csv_with_a_header_only_is_reported(project, tmp_path: Path) -> None:
    path = write(tmp_path / "header-only.csv", "title,text\n")
    report = import_files(project, path)
    assert "no article text" in failure_for(report, path)


# -- .jsonl articles ---------------------------------------------------------------------


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def test_a_jsonl_file_of_plain_articles(project, tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", jsonl(
        {"text": BODY, "title": TITLE, "date": "2024-05-14", "source": "МИД России", "url": "https://example.org/a"},
        {"text": BRIEFING},
    ) + "\n")
    report = import_files(project, path)
    assert report.ok and report.document_count == 2
    first = project.document(project.document_ids()[0])
    assert (first.text, first.title, first.date, first.source, first.url, first.status) == (
        BODY, TITLE, "2024-05-14", "МИД России", "https://example.org/a", "new")


@pytest.mark.parametrize(
    ("second_line", "expected"),
    [
        ('{"text": "Незакрытая строка', "line 2: not valid JSON"),
        ('["список", "вместо объекта"]', "line 2"),
        ('{"title": "Без текста"}', "line 2"),
        ('{"text": "Текст", "meta": "не объект"}', "line 2"),
    ],
)
def test_a_malformed_jsonl_line_names_the_line_and_imports_nothing(project, tmp_path: Path, second_line: str, expected: str) -> None:
    path = write(tmp_path / "feed.jsonl", jsonl({"text": BODY}) + second_line + "\n" + jsonl({"text": BRIEFING}))
    report = import_files(project, path)
    reason = failure_for(report, path)
    assert str(path) in reason and expected in reason
    assert project.document_count() == 0


def test_a_jsonl_file_that_is_not_utf8_names_the_line(project, tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(jsonl({"text": BODY}).encode() + jsonl({"text": BRIEFING}).encode("cp1251"))
    report = import_files(project, path)
    assert "line 2" in failure_for(report, path)
    assert project.document_count() == 0


# -- folders --------------------------------------------------------------------------------


def test_a_folder_is_imported_recursively_and_unsupported_files_are_reported(project, tmp_path: Path) -> None:
    root = tmp_path / "inbox"
    (root / "2024" / "июнь").mkdir(parents=True)
    (root / "2024" / "июнь" / "lavrov.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "2024" / "briefing.txt").write_bytes(BRIEFING.encode("cp1251"))
    (root / "feed.jsonl").write_text(jsonl({"text": "Стороны договорились продолжить консультации."}), encoding="utf-8")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    (root / "2024" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / ".hidden.txt").write_text("Служебный файл редактора", encoding="utf-8")

    report = import_files(project, root)

    assert report.ok
    assert report.document_count == 3
    assert sorted(report.skipped) == sorted([str(root / "photo.jpg"), str(root / "2024" / "notes.pdf")])
    assert sorted(Path(project.document(i).origin_path).name for i in project.document_ids()) == [
        "briefing.txt", "feed.jsonl", "lavrov.txt"]
    assert any("photo.jpg" in line for line in report.lines())


def test_a_missing_path_is_a_failure_naming_it(project, tmp_path: Path) -> None:
    missing = tmp_path / "нет-такого-файла.txt"
    report = import_files(project, missing)
    assert "нет-такого-файла.txt" in failure_for(report, missing)
    assert not report.ok


def test_an_unsupported_file_named_explicitly_is_a_failure(project, tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4")
    report = import_files(project, path)
    assert "unsupported file type .pdf" in failure_for(report, path)


# -- duplicates ----------------------------------------------------------------------------------


def test_duplicates_are_skipped_and_reported(project, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    write(folder / "a-original.txt", ARTICLE)
    write(folder / "b-copy.txt", ARTICLE)
    write(folder / "c-crlf.txt", ARTICLE.replace("\n", "\r\n"))
    write(folder / "d-cp1251.txt", ARTICLE, "cp1251")
    write(folder / "e-extra-spaces.txt", ARTICLE.replace(" ", "  ") + "\n\n")

    report = import_files(project, folder)

    assert report.ok
    assert report.document_count == 1
    assert sorted(Path(p).name for p, _ in report.duplicates) == [
        "b-copy.txt", "c-crlf.txt", "d-cp1251.txt", "e-extra-spaces.txt"]
    assert all("document 1" in why for _, why in report.duplicates)
    assert any(line.startswith("duplicate skipped") for line in report.lines())


def test_importing_the_same_folder_again_imports_nothing_new(project, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    write(folder / "lavrov.txt", ARTICLE)
    write(folder / "news.csv", COMMA_CSV)
    first = import_files(project, folder)
    second = import_files(project, folder)
    assert first.document_count == 3
    assert second.document_count == 0
    assert len(second.duplicates) == 3
    assert project.document_count() == 3


def test_a_row_repeated_inside_one_csv_is_skipped_and_the_rest_kept(project, tmp_path: Path) -> None:
    path = write(tmp_path / "repeats.csv", "title,text\nПервый,Стороны подписали меморандум.\n"
                 "Повтор,Стороны  подписали меморандум.\nВторой,Визит отложен.\n")
    report = import_files(project, path)
    assert report.document_count == 2
    [(path_reported, why)] = report.duplicates
    assert path_reported == str(path)
    assert "Повтор" in why and "document 1" in why


# -- bad files ------------------------------------------------------------------------------------


def test_bad_files_are_reported_by_name_and_reason_while_the_rest_are_imported(
    project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(articles, "MAX_FILE_BYTES", 4096)
    folder = tmp_path / "mixed"
    folder.mkdir()
    write(folder / "01-good.txt", ARTICLE)
    (folder / "02-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "03-empty.txt").write_bytes(b"")
    (folder / "04-blank.txt").write_text(" \n\t\r\n  \n", encoding="utf-8")
    garbage = random.Random(20240603)
    (folder / "05-garbage.txt").write_bytes(bytes(garbage.randrange(1, 256) for _ in range(3000)))
    write(folder / "06-huge.txt", ARTICLE * 10)
    (folder / "07-broken-utf16.txt").write_bytes(codecs.BOM_UTF16_LE + "Текст".encode("utf-16-le") + b"\x00\xd8")
    write(folder / "08-good.csv", COMMA_CSV)

    report = import_files(project, folder)

    reasons = {Path(path).name: why for path, why in report.failures}
    assert sorted(reasons) == [
        "02-binary.txt", "03-empty.txt", "04-blank.txt", "05-garbage.txt", "06-huge.txt", "07-broken-utf16.txt"]
    assert "binary" in reasons["02-binary.txt"]
    assert "empty" in reasons["03-empty.txt"]
    assert "white space" in reasons["04-blank.txt"]
    assert "encoding" in reasons["05-garbage.txt"]
    assert "limit" in reasons["06-huge.txt"]
    assert "UTF-16" in reasons["07-broken-utf16.txt"]
    for name, why in reasons.items():
        assert name in why, "every reason names its file"
    assert report.document_count == 3
    assert sorted(Path(project.document(i).origin_path).name for i in project.document_ids()) == [
        "01-good.txt", "08-good.csv", "08-good.csv"]
    assert not report.ok
    assert project.integrity_check() == "ok"


def test_a_reader_crash_is_reported_as_a_failure_not_raised(project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(path: Path) -> list:
        raise RuntimeError("unexpected reader state")

    monkeypatch.setitem(articles.READERS, ".txt", explode)
    path = write(tmp_path / "lavrov.txt", ARTICLE)
    report = import_files(project, path)
    assert "unexpected reader state" in failure_for(report, path)


def test_progress_is_reported_once_per_file(project, tmp_path: Path) -> None:
    for number in range(3):
        write(tmp_path / f"{number}.txt", f"Заявление номер {number}.\n{BODY}")
    seen: list[tuple[int, int, str]] = []
    services.import_paths(project, [tmp_path], analyze=False, progress=lambda *a: seen.append(a))
    assert [(done, total) for done, total, _ in seen] == [(1, 3), (2, 3), (3, 3)]


def test_an_import_can_be_cancelled_keeping_the_files_already_imported(project, tmp_path: Path) -> None:
    for number in range(4):
        write(tmp_path / f"{number}.txt", f"Заявление номер {number}.\n{BODY}")
    calls = iter([False, False, True])
    report = services.import_paths(project, [tmp_path], analyze=False, cancelled=lambda: next(calls))
    assert report.cancelled
    assert project.document_count() == 2
