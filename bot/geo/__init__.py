"""Offline US place data and geocoding for the clinic search (no network, loaded lazily)."""
