import type { MedusaRequest } from "@medusajs/framework/http"
import type { Locale } from "../../modules/dealer/messages"

/** Chinese unless the caller asks for English: people read these messages. */
export function requestLocale(req: MedusaRequest): Locale {
  const asked = String(req.headers["x-locale"] ?? req.headers["accept-language"] ?? "")
  return asked.trim().toLowerCase().startsWith("en") ? "en" : "zh-CN"
}
