"use client"

import { useState, useTransition, type FormEvent } from "react"
import { useLocale, useTranslations } from "next-intl"
import { saveAddress } from "@/lib/actions/addresses"
import { ADDRESS_FIELDS, type Address, type AddressField, type AddressInput } from "@/lib/addresses/types"
import { validateAddress, type AddressErrors } from "@/lib/addresses/validate"
import FormError from "@/components/auth/FormError"
import TextField from "@/components/auth/TextField"

type Props = {
  /** The address being changed; none for a new one. */
  address?: Address
  onSaved: (address: Address | undefined) => void
  onCancel?: () => void
}

const INPUT_MODE: Partial<Record<AddressField, "tel" | "numeric">> = { phone: "tel", postal_code: "numeric" }
const AUTOCOMPLETE: Partial<Record<AddressField, string>> = {
  contact_name: "name",
  phone: "tel",
  province: "address-level1",
  city: "address-level2",
  district: "address-level3",
  address: "street-address",
  postal_code: "postal-code",
}
// Contact and phone side by side, then the address from province down, as Chinese forms read;
// province, city and district are short, so they share a row even on a phone.
const SPAN: Record<AddressField, string> = {
  contact_name: "col-span-6 sm:col-span-3",
  phone: "col-span-6 sm:col-span-3",
  province: "col-span-2",
  city: "col-span-2",
  district: "col-span-2",
  address: "col-span-6",
  postal_code: "col-span-6 sm:col-span-3",
}

/** Add or change one company address; checked here first, then by the backend, errors beside their fields. */
export default function AddressForm({ address, onSaved, onCancel }: Props) {
  const t = useTranslations("Addresses")
  const locale = useLocale()
  const prefix = `addr-${address?.id ?? "new"}`
  const [values, setValues] = useState<AddressInput>(() => ({
    contact_name: address?.contact_name ?? "",
    phone: address?.phone ?? "",
    province: address?.province ?? "",
    city: address?.city ?? "",
    district: address?.district ?? "",
    address: address?.address ?? "",
    postal_code: address?.postal_code ?? "",
    is_default: address?.is_default ?? false,
  }))
  const [errors, setErrors] = useState<AddressErrors>({})
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()

  const message = (field: AddressField) => {
    const problem = errors[field]
    if (!problem) return undefined
    return problem === "required" ? t("errors.required", { field: t(`fields.${field}`) }) : t(`errors.${problem}`)
  }

  const submit = (e: FormEvent) => {
    // No <form action>: React would reset the inputs after the action, losing them on a refusal.
    e.preventDefault()
    e.stopPropagation()
    const found = validateAddress(values)
    setErrors(found)
    setError(undefined)
    if (Object.keys(found).length) return
    startTransition(async () => {
      const res = await saveAddress(locale, address?.id ?? null, values)
      if (res.ok) return onSaved(res.address)
      setErrors(res.fields ?? {})
      setError(res.error)
    })
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-gray-50 p-4"
      data-testid="address-form"
    >
      <div className="grid grid-cols-6 gap-3">
        {ADDRESS_FIELDS.map((field) => (
          <div key={field} className={`min-w-0 ${SPAN[field]}`}>
            <TextField
              id={`${prefix}-${field}`}
              name={field}
              label={t(`fields.${field}`)}
              value={values[field]}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
              error={message(field)}
              inputMode={INPUT_MODE[field]}
              autoComplete={AUTOCOMPLETE[field]}
              placeholder={field === "address" ? t("addressPlaceholder") : undefined}
              required={field !== "postal_code"}
            />
          </div>
        ))}
      </div>
      {!address?.is_default && (
        <label className="inline-flex min-h-[44px] items-center gap-2 text-sm text-gray-800">
          <input
            type="checkbox"
            checked={!!values.is_default}
            onChange={(e) => setValues((v) => ({ ...v, is_default: e.target.checked }))}
            className="h-5 w-5 rounded border-gray-300 accent-brand-600"
          />
          {t("makeDefault")}
        </label>
      )}
      <FormError message={error} testId="address-error" />
      <div className="flex flex-wrap justify-end gap-2">
        {onCancel && (
          <button
            type="button"
            onClick={onCancel}
            className="h-11 rounded-lg border border-gray-300 bg-white px-5 text-sm font-medium text-gray-700 hover:border-brand-600"
          >
            {t("cancel")}
          </button>
        )}
        <button
          type="submit"
          disabled={pending}
          aria-busy={pending || undefined}
          data-testid="address-save"
          className="h-11 rounded-lg bg-brand-600 px-6 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? t("saving") : t("save")}
        </button>
      </div>
    </form>
  )
}
