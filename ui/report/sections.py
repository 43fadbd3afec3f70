"""The report's sections, laid out on a `Flow`: headline, trend, grid, referrers, complaints, lists."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from crm_desktop.money import display_amount
from crm_desktop.nps import CLASS_RANGES, NpsClass, NpsCounts, format_nps
from crm_desktop.report_data import ReportData, format_change
from crm_desktop.report_queries import CHECK_IN_DAYS
from crm_desktop.segments import Segment, recommended_action
from ui import labels
from ui.care_labels import category_name, severity_name
from ui.report.layout import HEADER_FILL, INK, MUTED, RULE, WRAP, Column, Flow, Row
from ui.report.texts import next_action_name

# Called by this name (not through a helper) so that lupdate finds the strings.
translate = QCoreApplication.translate

CHART_HEIGHT_MM = 80.0
RIGHT = Qt.AlignmentFlag.AlignRight

# Where each segment sits in the 2×3 grid: NPS class across, profit class down.
GRID_ROWS = (
    (True, (Segment.PROMOTER_PLUS, Segment.PASSIVE_PLUS, Segment.DETRACTOR_PLUS)),
    (False, (Segment.PROMOTER_MINUS, Segment.PASSIVE_MINUS, Segment.DETRACTOR_MINUS)),
)


def report_title() -> str:
    return translate("report", "Customer segment report")


def period_text(data: ReportData) -> str:
    return translate("report", "{first} to {last}").format(first=data.first.isoformat(), last=data.last.isoformat())


def whole(cents: int) -> str:
    """An amount in whole units: the report is read for its size, not its cents."""
    return display_amount(round(cents / 100) * 100)


def money(data: ReportData, cents: int) -> str:
    return f"{whole(cents)} {data.currency}"


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "—"


def heading(flow: Flow, text: str, keep_with_mm: float = 20.0) -> None:
    flow.gap(3)
    flow.text(text, flow.font(12.5, bold=True), keep_with=flow.mm(keep_with_mm), after=1.5)


def _nps_text(counts: NpsCounts) -> str:
    return format_nps(counts) or "—"


def headline(flow: Flow, data: ReportData) -> None:
    now, before = data.headline, data.previous
    n = now.responses
    lines = []
    if n:
        lines.append(translate("report", "{n} survey responses from {first} to {last}").format(
            n=f"{n:,}", first=data.first.isoformat(), last=data.last.isoformat()))
        lines.append(translate("report", "Promoters {p} · Passives {pa} · Detractors {d}").format(
            p=_percent(now.promoters, n), pa=_percent(now.passives, n), d=_percent(now.detractors, n)))
    else:
        lines.append(translate("report", "No survey responses from {first} to {last}.").format(
            first=data.first.isoformat(), last=data.last.isoformat()))
    previous = translate("report", "Previous period, {first} to {last}").format(
        first=data.previous_first.isoformat(), last=data.previous_last.isoformat())
    if before.responses:
        lines.append(translate("report", "{previous}: NPS {nps} from {n} responses").format(
            previous=previous, nps=_nps_text(before), n=f"{before.responses:,}"))
    else:
        lines.append(translate("report", "{previous}: no responses").format(previous=previous))
    change = format_change(data.change)
    if change:
        lines.append(translate("report", "Change against the previous period: {change} points").format(
            change=change))
    text = "\n".join(lines)

    pad = flow.mm(3)
    left = flow.mm(52)
    body = flow.font(9.5)
    big = flow.font(26, bold=True)
    caption = flow.font(9, bold=True)
    flow.note(_nps_text(now), translate("report", "NPS (95 % margin)"))
    text_height = flow.text_height(text, body, flow.width - left - 2 * pad)
    height = max(text_height, flow.mm(18)) + 2 * pad
    rule = flow.pt(0.8)

    def draw(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(INK, rule))
        painter.drawRect(rect)
        inner = rect.adjusted(pad, pad, -pad, -pad)
        painter.setFont(caption)
        painter.setPen(MUTED)
        painter.drawText(QRectF(inner.left(), inner.top(), left - pad, flow.mm(5)),
                         int(Qt.AlignmentFlag.AlignLeft), translate("report", "NPS (95 % margin)"))
        painter.setFont(big)
        painter.setPen(INK)
        painter.drawText(QRectF(inner.left(), inner.top() + flow.mm(5), left - pad, inner.height() - flow.mm(5)),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), _nps_text(now))
        painter.setPen(QPen(RULE, rule / 2))
        x = rect.left() + left
        painter.drawLine(QPointF(x, inner.top()), QPointF(x, inner.bottom()))
        painter.setFont(body)
        painter.setPen(INK)
        painter.drawText(QRectF(x + pad, inner.top(), inner.right() - x - pad, inner.height()),
                         int(WRAP | Qt.AlignmentFlag.AlignVCenter), text)

    flow.place(height, draw)
    flow.gap(2)


def trend(flow: Flow, data: ReportData, chart: QSvgRenderer | None) -> None:
    height = flow.mm(CHART_HEIGHT_MM)
    if data.trend:
        span = translate("report", "{first} to {last}").format(first=data.trend[0].period, last=data.trend[-1].period)
    else:
        span = ""
    heading(flow, translate("report", "NPS by month, {span}").format(span=span), keep_with_mm=CHART_HEIGHT_MM)

    def draw(painter: QPainter, rect: QRectF) -> None:
        if chart is not None:
            chart.render(painter, rect)

    flow.place(height, draw)
    flow.text(translate("report", "Gray band: the 95 % margin of error. Dashed line: the NPS of the three "
                                  "months ending at each month. Gaps: months without responses."),
              flow.font(7.5), colour=MUTED)


def grid(flow: Flow, data: ReportData) -> None:
    heading(flow, translate("report", "The six segments"), keep_with_mm=70)
    flow.text(translate("report", "Across: the customer's latest answer. Down: profit from accepted jobs "
                                  "against the profit line of {line}. As of {day}.").format(
        line=money(data, data.profit_line_cents), day=data.today.isoformat()),
        flow.font(8.5), colour=MUTED, after=2)
    pad = flow.mm(2)
    widths = [0.19 * flow.width] + [0.27 * flow.width] * 3
    fonts = {"name": flow.font(10, bold=True), "body": flow.font(8.5), "action": flow.font(8.5, bold=True),
             "hint": flow.font(7.5)}

    def cell_parts(segment: Segment) -> list[tuple[str, str]]:
        cell = data.cell(segment)
        action = recommended_action(segment)
        share = f"{round(100 * cell.share)} %" if cell.share is not None else "—"
        return [
            ("name", labels.segment_name(segment)),
            ("body", translate("report", "{n} customers · {share}").format(n=f"{cell.customers:,}", share=share)),
            ("body", translate("report", "Profit {amount}").format(amount=money(data, cell.profit_cents))),
            ("action", labels.action_name(action)),
            ("hint", labels.action_hint(action)),
        ]

    def parts_height(parts: list[tuple[str, str]], width: float) -> float:
        return sum(flow.text_height(text, fonts[kind], width - 2 * pad) for kind, text in parts)

    header = [""] + [
        translate("report", "{name} ({low}–{high})").format(
            name=labels.nps_class_name(cls.value), low=CLASS_RANGES[cls][0], high=CLASS_RANGES[cls][1])
        for cls in (NpsClass.PROMOTER, NpsClass.PASSIVE, NpsClass.DETRACTOR)
    ]
    header_height = max(flow.text_height(t, fonts["action"], w - 2 * pad) for t, w in zip(header, widths)) + 2 * pad
    amount = money(data, data.profit_line_cents)
    rows = []
    for profitable, segments in GRID_ROWS:
        side = (translate("report", "+ {name}\n≥ {amount}") if profitable else
                translate("report", "− {name}\n< {amount}")).format(
            name=labels.profit_class_name(profitable), amount=amount)
        parts = [cell_parts(s) for s in segments]
        height = max([parts_height(p, widths[1]) for p in parts]
                     + [flow.text_height(side, fonts["action"], widths[0] - 2 * pad)]) + 2 * pad
        rows.append((profitable, side, parts, height))
    thick = flow.pt(0.9)

    def draw_header(painter: QPainter, rect: QRectF) -> None:
        painter.setFont(fonts["action"])
        painter.setPen(INK)
        x = rect.left()
        for text, width in zip(header, widths):
            painter.drawText(QRectF(x + pad, rect.top() + pad, width - 2 * pad, rect.height() - 2 * pad),
                             int(WRAP | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), text)
            x += width

    def grid_row(profitable: bool, side: str, parts: list[list[tuple[str, str]]]) -> Callable[[QPainter, QRectF], None]:
        def draw(painter: QPainter, rect: QRectF) -> None:
            # Grayscale tells the rows apart: profitable cells have a solid frame, the others a dashed one.
            pen = QPen(INK, thick, Qt.PenStyle.SolidLine if profitable else Qt.PenStyle.DashLine)
            side_rect = QRectF(rect.left(), rect.top(), widths[0], rect.height())
            painter.fillRect(side_rect.adjusted(0, 0, -pad, 0), HEADER_FILL)
            painter.setFont(fonts["action"])
            painter.setPen(INK)
            painter.drawText(side_rect.adjusted(pad, pad, -2 * pad, -pad),
                             int(WRAP | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), side)
            x = rect.left() + widths[0]
            for cell_parts_ in parts:
                box = QRectF(x, rect.top(), widths[1], rect.height()).adjusted(0, pad / 2, -pad, -pad / 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(box)
                y = box.top() + pad / 2
                for kind, text in cell_parts_:
                    h = flow.text_height(text, fonts[kind], box.width() - 2 * pad)
                    painter.setFont(fonts[kind])
                    painter.setPen(MUTED if kind == "hint" else INK)
                    painter.drawText(QRectF(box.left() + pad, y, box.width() - 2 * pad, h),
                                     int(WRAP | Qt.AlignmentFlag.AlignLeft), text)
                    y += h
                x += widths[1]
        return draw

    flow.ensure(header_height + sum(r[3] for r in rows))
    flow.place(header_height, draw_header)
    for profitable, side, parts, height in rows:
        flow.place(height + pad, grid_row(profitable, side, parts))
    unrated = data.cell(Segment.UNRATED)
    share = f"{round(100 * unrated.share)} %" if unrated.share is not None else "—"
    flow.gap(1.5)
    flow.text(translate("report", "{name}: {n} customers ({share}) have never answered. {action}: {hint}").format(
        name=labels.segment_name(Segment.UNRATED), n=f"{unrated.customers:,}", share=share,
        action=labels.action_name(recommended_action(Segment.UNRATED)),
        hint=labels.action_hint(recommended_action(Segment.UNRATED))), flow.font(8.5))
    flow.text(translate("report", "{n} customers in all.").format(n=f"{data.total_customers:,}"), flow.font(8.5))


def referrers(flow: Flow, data: ReportData) -> None:
    heading(flow, translate("report", "Top referrers"))
    flow.text(translate("report", "Customers whose referrals brought the most profit: good customers "
                                  "bringing good customers."), flow.font(8.5), colour=MUTED)
    if not data.referrers:
        flow.text(translate("report", "No referrals recorded yet."), flow.font(9))
        return
    columns = [
        Column(translate("report", "Customer"), 0.46),
        Column(translate("report", "Customers referred"), 0.24, RIGHT),
        Column(translate("report", "Their profit ({currency})").format(currency=data.currency), 0.30, RIGHT),
    ]
    rows = [Row([r.name, f"{r.referred:,}", whole(r.profit_cents)]) for r in data.referrers]
    flow.table(columns, rows, continued=translate("report", "Top referrers (continued)"))


def complaints(flow: Flow, data: ReportData) -> None:
    heading(flow, translate("report", "Open complaints"))
    if not data.open_complaints:
        flow.text(translate("report", "No open complaints."), flow.font(9))
        return
    flow.text(translate("report", "{open} open, {overdue} of them overdue (past their due date).").format(
        open=data.open_complaints, overdue=data.overdue_complaints), flow.font(9))
    columns = [
        Column(translate("report", "Customer"), 0.18),
        Column(translate("report", "Category"), 0.20),
        Column(translate("report", "Due"), 0.12),
        Column(translate("report", "Overdue"), 0.10),
        Column(translate("report", "Owner"), 0.13),
        Column(translate("report", "Summary"), 0.27),
    ]
    rows = []
    for c in data.complaints:
        late = (data.today - c.due).days
        overdue = translate("report", "{days} days").format(days=late) if c.overdue else ""
        category = f"{category_name(c.category)} · {severity_name(c.severity)}"
        rows.append(Row([c.customer, category, c.due.isoformat(), overdue, c.owner or "—", c.summary],
                        strong=(2, 3) if c.overdue else ()))
    flow.table(columns, rows, continued=translate("report", "Open complaints (continued)"))
    if len(data.complaints) < data.open_complaints:
        flow.text(translate("report", "The {n} with the earliest due dates are listed.").format(
            n=len(data.complaints)), flow.font(8), colour=MUTED)


def decisions(flow: Flow, data: ReportData) -> None:
    summary = data.decisions
    if summary is None:
        return
    heading(flow, translate("report", "Decision journal"))
    flow.text(translate("report", "Inquiries decided with the decline wizard, {period}.").format(period=period_text(data)),
              flow.font(8.5), colour=MUTED)
    columns = [Column(translate("report", "Decisions"), 0.8), Column(translate("report", "Inquiries"), 0.2, RIGHT)]
    rows = [
        Row([labels.decision_name("accept"), str(summary.accepted)]),
        Row([labels.decision_name("decline"), str(summary.declined)]),
        Row([translate("report", "Against the recommendation"), str(summary.against_recommendation)]),
        Row([translate("report", "Reviewed since: was it worth it?"), str(summary.reviewed)]),
    ]
    flow.table(columns, rows, keep_rows=len(rows))


def cell_lists(flow: Flow, data: ReportData) -> None:
    flow.new_page()
    flow.text(translate("report", "Customers by segment"), flow.font(15, bold=True), after=1)
    flow.text(translate("report", "Each segment's customers, most profitable first, with what to do next: an "
                                  "open complaint comes first; \"Get in touch\" means nobody has been in touch "
                                  "for over {days} days.").format(days=CHECK_IN_DAYS),
              flow.font(8.5), colour=MUTED, after=1)
    columns = [
        Column(translate("report", "Customer"), 0.25),
        Column(translate("report", "Latest score"), 0.10, RIGHT),
        Column(translate("report", "Answered on"), 0.12),
        Column(translate("report", "Profit ({currency})").format(currency=data.currency), 0.15, RIGHT),
        Column(translate("report", "Last contacted"), 0.13),
        Column(translate("report", "Next action"), 0.25),
    ]
    for cell in data.cells:
        name = labels.segment_name(cell.segment)
        action = labels.action_name(recommended_action(cell.segment))
        heading(flow, translate("report", "{segment}: {action} ({n} customers)").format(
            segment=name, action=action, n=f"{cell.total:,}"), keep_with_mm=25)
        if not cell.customers:
            flow.text(translate("report", "No customers in this segment."), flow.font(9))
            continue
        rows = [
            Row([c.name, "—" if c.latest_score is None else str(c.latest_score),
                 c.latest_date.isoformat() if c.latest_date else "—", whole(c.profit_cents),
                 c.last_contacted.isoformat() if c.last_contacted else translate("report", "never"),
                 next_action_name(c.next_action)])
            for c in cell.customers
        ]
        flow.table(columns, rows, continued=translate("report", "{segment} (continued)").format(segment=name))
        if cell.left_out:
            flow.text(translate("report", "The {shown} most profitable are listed; {more} more are in the "
                                          "customer list.").format(shown=f"{len(cell.customers):,}",
                                                                   more=f"{cell.left_out:,}"),
                      flow.font(8), colour=MUTED)
