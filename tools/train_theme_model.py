"""Train the document theme model (resources/theme_model.json) on the real-news dev split.

    .venv/bin/python tools/train_theme_model.py --max-id 1999         # dev split from the cache -> resources/theme_model.json
    .venv/bin/python tools/train_theme_model.py --train A.jsonl --valid B.jsonl --report   # figures only

The training documents are the gold-format records with text that the real-news build
writes (``~/.cache/annotator/realnews/dev.jsonl``, see tests/data/realnews/README.md);
the held-out test split is never read: any record whose split is not ``dev`` is refused.
Without the cache the script says so and exits 2.

One L2-regularised logistic regression per bundled theme over the features of
:func:`annotator.nlp.theme_model.document_features`; a theme with fewer than
``--min-positives`` training documents gets no classifier and keeps the keyword rule.
The regularisation, the themes the model decides alone and the decision thresholds are
settings; the defaults are those of the committed model, chosen in round 14 on two folds of
the dev split, r1501-r1999 and r1001-r1499 each measured by a model of the rest of r001-r1999
(tests/data/realnews/README.md, "The document theme model"); the committed model is trained
with ``--max-id 1999``.  The
written file holds feature names (lemmas, rule feature names) and weights only, never text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.nlp import analyze  # noqa: E402
from annotator.nlp.theme_model import CONFIRM, DECIDE, MODEL_FORMAT, MODEL_VERSION, RuleEvidence  # noqa: E402
from annotator.nlp.theme_model import document_features  # noqa: E402
from annotator.nlp.theme_model import headline_end  # noqa: E402
from annotator.nlp.themes import HEADLINE_CHARS, rule_document_themes  # noqa: E402
from annotator.resources import default_taxonomy  # noqa: E402

DEFAULT_CACHE = Path.home() / ".cache" / "annotator" / "realnews" / "dev.jsonl"
DEFAULT_OUT = ROOT / "resources" / "theme_model.json"


def read_documents(paths: Sequence[Path], max_id: int | None) -> list[dict[str, Any]]:
    docs = []
    for path in paths:
        if not path.is_file():
            raise SystemExit(f"{path}: not found. Build the real-news cache first (tests/data/realnews/README.md).")
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            doc = json.loads(line)
            if doc.get("split") != "dev":
                raise SystemExit(f"{path}, line {line_no}: split {doc.get('split')!r}; only dev documents train the model")
            if not isinstance(doc.get("text"), str) or not isinstance(doc.get("themes"), list):
                raise SystemExit(f"{path}, line {line_no}: expected a gold record with text and themes")
            if max_id is None or int("".join(ch for ch in doc["id"] if ch.isdigit())) <= max_id:
                docs.append(doc)
    return docs


def featurise(doc: dict[str, Any], theme_ids: Sequence[str]) -> dict[str, float]:
    analysis = analyze(doc["text"])
    text, hits = analysis.text, analysis.themes
    ruled = rule_document_themes(text, hits)
    headline = headline_end(text, HEADLINE_CHARS)
    evidence = {
        theme: RuleEvidence(sum(1 for h in hits if h.theme == theme),
                            any(h.theme == theme and h.end <= headline for h in hits), theme in ruled)
        for theme in theme_ids
    }
    features = document_features(text, headline, evidence)
    features["__rule__"] = 0.0  # placeholder so the key set is never empty
    doc["_ruled"] = ruled
    return features


def matrix(rows: list[dict[str, float]], vocabulary: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(rows), len(vocabulary)))
    for i, row in enumerate(rows):
        for name, value in row.items():
            column = vocabulary.get(name)
            if column is not None:
                x[i, column] = value
    return x


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float, iterations: int = 800) -> tuple[np.ndarray, np.ndarray]:
    """One logistic regression per column of ``y`` (documents x themes), all at once: minimise the
    mean log-loss + l2/2 |w|^2 (bias not penalised) by Nesterov's accelerated gradient descent."""
    n, d = x.shape
    step = 1.0 / (0.25 * (np.linalg.norm(x, 2) ** 2 + n) / n + l2)
    w = np.zeros((d, y.shape[1]))
    b = np.zeros(y.shape[1])
    vw, vb = w.copy(), b.copy()
    for k in range(1, iterations + 1):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ vw + vb, -50, 50)))
        w_next = vw - step * (x.T @ (p - y) / n + l2 * vw)
        b_next = vb - step * np.mean(p - y, axis=0)
        momentum = (k - 1) / (k + 2)
        vw, vb = w_next + momentum * (w_next - w), b_next + momentum * (b_next - b)
        w, b = w_next, b_next
    return b, w


def train(rows: list[dict[str, float]], labels: list[set[str]], theme_ids: Sequence[str], *, l2: float,
          min_df: int, min_positives: int) -> dict[str, tuple[float, dict[str, float]]]:
    df = Counter(name for row in rows for name in row)
    names = sorted(name for name, count in df.items() if count >= min_df and name != "__rule__")
    x = matrix(rows, {name: i for i, name in enumerate(names)})
    themes = [t for t in theme_ids if sum(1 for gold in labels if t in gold) >= min_positives]
    y = np.array([[t in gold for t in themes] for gold in labels], dtype=float)
    biases, weights = fit_logistic(x, y, l2)
    return {
        theme: (float(biases[j]), {names[i]: float(w) for i, w in enumerate(weights[:, j]) if abs(w) >= 1e-4})
        for j, theme in enumerate(themes)
    }


def predict(models: dict[str, tuple[float, dict[str, float]]], row: dict[str, float], ruled: set[str],
            settings: dict[str, tuple[str, float]]) -> set[str]:
    """The themes suggested: a ``decide`` theme by its probability alone, a ``confirm`` theme when
    the rules suggest it and the probability reaches its threshold, others by the rules."""
    out = {theme for theme in ruled if theme not in models}
    for theme, (bias, weights) in models.items():
        role, threshold = settings[theme]
        probability = 1.0 / (1.0 + np.exp(-(bias + sum(weights.get(name, 0.0) * value for name, value in row.items()))))
        if probability >= threshold and (role == DECIDE or theme in ruled):
            out.add(theme)
    return out


def scores(predicted: list[set[str]], gold: list[set[str]], theme_ids: Sequence[str]) -> dict[str, tuple[int, int, int]]:
    """(true positives, false positives, false negatives) per theme and micro-summed under "*"."""
    table = {}
    for theme in theme_ids:
        table[theme] = (sum(1 for p, g in zip(predicted, gold) if theme in p and theme in g),
                        sum(1 for p, g in zip(predicted, gold) if theme in p and theme not in g),
                        sum(1 for p, g in zip(predicted, gold) if theme not in p and theme in g))
    table["*"] = (sum(len(p & g) for p, g in zip(predicted, gold)), sum(len(p - g) for p, g in zip(predicted, gold)),
                  sum(len(g - p) for p, g in zip(predicted, gold)))
    return table


def print_scores(title: str, table: dict[str, tuple[int, int, int]]) -> None:
    print(title)
    for theme, (tp, fp, fn) in table.items():
        if tp + fp + fn == 0:
            continue
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        print(f"  {theme:14} gold {tp + fn:4} sugg {tp + fp:4} hit {tp:4}  P {p:.3f}  R {r:.3f}")


def build_parser() -> argparse.ArgumentParser:
    """The tool's options; their defaults are the committed model's settings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, nargs="+", default=[DEFAULT_CACHE])
    parser.add_argument("--valid", type=Path, nargs="*", default=[])
    parser.add_argument("--max-id", type=int, default=None, help="train only on ids numbered up to this")
    parser.add_argument("--l2", type=float, default=0.001)
    parser.add_argument("--decide", default="bilateral,conflicts,leaders,security",
                        help="themes the model decides alone (the others only confirm the rules)")
    parser.add_argument("--decide-threshold", type=float, default=0.45)
    parser.add_argument("--confirm-threshold", type=float, default=0.1)
    parser.add_argument("--min-df", type=int, default=2)
    parser.add_argument("--prune", type=float, default=0.03, help="weights smaller than this are left out of the file")
    parser.add_argument("--min-positives", type=int, default=10)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--report", action="store_true", help="print figures, write no model")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.train == [DEFAULT_CACHE] and not DEFAULT_CACHE.is_file():
        print(f"the real-news cache is absent ({DEFAULT_CACHE}): nothing to train on; "
              "see tests/data/realnews/README.md", file=sys.stderr)
        return 2
    theme_ids = [t.id for t in default_taxonomy()]
    train_docs = read_documents(args.train, args.max_id)
    rows = [featurise(doc, theme_ids) for doc in train_docs]
    gold = [set(doc["themes"]) for doc in train_docs]
    models = train(rows, gold, theme_ids, l2=args.l2, min_df=args.min_df, min_positives=args.min_positives)
    decide = set(args.decide.split(","))
    thresholds = {theme: (DECIDE, args.decide_threshold) if theme in decide else (CONFIRM, args.confirm_threshold)
                  for theme in models}
    print_scores(f"train ({len(train_docs)} documents)",
                 scores([predict(models, r, d["_ruled"], thresholds) for r, d in zip(rows, train_docs)], gold, theme_ids))
    if args.valid:
        valid_docs = read_documents(args.valid, args.max_id)
        valid_rows = [featurise(doc, theme_ids) for doc in valid_docs]
        valid_gold = [set(doc["themes"]) for doc in valid_docs]
        print_scores(f"valid ({len(valid_docs)} documents)",
                     scores([predict(models, r, d["_ruled"], thresholds) for r, d in zip(valid_rows, valid_docs)],
                            valid_gold, theme_ids))
    if args.report:
        return 0
    write_model(args.out, models, thresholds, len(train_docs), args)
    print(f"wrote {args.out}: {len(models)} themes")
    return 0


def write_model(path: Path, models: dict[str, tuple[float, dict[str, float]]], thresholds: dict[str, tuple[str, float]],
                documents: int, args: argparse.Namespace) -> None:
    data: dict[str, Any] = {
        "format": MODEL_FORMAT,
        "version": MODEL_VERSION,
        "trained_on": f"real-news dev split, {documents} documents"
                      + (f" numbered up to {args.max_id}" if args.max_id else ""),
        "settings": {"l2": args.l2, "decide": args.decide, "decide_threshold": args.decide_threshold,
                     "confirm_threshold": args.confirm_threshold, "min_df": args.min_df, "prune": args.prune,
                     "min_positives": args.min_positives},
        "themes": {
            theme: {"bias": round(bias, 4), "role": thresholds[theme][0], "threshold": thresholds[theme][1],
                    "weights": {name: round(w, 3) for name, w in sorted(weights.items()) if abs(w) >= args.prune}}
            for theme, (bias, weights) in sorted(models.items())
        },
    }
    # One theme a line: small diffs when the model is retrained, and no line of a giant width.
    lines = [json.dumps({key: value for key, value in data.items() if key != "themes"}, ensure_ascii=False)[:-1]
             + ', "themes": {']
    items = [f"{json.dumps(theme)}: {json.dumps(item, ensure_ascii=False)}" for theme, item in data["themes"].items()]
    path.write_text("\n".join(lines + [",\n".join(items), "}}"]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
