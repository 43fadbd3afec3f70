"""Merging a duplicate customer into the one that stays, with everything that hangs off it.

`merge_customers(keep_ref, drop_ref, choose)` runs in one transaction:

* **Profile fields.** `choose` maps a field name of `CHOOSABLE` to "keep" or "drop". A field
  not named keeps the kept customer's value, except that an *empty* contact field on the
  kept customer (phone, e-mail, birthday, notes — see `FILL_IF_EMPTY`) takes the dropped
  one's value: merging two half-filled records should lose nothing. `birthday` carries
  `birthday_lunar` with it, and `lost` carries `lost_reason` and `lost_on` together. Tier,
  designer and the lost state are never filled in silently ("not lost" is a value, not a
  gap): they follow `choose` and otherwise stay the kept customer's. `default_choice` says
  which side a field not named takes. `created` becomes the earlier of the two dates (the
  person has been a customer since then).
* **Related rows.** Every project (their log entries and wizard decisions follow them),
  survey response, interaction and complaint of the dropped customer is moved to the kept
  one with an UPDATE, so the database's triggers keep the cached figures right
  (crm_desktop.customer_figures, crm_desktop.nps_months).
* **Referrals.** Customers the dropped one referred now name the kept one. The kept
  customer keeps its own referrer; if it had none (or it was the dropped one), it takes the
  dropped customer's referrer — never itself.
* **Reminder states** (done / snoozed) about the dropped customer move to the kept one. A
  birthday or check-in state is named after the customer, so its key is renamed to the kept
  customer's; where the kept customer already has a state of that name, theirs stays and the
  dropped one's is discarded. Follow-up and complaint states are named after the project or
  complaint, which moved, so only their customer changes.
* Then the dropped customer is deleted, the kept customer's version bumped (an open form on
  it will see a conflict rather than overwrite), and the merge recorded in the audit log.

Refused, with one sentence and nothing changed: an unknown reference, the same customer
twice, an erased customer on either side, an unknown field or choice in `choose`; (with staff
accounts on) anyone but the owner; and, when `versions` gives the version each customer had
when it was shown, a customer saved by someone else since (ConflictError): the choices were
made on values that are no longer there.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop import access, audit
from crm_desktop.dbvalues import as_date
from crm_desktop.errors import ConflictError, GuardError, NotFoundError, ValidationError
from crm_desktop.i18n import _
from crm_desktop.models import (
    Customer,
    Decision,
    Feedback,
    Interaction,
    Project,
    ReminderState,
    SurveyResponse,
    database_proxy,
)

KEEP = "keep"
DROP = "drop"

# The names `choose` accepts, and the columns each one carries.
CHOOSABLE: dict[str, tuple[str, ...]] = {
    "name": ("name",),
    "phone": ("phone",),
    "email": ("email",),
    "birthday": ("birthday", "birthday_lunar"),
    "tier": ("tier",),
    # Who looks after the customer is the owner's decision about a designer's workload, not a
    # gap in the record: an empty designer on the kept customer is not filled silently.
    "designer": ("designer_id",),
    "notes": ("notes",),
    "lost": ("lost_reason", "lost_on"),
}
# Taken from the dropped customer, unless `choose` says otherwise, when empty on the kept one.
FILL_IF_EMPTY = ("phone", "email", "birthday", "notes")
# Reminder kinds whose key names the customer itself (`kind:customer_id:due`).
_KEYED_BY_CUSTOMER = ("birthday", "check-in")


@dataclass(frozen=True)
class MergeResult:
    """What one merge moved (rows by kind) and which fields came from the dropped customer."""

    keep_ref: str
    drop_ref: str
    keep_id: int
    projects: int
    decisions: int
    responses: int
    interactions: int
    complaints: int
    referrals: int  # customers the dropped one had referred, now referred by the kept one
    reminder_states: int  # moved (discarded duplicates not counted)
    referrer_taken: bool  # the kept customer took the dropped one's referrer
    fields_taken: tuple[str, ...] = field(default=())

    def summary(self) -> str:
        """The audit log's line (not translated: the log is stored, not shown per language)."""
        parts = [
            f"{self.projects} projects", f"{self.decisions} decisions",
            f"{self.responses} responses", f"{self.interactions} interactions",
            f"{self.complaints} complaints", f"{self.referrals} referrals",
            f"{self.reminder_states} reminder states",
        ]
        text = f"merged {self.drop_ref} into {self.keep_ref}: " + ", ".join(parts)
        if self.referrer_taken:
            text += "; referrer taken"
        if self.fields_taken:
            text += "; fields from " + self.drop_ref + ": " + ", ".join(self.fields_taken)
        return text


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def default_choice(name: str, keep_value: object, drop_value: object) -> str:
    """The side a field of CHOOSABLE takes when `choose` does not name it.

    `keep_value` and `drop_value` are the field's first column on each side (the birthday,
    not its calendar): an empty contact field of `FILL_IF_EMPTY` is filled from the dropped
    customer, every other field stays the kept customer's.
    """
    if name in FILL_IF_EMPTY and _is_empty(keep_value) and not _is_empty(drop_value):
        return DROP
    return KEEP


def _check_choices(choose: dict[str, str]) -> None:
    problems = {}
    for name, side in choose.items():
        if name not in CHOOSABLE:
            problems[name] = _("not a field that can be chosen")
        elif side not in (KEEP, DROP):
            problems[name] = _("choose 'keep' or 'drop'")
    if problems:
        raise ValidationError.of_fields(problems)


def _customer(ref: str) -> Customer:
    row = Customer.get_or_none(Customer.ref == ref)
    if row is None:
        raise NotFoundError(_("There is no customer '{ref}'.").format(ref=ref))
    return row


def _profile_values(keep: Customer, drop: Customer, choose: dict[str, str]) -> tuple[dict[str, object], list[str]]:
    """The kept customer's new column values (those that change) and the choices they came from."""
    values: dict[str, object] = {}
    taken: list[str] = []
    for name, columns in CHOOSABLE.items():
        side = choose.get(name) or default_choice(
            name, getattr(keep, columns[0]), getattr(drop, columns[0]))
        if side != DROP:
            continue
        changed = {c: getattr(drop, c) for c in columns if getattr(drop, c) != getattr(keep, c)}
        if changed:
            values.update(changed)
            taken.append(name)
    created_keep, created_drop = as_date(keep.created), as_date(drop.created)
    if created_drop is not None and (created_keep is None or created_drop < created_keep):
        values["created"] = created_drop
    return values, taken


def _move_reminder_states(keep_id: int, drop_id: int) -> int:
    moved = 0
    rows = list(ReminderState.select(ReminderState.key, ReminderState.kind)
                .where(ReminderState.customer == drop_id).order_by(ReminderState.key).tuples())
    for key, kind in rows:
        new_key = key
        prefix = f"{kind}:{drop_id}:"
        if kind in _KEYED_BY_CUSTOMER and key.startswith(prefix):
            new_key = f"{kind}:{keep_id}:" + key[len(prefix):]
            if ReminderState.select().where(ReminderState.key == new_key).exists():
                ReminderState.delete().where(ReminderState.key == key).execute()
                continue
        moved += ReminderState.update(key=new_key, customer=keep_id).where(
            ReminderState.key == key).execute()
    return moved


def merge_customers(keep_ref: str, drop_ref: str, choose: dict[str, str] | None = None, *,
                    versions: dict[str, int] | None = None) -> MergeResult:
    """Merge the customer `drop_ref` into `keep_ref` in one transaction (see the module doc).

    `versions` maps a reference to the customer's version as the caller showed it (the merge
    dialog); None checks nothing (the command line decides on what it reads now).
    """
    access.require_owner(_("merge customers"))
    choose = dict(choose or {})
    _check_choices(choose)
    if keep_ref == drop_ref:
        raise ValidationError(_("A customer cannot be merged into itself; choose two different customers."))
    with database_proxy.atomic():
        # Bumping both versions first takes both rows' write locks (PostgreSQL) before reading,
        # so a save at another desk cannot slip in between the read and the merge.
        Customer.update(version=Customer.version + 1).where(
            Customer.ref.in_([keep_ref, drop_ref])).execute()
        keep, drop = _customer(keep_ref), _customer(drop_ref)
        for row in (keep, drop):
            if row.erased_on is not None:
                raise GuardError(_("{ref} was erased; an erased customer cannot be merged.")
                                 .format(ref=row.ref))
            shown = (versions or {}).get(row.ref)
            if shown is not None and row.version != shown + 1:  # +1: bumped just above
                raise ConflictError(_("Someone else saved {ref} since it was shown; look at the "
                                      "values again before merging.").format(ref=row.ref))
        keep_id, drop_id = int(keep.id), int(drop.id)

        values, taken = _profile_values(keep, drop, choose)
        keep_referrer = keep.referred_by_id
        drop_referrer = drop.referred_by_id
        referrer_taken = False
        if keep_referrer is None or keep_referrer == drop_id:
            new_referrer = drop_referrer if drop_referrer not in (keep_id, drop_id) else None
            referrer_taken = new_referrer is not None
            if new_referrer != keep_referrer:
                values["referred_by"] = new_referrer

        projects = Project.select(Project.id).where(Project.customer == drop_id)
        decisions = Decision.select().where(Decision.project.in_(projects)).count()
        moved = {
            "projects": Project.update(customer=keep_id, version=Project.version + 1)
            .where(Project.customer == drop_id).execute(),
            "decisions": decisions,
            "responses": SurveyResponse.update(customer=keep_id)
            .where(SurveyResponse.customer == drop_id).execute(),
            "interactions": Interaction.update(customer=keep_id)
            .where(Interaction.customer == drop_id).execute(),
            "complaints": Feedback.update(customer=keep_id, version=Feedback.version + 1)
            .where(Feedback.customer == drop_id).execute(),
            "referrals": Customer.update(referred_by=keep_id)
            .where((Customer.referred_by == drop_id) & (Customer.id != keep_id)).execute(),
            "reminder_states": _move_reminder_states(keep_id, drop_id),
        }
        # Anything the dropped one referred is moved; its own link to the kept one goes with it.
        Customer.delete().where(Customer.id == drop_id).execute()
        if values:
            Customer.update(values).where(Customer.id == keep_id).execute()
        result = MergeResult(keep_ref=keep_ref, drop_ref=drop_ref, keep_id=keep_id,
                             referrer_taken=referrer_taken, fields_taken=tuple(taken), **moved)
        audit.record("merge", "customer", keep_id, result.summary())
    return result
