import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

export default async function DealerCta() {
  const t = await getTranslations("Home")
  return (
    <section
      aria-labelledby="dealer-cta-heading"
      data-testid="dealer-cta"
      className="flex flex-col items-start gap-4 rounded-xl border border-brand-200 bg-brand-50 p-6 md:flex-row md:items-center md:justify-between md:p-8"
    >
      <div>
        <h2 id="dealer-cta-heading" className="text-xl font-bold text-brand-800">
          {t("ctaTitle")}
        </h2>
        <p className="mt-2 max-w-2xl text-gray-700">{t("ctaBody")}</p>
      </div>
      <Link
        href="/apply"
        className="inline-flex h-12 shrink-0 items-center rounded-lg bg-brand-600 px-8 font-semibold text-white hover:bg-brand-700"
      >
        {t("ctaButton")}
      </Link>
    </section>
  )
}
