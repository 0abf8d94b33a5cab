"""The desk's actions in Wagtail's history, each saying what changed (registered in wagtail_hooks)."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import LogFormatter

from desk.models import Project


def _stage_label(value):
    return dict(Project.Stage.choices).get(value, value) or "–"


class StageFormatter(LogFormatter):
    label = gettext_lazy("Change stage")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        message = _("Stage changed from %(old)s to %(new)s") % {
            "old": _stage_label(data.get("from")),
            "new": _stage_label(data.get("to")),
        }
        if data.get("reason"):
            message += f" ({dict(Project.LostReason.choices).get(data['reason'], data['reason'])})"
        return message


class MergeFormatter(LogFormatter):
    label = gettext_lazy("Merge companies")

    def format_message(self, log_entry):
        names = ", ".join(item.get("name", "") for item in (log_entry.data or {}).get("merged", []))
        return _("Merged into this company: %(names)s") % {"names": names}


class AssignFormatter(LogFormatter):
    label = gettext_lazy("Assign")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        if data.get("rule"):
            return _("Assigned to %(user)s by the routing rule “%(rule)s”") % {
                "user": data.get("assignee"),
                "rule": data["rule"],
            }
        return _("Assigned to %(user)s") % {"user": data.get("assignee") or "–"}


class ChangeFormatter(LogFormatter):
    label = gettext_lazy("Edit (with changes)")

    def format_message(self, log_entry):
        changes = (log_entry.data or {}).get("changes", [])
        if not changes:
            return _("Edited")
        parts = [f"{item['field']}: {item['old'] or '–'} → {item['new'] or '–'}" for item in changes]
        return _("Edited: %(changes)s") % {"changes": "; ".join(parts)}


class EmailFormatter(LogFormatter):
    label = gettext_lazy("Send e-mail")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("E-mail “%(subject)s” sent to %(to)s") % {"subject": data.get("subject"), "to": data.get("to")}


class FollowUpFormatter(LogFormatter):
    label = gettext_lazy("Record an aftercare follow-up")

    def format_message(self, log_entry):
        return _("Follow-up recorded; next one on %(date)s") % {"date": (log_entry.data or {}).get("next", "–")}


FORMATTERS = {
    "desk.stage": StageFormatter,
    "desk.merge": MergeFormatter,
    "desk.assign": AssignFormatter,
    "desk.change": ChangeFormatter,
    "desk.email": EmailFormatter,
    "desk.follow_up": FollowUpFormatter,
}


def _shown(form, name, value):
    field = form.fields[name]
    if hasattr(field, "queryset"):
        if value is None:
            return ""
        if hasattr(value, "__iter__") and not isinstance(value, str):
            return ", ".join(str(item) for item in value)
        return str(value)
    choices = dict(getattr(field, "choices", None) or [])
    return str(choices.get(value, value) if value not in (None, "") else "")


def form_changes(form, before):
    """[{field, old, new}] for every field the form changed; `before` is {name: value} read before saving."""
    changes = []
    for name in form.changed_data:
        old, new = _shown(form, name, before.get(name)), _shown(form, name, form.cleaned_data.get(name))
        if old != new:
            changes.append({"field": str(form.fields[name].label or name), "old": old, "new": new})
    return changes


def values_before(form, original):
    """What each field of the form held on `original` (the stored row: the form's instance is already changed)."""
    many = {field.name for field in original._meta.many_to_many}
    return {
        name: list(getattr(original, name).all()) if name in many else getattr(original, name, None)
        for name in form.fields
    }
