"use client"

import { useLocale, useTranslations } from "next-intl"
import { useSearchParams } from "next/navigation"
import { Link, usePathname } from "@/i18n/navigation"
import { GlobeIcon } from "@/components/common/icons"

// A real link (not a select): it works without JS, can be opened in a new
// tab, and keeps the current path and query (e.g. ?q= and ?page=).
export default function LanguageSwitch({ className = "" }: { className?: string }) {
  const t = useTranslations("Header")
  const locale = useLocale()
  const pathname = usePathname()
  const query = useSearchParams().toString()
  const target = locale === "en" ? "zh-CN" : "en"

  return (
    <Link
      href={query ? `${pathname}?${query}` : pathname}
      locale={target}
      hrefLang={target}
      lang={target}
      aria-label={t("switchToLabel")}
      data-testid="language-switch"
      className={`inline-flex min-h-[44px] items-center gap-1 rounded px-2 hover:text-brand-600 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600 ${className}`}
    >
      <GlobeIcon width={18} height={18} />
      <span>{t("switchTo")}</span>
    </Link>
  )
}
