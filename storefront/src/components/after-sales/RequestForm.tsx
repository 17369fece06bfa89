"use client"

import { useId, useState, useTransition, type FormEvent } from "react"
import { useLocale, useTranslations } from "next-intl"
import { useRouter } from "@/i18n/navigation"
import { requestAfterSales } from "@/lib/after-sales-actions"
import { MAX_CASE_PHOTOS, REASON_MAX, requestProblem, type RequestLineInput } from "@/lib/after-sales-rules"
import type { RequestableLine, RequestKind } from "@/lib/after-sales-types"
import { PHOTOS_BUDGET } from "@/lib/shipments/photos"
import { useHydrated } from "@/lib/use-hydrated"
import FormError from "@/components/auth/FormError"
import KindPicker from "./KindPicker"
import RequestLineField, { type LineState } from "./RequestLineField"

type Props = { orderId: string; lines: RequestableLine[] }

// With a single line there is nothing to choose: it starts ticked at one unit.
const fresh = (lines: RequestableLine[]): Record<string, LineState> =>
  Object.fromEntries(
    lines.map((l) => [l.line_item_id, { selected: lines.length === 1 && l.available > 0, quantity: "1", note: "", photos: [] }])
  )

/**
 * 申请售后: kind, the lines and how many, the reason, notes and photos. Checked
 * here before sending (the backend checks again and its refusal is shown as it
 * words it); on success the dealer lands on the new case.
 */
export default function RequestForm({ orderId, lines }: Props) {
  const t = useTranslations("AfterSales.form")
  const te = useTranslations("AfterSales.errors")
  const locale = useLocale()
  const router = useRouter()
  const id = useId()
  const ready = useHydrated()
  const [kind, setKind] = useState<RequestKind | null>(null)
  const [state, setState] = useState(() => fresh(lines))
  const [reason, setReason] = useState("")
  const [invalid, setInvalid] = useState<string>()
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  const [shrinking, setShrinking] = useState(0)
  const used = Object.values(state).reduce((n, l) => n + (l.selected ? l.photos.length : 0), 0)

  const clear = () => (setError(undefined), setInvalid(undefined))
  const patch = (lineId: string, p: Partial<LineState>) => {
    clear()
    setState((all) => ({ ...all, [lineId]: { ...all[lineId], ...p } }))
  }
  // Photos arrive after shrinking (async): the request-wide limit is applied to the state they land in.
  const addPhotos = (lineId: string, files: File[]) =>
    setState((all) => {
      const total = Object.values(all).reduce((n, l) => n + (l.selected ? l.photos.length : 0), 0)
      const line = all[lineId]
      return { ...all, [lineId]: { ...line, photos: [...line.photos, ...files.slice(0, Math.max(0, MAX_CASE_PHOTOS - total))] } }
    })

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const photos: File[] = []
    const input: RequestLineInput[] = lines
      .filter((l) => state[l.line_item_id].selected)
      .map((l) => {
        const s = state[l.line_item_id]
        const line: RequestLineInput = { line_item_id: l.line_item_id, quantity: /^\d+$/.test(s.quantity) ? Number(s.quantity) : NaN }
        if (s.note.trim()) line.note = s.note.trim()
        if (s.photos.length) line.photos = s.photos.map((p) => photos.push(p) - 1)
        return line
      })
    const problem = kind ? requestProblem(lines, { reason, lines: input }, photos.length) : { code: "kindRequired" as const }
    let message: string | undefined
    if (problem?.code === "quantity") {
      const title = lines.find((l) => l.line_item_id === problem.line_item_id)?.title ?? ""
      message = te("onLine", { title, error: te("quantity", { max: problem.max }) })
    } else if (problem?.code === "tooManyPhotos") message = te("tooManyPhotos", { max: MAX_CASE_PHOTOS })
    else if (problem?.code === "unknownLine") message = te("unavailable")
    else if (problem) message = te(problem.code)
    else if (photos.reduce((n, p) => n + p.size, 0) > PHOTOS_BUDGET) message = te("photosTooLarge")
    setInvalid(problem ? ("line_item_id" in problem ? problem.line_item_id : problem.code) : undefined)
    setError(message)
    if (message || !kind) return

    const data = new FormData()
    data.append("payload", JSON.stringify({ order_id: orderId, kind, reason: reason.trim(), lines: input }))
    for (const p of photos) data.append("photos", p, p.name)
    startTransition(async () => {
      // The photos were weighed against the action's body limit above, so a throw here is the network or the server.
      const res = await requestAfterSales(locale, data).catch(() => ({ error: te("unavailable"), caseId: undefined }))
      if (res.caseId) router.push(`/account/after-sales/${res.caseId}?created=1`)
      else setError(res.error)
    })
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-5"
      aria-busy={pending || undefined}
      data-testid="request-form"
      data-ready={ready || undefined}
    >
      <KindPicker name={`${id}-kind`} value={kind} invalid={invalid === "kindRequired"} onChange={(k) => (clear(), setKind(k))} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-base font-semibold text-gray-900">{t("lines")}</legend>
        <p className="text-sm text-gray-600">{t("linesHint")}</p>
        <ul className={`mt-1 flex flex-col gap-3 rounded-lg ${invalid === "linesRequired" ? "ring-2 ring-red-300 ring-offset-2" : ""}`}>
          {lines.map((line, i) => (
            <RequestLineField
              key={line.line_item_id}
              id={`${id}-${i}`}
              line={line}
              value={state[line.line_item_id]}
              invalid={invalid === line.line_item_id}
              remainingPhotos={MAX_CASE_PHOTOS - used}
              onChange={(p) => patch(line.line_item_id, p)}
              onAddPhotos={(files) => addPhotos(line.line_item_id, files)}
              onPhotosBusy={(busy) => setShrinking((n) => n + (busy ? 1 : -1))}
            />
          ))}
        </ul>
      </fieldset>
      <label className="flex flex-col gap-1.5 text-base font-semibold text-gray-900">
        <span>
          {t("reason")} <span className="text-red-600" aria-hidden="true">*</span>
        </span>
        <textarea
          rows={3}
          required
          maxLength={REASON_MAX}
          value={reason}
          onChange={(e) => (clear(), setReason(e.target.value))}
          placeholder={t("reasonPlaceholder")}
          aria-invalid={invalid === "reasonRequired" || undefined}
          className="w-full rounded-lg border border-gray-300 px-3 py-2 text-base font-normal focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid]:border-red-400"
          data-testid="request-reason"
        />
      </label>
      <FormError message={error} testId="request-error" />
      <button
        type="submit"
        disabled={!ready || pending || shrinking > 0}
        data-testid="request-submit"
        className="h-12 rounded-lg bg-brand-600 px-6 text-base font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:self-start"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}
