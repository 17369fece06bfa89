import { z } from "zod"
import { checkUscc } from "../../../modules/dealer/uscc"
import { normalizeMobile } from "../../../modules/dealer/mobile"
import { dealerError } from "../../../modules/dealer/messages"

const FIELD_NAMES: Record<string, string> = {
  company_name: "企业名称",
  uscc: "统一社会信用代码",
  contact_name: "联系人",
  mobile: "手机号",
  email: "电子邮箱",
  province: "省份",
  city: "城市",
  district: "区县",
  address: "详细地址",
}

const text = (max: number) => z.string().trim().min(1).max(max)

export const ApplicationFields = z.object({
  company_name: text(120),
  uscc: text(40),
  contact_name: text(40),
  mobile: text(20),
  email: z.string().trim().toLowerCase().max(120),
  province: text(30),
  city: text(30),
  district: text(30),
  address: text(200),
})

export type ApplicationFieldsInput = z.infer<typeof ApplicationFields>

/** Validates and normalises an application; throws a coded error naming the first bad field. */
export function parseApplication(body: unknown, { partial = false } = {}) {
  const schema = partial ? ApplicationFields.partial() : ApplicationFields
  const parsed = schema.safeParse(body ?? {})
  if (!parsed.success) {
    const field = String(parsed.error.issues[0].path[0])
    throw withField(dealerError("required", { field: FIELD_NAMES[field] ?? field }), field)
  }
  const data: Record<string, any> = { ...parsed.data }
  if (data.uscc !== undefined) {
    const uscc = checkUscc(data.uscc)
    if (!uscc.ok) throw withField(dealerError("uscc_malformed"), "uscc")
    data.uscc = uscc.code
    data.uscc_checksum_ok = uscc.checksumOk
  }
  if (data.mobile !== undefined) {
    const mobile = normalizeMobile(data.mobile)
    if (!mobile) throw withField(dealerError("mobile_invalid"), "mobile")
    data.mobile = mobile
  }
  if (data.email !== undefined && !z.string().email().safeParse(data.email).success) {
    throw withField(dealerError("email_invalid"), "email")
  }
  return data
}

function withField<E extends Error>(err: E, field: string): E {
  ;(err as any).field = field
  return err
}
