"use client"

import { useId, useRef, useState, useTransition, type FormEvent } from "react"
import { useLocale, useTranslations } from "next-intl"
import { sendOrderSlip, sendTopUp, type PaymentActionResult } from "@/lib/actions/payments"
import { parseAmount, slipProblem } from "@/lib/credit/slip-file"
import { useHydrated } from "@/lib/use-hydrated"
import FormError from "@/components/auth/FormError"
import SlipFileField from "./SlipFileField"

type Props =
  | { target: "order"; orderId: string; submitLabel: string }
  | { target: "topup"; submitLabel: string }

const input =
  "h-11 w-full rounded-lg border border-gray-300 px-3 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"

/**
 * Sends a remittance slip: for an order (the amount is its total) or for a
 * prepaid top-up (the dealer says how much). Checked here first so a wrong
 * file is caught before the upload; refusals come back in the page's language.
 */
export default function SlipUploadForm(props: Props) {
  const t = useTranslations("SlipForm")
  const tf = useTranslations("Funds.topUp")
  const locale = useLocale()
  const id = useId()
  const ready = useHydrated()
  const form = useRef<HTMLFormElement>(null)
  const [error, setError] = useState<string>()
  const [sent, setSent] = useState<string>()
  const [pending, startTransition] = useTransition()

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const file = data.get("file")
    const problem = slipProblem(file instanceof File ? file : null)
    const local =
      props.target === "topup" && parseAmount(data.get("amount")) === null
        ? t("errors.amount")
        : problem === "missing"
          ? t("errors.fileMissing")
          : problem === "tooLarge"
            ? t("errors.fileTooLarge")
            : problem === "extension"
              ? t("errors.fileType")
              : undefined
    setSent(undefined)
    setError(local)
    if (local) return
    startTransition(async () => {
      let res: PaymentActionResult
      try {
        res = props.target === "order" ? await sendOrderSlip(locale, props.orderId, data) : await sendTopUp(locale, data)
      } catch {
        res = { error: t("errors.unavailable") }
      }
      setError(res.error)
      if (res.error) return
      form.current?.reset()
      // An order's page re-renders into "waiting for finance"; a top-up stays here and says so.
      setSent(props.target === "topup" && res.slip ? tf("sent", { code: res.slip.reference_code }) : t("sent"))
    })
  }

  return (
    <form
      ref={form}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-3"
      data-testid={props.target === "order" ? "slip-form" : "topup-form"}
      data-ready={ready || undefined}
      aria-busy={pending || undefined}
    >
      {props.target === "topup" && (
        <label className="flex flex-col gap-1.5 text-sm font-medium text-gray-800">
          {tf("amount")}
          <input name="amount" inputMode="decimal" autoComplete="off" placeholder={tf("amountPlaceholder")} className={`${input} tabular-nums`} data-testid="topup-amount" />
        </label>
      )}
      <SlipFileField id={`${id}-file`} onPick={() => setError(undefined)} />
      <label className="flex flex-col gap-1.5 text-sm font-medium text-gray-800">
        {t("payerName")}
        <input name="payer_name" maxLength={80} autoComplete="organization" placeholder={t("payerPlaceholder")} className={input} data-testid="slip-payer" />
      </label>
      <FormError message={error} testId="slip-error" />
      {sent && (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900" data-testid="slip-sent">
          {sent}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending || undefined}
        data-testid="slip-submit"
        className="h-11 rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:self-start"
      >
        {pending ? t("sending") : props.submitLabel}
      </button>
    </form>
  )
}
