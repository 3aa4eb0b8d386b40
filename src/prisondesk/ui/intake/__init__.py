"""Intake and the prisoner registry."""
