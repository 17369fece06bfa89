import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { clean, parseWholesaleError } from "../modules/wholesale/wholesale-error"
import { WHOLESALE_MESSAGES } from "../modules/wholesale/messages"
import { REVIEW_MESSAGES } from "../modules/order-review/messages"
import { CREDIT_MESSAGES } from "../modules/credit/messages"
import { LOGISTICS_MESSAGES } from "../modules/logistics/messages"
import { AFTER_SALES_MESSAGES } from "../modules/after-sales/messages"
import { fillMessage } from "../utils/coded-error"
import { requestLocale } from "./utils/locale"
import { DEALER_MESSAGES, dealerMessage } from "../modules/dealer/messages"

const STATUS: Record<string, number> = {
  [MedusaError.Types.INVALID_DATA]: 400,
  [MedusaError.Types.NOT_ALLOWED]: 400,
  [MedusaError.Types.NOT_FOUND]: 404,
  [MedusaError.Types.CONFLICT]: 409,
  forbidden: 403,
}

const core = errorHandler()

/**
 * Medusa's error handler, except for coded wholesale refusals (which may come
 * out of a core workflow's hook): those answer with their machine code, their
 * details and a message in the caller's language.
 */
export function dealerMallErrorHandler(err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (err?.code && err.code in DEALER_MESSAGES && err.type in STATUS) {
    return res.status(STATUS[err.type]).json({
      type: err.type,
      code: err.code,
      message: dealerMessage(err.code, requestLocale(req), err.params ?? {}),
    })
  }
  const known: Record<string, { zh: string; en: string }> = { ...WHOLESALE_MESSAGES, ...REVIEW_MESSAGES, ...CREDIT_MESSAGES, ...LOGISTICS_MESSAGES, ...AFTER_SALES_MESSAGES }
  const coded = parseWholesaleError(err?.message, known)
  if (!coded) return core(err, req, res, next)
  const locale = requestLocale(req)
  const params = clean(coded.details)
  res.status(STATUS[err.type] ?? 400).json({
    type: err.type ?? MedusaError.Types.INVALID_DATA,
    code: coded.code,
    message: fillMessage(known[coded.code][locale === "en" ? "en" : "zh"], params),
    ...clean(coded.details),
  })
}
