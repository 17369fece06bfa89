"use client"

import { useEffect, useState } from "react"

/** A picked photo's preview; the object URL is freed when the photo is removed or the form closes. */
export default function PhotoThumb({ file, removeLabel, onRemove }: { file: File; removeLabel: string; onRemove: () => void }) {
  const [url, setUrl] = useState<string>()
  useEffect(() => {
    const u = URL.createObjectURL(file)
    setUrl(u)
    return () => URL.revokeObjectURL(u)
  }, [file])
  return (
    <li className="relative aspect-square overflow-hidden rounded-md border border-gray-200 bg-gray-100" data-testid="receipt-photo">
      {/* eslint-disable-next-line @next/next/no-img-element -- a local blob, nothing for next/image to optimise */}
      {url && <img src={url} alt="" className="h-full w-full object-cover" />}
      <button
        type="button"
        onClick={onRemove}
        aria-label={removeLabel}
        data-testid="receipt-photo-remove"
        className="absolute right-0 top-0 flex h-8 w-8 items-center justify-center rounded-bl-md bg-black/60 text-base leading-none text-white hover:bg-black/80"
      >
        ×
      </button>
    </li>
  )
}
