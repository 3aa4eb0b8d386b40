"""Intake's printed documents: the prisoner ID card and the property receipt."""
