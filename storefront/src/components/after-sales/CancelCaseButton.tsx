"use client"

import { useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { cancelAfterSales } from "@/lib/after-sales-actions"
import { useHydrated } from "@/lib/use-hydrated"
import ReasonDialog from "@/components/common/ReasonDialog"

/** 撤销申请 while the case is 待处理, behind a confirm; the page re-renders as 已撤销. */
export default function CancelCaseButton({ id }: { id: string }) {
  const t = useTranslations("AfterSales.cancel")
  const locale = useLocale()
  const ready = useHydrated()
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  return (
    <>
      <button
        type="button"
        disabled={!ready}
        onClick={() => (setError(undefined), setOpen(true))}
        data-testid="case-cancel"
        data-ready={ready || undefined}
        className="h-11 rounded-lg border border-red-300 bg-white px-4 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
      >
        {t("button")}
      </button>
      <ReasonDialog
        open={open}
        testId="case-cancel-dialog"
        title={t("title")}
        description={t("description")}
        confirmLabel={t("confirm")}
        cancelLabel={t("keep")}
        danger
        pending={pending}
        error={error}
        onClose={() => setOpen(false)}
        onConfirm={() =>
          startTransition(async () => {
            const res = await cancelAfterSales(locale, id)
            setError(res.error)
            if (!res.error) setOpen(false)
          })
        }
      />
    </>
  )
}
