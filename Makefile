# bantin — targets keep pelican-quickstart's names (html, serve, devserver, publish, clean)
# and add the project's own (install, test, lint, check, eval, bench).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican
INPUTDIR := content
OUTPUTDIR := output
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
HOST ?= 127.0.0.1
PORT ?= 8000
COUNTER_PORT ?= 8001
N ?=
PYTEST_ARGS ?=
# The stamp is newer than pyproject.toml once the venv holds what the project pins, and newer
# than the extractor's sources once their Cython build (when there can be one) matches them.
STAMP := $(VENV)/.installed
PIP_STAMP := $(VENV)/.pip-installed

.PHONY: help install html serve serve-with-counter devserver publish clean test lint check eval bench bench-extract

help:
	@echo "make serve     build the example site and serve it on http://$(HOST):$(PORT)"
	@echo "make test      run every test (sets up .venv first when missing)"
	@echo "make html | devserver | publish | clean | lint | check | eval | bench | bench-extract"
	@echo "make serve-with-counter   the site and the view-counter service together"

$(PIP_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,compile]"
	touch $(PIP_STAMP)

# Compiles the hot extractor modules into $(VENV)/bantin-compiled/ whenever they changed; never
# fails (without Cython or a C compiler the extractor runs as plain Python, slower). The build
# itself imports the package as plain Python: the old build's "out of date, rebuild" warning
# would only tell the reader to do what is being done.
COMPILE_EXTRACTOR := BANTIN_PURE_PYTHON=1 $(BIN)/python -m bantin_extract.compiled_build
$(STAMP): $(PIP_STAMP) $(wildcard plugins/bantin_extract/*.py plugins/bantin_extract/*.pxd)
	$(COMPILE_EXTRACTOR)
	touch $(STAMP)

install: $(STAMP)

html: $(STAMP)
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE)

serve: html
	$(PELICAN) --listen --bind $(HOST) --port $(PORT) -o $(OUTPUTDIR) -s $(CONFFILE)

serve-with-counter: $(STAMP)
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -e 'COUNTER_API="http://$(HOST):$(COUNTER_PORT)/api/v1"'
	mkdir -p var
	$(BIN)/bantin counter serve --db var/counter.sqlite3 --manifest $(OUTPUTDIR)/counter-manifest.json \
		--host $(HOST) --port $(COUNTER_PORT) --origin http://$(HOST):$(PORT) & \
	trap 'kill $$!' EXIT INT TERM; \
	$(PELICAN) --listen --bind $(HOST) --port $(PORT) -o $(OUTPUTDIR) -s $(CONFFILE)

devserver: $(STAMP)
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -e BANTIN_KEEP_SERVING=true --autoreload --listen --bind $(HOST) --port $(PORT)

publish: $(STAMP)
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF)
	$(MAKE) admin

clean:
	rm -rf $(OUTPUTDIR) .cache cache

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check plugins tests bench pelicanconf.py publishconf.py
	$(BIN)/ruff format --check plugins tests bench pelicanconf.py publishconf.py

check: $(STAMP)
	$(BIN)/bantin check $(INPUTDIR)

eval: $(STAMP)
	$(BIN)/python bench/eval_dev.py

bench: $(STAMP)
	$(BIN)/python bench/build_bench.py $(if $(N),--sizes $(N),)

bench-extract: $(STAMP)
	$(BIN)/python bench/extract_bench.py

# Counter service: throughput on SQLite and PostgreSQL (60 s each), then 20 kill -9 rounds.
.PHONY: bench-counter
bench-counter: $(STAMP)
	$(BIN)/python bench/counter_throughput.py --store sqlite --seconds 60
	$(BIN)/python bench/counter_throughput.py --store postgresql --seconds 60
	$(BIN)/python bench/counter_kill.py --rounds 20

# Decap CMS admin at /admin/ (editing in the browser): `npm ci` installs the versions pinned in
# package-lock.json and the JavaScript is copied from node_modules into $(OUTPUTDIR)/admin/,
# never loaded from a CDN. ADMIN_ARGS="--local-backend http://localhost:8081/api/v1" for
# editing on one's own machine with `npx decap-server` (see docs/huong-dan-bien-tap.md).
.PHONY: admin
ADMIN_ARGS ?=
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

admin: $(STAMP) node_modules/.package-lock.json
	$(BIN)/python -m bantin_editor.admin $(OUTPUTDIR) $(ADMIN_ARGS)

# Search index alone, for a site built with PAGEFIND = False (make html normally builds it).
.PHONY: search-index
search-index: $(STAMP)
	$(BIN)/python -m bantin_search $(OUTPUTDIR)

# The extractor's Cython build again, whatever make thinks of the files' dates (it checks hashes).
.PHONY: compiled
compiled: $(PIP_STAMP)
	$(COMPILE_EXTRACTOR)
