"""The Alembic migrations create exactly the schema the models describe."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.migrate import upgrade
from bot.models import Base


def test_migrated_schema_matches_the_models(engine) -> None:
    upgrade(engine)  # running it twice is harmless
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
