"""The cheaper theme decision (annotator/nlp/theme_model.py) gives exactly what main's code gave.

``content_lemmas`` now counts one lemma per word at C level (a dict that parses a
form it has not seen), ``document_features`` fills the lemma features with one
``update`` and ``ThemeModel.probabilities`` finds the weight rows with one ``map``.
The features are a dot product's terms, so not only their values but their order
must stay as it was (a sum in another order can differ in the last bit).  The
functions below are main's code as it was before the change (commit f6384ed),
kept here as the reference:

* the content lemmas, the features (items in order) and the probabilities are
  equal, to the bit, for texts with Cyrillic, emoji and CRLF line breaks, a
  length-changing case mapping, and generated articles; for words given as a
  list, as a Counter and not given; and when the form cache fills up and is emptied;
* the rows an import stores (suggestions, themes, spans, tags, relations) are the
  rows main's theme decision gives, through the import's own path: read and
  analysed in this process, and in the worker pool.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from annotator.nlp import analyze
from annotator.nlp import theme_model
from annotator.nlp.morph import fold
from annotator.nlp.theme_model import HEADLINE_MARK, LONGEST, SHORTEST, WORD_RE, RuleEvidence, bundled_model
from annotator.nlp.themes import HEADLINE_CHARS, document_themes
from annotator.services.preparing import prepare_file, prepared_files
from annotator.text import normalize

PARAGRAPH = (
    "Глава МИД России Сергей Лавров заявил: «Двусторонние отношения 🤝 развиваются, "
    "торгово-экономическое сотрудничество растёт».\r\n"
    "Министр иностранных дел Казахстана отметил, что переговоры в Астане по вопросам энергетики "
    "и безопасности прошли успешно 😀.\r\n"
    "«Мы готовы к диалогу по вопросам санкций», — сказал пресс-секретарь Кремля Дмитрий Песков.\r\n"
)
TEXTS = [
    "Переговоры Путина и Токаева в Москве\r\n" + PARAGRAPH * 2,
    "Санкции ЕС против России 🇷🇺 не работают — Лавров\r\n" + PARAGRAPH,
    "İstanbul: ёлка, Ёж и ЁЛКИ. " + PARAGRAPH,  # a case mapping that changes the length
    "Саммит ШОС в Астане\n\nЛидеры стран ШОС обсудили интеграцию, энергетику и борьбу с терроризмом.",
]


# -- main's code (f6384ed), the reference -------------------------------------------------------

_MAIN_KNOWN: dict[str, str | None] = {}  # main's form cache (its clearing at 200,000 forms left out)


def main_content_lemmas(text: str, words: Iterable[str] | None = None) -> Counter[str]:
    counts: Counter[str] = Counter()
    known = _MAIN_KNOWN
    if words is None:
        words = WORD_RE.findall(fold(text))
    for word, n in (words if isinstance(words, Counter) else Counter(words)).items():
        lemma = known[word] if word in known else known.setdefault(word, theme_model._best_content_lemma(word))
        if lemma is not None:
            counts[lemma] += n
    return counts


def main_document_features(
    text: str, headline: int, evidence: Mapping[str, RuleEvidence], words: Iterable[str] | None = None
) -> dict[str, float]:
    length = min(max(len(text), SHORTEST), LONGEST)
    features: dict[str, float] = {"len": math.log(length / 1000)}
    for lemma, count in main_content_lemmas(text, words).items():
        features[lemma] = math.log1p(count)
    for lemma in main_content_lemmas(text[:headline]):
        features[HEADLINE_MARK + lemma] = 1.0
    for theme, found in evidence.items():
        if found.suggested:
            features[f"rule:{theme}"] = 1.0
        if found.hits:
            features[f"hits:{theme}"] = math.log1p(found.hits)
        if found.in_headline:
            features[f"head:{theme}"] = 1.0
    return features


def main_probabilities(self: theme_model.ThemeModel, features: Mapping[str, float]) -> dict[str, float]:
    import numpy as np

    missing = len(self._feature_rows)
    rows = [self._feature_rows.get(name, missing) for name in features]
    scores = np.asarray(list(features.values()), dtype=float) @ self._weights[rows] + self._biases
    probabilities = 1.0 / (1.0 + np.exp(-np.clip(scores, -50.0, 50.0)))
    return dict(zip(self._themes, probabilities.tolist()))


# -- the texts ------------------------------------------------------------------------------------

def _texts() -> list[str]:
    from benchmarks.corpus import generate_corpus

    return [normalize(text) for text in TEXTS] + generate_corpus(12, seed=11)


@pytest.fixture(scope="module")
def analysed() -> list:
    return [(text, analyze(text)) for text in _texts()]


def _evidence(text: str, analysis) -> dict[str, RuleEvidence]:
    headline = theme_model.headline_end(text, HEADLINE_CHARS)
    counts = Counter(hit.theme for hit in analysis.themes)
    return {theme: RuleEvidence(counts[theme], hit_in_headline, counts[theme] > 1)
            for theme in bundled_model().classifiers
            for hit_in_headline in [any(h.theme == theme and h.end <= headline for h in analysis.themes)]}


def test_content_lemmas_are_mains_in_the_same_order(analysed: list) -> None:
    for text, analysis in analysed:
        assert analysis.words is not None or text.startswith("İ")
        for words in (analysis.words, None, Counter(WORD_RE.findall(fold(text)))):
            fast = theme_model.content_lemmas(text, words)
            assert list(fast.items()) == list(main_content_lemmas(text, words).items())
            assert fast and None not in fast


def test_content_lemmas_survive_the_form_cache_emptied(monkeypatch: pytest.MonkeyPatch, analysed: list) -> None:
    monkeypatch.setattr(theme_model, "_MAX_CACHED_FORMS", 5)
    theme_model._CONTENT_LEMMAS.clear()
    for text, analysis in analysed[:4]:
        assert list(theme_model.content_lemmas(text, analysis.words).items()) == list(main_content_lemmas(text).items())
        assert len(theme_model._CONTENT_LEMMAS) <= 5
    theme_model._CONTENT_LEMMAS.clear()


def test_features_and_probabilities_are_mains_to_the_bit(analysed: list) -> None:
    model = bundled_model()
    decided = 0
    for text, analysis in analysed:
        headline = theme_model.headline_end(text, HEADLINE_CHARS)
        evidence = _evidence(text, analysis)
        fast = theme_model.document_features(text, headline, evidence, analysis.words)
        main = main_document_features(text, headline, evidence, analysis.words)
        assert list(fast.items()) == list(main.items())
        assert any(name.startswith(HEADLINE_MARK) for name in fast) and any(name.startswith("hits:") for name in fast)
        assert model.probabilities(fast) == main_probabilities(model, main)  # floats compared exactly
        decided += bool(document_themes(text, analysis.themes, None, analysis.words))
    assert decided >= len(analysed) // 2  # the texts do get document themes


def _write_files(folder: Path) -> list[Path]:
    """Our texts as .txt files: UTF-8 with CRLF line breaks, one with a BOM."""
    files = []
    for number, text in enumerate(_texts()):
        path = folder / f"{number:02d}.txt"
        data = text.replace("\n", "\r\n").encode("utf-8")
        path.write_bytes(b"\xef\xbb\xbf" + data if number == 1 else data)
        files.append(path)
    return files


def _stored(prepared) -> list[tuple]:
    assert not prepared.error, prepared.error
    return [(rows.document, [(e.name, e.type, e.aliases, e.roles, e.id) for e in rows.entities],
             rows.spans, rows.relations, rows.tags) for rows in prepared.rows]


def test_imported_rows_are_those_of_mains_theme_decision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _write_files(tmp_path)
    with monkeypatch.context() as main_code:
        main_code.setattr(theme_model, "content_lemmas", main_content_lemmas)
        main_code.setattr(theme_model, "document_features", main_document_features)
        main_code.setattr("annotator.nlp.themes.document_features", main_document_features)
        main_code.setattr(theme_model.ThemeModel, "probabilities", main_probabilities)
        recorded = [_stored(prepare_file(path, True, None)) for path in files]
    assert theme_model.content_lemmas is not main_content_lemmas  # the fast code is back
    here = [_stored(prepare_file(path, True, None)) for path in files]
    pool = prepared_files(files, True, None, 2, None, None)
    in_workers = [_stored(next(pool)) for _ in files]
    pool.close()
    assert here == recorded
    assert in_workers == recorded
    tags = [tag for file_rows in recorded for _, _, _, _, tags in file_rows for tag in tags]
    assert any(tag[1] is None for tag in tags) and any(tag[1] is not None for tag in tags)  # document and quote themes
    assert all("\r" not in document[7] for file_rows in recorded for document, *_ in file_rows)
