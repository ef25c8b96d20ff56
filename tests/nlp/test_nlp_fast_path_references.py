"""Fast paths of the round-10 speed changes against copies of the code they replaced.

Each is compared on texts we wrote for the paths they touch (photo credits before
quotations, a quotation left open, surnames misspelt once, emoji, CRLF and CR line breaks,
Greek capitals whose lower case depends on the letters around them, a transcript), the gold
and blind sets, and inputs made to break it.  Whole analyses were checked identical with the
code before the change on every dev text, the test data and the samples when it was merged.
"""

from __future__ import annotations

import re

from annotator.nlp.context import TextContext
from annotator.nlp.quotation_marks import scan_quotations
from annotator.nlp.quotes import _CREDIT_REACH, _CREDIT_RE, _in_credit
from annotator.nlp.speaker_names import _surname_matches
from annotator.nlp.spelling import _CAPITALISED_RE
from annotator.text import normalize
from test_nlp_fast_paths import _gold_texts

TEXTS = {
    "credits": (
        "© Фото: Иван Петров / «Вестник дипломата»\n"
        "Министр иностранных дел России Сергей Лавров заявил: «Мы открыты к диалогу с партнёрами».\n"
        "Фото:МИД России. «Переговоры продолжатся в Женеве», – сказал он журналистам.\n"
        "Фотограф Анна Смирнова сняла встречу. «Позиция Москвы не изменилась», – подчеркнул Лавров.\n"
        "фото пресс-службы. «Итоги встречи мы оцениваем положительно», – добавил министр."
    ),
    "unclosed": (
        "Пресс-секретарь президента Дмитрий Песков прокомментировал заявление Брюсселя.\n"
        "«Мы не видим оснований для такого решения, – сказал Песков.\n"
        "«Контакты на уровне экспертов продолжаются, – отметил он. – Но прогресса пока нет.\n"
        "Официальный представитель МИД Мария Захарова добавила: «Ответ будет симметричным»."
    ),
    "misspelt": (
        "Министр финансов Антон Силуанов выступил на форуме. «Бюджет сбалансирован», – заявил Силуанов.\n"
        "По словам Сиуланова, дефицит не превысит двух процентов.\n"
        "Глава МИД Грузии Илья Дарчиашвили провёл переговоры. Дарчиашвили сообщил, что визит удался.\n"
        "«Мы довольны итогами», – сказал Дачиашвили после встречи."
    ),
    "pronouns": (
        "Президент Казахстана Касым-Жомарт Токаев провёл переговоры с президентом Узбекистана "
        "Шавкатом Мирзиёевым. Стороны обсудили транспортные коридоры. Он отметил, что товарооборот "
        "растёт. По его словам, «партнёрство выходит на новый уровень».\r\n"
        "Генеральный секретарь ООН Антониу Гутерриш призвал к сдержанности. Она не прозвучала в ответ. "
        "Гутерриш добавил, что «диалог остаётся единственным путём». Ранее он посетил Астану.\r\n"
        "«Мы готовы помочь», – сказал он 🙂 в завершение встречи 🇺🇳."
    ),
    "sigma_cr": (
        "Министр иностранных дел Греции ΓΙΩΡΓΟΣ ΓΕΡΑΠΕΤΡΙΤΗΣ встретился с коллегой.\r"
        "«ΑΣ Σ — это не аббревиатура», – пошутил министр.\r"
        "Глава МИД Турции Хакан Фидан заявил, что «İstanbul готов принять переговоры»."
    ),
    "transcript": (
        "Стенограмма брифинга официального представителя МИД России\n"
        "Вопрос: Как вы оцениваете итоги саммита ШОС?\n"
        "М.Захарова: Итоги мы оцениваем высоко. Повестка остаётся широкой.\n"
        "Вопрос: Будут ли новые санкции?\n"
        "М.Захарова: Это вопрос к нашим западным коллегам. © ТАСС\n"
        "«Мы не комментируем слухи», – подчеркнула дипломат. Фото: пресс-служба МИД."
    ),
}


ADVERSARIAL = [
    "ЛавровЛавров Лаврова_Лавров 1Лавров Лавровы Лаврова-Петрова Ёжиков-Ёжиков AИванова Иванова-петрова",
    "©Фото:  ©  фото фото: Фотограф\nФото пресс-службы «Да» \u00a9 «Нет» Фото\n  фото «Да»",
    "Σ" + "Ааааааа" * 30 + " Ббббббб",
]


def _all_texts() -> list[str]:
    return [normalize(text) for text in list(TEXTS.values()) + ADVERSARIAL + _gold_texts()]


def test_capitalised_words_are_those_of_the_boundary_pattern() -> None:
    reference = re.compile(r"\b[А-ЯЁ][а-яё]{5,}(?:-[А-ЯЁ][а-яё]+)?\b")
    for text in _all_texts():
        assert _CAPITALISED_RE.findall(text) == reference.findall(text)


def _reference_in_credit(ctx: TextContext, open_mark: int) -> bool:
    window = max(0, open_mark - _CREDIT_REACH)
    line_start = ctx.text.rfind("\n", window, open_mark) + 1
    return _CREDIT_RE.search(ctx.text, max(line_start, window), open_mark) is not None


def test_credit_check_is_the_plain_search() -> None:
    checked = credits = 0
    for text in _all_texts():
        ctx = TextContext.build(text)
        for quotation in scan_quotations(text, ctx.paragraphs):
            expected = _reference_in_credit(ctx, quotation.open)
            assert _in_credit(ctx, quotation) == expected
            checked, credits = checked + 1, credits + expected
    assert checked > 100 and credits >= 3


def _reference_surname_matches(text: str, stems: list[str]) -> list[tuple[int, int, str]]:
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, stems)) + r")[а-яё]{0,3}\b")
    return [(match.start(), match.end(), match.group(1)) for match in pattern.finditer(text)]


def test_surname_scan_is_the_alternation_pattern() -> None:
    """Stems of every length (one letter, a prefix of another stem, a whole word), as
    scan_names orders them; texts with names glued to words, digits and underscores."""
    tricky = "ЛавровЛавров Лаврова_Лавров 1Лавров Лавровы Лаврова-Петрова Лавровааа Лавровааа1 Лавр Лаврово Ли ЛиЛи"
    found = 0
    for number, text in enumerate(_all_texts() + [tricky]):
        words = re.findall(r"[А-ЯЁA-Z][а-яёa-z]+", text)[:: 7] or ["Лавров"]
        for stems in ([w[:-1] if len(w) > 4 else w for w in words], [w[: 1 + (number + i) % len(w)] for i, w in enumerate(words)]):
            ordered = sorted(dict.fromkeys(stems + ["Лавров", "Лав", "Ли"]), key=len, reverse=True)
            expected = _reference_surname_matches(text, ordered)
            assert _surname_matches(text, ordered) == expected
            found += len(expected)
    assert _surname_matches("(Лавров) и «Лаврову»", ["+Лавров", "Лавров"]) == [(1, 7, "Лавров"), (12, 19, "Лавров")]
    assert found > 300
