"""Rejected annotations stay out of every export unless asked for.

A rejected suggestion is the analyst's "no": a dataset that carries it as an
ordinary quote (brat, doccano, CoNLL …) teaches the opposite.  Every format
goes through the same default filter; ``--include-rejected`` keeps them.
"""

from __future__ import annotations

import csv
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator import services
from annotator.cli import main
from annotator.model import ACCEPTED, QUOTE, REJECTED, SPEAKER, Document, Entity, Relation, Span, ThemeTag

TEXT = (
    "Сергей Лавров заявил: «Переговоры прошли конструктивно 🤝».\r\n"
    "По мнению журналистов, санкции окончательно утратили смысл.\n"
    "Визит продолжится в Астане."
)
ACCEPTED_QUOTE = "Переговоры прошли конструктивно 🤝"
REJECTED_QUOTE = "санкции окончательно утратили смысл"
OUT_NAMES = {"jsonl": "out.jsonl", "csv": "out.csv", "brat": "out-brat", "conll": "out.conll",
             "doccano": "out-doccano.jsonl", "labelstudio": "out.json", "qdpx": "out.qdpx"}


def bounds(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """One accepted quote linked to its speaker, one rejected quote with a rejected link and tag."""
    path = tmp_path / "rejected.annotator"
    with services.open_project(path) as project:
        doc_id = project.add_document(Document(text=TEXT, title="Лавров о переговорах"))
        text = project.document(doc_id).text  # normalised: CRLF → LF
        lavrov = project.add_entity(Entity("Сергей Лавров"))
        speaker = project.add_span(Span(*bounds(text, "Сергей Лавров"), SPEAKER, doc_id=doc_id,
                                        status=ACCEPTED, entity_id=lavrov.id, annotator="anna"))
        good = project.add_span(Span(*bounds(text, ACCEPTED_QUOTE), QUOTE, doc_id=doc_id, status=ACCEPTED,
                                     attrs={"kind": "direct"}, annotator="anna"))
        bad = project.add_span(Span(*bounds(text, REJECTED_QUOTE), QUOTE, doc_id=doc_id, status=REJECTED,
                                    attrs={"kind": "indirect"}, origin="auto:1.0", annotator="anna"))
        project.add_relation(Relation(good.id, speaker.id, doc_id=doc_id, status=ACCEPTED, annotator="anna"))
        project.add_relation(Relation(bad.id, speaker.id, doc_id=doc_id, status=REJECTED, annotator="anna"))
        theme = project.themes()[0].id
        project.add_tag(ThemeTag(theme, span_id=good.id, doc_id=doc_id, status=ACCEPTED, annotator="anna"))
        project.add_tag(ThemeTag(theme, span_id=bad.id, doc_id=doc_id, status=REJECTED, annotator="anna"))
    return path


# -- what each format wrote, read the way its users read it --------------------------------------


def _quotes_in_jsonl(out: Path) -> set[str]:
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()[1:]]
    return {doc["text"][s["start"]:s["end"]] for doc in lines for s in doc["spans"] if s["label"] == QUOTE}


def _quotes_in_csv(out: Path) -> set[str]:
    with open(out, encoding="utf-8-sig", newline="") as handle:
        return {row["quote"] for row in csv.DictReader(handle)}


def _quotes_in_brat(out: Path) -> set[str]:
    quotes = set()
    for ann in out.glob("*.ann"):
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("T") and "\tQUOTE " in line:
                quotes.add(line.split("\t")[2])
    return quotes


def _quotes_in_conll(out: Path) -> set[str]:
    quotes, current = [], []
    for line in out.read_text(encoding="utf-8").splitlines() + [""]:
        label = line.split(" ")[-1] if line and not line.startswith("-DOCSTART-") else "O"
        if label == "B-QUOTE" or (label != "I-QUOTE" and current):
            if current:
                quotes.append(" ".join(current))
            current = []
        if label.endswith("-QUOTE"):
            current.append(line.split(" ")[0])
    return set(quotes)


def _quotes_in_doccano(out: Path) -> set[str]:
    quotes = set()
    for line in out.read_text(encoding="utf-8").splitlines():
        task = json.loads(line)
        text = task["text"]
        # doccano's default unit is UTF-16 (what its page draws); the line says which it is.
        if task.get("annotator_meta", {}).get("offsets", "codepoints") == "utf16":
            units = text.encode("utf-16-le")
            quotes |= {units[2 * e["start_offset"]:2 * e["end_offset"]].decode("utf-16-le")
                       for e in task.get("entities", []) if e["label"] == QUOTE}
        else:
            quotes |= {text[e["start_offset"]:e["end_offset"]] for e in task.get("entities", [])
                       if e["label"] == QUOTE}
    return quotes


def _quotes_in_labelstudio(out: Path) -> set[str]:
    quotes = set()
    for task in json.loads(out.read_text(encoding="utf-8")):
        for annotation in task.get("annotations", []) + task.get("predictions", []):
            quotes |= {r["value"]["text"] for r in annotation["result"]
                       if r.get("type") == "labels" and QUOTE in r["value"]["labels"]}
    return quotes


def _quotes_in_qdpx(out: Path) -> set[str]:
    """The text of every coded selection (positions count code points, as REFI-QDA says)."""
    with zipfile.ZipFile(out) as archive:
        project_xml = archive.read("project.qde").decode("utf-8")
        sources = [name for name in archive.namelist() if name.endswith(".txt")]
        texts = [archive.read(name).decode("utf-8") for name in sources]
    positions = re.findall(r'startPosition="(\d+)"\s+endPosition="(\d+)"', project_xml)
    return {text[int(start):int(end)] for text in texts for start, end in positions}


READERS: dict[str, Callable[[Path], set[str]]] = {
    "jsonl": _quotes_in_jsonl, "csv": _quotes_in_csv, "brat": _quotes_in_brat, "conll": _quotes_in_conll,
    "doccano": _quotes_in_doccano, "labelstudio": _quotes_in_labelstudio, "qdpx": _quotes_in_qdpx,
}


def _written_quotes(format_name: str, project_path: Path, tmp_path: Path, *flags: str) -> str:
    out = tmp_path / OUT_NAMES[format_name]
    result = CliRunner().invoke(main, ["--project", str(project_path), "export", "--format", format_name,
                                       "--out", str(out), *flags], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return " | ".join(sorted(READERS[format_name](out)))


def test_the_table_covers_every_export_format() -> None:
    from annotator.cli import EXPORT_FORMATS

    assert set(READERS) == set(EXPORT_FORMATS)


@pytest.mark.parametrize("format_name", sorted(READERS))
def test_by_default_a_rejected_quote_is_left_out(format_name: str, project_path: Path, tmp_path: Path) -> None:
    written = _written_quotes(format_name, project_path, tmp_path)
    assert "Переговоры" in written, "the accepted quote is exported"
    assert "санкции" not in written


@pytest.mark.parametrize("format_name", sorted(READERS))
def test_include_rejected_keeps_it(format_name: str, project_path: Path, tmp_path: Path) -> None:
    written = _written_quotes(format_name, project_path, tmp_path, "--include-rejected")
    assert "Переговоры" in written and "санкции" in written


def test_the_rejected_link_and_tag_go_with_it(project_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with services.open_project(project_path) as project:
        written = services.export_project(project, format_name="jsonl", out=out)
    (doc,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()[1:]]
    statuses = [item["status"] for key in ("spans", "relations", "tags") for item in doc[key]]
    assert REJECTED not in statuses
    assert written == 2 + 1 + 1  # speaker and accepted quote, their link, its tag


def test_asking_for_the_rejected_status_exports_them(project_path: Path, tmp_path: Path) -> None:
    written = _written_quotes("csv", project_path, tmp_path, "--status", "rejected")
    assert written == REJECTED_QUOTE
