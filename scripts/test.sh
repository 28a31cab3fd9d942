#!/usr/bin/env bash
# The one gate (`npm test`): type check, lint, unit tests, the SQL/RLS suites on PGlite and on a
# throwaway PostgreSQL, the production build and the end-to-end suite against it. Stops at the
# first red stage. The last line reads `N passed, N failed`: test cases of Vitest and Playwright,
# plus one failure for a failed stage that runs no tests (check, lint, build).
set -euo pipefail
cd "$(dirname "$0")/.."

REPORTS="$(mktemp -d)"
PASSED=0
FAILED=0
STAGE=''
STAGE_TESTS=0
STAGE_COUNTS=''
SUMMARY=()
START=$SECONDS

bold=$'\033[1m' green=$'\033[32m' red=$'\033[31m' reset=$'\033[0m'
if [[ ! -t 1 ]]; then bold='' green='' red='' reset=''; fi

finish() {
	local rc=$?
	if [[ -n "$STAGE" ]]; then
		# A stage was running when the script stopped: it failed.
		SUMMARY+=("${red}✗${reset} $STAGE")
		if ((rc != 0 && STAGE_TESTS == 0)); then FAILED=$((FAILED + 1)); fi
	fi
	printf '\n%s══ summary (%ss) ══%s\n' "$bold" "$((SECONDS - START))" "$reset"
	printf '  %s\n' "${SUMMARY[@]}"
	rm -rf "$REPORTS"
	echo "$PASSED passed, $FAILED failed"
	exit "$rc"
}
trap finish EXIT

# Adds the counts of a JSON report (Vitest or Playwright) to the totals; sets STAGE_TESTS.
count() {
	local file="$1" counts
	if [[ ! -s "$file" ]]; then
		STAGE_TESTS=0
		return
	fi
	counts="$(node -e '
		const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
		const [p, f] = r.stats
			? [r.stats.expected + r.stats.flaky, r.stats.unexpected]
			: [r.numPassedTests, r.numFailedTests];
		console.log(`${p} ${f}`);
	' "$file")"
	local p="${counts% *}" f="${counts#* }"
	PASSED=$((PASSED + p))
	FAILED=$((FAILED + f))
	STAGE_TESTS=$((p + f))
	STAGE_COUNTS=" ($p passed, $f failed)"
}

# stage <title> <report file or -> <command…>
stage() {
	local title="$1" report="$2" t0=$SECONDS rc=0
	shift 2
	STAGE="$title"
	STAGE_TESTS=0
	STAGE_COUNTS=''
	printf '\n%s══ %s ══%s\n%s\n' "$bold" "$title" "$reset" "\$ $*"
	"$@" || rc=$?
	if [[ "$report" != - ]]; then count "$report"; fi
	if ((rc != 0)); then
		printf '%s✗ %s failed (exit %s)%s\n' "$red" "$title" "$rc" "$reset"
		exit "$rc"
	fi
	SUMMARY+=("${green}✓${reset} $title$STAGE_COUNTS, $((SECONDS - t0))s")
	STAGE=''
	printf '%s✓ %s%s (%ss)%s\n' "$green" "$title" "$STAGE_COUNTS" "$((SECONDS - t0))" "$reset"
}

stage 'type check (svelte-check --fail-on-warnings)' - npm run --silent check
stage 'lint (prettier --check, eslint)' - npm run --silent lint
stage 'unit tests' "$REPORTS/unit.json" \
	npx vitest run --project unit --reporter=default --reporter=json \
	--outputFile="$REPORTS/unit.json"
stage 'SQL/RLS suites on PGlite and PostgreSQL' "$REPORTS/db.json" \
	node scripts/with-postgres.js npx vitest run --project db --reporter=default --reporter=json \
	--outputFile="$REPORTS/db.json"
stage 'production build (vite build)' - node scripts/sentinel-build.js
stage 'end-to-end (Playwright, built server)' "$REPORTS/e2e.json" \
	env PLAYWRIGHT_JSON_OUTPUT_FILE="$REPORTS/e2e.json" npx playwright test --reporter=list,json
