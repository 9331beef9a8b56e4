"""Recognize dates, amounts, counts and country lists in articles and draft claim files."""
