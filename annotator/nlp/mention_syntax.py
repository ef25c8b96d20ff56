"""Two readings of a run of mentions that need their neighbours: a chain of
titles that ends in one name, and the gender a speech verb gives a name.

Used by :mod:`annotator.nlp.mentions` (``find_mentions`` and ``pick``).
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.nlp.mention_context import PREPOSITIONS, oblique_head
from annotator.nlp.morph import parses
from annotator.nlp.name_mentions import Mention
from annotator.nlp.names import surname_gender
from annotator.nlp.segment import Token


def feminine_reading(given: Token, surname: Token) -> str | None:
    """"депутат Надира Нарматова": read by the dictionary as the genitive of a man's
    name, the same words are a woman's name in the nominative, which a feminine speech
    verb decides (``mentions.pick``); the first name as written, or None."""
    if given.text[-1:] not in ("а", "я") or surname_gender(surname.text) != "f":
        return None
    return given.text


_CHAIN_DASHES = frozenset("-–—")
_CHAIN_TAGS = frozenset({"NOUN", "ADJF", "PRTF", "Anum", "NUMR"})  # "главы МИД двух стран"
CHAIN_LIMIT = 12
# Words a title phrase may hold besides titles: "глава делегации на переговорах в Вене по вопросам … и …".
_CHAIN_LINKS = frozenset({"по", "и", "на", "в", "во", "над"})


def chain_titles(tokens: Sequence[Token], found: list[Mention]) -> list[Mention]:
    """"помощник президента Азербайджана - заведующий отделом … Хикмет Гаджиев",
    "заместитель министра обороны генерал-майор Иван Петров":
    a title followed, within one phrase of titles (no verb, no clause mark), by a
    name is that person's title, not a second speaker beside them."""
    merged: list[Mention] = []
    for position, mention in enumerate(found):
        previous = merged[-1] if merged else None
        gap = previous.end if previous is not None else 0
        if (previous is not None and previous.kind == "org" and mention.kind == "name" and len(merged) > 1
                and merged[-2].kind == "role" and not tokens_between(tokens, merged[-2].end, previous.start)
                and _apposition_gap(tokens, gap, mention.start)):
            merged.pop()  # "вице-премьер правительства, …": the organisation completes the title
            previous = merged[-1]
        pair = mention.kind == "name" and _first_of_pair(tokens, mention, found[position + 1 : position + 2])
        if (previous is not None and previous.kind == "role" and mention.kind == "name"
                and (pair or (previous.gender != "p" and not _plural_title_before(tokens, previous, mention)))
                and previous.role is not None and (title_phrase(tokens, previous.end, mention.start) or (
                    previous.subject and _apposition_gap(tokens, gap, mention.start)))):
            mention.start = previous.start
            if _governed_title(previous, mention):
                mention.role, mention.role_label = previous.role, previous.role_label
            mention.role = mention.role or previous.role
            mention.role_label = mention.role_label or previous.role_label
            mention.subject = previous.subject
            mention.governed = previous.governed
            mention.pair = pair
            merged[-1] = mention
            _join_apposition(tokens, merged)
            continue
        merged.append(mention)
    return merged


def _first_of_pair(tokens: Sequence[Token], mention: Mention, following: list[Mention]) -> bool:
    """"главы МИД двух стран Сергей Лавров и Ван И": a plural title before two names
    joined by "и" is their joint statement, whose speaker is the first named (guide)."""
    if not following or following[0].kind != "name":
        return False
    return [t.key for t in tokens_between(tokens, mention.end, following[0].start)] == ["и"]


def _plural_title_before(tokens: Sequence[Token], title: Mention, name: Mention) -> bool:
    """"главы ведомств Саймумин …": a title with no nominative singular reading
    ("главы") before a name in the nominative titles several people, not this one."""
    if name.oblique:
        return False  # "встреча главы МИД Сергея Лаврова": a genitive chain
    head = next((t for t in tokens if t.start >= title.start and t.text[:1].isalpha()), None)
    nouns = [p for p in parses(head.text) if "NOUN" in p.grammemes] if head else []
    return bool(nouns) and not any({"nomn", "sing"} <= p.grammemes for p in nouns)


def tokens_between(tokens: Sequence[Token], start: int, end: int) -> list[Token]:
    return [t for t in tokens if start <= t.start and t.end <= end]


def _apposition_gap(tokens: Sequence[Token], start: int, end: int) -> bool:
    """", сопредседатель комиссии " between a title and a name: a comma, then
    titles only (an apposition chain)."""
    between = [t for t in tokens if start <= t.start and t.end <= end]
    if not between or between[0].text != ",":
        return False
    if any(t.text.islower() and "PRTF" in parses(t.text)[0].grammemes for t in between):
        return False  # "…, внесенный в список …": a participial phrase, not a title
    return len(between) == 1 or title_phrase(tokens, between[1].start, end)


def _join_apposition(tokens: Sequence[Token], merged: list[Mention]) -> None:
    """"вице-премьер, сопредседатель комиссии Алексей Оверчук", "военный эксперт,
    политолог Иван Петров": titles set off by commas before one title and name are
    an apposition chain of that person, who speaks as its head."""
    while len(merged) > 1:
        head, chain = merged[-2], merged[-1]
        if head.kind != "role" or head.gender == "p" or head.role is None:
            return
        between = [t for t in tokens if head.end <= t.start and t.end <= chain.start]
        if [t.text for t in between] != [","]:
            return
        chain.start, chain.subject, chain.governed = head.start, head.subject, head.governed
        merged[-2:] = [chain]


def _governed_title(head: Mention, mention: Mention) -> bool:
    """"Пресс-секретарь и. о. премьера Армении Арман Егоян":
    a title in the genitive after one in the nominative names whom the person serves;
    the person's own post is the first title."""
    own, governing = (mention.role_label or "").split(), (head.role_label or "").split()
    return bool(own and governing) and oblique_head(own[0]) and not oblique_head(governing[0])


def title_phrase(tokens: Sequence[Token], start: int, end: int) -> bool:
    between = [t for t in tokens if start <= t.start and t.end <= end]
    if not between or len(between) > CHAIN_LIMIT:
        return False
    for token in between:
        if token.text in _CHAIN_DASHES or token.key in _CHAIN_LINKS:  # "заведующий отделом по вопросам … и …"
            continue
        if not token.text[:1].isalpha() or token.key in PREPOSITIONS:
            return False
        if token.text[:1].isupper():
            continue
        if not parses(token.text)[0].grammemes & _CHAIN_TAGS:
            return False  # a verb, a conjunction: another clause
    return True


def name_gender(mention: Mention) -> str | None:
    if mention.gender is not None or mention.surname is None:
        return mention.gender
    return surname_gender(mention.surname) if not mention.oblique else None


def read_as_feminine(mention: Mention) -> None:
    """"заявила депутат Надира Нарматова": the woman's name in the nominative."""
    mention.gender, mention.oblique = "f", False
    mention.first_name, mention.given_raw = None, mention.feminine_given
    mention.subject = not mention.governed

