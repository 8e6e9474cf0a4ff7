"""Actors: who the article is about, grouped across their many names."""

from dateline.actors.finder import ActorTable, find_actors
from dateline.actors.known import KnowledgeFileError, KnownActors, load_known
from dateline.actors.registry import ActorRegistry, RegistryFileError

__all__ = [
    "ActorRegistry",
    "ActorTable",
    "KnowledgeFileError",
    "KnownActors",
    "RegistryFileError",
    "find_actors",
    "load_known",
]
