"""The Qt front end: widgets, table models and dialogs. Talks to services only."""
