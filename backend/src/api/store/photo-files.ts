import { MedusaError } from "@medusajs/framework/utils"
import { logisticsError } from "../../modules/logistics/messages"
import { detectDocument } from "../utils/license-file"

/**
 * Uploaded photos (receipt checks, after-sales requests) as files for core's
 * upload workflow: the type comes from the first bytes, never the name, and
 * the stored name says what they belong to.
 */
export function photoFiles(files: { buffer: Buffer }[] | undefined, prefix: string) {
  return (files ?? []).map((f, i) => {
    const kind = detectDocument(f.buffer)
    if (!kind) throw logisticsError("photo_type", { index: i + 1 }, MedusaError.Types.INVALID_DATA)
    return { filename: `${prefix}-${i + 1}.${kind.ext}`, mimeType: kind.mime, content: f.buffer.toString("base64") }
  })
}
