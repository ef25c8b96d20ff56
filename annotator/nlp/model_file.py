"""The JSON header every shipped model file starts with (theme model, term model).

A model file is a JSON object with a ``format`` name and a ``version``; anything else about
it is the model's own.  Reading it here gives both models the same messages for a missing,
unreadable or foreign file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_model_json(path: Path, *, kind: str, fmt: str, version: int, error: type[Exception]) -> dict[str, Any]:
    """The model's JSON object; any problem raises ``error`` naming the file and what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(f"{path}: cannot read the {kind} ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise error(f"{path}: the {kind} is not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise error(f"{path}: not a {kind} (expected \"format\": \"{fmt}\")")
    if data.get("version") != version:
        raise error(f"{path}: {kind} version {data.get('version')!r}, expected {version}")
    return data
