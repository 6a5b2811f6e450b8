# kehoach: two commands on a fresh Debian machine.
#   make run   - set everything up, then extract corpus/ into outputs/
#   make test  - set everything up, then run the tests
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
APT_PACKAGES := tesseract-ocr tesseract-ocr-vie poppler-utils fonts-dejavu-core
TEST_APT_PACKAGES := postgresql chromium

.PHONY: setup system-deps test-deps run test lint bench clean

setup: system-deps $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# OCR and PDF tools come from Debian; installed only when missing, and only as root.
system-deps:
	@missing=""; \
	command -v tesseract >/dev/null 2>&1 || missing="$$missing tesseract-ocr"; \
	(tesseract --list-langs 2>/dev/null | grep -qx vie) || missing="$$missing tesseract-ocr-vie"; \
	command -v pdftoppm >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$$missing fonts-dejavu-core"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "kehoach needs:$$missing  (run: sudo apt-get install$$missing)"; \
	  fi; \
	fi

# Services the tests use (a throwaway PostgreSQL cluster, headless Chromium); skipped tests say why when absent.
test-deps:
	@missing=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || true; \
	  else \
	    echo "tests that need:$$missing will be skipped"; \
	  fi; \
	fi

run: setup
	$(BIN)/kehoach extract corpus/ --out outputs/ --format csv,xlsx

# lint and types first: a style or type error fails the run before the long suite starts
lint: setup
	$(BIN)/ruff check extractors pipeline tests
	$(BIN)/mypy

test: setup test-deps lint
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/kehoach bench

clean:
	rm -rf outputs/*.db outputs/csv outputs/*.xlsx .pytest_cache
