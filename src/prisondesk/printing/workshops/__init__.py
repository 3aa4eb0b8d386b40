"""The workshops' papers: the deposit statement, the card handover, the certificate."""
