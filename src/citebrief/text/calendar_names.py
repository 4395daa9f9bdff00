"""The names of the days and the months, in calendar order.

Caption, date and title rules read them for one reason or another (a month's name ends a caption
like a common word; "in September" dates a deed; a month's number from its first three letters);
written once, so each reads the same twelve and seven names. A leaf: the digest imports it too.
"""

from __future__ import annotations

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_ALTERNATION = "|".join(MONTH_NAMES)  # for a regex: "January|February|…|December"
