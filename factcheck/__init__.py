"""factcheck: a fact-checking rules engine for news articles."""

__version__ = "0.1.0"
