"use client"

import { startTransition, useActionState, useRef, useState, type FormEvent } from "react"
import { useLocale, useTranslations } from "next-intl"
import { submitQuickOrder, type QuickOrderState } from "@/lib/actions/quick-order"
import FormError from "@/components/auth/FormError"
import OrderReport from "./OrderReport"

// Excel opens a BOM-less UTF-8 CSV as GBK and garbles the header, hence \uFEFF.
const TEMPLATE = "data:text/csv;charset=utf-8," + encodeURIComponent("\uFEFFSKU,数量\nDM-SKU-001,12\n")

/** Paste "SKU 数量" lines or pick a CSV/XLSX; check first, or put the valid lines straight into the cart. */
export default function QuickOrderForm() {
  const t = useTranslations("QuickOrder")
  const locale = useLocale()
  const [state, action, pending] = useActionState(submitQuickOrder, {} as QuickOrderState)
  const [fileName, setFileName] = useState<string>()
  const fileRef = useRef<HTMLInputElement>(null)
  // Submitted by hand, not through <form action>: React resets a form after its
  // action runs, which would wipe the pasted lines and the chosen file between
  // "check first" and "add to cart".
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const submitter = (e.nativeEvent as SubmitEvent).submitter
    const data = new FormData(e.currentTarget, submitter)
    startTransition(() => action(data))
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={submit} className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4" data-testid="quick-order-form">
        <input type="hidden" name="locale" value={locale} />
        <label className="flex flex-col gap-1 text-sm font-medium text-gray-800">
          {t("textLabel")}
          <span className="font-normal text-gray-500">{t("textHint")}</span>
          <textarea
            name="text"
            rows={8}
            spellCheck={false}
            autoCapitalize="characters"
            placeholder={t("textPlaceholder")}
            data-testid="quick-order-text"
            className="mt-1 w-full rounded-lg border border-gray-300 px-3 py-2 font-mono text-base"
          />
        </label>
        <div className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-gray-800">{t("fileLabel")}</span>
          <span className="text-gray-500">{t("fileHint")}</span>
          <div className="mt-1 flex flex-wrap items-center gap-3">
            <label className="inline-flex h-11 cursor-pointer items-center rounded-lg border border-gray-300 bg-white px-4 font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600">
              {fileName ? t("fileChange") : t("fileChoose")}
              <input
                ref={fileRef}
                type="file"
                name="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                className="sr-only"
                data-testid="quick-order-file"
                onChange={(e) => setFileName(e.target.files?.[0]?.name)}
              />
            </label>
            <span className="min-w-0 break-all text-gray-600">{fileName ?? t("fileNone")}</span>
            {fileName && (
              <button
                type="button"
                className="h-11 px-2 text-gray-500 underline"
                onClick={() => (fileRef.current && (fileRef.current.value = ""), setFileName(undefined))}
              >
                {t("fileClear")}
              </button>
            )}
            <a href={TEMPLATE} download="quick-order-template.csv" className="inline-flex h-11 items-center text-brand-600 underline">
              {t("template")}
            </a>
          </div>
        </div>
        <FormError message={state.error} />
        <div className="grid grid-cols-2 gap-3 sm:flex sm:justify-end">
          <button
            type="submit"
            name="intent"
            value="check"
            disabled={pending}
            data-testid="quick-order-check"
            className="h-12 rounded-lg border border-gray-300 bg-white px-5 font-medium text-gray-800 hover:border-brand-600 disabled:opacity-60"
          >
            {t("check")}
          </button>
          <button
            type="submit"
            name="intent"
            value="add"
            disabled={pending}
            aria-busy={pending || undefined}
            data-testid="quick-order-submit"
            className="h-12 rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {pending ? t("working") : t("submit")}
          </button>
        </div>
      </form>
      {state.report && <OrderReport report={state.report} dryRun={state.dryRun} />}
    </div>
  )
}
