"""A list of codes from a fixed set (company sizes, territory codes...), kept as a JSON list.

Incentives are few (dozens), so lists are matched in Python (incentives/matching.py) and need no
database-specific JSON lookup; an empty list means "no restriction".
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class CodeListField(models.JSONField):
    def __init__(self, *args, codes=(), **kwargs):
        # Not Django's `choices`: those would check the whole list against single codes.
        self.codes = codes
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def code_choices(self):
        return list(self.codes() if callable(self.codes) else self.codes)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {code for code, _label in self.code_choices()}
        unknown = [code for code in value or [] if code not in allowed]
        if unknown:
            raise ValidationError(_("Unknown value: %(values)s"), params={"values": ", ".join(map(str, unknown))})

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.code_choices(),
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def labels(self, value):
        names = dict(self.code_choices())
        return [str(names.get(code, code)) for code in value or []]
