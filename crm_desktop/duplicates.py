"""Likely duplicate customers: the same phone, the same email or a near-equal name, with a score.

Pairs come from blocking, never from comparing every customer with every other: phones and
emails are grouped in dicts, and names are compared with `rapidfuzz` only within a block of
names sharing their first or their last character (a typo rarely hits both ends of a name).

Two rules keep common names from flooding the list with different people:

* A Chinese name of two or three characters (after normalising) matches only an *equal*
  name. One character is a third or half of such a name, so 王伟 / 王芳 or 李娜 / 李明 are
  different people who share a surname, not a typo — while 王 芳 and 王芳 are the same name.
* A name match is dropped when the contacts contradict it: both customers have a phone and
  the phones differ, or both have an email and the emails differ. Common names repeat among
  distinct people (the 50 000-customer demo has 36 customers named 王晓明, 157 000 same-name
  pairs in all); the duplicates staff actually type are one record with a phone and one from
  WeChat without it, which this keeps.

A pair found by several reasons appears once, reasons joined by '+' (phone+email+name), with
the highest score. Erased customers are never paired: their personal data is gone.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers
from rapidfuzz import fuzz, process

from crm_desktop.distinct_pairs import distinct_ref_pairs
from crm_desktop.models import Customer

# fuzz.ratio on normalised names: 'jonsmith' / 'johnsmith' scores 94, 'wangwei' / 'wangfang' 67.
NAME_THRESHOLD = 90
DEFAULT_REGION = "CN"
REASONS = ("phone", "email", "name")

_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
# Fewer digits than this is not a phone number worth pairing on (an extension, a typo).
_MIN_PHONE_DIGITS = 5
# Eleven digits starting with 1, with or without +86 / 0086 in front: a mainland mobile number.
# Taken as one number either way: written without +86, phonenumbers reads 11xxx, 12xxx and
# 179xx as a carrier's call prefix and keeps only the rest, so the same number typed twice,
# once with +86, would no longer pair.
_CN_MOBILE = re.compile(r"(?:\+86|0086)?(1\d{10})")


@dataclass(frozen=True)
class DuplicatePair:
    """Two customers that are probably one person; `customer_ref_a` < `customer_ref_b`."""

    customer_ref_a: str
    customer_ref_b: str
    reason: str  # 'phone', 'email', 'name' or several joined by '+', in that order
    score: int  # 0–100


@dataclass(frozen=True)
class Contact:
    """What the finder reads of one customer."""

    ref: str
    name: str
    phone: str
    email: str


def normalise_phone(raw: str, region: str = DEFAULT_REGION) -> str:
    """E.164 for a number `phonenumbers` accepts, else its digits; '' when there is none.

    '+86 138-0013-8000', '13800138000' and '0086 138 0013 8000' all give '+8613800138000'.
    """
    digits = "".join(ch for ch in raw if ch.isdigit())
    if len(digits) < _MIN_PHONE_DIGITS:
        return ""
    plus = "+" if raw.lstrip().startswith("+") else ""
    if region == "CN" and (mobile := _CN_MOBILE.fullmatch(plus + digits)):
        # The common case, ten times faster than parsing; a test checks it agrees with parse.
        return "+86" + mobile.group(1)
    try:
        number = phonenumbers.parse(plus + digits, region)
    except phonenumbers.NumberParseException:
        return digits
    if not phonenumbers.is_possible_number(number):
        return digits
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(raw: str) -> str:
    """Trimmed and case-folded; '' when there is none."""
    return raw.strip().casefold()


def normalise_name(raw: str) -> str:
    """Full-width to half-width, case-folded, with spaces and punctuation removed."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", raw).casefold() if ch.isalnum())


def is_short_chinese(name: str) -> bool:
    """A normalised name of at most three characters, one of them Chinese: equal or different."""
    return len(name) <= 3 and _CJK.search(name) is not None


class _Pairs:
    """Reasons and best score per (ref_a, ref_b)."""

    def __init__(self) -> None:
        self.found: dict[tuple[str, str], tuple[set[str], int]] = {}

    def add(self, ref_a: str, ref_b: str, reason: str, score: int) -> None:
        key = (ref_a, ref_b) if ref_a < ref_b else (ref_b, ref_a)
        reasons, best = self.found.get(key, (set(), 0))
        reasons.add(reason)
        self.found[key] = (reasons, max(best, score))

    def result(self) -> list[DuplicatePair]:
        pairs = [
            DuplicatePair(a, b, "+".join(r for r in REASONS if r in reasons), score)
            for (a, b), (reasons, score) in self.found.items()
        ]
        pairs.sort(key=lambda p: (-p.score, p.customer_ref_a, p.customer_ref_b))
        return pairs


def _add_groups(pairs: _Pairs, groups: dict[str, list[str]], reason: str) -> None:
    for refs in groups.values():
        for i, ref_a in enumerate(refs):
            for ref_b in refs[i + 1:]:
                pairs.add(ref_a, ref_b, reason, 100)


def _similar_names(names: list[str], threshold: int) -> Iterable[tuple[str, str, int]]:
    """Pairs of distinct normalised names scoring ≥ threshold, compared within blocks only."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in names:
        if not is_short_chinese(name):
            blocks["^" + name[0]].append(name)
            blocks["$" + name[-1]].append(name)
    seen: set[tuple[str, str]] = set()
    for block in blocks.values():
        for i, query in enumerate(block[:-1]):
            for other, score, _index in process.extract(
                query, block[i + 1:], scorer=fuzz.ratio, score_cutoff=threshold, limit=None
            ):
                key = (query, other) if query < other else (other, query)
                if key not in seen:
                    seen.add(key)
                    yield key[0], key[1], int(score)


def _contradicts(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Both have a phone and they differ, or both have an email and they differ."""
    return any(x and y and x != y for x, y in zip(a, b))


def find_pairs(
    contacts: Iterable[Contact], name_threshold: int = NAME_THRESHOLD, region: str = DEFAULT_REGION
) -> list[DuplicatePair]:
    """Likely duplicates among `contacts`, best first (score desc, then refs)."""
    by_phone: dict[str, list[str]] = defaultdict(list)
    by_email: dict[str, list[str]] = defaultdict(list)
    by_name: dict[str, list[str]] = defaultdict(list)
    keys: dict[str, tuple[str, str]] = {}
    phone_cache: dict[str, str] = {}
    for contact in contacts:
        if contact.phone not in phone_cache:
            phone_cache[contact.phone] = normalise_phone(contact.phone, region)
        phone = phone_cache[contact.phone]
        email = normalise_email(contact.email)
        name = normalise_name(contact.name)
        keys[contact.ref] = (phone, email)
        if phone:
            by_phone[phone].append(contact.ref)
        if email:
            by_email[email].append(contact.ref)
        if name:
            by_name[name].append(contact.ref)

    pairs = _Pairs()
    _add_groups(pairs, by_phone, "phone")
    _add_groups(pairs, by_email, "email")

    def add_names(refs_a: list[str], refs_b: list[str] | None, score: int) -> None:
        for i, ref_a in enumerate(refs_a):
            for ref_b in refs_a[i + 1:] if refs_b is None else refs_b:
                if not _contradicts(keys[ref_a], keys[ref_b]):
                    pairs.add(ref_a, ref_b, "name", score)

    for refs in by_name.values():
        add_names(refs, None, 100)
    for name_a, name_b, score in _similar_names(list(by_name), name_threshold):
        add_names(by_name[name_a], by_name[name_b], score)
    return pairs.result()


def without_distinct(pairs: list[DuplicatePair]) -> list[DuplicatePair]:
    """The pairs the owner has not marked as different people (crm_desktop.distinct_pairs)."""
    marked = distinct_ref_pairs()
    return [p for p in pairs if frozenset((p.customer_ref_a, p.customer_ref_b)) not in marked]


def find_duplicates(name_threshold: int = NAME_THRESHOLD) -> list[DuplicatePair]:
    """Likely duplicate customers in the open database; erased customers, and pairs marked as
    different people, are left out."""
    query = (Customer.select(Customer.ref, Customer.name, Customer.phone, Customer.email)
             .where(Customer.erased_on.is_null()).tuples())
    return without_distinct(find_pairs((Contact(*row) for row in query.iterator()), name_threshold))
