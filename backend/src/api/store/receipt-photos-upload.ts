import multer from "multer"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LICENSE_MAX_BYTES } from "../utils/license-file"
import { requestLocale } from "../utils/locale"

const upload = multer({
  storage: multer.memoryStorage(),
  defParamCharset: "utf8",
  limits: { fileSize: LICENSE_MAX_BYTES, files: 9, fields: 10, fieldSize: 64 * 1024 },
}).array("photos", 9)

/** Reads up to nine receipt photos (`photos`) of a multipart request into memory; JSON requests pass through. */
export function receiptPhotosUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as any, res as any, (err: any) => {
    if (!err) return next()
    const en = requestLocale(req) === "en"
    res.status(400).json({
      type: "invalid_data",
      code: "photos_invalid",
      field: "photos",
      message: en ? "Up to 9 photos of at most 5 MB each" : "最多 9 张照片，每张不超过 5 MB",
    })
  })
}
