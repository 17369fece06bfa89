"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatCNY } from "@/lib/money"
import type { ReorderReport } from "@/lib/orders/types"

/** What went back into the cart (with any price change since the order) and what could not. */
export default function ReorderReportView({ report }: { report: ReorderReport }) {
  const t = useTranslations("OrderDetail.reorderReport")
  const { added, unavailable } = report
  return (
    <section className="mt-3 flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4" data-testid="reorder-report" aria-live="polite">
      <p className="font-medium text-gray-900" data-testid="reorder-summary">
        {t("summary", { ok: added.length, bad: unavailable.length })}
      </p>
      {unavailable.length > 0 && (
        <ul className="divide-y divide-red-100 rounded-lg border border-red-200 bg-red-50 text-sm" data-testid="reorder-unavailable">
          {unavailable.map((u, i) => (
            <li key={`${u.sku}-${i}`} className="flex flex-wrap gap-x-3 gap-y-1 px-3 py-2">
              <span className="min-w-0 break-words">{u.title}</span>
              <span className="break-all font-mono text-xs text-gray-600">{u.sku}</span>
              <span className="w-full text-red-800">{u.message}</span>
            </li>
          ))}
        </ul>
      )}
      {added.length > 0 && (
        <ul className="divide-y divide-green-100 rounded-lg border border-green-200 bg-green-50 text-sm" data-testid="reorder-added">
          {added.map((a, i) => (
            <li key={`${a.sku}-${i}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2">
              <span className="min-w-0 flex-1 break-words">{a.title}</span>
              <span className="tabular-nums">× {a.quantity}</span>
              {a.price_changed && a.old_unit_price !== null && a.new_unit_price !== null && (
                <span className="w-full text-amber-800" data-testid="reorder-price-changed">
                  {t("priceChanged", { old: formatCNY(a.old_unit_price), new: formatCNY(a.new_unit_price) })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {added.length > 0 && (
        <Link
          href="/cart"
          data-testid="reorder-cart-link"
          className="inline-flex h-11 items-center justify-center self-start rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t("toCart")}
        </Link>
      )}
    </section>
  )
}
