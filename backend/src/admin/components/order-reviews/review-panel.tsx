import { ArrowRightMini } from "@medusajs/icons"
import { Button, Container, Heading, InlineTip, Skeleton, Table, Text, usePrompt } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { errorMessage } from "../../lib/dealers"
import { formatDurationHours, hoursSince, useFormatters } from "../../lib/locale"
import { useOrderReview } from "../../lib/order-reviews"
import { PendingChange, ReviewDetail } from "../../lib/order-review-types"
import { CheckList } from "./check-badges"
import { DecisionDrawer, TextAction } from "./decision-drawer"
import { OrderStatusBadge } from "./order-status-badge"
import { ReviewHistory } from "./review-history"
import { AutoApprovedBadge } from "./review-table"
import { StageProgress } from "./stage-progress"
import { useDecide } from "./use-decide"

/** Why the buttons are off; null when the current user may decide. */
function lockedReason(r: ReviewDetail, t: (k: string, o?: Record<string, unknown>) => string): string | null {
  if (r.can_decide) return null
  switch (r.review_status) {
    case "approved":
      return t("dealermall.reviewPanel.locked.approved")
    case "rejected":
      return t("dealermall.reviewPanel.locked.rejected")
    case "cancelled":
      return t("dealermall.reviewPanel.locked.cancelled")
    case "changes_requested":
      return t("dealermall.reviewPanel.locked.changes_requested")
    case "pending":
      return r.stage
        ? t("dealermall.reviewPanel.locked.notReviewer", { stage: r.stage.name })
        : t("dealermall.reviewPanel.locked.notReviewerAny")
    default:
      return t("dealermall.reviewPanel.locked.other")
  }
}

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-3 px-6 py-4">
    <Text size="small" weight="plus" leading="compact" className="text-ui-fg-subtle">
      {title}
    </Text>
    {children}
  </div>
)

const PendingChangeView = ({ change }: { change: PendingChange }) => {
  const { t } = useTranslation()
  const { formatMoney, formatDateTime } = useFormatters()
  return (
    <div className="flex flex-col gap-y-2" data-testid="review-pending-change">
      <Text size="xsmall" className="text-ui-fg-subtle">
        {t("dealermall.reviewPanel.pendingChangeSent", { at: formatDateTime(change.created_at) })}
      </Text>
      <div className="overflow-hidden rounded-md border">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("dealermall.reviewPanel.change.item")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("dealermall.reviewPanel.change.quantity")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {change.lines.map((l, i) => (
              <Table.Row key={`${l.sku ?? l.title}-${i}`}>
                <Table.Cell className="max-w-[200px]">
                  <Text size="small" leading="compact" className="truncate" title={l.title}>
                    {l.title}
                  </Text>
                  {l.sku && (
                    <Text size="xsmall" leading="compact" className="text-ui-fg-subtle font-mono">
                      {l.sku}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums whitespace-nowrap">
                  {l.old_quantity} → <span className="txt-compact-small-plus">{l.new_quantity}</span>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <div className="flex items-center justify-between">
        <Text size="small" className="text-ui-fg-subtle">
          {t("dealermall.reviewPanel.change.total")}
        </Text>
        <Text size="small" className="tabular-nums">
          {formatMoney(change.old_total)} → <span className="txt-compact-small-plus">{formatMoney(change.new_total)}</span>
        </Text>
      </div>
    </div>
  )
}

const Decisions = ({ review }: { review: ReviewDetail }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const { decide, isPending } = useDecide(review.order_id)
  const [drawer, setDrawer] = useState<TextAction>()
  const [drawerOpen, setDrawerOpen] = useState(false)
  const locked = lockedReason(review, t)

  const currentIndex = review.stages.findIndex((s) => s.current)
  const next = currentIndex >= 0 ? review.stages[currentIndex + 1] : undefined

  const approve = async () => {
    const ok = await prompt({
      title: t("dealermall.reviewPanel.approveTitle", { id: review.display_id }),
      description: next
        ? t("dealermall.reviewPanel.approveNext", { stage: next.name })
        : t("dealermall.reviewPanel.approveFinal"),
      confirmText: t("dealermall.reviewPanel.buttons.approve"),
      cancelText: t("dealermall.actions.cancel"),
      variant: "confirmation",
    })
    if (!ok) return
    await decide(
      "approve",
      undefined,
      next
        ? t("dealermall.reviewPanel.done.approveStage", { stage: review.stage?.name ?? "", next: next.name })
        : t("dealermall.reviewPanel.done.approve", { id: review.display_id })
    )
  }

  const open = (action: TextAction) => {
    setDrawer(action)
    setDrawerOpen(true)
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      {locked ? (
        <InlineTip label={t("dealermall.reviewPanel.lockedLabel")} variant="info" data-testid="review-locked">
          {locked}
        </InlineTip>
      ) : (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("dealermall.reviewPanel.editOrderHint")}
        </Text>
      )}
      <div className="flex flex-wrap items-center justify-end gap-2">
        <Button size="small" variant="secondary" disabled={!!locked || isPending} onClick={() => open("request_changes")}>
          {t("dealermall.reviewPanel.buttons.request_changes")}
        </Button>
        <Button size="small" variant="danger" disabled={!!locked || isPending} onClick={() => open("reject")}>
          {t("dealermall.reviewPanel.buttons.reject")}
        </Button>
        <Button size="small" variant="primary" disabled={!!locked} isLoading={isPending} onClick={approve}>
          {t("dealermall.reviewPanel.buttons.approve")}
        </Button>
      </div>
      {drawer && (
        <DecisionDrawer
          orderId={review.order_id}
          displayId={review.display_id}
          action={drawer}
          open={drawerOpen}
          onOpenChange={setDrawerOpen}
        />
      )}
    </div>
  )
}

/** The review of one order on its detail page: status, stages, checks, messages, decisions and history. */
export const ReviewPanel = ({ orderId }: { orderId: string }) => {
  const { t } = useTranslation()
  const { formatDateTime } = useFormatters()
  const { data: review, isLoading, error } = useOrderReview(orderId)

  // Orders without a review (placed outside the dealer checkout) show nothing.
  if (review === null) return null
  if (isLoading) {
    return (
      <Container className="flex flex-col gap-y-3 px-6 py-4">
        <Skeleton className="h-6 w-1/3" />
        <Skeleton className="h-16 w-full" />
      </Container>
    )
  }
  if (error || !review) {
    return (
      <Container className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t("dealermall.reviewPanel.title")}</Heading>
        <Text size="small" className="text-ui-fg-error">
          {t("dealermall.reviewPanel.loadError")} {errorMessage(error, "")}
        </Text>
      </Container>
    )
  }

  const reason = review.reason ?? (review.review_status === "rejected" ? latestReason(review, "reject") : null)

  return (
    <Container className="divide-y p-0" data-testid="order-review-panel">
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <div className="flex items-center justify-between gap-x-3">
          <Heading level="h2">{t("dealermall.reviewPanel.title")}</Heading>
          <div className="flex items-center gap-x-1.5">
            {review.auto_approved && <AutoApprovedBadge />}
            {review.status && <OrderStatusBadge status={review.status} />}
          </div>
        </div>
        <div className="flex flex-col">
          {review.dealer?.company_name && (
            <Text size="small" leading="compact">
              {review.dealer.company_name}
            </Text>
          )}
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("dealermall.reviewPanel.submitted", { at: formatDateTime(review.submitted_at) })}
            {review.review_status === "pending" && (
              <> · {t("dealermall.reviewPanel.waiting", { age: formatDurationHours(hoursSince(review.submitted_at, review.age_hours), t) })}</>
            )}
          </Text>
        </div>
      </div>

      <Section title={t("dealermall.reviewPanel.stages")}>
        {review.auto_approved ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.reviewPanel.autoApprovedStages")}
          </Text>
        ) : (
          <StageProgress stages={review.stages ?? []} reviewStatus={review.review_status} stageId={review.stage?.id} />
        )}
      </Section>

      <Section title={t("dealermall.reviewPanel.checks")}>
        <CheckList checks={review.checks} />
      </Section>

      {(reason || review.change_message || review.pending_change) && (
        <Section
          title={t(
            review.review_status === "rejected" ? "dealermall.reviewPanel.rejectReason" : "dealermall.reviewPanel.changeMessage"
          )}
        >
          {review.review_status === "rejected" && reason ? (
            <Text size="small" className="bg-ui-tag-red-bg text-ui-tag-red-text whitespace-pre-line break-words rounded-md px-3 py-2">
              {reason}
            </Text>
          ) : (
            review.change_message && (
              <Text size="small" className="bg-ui-bg-subtle whitespace-pre-line break-words rounded-md px-3 py-2">
                {review.change_message}
              </Text>
            )
          )}
          {review.pending_change && <PendingChangeView change={review.pending_change} />}
        </Section>
      )}

      <Decisions review={review} />

      <Section title={t("dealermall.reviewPanel.history")}>
        <ReviewHistory decisions={review.decisions ?? []} />
      </Section>

      <div className="flex justify-end px-6 py-3">
        <Link
          to="/order-reviews"
          className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover flex items-center gap-x-1"
        >
          {t("dealermall.reviewPanel.backToQueue")}
          <ArrowRightMini />
        </Link>
      </div>
    </Container>
  )
}

function latestReason(r: ReviewDetail, action: string): string | null {
  const d = [...(r.decisions ?? [])]
    .sort((a, b) => (a.created_at < b.created_at ? 1 : -1))
    .find((x) => x.action === action && x.reason)
  return d?.reason ?? null
}
