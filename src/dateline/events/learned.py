"""A learned event typer: logistic regression over ``relation_features``, trained on PLV train.

It learns the PLOVER type of a (sentence, source, target) relation from labelled examples; the
rule coder's choice is one of its features, so it corrects the rules rather than replacing
them. Nothing third-party is shipped: ``dateline train events PLV_DIR`` fits it in seconds on
CPU from the shared training data and writes a small JSON file of weights (no pickle), which
prediction reads with numpy alone. Without that file the rule coder works as before.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from dateline.errors import DatelineError

FORMAT = "dateline-event-typer/1"


def default_path() -> Path:
    """Where ``dateline train events`` keeps the model: the user's cache folder."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "dateline" / "event-typer.json"


class ModelFileError(DatelineError, ValueError):
    pass


@dataclass(frozen=True)
class EventTyper:
    classes: tuple[str, ...]
    index: dict[str, int]  # feature -> column
    coef: np.ndarray  # classes x features
    intercept: np.ndarray

    def scores(self, features: Sequence[str]) -> np.ndarray:
        columns = sorted({self.index[f] for f in features if f in self.index})
        return self.coef[:, columns].sum(axis=1) + self.intercept

    def predict(self, features: Sequence[str]) -> str:
        return self.classes[int(np.argmax(self.scores(features)))]

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": FORMAT,
            "classes": list(self.classes),
            "features": sorted(self.index, key=self.index.__getitem__),
            "coef": np.round(self.coef, 5).tolist(),
            "intercept": np.round(self.intercept, 5).tolist(),
        }
        path.write_text(json.dumps(payload), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> EventTyper:
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise ModelFileError(f"{path}: cannot read the event typer ({error})") from None
        if payload.get("format") != FORMAT:
            raise ModelFileError(
                f"{path}: not a {FORMAT} file; retrain with `dateline train events`"
            )
        coef = np.asarray(payload["coef"], dtype=float)
        features = payload["features"]
        if coef.shape != (len(payload["classes"]), len(features)):
            raise ModelFileError(f"{path}: weights do not match the feature list")
        return cls(
            classes=tuple(payload["classes"]),
            index={f: i for i, f in enumerate(features)},
            coef=coef,
            intercept=np.asarray(payload["intercept"], dtype=float),
        )


def train_typer(
    examples: Sequence[Sequence[str]], labels: Sequence[str], regularization: float = 3.0
) -> EventTyper:
    """Fit the typer on feature lists and their gold types (scikit-learn, at training only)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(f, 1.0) for f in examples])
    # balanced class weights: PLV's rare types (MOBILIZE, PROTEST) count in macro-F1 as much
    model = LogisticRegression(C=regularization, max_iter=2000, class_weight="balanced")
    model.fit(matrix, list(labels))
    names = vectorizer.get_feature_names_out()
    coef, intercept = model.coef_, model.intercept_
    if len(model.classes_) == 2:  # scikit-learn keeps one row for two classes: the second's
        coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
    return EventTyper(
        classes=tuple(str(c) for c in model.classes_),
        index={str(name): i for i, name in enumerate(names)},
        coef=coef,
        intercept=intercept,
    )
