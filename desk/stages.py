"""Moving a project between stages: recorded with who and when, and in Wagtail's history."""

from django.utils import timezone
from wagtail.log_actions import log

from desk import events
from desk.models import StageChange


def record(project, from_stage, user=None):
    """Call after saving a project whose stage may have changed from `from_stage`."""
    if project.stage == from_stage:
        return None
    change = StageChange.objects.create(
        project=project,
        from_stage=from_stage or "",
        to_stage=project.stage,
        lost_reason=project.lost_reason,
        changed_by=user,
        changed_at=timezone.now(),
    )
    log(
        project,
        "desk.stage",
        user=user,
        data={"from": from_stage or "", "to": project.stage, "reason": project.lost_reason},
    )
    events.stage_recorded(project, change, user)
    return change


def move(project, stage, user=None, lost_reason=""):
    """The board's quick move; a lost project needs its reason (Project.clean)."""
    from_stage = project.stage
    project.stage, project.lost_reason = stage, lost_reason
    project.full_clean()
    project.save()
    return record(project, from_stage, user)
