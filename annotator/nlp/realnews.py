"""The real-news evaluation corpus: offsets in git, texts in a local cache.

``tests/data/realnews/realnews.jsonl`` holds, per document, its url, the sha256
and length of its text and the annotations as offsets, but no text (the texts
are third-party articles).  The texts are read from a cache folder, by default
``~/.cache/annotator/realnews/texts/<id>.txt`` (``ANNOTATOR_REALNEWS_CACHE``
overrides it).  A document whose text is missing or has another hash is left
out and named, so that the others can still be scored.  See
``tests/data/realnews/README.md`` for how to rebuild the cache.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.model import AnnotatorError
from annotator.nlp.evaluate import EvaluationReport, check_gold_document, read_json_lines, score_prediction

CACHE_ENV = "ANNOTATOR_REALNEWS_CACHE"
REQUIRED = ("id", "split", "sha256", "length", "quotes", "speakers", "titles", "terms", "themes")


def default_cache() -> Path:
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".cache" / "annotator" / "realnews" / "texts"


@dataclass
class RealNewsCorpus:
    cache: Path
    documents: list[dict[str, Any]] = field(default_factory=list)  # gold format, with text
    missing: list[str] = field(default_factory=list)  # ids with no cached text
    mismatched: list[str] = field(default_factory=list)  # ids whose cached text has another hash
    listed: int = 0  # documents in the offsets file (of the requested split)

    def summary(self) -> str:
        lines = [f"real news: {len(self.documents)} of {self.listed} documents found in {self.cache}"]
        if self.missing:
            lines.append(f"missing from the cache ({len(self.missing)}): {', '.join(self.missing)}")
        if self.mismatched:
            lines.append(
                f"different text, sha256 does not match ({len(self.mismatched)}): {', '.join(self.mismatched)}"
            )
        return "\n".join(lines)


def load_realnews(offsets: Path, cache: Path | None = None, *, split: str | None = None,
                  from_number: int | None = None) -> RealNewsCorpus:
    """Documents of ``offsets`` (optionally one split, optionally only ids numbered
    ``from_number`` or higher) whose cached text has the recorded hash.

    Ids are numbered in the order the batches were annotated, so ``from_number``
    selects a later batch, e.g. one that no rule was ever written against.
    A malformed offsets file raises AnnotatorError naming the file and line.
    """
    corpus = RealNewsCorpus(cache if cache is not None else default_cache())
    for line_no, record in _records(offsets):
        if split is not None and record["split"] != split:
            continue
        if from_number is not None and id_number(record["id"]) < from_number:
            continue
        corpus.listed += 1
        path = corpus.cache / f"{record['id']}.txt"
        try:
            data = path.read_bytes()
        except OSError:
            corpus.missing.append(record["id"])
            continue
        if hashlib.sha256(data).hexdigest() != record["sha256"]:
            corpus.mismatched.append(record["id"])
            continue
        doc = {**record, "text": data.decode("utf-8")}
        check_gold_document(doc, f"{offsets}, line {line_no}")
        corpus.documents.append(doc)
    return corpus


def id_number(doc_id: str) -> int:
    """The number of an id such as ``r512`` (0 when it has none)."""
    digits = "".join(ch for ch in doc_id if ch.isdigit())
    return int(digits) if digits else 0


def _records(path: Path) -> list[tuple[int, dict[str, Any]]]:
    records = []
    for line_no, record in read_json_lines(path):
        if not isinstance(record, dict) or any(key not in record for key in REQUIRED):
            raise AnnotatorError(f"{path}, line {line_no}: expected an object with {', '.join(REQUIRED)}")
        if not isinstance(record["id"], str) or not record["id"].isalnum():
            raise AnnotatorError(f"{path}, line {line_no}: bad document id {record['id']!r}")
        records.append((line_no, record))
    return records


def compare_annotations(reference: RealNewsCorpus, other: RealNewsCorpus) -> EvaluationReport:
    """Score a second annotator's annotation of the same texts against the first one.

    Inter-annotator agreement is the ceiling of what the analysis can reach: each
    figure reads as if ``other`` were the analysis (F1 is symmetric; precision and
    recall swap with the roles).  Only documents present in both are scored; a
    document whose two annotations were made on different texts (sha256) is an error.
    """
    second = {doc["id"]: doc for doc in other.documents}
    report = EvaluationReport(None)
    for doc in reference.documents:
        mine = second.get(doc["id"])
        if mine is None:
            continue
        if mine["sha256"] != doc["sha256"]:
            raise AnnotatorError(f"{doc['id']}: the two annotations were made on different texts (sha256 differs)")
        report.split = doc["split"] if report.split in (None, doc["split"]) else "all"
        report.documents += 1
        score_prediction(doc, mine["quotes"], set(mine["themes"]), report)
    return report
