"""Parcels screens: the desk at the gate, receipt and inspection, the daily log, confiscations."""
