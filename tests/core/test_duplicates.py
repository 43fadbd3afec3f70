"""The duplicate finder: planted duplicates are found, distinct people (same surname included) are not."""
from __future__ import annotations

import datetime as dt

import peewee
import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from crm_desktop.duplicates import (
    Contact,
    DuplicatePair,
    find_duplicates,
    find_pairs,
    normalise_name,
    normalise_phone,
)
from crm_desktop.models import Customer


def _pairs(*contacts: tuple[str, str, str, str]) -> list[tuple[str, str, str, int]]:
    return [(p.customer_ref_a, p.customer_ref_b, p.reason, p.score)
            for p in find_pairs(Contact(*c) for c in contacts)]


@pytest.mark.parametrize("raw", ["+86 138-0013-8000", "13800138000", "0086 138 0013 8000",
                                 "138 0013 8000", "+8613800138000"])
def test_phone_formats_normalise_alike(raw: str) -> None:
    assert normalise_phone(raw) == "+8613800138000"


def test_landlines_and_no_number() -> None:
    assert normalise_phone("(021) 6234-5678") == normalise_phone("+86 21 6234 5678") == "+862162345678"
    assert normalise_phone("") == normalise_phone(" - ") == normalise_phone("123") == ""


# Real mobile ranges: for 11x, 12x and 179x phonenumbers itself gives two answers (see below).
@given(st.integers(13 * 10**9, 2 * 10**10 - 1).filter(lambda n: not str(n).startswith("179")),
       st.sampled_from(["{}", "+86{}", "+86 {}", "0086{}", "{} "]),
       st.sampled_from(["", " ", "-"]))
def test_the_mobile_shortcut_agrees_with_phonenumbers(n: int, prefix: str, sep: str) -> None:
    digits = str(n)
    raw = prefix.format(sep.join([digits[:3], digits[3:7], digits[7:]]))
    expected = phonenumbers.format_number(phonenumbers.parse(raw, "CN"),
                                          phonenumbers.PhoneNumberFormat.E164)
    assert normalise_phone(raw) == expected


@given(st.integers(10**10, 2 * 10**10 - 1), st.sampled_from(["+86{}", "+86 {}", "0086{}", " {} "]))
def test_eleven_digits_from_1_are_one_number_with_or_without_86(n: int, prefix: str) -> None:
    """Including 11x, 12x and 179x, which phonenumbers alone reads differently without +86."""
    assert normalise_phone(prefix.format(n)) == normalise_phone(str(n)) == f"+86{n}"


def test_name_normalising() -> None:
    assert normalise_name("王 芳") == normalise_name("王芳") == "王芳"
    assert normalise_name("Anna  Berg") == normalise_name("anna berg") == "annaberg"
    assert normalise_name("ＡＮＮＡ　Ｂｅｒｇ") == "annaberg"  # full-width letters and space
    assert normalise_name("O'Brien-Smith, J.") == "obriensmithj"


def test_planted_duplicates_are_found_with_their_reason() -> None:
    assert _pairs(
        ("C1", "林晓", "+86 138-0013-8000", ""),
        ("C2", "Lin Xiao", "13800138000", ""),
        ("C3", "Chen Yu", "", " Chen.Yu@Example.com"),
        ("C4", "Yu Chen", "", "chen.yu@example.com "),
        ("C5", "Jon Smith", "", ""),
        ("C6", "John Smith", "13900001111", ""),
        ("C7", "王 芳", "", ""),
        ("C8", "王芳", "13700002222", "wf@example.com"),
        ("C9", "Anna Berg", "", "anna@example.com"),
        ("C10", "anna  berg", "", "ANNA@example.com"),
    ) == [
        ("C1", "C2", "phone", 100),
        ("C10", "C9", "email+name", 100),
        ("C3", "C4", "email", 100),
        ("C7", "C8", "name", 100),
        ("C5", "C6", "name", 94),
    ]


@pytest.mark.parametrize(("a", "b"), [
    ("王伟", "王芳"), ("李娜", "李明"), ("欧阳娜", "欧阳明"), ("王晓明", "王晓敏"),
    ("Wang Wei", "Wang Fang"), ("Li Wei", "Li Wen"), ("Anna", "Anne"),
])
def test_no_pair_for_people_who_share_only_a_surname(a: str, b: str) -> None:
    assert _pairs(("C1", a, "", ""), ("C2", b, "", "")) == []


def test_a_name_match_with_contradicting_contacts_is_not_a_pair() -> None:
    """Two 王晓明 with different mobiles are two people; a copy without a phone may be one."""
    assert _pairs(
        ("C1", "王晓明", "13800000001", ""),
        ("C2", "王晓明", "13800000002", ""),
        ("C3", "王晓明", "", ""),
        ("C4", "Jon Smith", "", "jon@example.com"),
        ("C5", "John Smith", "", "john@example.com"),
    ) == [("C1", "C3", "name", 100), ("C2", "C3", "name", 100)]


def test_several_reasons_make_one_pair_with_the_best_score() -> None:
    assert _pairs(("C1", "Jon Smith", "13800138000", "JS@x.cn"),
                  ("C2", "John Smith", "+86 138 0013 8000", "js@x.cn")) == [
        ("C1", "C2", "phone+email+name", 100)]


def test_a_group_gives_every_pair_sorted_by_refs() -> None:
    assert _pairs(("C3", "A", "13800138000", ""), ("C1", "B", "13800138000", ""),
                  ("C2", "C", "13800138000", "")) == [
        ("C1", "C2", "phone", 100), ("C1", "C3", "phone", 100), ("C2", "C3", "phone", 100)]


_SURNAMES = "王李张刘陈杨黄赵吴周"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
_chinese = st.builds(lambda s, g: s + g, st.sampled_from(_SURNAMES),
                     st.text(_GIVEN, min_size=1, max_size=2))
_latin = st.text("abcdefghijklmnopqrstuvwxyz", min_size=8, max_size=12)
_people = st.lists(
    st.tuples(st.one_of(_chinese, _latin), st.integers(10**10, 2 * 10**10 - 1),
              st.text("abcdefghij0123456789", min_size=3, max_size=10)),
    min_size=1, max_size=30, unique_by=(lambda p: p[0], lambda p: p[1], lambda p: p[2]))


def _far_apart(names: list[str]) -> bool:
    latin = [n for n in names if n.isascii()]
    return all(fuzz.ratio(a, b) < 90 for i, a in enumerate(latin) for b in latin[i + 1:])


def _contacts(people: list[tuple[str, int, str]]) -> list[Contact]:
    return [Contact(f"C{i:03d}", name, str(phone), f"{mail}@example.com")
            for i, (name, phone, mail) in enumerate(people)]


@settings(deadline=None)
@given(_people)
def test_distinct_people_give_no_pairs(people: list[tuple[str, int, str]]) -> None:
    assume(_far_apart([p[0] for p in people]))
    assert find_pairs(_contacts(people)) == []


@settings(deadline=None)
@given(_people, st.data())
def test_a_noisy_copy_is_found(people: list[tuple[str, int, str]], data: st.DataObject) -> None:
    assume(_far_apart([p[0] for p in people]))
    contacts = _contacts(people)
    original = data.draw(st.sampled_from(contacts))
    kept = data.draw(st.sampled_from(["phone", "email", "name"]))
    digits = original.phone
    phone = data.draw(st.sampled_from([f"+86 {digits[:3]}-{digits[3:7]}-{digits[7:]}",
                                       f"{digits[:3]} {digits[3:7]} {digits[7:]}", f"0086{digits}"]))
    email = data.draw(st.sampled_from([original.email.upper(), f"  {original.email} "]))
    name = data.draw(st.sampled_from([" ".join(original.name), original.name.upper(),
                                      original.name + " "]))
    copy = Contact("C999", name if kept == "name" else "",
                   phone if kept == "phone" else "", email if kept == "email" else "")
    assert find_pairs([*contacts, copy]) == [DuplicatePair(original.ref, "C999", kept, 100)]


def test_find_duplicates_reads_the_database_and_skips_erased_customers(db: peewee.Database) -> None:
    Customer.create(ref="C1", name="林晓", phone="13811112222", email="lin@example.com")
    Customer.create(ref="C2", name="林 晓", phone="+86 138-1111-2222")
    Customer.create(ref="C3", name="Anna Berg", email="ANNA@example.com ")
    Customer.create(ref="C4", name="Anna Berg", email="anna@example.com",
                    erased_on=dt.date(2025, 1, 1))
    Customer.create(ref="C5", name="—", erased_on=dt.date(2025, 1, 2))
    Customer.create(ref="C6", name="—", erased_on=dt.date(2025, 1, 3))
    assert find_duplicates() == [DuplicatePair("C1", "C2", "phone+name", 100)]
