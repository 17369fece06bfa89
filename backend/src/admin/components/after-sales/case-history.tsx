import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CaseHistoryEntry } from "../../lib/after-sales-types"
import { useFormatters } from "../../lib/locale"

const DOT: Record<string, string> = {
  requested: "bg-ui-tag-orange-icon",
  accepted: "bg-ui-tag-blue-icon",
  received: "bg-ui-tag-purple-icon",
  refunded: "bg-ui-tag-green-icon",
  completed: "bg-ui-tag-green-icon",
  rejected: "bg-ui-tag-red-icon",
  canceled: "bg-ui-tag-neutral-icon",
}

/** What happened to the case, oldest first as the API sends it: what, who, when and the note. */
export const CaseHistory = ({ entries }: { entries: CaseHistoryEntry[] }) => {
  const { t } = useTranslation()
  const { formatDateTime } = useFormatters()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("dealermall.afterSales.sections.history")}</Heading>
      </div>
      {entries.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("dealermall.afterSales.history.empty")}
        </Text>
      ) : (
        <ol className="flex flex-col px-6 py-4" data-testid="case-history">
          {entries.map((e, i) => (
            <li key={`${e.created_at}-${i}`} className="grid grid-cols-[20px_1fr] gap-x-2">
              <div className="flex flex-col items-center">
                <span className={`mt-1.5 size-2 shrink-0 rounded-full ${DOT[e.action] ?? "bg-ui-fg-muted"}`} />
                {i < entries.length - 1 && <span className="bg-ui-border-base my-1 w-px flex-1" />}
              </div>
              <div className="flex flex-col gap-y-0.5 pb-4">
                <Text size="small" weight="plus" leading="compact">
                  {t(`dealermall.afterSales.history.actions.${e.action}`, { defaultValue: e.action })}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t(`dealermall.afterSales.history.actors.${e.actor_type}`, { defaultValue: e.actor_type })} · {formatDateTime(e.created_at)}
                </Text>
                {e.note && (
                  <Text size="small" className="text-ui-fg-base bg-ui-bg-subtle mt-1 whitespace-pre-line break-words rounded-md px-2 py-1">
                    {e.note}
                  </Text>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Container>
  )
}
