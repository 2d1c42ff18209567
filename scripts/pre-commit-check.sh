#!/usr/bin/env bash
# pre-commit hook (.pre-commit-hooks.yaml, id privmap-check): runs `privmap check` on the project of each
# staged file. pre-commit passes the staged files' paths and has already stashed unstaged changes, so the
# work tree is what is being committed. A file's project is the nearest directory above it with a
# privacy.yml; files outside any project are not privmap's business. Each project's baseline
# (privmap-baseline.json) is used when it exists, as in CI. privmap comes from the project's own
# node_modules (the version the project pins), else from PATH.
set -uo pipefail

projects=()
for file in "$@"; do
  dir=$(dirname -- "$file")
  while :; do
    if [ -f "$dir/privacy.yml" ]; then projects+=("$dir"); break; fi
    if [ "$dir" = "." ] || [ "$dir" = "/" ]; then break; fi
    dir=$(dirname -- "$dir")
  done
done
[ "${#projects[@]}" -eq 0 ] && exit 0

find_privmap() {
  local dir
  dir=$(cd -- "$1" && pwd)
  while :; do
    if [ -x "$dir/node_modules/.bin/privmap" ]; then echo "$dir/node_modules/.bin/privmap"; return; fi
    if [ "$dir" = "/" ]; then break; fi
    dir=$(dirname -- "$dir")
  done
  command -v privmap || true
}

status=0
while IFS= read -r project; do
  privmap=$(find_privmap "$project")
  if [ -z "$privmap" ]; then
    echo "privmap-check: privmap is not installed for $project; run: npm install --save-dev privmap" >&2
    exit 2
  fi
  args=(check "$project")
  if [ -f "$project/privmap-baseline.json" ]; then args+=(--baseline "$project/privmap-baseline.json"); fi
  code=0
  "$privmap" "${args[@]}" || code=$?
  # The worst exit wins: 2 (broken input) over 1 (undeclared personal data) over 0.
  if [ "$code" -gt "$status" ]; then status=$code; fi
done < <(printf '%s\n' "${projects[@]}" | sort -u)
exit "$status"
