#!/usr/bin/env bash
# The second install proof's check: the platform really is the newest one (its SWT and workbench, not 4.38's),
# Dossier and the examples were installed into it, and check-install.sh's checks pass when Dossier runs on a
# Java 21 or newer, which that platform needs. The Java: DOSSIER_NEWEST_JAVA_HOME (../../mvnw sets it), else
# JAVA_HOME if it is 21 or newer, else the newest JDK under /usr/lib/jvm that is.
set -euo pipefail
install="${1:?usage: check-newest.sh ECLIPSE_FOLDER}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

feature_version() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
java_home=""
for candidate in "${DOSSIER_NEWEST_JAVA_HOME:-}" "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
  candidate="${candidate%/}"
  [[ -n "$candidate" && -x "$candidate/bin/java" ]] || continue
  version="$(feature_version "$candidate")"
  if [[ "${version:-0}" =~ ^[0-9]+$ ]] && (( version >= 21 )); then java_home="$candidate"; break; fi
done
[[ -n "$java_home" ]] || { echo "install proof (newest Eclipse): FAILED: no Java 21 or newer (set DOSSIER_NEWEST_JAVA_HOME)" >&2; exit 1; }

swt="$(ls "$install"/plugins/ | sed -n 's/^org\.eclipse\.swt_\([0-9.]*\)\..*/\1/p' | head -1)"
workbench="$(ls "$install"/plugins/ | sed -n 's/^org\.eclipse\.ui\.workbench_\([0-9.]*\)\..*/\1/p' | head -1)"
expected_swt="$(sed -n 's/.*<artifactId>org.eclipse.swt<\/artifactId><version>\([^<]*\)<.*/\1/p' "$here/newest-platform.target")"
[[ "$swt" == "$expected_swt" ]] || { echo "install proof (newest Eclipse): FAILED: SWT in the install is '$swt', not $expected_swt" >&2; exit 1; }
if ls "$install"/plugins/org.eclipse.swt_3.132.* >/dev/null 2>&1; then
  echo "install proof (newest Eclipse): FAILED: p2 installed 4.38's SWT beside the newest one" >&2; exit 1
fi

JAVA_HOME="$java_home" bash "$here/../dossier.installtest/check-install.sh" "$install" examples
echo "install proof (newest Eclipse): SWT $swt, workbench $workbench, on Java $(feature_version "$java_home") ($java_home)"
