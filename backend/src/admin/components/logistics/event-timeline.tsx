import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../../lib/locale"
import { TrackingEvent } from "../../lib/logistics-types"
import { STATE_DOT } from "./shipment-state-badge"

/** Newest first, as the API returns them; the dot takes the colour of the state the event set. */
export const EventTimeline = ({ events }: { events: TrackingEvent[] }) => {
  const { t } = useTranslation()
  const { formatDateTime } = useFormatters()
  if (events.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("dealermall.logistics.shipments.noEvents")}
      </Text>
    )
  }
  return (
    <ol className="flex flex-col" data-testid="event-timeline">
      {events.map((e, i) => (
        <li key={e.id} className="relative flex gap-x-3 pb-4 last:pb-0">
          {i < events.length - 1 && <span className="bg-ui-border-base absolute left-[5px] top-4 h-full w-px" aria-hidden />}
          <span
            className={`mt-1.5 size-[11px] shrink-0 rounded-full border-2 border-ui-bg-base ${e.state ? STATE_DOT[e.state] : "bg-ui-fg-muted"} ${i === 0 ? "ring-ui-border-interactive ring-1" : ""}`}
            aria-hidden
          />
          <div className="flex min-w-0 flex-col gap-y-0.5">
            <Text size="small" weight={i === 0 ? "plus" : "regular"} className="break-words">
              {e.description}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {[formatDateTime(e.occurred_at), e.location].filter(Boolean).join(" · ")}
              {e.source === "staff" && (
                <Badge size="2xsmall" className="ml-2">
                  {t("dealermall.logistics.events.byStaff")}
                </Badge>
              )}
            </Text>
          </div>
        </li>
      ))}
    </ol>
  )
}
