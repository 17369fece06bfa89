"use client"

import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { createOrderList, type ListActionResult } from "@/lib/actions/order-lists"
import FormError from "@/components/auth/FormError"

/** Name a new list; the action opens it straight away. */
export default function CreateListForm() {
  const t = useTranslations("OrderLists")
  const locale = useLocale()
  const [state, action, pending] = useActionState(createOrderList, {} as ListActionResult)
  return (
    <form action={action} className="flex flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4" data-testid="create-list-form">
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="new-list-name" className="text-sm font-medium text-gray-800">
        {t("createTitle")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="new-list-name"
          name="name"
          required
          maxLength={100}
          placeholder={t("namePlaceholder")}
          className="h-11 min-w-0 flex-1 rounded-lg border border-gray-300 px-3 text-base"
        />
        <button
          type="submit"
          disabled={pending}
          className="h-11 shrink-0 rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {t("create")}
        </button>
      </div>
      <FormError message={state.error} />
    </form>
  )
}
