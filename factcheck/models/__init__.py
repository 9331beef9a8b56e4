"""Pydantic models: what the files say (claims, case) and what the tool reports."""
