"use client"

import { useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { deleteOrderList, renameOrderList } from "@/lib/actions/order-lists"

/** Rename in place, or delete (after a confirm) and go back to the lists. */
export default function ListActions({ id, name }: { id: string; name: string }) {
  const t = useTranslations("OrderLists")
  const locale = useLocale()
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(name)
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  const BUTTON =
    "h-11 rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600 disabled:opacity-60"

  return (
    <div className="flex flex-col gap-2">
      {editing ? (
        <form
          className="flex flex-wrap gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            startTransition(async () => {
              const res = await renameOrderList(locale, id, draft)
              setError(res.error)
              if (!res.error) setEditing(false)
            })
          }}
        >
          <input
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            maxLength={100}
            aria-label={t("name")}
            className="h-11 min-w-0 flex-1 rounded-lg border border-gray-300 px-3 text-base"
          />
          <button type="submit" disabled={pending} className={BUTTON}>{t("save")}</button>
          <button type="button" onClick={() => (setEditing(false), setDraft(name))} className={BUTTON}>{t("cancel")}</button>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={() => setEditing(true)} className={BUTTON} data-testid="list-rename">
            {t("rename")}
          </button>
          <button
            type="button"
            disabled={pending}
            data-testid="list-delete"
            onClick={() =>
              window.confirm(t("deleteConfirm", { name })) &&
              startTransition(async () => setError((await deleteOrderList(locale, id)).error))
            }
            className="h-11 rounded-lg border border-red-300 bg-white px-4 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
          >
            {t("delete")}
          </button>
        </div>
      )}
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  )
}
