import type { Metadata } from "next"
import { toLocale } from "@/i18n/routing"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import SignInTabs from "@/components/auth/SignInTabs"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "SignIn" })
  return { title: t("title"), robots: { index: false } }
}

export default async function SignInPage({ params }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  // Already signed in: the account page is where a dealer goes from here.
  if (await getCurrentDealer().catch(() => null)) redirectTo("/account", locale)
  const t = await getTranslations("SignIn")

  return (
    <div className="flex justify-center py-2 md:py-8">
      <section
        aria-labelledby="signin-heading"
        className="w-full max-w-md rounded-xl border border-gray-200 bg-white p-5 shadow-sm md:p-8"
      >
        <h1 id="signin-heading" className="text-2xl font-bold text-gray-900">
          {t("title")}
        </h1>
        <p className="mt-1 text-sm text-gray-500">{t("subtitle")}</p>
        <div className="mt-6">
          <SignInTabs />
        </div>
        <p className="mt-6 text-center text-sm text-gray-600">
          {t("noAccount")}{" "}
          <Link href="/apply" className="inline-flex min-h-[44px] items-center font-medium text-brand-600 hover:underline">
            {t("apply")}
          </Link>
        </p>
      </section>
    </div>
  )
}
