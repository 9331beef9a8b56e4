"""Derived data kept in the user's cache folder between runs: whole files or none, read back
only when what they were derived from is unchanged."""
