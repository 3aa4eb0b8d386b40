"""Sync as the desks use it (enrolment, rounds, status, when to try again) and what
supervisors review after syncs. Screens reach ``prisondesk.sync`` only through here."""
