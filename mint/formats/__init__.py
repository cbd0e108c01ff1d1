"""The site's date forms per language (settings.FORMAT_MODULE_PATH), ahead of Django's.

Each language module sets what Django's own gets wrong for us and the named forms the
templates use (`{{ value|date:"WEEKDAY_DATE_FORMAT" }}`): every language defines every
name, otherwise Django would print the name itself. Polish and Czech take the month's
genitive (E: "20 marca 2027", "20. března 2027"), never the nominative with a German dot.
"""
