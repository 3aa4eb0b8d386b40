"""Reports on paper (issue 19): any report's title, range and facilities, its charts drawn by
reportlab's own chart widgets, its table page after page and its notes."""
