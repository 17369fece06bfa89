"use client"

import { useEffect, useRef, useState } from "react"
import FormError from "@/components/auth/FormError"

type Props = {
  open: boolean
  title: string
  description: string
  /** Shown above an optional free-text reason; without it the dialog only confirms. */
  reasonLabel?: string
  confirmLabel: string
  cancelLabel: string
  danger?: boolean
  pending?: boolean
  error?: string
  onConfirm: (reason: string) => void
  onClose: () => void
  testId?: string
}

/**
 * A confirm step with an optional reason, on the native <dialog>: it traps
 * focus, closes on Esc and sits above everything without a library.
 */
export default function ReasonDialog({ open, onClose, onConfirm, testId, ...p }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const [reason, setReason] = useState("")
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={testId ? `${testId}-title` : undefined}
      data-testid={testId}
      className="w-[calc(100%-2rem)] max-w-md rounded-xl p-0 shadow-xl backdrop:bg-black/40"
    >
      <form
        method="dialog"
        className="flex flex-col gap-3 p-5"
        onSubmit={(e) => {
          e.preventDefault()
          onConfirm(reason)
        }}
      >
        <h2 id={testId ? `${testId}-title` : undefined} className="text-lg font-semibold text-gray-900">{p.title}</h2>
        <p className="text-sm text-gray-600">{p.description}</p>
        {p.reasonLabel && (
          <label className="flex flex-col gap-1.5 text-sm font-medium text-gray-800">
            {p.reasonLabel}
            <textarea
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={3}
              maxLength={500}
              data-testid={testId ? `${testId}-reason` : undefined}
              className="rounded-lg border border-gray-300 px-3 py-2 text-base font-normal focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
            />
          </label>
        )}
        <FormError message={p.error} testId={testId ? `${testId}-error` : undefined} />
        <div className="mt-1 grid grid-cols-2 gap-2 sm:flex sm:justify-end">
          <button
            type="button"
            onClick={onClose}
            className="h-11 rounded-lg border border-gray-300 bg-white px-4 text-sm font-medium text-gray-700 hover:border-gray-400"
          >
            {p.cancelLabel}
          </button>
          <button
            type="submit"
            disabled={p.pending}
            aria-busy={p.pending || undefined}
            data-testid={testId ? `${testId}-confirm` : undefined}
            className={`h-11 rounded-lg px-4 text-sm font-semibold text-white disabled:opacity-60 ${
              p.danger ? "bg-red-700 hover:bg-red-800" : "bg-brand-600 hover:bg-brand-700"
            }`}
          >
            {p.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  )
}
