"""Extractors: pure functions Document -> tuple of typed facts (quantities, dates, quotes, people)."""
