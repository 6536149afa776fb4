"""Reports: the only place (with cli.py) that prints, and where offsets become line:column."""
