"""The pages of the admission wizard, one section of the Mandela Rules file each."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
)

from prisondesk.domain.clock import from_local, local, zone
from prisondesk.domain.ids import created_at
from prisondesk.domain.sentence import Term
from prisondesk.domain.text import QT_TRANSLATE_NOOP
from prisondesk.services.core import facility
from prisondesk.services.core.actor import Actor
from prisondesk.services.core.facility import WingInfo
from prisondesk.services.intake import admissions, photos
from prisondesk.services.intake.admissions import (
    CONTACT_ABSENCES,
    AdmissionView,
    ContactEntry,
    Identity,
    InjuryNote,
    LegalBasis,
    NoContact,
    Placement,
    PropertyEntry,
)
from prisondesk.services.store import Store
from prisondesk.ui.date_field import DateField, about_thirty_years_ago
from prisondesk.ui.errors import translate
from prisondesk.ui.i18n import short_date
from prisondesk.ui.intake.rows_table import Column, RowsTable
from prisondesk.ui.intake.wizard_page import AdmissionPage, SaveCall
from prisondesk.ui.operations import Operations
from prisondesk.ui.widgets import date_time_edit, label, line_edit

LANGUAGES = {
    "ky": QT_TRANSLATE_NOOP("languages", "Kyrgyz"),
    "ru": QT_TRANSLATE_NOOP("languages", "Russian"),
    "uz": QT_TRANSLATE_NOOP("languages", "Uzbek"),
    "tg": QT_TRANSLATE_NOOP("languages", "Tajik"),
    "kk": QT_TRANSLATE_NOOP("languages", "Kazakh"),
    "ug": QT_TRANSLATE_NOOP("languages", "Uyghur"),
    "dng": QT_TRANSLATE_NOOP("languages", "Dungan"),
    "en": QT_TRANSLATE_NOOP("languages", "English"),
}


def language_name(code: str) -> str:
    """A language by its name in the interface's language (a code the program does not know,
    as it was typed)."""
    return translate("languages", LANGUAGES.get(code, code))


# the languages every facility works in (the state and the official language): offered
# for explaining the rules when no language the prisoner understands was ticked
FACILITY_LANGUAGES = ("ky", "ru")
SEXES = {
    "male": QT_TRANSLATE_NOOP("intake", "Male"),
    "female": QT_TRANSLATE_NOOP("intake", "Female"),
}
CUSTODY = {
    "convicted": QT_TRANSLATE_NOOP("intake", "Convicted"),
    "remand": QT_TRANSLATE_NOOP("intake", "On remand"),
}
REGIMES = {
    "general": QT_TRANSLATE_NOOP("intake", "General"),
    "strict": QT_TRANSLATE_NOOP("intake", "Strict"),
    "special": QT_TRANSLATE_NOOP("intake", "Special"),
    "settlement": QT_TRANSLATE_NOOP("intake", "Colony-settlement"),
    "remand": QT_TRANSLATE_NOOP("intake", "Remand (SIZO)"),
}


def _combo(options: dict[str, str], context: str = "intake") -> QComboBox:
    box = QComboBox()
    box.addItem("", "")
    for code, text in options.items():
        box.addItem(translate(context, text), code)
    return box


def _select(box: QComboBox, code: str) -> None:
    box.setCurrentIndex(max(0, box.findData(code)))


class IdentityPage(AdmissionPage):
    def __init__(self, store: Store, actor: Actor) -> None:
        super().__init__()
        self.store, self.actor = store, actor
        self.surname = line_edit("surname", 100)
        self.given_name = line_edit("given_name", 100)
        self.patronymic = line_edit("patronymic", 100)
        self.date_of_birth = DateField("date_of_birth", near=about_thirty_years_ago)
        self.sex = _combo(SEXES)
        self.gender_identity = line_edit("gender_identity", 100)
        self.citizenship = line_edit("citizenship", 100)
        self.pin = line_edit("pin", 14)
        self.document_type = line_edit("document_type", 50)
        self.document_number = line_edit("document_number", 50)
        self.languages = QListWidget()
        self.languages.setMaximumHeight(150)
        for code, text in LANGUAGES.items():
            item = QListWidgetItem(translate("languages", text))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.languages.addItem(item)
        for title, widget, field in [
            (QT_TRANSLATE_NOOP("IdentityPage", "&Surname"), self.surname, "surname"),
            (QT_TRANSLATE_NOOP("IdentityPage", "&Given name"), self.given_name, "given_name"),
            (QT_TRANSLATE_NOOP("IdentityPage", "&Patronymic"), self.patronymic, "patronymic"),
            (
                QT_TRANSLATE_NOOP("IdentityPage", "&Date of birth"),
                self.date_of_birth,
                "date_of_birth",
            ),
            (QT_TRANSLATE_NOOP("IdentityPage", "Se&x"), self.sex, "sex"),
            (
                QT_TRANSLATE_NOOP("IdentityPage", "Gender identity (as the person states it)"),
                self.gender_identity,
                "gender_identity",
            ),
            (QT_TRANSLATE_NOOP("IdentityPage", "Citizenship"), self.citizenship, "citizenship"),
            (QT_TRANSLATE_NOOP("IdentityPage", "PIN (14 digits)"), self.pin, "pin"),
            (
                QT_TRANSLATE_NOOP("IdentityPage", "Identity document"),
                self.document_type,
                "document_type",
            ),
            (
                QT_TRANSLATE_NOOP("IdentityPage", "Document number"),
                self.document_number,
                "document_number",
            ),
            (
                QT_TRANSLATE_NOOP("IdentityPage", "Languages understood"),
                self.languages,
                "languages",
            ),
        ]:
            self.add_field(title, widget, field)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        for row in range(self.languages.count()):  # languages by name, in the language shown
            item = self.languages.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setText(language_name(code))
        self.setTitle(self.tr("Identity"))
        self.setSubTitle(
            self.tr(
                "As in the identity document. Names may be typed in Cyrillic "
                "or Latin, but each word in one alphabet."
            )
        )

    def identity(self) -> Identity:
        languages = tuple(
            self.languages.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.languages.count())
            if self.languages.item(i).checkState() == Qt.CheckState.Checked
        )
        return Identity(
            self.surname.text(),
            self.given_name.text(),
            self.patronymic.text(),
            self.date_of_birth.value(),
            self.sex.currentData(),
            self.gender_identity.text(),
            self.citizenship.text(),
            self.pin.text(),
            self.document_type.text(),
            self.document_number.text(),
            languages,
        )

    def load(self, view: AdmissionView) -> None:
        ident = view.identity
        for edit, value in [
            (self.surname, ident.surname),
            (self.given_name, ident.given_name),
            (self.patronymic, ident.patronymic),
            (self.gender_identity, ident.gender_identity),
            (self.citizenship, ident.citizenship),
            (self.pin, ident.pin),
            (self.document_type, ident.document_type),
            (self.document_number, ident.document_number),
        ]:
            edit.setText(value)
        self.date_of_birth.set_value(ident.date_of_birth)
        _select(self.sex, ident.sex)
        for i in range(self.languages.count()):
            item = self.languages.item(i)
            known = item.data(Qt.ItemDataRole.UserRole) in ident.languages
            item.setCheckState(Qt.CheckState.Checked if known else Qt.CheckState.Unchecked)

    def save_call(self, prisoner_id: str | None) -> SaveCall:
        if prisoner_id is None:
            return admissions.start_admission, (self.store, self.actor, self.identity())
        return admissions.save_identity, (self.store, self.actor, prisoner_id, self.identity())


class LegalPage(AdmissionPage):
    def __init__(self, store: Store, actor: Actor) -> None:
        super().__init__()
        self.store, self.actor = store, actor
        self.authority = line_edit("authority", 200)
        self.decision_number = line_edit("decision_number", 100)
        self.decision_date = DateField("decision_date")
        self.articles = line_edit("articles", 300)
        self.custody_type = _combo(CUSTODY)
        self.sentence_start = DateField("sentence_start")
        self.years, self.months, self.days, self.credited = (QSpinBox() for _ in range(4))
        for box, high in (
            (self.years, 50),
            (self.months, 11),
            (self.days, 30),
            (self.credited, 20_000),
        ):
            box.setRange(0, high)
        for title, widget, field in [
            (QT_TRANSLATE_NOOP("LegalPage", "Court or authority"), self.authority, "authority"),
            (
                QT_TRANSLATE_NOOP("LegalPage", "Decision number"),
                self.decision_number,
                "decision_number",
            ),
            (QT_TRANSLATE_NOOP("LegalPage", "Decision date"), self.decision_date, "decision_date"),
            (QT_TRANSLATE_NOOP("LegalPage", "Articles / charges"), self.articles, "articles"),
            (QT_TRANSLATE_NOOP("LegalPage", "Custody"), self.custody_type, "custody_type"),
            (
                QT_TRANSLATE_NOOP("LegalPage", "Sentence start"),
                self.sentence_start,
                "sentence_start",
            ),
            (QT_TRANSLATE_NOOP("LegalPage", "Years"), self.years, "term_years"),
            (QT_TRANSLATE_NOOP("LegalPage", "Months"), self.months, "term_months"),
            (QT_TRANSLATE_NOOP("LegalPage", "Days"), self.days, "term_days"),
            (
                QT_TRANSLATE_NOOP("LegalPage", "Days credited (remand)"),
                self.credited,
                "credited_days",
            ),
        ]:
            self.add_field(title, widget, field)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("Legal basis"))
        self.setSubTitle(
            self.tr(
                "The decision that orders the detention; the release date is "
                "computed from the sentence."
            )
        )

    def load(self, view: AdmissionView) -> None:
        legal = view.legal
        self.authority.setText(legal.authority)
        self.decision_number.setText(legal.decision_number)
        self.decision_date.set_value(legal.decision_date)
        self.articles.setText(legal.articles)
        _select(self.custody_type, legal.custody_type)
        self.sentence_start.set_value(legal.sentence_start)
        self.years.setValue(legal.term.years)
        self.months.setValue(legal.term.months)
        self.days.setValue(legal.term.days)
        self.credited.setValue(legal.credited_days)
        if view.release_date:
            self.notice.setText(
                self.tr("Release date: {date}").format(date=short_date(view.release_date))
            )

    def save_call(self, prisoner_id: str | None) -> SaveCall:
        legal = LegalBasis(
            self.authority.text(),
            self.decision_number.text(),
            self.decision_date.value(),
            self.articles.text(),
            self.custody_type.currentData(),
            self.sentence_start.value(),
            Term(self.years.value(), self.months.value(), self.days.value()),
            self.credited.value(),
        )
        return admissions.save_legal, (self.store, self.actor, prisoner_id, legal)


class PlacementPage(AdmissionPage):
    def __init__(self, store: Store, actor: Actor, wings: tuple[WingInfo, ...]) -> None:
        super().__init__()
        self.store, self.actor = store, actor
        self.regime = _combo(REGIMES)
        self.wing = QComboBox()
        self.wing.addItem("", "")
        for wing in wings:
            self.wing.addItem(wing.name, wing.id)
        self.cell = line_edit("cell", 20)
        self.add_field(QT_TRANSLATE_NOOP("PlacementPage", "Regime"), self.regime, "regime")
        self.add_field(QT_TRANSLATE_NOOP("PlacementPage", "Wing"), self.wing, "wing_id")
        self.add_field(QT_TRANSLATE_NOOP("PlacementPage", "Cell"), self.cell, "cell")
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("Regime and placement"))

    def load(self, view: AdmissionView) -> None:
        _select(self.regime, view.placement.regime)
        _select(self.wing, view.placement.wing_id)
        self.cell.setText(view.placement.cell)

    def save_call(self, prisoner_id: str | None) -> SaveCall:
        placement = Placement(self.regime.currentData(), self.wing.currentData(), self.cell.text())
        return admissions.save_placement, (self.store, self.actor, prisoner_id, placement)


class InjuriesPage(AdmissionPage):
    """Rule 7(d)-8: visible injuries and complaints of prior ill-treatment, or none."""

    def __init__(self, store: Store, actor: Actor) -> None:
        super().__init__()
        self.store, self.actor = store, actor
        self.rows = RowsTable(
            [
                Column("body_part"),
                Column("description"),
                Column("ill_treatment_complaint", "check"),
                Column("notify_medical", "check"),
            ]
        )
        self.none_seen = QCheckBox()
        self.none_seen.setObjectName("noInjuries")
        self.add_field(QT_TRANSLATE_NOOP("InjuriesPage", "Injuries"), self.rows, "injuries")
        self.add_field(QT_TRANSLATE_NOOP("InjuriesPage", "Examination"), self.none_seen, None)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("Injuries and complaints"))
        self.setSubTitle(
            self.tr(
                "Note every visible injury and any complaint of prior "
                "ill-treatment; a complaint is passed to the medical service."
            )
        )
        self.rows.set_headers(
            [
                self.tr("Body part"),
                self.tr("Description"),
                self.tr("Complains of ill-treatment"),
                self.tr("Notify the medical service"),
            ],
            self.tr("Add"),
            self.tr("Remove"),
        )
        self.none_seen.setText(self.tr("Examined: no visible injuries, no complaints"))

    def load(self, view: AdmissionView) -> None:
        self.rows.clear()
        for note in view.injuries:
            self.rows.add_row(
                {
                    "body_part": note.body_part,
                    "description": note.description,
                    "ill_treatment_complaint": note.ill_treatment_complaint,
                    "notify_medical": note.notify_medical,
                },
                note.id,
            )
        self.none_seen.setChecked(view.injuries_examined and not view.injuries)

    def save_call(self, prisoner_id: str | None) -> SaveCall | None:
        notes = [
            InjuryNote(
                v["description"],
                v["body_part"],
                v["ill_treatment_complaint"],
                i,
                v["notify_medical"],
            )
            for i, v in self.rows.rows()
        ]
        if not notes and not self.none_seen.isChecked():
            return None  # the wizard asks to confirm the examination
        return admissions.record_injuries, (self.store, self.actor, prisoner_id, notes)


class PropertyPage(AdmissionPage):
    def __init__(self, store: Store, actor: Actor) -> None:
        super().__init__()
        self.store, self.actor = store, actor
        self.rows = RowsTable(
            [
                Column("item"),
                Column("quantity", "int"),
                Column("condition"),
                Column("storage_place"),
            ]
        )
        self.add_field(QT_TRANSLATE_NOOP("PropertyPage", "Items"), self.rows, "property")
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("Personal property"))
        self.setSubTitle(
            self.tr("Everything taken into storage; the prisoner signs the printed receipt.")
        )
        self.rows.set_headers(
            [self.tr("Item"), self.tr("Quantity"), self.tr("Condition"), self.tr("Stored at")],
            self.tr("Add"),
            self.tr("Remove"),
        )

    def load(self, view: AdmissionView) -> None:
        self.rows.clear()
        for entry in view.property:
            self.rows.add_row(vars(entry), entry.id)

    def save_call(self, prisoner_id: str | None) -> SaveCall:
        items = [
            PropertyEntry(v["item"], v["quantity"], v["condition"], v["storage_place"], i)
            for i, v in self.rows.rows()
        ]
        return admissions.save_property, (self.store, self.actor, prisoner_id, items)


class ContactsPage(AdmissionPage):
    """Rule 7(e): the family and next of kin, or why none is listed (none, or the prisoner
    declined to name one), with a note of what is known."""

    def __init__(self, store: Store, actor: Actor) -> None:
        super().__init__()
        self.store, self.actor = store, actor
        self.known = _combo(CONTACT_ABSENCES)  # first: the contacts are listed
        self.known.setObjectName("contactsKnown")
        self.rows = RowsTable(
            [
                Column("full_name"),
                Column("relationship"),
                Column("phone"),
                Column("address"),
                Column("next_of_kin", "check"),
            ]
        )
        self.note = line_edit("contacts_note", 500)
        self.note.setObjectName("contactsNote")
        self.add_field(QT_TRANSLATE_NOOP("ContactsPage", "Fa&mily"), self.known, None)
        self.add_field(QT_TRANSLATE_NOOP("ContactsPage", "Contacts"), self.rows, "contacts")
        self.add_field(QT_TRANSLATE_NOOP("ContactsPage", "N&ote"), self.note, "contacts_note")
        self.known.currentIndexChanged.connect(self._follow_known)
        self.retranslate()
        self._follow_known()

    def _follow_known(self) -> None:
        """Contacts are typed when the family is known; otherwise the note says what is."""
        listed = not self.known.currentData()
        self.rows.setEnabled(listed)
        self.note.setEnabled(not listed)

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("Family and next of kin"))
        self.setSubTitle(
            self.tr("Who is told of admission, transfer, serious illness or death (Rule 68).")
        )
        self.known.setItemText(0, self.tr("Contacts are listed below"))
        for index in range(1, self.known.count()):
            reason = CONTACT_ABSENCES[self.known.itemData(index)]
            self.known.setItemText(index, translate("intake", reason))
        self.note.setPlaceholderText(self.tr("What is known, in the prisoner's words"))
        self.rows.set_headers(
            [
                self.tr("Full name"),
                self.tr("Relationship"),
                self.tr("Phone"),
                self.tr("Address"),
                self.tr("Next of kin"),
            ],
            self.tr("Add"),
            self.tr("Remove"),
        )

    def load(self, view: AdmissionView) -> None:
        self.rows.clear()
        for entry in view.contacts:
            self.rows.add_row(vars(entry), entry.id)
        stated = view.no_contact
        _select(self.known, stated.reason if stated else "")
        self.note.setText(stated.note if stated else "")

    def save_call(self, prisoner_id: str | None) -> SaveCall:
        contacts = [
            ContactEntry(
                v["full_name"], v["relationship"], v["phone"], v["address"], v["next_of_kin"], i
            )
            for i, v in self.rows.rows()
        ]
        reason = self.known.currentData()
        stated = NoContact(reason, self.note.text()) if reason else None
        return admissions.save_contacts, (self.store, self.actor, prisoner_id, contacts, stated)


def finish_admission(
    store: Store, actor: Actor, prisoner_id: str, language: str, admitted_at: datetime
) -> AdmissionView:
    """The last page: the rights explained, then a draft becomes an admission (an admitted
    prisoner's file that was being corrected stays as it is)."""
    view = admissions.record_rights_explained(store, actor, prisoner_id, language)
    if view.status != "draft":
        return view
    return admissions.complete_admission(store, actor, prisoner_id, admitted_at)


class RightsPage(AdmissionPage):
    def __init__(self, store: Store, actor: Actor) -> None:
        super().__init__()
        self.store, self.actor = store, actor
        info = facility.current_facility(store)
        self.tz = zone(info.time_zone if info else None)  # the hour is the facility's
        self.language = QComboBox()
        self.explained = QCheckBox()
        self.explained.setObjectName("rightsExplained")
        self.admitted_at = date_time_edit("admittedAt", QDateTime.currentDateTime())
        self.add_field(
            QT_TRANSLATE_NOOP("RightsPage", "Language used"), self.language, "rights_language"
        )
        self.add_field(QT_TRANSLATE_NOOP("RightsPage", "Explained"), self.explained, None)
        self.add_field(
            QT_TRANSLATE_NOOP("RightsPage", "Day and hour of admission"),
            self.admitted_at,
            "admitted_at",
        )
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("Rules and rights"))
        for row in range(self.language.count()):
            code = self.language.itemData(row)
            self.language.setItemText(row, language_name(code))
        self.setSubTitle(
            self.tr(
                "The prison rules, the prisoner's rights and how to complain "
                "were explained in a language the prisoner understands."
            )
        )
        self.explained.setText(self.tr("Explained and understood"))

    def load(self, view: AdmissionView) -> None:
        # Rule 7(c): the day and hour of admission: by default when the draft was begun
        moment = view.admitted_at or created_at(view.id)
        self.admitted_at.setDateTime(QDateTime(local(moment, self.tz).replace(tzinfo=None)))
        self.admitted_at.setEnabled(view.status == "draft")
        self.explained.setChecked(view.rights_explained)
        if view.rights_language:
            _select(self.language, view.rights_language)

    def offer_languages(self, codes: tuple[str, ...]) -> None:
        """The languages the prisoner understands (step 1), or else the facility's."""
        codes = codes or FACILITY_LANGUAGES
        current = self.language.currentData()
        self.language.clear()
        for code in codes:
            self.language.addItem(language_name(code), code)
        _select(self.language, current or (codes[0] if codes else ""))

    def save_call(self, prisoner_id: str | None) -> SaveCall | None:
        if not self.explained.isChecked():
            return None
        admitted = from_local(self.admitted_at.dateTime().toPython(), self.tz)
        return finish_admission, (
            self.store,
            self.actor,
            prisoner_id,
            self.language.currentData() or "",
            admitted,
        )


class PhotoPage(AdmissionPage):
    """A photo from a file (a camera's picture, a scan): stored small as soon as it is chosen.
    Optional: the admission can be completed without it."""

    optional = True

    def __init__(self, store: Store, actor: Actor, ops: Operations) -> None:
        super().__init__()
        self.store, self.actor, self.ops = store, actor, ops
        self.prisoner_id: str | None = None
        self.preview = label("photoPreview")
        self.preview.setFixedSize(180, 240)
        self.preview.setStyleSheet("border: 1px solid #999;")
        self.choose = QPushButton()
        self.choose.setAutoDefault(False)  # Enter goes on to the next step, never to a file
        self.choose.clicked.connect(self.pick_file)
        self.add_field(QT_TRANSLATE_NOOP("PhotoPage", "Photo"), self.preview, "photo")
        self.add_field(QT_TRANSLATE_NOOP("PhotoPage", "File"), self.choose, None)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("Photo"))
        self.setSubTitle(
            self.tr(
                "Optional. JPEG, PNG or BMP up to 15 MB; it is cropped to a "
                "portrait and stored small."
            )
        )
        self.choose.setText(self.tr("Choose a &file…"))

    def load(self, view: AdmissionView) -> None:
        if view.id != self.prisoner_id:
            self.prisoner_id = view.id
            self.ops.run(
                photos.photo_of,
                self.store,
                self.actor,
                view.id,
                on_done=self.show_photo,
                on_error=self.errors.show,
            )

    def show_photo(self, jpeg: bytes | None) -> None:
        if jpeg:
            pixmap = QPixmap()
            pixmap.loadFromData(jpeg)
            self.preview.setPixmap(pixmap.scaled(self.preview.size()))

    def pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo"), "", self.tr("Images (*.jpg *.jpeg *.png *.bmp)")
        )
        if path:
            self.use_file(Path(path))

    def use_file(self, path: Path) -> None:
        self.errors.clear()
        try:
            data = path.read_bytes()
        except OSError:  # the system's own words are English and name the whole path
            self.general_error.setText(
                self.tr("The file {name} cannot be read.").format(name=path.name)
            )
            self.general_error.show()
            return
        self.ops.run(
            _store_photo,
            self.store,
            self.actor,
            self.prisoner_id,
            data,
            on_done=self.show_photo,
            on_error=self.errors.show,
        )

    def save_call(self, prisoner_id: str | None) -> None:
        return None


def _store_photo(store: Store, actor: Actor, prisoner_id: str, data: bytes) -> bytes | None:
    photos.set_photo(store, actor, prisoner_id, data)
    return photos.photo_of(store, actor, prisoner_id)
