"""Events: who did what to whom, coded in PLOVER (see ``coder`` and ``lexicon.toml``)."""
