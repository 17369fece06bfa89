import { createHash } from "crypto"
import type { ShipmentState } from "../states"
import type { TrackingUpdate } from "./types"

/** Kuaidi100's state codes (lastResult.state / data[].statusCode's first digit) to ours. */
export function kuaidi100State(code: string | number | null | undefined): ShipmentState | null {
  const c = String(code ?? "")
  if (c === "") return null
  // resultv2 sub-codes (e.g. 501 派件中, 301 本人签收) share the main code's first digits.
  const main = c.length >= 3 ? c.slice(0, c.length - 2) : c
  switch (main) {
    case "0":
    case "1":
    case "7":
    case "8":
      return "in_transit"
    case "5":
      return "out_for_delivery"
    case "3":
      return "delivered"
    case "2":
    case "14":
      return "exception"
    case "4":
    case "6":
      return "returned"
    default:
      return null
  }
}

const TEXT_STATES: [RegExp, ShipmentState][] = [
  [/拒签|疑难|异常/, "exception"],
  [/退签|退回/, "returned"],
  [/签收/, "delivered"],
  [/派件|派送/, "out_for_delivery"],
  [/揽收|在途|转投|清关|干线|到达|发出/, "in_transit"],
]

function textState(status: string | undefined): ShipmentState | null {
  if (!status) return null
  return TEXT_STATES.find(([re]) => re.test(status))?.[1] ?? null
}

/** Kuaidi100 prints China time without a zone. */
function chinaTime(s: string): Date {
  return new Date(`${s.trim().replace(" ", "T")}+08:00`)
}

/** A query answer or a push's `lastResult` as our update; null when it holds no tracking data. */
export function parseKuaidi100Result(r: any): TrackingUpdate | null {
  if (!r || !r.nu || !Array.isArray(r.data)) return null
  const overall = kuaidi100State(r.state)
  const events = r.data
    .filter((d: any) => d?.context && (d.ftime || d.time))
    .map((d: any, i: number) => ({
      occurred_at: chinaTime(d.ftime || d.time),
      location: d.areaName || d.location || null,
      description: String(d.context).trim(),
      // The provider lists newest first; the overall state belongs to that one.
      state: kuaidi100State(d.statusCode) ?? textState(d.status) ?? (i === 0 ? overall : null),
    }))
    .filter((e: any) => !Number.isNaN(e.occurred_at.getTime()))
  const eta = r.arrivalTime ? chinaTime(String(r.arrivalTime).length <= 13 ? `${r.arrivalTime}:00:00` : r.arrivalTime) : null
  return { carrier: r.com ?? null, number: String(r.nu).toUpperCase(), state: overall, events, estimated_arrival: eta && !Number.isNaN(eta.getTime()) ? eta : null }
}

export function kuaidi100Sign(text: string): string {
  return createHash("md5").update(text, "utf8").digest("hex").toUpperCase()
}

/** A push is genuine when `sign` is MD5(param + salt), upper-case, as Kuaidi100 documents. */
export function verifyKuaidi100Push(param: string, sign: string | undefined, salt: string): boolean {
  if (!sign || !salt) return false
  const expected = kuaidi100Sign(param + salt)
  return expected.length === sign.length && expected === sign.toUpperCase()
}

/** What Kuaidi100 expects back; anything else makes it push again. */
export const KUAIDI100_OK = { result: true, returnCode: "200", message: "成功" }
export const KUAIDI100_BAD_SIGN = { result: false, returnCode: "400", message: "签名错误" }
