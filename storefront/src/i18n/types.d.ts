import type { Locale } from "./routing"
import type messages from "../../messages/zh-CN.json"
import type onboarding from "../../messages/onboarding.zh-CN.json"
import type wholesale from "../../messages/wholesale.zh-CN.json"
import type orders from "../../messages/orders.zh-CN.json"
import type payments from "../../messages/payments.zh-CN.json"
import type afterSales from "../../messages/afterSales.zh-CN.json"

// Typed keys: a missing or misspelt message key fails `tsc`, not production.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale
    Messages: typeof messages & typeof onboarding & typeof wholesale & typeof orders & typeof payments & typeof afterSales
  }
}
