"""The shared core every module stands on: who is calling (actor) and what they may do,
errors and field checks, the audit trail, users and passwords, the facility and its
"today", this workstation's settings, the facilities of the central server, photos, and
the hooks through which intake tells the modules above it that a prisoner left.

Nothing here imports a module (intake, visits, ...); import-linter holds that."""
