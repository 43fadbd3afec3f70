"""Which column of someone else's spreadsheet holds which field: guessed, corrected, remembered.

A studio's old records rarely have our headers: 姓名 / 电话 / 生日, "Customer Name",
"E-mail". `suggest_fields` offers, for each column of the file, the field it most likely
holds (or None: leave the column out). A mapping the user confirmed is remembered in the
database per kind and header set, so the next file with the same headers is mapped at once,
at every desk of the office.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz

from crm_desktop.i18n import _, shown
from crm_desktop.models import Setting
from crm_desktop.transfer.reading import Row, Table
from crm_desktop.transfer.validate import KINDS, Kind

Fields = tuple[str | None, ...]  # per column of the file: the field it holds, or None

# Headers people write for each field, compared after `normalise_header`. The field's own
# name is always accepted too.
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "customers": {
        "ref": ("id", "customerid", "customerref", "customerno", "customernumber", "编号",
                "客户编号", "客户号", "客户代码", "客户id", "会员号", "会员编号"),
        "name": ("customer", "customername", "fullname", "client", "clientname", "contact",
                 "姓名", "名字", "客户", "客户名", "客户名称", "客户姓名", "联系人", "业主", "业主姓名"),
        "phone": ("mobile", "tel", "telephone", "cell", "phonenumber", "phoneno", "telno", "mobilephone", "电话",
                  "手机", "手机号", "手机号码", "联系电话", "电话号码", "联系方式"),
        "email": ("mail", "emailaddress", "邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址"),
        "birthday": ("dateofbirth", "dob", "birthdate", "born", "生日", "出生日期", "出生年月日",
                     "生日日期"),
        "referred_by": ("referredby", "referrer", "referral", "推荐人", "介绍人", "推荐人编号",
                        "转介绍人"),
        "tier": ("grade", "level", "class", "等级", "级别", "客户等级", "客户级别", "分级"),
        "notes": ("note", "remarks", "remark", "comments", "备注", "说明", "附注", "备注信息"),
    },
    "projects": {
        "ref": ("id", "projectid", "projectref", "projectno", "项目编号", "编号", "工程编号"),
        "customer_ref": ("customer", "customerid", "customerref", "client", "客户", "客户编号",
                         "客户姓名", "业主", "客户名称"),
        "title": ("project", "projectname", "name", "项目", "项目名称", "名称", "标题", "工程名称"),
        "status": ("state", "projectstatus", "状态", "项目状态"),
        "revenue": ("income", "fee", "amount", "price", "收入", "金额", "合同金额", "营收", "报价"),
        "cost": ("costs", "expense", "expenses", "成本", "费用", "支出"),
        "hours": ("hoursworked", "time", "工时", "小时", "用时"),
        "started": ("start", "startdate", "begun", "开始", "开始日期", "开工日期", "开工"),
        "finished": ("end", "enddate", "completed", "完成", "完成日期", "竣工日期", "竣工"),
    },
    "responses": {
        "customer_ref": ("customer", "customerid", "client", "客户", "客户编号", "客户姓名", "姓名"),
        "date": ("surveydate", "answered", "日期", "回访日期", "调查日期", "评价日期"),
        "score": ("nps", "rating", "recommend", "评分", "分数", "得分", "推荐意愿", "推荐分"),
        "comment": ("comments", "feedback", "remark", "评语", "意见", "留言", "评价", "备注"),
    },
}
# Latin headers this close to a synonym (rapidfuzz ratio, 0–100) count as it: "Emial", "Phone No".
FUZZY_THRESHOLD = 86
# A header in brackets says how to fill it in, not what it is: 姓名（必填）, Phone (mobile).
_BRACKETS = re.compile(r"[(（\[【].*?[)）\]】]")
# Settings keys are at most 64 characters: the prefix and a digest of kind and headers.
_KEY_PREFIX = "import.columns."


def normalise_header(text: str) -> str:
    """Full-width to half-width, case-folded, bracketed hints and punctuation removed."""
    plain = _BRACKETS.sub("", unicodedata.normalize("NFKC", text))
    return "".join(ch for ch in plain.casefold() if ch.isalnum())


def field_label(field: str) -> str:
    """A field's name for people (the CSV column name stays the technical one)."""
    labels = {
        "ref": _("Ref"), "name": _("Name"), "phone": _("Phone"), "email": _("E-mail"),
        "birthday": _("Birthday"), "referred_by": _("Referred by"), "tier": _("Tier"),
        "notes": _("Notes"), "customer_ref": _("Customer"), "title": _("Title"),
        "status": _("Status"), "revenue": _("Revenue"), "cost": _("Cost"), "hours": _("Hours"),
        "started": _("Started"), "finished": _("Finished"), "date": _("Date"),
        "score": _("Score"), "comment": _("Comment"),
    }
    return labels.get(field, field)


def _names_of(kind: Kind) -> dict[str, str]:
    """Every accepted normalised header → the field it names."""
    names: dict[str, str] = {}
    for column in kind.columns:
        names[normalise_header(column.name)] = column.name
        for synonym in SYNONYMS[kind.name][column.name]:
            names.setdefault(normalise_header(synonym), column.name)
    return names


def guess_fields(kind_name: str, header: Sequence[str]) -> Fields:
    """For each header cell, the field it most likely names; each field is given to one column."""
    kind = KINDS[kind_name]
    names = _names_of(kind)
    guesses: list[str | None] = []
    taken: set[str] = set()
    for cell in header:
        key = normalise_header(cell)
        field = names.get(key)
        if field is None and key.isascii() and len(key) >= 4:
            best = max(names, key=lambda name: fuzz.ratio(key, name))
            if fuzz.ratio(key, best) >= FUZZY_THRESHOLD:
                field = names[best]
        if field in taken:
            field = None  # the first column keeps it; the user can move it
        if field is not None:
            taken.add(field)
        guesses.append(field)
    return tuple(guesses)


def header_key(kind_name: str, header: Sequence[str]) -> str:
    """The settings key a mapping is remembered under: the kind and the exact header set."""
    text = json.dumps([kind_name, [cell.strip() for cell in header]], ensure_ascii=False)
    return _KEY_PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest()[:40]


def remembered_fields(kind_name: str, header: Sequence[str]) -> Fields | None:
    """The mapping last used for this header set, if it still fits the file and the kind."""
    stored = Setting.select(Setting.value).where(Setting.key == header_key(kind_name, header)).scalar()
    if stored is None:
        return None
    try:
        fields = json.loads(stored)
    except ValueError:
        return None
    names = set(KINDS[kind_name].names)
    if (not isinstance(fields, list) or len(fields) != len(header)
            or any(f is not None and f not in names for f in fields)):
        return None  # written by another version of the app, or edited by hand: guess afresh
    return tuple(fields)


def suggest_fields(kind_name: str, header: Sequence[str]) -> tuple[Fields, bool]:
    """The remembered mapping for this header set, else a guess; and whether it was remembered."""
    remembered = remembered_fields(kind_name, header)
    if remembered is not None:
        return remembered, True
    return guess_fields(kind_name, header), False


def remember_fields(kind_name: str, header: Sequence[str], fields: Fields) -> None:
    """Store the mapping for this header set (inside the caller's import transaction)."""
    key = header_key(kind_name, header)
    value = json.dumps(list(fields), ensure_ascii=False)
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}).execute()


def optional_fields(kind_name: str) -> frozenset[str]:
    """Required fields a mapping may still leave out: a missing ref is made up on import."""
    return frozenset({"ref"}) if kind_name in ("customers", "projects") else frozenset()


def mapping_problems(kind_name: str, header: Sequence[str], fields: Fields) -> list[str]:
    """One sentence per thing that stops this mapping: a required field without a column, a field twice."""
    kind = KINDS[kind_name]
    problems: list[str] = []
    if len(fields) != len(header):
        return [_("The mapping does not fit the file's {count} columns.").format(count=len(header))]
    for column in kind.columns:
        chosen = [header[i] for i, field in enumerate(fields) if field == column.name]
        if len(chosen) > 1:
            problems.append(_("{field} is chosen for more than one column: {columns}.").format(
                field=field_label(column.name), columns=", ".join(shown(c) for c in chosen)))
        elif not chosen and column.required and column.name not in optional_fields(kind_name):
            problems.append(_("Choose the column that holds {field}.").format(field=field_label(column.name)))
    unknown = sorted({f for f in fields if f is not None and f not in kind.names})
    if unknown:
        problems.append(_("{fields} cannot be imported as {kind}.").format(
            fields=", ".join(unknown), kind=kind_name))
    return problems


def mapped_table(table: Table, fields: Fields) -> Table:
    """The table with our field names as its header and only the mapped columns in each row."""
    keep = [i for i, field in enumerate(fields) if field is not None]
    header = [fields[i] or "" for i in keep]

    def project(cells: list[str]) -> list[str]:
        return [cells[i] if i < len(cells) else "" for i in keep]

    rows: list[Row] = [(line, project(cells)) for line, cells in table.rows]
    return Table(table.header_line, header, rows)
