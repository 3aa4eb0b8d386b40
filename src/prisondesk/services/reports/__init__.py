"""Reports that read across modules (compliance with the Mandela Rules today); above every
module, so a report may read any of them and no module depends on a report."""

from prisondesk.services.reports import (
    gate_log,  # noqa: F401  (registers its report)
    parcels,  # noqa: F401  (registers its reports)
    population,  # noqa: F401  (registers its report)
    visits,  # noqa: F401  (registers its report)
)
