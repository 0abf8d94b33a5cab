# German as it is written in running text: "3. Dezember 2026", "3. Dezember 2026, 14:30"; numbers
# "1.234,5". What is not set here (separators, short formats) comes from Django's "de" formats.
DATE_FORMAT = "j. F Y"
DATETIME_FORMAT = "j. F Y, H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j. F"
