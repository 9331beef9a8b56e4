"""Normalization: turn stated values into comparable intervals and codes."""
