import { Button, Drawer, Input, Text, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { AfterSalesCase, refundCeiling } from "../../lib/after-sales-types"
import { useFormatters } from "../../lib/locale"
import { parseAmount } from "../../lib/numbers"
import { FormField } from "../dealers/form-field"
import { RefundDestination } from "./refund-method"

type Props = {
  data: AfterSalesCase
  open: boolean
  onOpenChange: (open: boolean) => void
  busy: boolean
  onSubmit: (input: { refund_amount?: number; note?: string }) => void
}

const ReceiveForm = ({ data, busy, onSubmit }: Omit<Props, "open" | "onOpenChange">) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const ceiling = refundCeiling(data.lines)
  // Without every unit price the ceiling is unknown here: an empty box lets the server refund in full
  // rather than sending a 0 that would mean "no refund".
  const priced = data.lines.every((l) => l.unit_price != null && l.unit_price !== "")
  // The full value of the returned lines unless staff take something off (damage, missing parts).
  const [amount, setAmount] = useState(priced ? ceiling.toFixed(2) : "")
  const [note, setNote] = useState("")
  const [error, setError] = useState<string>()

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const parsed = parseAmount(amount)
    if (!parsed.ok || (parsed.value === null && priced)) return setError(t("dealermall.afterSales.receive.amountInvalid"))
    if (parsed.value === null) return onSubmit(note.trim() ? { note: note.trim() } : {})
    if (priced && parsed.value > ceiling) return setError(t("dealermall.afterSales.receive.amountTooHigh", { max: formatMoney(ceiling) }))
    onSubmit({ refund_amount: parsed.value, ...(note.trim() ? { note: note.trim() } : {}) })
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden" noValidate>
      <Drawer.Header>
        <Drawer.Title>{t("dealermall.afterSales.receive.title")}</Drawer.Title>
        <Drawer.Description>
          {t("dealermall.afterSales.receive.description", { id: data.display_id ?? "", company: data.dealer?.company_name ?? "" })}
        </Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <ul className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-md px-3 py-2">
          {data.lines.map((l) => (
            <li key={l.line_item_id} className="flex justify-between gap-x-3">
              <Text size="small" className="truncate">
                {l.title} ×{l.quantity}
              </Text>
              <Text size="small" className="text-ui-fg-subtle tabular-nums">
                {l.unit_price != null && l.unit_price !== "" ? formatMoney(Number(l.unit_price) * l.quantity) : "—"}
              </Text>
            </li>
          ))}
        </ul>
        <FormField id="refund-amount" label={t("dealermall.afterSales.receive.amount")} error={error}>
          <Input
            id="refund-amount"
            inputMode="decimal"
            autoFocus
            value={amount}
            onChange={(e) => {
              setAmount(e.target.value)
              setError(undefined)
            }}
            aria-invalid={!!error}
          />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {priced
              ? t("dealermall.afterSales.receive.amountHint", { max: formatMoney(ceiling) })
              : t("dealermall.afterSales.receive.amountHintUnpriced")}
          </Text>
        </FormField>
        <RefundDestination method={data.refund_method} />
        <FormField id="receive-note" label={t("dealermall.afterSales.noteOptional")}>
          <Textarea id="receive-note" rows={3} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        </FormField>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={busy}>
            {t("dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={busy} data-testid="receive-submit">
          {t("dealermall.afterSales.actions.receive")}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

// Content unmounts on close, so each opening starts from the full amount again.
export const ReceiveDrawer = ({ open, onOpenChange, ...rest }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <ReceiveForm {...rest} />
    </Drawer.Content>
  </Drawer>
)
