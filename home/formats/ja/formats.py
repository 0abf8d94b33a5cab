# Japanese: "2026年12月3日", "2026年12月3日 14:30" (Django's runs the time into the date), "12月3日";
# numbers "1,234.5". What is not set here comes from Django's "ja" formats.
DATE_FORMAT = "Y年n月j日"
DATETIME_FORMAT = "Y年n月j日 H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "n月j日"
