"""Visits (DOMAIN.md, Visits): the visitor registry and its search, approved lists and
restrictions, the schedule, bookings with their refusals, printed passes, the calendar,
and the gate desk with its daily log. Built on intake; independent of the other modules."""
