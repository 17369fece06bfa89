import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import { getCredit, getSlips } from "@/lib/credit/data"
import { orderNumbers } from "@/lib/credit/order-numbers"
import EmptyState from "@/components/common/EmptyState"
import BalanceCards from "@/components/credit/BalanceCards"
import OpenItems from "@/components/credit/OpenItems"
import TopUpPanel from "@/components/credit/TopUpPanel"
import SlipList from "@/components/payments/SlipList"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Funds" })
  return { title: t("title"), robots: { index: false } }
}

/** 资金账户: balances, open charges with due dates, prepaid top-up and every remittance slip. */
export default async function CreditPage({ params }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  const current = await getCurrentDealer()
  if (!current) redirectTo("/sign-in", locale)
  const t = await getTranslations("Funds")
  const ts = await getTranslations("Slips")
  const [credit, slips] = await Promise.all([getCredit(locale), getSlips(locale)])
  const numbers = await orderNumbers([...(credit?.open_items ?? []).map((i) => i.order_id), ...(slips ?? []).map((s) => s.order_id)], locale)

  return (
    <div className="flex flex-col gap-4" data-testid="credit-page">
      <div>
        <Link href="/account" className="inline-flex min-h-[44px] items-center text-sm text-brand-600 hover:underline">
          ← {t("back")}
        </Link>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-2xl font-bold text-gray-900">{t("title")}</h1>
            <p className="mt-1 text-sm text-gray-600">{t("subtitle")}</p>
          </div>
          {current.member.role !== "buyer" && (
            <Link
              href="/account/statement"
              data-testid="credit-statement-link"
              className="inline-flex h-11 items-center rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600"
            >
              {t("statementLink")}
            </Link>
          )}
        </div>
      </div>
      {credit === null ? (
        <EmptyState title={t("unavailable")} />
      ) : (
        <>
          <BalanceCards credit={credit} />
          {/* Phones read top to bottom: what is owed, then the top-up form, then the history; wide screens put the form beside both. */}
          <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
            <div className="contents lg:flex lg:min-w-0 lg:flex-col lg:gap-4">
              <div className="order-1 min-w-0">
                <OpenItems items={credit.open_items} numbers={numbers} />
              </div>
              {slips && (
                <div className="order-3 min-w-0">
                  <SlipList slips={slips} numbers={numbers} title={ts("title")} />
                </div>
              )}
            </div>
            <div className="order-2 min-w-0">
              <TopUpPanel bank={credit.bank} />
            </div>
          </div>
        </>
      )}
    </div>
  )
}
