"use client"

import { useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { reorder } from "@/lib/actions/orders"
import type { ReorderReport } from "@/lib/orders/types"
import FormError from "@/components/auth/FormError"
import ReorderReportView from "./ReorderReportView"

/** 再来一单: the order's lines back into the 进货单 at today's prices; the report says what changed. */
export default function ReorderButton({ id }: { id: string }) {
  const t = useTranslations("OrderDetail")
  const locale = useLocale()
  const [report, setReport] = useState<ReorderReport>()
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  const run = () =>
    startTransition(async () => {
      const res = await reorder(locale, id)
      if ("report" in res) (setReport(res.report), setError(undefined))
      else (setError(res.error), setReport(undefined))
    })
  return (
    <>
      <button
        type="button"
        onClick={run}
        disabled={pending}
        aria-busy={pending || undefined}
        data-testid="reorder"
        className="h-11 rounded-lg border border-brand-600 bg-white px-4 text-sm font-semibold text-brand-600 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? t("reordering") : t("reorder")}
      </button>
      {(report || error) && (
        <div className="order-last w-full basis-full">
          <FormError message={error} testId="reorder-error" />
          {report && <ReorderReportView report={report} />}
        </div>
      )}
    </>
  )
}
