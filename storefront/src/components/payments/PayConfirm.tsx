"use client"

import { useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { payOrder } from "@/lib/actions/payments"
import ReasonDialog from "@/components/common/ReasonDialog"

type Props = {
  orderId: string
  method: "on_account" | "prepaid"
  label: string
  title: string
  description: string
  disabled?: boolean
}

/**
 * 账期 / 预存款 payment: money moves at once, so a confirm step first. The
 * page re-renders as 已付款 when the backend accepts; a refusal stays in the
 * dialog, in the page's language.
 */
export default function PayConfirm({ orderId, method, label, title, description, disabled }: Props) {
  const t = useTranslations("Payment")
  const te = useTranslations("SlipForm.errors")
  const locale = useLocale()
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        onClick={() => (setError(undefined), setOpen(true))}
        data-testid="pay-submit"
        data-method={method}
        className="h-11 rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-gray-300 disabled:text-gray-600 sm:self-start"
      >
        {label}
      </button>
      <ReasonDialog
        open={open}
        testId="pay-dialog"
        title={title}
        description={description}
        confirmLabel={t("confirm")}
        cancelLabel={t("notNow")}
        pending={pending}
        error={error}
        onClose={() => setOpen(false)}
        onConfirm={() =>
          startTransition(async () => {
            const res = await payOrder(locale, orderId, method).catch(() => ({ error: te("unavailable") }))
            setError(res.error)
            if (!res.error) setOpen(false)
          })
        }
      />
    </>
  )
}
