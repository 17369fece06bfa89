"use client"

import { useId, useState, useTransition, type FormEvent } from "react"
import { useLocale, useTranslations } from "next-intl"
import { confirmReceipt } from "@/lib/actions/shipments"
import { PHOTOS_BUDGET } from "@/lib/shipments/photos"
import { MAX_PHOTOS, receiptProblem, type ReceiptLineInput } from "@/lib/shipments/receipt"
import type { ShipmentItem } from "@/lib/shipments/types"
import { useHydrated } from "@/lib/use-hydrated"
import FormError from "@/components/auth/FormError"
import ReceiptLineField, { type LineState } from "./ReceiptLineField"

type Props = { orderId: string; shipmentId: string; items: ShipmentItem[] }

const fresh = (items: ShipmentItem[]): Record<string, LineState> =>
  Object.fromEntries(items.map((i) => [i.line_item_id, { received: String(i.quantity), problem: false, issue: null, note: "", photos: [] }]))

/**
 * 确认收货 → 验收: every item of the package at its shipped quantity, to be
 * lowered or flagged where something is wrong. Checked here before sending
 * (the backend checks again); its refusal is shown as it words it. On success
 * the page re-renders and the card shows 已验收 instead of this form.
 */
export default function ReceiptForm({ orderId, shipmentId, items }: Props) {
  const t = useTranslations("Shipments.receipt")
  const te = useTranslations("Shipments.errors")
  const locale = useLocale()
  const id = useId()
  const ready = useHydrated()
  const [open, setOpen] = useState(false)
  const [lines, setLines] = useState(() => fresh(items))
  const [invalid, setInvalid] = useState<string>()
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  const [shrinking, setShrinking] = useState(0)
  const used = Object.values(lines).reduce((n, l) => n + l.photos.length, 0)

  const patch = (lineId: string, p: Partial<LineState>) => {
    setError(undefined)
    setInvalid(undefined)
    setLines((all) => ({ ...all, [lineId]: { ...all[lineId], ...p } }))
  }
  // Photos arrive after shrinking (async): the package-wide limit is applied to the state they land in.
  const addPhotos = (lineId: string, files: File[]) =>
    setLines((all) => {
      const total = Object.values(all).reduce((n, l) => n + l.photos.length, 0)
      const line = all[lineId]
      return { ...all, [lineId]: { ...line, photos: [...line.photos, ...files.slice(0, Math.max(0, MAX_PHOTOS - total))] } }
    })

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const photos: File[] = []
    const input: ReceiptLineInput[] = items.map((item) => {
      const l = lines[item.line_item_id]
      const line: ReceiptLineInput = { line_item_id: item.line_item_id, received: /^\d+$/.test(l.received) ? Number(l.received) : NaN }
      if (!l.problem) return line
      if (l.issue) line.issue = l.issue
      if (l.note.trim()) line.note = l.note.trim()
      if (l.photos.length) line.photos = l.photos.map((p) => photos.push(p) - 1)
      return line
    })
    const onLine = (lineId: string, error: string) => te("onLine", { title: items.find((i) => i.line_item_id === lineId)?.title ?? "", error })
    const problem = receiptProblem(items, input, photos.length)
    // A problem opened without saying which kind is not a report the backend can file.
    const unnamed = items.find((i) => lines[i.line_item_id].problem && !lines[i.line_item_id].issue)
    let message: string | undefined
    if (problem?.code === "quantity") message = onLine(problem.line_item_id, te("quantity", { max: problem.max }))
    else if (problem?.code === "issueRequired") message = onLine(problem.line_item_id, te("issueRequired"))
    else if (unnamed) message = onLine(unnamed.line_item_id, te("chooseIssue"))
    else if (problem?.code === "tooManyPhotos") message = te("tooManyPhotos", { max: MAX_PHOTOS })
    else if (problem) message = te("unavailable")
    else if (photos.reduce((n, p) => n + p.size, 0) > PHOTOS_BUDGET) message = te("photosTooLarge")
    setInvalid(problem && "line_item_id" in problem ? problem.line_item_id : unnamed?.line_item_id)
    setError(message)
    if (message) return

    const data = new FormData()
    data.append("lines", JSON.stringify(input))
    for (const p of photos) data.append("photos", p, p.name)
    startTransition(async () => {
      // The photos were weighed against the action's body limit above, so a throw here is the network or the server.
      const res = await confirmReceipt(locale, orderId, shipmentId, data).catch(() => ({ error: te("unavailable") }))
      setError(res.error)
    })
  }

  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        disabled={!ready}
        data-testid="receipt-open"
        data-ready={ready || undefined}
        className="h-11 rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:self-start"
      >
        {t("confirm")}
      </button>
    )
  }

  // A checklist reads down, not across: on wide screens the form keeps a narrow column (max-w-2xl).
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-3 border-t border-gray-200 pt-4" aria-labelledby={`${id}-title`} aria-busy={pending || undefined} data-testid="receipt-form">
      <div>
        <h3 id={`${id}-title`} className="text-base font-semibold text-gray-900">{t("title")}</h3>
        <p className="mt-1 text-sm text-gray-600">{t("hint")}</p>
      </div>
      <ul className="flex flex-col gap-3">
        {items.map((item, i) => (
          <ReceiptLineField
            key={item.line_item_id}
            id={`${id}-${i}`}
            item={item}
            value={lines[item.line_item_id]}
            invalid={invalid === item.line_item_id}
            remainingPhotos={MAX_PHOTOS - used}
            onChange={(p) => patch(item.line_item_id, p)}
            onAddPhotos={(files) => addPhotos(item.line_item_id, files)}
            onPhotosBusy={(busy) => setShrinking((n) => n + (busy ? 1 : -1))}
          />
        ))}
      </ul>
      <FormError message={error} testId="receipt-error" />
      <div className="flex flex-col gap-2 sm:flex-row">
        <button
          type="submit"
          disabled={pending || shrinking > 0}
          data-testid="receipt-submit"
          className="h-11 rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? t("submitting") : t("submit")}
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => (setOpen(false), setLines(fresh(items)), setError(undefined), setInvalid(undefined))}
          className="h-11 rounded-lg border border-gray-300 bg-white px-5 text-sm font-medium text-gray-700 hover:border-gray-400"
          data-testid="receipt-cancel"
        >
          {t("cancel")}
        </button>
      </div>
    </form>
  )
}
