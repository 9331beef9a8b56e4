"""factcheck: cross-verify factual claims across news sources and flag discrepancies."""

__version__ = "0.1.0"
