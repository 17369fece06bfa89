"use client"

import { useTranslations } from "next-intl"
import { REQUEST_KINDS, type RequestKind } from "@/lib/after-sales-types"

type Props = { name: string; value: RequestKind | null; invalid: boolean; onChange: (kind: RequestKind) => void }

/**
 * 退货 / 换货 / 维修 as three thumb-sized cards with what each means. None is
 * picked up front: a return moves money and stock, so it is never a default.
 */
export default function KindPicker({ name, value, invalid, onChange }: Props) {
  const t = useTranslations("AfterSales")
  return (
    <fieldset data-testid="request-kind">
      <legend className="text-base font-semibold text-gray-900">{t("form.kind")}</legend>
      <div className={`mt-2 grid grid-cols-3 gap-2 rounded-lg ${invalid ? "ring-2 ring-red-300 ring-offset-2" : ""}`}>
        {REQUEST_KINDS.map((kind) => (
          <label key={kind} className="cursor-pointer">
            <input
              type="radio"
              name={name}
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
              className="peer sr-only"
              data-testid="request-kind-option"
            />
            <span className="flex h-full min-h-[72px] flex-col items-center justify-center gap-0.5 rounded-lg border border-gray-300 bg-white px-2 py-2 text-center peer-checked:border-brand-600 peer-checked:bg-brand-50 peer-checked:ring-1 peer-checked:ring-brand-600 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-brand-700">
              <span className="text-base font-semibold text-gray-900">{t(`kinds.${kind}`)}</span>
              <span className="text-xs leading-tight text-gray-600">{t(`form.kindHints.${kind}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
