"""Printed parcel documents."""
