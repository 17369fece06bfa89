import { redirect } from "next/navigation"
import { getPathname } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"

type Href = Parameters<typeof getPathname>[0]["href"]

/**
 * next-intl's redirect with the locale prefix, declared as a plain function
 * returning `never` so TypeScript knows the code after it does not run.
 */
export function redirectTo(href: Href, locale: Locale): never {
  redirect(getPathname({ href, locale }))
}
