#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Trains the licence engine's credit tagger (dossier.licence.internal.CreditTagger, an averaged perceptron, in the test fragment) on the dev
# half of benchmarks/quality/licence -- never on the test half -- and measures it against the rules alone on records
# it was not trained on: two folds by id parity, then the held-out random draws (CreditTaggerTrainer.HELD_OUT and the
# even ids of CreditTaggerTrainer.HALF_HELD_OUT); each with the tagger's spans alone and with a second decision on each
# candidate span (SpanDecision). --timing prints the CPU time of the rules' analysis and of the tagger over dev;
# --test (once, at the end) the test half's figures, never its misses.
#   bundles/dossier.licence/tools/train-credit-model.sh [--rule-features none|line|all|both] [--show] [--timing] [--test] [--out bundles/dossier.licence/src/dossier/licence/internal/credit-model.tsv.gz]
# Run from anywhere; compiles dossier.core, dossier.licence and the tagger with its trainer (tests/dossier.licence.tests) from this tree with javac against the packaged product's
# jars (as BENCH_SOURCES does in benchmarks/run). Deterministic (fixed passes and shuffling seed): the same dev half
# gives the same model. No model ships unless it helps where it was not trained (docs/quality.md, Licences).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
product="$root/releng/dossier.repository/target/products/dossier/linux/gtk/x86_64/dossier"
[[ -d "$product/plugins" ]] || { echo "train-credit-model: package the product first (./mvnw -DskipTests package)" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cp=""
for jar in "$product"/plugins/*.jar; do cp="$cp:$jar"; done
annotations=( "${MAVEN_REPO:-$HOME/.m2/repository}"/org/eclipse/jdt/org.eclipse.jdt.annotation/*/org.eclipse.jdt.annotation-*.jar )
for bundle in dossier.core dossier.licence; do
  (cd "$root/bundles/$bundle/src" && find . -type f ! -name '*.java' ! -name 'credit-model.tsv.gz' -exec cp --parents {} "$out" \;)
  find "$root/bundles/$bundle/src" -name '*.java' >>"$out/.sources"
done
# the tagger, its features, its second decision and the trainer live in the test fragment (same package): the checker
# does not call the tagger, so the product does not ship it until a model that helps does
for class in CreditTagger CreditFeatures SpanDecision AliasTable CreditTaggerTrainer; do
  echo "$root/tests/dossier.licence.tests/src/dossier/licence/internal/$class.java" >>"$out/.sources"
done
javac -nowarn -encoding UTF-8 --release 17 -proc:none -d "$out" -cp "${cp#:}:${annotations[0]}" @"$out/.sources" >&2
args=() previous=""
for a in "$@"; do  # a relative --out is read from where the script was run
  [[ "$previous" == --out && "$a" != /* ]] && a="$PWD/$a"
  args+=( "$a" ); previous="$a"
done
cd "$root" && exec java -Xmx2g -cp "$out:${cp#:}" dossier.licence.internal.CreditTaggerTrainer benchmarks/quality/licence "${args[@]}"
