import { ArchiveBox, CreditCard, DocumentText, ListCheckbox, Tag } from "@medusajs/icons"
import { clx, Text, Tooltip } from "@medusajs/ui"
import { ComponentType } from "react"
import { useTranslation } from "react-i18next"
import { formatMoney } from "../../lib/locale"
import { CHECK_KEYS, CheckKey, CheckLevel, ReviewCheck, ReviewChecks } from "../../lib/order-review-types"

const ICONS: Record<CheckKey, ComponentType<{ className?: string }>> = {
  info: DocumentText,
  stock: ArchiveBox,
  credit: CreditCard,
  prices: Tag,
  rules: ListCheckbox,
}

// Tag colours of the design system: the same green/orange/red the status badges use.
export const LEVEL_CLASSES: Record<CheckLevel | "none", string> = {
  ok: "bg-ui-tag-green-bg border-ui-tag-green-border text-ui-tag-green-icon",
  warn: "bg-ui-tag-orange-bg border-ui-tag-orange-border text-ui-tag-orange-icon",
  fail: "bg-ui-tag-red-bg border-ui-tag-red-border text-ui-tag-red-icon",
  none: "bg-ui-bg-subtle border-ui-border-base text-ui-fg-muted",
}

export function checkLevel(c: ReviewCheck | undefined): CheckLevel | "none" {
  if (!c) return "none"
  if (c.level === "ok" || c.level === "warn" || c.level === "fail") return c.level
  return c.ok ? "ok" : "fail"
}

export const CheckIcon = ({ name, check, size = "small" }: { name: CheckKey; check?: ReviewCheck; size?: "small" | "base" }) => {
  const Icon = ICONS[name]
  const level = checkLevel(check)
  return (
    <span
      className={clx(
        "inline-flex shrink-0 items-center justify-center rounded-md border",
        size === "small" ? "size-6" : "size-7",
        LEVEL_CLASSES[level]
      )}
      data-level={level}
    >
      <Icon className={size === "small" ? "size-3.5" : "size-4"} />
    </span>
  )
}

/** The five checks as small coloured icons; hovering one shows its name, result and message. */
export const ChecksGlance = ({ checks }: { checks: ReviewChecks | null | undefined }) => {
  const { t } = useTranslation()
  return (
    <div className="flex items-center gap-x-1" data-testid="review-checks">
      {CHECK_KEYS.map((key) => {
        const c = checks?.[key]
        const level = checkLevel(c)
        return (
          <Tooltip
            key={key}
            maxWidth={320}
            content={
              <span className="flex flex-col gap-y-0.5 py-0.5">
                <span className="txt-compact-xsmall-plus text-ui-fg-base">
                  {t(`dealermall.checks.names.${key}`)} · {t(`dealermall.checks.levels.${level}`)}
                </span>
                {c?.message && <span>{c.message}</span>}
              </span>
            }
          >
            <span
              tabIndex={0}
              aria-label={`${t(`dealermall.checks.names.${key}`)}: ${t(`dealermall.checks.levels.${level}`)}${c?.message ? ` — ${c.message}` : ""}`}
              className="rounded-md outline-none focus-visible:shadow-borders-focus"
              onClick={(e) => e.stopPropagation()}
            >
              <CheckIcon name={key} check={c} />
            </span>
          </Tooltip>
        )
      })}
    </div>
  )
}

// ---------- details (review panel) ----------

type PriceChange = { sku?: unknown; ordered?: unknown; now?: unknown }

/**
 * The message already says what is wrong; the one detail worth a table is the price check's
 * `changed` list (SKU, price ordered → price now). Other details (line ids, codes) are for machines.
 */
const DetailsView = ({ name, details }: { name: CheckKey; details: unknown }) => {
  const { t } = useTranslation()
  const changed = name === "prices" && details && typeof details === "object" ? (details as { changed?: unknown }).changed : null
  if (!Array.isArray(changed) || changed.length === 0) return null
  return (
    <ul className="flex flex-col gap-y-1">
      {(changed as PriceChange[]).slice(0, 20).map((c, i) => (
        <li
          key={i}
          className="bg-ui-bg-subtle txt-compact-xsmall flex items-center justify-between gap-x-2 rounded-md px-2 py-1"
        >
          <span className="text-ui-fg-subtle truncate font-mono">{String(c.sku ?? "—")}</span>
          <span className="tabular-nums whitespace-nowrap">
            <span className="text-ui-fg-muted">{t("dealermall.checks.ordered")}</span> {formatMoney(c.ordered as number)}
            <span className="text-ui-fg-muted"> → {t("dealermall.checks.now")}</span> {formatMoney(c.now as number)}
          </span>
        </li>
      ))}
      {changed.length > 20 && <li className="txt-compact-xsmall text-ui-fg-muted">… +{changed.length - 20}</li>}
    </ul>
  )
}

/** The checks one per row with their message and details, for the order page. */
export const CheckList = ({ checks }: { checks: ReviewChecks | null | undefined }) => {
  const { t } = useTranslation()
  return (
    <ul className="flex flex-col gap-y-3" data-testid="review-check-list">
      {CHECK_KEYS.map((key) => {
        const c = checks?.[key]
        const level = checkLevel(c)
        return (
          <li key={key} className="grid grid-cols-[28px_1fr] gap-x-3">
            <CheckIcon name={key} check={c} size="base" />
            <div className="flex min-w-0 flex-col gap-y-1">
              <div className="flex items-baseline justify-between gap-x-2">
                <Text size="small" weight="plus" leading="compact">
                  {t(`dealermall.checks.names.${key}`)}
                </Text>
                <Text
                  size="xsmall"
                  leading="compact"
                  className={clx({
                    "text-ui-tag-green-text": level === "ok",
                    "text-ui-tag-orange-text": level === "warn",
                    "text-ui-tag-red-text": level === "fail",
                    "text-ui-fg-muted": level === "none",
                  })}
                >
                  {t(`dealermall.checks.levels.${level}`)}
                </Text>
              </div>
              {c?.message && (
                <Text size="small" leading="compact" className="text-ui-fg-subtle break-words">
                  {c.message}
                </Text>
              )}
              {level !== "ok" && <DetailsView name={key} details={c?.details} />}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
