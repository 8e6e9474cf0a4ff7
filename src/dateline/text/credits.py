"""A picture's credit a web page left in its text: "Photograph: Ana Ruiz/AP", "Photo : Omar
Vance\\/AFP\\/Getty Images".

The credit names who took the picture and the agency that sells it: furniture of the page, not
actors of the story. A page that lost the line break after a caption runs the credit into the
story's next words ("Photograph: Ana Ruiz/AP Health officials said ..."), and the parser then
reads the photographer, the agency and the words after them as one name. Some pages print only
the agency's abbreviation, which then opens the story's first line ("AP BP has launched ..."),
and a wire photo's caption may end with the photo desk's terms of use ("TV OUT ; MANDATORY
CREDIT : TRIBUNE OUT"), in capitals the parser reads as a name.
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

# a picture agency's abbreviation alone at a line's start, before a capitalised word: the
# caption above credited its picture and lost its line break ("AP BP has launched ...")
_AGENCY_OPENING = re.compile(r"(?m)^[ \t]*(AP|AFP)(?=[ \t]+[A-Z])")
# the terms of use a photo desk puts after a caption: outlets that may not print the picture
# ("TV OUT", "MISSISSIPPI PRESS OUT") around the demand to credit it ("MANDATORY CREDIT")
_OUT = r"(?:[A-Z]+[ \t]+){1,3}OUT\b"
_USE_TERMS = re.compile(
    rf"(?:{_OUT}[ \t]*;[ \t]*)*MANDATORY[ \t]+CREDIT\b(?:[ \t]*[:;][ \t]*{_OUT})*"
)


def caption_credits(text: str) -> list[tuple[int, int]]:
    """Where in ``text`` each picture's credit stands (the photographer and agency, from the
    first character to the last; an agency's abbreviation opening a line; a photo desk's
    terms of use), in order."""
    spans = [match.span(1) for match in _AGENCY_OPENING.finditer(text)]
    if "MANDATORY" in text:
        spans += [match.span() for match in _USE_TERMS.finditer(text)]
    if "/" in text:  # (no photographer's credit without a slash: most texts)
        spans += [match.span(1) for match in _CREDIT.finditer(text)]
    return sorted(spans)
