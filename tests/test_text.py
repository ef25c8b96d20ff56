"""Text normalisation, duplicate identity and the code point <-> UTF-16 offset map.

Document text is normalised once at import (BOM stripped, CRLF/CR -> LF, NFC)
and never changes, so every stored offset stays valid.  Qt counts UTF-16 code
units; ``Utf16Map`` is the one place that converts.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text import (
    Utf16Map,
    from_utf16,
    normalize,
    normalize_with_offsets,
    text_hash,
    to_utf16,
)

E_DIAERESIS = "е\u0308"  # е + combining diaeresis, NFC: ё
I_BREVE = "и\u0306"  # и + combining breve, NFC: й


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufeffМИД России сообщил", "МИД России сообщил"),
        ("Первый абзац.\r\nВторой абзац.\r\n", "Первый абзац.\nВторой абзац.\n"),
        ("Первый абзац.\rВторой абзац.", "Первый абзац.\nВторой абзац."),
        ("смешанные\r\nпереводы\rстрок\n", "смешанные\nпереводы\nстрок\n"),
        ("\r\n\r\n", "\n\n"),
        (f"Её позиция и мо{I_BREVE} ответ", "Её позиция и мой ответ"),
        (f"ещ{E_DIAERESIS} одна встреча", "ещё одна встреча"),
        # Nothing else changes: spaces, tabs and blank lines stay where they are.
        ("  отступ\tи  два пробела  \n\n", "  отступ\tи  два пробела  \n\n"),
        # Only a leading BOM is a BOM; one inside the text is left alone.
        ("до\ufeffпосле", "до\ufeffпосле"),
        ("", ""),
    ],
)
def test_normalize_strips_bom_unifies_line_breaks_and_composes_nfc(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_is_idempotent() -> None:
    raw = f"\ufeffГлава МИД заявил:\r\n«Мы дали ещ{E_DIAERESIS} один шанс»\r"
    once = normalize(raw)
    assert normalize(once) == once
    assert unicodedata.is_normalized("NFC", once)


@pytest.mark.parametrize(
    "variant",
    [
        "Стороны обсудили двустороннюю повестку.\nВизит состоится в июне.",
        "Стороны обсудили двустороннюю повестку.\n\nВизит состоится в июне.\n",
        "Стороны  обсудили двустороннюю повестку. Визит состоится в июне.",
        "  Стороны обсудили двустороннюю\tповестку.\n Визит состоится в июне.   ",
        normalize("Стороны обсудили двустороннюю повестку.\r\nВизит состоится в июне.\r\n"),
    ],
)
def test_text_hash_treats_whitespace_variants_as_the_same_article(variant: str) -> None:
    original = "Стороны обсудили двустороннюю повестку.\nВизит состоится в июне."
    assert text_hash(variant) == text_hash(original)


def test_text_hash_tells_different_articles_apart() -> None:
    assert text_hash("Визит состоится в июне.") != text_hash("Визит состоится в июле.")
    assert text_hash("Визит состоится в июне.") != text_hash("Визит состоитсяв июне.")


# -- UTF-16 offsets ----------------------------------------------------------------

UTF16_TEXTS = [
    "Лавров: «Мы открыты к диалогу»",
    "Саммит 🤝 в Казани 🇷🇺🇨🇳 завершился",
    "😀",
    "😀😀начало и конец😀",
    "Математика 𝔸𝔹 и иероглифы 中国 𠀋",
    f"Её ответ: {E_DIAERESIS}{I_BREVE} — без склейки",
    "",
]


def reference_utf16(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


@pytest.mark.parametrize("text", UTF16_TEXTS)
def test_utf16_offsets_agree_with_the_utf16_encoding(text: str) -> None:
    mapping = Utf16Map(text)
    assert mapping.utf16_length == len(text.encode("utf-16-le")) // 2
    for offset in range(len(text) + 1):
        utf16 = mapping.to_utf16(offset)
        assert utf16 == reference_utf16(text, offset)
        assert mapping.from_utf16(utf16) == offset


def test_utf16_offset_inside_a_surrogate_pair_rounds_down_to_the_character_start() -> None:
    text = "Флаги 🇷🇺 и 😀."
    mapping = Utf16Map(text)
    flag = text.index("🇷")
    smile = text.index("😀")
    # Each astral character occupies two units: u and u + 1; u + 1 is its low surrogate.
    for code_point in (flag, flag + 1, smile):
        middle = mapping.to_utf16(code_point) + 1
        assert mapping.from_utf16(middle) == code_point
        assert mapping.from_utf16(middle + 1) == code_point + 1


def test_cyrillic_and_combining_marks_take_one_utf16_unit_each() -> None:
    text = f"Захарова: {E_DIAERESIS}"
    mapping = Utf16Map(text)
    assert mapping.utf16_length == len(text)
    assert [mapping.to_utf16(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))


@pytest.mark.parametrize("text", ["Визит 😀", ""])
def test_utf16_offsets_outside_the_text_are_refused(text: str) -> None:
    mapping = Utf16Map(text)
    with pytest.raises(ValueError):
        mapping.to_utf16(-1)
    with pytest.raises(ValueError):
        mapping.to_utf16(len(text) + 1)
    with pytest.raises(ValueError):
        mapping.from_utf16(-1)
    with pytest.raises(ValueError):
        mapping.from_utf16(mapping.utf16_length + 1)


def test_one_off_conversion_helpers_match_the_map() -> None:
    text = "Ответ 😀 министра"
    assert to_utf16(text, text.index("министра")) == text.index("министра") + 1
    assert from_utf16(text, text.index("министра") + 1) == text.index("министра")


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from(["а", "Я", " ", "\n", "😀", "𝔸", "\u0301", "中"]), max_size=40))
def test_utf16_round_trip_for_any_text(text: str) -> None:
    mapping = Utf16Map(text)
    for offset in range(len(text) + 1):
        assert mapping.to_utf16(offset) == reference_utf16(text, offset)
        assert mapping.from_utf16(mapping.to_utf16(offset)) == offset


# -- offsets into un-normalised text ---------------------------------------------------


def cluster_boundaries(raw: str) -> list[int]:
    """Raw offsets that split neither a CRLF pair nor a letter from its marks."""
    return [
        i
        for i in range(len(raw) + 1)
        if not (0 < i < len(raw) and raw[i - 1] == "\r" and raw[i] == "\n")
        and not (i < len(raw) and unicodedata.combining(raw[i]))
    ]


def assert_offsets_follow_the_text(raw: str) -> None:
    text, mapping = normalize_with_offsets(raw)
    assert text == normalize(raw)
    assert len(mapping) == len(raw) + 1
    assert mapping == sorted(mapping)
    bounds = cluster_boundaries(raw)
    for start in bounds:
        for end in bounds:
            if start <= end:
                assert text[mapping[start] : mapping[end]] == normalize(raw[start:end]), (start, end)


@pytest.mark.parametrize(
    "raw",
    [
        "Пресс-конференция.\r\nМинистр ответил на вопросы.\r\n",
        "\ufeffБрифинг официального представителя МИД\r\nВопрос: «Каковы итоги?»",
        "Старая\rмашинка\rпереводов",
        f"Сказал ещ{E_DIAERESIS} раз: «Мо{I_BREVE} ответ — нет».",
        f"\ufeffЕ\u0308лка\r\n{E_DIAERESIS}\u0301\r\n\r\n",
        "Без изменений: обычный текст.",
    ],
)
def test_normalize_with_offsets_maps_raw_spans_onto_the_normalised_text(raw: str) -> None:
    assert_offsets_follow_the_text(raw)


def test_offsets_inside_a_removed_character_map_to_what_replaced_it() -> None:
    raw = "\ufeffА\r\nЕ\u0308"
    text, mapping = normalize_with_offsets(raw)
    assert text == "А\nЁ"
    assert mapping == [0, 0, 1, 1, 2, 2, 3]


@settings(deadline=None)
@given(
    st.booleans(),
    st.lists(st.sampled_from(["а", "е", "и", "\u0308", "\u0306", "\u0301", "\r", "\n", "\r\n", " ", "😀"]), max_size=25),
)
def test_normalize_with_offsets_for_any_mix_of_breaks_and_marks(bom: bool, pieces: list[str]) -> None:
    assert_offsets_follow_the_text(("\ufeff" if bom else "") + "".join(pieces))


def test_text_whose_composition_crosses_characters_has_no_stable_map() -> None:
    # Hangul jamo compose across characters that are not combining marks.
    with pytest.raises(ValueError):
        normalize_with_offsets("\u1100\u1161")
