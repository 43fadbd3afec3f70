"""The demo studio's plan: staff, customers (with referral chains) and their projects, as plain values."""
from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import NamedTuple

from crm_desktop import demo_names as names
from crm_desktop.demo_texts import DETAIL_NOTES, HOME_SIZES, KIND_LABELS

# Everything is drawn from one `random.Random` in a fixed order, so a seed gives one studio.
# Dates are day ordinals (`date.toordinal()`) until rows are written; ids are list positions + 1.

# A customer's disposition drives scores, margins, repeat work and referrals.
PROMOTER, PASSIVE, DETRACTOR = 0, 1, 2
YEARS = 3
REFERRAL_RATE = 0.35
PROJECTS_PER_CUSTOMER = 4.0
MAX_REPEAT_JOBS = 19

# Happy customers are the ones who refer: the referrer is drawn with these weights.
REFERRER_WEIGHT = (6.0, 1.5, 0.3)
# Cumulative P(promoter), P(passive) of a new customer, by who referred them (None = walk-in).
MOOD_CUM = {None: (0.30, 0.60), PROMOTER: (0.58, 0.85), PASSIVE: (0.42, 0.78), DETRACTOR: (0.30, 0.65)}
TIER_CUM = ((0.16, 0.52), (0.07, 0.37), (0.03, 0.25))  # cumulative P(A), P(A or B) by mood
TIER_WEALTH = {"A": 1.6, "B": 1.15, "C": 0.9}
REPEAT_MULT = (1.35, 0.95, 0.55)  # promoters come back for more work
TIER_REPEAT = {"A": 1.5, "B": 1.1, "C": 0.9}
MARGIN_MEAN = (0.27, 0.21, 0.10)
LOST_RATE = (0.015, 0.06, 0.16)
LOST_REASONS = ("service", "mismatch", "needs_changed", "price", "competitor", "moved", "other")
LOST_REASON_WEIGHTS = ((2, 2, 8, 3, 3, 10, 2), (4, 4, 5, 8, 7, 4, 2), (10, 7, 2, 7, 6, 1, 2))


class Kind(NamedTuple):
    key: str
    first_weight: float  # weight as a customer's first job
    later_weight: float  # weight as a repeat job
    median: float  # typical fee in yuan, before the customer's wealth factor
    low: float
    high: float
    days: tuple[int, int]  # how long the work takes on site
    log_weight: float  # how much gets logged on such a job


KINDS = (
    Kind("full_renovation", 38, 8, 180_000, 100_000, 400_000, (60, 140), 7.0),
    Kind("partial_renovation", 12, 12, 70_000, 30_000, 160_000, (30, 75), 4.5),
    Kind("kitchen", 14, 18, 55_000, 25_000, 110_000, (18, 45), 3.0),
    Kind("bathroom", 12, 20, 32_000, 15_000, 70_000, (14, 35), 2.5),
    Kind("soft_furnishing", 12, 30, 22_000, 8_000, 60_000, (10, 35), 2.0),
    Kind("design_only", 12, 12, 18_000, 8_000, 50_000, (14, 40), 2.0),
)
FIRST_KIND_CUM = tuple(sum(k.first_weight for k in KINDS[: i + 1]) for i in range(len(KINDS)))
LATER_KIND_CUM = tuple(sum(k.later_weight for k in KINDS[: i + 1]) for i in range(len(KINDS)))


class ProjectPlan(NamedTuple):
    id: int
    customer: int  # customer index (id - 1)
    kind: Kind
    status: str
    inquired: int  # day the inquiry came in
    started: int | None
    finished: int | None
    revenue_cents: int
    cost_cents: int
    hours: float
    designer: int
    title: str

    @property
    def margin(self) -> float:
        return (self.revenue_cents - self.cost_cents) / self.revenue_cents


@dataclass
class Staff:
    rows: list[tuple[int, str, str, bool]]  # rows still to insert: id, name, role, active
    owner: int
    coordinator: int
    designers: list[int]  # active designers; the owner designs too
    former: int  # a designer who left in the first year
    former_until: int  # last day the former designer took on work


@dataclass
class Studio:
    today: int
    start: int
    staff: Staff
    created: list[int] = field(default_factory=list)
    mood: list[int] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    chinese_name: list[bool] = field(default_factory=list)
    zh: list[bool] = field(default_factory=list)  # writes and reads Chinese
    tier: list[str] = field(default_factory=list)
    wealth: list[float] = field(default_factory=list)
    referred_by: list[int | None] = field(default_factory=list)  # customer index
    designer: list[int] = field(default_factory=list)  # the customer's usual designer
    lost_on: list[int | None] = field(default_factory=list)
    lost_reason: list[str | None] = field(default_factory=list)
    projects: list[ProjectPlan] = field(default_factory=list)
    by_customer: list[list[int]] = field(default_factory=list)  # project indexes per customer


def plan_staff(rng: random.Random, customers: int, start: int, existing: dict[str, int]) -> Staff:
    """A handful of people; bigger demo books get a few more designers (never past 16)."""
    next_id = max(existing.values(), default=0) + 1
    rows: list[tuple[int, str, str, bool]] = []

    def add(name: str, role: str, active: bool) -> int:
        nonlocal next_id
        if name in existing:  # reuse a person the database already knows
            return existing[name]
        rows.append((next_id, name, role, active))
        next_id += 1
        return next_id - 1

    owner = add(names.OWNER, "owner", True)
    count = min(len(names.DESIGNERS), 3 + customers // 4000)
    designers = [owner] + [add(n, "staff", True) for n in names.DESIGNERS[:count]]
    coordinator = add(names.COORDINATOR, "staff", True)
    former = add(names.FORMER_DESIGNER, "staff", False)
    return Staff(rows, owner, coordinator, designers, former, start + rng.randint(240, 330))


def plan_customers(rng: random.Random, studio: Studio, count: int) -> None:
    """Customers in the order they arrived, each referral pointing at an earlier customer."""
    rand = rng.random
    span = studio.today - 10 - studio.start
    # The studio grew: a power below 1 puts more arrivals in the later years.
    arrivals = sorted(studio.start + int(span * rand() ** 0.85) for _ in range(count))
    pools: tuple[list[int], list[int], list[int]] = ([], [], [])
    for i, created in enumerate(arrivals):
        referrer = None
        if (pools[0] or pools[1] or pools[2]) and rand() < REFERRAL_RATE:
            referrer = _pick_referrer(rng, pools)
        mood_cum = MOOD_CUM[None if referrer is None else studio.mood[referrer]]
        r = rand()
        mood = PROMOTER if r < mood_cum[0] else PASSIVE if r < mood_cum[1] else DETRACTOR
        r = rand()
        tier = "A" if r < TIER_CUM[mood][0] else "B" if r < TIER_CUM[mood][1] else "C"
        chinese_name = rand() < 0.8
        studio.name.append(names.chinese_name(rng) if chinese_name else names.english_name(rng))
        studio.chinese_name.append(chinese_name)
        # Most Chinese-named clients write Chinese; some English-named ones do too.
        studio.zh.append(rand() < (0.93 if chinese_name else 0.25))
        studio.created.append(created)
        studio.mood.append(mood)
        studio.tier.append(tier)
        studio.wealth.append(TIER_WEALTH[tier] * rng.lognormvariate(0.0, 0.3))
        studio.referred_by.append(referrer)
        pools[mood].append(i)


def _pick_referrer(rng: random.Random, pools: tuple[list[int], list[int], list[int]]) -> int:
    weights = [REFERRER_WEIGHT[m] * len(pools[m]) for m in range(3)]
    r = rng.random() * sum(weights)
    mood = 0 if r < weights[0] else 1 if r < weights[0] + weights[1] else 2
    if not pools[mood]:  # rounding at the edge of an empty pool
        mood = next(m for m in range(3) if pools[m])
    return rng.choice(pools[mood])


def customer_rows(rng: random.Random, studio: Studio, iso: dict[int, str]) -> list[tuple[object, ...]]:
    """Contact details, birthdays and personal notes, ready to insert."""
    rand = rng.random
    rows: list[tuple[object, ...]] = []
    for i, created in enumerate(studio.created):
        name, chinese_name, zh = studio.name[i], studio.chinese_name[i], studio.zh[i]
        phone = names.mobile_phone(rng) if rand() < 0.97 else ""
        email = names.email_for(rng, name, chinese_name) if rand() < (0.25 if chinese_name else 0.75) else ""
        birthday, lunar = None, False
        if rand() < 0.6:
            year = rng.randint(1955, 1998)
            lunar = chinese_name and rand() < 0.3
            # Lunar birthdays keep day ≤ 28: a lunar month/day stored in a solar date field.
            day = rng.randint(1, 28) if lunar else rng.randint(1, 365)
            birthday = (dt.date(year, rng.randint(1, 12), day) if lunar
                        else dt.date(year, 1, 1) + dt.timedelta(days=day - 1)).isoformat()
        notes = ""
        if rand() < 0.35:
            pool = DETAIL_NOTES[0 if zh else 1]
            picked = rng.sample(pool, 2 if rand() < 0.3 else 1)
            notes = ("；" if zh else "; ").join(picked)
        referrer = studio.referred_by[i]
        lost_on = studio.lost_on[i]
        rows.append((
            i + 1, f"C{i + 1:06d}", name, phone, email, birthday, lunar,
            None if referrer is None else referrer + 1, studio.tier[i], notes,
            studio.lost_reason[i], None if lost_on is None else iso[lost_on], iso[created], 1, 0,
        ))
    return rows


def plan_projects(rng: random.Random, studio: Studio) -> None:
    """About four jobs per customer: a first job near arrival, repeat work spread to today."""
    rand = rng.random
    today = studio.today
    span = today - studio.start
    # Longer-standing customers had more time for repeat work, but not proportionally more:
    # a household only renovates so often.
    appetite = [
        REPEAT_MULT[studio.mood[i]] * TIER_REPEAT[studio.tier[i]] * (0.35 + 0.65 * (today - c) / span)
        for i, c in enumerate(studio.created)
    ]
    # Scale repeat work so the whole book averages PROJECTS_PER_CUSTOMER jobs a customer.
    scale = (PROJECTS_PER_CUSTOMER - 1) * len(appetite) / max(sum(appetite), 1e-9)
    for i, created in enumerate(studio.created):
        # floor(exponential) is geometric: most customers come back once or twice, a few often.
        extra = min(MAX_REPEAT_JOBS, int(rng.expovariate(1 / (appetite[i] * scale + 0.5))))
        days = sorted(created + int(rand() * (today - created + 1)) for _ in range(extra))
        first = min(today, created + int(rand() * 8))
        studio.designer.append(_designer(rng, studio.staff, first))
        address = _address(rng, studio.zh[i])
        done_here: list[str] = []
        indexes = []
        for n, inquired in enumerate([first, *days]):
            kind = rng.choices(KINDS, cum_weights=LATER_KIND_CUM if n else FIRST_KIND_CUM)[0]
            # Nobody refits the same kitchen twice: building work on a room already done
            # happens at another address (a second flat, the parents' place, the office).
            if kind.key in done_here and kind.key not in ("soft_furnishing", "design_only") or (
                n and rand() < 0.1
            ):
                address = _address(rng, studio.zh[i])
                done_here.clear()
            done_here.append(kind.key)
            indexes.append(len(studio.projects))
            studio.projects.append(_project(rng, studio, i, kind, n == 0, inquired, address))
        studio.by_customer.append(indexes)


def _address(rng: random.Random, zh: bool) -> str:
    building, floor, unit = rng.randint(1, 28), rng.randint(2, 32), rng.randint(1, 4)
    if zh:
        return f"{rng.choice(names.ESTATES_ZH)} {building}栋{floor}0{unit}"
    return f"{rng.choice(names.ESTATES_EN)} {building}-{floor}0{unit}"


def _designer(rng: random.Random, staff: Staff, day: int) -> int:
    if day <= staff.former_until and rng.random() < 0.2:
        return staff.former
    # The owner still designs, but less than the others.
    return staff.owner if rng.random() < 0.1 else rng.choice(staff.designers[1:])


def _project(rng: random.Random, studio: Studio, cust: int, kind: Kind, first: bool,
             inquired: int, address: str) -> ProjectPlan:
    rand = rng.random
    today = studio.today
    mood = studio.mood[cust]
    fee = kind.median * studio.wealth[cust] * math.exp(rng.gauss(0.0, 0.35))
    fee = min(kind.high, max(kind.low, fee))
    margin = min(0.45, max(-0.2, rng.gauss(MARGIN_MEAN[mood], 0.09)))
    lead = 5 + int(rand() * 26)
    duration = rng.randint(*kind.days)
    started: int | None = inquired + lead
    finished: int | None = None
    if started > today:  # still an estimate; some come in thin
        status, started = "inquiry", None
        if rand() < 0.15:
            margin = 0.02 + rand() * 0.11
    else:
        low_value = fee * margin < 5_000 or margin < 0.15
        r = rand()
        if not first and r < (0.1 if low_value else 0.015):
            status, started = "declined", None
        elif r > 0.975:  # stopped part-way; only the work done so far was billed
            status = "cancelled"
            finished = min(today, started + 3 + int(rand() * duration / 2))
            fee *= 0.15 + rand() * 0.25
        elif started + duration > today:
            status = "active"
        else:
            status, finished = "completed", started + duration
    revenue = max(1, round(fee / 100)) * 10_000  # fees are quoted in round hundreds
    cost = round(revenue * (1 - margin))
    rate = 350 + rand() * 250 if kind.key == "design_only" else 650 + rand() * 450
    hours = round(fee / rate * 2) / 2
    if studio.designer[cust] == studio.staff.former and inquired > studio.staff.former_until:
        # The designer who left handed their clients over to a colleague.
        studio.designer[cust] = _designer(rng, studio.staff, inquired)
    designer = studio.designer[cust] if rand() < 0.75 else _designer(rng, studio.staff, inquired)
    label = KIND_LABELS[kind.key]
    if studio.zh[cust]:
        size = rng.choice(HOME_SIZES[0]) if kind.key == "full_renovation" else ""
        title = f"{address} {size}{label[0]}"
    else:
        size = rng.choice(HOME_SIZES[1]) + " " if kind.key == "full_renovation" else ""
        title = f"{(size + label[1]).capitalize()}, {address}"
    pid = len(studio.projects) + 1
    return ProjectPlan(pid, cust, kind, status, inquired, started, finished, revenue, cost,
                       hours, designer, title)


def plan_lost(rng: random.Random, studio: Studio) -> None:
    """A few customers left: mostly unhappy ones, some time after their last job ended."""
    for i, indexes in enumerate(studio.by_customer):
        lost_on = reason = None
        mood = studio.mood[i]
        if rng.random() < LOST_RATE[mood]:
            jobs = [studio.projects[j] for j in indexes]
            if all(p.status not in ("active", "inquiry") for p in jobs):
                last = max(p.finished or p.started or p.inquired for p in jobs)
                if last + 30 < studio.today:
                    lost_on = rng.randint(last + 30, min(studio.today, last + 300))
                    reason = rng.choices(LOST_REASONS, weights=LOST_REASON_WEIGHTS[mood])[0]
        studio.lost_on.append(lost_on)
        studio.lost_reason.append(reason)


def project_rows(studio: Studio, iso: dict[int, str]) -> list[tuple[object, ...]]:
    return [
        (p.id, f"P{p.id:07d}", p.customer + 1, p.title, p.kind.key, p.status, p.revenue_cents,
         p.cost_cents, p.hours, None if p.started is None else iso[p.started],
         None if p.finished is None else iso[p.finished], p.designer, 1)
        for p in studio.projects
    ]
