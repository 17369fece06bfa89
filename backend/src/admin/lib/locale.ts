import i18n from "i18next"
import { useTranslation } from "react-i18next"

// The dashboard names its languages "zhCN", "enGB", …; Intl wants BCP 47 ("zh-CN").
export function toBcp47(code: string | undefined): string {
  if (!code) return "zh-CN"
  return code.replace(/^([a-z]{2})([A-Z]{2})$/, "$1-$2")
}

/** Error messages come from the API in Chinese unless asked for English; follow the staff's admin language. */
export function apiLanguageHeaders(): Record<string, string> {
  const lang = i18n.language || "zhCN"
  return { "Accept-Language": lang.startsWith("zh") ? "zh-CN" : "en" }
}

const moneyFormat = new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY" })

const compactMoneyFormat = new Intl.NumberFormat("zh-CN", {
  style: "currency",
  currency: "CNY",
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
})

/** ¥90 rather than ¥90.00, for dense summaries such as quantity breaks. */
export function formatMoneyCompact(value: number | string): string {
  const n = Number(value)
  return Number.isFinite(n) ? compactMoneyFormat.format(n) : String(value)
}

export function formatMoney(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "—"
  const n = Number(value)
  return Number.isFinite(n) ? moneyFormat.format(n) : String(value)
}

/** Formatters bound to the current admin language; times always shown in China time. */
export function useFormatters() {
  const { i18n: instance } = useTranslation()
  const locale = toBcp47(instance.language)
  const dateTime = new Intl.DateTimeFormat(locale, {
    timeZone: "Asia/Shanghai",
    dateStyle: "medium",
    timeStyle: "short",
  })
  const dateOnly = new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", dateStyle: "medium" })
  return {
    locale,
    formatDateTime: (iso: string | null | undefined) => {
      if (!iso) return "—"
      const d = new Date(iso)
      return Number.isNaN(d.getTime()) ? iso : dateTime.format(d)
    },
    /** The China calendar day, for due dates. */
    formatDate: (iso: string | null | undefined) => {
      if (!iso) return "—"
      const d = new Date(iso)
      return Number.isNaN(d.getTime()) ? iso : dateOnly.format(d)
    },
    formatMoney,
  }
}

/** Today's date in China as YYYY-MM-DD (for date inputs). */
export function shanghaiToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date())
}

/** Whole China calendar days from `iso` until now (0 on the due day itself); null without a date. */
export function daysSince(iso: string | null | undefined): number | null {
  if (!iso) return null
  const day = (d: Date) => Date.parse(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(d))
  const then = new Date(iso)
  if (Number.isNaN(then.getTime())) return null
  return Math.round((day(new Date()) - day(then)) / 86_400_000)
}

type T = (key: string, opts?: Record<string, unknown>) => string

/** "3 小时前" / "3 hours ago" from an age in hours (minutes under an hour, days from two days on). */
export function formatAgeHours(hours: number | null | undefined, t: T): string {
  if (hours === null || hours === undefined || !Number.isFinite(Number(hours))) return "—"
  const h = Math.max(0, Number(hours))
  if (h < 1) return t("dealermall.age.minutes", { count: Math.max(1, Math.round(h * 60)) })
  if (h < 48) return t("dealermall.age.hours", { count: Math.floor(h) })
  return t("dealermall.age.days", { count: Math.floor(h / 24) })
}

/** "7 分钟" / "3 hours": how long something has waited (same units as formatAgeHours). */
export function formatDurationHours(hours: number | null | undefined, t: T): string {
  if (hours === null || hours === undefined || !Number.isFinite(Number(hours))) return "—"
  const h = Math.max(0, Number(hours))
  if (h < 1) return t("dealermall.duration.minutes", { count: Math.max(1, Math.round(h * 60)) })
  if (h < 48) return t("dealermall.duration.hours", { count: Math.floor(h) })
  return t("dealermall.duration.days", { count: Math.floor(h / 24) })
}

/** Hours since `at` (to the minute), else the server's whole-hour age. */
export function hoursSince(at: string | null | undefined, fallback: number | null | undefined): number | null {
  const ms = at ? Date.parse(at) : NaN
  if (Number.isFinite(ms)) return Math.max(0, (Date.now() - ms) / 3_600_000)
  return fallback ?? null
}
