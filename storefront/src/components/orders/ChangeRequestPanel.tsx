"use client"

import { useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { confirmChange, declineChange } from "@/lib/actions/orders"
import { formatCNY } from "@/lib/money"
import type { PendingChange } from "@/lib/orders/types"
import ReasonDialog from "@/components/common/ReasonDialog"

type Props = { orderId: string; change: PendingChange; canAct: boolean }

/**
 * Staff changed the order (core order edit) and asked the dealer: what changed,
 * line by line and in total, with 确认修改 / 不同意. Either way the order goes
 * back to review; declining keeps it as it was.
 */
export default function ChangeRequestPanel({ orderId, change, canAct }: Props) {
  const t = useTranslations("OrderDetail.change")
  const td = useTranslations("OrderDetail")
  const locale = useLocale()
  const [dialog, setDialog] = useState<"confirm" | "decline" | null>(null)
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  const run = (action: () => Promise<{ error?: string }>) =>
    startTransition(async () => {
      const res = await action()
      setError(res.error)
      if (!res.error) setDialog(null)
    })
  const money = (n: number | null) => (n === null ? "—" : formatCNY(n))

  return (
    <section
      aria-labelledby="change-heading"
      className="flex flex-col gap-3 rounded-lg border-2 border-orange-300 bg-orange-50 p-4"
      data-testid="change-request"
    >
      <div>
        <h2 id="change-heading" className="text-base font-semibold text-orange-950">{t("title")}</h2>
        <p className="mt-1 text-sm text-orange-900">{t("intro")}</p>
      </div>
      {change.message && (
        <div className="rounded-lg bg-white px-3 py-2 text-sm" data-testid="change-message">
          <span className="block text-xs font-medium text-gray-500">{t("message")}</span>
          <span className="block whitespace-pre-line break-words text-gray-900">{change.message}</span>
        </div>
      )}
      {change.lines.length > 0 && (
        <ul className="divide-y divide-orange-100 rounded-lg bg-white text-sm" data-testid="change-lines">
          {change.lines.map((l, i) => (
            <li key={`${l.sku ?? l.title}-${i}`} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-3 py-2" data-testid="change-line">
              <span className="min-w-0 flex-1">
                <span className="block break-words text-gray-900">{l.title}</span>
                {l.sku && <span className="block break-all font-mono text-xs text-gray-500">{l.sku}</span>}
              </span>
              <span className="whitespace-nowrap tabular-nums" aria-label={t("quantityChange", { old: l.old_quantity, new: l.new_quantity })}>
                <span className="text-gray-500 line-through">{l.old_quantity}</span>
                <span aria-hidden="true" className="mx-1.5 text-gray-400">→</span>
                <span className="font-semibold text-orange-900">{l.new_quantity}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm" data-testid="change-total">
        <span className="text-gray-700">{t("total")}</span>
        <span className="tabular-nums">
          <span className="text-gray-500 line-through">{money(change.old_total)}</span>
          <span aria-hidden="true" className="mx-1.5 text-gray-400">→</span>
          <span className="text-lg font-bold text-gray-900">{money(change.new_total)}</span>
        </span>
      </p>
      {canAct ? (
        <div className="grid grid-cols-2 gap-2 sm:flex sm:justify-end">
          <button
            type="button"
            onClick={() => (setError(undefined), setDialog("decline"))}
            data-testid="change-decline"
            className="h-11 rounded-lg border border-gray-300 bg-white px-5 text-sm font-medium text-gray-800 hover:border-gray-400"
          >
            {t("decline")}
          </button>
          <button
            type="button"
            onClick={() => (setError(undefined), setDialog("confirm"))}
            data-testid="change-confirm"
            className="h-11 rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700"
          >
            {t("confirm")}
          </button>
        </div>
      ) : (
        <p className="text-sm text-gray-600">{td("financeCannotAct")}</p>
      )}
      <ReasonDialog
        open={dialog === "confirm"}
        testId="change-confirm-dialog"
        title={t("confirmTitle")}
        description={t("confirmHint", { total: money(change.new_total) })}
        confirmLabel={t("confirm")}
        cancelLabel={t("notNow")}
        pending={pending}
        error={error}
        onClose={() => setDialog(null)}
        onConfirm={() => run(() => confirmChange(locale, orderId))}
      />
      <ReasonDialog
        open={dialog === "decline"}
        testId="change-decline-dialog"
        title={t("declineTitle")}
        description={t("declineHint")}
        reasonLabel={t("declineReason")}
        confirmLabel={t("decline")}
        cancelLabel={t("notNow")}
        danger
        pending={pending}
        error={error}
        onClose={() => setDialog(null)}
        onConfirm={(reason) => run(() => declineChange(locale, orderId, reason))}
      />
    </section>
  )
}
