#!/usr/bin/env bash
# Checks an Eclipse into which Dossier was installed by the p2 director (see pom.xml):
# the start script is there, `dossier --version` runs, and every Dossier bundle resolves (`dossier about`).
set -euo pipefail
install="${1:?usage: check-install.sh ECLIPSE_FOLDER}"
fail() { echo "install proof: FAILED: $*" >&2; exit 1; }

[[ -x "$install/dossier" ]] || fail "no executable dossier start script in $install"
ls "$install"/plugins/dossier.cli_*.jar >/dev/null 2>&1 || fail "dossier.cli is not in $install/plugins"
# p2 lists the bundles to start in bundles.info (with simpleconfigurator) or in config.ini's osgi.bundles.
{ cat "$install"/configuration/config.ini "$install"/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info 2>/dev/null || true; } \
  | grep -q 'dossier\.cli[_,]' || fail "dossier.cli is not in the install's configuration: p2 did not configure it"

export XDG_CACHE_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_CACHE_HOME"' EXIT
version="$("$install/dossier" --version)" || fail "dossier --version exited $?"
[[ "$version" == "dossier "* ]] || fail "unexpected version output: $version"
about="$("$install/dossier" about)" || fail "dossier about exited $? (a Dossier bundle did not resolve?)"
for bundle in dossier.core dossier.cli dossier.workspace dossier.ui; do
  grep -Eq "^  $bundle +[^ ]+ +(RESOLVED|ACTIVE|STARTING)" <<<"$about" || fail "$bundle is not resolved:
$about"
done
echo "install proof: Dossier installed into a plain Eclipse Platform with the p2 director; $version; all Dossier bundles resolve"
