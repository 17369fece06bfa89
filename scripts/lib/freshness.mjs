import fs from "node:fs"
import path from "node:path"

const SKIP = new Set(["node_modules", ".medusa", ".next", "static", "private-uploads", "__tests__", "e2e"])

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0
  const stat = fs.statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of fs.readdirSync(target)) {
    if (SKIP.has(entry)) continue
    newest = Math.max(newest, newestMtime(path.join(target, entry)))
  }
  return newest
}

/** True when the stamp file is missing or any source is newer than it. */
export function isStale(stampFile, sources) {
  if (!fs.existsSync(stampFile)) return true
  const built = fs.statSync(stampFile).mtimeMs
  return sources.some((s) => newestMtime(s) > built)
}

export function writeStamp(stampFile) {
  fs.mkdirSync(path.dirname(stampFile), { recursive: true })
  fs.writeFileSync(stampFile, new Date().toISOString() + "\n")
}
