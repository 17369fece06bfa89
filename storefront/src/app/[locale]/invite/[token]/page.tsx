import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getToken, hasActor } from "@/lib/auth/session"
import AcceptInviteForm from "@/components/invite/AcceptInviteForm"
import AcceptSignedIn from "@/components/invite/AcceptSignedIn"

type Props = { params: Promise<{ locale: string; token: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Invite" })
  // The token is a secret: keep the page out of indexes and referrers.
  return { title: t("acceptTitle"), robots: { index: false }, referrer: "no-referrer" }
}

export default async function InvitePage({ params }: Props) {
  const { locale: raw, token } = await params
  const locale = toLocale(raw)
  setRequestLocale(locale)
  const t = await getTranslations("Invite")
  const session = await getToken()
  const signedIn = !!session && hasActor(session)

  return (
    <div className="flex justify-center py-2 md:py-8">
      <section
        aria-labelledby="invite-heading"
        className="w-full max-w-md rounded-xl border border-gray-200 bg-white p-5 shadow-sm md:p-8"
        data-testid="invite-page"
      >
        <h1 id="invite-heading" className="text-2xl font-bold text-gray-900">
          {t("acceptTitle")}
        </h1>
        {!signedIn && <p className="mt-1 text-sm text-gray-500">{t("acceptIntro")}</p>}
        <div className="mt-6">{signedIn ? <AcceptSignedIn token={token} /> : <AcceptInviteForm token={token} />}</div>
        {!signedIn && (
          <p className="mt-6 text-center text-sm text-gray-600">
            {t("haveAccount")}{" "}
            <Link href="/sign-in" className="inline-flex min-h-[44px] items-center font-medium text-brand-600 hover:underline">
              {t("signIn")}
            </Link>
          </p>
        )}
      </section>
    </div>
  )
}
