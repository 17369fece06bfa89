import { Button, Container, Heading, InlineTip, Input, Label, Skeleton, Switch, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { useCreditSettings, useSaveCreditSettings } from "../../lib/credit"
import { CreditSettings } from "../../lib/credit-types"
import { errorMessage } from "../../lib/dealers"
import { EmptyState } from "../dealers/empty-state"
import { FormField } from "../dealers/form-field"

type Bank = CreditSettings["bank"]
const FIELDS = [
  { key: "account_name", max: 80 },
  { key: "bank_name", max: 80 },
  { key: "account_number", max: 40 },
] as const

const BankForm = ({ initial }: { initial: Bank }) => {
  const { t } = useTranslation()
  const save = useSaveCreditSettings()
  const [bank, setBank] = useState<Bank>(initial)
  const [errors, setErrors] = useState<Partial<Record<keyof Bank, string>>>({})
  const trimmed: Bank = {
    account_name: bank.account_name.trim(),
    bank_name: bank.bank_name.trim(),
    // Groups of four separated by spaces are kept: that is how dealers read it off a receipt.
    account_number: bank.account_number.trim().replace(/\s+/g, " "),
  }
  const dirty = FIELDS.some((f) => trimmed[f.key] !== initial[f.key])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    // All three or none: half an account would send dealers' money nowhere.
    const filled = FIELDS.filter((f) => trimmed[f.key])
    if (filled.length > 0 && filled.length < FIELDS.length) {
      const next: typeof errors = {}
      for (const f of FIELDS) if (!trimmed[f.key]) next[f.key] = t("dealermall.dialogs.errors.required")
      setErrors(next)
      return
    }
    if (trimmed.account_number && !/^\d[\d -]{4,38}\d$/.test(trimmed.account_number)) {
      setErrors({ account_number: t("dealermall.creditSettings.bank.numberInvalid") })
      return
    }
    // mutateAsync, not mutate callbacks: a save re-keys (remounts) this form, which would drop them.
    try {
      await save.mutateAsync({ bank: trimmed })
      toast.success(t("dealermall.creditSettings.bank.saved"))
    } catch (err) {
      toast.error(t("dealermall.actions.failed"), { description: errorMessage(err, t("dealermall.actions.failed")) })
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-4 px-6 py-4" noValidate>
      {!initial.account_number && (
        <InlineTip label={t("dealermall.reviewPanel.tip")} variant="warning">
          {t("dealermall.creditSettings.bank.missing")}
        </InlineTip>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        {FIELDS.map((f) => (
          <FormField key={f.key} id={`bank-${f.key}`} label={t(`dealermall.creditSettings.bank.${f.key}`)} error={errors[f.key]}>
            <Input
              id={`bank-${f.key}`}
              maxLength={f.max}
              className={f.key === "account_number" ? "font-mono" : undefined}
              inputMode={f.key === "account_number" ? "numeric" : undefined}
              placeholder={t(`dealermall.creditSettings.bank.${f.key}Placeholder`)}
              value={bank[f.key]}
              onChange={(e) => {
                setBank((b) => ({ ...b, [f.key]: e.target.value }))
                setErrors((x) => ({ ...x, [f.key]: undefined }))
              }}
              aria-invalid={!!errors[f.key]}
            />
          </FormField>
        ))}
      </div>
      <div className="flex justify-end">
        <Button size="small" type="submit" disabled={!dirty} isLoading={save.isPending}>
          {t("dealermall.actions.save")}
        </Button>
      </div>
    </form>
  )
}

/** The account dealers transfer to; shown to them with the order's reference code when they pay by transfer. */
export const BankAccountSection = () => {
  const { t } = useTranslation()
  const { data, isLoading, error } = useCreditSettings()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t("dealermall.creditSettings.bank.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("dealermall.creditSettings.bank.subtitle")}
        </Text>
      </div>
      {isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-8 w-full" />
        </div>
      ) : error || !data ? (
        <EmptyState error title={t("dealermall.creditSettings.loadError")} description={errorMessage(error, "")} />
      ) : (
        // Keyed on the saved values so a save (or a colleague's) resets the form.
        <BankForm key={JSON.stringify(data.bank)} initial={data.bank} />
      )}
    </Container>
  )
}

/** Whether overdue debt stops a dealer's new orders; saved as soon as it is switched. */
export const OverdueHoldSection = () => {
  const { t } = useTranslation()
  const { data, isLoading } = useCreditSettings()
  const save = useSaveCreditSettings()
  const toggle = async (on: boolean) => {
    try {
      await save.mutateAsync({ hold_orders_when_overdue: on })
      toast.success(t(on ? "dealermall.creditSettings.hold.on" : "dealermall.creditSettings.hold.off"))
    } catch (err) {
      toast.error(t("dealermall.actions.failed"), { description: errorMessage(err, t("dealermall.actions.failed")) })
    }
  }
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t("dealermall.creditSettings.hold.title")}</Heading>
      </div>
      <div className="flex items-start justify-between gap-x-6 px-6 py-4">
        <div className="flex flex-col gap-y-0.5">
          <Label htmlFor="hold-orders-when-overdue" size="small" weight="plus">
            {t("dealermall.creditSettings.hold.label")}
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.creditSettings.hold.hint")}
          </Text>
        </div>
        {isLoading || !data ? (
          <Skeleton className="h-5 w-8" />
        ) : (
          <Switch
            id="hold-orders-when-overdue"
            checked={data.hold_orders_when_overdue}
            disabled={save.isPending}
            onCheckedChange={toggle}
          />
        )}
      </div>
    </Container>
  )
}
