"use client"

import { useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { addToOrderList } from "@/lib/actions/order-lists"
import type { OrderListSummary } from "@/lib/order-lists/types"

const NEW = "__new__"

/** "加入常购清单": pick one of the dealer's lists or name a new one; the chosen quantity goes in. */
export default function AddToOrderList({
  variantId,
  quantity,
  lists,
}: {
  variantId: string
  quantity: number
  lists: OrderListSummary[] | null
}) {
  const t = useTranslations("OrderLists")
  const locale = useLocale()
  const [open, setOpen] = useState(false)
  const [choice, setChoice] = useState(lists?.[0]?.id ?? NEW)
  const [name, setName] = useState("")
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const [pending, startTransition] = useTransition()

  // The lists route failed: hide the button rather than offer a form that cannot work.
  if (lists === null) return null

  const save = () =>
    startTransition(async () => {
      const target = choice === NEW ? { newName: name } : { listId: choice }
      const res = await addToOrderList(locale, target, { variant_id: variantId, quantity })
      setResult(res.ok ? { ok: true, text: t("addedTo", { name: res.name }) } : { ok: false, text: res.error })
      if (res.ok) setOpen(false)
    })

  return (
    <div className="flex flex-col gap-2" data-testid="add-to-list">
      <button
        type="button"
        onClick={() => (setOpen(!open), setResult(null))}
        aria-expanded={open}
        data-testid="add-to-list-toggle"
        className="h-11 w-full rounded-lg border border-gray-300 bg-white text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600"
      >
        {t("addToList")}
      </button>
      {open && (
        <div className="flex flex-col gap-2 rounded-lg border border-gray-200 bg-gray-50 p-3">
          <label className="text-sm text-gray-700">
            {t("chooseList")}
            <select
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              data-testid="add-to-list-select"
              className="mt-1 h-11 w-full rounded-lg border border-gray-300 bg-white px-2 text-base"
            >
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
              <option value={NEW}>{t("newListOption")}</option>
            </select>
          </label>
          {choice === NEW && (
            <label className="text-sm text-gray-700">
              {t("name")}
              <input
                value={name}
                onChange={(e) => setName(e.target.value)}
                maxLength={100}
                placeholder={t("namePlaceholder")}
                data-testid="add-to-list-name"
                className="mt-1 h-11 w-full rounded-lg border border-gray-300 px-3 text-base"
              />
            </label>
          )}
          <button
            type="button"
            onClick={save}
            disabled={pending}
            data-testid="add-to-list-save"
            className="h-11 rounded-lg bg-gray-800 text-sm font-semibold text-white hover:bg-gray-900 disabled:opacity-60"
          >
            {t("addQuantity", { quantity })}
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {result && (
          <p className={`text-sm ${result.ok ? "text-green-700" : "text-red-700"}`} data-testid="add-to-list-result">
            {result.text}{" "}
            {result.ok && (
              <Link href="/account/order-lists" className="underline">
                {t("viewLists")}
              </Link>
            )}
          </p>
        )}
      </div>
    </div>
  )
}
