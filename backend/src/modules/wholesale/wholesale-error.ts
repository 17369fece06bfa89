import { MedusaError } from "@medusajs/framework/utils"
import { WHOLESALE_MESSAGES, wholesaleMessage, type WholesaleCode } from "./messages"

const MARKER = /^\[wholesale:(\w+)\](\{.*?\})\s/

export type WholesaleDetails = Record<string, string | number | null>

/**
 * A refusal that travels through workflows (hooks of core cart workflows
 * throw it) and keeps its code and details: the workflow engine may keep only
 * an error's message, so they ride in front of the Chinese text and the
 * error handler turns them back into a localized JSON answer.
 */
export function wholesaleError(
  code: WholesaleCode,
  details: WholesaleDetails = {},
  type: string = MedusaError.Types.INVALID_DATA
): MedusaError {
  const text = wholesaleMessage(code, "zh-CN", clean(details))
  return new MedusaError(type, `[wholesale:${code}]${JSON.stringify(details)} ${text}`, code)
}

export function parseWholesaleError(
  message: unknown,
  known: Record<string, unknown> = WHOLESALE_MESSAGES
): { code: WholesaleCode; details: WholesaleDetails } | null {
  const match = typeof message === "string" ? MARKER.exec(message) : null
  if (!match || !(match[1] in known)) return null
  try {
    return { code: match[1] as WholesaleCode, details: JSON.parse(match[2]) }
  } catch {
    return null
  }
}

export function clean(details: WholesaleDetails): Record<string, string | number> {
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== null)) as Record<string, string | number>
}
