import { MedusaError } from "@medusajs/framework/utils"
import { CREDIT_MESSAGES, type CreditCode } from "./messages"

const fill = (t: string, p: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (_, k) => (p[k] === undefined ? "" : String(p[k])))

/** A coded refusal in the format the API error handler localizes (see wholesale-error.ts). */
export function creditError(code: CreditCode, details: Record<string, string | number> = {}, type: string = MedusaError.Types.CONFLICT) {
  return new MedusaError(type, `[wholesale:${code}]${JSON.stringify(details)} ${fill(CREDIT_MESSAGES[code].zh, details)}`, code)
}
