"""Rasa SDK custom actions: thin glue that calls the application core in ``bot``."""
