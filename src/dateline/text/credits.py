"""A picture's credit a web page left in its text: "Photograph: Ana Ruiz/AP", "Photo : Omar
Vance\\/AFP\\/Getty Images".

The credit names who took the picture and the agency that sells it: furniture of the page, not
actors of the story. A page that lost the line break after a caption runs the credit into the
story's next words ("Photograph: Ana Ruiz/AP Health officials said ..."), and the parser then
reads the photographer, the agency and the words after them as one name.
"""

from __future__ import annotations

import re

# the caption's label, then the photographer's name (up to four words) glued by slashes to one
# agency or more ("Ruiz/AP", "Ruiz\/AFP\/Getty"; a tokenised page escapes the slash), and the
# second word of an agency whose name has two ("Getty Images", "Rex Features")
_CREDIT = re.compile(
    r"\b(?:Photograph|Photo|Picture|Image|Illustration)s?[ \t]*:[ \t]*"
    r"((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*"
    r"(?:[ \t]*\\?/[ \t]*[A-Z][\w.&'’-]*)+"
    r"(?:[ \t]+(?:Images|images|Features|Pictures))?)"
)


def caption_credits(text: str) -> list[tuple[int, int]]:
    """Where in ``text`` each picture's credit stands (the photographer and agency, from the
    first character to the last), in order."""
    if "/" not in text:
        return []  # (no credit without a slash: most texts)
    return [match.span(1) for match in _CREDIT.finditer(text)]
