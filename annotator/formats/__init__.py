"""Import and export formats: one module per format (no Qt, no SQL).

Every format module defines:

* ``NAME`` – the value of ``annotator export --format``;
* ``DESCRIPTION`` – one line for ``--help`` and the GUI;
* ``export(docs, out, *, themes, options) -> int`` – writes the documents
  (an iterable of :class:`annotator.model.AnnotatedDocument`) to ``out`` and
  returns how many annotations it wrote;
* optionally ``read(path, *, options) -> Iterator[AnnotatedDocument]`` for
  formats that can be imported back; malformed input raises
  :class:`annotator.model.AnnotatorError` naming the file and line.

Modules are imported lazily so that the CLI starts fast.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# Format name -> module under annotator.formats.
FORMAT_MODULES = {
    "jsonl": "native",
    "csv": "csv_quotes",
    "brat": "brat",
    "conll": "conll",
    "doccano": "doccano",
    "labelstudio": "labelstudio",
    "qdpx": "qdpx",
}


def format_module(name: str) -> ModuleType:
    try:
        module_name = FORMAT_MODULES[name]
    except KeyError:
        known = ", ".join(sorted(FORMAT_MODULES))
        raise ValueError(f"unknown format {name!r}; known formats: {known}") from None
    return importlib.import_module(f"annotator.formats.{module_name}")


def available_formats() -> list[str]:
    """Formats whose module is present in this installation."""
    names = []
    for name in FORMAT_MODULES:
        try:
            format_module(name)
        except ImportError:
            continue
        names.append(name)
    return names


def importable_formats() -> list[str]:
    return [name for name in available_formats() if hasattr(format_module(name), "read")]
