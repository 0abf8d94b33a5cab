# English as the site writes it for an international reader: day, month, year ("1 October 2026"),
# never the American "Oct. 1, 2026". What is not set here comes from Django's "en" formats.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
# The short forms too: day first, 24-hour clock (Django's "en" gives "12/03/2026 2:30 p.m.").
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
