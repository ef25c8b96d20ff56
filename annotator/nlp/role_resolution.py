"""Resolving role titles to the person who holds them.

A title names someone already named with that post ("Путин … . Президент
подтвердил"), the person just named, a group ("представители России",
anonymous sources) or a holder known only by the title ("посол РФ"), whom the
article may name later (:meth:`RoleResolver.named_holder`).  An aide's title
("пресс-секретарь Пашиняна") never resolves to the person served.
:class:`annotator.nlp.speakers.SpeakerResolver` builds on this for names and
organisations; the look-backs through the text are in
:mod:`annotator.nlp.salience`.
"""

from __future__ import annotations

from annotator.nlp.entities import (
    GENERIC_ROLES,
    Entity,
    anonymous_source,
    conflicts,
    head_lemma,
    nominative_phrase,
    outlet_free_source,
    role_group,
    same_place,
    singular_source_phrase,
)
from annotator.nlp.mentions import Mention, find_mentions
from annotator.nlp.morph import fold
from annotator.nlp.salience import UNNAMED_ROLES, Lookbacks
from annotator.nlp.segment import tokenize

_NAMED_NEXT_WINDOW = 600


def _bare_official(mention: Mention) -> bool:
    """"Чиновник", "чиновница" alone: no adjective, complement or number that makes it an
    anonymous source ("украинский чиновник", "чиновники")."""
    label = mention.role_label or ""
    return mention.role is not None and mention.role[1] is None and " " not in label \
        and mention.gender != "p" and head_lemma(label) == "чиновник"


def _served_by(entity: Entity, mention: Mention) -> bool:
    """"Помощник Лаврова" is not Лавров (matched by the stem of the surname)."""
    if mention.owner is None:
        return False
    if entity.from_role:
        return True  # "пресс-секретарь Пашиняна" is no title-only aide of another
    stem = fold(mention.owner)[: max(3, len(mention.owner) - 2)]
    return fold(entity.label).startswith(stem)


def _first_named(entity: Entity) -> int:
    """Where a person is first named (not where an opening pronoun stood for them)."""
    if entity.named_after_pronoun is not None:
        return entity.named_after_pronoun
    return min(entity.mentions)[0]


class RoleResolver(Lookbacks):
    """Titles resolved to people; :class:`annotator.nlp.speakers.SpeakerResolver` adds
    names and organisations."""

    def _role(self, mention: Mention, verb_gender: str | None) -> Entity:
        assert mention.role is not None
        role_class, complement = mention.role
        if role_class == "side":  # "латвийская сторона": a country speaking as a party, never a person named before
            return self._role_holder(mention, None)
        if mention.one_of:  # "один из лидеров оппозиции": someone of a group, never a person named before
            member = self._role_holder(mention, verb_gender)
            member.group_member = True
            return member
        if mention.gender == "p":  # "представители России": a group, never one person
            groups = [
                e for e in self._entities.values()
                if e.from_role and e.gender == "p" and any(r[0] == role_class and same_place(complement, r[1]) for r in e.roles)
            ]
            named_sources = self._sources_named_before(mention)
            if named_sources is not None:
                return named_sources
            if mention.role_label and " " not in mention.role_label:  # bare "источники": the group named before
                described = self._described_group(mention)
                if described is not None:
                    return self._role_holder(described, "p")
                if groups:
                    return max(groups, key=lambda e: e.last_spoke)
            return self._role_holder(mention, "p")
        people = [e for e in self._entities.values() if e.type == "person" and e.roles and not _served_by(e, mention)]
        ordered = sorted(people, key=lambda e: e.last_spoke)
        for index, test in enumerate((
            lambda r: r == (role_class, complement),
            lambda r: role_group(r[0]) == role_group(role_class) and same_place(complement, r[1]),
            lambda r: role_class in GENERIC_ROLES and same_place(complement, r[1]),
        )):
            candidates = [e for e in reversed(ordered) if not conflicts(e, mention.role)]
            if index == 1 and complement is None and role_class not in UNNAMED_ROLES and mention.owner is None:
                # "Путин указал … . Президент подтвердил": a bare title is the person just named
                salient = self._salient(mention.start, verb_gender if verb_gender in ("m", "f") else None, names_only=True)
                if salient is not None and not salient.from_role and not conflicts(salient, mention.role):
                    salient.roles.add(mention.role)
                    return salient
            for entity in candidates:
                fits = verb_gender in (None, "n", "p") or entity.gender in (None, verb_gender)
                if fits and any(test(r) for r in entity.roles):
                    return entity
        if _bare_official(mention):
            # "Андрис Спрудс … сказал он … . Чиновник подчеркнул": a bare "чиновник" with no
            # anonymous official before is the person just named
            salient = self._salient(mention.start, verb_gender if verb_gender in ("m", "f") else None)
            if salient is not None and not salient.from_role:
                return salient
        nearby = None
        if role_class not in UNNAMED_ROLES and mention.owner is None:
            # a journalist or a source is rarely the last person named, an aide never the one served
            nearby = self._nearby_person(mention.start, verb_gender, mention.role)
        if nearby is not None:
            nearby.roles.add(mention.role)
            return nearby
        return self._role_holder(mention, verb_gender)

    def _sources_named_before(self, mention: Mention) -> Entity | None:
        """"Источники отмечают … . Собеседники телеканала уточнили": interlocutors
        in the plural are the anonymous sources already speaking in the article."""
        if not mention.role_label or head_lemma(mention.role_label) != "собеседник":
            return None
        sources = [
            e for e in self._entities.values()
            if e.from_role and e.last_spoke >= 0 and head_lemma(e.label) == "источник"
        ]
        return max(sources, key=lambda e: e.last_spoke) if sources else None

    def _described_group(self, mention: Mention) -> Mention | None:
        """"…, два источника, знакомых с подготовкой визита, назвали
        … . Источники заявляют": the group last described before a bare plural
        title (in the 1,500 characters before it), whether or not it spoke."""
        if self._lookbacks_left <= 0 or mention.role is None:
            return None
        self._lookbacks_left -= 1
        start = max(0, mention.start - 1500)
        found = [
            m for m in find_mentions(tokenize(self._text, start, mention.start))
            if m.kind == "role" and m.gender == "p" and m.role and m.role[0] == mention.role[0]
            and m.role_label and " " in m.role_label
        ]
        return found[-1] if found else None

    def _role_holder(self, mention: Mention, gender: str | None) -> Entity:
        """The entity named only by this title ("посол РФ", "представители России")."""
        assert mention.role is not None
        label = nominative_phrase(mention.role_label or mention.role[0])
        if anonymous_source(label):
            label = outlet_free_source(label)  # the guide: "источники Reuters" -> "источник"
        if gender == "p" and anonymous_source(label):
            label = singular_source_phrase(label)
        key = ("role", fold(label))
        holder = self._entities.get(key)
        if holder is None:
            holder = Entity("person", label, gender if gender in ("m", "f", "p") else None)
            holder.from_role = True
            holder.roles.add(mention.role)
            self._entities[key] = holder
        return holder

    def named_holder(self, entity: Entity) -> Entity:
        """The named person holding the post of a title-only entity, once the
        article names them ("посол России" in a headline, "посол РФ в КНР Игорь
        Моргулов" in the lead); the entity itself when no one or several fit."""
        if not entity.from_role or not entity.roles or entity.gender == "p" or entity.group_member:
            return entity
        wanted = next(iter(entity.roles))
        holders = [
            e for e in self._entities.values()
            if e.type == "person" and not e.from_role
            and any(role_group(r[0]) == role_group(wanted[0]) and same_place(wanted[1], r[1])
                    and r[0].startswith("former_") == wanted[0].startswith("former_") for r in e.roles)
        ]
        if len(holders) == 1:
            return holders[0]
        exact = [e for e in holders if any(r[0] == wanted[0] and same_place(wanted[1], r[1]) for r in e.roles)]
        if len(exact) == 1:  # "глава кабмина" is the premier, not the president
            return exact[0]
        return self._named_next(entity) if not holders else entity

    def _named_next(self, entity: Entity) -> Entity:
        """"Пресс-секретарь МИД отметил … . По словам Ахрора Бурханова, …": the
        one person first named right after the title, with no post of another kind."""
        if not entity.mentions or any(r[0] in UNNAMED_ROLES for r in entity.roles):
            return entity
        first = min(entity.mentions)[0]
        wanted = next(iter(entity.roles))
        people = [
            e for e in self._entities.values()
            if e.type == "person" and not e.from_role and e.mentions
            and first < _first_named(e) < first + _NAMED_NEXT_WINDOW
            and not conflicts(e, wanted) and e.gender in (None, entity.gender or e.gender)
        ]
        return people[0] if len(people) == 1 else entity
