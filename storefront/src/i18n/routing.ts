import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["zh-CN", "en"],
  defaultLocale: "zh-CN",
  // Chinese dealers get clean URLs; English lives under /en.
  localePrefix: "as-needed",
  // The audience is Chinese: a browser set to English must not silently
  // switch a dealer's catalogue away from the language their staff use.
  localeDetection: false,
})

export type Locale = (typeof routing.locales)[number]

/**
 * Route params are typed as plain strings; the layout already 404s unknown
 * locales, so this only narrows the type (falling back defensively).
 */
export function toLocale(raw: string): Locale {
  return (routing.locales as readonly string[]).includes(raw) ? (raw as Locale) : routing.defaultLocale
}
