"""Rendering checks in headless Chromium (Debian's chromium + chromium-driver, driven by
selenium from a throwaway venv): open the tasks with emoji (or combining marks) in each
tool's labelling page and check that each highlighted region's text is its span's text.

The checks run as a child process in that venv (selenium is not one of our dependencies):
this module writes a job file, runs ``render_job.py`` there and reads its verdicts.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

from tool_flows import Placed, Result

venv: Path | None = None
JOB_TIMEOUT = 900
MAX_DOCUMENTS = 3


def available() -> bool:
    return bool(shutil.which("chromium") and shutil.which("chromedriver"))


def interesting(text: str) -> bool:
    """Text whose offsets differ between units: astral characters or combining marks."""
    return any(ord(c) > 0xFFFF or unicodedata.combining(c) for c in text)


def _run(job: dict[str, Any], work: Path) -> list[dict[str, Any]]:
    assert venv is not None
    job_file, out_file = work / "render-job.json", work / "render-out.json"
    job_file.write_text(json.dumps(job, ensure_ascii=False), "utf-8")
    log = work / "render.log"
    with open(log, "wb") as handle:
        subprocess.run([str(venv / "bin" / "python"), str(Path(__file__).with_name("render_job.py")),
                        str(job_file), str(out_file)], stdout=handle, stderr=subprocess.STDOUT,
                       timeout=JOB_TIMEOUT, check=False)
    if not out_file.exists():
        raise RuntimeError("the rendering job wrote nothing:\n" + log.read_text("utf-8", "replace")[-1500:])
    return list(json.loads(out_file.read_text("utf-8")))


def _verdicts(tool: str, version: str, what: str, pages: list[dict[str, Any]], *, control: bool = False) -> Result:
    """``control``: the pages hold offsets in the wrong unit, so the check must find mismatches."""
    regions = sum(p.get("regions", 0) for p in pages)
    wrong = [f"{p['title']}: {w}" for p in pages for w in p.get("wrong", [])]
    errors = [f"{p['title']}: {p['error']}" for p in pages if p.get("error")]
    detail = (f"{len(pages)} task(s) with emoji/combining marks, {regions} highlighted regions, "
              f"{len(wrong)} mismatch(es)" + (f", {len(errors)} page error(s)" if errors else ""))
    if control:
        ok = bool(pages) and bool(wrong) and not errors
        return Result(tool, version, what, ok, detail + (" — the check sees the old bug" if ok else
                                                         " — the check MISSED the old bug"), errors[:20])
    ok = bool(pages) and not wrong and not errors and regions > 0
    return Result(tool, version, what, ok, detail, (wrong + errors)[:20])


def check_label_studio(server: Any, placed: dict[str, Placed]) -> list[Result]:
    results = [_label_studio_pages(server, placed["labelstudio"], False)]
    if "control" in placed:
        results.append(_label_studio_pages(server, placed["control"], True))
    return results


def _label_studio_pages(server: Any, where: Placed, control: bool) -> Result:
    tasks = json.loads((server.data.parent / "ls" / "tasks.json").read_text("utf-8"))
    pages = []
    for task in tasks:
        text = task["data"]["text"]
        if not interesting(text) or len(pages) >= MAX_DOCUMENTS:
            continue
        regions = {r["id"]: r["value"]["text"] for r in task["annotations"][0]["result"] if r["type"] == "labels"}
        pages.append({"title": task["data"].get("title", "")[:50], "task_id": where.tasks[text],
                      "expected": regions})
    job = {"tool": "labelstudio", "url": server.url, "user": server.user, "password": server.password,
           "project": where.project_id, "pages": pages}
    found = _run(job, server.data)
    if control:
        return _verdicts("Label Studio", server.version, "control: the same tasks with UTF-16 offsets (annotator "
                         "before issue 14) must be caught drawn on other text", found, control=True)
    return _verdicts("Label Studio", server.version, "labelling page in headless Chromium: each region's "
                     "highlighted text is its span's text", found)


def check_doccano(server: Any, placed: dict[str, Placed]) -> list[Result]:
    results = []
    for name, unit, setting in (("default", "utf16", "default project"),
                                ("graphemes", "graphemes", "grapheme mode on"),
                                ("control", "codepoints", "default project")):
        where = placed.get(name)
        if where is None:
            continue
        records = [json.loads(line) for line in
                   (server.data.parent / f"dc-{name}" / "doccano.jsonl").read_text("utf-8").splitlines()]
        pages = []
        for record in records:
            text = record["text"]
            if not interesting(text) or len(pages) >= MAX_DOCUMENTS:
                continue
            pages.append({"title": record["annotator_meta"]["title"][:50], "page": where.order.index(text) + 1,
                          "text": text, "spans": where.expected[text]})
        job = {"tool": "doccano", "url": server.url, "user": server.user, "password": server.password,
               "project": where.project_id, "pages": pages}
        found = _run(job, server.data)
        if name == "control":
            results.append(_verdicts("doccano", server.version, "control: code-point offsets in a default project "
                                     "(annotator before issue 14) must be caught drawn on other text", found,
                                     control=True))
            continue
        results.append(_verdicts("doccano", server.version, f"labelling page in headless Chromium ({setting}, "
                                 f"{unit} offsets): each underlined piece is its span's text", found))
    return results
