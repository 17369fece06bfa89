"use client"

import { useState, useTransition } from "react"
import { useLocale, useTranslations } from "next-intl"
import { deleteAddress, setDefaultAddress } from "@/lib/actions/addresses"
import type { Address } from "@/lib/addresses/types"
import FormError from "@/components/auth/FormError"
import AddressCard from "./AddressCard"
import AddressForm from "./AddressForm"

type Props = {
  addresses: Address[]
  /** Owners and buyers; finance members only read. */
  canEdit: boolean
  /** Checkout: each address is a choice. Without it the book only manages (and may delete). */
  selectedId?: string | null
  onSelect?: (id: string) => void
}

const SMALL =
  "inline-flex h-11 items-center rounded-lg px-3 text-sm font-medium text-gray-700 hover:bg-gray-100 hover:text-brand-600 disabled:opacity-60"

/** The company's addresses: choose (at checkout), add, change, make default, delete (account page). */
export default function AddressBook({ addresses, canEdit, selectedId, onSelect }: Props) {
  const t = useTranslations("Addresses")
  const locale = useLocale()
  // Nothing to choose from yet: the form is open straight away.
  const [editing, setEditing] = useState<string | null>(addresses.length === 0 && canEdit ? "new" : null)
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  const choosing = !!onSelect

  const run = (action: () => Promise<{ ok: boolean; error?: string }>) =>
    startTransition(async () => {
      const res = await action()
      setError(res.ok ? undefined : res.error)
    })

  return (
    <div className="flex flex-col gap-3" data-testid="address-book">
      {addresses.length === 0 && !canEdit && <p className="text-sm text-gray-600">{t("emptyTitle")}</p>}
      {addresses.length > 0 && (
        <ul className="flex flex-col gap-2" role={choosing ? "radiogroup" : undefined} aria-label={choosing ? t("chooseLabel") : undefined}>
          {addresses.map((a) => {
            const selected = choosing && a.id === selectedId
            if (editing === a.id) {
              return (
                <li key={a.id}>
                  <AddressForm address={a} onSaved={() => setEditing(null)} onCancel={() => setEditing(null)} />
                </li>
              )
            }
            return (
              <li
                key={a.id}
                data-testid="address"
                data-id={a.id}
                data-selected={selected ? "true" : undefined}
                className={`flex flex-col gap-2 rounded-lg border bg-white p-3 sm:flex-row sm:items-center ${
                  selected ? "border-brand-600 ring-1 ring-brand-600" : "border-gray-200"
                }`}
              >
                {choosing ? (
                  <label className="flex min-w-0 flex-1 cursor-pointer items-start gap-3">
                    <input
                      type="radio"
                      name="checkout-address"
                      value={a.id}
                      checked={selected}
                      onChange={() => onSelect(a.id)}
                      className="mt-0.5 h-5 w-5 shrink-0 accent-brand-600"
                      data-testid="address-choose"
                    />
                    <AddressCard address={a} />
                  </label>
                ) : (
                  <div className="min-w-0 flex-1">
                    <AddressCard address={a} />
                  </div>
                )}
                {canEdit && (
                  <div className="flex flex-wrap justify-end gap-1 -mb-1 sm:mb-0">
                    {!a.is_default && (
                      <button type="button" disabled={pending} className={SMALL} onClick={() => run(() => setDefaultAddress(locale, a.id))} data-testid="address-default">
                        {t("setDefault")}
                      </button>
                    )}
                    <button type="button" className={SMALL} onClick={() => setEditing(a.id)} data-testid="address-edit">
                      {t("edit")}
                    </button>
                    {!choosing && (
                      <button
                        type="button"
                        disabled={pending}
                        className={`${SMALL} hover:bg-red-50 hover:text-red-700`}
                        onClick={() => window.confirm(t("deleteConfirm")) && run(() => deleteAddress(locale, a.id))}
                        data-testid="address-delete"
                      >
                        {t("delete")}
                      </button>
                    )}
                  </div>
                )}
              </li>
            )
          })}
        </ul>
      )}
      <FormError message={error} testId="address-book-error" />
      {canEdit &&
        (editing === "new" ? (
          <AddressForm
            onSaved={(saved) => {
              setEditing(null)
              if (saved && onSelect) onSelect(saved.id)
            }}
            onCancel={addresses.length ? () => setEditing(null) : undefined}
          />
        ) : (
          <button
            type="button"
            onClick={() => setEditing("new")}
            data-testid="address-add"
            className="inline-flex h-11 items-center justify-center self-start rounded-lg border border-dashed border-gray-400 bg-white px-4 text-sm font-medium text-gray-700 hover:border-brand-600 hover:text-brand-600"
          >
            + {t("add")}
          </button>
        ))}
      {!canEdit && <p className="text-sm text-gray-500">{t("financeReadOnly")}</p>}
    </div>
  )
}
