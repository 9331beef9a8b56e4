"""Topics: which claims speak about the same thing, and over which period."""
