import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import { getOrderLists } from "@/lib/order-lists/data"
import { getBuyer } from "@/lib/wholesale/buyer"
import EmptyState from "@/components/common/EmptyState"
import CreateListForm from "@/components/order-lists/CreateListForm"
import ListTable from "@/components/order-lists/ListTable"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "OrderLists" })
  return { title: t("title"), robots: { index: false } }
}

export default async function OrderListsPage({ params }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  if (!(await getCurrentDealer())) redirectTo("/sign-in", locale)
  const t = await getTranslations("OrderLists")
  const tc = await getTranslations("Cart")
  const buyer = await getBuyer()
  const lists = buyer ? await getOrderLists(locale) : null

  return (
    <div className="flex flex-col gap-4" data-testid="order-lists-page">
      <div>
        <Link href="/account" className="inline-flex min-h-[44px] items-center text-sm text-brand-600 hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-bold text-gray-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-gray-600">{t("subtitle")}</p>
      </div>
      {!buyer ? (
        <EmptyState title={tc("notApprovedTitle")} hint={tc("notApprovedHint")} />
      ) : lists === null ? (
        <EmptyState title={t("unavailable")} />
      ) : (
        <>
          <CreateListForm />
          {lists.length ? <ListTable lists={lists} /> : <EmptyState title={t("emptyTitle")} hint={t("emptyHint")} />}
        </>
      )}
    </div>
  )
}
