import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { toLocale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import ApplyForm from "@/components/apply/ApplyForm"
import ApplyNextSteps from "@/components/apply/ApplyNextSteps"
import Breadcrumb from "@/components/common/Breadcrumb"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Apply" })
  return { title: t("title"), description: t("subtitle") }
}

export default async function ApplyPage({ params }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  // A signed-in dealer has applied already: its status is on the account page.
  if (await getCurrentDealer().catch(() => null)) redirectTo("/account", locale)
  const t = await getTranslations("Apply")

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("title") }]} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_320px] lg:items-start">
        <section
          aria-labelledby="apply-heading"
          className="min-w-0 rounded-xl border border-gray-200 bg-white p-5 shadow-sm md:p-8"
        >
          <h1 id="apply-heading" className="text-2xl font-bold text-gray-900">
            {t("title")}
          </h1>
          <p className="mt-1 text-sm text-gray-500">{t("subtitle")}</p>
          <div className="mt-6">
            <ApplyForm />
          </div>
        </section>
        <aside className="flex flex-col gap-4 lg:sticky lg:top-4">
          <ApplyNextSteps />
          <p className="px-1 text-sm text-gray-600">
            {t("haveAccount")}{" "}
            <Link href="/sign-in" className="inline-flex min-h-[44px] items-center font-medium text-brand-600 hover:underline">
              {t("signIn")}
            </Link>
          </p>
        </aside>
      </div>
    </div>
  )
}
