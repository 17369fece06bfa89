import multer from "multer"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dealerMessage } from "../../modules/dealer/messages"
import { requestLocale } from "../utils/locale"
import { LICENSE_MAX_BYTES } from "../utils/license-file"

const upload = multer({
  storage: multer.memoryStorage(),
  // Browsers send UTF-8 file names (营业执照.pdf); multer's default latin1 would mangle them.
  defParamCharset: "utf8",
  limits: { fileSize: LICENSE_MAX_BYTES, files: 1, fields: 30, fieldSize: 4096 },
}).single("license")

/** Reads one `license` file into memory; an oversize or extra file is a 400, not a 500. */
export function licenseUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as any, res as any, (err: any) => {
    if (!err) return next()
    const code = err.code === "LIMIT_FILE_SIZE" ? "license_too_large" : "license_type"
    res.status(400).json({ type: "invalid_data", code, field: "license", message: dealerMessage(code, requestLocale(req)) })
  })
}
