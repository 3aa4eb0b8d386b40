"""Sync screens: what supervisors review after syncs."""
