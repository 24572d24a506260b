"""The knowledge-entry forms and their translation to and from :class:`EntryDraft`.

WTForms checks the shape (required fields, a real date, CSRF); the knowledge-base rules
themselves (word count, sources, slug format) stay in :mod:`bot.kb.editing`, shared with YAML.
"""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
    URLField,
)
from wtforms.validators import AnyOf, DataRequired, InputRequired, Length, Regexp
from wtforms.validators import Optional as Blank

from bot.kb.editing import EntryDraft
from bot.kb.review import MAX_NOTE_CHARS
from bot.kb.source import MAX_ANSWER_WORDS, MIN_ANSWER_WORDS
from bot.kb.topics import TOPICS

VERSION = [InputRequired("The form is missing its version; reload the page."), Regexp(r"^\d{1,9}$")]


class SourceForm(Form):
    """One source row (a plain WTForms form: the page's CSRF token covers it)."""

    title = StringField("Title or citation", validators=[Blank(), Length(max=300)])
    url = URLField(
        "Web address (optional)",
        validators=[Blank(), Length(max=500)],
        render_kw={"spellcheck": "false", "inputmode": "url"},
    )


class EntryForm(FlaskForm):
    slug = StringField(
        "Short name",
        validators=[Length(max=80)],
        description="Lowercase letters, digits and hyphens, for example cost-insurance. "
        "It identifies the entry and cannot be changed later.",
        render_kw={"spellcheck": "false", "autocomplete": "off"},
    )
    topic = SelectField("Topic", choices=list(TOPICS.items()), validators=[AnyOf(list(TOPICS))])
    question = StringField("Question", validators=[InputRequired("Write the question."), Length(max=500)])
    phrasings = TextAreaField(
        "Other ways people ask",
        validators=[Length(max=5000)],
        description="One per line. The assistant matches a visitor's words against the question and these phrasings.",
        render_kw={"rows": 5},
    )
    answer = TextAreaField(
        "Answer",
        validators=[InputRequired("Write the answer."), Length(max=5000)],
        description=f"{MIN_ANSWER_WORDS}–{MAX_ANSWER_WORDS} words. Markdown: **bold**, "
        "_italic_, lines starting with “- ” for a list, "
        "[link text](https://…).",
        render_kw={"rows": 10},
    )
    sources = FieldList(FormField(SourceForm), min_entries=1)
    # "Add a source" and each row's "Remove" submit the form without JavaScript; kb-sources.js does
    # the same in the page. Neither saves anything.
    add_source = SubmitField("Add a source")
    remove_source = StringField(validators=[Blank(), Regexp(r"^\d{1,4}$")])
    version = HiddenField()
    unanswered = HiddenField(validators=[Blank(), Regexp(r"^\d+(,\d+)*$")])
    preview = SubmitField("Preview")
    save = SubmitField("Save")

    def add_blank_sources(self) -> None:
        """Room for a new source: an empty row after the existing ones (unless the last row is empty)."""
        last = self.sources.entries[-1] if self.sources.entries else None
        if last is None or (last.title.data or "").strip() or (last.url.data or "").strip():
            self.sources.append_entry()

    def change_source_rows(self) -> bool:
        """Carry out "Add a source" or a row's "Remove" if one was pressed; whether one was.

        ``remove_source`` is the row's position on the page; at least one (empty) row stays.
        """
        if self.add_source.data:
            self.sources.append_entry()
            return True
        position = self.remove_source.data or ""
        if not position.isdigit():
            return False
        if int(position) < len(self.sources.entries):
            del self.sources.entries[int(position)]
        if not self.sources.entries:
            self.sources.append_entry()
        return True

    def fill(self, draft: EntryDraft) -> None:
        """Show a draft in the form (for GET requests)."""
        self.slug.data, self.topic.data, self.question.data = draft.slug, draft.topic, draft.question
        self.phrasings.data = "\n".join(draft.phrasings)
        self.answer.data = draft.answer
        while len(self.sources.entries):
            self.sources.pop_entry()
        for source in draft.sources:
            self.sources.append_entry({"title": source.get("title") or "", "url": source.get("url") or ""})
        self.add_blank_sources()

    def draft(self, slug: str | None = None) -> EntryDraft:
        """What was typed, as a draft: blank lines and empty source rows are dropped."""
        phrasings: list[str] = []
        for line in (self.phrasings.data or "").splitlines():
            if line.strip() and line.strip() not in phrasings:
                phrasings.append(line.strip())
        sources = [
            {"title": (row.title.data or "").strip(), "url": (row.url.data or "").strip() or None}
            for row in self.sources
            if (row.title.data or "").strip() or (row.url.data or "").strip()
        ]
        return EntryDraft(
            slug=(slug if slug is not None else (self.slug.data or "")).strip(),
            topic=self.topic.data or "",
            question=(self.question.data or "").strip(),
            answer=self.answer.data or "",
            phrasings=phrasings,
            sources=sources,
        )

    def expected_version(self) -> int | None:
        data = self.version.data or ""
        return int(data) if data.isdigit() else None


class RestoreForm(FlaskForm):
    version = HiddenField(validators=VERSION)


class ActionForm(FlaskForm):
    """A one-button step on an entry (submit for review, unpublish, discard a change): CSRF and version."""

    version = HiddenField(validators=VERSION)


class PublishForm(FlaskForm):
    """The reviewer's sign-off: who reviewed, and that they checked the answer against its sources."""

    reviewed_by = StringField(
        "Reviewed by",
        validators=[
            InputRequired("Say who reviewed the entry: your name or a role."),
            Length(max=200, message="Use at most 200 characters."),
        ],
        description="Shown to staff and kept with the entry: a person or a role, for example “Medical reviewer, MD”.",
    )
    confirm = BooleanField(
        "I checked this answer against its sources, and it is accurate and safe to show visitors.",
        validators=[InputRequired("Tick the box to confirm your review.")],
    )
    version = HiddenField(validators=VERSION)


class SendBackForm(FlaskForm):
    """Back to the editor, with what needs to change."""

    note = TextAreaField(
        "Note for the editor",
        filters=[lambda value: value.strip() if value else value],
        validators=[
            DataRequired("Write a note saying what needs to change."),
            Length(max=MAX_NOTE_CHARS, message=f"Use at most {MAX_NOTE_CHARS} characters."),
        ],
        render_kw={"rows": 4},
    )
    version = HiddenField(validators=VERSION)


class FilterForm(FlaskForm):
    """The list's search and filters: a GET form without CSRF token."""

    class Meta:
        csrf = False

    q = StringField("Search", validators=[Length(max=200)], render_kw={"type": "search"})
    topic = SelectField("Topic", choices=[("", "All topics")] + list(TOPICS.items()), default="")
    status = SelectField(
        "Status",
        choices=[("", "Any status"), ("published", "Published"), ("in_review", "In review"), ("draft", "Draft")],
        default="",
    )


class CompareForm(FlaskForm):
    """Which two revisions to compare (GET, no CSRF token)."""

    class Meta:
        csrf = False

    old = SelectField("Older revision", coerce=int, choices=[])
    new = SelectField("Newer revision", coerce=int, choices=[])
