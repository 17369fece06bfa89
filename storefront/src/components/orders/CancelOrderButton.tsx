"use client"

import { useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { cancelOrder } from "@/lib/actions/orders"
import ReasonDialog from "@/components/common/ReasonDialog"

/** 取消订单 while the order is still in review: a confirm with an optional reason; stock is released. */
export default function CancelOrderButton({ id, displayId }: { id: string; displayId: number }) {
  const t = useTranslations("OrderDetail")
  const locale = useLocale()
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  return (
    <>
      <button
        type="button"
        onClick={() => (setError(undefined), setOpen(true))}
        data-testid="cancel-order"
        className="h-11 rounded-lg border border-red-300 bg-white px-4 text-sm font-medium text-red-700 hover:bg-red-50"
      >
        {t("cancel")}
      </button>
      <ReasonDialog
        open={open}
        testId="cancel-dialog"
        title={t("cancelTitle", { id: displayId })}
        description={t("cancelHint")}
        reasonLabel={t("cancelReason")}
        confirmLabel={t("cancelConfirm")}
        cancelLabel={t("keep")}
        danger
        pending={pending}
        error={error}
        onClose={() => setOpen(false)}
        onConfirm={(reason) =>
          startTransition(async () => {
            const res = await cancelOrder(locale, id, reason)
            setError(res.error)
            if (!res.error) setOpen(false)
          })
        }
      />
    </>
  )
}
