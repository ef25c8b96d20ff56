"""Two writers at once: every file of both imports, and every workbench edit, ends up in the file.

Real processes, as users run them: two ``annotator import`` commands into one
project, and an import while the workbench (its AnnotationSession, offscreen)
saves edit after edit.  Before write transactions began IMMEDIATE, the
second writer failed at once with "database is locked".
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from annotator import services
from annotator.store import Project

TIMEOUT = 240


def article(folder: str, number: int) -> str:
    return (
        f"Сообщение {folder} № {number}\n"
        f"Министр иностранных дел провёл переговоры с главой делегации {folder}-{number}. "
        "«Мы готовы к диалогу», — заявил он. Стороны обсудили двустороннюю повестку и работу в ШОС.\n"
    )


def write_folder(root: Path, name: str, count: int) -> Path:
    folder = root / name
    folder.mkdir()
    for number in range(count):
        (folder / f"{number:04d}.txt").write_text(article(name, number), encoding="utf-8")
    return folder


def cli(project: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "annotator.cli", "--project", str(project), "import", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def origins(project_path: Path) -> set[str]:
    with Project.open(project_path, create=False) as project:
        assert project.integrity_check() == "ok"
        return {project.document(doc_id).origin_path for doc_id in project.document_ids()}


def test_two_imports_into_one_project_at_once_both_import_every_file(tmp_path: Path) -> None:
    first = write_folder(tmp_path, "A", 60)
    second = write_folder(tmp_path, "B", 400)
    project_path = tmp_path / "shared.annotator"
    services.open_project(project_path).close()

    analysing = cli(project_path, "--workers", "2", str(first))
    plain = cli(project_path, "--no-analyze", str(second))
    outputs = [process.communicate(timeout=TIMEOUT) for process in (analysing, plain)]

    for process, (out, err) in zip((analysing, plain), outputs):
        assert process.returncode == 0, err
        assert "locked" not in err and "busy" not in err
    assert "imported 60 document(s) from 60 of 60 file(s)" in outputs[0][0]
    assert "imported 400 document(s) from 400 of 400 file(s)" in outputs[1][0]
    stored = origins(project_path)
    assert stored == {str(p) for p in first.iterdir()} | {str(p) for p in second.iterdir()}


EDITOR = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QGuiApplication
    from annotator import services
    from annotator.gui.session import AnnotationSession

    app = QGuiApplication([])
    project = services.open_project(sys.argv[1])
    session = AnnotationSession(project, lambda: "editor")
    session.error.connect(lambda message: print("ERROR", message, flush=True))
    session.load(project.document_ids()[0])
    word = len("Слово ")
    print("READY", flush=True)
    for number in range(int(sys.argv[2])):
        span_id = session.create_span(number * word, number * word + 5, "speaker")
        print("EDIT", span_id, flush=True)
    print("UNDONE", session.undo_stack.count(), flush=True)
    project.close()
    """
)


def test_an_import_while_the_workbench_edits_keeps_every_file_and_every_edit(tmp_path: Path) -> None:
    edits = 150
    project_path = tmp_path / "shared.annotator"
    with services.open_project(project_path) as project:
        source = tmp_path / "words.txt"
        source.write_text("Слово " * (edits + 10), encoding="utf-8")
        assert services.import_paths(project, [source], analyze=False).ok
    folder = write_folder(tmp_path, "inbox", 600)

    editor = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(project_path), str(edits)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    importer = cli(project_path, "--no-analyze", str(folder))
    import_out, import_err = importer.communicate(timeout=TIMEOUT)
    edit_out, edit_err = editor.communicate(timeout=TIMEOUT)

    assert importer.returncode == 0, import_err
    assert "imported 600 document(s) from 600 of 600 file(s)" in import_out
    assert editor.returncode == 0, edit_err
    lines = edit_out.splitlines()
    assert not [line for line in lines if line.startswith("ERROR")]
    saved = [int(line.split()[1]) for line in lines if line.startswith("EDIT")]
    assert len(saved) == edits and all(saved), "every edit was saved and got an id"
    assert f"UNDONE {edits}" in lines, "every edit is on the undo stack, none twice"
    with Project.open(project_path, create=False) as project:
        assert project.integrity_check() == "ok"
        spans = project.spans(project.document_ids()[0])
        assert sorted(span.id for span in spans) == sorted(saved)
        assert project.document_count() == 601
