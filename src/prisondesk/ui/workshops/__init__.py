"""Workshops screens: today's sessions, the register, pay periods, the file's tab."""
