"""The curated knowledge base: topics, YAML source, loading, retrieval and answers."""
