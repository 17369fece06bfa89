import { Button, Drawer, Select, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { useFormatters } from "../../lib/locale"
import { DealerDetail } from "../../lib/types"
import { useChangeDealerTier, useTiers } from "../../lib/wholesale"
import { Tier } from "../../lib/wholesale-types"
import { FormField } from "../dealers/form-field"

type Props = { dealer: DealerDetail; open: boolean; onOpenChange: (open: boolean) => void }

/** The dealer's tier is known by its customer group (older answers) or by the tier id. */
export function isCurrentTier(dealer: DealerDetail, tier: Tier): boolean {
  return tier.customer_group_id === dealer.tier_group_id || tier.id === dealer.tier?.id
}

const ChangeTierForm = ({ dealer, onClose }: { dealer: DealerDetail; onClose: () => void }) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const tiers = useTiers()
  const change = useChangeDealerTier(dealer.id)
  const [tierId, setTierId] = useState("")
  const [note, setNote] = useState("")
  const [error, setError] = useState<string>()

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!tierId) {
      setError(t("dealermall.dialogs.errors.tier"))
      return
    }
    const name = tiers.data?.find((x) => x.id === tierId)?.name ?? ""
    change.mutate(
      { tier_id: tierId, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          toast.success(t("dealermall.changeTier.done", { name }))
          onClose()
        },
        onError: (err) =>
          toast.error(t("dealermall.actions.failed"), {
            description: errorMessage(err, t("dealermall.actions.failed")),
          }),
      }
    )
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>{t("dealermall.changeTier.title")}</Drawer.Title>
        <Drawer.Description>{t("dealermall.changeTier.description")}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
        <Text size="small" className="text-ui-fg-subtle">
          {t("dealermall.changeTier.current", { name: dealer.tier?.name ?? "—" })}
        </Text>
        <FormField id="change-tier" label={t("dealermall.changeTier.newTier")} error={error}>
          <Select
            value={tierId}
            onValueChange={(v) => {
              setTierId(v)
              setError(undefined)
            }}
          >
            <Select.Trigger id="change-tier" aria-invalid={!!error}>
              <Select.Value placeholder={t("dealermall.dialogs.approve.tierPlaceholder")} />
            </Select.Trigger>
            <Select.Content>
              {(tiers.data ?? []).map((tier) => (
                <Select.Item key={tier.id} value={tier.id} disabled={isCurrentTier(dealer, tier)}>
                  {tier.name}
                  {Number(tier.min_order_amount ?? 0) > 0
                    ? ` · ${t("dealermall.tiers.minOrderShort", { amount: formatMoney(tier.min_order_amount) })}`
                    : ""}
                  {isCurrentTier(dealer, tier) ? ` (${t("dealermall.changeTier.currentMark")})` : ""}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          {tiers.isError && (
            <Text size="xsmall" className="text-ui-fg-error">
              {errorMessage(tiers.error, t("dealermall.tiers.loadError"))}
            </Text>
          )}
        </FormField>
        <FormField id="change-tier-note" label={t("dealermall.dialogs.approve.note")}>
          <Textarea id="change-tier-note" rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </FormField>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={change.isPending}>
            {t("dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={change.isPending}>
          {t("dealermall.changeTier.submit")}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

export const ChangeTierDrawer = ({ dealer, open, onOpenChange }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <ChangeTierForm dealer={dealer} onClose={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)
