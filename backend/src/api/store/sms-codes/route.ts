import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { normalizeMobile } from "../../../modules/dealer/mobile"
import { PHONE_PROVIDER } from "../../../workflows/dealer/steps/attach-phone-login"
import { requestLocale } from "../../utils/locale"
import { allowFromIp } from "./ip-limit"

const TEXT = {
  invalid: { zh: "请输入有效的中国大陆手机号", en: "Enter a valid mainland China mobile number" },
  too_soon: { zh: "验证码发送过于频繁，请 {s} 秒后再试", en: "Please wait {s} seconds before asking for another code" },
  daily_limit: { zh: "该手机号今日获取验证码次数已达上限", en: "This number has had its codes for today" },
  ip_limit: { zh: "请求过于频繁，请稍后再试", en: "Too many requests, please try again later" },
}

/**
 * Sends a sign-in code by SMS. Whether the number belongs to a dealer is not
 * revealed: unknown numbers get the same answer, and no message.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const lang = requestLocale(req) === "en" ? "en" : "zh"
  const phone = normalizeMobile(String((req.body as any)?.phone ?? ""))
  if (!phone) {
    res.status(400).json({ type: "invalid_data", code: "mobile_invalid", field: "phone", message: TEXT.invalid[lang] })
    return
  }
  if (!(await allowFromIp(req))) {
    res.status(429).json({ type: "too_many_requests", code: "ip_limit", message: TEXT.ip_limit[lang] })
    return
  }
  const result: any = await req.scope.resolve(Modules.AUTH).updateProvider(PHONE_PROVIDER, { entity_id: phone, action: "issue_code" })
  if (result.error === "too_soon" || result.error === "daily_limit") {
    const seconds = Math.ceil((result.retry_after_ms ?? 60000) / 1000)
    res.setHeader("Retry-After", String(seconds))
    res.status(429).json({
      type: "too_many_requests",
      code: result.error,
      retry_after: seconds,
      message: TEXT[result.error as "too_soon"][lang].replace("{s}", String(seconds)),
    })
    return
  }
  if (result.success && result.code) {
    await req.scope.resolve(Modules.NOTIFICATION).createNotifications({
      to: phone,
      channel: "sms",
      template: "login-code",
      data: { code: result.code, text: `您的 DealerMall 登录验证码为 ${result.code}，5 分钟内有效。如非本人操作请忽略。` },
    })
  }
  res.status(202).json({ sent: true, resend_after: 60 })
}
