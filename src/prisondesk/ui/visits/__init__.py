"""Visits screens: the gate desk (more to come: registry, bookings, calendar)."""
