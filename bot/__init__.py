"""Application core of the ketamine-therapy assistant.

Plain Python with no Rasa imports: the knowledge base, the database layer and the
command line. Rasa glue (custom actions, NLU components) lives outside this package
and calls into it, so the core can be tested and reused without a Rasa server.
"""
