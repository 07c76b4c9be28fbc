"""Output stage: CSS and JavaScript inlined into the pages (package data, read with importlib)."""
