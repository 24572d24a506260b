"""The importer's row model, built from the field schema (:mod:`bot.directory.columns`).

:class:`ClinicRow` validates one CSV row before anything touches the database; the staff pages
check single values with a one-field model of the same rules (:func:`check_values`), so a
clinic saved there could be exported and imported again unchanged. Only pydantic's public
API is used: ``create_model``, ``parse_obj`` and ``ValidationError.errors()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field, ValidationError, create_model, validator

from bot.directory.columns import BY_NAME, CLINIC, CREDENTIAL, SPECS, problem
from bot.directory.field_kinds import Column


class Row(BaseModel):
    """Values of some columns, each read by its kind and checked by its column's rule."""

    if TYPE_CHECKING:  # a field of the full row (pydantic adds the fields from the schema)
        ref: str

    @validator("*", pre=True)
    def _read(cls, value: Any, field: Any) -> Any:
        if isinstance(value, str):
            value = value.strip() or None
        return BY_NAME[field.name].kind.read(value)

    @validator("*")
    def _check(cls, value: Any, field: Any) -> Any:
        check = BY_NAME[field.name].check
        return value if check is None or value is None else check(value)

    def clinic_fields(self) -> dict:
        """The clinic's attributes, by model attribute name."""
        return self._fields(CLINIC)

    def credential_fields(self) -> dict:
        """The credential's attributes, by model attribute name."""
        return self._fields(CREDENTIAL)

    def _fields(self, specs: tuple[Column, ...]) -> dict:
        return {spec.attr: spec.kind.store(getattr(self, spec.name)) for spec in specs}


def _definition(spec: Column) -> tuple[Any, Any]:
    """The pydantic (type, Field) of one column: required, or optional with None as default."""
    if spec.required:
        return spec.type, Field(..., **spec.rules)
    return spec.type | None, Field(None, **spec.rules)


def _model(name: str, specs: tuple[Column, ...]) -> type[Row]:
    definitions: dict[str, Any] = {spec.name: _definition(spec) for spec in specs}
    return create_model(name, __base__=Row, **definitions)


#: One CSV row: every column of the schema.
ClinicRow = _model("ClinicRow", SPECS)


@cache
def _single(column: str) -> type[Row]:
    return _model(f"{column}_value", (BY_NAME[column],))


MISSING = frozenset({"type_error.none.not_allowed", "value_error.missing"})


def error_kind(error: Mapping[str, Any]) -> str:
    """How :func:`bot.directory.columns.problem` should word a pydantic error."""
    if error["type"] in MISSING:
        return "missing"
    return "custom" if error["type"] == "value_error" and error["msg"] else "expected"


def problems(error: ValidationError) -> list[str]:
    """A row's errors in plain words, each naming its column, without repeats."""
    found = [problem(str(item["loc"][0]), error_kind(item), item["msg"]) for item in error.errors()]
    return list(dict.fromkeys(found))


def check_value(column: str, value: Any) -> tuple[Any, list[Mapping[str, Any]]]:
    """One column's value checked by the row's rules: (the value to store, []) or (None, its pydantic errors)."""
    try:
        checked = _single(column).parse_obj({column: value})
    except ValidationError as error:
        return None, list(error.errors())
    return BY_NAME[column].kind.store(getattr(checked, column)), []
