"""Rows that hang off the demo plan: project log, complaints, survey responses, contacts."""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Iterator

from crm_desktop import demo_texts as texts
from crm_desktop.demo_plan import Studio

# Each function walks the plan in a fixed order with the shared `random.Random` and gives
# plain tuples in the column order of its `*_FIELDS` list in `crm_desktop.demo`.

LOG_PER_PROJECT = 2.5  # 500 000 entries for 200 000 projects
INTERACTIONS_PER_CUSTOMER = 3.0
ISSUE_SHARE = (0.05, 0.1, 0.2)  # troubled jobs belong to unhappy customers
COMPLAINT_RATE = (0.015, 0.05, 0.2)
RESPONSE_RATE = (1.0, 0.95, 0.9)  # unhappy customers answer less often
FOLLOW_UPS = ((7, 0.85), (90, 0.3), (365, 0.2))  # days after handover, share who answer
SLA_DAYS = {"low": 14, "medium": 7, "high": 3}
SEVERITY_CUM = ((0.5, "low"), (0.85, "medium"), (1.0, "high"))
DURING_WORK = ("design", "construction", "schedule", "budget", "communication")
DURING_CUM = tuple(itertools.accumulate((2, 4, 3, 3, 3)))
# Cumulative weights of scores 0..10 by disposition (each row sums to 100).
SCORE_CUM = tuple(
    tuple(itertools.accumulate(w))
    for w in (
        (0, 0, 0, 0, 1, 1, 3, 5, 10, 35, 45),
        (0, 0, 1, 1, 3, 5, 12, 34, 34, 8, 2),
        (5, 4, 7, 10, 12, 16, 20, 11, 8, 5, 2),
    )
)
CONTACT_KINDS = ("message", "call", "visit", "meeting", "email", "gift")
CONTACT_CUM = tuple(itertools.accumulate((36, 26, 10, 10, 10, 8)))
CONTACT_RATE = {"A": 2.0, "B": 1.2, "C": 0.8}
# Festival days (Spring Festival, Mid-Autumn) by year; tier-A clients get a gift before each.
SPRING_FESTIVAL = {
    2019: (2, 5), 2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
    2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
    2031: (1, 23),
}
MID_AUTUMN = {
    2019: (9, 13), 2020: (10, 1), 2021: (9, 21), 2022: (9, 10), 2023: (9, 29), 2024: (9, 17),
    2025: (10, 6), 2026: (9, 25), 2027: (9, 15), 2028: (10, 3), 2029: (9, 22), 2030: (9, 12),
    2031: (10, 1),
}


def log_rows(rng: random.Random, studio: Studio, iso: dict[int, str]) -> Iterator[tuple[object, ...]]:
    """Dated entries within each job: stages in site order, updates, approvals, issues."""
    rand = rng.random
    today = studio.today
    weights = []
    for p in studio.projects:
        w = 0.0
        if p.status == "completed":
            w = p.kind.log_weight
        elif p.status == "active":
            typical = sum(p.kind.days) / 2
            w = p.kind.log_weight * min(1.0, max(0.3, (today - (p.started or today)) / typical))
        weights.append(w)
    # Inquiries, declined and cancelled jobs get a fixed two or three lines each.
    fixed = 2.0 * sum(1 for w in weights if w == 0)
    scale = max(0.0, LOG_PER_PROJECT * len(weights) - fixed) / max(sum(weights), 1e-9)
    next_id = itertools.count(1)
    coordinator = studio.staff.coordinator
    for p, w in zip(studio.projects, weights):
        lang = 0 if studio.zh[p.customer] else 1
        pid, staff = p.id, p.designer
        if p.status == "inquiry":
            # First call, then the site visit or the client's floor plan, then the estimate.
            notes = texts.INQUIRY_NOTES[lang]
            steps = ((0, "note"), (1 if rand() < 0.7 else 2, "note"), (3, "update"))
            n = 1 + int(rand() * 3)
            days = sorted(p.inquired + int(rand() * (today - p.inquired + 1)) for _ in range(n))
            for (text, kind), day in zip(steps, days):
                yield next(next_id), pid, iso[day], kind, notes[text], staff
        elif p.status == "declined":
            yield next(next_id), pid, iso[p.inquired], "note", texts.INQUIRY_NOTES[lang][0], staff
            day = min(today, p.inquired + 2 + int(rand() * 9))
            yield next(next_id), pid, iso[day], "note", rng.choice(texts.DECLINED_NOTE[lang]), studio.staff.owner
        elif p.status == "cancelled":
            assert p.started is not None and p.finished is not None
            stages = texts.STAGES[p.kind.key][lang]
            yield next(next_id), pid, iso[p.started], "stage", stages[0], staff
            hold, cancel = texts.CANCELLED_NOTES[lang]
            yield next(next_id), pid, iso[p.finished], "issue", hold, staff
            yield next(next_id), pid, iso[p.finished], "note", cancel, staff
        else:
            assert p.started is not None
            start = p.started
            end = p.finished if p.finished is not None else today
            stages = texts.STAGES[p.kind.key][lang]
            issue_at = 0.75 + ISSUE_SHARE[studio.mood[p.customer]]
            n = int(w * scale + rand())
            done = p.status == "completed"
            if done:
                n = max(1, n)
            days = sorted(start + int(rand() * (end - start + 1)) for _ in range(n))
            for k, day in enumerate(days):
                if done and k == n - 1:
                    yield next(next_id), pid, iso[end], "stage", stages[-1], staff
                    continue
                r = rand()
                if r < 0.2:
                    # The stage reached so far, from how far into the job this day is.
                    at = (day - start) / (end - start + 1)
                    kind, text, who = "stage", stages[int(at * (len(stages) - 1))], staff
                elif r < 0.58:
                    kind, text = "update", rng.choice(texts.UPDATES[lang])
                    who = coordinator if rand() < 0.2 else staff
                elif r < 0.75:
                    kind, text, who = "approval", rng.choice(texts.APPROVALS[lang]), staff
                elif r < issue_at:
                    kind, text, who = "issue", rng.choice(texts.ISSUES[lang]), staff
                else:
                    kind, text, who = "note", rng.choice(texts.NOTES[lang]), staff
                yield next(next_id), pid, iso[day], kind, text, who


def feedback_rows(rng: random.Random, studio: Studio, iso: dict[int, str]) -> tuple[list[tuple[object, ...]], set[int]]:
    """Complaints with SLA due dates, most resolved; returns the rows and the project ids concerned."""
    rand = rng.random
    today = studio.today
    rows: list[tuple[object, ...]] = []
    complained: set[int] = set()
    staff = studio.staff
    for p in studio.projects:
        if p.started is None:
            continue
        mood = studio.mood[p.customer]
        chance = 0.5 if p.status == "cancelled" else COMPLAINT_RATE[mood]
        if p.margin < 0.05:  # thin or negative margins usually mean rework somewhere
            chance += 0.1
        if rand() >= chance:
            continue
        end = p.finished if p.finished is not None else today
        opened = p.started + int(rand() * (end - p.started + 1))
        category = rng.choices(DURING_WORK, cum_weights=DURING_CUM)[0]
        if p.status == "completed" and rand() < 0.3:
            after = end + 10 + int(rand() * 190)
            if after <= today:
                category, opened = "after_sales", after
        r = rand()
        severity = next(s for cum, s in SEVERITY_CUM if r < cum)
        sla = SLA_DAYS[severity]
        owner = staff.owner if severity == "high" else (
            staff.coordinator if category == "after_sales" else p.designer)
        age = today - opened
        resolved = rand() < (0.93 if age > 2 * sla else 0.5 if age > sla // 2 else 0.2)
        lang = 0 if studio.zh[p.customer] else 1
        summary = rng.choice(texts.FEEDBACK[category][lang])
        resolution, resolved_on, satisfaction, status = "", None, None, "open"
        if resolved:
            status = "resolved"
            resolution = rng.choice(texts.RESOLUTIONS[lang])
            resolved_on = iso[min(today, opened + int(rand() * sla * 1.6))]
            if rand() < 0.8:
                satisfaction = rng.randint(*((7, 10), (5, 9), (2, 8))[mood])
        complained.add(p.id)
        rows.append((
            len(rows) + 1, p.customer + 1, p.id, category, severity, iso[opened], iso[opened + sla],
            owner, status, summary, resolution, resolved_on, satisfaction, 1,
        ))
    return rows, complained


def response_rows(rng: random.Random, studio: Studio, iso: dict[int, str],
                  complained: set[int]) -> Iterator[tuple[object, ...]]:
    """Survey answers after each finished job and once a year, scored by the customer's disposition."""
    rand = rng.random
    today, start = studio.today, studio.start
    span = today - start
    next_id = itertools.count(1)
    for i, indexes in enumerate(studio.by_customer):
        if rand() < 0.06:  # never answers surveys: stays unrated
            continue
        mood = studio.mood[i]
        until = studio.lost_on[i] or today
        asked: list[tuple[int, int | None, float]] = []  # day, project id, margin
        for j in indexes:
            p = studio.projects[j]
            if p.status != "completed":
                continue
            assert p.finished is not None
            # The follow-up cadence: a week, three months and a year after handover.
            for after, chance in FOLLOW_UPS:
                day = p.finished + after + int(rand() * 8)
                if day <= until and rand() < chance * RESPONSE_RATE[mood]:
                    asked.append((day, p.id, p.margin))
        # A yearly check-in, whether or not there was work that year.
        due = studio.created[i] + 365
        while (day := due + int(rand() * 41) - 20) <= until:
            if rand() < 0.6:
                asked.append((day, None, 0.2))
            due += 365
        asked.sort(key=lambda a: (a[0], a[1] or 0))
        lang = 0 if studio.zh[i] else 1
        # A person's answers hover around their own usual score rather than jumping about.
        usual = bisect.bisect_right(SCORE_CUM[mood], rand() * 100)
        for day, pid, margin in asked:
            r = rand()
            score = usual - 1 if r < 0.2 else usual + 1 if r > 0.8 else usual
            if margin < 0.05 and rand() < 0.5:
                score -= 1
            elif margin > 0.35 and rand() < 0.3:
                score += 1
            if pid in complained and rand() < 0.6:
                score -= 2
            # The studio got better at its craft over the three years.
            if rand() < 0.15 * (day - start) / span:
                score += 1
            score = min(10, max(0, score))
            comment = ""
            if rand() < 0.3:
                group = "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
                comment = rng.choice(texts.COMMENTS[group][lang])
            yield next(next_id), i + 1, pid, iso[day], score, comment


def interaction_rows(rng: random.Random, studio: Studio, iso: dict[int, str]) -> Iterator[tuple[object, ...]]:
    """Calls, WeChat messages, visits and gifts; tier-A clients also get festival gifts."""
    rand = rng.random
    today = studio.today
    staff = studio.staff
    appetite = [CONTACT_RATE[t] * ((studio.lost_on[i] or today) - studio.created[i] + 1)
                for i, t in enumerate(studio.tier)]
    scale = INTERACTIONS_PER_CUSTOMER * len(appetite) / max(sum(appetite), 1e-9)
    festivals = sorted(
        (d.toordinal(), key)
        for key, table in (("spring", SPRING_FESTIVAL), ("autumn", MID_AUTUMN))
        for year, (month, day) in table.items()
        for d in [dt.date(year, month, day)]
    )
    next_id = itertools.count(1)
    for i, created in enumerate(studio.created):
        until = studio.lost_on[i] or today
        lang = 0 if studio.zh[i] else 1
        n = int(rng.expovariate(1 / (appetite[i] * scale)) + rand())
        found: list[tuple[int, str, int, str]] = []
        for _ in range(n):
            day = created + int(rand() * (until - created + 1))
            kind = CONTACT_KINDS[bisect.bisect_right(CONTACT_CUM, rand() * CONTACT_CUM[-1])]
            r = rand()
            who = studio.designer[i] if r < 0.6 else staff.coordinator if r < 0.9 else staff.owner
            found.append((day, kind, who, rng.choice(texts.INTERACTIONS[kind][lang])))
        if studio.tier[i] == "A":
            for festival, key in festivals:
                day = festival - 1 - int(rand() * 5)
                if created <= day <= until:
                    found.append((day, "gift", staff.owner, texts.FESTIVAL_GIFTS[key][lang]))
        found.sort()
        for day, kind, who, summary in found:
            yield next(next_id), i + 1, iso[day], kind, who, summary

