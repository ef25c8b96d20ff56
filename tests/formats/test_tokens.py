"""The CoNLL tokeniser gives razdel's boundaries, token for token."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from razdel import tokenize as razdel_tokenize

from annotator.formats.tokens import tokenize
from annotator.resources import resource_path

DATA = Path(__file__).resolve().parent.parent / "data" / "gold"


def razdel_tokens(text: str) -> list[tuple[int, int, str]]:
    return [(token.start, token.stop, token.text) for token in razdel_tokenize(text)]


def project_texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(resource_path("samples").glob("*.txt"))]
    for gold in (DATA / "gold.jsonl", DATA / "blind" / "blind.jsonl"):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if isinstance(record, dict) and isinstance(record.get("text"), str):
                    texts.append(record["text"])
    return texts


def test_the_sample_and_gold_texts_are_tokenised_exactly_as_razdel_does() -> None:
    texts = project_texts()
    assert len(texts) > 60
    for text in texts:
        assert tokenize(text) == razdel_tokens(text)


@pytest.mark.parametrize(
    "text",
    [
        "Касым-Жомарт Токаев, пресс-секретарь — и вице-премьер",  # dashes join words, not spaced dashes
        "рост на 1,5 % и 2.75 млрд; 3/4 и 1\\2 доли",  # floats, fractions
        "Что?! Да... Нет?.. :-) ;)) =( -- ** ***",  # endings, smiles, double marks
        "ΔP и Δσ mβж 🤝🏻 Yahoo! yahoo!!",  # other symbols, the yahoo exception
        "слово -5 и а- б, snake_case и _x_ и 1-й, 5-_6",  # a rule looking across a space
        "«Цитата»,— сказал он.\r\n\tНовая строка",
        "", "   ", "-", "1.", ".5", "a-", "-a",
    ],
)
def test_the_cases_razdel_rules_handle(text: str) -> None:
    assert tokenize(text) == razdel_tokens(text)


ALPHABET = "аяёAz09 .,-–—_/\\!?…:;()=*«»\"'%№🤝ΔσЁ\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_any_mix_of_the_characters_the_rules_look_at(text: str) -> None:
    assert tokenize(text) == razdel_tokens(text)


@pytest.mark.parametrize(
    "text",
    [
        "Пресс-секретарь Кремля, «Касым-Жомарт», 1-й и 2–3 раунда, snake_case.",  # words joined by dashes
        "foo-yahoo! и yahoo», и 5». и 5, и 5.5 и 5.",
        "в 5, 6 и 7. 8 раз",  # FloatRule looks past the space: "5," and "7." are tokens
        "«(слово)»... «слово»?! слово:) (слово;",
        "слово-\r\n-слово «-слово» слово-» 1-2-3.",
    ],
)
def test_simple_runs_and_their_neighbours(text: str) -> None:
    assert tokenize(text) == razdel_tokens(text)


SIMPLE_PIECES = list("«„“‘\"'([№»”’)]%.,!?…:;‑–—−-_=/*é🤝 \n") + [
    "5. 6", "7, 8", "слово", "Ёж", "abc", "yahoo", "5", "12", "  ", "\r\n", "Пресс-секретарь"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SIMPLE_PIECES), max_size=14).map("".join))
def test_words_between_punctuation(text: str) -> None:
    # Mostly text the simple-run fast path takes, with what makes it fall back mixed in.
    assert tokenize(text) == razdel_tokens(text)
