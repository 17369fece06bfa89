import { Button, Drawer, Input, Select, Text, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { useCustomerGroups } from "../../lib/dealers"
import { useTiers } from "../../lib/wholesale"
import { FormField } from "./form-field"
import { useRunDealerAction } from "./use-action-toast"

type Props = { dealerId: string; open: boolean; onOpenChange: (open: boolean) => void }

type Errors = Partial<Record<"tier" | "credit" | "terms", string>>

// Lives inside Drawer.Content, which unmounts on close, so every opening starts from a blank form.
const ApproveForm = ({ dealerId, onClose }: { dealerId: string; onClose: () => void }) => {
  const { t } = useTranslation()
  // Tiers in rank order; each tier is a customer group, which is what the approval takes. Before the
  // tiers API exists (404) the plain customer groups stand in.
  const tiers = useTiers()
  const groups = useCustomerGroups(tiers.isError)
  const options = tiers.data
    ? tiers.data.map((x) => ({ value: x.customer_group_id, label: x.name }))
    : tiers.isError
      ? (groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))
      : undefined
  const { run, isPending } = useRunDealerAction(dealerId, onClose)
  const [tier, setTier] = useState("")
  const [credit, setCredit] = useState("")
  const [terms, setTerms] = useState("")
  const [note, setNote] = useState("")
  const [errors, setErrors] = useState<Errors>({})
  // An error stays only until its field is edited again.
  const edit = (key: keyof Errors, set: (v: string) => void) => (v: string) => {
    set(v)
    setErrors((e) => ({ ...e, [key]: undefined }))
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const creditN = Number(credit)
    const termsN = Number(terms)
    const next: Errors = {}
    if (!tier) next.tier = t("dealermall.dialogs.errors.tier")
    if (credit.trim() === "" || !Number.isFinite(creditN) || creditN < 0)
      next.credit = t("dealermall.dialogs.errors.creditLimit")
    if (terms.trim() === "" || !Number.isInteger(termsN) || termsN < 0 || termsN > 365)
      next.terms = t("dealermall.dialogs.errors.paymentTerms")
    setErrors(next)
    if (Object.keys(next).length) return
    run({
      action: "approve",
      body: {
        customer_group_id: tier,
        // Fen precision: the input allows any decimals, money does not.
        credit_limit: Math.round(creditN * 100) / 100,
        payment_terms_days: termsN,
        ...(note.trim() ? { note: note.trim() } : {}),
      },
    })
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>{t("dealermall.dialogs.approve.title")}</Drawer.Title>
        <Drawer.Description>{t("dealermall.dialogs.approve.description")}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
        <FormField id="approve-tier" label={t("dealermall.dialogs.approve.tier")} error={errors.tier}>
          <Select value={tier} onValueChange={edit("tier", setTier)}>
            <Select.Trigger id="approve-tier" aria-invalid={!!errors.tier}>
              <Select.Value placeholder={t("dealermall.dialogs.approve.tierPlaceholder")} />
            </Select.Trigger>
            <Select.Content>
              {(options ?? []).map((o) => (
                <Select.Item key={o.value} value={o.value}>
                  {o.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          {options && options.length === 0 && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("dealermall.dialogs.approve.noTiers")}
            </Text>
          )}
        </FormField>
        <FormField id="approve-credit" label={t("dealermall.dialogs.approve.creditLimit")} error={errors.credit}>
          <Input
            id="approve-credit"
            type="number"
            inputMode="decimal"
            min={0}
            step="0.01"
            value={credit}
            onChange={(e) => edit("credit", setCredit)(e.target.value)}
            aria-invalid={!!errors.credit}
          />
        </FormField>
        <FormField id="approve-terms" label={t("dealermall.dialogs.approve.paymentTerms")} error={errors.terms}>
          <Input
            id="approve-terms"
            type="number"
            inputMode="numeric"
            min={0}
            max={365}
            step={1}
            value={terms}
            onChange={(e) => edit("terms", setTerms)(e.target.value)}
            aria-invalid={!!errors.terms}
          />
        </FormField>
        <FormField id="approve-note" label={t("dealermall.dialogs.approve.note")}>
          <Textarea id="approve-note" rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </FormField>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={isPending}>
            {t("dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={isPending}>
          {t("dealermall.actions.approve")}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

export const ApproveDrawer = ({ dealerId, open, onOpenChange }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <ApproveForm dealerId={dealerId} onClose={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)
