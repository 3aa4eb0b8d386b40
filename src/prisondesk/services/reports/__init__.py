"""The reports of every module and across them (the Mandela Rules compliance report); above
every module, so a report may read any of them and no module depends on a report. Each
module here registers its reports in ``report.REPORTS`` when imported."""

from prisondesk.services.reports import (
    assessments_due,  # noqa: F401  (registers its report)
    compliance_report,  # noqa: F401  (registers its report)
    gate_log,  # noqa: F401  (registers its report)
    parcels,  # noqa: F401  (registers its reports)
    population,  # noqa: F401  (registers its report)
    visits,  # noqa: F401  (registers its report)
    workshops,  # noqa: F401  (registers its reports)
)
