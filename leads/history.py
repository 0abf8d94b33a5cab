"""A lead's history in the admin says what an edit changed (status, assignee), not only "Edited"."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic import EditView
from wagtail.log_actions import LogFormatter, log

# Shown by value; other fields (the notes) only as changed: the history is no copy of what staff write.
SHOWN_BY_VALUE = ("status", "assignee")


def _display(lead, name):
    if name == "status":
        return lead.get_status_display()
    value = getattr(lead, name)
    return str(value) if value else ""


class LeadEditView(EditView):
    def save_instance(self):
        original = type(self.object).objects.get(pk=self.object.pk)
        instance = super().save_instance()
        changes = []
        for name in self.form.changed_data:
            label = str(self.form.fields[name].label or name)
            if name in SHOWN_BY_VALUE:
                old, new = _display(original, name), _display(instance, name)
                if old != new:
                    changes.append({"field": label, "old": old, "new": new})
            else:
                changes.append({"field": label})
        if changes:
            log(instance, "leads.change", data={"changes": changes})
        return instance


class ChangeFormatter(LogFormatter):
    label = gettext_lazy("Edit (with changes)")

    def format_message(self, log_entry):
        parts = []
        for item in (log_entry.data or {}).get("changes", []):
            if "old" in item:
                parts.append(f"{item['field']}: {item['old'] or '–'} → {item['new'] or '–'}")
            else:
                parts.append(_("%(field)s changed") % {"field": item["field"]})
        return _("Edited: %(changes)s") % {"changes": "; ".join(parts)} if parts else _("Edited")
