from __future__ import annotations

from prisondesk.services import demo
from prisondesk.services.core import users
from prisondesk.ui.intake.prisoner_file import PrisonerFile
from prisondesk.ui.operations import Operations
from prisondesk.ui.reports.compliance_page import CompliancePage


def test_supervisor_sees_files_to_complete_and_opens_one(qtbot, db, monkeypatch):
    from datetime import timedelta

    from prisondesk.services.reports import compliance

    demo.fill_demo(db, prisoners=120, seed=5)  # leaves a few drafts
    later = compliance.utc_now() + timedelta(days=2)
    monkeypatch.setattr(compliance, "utc_now", lambda: later)
    supervisor = users.authenticate(db, "supervisor", demo.DEMO_PASSWORD)
    ops = Operations()
    page = CompliancePage(db, ops, supervisor)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() > 0)
    missing = {page.table.item(r, 3).text() for r in range(page.table.rowCount())}
    assert missing == {"admission left as a draft"}
    assert page.count.text() == f"Files to complete: {page.table.rowCount()}"
    page.open_file(0)
    qtbot.waitUntil(lambda: bool(page.findChildren(PrisonerFile)))
    assert page.findChildren(PrisonerFile)[0].view.number == page.gaps[0].number
    ops.wait()


def test_medical_notices_list_injuries_flagged_for_the_medical_service(qtbot, db):
    demo.fill_demo(db, prisoners=150, seed=5)  # about one in ten has an injury noted
    supervisor = users.authenticate(db, "supervisor", demo.DEMO_PASSWORD)
    ops = Operations()
    page = CompliancePage(db, ops, supervisor)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.notices.rowCount() > 0)
    complaints = [n for n in page.medical if n.ill_treatment_complaint]
    row = page.medical.index(complaints[0])
    assert page.notices.item(row, 3).text().startswith("Complains of ill-treatment:")
    ops.wait()


def test_the_page_names_its_tabs(qtbot, db, admin):
    ops = Operations()
    page = CompliancePage(db, ops, admin)
    qtbot.addWidget(page)
    assert [page.tabs.tabText(i) for i in range(2)] == ["Files to complete", "Medical notices"]
    assert page.notices.horizontalHeaderItem(3).text() == "Description"
    ops.wait()
