# PrisonDesk — developer commands. `make run` and `make test` set up everything they need.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
SOURCES := $(shell find src/prisondesk -name '*.py')

.PHONY: run test lint translations console-translations qm bench bench-import selftest demo dist server-wheel clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found: install Python 3.11+ or set PYTHON="; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

## Start the program on the local SQLite database in the data folder (or $PRISONDESK_HOME).
run: $(STAMP) qm
	$(BIN)/prisondesk db upgrade
	$(BIN)/prisondesk gui

## Lint, check the layer contracts and run the whole test suite offscreen.
test: $(STAMP) qm
	$(BIN)/ruff check src tests bench migrations tools
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n auto --maxprocesses 4

## Refresh the .ts catalogues from the sources (then translate the new entries in Linguist).
## qt_ru.ts and qt_ky.ts hold Qt's own strings (standard buttons, file and print dialogs): they
## are kept by hand, not extracted, and `make qm` compiles them with the others.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(SOURCES) -no-obsolete -locations none \
		-ts resources/translations/prisondesk_ru.ts resources/translations/prisondesk_ky.ts

## Refresh the server console's gettext catalogues (src/prisondesk/server/console/locale/) from
## its templates and the texts marked N_(); then translate the new entries (empty msgstr).
CONSOLE_LOCALE := src/prisondesk/server/console/locale
console-translations: $(STAMP)
	mkdir -p build
	$(BIN)/pybabel --quiet extract -F babel.cfg -k N_ -k QT_TRANSLATE_NOOP:2 --no-location \
		--sort-output --project PrisonDesk -o build/console.pot .
	for language in ru ky; do \
		if [ -f $(CONSOLE_LOCALE)/$$language/LC_MESSAGES/console.po ]; then \
			$(BIN)/pybabel --quiet update --no-fuzzy-matching --ignore-pot-creation-date -D console \
				-i build/console.pot -d $(CONSOLE_LOCALE) -l $$language; \
		else \
			$(BIN)/pybabel --quiet init -D console -i build/console.pot -d $(CONSOLE_LOCALE) \
				-l $$language; \
		fi; \
	done

bench: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/intake.py
	$(BIN)/python bench/sync.py
	$(BIN)/python bench/load.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/visits.py
	$(BIN)/python bench/parcels.py
	$(BIN)/python bench/workshops.py
	$(BIN)/python bench/assessments.py
	$(BIN)/python bench/reports.py
	$(BIN)/python bench/headquarters.py
	$(BIN)/python bench/console.py

## A register of a million rows imported: time and peak memory (some twenty minutes).
bench-import: $(STAMP)
	$(BIN)/python bench/import_million.py

## The frozen one-folder program (dist/PrisonDesk/), as the Windows installer carries it.
dist: $(STAMP) qm
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/prisondesk.spec
	du -sh dist/PrisonDesk

## The central server's wheel without Qt (server/pyproject.toml): dist/prisondesk_server-*.whl.
## It needs no virtual environment of the desk: any Python 3.11+ with pip builds it.
server-wheel:
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found: install Python 3.11+ or set PYTHON="; exit 1; }
	$(PYTHON) -m pip wheel ./server --no-deps --quiet --wheel-dir dist
	@ls dist/prisondesk_server-*.whl

selftest: $(STAMP) qm
	$(BIN)/prisondesk selftest

demo: $(STAMP) qm
	$(BIN)/prisondesk demo

clean:
	rm -rf $(VENV) build dist resources/translations/*.qm .pytest_cache .ruff_cache
