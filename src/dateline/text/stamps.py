"""The words that open a page's stamp of when an item was written ("Updated 10:42 a.m. ET",
"Posted Feb 14, 2011", "Last updated at 3:15 p.m."). The stamp is the page's furniture: the
time tagger reads the time after it as the entry's own, attribution keeps it out of what was
said. One vocabulary (its words and the months it names), so that the stages agree on what a
stamp is."""

from __future__ import annotations

# case-blind, as pages write it "Updated", "UPDATED" or "updated"
STAMP_WORDS = r"(?i:(?:last[ \t\xa0]+)?(?:updated?|posted|published))"
# a month by its name or abbreviation, as stamps write it ("Feb 14", "September 3")
MONTH_NAMES = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# a 24-hour clock time, its hours and minutes run together, as live pages stamp their entries
# ("1426", "0915")
CLOCK_DIGITS = r"(?:[01]\d|2[0-3])[0-5]\d"
# how long ago a page says an item (a comment, a linked story) was posted: "3 hours ago",
# "15 mins ago", "2 days ago" — counted in figures, as pages print it (a story's "two days ago"
# is written in words)
AGE = r"\d+[ \t]+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)[ \t]+ago\b"
