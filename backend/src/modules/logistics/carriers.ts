/** A carrier staff can pick when shipping, with the number format it issues. */
export type Carrier = {
  code: string
  name: string
  name_en: string
  /** Kuaidi100's company code; null for carriers it cannot track. */
  kuaidi100: string | null
  pattern: RegExp
  example: string
}

const FREE_FORM = /^[A-Z0-9-]{4,40}$/

export const CARRIERS: Carrier[] = [
  { code: "sf", name: "顺丰速运", name_en: "SF Express", kuaidi100: "shunfeng", pattern: /^(SF\d{12,13}|\d{12})$/, example: "SF1234567890123" },
  { code: "jd", name: "京东物流", name_en: "JD Logistics", kuaidi100: "jd", pattern: /^JD[A-Z0-9]{10,15}$/, example: "JDVA12345678901" },
  { code: "zto", name: "中通快递", name_en: "ZTO Express", kuaidi100: "zhongtong", pattern: /^[3567]\d{11}(\d{2})?$/, example: "731234567890" },
  { code: "yto", name: "圆通速递", name_en: "YTO Express", kuaidi100: "yuantong", pattern: /^YT\d{13}$/, example: "YT1234567890123" },
  { code: "sto", name: "申通快递", name_en: "STO Express", kuaidi100: "shentong", pattern: /^(77|88|66|55|44|33|22|11|99|26|36|46|56|58|68|98)\d{10,13}$/, example: "773012345678901" },
  { code: "yunda", name: "韵达快递", name_en: "Yunda Express", kuaidi100: "yunda", pattern: /^(\d{13}|\d{15})$/, example: "4312345678901" },
  { code: "ems", name: "中国邮政 EMS", name_en: "China Post EMS", kuaidi100: "ems", pattern: /^(\d{13}|[A-Z]{2}\d{9}CN)$/, example: "1123456789012" },
  { code: "deppon", name: "德邦快递", name_en: "Deppon", kuaidi100: "debangkuaidi", pattern: /^(DPK\d{12}|\d{8,10})$/, example: "DPK123456789012" },
  { code: "jt", name: "极兔速递", name_en: "J&T Express", kuaidi100: "jtexpress", pattern: /^JT\d{13}$/, example: "JT1234567890123" },
  { code: "own", name: "自有配送", name_en: "Own delivery", kuaidi100: null, pattern: FREE_FORM, example: "PS-20261126-01" },
  { code: "custom", name: "其他", name_en: "Other carrier", kuaidi100: null, pattern: FREE_FORM, example: "AB123456789" },
]

export function carrierOf(codeOrName: string): Carrier | undefined {
  const key = codeOrName.trim().toLowerCase()
  return CARRIERS.find((c) => c.code === key || c.name.toLowerCase() === key || c.name_en.toLowerCase() === key || c.name.startsWith(codeOrName.trim()))
}

/** Staff paste numbers with spaces and lower case; carriers print them upper-case without. */
export function normalizeTrackingNumber(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase()
}

export function isValidTrackingNumber(carrier: Carrier, number: string): boolean {
  return carrier.pattern.test(normalizeTrackingNumber(number))
}

/** A public page where anyone with the number can follow it. */
export function trackingUrl(carrier: Carrier, number: string): string | null {
  if (!carrier.kuaidi100) return null
  return `https://www.kuaidi100.com/chaxun?com=${carrier.kuaidi100}&nu=${encodeURIComponent(number)}`
}

export function presentCarrier(c: Carrier) {
  return {
    code: c.code,
    name: c.name,
    name_en: c.name_en,
    pattern: c.pattern.source,
    example: c.example,
    tracking_url_template: c.kuaidi100 ? `https://www.kuaidi100.com/chaxun?com=${c.kuaidi100}&nu={number}` : null,
  }
}
