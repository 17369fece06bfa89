import type { MedusaContainer } from "@medusajs/framework/types"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { creditError } from "../../modules/credit/credit-error"
import { detectDocument, LICENSE_MAX_BYTES } from "../utils/license-file"

/** Stores an uploaded remittance slip privately (JPG, PNG or PDF by content, ≤ 5 MB). */
export async function storeSlipFile(container: MedusaContainer, file: { buffer: Buffer; originalname?: string } | undefined) {
  const kind = file?.buffer?.length && file.buffer.length <= LICENSE_MAX_BYTES ? detectDocument(file.buffer) : null
  if (!file || !kind) throw creditError("slip_file_missing", { field: "file" }, "invalid_data")
  const base = (file.originalname || "slip").replace(/\.[^.]*$/, "").replace(/[^\w\u4e00-\u9fff-]+/g, "_").slice(0, 60) || "slip"
  const filename = `${base}.${kind.ext}`
  const { result } = await uploadFilesWorkflow(container).run({
    input: { files: [{ filename, mimeType: kind.mime, content: file.buffer.toString("base64"), access: "private" }] },
  })
  return { file_id: result[0].id, file_name: filename, file_mime: kind.mime }
}
