"""The edit view's readiness panel: the level the saved facts reach and the criteria still missing."""

from wagtail.admin.panels import Panel

from opportunities.readiness import MAX_LEVEL, criterion_labels


class ReadinessPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "opportunities/admin/readiness_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            readiness = self.instance.readiness()
            context.update(
                level=readiness.level,
                max_level=MAX_LEVEL,
                missing=criterion_labels(readiness.missing),
                to_next_level=criterion_labels(readiness.to_next_level),
            )
            return context
