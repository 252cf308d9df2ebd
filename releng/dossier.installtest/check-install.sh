#!/usr/bin/env bash
# Checks an Eclipse into which Dossier was installed by the p2 director (see pom.xml):
# the start script is there, `dossier --version` runs, and every Dossier bundle resolves (`dossier about`).
set -euo pipefail
install="${1:?usage: check-install.sh ECLIPSE_FOLDER [examples]}"
examples="${2:-}"  # "examples": dossier.examples.feature was installed too; check its contributions are active
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
# Where the install's config.ini lists the bundles itself, a command's configuration area (per user) has its own
# list, the install's without the workbench's declarative services and event admin started (docs/benchmarks.md,
# "A headless command's start"); with simpleconfigurator it has none and reads the install's.
command_ini=( "$XDG_CACHE_HOME"/dossier/cli-configuration-*/config.ini )
if grep -q 'simpleconfigurator' "$install/configuration/config.ini"; then
  [[ ! -f "${command_ini[0]}" ]] || fail "a command copied a config.ini that lists simpleconfigurator: ${command_ini[0]}"
else
  [[ -f "${command_ini[0]}" ]] || fail "no config.ini in the command's configuration area under $XDG_CACHE_HOME/dossier"
  grep -q 'dossier\.cli_' "${command_ini[0]}" || fail "the command's config.ini lists no dossier.cli: ${command_ini[0]}"
  ! grep -Eq 'org\.apache\.felix\.scr_[^,]*:start' "${command_ini[0]}" \
    || fail "a command still starts declarative services: ${command_ini[0]}"
fi
# Headless commands under LANG=C, as in a container or a cron job: an Arabic argument still reaches Dossier as
# itself (the start script runs Java under C.UTF-8), and --quiet may come before the command.
arabic="$(mktemp -d)"
lang_c=""
printf '\xd8\xa8\xd9\x88\xd8\xaa\xd9\x8a\xd9\x86 \xd9\x81\xd9\x8a \xd9\x85\xd9\x88\xd8\xb3\xd9\x83\xd9\x88\nThe talks go on, \xd8\xa8\xd9\x88\xd8\xaa\xd9\x8a\xd9\x86 said.\n' >"$arabic/ar.txt"
quiet="$(LC_ALL=C LANG=C "$install/dossier" -q import --corpus "$arabic/corpus" "$arabic/ar.txt" 2>&1)" \
  || fail "dossier -q import exited $?: $quiet"
[[ -z "$quiet" ]] || fail "dossier -q import printed: $quiet"
if locale -a 2>/dev/null | grep -ix 'c\.utf-\?8' >/dev/null; then  # the start script needs C.UTF-8 for this
  query="$(printf '\xd8\xa8\xd9\x88\xd8\xaa\xd9\x8a\xd9\x86')"
  hits="$(LC_ALL=C LANG=C "$install/dossier" search --corpus "$arabic/corpus" "$query" 2>&1)" \
    || fail "dossier search for an Arabic word under LANG=C exited $?: $hits"
  grep -qF "$(printf '\xd9\x85\xd9\x88\xd8\xb3\xd9\x83\xd9\x88')" <<<"$hits" \
    || fail "dossier search under LANG=C did not find the Arabic article by an Arabic word: $hits"
  lang_c="; under LANG=C an Arabic query finds its article"
fi
rm -rf "$arabic"
about="$("$install/dossier" about)" || fail "dossier about exited $? (a Dossier bundle did not resolve?)"
# Every Dossier bundle that p2 put into the install is listed and resolved, not only the four the commands need.
installed=0
for jar in "$install"/plugins/dossier.*_*.jar; do
  bundle="$(basename "$jar")"; bundle="${bundle%%_*}"
  [[ "$bundle" == *.tests || "$bundle" == dossier.examples.* && "$examples" != examples ]] && continue
  grep -Eq "^  $bundle +[^ ]+ +(RESOLVED|ACTIVE|STARTING)" <<<"$about" || fail "$bundle is not resolved:
$about"
  installed=$((installed + 1))
done
(( installed >= 18 )) || fail "only $installed Dossier bundles in $install/plugins"
if [[ "$examples" == examples ]]; then
  # The example bundles resolve and their contributions reach Dossier's extension points in the installed Eclipse.
  for bundle in dossier.examples.vessels dossier.examples.housepolicy dossier.examples.nitf; do
    grep -Eq "^  $bundle +[^ ]+ +(RESOLVED|ACTIVE|STARTING)" <<<"$about" || fail "$bundle is not resolved:
$about"
  done
  for contribution in "entityType +VESSEL .*\\[dossier.examples.vessels\\]" \
      "recognizer +dossier.examples.vessels .*\\[dossier.examples.vessels\\]" \
      "rule +house-no-nc .*\\[dossier.examples.housepolicy\\]" \
      "rule +house-photographer-named .*\\[dossier.examples.housepolicy\\]" \
      "importer +dossier.examples.nitf .*\\[dossier.examples.nitf\\]"; do
    grep -Eq "^  $contribution" <<<"$about" || fail "contribution not listed by dossier about: $contribution
$about"
  done
  # ... and the house rule fires from the command line: `dossier check` on a CC BY-NC article reports house-no-nc.
  fixtures="$(mktemp -d)"
  printf 'Fishermen return\nThe boats came back at dawn.\nThis article is licensed under CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/).\n' >"$fixtures/nc.txt"
  printf 'Fishermen return\nThe boats came back at dawn.\nThis article is licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).\n' >"$fixtures/sa.txt"
  status=0; nc="$("$install/dossier" check "$fixtures/nc.txt" 2>&1)" || status=$?
  [[ $status -eq 1 ]] && grep -q 'house-no-nc' <<<"$nc" || fail "dossier check did not fire house-no-nc on a CC BY-NC-SA article (exit $status):
$nc"
  status=0; sa="$("$install/dossier" check "$fixtures/sa.txt" 2>&1)" || status=$?
  ! grep -q 'house-no-nc' <<<"$sa" || fail "dossier check fired house-no-nc on a CC BY-SA article:
$sa"
  # ... and the vessel recogniser runs from the command line: `dossier entities` finds the ship by name and IMO number.
  printf 'Container ship freed\nThe container ship MV Ever Given (IMO 9811000) blocked the canal for six days.\n' >"$fixtures/ship.txt"
  ship="$("$install/dossier" entities --format json "$fixtures/ship.txt" 2>/dev/null)" || fail "dossier entities exited $?"
  for found in '"type": "VESSEL"' '"text": "IMO 9811000"' '"text": "Ever Given"'; do
    grep -qF "$found" <<<"$ship" || fail "dossier entities did not report $found with the vessels example installed:
$ship"
  done
  # ... and the NITF importer reads an agency file: `dossier import` stores it with its headline and publisher.
  cat >"$fixtures/agency.xml" <<'NITF'
<?xml version="1.0" encoding="UTF-8"?>
<nitf xml:lang="en"><head><docdata><date.issue norm="20240619T120000Z"/></docdata><pubdata name="Example Agency"/></head>
<body><body.head><hedline><hl1>Harbour reopens after the storm</hl1></hedline></body.head>
<body.content><p>The harbour reopened on Wednesday.</p></body.content></body></nitf>
NITF
  "$install/dossier" import --corpus "$fixtures/corpus" "$fixtures/agency.xml" >/dev/null 2>&1 || fail "dossier import of an NITF file exited $?"
  grep -rqs '"importer": "dossier.examples.nitf"' "$fixtures/corpus/articles" \
    && grep -rqs '"title": "Harbour reopens after the storm"' "$fixtures/corpus/articles" \
    || fail "dossier import did not read the NITF file with the example importer"
  rm -rf "$fixtures"
  echo "install proof: dossier.examples.feature installed too; VESSEL, its recogniser and both house rules are contributed; dossier check fires house-no-nc; dossier entities finds the ship; dossier import reads NITF"
fi
echo "install proof: Dossier installed into a plain Eclipse Platform with the p2 director; $version; all $installed Dossier bundles resolve; -q may come before the command${lang_c:-}"
