# French as it is written in running text: "3 décembre 2026", "3 décembre 2026 à 14:30"; numbers
# "1 234,5" grouped by a narrow no-break space (espace fine insécable), where Django's "fr" formats
# use a full no-break space. What is not set here comes from Django's "fr" formats.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y à H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
THOUSAND_SEPARATOR = "\u202f"
