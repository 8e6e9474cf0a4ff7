"""The one base of dateline's own errors.

A ``DatelineError`` is about what the user gave: a file that cannot be read, a store of another
version, an option that makes no sense, a knowledge file with a bad record. Its message is one
line naming what is wrong and where; the command line prints that line and exits with status 2
(``dateline.cli``), never a traceback. Anything else that escapes is a bug in dateline.
"""

from __future__ import annotations


class DatelineError(Exception):
    """An error in dateline's input, files, options or store; the message says which and why."""
