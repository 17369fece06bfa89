import { fingerprint, mergeTracking } from "../tracking-merge"
import { kuaidi100Sign, kuaidi100State, parseKuaidi100Result, verifyKuaidi100Push } from "../providers/kuaidi100-format"

const ev = (iso: string, description: string, state: any = null) => ({ occurred_at: new Date(iso), description, state })
const known = (e: ReturnType<typeof ev>) => ({ fingerprint: fingerprint(e), occurred_at: e.occurred_at, state: e.state })

describe("tracking merge", () => {
  const a = ev("2026-11-26T01:00:00Z", "已揽收", "in_transit")
  const b = ev("2026-11-26T12:00:00Z", "派送中", "out_for_delivery")
  const c = ev("2026-11-27T03:00:00Z", "已签收", "delivered")

  it("adds only unseen events and takes the newest event's state", () => {
    const m = mergeTracking([known(a)], [b, a], "in_transit")
    expect(m.fresh.map((e) => e.description)).toEqual(["派送中"])
    expect(m.state).toBe("out_for_delivery")
    expect(m.last_event_at?.toISOString()).toBe("2026-11-26T12:00:00.000Z")
  })

  it("never moves the state back when an older push arrives late", () => {
    const m = mergeTracking([known(c)], [a, b], "delivered")
    expect(m.fresh).toHaveLength(2)
    expect(m.state).toBe("delivered")
    expect(m.delivered_at?.toISOString()).toBe("2026-11-27T03:00:00.000Z")
  })

  it("keeps the current state when no event says one, and ignores repeats within one push", () => {
    const plain = ev("2026-11-26T05:00:00Z", "到达分拨中心")
    const m = mergeTracking([], [plain, plain], "pending")
    expect([m.fresh.length, m.state]).toEqual([1, "pending"])
  })
})

describe("Kuaidi100 format", () => {
  it("maps main and sub state codes", () => {
    expect(["0", "1", "5", "501", "3", "301", "2", "14", "4", "6", "8", "", "99"].map(kuaidi100State)).toEqual([
      "in_transit", "in_transit", "out_for_delivery", "out_for_delivery", "delivered", "delivered", "exception", "exception", "returned", "returned", "in_transit", null, null,
    ])
  })

  it("reads a documented push body, China time, newest first", () => {
    const u = parseKuaidi100Result({
      nu: "yt123", com: "yuantong", state: "3",
      data: [
        { context: "已签收", time: "2026-11-27 15:30:00", ftime: "2026-11-27 15:30:00", status: "签收", areaName: "北京市" },
        { context: "运输中", time: "2026-11-26 20:00:00", ftime: "2026-11-26 20:00:00", status: "在途" },
      ],
    })!
    expect(u.number).toBe("YT123")
    expect(u.events.map((e) => [e.occurred_at.toISOString(), e.state, e.location])).toEqual([
      ["2026-11-27T07:30:00.000Z", "delivered", "北京市"],
      ["2026-11-26T12:00:00.000Z", "in_transit", null],
    ])
    expect(parseKuaidi100Result({ message: "快递公司参数异常" })).toBeNull()
  })

  it("verifies MD5(param + salt) signatures, upper-case, and refuses a missing salt", () => {
    const sign = kuaidi100Sign("{\"a\":1}" + "salt")
    expect(sign).toMatch(/^[0-9A-F]{32}$/)
    expect(verifyKuaidi100Push("{\"a\":1}", sign, "salt")).toBe(true)
    expect(verifyKuaidi100Push("{\"a\":1}", sign.toLowerCase(), "salt")).toBe(true)
    expect(verifyKuaidi100Push("{\"a\":2}", sign, "salt")).toBe(false)
    expect(verifyKuaidi100Push("{\"a\":1}", sign, "")).toBe(false)
  })
})
