import { Button, Drawer, InlineTip, Input, Text, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { useRecordRepayment } from "../../lib/credit"
import { CreditAccountDetail } from "../../lib/credit-types"
import { shanghaiToday, useFormatters } from "../../lib/locale"
import { parseAmount } from "../../lib/numbers"
import { FormField } from "../dealers/form-field"
import { sumMoney } from "./money"
import { useMoneyToast } from "./use-money-toast"

type Props = { detail: CreditAccountDetail; open: boolean; onOpenChange: (open: boolean) => void }
type Errors = Partial<Record<"amount" | "paidAt" | "reference", string>>

const RepaymentForm = ({ detail, onClose }: { detail: CreditAccountDetail; onClose: () => void }) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const record = useRecordRepayment(detail.dealer.id)
  const run = useMoneyToast()
  const today = shanghaiToday()
  const [amount, setAmount] = useState("")
  const [paidAt, setPaidAt] = useState(today)
  const [reference, setReference] = useState("")
  const [note, setNote] = useState("")
  const [errors, setErrors] = useState<Errors>({})

  const outstanding = detail.balances.outstanding
  const parsed = parseAmount(amount, { positive: true })
  const value = parsed.ok ? parsed.value : null
  const after = value !== null ? sumMoney([outstanding, -value]) : null

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const next: Errors = {}
    if (!parsed.ok || parsed.value === null) next.amount = t("dealermall.wholesale.errors.positiveAmount")
    if (paidAt && (!/^\d{4}-\d{2}-\d{2}$/.test(paidAt) || paidAt > today)) next.paidAt = t("dealermall.credit.errors.paidAt")
    if (!reference.trim()) next.reference = t("dealermall.dialogs.errors.required")
    setErrors(next)
    if (Object.keys(next).length || value === null) return
    const { ok } = await run(
      () =>
        record.mutateAsync({
          amount: value,
          reference: reference.trim(),
          ...(paidAt ? { paid_at: paidAt } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
      t("dealermall.credit.repayment.done", { amount: formatMoney(value), company: detail.dealer.company_name })
    )
    if (ok) onClose()
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden" noValidate>
      <Drawer.Header>
        <Drawer.Title>{t("dealermall.credit.repayment.title")}</Drawer.Title>
        <Drawer.Description>{t("dealermall.credit.repayment.description", { company: detail.dealer.company_name })}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <div className="bg-ui-bg-subtle flex items-center justify-between rounded-md px-3 py-2">
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.credit.fields.outstanding")}
          </Text>
          <Text size="small" weight="plus" className="tabular-nums">
            {formatMoney(outstanding)}
            {after !== null && (
              <span className="text-ui-fg-subtle font-normal"> → {formatMoney(after)}</span>
            )}
          </Text>
        </div>
        <FormField id="repayment-amount" label={t("dealermall.credit.repayment.amount")} error={errors.amount}>
          <Input
            id="repayment-amount"
            inputMode="decimal"
            autoFocus
            placeholder="0.00"
            value={amount}
            onChange={(e) => {
              setAmount(e.target.value)
              setErrors((x) => ({ ...x, amount: undefined }))
            }}
            aria-invalid={!!errors.amount}
          />
        </FormField>
        {value !== null && value > outstanding && (
          <InlineTip label={t("dealermall.reviewPanel.tip")} variant="warning">
            {t("dealermall.credit.repayment.overpay", { amount: formatMoney(sumMoney([value, -Math.max(0, outstanding)])) })}
          </InlineTip>
        )}
        <FormField id="repayment-date" label={t("dealermall.credit.repayment.paidAt")} error={errors.paidAt}>
          <Input
            id="repayment-date"
            type="date"
            max={today}
            value={paidAt}
            onChange={(e) => {
              setPaidAt(e.target.value)
              setErrors((x) => ({ ...x, paidAt: undefined }))
            }}
            aria-invalid={!!errors.paidAt}
          />
        </FormField>
        <FormField id="repayment-reference" label={t("dealermall.credit.repayment.reference")} error={errors.reference}>
          <Input
            id="repayment-reference"
            maxLength={80}
            placeholder={t("dealermall.credit.repayment.referencePlaceholder")}
            value={reference}
            onChange={(e) => {
              setReference(e.target.value)
              setErrors((x) => ({ ...x, reference: undefined }))
            }}
            aria-invalid={!!errors.reference}
          />
        </FormField>
        <FormField id="repayment-note" label={t("dealermall.credit.repayment.note")}>
          <Textarea id="repayment-note" rows={3} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        </FormField>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={record.isPending}>
            {t("dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={record.isPending}>
          {t("dealermall.credit.repayment.submit")}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

// Content unmounts on close, so each opening starts with an empty form.
export const RepaymentDrawer = ({ detail, open, onOpenChange }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <RepaymentForm detail={detail} onClose={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)
