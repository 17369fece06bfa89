import { EllipsisHorizontal, PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Button, Container, DropdownMenu, Heading, IconButton, Skeleton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { useFormatters } from "../../lib/locale"
import { useContractPrices, useDeleteContractPrice } from "../../lib/wholesale"
import { ContractPrice } from "../../lib/wholesale-types"
import { ContractPriceDrawer } from "./contract-price-drawer"

/** The dealer's own prices (专属价), which win over tier prices and promotions. */
export const ContractPricesSection = ({ dealerId }: { dealerId: string }) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const prompt = usePrompt()
  const { data, isLoading, error } = useContractPrices(dealerId)
  const remove = useDeleteContractPrice(dealerId)
  const [open, setOpen] = useState(false)
  // Kept after closing so the drawer's content does not change during its closing animation.
  const [editing, setEditing] = useState<ContractPrice>()

  const edit = (price?: ContractPrice) => {
    setEditing(price)
    setOpen(true)
  }

  const confirmRemove = async (price: ContractPrice) => {
    const ok = await prompt({
      title: t("dealermall.contract.removeTitle"),
      description: t("dealermall.contract.removeDescription", { sku: price.sku ?? price.variant_id }),
      confirmText: t("dealermall.actions.remove"),
      cancelText: t("dealermall.actions.cancel"),
    })
    if (!ok) return
    remove.mutate(price.variant_id, {
      onSuccess: () => toast.success(t("dealermall.contract.removed", { sku: price.sku ?? price.variant_id })),
      onError: (err) =>
        toast.error(t("dealermall.actions.failed"), {
          description: errorMessage(err, t("dealermall.actions.failed")),
        }),
    })
  }

  return (
    <Container className="divide-y p-0" data-testid="contract-prices">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <div className="min-w-0">
          <Heading level="h2">{t("dealermall.contract.title")}</Heading>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("dealermall.contract.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => edit()}>
          <Plus />
          {t("dealermall.contract.add")}
        </Button>
      </div>
      {isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-6 w-full" />
          <Skeleton className="h-6 w-full" />
        </div>
      ) : error || !data ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("dealermall.contract.loadError")} {errorMessage(error, "")}
        </Text>
      ) : data.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("dealermall.contract.empty")}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>SKU</Table.HeaderCell>
                <Table.HeaderCell>{t("dealermall.contract.columns.product")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("dealermall.contract.columns.amount")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("dealermall.contract.columns.tier")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("dealermall.contract.columns.base")}</Table.HeaderCell>
                <Table.HeaderCell className="w-[48px]" />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.map((p) => {
                // A contract price above the tier price never applies in the dealer's favour: flag it.
                const above = p.tier_amount != null && Number(p.amount) > Number(p.tier_amount)
                return (
                  <Table.Row key={p.variant_id} data-testid="contract-price-row">
                    <Table.Cell className="font-mono">{p.sku ?? "—"}</Table.Cell>
                    <Table.Cell className="max-w-[240px]">
                      <div className="flex flex-col">
                        <Text size="small" leading="compact" className="truncate">
                          {p.product_title}
                        </Text>
                        {p.variant_title && (
                          <Text size="xsmall" className="text-ui-fg-subtle truncate">
                            {p.variant_title}
                          </Text>
                        )}
                      </div>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      <span className={above ? "text-ui-fg-error" : "txt-compact-small-plus"} title={above ? t("dealermall.contract.aboveTier") : undefined}>
                        {formatMoney(p.amount)}
                      </span>
                    </Table.Cell>
                    <Table.Cell className="text-ui-fg-subtle text-right tabular-nums">{formatMoney(p.tier_amount)}</Table.Cell>
                    <Table.Cell className="text-ui-fg-subtle text-right tabular-nums">{formatMoney(p.base_amount)}</Table.Cell>
                    <Table.Cell>
                      <DropdownMenu>
                        <DropdownMenu.Trigger asChild>
                          <IconButton size="small" variant="transparent" aria-label={t("dealermall.actions.more")}>
                            <EllipsisHorizontal />
                          </IconButton>
                        </DropdownMenu.Trigger>
                        <DropdownMenu.Content align="end">
                          <DropdownMenu.Item className="gap-x-2" onClick={() => edit(p)}>
                            <PencilSquare className="text-ui-fg-subtle" />
                            {t("dealermall.actions.edit")}
                          </DropdownMenu.Item>
                          <DropdownMenu.Separator />
                          <DropdownMenu.Item className="gap-x-2" onClick={() => confirmRemove(p)}>
                            <Trash className="text-ui-fg-subtle" />
                            {t("dealermall.actions.remove")}
                          </DropdownMenu.Item>
                        </DropdownMenu.Content>
                      </DropdownMenu>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </div>
      )}
      <ContractPriceDrawer dealerId={dealerId} price={editing} open={open} onOpenChange={setOpen} />
    </Container>
  )
}
