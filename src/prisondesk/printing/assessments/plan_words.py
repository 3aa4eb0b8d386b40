"""The printed plan's own words, for the prisoner: each kind of action said plainly, with what
the prisoner can do about it themselves, how an action is going, the table's headers and the
few lines that say what the plan is for. Plain, warm and short: the staff's labels
(``PLAN_ACTION_LABELS``, ``ACTION_STATUS_LABELS``) are for the screens."""

from __future__ import annotations

from prisondesk.domain.assessments import ActionStatus
from prisondesk.domain.instruments import PlanAction
from prisondesk.domain.text import QT_TRANSLATE_NOOP

ACTION_WORDS = {
    PlanAction.WORKSHOP_PLACE: QT_TRANSLATE_NOOP(
        "printing", "Work in a workshop and learn a trade"
    ),
    PlanAction.EDUCATION: QT_TRANSLATE_NOOP("printing", "Study: school lessons or a course"),
    PlanAction.PSYCHOLOGIST: QT_TRANSLATE_NOOP("printing", "Talk with a psychologist"),
    PlanAction.FAMILY_CONTACT: QT_TRANSLATE_NOOP(
        "printing", "Keep in touch with your family: letters, calls and visits"
    ),
    PlanAction.SUBSTANCE_PROGRAMME: QT_TRANSLATE_NOOP(
        "printing", "Get help to stay away from alcohol and drugs"
    ),
    PlanAction.RELEASE_PREPARATION: QT_TRANSLATE_NOOP(
        "printing", "Get ready for release: documents, a place to live, work"
    ),
}
YOU_CAN = {
    PlanAction.WORKSHOP_PLACE: QT_TRANSLATE_NOOP(
        "printing",
        "Come to work on time. Ask the instructor to show you what you do not know yet.",
    ),
    PlanAction.EDUCATION: QT_TRANSLATE_NOOP(
        "printing", "Go to every lesson. Ask the teacher when something is not clear."
    ),
    PlanAction.PSYCHOLOGIST: QT_TRANSLATE_NOOP(
        "printing", "Come to the meetings and talk about what is on your mind."
    ),
    PlanAction.FAMILY_CONTACT: QT_TRANSLATE_NOOP(
        "printing", "Write to your family or call them. Tell us who you would like to visit you."
    ),
    PlanAction.SUBSTANCE_PROGRAMME: QT_TRANSLATE_NOOP(
        "printing", "Come to the group or to the psychologist. Ask for help when it is hard."
    ),
    PlanAction.RELEASE_PREPARATION: QT_TRANSLATE_NOOP(
        "printing", "Tell us early which documents you have and where you want to live."
    ),
}
STATUS_WORDS = {
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("printing", "Not started yet"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("printing", "Started"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("printing", "Done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("printing", "Cancelled"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("printing", "What we will do together"),
    QT_TRANSLATE_NOOP("printing", "What you can do"),
    QT_TRANSLATE_NOOP("printing", "Who helps you"),
    QT_TRANSLATE_NOOP("printing", "By when"),
    QT_TRANSLATE_NOOP("printing", "How it is going"),
)
INTRO = QT_TRANSLATE_NOOP(
    "printing",
    "This is your plan: what we will do together while you are here, so that you are ready "
    "for life after release. Keep this paper. If something is not clear, ask the person who "
    "helps you.",
)
