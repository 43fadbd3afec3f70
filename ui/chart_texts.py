"""The NPS chart's words in the interface language, shared by the NPS section and the report."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.charts import ChartLabels

# Called by this name (not through a helper) so that lupdate finds the strings.
translate = QCoreApplication.translate


def chart_labels(title: str = "") -> ChartLabels:
    return ChartLabels(
        nps=translate("charts", "NPS"),
        band=translate("charts", "95 % margin of error"),
        rolling=translate("charts", "Rolling 3 months"),
        responses=translate("charts", "Responses"),
        promoters=translate("charts", "Promoters (9–10)"),
        passives=translate("charts", "Passives (7–8)"),
        detractors=translate("charts", "Detractors (0–6)"),
        no_data=translate("charts", "No survey responses in this range"),
        title=title,
    )
