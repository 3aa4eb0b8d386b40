"""Workshops: training and work, the waiting list and allocations, attendance and pay."""
