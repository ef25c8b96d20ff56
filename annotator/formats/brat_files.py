"""Where a brat collection is read from: a folder, one .txt/.ann pair, or a ZIP.

Texts are decoded as UTF-8 with universal newlines (CRLF and CR become LF),
as brat itself reads them, so offsets written by brat for CRLF files fit.
A ZIP is read in memory, never unpacked; entries that would leave the
archive's folder (absolute paths, ``..``) and entries over 512 MB are
refused, and all documents must sit in one folder of the archive.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from annotator.formats.limits import check_archive
from annotator.model import AnnotatorError

MAX_ENTRY_BYTES = 512 * 1024 * 1024


def _universal_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


class BratFiles:
    """A folder on disk (or one document in it)."""

    def __init__(self, folder: Path, only: str | None = None) -> None:
        self.folder = folder
        self.only = only

    def where(self, name: str) -> str:
        return str(self.folder / name)

    def stems(self) -> list[str]:
        if self.only is not None:
            return [self.only]
        return sorted(p.name[: -len(".txt")] for p in self.folder.glob("*.txt"))

    def text(self, name: str) -> str | None:
        """The file's text, or None when it does not exist."""
        file = self.folder / name
        try:
            with open(file, encoding="utf-8") as handle:  # universal newlines
                return handle.read()
        except FileNotFoundError:
            return None
        except UnicodeDecodeError as exc:
            raise AnnotatorError(f"{file}: not UTF-8 text ({exc.reason})") from None


class ZipBratFiles(BratFiles):
    """A brat folder packed in a ZIP archive."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.archive = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile) as exc:
            raise AnnotatorError(f"{path}: not a readable ZIP archive ({exc})") from None
        try:
            check_archive(self.archive, path)
        except AnnotatorError:
            self.archive.close()
            raise
        self.entries: dict[str, zipfile.ZipInfo] = {}
        for info in self.archive.infolist():
            name = info.filename.replace("\\", "/")
            parts = PurePosixPath(name).parts
            if name.startswith("/") or (len(name) > 1 and name[1] == ":") or ".." in parts:
                raise AnnotatorError(f"{path}: archive entry {info.filename!r} would escape the folder; refusing it")
            if info.file_size > MAX_ENTRY_BYTES:
                raise AnnotatorError(f"{path}: archive entry {info.filename!r} is too large to import")
            self.entries[name] = info
        folders = {str(PurePosixPath(n).parent) for n in self.entries if n.endswith(".txt")}
        if len(folders) > 1:
            raise AnnotatorError(f"{path}: brat documents in several folders of the archive ({', '.join(sorted(folders))})")
        base = folders.pop() if folders else "."
        self.prefix = "" if base == "." else base + "/"
        self.only = None

    def where(self, name: str) -> str:
        return f"{self.path}, entry {self.prefix}{name}"

    def stems(self) -> list[str]:
        return sorted(
            n[len(self.prefix):-len(".txt")] for n in self.entries
            if n.endswith(".txt") and n.startswith(self.prefix) and "/" not in n[len(self.prefix):]
        )

    def text(self, name: str) -> str | None:
        info = self.entries.get(self.prefix + name)
        if info is None:
            return None
        try:
            data = self.archive.read(info)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise AnnotatorError(f"{self.where(name)}: damaged entry ({exc})") from None
        try:
            return _universal_newlines(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise AnnotatorError(f"{self.where(name)}: not UTF-8 text ({exc.reason})") from None

    def close(self) -> None:
        self.archive.close()
