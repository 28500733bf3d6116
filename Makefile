# Werkbank: thin wrapper. `make run` and `make test` do all set-up on a fresh Debian 12.
BUILD    ?= build/release
JOBS     ?= $(shell nproc)
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PKGS := $(shell grep -v '^\#' .ci/packages.txt)
STAMP    := build/.deps-stamp
SAMPLE   := $(BUILD)/resources/samples/sample_assembly.step
XVFB     := xvfb-run -a -s '-screen 0 1600x1000x24'

.PHONY: all deps configure build run test bench solver fuzz clean

all: build

# apt-get update once, then an idempotent install of whatever is missing.
$(STAMP): .ci/packages.txt
	@installed=$$(dpkg-query -W -f='$${db:Status-Status}\n' $(APT_PKGS) 2>/dev/null | grep -c '^installed$$'); \
	if [ "$$installed" -ne $(words $(APT_PKGS)) ]; then \
	  echo "Installing Debian packages..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(APT_PKGS); \
	fi
	@mkdir -p build && touch $@

deps: $(STAMP)

$(BUILD)/build.ninja: $(STAMP)
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

configure: $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found. Start Werkbank under a virtual display instead:"; \
	  echo "  $(XVFB) $(BUILD)/bin/werkbank $(SAMPLE)"; \
	  exit 1; \
	fi
	$(BUILD)/bin/werkbank $(SAMPLE)

test: build
	cd $(BUILD) && $(XVFB) ctest --output-on-failure -j 2 --timeout 900

bench: build
	cmake --build $(BUILD) --target benchmarks -j $(JOBS)
	$(XVFB) bash tests/bench/run_all.sh $(BUILD)

solver:
	cmake -S . -B build/solver -G Ninja -DWERKBANK_SOLVER_ONLY=ON -DCMAKE_BUILD_TYPE=Release
	cmake --build build/solver -j $(JOBS)

# libFuzzer harnesses (clang 19 with ASan and UBSan), each run for FUZZ_SECONDS (default 60).
FUZZ_PKGS := $(shell grep -v '^\#' .ci/packages-fuzz.txt)
fuzz: $(STAMP)
	@dpkg-query -W -f='$${db:Status-Status}\n' $(FUZZ_PKGS) 2>/dev/null | grep -c '^installed$$' | \
	  grep -qx $(words $(FUZZ_PKGS)) || DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
	  --no-install-recommends $(FUZZ_PKGS)
	CC=clang-19 CXX=clang++-19 cmake -S . -B build/fuzz -G Ninja -DWERKBANK_FUZZ=ON \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build build/fuzz --target fuzzers -j $(JOBS)
	bash tests/fuzz/run.sh build/fuzz

clean:
	rm -rf build
