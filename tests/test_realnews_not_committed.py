"""The real-news texts are third-party articles: no file git tracks may contain one.

Every 40-character piece of every cached text is looked for in every tracked file; a
passage of LEAK characters or more shared with a cached text fails the test.  Shorter
shared runs are stock phrases of diplomatic news that our own texts use too ("Министр
иностранных дел России Сергей Лавров ", "Постпред России при ООН Василий Небензя выступил
на заседании Совета Безопасности": up to 73 characters when this was written).
Skipped where the cache is absent (a fresh checkout, CI).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from annotator.nlp.realnews import default_cache

REPO = Path(__file__).resolve().parent.parent
WINDOW = 40
LEAK = 80


def longest_shared_run(content: str, pieces: dict[str, str]) -> tuple[int, str, int]:
    """(length, cached document id, start in content) of the longest passage shared with a cached text."""
    best, best_doc, best_start, run = 0, "", 0, 0
    for start in range(0, len(content) - WINDOW + 1):
        doc = pieces.get(content[start:start + WINDOW])
        run = run + 1 if doc else 0
        if doc and run + WINDOW - 1 > best:
            best, best_doc, best_start = run + WINDOW - 1, doc, start - run + 1
    return best, best_doc, best_start


def _pieces(texts: dict[str, str]) -> dict[str, str]:
    pieces: dict[str, str] = {}
    for doc_id, text in texts.items():
        for start in range(0, len(text) - WINDOW + 1):
            pieces.setdefault(text[start:start + WINDOW], doc_id)
    return pieces


def _tracked_texts() -> dict[str, str]:
    try:
        listing = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    texts = {}
    for name in listing.decode("utf-8").split("\0"):
        path = REPO / name
        if not name or not path.is_file():
            continue
        try:
            texts[name] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary files (icons, compiled translations)
    return texts


def test_no_tracked_file_contains_a_piece_of_a_cached_article() -> None:
    cached = sorted(default_cache().glob("*.txt"))
    if not cached:
        pytest.skip(f"no real-news texts cached in {default_cache()}")
    pieces = _pieces({path.stem: path.read_text(encoding="utf-8") for path in cached})
    leaks = []
    for name, content in _tracked_texts().items():
        length, doc, start = longest_shared_run(content, pieces)
        if length >= LEAK:
            leaks.append(f"{name} shares {length} characters with cached text {doc} from character {start}")
    assert not leaks, "\n".join(leaks)


def test_the_detector_finds_a_copied_passage_and_ignores_a_stock_phrase() -> None:
    article = ("Министр иностранных дел России Сергей Лавров заявил журналистам, что переговоры "
               "о новом соглашении продолжатся после консультаций экспертов обеих стран в мае.")
    pieces = _pieces({"r001": article})
    stock = "Вчера Министр иностранных дел России Сергей Лавров прилетел в Ташкент."
    assert 0 < longest_shared_run(stock, pieces)[0] < LEAK
    copied = "В тесте: " + article[30:140] + " и далее."
    assert longest_shared_run(copied, pieces) == (110, "r001", 9)
