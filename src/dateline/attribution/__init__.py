"""Attribution: who said what, through which cue, and via whom (see ``finder``)."""
