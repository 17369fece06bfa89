import { Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { parseAmount, toInputText } from "../../lib/numbers"
import { useCreateTier, useUpdateTier } from "../../lib/wholesale"
import { Tier } from "../../lib/wholesale-types"
import { FormField } from "../dealers/form-field"

type Props = {
  /** The tier to edit; undefined creates a new one. */
  tier?: Tier
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Errors = Partial<Record<"name" | "minOrder", string>>

// Inside Drawer.Content, which unmounts on close: every opening starts from the tier's current values.
const TierForm = ({ tier, onClose }: { tier?: Tier; onClose: () => void }) => {
  const { t } = useTranslation()
  const create = useCreateTier()
  const update = useUpdateTier()
  const isPending = create.isPending || update.isPending
  const [name, setName] = useState(tier?.name ?? "")
  const [minOrder, setMinOrder] = useState(toInputText(tier?.min_order_amount))
  const [errors, setErrors] = useState<Errors>({})

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const next: Errors = {}
    const trimmed = name.trim()
    if (!trimmed) next.name = t("dealermall.dialogs.errors.required")
    const amount = parseAmount(minOrder)
    if (!amount.ok) next.minOrder = t("dealermall.wholesale.errors.amount")
    setErrors(next)
    if (Object.keys(next).length || !amount.ok) return
    const body = { name: trimmed, min_order_amount: amount.value ?? 0 }
    const done = {
      onSuccess: () => {
        toast.success(t(tier ? "dealermall.tiers.saved" : "dealermall.tiers.created", { name: trimmed }))
        onClose()
      },
      onError: (err: unknown) => {
        const message = errorMessage(err, t("dealermall.actions.failed"))
        // 409 tier_name_taken belongs next to the name.
        if ((err as { status?: number }).status === 409) setErrors({ name: message })
        else toast.error(t("dealermall.actions.failed"), { description: message })
      },
    }
    if (tier) update.mutate({ id: tier.id, body }, done)
    else create.mutate(body, done)
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>{t(tier ? "dealermall.tiers.editTitle" : "dealermall.tiers.createTitle")}</Drawer.Title>
        <Drawer.Description>{t("dealermall.tiers.drawerDescription")}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
        <FormField id="tier-name" label={t("dealermall.tiers.columns.name")} error={errors.name}>
          <Input
            id="tier-name"
            autoFocus
            maxLength={60}
            value={name}
            onChange={(e) => {
              setName(e.target.value)
              setErrors((x) => ({ ...x, name: undefined }))
            }}
            aria-invalid={!!errors.name}
          />
        </FormField>
        <FormField id="tier-min-order" label={t("dealermall.tiers.minOrderLabel")} error={errors.minOrder}>
          <Input
            id="tier-min-order"
            inputMode="decimal"
            placeholder="0"
            value={minOrder}
            onChange={(e) => {
              setMinOrder(e.target.value)
              setErrors((x) => ({ ...x, minOrder: undefined }))
            }}
            aria-invalid={!!errors.minOrder}
          />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("dealermall.tiers.minOrderHint")}
          </Text>
        </FormField>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={isPending}>
            {t("dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={isPending}>
          {t(tier ? "dealermall.actions.save" : "dealermall.actions.create")}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

export const TierDrawer = ({ tier, open, onOpenChange }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <TierForm tier={tier} onClose={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)
