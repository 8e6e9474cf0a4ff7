"""An article's language: told once, stored, and only English read by the stages. The texts are
written for these tests."""

from __future__ import annotations

import datetime as dt
import sqlite3

from typer.testing import CliRunner

from dateline import Corpus
from dateline.cli import app
from dateline.model import Article
from dateline.pipeline import read, read_many
from dateline.text.languages import language_name, language_of
from tests.corpus_articles import write_jsonl

FRENCH = (
    "La ministre des Affaires étrangères, Anna Berg, a déclaré lundi à Genève que les "
    "négociations reprendraient après une pause de deux semaines. « Nous resterons à la table "
    "jusqu'à ce que chaque prisonnier soit rentré chez lui », a-t-elle dit aux journalistes. "
    "Le gouvernement a annoncé la libération de trois détenus mardi soir."
)
ENGLISH = (
    "Foreign Minister Anna Berg said on Monday in Geneva that the talks would resume after a "
    "two-week pause. “We will stay at the table until every prisoner is home,” she told "
    "reporters. The government announced the release of three detainees on Tuesday evening."
)


def _article(text: str, name: str = "a") -> Article:
    return Article(id=name, text=text, published=dt.date(2026, 3, 2))


def test_the_language_of_a_text():
    assert language_of(FRENCH) == "fr" and language_of(ENGLISH) == "en"
    assert language_of("Ruiz said it was over.") is None  # too short to tell
    assert language_name("fr") == "French"


def test_an_article_in_another_language_is_kept_with_its_language_and_not_read():
    reading = read(_article(FRENCH))
    assert reading.language == "fr"
    assert not (reading.attributions or reading.events or reading.actors or reading.timexes)
    english = read(_article(ENGLISH))
    assert english.language == "en" and english.attributions


def test_a_batch_reads_its_english_articles_in_order():
    batch = [_article(ENGLISH, "1"), _article(FRENCH, "2"), _article(ENGLISH, "3")]
    readings = list(read_many(batch))
    assert [r.article.id for r in readings] == ["1", "2", "3"]
    assert [r.language for r in readings] == ["en", "fr", "en"]
    assert readings[0].attributions and readings[2].attributions and not readings[1].attributions


def test_the_store_keeps_the_language(tmp_path):
    source = write_jsonl(
        tmp_path / "two.jsonl",
        [
            {"id": "fr", "date": "2026-03-02", "text": FRENCH},
            {"id": "en", "date": "2026-03-02", "text": ENGLISH},
        ],
    )
    corpus = Corpus(tmp_path / "l.db")
    corpus.ingest([source], workers=1)
    with sqlite3.connect(corpus.path) as db:
        stored = dict(db.execute("SELECT article_id, language FROM articles").fetchall())
    assert stored == {"fr": "fr", "en": "en"}


def test_read_says_why_it_found_nothing(tmp_path):
    path = tmp_path / "geneve.txt"
    path.write_text(FRENCH, encoding="utf-8")
    result = CliRunner().invoke(app, ["read", str(path), "--date", "2026-03-02"])
    assert result.exit_code == 0, result.output
    assert "written in French, not English" in result.output


def test_a_text_mostly_in_another_language_is_not_read_as_english_though_part_is_code():
    # CLD2 calls such a text unreliable (the code lines are no language); its first language
    # still covers most of it
    russian = (
        "Скорость персонажа можно изменить с помощью консольной команды, если игра запущена на "
        "компьютере. Откройте консоль клавишей тильда и введите строку ниже, затем нажмите ввод. "
        "Значение по умолчанию равно ста, а большее число делает бег заметно быстрее. "
    )
    text = russian + "player.setav speedmult 150\nplayer.modav carryweight 500\n" + russian
    assert language_of(text) == "ru"


def test_control_characters_do_not_stop_the_detector():
    assert language_of(ENGLISH.replace(" ", "\x01 ", 5)) == "en"
    assert language_of(FRENCH + "\x00\x07") == "fr"
