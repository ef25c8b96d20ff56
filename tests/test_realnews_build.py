"""tests/data/realnews/build_realnews.py: checking sources, building, rendering, importing excerpts.

The sources here are written for the test in the register of diplomatic news; no real article.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent / "data" / "realnews" / "build_realnews.py"
_spec = importlib.util.spec_from_file_location("build_realnews", SCRIPT)
build_realnews = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_realnews)

HEADER = """# id: {doc_id}
# split: {split}
# genre: news
# outlet: Вестник
# country: KZ
# url: https://example.org/news/{doc_id}
# query: министр переговоры визит
# themes: bilateral, economy
# S1: Сергей Лавров | person
# S2: МИД КНР | organization
"""

BODY = (
    "Министр иностранных дел России ⟨S1 Сергей Лавров⟩ провёл переговоры с коллегой 🇨🇳 в Пекине.\n\n"
    "«⟦d:S1.a Мы открыты к диалогу. «⦃Газпром⦄» продолжит поставки⟧», – ⟨S1.a заявил он⟩ журналистам.\n\n"
    "По словам ⟨S1.b министра⟩, ⟦i:S1.b стороны обсудили подготовку визита⟧. "
    "Газета «⦃Известия⦄» пишет, что так называемый «⦅ценностный подход⦆» не работает.\n\n"
    "⟦i:S2.a Визит ⟨S1 Лаврова⟩ в Пекин состоится в мае⟧, – ⟨S2.a сообщили в МИД КНР⟩. "
    "Стороны также обсудили торговлю и инвестиции.\n\n"
    "⟦d:- Каковы итоги встречи?⟧"
)


def _source(doc_id: str = "r004", body: str = BODY, split: str | None = None, **header: str) -> str:
    text = HEADER.format(doc_id=doc_id, split=split or build_realnews.expected_split(doc_id))
    for key, value in header.items():
        text = "\n".join(f"# {key}: {value}" if line.startswith(f"# {key}:") else line for line in text.split("\n"))
    return text + "\n" + body + "\n"


def _root(tmp_path: Path, sources: dict[str, str]) -> Path:
    root = tmp_path / "cache"
    for doc_id, source in sources.items():
        folder = root / "src" / build_realnews.expected_split(doc_id)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{doc_id}.txt").write_text(source, encoding="utf-8", newline="\n")
    return root


def _run(root: Path, *args: str) -> int:
    return build_realnews.main(["--root", str(root), "--committed", str(root / "committed.jsonl"), *args])


def test_build_writes_texts_gold_files_and_a_text_free_offsets_file(tmp_path: Path, capsys) -> None:
    root = _root(tmp_path, {"r004": _source("r004"), "r006": _source("r006")})
    assert _run(root) == 0
    text = (root / "texts" / "r004.txt").read_text(encoding="utf-8")
    assert text.startswith("Министр иностранных дел России Сергей Лавров провёл")
    assert "⟦" not in text and "⟨" not in text and "⦃" not in text
    dev = [json.loads(line) for line in (root / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    test = [json.loads(line) for line in (root / "test.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in dev] == ["r004"] and [d["id"] for d in test] == ["r006"]
    doc = dev[0]
    assert doc["text"] == text
    spans = [(q["kind"], text[q["start"]:q["end"]], q["speaker"]) for q in doc["quotes"]]
    assert spans == [
        ("direct", "Мы открыты к диалогу. «Газпром» продолжит поставки", "Сергей Лавров"),
        ("indirect", "стороны обсудили подготовку визита", "Сергей Лавров"),
        ("indirect", "Визит Лаврова в Пекин состоится в мае", "МИД КНР"),
        ("direct", "Каковы итоги встречи?", None),
    ]
    mention = doc["quotes"][2]["speaker_mention"]
    assert text[mention[0]:mention[1]] == "сообщили в МИД КНР"
    assert [text[s:e] for s, e in doc["titles"]] == ["Газпром", "Известия"]
    assert [text[s:e] for s, e in doc["terms"]] == ["ценностный подход"]
    assert (doc["themes"], doc["outlet"], doc["country"]) == (["bilateral", "economy"], "Вестник", "KZ")
    committed = [json.loads(line) for line in (root / "committed.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in committed] == ["r004", "r006"]
    assert "text" not in committed[0]
    assert committed[0]["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert committed[0]["length"] == len(text)
    assert committed[0]["quotes"] == doc["quotes"] and committed[0]["url"] == "https://example.org/news/r004"
    assert "Мы открыты" not in (root / "committed.jsonl").read_text(encoding="utf-8")


def test_render_rebuilds_a_source_that_parses_to_the_same_document(tmp_path: Path, capsys) -> None:
    root = _root(tmp_path, {"r004": _source("r004")})
    assert _run(root) == 0
    capsys.readouterr()
    assert _run(root, "--render", "r004") == 0
    rendered = capsys.readouterr().out
    again = _root(tmp_path / "again", {"r004": rendered})
    assert _run(again) == 0
    first = (root / "committed.jsonl").read_text(encoding="utf-8")
    assert (again / "committed.jsonl").read_text(encoding="utf-8") == first
    assert "⟦d:S1.a Мы открыты" in rendered and "⟨S2.a сообщили в МИД КНР⟩" in rendered


def test_render_refuses_a_cached_text_with_another_hash(tmp_path: Path, capsys) -> None:
    root = _root(tmp_path, {"r004": _source("r004")})
    assert _run(root) == 0
    path = root / "texts" / "r004.txt"
    path.write_text(path.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert _run(root, "--render", "r004") == 1
    assert "sha256 differs" in capsys.readouterr().err
    assert _run(root, "--render", "r999") == 1


def test_import_excerpt_finds_the_text_by_hash_even_with_non_breaking_spaces(tmp_path: Path, capsys) -> None:
    root = _root(tmp_path, {"r004": _source("r004")})
    assert _run(root) == 0
    text = (root / "texts" / "r004.txt").read_text(encoding="utf-8")
    (root / "texts" / "r004.txt").unlink()
    excerpt = tmp_path / "page.txt"
    excerpt.write_bytes(("Главная › Политика\r\n" + text.replace(" ", "\u00a0", 2) + "\r\nЧитайте также").encode())
    assert _run(root, "--import-excerpt", "r004", str(excerpt)) == 0
    assert (root / "texts" / "r004.txt").read_text(encoding="utf-8") == text
    other = tmp_path / "other.txt"
    other.write_text(text.replace("Пекине", "Шанхае"), encoding="utf-8")
    assert _run(root, "--import-excerpt", "r004", str(other)) == 1
    assert "no substring of" in capsys.readouterr().err


BAD = [
    (dict(doc_id="r005", split="test"), BODY, "belongs to 'dev'"),
    (dict(themes="bilateral, diplomacy"), BODY, "unknown theme ids ['diplomacy']"),
    (dict(country="Kazakhstan"), BODY, "not a two-letter ISO code"),
    (dict(genre="blog"), BODY, "unknown genre 'blog'"),
    (dict(url="tass.ru/x"), BODY, "is not an http(s) address"),
    ({}, BODY.replace("подготовку визита⟧", "подготовку визита.⟧"), "must not end with the period"),
    ({}, BODY.replace("«⟦d:S1.a Мы открыты", "⟦d:S1.a «Мы открыты"), "quotation mark at the edge"),
    ({}, BODY.replace("⟩ провёл", " провёл"), "unclosed markup at line 12: "),
    ({}, BODY.replace("⟦d:- Каковы", "⟦d:S3.a Каковы"), "speaker S3 is not declared"),
    ({}, BODY.replace("⟦i:S2.a Визит", "⟦i:S2.b Визит"), "mention ⟨S2.b …⟩ not found"),
    ({}, BODY.replace("⟦i:S1.b стороны", "⟦i:S1.b ⟨S1.b стороны⟩"), "label S1.b used twice"),
    ({}, BODY.replace("⟦i:S2.a Визит", "⟦i:S2.a ⟨S2.a Визит⟩").replace("⟨S2.a сообщили в МИД КНР⟩", "сообщили"),
     "lies inside the quote"),
    ({}, BODY.replace("⟦i:S2.a Визит", "⟦i:S1.c Визит").replace("⟨S1 Лаврова⟩", "Лаврова"),
     "mention ⟨S1.c …⟩ not found"),
    ({}, BODY.replace("⟦d:- Каковы итоги встречи?⟧", "Каковы итоги встречи?").replace(
        "⟦i:S2.a Визит ⟨S1 Лаврова⟩ в Пекин состоится в мае⟧, – ⟨S2.a сообщили в МИД КНР⟩",
        "Визит Лаврова в Пекин состоится в мае, – сообщили в МИД КНР"),
     "S2 (МИД КНР) is declared but attributed no quote"),
    ({}, BODY.replace("«⦃Известия⦄»", "⦃Известия⦄"), "must be the words just inside quotation marks"),
    ({}, BODY.replace("«⦃Известия⦄»", "« ⦃Известия⦄"), "must be the words just inside quotation marks"),
    ({}, BODY.replace("«⟦d:S1.a Мы открыты к диалогу. «⦃Газпром⦄» продолжит поставки⟧»",
                      "«⟦d:S1.a Мы поддержим «мирный план»»⟧"), "quotation mark at the edge"),
    ({}, BODY.replace("«⟦d:S1.a Мы открыты к диалогу. «⦃Газпром⦄» продолжит поставки⟧»",
                      "⟦d:S1.a ‹Мы открыты к диалогу>⟧"), "quotation mark at the edge"),
    ({}, BODY.replace("«⟦d:S1.a Мы открыты к диалогу. «⦃Газпром⦄» продолжит поставки⟧»",
                      "⟦d:S1.a Мы открыты к диалогу›⟧"), "quotation mark at the edge"),
    ({}, BODY.replace("стороны обсудили подготовку", "стороны ⟦d:S1.a обсудили⟧ подготовку"),
     "quotes overlap"),
    ({}, BODY.split("\n\n")[0] + "\n\n⟦d:- Каковы итоги?⟧", "text length 101 outside 300..3000"),
    ({}, BODY.replace("Каковы итоги встречи?", "Каковы итоги \u0438\u0306?"), "not NFC"),
    ({}, BODY.replace("⟦d:- Каковы", "⟦d:-.a Каковы"), "a quote without speaker cannot name a mention"),
    ({}, BODY.replace("⟦d:- Каковы", "⟦q:- Каковы"), "bad tag 'q:-'"),
    ({}, BODY.replace("⟦i:S2.a Визит", "⟦i:S2.a , Визит"), "starts or ends with a dash or comma"),
]


@pytest.mark.parametrize(("header", "body", "message"), BAD)
def test_check_names_the_file_and_what_is_wrong(tmp_path: Path, capsys, header: dict, body: str, message: str) -> None:
    doc_id = header.pop("doc_id", "r004")
    split = header.pop("split", None)
    source = _source(doc_id, body, split, **header)
    path = tmp_path / "src" / (split or build_realnews.expected_split(doc_id)) / f"{doc_id}.txt"
    path.parent.mkdir(parents=True)
    path.write_text(source, encoding="utf-8")
    assert _run(tmp_path, "--check") == 1
    errors = capsys.readouterr().err
    assert f"ERROR {path}:" in errors
    assert message in errors


GOOD_MARKS = [
    # a quote that ends on an inner closing mark (guide, direct rule 3)
    "«⟦d:S1.a Мы поддержим «мирный план»⟧», – ⟨S1.a заявил он⟩ журналистам.",
    # and one that opens with an inner quotation nobody marked as a title
    "«⟦d:S1.a «Круглый стол» продолжит работу⟧», – ⟨S1.a заявил он⟩ журналистам.",
    # ‹…> and ‹…› as quotation marks, around a quote and around a title
    "‹⟦d:S1.a Мы открыты к диалогу⟧>, – ⟨S1.a заявил он⟩ газете ‹⦃Голос⦄›.",
    # an editorial <…> at the end stays inside (guide, direct rule 10)
    "«⟦d:S1.a Мы открыты к диалогу <...>⟧», – ⟨S1.a заявил он⟩ журналистам.",
    # straight marks: an inner quotation closing the span
    '"⟦d:S1.a Мы поддержим "мирный план"⟧", - ⟨S1.a заявил он⟩ журналистам.',
]


@pytest.mark.parametrize("paragraph", GOOD_MARKS)
def test_check_accepts_inner_and_angle_marks(tmp_path: Path, capsys, paragraph: str) -> None:
    body = BODY.replace(BODY.split("\n\n")[1], paragraph)
    assert body != BODY
    root = _root(tmp_path, {"r004": _source("r004", body)})
    assert _run(root, "--check", "r004") == 0, capsys.readouterr().err


def test_a_title_with_a_stray_space_inside_its_marks_is_the_words_without_it(tmp_path: Path, capsys) -> None:
    body = BODY.replace("Газета «⦃Известия⦄» пишет", "Газета « ⦃Известия⦄ » пишет")
    assert body != BODY
    root = _root(tmp_path, {"r004": _source("r004", body)})
    assert _run(root, "--check", "r004") == 0
    assert "opens no quote" not in capsys.readouterr().err
    assert _run(root) == 0
    doc = json.loads((root / "dev.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert [doc["text"][s:e] for s, e in doc["titles"]] == ["Газпром", "Известия"]


def test_check_accepts_the_good_source_and_build_skips_bad_ones(tmp_path: Path, capsys) -> None:
    root = _root(tmp_path, {"r004": _source("r004"), "r005": _source("r005", BODY.replace("⟧», –", "», –"))})
    assert _run(root, "--check", "r004") == 0
    assert _run(root) == 1  # r005 is broken: written is only r004
    committed = (root / "committed.jsonl").read_text(encoding="utf-8")
    assert '"id": "r004"' in committed and '"id": "r005"' not in committed
    assert "left out" in capsys.readouterr().err


def test_no_sources_writes_nothing(tmp_path: Path, capsys) -> None:
    assert _run(tmp_path) == 1
    assert not (tmp_path / "committed.jsonl").exists()
    assert "no sources" in capsys.readouterr().err


def test_header_and_file_problems(tmp_path: Path, capsys) -> None:
    root = _root(tmp_path, {"r004": _source("r004").replace("# outlet: Вестник\n", "")})
    (root / "src" / "dev" / "r007.txt").write_bytes(b"\xff\xfe broken")
    assert _run(root, "--check") == 1
    errors = capsys.readouterr().err
    assert "r004.txt: header: field 'outlet' is missing" in errors
    assert "r007.txt: cannot read as UTF-8" in errors



def test_a_crlf_source_builds_like_its_lf_twin(tmp_path: Path) -> None:
    lf = _root(tmp_path / "lf", {"r004": _source("r004")})
    crlf = _root(tmp_path / "crlf", {"r004": ""})
    (crlf / "src" / "dev" / "r004.txt").write_bytes(_source("r004").replace("\n", "\r\n").encode("utf-8"))
    assert _run(lf) == 0 and _run(crlf) == 0
    assert (crlf / "dev.jsonl").read_bytes() == (lf / "dev.jsonl").read_bytes()


def test_stats_counts_the_corpus(tmp_path: Path, capsys) -> None:
    root = _root(tmp_path, {"r004": _source("r004"), "r006": _source("r006")})
    assert _run(root, "--stats") == 0
    out = capsys.readouterr().out
    assert "documents: 2  (dev 1, test 1)" in out
    assert "direct quotes: 4  (dev 2, test 2)" in out
    assert "{'bilateral': 2, 'economy': 2}" in out


def test_a_text_or_url_used_twice_is_reported_with_the_split_leak(tmp_path: Path, capsys) -> None:
    root = _root(tmp_path, {"r004": _source("r004"), "r006": _source("r006", url="https://example.org/news/r004")})
    assert _run(root, "--check") == 0
    err = capsys.readouterr().err
    assert "r004, r006 share one url (in both dev and test: the test split is not held out)" in err
    assert "r004, r006 share one text (in both dev and test" in err
