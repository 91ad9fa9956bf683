#!/usr/bin/env bash
# The tamper check of the ledger and the exam results (issue 18, ADR 0055): asks a running Tryon to walk the audit
# chains and compare them with the database as it is now (GET /api/v1/audit/verification, as the director), prints
# every break it finds (which record, which field, what it was and what it is now, where the chain breaks) and the
# fingerprint of each chain's last link (keep these outside Tryon: a later run that shows another fingerprint for the
# same link means the chain was rewritten).
#
#   deploy/verify-audit.sh [--url URL] [--user USER] [--password-file FILE] [--json] [--help]
#
#   --url URL             Tryon's address (default http://localhost:8080/)
#   --user USER           a director's (administrator's) user name (default director)
#   --password-file FILE  a file holding the password; otherwise the TRYON_PASSWORD environment variable, and
#                         director-demo (the demo's) when neither is given
#   --json                print the verification as Tryon answered it (JSON) instead of in words
#
# Exits 0 when every chain is intact, 1 when a break was found, 2 when Tryon could not be asked (not running, wrong
# password, not a director).
set -euo pipefail
prog=verify-audit.sh

url="http://localhost:8080/"
user=director
password_file=""
json=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --url) url="${2:?--url needs an address}"; shift ;;
    --url=*) url="${1#--url=}" ;;
    --user) user="${2:?--user needs a name}"; shift ;;
    --user=*) user="${1#--user=}" ;;
    --password-file) password_file="${2:?--password-file needs a file}"; shift ;;
    --password-file=*) password_file="${1#--password-file=}" ;;
    --json) json=true ;;
    --help|-h) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "$prog: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if [[ -n "$password_file" ]]; then
  [[ -r "$password_file" ]] || { echo "$prog: cannot read $password_file" >&2; exit 2; }
  password="$(head -n 1 "$password_file")"
else
  password="${TRYON_PASSWORD:-director-demo}"
fi
command -v curl >/dev/null || { echo "$prog: curl is needed (apt-get install curl)" >&2; exit 2; }

body="$(mktemp)"
trap 'rm -f "$body"' EXIT
# the password goes to curl on its standard input, never on its command line
status="$(printf 'user = "%s:%s"\n' "$user" "$password" \
  | curl --silent --show-error --max-time 600 --config - --output "$body" --write-out '%{http_code}' \
      --header 'Accept: application/json' "${url%/}/api/v1/audit/verification")" \
  || { echo "$prog: Tryon did not answer at $url" >&2; exit 2; }
case "$status" in
  200) ;;
  401) echo "$prog: $user was not signed in (wrong user name or password)" >&2; exit 2 ;;
  403) echo "$prog: $user may not verify the audit chains (the director only)" >&2; exit 2 ;;
  *) echo "$prog: Tryon answered $status: $(head -c 500 "$body")" >&2; exit 2 ;;
esac

if $json; then
  cat "$body"
  echo
elif command -v python3 >/dev/null; then
  python3 - "$body" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print("Audit chains verified at %s: %s" % (r["checkedAt"], "every chain intact" if r["intact"]
      else "%d break(s) found" % r["findingCount"]))
for c in r["chains"]:
    print()
    print("%s (%s): %s, %d links, %d records; last link %s %s" % (c["title"], c["chain"],
          "intact" if c["intact"] else "%d break(s)" % c["findingCount"], c["links"], c["records"],
          c["lastSequence"], c.get("lastHash") or "-"))
    for f in c["findings"]:
        print("  - %s" % f["message"])
        for x in f.get("changes") or []:
            print("      %s: chained %s, now %s" % (x["field"], x["chained"], x["now"]))
    if c["findingCount"] > len(c["findings"]):
        print("  ... and %d more (see the audit screen)" % (c["findingCount"] - len(c["findings"])))
PY
else
  # without python3: the answer as it came, and its verdict
  cat "$body"
  echo
fi

# the verdict: the answer's own "intact" (with python3 read as JSON; without, the last "intact" of the text, which is
# the whole answer's: JSON-B writes the properties in alphabetical order, the chains first)
if command -v python3 >/dev/null; then
  python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["intact"] else 1)' "$body"
else
  [[ "$(grep -o '"intact": *\(true\|false\)' "$body" | tail -n 1)" == *true ]]
fi
