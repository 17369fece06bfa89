import { usccCheckCharacter } from "../../src/modules/dealer/uscc"

export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("fake-png-body")])
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")

let serial = 0

/** A valid Unified Social Credit Code that differs per call (region 310115, Shanghai Pudong). */
export function validUscc(): string {
  serial += 1
  const body = `91310115MA1K${String(serial).padStart(4, "0")}X`.slice(0, 17)
  return body + usccCheckCharacter(body)
}

export function applicationFields(overrides: Record<string, string> = {}) {
  return {
    company_name: "上海禾丰商贸有限公司",
    uscc: validUscc(),
    contact_name: "王伟",
    mobile: "13812345678",
    email: `dealer${Date.now()}${Math.floor(Math.random() * 1e6)}@example.com`,
    province: "上海市",
    city: "上海市",
    district: "浦东新区",
    address: "张江路 88 号",
    ...overrides,
  }
}

export function applicationForm(fields: Record<string, string>, file: { data: Buffer; name: string; type?: string } | null) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  if (file) form.append("license", new Blob([new Uint8Array(file.data)], { type: file.type ?? "application/octet-stream" }), file.name)
  return form
}
