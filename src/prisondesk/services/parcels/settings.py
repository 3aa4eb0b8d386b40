"""The facility's parcel settings: content categories, prohibited items and quotas per regime.
Each is one facility setting (one record: desks that edit it apart merge by its clock), read
with labelled example defaults until the facility sets its own."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from prisondesk.db.engine import Database
from prisondesk.db.models import FacilitySetting
from prisondesk.domain.parcels import (
    EXAMPLE_CATEGORIES,
    EXAMPLE_PROHIBITED,
    EXAMPLE_QUOTAS,
    MAX_WEIGHT_GRAMS,
    Quota,
)
from prisondesk.domain.roles import Permission
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import audit
from prisondesk.services.core.actor import Actor, verify_actor, verify_any
from prisondesk.services.core.errors import ValidationError
from prisondesk.services.core.validate import required_text

CATEGORIES_KEY = "parcel_categories"
PROHIBITED_KEY = "parcel_prohibited_items"
QUOTAS_KEY = "parcel_quotas"


@dataclass(frozen=True)
class Prohibited:
    name: str
    medical: bool = False  # goes to the medical service, not into the confiscation store
    incident: bool = False  # its confiscation needs an incident note


@dataclass(frozen=True)
class ParcelSettings:
    categories: tuple[str, ...]
    prohibited: tuple[Prohibited, ...]
    quotas: dict[str, Quota]
    examples: bool  # some of them are still the shipped examples


def _stored(session: Session, facility_id: str | None, key: str) -> object | None:
    return session.scalar(
        select(FacilitySetting.value).where(
            FacilitySetting.facility_id == facility_id,
            FacilitySetting.key == key,
            ~FacilitySetting.deleted,
        )
    )


def settings_in(session: Session, facility_id: str | None) -> ParcelSettings:
    categories = _stored(session, facility_id, CATEGORIES_KEY)
    prohibited = _stored(session, facility_id, PROHIBITED_KEY)
    quotas = _stored(session, facility_id, QUOTAS_KEY)
    return ParcelSettings(
        categories=tuple(categories) if isinstance(categories, list) else EXAMPLE_CATEGORIES,
        prohibited=tuple(Prohibited(**p) for p in prohibited)
        if isinstance(prohibited, list)
        else tuple(Prohibited(p.name, p.medical, p.incident) for p in EXAMPLE_PROHIBITED),
        quotas={r: Quota(**q) for r, q in quotas.items()}
        if isinstance(quotas, dict)
        else dict(EXAMPLE_QUOTAS),
        examples=not all(isinstance(v, list | dict) for v in (categories, prohibited, quotas)),
    )


def parcel_settings(db: Database, actor: Actor) -> ParcelSettings:
    with db.read() as session:
        verify_any(session, actor, Permission.GATE_PARCELS, Permission.CONFIGURE_FACILITY)
        return settings_in(session, actor.facility_id)


def save_parcel_settings(db: Database, actor: Actor, settings: ParcelSettings) -> ParcelSettings:
    """The facility's own lists and quotas (its administrators, as the other settings)."""
    categories = _names(settings.categories, "categories")
    prohibited = _names([p.name for p in settings.prohibited], "prohibited")
    for regime, quota in settings.quotas.items():
        if not (0 <= quota.count <= 100 and 0 <= quota.weight_grams <= 10 * MAX_WEIGHT_GRAMS):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A quota is 0 to 100 parcels and 0 to 500 kg a month ({regime})."
                ),
                field="quotas",
                regime=regime,
            )
    values = {
        CATEGORIES_KEY: categories,
        PROHIBITED_KEY: [
            {**asdict(p), "name": name}
            for p, name in zip(settings.prohibited, prohibited, strict=True)
        ],
        QUOTAS_KEY: {regime: asdict(q) for regime, q in settings.quotas.items()},
    }
    with db.write(actor.user_id) as session:
        verify_actor(session, actor, Permission.CONFIGURE_FACILITY)
        for key, value in values.items():
            row = session.scalar(
                select(FacilitySetting).where(
                    FacilitySetting.facility_id == actor.facility_id, FacilitySetting.key == key
                )
            )
            if row is None:
                session.add(FacilitySetting(facility_id=actor.facility_id, key=key, value=value))
            else:
                row.value, row.deleted = value, False
        session.flush()
        audit.record(session, db, actor, "update", "parcel_settings", None, after=values)
        return settings_in(session, actor.facility_id)


def _names(names: list[str] | tuple[str, ...], field: str) -> list[str]:
    cleaned = [required_text(name, field, 100) for name in names]
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The list cannot be empty."), field=field)
    if len({name.casefold() for name in cleaned}) != len(cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A name appears twice in the list."), field=field
        )
    return cleaned
