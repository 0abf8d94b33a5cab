"""What happens on the desk, for the apps above it (webhooks): the desk sends these, it never imports a listener.

Activities need no signal of their own: Django's post_save of desk.Activity says when one is added.
"""

from django.dispatch import Signal

# project, user: a project opened (from a lead, by staff, from an aftercare expansion or the demo).
project_created = Signal()
# project, change (the StageChange), user: a project moved from one stage to another.
project_stage_changed = Signal()


def stage_recorded(project, change, user=None):
    """Sent by desk.stages.record: its first stage is the project's opening, any later one a move."""
    signal = project_created if not change.from_stage else project_stage_changed
    signal.send(sender=type(project), project=project, change=change, user=user)
