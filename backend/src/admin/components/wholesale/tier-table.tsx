import { ArrowDownMini, ArrowUpMini, EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import { DropdownMenu, IconButton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { useFormatters } from "../../lib/locale"
import { useDeleteTier, useReorderTiers } from "../../lib/wholesale"
import { Tier } from "../../lib/wholesale-types"

type Props = { tiers: Tier[]; onEdit: (tier: Tier) => void }

export const TierTable = ({ tiers, onEdit }: Props) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const reorder = useReorderTiers()
  const remove = useDeleteTier()
  const prompt = usePrompt()

  const move = (index: number, by: -1 | 1) => {
    const ids = tiers.map((x) => x.id)
    const target = index + by
    if (target < 0 || target >= ids.length) return
    ;[ids[index], ids[target]] = [ids[target], ids[index]]
    reorder.mutate(ids, {
      onError: (err) =>
        toast.error(t("dealermall.actions.failed"), {
          description: errorMessage(err, t("dealermall.actions.failed")),
        }),
    })
  }

  const confirmDelete = async (tier: Tier) => {
    const ok = await prompt({
      title: t("dealermall.tiers.deleteTitle", { name: tier.name }),
      description: t("dealermall.tiers.deleteDescription"),
      confirmText: t("dealermall.actions.delete"),
      cancelText: t("dealermall.actions.cancel"),
    })
    if (!ok) return
    // mutateAsync: deleting the last tier unmounts this table, which would drop mutate callbacks.
    try {
      await remove.mutateAsync(tier.id)
      toast.success(t("dealermall.tiers.deleted", { name: tier.name }))
    } catch (err) {
      // 409 tier_in_use: the API says how many dealers still sit in the tier.
      toast.error(t("dealermall.tiers.deleteFailed"), {
        description: errorMessage(err, t("dealermall.actions.failed")),
      })
    }
  }

  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell className="w-[88px]">{t("dealermall.tiers.columns.rank")}</Table.HeaderCell>
            <Table.HeaderCell>{t("dealermall.tiers.columns.name")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("dealermall.tiers.columns.dealers")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("dealermall.tiers.columns.minOrder")}</Table.HeaderCell>
            <Table.HeaderCell className="w-[120px]" />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {tiers.map((tier, i) => (
            <Table.Row key={tier.id} data-testid="tier-row">
              <Table.Cell className="tabular-nums text-ui-fg-subtle">{i + 1}</Table.Cell>
              <Table.Cell>
                <Text size="small" weight="plus" leading="compact">
                  {tier.name}
                </Text>
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">{tier.dealer_count ?? 0}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">
                {Number(tier.min_order_amount ?? 0) > 0 ? (
                  formatMoney(tier.min_order_amount)
                ) : (
                  <span className="text-ui-fg-muted">{t("dealermall.tiers.noMinOrder")}</span>
                )}
              </Table.Cell>
              <Table.Cell>
                <div className="flex items-center justify-end gap-x-1">
                  <IconButton
                    size="small"
                    variant="transparent"
                    disabled={i === 0 || reorder.isPending}
                    onClick={() => move(i, -1)}
                    aria-label={t("dealermall.tiers.moveUp")}
                    title={t("dealermall.tiers.moveUp")}
                  >
                    <ArrowUpMini />
                  </IconButton>
                  <IconButton
                    size="small"
                    variant="transparent"
                    disabled={i === tiers.length - 1 || reorder.isPending}
                    onClick={() => move(i, 1)}
                    aria-label={t("dealermall.tiers.moveDown")}
                    title={t("dealermall.tiers.moveDown")}
                  >
                    <ArrowDownMini />
                  </IconButton>
                  <DropdownMenu>
                    <DropdownMenu.Trigger asChild>
                      <IconButton size="small" variant="transparent" aria-label={t("dealermall.actions.more")}>
                        <EllipsisHorizontal />
                      </IconButton>
                    </DropdownMenu.Trigger>
                    <DropdownMenu.Content align="end">
                      <DropdownMenu.Item className="gap-x-2" onClick={() => onEdit(tier)}>
                        <PencilSquare className="text-ui-fg-subtle" />
                        {t("dealermall.actions.edit")}
                      </DropdownMenu.Item>
                      <DropdownMenu.Separator />
                      <DropdownMenu.Item className="gap-x-2" onClick={() => confirmDelete(tier)}>
                        <Trash className="text-ui-fg-subtle" />
                        {t("dealermall.actions.delete")}
                      </DropdownMenu.Item>
                    </DropdownMenu.Content>
                  </DropdownMenu>
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
