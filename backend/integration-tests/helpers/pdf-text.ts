import { execFileSync } from "child_process"
import { mkdtempSync, rmSync, writeFileSync } from "fs"
import { tmpdir } from "os"
import { join } from "path"

/** The text a reader sees in a PDF, by poppler's pdftotext (poppler-utils; .ci/run installs it). */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "pdf-text-"))
  try {
    const file = join(dir, "doc.pdf")
    writeFileSync(file, pdf)
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
