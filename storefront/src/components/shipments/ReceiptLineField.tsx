"use client"

import { useTranslations } from "next-intl"
import { ISSUES, type Issue, type ShipmentItem } from "@/lib/shipments/types"
import { NOTE_MAX } from "@/lib/shipments/receipt"
import PhotoPicker from "./PhotoPicker"

export type LineState = { received: string; problem: boolean; issue: Issue | null; note: string; photos: File[] }

type Props = {
  id: string
  item: ShipmentItem
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
 * One item of the package: how many arrived (thumb-sized − / + around the
 * number), and, for a problem, what kind, a note and photos.
 */
export default function ReceiptLineField({ id, item, value, invalid, remainingPhotos, onChange, onAddPhotos, onPhotosBusy }: Props) {
  const t = useTranslations("Shipments.receipt")
  const count = /^\d+$/.test(value.received) ? Number(value.received) : null

  function setReceived(text: string) {
    const n = /^\d+$/.test(text) ? Number(text) : null
    const patch: Partial<LineState> = { received: text }
    // Fewer than shipped almost always means 少发: open the problem with it picked, changeable.
    if (n !== null && n < item.quantity && !value.problem) Object.assign(patch, { problem: true, issue: value.issue ?? "short" })
    // Back to the full count with nothing else said: the short report was a slip of the thumb.
    if (n === item.quantity && value.issue === "short" && !value.note.trim() && value.photos.length === 0) {
      Object.assign(patch, { problem: false, issue: null })
    }
    onChange(patch)
  }

  return (
    <li
      className={`flex flex-col gap-3 rounded-lg border p-3 ${invalid ? "border-red-400 bg-red-50/40" : "border-gray-200"}`}
      data-testid="receipt-line"
      data-line-item-id={item.line_item_id}
    >
      <div className="flex min-w-0 flex-col text-sm">
        <span className="break-words font-medium text-gray-900">{item.title}</span>
        <span className="break-all text-xs text-gray-500">{[item.variant_title, item.sku].filter(Boolean).join(" · ")}</span>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          <label htmlFor={`${id}-received`} className="text-sm text-gray-700">{t("received")}</label>
          <button type="button" className={stepButton} aria-label={t("decrease")} disabled={count === null || count <= 0} onClick={() => setReceived(String((count ?? 0) - 1))} data-testid="receipt-decrease">
            −
          </button>
          <input
            id={`${id}-received`}
            inputMode="numeric"
            pattern="[0-9]*"
            autoComplete="off"
            value={value.received}
            onChange={(e) => setReceived(e.target.value.replace(/\D/g, ""))}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-shipped`}
            className="h-11 w-16 rounded-lg border border-gray-300 text-center text-base tabular-nums focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
            data-testid="receipt-received"
          />
          <button type="button" className={stepButton} aria-label={t("increase")} disabled={count !== null && count >= item.quantity} onClick={() => setReceived(String(Math.min(item.quantity, (count ?? 0) + 1)))} data-testid="receipt-increase">
            +
          </button>
        </div>
        <span id={`${id}-shipped`} className="text-sm tabular-nums text-gray-600">{t("shipped", { count: item.quantity })}</span>
      </div>
      <button
        type="button"
        onClick={() => onChange(value.problem ? { problem: false, issue: null, note: "", photos: [] } : { problem: true })}
        aria-expanded={value.problem}
        className="self-start text-sm font-medium text-brand-600 hover:underline"
        data-testid="receipt-problem-toggle"
      >
        {value.problem ? t("removeProblem") : `${t("reportProblem")} ›`}
      </button>
      {value.problem && (
        <div className="flex flex-col gap-3 border-t border-gray-100 pt-3">
          <fieldset>
            <legend className="text-sm font-medium text-gray-800">{t("issue")}</legend>
            <div className="mt-1.5 flex flex-wrap gap-2">
              {ISSUES.map((issue) => (
                <label key={issue} className="cursor-pointer">
                  <input
                    type="radio"
                    name={`${id}-issue`}
                    value={issue}
                    checked={value.issue === issue}
                    onChange={() => onChange({ issue })}
                    className="peer sr-only"
                    data-testid="receipt-issue"
                  />
                  <span className="inline-flex h-10 items-center rounded-full border border-gray-300 px-4 text-sm text-gray-800 peer-checked:border-brand-600 peer-checked:bg-brand-50 peer-checked:font-semibold peer-checked:text-brand-700 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-brand-700">
                    {t(`issues.${issue}`)}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <label className="flex flex-col gap-1.5 text-sm font-medium text-gray-800">
            {t("note")}
            <textarea
              rows={2}
              maxLength={NOTE_MAX}
              value={value.note}
              onChange={(e) => onChange({ note: e.target.value })}
              placeholder={t("notePlaceholder")}
              className="w-full rounded-lg border border-gray-300 px-3 py-2 text-base font-normal focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
              data-testid="receipt-note"
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
