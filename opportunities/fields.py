"""A set of coded choices in one text column ("|industrial|logistics|").

It filters in plain SQL on every database (`permitted_uses__contains="|logistics|"`), needs no
join, and translations synchronise it like any other field.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

SEPARATOR = "|"


def encode(values):
    values = [v for v in values or [] if v]
    return f"{SEPARATOR}{SEPARATOR.join(sorted(set(values)))}{SEPARATOR}" if values else ""


def decode(text):
    return [v for v in (text or "").split(SEPARATOR) if v]


def contains(value):
    """The text a lookup searches for to find rows that include `value`."""
    return f"{SEPARATOR}{value}{SEPARATOR}"


class ChoiceSetField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return decode(value)

    def to_python(self, value):
        if isinstance(value, list | tuple | set):
            return list(value)
        return decode(value)

    def get_prep_value(self, value):
        if isinstance(value, list | tuple | set):
            return encode(value)
        return value or ""

    def value_to_string(self, obj):
        return encode(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {code for code, _label in self.choices or []}
        unknown = [v for v in value or [] if v not in allowed]
        if unknown:
            raise ValidationError(_("Unknown value: %(values)s"), params={"values": ", ".join(unknown)})
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def get_choices(self, *args, **kwargs):
        return self.choices
