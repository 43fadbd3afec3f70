"""NPS narrowed to a designer or a kind of job: a response counts for the project it is about."""
from __future__ import annotations

import peewee
import pytest

from crm_desktop import figures
from crm_desktop.nps import Bucket, NpsCounts
from tests.report_studio import FIRST, LAST, ReportStudio, fill_report_studio


@pytest.fixture
def studio(db: peewee.Database) -> ReportStudio:
    return fill_report_studio()


def test_designer_filter(studio: ReportStudio) -> None:
    lin, zhou = studio.designers
    # Lin: 王芳 10, 李四 8, 张伟 3, Dan 5. Zhou: Alice 9, Bob 7, Bob's check-in 9 (no project), Carol 2, 陈静 10 + 9.
    assert figures.nps_over(FIRST, LAST, designer_id=lin) == NpsCounts(1, 1, 2)
    assert figures.nps_over(FIRST, LAST, designer_id=zhou) == NpsCounts(4, 1, 1)
    assert figures.nps_over(FIRST, LAST) == NpsCounts(5, 2, 3)


def test_kind_filter_and_both_together(studio: ReportStudio) -> None:
    _lin, zhou = studio.designers
    assert figures.nps_over(FIRST, LAST, project_kind="kitchen") == NpsCounts(3, 1, 1)
    assert figures.nps_over(FIRST, LAST, designer_id=zhou, project_kind="kitchen") == NpsCounts(2, 0, 0)
    assert figures.nps_over(FIRST, LAST, project_kind="no such kind") == NpsCounts()


def test_filtered_trend_sums_to_the_filtered_total(studio: ReportStudio) -> None:
    lin, _ = studio.designers
    points = figures.nps_trend(Bucket.MONTH, FIRST, LAST, designer_id=lin)
    total = sum((p.counts for p in points), NpsCounts())
    assert total == figures.nps_over(FIRST, LAST, designer_id=lin)
    assert len(points) == 12
