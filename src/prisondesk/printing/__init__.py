"""PDF documents with reportlab: passes, receipts, statements. Fonts with Cyrillic embedded."""
