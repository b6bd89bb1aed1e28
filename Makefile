# hwlens — build, test, demo and benchmark on a Debian machine.
#
#   make demo    install what is missing, build, run hwlens on samples/, write a report
#   make test    install what is missing, build, run every test
#   make bench   benchmarks against the reference tools (pdftotext, tesseract CLI)
#   make samples rebuild the sample PDFs from their LaTeX (needs pdflatex)

SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= release
BIN := .build/$(CONFIG)/hwlens
# libsqlite3-dev: GRDB (results store, input cache) links the system SQLite on Linux.
APT_PACKAGES := libpoppler-glib-dev libcairo2-dev libtesseract-dev libleptonica-dev libsqlite3-dev \
	libcmark-gfm-dev libcmark-gfm-extensions-dev \
	tesseract-ocr tesseract-ocr-eng poppler-utils pkg-config fonts-dejavu-core
# For the report test in a real browser.
TEST_PACKAGES := chromium
# Only for regenerating committed fixtures and samples.
FIXTURE_PACKAGES := qpdf texlive-latex-base texlive-latex-recommended texlive-fonts-recommended texlive-latex-extra

export OMP_THREAD_LIMIT := 1

.PHONY: all deps build test demo bench samples fixtures clean

all: build

# Installs the system packages only when one is missing (apt-get update first).
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG)

test: deps
	@missing=""; for p in $(TEST_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	$(SWIFT) build
	$(SWIFT) test
	@if command -v python3 >/dev/null; then python3 bench/parity.py .build/debug/hwlens; else echo "parity: skipped (no python3)"; fi

demo: build
	@mkdir -p report
	$(BIN) extract --format json --ink samples/cnn-basics/homework.pdf > report/homework.extract.json
	$(BIN) render --dpi 110 --out report/pages samples/cnn-basics/homework.pdf
	$(BIN) garble --source samples/cnn-basics/homework.tex samples/cnn-basics/homework.pdf \
		$$(ls report/pages/homework-*.png | paste -sd+) --format html > report/garble.html
	$(BIN) run samples/ --out report/
	@echo "wrote report/index.html (open it in a browser), report/report.md, report/results.json,"
	@echo "report/results.csv, report/results.sqlite (query it with sqlite3; see the README),"
	@echo "report/garble.html, report/homework.extract.json and report/pages/"

bench: build
	python3 bench/bench.py all $(BIN)

samples:
	samples/build.sh

fixtures:
	Tests/Fixtures/make-fixtures.sh

clean:
	rm -rf .build report bench-out
