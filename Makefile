# The README's two commands:
#   make demo    build Casebook (release) and run `casebook demo`, which builds and tours the sample case
#   make test    run the whole test suite (this is what CI runs)
# Each first installs what is missing (scripts/setup): the Debian/Ubuntu packages, with sudo when
# you are not root, and the Python validators the tests use, in a project-local .venv/.
# Extra arguments: make demo ARGS="--out /tmp/my-demo"; make test ARGS="--filter Walkthrough".

SHELL := /bin/bash
VENV := $(CURDIR)/.venv
ARGS ?=

.PHONY: help demo test setup
help:
	@echo "make demo    build Casebook and run 'casebook demo' (the sample case, with a tour)"
	@echo "make test    run the test suite (what CI runs)"

setup:
	@./scripts/setup

# A second `make demo` keeps the case the first one built (the demo never deletes anything).
demo: setup
	@if [ -z "$(ARGS)" ] && [ -e casebook-demo ]; then \
		echo "casebook-demo/ is there from an earlier 'make demo'; look at it, or delete it (rm -rf casebook-demo) to build it again."; \
		echo "Then: export PATH=\"$(CURDIR)/.build/release:\$$PATH\" and try: casebook -C casebook-demo status"; \
	else \
		PATH="$(VENV)/bin:$$PATH" swift run -c release casebook demo $(ARGS) && \
		echo "To type 'casebook' as the tour does: export PATH=\"$(CURDIR)/.build/release:\$$PATH\""; \
	fi

# The tests run `python3 -m bagit`: the venv's bin comes first on PATH, so they use .venv.
test: setup
	PATH="$(VENV)/bin:$$PATH" VIRTUAL_ENV="$(VENV)" swift test $(ARGS)
