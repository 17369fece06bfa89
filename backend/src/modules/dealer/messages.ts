import { MedusaError } from "@medusajs/framework/utils"

export type Locale = "zh-CN" | "en"

type Message = { type: keyof typeof MedusaError.Types; zh: string; en: string }

/** Every refusal a dealer or staff member can meet, by machine code, in both languages. */
export const DEALER_MESSAGES = {
  required: { type: "INVALID_DATA", zh: "请填写{field}", en: "{field} is required" },
  uscc_malformed: {
    type: "INVALID_DATA",
    zh: "统一社会信用代码格式不正确：应为 18 位数字或大写字母（不含 I、O、S、V、Z）",
    en: "The Unified Social Credit Code is malformed: 18 digits or capitals without I, O, S, V, Z",
  },
  mobile_invalid: { type: "INVALID_DATA", zh: "请输入有效的中国大陆手机号", en: "Enter a valid mainland China mobile number" },
  email_invalid: { type: "INVALID_DATA", zh: "电子邮箱格式不正确", en: "The e-mail address is not valid" },
  license_missing: { type: "INVALID_DATA", zh: "请上传营业执照", en: "Upload the business licence" },
  license_type: {
    type: "INVALID_DATA",
    zh: "营业执照须为 JPG、PNG 或 PDF 文件",
    en: "The business licence must be a JPG, PNG or PDF file",
  },
  license_too_large: { type: "INVALID_DATA", zh: "营业执照文件不能超过 5 MB", en: "The business licence file may not exceed 5 MB" },
  uscc_taken: {
    type: "CONFLICT",
    zh: "该统一社会信用代码已提交过入驻申请，请勿重复申请",
    en: "An application with this Unified Social Credit Code already exists",
  },
  already_dealer: { type: "CONFLICT", zh: "该账号已属于一家经销商", en: "This login already belongs to a dealer" },
  not_registered: {
    type: "UNAUTHORIZED",
    zh: "请先注册登录账号再提交申请",
    en: "Register a login before submitting the application",
  },
  no_dealer: { type: "NOT_FOUND", zh: "该账号尚未申请成为经销商", en: "This login has not applied to become a dealer" },
  dealer_not_found: { type: "NOT_FOUND", zh: "经销商不存在", en: "Dealer not found" },
  illegal_transition: {
    type: "CONFLICT",
    zh: "当前状态为「{status}」，不能执行该操作",
    en: "This action is not possible while the dealer is {status}",
  },
  owner_only: { type: "FORBIDDEN", zh: "只有企业负责人可以执行该操作", en: "Only the company owner can do this" },
  tier_unknown: { type: "INVALID_DATA", zh: "所选经销商等级不存在", en: "The chosen dealer tier does not exist" },
  dealer_not_approved: {
    type: "FORBIDDEN",
    zh: "经销商资质审核通过后才能下单",
    en: "Ordering opens once your dealer account is approved",
  },
  invitation_target: { type: "INVALID_DATA", zh: "请填写被邀请人的邮箱或手机号", en: "Give the invitee's e-mail or mobile number" },
  invitation_invalid: { type: "NOT_FOUND", zh: "邀请不存在或已失效", en: "This invitation does not exist or is no longer valid" },
  invitation_expired: { type: "CONFLICT", zh: "邀请已过期，请联系企业负责人重新邀请", en: "This invitation has expired; ask the owner for a new one" },
  member_not_found: { type: "NOT_FOUND", zh: "成员不存在", en: "Member not found" },
  last_owner: { type: "CONFLICT", zh: "企业至少需要保留一名负责人", en: "The company must keep at least one owner" },
  role_not_allowed: { type: "FORBIDDEN", zh: "您的角色无权执行该操作", en: "Your role does not allow this" },
} satisfies Record<string, Message>

export type DealerMessageCode = keyof typeof DEALER_MESSAGES

export const STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  pending: { zh: "待审核", en: "pending review" },
  info_requested: { zh: "待补充资料", en: "waiting for more information" },
  approved: { zh: "已通过", en: "approved" },
  rejected: { zh: "已驳回", en: "rejected" },
  suspended: { zh: "已停用", en: "suspended" },
}

export function dealerMessage(code: DealerMessageCode, locale: Locale, params: Record<string, string> = {}) {
  const m = DEALER_MESSAGES[code]
  const text = locale === "en" ? m.en : m.zh
  const word = (k: string) =>
    k === "status" && STATUS_LABELS[params[k]] ? STATUS_LABELS[params[k]][locale === "en" ? "en" : "zh"] : params[k]
  return text.replace(/\{(\w+)\}/g, (_, k) => word(k) ?? "")
}

/** A MedusaError carrying the code, so routes can re-word it in the caller's language. */
export function dealerError(code: DealerMessageCode, params: Record<string, string> = {}, locale: Locale = "zh-CN") {
  const err = new MedusaError(MedusaError.Types[DEALER_MESSAGES[code].type], dealerMessage(code, locale, params), code)
  ;(err as any).params = params
  return err
}
