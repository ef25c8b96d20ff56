"""Person names: recognising name words and restoring the nominative.

pymorphy3's Surn tag alone is unreliable (it reads "Токаева" as a female
first name and "Рябкова" as a place), so surnames are restored by ending
rules, with the dictionary consulted only for first names, patronymics and
indeclinable surnames it knows ("Шойгу").
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.nlp.morph import fold, is_known, parses

_OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct", "gen2", "acc2", "loc2"})

# (ending, replacement) for oblique forms, longest ending first.
_MASC_RULES = (
    ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
    ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"), ("цком", "цкий"),
    ("ого", "ой"), ("ому", "ой"),
    ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын"),
    ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"),
    ("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"), ("ину", "ин"), ("ыну", "ын"),
    ("ове", "ов"), ("еве", "ев"), ("ине", "ин"),
    ("ия", "ий"), ("ию", "ий"), ("ием", "ий"),
)
_FEMN_RULES = (
    ("ской", "ская"), ("скую", "ская"), ("цкой", "цкая"), ("цкую", "цкая"),
    ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"),
    ("ову", "ова"), ("еву", "ева"), ("ину", "ина"),
)
# Any other adjectival surname, only where a first name or verb says a woman is named
# (a man's "Толстой" is nominative).
_FEMN_ADJECTIVE_RULES = (("ой", "ая"), ("ую", "ая"))
# Romanian and Moldovan surnames never decline ("по словам Попеску").
_INDECLINABLE_RE = re.compile(r"[еэ]ску$")
# Central Asian first names of Arabic origin ("Сироджиддин", "Нуриддин"): the
# dictionary does not know them, and their "-ин" is no Russian surname ending.
GIVEN_NAME_RE = re.compile(r"[иуа]ддин$")
_CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")
# A consonant that takes "-ем" in the instrumental only when soft ("Игорем", not "Иваном").
_SOFT_END = re.compile(r"[бвдзлмнпрстф]$")
_MASC_NOMINATIVE = re.compile(r"(ов|ев|ёв|ин|ын|ский|цкий|ой|ий)$")
_FEMN_NOMINATIVE = re.compile(r"(ова|ева|ёва|ина|ына|ская|цкая|ая)$")


def capitalize_like(word: str, lowered: str) -> str:
    """Title-case ``lowered`` part by part ("касым-жомарт" -> "Касым-Жомарт")."""
    return "-".join(part[:1].upper() + part[1:] for part in lowered.split("-"))


# Per word form, like morph.parses: asked of every capitalised word a name may open with.
@lru_cache(maxsize=300_000)
def first_name_reading(word: str) -> tuple[str, str | None, bool] | None:
    """(nominative, gender, oblique) if the dictionary knows ``word`` as a first name."""
    readings = [p for p in parses(word) if "Name" in p.grammemes and "sing" in p.grammemes]
    if not readings or not is_known(word):
        return None
    best = readings[0]
    gender = "f" if "femn" in best.grammemes else "m" if "masc" in best.grammemes else None
    oblique = all(p.grammemes & _OBLIQUE for p in readings)
    return capitalize_like(word, best.lemma), gender, oblique


def is_patronymic(word: str) -> bool:
    return bool(re.search(r"(вич|вна|чна|ична)(а|у|ем|ом|е|ы|ой|ну)?$", word)) and word[:1].isupper()


def patronymic_gender(word: str) -> str:
    return "f" if re.search(r"(вн|чн)", word[-5:]) else "m"


def surname_gender(word: str) -> str | None:
    """Gender suggested by a nominative surname ending, if any."""
    low = fold(word)
    if _FEMN_NOMINATIVE.search(low):
        return "f"
    if _MASC_NOMINATIVE.search(low):
        return "m"
    return None


def _apply_rules(low: str, rules: tuple[tuple[str, str], ...]) -> str | None:
    for ending, replacement in rules:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return low[: -len(ending)] + replacement
    return None


def _fixed_surname(word: str) -> bool:
    return any("Fixd" in p.grammemes and "Surn" in p.grammemes for p in parses(word))


def nominative_surname(word: str, *, oblique: bool, gender: str | None) -> str:
    """The nominative of a surname seen in ``word``.

    ``oblique`` says the context governs a case other than the nominative
    ("по словам Лаврова"); ``gender`` comes from a first name, the speech
    verb or the article.  Unknown words fall back to ending rules; a word
    ending in a vowel other than -а/-я (Шойгу, Мадуро, Небензя aside) or a
    female foreign surname (Бербок) is indeclinable and kept.
    """
    if not oblique or _fixed_surname(word) or _INDECLINABLE_RE.search(word.lower()):
        return word
    low = word.lower()
    if gender == "f" or (gender is None and re.search(r"(ой|ую)$", low)):
        restored = _apply_rules(low, _FEMN_RULES)
        if restored is None and gender == "f":
            # A woman's adjectival surname: "Надежды Преподобной" -> "Преподобная".
            restored = _apply_rules(low, _FEMN_ADJECTIVE_RULES)
        return capitalize_like(word, restored) if restored else word
    restored = _apply_rules(low, _MASC_RULES)
    if restored:
        return capitalize_like(word, restored)
    # Surnames in -а of the first declension: Кулебы -> Кулеба, Сибиги -> Сибига.
    if gender == "m" and re.search(r"(?:[^аеёиоуыэюя]ы|[гкхжшчщ]и)$", low) and len(low) > 4:
        return capitalize_like(word, low[:-1] + "а")
    # Foreign masculine surnames: Гутерриша -> Гутерриш, Пашиняном -> Пашинян.
    # Surnames in -а in the instrumental: "(с) Андреем Сибигой" -> Сибига.
    if gender == "m" and re.search(r"[^аеёиоуыэюяскцвт]ой$", low) and len(low) > 5:  # not Толстой, Луговой
        return capitalize_like(word, low[:-2] + "а")
    for ending in ("ом", "ем", "а", "у", "е"):
        stem = low[: -len(ending)]
        if low.endswith(ending) and _CONSONANT_END.search(stem) and len(stem) > 2:
            return capitalize_like(word, stem)
    return word


def surname_key(surname: str) -> str:
    """Key grouping the forms of one surname within an article."""
    return fold(surname)


def nominative_given(word: str, *, oblique: bool, gender: str | None) -> str:
    """The nominative of a first name the dictionary does not know
    ("Джорджей" -> "Джорджа", "Касым-Жомарта" -> "Касым-Жомарт")."""
    if not oblique:
        return word
    low = word.lower()
    if gender == "f":
        # Only endings a nominative foreign name hardly has: "Наледи", "Беате"
        # are indeclinable and stay as they are.
        for ending in ("ей", "ой", "у"):
            if low.endswith(ending) and len(low) > len(ending) + 2:
                return capitalize_like(word, low[: -len(ending)] + "а")
        return word
    if low.endswith("ем") and _SOFT_END.search(low[:-2]) and len(low) > 4:
        return capitalize_like(word, low[:-2] + "ь")  # "Эммануэлем", "Шарлем": a soft stem, as in "Игорем"
    for ending in ("ом", "ем", "а", "у", "е"):
        stem = low[: -len(ending)]
        if low.endswith(ending) and _CONSONANT_END.search(stem) and len(stem) > 2:
            return capitalize_like(word, stem)
    return word
