"""Custom Rasa input channels (glue only)."""
