#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Trains the open-vocabulary recogniser's averaged perceptron (dossier.entities.internal.NameModel) on the dev half
# of benchmarks/quality/entities -- never on the test half -- and reports it by cross-validation within dev:
#   CP=<dossier.entities classes and resources>:<the test fragment's classes, tests/dossier.entities.tests/target/classes,
#     where NameModelTrainer and MissAudit live so that the product does not ship them>:<its jars: dossier.core, gson, icu4j, lucene-core, lucene-analysis-common> \
#     bundles/dossier.entities/tools/train-name-model.sh --folds 5 [--out bundles/dossier.entities/src/dossier/entities/internal/name-model.tsv.gz]
# Run from the repository's root. The training is deterministic (fixed epochs and shuffling seed): the same dev half
# gives the same model. No model ships while cross-validation shows it does not beat the rules (docs/quality.md).
set -e
exec java -Xmx2g -cp "${CP:?set CP to the engine's classpath}" dossier.entities.internal.NameModelTrainer benchmarks/quality/entities "$@"
