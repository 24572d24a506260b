"""Tooling around the application, not part of it: the process launcher (`stack`) and the spaCy pipeline build (`nlp`)."""
