import fs from "node:fs"

/** Totals from a jest --json output file; a suite that failed to run counts as one failure. */
export function jestTotals(file) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, note: "jest wrote no results" }
  const r = JSON.parse(fs.readFileSync(file, "utf8"))
  const brokenSuites = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length
  return { passed: r.numPassedTests, failed: r.numFailedTests + brokenSuites, skipped: r.numPendingTests }
}

/** Totals from Node's test runner TAP output ("# pass N", "# fail N"). */
export function tapTotals(output) {
  const num = (label) => Number((output.match(new RegExp(`^# ${label} (\\d+)`, "m")) || [])[1] || 0)
  const passed = num("pass")
  const failed = num("fail") + num("cancelled")
  if (passed + failed === 0) return { passed: 0, failed: 1, note: "the e2e runner reported no tests" }
  return { passed, failed, skipped: num("skipped") }
}
