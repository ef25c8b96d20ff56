"""What `make interop` does inside each tool: create a project from our config, import our
export, check it, export back, compare span by span, and import that into annotator."""

from __future__ import annotations

import io
import json
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checks import compare_bundles, import_into_fresh_project
from http_client import Client, wait_for

from annotator import services
from annotator.formats.offsets import OffsetUnits
from annotator.formats.overlaps import without_overlaps
from annotator.model import AnnotatedDocument
from annotator.store import Project

TASK_TIMEOUT = 600.0


@dataclass
class Result:
    tool: str
    version: str
    checked: str
    ok: bool
    detail: str
    problems: list[str] = field(default_factory=list)


@dataclass
class Placed:
    """Where a tool holds our documents, for the browser check."""

    project_id: int
    tasks: dict[str, int] = field(default_factory=dict)  # document text -> task/example id
    order: list[str] = field(default_factory=list)  # document texts in the tool's own order
    # document text -> its spans as (start, end, label) in code points, from the project itself
    expected: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)


def _spans_of_ours(bundle: AnnotatedDocument, unit: str) -> set[tuple[int, int, str]]:
    units = OffsetUnits(bundle.document.text, unit)
    return {(units.to_units(s.start), units.to_units(s.end, end=True), s.label) for s in bundle.spans}


# -- Label Studio ---------------------------------------------------------------------------


def label_studio(client: Client, version: str, project: Project, work: Path) -> tuple[list[Result], Placed]:
    work.mkdir(parents=True, exist_ok=True)
    out = work / "tasks.json"
    services.export_project(project, format_name="labelstudio", out=out)
    originals = list(project.iter_annotated())
    tasks = json.loads(out.read_text("utf-8"))
    created = client.post("/api/projects", {"title": "annotator interop",
                                            "label_config": out.with_suffix(".xml").read_text("utf-8")})
    pid = created["id"]
    summary = client.post(f"/api/projects/{pid}/import", tasks)
    results = [Result("Label Studio", version, "import of the sample project's export (REST)",
                      summary.get("task_count") == len(tasks) and summary.get("annotation_count") == len(tasks),
                      f"{summary.get('task_count')} tasks, {summary.get('annotation_count')} annotations "
                      f"for {len(tasks)} documents")]
    exported = client.get(f"/api/projects/{pid}/export?exportType=JSON&download_all_tasks=true")
    placed = Placed(pid, {t["data"]["text"]: t["id"] for t in exported}, [t["data"]["text"] for t in exported])
    results.append(_compare_label_studio_regions(version, originals, exported))
    back_file = work / "from-label-studio.json"
    back_file.write_text(json.dumps(exported, ensure_ascii=False), "utf-8")
    back_file.with_suffix(".xml").write_text(out.with_suffix(".xml").read_text("utf-8"), "utf-8")
    back = import_into_fresh_project(work / "back.annotator", back_file, "labelstudio")
    counts, problems = compare_bundles(originals, back)
    results.append(Result("Label Studio", version, "export → Label Studio → export → annotator: "
                          "status, kind, speaker, theme tags per span", not problems, _counts(counts), problems))
    return results, placed


def label_studio_control(client: Client, version: str, work: Path) -> tuple[list[Result], Placed]:
    """The same tasks with UTF-16 offsets, as annotator wrote them before issue 14: the browser
    check must find them drawn on other words, or it proves nothing."""
    from annotator.text import Utf16Map

    tasks = json.loads((work / "tasks.json").read_text("utf-8"))
    for task in tasks:
        units = Utf16Map(task["data"]["text"])
        for result in task["annotations"][0]["result"]:
            if "start" in result.get("value", {}):
                result["value"]["start"] = units.to_utf16(result["value"]["start"])
                result["value"]["end"] = units.to_utf16(result["value"]["end"])
    (work / "control-tasks.json").write_text(json.dumps(tasks, ensure_ascii=False), "utf-8")
    created = client.post("/api/projects", {"title": "annotator interop control (UTF-16 offsets)",
                                            "label_config": (work / "tasks.xml").read_text("utf-8")})
    client.post(f"/api/projects/{created['id']}/import", tasks)
    exported = client.get(f"/api/projects/{created['id']}/export?exportType=JSON&download_all_tasks=true")
    return [], Placed(created["id"], {t["data"]["text"]: t["id"] for t in exported}, [t["data"]["text"] for t in exported])


def _compare_label_studio_regions(version: str, originals: list[AnnotatedDocument],
                                  exported: list[dict[str, Any]]) -> Result:
    by_text = {t["data"]["text"]: t for t in exported}
    problems, spans, relations = [], 0, 0
    for bundle in originals:
        task = by_text.get(bundle.document.text)
        if task is None or not task.get("annotations"):
            problems.append(f"{bundle.document.title[:40]}: task or annotation missing")
            continue
        result = task["annotations"][0]["result"]
        regions = {r["id"]: r["value"] for r in result if r.get("type") == "labels"}
        theirs = {(v["start"], v["end"], v["labels"][0]) for v in regions.values()}
        text = bundle.document.text
        wrong_text = [v for v in regions.values() if text[v["start"]:v["end"]] != v.get("text")]
        ours = _spans_of_ours(bundle, "codepoints")
        spans += len(theirs & ours)
        relations += sum(1 for r in result if r.get("type") == "relation")
        if theirs != ours or wrong_text:
            problems.append(f"{bundle.document.title[:40]}: {len(ours - theirs)} span(s) missing, "
                            f"{len(theirs - ours)} extra, {len(wrong_text)} with other text")
        if sum(1 for r in result if r.get("type") == "relation") != len(bundle.relations):
            problems.append(f"{bundle.document.title[:40]}: relation count differs")
    return Result("Label Studio", version, "export back from Label Studio, span by span (offsets, label, text)",
                  not problems, f"{spans} spans, {relations} relations identical", problems)


# -- doccano --------------------------------------------------------------------------------


def doccano(client: Client, version: str, project: Project, work: Path, *, allow_overlapping: bool,
            unit: str = "utf16") -> tuple[list[Result], Placed]:
    work.mkdir(parents=True, exist_ok=True)
    setting = "allow overlapping spans on" if allow_overlapping else "default project settings"
    if unit == "graphemes":
        setting += ", grapheme mode on"
    setting += f", {unit} offsets"
    out = work / "doccano.jsonl"
    options = {"offsets": unit, "no_overlaps": not allow_overlapping}
    services.export_with_summary(project, format_name="doccano", out=out, options=options)
    originals = list(project.iter_annotated())
    if not allow_overlapping:
        originals = [without_overlaps(b) for b in originals]
    created = client.post("/v1/projects", {
        "name": f"annotator interop ({setting})", "description": "make interop", "guideline": "",
        "project_type": "SequenceLabeling", "resourcetype": "SequenceLabelingProject",
        "use_relation": True, "allow_overlapping": allow_overlapping, "grapheme_mode": unit == "graphemes",
        "random_order": False, "collaborative_annotation": False, "tags": []})
    pid = created["id"]
    upload_id = client.upload("/v1/fp/process/", "filepond", out.name, out.read_bytes()).decode().strip()
    task = client.post(f"/v1/projects/{pid}/upload", {"format": "JSONL", "task": "RelationExtraction",
                                                       "uploadIds": [upload_id]})
    status = _wait_task(client, task["task_id"])
    examples = client.get(f"/v1/projects/{pid}/examples?limit=1")["count"]
    errors = [status["error"]] if status.get("error") else (status.get("result") or {}).get("error") or []
    lines = out.read_text("utf-8").splitlines()
    results = [Result("doccano", version, f"import of the sample project's export ({setting})",
                      examples == len(lines) and not errors,
                      f"{examples} examples for {len(lines)} documents, {len(errors)} import error(s)",
                      [str(e)[:300] for e in errors[:5]])]
    exported = _download(client, pid)
    (work / "from-doccano.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in exported),
                                             "utf-8")
    placed = Placed(pid, {r["text"]: r["id"] for r in exported}, [r["text"] for r in exported],
                    {b.document.text: [(s.start, s.end, s.label) for s in b.spans] for b in originals})
    results.append(_compare_doccano_entities(version, originals, exported, unit, setting))
    back = import_into_fresh_project(work / "back.annotator", work / "from-doccano.jsonl", "doccano")
    counts, problems = compare_bundles(originals, back)
    results.append(Result("doccano", version, f"export → doccano → export → annotator ({setting}): "
                          "status, kind, speaker, theme tags per span", not problems, _counts(counts), problems))
    return results, placed


def _wait_task(client: Client, task_id: str) -> dict[str, Any]:
    return wait_for("doccano task", lambda: (lambda s: s if s.get("ready") else None)(
        client.get(f"/v1/tasks/status/{task_id}")), TASK_TIMEOUT, interval=2)


def _download(client: Client, pid: int) -> list[dict[str, Any]]:
    task = client.post(f"/v1/projects/{pid}/download", {"format": "JSONL", "exportApproved": False})
    status = _wait_task(client, task["task_id"])
    if status.get("error"):
        raise RuntimeError(f"doccano export failed: {status['error']}")
    data = client.get(f"/v1/projects/{pid}/download?taskId={task['task_id']}", expect_json=False)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if n.endswith(".jsonl")]
        chosen = max(names, key=lambda n: archive.getinfo(n).file_size)
        return [json.loads(line) for line in archive.read(chosen).decode("utf-8").splitlines() if line.strip()]


def _compare_doccano_entities(version: str, originals: list[AnnotatedDocument], exported: list[dict[str, Any]],
                              unit: str, setting: str) -> Result:
    by_text = {r["text"]: r for r in exported}
    problems, spans, relations = [], 0, 0
    for bundle in originals:
        record = by_text.get(bundle.document.text)
        if record is None:
            problems.append(f"{bundle.document.title[:40]}: document missing")
            continue
        theirs = {(e["start_offset"], e["end_offset"], e["label"]) for e in record.get("entities", [])}
        ours = _spans_of_ours(bundle, unit)
        spans += len(theirs & ours)
        relations += len(record.get("relations", []))
        if theirs != ours:
            problems.append(f"{bundle.document.title[:40]}: {len(ours - theirs)} span(s) missing, "
                            f"{len(theirs - ours)} extra")
        if len(record.get("relations", [])) != len(bundle.relations):
            problems.append(f"{bundle.document.title[:40]}: {len(record.get('relations', []))} relations, "
                            f"{len(bundle.relations)} sent")
    return Result("doccano", version, f"export back from doccano ({setting}), span by span (offsets, label)",
                  not problems, f"{spans} spans, {relations} relations identical", problems)


def _counts(counts: dict[str, int]) -> str:
    return (f"{counts.get('documents', 0)} documents, {counts.get('spans', 0)} spans, "
            f"{counts.get('relations', 0)} relations, {counts.get('tags', 0)} theme tags compared")


def elapsed(start: float) -> str:
    return f"{time.monotonic() - start:.0f} s"
