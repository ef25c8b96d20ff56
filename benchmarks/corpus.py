"""Generated news-like Russian articles for benchmarks (no real outlet's text).

Articles are 2–5 KB and mix narrative sentences, built from a vocabulary
inflected with pymorphy3 into every case and number (so the analyser meets
many distinct word forms), with every quote pattern the engine handles:
quotes after and before their attribution, broken quotes, multi-paragraph
quotes, Q&A transcripts, indirect speech, titles and scare quotes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from annotator.nlp.morph import analyzer

_NOUNS = (
    "переговоры соглашение сотрудничество партнёрство безопасность торговля инвестиция "
    "энергетика транзит логистика делегация министр посол консультация заявление визит "
    "саммит форум встреча повестка санкция ограничение экономика инфраструктура проект "
    "программа стратегия концепция договор меморандум резолюция комиссия правительство "
    "парламент регион граница коридор порт трубопровод месторождение поставка контракт "
    "кредит бюджет валюта рынок экспорт импорт товарооборот пошлина тариф урожай зерно "
    "удобрение продовольствие медикамент гуманитарий беженец конфликт урегулирование "
    "перемирие миссия наблюдатель мандат механизм мониторинг платформа диалог позиция "
    "принцип суверенитет интеграция союз объединение организация председательство "
    "инициатива предложение решение вопрос проблема задача перспектива тенденция угроза "
    "вызов риск кризис стабильность развитие модернизация технология цифровизация "
    "образование культура туризм наука университет студент специалист эксперт аналитик "
    "журналист корреспондент агентство газета телеканал брифинг пресс-конференция "
    "интервью выступление доклад итог результат этап график маршрут рейс перевозка "
    "железная дорога автомобиль судно танкер терминал склад таможня контроль процедура"
).split()
_ADJECTIVES = (
    "двусторонний многосторонний региональный международный экономический торговый "
    "энергетический транспортный гуманитарный политический дипломатический военный "
    "стратегический долгосрочный конкретный практический совместный взаимовыгодный "
    "равноправный новый крупный важный ключевой основной последний ближайший очередной "
    "внеочередной официальный рабочий технический финансовый инвестиционный цифровой "
    "промышленный сельскохозяйственный продовольственный культурный образовательный "
    "научный устойчивый надёжный открытый прямой специальный национальный федеральный "
    "евразийский азиатский европейский африканский арктический каспийский черноморский"
).split()
_PERSONS = [
    ("Сергей", "Лавров", "m", "министр иностранных дел России"),
    ("Мария", "Захарова", "f", "официальный представитель МИД России"),
    ("Дмитрий", "Песков", "m", "пресс-секретарь президента России"),
    ("Касым-Жомарт", "Токаев", "m", "президент Казахстана"),
    ("Алексей", "Оверчук", "m", "вице-премьер России"),
    ("Ирина", "Смирнова", "f", "посол России"),
    ("Андрей", "Руденко", "m", "заместитель министра иностранных дел России"),
    ("Анна", "Кузнецова", "f", "депутат Госдумы"),
    ("Олег", "Соколов", "m", "глава делегации"),
    ("Елена", "Морозова", "f", "постоянный представитель России при ООН"),
]
_COUNTRIES = "Китай Индия Турция Египет Бразилия Вьетнам Монголия Армения Сербия Иран".split()
_CITIES = "Москве Пекине Дели Анкаре Каире Астане Ереване Белграде Тегеране Минске".split()
_VERBS_M = "заявил отметил подчеркнул сообщил добавил пояснил уточнил напомнил указал констатировал".split()
_VERBS_F = "заявила отметила подчеркнула сообщила добавила пояснила уточнила напомнила указала".split()
_TITLES = [
    "газета «Известия»", "агентство «Интерфакс»", "телеканал «Россия 24»",
    "форум «Россия – Азия»", "компания «Газпром»", "программа «Восточный вектор»",
]
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@dataclass
class _Vocabulary:
    nouns: list[dict[tuple[str, str], str]]  # (case, number) -> form
    noun_genders: list[str]
    adjectives: list[dict[tuple[str, str, str], str]]  # (case, number, gender) -> form


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    nouns, genders, adjectives = [], [], []
    for lemma in _NOUNS:
        parse = analyzer().parse(lemma)[0]
        table: dict[tuple[str, str], str] = {}
        for case in _CASES:
            for number in ("sing", "plur"):
                inflected = parse.inflect({case, number})
                table[(case, number)] = inflected.word if inflected else lemma
        nouns.append(table)
        genders.append(parse.tag.gender or "masc")
    for lemma in _ADJECTIVES:
        parse = analyzer().parse(lemma)[0]
        forms: dict[tuple[str, str, str], str] = {}
        for case in _CASES:
            for number, gender in (("sing", "masc"), ("sing", "femn"), ("sing", "neut"), ("plur", "masc")):
                wanted = {case, number} | ({gender} if number == "sing" else set())
                inflected = parse.inflect(wanted)
                forms[(case, number, gender)] = inflected.word if inflected else lemma
        adjectives.append(forms)
    return _Vocabulary(nouns, genders, adjectives)


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.vocab = _vocabulary()

    def phrase(self, case: str) -> str:
        """An adjective + noun phrase in ``case``, agreeing in gender and number."""
        index = self.rng.randrange(len(self.vocab.nouns))
        number = self.rng.choice(("sing", "sing", "plur"))
        gender = self.vocab.noun_genders[index] if number == "sing" else "masc"
        adjective = self.rng.choice(self.vocab.adjectives)[(case, number, gender)]
        return f"{adjective} {self.vocab.nouns[index][(case, number)]}"

    def clause(self) -> str:
        rng = self.rng
        patterns = (
            lambda: f"{self.phrase('nomn').capitalize()} обеспечивает {self.phrase('accs')} в {rng.choice(_CITIES)}",
            lambda: f"Стороны обсудили {self.phrase('accs')} и {self.phrase('accs')}",
            lambda: f"Речь идёт о {self.phrase('loct')} и {self.phrase('loct')} до {rng.randint(2026, 2035)} года",
            lambda: f"{rng.choice(_COUNTRIES)} рассчитывает на {self.phrase('accs')} с {self.phrase('ablt')}",
            lambda: f"Объём {self.phrase('gent')} вырос на {rng.randint(3, 60)} процентов",
        )
        return rng.choice(patterns)()

    def sentence(self) -> str:
        return self.clause() + "."

    def person(self) -> tuple[str, str, str, str]:
        return self.rng.choice(_PERSONS)


def _verb(writer: _Writer, gender: str) -> str:
    return writer.rng.choice(_VERBS_F if gender == "f" else _VERBS_M)


def _quote_paragraph(writer: _Writer, person: tuple[str, str, str, str]) -> str:
    first, surname, gender, _role = person
    rng = writer.rng
    pronoun = "она" if gender == "f" else "он"
    said = _verb(writer, gender)
    pattern = rng.randrange(8)
    if pattern == 0:
        return f"«{writer.clause()}», – {said} {pronoun}."
    if pattern == 1:
        return f"«{writer.clause()}, – {said} {surname}, – {writer.clause().lower()}»."
    if pattern == 2:
        return f"{surname} {said}: «{writer.clause()}. {writer.clause()}»."
    if pattern == 3:
        return f"{first} {surname} {said}, что {writer.clause().lower()}."
    if pattern == 4:
        return f"По словам {surname}, {writer.clause().lower()}."
    if pattern == 5:
        return f"Как {said} {pronoun}, {writer.clause().lower()}."
    if pattern == 6:
        return f"«{writer.clause()}.\n\n«{writer.clause()}», – {said} {pronoun}."
    return f"В интервью {rng.choice(_TITLES).split()[0]}ы «{_TITLES[0].split('«')[1]} {writer.clause().lower()}."


def _interview(writer: _Writer, person: tuple[str, str, str, str]) -> str:
    first, surname, _, _ = person
    lines = []
    for _ in range(writer.rng.randint(2, 3)):
        lines.append(f"Вопрос: {writer.clause()}?")
        lines.append(f"{first[0]}. {surname}: {writer.sentence()} {writer.sentence()}")
    return "\n\n".join(lines)


def generate_article(rng: random.Random) -> str:
    writer = _Writer(rng)
    person = writer.person()
    first, surname, gender, role = person
    lead = (
        f"{role[0].upper() + role[1:]} {first} {surname} "
        f"{'провела' if gender == 'f' else 'провёл'} в {rng.choice(_CITIES)} переговоры. "
        f"Об этом сообщила {rng.choice(_TITLES)}. {writer.sentence()}"
    )
    paragraphs = [lead]
    target = rng.randint(2000, 5000)
    length = len(lead)
    while length < target:
        roll = rng.random()
        if roll < 0.45:
            paragraph = _quote_paragraph(writer, person)
        elif roll < 0.55:
            paragraph = _interview(writer, person)
        else:
            paragraph = " ".join(writer.sentence() for _ in range(rng.randint(2, 4)))
            paragraph += f" Так называемый «{writer.phrase('nomn')}» обсуждался отдельно."
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def generate_corpus(n_articles: int, seed: int) -> list[str]:
    """``n_articles`` articles of 2–5 KB each, reproducible from ``seed``."""
    rng = random.Random(seed)
    return [generate_article(rng) for _ in range(n_articles)]
