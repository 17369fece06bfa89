import { MedusaError } from "@medusajs/framework/utils"
import { codedError } from "../../utils/coded-error"
import { CREDIT_MESSAGES, type CreditCode } from "./messages"

/** A coded credit refusal (see utils/coded-error.ts). */
export function creditError(code: CreditCode, details: Record<string, string | number> = {}, type: string = MedusaError.Types.CONFLICT) {
  return codedError(code, CREDIT_MESSAGES[code].zh, details, type)
}
