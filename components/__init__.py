"""Custom Rasa NLU components (glue only; the logic lives in ``bot``)."""
