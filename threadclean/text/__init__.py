"""The text path: clean text dumps of pages (resiliparse, WET, FineWeb-style `text`)."""
