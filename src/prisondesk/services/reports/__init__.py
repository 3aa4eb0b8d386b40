"""Reports that read across modules (compliance with the Mandela Rules today); above every
module, so a report may read any of them and no module depends on a report."""
