import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../../lib/locale"
import { ReviewDecision } from "../../lib/order-review-types"

const DOT: Record<string, string> = {
  approve: "bg-ui-tag-green-icon",
  auto_approve: "bg-ui-tag-purple-icon",
  changes_confirmed: "bg-ui-tag-green-icon",
  reject: "bg-ui-tag-red-icon",
  cancelled: "bg-ui-tag-red-icon",
  request_changes: "bg-ui-tag-blue-icon",
  changes_declined: "bg-ui-tag-orange-icon",
}

/** The review's decisions, newest first: what, who, when, at which stage, and why. */
export const ReviewHistory = ({ decisions }: { decisions: ReviewDecision[] }) => {
  const { t } = useTranslation()
  const { formatDateTime } = useFormatters()
  // Newest first; the API lists oldest first, so equal times (a submission auto-approved at once) keep that order reversed.
  const sorted = decisions
    .map((d, i) => ({ d, i, at: Date.parse(d.created_at) || 0 }))
    .sort((a, b) => b.at - a.at || b.i - a.i)
    .map((x) => x.d)

  if (sorted.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("dealermall.reviewPanel.noHistory")}
      </Text>
    )
  }
  return (
    <ol className="flex flex-col" data-testid="review-history">
      {sorted.map((d, i) => {
        const actorType = t(`dealermall.dealer.history.actors.${d.actor_type}`, { defaultValue: d.actor_type })
        const who = d.actor_type === "staff" ? d.actor_name || d.actor_id : d.actor_name
        return (
          <li key={d.id} className="grid grid-cols-[20px_1fr] gap-x-2">
            <div className="flex flex-col items-center">
              <span className={`mt-1.5 size-2 shrink-0 rounded-full ${DOT[d.action] ?? "bg-ui-fg-muted"}`} />
              {i < sorted.length - 1 && <span className="bg-ui-border-base my-1 w-px flex-1" />}
            </div>
            <div className="flex min-w-0 flex-col gap-y-0.5 pb-4">
              <Text size="small" weight="plus" leading="compact">
                {t(`dealermall.reviewPanel.actions.${d.action}`, { defaultValue: d.action })}
                {d.stage_name && <span className="text-ui-fg-subtle font-normal"> · {d.stage_name}</span>}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {who ? `${actorType} · ${who}` : actorType} · {formatDateTime(d.created_at)}
              </Text>
              {d.reason && (
                <Text size="small" className="text-ui-fg-base bg-ui-bg-subtle mt-1 whitespace-pre-line break-words rounded-md px-2 py-1">
                  {d.action === "auto_approve" ? t("dealermall.reviewPanel.byRule", { name: d.reason }) : d.reason}
                </Text>
              )}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
