"use client"

import { useTranslations } from "next-intl"

/** Opens the browser's print dialog; the print stylesheet leaves only the statement, so "Save as PDF" gives a clean file. */
export default function PrintButton() {
  const t = useTranslations("Statement")
  return (
    <button
      type="button"
      onClick={() => window.print()}
      data-testid="statement-print"
      className="inline-flex h-11 items-center rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600 print:hidden"
    >
      {t("print")}
    </button>
  )
}
