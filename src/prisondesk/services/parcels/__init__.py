"""Parcels: receipt at the gate, inspection and confiscation, quotas, handover or return, and
the chain of custody read from each parcel's events (issue 16; DOMAIN.md, Parcels)."""
