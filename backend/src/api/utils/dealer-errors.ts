import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEALER_MESSAGES, dealerMessage, type DealerMessageCode } from "../../modules/dealer/messages"
import { requestLocale } from "./locale"

const STATUS: Record<string, number> = {
  invalid_data: 400,
  not_allowed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
}

const isDealerError = (err: any): err is { code: DealerMessageCode; type: string; params?: any; field?: string } =>
  !!err?.code && err.code in DEALER_MESSAGES && err.type in STATUS

/**
 * Runs a handler and answers its coded refusals itself, in the caller's
 * language and with the offending field, which Medusa's error handler drops.
 */
export async function withDealerErrors(req: MedusaRequest, res: MedusaResponse, handler: () => Promise<void>) {
  try {
    await handler()
  } catch (err: any) {
    if (!isDealerError(err)) throw err
    res.status(STATUS[err.type]).json({
      type: err.type,
      code: err.code,
      message: dealerMessage(err.code, requestLocale(req), err.params ?? {}),
      ...(err.field ? { field: err.field } : {}),
    })
  }
}
