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
_CHAIN_TAGS = frozenset({"NOUN", "ADJF", "PRTF", "Anum"})
_CHAIN_LIMIT = 12


def chain_titles(tokens: Sequence[Token], found: list[Mention]) -> list[Mention]:
    """"помощник президента Азербайджана - заведующий отделом … Хикмет Гаджиев",
    "заместитель министра обороны генерал-майор Иван Петров":
    a title followed, within one phrase of titles (no verb, no clause mark), by a
    name is that person's title, not a second speaker beside them."""
    merged: list[Mention] = []
    for mention in found:
        previous = merged[-1] if merged else None
        if (previous is not None and previous.kind == "role" and previous.gender != "p" and mention.kind == "name"
                and previous.role is not None and _title_phrase(tokens, previous.end, mention.start)):
            mention.start = previous.start
            if _governed_title(previous, mention):
                mention.role, mention.role_label = previous.role, previous.role_label
            mention.role = mention.role or previous.role
            mention.role_label = mention.role_label or previous.role_label
            mention.subject = previous.subject
            mention.governed = previous.governed
            merged[-1] = mention
            continue
        merged.append(mention)
    return merged


def _governed_title(head: Mention, mention: Mention) -> bool:
    """"Пресс-секретарь и. о. премьера Армении Арман Егоян":
    a title in the genitive after one in the nominative names whom the person serves;
    the person's own post is the first title."""
    own, governing = (mention.role_label or "").split(), (head.role_label or "").split()
    return bool(own and governing) and oblique_head(own[0]) and not oblique_head(governing[0])


def _title_phrase(tokens: Sequence[Token], start: int, end: int) -> bool:
    between = [t for t in tokens if start <= t.start and t.end <= end]
    if not between or len(between) > _CHAIN_LIMIT:
        return False
    for token in between:
        if token.text in _CHAIN_DASHES or token.key == "по":  # "заведующий отделом по вопросам …"
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
