"""A linear document classifier per bundled theme, beside the keyword rules.

The keyword rules of :mod:`annotator.nlp.themes` were tuned on the real-news dev
split and stopped carrying to new text, so the document-level decision for the
bundled themes is a logistic regression per theme, trained on the dev split by
``tools/train_theme_model.py``.  Its features (:func:`document_features`) are

* the lemmas of the text's content words (pymorphy3's best reading; nouns,
  adjectives, verbs, participles), ``log(1 + count)`` each, and the same lemma
  with a ``^`` prefix when it occurs in the headline (the first line);
* the keyword rules' own evidence for every bundled theme: ``rule:<id>`` when
  the rules suggest it, ``hits:<id>`` (log of the hit count) and ``head:<id>``
  (a hit in the headline);
* ``len``: the log of the text's length in thousands of characters (within SHORTEST-LONGEST).

The model file (``resources/theme_model.json``) holds only feature names
(single lemmas, rule feature names) and weights, never text.  It is read once,
lazily; a broken file raises :class:`ThemeModelError` naming the file.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import cast


from annotator.model import AnnotatorError
from annotator.nlp.model_file import read_model_json
from annotator.nlp.morph import fold, parses

MODEL_FORMAT = "annotator-theme-model"
MODEL_VERSION = 1
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Parts of speech whose lemmas say what a text is about; function words, pronouns, numerals
# and adverbs are left out.
CONTENT_POS = frozenset({"NOUN", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS"})
MIN_LEMMA_CHARS = 3
HEADLINE_MARK = "^"
# The real-news texts the model is trained on are 300-3,000 characters long: a shorter or longer
# text counts as one of those lengths, so that its length alone cannot push the model outside
# what it has seen.
SHORTEST, LONGEST = 300, 3000


class ThemeModelError(AnnotatorError):
    """The theme model file is missing or malformed."""


def content_lemmas(text: str, words: Iterable[str] | None = None) -> Counter[str]:
    """Counts of the lemmas of the content words of ``text`` (folded: lower case, ё -> е).

    ``words``: the text's folded words as the analysis found them (WORD_RE over
    fold(text), in order or already counted), so that a long text is not scanned again."""
    if words is None:
        words = WORD_RE.findall(fold(text))
    if isinstance(words, Counter):
        counts: Counter[str] = Counter()
        for word, n in words.items():
            lemma = _CONTENT_LEMMAS[word]
            if lemma is not None:
                counts[lemma] += n
        return counts
    # One lemma per word (None for the rest) counted at C level: every document's
    # theme decision runs this over all its words.  The lemmas come in the order
    # of their first word, as when the words are counted first.
    found: Counter[str | None] = Counter(map(_CONTENT_LEMMAS.__getitem__, words))
    del found[None]  # a Counter's del ignores a missing key
    return cast("Counter[str]", found)


class _ContentLemmaCache(dict[str, "str | None"]):
    """Word form -> lemma of its best reading if that is a content word, else None; a form
    not seen yet is parsed on lookup."""

    def __missing__(self, word: str) -> str | None:
        if len(self) >= _MAX_CACHED_FORMS:
            self.clear()
        lemma = self[word] = _best_content_lemma(word)
        return lemma


_MAX_CACHED_FORMS = 200_000
_CONTENT_LEMMAS = _ContentLemmaCache()


def _best_content_lemma(word: str) -> str | None:
    readings = parses(word)
    if not readings or len(word) < MIN_LEMMA_CHARS:
        return None
    best = readings[0]
    if CONTENT_POS.isdisjoint(best.grammemes):
        return None
    return best.lemma


def headline_end(text: str, limit: int) -> int:
    first_line = text.find("\n")
    return min(limit, len(text) if first_line < 0 else first_line)


@dataclass(frozen=True)
class RuleEvidence:
    """What the keyword rules found for one theme in one document."""

    hits: int
    in_headline: bool
    suggested: bool


def document_features(
    text: str, headline: int, evidence: Mapping[str, RuleEvidence], words: Iterable[str] | None = None
) -> dict[str, float]:
    """Feature name -> value for one document (see the module's doc); ``words`` as for content_lemmas."""
    length = min(max(len(text), SHORTEST), LONGEST)
    features: dict[str, float] = {"len": math.log(length / 1000)}
    counts = content_lemmas(text, words)
    features.update(zip(counts.keys(), map(math.log1p, counts.values())))  # C-level: one per lemma
    for lemma in content_lemmas(text[:headline]):
        features[HEADLINE_MARK + lemma] = 1.0
    for theme, found in evidence.items():
        if found.suggested:
            features[f"rule:{theme}"] = 1.0
        if found.hits:
            features[f"hits:{theme}"] = math.log1p(found.hits)
        if found.in_headline:
            features[f"head:{theme}"] = 1.0
    return features


DECIDE = "decide"
CONFIRM = "confirm"
ROLES = (DECIDE, CONFIRM)


@dataclass(frozen=True)
class ThemeClassifier:
    """One theme's logistic regression.  Its role says how it combines with the keyword rules:
    ``decide``: the theme is suggested when the probability reaches the threshold, whatever the
    rules say (the themes with enough training documents for the model to beat the rules);
    ``confirm``: the rules' suggestion stands only when the probability reaches the threshold."""

    theme: str
    bias: float
    threshold: float
    role: str
    weights: Mapping[str, float]

    def probability(self, features: Mapping[str, float]) -> float:
        score = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))


class ThemeModel:
    """The classifiers of the covered themes, with their weights gathered into one matrix (feature x
    theme) so that a document is scored with one dictionary lookup per feature."""

    def __init__(self, classifiers: Mapping[str, ThemeClassifier]) -> None:
        import numpy as np  # here, not at the top: the app starts without paying for numpy

        self.classifiers = dict(classifiers)
        self._themes = list(self.classifiers)
        names = sorted({name for c in self.classifiers.values() for name in c.weights})
        self._feature_rows = {name: row for row, name in enumerate(names)}
        self._weights = np.zeros((len(names) + 1, len(self._themes)))  # the last row stays zero
        for column, theme in enumerate(self._themes):
            for name, weight in self.classifiers[theme].weights.items():
                self._weights[self._feature_rows[name], column] = weight
        self._biases = np.array([self.classifiers[t].bias for t in self._themes])

    def probabilities(self, features: Mapping[str, float]) -> dict[str, float]:
        import numpy as np

        rows = list(map(self._feature_rows.get, features, repeat(len(self._feature_rows))))  # missing: the zero row
        scores = np.asarray(list(features.values()), dtype=float) @ self._weights[rows] + self._biases
        probabilities = 1.0 / (1.0 + np.exp(-np.clip(scores, -50.0, 50.0)))
        return dict(zip(self._themes, probabilities.tolist()))

    def themes(self, features: Mapping[str, float], ruled: Iterable[str], allowed: Iterable[str] | None = None) -> set[str]:
        """The covered themes (only ``allowed`` ones, if given) suggested, from the features and the
        rules' own suggestions ``ruled`` (see ThemeClassifier)."""
        ruled = set(ruled)
        wanted = self.classifiers.keys() if allowed is None else set(allowed) & self.classifiers.keys()
        found = set()
        for theme, probability in self.probabilities(features).items():
            classifier = self.classifiers[theme]
            if theme in wanted and probability >= classifier.threshold and (classifier.role == DECIDE or theme in ruled):
                found.add(theme)
        return found


def load_model(path: Path) -> ThemeModel:
    """Read a model file; any problem raises ThemeModelError naming the file and what is wrong."""
    data = read_model_json(path, kind="theme model", fmt=MODEL_FORMAT, version=MODEL_VERSION, error=ThemeModelError)
    themes = data.get("themes")
    if not isinstance(themes, dict):
        raise ThemeModelError(f"{path}: \"themes\" must be an object of theme id -> classifier")
    return ThemeModel({theme: _classifier(path, theme, item) for theme, item in themes.items()})


def _classifier(path: Path, theme: str, item: object) -> ThemeClassifier:
    where = f"{path}: theme {theme!r}"
    if not isinstance(item, dict):
        raise ThemeModelError(f"{where}: expected an object with bias, threshold, role and weights")
    bias, threshold, weights = item.get("bias"), item.get("threshold"), item.get("weights")
    if item.get("role") not in ROLES:
        raise ThemeModelError(f"{where}: role must be one of {', '.join(ROLES)}, not {item.get('role')!r}")
    if not _number(bias) or not _number(threshold) or not 0.0 < float(threshold) < 1.0:  # type: ignore[arg-type]
        raise ThemeModelError(f"{where}: bias must be a number and threshold a number between 0 and 1")
    if not isinstance(weights, dict) or not all(isinstance(k, str) and _number(v) for k, v in weights.items()):
        raise ThemeModelError(f"{where}: weights must be an object of feature name -> number")
    return ThemeClassifier(theme, float(bias), float(threshold), str(item["role"]),  # type: ignore[arg-type]
                           {k: float(v) for k, v in weights.items()})


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


@lru_cache(maxsize=1)
def bundled_model() -> ThemeModel:
    """The model shipped in ``resources/theme_model.json``, read on first use."""
    from annotator.resources import resource_path

    return load_model(resource_path("theme_model.json"))
