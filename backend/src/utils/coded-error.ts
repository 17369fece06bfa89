import { MedusaError } from "@medusajs/framework/utils"

export type Params = Record<string, string | number>
export type Details = Record<string, string | number | null>

const MARKER = /^\[wholesale:(\w+)\](\{.*?\})\s/

/** A message template with its {placeholders} filled; unknown ones become empty. */
export function fillMessage(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key) => (params[key] === undefined ? "" : String(params[key])))
}

export function clean(details: Details): Params {
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== null)) as Params
}

/**
 * A refusal that keeps its code and details through workflows (hooks of core
 * workflows throw it, and the engine may keep only an error's message): they
 * ride in front of the Chinese text, and the API error handler turns them back
 * into a localized JSON answer.
 */
export function codedError(code: string, zhTemplate: string, details: Details, type: string): MedusaError {
  return new MedusaError(type, `[wholesale:${code}]${JSON.stringify(details)} ${fillMessage(zhTemplate, clean(details))}`, code)
}

export function parseCodedError(message: unknown, known: Record<string, unknown>): { code: string; details: Details } | null {
  const match = typeof message === "string" ? MARKER.exec(message) : null
  if (!match || !(match[1] in known)) return null
  try {
    return { code: match[1], details: JSON.parse(match[2]) }
  } catch {
    return null
  }
}
