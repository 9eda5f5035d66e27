# Kairos build, test and release targets.
#
#   make run      install missing build packages (Debian/Ubuntu), build, open the window
#   make test     install missing test packages, then gofmt, vet, unit tests (-race)
#                 and the real-window smoke test under Xvfb
#   make bench    benchmarks
#   make package  a Linux release package (Kairos.tar.xz) made with the fyne tool
#
# On Debian/Ubuntu the deps targets install what is missing with apt-get when
# run as root (or through `sudo -n`); otherwise they print the apt-get line to
# run and stop. On other systems they only print a note.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build

# Go lives in /usr/local/go on CI machines and is not always on PATH there.
ifeq ($(shell command -v go 2>/dev/null),)
export PATH := /usr/local/go/bin:$(PATH)
endif

# Fyne's GLFW driver and go-sqlite3 both need cgo.
export CGO_ENABLED := 1

GO ?= go
ARGS ?=
FYNE_TOOL := fyne.io/tools/cmd/fyne@v1.7.4

# ca-certificates lets the go command download modules on minimal images.
BUILD_PKGS := gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev \
	libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev ca-certificates
# xvfb: a display for the real-window test; xdotool: finds windows and sends
# keys and mouse events; imagemagick: `import` takes screenshots; x11-utils:
# xdpyinfo tells when the display is up.
TEST_PKGS := xvfb xdotool imagemagick x11-utils

# apt_ensure installs the Debian packages in $(1) that are missing.
define apt_ensure
	@if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then \
		echo "make: no dpkg/apt-get here, so not checking system packages."; \
		echo "make: make sure the equivalents of these are installed: $(strip $(1))"; \
		exit 0; \
	fi; \
	missing=""; \
	for p in $(1); do \
		case "$$(dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null || true)" in \
			*" ok installed") ;; \
			*) missing="$$missing $$p" ;; \
		esac; \
	done; \
	missing="$${missing# }"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" -eq 0 ]; then sudo=""; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; \
	else \
		echo "make: these packages are missing: $$missing" >&2; \
		echo "make: install them with:" >&2; \
		echo "  sudo apt-get install $$missing" >&2; \
		exit 1; \
	fi; \
	echo "make: installing $$missing"; \
	$$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q; \
	$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing
endef

.PHONY: deps test-deps build run test fmt-check vet unit e2e bench bench-startup package clean

deps:
	$(call apt_ensure,$(BUILD_PKGS))

test-deps: deps
	$(call apt_ensure,$(TEST_PKGS))

build:
	$(GO) build -o bin/kairos .

run: deps build
	./bin/kairos $(ARGS)

# test runs every check even when an earlier one fails, then fails if any did.
test: test-deps
	@failed=""; \
	echo "== gofmt"; \
	unformatted="$$(gofmt -l .)"; \
	if [ -n "$$unformatted" ]; then \
		echo "these files need gofmt -w:"; echo "$$unformatted"; failed="$$failed gofmt"; \
	fi; \
	echo "== go vet"; \
	$(GO) vet ./... || failed="$$failed vet"; \
	echo "== go test -race"; \
	LANG=en_US.UTF-8 $(GO) test -race -count=1 ./... || failed="$$failed unit"; \
	echo "== real-window test (Xvfb)"; \
	LANG=en_US.UTF-8 KAIROS_E2E=1 $(GO) test -count=1 -timeout 20m -v ./e2e/ || failed="$$failed e2e"; \
	if [ -n "$$failed" ]; then echo "make test: FAILED:$$failed" >&2; exit 1; fi; \
	echo "make test: all passed"

# The pieces of test, one at a time.
fmt-check:
	@unformatted="$$(gofmt -l .)"; \
	if [ -n "$$unformatted" ]; then echo "these files need gofmt -w:"; echo "$$unformatted"; exit 1; fi

vet:
	$(GO) vet ./...

unit:
	LANG=en_US.UTF-8 $(GO) test -race -count=1 ./...

e2e: test-deps
	LANG=en_US.UTF-8 KAIROS_E2E=1 $(GO) test -count=1 -timeout 20m -v ./e2e/

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# bench-startup times a minimal Fyne window and Kairos on a 100,000-post
# database under Xvfb, side by side (time to window and resident memory).
bench-startup: test-deps
	LANG=en_US.UTF-8 KAIROS_E2E=1 $(GO) test -run '^$$' -bench Startup100k -benchtime 20x -timeout 20m ./e2e/

# package builds Kairos.tar.xz for Linux in release mode. Note: `fyne package`
# increments Build in FyneApp.toml each time; commit that change with the release.
package: deps
	GOBIN="$$(mktemp -d)"; trap 'rm -rf "$$GOBIN"' EXIT; \
	GOBIN="$$GOBIN" $(GO) install $(FYNE_TOOL); \
	"$$GOBIN/fyne" package -os linux -release

clean:
	rm -rf bin *.tar.xz e2e/testdata/out testdata/failed
