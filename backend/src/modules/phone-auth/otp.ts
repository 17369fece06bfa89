import crypto from "crypto"

export const CODE_TTL_MS = 5 * 60 * 1000
export const MAX_WRONG_TRIES = 5
export const MIN_SEND_INTERVAL_MS = 60 * 1000
export const MAX_SENDS_PER_DAY = 10
const DAY_MS = 24 * 60 * 60 * 1000

export type OtpState = {
  otp?: { hash: string; salt: string; expires_at: number; attempts: number } | null
  sends?: number[]
}

const digest = (code: string, salt: string) => crypto.createHash("sha256").update(`${salt}:${code}`).digest("hex")

export type IssueResult = { ok: true; code: string; state: OtpState } | { ok: false; reason: "too_soon" | "daily_limit"; retryAfterMs: number }

/** A new 6-digit code unless this phone was sent one within a minute or ten today. Only the hash is kept. */
export function issueCode(state: OtpState, now: number): IssueResult {
  const sends = (state.sends ?? []).filter((t) => now - t < DAY_MS)
  const last = Math.max(0, ...sends)
  if (now - last < MIN_SEND_INTERVAL_MS) return { ok: false, reason: "too_soon", retryAfterMs: MIN_SEND_INTERVAL_MS - (now - last) }
  if (sends.length >= MAX_SENDS_PER_DAY) return { ok: false, reason: "daily_limit", retryAfterMs: DAY_MS - (now - Math.min(...sends)) }
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, "0")
  const salt = crypto.randomBytes(16).toString("hex")
  return {
    ok: true,
    code,
    state: { otp: { hash: digest(code, salt), salt, expires_at: now + CODE_TTL_MS, attempts: 0 }, sends: [...sends, now] },
  }
}

export type VerifyResult = { ok: boolean; reason?: "no_code" | "expired" | "locked" | "wrong"; state: OtpState }

/** Checks a code; a wrong one counts against the five tries, a right one is used up. */
export function verifyCode(state: OtpState, code: string, now: number): VerifyResult {
  const otp = state.otp
  if (!otp) return { ok: false, reason: "no_code", state }
  if (now > otp.expires_at) return { ok: false, reason: "expired", state: { ...state, otp: null } }
  if (otp.attempts >= MAX_WRONG_TRIES) return { ok: false, reason: "locked", state }
  const given = Buffer.from(digest(String(code), otp.salt), "hex")
  if (crypto.timingSafeEqual(given, Buffer.from(otp.hash, "hex"))) return { ok: true, state: { ...state, otp: null } }
  return { ok: false, reason: "wrong", state: { ...state, otp: { ...otp, attempts: otp.attempts + 1 } } }
}
