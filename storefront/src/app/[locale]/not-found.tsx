import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

export default function NotFound() {
  const t = useTranslations("NotFound")
  return (
    <section data-testid="not-found" className="flex flex-col items-center py-16 text-center">
      <p aria-hidden="true" className="text-6xl font-bold text-brand-200">404</p>
      <h1 className="mt-4 text-2xl font-bold text-gray-900">{t("title")}</h1>
      <p className="mt-3 max-w-md text-gray-600">{t("body")}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/" className="inline-flex h-12 items-center rounded-lg bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700">
          {t("home")}
        </Link>
        <Link href="/search" className="inline-flex h-12 items-center rounded-lg border-2 border-brand-600 px-6 font-semibold text-brand-600 hover:bg-brand-50">
          {t("search")}
        </Link>
      </div>
    </section>
  )
}
