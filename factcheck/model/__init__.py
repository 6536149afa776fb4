"""Value objects shared by every layer (attrs frozen). Imports nothing above itself."""
