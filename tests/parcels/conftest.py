"""Parcel fixtures: the gate officer who receives, inspects and hands over."""

from __future__ import annotations

import pytest


@pytest.fixture
def gate(staff):
    return staff("gate1", "gate_officer", "Осмонов Улан")
