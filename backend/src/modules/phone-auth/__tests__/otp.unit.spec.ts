import { CODE_TTL_MS, issueCode, MAX_SENDS_PER_DAY, verifyCode } from "../otp"

const T0 = Date.UTC(2026, 10, 26, 8, 0, 0)

describe("one-time codes", () => {
  it("issues six digits, keeps only a hash, and accepts the code once", () => {
    const issued = issueCode({}, T0)
    if (!issued.ok) throw new Error("should issue")
    expect(issued.code).toMatch(/^\d{6}$/)
    expect(JSON.stringify(issued.state)).not.toContain(issued.code)
    const used = verifyCode(issued.state, issued.code, T0 + 1000)
    expect(used.ok).toBe(true)
    expect(verifyCode(used.state, issued.code, T0 + 2000)).toMatchObject({ ok: false, reason: "no_code" })
  })

  it("expires after five minutes", () => {
    const issued = issueCode({}, T0) as any
    expect(verifyCode(issued.state, issued.code, T0 + CODE_TTL_MS + 1)).toMatchObject({ ok: false, reason: "expired" })
  })

  it("locks after five wrong tries, even for the right code", () => {
    const issued = issueCode({}, T0) as any
    let state = issued.state
    const wrong = issued.code === "000000" ? "000001" : "000000"
    for (let i = 0; i < 5; i++) {
      const r = verifyCode(state, wrong, T0 + i)
      expect(r).toMatchObject({ ok: false, reason: "wrong" })
      state = r.state
    }
    expect(verifyCode(state, issued.code, T0 + 10)).toMatchObject({ ok: false, reason: "locked" })
  })

  it("sends at most one code a minute and ten a day", () => {
    const first = issueCode({}, T0) as any
    expect(issueCode(first.state, T0 + 59_000)).toMatchObject({ ok: false, reason: "too_soon", retryAfterMs: 1000 })
    let state = first.state
    for (let i = 1; i < MAX_SENDS_PER_DAY; i++) {
      const r = issueCode(state, T0 + i * 61_000) as any
      expect(r.ok).toBe(true)
      state = r.state
    }
    expect(issueCode(state, T0 + 11 * 61_000)).toMatchObject({ ok: false, reason: "daily_limit" })
    expect(issueCode(state, T0 + 24 * 3600_000 + 1).ok).toBe(true)
  })
})
