"""Dates and periods: templates of each language's date grammar, scanned, then joined."""
