import { EllipsisHorizontal, PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Button, Container, DropdownMenu, Heading, IconButton, Skeleton, StatusBadge, Switch, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { useFormatters } from "../../lib/locale"
import { useDeleteReviewRule, useReviewRules, useUpdateReviewRule } from "../../lib/order-reviews"
import { ReviewRule } from "../../lib/order-review-types"
import { useTiers } from "../../lib/wholesale"
import { EmptyState } from "../dealers/empty-state"
import { RuleDrawer } from "./rule-drawer"

/** Auto-approval rules: an order that fits an enabled rule is approved at once by the system. */
export const RulesSection = () => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const prompt = usePrompt()
  const { data: rules, isLoading, error } = useReviewRules()
  const { data: tiers } = useTiers()
  const update = useUpdateReviewRule()
  const remove = useDeleteReviewRule()
  const [drawerOpen, setDrawerOpen] = useState(false)
  // Kept after closing so the drawer's title does not change during its closing animation.
  const [editing, setEditing] = useState<ReviewRule>()

  const open = (rule?: ReviewRule) => {
    setEditing(rule)
    setDrawerOpen(true)
  }

  const tierName = (groupId: string | null) => {
    if (!groupId) return t("dealermall.reviewSettings.rules.anyTier")
    return tiers?.find((x) => x.customer_group_id === groupId)?.name ?? t("dealermall.reviewSettings.rules.unknownTier")
  }

  const toggle = (rule: ReviewRule, enabled: boolean) =>
    update.mutate(
      // The whole rule, not just `enabled`: the update route fills omitted fields with their defaults.
      {
        id: rule.id,
        body: {
          name: rule.name,
          enabled,
          max_total: rule.max_total === null || rule.max_total === "" ? null : Number(rule.max_total),
          tier_group_id: rule.tier_group_id,
          require_all_checks: rule.require_all_checks,
        },
      },
      {
        onSuccess: () =>
          toast.success(
            t(enabled ? "dealermall.reviewSettings.rules.enabledToast" : "dealermall.reviewSettings.rules.disabledToast", {
              name: rule.name,
            })
          ),
        onError: (err) =>
          toast.error(t("dealermall.actions.failed"), { description: errorMessage(err, t("dealermall.actions.failed")) }),
      }
    )

  const confirmDelete = async (rule: ReviewRule) => {
    const ok = await prompt({
      title: t("dealermall.reviewSettings.rules.deleteTitle", { name: rule.name }),
      description: t("dealermall.reviewSettings.rules.deleteDescription"),
      confirmText: t("dealermall.actions.delete"),
      cancelText: t("dealermall.actions.cancel"),
    })
    if (!ok) return
    try {
      await remove.mutateAsync(rule.id)
      toast.success(t("dealermall.reviewSettings.rules.deleted", { name: rule.name }))
    } catch (err) {
      toast.error(t("dealermall.actions.failed"), { description: errorMessage(err, t("dealermall.actions.failed")) })
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2">{t("dealermall.reviewSettings.rules.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.reviewSettings.rules.subtitle")}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => open()}>
          <Plus />
          {t("dealermall.reviewSettings.rules.create")}
        </Button>
      </div>
      {isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      ) : error || !rules ? (
        <EmptyState error title={t("dealermall.reviewSettings.rules.loadError")} description={errorMessage(error, "")} />
      ) : rules.length === 0 ? (
        <EmptyState
          title={t("dealermall.reviewSettings.rules.empty.title")}
          description={t("dealermall.reviewSettings.rules.empty.description")}
        />
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("dealermall.reviewSettings.rules.columns.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("dealermall.reviewSettings.rules.columns.enabled")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("dealermall.reviewSettings.rules.columns.maxTotal")}</Table.HeaderCell>
                <Table.HeaderCell>{t("dealermall.reviewSettings.rules.columns.tier")}</Table.HeaderCell>
                <Table.HeaderCell>{t("dealermall.reviewSettings.rules.columns.checks")}</Table.HeaderCell>
                <Table.HeaderCell className="w-[60px]" />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rules.map((rule) => (
                <Table.Row key={rule.id} data-testid="rule-row">
                  <Table.Cell>
                    <Text size="small" weight="plus" leading="compact">
                      {rule.name}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex items-center gap-x-2">
                      <Switch
                        size="small"
                        checked={rule.enabled}
                        disabled={update.isPending}
                        onCheckedChange={(v) => toggle(rule, v)}
                        aria-label={t("dealermall.reviewSettings.rules.enabled")}
                      />
                      <StatusBadge color={rule.enabled ? "green" : "grey"}>
                        {t(rule.enabled ? "dealermall.reviewSettings.rules.on" : "dealermall.reviewSettings.rules.off")}
                      </StatusBadge>
                    </div>
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {rule.max_total !== null && rule.max_total !== undefined && rule.max_total !== "" ? (
                      formatMoney(rule.max_total)
                    ) : (
                      <span className="text-ui-fg-muted">{t("dealermall.reviewSettings.rules.noLimit")}</span>
                    )}
                  </Table.Cell>
                  <Table.Cell>{tierName(rule.tier_group_id)}</Table.Cell>
                  <Table.Cell>
                    {t(rule.require_all_checks ? "dealermall.reviewSettings.rules.allChecks" : "dealermall.reviewSettings.rules.anyChecks")}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex justify-end">
                      <DropdownMenu>
                        <DropdownMenu.Trigger asChild>
                          <IconButton size="small" variant="transparent" aria-label={t("dealermall.actions.more")}>
                            <EllipsisHorizontal />
                          </IconButton>
                        </DropdownMenu.Trigger>
                        <DropdownMenu.Content align="end">
                          <DropdownMenu.Item className="gap-x-2" onClick={() => open(rule)}>
                            <PencilSquare className="text-ui-fg-subtle" />
                            {t("dealermall.actions.edit")}
                          </DropdownMenu.Item>
                          <DropdownMenu.Separator />
                          <DropdownMenu.Item className="gap-x-2" onClick={() => confirmDelete(rule)}>
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
      )}
      <RuleDrawer rule={editing} open={drawerOpen} onOpenChange={setDrawerOpen} />
    </Container>
  )
}
