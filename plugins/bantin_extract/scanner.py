"""Walks the tokens of one line and reports every person mention in it."""

from itertools import compress, count

from bantin_extract.credits import CREDIT_WORDS, credited_names
from bantin_extract.degrees import (
    match_degree,
    may_start_degree,
)
from bantin_extract.history import historical
from bantin_extract.honorifics import match_honorific, match_rank
from bantin_extract.mentions import Mention
from bantin_extract.names import (
    FAMILY_NAMES,
    ORG_BEFORE,
    looks_like_place,
    name_key,
    read_name,
)
from bantin_extract.namestarts import (
    CAPS_FAMILY,
    COMMON_FAMILY_NAMES,
    TRIGGER,
    family_name_start,
    kind_of,
    name_in_capitals,
    name_in_role,
    organisation_before,
    quoted_title,
)
from bantin_extract.roles import read_role, read_title_before, starts_affiliation, starts_office
from bantin_extract.tokens import TEXT, Token, key_of, keys_of

_HO_CHI_MINH = key_of("hồ chí minh")
_LIST_SEPARATORS = keys_of(", ; và với cùng")
_CHU_TICH = (key_of("chủ"), key_of("tịch"))
_LIST_OPENERS = keys_of(": gồm")
_AND = key_of("và")
_LIST_INTROS = _LIST_SEPARATORS | _LIST_OPENERS | keys_of("là")
_NAME_SHAPES = frozenset({"title", "caps"})
_CLAUSE_ENDS = frozenset(".;!?")


class LineScanner:
    """Walks the tokens of one line and reports every person mention in it."""

    def __init__(self):
        self.tokens: list[Token] = []
        self.found: list[Mention] = []
        self._last_end = -2  # where the last mention recorded ended, in its own tokens

    def scan(self, tokens: list[Token], stop: int | None = None) -> list[Mention]:
        """Mentions in `tokens`, after those of the pieces of the line scanned before; none
        starts at `stop` or after it."""
        self.tokens = tokens
        self._last_end = -2
        # Only capitalised words and trigger words can start a mention; most tokens are neither.
        kinds = map(kind_of, tokens if stop is None else tokens[:stop])
        position = 0
        for i in compress(count(), kinds):
            if i < position:
                continue  # already read as part of a mention
            token = tokens[i]
            kind = kind_of(token)
            if kind is TRIGGER:
                # Only a credit word opens a credit: the call is saved for the other triggers.
                credit = token.key in CREDIT_WORDS and self._credit(i)
                position = credit or self._introduced(i) or self._bare(i) or i + 1
            elif kind is CAPS_FAMILY:
                position = self._in_capitals(i) or i + 1
            elif i and tokens[i - 1].shape == "title":
                position = i + 1  # inside a capitalised run, which was judged from its start
            elif token.key in CREDIT_WORDS:
                position = self._credit(i) or self._bare(i) or i + 1
            else:
                position = self._bare(i) or i + 1
        return self.found

    # -- triggers -------------------------------------------------------------------------

    def _credit(self, i: int) -> int | None:
        names = credited_names(self.tokens, i)
        for start, end in names:
            self.found.append(Mention(self._span(start, end), None, None, None, incidental=True))
        return names[-1][1] if names else None

    def _introduced(self, i: int) -> int | None:
        """A name after an honorific, a status word or a degree; lists after plural ones."""
        tokens = self.tokens
        # A degree first: "Bác sĩ CKI Trần Ái" is a degree, not "bác" and a name.
        leading = match_degree(tokens, i) if may_start_degree(tokens[i]) else None
        if leading:
            end = read_name(tokens, leading[1], allow_caps=True)
            if end > leading[1]:
                return self._record(i, leading[1], end, None, leading[0], False)
        matched = match_honorific(tokens, i)
        if matched is None:
            return leading[1] if leading else None  # a degree with no name after it
        honorific, plural, j = matched
        # The rank is the status itself ("Đại úy X") or follows the honorific ("Đồng chí
        # Thiếu tướng X").
        rank_start = i if honorific is None else j
        rank_end = match_rank(tokens, rank_start) if rank_start < len(tokens) else None
        rank = " ".join(map(TEXT, tokens[rank_start:rank_end])) if rank_end else None
        if rank_end and honorific is not None:
            j = rank_end
        if j >= len(tokens) or (
            tokens[j].shape not in _NAME_SHAPES and not may_start_degree(tokens[j])
        ):
            return None  # "đảng viên" and the like, with no name after them
        degree_match = match_degree(tokens, j) if may_start_degree(tokens[j]) else None
        degree, k = degree_match if degree_match else (None, j)
        end = read_name(tokens, k, allow_caps=True)
        if end == k:
            return None
        if (
            honorific is None
            and tokens[i].shape == "caps"
            and tokens[k].shape == "caps"
            and tokens[k].key not in COMMON_FAMILY_NAMES
        ):
            return None  # "ĐẢNG VIÊN MỚI CHÀO MỪNG …": a headline, not a name
        return self._record(i, k, end, honorific, degree, plural, title=rank)

    def _bare(self, i: int) -> int | None:
        """A name with no introducer: starts with a family name and is not an organisation's."""
        tokens = self.tokens
        if tokens[i].shape != "title" or (i > 0 and tokens[i - 1].shape == "title"):
            return None
        run_end = i
        while run_end < len(tokens) and tokens[run_end].shape == "title" and run_end - i < 12:
            run_end += 1
        # A title before the name, as in "Bí thư Đảng ủy phường Sơn Tây Ngô Đình Ngũ".
        for start in range(i, run_end):
            key = tokens[start].key
            if key not in FAMILY_NAMES and key[1:2] != "'":
                continue  # no family name opens here (family_name_start's own first test)
            end = family_name_start(tokens, start)
            if end == start or (end < run_end and tokens[end].shape == "title"):
                continue
            if start == i:
                if tokens[i].key in ORG_BEFORE:
                    return run_end  # "Đường Nguyễn Văn Cừ", "Phường Lê Lợi"
                if not organisation_before(tokens, i):
                    return self._bare_name(start, end)
                continue
            title, begin = read_title_before(tokens, start)
            if title:
                honorific = self._honorific_before(begin)
                return self._record(start, start, end, honorific, None, False, title=title)
        return run_end if organisation_before(tokens, i) else None

    def _in_capitals(self, i: int) -> int | None:
        end = name_in_capitals(self.tokens, i)
        if end == i:
            return None
        if name_key(self.tokens, i, end) == _HO_CHI_MINH:
            return end
        return self._record(i, i, end, None, None, False)

    def _bare_name(self, start: int, end: int) -> int | None:
        tokens = self.tokens
        key = name_key(tokens, start, end)
        if key == _HO_CHI_MINH:
            if start >= 2 and (tokens[start - 2].key, tokens[start - 1].key) == _CHU_TICH:
                self.found.append(
                    Mention(self._span(start, end), None, None, "Chủ tịch", incidental=True)
                )
            return end
        if looks_like_place(key) or quoted_title(tokens, start, end):
            return end
        before = tokens[start - 1].key if start > 0 else ""
        # A short name needs a list around it: "gồm: Lê Hà, …" or a name already found before.
        after_list = before in _LIST_OPENERS or (self.found and before in _LIST_INTROS)
        opener = tokens[end].text if end < len(tokens) else ""
        # Or an office beside it: "Lê Hà, Bí thư Chi bộ", "Bí thư Chi bộ Lê Hà".
        beside = (opener == "," and starts_office(tokens, end + 1)) or read_title_before(
            tokens, start
        )[0]
        if end - start < 3 and not after_list and opener not in ("(", "-", "–") and not beside:
            return None
        # "Các đồng chí Chi ủy viên gồm: A, B": the plural honorific before the list.
        honorific = self._plural_honorific_before(start) if before in _LIST_OPENERS else None
        return self._record(start, start, end, honorific, None, honorific is not None)

    def _plural_honorific_before(self, start: int) -> str | None:
        tokens = self.tokens
        for k in range(start - 2, max(-1, start - 10), -1):
            if tokens[k].text in _CLAUSE_ENDS:
                return None
            matched = match_honorific(tokens, k) if kind_of(tokens[k]) is TRIGGER else None
            if matched and matched[0] and matched[1]:
                return matched[0]
        return None

    def _honorific_before(self, begin: int) -> str | None:
        """The honorific right before a title: "đồng chí Bí thư Chi bộ Nguyễn Văn A"."""
        for k in range(max(0, begin - 4), begin):
            matched = match_honorific(self.tokens, k)
            if matched and matched[2] == begin:
                return matched[0]
        return None

    # -- one mention and the list it may open ---------------------------------------------

    def _record(
        self, intro: int, start: int, end: int, honorific, degree, plural, title=None
    ) -> int:
        tokens = self.tokens
        key = name_key(tokens, start, end)
        if key == _HO_CHI_MINH:
            self.found.append(
                Mention(self._span(start, end), None, None, "Chủ tịch", incidental=True)
            )
            return end
        chain = [
            Mention(
                self._span(start, end),
                honorific,
                degree,
                None,
                incidental=historical(tokens, start, end),
                position=intro,
            )
        ]
        position = end
        while True:
            role, position = read_role(tokens, position, self._new_person_at, self._name_in_role_at)
            if role:
                chain[-1].role = role
            nxt = self._next_in_list(position, plural, honorific)
            if nxt is None:
                break
            item_start, item_end, item_degree = nxt
            chain.append(
                Mention(
                    self._span(item_start, item_end),
                    honorific if plural else None,
                    item_degree,
                    None,
                )
            )
            position = item_end
        if chain[0].role is None and title:
            chain[0].role = title
        elif chain[0].role is None:
            chain[0].role, begin = read_title_before(tokens, intro)
            if chain[0].role and chain[0].honorific is None:
                chain[0].honorific = self._honorific_before(begin)
        # An affiliation written once after a list applies to each name in it:
        # "A, role; B, C và D, role": the names with none before the last take its role.
        shared = chain[-1].role
        k = len(chain) - 2
        while shared and k >= 0 and chain[k].role is None:
            chain[k].role = shared
            k -= 1
        # "em A và em B, học sinh lớp 12A1": an affiliation after the second of two names
        # joined by "và" under the same honorific (not one in brackets after the second).
        previous = self.found[-1] if self.found else None
        if (
            previous is not None
            and previous.role is None
            and chain[0].role
            and honorific is not None
            and previous.honorific == honorific
            and intro == self._last_end + 1
            and tokens[self._last_end].key == _AND
            and (end >= len(tokens) or tokens[end].text != "(")
            and starts_affiliation(chain[0].role)
        ):
            previous.role = chain[0].role
        self.found.extend(chain)
        self._last_end = position
        return position

    def _next_in_list(
        self, position: int, plural: bool, honorific
    ) -> tuple[int, int, str | None] | None:
        tokens = self.tokens
        if position >= len(tokens) or tokens[position].key not in _LIST_SEPARATORS:
            return None
        k = position + 1
        degree_match = match_degree(tokens, k) if k < len(tokens) else None
        degree, k = degree_match if degree_match else (None, k)
        end = read_name(tokens, k, allow_caps=True) if plural else family_name_start(tokens, k)
        if end == k or (end < len(tokens) and tokens[end].shape == "title"):
            return None
        if looks_like_place(name_key(tokens, k, end)):
            return None
        return k, end, degree

    def _name_in_role_at(self, i: int) -> bool:
        return name_in_role(self.tokens, i)

    def _new_person_at(self, i: int) -> bool:
        tokens = self.tokens
        if i >= len(tokens):
            return False
        # Honorifics and degrees open only on trigger words; most words in a role are not.
        if kind_of(tokens[i]) is TRIGGER:
            matched = match_honorific(tokens, i)
            if matched:
                named = read_name(tokens, matched[2], allow_caps=True) > matched[2]
                return named or (matched[0] is not None and matched[1])
            degree = match_degree(tokens, i) if may_start_degree(tokens[i]) else None
            if degree and read_name(tokens, degree[1], allow_caps=True) > degree[1]:
                return True
        if i > 0 and tokens[i - 1].key in _LIST_SEPARATORS:
            return family_name_start(tokens, i) > i
        return False

    def _span(self, start: int, end: int) -> str:
        tokens = self.tokens
        return " ".join(map(TEXT, tokens[start:end]))
