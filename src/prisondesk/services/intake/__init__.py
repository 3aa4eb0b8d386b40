"""Intake and registry (DOMAIN.md, Intake): admissions as the Mandela Rules ask, the
prisoner's file, movements and release, search, the registry list, photos, and the import
and export of registers. Every other module builds on intake; intake imports none of them."""
