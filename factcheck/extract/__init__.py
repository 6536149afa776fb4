"""Typed facts found in a Document: quantities, dates, quotes and speakers, people."""
