"""Risk and needs assessment: the instruments installed with the program, assessments made
with them, their approval, and the needs they put into a rehabilitation plan (issue 18;
DOMAIN.md, Risk and needs assessment)."""
