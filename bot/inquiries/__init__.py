"""Visitors' requests to be contacted by a clinic: validation, saving, notification, retention."""
