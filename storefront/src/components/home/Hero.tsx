import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

export default async function Hero() {
  const t = await getTranslations("Home")
  const benefits = [t("benefitGenuine"), t("benefitPrice"), t("benefitCredit"), t("benefitLogistics")]

  return (
    <section
      aria-labelledby="hero-heading"
      className="relative overflow-hidden rounded-xl bg-gradient-to-br from-brand-700 via-brand-600 to-brand-500 px-5 py-8 text-white md:px-12 md:py-14"
    >
      {/* Decorative rings; pointer-events off so they never steal taps. */}
      <div aria-hidden="true" className="pointer-events-none absolute -right-16 -top-16 h-64 w-64 rounded-full border-[28px] border-white/10" />
      <div aria-hidden="true" className="pointer-events-none absolute -bottom-24 right-24 hidden h-56 w-56 rounded-full bg-white/5 md:block" />
      <div className="relative max-w-2xl">
        <h1 id="hero-heading" className="text-2xl font-bold leading-tight md:text-4xl">
          {t("heroTitle")}
        </h1>
        <p className="mt-3 text-base text-white/90 md:text-lg">{t("heroSubtitle")}</p>
        <ul className="mt-5 flex flex-wrap gap-2 text-sm">
          {benefits.map((b) => (
            <li key={b} className="rounded-full bg-white/15 px-3 py-1">
              {b}
            </li>
          ))}
        </ul>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href="/apply"
            className="inline-flex h-12 items-center rounded-lg bg-white px-6 font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t("heroApply")}
          </Link>
          <Link
            href="/categories"
            className="inline-flex h-12 items-center rounded-lg border-2 border-white/80 px-6 font-semibold text-white hover:bg-white/10"
          >
            {t("heroBrowse")}
          </Link>
        </div>
      </div>
    </section>
  )
}
