"""Working days on the Italian calendar, for the first-response target.

National holidays come from `holidays` (Easter Monday included); DESK_LOCAL_HOLIDAYS adds the days the
desk's own office closes — by default 7 December, Sant'Ambrogio, Milan's patron saint, since the desk
works from Milan. Times are the site's (TIME_ZONE).
"""

import datetime
from functools import cache

import holidays
from django.conf import settings
from django.utils import timezone


@cache
def _national(year):
    return holidays.country_holidays("IT", years=year)


def is_working_day(day):
    if day.weekday() >= 5 or day in _national(day.year):
        return False
    return f"{day:%m-%d}" not in settings.DESK_LOCAL_HOLIDAYS


def add_working_days(day, count):
    """The `count`-th working day after `day` (which itself need not be one)."""
    while count > 0:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def respond_by(received_at):
    """When the first reply is due: the end of the office day, DESK_FIRST_RESPONSE_WORKING_DAYS working days
    after the day the request arrived (local time)."""
    local = timezone.localtime(received_at)
    due_day = add_working_days(local.date(), settings.DESK_FIRST_RESPONSE_WORKING_DAYS)
    hour, minute = (int(part) for part in settings.DESK_OFFICE_CLOSES.split(":"))
    return datetime.datetime.combine(due_day, datetime.time(hour, minute), tzinfo=local.tzinfo)
