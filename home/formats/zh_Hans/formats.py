# Simplified Chinese: "2026年12月3日", "2026年12月3日 14:30", "12月3日" (Django's gives "09月5日" with a
# leading zero). Figures for an international reader are grouped by thousands, "1,234.5": Django's
# "zh_Hans" formats group by ten thousands with no separator, which reads as 1234.5 and 12345678.
DATE_FORMAT = "Y年n月j日"
DATETIME_FORMAT = "Y年n月j日 H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "n月j日"
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
