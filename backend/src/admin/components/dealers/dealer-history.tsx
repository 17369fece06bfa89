import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../../lib/locale"
import { DealerEvent } from "../../lib/types"

const DOT: Record<string, string> = {
  approved: "bg-ui-tag-green-icon",
  reinstated: "bg-ui-tag-green-icon",
  rejected: "bg-ui-tag-red-icon",
  suspended: "bg-ui-tag-red-icon",
  info_requested: "bg-ui-tag-blue-icon",
}

/** Timeline of decisions (newest first, as the API sends them): who, when, what, why. */
export const DealerHistory = ({ events }: { events: DealerEvent[] }) => {
  const { t } = useTranslation()
  const { formatDateTime } = useFormatters()

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("dealermall.dealer.sections.history")}</Heading>
      </div>
      {events.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("dealermall.dealer.history.empty")}
        </Text>
      ) : (
        <ol className="flex flex-col px-6 py-4">
          {events.map((e, i) => {
            const actorType = t(`dealermall.dealer.history.actors.${e.actor_type}`, {
              defaultValue: e.actor_type,
            })
            const who = e.actor_name || e.actor_id
            return (
              <li key={e.id} className="grid grid-cols-[20px_1fr] gap-x-2">
                <div className="flex flex-col items-center">
                  <span className={`mt-1.5 size-2 shrink-0 rounded-full ${DOT[e.action] ?? "bg-ui-fg-muted"}`} />
                  {i < events.length - 1 && <span className="bg-ui-border-base my-1 w-px flex-1" />}
                </div>
                <div className="flex flex-col gap-y-0.5 pb-4">
                  <Text size="small" weight="plus" leading="compact">
                    {t(`dealermall.dealer.history.actions.${e.action}`, { defaultValue: e.action })}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {who ? `${actorType} · ${who}` : actorType} · {formatDateTime(e.created_at)}
                  </Text>
                  {e.action === "tier_changed" && typeof e.data?.to === "string" && (
                    <Text size="small" className="text-ui-fg-subtle">
                      {typeof e.data.from === "string" ? `${e.data.from} → ${e.data.to}` : e.data.to}
                    </Text>
                  )}
                  {e.note && (
                    <Text size="small" className="text-ui-fg-base bg-ui-bg-subtle mt-1 whitespace-pre-line rounded-md px-2 py-1">
                      {e.note}
                    </Text>
                  )}
                </div>
              </li>
            )
          })}
        </ol>
      )}
    </Container>
  )
}
