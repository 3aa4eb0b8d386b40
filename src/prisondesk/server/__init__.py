"""The central server: FastAPI over the same models (SYNC.md)."""
