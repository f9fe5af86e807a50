export const HELP = `lint-payloads — find the mistakes behind Claude API 400s and 404s before the code runs

Usage:
  lint-payloads [options] [paths|globs...]     lint request files (.json, .jsonl, .ndjson),
                                               JS/TS and Python sources and notebooks
                                               (default: .)
  lint-payloads schema [--api-version V] [--kind K] [--endpoint ga|beta] [--date D]
                                               print the request-body JSON Schema

Options:
  -f, --format stylish|json|sarif|github|FILE
                                   output format (default: stylish); FILE: a formatter
                                   module, (results, context) => string, as ESLint's
      --api-version 2023-06-01|2026-10-21|auto
                                   API version for payloads that do not state their own (a
                                   header on the call, anthropic_version in a body always
                                   wins); auto (default): the nearest package.json /
                                   pyproject.toml / requirements*.txt naming the SDK;
                                   none: request files 2026-10-21, code unknown (only
                                   what both versions reject is reported)
      --date YYYY-MM-DD            day for model deprecation/retirement (default: today)
      --kind messages|count-tokens|batch
                                   treat JSON bodies as this kind (default: detect by shape)
      --rule ID:off|warn|error     set a rule's severity (repeatable)
      --report-unused-disable-directives[=off|warn|error]
                                   report lint-payloads-disable comments that suppressed
                                   nothing (alone: error; default: off; also
                                   --report-unused-disable-directives-severity, as ESLint)
      --clients anthropic-only|any-shaped
                                   JS/TS: which receivers of .messages.create count as
                                   Claude clients (default: anthropic-only)
      --ignore-pattern PATTERN     also skip files matching PATTERN, .gitignore syntax,
                                   relative to the working folder (repeatable)
      --no-ignore                  also lint what is skipped by default (build output,
                                   dot-folders, node_modules), .gitignore and ignore patterns
      --no-error-on-unmatched-pattern
                                   a path or glob that matches nothing is not an error
      --debug                      say on stderr what was read and skipped and why, which
                                   API version and why, and the time of each phase
      --max-file-size SIZE         skip JS/TS files larger than SIZE (minified or generated
                                   code), with a notice (default: 1mb; request JSON is not limited)
      --concurrency N|auto|off     threads for large runs (default: auto — with 3 or more
                                   cores, one per core but one, up to 4, from 250 files
                                   per thread; with fewer, from 500 files and a core idle,
                                   a helper thread parses the JS/TS files that can hold a call)
      --fix                        apply the safe fixes to the files (the problems left are
                                   reported)
      --fix-dry-run                compute the fixes without writing them (--format json
                                   shows each fixed text as "output")
      --cache                      only check files that changed since the last run with
                                   the same settings (results kept in .lintpayloadscache)
      --cache-location PATH        cache file, or folder to hold it (default: ./.lintpayloadscache)
      --cache-strategy content|metadata
                                   how a change is seen: a hash of the text (default; right
                                   after a checkout or in CI) or size and modification time
  -q, --quiet                      report errors only and fix errors only (with
                                   --max-warnings, the hidden warnings still count, as in ESLint)
      --max-warnings N             exit 1 when there are more than N warnings
  -o, --output-file FILE           write the report to FILE
      --color / --no-color         force or disable colors (NO_COLOR is honored)
      --stdin                      lint standard input
      --stdin-filename NAME        file name for standard input (decides JSON vs JS/TS)
  -c, --config FILE                config file (default: the nearest lint-payloads.config.json
                                   or "lint-payloads" key of a package.json, from here up)
      --print-config               print the effective configuration and exit
  -h, --help                       show this help
  -v, --version                    show the version

Environment: NO_COLOR (no colors), LINT_PAYLOADS_NO_COMPILE_CACHE=1 (no compile cache
             for the JS/TS parser in node_modules/.cache/lint-payloads)

Exit codes: 0 no errors · 1 errors found (or more warnings than --max-warnings)
            2 usage error, a path that matches nothing, an unreadable file, internal failure

Rules and docs: https://github.com/lint-payloads/lint-payloads/tree/main/docs/rules
`;
