# Two commands on a fresh machine with Python 3.11+:
#   make demo   set up .venv and analyse a sample article with the bundled model
#   make test   set up .venv and run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE ?= corpus/articles/klynger-innlandet.txt

.PHONY: demo test lint setup train train-ner first-names coref vectors evaluate bench clean

$(BIN)/nhotext: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

setup: $(BIN)/nhotext

demo: setup
	$(BIN)/nhotext analyze $(SAMPLE)
	$(BIN)/nhotext check corpus/duplicates/klyngesoknader.txt; echo "nhotext check exit code: $$? (1 = repeats found)"

test: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n 2

# Reproduce the shipped model (tens of minutes on 2 cores; never in CI).
NORNE ?= ../shared/data/norne-nob
NORNE_NNO ?= ../shared/data/norne-nno
NOREC ?= ../shared/data/norec-nob
WORK ?= training
train: setup
	$(BIN)/python -m pip install --quiet -e ".[train]"
	$(BIN)/nhotext train --data $(NORNE) --extra $(NORNE_NNO) --norec $(NOREC) --out $(WORK)

# the shipped NER (model card, trial P2): pretrain its tok2vec on NoReC, then train it alone on the
# shipped pipeline's frozen components; copy $(WORK)-ner/training/model-best to models/ to ship it
train-ner: setup
	$(BIN)/python -m pip install --quiet -e ".[train]"
	$(BIN)/nhotext pretrain --norec $(NOREC) --vectors models/nb_nhotext_news --out $(WORK)-pretrain
	$(BIN)/nhotext train --data $(NORNE) --extra $(NORNE_NNO) --vectors models/nb_nhotext_news \
		--source models/nb_nhotext_news --config src/nhotext/training/configs/pipeline-ner-pretrained.cfg \
		--set paths.ner_tok2vec=$(WORK)-pretrain/pretrain/model-last.bin --out $(WORK)-ner

# first names and genders from the treebank (src/nhotext/resources/first_names_ndt.tsv)
first-names: setup
	$(BIN)/python -m nhotext.training.first_names --data $(NORNE)/train --data $(NORNE_NNO) \
		--out src/nhotext/resources/first_names_ndt.tsv

# the pronoun ranking's weights, learned from NARC train and our quote set's pronoun speakers
# (src/nhotext/resources/coref_pronouns.json; about a minute)
NARC ?= ../shared/data/narc-nob
coref: setup
	$(BIN)/python -m nhotext.training.coref --narc $(NARC) --norne $(NORNE) --quotes corpus/gold/quotes-train \
		--out src/nhotext/resources/coref_pronouns.json

evaluate: setup
	$(BIN)/nhotext evaluate models/nb_nhotext_news --data $(NORNE)/dev --output models/nb_nhotext_news/metrics.json \
		--card models/nb_nhotext_news/README.md

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

bench: setup
	$(BIN)/python bench/pipeline_speed.py --model sm
	$(BIN)/python bench/memory_stream.py
	$(BIN)/python bench/dedup_speed.py
	$(BIN)/python bench/corpus_dedup.py --articles 5000
	$(BIN)/python bench/hostile_input.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
