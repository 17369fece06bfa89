"use client"

import { useTranslations } from "next-intl"
import { LINE_NOTE_MAX } from "@/lib/after-sales-rules"
import type { RequestableLine } from "@/lib/after-sales-types"
import PhotoPicker from "@/components/shipments/PhotoPicker"

export type LineState = { selected: boolean; quantity: string; note: string; photos: File[] }

type Props = {
  id: string
  line: RequestableLine
  value: LineState
  invalid: boolean
  remainingPhotos: number
  onChange: (patch: Partial<LineState>) => void
  onAddPhotos: (files: File[]) => void
  onPhotosBusy: (busy: boolean) => void
}

const stepButton =
  "flex h-11 w-11 shrink-0 items-center justify-center rounded-lg border border-gray-300 bg-white text-lg font-semibold text-gray-800 hover:border-brand-600 disabled:opacity-40"

/**
 * One received line: ticked to include it, then how many (− / + capped at
 * what is still available), a note and photos. A line asked for in full
 * stays listed, greyed, so the dealer sees why it cannot be picked.
 */
export default function RequestLineField({ id, line, value, invalid, remainingPhotos, onChange, onAddPhotos, onPhotosBusy }: Props) {
  const t = useTranslations("AfterSales.form")
  const count = /^\d+$/.test(value.quantity) ? Number(value.quantity) : null
  const none = line.available <= 0
  const setQuantity = (n: number) => onChange({ quantity: String(Math.min(line.available, Math.max(1, n))) })

  return (
    <li
      className={`flex flex-col gap-3 rounded-lg border p-3 ${invalid ? "border-red-400 bg-red-50/40" : value.selected ? "border-brand-600" : "border-gray-200"} ${none ? "bg-gray-50" : "bg-white"}`}
      data-testid="request-line"
      data-line-item-id={line.line_item_id}
      data-available={line.available}
    >
      <label className={`flex items-start gap-3 ${none ? "cursor-not-allowed" : "cursor-pointer"}`}>
        <input
          type="checkbox"
          checked={value.selected}
          disabled={none}
          onChange={(e) => onChange(e.target.checked ? { selected: true, quantity: value.quantity || "1" } : { selected: false })}
          aria-label={`${t("select")}: ${line.title}`}
          className="mt-0.5 h-6 w-6 shrink-0 rounded border-gray-300 text-brand-600 focus:ring-brand-600"
          data-testid="request-line-select"
        />
        <span className="flex min-w-0 flex-col text-sm">
          <span className={`break-words font-medium ${none ? "text-gray-500" : "text-gray-900"}`}>{line.title}</span>
          {line.sku && <span className="break-all text-xs text-gray-500">{line.sku}</span>}
          <span className="mt-0.5 text-xs tabular-nums text-gray-600" data-testid="request-line-available">
            {none ? t("alreadyRequested") : t("receivedAvailable", { received: line.received, available: line.available })}
          </span>
        </span>
      </label>
      {value.selected && (
        <div className="flex flex-col gap-3 border-t border-gray-100 pt-3">
          <div className="flex items-center gap-2">
            <label htmlFor={`${id}-quantity`} className="mr-auto text-sm text-gray-700">{t("quantity")}</label>
            <button type="button" className={stepButton} aria-label={t("decrease")} disabled={count === null || count <= 1} onClick={() => setQuantity((count ?? 1) - 1)} data-testid="request-decrease">
              −
            </button>
            <input
              id={`${id}-quantity`}
              inputMode="numeric"
              pattern="[0-9]*"
              autoComplete="off"
              value={value.quantity}
              onChange={(e) => onChange({ quantity: e.target.value.replace(/\D/g, "") })}
              // A typed number past what is available snaps back when the field is left, not while typing "1" of "12".
              onBlur={() => count !== null && setQuantity(count)}
              aria-invalid={invalid || undefined}
              className="h-11 w-16 rounded-lg border border-gray-300 text-center text-base tabular-nums focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
              data-testid="request-quantity"
            />
            <button type="button" className={stepButton} aria-label={t("increase")} disabled={count !== null && count >= line.available} onClick={() => setQuantity((count ?? 0) + 1)} data-testid="request-increase">
              +
            </button>
          </div>
          <label className="flex flex-col gap-1.5 text-sm font-medium text-gray-800">
            {t("lineNote")}
            <textarea
              rows={2}
              maxLength={LINE_NOTE_MAX}
              value={value.note}
              onChange={(e) => onChange({ note: e.target.value })}
              placeholder={t("lineNotePlaceholder")}
              className="w-full rounded-lg border border-gray-300 px-3 py-2 text-base font-normal focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
              data-testid="request-line-note"
            />
          </label>
          <PhotoPicker
            id={`${id}-photos`}
            files={value.photos}
            remaining={remainingPhotos}
            onAdd={onAddPhotos}
            onBusy={onPhotosBusy}
            onRemove={(i) => onChange({ photos: value.photos.filter((_, j) => j !== i) })}
          />
        </div>
      )}
    </li>
  )
}
