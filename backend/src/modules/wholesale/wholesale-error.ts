import { MedusaError } from "@medusajs/framework/utils"
import { clean, codedError, parseCodedError, type Details } from "../../utils/coded-error"
import { WHOLESALE_MESSAGES, type WholesaleCode } from "./messages"

export type WholesaleDetails = Details
export { clean }

/** A coded wholesale refusal (see utils/coded-error.ts). */
export function wholesaleError(code: WholesaleCode, details: WholesaleDetails = {}, type: string = MedusaError.Types.INVALID_DATA): MedusaError {
  return codedError(code, WHOLESALE_MESSAGES[code].zh, details, type)
}

export function parseWholesaleError(
  message: unknown,
  known: Record<string, unknown> = WHOLESALE_MESSAGES
): { code: WholesaleCode; details: WholesaleDetails } | null {
  return parseCodedError(message, known) as { code: WholesaleCode; details: WholesaleDetails } | null
}
