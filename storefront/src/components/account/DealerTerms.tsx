import { getFormatter, getTranslations } from "next-intl/server"
import type { Dealer } from "@/lib/auth/dealer"

/** An approved dealer's tier, credit limit and payment terms. Not prices: those come later. */
export default async function DealerTerms({ dealer }: { dealer: Dealer & { tier?: { name: string } | null } }) {
  const t = await getTranslations("Account.terms")
  const format = await getFormatter()
  const credit = dealer.credit_limit === null || dealer.credit_limit === undefined ? null : Number(dealer.credit_limit)
  const rows: [string, string][] = [
    // The store API names the tier only if it sends `tier`; the id alone means nothing to a dealer.
    ...(dealer.tier?.name ? ([[t("tier"), dealer.tier.name]] as [string, string][]) : []),
    [
      t("creditLimit"),
      credit === null || !Number.isFinite(credit)
        ? t("none")
        : t("amount", { amount: format.number(credit, { maximumFractionDigits: 2 }) }),
    ],
    [t("paymentTerms"), dealer.payment_terms_days === null ? t("none") : t("days", { days: dealer.payment_terms_days })],
  ]
  return (
    <div data-testid="dealer-terms">
      <h3 className="text-sm font-semibold text-gray-900">{t("title")}</h3>
      <dl className={`mt-2 grid max-w-3xl grid-cols-1 gap-3 ${rows.length === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2"}`}>
        {rows.map(([label, value]) => (
          <div key={label} className="rounded-lg bg-white px-4 py-3 ring-1 ring-inset ring-green-200">
            <dt className="text-xs text-gray-500">{label}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums text-gray-900">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
