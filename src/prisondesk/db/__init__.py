"""SQLAlchemy models, the engine and session factory, change capture and migrations."""
