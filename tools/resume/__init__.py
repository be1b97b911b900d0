"""Resume reading helpers: the layout of PDF pages."""
