"""The clinic directory: clinics, their credentials, CSV import/export and nearest search."""
