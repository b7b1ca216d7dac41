"""Forms for the admin: the batch upload and the staff correction of an article's metadata."""
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from archive import services
from archive.intake import ACCEPTED_SUFFIXES
from archive.models import Article


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Django 5.2's documented pattern for one input carrying several files; cleans to a list."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single_file_clean = super().clean
        if isinstance(data, (list, tuple)) and data:
            return [single_file_clean(item, initial) for item in data]
        # No file at all: one clean of "nothing" raises "This field is required" (the docs' version
        # returns an empty list here and so never does).
        return [single_file_clean(data or None, initial)]


class ArticleUploadForm(forms.Form):
    # Empty files are allowed through the form so the results table can refuse each one by name
    # instead of rejecting the whole batch.
    files = MultipleFileField(
        label=_("Pages"),
        allow_empty_file=True,
        widget=MultipleFileInput(attrs={"accept": ",".join(sorted(ACCEPTED_SUFFIXES))}),
        help_text=_("Accepted: .txt, .html, .htm, .jsonl and .zip of them, and crawler WARC files (.warc, .warc.gz); "
                    "any encoding (UTF-8, GB18030, Big5)."),
    )


class ArticleCorrectionForm(forms.ModelForm):
    """The fields staff may correct; everything else on the change page is read-only evidence."""

    # Declared to choose the scheme assumed for a pasted "www.…" address (Django 6 changes the default).
    source_url = forms.URLField(label=_("source URL"), max_length=1000, required=False, assume_scheme="https")

    class Meta:
        model = Article
        fields = list(services.CORRECTABLE_FIELDS)

    def clean(self):
        cleaned = super().clean()
        try:
            services.validate_article_date(
                published_at=cleaned.get("published_at"),
                date_precision=cleaned.get("date_precision"),
                date_month=cleaned.get("date_month"),
                date_day=cleaned.get("date_day"),
            )
        except ValidationError as error:
            # Attach to the fields named in the error so the message appears next to them.
            if hasattr(error, "error_dict"):
                for field, errors in error.error_dict.items():
                    for item in errors:
                        self.add_error(field, item)
            else:
                raise
        return cleaned
