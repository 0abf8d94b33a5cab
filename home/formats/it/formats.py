# Italian as it is written in running text: "1 ottobre 2026", no leading zero on the day (the month
# names are lower case through home/calendar_names.py). What is not set here comes from Django's "it" formats.
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
