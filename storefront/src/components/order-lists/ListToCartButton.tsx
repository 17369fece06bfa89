"use client"

import { useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { orderListToCart } from "@/lib/actions/order-lists"
import type { QuickOrderReport } from "@/lib/wholesale/types"
import FormError from "@/components/auth/FormError"
import OrderReport from "@/components/quick-order/OrderReport"

/** 全部加入进货单: the backend checks every item against today's rules and stock and reports back. */
export default function ListToCartButton({ id, disabled }: { id: string; disabled?: boolean }) {
  const t = useTranslations("OrderLists")
  const locale = useLocale()
  const [pending, startTransition] = useTransition()
  const [report, setReport] = useState<QuickOrderReport>()
  const [error, setError] = useState<string>()
  const run = () =>
    startTransition(async () => {
      const res = await orderListToCart(locale, id)
      if ("report" in res) (setReport(res.report), setError(undefined))
      else (setError(res.error), setReport(undefined))
    })
  return (
    <div className="flex flex-col gap-3">
      <button
        type="button"
        onClick={run}
        disabled={pending || disabled}
        aria-busy={pending || undefined}
        data-testid="list-to-cart"
        className="h-12 rounded-lg bg-brand-600 px-6 font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:self-start"
      >
        {pending ? t("addingAll") : t("addAll")}
      </button>
      <FormError message={error} />
      {report && <OrderReport report={report} />}
    </div>
  )
}
