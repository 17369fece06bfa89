import { Container, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { CreditAccountDetail } from "../../lib/credit-types"
import { useFormatters } from "../../lib/locale"
import { termsDays } from "./terms-days"

type Tone = "base" | "alert" | "muted" | "strong"

const TONE: Record<Tone, string> = {
  base: "text-ui-fg-base",
  strong: "text-ui-fg-base",
  alert: "text-ui-tag-red-text",
  muted: "text-ui-fg-muted",
}

type CardProps = { label: string; value: ReactNode; hint?: ReactNode; tone?: Tone; testId?: string; className?: string }

const Card = ({ label, value, hint, tone = "base", testId, className = "" }: CardProps) => (
  <div className={`bg-ui-bg-base flex min-w-0 flex-col gap-y-1 px-5 py-4 ${className}`} data-testid={testId}>
    <Text size="xsmall" weight="plus" className="text-ui-fg-subtle whitespace-nowrap">
      {label}
    </Text>
    <Text size="large" weight="plus" className={`tabular-nums truncate ${TONE[tone]}`}>
      {value}
    </Text>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted line-clamp-2">
        {hint}
      </Text>
    )}
  </div>
)

/** Limit, terms and the balances the server derives from the ledger. */
export const BalanceCards = ({ detail }: { detail: CreditAccountDetail }) => {
  const { t } = useTranslation()
  const { formatMoney, formatDate } = useFormatters()
  const b = detail.balances
  const overdueItems = detail.open_items.filter((i) => i.overdue)
  const oldest = overdueItems.map((i) => i.due_at).filter(Boolean).sort()[0]
  return (
    <Container className="overflow-hidden p-0">
      {/* 1px gaps over the border colour draw the dividers however the cards wrap. */}
      <div className="bg-ui-border-base grid grid-cols-2 gap-px md:grid-cols-4 xl:grid-cols-7">
        <Card label={t("dealermall.credit.fields.limit")} value={formatMoney(b.credit_limit)} testId="card-limit" />
        <Card label={t("dealermall.credit.fields.terms")} value={termsDays(detail.account.payment_terms_days, t)} />
        <Card
          label={t("dealermall.credit.fields.outstanding")}
          value={formatMoney(b.outstanding)}
          tone={b.outstanding > 0 ? "base" : "muted"}
          hint={t("dealermall.credit.cards.openItems", { count: detail.open_items.length })}
          testId="card-outstanding"
        />
        <Card
          label={t("dealermall.credit.fields.held")}
          value={formatMoney(b.held)}
          tone={b.held > 0 ? "base" : "muted"}
          hint={t("dealermall.credit.cards.heldHint")}
        />
        <Card
          label={t("dealermall.credit.fields.available")}
          value={formatMoney(b.available)}
          tone={b.available < 0 ? "alert" : "strong"}
          hint={t("dealermall.credit.cards.availableHint")}
          testId="card-available"
        />
        <Card
          label={t("dealermall.credit.fields.prepaid")}
          value={formatMoney(b.prepaid)}
          tone={b.prepaid > 0 ? "base" : "muted"}
          testId="card-prepaid"
        />
        <Card
          label={t("dealermall.credit.fields.overdue")}
          value={formatMoney(detail.overdue_amount)}
          tone={detail.overdue_amount > 0 ? "alert" : "muted"}
          hint={oldest ? t("dealermall.credit.cards.overdueSince", { date: formatDate(oldest) }) : t("dealermall.credit.cards.noOverdue")}
          testId="card-overdue"
          className="col-span-2 xl:col-span-1"
        />
      </div>
    </Container>
  )
}
