import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getAddresses } from "@/lib/addresses/data"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import EmptyState from "@/components/common/EmptyState"
import AddressBook from "@/components/addresses/AddressBook"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Addresses" })
  return { title: t("title"), robots: { index: false } }
}

export default async function AddressesPage({ params }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  const current = await getCurrentDealer()
  if (!current) redirectTo("/sign-in", locale)
  const t = await getTranslations("Addresses")
  const addresses = await getAddresses(locale)

  return (
    <div className="flex flex-col gap-4" data-testid="addresses-page">
      <div>
        <Link href="/account" className="inline-flex min-h-[44px] items-center text-sm text-brand-600 hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-bold text-gray-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-gray-600">{t("subtitle")}</p>
      </div>
      {addresses === null ? (
        <EmptyState title={t("unavailable")} />
      ) : (
        <div className="max-w-3xl">
          <AddressBook addresses={addresses} canEdit={current.member.role !== "finance"} />
        </div>
      )}
    </div>
  )
}
