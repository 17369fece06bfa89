"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { QuickOrderReport } from "@/lib/wholesale/types"

/**
 * What went in and what did not, line by line with the backend's reason.
 * Shared by quick order and "order list → cart"; a dry run says "would be added".
 */
export default function OrderReport({ report, dryRun = false }: { report: QuickOrderReport; dryRun?: boolean }) {
  const t = useTranslations("QuickOrder.report")
  const { added, rejected } = report
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4" data-testid="order-report" aria-live="polite">
      <p className="font-medium text-gray-900" data-testid="order-report-summary">
        {dryRun
          ? t("checkedSummary", { ok: added.length, bad: rejected.length })
          : t("addedSummary", { ok: added.length, bad: rejected.length })}
      </p>
      {rejected.length > 0 && (
        <div>
          <h3 className="mb-1 text-sm font-semibold text-red-800">{t("rejected")}</h3>
          <ul className="divide-y divide-red-100 rounded-lg border border-red-200 bg-red-50 text-sm" data-testid="report-rejected">
            {rejected.map((r, i) => (
              <li key={`${r.line ?? i}-${r.sku}`} className="flex flex-wrap gap-x-3 gap-y-1 px-3 py-2">
                {r.line !== undefined && <span className="text-red-700">{t("line", { line: r.line })}</span>}
                <span className="break-all font-mono">{r.sku || "—"}</span>
                <span className="tabular-nums">× {r.quantity ?? "—"}</span>
                <span className="w-full text-red-800 sm:w-auto">{r.message}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {added.length > 0 && (
        <div>
          <h3 className="mb-1 text-sm font-semibold text-green-800">{dryRun ? t("wouldAdd") : t("added")}</h3>
          <ul className="divide-y divide-green-100 rounded-lg border border-green-200 bg-green-50 text-sm" data-testid="report-added">
            {added.map((a, i) => (
              <li key={`${a.line ?? i}-${a.sku}`} className="flex flex-wrap gap-x-3 gap-y-1 px-3 py-2">
                {a.line !== undefined && <span className="text-green-700">{t("line", { line: a.line })}</span>}
                <span className="break-all font-mono">{a.sku}</span>
                <span className="tabular-nums">× {a.quantity}</span>
                {a.title && <span className="min-w-0 break-words text-gray-700">{a.title}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!dryRun && added.length > 0 && (
        <Link
          href="/cart"
          data-testid="report-cart-link"
          className="inline-flex h-11 items-center justify-center self-start rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t("toCart")}
        </Link>
      )}
    </section>
  )
}
