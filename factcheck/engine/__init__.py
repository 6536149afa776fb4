"""The engine: match rule patterns over an article's facts and decide each claim."""
