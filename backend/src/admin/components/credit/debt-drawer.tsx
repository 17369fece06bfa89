import { Button, Drawer, InlineTip, Input, Label, RadioGroup, Text, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { useAdjustCredit } from "../../lib/credit"
import { CreditAccountDetail } from "../../lib/credit-types"
import { useFormatters } from "../../lib/locale"
import { parseAmount } from "../../lib/numbers"
import { FormField } from "../dealers/form-field"
import { formatSigned, sumMoney } from "./money"
import { useMoneyToast } from "./use-money-toast"

type Props = { detail: CreditAccountDetail; open: boolean; onOpenChange: (open: boolean) => void }
type Direction = "increase" | "decrease"
type Errors = Partial<Record<"amount" | "reason", string>>

// A direction and a positive amount rather than a typed minus sign: the sign of a correction is too
// easy to get wrong in a text box.
const DebtForm = ({ detail, onClose }: { detail: CreditAccountDetail; onClose: () => void }) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const adjust = useAdjustCredit(detail.dealer.id)
  const run = useMoneyToast()
  const [direction, setDirection] = useState<Direction>("increase")
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  const [errors, setErrors] = useState<Errors>({})

  const parsed = parseAmount(amount, { positive: true })
  const signed = parsed.ok && parsed.value !== null ? (direction === "increase" ? parsed.value : -parsed.value) : null
  const outstanding = detail.balances.outstanding
  const after = signed !== null ? sumMoney([outstanding, signed]) : null

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const next: Errors = {}
    if (signed === null) next.amount = t("dealermall.wholesale.errors.positiveAmount")
    if (!reason.trim()) next.reason = t("dealermall.dialogs.errors.required")
    setErrors(next)
    if (Object.keys(next).length || signed === null) return
    const { ok } = await run(
      () => adjust.mutateAsync({ kind: "debt", amount: signed, reason: reason.trim() }),
      t("dealermall.credit.debt.done", { amount: formatSigned(signed) })
    )
    if (ok) onClose()
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden" noValidate>
      <Drawer.Header>
        <Drawer.Title>{t("dealermall.credit.debt.title")}</Drawer.Title>
        <Drawer.Description>{t("dealermall.credit.debt.description")}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <InlineTip label={t("dealermall.reviewPanel.tip")}>{t("dealermall.credit.debt.tip")}</InlineTip>
        <div className="bg-ui-bg-subtle flex items-center justify-between rounded-md px-3 py-2">
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.credit.fields.outstanding")}
          </Text>
          <Text size="small" weight="plus" className="tabular-nums">
            {formatMoney(outstanding)}
            {after !== null && <span className="text-ui-fg-subtle font-normal"> → {formatMoney(after)}</span>}
          </Text>
        </div>
        <div className="flex flex-col gap-y-2">
          <Label size="small" weight="plus">
            {t("dealermall.credit.debt.direction")}
          </Label>
          <RadioGroup value={direction} onValueChange={(v) => setDirection(v === "decrease" ? "decrease" : "increase")} className="flex flex-col gap-y-2">
            {(["increase", "decrease"] as const).map((d) => (
              <div key={d} className="flex items-start gap-x-3">
                <RadioGroup.Item value={d} id={`debt-${d}`} className="mt-0.5" />
                <div className="flex flex-col">
                  <Label htmlFor={`debt-${d}`} size="small" weight="plus">
                    {t(`dealermall.credit.debt.${d}`)}
                  </Label>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t(`dealermall.credit.debt.${d}Hint`)}
                  </Text>
                </div>
              </div>
            ))}
          </RadioGroup>
        </div>
        <FormField id="debt-amount" label={t("dealermall.credit.debt.amount")} error={errors.amount}>
          <Input
            id="debt-amount"
            inputMode="decimal"
            placeholder="0.00"
            value={amount}
            onChange={(e) => {
              setAmount(e.target.value)
              setErrors((x) => ({ ...x, amount: undefined }))
            }}
            aria-invalid={!!errors.amount}
          />
        </FormField>
        <FormField id="debt-reason" label={t("dealermall.credit.reason")} error={errors.reason}>
          <Textarea
            id="debt-reason"
            rows={4}
            maxLength={500}
            placeholder={t("dealermall.credit.debt.reasonPlaceholder")}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value)
              setErrors((x) => ({ ...x, reason: undefined }))
            }}
            aria-invalid={!!errors.reason}
          />
        </FormField>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={adjust.isPending}>
            {t("dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={adjust.isPending}>
          {t("dealermall.credit.debt.submit")}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

export const DebtDrawer = ({ detail, open, onOpenChange }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <DebtForm detail={detail} onClose={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)
