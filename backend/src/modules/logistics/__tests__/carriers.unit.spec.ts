import { CARRIERS, carrierOf, isValidTrackingNumber, normalizeTrackingNumber, trackingUrl } from "../carriers"

describe("carriers", () => {
  it("accepts each carrier's own example and refuses the others' where formats differ", () => {
    for (const c of CARRIERS) expect([c.code, isValidTrackingNumber(c, c.example)]).toEqual([c.code, true])
    const table: [string, string, boolean][] = [
      ["sf", "SF1234567890123", true],
      ["sf", "sf 1234 5678 9012 3", true],
      ["sf", "SF12345", false],
      ["sf", "YT1234567890123", false],
      ["jd", "JDVA12345678901", true],
      ["jd", "1234567890", false],
      ["zto", "731234567890", true],
      ["zto", "73123456789012", true],
      ["zto", "131234567890", false],
      ["yto", "YT1234567890123", true],
      ["yto", "YT123", false],
      ["sto", "773012345678901", true],
      ["sto", "123456789012", false],
      ["yunda", "4312345678901", true],
      ["yunda", "43123456789", false],
      ["ems", "EA123456789CN", true],
      ["ems", "EA123456789US", false],
      ["deppon", "DPK123456789012", true],
      ["deppon", "DPK1", false],
      ["jt", "JT1234567890123", true],
      ["jt", "JT12345678901234", false],
      ["own", "PS-001", true],
      ["own", "送货单1", false],
      ["custom", "A1", false],
    ]
    for (const [code, n, ok] of table) expect([code, n, isValidTrackingNumber(carrierOf(code)!, n)]).toEqual([code, n, ok])
  })

  it("finds carriers by code or Chinese name and links numbers to a public tracking page", () => {
    expect(carrierOf("顺丰")?.code).toBe("sf")
    expect(carrierOf("中通快递")?.code).toBe("zto")
    expect(carrierOf("SF")?.code).toBe("sf")
    expect(carrierOf("dhl")).toBeUndefined()
    expect(normalizeTrackingNumber(" yt 123 ")).toBe("YT123")
    expect(trackingUrl(carrierOf("yto")!, "YT1")).toBe("https://www.kuaidi100.com/chaxun?com=yuantong&nu=YT1")
    expect(trackingUrl(carrierOf("own")!, "PS-1")).toBeNull()
  })
})
