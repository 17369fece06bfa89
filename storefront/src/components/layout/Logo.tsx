import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

export default async function Logo() {
  const t = await getTranslations("Brand")
  return (
    <Link
      href="/"
      aria-label={t("home")}
      className="flex min-h-[44px] shrink-0 items-center gap-2 rounded focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <span
        aria-hidden="true"
        className="flex h-9 w-9 items-center justify-center rounded-lg bg-brand-600 text-base font-bold text-white lg:h-11 lg:w-11 lg:text-lg"
      >
        DM
      </span>
      <span className="flex flex-col leading-tight">
        <span className="text-lg font-bold text-brand-700 lg:text-xl">{t("name")}</span>
        <span className="text-[11px] text-gray-500 lg:text-xs">{t("tagline")}</span>
      </span>
    </Link>
  )
}
