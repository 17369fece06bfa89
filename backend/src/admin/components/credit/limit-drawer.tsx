import { Button, Drawer, InlineTip, Input, Text, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { useAdjustCredit } from "../../lib/credit"
import { CreditAccountDetail } from "../../lib/credit-types"
import { useFormatters } from "../../lib/locale"
import { parseAmount, parseCount, toInputText } from "../../lib/numbers"
import { FormField } from "../dealers/form-field"
import { sumMoney } from "./money"
import { useMoneyToast } from "./use-money-toast"

type Props = { detail: CreditAccountDetail; open: boolean; onOpenChange: (open: boolean) => void }
type Errors = Partial<Record<"limit" | "terms" | "reason" | "form", string>>

const LimitForm = ({ detail, onClose }: { detail: CreditAccountDetail; onClose: () => void }) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const adjust = useAdjustCredit(detail.dealer.id)
  const run = useMoneyToast()
  const current = detail.balances.credit_limit
  const currentTerms = detail.account.payment_terms_days
  const [limit, setLimit] = useState(toInputText(current))
  const [terms, setTerms] = useState(String(currentTerms))
  const [reason, setReason] = useState("")
  const [errors, setErrors] = useState<Errors>({})

  const used = sumMoney([detail.balances.outstanding, detail.balances.held])
  const parsedLimit = parseAmount(limit)
  const newLimit = parsedLimit.ok ? parsedLimit.value : null
  const availableAfter = newLimit !== null ? sumMoney([newLimit, -used]) : null

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const next: Errors = {}
    const days = parseCount(terms)
    if (!parsedLimit.ok || parsedLimit.value === null) next.limit = t("dealermall.wholesale.errors.amount")
    if (!days.ok || days.value === null || days.value > 365) next.terms = t("dealermall.dialogs.errors.paymentTerms")
    if (!reason.trim()) next.reason = t("dealermall.dialogs.errors.required")
    if (!next.limit && !next.terms && parsedLimit.ok && days.ok && parsedLimit.value === current && days.value === currentTerms) {
      next.form = t("dealermall.credit.limit.unchanged")
    }
    setErrors(next)
    if (Object.keys(next).length || newLimit === null || !days.ok || days.value === null) return
    const newTerms = days.value
    const { ok } = await run(
      () =>
        adjust.mutateAsync({
          kind: "limit",
          credit_limit: newLimit,
          ...(newTerms !== currentTerms ? { payment_terms_days: newTerms } : {}),
          reason: reason.trim(),
        }),
      t("dealermall.credit.limit.done", { amount: formatMoney(newLimit) })
    )
    if (ok) onClose()
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden" noValidate>
      <Drawer.Header>
        <Drawer.Title>{t("dealermall.credit.limit.title")}</Drawer.Title>
        <Drawer.Description>{t("dealermall.credit.limit.description")}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-md px-3 py-2">
          <div className="flex items-center justify-between">
            <Text size="small" className="text-ui-fg-subtle">
              {t("dealermall.credit.limit.used")}
            </Text>
            <Text size="small" weight="plus" className="tabular-nums">
              {formatMoney(used)}
            </Text>
          </div>
          <div className="flex items-center justify-between">
            <Text size="small" className="text-ui-fg-subtle">
              {t("dealermall.credit.fields.available")}
            </Text>
            <Text size="small" weight="plus" className="tabular-nums">
              {formatMoney(detail.balances.available)}
              {availableAfter !== null && availableAfter !== detail.balances.available && (
                <span className={`font-normal ${availableAfter < 0 ? "text-ui-tag-red-text" : "text-ui-fg-subtle"}`}>
                  {" "}
                  → {formatMoney(availableAfter)}
                </span>
              )}
            </Text>
          </div>
        </div>
        <FormField id="limit-amount" label={t("dealermall.credit.limit.newLimit")} error={errors.limit}>
          <Input
            id="limit-amount"
            inputMode="decimal"
            autoFocus
            value={limit}
            onChange={(e) => {
              setLimit(e.target.value)
              setErrors((x) => ({ ...x, limit: undefined, form: undefined }))
            }}
            aria-invalid={!!errors.limit}
          />
        </FormField>
        {availableAfter !== null && availableAfter < 0 && (
          <InlineTip label={t("dealermall.reviewPanel.tip")} variant="warning">
            {t("dealermall.credit.limit.belowUsed", { used: formatMoney(used) })}
          </InlineTip>
        )}
        <FormField id="limit-terms" label={t("dealermall.dialogs.approve.paymentTerms")} error={errors.terms}>
          <Input
            id="limit-terms"
            inputMode="numeric"
            value={terms}
            onChange={(e) => {
              setTerms(e.target.value)
              setErrors((x) => ({ ...x, terms: undefined, form: undefined }))
            }}
            aria-invalid={!!errors.terms}
          />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("dealermall.credit.limit.termsHint")}
          </Text>
        </FormField>
        <FormField id="limit-reason" label={t("dealermall.credit.reason")} error={errors.reason}>
          <Textarea
            id="limit-reason"
            rows={4}
            maxLength={500}
            placeholder={t("dealermall.credit.limit.reasonPlaceholder")}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value)
              setErrors((x) => ({ ...x, reason: undefined }))
            }}
            aria-invalid={!!errors.reason}
          />
        </FormField>
        {errors.form && (
          <Text size="small" className="text-ui-fg-error">
            {errors.form}
          </Text>
        )}
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={adjust.isPending}>
            {t("dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={adjust.isPending}>
          {t("dealermall.credit.limit.submit")}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

export const LimitDrawer = ({ detail, open, onOpenChange }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <LimitForm detail={detail} onClose={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)
