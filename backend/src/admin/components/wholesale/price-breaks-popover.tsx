import { Plus, Trash } from "@medusajs/icons"
import { Button, clx, IconButton, Input, Label, Popover, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { formatMoneyCompact } from "../../lib/locale"
import { parseAmount, parseCount } from "../../lib/numbers"
import { formatBreaks, parseBreaks } from "../../lib/price-matrix-draft"

type Props = {
  tierName: string
  /** Breaks in the CSV form "50:90;100:85"; "" when there are none. */
  value: string
  onChange: (value: string) => void
  edited?: boolean
  invalid?: boolean
}

type Line = { q: string; a: string }
type LineErrors = Record<number, { q?: string; a?: string } | undefined>

/** "≥50: ¥90; ≥100: ¥85" */
export function breaksSummary(value: string): string {
  return parseBreaks(value)
    .map((b) => `≥${b.min_quantity}: ${formatMoneyCompact(b.amount)}`)
    .join("; ")
}

const BreaksEditor = ({ tierName, value, onDone }: { tierName: string; value: string; onDone: (v?: string) => void }) => {
  const { t } = useTranslation()
  const [lines, setLines] = useState<Line[]>(() => {
    const rows = parseBreaks(value).map((b) => ({ q: String(b.min_quantity), a: String(b.amount) }))
    return rows.length ? rows : [{ q: "", a: "" }]
  })
  const [errors, setErrors] = useState<LineErrors>({})

  const set = (i: number, patch: Partial<Line>) => {
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)))
    setErrors((e) => ({ ...e, [i]: undefined }))
  }

  const apply = () => {
    const next: LineErrors = {}
    const out: { min_quantity: number; amount: number }[] = []
    const seen = new Set<number>()
    lines.forEach((l, i) => {
      // A line left completely empty is simply dropped.
      if (!l.q.trim() && !l.a.trim()) return
      const pq = parseCount(l.q, 2)
      const pa = parseAmount(l.a, { positive: true })
      const q = pq.ok ? pq.value : null
      const a = pa.ok ? pa.value : null
      const err: { q?: string; a?: string } = {}
      if (q === null) err.q = t("dealermall.matrix.breaks.qtyError")
      else if (seen.has(q)) err.q = t("dealermall.matrix.breaks.duplicate")
      if (a === null) err.a = t("dealermall.wholesale.errors.positiveAmount")
      if (q === null || a === null || err.q) next[i] = err
      else {
        seen.add(q)
        out.push({ min_quantity: q, amount: a })
      }
    })
    setErrors(next)
    if (Object.keys(next).length) return
    onDone(formatBreaks(out))
  }

  return (
    <div className="flex w-[320px] flex-col">
      <div className="px-3 pb-2 pt-3">
        <Text size="small" weight="plus">
          {t("dealermall.matrix.breaks.title", { tier: tierName })}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("dealermall.matrix.breaks.hint")}
        </Text>
      </div>
      <div className="flex flex-col gap-y-2 px-3 py-2">
        <div className="grid grid-cols-[1fr_1fr_28px] gap-x-2">
          <Label size="xsmall" className="text-ui-fg-subtle">
            {t("dealermall.matrix.breaks.minQuantity")}
          </Label>
          <Label size="xsmall" className="text-ui-fg-subtle">
            {t("dealermall.matrix.breaks.amount")}
          </Label>
        </div>
        {lines.map((l, i) => (
          <div key={i} className="grid grid-cols-[1fr_1fr_28px] items-start gap-x-2">
            <div className="flex flex-col gap-y-1">
              <Input
                size="small"
                inputMode="numeric"
                placeholder="50"
                value={l.q}
                autoFocus={i === 0}
                onChange={(e) => set(i, { q: e.target.value })}
                aria-invalid={!!errors[i]?.q}
                aria-label={t("dealermall.matrix.breaks.minQuantity")}
                data-testid="break-qty"
              />
              {errors[i]?.q && (
                <Text size="xsmall" className="text-ui-fg-error">
                  {errors[i]?.q}
                </Text>
              )}
            </div>
            <div className="flex flex-col gap-y-1">
              <Input
                size="small"
                inputMode="decimal"
                placeholder="90"
                value={l.a}
                onChange={(e) => set(i, { a: e.target.value })}
                aria-invalid={!!errors[i]?.a}
                aria-label={t("dealermall.matrix.breaks.amount")}
                data-testid="break-amount"
              />
              {errors[i]?.a && (
                <Text size="xsmall" className="text-ui-fg-error">
                  {errors[i]?.a}
                </Text>
              )}
            </div>
            <IconButton
              size="small"
              variant="transparent"
              type="button"
              aria-label={t("dealermall.actions.remove")}
              onClick={() => {
                setLines((ls) => ls.filter((_, j) => j !== i))
                setErrors({})
              }}
            >
              <Trash />
            </IconButton>
          </div>
        ))}
        <Button
          size="small"
          variant="transparent"
          type="button"
          className="self-start"
          onClick={() => setLines((ls) => [...ls, { q: "", a: "" }])}
        >
          <Plus />
          {t("dealermall.matrix.breaks.add")}
        </Button>
      </div>
      <div className="border-ui-border-base flex justify-end gap-x-2 border-t px-3 py-2">
        <Button size="small" variant="secondary" type="button" onClick={() => onDone()}>
          {t("dealermall.actions.cancel")}
        </Button>
        <Button size="small" type="button" onClick={apply}>
          {t("dealermall.actions.apply")}
        </Button>
      </div>
    </div>
  )
}

/** The quantity breaks of one tier price: a summary that opens a small editor. */
export const PriceBreaksPopover = ({ tierName, value, onChange, edited, invalid }: Props) => {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const summary = breaksSummary(value)
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button
          type="button"
          data-testid="breaks-trigger"
          className={clx(
            "txt-compact-xsmall max-w-[200px] truncate rounded px-1 text-left",
            "hover:bg-ui-bg-base-hover focus-visible:shadow-borders-focus outline-none",
            summary ? "text-ui-fg-subtle" : "text-ui-fg-muted",
            edited && "text-ui-fg-interactive",
            invalid && "text-ui-fg-error"
          )}
          aria-invalid={invalid || undefined}
          title={summary || undefined}
        >
          {summary || t("dealermall.matrix.breaks.none")}
        </button>
      </Popover.Trigger>
      <Popover.Content align="start" className="p-0">
        {/* Mounted only while open, so each opening starts from the cell's current breaks. */}
        {open && (
          <BreaksEditor
            tierName={tierName}
            value={value}
            onDone={(v) => {
              if (v !== undefined) onChange(v)
              setOpen(false)
            }}
          />
        )}
      </Popover.Content>
    </Popover>
  )
}
