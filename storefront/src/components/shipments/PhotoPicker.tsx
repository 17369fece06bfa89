"use client"

import { useState, type ChangeEvent } from "react"
import { useTranslations } from "next-intl"
import { shrinkPhoto } from "@/lib/shipments/photos"
import { MAX_PHOTOS } from "@/lib/shipments/receipt"
import PhotoThumb from "./PhotoThumb"

type Props = {
  id: string
  files: File[]
  /** How many more photos this package may take (the limit is per package, not per line). */
  remaining: number
  onAdd: (files: File[]) => void
  onRemove: (index: number) => void
  /** While photos are being shrunk: the form must not be sent without them. */
  onBusy: (busy: boolean) => void
}

/**
 * Photos of a problem. `accept="image/*"` lets a phone offer its camera and
 * its gallery; `capture` is left off because it would hide the gallery, and
 * a damaged carton is often photographed before the form is opened.
 */
export default function PhotoPicker({ id, files, remaining, onAdd, onRemove, onBusy }: Props) {
  const t = useTranslations("Shipments.receipt")
  const [preparing, setPreparing] = useState(false)

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const picked = Array.from(input.files ?? []).filter((f) => f.type.startsWith("image/")).slice(0, remaining)
    input.value = "" // the same photo can be picked again after removing it
    if (picked.length === 0) return
    setPreparing(true)
    onBusy(true)
    try {
      onAdd(await Promise.all(picked.map(shrinkPhoto)))
    } finally {
      setPreparing(false)
      onBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <span id={`${id}-label`} className="text-sm font-medium text-gray-800">{t("photos", { max: MAX_PHOTOS })}</span>
      {files.length > 0 && (
        <ul className="grid grid-cols-4 gap-2 sm:grid-cols-6" aria-labelledby={`${id}-label`}>
          {files.map((file, i) => (
            <PhotoThumb key={`${file.name}-${file.size}-${i}`} file={file} removeLabel={t("removePhoto", { n: i + 1 })} onRemove={() => onRemove(i)} />
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <input
          id={id}
          type="file"
          accept="image/*"
          multiple
          disabled={remaining <= 0 || preparing}
          onChange={onChange}
          aria-labelledby={`${id}-label`}
          className="peer sr-only"
          data-testid="receipt-photo-input"
        />
        <label
          htmlFor={id}
          aria-disabled={remaining <= 0 || undefined}
          className="inline-flex h-11 cursor-pointer items-center rounded-lg border border-dashed border-brand-600 bg-white px-4 text-sm font-medium text-brand-600 hover:bg-brand-50 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700 peer-disabled:cursor-not-allowed peer-disabled:border-gray-300 peer-disabled:text-gray-400"
        >
          <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" className="mr-1.5">
            <path d="M4 8h3l2-3h6l2 3h3v11H4z" />
            <circle cx="12" cy="13" r="3.5" />
          </svg>
          {t("addPhotos")}
        </label>
        <span className="text-xs text-gray-500" aria-live="polite" data-testid="receipt-photo-count">
          {preparing ? t("preparing") : t("photoCount", { count: MAX_PHOTOS - remaining, max: MAX_PHOTOS })}
        </span>
      </div>
    </div>
  )
}
