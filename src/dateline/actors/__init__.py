"""Actors: who the article is about, grouped across their many names."""

from dateline.actors.finder import ActorTable, find_actors

__all__ = ["ActorTable", "find_actors"]
