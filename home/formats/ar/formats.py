# Arabic with Western digits, as the site writes every figure: "3 ديسمبر، 2026", "3 ديسمبر، 2026، 14:30".
# Numbers "1,234.5": with Latin digits Arabic groups by "," and marks decimals by "." (CLDR, ar-u-nu-latn),
# as readers in the Gulf and Egypt write them; Django's "ar" formats give "1.234,5". Django's have no
# date-and-time format either, so a datetime would fall back to the English "Dec. 3, 2026, 2:30 p.m.".
DATE_FORMAT = "j F، Y"
DATETIME_FORMAT = "j F، Y، H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
# Django's "ar" has no short date-and-time either (it would fall back to the American "m/d/Y").
SHORT_DATETIME_FORMAT = "d\u200f/m\u200f/Y H:i"
