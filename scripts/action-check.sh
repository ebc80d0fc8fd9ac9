#!/usr/bin/env bash
# The run step of action.yml: builds the CLI in the action's own checkout when it is not built yet, runs
# `model-registry check` in the workflow's checkout with the action's inputs, and reports the exit code (and the
# SARIF / JSON file) as step outputs. Inputs come as environment variables, never spliced into the script (so a
# path or config name cannot inject shell code): action.yml maps each `inputs.*` to one below.
#
#   GITHUB_ACTION_PATH  the action's checkout (default: this script's repository)
#   GITHUB_WORKSPACE    where to run, the repository root (default: the current directory)
#   GITHUB_OUTPUT       the step-outputs file (unset: outputs are only printed)
#   RUNNER_TEMP         where sarif/json output goes by default (default: $TMPDIR or /tmp)
#   INPUT_PATHS         paths to check, separated by spaces or new lines (default: .)
#   INPUT_FORMAT        text | json | sarif | github (default: github)
#   INPUT_FAIL_ON       error | warning | information (default: the CLI's, warning)
#   INPUT_MAX_WARNINGS  a number, or empty
#   INPUT_MODELS        true: --models
#   INPUT_CONFIG        a settings JSON file, or empty
#   INPUT_OUTPUT_FILE   where sarif/json output goes (default: $RUNNER_TEMP/model-registry.sarif or .json)
# Exit code: the CLI's (0 nothing at or above fail-on, 1 findings, 2 an error), or 2 when the CLI cannot be built.
set -euo pipefail

action_path=${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
cli="$action_path/server/dist/cli.js"
output() {
  echo "$1=$2"
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$1=$2" >>"$GITHUB_OUTPUT"; fi
}

if [ ! -f "$cli" ]; then
  echo "::group::Building model-registry in $action_path (npm ci; its prepare script builds)"
  if ! (cd "$action_path" && npm ci --no-audit --no-fund); then
    echo "::error::model-registry: npm ci in $action_path failed"
    exit 2
  fi
  echo "::endgroup::"
  if [ ! -f "$cli" ]; then
    echo "::error::model-registry: $cli is missing after the build"
    exit 2
  fi
fi

format=${INPUT_FORMAT:-github}
args=(check --format "$format")
if [ -n "${INPUT_FAIL_ON:-}" ]; then args+=(--fail-on "$INPUT_FAIL_ON"); fi
if [ -n "${INPUT_MAX_WARNINGS:-}" ]; then args+=(--max-warnings "$INPUT_MAX_WARNINGS"); fi
case ${INPUT_MODELS:-false} in
  true) args+=(--models) ;;
  false | '') ;;
  *)
    echo "::error::model-registry: input models must be true or false, not '$INPUT_MODELS'"
    exit 2
    ;;
esac
if [ -n "${INPUT_CONFIG:-}" ]; then args+=(--config "$INPUT_CONFIG"); fi
read -r -d '' -a paths <<<"${INPUT_PATHS:-.}" || true
args+=(-- "${paths[@]}")

cd "${GITHUB_WORKSPACE:-.}"
status=0
case $format in
  sarif | json)
    file=${INPUT_OUTPUT_FILE:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/model-registry.$format}
    node "$cli" "${args[@]}" >"$file" || status=$?
    # Written even on exit 2 when the CLI got far enough to report (a SARIF run then carries the error).
    if [ -s "$file" ]; then output output-file "$file"; fi
    ;;
  *) node "$cli" "${args[@]}" || status=$? ;;
esac
output exit-code "$status"
exit "$status"
