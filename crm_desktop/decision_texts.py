"""The wizard's words: the five loss-aversion prompts, and the drafted decline message.

Both are built on each call through `_()`, so they come out in the interface language that is
installed at that moment (a module-level constant would freeze the language at import).
"""
from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.i18n import _

# The keys under which the answers are stored (Decision.answers), in the order asked.
PROMPT_KEYS: tuple[str, ...] = (
    "unasked",
    "loss_if_declined",
    "cost_of_accepting",
    "peer_advice",
    "third_way",
)


@dataclass(frozen=True)
class Prompt:
    key: str
    question: str
    # A nudge shown inside the empty answer box.
    hint: str


def loss_aversion_prompts() -> list[Prompt]:
    """The five questions that take the sting out of saying no, in the order asked."""
    return [
        Prompt("unasked",
               _("If nobody had asked you personally, would you go after this job?"),
               _("Imagine it arrived as an anonymous inquiry.")),
        Prompt("loss_if_declined",
               _("What exactly do you lose by declining, and how much will it matter in three months?"),
               _("Name the loss: a favour, a face, a portfolio piece, a future job.")),
        Prompt("cost_of_accepting",
               _("What do you lose by accepting: which profitable customer's work waits, "
                 "and whose overtime pays for it?"),
               _("Think of the designers' week and of the customers already waiting.")),
        Prompt("peer_advice",
               _("Would you advise a peer studio to take this job?"),
               _("Answer as you would for a friend who runs another studio.")),
        Prompt("third_way",
               _("Is there a third way: refer it on, offer a fixed-scope consultation, "
                 "or raise the fee to the line?"),
               _("Something between a plain yes and a plain no.")),
    ]


def prompt_question(key: str) -> str:
    """The question asked under `key` (the key itself for an unknown one, e.g. an old journal)."""
    for prompt in loss_aversion_prompts():
        if prompt.key == key:
            return prompt.question
    return key


def decline_message(customer_name: str, studio_name: str, refer_to: str | None = None) -> str:
    """A short, warm refusal to send the client, optionally pointing them to another studio."""
    paragraphs = [
        _("Dear {name},").format(name=customer_name),
        _("Thank you for thinking of {studio} for this project, and for the trust that comes "
          "with the request.").format(studio=studio_name),
        _("We have looked carefully at what the work needs and at what we have already promised "
          "to others. We could not give your project the attention it deserves at the moment, "
          "and we would rather tell you so now than do it half-heartedly."),
    ]
    other = (refer_to or "").strip()
    if other:
        paragraphs.append(_("{other} does this kind of work very well, and we would be glad "
                            "to introduce you to them.").format(other=other))
    paragraphs.append(_("We hope there will be another occasion to work together."))
    paragraphs.append(_("Kind regards,\n{studio}").format(studio=studio_name))
    return "\n\n".join(paragraphs)
