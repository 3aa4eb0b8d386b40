"""Visits' printed documents: visit passes (80 mm receipt and A6) and the daily gate log."""
