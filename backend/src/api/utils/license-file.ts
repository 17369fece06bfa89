import { dealerError, type DealerMessageCode } from "../../modules/dealer/messages"

const licenseError = (code: DealerMessageCode) => Object.assign(dealerError(code), { field: "license" })

export const LICENSE_MAX_BYTES = 5 * 1024 * 1024

const SIGNATURES: { mime: string; ext: string; bytes: number[] }[] = [
  { mime: "image/jpeg", ext: "jpg", bytes: [0xff, 0xd8, 0xff] },
  { mime: "image/png", ext: "png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: "application/pdf", ext: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
]

/** JPG, PNG or PDF by the file's first bytes, or null. */
export function detectDocument(buffer: Buffer) {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => buffer[i] === b)) ?? null
}

/**
 * The type comes from the file's first bytes, never from its name or the
 * browser's claim, so a renamed executable is refused.
 */
export function sniffLicense(file: { buffer: Buffer; originalname?: string } | undefined) {
  if (!file || !file.buffer?.length) throw licenseError("license_missing")
  if (file.buffer.length > LICENSE_MAX_BYTES) throw licenseError("license_too_large")
  const kind = detectDocument(file.buffer)
  if (!kind) throw licenseError("license_type")
  const base = (file.originalname || "license").replace(/\.[^.]*$/, "").replace(/[^\w\u4e00-\u9fff-]+/g, "_").slice(0, 60)
  return { mimeType: kind.mime, filename: `${base || "license"}.${kind.ext}`, content: file.buffer.toString("base64") }
}
