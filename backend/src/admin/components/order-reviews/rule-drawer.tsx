import { Button, Drawer, Input, Label, Select, Switch, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { parseAmount, toInputText } from "../../lib/numbers"
import { useCreateReviewRule, useUpdateReviewRule } from "../../lib/order-reviews"
import { ReviewRule } from "../../lib/order-review-types"
import { useTiers } from "../../lib/wholesale"
import { FormField } from "../dealers/form-field"

type Props = {
  /** The rule to edit; undefined creates a new one. */
  rule?: ReviewRule
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Errors = Partial<Record<"name" | "maxTotal", string>>

const ANY = "any"

const SwitchRow = ({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string
  label: string
  hint: string
  checked: boolean
  onChange: (v: boolean) => void
}) => (
  <div className="flex items-start justify-between gap-x-4">
    <div className="flex flex-col gap-y-0.5">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    </div>
    <Switch id={id} checked={checked} onCheckedChange={onChange} />
  </div>
)

// Inside Drawer.Content, which unmounts on close: every opening starts from the rule's current values.
const RuleForm = ({ rule, onClose }: { rule?: ReviewRule; onClose: () => void }) => {
  const { t } = useTranslation()
  const create = useCreateReviewRule()
  const update = useUpdateReviewRule()
  const { data: tiers } = useTiers()
  const isPending = create.isPending || update.isPending
  const [name, setName] = useState(rule?.name ?? "")
  const [enabled, setEnabled] = useState(rule?.enabled ?? true)
  const [maxTotal, setMaxTotal] = useState(toInputText(rule?.max_total))
  const [tier, setTier] = useState(rule?.tier_group_id ?? ANY)
  const [requireAll, setRequireAll] = useState(rule?.require_all_checks ?? true)
  const [errors, setErrors] = useState<Errors>({})

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const next: Errors = {}
    const trimmed = name.trim()
    if (!trimmed) next.name = t("dealermall.dialogs.errors.required")
    const amount = parseAmount(maxTotal, { positive: true })
    if (!amount.ok) next.maxTotal = t("dealermall.wholesale.errors.positiveAmount")
    setErrors(next)
    if (Object.keys(next).length || !amount.ok) return
    const body = {
      name: trimmed,
      enabled,
      max_total: amount.value,
      tier_group_id: tier === ANY ? null : tier,
      require_all_checks: requireAll,
    }
    try {
      if (rule) await update.mutateAsync({ id: rule.id, body })
      else await create.mutateAsync(body)
      toast.success(t(rule ? "dealermall.reviewSettings.rules.saved" : "dealermall.reviewSettings.rules.created", { name: trimmed }))
      onClose()
    } catch (err) {
      toast.error(t("dealermall.actions.failed"), { description: errorMessage(err, t("dealermall.actions.failed")) })
    }
  }

  const tierMissing = tier !== ANY && tiers && !tiers.some((x) => x.customer_group_id === tier)

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>
          {t(rule ? "dealermall.reviewSettings.rules.editTitle" : "dealermall.reviewSettings.rules.createTitle")}
        </Drawer.Title>
        <Drawer.Description>{t("dealermall.reviewSettings.rules.drawerDescription")}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
        <FormField id="rule-name" label={t("dealermall.reviewSettings.rules.columns.name")} error={errors.name}>
          <Input
            id="rule-name"
            autoFocus
            maxLength={60}
            placeholder={t("dealermall.reviewSettings.rules.namePlaceholder")}
            value={name}
            onChange={(e) => {
              setName(e.target.value)
              setErrors((x) => ({ ...x, name: undefined }))
            }}
            aria-invalid={!!errors.name}
          />
        </FormField>
        <SwitchRow
          id="rule-enabled"
          label={t("dealermall.reviewSettings.rules.enabled")}
          hint={t("dealermall.reviewSettings.rules.enabledHint")}
          checked={enabled}
          onChange={setEnabled}
        />
        <FormField id="rule-max-total" label={t("dealermall.reviewSettings.rules.maxTotalLabel")} error={errors.maxTotal}>
          <Input
            id="rule-max-total"
            inputMode="decimal"
            placeholder={t("dealermall.reviewSettings.rules.noLimit")}
            value={maxTotal}
            onChange={(e) => {
              setMaxTotal(e.target.value)
              setErrors((x) => ({ ...x, maxTotal: undefined }))
            }}
            aria-invalid={!!errors.maxTotal}
          />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("dealermall.reviewSettings.rules.maxTotalHint")}
          </Text>
        </FormField>
        <FormField id="rule-tier" label={t("dealermall.reviewSettings.rules.tierLabel")}>
          <Select value={tier} onValueChange={setTier}>
            <Select.Trigger id="rule-tier">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ANY}>{t("dealermall.reviewSettings.rules.anyTier")}</Select.Item>
              {(tiers ?? []).map((x) => (
                <Select.Item key={x.id} value={x.customer_group_id}>
                  {x.name}
                </Select.Item>
              ))}
              {tierMissing && <Select.Item value={tier}>{t("dealermall.reviewSettings.rules.unknownTier")}</Select.Item>}
            </Select.Content>
          </Select>
        </FormField>
        <SwitchRow
          id="rule-require-all"
          label={t("dealermall.reviewSettings.rules.requireAll")}
          hint={t("dealermall.reviewSettings.rules.requireAllHint")}
          checked={requireAll}
          onChange={setRequireAll}
        />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={isPending}>
            {t("dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={isPending}>
          {t(rule ? "dealermall.actions.save" : "dealermall.actions.create")}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

export const RuleDrawer = ({ rule, open, onOpenChange }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <RuleForm rule={rule} onClose={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)
