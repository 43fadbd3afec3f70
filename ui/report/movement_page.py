"""The report's Movement page: the 7 × 7 matrix, the scoreboard, profit at risk, who moved in and out."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.movement import AtRisk, MovedList, PeriodMoves
from crm_desktop.movement_rules import TOP, Mark, cell_marks
from crm_desktop.report_data import ReportData
from crm_desktop.segments import LET_GO, SEGMENT_ORDER
from ui import labels
from ui.movement_labels import MARKERS, legend, markers
from ui.report.layout import MUTED, Column, Flow, Row
from ui.report.sections import RIGHT, heading, money, whole

# Called by this name (not through a helper) so that lupdate finds the strings.
translate = QCoreApplication.translate


def movement_title() -> str:
    return translate("report", "Segment movement")


def movement_page(flow: Flow, data: ReportData) -> None:
    """A page of its own: how customers moved between the segments over the report's period.

    Then the customers who moved into and out of promoter+ (a list only when somebody did).
    """
    result = data.movement
    matrix = result.matrix
    first, last = matrix.first.isoformat(), matrix.last.isoformat()
    flow.new_page()
    flow.text(movement_title(), flow.font(15, bold=True), after=1)
    flow.text(translate("report", "Each customer's segment on {first}, the day before the period (rows), and on "
                                  "{last} (columns): their latest answer by that day and the profit of the jobs "
                                  "started by then, against today's profit line of {line}. Customers who came "
                                  "later count as unrated on {first}.").format(
        first=first, last=last, line=money(data, data.profit_line_cents)),
        flow.font(8.5), colour=MUTED, after=1.5)

    # The matrix, with each row's total (the segment on the first day) and each column's.
    names = [labels.segment_name(segment) for segment in SEGMENT_ORDER]
    # Each count column holds "贬低型客户 +" or "8,888 ▲✓↗" in bold on one line (about 17.5 mm).
    columns = [Column(translate("report", "From ↓\nto →"), 0.12)]
    columns += [Column(name, 0.795 / len(names), RIGHT) for name in names]
    columns.append(Column(translate("report", "Total"), 0.085, RIGHT))
    rows = []
    for segment, name, counts in zip(SEGMENT_ORDER, names, matrix.counts):
        cells = [name]
        strong = []
        for column, (other, count) in enumerate(zip(SEGMENT_ORDER, counts), 1):
            marks = cell_marks(segment, other) if count else ()
            cells.append(f"{count:,} {markers(marks)}".rstrip())
            if marks:
                strong.append(column)
        cells.append(f"{matrix.on_first(segment):,}")
        rows.append(Row(cells, strong=tuple(strong)))
    rows.append(Row([translate("report", "Total")] + [f"{matrix.on_last(s):,}" for s in SEGMENT_ORDER]
                    + [f"{matrix.total:,}"], bold=True))
    flow.table(columns, rows, keep_rows=len(rows))
    flow.text(legend(), flow.font(8), colour=MUTED, after=0.5)
    flow.text(translate("report", "Marked counts are set in bold. Rows add up to each segment on {first}, columns "
                                  "to each segment on {last}.").format(first=first, last=last),
              flow.font(8), colour=MUTED)

    _scoreboard(flow, data)
    _at_risk(flow, data, result.at_risk)
    top = labels.segment_name(TOP)
    _moved(flow, data, data.moved_in, translate("report", "{marker} Into {segment}: {n} customers").format(
        marker=MARKERS[Mark.INTO_TOP], segment=top, n=f"{data.moved_in.total:,}"),
        translate("report", "Was on {first}"), first_side=True)
    _moved(flow, data, data.moved_out, translate("report", "{marker} Out of {segment}: {n} customers").format(
        marker=MARKERS[Mark.OUT_OF_TOP], segment=top, n=f"{data.moved_out.total:,}"),
        translate("report", "Is on {last}"), first_side=False)


def _period(moves: PeriodMoves) -> str:
    return translate("report", "{first} → {last}").format(first=moves.first.isoformat(), last=moves.last.isoformat())


def _scoreboard(flow: Flow, data: ReportData) -> None:
    result = data.movement
    heading(flow, translate("report", "Scoreboard: this period against the one before"), keep_with_mm=45)
    columns = [
        Column(translate("report", "Figure"), 0.52),
        Column(translate("report", "This period\n{span}").format(span=_period(result.current)), 0.24, RIGHT),
        Column(translate("report", "Previous period\n{span}").format(span=_period(result.previous)), 0.24, RIGHT),
    ]
    top = labels.segment_name(TOP)
    let_go = " / ".join(labels.segment_name(s) for s in LET_GO)

    def referral(moves: PeriodMoves) -> str:
        share = moves.referral_share
        if share is None:
            return translate("report", "no new customers")
        return translate("report", "{share} % of {total}").format(share=round(100 * share),
                                                                  total=f"{moves.new_customers:,}")

    figures = [
        (translate("report", "{marker} Converted into {segment}").format(marker=MARKERS[Mark.INTO_TOP], segment=top),
         lambda m: f"{m.conversions:,}"),
        (translate("report", "{marker} Detractors recovered (now passive or promoter)").format(
            marker=MARKERS[Mark.RECOVERED]), lambda m: f"{m.recovered:,}"),
        (translate("report", "{marker} Lost from {segment}").format(marker=MARKERS[Mark.OUT_OF_TOP], segment=top),
         lambda m: f"{m.lost:,}"),
        (translate("report", "New customers referred by a promoter"), referral),
        (translate("report", "Customers to let go ({segments}), start → end").format(segments=let_go),
         lambda m: f"{m.let_go_before:,} → {m.let_go_after:,}"),
    ]
    rows = [Row([name, value(result.current), value(result.previous)], strong=(1,)) for name, value in figures]
    flow.table(columns, rows, keep_rows=len(rows))
    flow.text(translate("report", "A referral counts when the referrer was a promoter on the day the new customer "
                                  "was added."), flow.font(8), colour=MUTED)


def _at_risk(flow: Flow, data: ReportData, parts: tuple[AtRisk, ...]) -> None:
    heading(flow, translate("report", "Profit at risk now"), keep_with_mm=30)
    flow.text(translate("report", "Profitable customers who do not recommend the studio, as the grid shows them "
                                  "today: the total profit of each one of them."), flow.font(8.5), colour=MUTED)
    columns = [
        Column(translate("report", "Segment"), 0.52),
        Column(translate("report", "Customers"), 0.24, RIGHT),
        Column(translate("report", "Profit ({currency})").format(currency=data.currency), 0.24, RIGHT),
    ]
    rows = [Row([labels.segment_name(p.segment), f"{p.customers:,}", whole(p.profit_cents)]) for p in parts]
    movement = data.movement
    rows.append(Row([translate("report", "Total"), f"{movement.at_risk_customers:,}",
                     whole(movement.at_risk_cents)], bold=True))
    flow.table(columns, rows, keep_rows=len(rows))


def _moved(flow: Flow, data: ReportData, moved: MovedList, title: str, other_title: str, *,
           first_side: bool) -> None:
    if not moved.customers:
        return  # the scoreboard already says 0
    matrix = data.movement.matrix
    heading(flow, title, keep_with_mm=25)
    if first_side:
        flow.text(translate("report", "Customers converted from another segment come first, then those who were "
                                      "unrated on {first} (new, or answering for the first time).").format(
            first=matrix.first.isoformat()), flow.font(8.5), colour=MUTED)
    columns = [
        Column(translate("report", "Customer"), 0.40),
        Column(other_title.format(first=matrix.first.isoformat(), last=matrix.last.isoformat()), 0.24),
        Column(translate("report", "Latest score"), 0.14, RIGHT),
        Column(translate("report", "Profit ({currency})").format(currency=data.currency), 0.22, RIGHT),
    ]
    rows = [
        Row([c.name, labels.segment_name(c.first_segment if first_side else c.second_segment),
             "—" if c.score is None else str(c.score), whole(c.profit_cents)])
        for c in moved.customers
    ]
    flow.table(columns, rows, continued=translate("report", "{title} (continued)").format(title=title))
    if moved.left_out:
        flow.text(translate("report", "The {shown} most profitable are listed; the Movement matrix in the Segments "
                                      "section lists all {total}.").format(
            shown=f"{len(moved.customers):,}", total=f"{moved.total:,}"), flow.font(8), colour=MUTED)
