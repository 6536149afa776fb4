"""Extractors: pure functions Document -> typed facts (quantities, dates, quotes, people)."""
